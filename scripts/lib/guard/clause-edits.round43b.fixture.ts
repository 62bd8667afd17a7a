// Round 43b (session 37, issue 11): edits written for round 43b in a domain of its own (a bespoke
// shoemaking workshop), a benign class beside regression twins. The benign class: a duty said by
// two negations, one picking out the things it is not yet met on (a negated relative clause, or a
// negative universal over "fewer than" the old figure) and one the rule's ("Apprentices must pass
// the knife-safety induction before their first lasting session" -> "An apprentice who has not been
// through the knife-safety induction does not join their first lasting session"). The twins keep
// one negation only, turn the floor into a cap, or let a party of their own lift the ban.
// HISTORY.md, "Session 37, guard43b". Part of the tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';
export const ROUND_43B_EDITS: readonly ClauseEdit[] = [
  { kind: 'benign', variant: 'reword', previous: 'Apprentices must pass the knife-safety induction before their first lasting session.', next: 'An apprentice who has not been through the knife-safety induction does not join their first lasting session.' },
  { kind: 'negation', previous: 'Apprentices must pass the knife-safety induction before their first lasting session.', next: 'An apprentice who has been through the knife-safety induction does not join their first lasting session.' },
  { kind: 'benign', variant: 'reword', previous: "Every last must be measured against the client's foot before it is carved.", next: "A last that has not been measured against the client's foot is not carved by anyone." },
  { kind: 'condition', previous: "Every last must be measured against the client's foot before it is carved.", next: "A last that has not been measured against the client's foot is not carved unless a supervisor allows it." },
  { kind: 'benign', variant: 'reword', previous: 'Every finished pair must be inspected by two makers.', next: 'No finished pair is inspected by fewer than two makers.' },
  { kind: 'number', previous: 'Every finished pair must be inspected by two makers.', next: 'No finished pair is inspected by more than two makers.' },
];
