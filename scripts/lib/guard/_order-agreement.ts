// How far two texts that share their words disagree on who and what comes where: the share of
// shared words that traded places around a word that stays between them ("A verifies B" -> "B
// verifies A"). Moving a whole clause ("Before X, do Y" -> "Do Y before X") swaps nothing around a
// fixed word, so paraphrases that reorder clauses keep a low score. Pure.
import { STOP_WORDS, normaliseWord, tokenizeWords } from './_text.ts';

function positions(text: string): Map<string, number> {
  const seen = new Map<string, number>();
  const repeated = new Set<string>();
  let index = 0;
  for (const word of tokenizeWords(text)) {
    if (STOP_WORDS.has(word)) continue;
    const stem = normaliseWord(word);
    if (seen.has(stem)) repeated.add(stem);
    seen.set(stem, index++);
  }
  for (const stem of repeated) seen.delete(stem);
  return seen;
}

/**
 * Share (0..1) of the content words both texts hold once that swapped with another around a
 * word staying between them. 0 for texts that keep their order or only move whole clauses.
 */
export function swappedShare(first: string, second: string): number {
  const a = positions(first);
  const b = positions(second);
  const shared = [...a.keys()].filter((stem) => b.has(stem));
  if (shared.length < 3) return 0;
  const swapped = new Set<string>();
  for (const x of shared) {
    for (const y of shared) {
      const xa = a.get(x) ?? 0;
      const ya = a.get(y) ?? 0;
      const xb = b.get(x) ?? 0;
      const yb = b.get(y) ?? 0;
      if (!(xa < ya && yb < xb)) continue;
      const fixed = shared.some((m) => {
        const ma = a.get(m) ?? 0;
        const mb = b.get(m) ?? 0;
        return xa < ma && ma < ya && yb < mb && mb < xb;
      });
      if (fixed) {
        swapped.add(x);
        swapped.add(y);
      }
    }
  }
  return swapped.size / shared.length;
}
