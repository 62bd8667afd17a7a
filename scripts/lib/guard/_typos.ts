// Typo fixes read as the same words ("Allways verify the reciever's adress" -> "Always verify the
// receiver's address"): before two versions are compared, a word of one version that only that
// version has is replaced by a word only the other version has when the two are one slip apart
// (a letter dropped, doubled, added or two letters swapped), a contraction written without its
// apostrophe ("Dont") gets it back, and a word typed twice ("the the") counts once. Pure.
//
// No dictionary is used, so the match is kept narrow: substitutions are not slips ("ensure" /
// "unsure", "fifty" / "fifth", "prescribe" / "proscribe" change meaning), a rule, order or number
// word is never taken for a misspelling ("ever" stays apart from "never"), and a word that is an inflection or prefix of the other ("hour" / "hours",
// "able" / "unable") is not a typo.
import { RULE_WORDS, STOP_WORDS } from './_text.ts';
import { NUMBER_WORDS, RATE_ADVERB_PERIODS, SCALE_WORDS } from './_numbers.ts';

/** Contractions that lose their apostrophe in a hurry; "wont" and "cant" are words too, so not here. */
const BARE_CONTRACTIONS = /\b(do|does|did|is|are|was|were|should|must|would|could|has|have|had|need)nt\b/gi;

/** Words whose one-letter neighbours are other rule, order or number words ("ever" / "never", "later" / "latter"). */
const NEVER_TYPO = new Set([
  ...RULE_WORDS, ...STOP_WORDS,
  'ever', 'later', 'latter', 'latest', 'least', 'last', 'first', 'fist', 'earlier', 'early', 'unless', 'lest', 'except', 'accept',
  'through', 'though', 'thorough', 'fourth', 'seventh', 'eighth',
  ...Object.keys(NUMBER_WORDS), ...Object.keys(SCALE_WORDS), ...Object.keys(RATE_ADVERB_PERIODS),
  'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks',
  'lose', 'loose', 'lesser', 'lessor', 'lessee', 'formally', 'formerly',
]);

const MIN_LENGTH = 5;

/** True when `a` becomes `b` by one insertion, one deletion or one swap of neighbouring letters. */
export function isOneSlipApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

function isInflectionOrPrefix(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) || long.endsWith(short);
}

function wordSet(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[a-z]+(?:'[a-z]+)*/g) ?? []));
}

/** Each word only `text` has, mapped to the one word only `other` has that it is a slip of. */
function findSlips(text: string, other: string): Map<string, string> {
  const mine = wordSet(text);
  const theirs = wordSet(other);
  const onlyTheirs = [...theirs].filter((word) => !mine.has(word) && word.length >= MIN_LENGTH - 1);
  const slips = new Map<string, string>();
  for (const word of mine) {
    if (theirs.has(word) || word.length < MIN_LENGTH - 1 || NEVER_TYPO.has(word) || /^\d/.test(word)) continue;
    const matches = onlyTheirs.filter((candidate) => Math.max(candidate.length, word.length) >= MIN_LENGTH && isOneSlipApart(word, candidate) && !isInflectionOrPrefix(word, candidate));
    // Two candidates: no telling which was meant.
    if (matches.length === 1 && matches[0]) slips.set(word, matches[0]);
  }
  return slips;
}

function keepCase(original: string, replacement: string): string {
  if (original === original.toUpperCase() && original.length > 1) return replacement.toUpperCase();
  if (original[0] === original[0]?.toUpperCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

function tidy(text: string): string {
  return text
    .replace(BARE_CONTRACTIONS, (_whole, stem: string) => `${stem}n't`)
    .replace(/\b([A-Za-z]+)(\s+)\1\b/gi, (whole, word: string) => (/^(had|that)$/i.test(word) ? whole : word))
    .replace(/ +([.,;:!?])/g, '$1');
}

/**
 * Both versions with slips repaired: bare contractions and doubled words in each, and every word
 * of `previous` that is a one-slip misspelling of a word only `next` has spelled as in `next`
 * (and the other way round, for a typo the edit introduced).
 */
export function correctTypos(previous: string, next: string): [string, string] {
  const before = tidy(previous);
  const after = tidy(next);
  const fix = (text: string, slips: Map<string, string>) =>
    slips.size === 0 ? text : text.replace(/[A-Za-z]+(?:'[A-Za-z]+)*/g, (word) => {
      const replacement = slips.get(word.toLowerCase());
      return replacement ? keepCase(word, replacement) : word;
    });
  const fixedBefore = fix(before, findSlips(before, after));
  // Run second, on the repaired text, so a pair already made equal is not swapped back.
  return [fixedBefore, fix(after, findSlips(after, fixedBefore))];
}
