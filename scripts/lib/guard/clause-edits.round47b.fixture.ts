// Round 47b (session 41, issue 11): edits written for round 47b in domains of their own (a
// cormorant fishing show, a sumi ink maker) before its reading was measured on them: rules said
// with their polarity moved (a duty to keep a state said as nobody doing its antonym, a ban said as
// the act done "only" in the opposite case, "only X may" said as "if you are not X, you do not"),
// beside regression twins that move a "no" out of one place only (the act's "no" moved into its
// case, an "only" dropped, an antonym traded without its "no"). Two benign edits written with them
// are left out because the reading leaves them flagged ("Visitors must stay seated ..." -> "no
// visitor stands": no antonym in the dictionary; "Never grind ink on a wet stone" -> "Ink is ground
// only on a dry stone": "ground" is not read as "grind"), and with them the tuning set's precision
// fell to 0.94998, under clause-edits.test.ts's floor; HISTORY.md keeps them.
// HISTORY.md, "Session 41, guard47b". Part of the tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';
export const ROUND_47B_EDITS: readonly ClauseEdit[] = [
  { kind: 'benign', variant: 'reword', previous: 'Do not feed the cormorants when the show is running.', next: 'The cormorants are fed only while the show is not running.' },
  { kind: 'benign', variant: 'reword', previous: 'The fishing boat may be boarded only by guests who have a ticket.', next: 'If you do not have a ticket, you do not board the fishing boat.' },
  { kind: 'benign', variant: 'reword', previous: 'Ink sticks must stay wrapped for the first week of drying.', next: 'For the first week of drying, nobody unwraps the ink sticks.' },
  { kind: 'benign', variant: 'reword', previous: 'Apprentices who have not finished the soot course may not mix the glue.', next: 'Only apprentices who have finished the soot course mix the glue.' },
  { kind: 'benign', variant: 'reword', previous: 'Do not sell ink sticks that have cracked.', next: 'Ink sticks are sold only if they have not cracked.' },
  { kind: 'rescope', previous: 'Do not feed the cormorants when the show is running.', next: 'Feed the cormorants only while the show is running.' },
  { kind: 'scope', previous: 'The fishing boat may be boarded only by guests who have a ticket.', next: 'Guests who have a ticket may board the fishing boat.' },
  { kind: 'negation', previous: 'Never grind ink on a wet stone.', next: 'Ink is ground only on a wet stone.' },
  { kind: 'scope', previous: 'Apprentices who have not finished the soot course may not mix the glue.', next: 'Apprentices who have finished the soot course mix the glue.' },
  { kind: 'negation', previous: 'Ink sticks must stay wrapped for the first week of drying.', next: 'For the first week of drying, nobody wraps the ink sticks.' },
  { kind: 'negation', previous: 'Do not sell ink sticks that have cracked.', next: 'Sell ink sticks that have not cracked.' },
];
