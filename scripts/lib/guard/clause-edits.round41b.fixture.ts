// Round 41b (session 35, issue 11): edits written for round 41b in domains of their own (a climbing
// wall, a bell tower's practice rota, a fun run's marshals, a village hall, a cricket pavilion, a
// punting club), each benign class beside regression twins. The benign classes are v56/v57's false
// flags read by structure: a modal in the case opening a sentence read as the rule's, an imperative
// of asking said in the passive ("ask them to" -> "is asked to"), an amount per period with "in"
// before the period ("6 weeks in a year"), a list's items reordered with a phrase fronted or with
// their alternatives' "or" before the last, and two the learned flag raised where a reading knows
// the edit is faithful or stricter (a grant's alternative cut, a verb's particle put after its
// object). The twins weaken the modal, change the period, swap the doer and the receiver, cut an
// item of a duty's list and replace the thing acted on. HISTORY.md, "Session 35, guard41b". Part of
// the tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_41B_EDITS: readonly ClauseEdit[] = [
  // A modal in the opening case; the imperative of asking said in the passive.
  { kind: 'benign', variant: 'voice', previous: 'If a climber cannot finish the route, ask them to tell the instructor before leaving the wall.', next: 'A climber who cannot finish the route is asked to tell the instructor before leaving the wall.' },
  { kind: 'modal', previous: 'If a climber cannot finish the route, ask them to tell the instructor before leaving the wall.', next: 'If a climber cannot finish the route, they may tell the instructor before leaving the wall.' },
  { kind: 'modal', previous: 'Climbers must tell the instructor before leaving the wall.', next: 'Climbers are asked to tell the instructor before leaving the wall.' },
  // An amount per period with "in" before the period.
  { kind: 'benign', variant: 'reword', previous: 'Ringers can take up to 6 weeks off practice a year.', next: 'Ringers can take up to 6 weeks off practice in a year.' },
  { kind: 'number', previous: 'Ringers can take up to 6 weeks off practice a year.', next: 'Ringers can take up to 6 weeks off practice in a month.' },
  // A list reordered with a phrase fronted, or with the alternatives' "or" before the last item.
  { kind: 'benign', variant: 'reorder', previous: 'Marshals are posted at every start line, water station and road crossing.', next: 'At every road crossing, water station and start line, marshals are posted.' },
  { kind: 'benign', variant: 'reorder', previous: 'Punts are lent to members who hold a river permit, who have passed the safety course, or who are with a coach.', next: 'Punts are lent to members who are with a coach, who have passed the safety course, or who hold a river permit.' },
  { kind: 'roles', previous: 'The marshal signals the runner at every road crossing.', next: 'At every road crossing, the runner signals the marshal.' },
  // The learned flag where a reading knows the edit: a grant's alternative cut, a particle after the object.
  { kind: 'benign', variant: 'stricter', previous: 'Hirers may use the main hall, the kitchen or the garden for the party.', next: 'Hirers may use the main hall or the garden for the party.' },
  { kind: 'conjunct', previous: 'Hirers must clean the main hall, the kitchen and the garden after the party.', next: 'Hirers must clean the main hall and the garden after the party.' },
  { kind: 'benign', variant: 'reword', previous: 'At closing, lock the pavilion, switch off the heaters and set the alarm.', next: 'At closing, lock the pavilion, turn the heaters off and set the alarm.' },
  { kind: 'drift', previous: 'At closing, lock the pavilion, switch off the heaters and set the alarm.', next: 'At closing, lock the pavilion, turn the floodlights on and set the alarm.' },
];
