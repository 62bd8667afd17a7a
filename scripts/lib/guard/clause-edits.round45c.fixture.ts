// Round 45c (session 39, issue 11): edits written for round 45c in domains of their own (a biogas
// digester plant, an aquaponics farm), each benign class beside regression twins. The class is v64's
// `units` false flag read by structure: a part of one unit said in words where the unit is a length
// raised to a power ("500 litres" -> "half a cubic metre", "a quarter of a cubic metre"), which the
// number reading read as the whole unit ("a cubic metre"). The regression twins change the amount
// said so. HISTORY.md, "Session 39, guard45c". Part of the tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_45C_EDITS: readonly ClauseEdit[] = [
  // A part of a cubic metre said in words for the same amount in litres.
  { kind: 'benign', variant: 'units', previous: 'The feed hopper takes 500 litres of slurry at a time.', next: 'The feed hopper takes half a cubic metre of slurry at a time.' },
  { kind: 'number', previous: 'The feed hopper takes half a cubic metre of slurry at a time.', next: 'The feed hopper takes a cubic metre of slurry at a time.' },
  { kind: 'benign', variant: 'units', previous: 'Top up each fish tank with no more than 250 litres of fresh water a week.', next: 'Top up each fish tank with no more than a quarter of a cubic metre of fresh water a week.' },
  { kind: 'number', previous: 'Top up each fish tank with no more than 250 litres of fresh water a week.', next: 'Top up each fish tank with no more than half a cubic metre of fresh water a week.' },
];
