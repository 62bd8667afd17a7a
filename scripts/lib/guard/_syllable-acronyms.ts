// A name shortened to a word made of its words' openings: "Amex" = American Express, "CAMRA" =
// Campaign for Real Ale, "Defra" = Department for Environment, Food and Rural Affairs. The
// acronym reading (_abbreviations.ts) takes one initial per word, or two of a long word, and reads
// only tokens in capitals, so these read as a name gone (issue 11, round 42d: v53's "Amex", v54's
// "CAMRA", v58's "Defra" flagged `entity-removed` or `conjunct-dropped`). Here the short word's
// letters are split, in order, into openings of every capitalised word of a name the other version
// says (one letter at least from each, the joiners "of", "for", "and", "the", "in", "on", "to" skipped), a name of
// two capitalised words at least. The caller reads only a word that is a name by its writing: in
// capitals, or capitalised inside a sentence ("send it to Defra"), never a sentence's first word. Pure.

const JOINERS = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'to', '&']);

/** The words of a text with where each stands. */
function wordsOf(text: string): Array<{ word: string; start: number; end: number }> {
  return [...text.matchAll(/[A-Za-z][A-Za-z']*/g)].map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
}

const capitalised = (word: string): boolean => /^[A-Z]/.test(word);

/** The index after the name's last word when `letters` from `k` are openings of the capitalised words from `j`, or null. */
function openingsFrom(letters: string, k: number, words: readonly string[], j: number): number | null {
  if (k === letters.length) return j;
  const word = words[j];
  if (word === undefined) return null;
  if (!capitalised(word)) return k > 0 && JOINERS.has(word) ? openingsFrom(letters, k, words, j + 1) : null;
  const lower = word.toLowerCase().replace(/'s$/, '');
  // The longest opening first: "Campaign" gives the C, A and M of CAMRA.
  for (let take = Math.min(lower.length, letters.length - k); take >= 1; take--) {
    if (lower.slice(0, take) !== letters.slice(k, k + take)) continue;
    const end = openingsFrom(letters, k + take, words, j + 1);
    // A name ends on a capitalised word of its own.
    if (end !== null && (end === words.length || !capitalised(words[end] ?? ''))) return end;
  }
  return null;
}

/** The name in `other` whose words' openings spell `short` ("Amex" -> "American Express"), or null. */
export function nameByOpenings(short: string, other: string): string | null {
  const letters = short.toLowerCase();
  if (letters.length < 4 || !/^[a-z]+$/.test(letters)) return null;
  const found = wordsOf(other);
  const words = found.map(({ word }) => word);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (!capitalised(word) || word[0]!.toLowerCase() !== letters[0]) continue;
    const end = openingsFrom(letters, 0, words, i);
    // Two capitalised words at least.
    if (end === null || words.slice(i, end).filter(capitalised).length < 2) continue;
    return other.slice(found[i]!.start, found[end - 1]!.end);
  }
  return null;
}
