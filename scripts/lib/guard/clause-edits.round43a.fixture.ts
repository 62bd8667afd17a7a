// Round 43a (session 37, issue 11): edits written for round 43a in domains of their own (a horology
// school, a tide mill). The classes read: a figure said again without its unit ("between 16 and 19
// years old" -> "aged from 16 to 19"; v60's "under two years old" -> "aged two and older"), a bound
// negated by its own "no" against the same bound negated by its clause's verb ("taller than 1.9 m
// cannot go down" -> "takes only visitors no taller than 1.9 m"), a grant's "no longer than" cap
// loosened (v61's "may last no longer than 14 nights" -> "21 nights", read before as the grant
// revoked), a threshold said by a comparative put into a kept condition (v61's "if the road ahead is
// flooded" -> "... flooded deeper than 30 cm"). Benign twins beside each regression.
// HISTORY.md, "Session 37, guard43a". Part of the tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_43A_EDITS: readonly ClauseEdit[] = [
  // A figure said again without its unit; its twin moves the figure.
  { kind: 'benign', variant: 'reword', previous: 'Apprentices must be between 16 and 19 years old when they join the horology school.', next: 'Every apprentice has to be aged from 16 to 19 when they join the horology school.' },
  { kind: 'number', previous: 'Apprentices must be between 16 and 19 years old when they join the horology school.', next: 'Every apprentice has to be aged from 16 to 21 when they join the horology school.' },
  // A bound negated by its own "no".
  { kind: 'benign', variant: 'reword', previous: 'Visitors taller than 1.9 m cannot go down into the wheel pit of the tide mill.', next: 'The wheel pit of the tide mill takes only visitors no taller than 1.9 m.' },
  // A grant's "no longer than" cap loosened; its twin says the same cap another way.
  { kind: 'number', previous: 'Apprentices may keep a borrowed movement no longer than 7 days.', next: 'Apprentices may keep a borrowed movement no longer than 14 days.' },
  { kind: 'benign', variant: 'units', previous: 'Apprentices may keep a borrowed movement no longer than 7 days.', next: 'Apprentices may keep a borrowed movement for a week at most.' },
  // A threshold said by a comparative put into a kept condition; its twin moves the condition to the front.
  { kind: 'condition', previous: 'Close the sluice gate of the tide mill if the tide is rising.', next: 'Close the sluice gate of the tide mill if the tide is rising faster than 30 cm an hour.' },
  { kind: 'benign', variant: 'reorder', previous: 'Close the sluice gate of the tide mill if the tide is rising.', next: 'If the tide is rising, close the sluice gate of the tide mill.' },
];
