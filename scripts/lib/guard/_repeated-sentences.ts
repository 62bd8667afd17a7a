// Sentences a clause holds more than once (a pasted duplicate, a rule repeated under a second
// heading): every copy says one requirement, so the alignment pairs copies one to one where it
// can and never reads a copy as gone while its text still stands. Pure.

/** A sentence's text for comparing copies: case, spacing, quote marks and end punctuation aside. */
export function sentenceKey(sentence: string): string {
  return sentence
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/[\s.!?;:,]+$/, '')
    .trim();
}

/**
 * For each new sentence, the old sentence it copies word for word, or -1. Copies are paired in
 * order (the first new copy with the first old copy, ...), so an old sentence written twice keeps
 * both its copies ("A A" -> "A A'" still compares the second A with A'). A new copy beyond the old
 * ones belongs to the first old copy: it repeats that rule and is no other sentence's counterpart.
 */
export function copiedFrom(oldSentences: readonly string[], newSentences: readonly string[]): number[] {
  // Each text's copies in order, and how many of them new copies have taken: the alignment of a
  // long clause asks this of every sentence, so it is looked up, not searched for.
  const copies = Map.groupBy(oldSentences.keys(), (k) => sentenceKey(oldSentences[k] ?? ''));
  const taken = new Map<string, number>();
  return newSentences.map((sentence) => {
    const key = sentenceKey(sentence);
    const old = copies.get(key);
    if (!old) return -1;
    const used = taken.get(key) ?? 0;
    taken.set(key, used + 1);
    return old[used] ?? old[0]!;
  });
}

/** Whether a sentence's text still stands somewhere in the other version (any copy of it). */
export function standsIn(sentences: readonly string[]): (sentence: string) => boolean {
  const keys = new Set(sentences.map(sentenceKey));
  return (sentence) => keys.has(sentenceKey(sentence));
}

/** The sentences with later copies of one already listed left out. */
export function withoutRepeats(sentences: readonly string[]): string[] {
  const seen = new Set<string>();
  return sentences.filter((sentence) => {
    const key = sentenceKey(sentence);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Sentences the old version held more times than the new one, while the new one still holds
 * them: the copies that went took nothing with them (a number, a name), for their twin stands.
 */
export function copiesDropped(previous: readonly string[], next: readonly string[]): string[] {
  const count = (sentences: readonly string[]) => Map.groupBy(sentences, sentenceKey);
  const before = count(previous);
  const after = count(next);
  return [...before].flatMap(([key, copies]) => {
    const left = after.get(key)?.length ?? 0;
    return left > 0 && left < copies.length ? [copies[0]!] : [];
  });
}

/** For each old sentence, the new sentence that is the same copy of it (k-th copy to k-th copy), or -1. */
export function copyPositions(oldSentences: readonly string[], newSentences: readonly string[]): number[] {
  const owners = copiedFrom(oldSentences, newSentences);
  return oldSentences.map((_, i) => owners.findIndex((owner, j) => owner === i && sentenceKey(newSentences[j] ?? '') === sentenceKey(oldSentences[i] ?? '')));
}

/** The first of the sentences written as the one at `index` (itself when it has no earlier copy). */
export function firstCopy(sentences: readonly string[], index: number): number {
  if (index < 0) return index;
  const key = sentenceKey(sentences[index] ?? '');
  return sentences.findIndex((sentence) => sentenceKey(sentence) === key);
}
