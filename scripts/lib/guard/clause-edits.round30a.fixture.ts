// Round 30a (session 24, issue 11): edits written for the readings of round 30a before each was
// built, in domains no labelled set used, each benign edit beside twins that must stay flagged.
// Part of the tuning set (`CLAUSE_EDITS` spreads them); kept in a file of its own so that the
// rounds working at once in this folder touch one line of the shared fixture.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_30A_EDITS: readonly ClauseEdit[] = [
  // A thing given at no cost said in another of the ways English says it: "Do not charge (P) for
  // X", "P is not charged for X", "X is free (of charge) for P", "There is no charge for X", "P pays
  // nothing for X", "X costs P nothing" (_free-of-charge.ts). The twins change the thing, the party,
  // the case, the amount or the polarity.
  { kind: 'benign', variant: 'reword', previous: `Do not charge walkers for the trail map.`, next: `Walkers pay nothing for the trail map.` },
  { kind: 'benign', variant: 'reword', previous: `Refills of filter coffee are free for loyalty card holders.`, next: `Loyalty card holders are not charged for refills of filter coffee.` },
  { kind: 'benign', variant: 'reword', previous: `There is no charge for a second fitting of a bridesmaid dress.`, next: `A second fitting of a bridesmaid dress costs nothing.` },
  { kind: 'benign', variant: 'reword', previous: `Never charge a tenant for replacing a smoke alarm battery.`, next: `Replacing a smoke alarm battery is free of charge for the tenant.` },
  { kind: 'benign', variant: 'reword', previous: `Pupils may not be charged for the revision guides or past papers.`, next: `The revision guides and past papers come free to pupils.` },
  { kind: 'benign', variant: 'reword', previous: `Allotment holders pay nothing for the water from the standpipes.`, next: `There is no charge to allotment holders for the water from the standpipes.` },
  { kind: 'benign', variant: 'reword', previous: `A puncture check costs cyclists nothing.`, next: `We never charge cyclists for a puncture check.` },
  { kind: 'drift', previous: `Do not charge walkers for the trail map.`, next: `Walkers pay nothing for the car park.` },
  { kind: 'scope', previous: `Refills of filter coffee are free for loyalty card holders.`, next: `Loyalty card holders are not charged for the first refill of filter coffee.` },
  { kind: 'condition', previous: `There is no charge for a second fitting of a bridesmaid dress.`, next: `A second fitting of a bridesmaid dress costs nothing if it is booked within a week.` },
  { kind: 'number', previous: `Never charge a tenant for replacing a smoke alarm battery.`, next: `Replacing a smoke alarm battery costs the tenant £5.` },
  { kind: 'conjunct', previous: `Pupils may not be charged for the revision guides or past papers.`, next: `The revision guides come free to pupils.` },
  { kind: 'negation', previous: `Allotment holders pay nothing for the water from the standpipes.`, next: `Allotment holders pay for the water from the standpipes.` },
  { kind: 'scope', previous: `A puncture check costs cyclists nothing.`, next: `We never charge club cyclists for a puncture check.` },
  { kind: 'entity', previous: `Do not charge members for the sauna.`, next: `Members pay nothing for the gym.` },
];
