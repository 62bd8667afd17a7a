// Negated words spelled out in the other version ("unpaid" -> "not been paid"): before two
// versions are compared for similarity, "not (been) paid" is written back as "unpaid", so
// spelling a negative word out is no drift. Pure.
import { normaliseWord, tokenizeWords } from './_text.ts';

const PREFIXES = ['un', 'in', 'im', 'il', 'ir', 'non', 'dis'];

/**
 * "-able" words whose verb is another word: "illegible" is "cannot be read". The regular ones
 * ("undeliverable" = "cannot be delivered", "unreadable") need no entry.
 */
const ABLE_VERBS: Readonly<Record<string, string>> = {
  legible: 'read', audible: 'hear', visible: 'see', edible: 'eat', soluble: 'dissolve', tangible: 'touch', reparable: 'repair',
};

/**
 * Stems a "not X" may spell out for one prefixed word: "paid" for "unpaid", "complet" for
 * "incomplete", and for an "-able" word its verb ("undeliverable" -> "deliver", "illegible" -> "read").
 */
export function negatedBases(word: string): string[] {
  const bases: string[] = [];
  for (const prefix of PREFIXES) {
    if (!word.startsWith(prefix) || word.length <= prefix.length + 3) continue;
    const base = word.slice(prefix.length);
    bases.push(normaliseWord(base));
    const verb = ABLE_VERBS[base] ?? (/(?:able|ible)$/.test(base) && base.length > 7 ? base.replace(/(?:able|ible)$/, '') : null);
    if (verb) bases.push(normaliseWord(verb), normaliseWord(`${verb}e`));
  }
  return bases;
}

/**
 * The words of a text, with a hyphenated "non-" joined to its word again ("non-refundable" is
 * tokenized "non", "refundable"), so it is read as the one negative word it is.
 */
export function wordsWithPrefixes(text: string): string[] {
  const words = tokenizeWords(text);
  return [...words, ...words.flatMap((word, i) => (word === 'non' && words[i + 1] ? [`non${words[i + 1]}`] : []))];
}

/** Stem of the base word -> the prefixed word, for every un-/in-/non-... word of a text. */
function negativeWords(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const word of wordsWithPrefixes(text)) {
    for (const base of negatedBases(word)) found.set(base, word);
  }
  return found;
}

function respell(text: string, other: string): string {
  const negatives = negativeWords(other);
  if (negatives.size === 0) return text;
  return text.replace(/\b(?:(?:can)?not|can't|never)\s+(?:(?:been|be|being|yet|ever)\s+)*([A-Za-z]+)/g, (whole, word: string) => negatives.get(normaliseWord(word.toLowerCase())) ?? whole);
}

/** Both versions with every "not X" that the other version writes as one negative word respelled. */
export function respellNegatives(previous: string, next: string): [string, string] {
  return [respell(previous, next), respell(next, previous)];
}

/**
 * A negative adjective of its own: "unaccompanied", "unlicensed", "non-compliant", "ticketless"
 * (not "undersigned", "unified", "unless", "regardless", read as no such word).
 */
const NEGATIVE_ADJECTIVE = /^(?!under|uni)(?:un|non)[a-z]{3,}(?:ed|able|ible|ant|ent)$|^[a-z]{3,}less$/;
const NOT_NEGATIVE = new Set(['unless', 'regardless', 'nevertheless', 'nonetheless']);

/** The negative adjectives of `previous` ("unaccompanied") that `next` no longer writes. */
export function negativeWordsGone(previous: string, next: string): string[] {
  const kept = new Set(wordsWithPrefixes(next));
  return wordsWithPrefixes(previous).filter((word) => NEGATIVE_ADJECTIVE.test(word) && !NOT_NEGATIVE.has(word) && !kept.has(word));
}
