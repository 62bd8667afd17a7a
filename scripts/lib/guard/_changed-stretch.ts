// The one stretch two word lists differ in: how many words they share from the start and from
// the end (never overlapping), so "... the chief timekeeper has signed" / "... the social media
// team has signed" differ in "chief timekeeper" / "social media team"; a stretch of one word on
// each side is a one-word swap. Pure.

import { splitSentences } from './_text.ts';

export interface ChangedStretch {
  /** Words both lists open with. */
  head: number;
  /** Words both lists end with, after the head. */
  tail: number;
}

export function changedStretch(a: readonly string[], b: readonly string[]): ChangedStretch {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { head, tail };
}

/** The changed stretch with its words: those it took out of `a` and those it put in from `b`. */
export function changedWords<T extends string>(a: readonly T[], b: readonly T[]): ChangedStretch & { gone: T[]; came: T[] } {
  const { head, tail } = changedStretch(a, b);
  return { head, tail, gone: a.slice(head, a.length - tail), came: b.slice(head, b.length - tail) };
}

/** Where two word lists of one length differ in one word only, and those words; null when more or none changed. */
export function oneWordSwap(before: readonly string[], after: readonly string[]): { at: number; gone: string; came: string } | null {
  if (before.length !== after.length) return null;
  const { head: at, tail } = changedStretch(before, after);
  if (at + tail !== before.length - 1) return null;
  return { at, gone: before[at] ?? '', came: after[at] ?? '' };
}

/**
 * The sentences an edit changed, paired in order: those of each version not found word for word in
 * the other, when both versions changed as many. A cheap pairing for readings that ask for a kept
 * frame round one changed stretch anyway (a wrong pair shares no frame): no alignment is run.
 */
export function changedSentencePairs(previous: string, next: string): Array<readonly [string, string]> {
  const before = splitSentences(previous);
  const after = splitSentences(next);
  const kept = new Set(before);
  const stays = new Set(after);
  const gone = before.filter((sentence) => !stays.has(sentence));
  const came = after.filter((sentence) => !kept.has(sentence));
  return gone.length === came.length ? gone.map((sentence, i) => [sentence, came[i] ?? ''] as const) : [];
}
