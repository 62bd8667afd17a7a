// Negated words spelled out in the other version ("unpaid" -> "not been paid"): before two
// versions are compared for similarity, "not (been) paid" is written back as "unpaid", so
// spelling a negative word out is no drift. Pure.
import { normaliseWord, tokenizeWords } from './_text.ts';

const PREFIXES = ['un', 'in', 'im', 'il', 'ir', 'non', 'dis'];

/** Stem of the base word -> the prefixed word, for every un-/in-/non-... word of a text. */
function negativeWords(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const word of tokenizeWords(text)) {
    for (const prefix of PREFIXES) {
      if (word.startsWith(prefix) && word.length > prefix.length + 3) found.set(normaliseWord(word.slice(prefix.length)), word);
    }
  }
  return found;
}

function respell(text: string, other: string): string {
  const negatives = negativeWords(other);
  if (negatives.size === 0) return text;
  return text.replace(/\b(?:not|never)\s+(?:(?:been|be|being|yet|ever)\s+)*([A-Za-z]+)/g, (whole, word: string) => negatives.get(normaliseWord(word.toLowerCase())) ?? whole);
}

/** Both versions with every "not X" that the other version writes as one negative word respelled. */
export function respellNegatives(previous: string, next: string): [string, string] {
  return [respell(previous, next), respell(next, previous)];
}
