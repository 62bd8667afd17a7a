// Round 32b (session 26, issue 11): edits written for round 32b's reading before it was built, in
// domains no labelled set used as far as I know, each regression beside a benign twin that changes
// the same slot of the same sentence and must stay unflagged. The class: a rule kept word for word
// but for one stretch, the stretch replaced by words that name another thing (another act, another
// object, another attribute of the same head, another party) where the stretch is not one word for
// one word: a word for a phrase, a phrase for a phrase that keeps one word of the old one ("about
// metal allergies" -> "about their favourite metal", v38), a phrasal verb for a verb ("Spell out" ->
// "Standardise", v39), an attribute of the same head ("the time at which the last animal was
// loaded" -> "the number of animals that were loaded", v38). The twins say the same slot again: a
// synonym, a derivation, the same head said with other function words, an abbreviation expanded, a
// unit said in words (HISTORY.md, "Session 26, guard32b"). Part of the tuning set (`CLAUSE_EDITS`
// spreads them); a file of its own so that the rounds working at once in this folder touch one line
// of the shared fixture.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_32B_EDITS: readonly ClauseEdit[] = [
  // Another attribute of the same head, the stretch a phrase on one side.
  { kind: 'drift', previous: `Stamp each library book with the date it is due back.`, next: `Stamp each library book with the name of the branch that owns it.` },
  { kind: 'benign', variant: 'reword', previous: `Stamp each library book with the date it is due back.`, next: `Stamp each library book with its due date.` },
  { kind: 'drift', previous: `Inspect every harness for frayed stitching before a climb.`, next: `Inspect every harness for the owner's initials before a climb.` },
  { kind: 'benign', variant: 'reword', previous: `Inspect every harness for frayed stitching before a climb.`, next: `Inspect every harness for stitching that has frayed before a climb.` },
  { kind: 'drift', previous: `Note the weight of each suitcase at the bag drop.`, next: `Note the owner of each suitcase at the bag drop.` },
  { kind: 'benign', variant: 'reword', previous: `Note the weight of each suitcase at the bag drop.`, next: `Note the weight in kilograms of each suitcase at the bag drop.` },
  // Another object, the head kept as a modifier or a word of the old stretch kept.
  { kind: 'drift', previous: `Ask diners about shellfish allergies before they order.`, next: `Ask diners about their favourite shellfish before they order.` },
  { kind: 'benign', variant: 'reword', previous: `Ask diners about shellfish allergies before they order.`, next: `Ask diners about any allergy to shellfish before they order.` },
  { kind: 'drift', previous: `Photograph the damage on every hire car that comes back.`, next: `Photograph the fuel gauge on every hire car that comes back.` },
  { kind: 'benign', variant: 'reword', previous: `Photograph the damage on every hire car that comes back.`, next: `Take a photograph of the damage on every hire car that comes back.` },
  // Another act: a phrasal verb for a verb, or a verb for a verb and its object.
  { kind: 'drift', previous: `Back up the booking database every night.`, next: `Compress the booking database every night.` },
  { kind: 'benign', variant: 'reword', previous: `Back up the booking database every night.`, next: `Make a backup of the booking database every night.` },
  { kind: 'drift', previous: `Check every returned kayak for cracks in the hull.`, next: `Hose down every returned kayak for cracks in the hull.` },
  { kind: 'benign', variant: 'reword', previous: `Check every returned kayak for cracks in the hull.`, next: `Look over every returned kayak for cracks in the hull.` },
  { kind: 'drift', previous: `Confirm every new tenant's references by phone.`, next: `Greet every new tenant by phone.` },
  { kind: 'benign', variant: 'reword', previous: `Confirm every new tenant's references by phone.`, next: `Verify every new tenant's references by phone.` },
  // Another party named in the slot.
  { kind: 'entity', previous: `Hand the keys of each flat to the letting agent after the final inspection.`, next: `Hand the keys of each flat to the cleaning contractor after the final inspection.` },
  { kind: 'benign', variant: 'reword', previous: `Hand the keys of each flat to the letting agent after the final inspection.`, next: `Hand the keys of each flat to the agent who let it after the final inspection.` },
  // An abbreviation expanded, a unit said in words: the same slot, no other thing.
  { kind: 'benign', variant: 'abbreviation', previous: `Send the MOT certificate to the owner of each van.`, next: `Send the Ministry of Transport test certificate to the owner of each van.` },
  { kind: 'benign', variant: 'units', previous: `Keep the walk-in freezer below -18 °C at all times.`, next: `Keep the walk-in freezer below minus 18 degrees Celsius at all times.` },
  // A case added to a duty's condition whose figure groups its digits with a comma ("more than
  // £10,000 in cash and will not say where it came from", v38): the comma was read as the end of the
  // condition, so the conjunct was split off as a duty appended. The twins append a duty of their own.
  { kind: 'condition', previous: `Call the fraud team if a transfer is over £5,000.`, next: `Call the fraud team if a transfer is over £5,000 and will not be confirmed by the customer.` },
  { kind: 'benign', variant: 'stricter', previous: `Call the fraud team if a transfer is over £5,000.`, next: `Call the fraud team if a transfer is over £5,000, and note the call in the customer's file.` },
  { kind: 'condition', previous: `Refer the claim to a surveyor if the damage is over £2,500.`, next: `Refer the claim to a surveyor if the damage is over £2,500 and has not been reported before.` },
  { kind: 'benign', variant: 'stricter', previous: `Refer the claim to a surveyor if the damage is over £2,500.`, next: `Refer the claim to a surveyor if the damage is over £2,500, and tell the customer the surveyor's name.` },
  { kind: 'condition', previous: `Ask for photo ID if a customer buys more than 1,000 litres of fuel.`, next: `Ask for photo ID if a customer buys more than 1,000 litres of fuel and cannot show a trade card.` },
  { kind: 'benign', variant: 'stricter', previous: `Ask for photo ID if a customer buys more than 1,000 litres of fuel.`, next: `Ask for photo ID if a customer buys more than 1,000 litres of fuel, and record the sale in the fuel log.` },
];
