// A word's senses in the dictionary and the senses one link from them, and whether two words meet
// there: the test the readings use for "says the same thing" (a replaced word, a replaced stretch,
// a requirement said again, a negative word's base said by a linked verb). One piece so that they
// cannot drift apart.
import type { Lexicon, PartOfSpeech, Sense } from './_lexicon.ts';

const PARTS: readonly PartOfSpeech[] = ['v', 'n', 'a', 'r'];

/** The senses of a word (or collocation) and the senses one link from them. */
export interface SenseNeighbourhood {
  readonly own: ReadonlySet<string>;
  readonly near: ReadonlySet<string>;
}

/**
 * Neighbourhoods made already, per dictionary and `limit`: the readings ask for the same words
 * sentence after sentence and clause after clause (a backfill of the bench history made them anew
 * for each of its 200 clause edits: 13% of the audits' samples). Shared, so read-only; a
 * dictionary gives a word the same senses every time it is asked.
 */
const made = new WeakMap<Lexicon, Map<number | undefined, Map<string, SenseNeighbourhood>>>();
/** Words kept per dictionary and limit (then emptied): a long run does not grow. */
const WORDS_KEPT = 10_000;

/** Every part of speech's senses of `word` (only its `limit` commonest of each when given), with their links. */
export function senseNeighbourhood(lexicon: Lexicon, word: string, limit?: number): SenseNeighbourhood {
  let byLimit = made.get(lexicon);
  if (!byLimit) made.set(lexicon, (byLimit = new Map()));
  let known = byLimit.get(limit);
  if (!known) byLimit.set(limit, (known = new Map()));
  let found = known.get(word);
  if (!found) {
    found = neighbourhoodOf(lexicon, word, limit);
    if (known.size >= WORDS_KEPT) known.clear();
    known.set(word, found);
  }
  return found;
}

function neighbourhoodOf(lexicon: Lexicon, word: string, limit: number | undefined): SenseNeighbourhood {
  return neighbourhoodOfSenses(PARTS.flatMap((pos) => {
    const senses = lexicon.senses(word, pos);
    return limit === undefined ? senses : senses.slice(0, limit);
  }));
}

/** Senses already looked up (one part of speech, a collocation) and the senses one link from them. */
export function neighbourhoodOfSenses(senses: readonly Sense[]): SenseNeighbourhood {
  const own = new Set<string>();
  const near = new Set<string>();
  for (const sense of senses) {
    own.add(sense.id);
    for (const id of sense.related ?? []) near.add(id);
  }
  return { own, near };
}

/** One sense shared, or a sense of one word one link from a sense of the other. */
export function neighbourhoodsMeet(first: SenseNeighbourhood, second: SenseNeighbourhood): boolean {
  for (const id of first.own) if (second.own.has(id) || second.near.has(id)) return true;
  for (const id of second.own) if (first.near.has(id)) return true;
  return false;
}
