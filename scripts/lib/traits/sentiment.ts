import { INTENSIFIERS, NEGATORS, VALENCE } from './sentiment-lexicon.ts';
import { proseText, proseWords, type WordFacts } from './_prose.ts';

// Sentiment in [-1, 1]: tanh(8 x mean valence per word), from the hand-written lexicon in
// `sentiment-lexicon.ts`.
// - Negation: a negator ("not", "never", "without", "avoid", any "-n't") within the three words
//   before a lexicon word flips and halves its valence, as VADER does: "not helpful" is mildly
//   negative, "never be rude" mildly positive (a rule against rudeness is a kind instruction).
// - Intensifiers and downtoners directly before a word scale it ("very", "slightly").
// - Dividing by all words, not by sentiment words, makes one "great" in a long neutral prompt
//   barely register; the factor 8 lets a short clause with one or two feeling words reach about
//   +-0.5. A body without words is 0.

const NEGATION_WINDOW = 3;
const SCALE = 8;

/** Sentiment of a Markdown body or clause, from -1 (negative) to 1 (positive). */
export function measureSentiment(body: string): number {
  return sentimentOf(proseText(body));
}

/** Sentiment of already-extracted prose (see `_prose.ts`). */
export function sentimentOf(prose: string): number {
  const { facts } = proseWords(prose);
  let total = 0;
  for (let index = 0; index < facts.length; index++) {
    const feeling = feelingAt(facts, index);
    if (feeling !== undefined) total += feeling;
  }
  return sentimentOfTotal(total, facts.length);
}

/**
 * What the word at `index` adds to the sum of feeling (undefined for a word without valence): it
 * reads the three words before it, no more (chunk-measure.ts relies on that window).
 */
export function feelingAt(facts: readonly WordFacts[], index: number): number | undefined {
  const { valence } = feelingOf(facts[index]!);
  if (valence === undefined) return undefined;
  let negated = false;
  for (let before = Math.max(0, index - NEGATION_WINDOW); before < index; before++) negated ||= feelingOf(facts[before]!).negator;
  const intensity = (index > 0 ? feelingOf(facts[index - 1]!).intensity : undefined) ?? 1;
  return valence * intensity * (negated ? -0.5 : 1);
}

/** The sentiment of a sum of feeling over `words` words (the sum added word by word, in order). */
export function sentimentOfTotal(total: number, words: number): number {
  if (words === 0) return 0;
  return Math.tanh((SCALE * total) / words);
}

/** One word's valence, intensity and whether it negates, derived once per distinct word. */
export function feelingOf(facts: WordFacts): NonNullable<WordFacts['feeling']> {
  const word = facts.lower;
  facts.feeling ??= { valence: VALENCE.get(word), intensity: INTENSIFIERS.get(word), negator: NEGATORS.has(word) || word.endsWith("n't") };
  return facts.feeling;
}
