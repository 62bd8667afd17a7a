// Round 42a (session 36, issue 11): edits written for round 42a in domains of their own (a canyoning
// outfitter, a meteorite hunting club, a pétanque league). The class read: the last item of a serial
// list cut, the list's "and"/"or" moved up to the item before it, where the item now last still names
// the cut one's head ("the find date, the find location and the find depth" -> "the find date and
// the find location"; v58's "the exposure start date and the exposure end date", "blood pressure,
// pulse and blood sugar"). The benign twins keep the list, or cut from a grant's list or from what a
// rule excepts (fewer granted, fewer excepted: stricter). HISTORY.md, "Session 36, guard42a". Part of
// the tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_42A_EDITS: readonly ClauseEdit[] = [
  // The last item of a serial list cut, its head still said by an item kept.
  { kind: 'conjunct', previous: "Before a canyoning trip, check each client's wetsuit, helmet and wetsuit boots.", next: "Before a canyoning trip, check each client's wetsuit and helmet." },
  { kind: 'conjunct', previous: 'Label every meteorite fragment with the find date, the find location and the find depth on its tag.', next: 'Label every meteorite fragment with the find date and the find location on its tag.' },
  { kind: 'conjunct', previous: 'Players with a knee injury, a back injury or a wrist injury must not throw in the pétanque league.', next: 'Players with a knee injury or a back injury must not throw in the pétanque league.' },
  { kind: 'benign', variant: 'list-prose', previous: 'Label every meteorite fragment with the find date, the find location and the find depth on its tag.', next: 'Label every meteorite fragment with three things: the find date, the find location and the find depth on its tag.' },
  { kind: 'benign', variant: 'reorder', previous: 'Label every meteorite fragment with the find date, the find location and the find depth on its tag.', next: 'Label every meteorite fragment with the find location, the find date and the find depth on its tag.' },
  { kind: 'benign', variant: 'stricter', previous: 'Members may borrow a club helmet, a club wetsuit or club wetsuit boots for a canyoning trip.', next: 'Members may borrow a club helmet or a club wetsuit for a canyoning trip.' },
  { kind: 'benign', variant: 'stricter', previous: 'Wetsuits are compulsory on every canyoning trip, except the river walk, the gorge picnic and the river swim.', next: 'Wetsuits are compulsory on every canyoning trip, except the river walk and the gorge picnic.' },
];
