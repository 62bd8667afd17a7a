// How far two versions of a word list (or any list) stay the same from the start and from the end:
// the frame around what an edit changed. Pure.

/**
 * The number of items both lists open with (`head`), then the number they close with (`tail`),
 * the two never overlapping in either list: `before.slice(head, before.length - tail)` and
 * `after.slice(head, after.length - tail)` are what changed.
 */
export function sharedEnds<T>(before: readonly T[], after: readonly T[], same: (a: T, b: T) => boolean = (a, b) => a === b): { head: number; tail: number } {
  const shorter = Math.min(before.length, after.length);
  let head = 0;
  while (head < shorter && same(before[head]!, after[head]!)) head++;
  let tail = 0;
  while (tail < shorter - head && same(before[before.length - 1 - tail]!, after[after.length - 1 - tail]!)) tail++;
  return { head, tail };
}
