import { proseText, proseWords, sentencesOf, sentenceWordChanges, sumOverWords, type WordFacts } from './_prose.ts';

// Flesch reading ease: 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words).
// Higher reads easier: ~90-100 for a child's story, 60-70 plain English, below 30 academic prose.
// Not clamped, so very short plain sentences can exceed 100 and dense jargon fall below 0; a
// clamp would hide real changes between versions. Measured on prose only (see `_prose.ts`), and
// 0 for a body with no words, since there is nothing to read.

/** Flesch reading ease of the prose in a Markdown body. */
export function readingEase(body: string): number {
  const { words, syllables, sentences } = easeSums(proseText(body));
  if (words === 0) return 0;
  return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);
}

/** Sentences, words and syllables of `sentences`, the sums reading ease is made of (integers: any grouping gives the same totals). */
export function countEase(sentences: readonly string[]): EaseSums {
  // Words and syllables counted by a scan of char codes, without matching the words into arrays:
  // integer sums, so the same totals as summing over `wordsIn` of each sentence.
  let words = 0;
  let syllables = 0;
  for (const sentence of sentences) {
    const counted = sumOverWords(sentence, countSyllables);
    words += counted.words;
    syllables += counted.sum;
  }
  return { sentences: sentences.length, words, syllables };
}

/** What reading ease counts in a text. */
export interface EaseSums {
  sentences: number;
  words: number;
  syllables: number;
}

/** The sums reading ease is made of in `prose`: remembered for the last prose. */
export function easeSums(prose: string): EaseSums {
  if (prose !== knownEase.prose) knownEase = { prose, ...proseEase(prose) };
  return knownEase;
}

/**
 * `countEase(sentencesOf(prose))`, from the prose's words (`proseWords`, which formality and tone
 * read too) and the few words its sentences have otherwise (`sentenceWordChanges`), each distinct
 * word's syllables counted once: no second scan over the sentences. Integer sums, so the same
 * totals (readability.test.ts compares the two on varied texts).
 */
export function proseEase(prose: string): EaseSums {
  const sentences = sentencesOf(prose).length;
  const { facts } = proseWords(prose);
  const { dropped, added } = sentenceWordChanges(prose);
  let syllables = 0;
  // Indexed: measuring runs mostly before it is optimised, where for-of makes an iterator result per word.
  for (let i = 0; i < facts.length; i++) syllables += syllablesOfFacts(facts[i]!);
  for (let i = 0; i < dropped.length; i++) syllables -= countSyllables(dropped[i]!);
  for (let i = 0; i < added.length; i++) syllables += countSyllables(added[i]!);
  return { sentences, words: facts.length - dropped.length + added.length, syllables };
}

/** A word's syllables, kept on its facts: from its lower-cased form, which is all estimateSyllables reads. */
function syllablesOfFacts(facts: WordFacts): number {
  return (facts.syllables ??= estimateSyllables(facts.lower));
}

/** Tells `easeSums` what `countEase` would find in the sentences of `prose` (see `knowProse` in _prose.ts). */
export function knowEase(prose: string, sums: EaseSums): void {
  knownEase = { prose, ...sums };
}

let knownEase: EaseSums & { prose: string } = { prose: '', sentences: 0, words: 0, syllables: 0 };

// English syllable heuristic, right for most words and off by one for some (the usual trade for
// Flesch without a pronunciation dictionary):
// 1. count groups of adjacent vowels (a e i o u y), so "cheap" is 1 and "reading" 2;
// 2. a final silent "e" does not count ("make"), except in consonant + "le" ("table") and
//    words whose only vowel it is ("the");
// 3. final "-ed" is silent unless after t or d ("jumped" 1, "wanted" 2), final "-es" is silent
//    unless after s, x, z, ch, sh, ce, ge ("makes" 1, "boxes" 2);
// 4. "ia", "io", "iu" and "ua" said apart add one ("appropriate", "period", "medium", "usual"),
//    but not in "-tion", "-cial", "-sion", "-gion" or "qua", where they are one sound;
// 5. numbers count one syllable per digit group; words without Latin vowels (acronyms such as
//    "HTTP", other scripts) count 1. Every word has at least one syllable.
const HIATUS = /(?<![cgstx])i[aou]|(?<!q)ua/g;

/** Estimated English syllables in one word. */
export function countSyllables(word: string): number {
  // Remembered by word: a body repeats most of its words, and backfill measures thousands of bodies.
  const known = syllablesOf.get(word);
  if (known !== undefined) return known;
  const count = estimateSyllables(word);
  if (syllablesOf.size >= MAX_REMEMBERED) syllablesOf.clear();
  syllablesOf.set(word, count);
  return count;
}

const syllablesOf = new Map<string, number>();
/** Enough for a language's working vocabulary in every casing; cleared when full, so memory stays bounded. */
const MAX_REMEMBERED = 100_000;

function estimateSyllables(word: string): number {
  const lower = word.toLowerCase().replace(/['’]/g, '');
  if (/^\p{N}+$/u.test(lower)) return 1;
  const letters = lower.replace(/[^a-z]/g, '');
  const groups = letters.match(/[aeiouy]+/g);
  if (!groups) return 1;
  let count = groups.length;
  if (/[^aeiouy]e$/.test(letters) && !/[^aeiouy]le$/.test(letters) && count > 1) count -= 1;
  if (/[^aeiouy]ed$/.test(letters) && !/[td]ed$/.test(letters) && count > 1) count -= 1;
  if (/[^aeiouy]es$/.test(letters) && !/(?:[sxz]|[cs]h|[cg])es$/.test(letters) && count > 1) count -= 1;
  count += (letters.match(HIATUS) ?? []).length;
  return Math.max(1, count);
}
