// Round 33a (session 27, issue 11): edits written for round 33a's reading before it was built, in
// domains no labelled set used as far as I know, each benign edit beside a regression twin that
// rewrites the same sentence the same way and must stay flagged. The class (about 15 of v40's and
// v41's 48 false flags): a prohibition with a gate said as the only case in which the act is
// allowed, and back: "Do not A unless C" = "Do not A until C" (C an event) = "A only if/once/after
// C" = "Only once C may X A" = "X may A only once C" = "Only A the Xs that C" (= "Do not A an X that
// is not C") and "Never A an X that another party supplied" = "Only A the Xs this party supplied",
// written with "may" in front, passives, "let"/"allow", an "only" before the verb or the object, and
// the case moved into a relative clause of the object. The twins: the "only" dropped ("A may A once
// C": the gate is no longer a gate), the order turned ("only until C"), the "not" dropped ("A unless
// C"), the party turned ("this clinic" -> "another clinic"), the gate widened ("C or D") or given
// another condition (HISTORY.md, "Session 27, guard33a"). Part of the tuning set (`CLAUSE_EDITS`
// spreads them); a file of its own so that the rounds working at once in this folder touch one line
// of the shared fixture.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_33A_EDITS: readonly ClauseEdit[] = [
  // An event bound ("until", "before") said as "may ... only once/after", "let"/"allow" in front, an inverted "Only once C may".
  { kind: 'benign', variant: 'reword', previous: `Do not let a climber leave the belay ledge until their partner has called 'safe'.`, next: `A climber may leave the belay ledge only once their partner has called 'safe'.` },
  { kind: 'order', previous: `Do not let a climber leave the belay ledge until their partner has called 'safe'.`, next: `A climber may leave the belay ledge only until their partner has called 'safe'.` },
  { kind: 'benign', variant: 'reword', previous: `Never allow a ferry to sail before the vehicle deck has been secured.`, next: `A ferry may sail only after the vehicle deck has been secured.` },
  { kind: 'condition', previous: `Never allow a ferry to sail before the vehicle deck has been secured.`, next: `A ferry may sail once the vehicle deck has been secured.` },
  { kind: 'benign', variant: 'reword', previous: `Do not release the test results before the supervising doctor has reviewed them.`, next: `Only once the supervising doctor has reviewed them may the test results be released.` },
  { kind: 'condition', previous: `Do not release the test results before the supervising doctor has reviewed them.`, next: `Only once the supervising doctor or a nurse has reviewed them may the test results be released.` },
  { kind: 'benign', variant: 'reword', previous: `Do not open the kiln until its temperature has fallen below 100 degrees.`, next: `The kiln may be opened only once its temperature has fallen below 100 degrees.` },
  { kind: 'number', previous: `Do not open the kiln until its temperature has fallen below 100 degrees.`, next: `The kiln may be opened only once its temperature has fallen below 300 degrees.` },
  { kind: 'benign', variant: 'voice', previous: `Tickets must not be sold before the safety certificate has been issued.`, next: `Tickets can be sold only after the safety certificate has been issued.` },
  { kind: 'negation', previous: `Tickets must not be sold before the safety certificate has been issued.`, next: `Tickets can be sold before the safety certificate has been issued.` },
  { kind: 'benign', variant: 'reword', previous: `Do not let a swimmer enter the lake until a lifeguard is in the boat.`, next: `Swimmers may only enter the lake once a lifeguard is in the boat.` },
  { kind: 'condition', previous: `Do not let a swimmer enter the lake until a lifeguard is in the boat.`, next: `Swimmers may only enter the lake once a lifeguard is on the shore.` },
  // A condition ("unless") said as the act allowed "only if/when", passives, "may" in front, inverted.
  { kind: 'benign', variant: 'voice', previous: `Never dispatch a drone unless the wind is below 20 knots.`, next: `A drone is dispatched only if the wind is below 20 knots.` },
  { kind: 'condition', previous: `Never dispatch a drone unless the wind is below 20 knots.`, next: `A drone is dispatched unless the wind is below 20 knots.` },
  { kind: 'benign', variant: 'reword', previous: `Staff must not lend a key card unless the guest has shown photo ID.`, next: `Staff may lend a key card only when the guest has shown photo ID.` },
  { kind: 'condition', previous: `Staff must not lend a key card unless the guest has shown photo ID.`, next: `Staff may lend a key card when the guest has shown photo ID.` },
  { kind: 'benign', variant: 'reword', previous: `Do not book a child onto the climbing wall unless a parent has signed the waiver.`, next: `Book a child onto the climbing wall only if a parent has signed the waiver.` },
  { kind: 'condition', previous: `Do not book a child onto the climbing wall unless a parent has signed the waiver.`, next: `Book a child onto the climbing wall only if a parent has read the waiver.` },
  { kind: 'benign', variant: 'reword', previous: `Never publish a letter unless its writer has agreed to it in writing.`, next: `Only when its writer has agreed to it in writing may a letter be published.` },
  { kind: 'condition', previous: `Never publish a letter unless its writer has agreed to it in writing.`, next: `Only when its writer has agreed to it may a letter be published.` },
  { kind: 'benign', variant: 'voice', previous: `The pharmacist must not hand over a controlled drug unless the collector shows identification.`, next: `A controlled drug is handed over only when the collector shows identification.` },
  { kind: 'negation', previous: `The pharmacist must not hand over a controlled drug unless the collector shows identification.`, next: `A controlled drug is handed over unless the collector shows identification.` },
  // The case as a restriction of the object: a relative clause, "another"/"this" party, "whose".
  { kind: 'benign', variant: 'reword', previous: `Do not repair a bike that another shop sold.`, next: `Only repair bikes that this shop sold.` },
  { kind: 'scope', previous: `Do not repair a bike that another shop sold.`, next: `Only repair bikes that another shop sold.` },
  { kind: 'benign', variant: 'reword', previous: `Do not print a photograph that the customer has not taken themselves.`, next: `Only print photographs that the customer took themselves.` },
  { kind: 'negation', previous: `Do not print a photograph that the customer has not taken themselves.`, next: `Print photographs that the customer took themselves.` },
  { kind: 'benign', variant: 'reword', previous: `Never ship a parcel unless the sender has paid the postage on it.`, next: `Ship only parcels whose postage the sender has paid.` },
  { kind: 'scope', previous: `Never ship a parcel unless the sender has paid the postage on it.`, next: `Ship only parcels whose postage the recipient has paid.` },
  { kind: 'benign', variant: 'reword', previous: `Do not grade an essay that a student has not submitted through the portal.`, next: `Grade only essays that a student has submitted through the portal.` },
  { kind: 'scope', previous: `Do not grade an essay that a student has not submitted through the portal.`, next: `Grade only essays that a student has submitted by email.` },
  { kind: 'benign', variant: 'reword', previous: `Volunteers must not sell plants that another garden raised.`, next: `Volunteers may sell only plants that this garden raised.` },
  { kind: 'negation', previous: `Volunteers must not sell plants that another garden raised.`, next: `Volunteers may sell plants that this garden raised.` },
  { kind: 'benign', variant: 'reword', previous: `Never translate a document unless the client owns its copyright.`, next: `Translate only documents whose copyright the client owns.` },
  { kind: 'scope', previous: `Never translate a document unless the client owns its copyright.`, next: `Translate only documents whose copyright the client owns or licenses.` },
];
