// Round 46c (session 40, issue 11): edits written for round 46c in domains of their own (a harpsichord
// restorer's workshop, a snail farm), each benign class beside regression twins. The class is the
// `units` false flags of v27, v28 and v67 read by structure: an amount said again in other units or
// words and nothing else changed ("half a kilogram" -> "500 grams"), which no reading flags and the
// learned flag flagged as a phrase of words traded for a figure. The twins change the amount, or
// restate it while softening the duty or adding an exception. HISTORY.md, "Session 40, guard46c".
// Part of the tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_46C_EDITS: readonly ClauseEdit[] = [
  // An amount said again in other units, nothing else changed.
  { kind: 'benign', variant: 'units', previous: 'Quill plectra are trimmed to no longer than half a millimetre past the string.', next: 'Quill plectra are trimmed to no longer than 0.5 mm past the string.' },
  { kind: 'number', previous: 'Quill plectra are trimmed to no longer than half a millimetre past the string.', next: 'Quill plectra are trimmed to no longer than 5 mm past the string.' },
  { kind: 'benign', variant: 'units', previous: 'Never hang more than half a kilogram on a jack rail.', next: 'Never hang more than 500 grams on a jack rail.' },
  { kind: 'condition', previous: 'Never hang more than half a kilogram on a jack rail.', next: 'Never hang more than 500 grams on a jack rail without asking the restorer.' },
  { kind: 'benign', variant: 'units', previous: 'Each breeding box gets half a litre of fresh water every morning.', next: 'Each breeding box gets 500 ml of fresh water every morning.' },
  { kind: 'modal', previous: 'Each breeding box must get half a litre of fresh water every morning.', next: 'Each breeding box may get 500 ml of fresh water every morning.' },
];
