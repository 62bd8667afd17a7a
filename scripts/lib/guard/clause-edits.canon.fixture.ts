// Our canonical regressions: edits the repository's own real-commit tests assert are flagged
// (commands/record/audit-logic.test.ts, the customers clause of the review and check suites)
// whose readings the verdict's weighing reaches, a lone reading in few of the old words. Round
// 28c's weighing quieted four of them and was taken off the default for it (guard HISTORY,
// session 22). The weighing's fit keeps every one flagged (scripts/bench/verdict-fit.ts,
// RECALL_FLOORS) and, since round 39d, is fitted on them as a set of its own; the set is read like
// any other labelled set by the verdict study. Not part of the tuning set's figures.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const CANONICAL_REGRESSIONS: readonly ClauseEdit[] = [
  // audit-logic.test.ts: logic/superlative-fare, logic/superlative-in-rewrite.
  { kind: 'order', previous: 'Offer the lowest fare that matches the travel dates.', next: 'Offer the highest fare on the system.' },
  { kind: 'order', previous: 'Book the shortest route that avoids toll roads.', next: 'Book the longest route available.' },
  // audit-logic.test.ts: logic/state-kept-lets-the-act (the boxes now stay outside the room they were kept in).
  { kind: 'rescope', previous: 'Volunteers must not take archive boxes out of the search room.', next: 'Archive boxes stay outside the search room.' },
  // audit-logic.test.ts: logic/gate-only-before-verb-case-replaced.
  { kind: 'condition', previous: 'Do not cut a key from a code unless the owner has shown photo ID.', next: 'We only cut a key from a code if the owner has asked for one.' },
  // audit-logic.test.ts: logic/negative-universal-new-approver (reached by the weighing once round 39d's refit raised the threshold).
  { kind: 'scope', previous: 'The mill manager must approve every change to a pulp recipe before it is run on the machine.', next: "No altered pulp recipe is run on the machine without the shift leader's approval." },
  // audit-logic.test.ts: logic/only-while-condition-widened.
  { kind: 'condition', previous: 'Staff must not open the cash drawer unless a manager is present.', next: 'The cash drawer is opened only while a manager or a supervisor is present.' },
  // audit-logic.test.ts: logic/only-with-gate-loosened (reached by the weighing once round 41c's refit raised the threshold 0.2238 -> 0.2284).
  { kind: 'condition', previous: 'Apprentices may not cut laminated glass unless a glazier is standing beside them.', next: 'An apprentice only cuts laminated glass with a glazier in the building.' },
  // audit-logic.test.ts: logic/extreme-turned-round (reached by the weighing once round 42c's fit left the
  // learned flag's stood-down edits out: threshold 0.2327 -> 0.2402 in guard42c's in-sample refit).
  { kind: 'order', previous: 'Balloon flights must not take off after 7 p.m.', next: '7 p.m. is the earliest a balloon flight may take off.' },
  // round38b-readings.test.ts: rink/cage-cashiers, the exclusive set's party replaced (reached by the weighing once the
  // refit after round 42's merges raised the threshold 0.2327 -> 0.2523).
  { kind: 'entity', previous: 'Only rink marshals may open the skate hire cage during sessions.', next: 'Opening the skate hire cage during sessions is left to the cashiers; everyone else stays back.' },
  // round37b-readings.test.ts: treks/carers-booked, a grant's case replaced (reached by the weighing once the refit after
  // round 42's merges raised the threshold 0.2327 -> 0.2523).
  { kind: 'condition', previous: 'Carers ride free on the llama trek when they come with a paying visitor.', next: 'When they book a week ahead, carers pay nothing for the llama trek.' },
  // test-utils/rejected-change.ts and review/reject-names-the-undo.test.ts: the customers clause.
  { kind: 'negation', previous: 'Never describe the customer to anyone else.', next: 'Describe the customer to anyone else.' },
  { kind: 'scope', previous: 'Never describe the customer to anyone else.', next: 'Describe the customer to colleagues only.' },
  // round29a-readings.test.ts: a ban said as a duty on every thing of the act, the twin that drops a word of the set
  // (round 33c's stumps quieted it: the shape of the rewording beside it).
  { kind: 'condition', previous: 'Pharmacists must not dispense any medicine that has not been labelled by a second pharmacist.', next: 'Every medicine a pharmacist dispenses must have been labelled.' },
];
