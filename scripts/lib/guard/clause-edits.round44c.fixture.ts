// Round 44c (session 38, issue 11): edits written for round 44c in domains of their own (a dry-stone
// walling school, a hop garden). The benign class is the one the learned flag now stands down on: a
// duty handing nothing over, or a ban, whose one if/when case gave way to a concessive ("whatever",
// "wherever", "however" before a clause, "regardless of"), the rule said again: it holds in every
// case, stricter (four of the tuning set's false flags the learned flag raised alone after session
// 37's refit). The twins grant or hand over in every case, drop an "only if" for "always", or change
// the rule with the case. HISTORY.md, "Session 38, guard44c". Part of the tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_44C_EDITS: readonly ClauseEdit[] = [
  // A duty or a ban made to hold in every case by a concessive.
  { kind: 'benign', variant: 'stricter', previous: 'Wear gloves if the coping stones are wet.', next: 'Wear gloves, whatever the state of the coping stones.' },
  { kind: 'benign', variant: 'stricter', previous: 'Report a fallen wall section if it borders a footpath.', next: 'Report a fallen wall section, wherever it stands.' },
  { kind: 'benign', variant: 'stricter', previous: 'Do not climb the hop poles if the wind is strong.', next: 'Do not climb the hop poles, whatever the wind is doing.' },
  { kind: 'benign', variant: 'stricter', previous: 'Check the stringing wires for slack if it rained overnight.', next: 'Check the stringing wires for slack, however the night went.' },
  // The twins: a grant or a hand-over made universal, an "only if" dropped for "always", the rule changed with the case.
  { kind: 'condition', previous: 'Pickers may leave the hop garden early if the picking machine breaks down.', next: 'Pickers may leave the hop garden early, whatever happens to the picking machine.' },
  { kind: 'condition', previous: 'Refund the course fee if the instructor cancels the day.', next: 'Refund the course fee, whoever cancels the day.' },
  { kind: 'condition', previous: 'Lend students a walling hammer only if they have forgotten their own.', next: 'Always lend students a walling hammer.' },
  { kind: 'drift', previous: 'Check the stringing wires for slack if it rained overnight.', next: 'Check the hop bines for mildew, however the night went.' },
];
