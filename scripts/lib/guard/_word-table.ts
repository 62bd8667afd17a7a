// Pure: a table looked up by the words of a clause. An object literal also answers `in` and `[]`
// for Object.prototype's keys, and "constructor", its one lower-case key, read as a number word,
// a unit and a fraction: every edit of a sentence holding it was flagged "number changed" ("Write
// 5 constructor tests" -> "... first": "5 constructor tests" -> "5 constructor tests"), a code that
// flags by design. A table without a prototype holds the words written in it and no others.

/** `entries` as a table with no prototype: `word in table` and `table[word]` see its own words only. */
export function wordTable<V>(entries: Readonly<Record<string, V>>): Readonly<Record<string, V>> {
  return Object.assign(Object.create(null) as Record<string, V>, entries);
}
