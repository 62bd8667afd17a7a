// Round 40a (session 34, issue 11): edits written for round 40a in domains of their own (a canal
// lock, a falconry centre, a model railway club, a bell tower), each class beside benign twins. The
// classes read: the version a rule points to moved back and named by its place in time ("the 2019
// toll schedule", "the original risk assessment", "the wiring diagram from last spring"), an
// exception appended to an "only" restriction ("..., unless the weather is calm"), and a place's
// universal narrowed to a part of it ("anywhere in the tower" -> "in the ringing chamber"). The
// benign edits keep the version in force, make the restriction stricter or keep the whole place
// in other words. HISTORY.md, "Session 34, guard40a". Part of the tuning set (`CLAUSE_EDITS`
// spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_40A_EDITS: readonly ClauseEdit[] = [
  // The version in force moved back, named by its place in time.
  { kind: 'reference', previous: 'Quote lock fees from the current toll schedule.', next: 'Quote lock fees from the 2019 toll schedule.' },
  { kind: 'reference', previous: 'Flying displays follow the approved risk assessment for the centre.', next: 'Flying displays follow the original risk assessment for the centre.' },
  { kind: 'reference', previous: 'Track layouts are checked against this season\'s wiring diagram before every open day.', next: 'Track layouts are checked against the wiring diagram from last spring before every open day.' },
  { kind: 'benign', variant: 'voice', previous: 'Quote lock fees from the current toll schedule.', next: 'Lock fees are quoted from the current toll schedule.' },
  { kind: 'benign', variant: 'reword', previous: 'Track layouts are checked against this season\'s wiring diagram before every open day.', next: 'Before every open day, track layouts are checked against the latest wiring diagram.' },
  // An exception appended to an "only" restriction.
  { kind: 'condition', previous: 'Falcons may be flown only in the display field.', next: 'Falcons may be flown only in the display field, unless the weather is calm.' },
  { kind: 'condition', previous: 'The top gate may be opened only by a lock keeper.', next: 'The top gate may be opened only by a lock keeper, except when the boat crew holds a licence.' },
  { kind: 'benign', variant: 'stricter', previous: 'Falcons may be flown only in the display field.', next: 'Falcons may be flown only in the display field, and never over the car park.' },
  // A place's universal narrowed to a part of it.
  { kind: 'scope', previous: 'Ringing is not allowed anywhere in the tower during a funeral.', next: 'Ringing is not allowed in the ringing chamber during a funeral.' },
  { kind: 'scope', previous: 'Locomotives must not run unattended anywhere on the layout.', next: 'Locomotives must not run unattended on the main loop.' },
  { kind: 'benign', variant: 'reword', previous: 'Locomotives must not run unattended anywhere on the layout.', next: 'Locomotives must not run unattended on any part of the layout.' },
  { kind: 'benign', variant: 'reorder', previous: 'Ringing is not allowed anywhere in the tower during a funeral.', next: 'During a funeral, ringing is not allowed anywhere in the tower.' },
];
