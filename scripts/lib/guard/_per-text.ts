// Readings of a whole clause text that are asked for once per sentence of the other version
// ("which un- words does the other version hold?"): remembered per text, so reading a clause of n
// sentences costs n readings of a sentence plus one of the text, not n of the text. Pure.

/**
 * Texts remembered per reading, unless told otherwise. A statement reading alternates between the
 * two versions of one edit; a commit's other clauses pass through after it. Emptied when full
 * (cleared, not evicted one by one); `_text.ts` keeps its sentences and words for more texts.
 */
const TEXTS_PER_READING = 64;

/**
 * `read`, remembered per text. The value is shared by every caller, so it must not be changed:
 * return read-only types from `read`.
 */
export function rememberedPerText<T>(read: (text: string) => T, limit = TEXTS_PER_READING): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text) as T;
    const value = read(text);
    if (known.size >= limit) known.clear();
    known.set(text, value);
    return value;
  };
}

/** `read`, remembered per pair of texts (the two versions of a clause), as `rememberedPerText`. */
export function rememberedPerPair<T>(read: (first: string, second: string) => T, limit = TEXTS_PER_READING): (first: string, second: string) => T {
  const known = new Map<string, Map<string, T>>();
  let pairs = 0;
  return (first, second) => {
    let seconds = known.get(first);
    if (seconds?.has(second)) return seconds.get(second) as T;
    const value = read(first, second);
    if (pairs >= limit) {
      known.clear();
      pairs = 0;
      seconds = undefined;
    }
    if (!seconds) known.set(first, (seconds = new Map()));
    seconds.set(second, value);
    pairs++;
    return value;
  };
}
