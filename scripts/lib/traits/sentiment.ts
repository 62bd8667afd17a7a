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
  if (facts.length === 0) return 0;
  let total = 0;
  for (let index = 0; index < facts.length; index++) {
    const { valence } = feelingOf(facts[index]!);
    if (valence === undefined) continue;
    let negated = false;
    for (let before = Math.max(0, index - NEGATION_WINDOW); before < index; before++) negated ||= feelingOf(facts[before]!).negator;
    const intensity = (index > 0 ? feelingOf(facts[index - 1]!).intensity : undefined) ?? 1;
    total += valence * intensity * (negated ? -0.5 : 1);
  }
  return Math.tanh((SCALE * total) / facts.length);
}

function feelingOf(facts: WordFacts): NonNullable<WordFacts['feeling']> {
  const word = facts.lower;
  facts.feeling ??= { valence: VALENCE.get(word), intensity: INTENSIFIERS.get(word), negator: NEGATORS.has(word) || word.endsWith("n't") };
  return facts.feeling;
}
