import { ARTICLES, CONTRACTION, FORMAL_WORDS, INFORMAL_WORDS, INTERJECTIONS, PREPOSITIONS, PRONOUNS } from './formality-lexicon.ts';
import { countSentences, proseText, proseWords, type WordFacts } from './_prose.ts';

// Formality in [-1, 1], from -1 casual to 1 formal: tanh of a weighted sum of register markers,
// each a rate per word (or per sentence) so a longer prompt is not more formal for being longer.
//   + formal vocabulary (therefore, regarding, ensure, kindly, ...)          x 5 per word
//   - informal vocabulary (hey, awesome, gonna, lol, ...)                     x 6 per word
//   - contractions (don't, you're, let's; not possessive 's)                  x 6 per word
//   + (articles + prepositions - pronouns - interjections) above 0.2 per word  x 1.5: the
//     closed-class half of Heylighen & Dewaele's F-score (formal text names things, casual text
//     points at people)
//   + nominalisations (3+ letters, then -tion, -sion, -ment, -ance, -ence, -ity)  x 4 per word
//   + passives (a form of "be" + -ed or a common irregular participle)            x 3 per word
//   + mean word length above 5.1 letters                                      x 0.4 per letter
//   - exclamation marks and emoji                                             x 0.4 per sentence
// The result is shrunk toward 0 for texts of few words (rates over six words are noise). The
// weights put a plain instruction ("Summarise the article in three bullet points.") at 0.12, a
// support macro with "kindly", "regarding" and "prior to" at 0.93, and "hey!! gonna grab it lol"
// at -0.99. A body without words is 0.

const SHRINK_WORDS = 8;
const NOMINALISATION = /^\p{L}{3,}(?:tion|sion|ment|ance|ence|ity)s?$/u;
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const REGULAR_PARTICIPLE = /^\p{L}+ed$/u;
const IRREGULAR_PARTICIPLES = new Set(['made', 'done', 'given', 'taken', 'written', 'shown', 'known', 'sent', 'held', 'kept', 'built', 'paid', 'set', 'put', 'told', 'found', 'seen', 'chosen']);
// Each \p pattern is compiled again for each string width and tier it meets: a word without the
// suffix, "ed" or an apostrophe those patterns require is not handed to them.
const NOMINAL_SUFFIX = /(?:tion|sion|ment|ance|ence|ity)s?$/;
const EMOJI = /\p{Extended_Pictographic}|(?<!\S)[:;]-?[)(DPp](?!\S)/gu;
// EMOJI needs a pictograph (none is ASCII) or ":" or ";": prose without any is not searched with
// its `\p` class (a third of the bench's bodies are ASCII without either).
const MAY_HOLD_EMOJI = /[:;\u0080-\uffff]/;

function countExclamations(prose: string): number {
  let count = 0;
  for (let at = prose.indexOf('!'); at !== -1; at = prose.indexOf('!', at + 1)) count++;
  return count;
}

/** The rates the formality score is made of; exposed for tone inference and tests. */
export interface RegisterMarkers {
  words: number;
  sentences: number;
  formalWords: number;
  informalWords: number;
  contractions: number;
  closedClassBalance: number;
  nominalisations: number;
  passives: number;
  meanWordLength: number;
  exclamations: number;
  emoji: number;
}

/** Counts the register markers of already-extracted prose. */
export function countRegisterMarkers(prose: string): RegisterMarkers {
  const { facts, letters } = proseWords(prose);
  // One pass over the words, each word's marks derived once per distinct word (a body repeats
  // most of its words): six passes with a regex or two per word were most of measuring a body.
  let balance = 0;
  let passives = 0;
  let formalWords = 0;
  let informalWords = 0;
  let contractions = 0;
  let nominalisations = 0;
  for (let index = 0; index < facts.length; index++) {
    const marks = marksOf(facts[index]!);
    balance += marks.balance;
    if (marks.be && index + 1 < facts.length && marksOf(facts[index + 1]!).participle) passives += 1;
    if (marks.formal) formalWords += 1;
    if (marks.informal) informalWords += 1;
    if (marks.contraction) contractions += 1;
    if (marks.nominalisation) nominalisations += 1;
  }
  return {
    words: facts.length,
    sentences: Math.max(1, countSentences(prose)),
    formalWords,
    informalWords,
    contractions,
    closedClassBalance: balance,
    nominalisations,
    passives,
    meanWordLength: facts.length === 0 ? 0 : letters / facts.length,
    exclamations: countExclamations(prose),
    emoji: MAY_HOLD_EMOJI.test(prose) ? (prose.match(EMOJI)?.length ?? 0) : 0,
  };
}

/** What one lower-cased word adds to the register markers. */
export interface WordMarks {
  /** Articles and prepositions +1, pronouns and interjections -1. */
  balance: number;
  be: boolean;
  participle: boolean;
  formal: boolean;
  informal: boolean;
  contraction: boolean;
  nominalisation: boolean;
}

/** What one word adds to the register markers, derived once per distinct word. */
export function marksOf(facts: WordFacts): WordMarks {
  if (facts.marks === undefined) {
    const word = facts.lower;
    facts.marks = {
      balance: (ARTICLES.has(word) || PREPOSITIONS.has(word) ? 1 : 0) - (PRONOUNS.has(word) || INTERJECTIONS.has(word) ? 1 : 0),
      be: BE.has(word),
      participle: IRREGULAR_PARTICIPLES.has(word) || (word.endsWith('ed') && REGULAR_PARTICIPLE.test(word)),
      formal: FORMAL_WORDS.has(word),
      informal: INFORMAL_WORDS.has(word),
      contraction: (word.includes("'") || word.includes('’')) && CONTRACTION.test(word),
      nominalisation: NOMINAL_SUFFIX.test(word) && NOMINALISATION.test(word),
    };
  }
  return facts.marks;
}

/** Formality of a Markdown body or clause, from -1 (casual) to 1 (formal). */
export function measureFormality(body: string): number {
  return formalityOf(countRegisterMarkers(proseText(body)));
}

/** The formality score of counted markers (see the weights at the top of this file). */
export function formalityOf(markers: RegisterMarkers): number {
  const { words, sentences } = markers;
  if (words === 0) return 0;
  const raw =
    (5 * markers.formalWords) / words -
    (6 * markers.informalWords) / words -
    (6 * markers.contractions) / words +
    1.5 * (markers.closedClassBalance / words - 0.2) +
    (4 * markers.nominalisations) / words +
    (3 * markers.passives) / words +
    0.4 * (markers.meanWordLength - 5.1) -
    (0.4 * (markers.exclamations + markers.emoji)) / sentences;
  // A clause of six words gives noisy rates; shrink toward 0 until there are words enough to judge.
  return Math.tanh((raw * words) / (words + SHRINK_WORDS));
}
