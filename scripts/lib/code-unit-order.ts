// The order of strings by UTF-16 code units, as `<` compares them: the same on every machine.
// String.prototype.localeCompare follows the process's locale (LANG, Node's ICU data), so an order
// that decides what is written (records, label files, bundles, exports, which record is kept)
// could differ between a developer's commit and CI's check of it.

/** Sort comparator in code-unit order ('B' before 'a', '10' before '9'; ISO dates in time order). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * git's order of paths (their UTF-8 bytes) on the strings themselves: UTF-16 code units compare as
 * code points, and so as UTF-8 bytes, except surrogates (characters above U+FFFF), which are moved
 * above the rest of the BMP. Encoding both paths for each comparison (Buffer.compare) made two
 * buffers a comparison: building the hook's source list at adoption (30,000 files in git's order)
 * spent about half a second of CPU there (bench HISTORY, session 34).
 */
export function compareGitOrder(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800) x = x < 0xe000 ? x + 0x2000 : x - 0x800;
    if (y >= 0xd800) y = y < 0xe000 ? y + 0x2000 : y - 0x800;
    return x - y;
  }
  return a.length - b.length;
}
