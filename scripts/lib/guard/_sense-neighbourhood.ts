// A word's senses in the dictionary and the senses one link from them, and whether two words meet
// there: the test three readings use for "says the same thing" (a replaced word, a replaced stretch,
// a requirement said again). One piece so that the three cannot drift apart.
import type { Lexicon, PartOfSpeech } from './_lexicon.ts';

const PARTS: readonly PartOfSpeech[] = ['v', 'n', 'a', 'r'];

/** The senses of a word (or collocation) and the senses one link from them. */
export interface SenseNeighbourhood {
  readonly own: ReadonlySet<string>;
  readonly near: ReadonlySet<string>;
}

/** Every part of speech's senses of `word` (only its `limit` commonest of each when given), with their links. */
export function senseNeighbourhood(lexicon: Lexicon, word: string, limit?: number): SenseNeighbourhood {
  const own = new Set<string>();
  const near = new Set<string>();
  for (const pos of PARTS) {
    const senses = lexicon.senses(word, pos);
    for (const sense of limit === undefined ? senses : senses.slice(0, limit)) {
      own.add(sense.id);
      for (const id of sense.related ?? []) near.add(id);
    }
  }
  return { own, near };
}

/** One sense shared, or a sense of one word one link from a sense of the other. */
export function neighbourhoodsMeet(first: SenseNeighbourhood, second: SenseNeighbourhood): boolean {
  for (const id of first.own) if (second.own.has(id) || second.near.has(id)) return true;
  for (const id of second.own) if (first.near.has(id)) return true;
  return false;
}
