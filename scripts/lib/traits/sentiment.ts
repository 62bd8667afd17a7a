import { INTENSIFIERS, NEGATORS, VALENCE } from './sentiment-lexicon.ts';
import { proseText, splitWords } from './_prose.ts';

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
  const words = splitWords(prose).map((word) => word.toLowerCase().replace(/’/g, "'"));
  if (words.length === 0) return 0;
  let total = 0;
  words.forEach((word, index) => {
    const valence = VALENCE.get(word);
    if (valence === undefined) return;
    const before = words.slice(Math.max(0, index - NEGATION_WINDOW), index);
    const negated = before.some((previous) => NEGATORS.has(previous) || previous.endsWith("n't"));
    const intensity = INTENSIFIERS.get(words[index - 1] ?? '') ?? 1;
    total += valence * intensity * (negated ? -0.5 : 1);
  });
  return Math.tanh((SCALE * total) / words.length);
}
