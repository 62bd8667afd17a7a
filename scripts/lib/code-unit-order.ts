// The order of strings by UTF-16 code units, as `<` compares them: the same on every machine.
// String.prototype.localeCompare follows the process's locale (LANG, Node's ICU data), so an order
// that decides what is written (records, label files, bundles, exports, which record is kept)
// could differ between a developer's commit and CI's check of it.

/** Sort comparator in code-unit order ('B' before 'a', '10' before '9'; ISO dates in time order). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
