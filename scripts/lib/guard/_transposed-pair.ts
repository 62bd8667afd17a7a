// Two words that traded places while every other word of the sentence stayed in its place, one of
// them also named elsewhere in the sentence ("The parish notifies the firm ..., and the firm then
// schedules a tuning" -> "The firm notifies the parish ..., and the firm then schedules a
// tuning"). reason-roles.ts reads a swap only between words named once (a word named twice has no
// one place to trade); a single transposition needs no such place: the two positions that differ
// hold each other's word. Every other word, function words included, must stay, so a voice change
// ("must be approved by the general counsel" -> "the general counsel must approve") is no swap,
// and a content word must stand between the two, so "refunds and exchanges" -> "exchanges and
// refunds" is none either. Pure.
import { isContent } from './_statements.ts';
import { normaliseWord, NOUN_DETERMINERS } from './_text.ts';

/** The two words (as written in the old sentence) of a single transposition, or null. */
export function transposedPair(previousWords: readonly string[], nextWords: readonly string[]): [string, string] | null {
  const kept = (words: readonly string[]) => words.filter((word) => !NOUN_DETERMINERS.has(word.toLowerCase()));
  const before = kept(previousWords);
  const after = kept(nextWords);
  if (before.length !== after.length) return null;
  const [a, b] = [before.map(normaliseWord), after.map(normaliseWord)];
  const differs = a.flatMap((stem, i) => (stem === b[i] ? [] : [i]));
  if (differs.length !== 2) return null;
  const [i, j] = differs as [number, number];
  if (a[i] !== b[j] || a[j] !== b[i]) return null;
  if (!isContent(before[i] ?? '') || !isContent(before[j] ?? '') || !before.slice(i + 1, j).some(isContent)) return null;
  return [before[i] ?? '', before[j] ?? ''];
}
