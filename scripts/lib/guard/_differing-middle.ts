// The middle two word lists differ in, for a longest-common-subsequence table that follows the size
// of an edit and not the length of its sentence (issue 9 with issue 11, round 29d: one figure changed
// in a sentence of 2,000 words filled a table of 4 M cells in each reading that diffs its words).
// Pure.
//
// A common prefix is matched word for word by a traceback that takes every equal pair as it comes,
// so leaving it out of the table changes nothing. A common suffix adds the same length to every
// cell of the middle, so no choice between cells moves either; but where the middle of one list
// runs out, a traceback over the whole table would match the suffix's first word to an equal word
// still left in the other's middle. The suffix left out therefore starts at a word that neither
// middle holds: then the traceback over the middle alone makes the same choices as over the whole.

import { changedStretch } from './_changed-stretch.ts';

/** Where the middle starts (`head`, the same in both lists) and where it ends in each. */
export interface DifferingMiddle {
  head: number;
  aEnd: number;
  bEnd: number;
}

/** The common prefix and the common suffix that a traceback matches as it would over the whole table. */
export function differingMiddle(a: readonly string[], b: readonly string[]): DifferingMiddle {
  const { head, tail: shared } = changedStretch(a, b);
  let tail = shared;
  // Give words of the suffix back to the middle until its first word is in neither middle.
  const inMiddle = new Set([...a.slice(head, a.length - tail), ...b.slice(head, b.length - tail)]);
  while (tail > 0 && inMiddle.has(a[a.length - tail]!)) tail--;
  return { head, aEnd: a.length - tail, bEnd: b.length - tail };
}
