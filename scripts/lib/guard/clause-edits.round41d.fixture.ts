// Round 41d (session 35, issue 11): edits written for round 41d in domains of their own (a bike
// repair workshop, a seed library, a pottery kiln room), each benign class beside regression twins.
// The benign class: a duty on every thing of an act said as "No X <act> without Y" ("Every frame
// must be checked for cracks before it leaves the workshop" -> "No frame leaves the workshop without
// being checked for cracks"). The twins add an exception, name another party in the duty, put a
// qualifier into the act and let the act happen without Y. HISTORY.md, "Session 35, guard41d". Part
// of the tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_41D_EDITS: readonly ClauseEdit[] = [
  { kind: 'benign', variant: 'reword', previous: 'Every frame must be checked for cracks before it leaves the workshop.', next: 'No frame leaves the workshop without being checked for cracks.' },
  { kind: 'condition', previous: 'Every frame must be checked for cracks before it leaves the workshop.', next: 'No frame leaves the workshop without being checked for cracks, unless the owner is in a hurry.' },
  { kind: 'negation', previous: 'Every frame must be checked for cracks before it leaves the workshop.', next: 'A frame may leave the workshop without being checked for cracks.' },
  { kind: 'benign', variant: 'reword', previous: 'Each seed packet must have a sowing date before it is lent out.', next: 'No seed packet is lent out without a sowing date.' },
  { kind: 'entity', previous: 'The librarian must approve each seed packet before it is lent out.', next: 'No seed packet is lent out without a volunteer\'s approval.' },
  { kind: 'benign', variant: 'reword', previous: 'Every kiln load must be logged before it is fired.', next: 'No kiln load is fired without being logged.' },
  { kind: 'scope', previous: 'Every kiln load must be logged before it is fired.', next: 'No kiln load is fired overnight without being logged.' },
];
