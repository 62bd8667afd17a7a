// Round 31a (session 25, issue 11): a check of the weighing that reads what the edit changed,
// written after its weights were fitted and before they were measured on these, in domains no
// labelled set used: seven rules
// said again in a rebuilt sentence, each beside a twin rebuilt the same way that drops the rule.
// Part of the tuning set (`CLAUSE_EDITS` spreads them); kept in a file of its own so that the
// rounds working at once in this folder touch one line of the shared fixture.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_31A_EDITS: readonly ClauseEdit[] = [
  // Measured with the readings of 9098abe4: unweighed 2 of 7 benign flagged (both `negation-moved`)
  // and 7 of 7 twins caught; with the weights before round 31a 2 of 7 and 5 of 7 (the gritter cab
  // and the phones on the desk quieted); with round 31a's weights 2 of 7 and 7 of 7.
  { kind: 'benign', variant: 'reword', previous: "Volunteers must not feed the bats in the roost.", next: "Feeding the bats in the roost is something no volunteer does." },
  { kind: 'benign', variant: 'reword', previous: "Never leave a chainsaw running on the ground.", next: "A running chainsaw is always held, not set down on the ground." },
  { kind: 'benign', variant: 'reword', previous: "Do not post exam results before the board has approved them.", next: "Exam results go up only after the board has approved them." },
  { kind: 'benign', variant: 'reword', previous: "Drivers must not carry passengers in the cab of the gritter.", next: "The gritter cab is for the driver alone; nobody rides with them." },
  { kind: 'benign', variant: 'reword', previous: "Staff may not accept gifts worth more than 20 pounds from suppliers.", next: "A gift from a supplier worth over 20 pounds is one staff have to turn down." },
  { kind: 'benign', variant: 'reword', previous: "Pupils must not use their phones during lessons.", next: "During lessons, phones stay in pupils' bags and are not used." },
  { kind: 'benign', variant: 'reword', previous: "Never store solvents next to the boiler.", next: "Solvents are kept away from the boiler at all times." },
  // The twins: the same sentence rebuilt, the rule dropped or turned round.
  { kind: 'negation', previous: "Volunteers must not feed the bats in the roost.", next: "Feeding the bats in the roost is something volunteers do each evening." },
  { kind: 'negation', previous: "Never leave a chainsaw running on the ground.", next: "A running chainsaw may be set down on the ground for a moment." },
  { kind: 'order', previous: "Do not post exam results before the board has approved them.", next: "Exam results go up as soon as they are marked, and the board approves them later." },
  { kind: 'negation', previous: "Drivers must not carry passengers in the cab of the gritter.", next: "The gritter cab has room for the driver and one passenger." },
  { kind: 'negation', previous: "Staff may not accept gifts worth more than 20 pounds from suppliers.", next: "A gift from a supplier is one staff can keep, whatever it is worth." },
  { kind: 'negation', previous: "Pupils must not use their phones during lessons.", next: "During lessons, pupils keep their phones on the desk and use them for research." },
  { kind: 'negation', previous: "Never store solvents next to the boiler.", next: "Solvents are kept beside the boiler so they stay warm." },
];
