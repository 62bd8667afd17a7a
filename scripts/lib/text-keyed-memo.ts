// A memo keyed by texts and bounded by how much text it holds, not by how many entries: a bound
// on entries alone lets a few large texts (a 100 KB front matter read 20,000 times over a
// backfill) hold hundreds of megabytes. Emptied at once when full (cleared, not evicted one by
// one), as the other memos here are. Pure.

/** Characters an entry is counted for beyond its key: the map's own slot and a small value. */
const ENTRY_OVERHEAD = 64;

export interface TextKeyedMemo<V> {
  get(key: string): V | undefined;
  /** Remember `value` for `key`; a key longer than the whole bound is not kept. */
  set(key: string, value: V): void;
  /** Characters held: every key's length plus `ENTRY_OVERHEAD` each. */
  readonly chars: number;
  readonly size: number;
}

/** A memo holding at most `maxChars` characters of keys (UTF-16 code units, so about twice as many bytes). */
export function createTextKeyedMemo<V>(maxChars: number): TextKeyedMemo<V> {
  const known = new Map<string, V>();
  let chars = 0;
  return {
    get: (key) => known.get(key),
    set(key, value) {
      const cost = key.length + ENTRY_OVERHEAD;
      if (cost > maxChars) return;
      const before = known.get(key);
      if (before !== undefined) {
        known.set(key, value);
        return;
      }
      if (chars + cost > maxChars) {
        known.clear();
        chars = 0;
      }
      known.set(key, value);
      chars += cost;
    },
    get chars() {
      return chars;
    },
    get size() {
      return known.size;
    },
  };
}
