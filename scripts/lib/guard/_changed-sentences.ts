// What an edit changed, read from the edit alone: the sentences between the ones both versions
// open and close with, and the words those sentences traded. The verdict's weighing reads these
// (verdict-weights.ts), never the clause around them, so that an edit weighs the same alone and
// buried in a long clause of rules it left alone (round 29c). Pure.
import { changedStretch } from './_changed-stretch.ts';
import { splitSentences, tokenizeWords } from './_text.ts';

/**
 * The changed sentences of each version, joined: the sentences left once those both versions open
 * with and those both close with are taken off. An empty side is a version that only gained (or
 * only lost) sentences. The texts' own sentences decide, so the sentences of a long clause the edit
 * did not touch are taken off as the unchanged sentences of a short one are.
 */
export function changedSentences(previous: string, next: string): [string, string] {
  const before = splitSentences(previous).map((sentence) => sentence.trim());
  const after = splitSentences(next).map((sentence) => sentence.trim());
  const { head, tail } = changedStretch(before, after);
  return [before.slice(head, before.length - tail).join(' '), after.slice(head, after.length - tail).join(' ')];
}

/** One stretch of words the edit traded: the words gone and the words that came in their place. */
export interface WordHunk {
  gone: string[];
  came: string[];
}

/**
 * Above this many cells (words of one side times words of the other) the words traded are not
 * read: a rewrite that long is no one-word edit, and the table would cost more than the readings.
 */
const MAX_CELLS = 250_000;

/**
 * The stretches of words two texts differ in, by their longest common subsequence of words
 * (`tokenizeWords`: lower case, contractions expanded); null when the texts are too long to
 * compare word by word.
 */
export function wordHunks(previous: string, next: string): WordHunk[] | null {
  const a = tokenizeWords(previous);
  const b = tokenizeWords(next);
  if (a.length * b.length > MAX_CELLS) return null;
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] = a[i] === b[j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const hunks: WordHunk[] = [];
  let hunk: WordHunk = { gone: [], came: [] };
  const close = () => {
    if (hunk.gone.length > 0 || hunk.came.length > 0) hunks.push(hunk);
    hunk = { gone: [], came: [] };
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      close();
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!)) {
      hunk.gone.push(a[i++]!);
    } else {
      hunk.came.push(b[j++]!);
    }
  }
  close();
  return hunks;
}
