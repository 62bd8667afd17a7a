// Abbreviations spelled out in the other version ("CVV" -> "card verification value"): before
// two versions are compared, each acronym the other version writes out in full is replaced by
// those words, so expanding an abbreviation is no entity loss, drift or tone change. Pure.

const JOINERS = new Set(['of', 'and', 'the', 'for', '&', 'to', 'a']);

function wordsOf(text: string): Array<{ word: string; start: number; end: number }> {
  const found: Array<{ word: string; start: number; end: number }> = [];
  for (const match of text.matchAll(/[A-Za-z][A-Za-z']*/g)) found.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  return found;
}

/** The words of `text` whose initials spell `acronym` (joiners like "of" may sit between), or null. */
export function findExpansion(acronym: string, text: string): string | null {
  // A digit in an acronym stands for a word: "B2B" = business-to-business, "P2P", "B4" = before.
  const letters = acronym.toLowerCase().replace(/2/g, 't').replace(/4/g, 'f');
  const words = wordsOf(text);
  for (let i = 0; i < words.length; i++) {
    let k = 0;
    let j = i;
    while (k < letters.length && j < words.length) {
      const word = words[j]?.word.toLowerCase() ?? '';
      if (word[0] === letters[k] && !(k > 0 && JOINERS.has(word) && word[0] !== letters[k])) {
        k++;
        j++;
      } else if (k > 0 && JOINERS.has(word)) {
        j++;
      } else {
        break;
      }
    }
    const first = words[i];
    const last = words[j - 1];
    if (k === letters.length && first && last && j - i >= 2) return text.slice(first.start, last.end);
  }
  return null;
}

function expandIn(text: string, other: string): string {
  return text.replace(/\b([A-Z][A-Z0-9]{1,6})(s?)\b/g, (whole, acronym: string, plural: string) => {
    if (new RegExp(`\\b${acronym}`).test(other)) return whole;
    const expansion = findExpansion(acronym, other);
    return expansion ? `${expansion}${plural && !/s$/i.test(expansion) ? 's' : ''}` : whole;
  });
}

/** Both versions with every acronym that the other one spells out replaced by its words. */
export function expandAbbreviations(previous: string, next: string): [string, string] {
  return [expandIn(previous, next), expandIn(next, previous)];
}
