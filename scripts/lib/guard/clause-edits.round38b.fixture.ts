// Round 38b (issue 11): faithful rewordings of v50 and v51 that the guard flagged, read as a class,
// each beside regression twins, in domains no set used (a roller rink, a crazy golf course, a boules
// club, a bowling green). An act said as one party's alone from
// either side ("Only P may A" = "A is left to P; everyone else stays back" = "A is P's job alone";
// "You never A yourself; P does" = "A is done by P alone, never by you": `_sole-doers.ts`), and a
// modal read where the rule has none of its own ("No skater who ... may go unrecorded" is a ban;
// "where the customer can see it" says what can happen there). Written before the readings and
// measured on the guard at 52ff381c, readings alone: 6 of 6 benign flagged, 7 of 8 twins caught;
// after them 0 and 7 (the putters twin, a thing replaced, is missed before and after: only advisory).
// HISTORY.md, "Session 32, guard38b".
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_38B_EDITS: readonly ClauseEdit[] = [
  { kind: 'benign', variant: 'reword', previous: 'Only rink marshals may open the skate hire cage during sessions.', next: 'Opening the skate hire cage during sessions is left to rink marshals; everyone else stays back.' },
  { kind: 'roles', previous: 'Only rink marshals may open the skate hire cage during sessions.', next: 'Opening the skate hire cage during sessions is left to the cashiers; everyone else stays back.' },
  { kind: 'scope', previous: 'Only rink marshals may open the skate hire cage during sessions.', next: 'Opening the skate hire cage during sessions is a job for rink marshals, not for you.' },
  { kind: 'benign', variant: 'reword', previous: 'You never repaint a crazy golf hole yourself; the course keeper does.', next: 'Crazy golf holes are repainted by the course keeper alone, never by you.' },
  { kind: 'entity', previous: 'You never repaint a crazy golf hole yourself; the course keeper does.', next: 'Putters are repainted by the course keeper alone, never by you.' },
  { kind: 'negation', previous: 'You never repaint a crazy golf hole yourself; the course keeper does.', next: 'Crazy golf holes are repainted by the course keeper, and by you when the course keeper is busy.' },
  { kind: 'benign', variant: 'reword', previous: 'Only the club captain may set out the boules pitch markers.', next: "Setting out the boules pitch markers is the club captain's job alone." },
  { kind: 'rescope', previous: 'Only the club captain may set out the boules pitch markers.', next: "Setting out the boules pitch markers is the club captain's job, though members may help." },
  { kind: 'benign', variant: 'reword', previous: 'You never roll the bowling green yourself; the green keeper does that.', next: 'The bowling green is rolled by the green keeper and never by you.' },
  { kind: 'condition', previous: 'You never roll the bowling green yourself; the green keeper does that.', next: 'The bowling green is rolled by the green keeper and never by you, unless the green keeper is away.' },
  { kind: 'benign', variant: 'reword', previous: 'Every skater who arrives after 8 pm must be recorded in the late book.', next: 'No skater who arrives after 8 pm may go unrecorded in the late book.' },
  { kind: 'number', previous: 'Every skater who arrives after 8 pm must be recorded in the late book.', next: 'No skater who arrives after 9 pm may go unrecorded in the late book.' },
  { kind: 'benign', variant: 'reword', previous: 'Every hire putter must be checked twice in front of the customer.', next: 'No hire putter is handed out without being checked twice where the customer can see it.' },
  { kind: 'modal', previous: 'Every hire putter must be checked twice in front of the customer.', next: 'A hire putter can be checked twice where the customer can see it.' },
];
