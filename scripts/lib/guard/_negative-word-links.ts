// A negative word's base said in a clause by another word the dictionary links to it (issue 11,
// round 33b: v41's "Screen out unsolicited sales calls" -> "sales calls that the client has not asked
// for", "must not make unlawful recordings" -> "recordings that the law does not permit").
// `_negative-clauses.ts` folds a clause that negates the negative word's own base ("unclaimed" =
// "not claimed"); a writer as often says the base in other words. Two links, both read from the
// dictionary, not from a list of words:
// - a verb that shares a sense with the base, or is one link from it (WordNet's hypernyms,
//   hyponyms and derivations: "solicit" is a kind of "ask for"), written as one word or as a
//   collocation with the word after it ("asked for", "called for");
// - for an adjective of being allowed by something ("lawful", "legal"), the thing that allows it
//   (the noun the adjective pertains to in the dictionary, "legal" -> "law", or the one it is made
//   from, "law" + "-ful") with a verb of allowing ("permit", "allow", "let": the senses "permit" has
//   in the dictionary): "not lawful" is "the law does not permit it".
// The clause's negation is still required by the caller, so "calls the client has asked for" stays
// the opposite of "unsolicited calls". Pure: the dictionary is handed in.
import type { Lexicon, Sense } from './_lexicon.ts';
import { neighbourhoodOfSenses, neighbourhoodsMeet, type SenseNeighbourhood } from './_sense-neighbourhood.ts';

/** Suffixes that make an adjective of a noun ("lawful" of "law", "legal" of "leg-" is none). */
const NOUN_SUFFIX = /^([a-z]{3,})(?:ful|al|ic|ous)$/;

/** Auxiliaries and negations of the clause: never the base's word ("has" of "has not asked for"). */
const AUXILIARY = /^(?:be|is|are|was|were|been|being|has|have|had|having|do|does|did|not|never|get|gets|got|yet|ever|may|can|will|would|should|must)$/;

/**
 * What a clause may say for a negative word's base: given the clause's words (lower case) and an
 * index, how many words from it say the base (1 or 2, a collocation), or 0.
 */
export type BaseLink = (words: readonly string[], at: number) => number;

/** The dictionary links of a negative word's base (`base`, its prefix or suffix taken off), or null when it has none. */
export function linksToBase(base: string, lexicon: Lexicon | null | undefined): BaseLink | null {
  if (!lexicon) return null;
  const verbSenses = lexicon.senses(base, 'v');
  const adjectiveSenses = lexicon.senses(base, 'a');
  // The nouns the adjective pertains to or is derived from ("legal" -> "law").
  const nounIds = new Set(adjectiveSenses.flatMap((sense) => (sense.related ?? []).filter((id) => id.startsWith('n:'))));
  const madeFrom = NOUN_SUFFIX.exec(base)?.[1];
  const allowing = lexicon.senses('permit', 'v');
  if (verbSenses.length === 0 && nounIds.size === 0 && !madeFrom) return null;
  // One sense shared with the base's verb, or one link apart (`_sense-neighbourhood.ts`'s test);
  // the base's neighbourhood made at the first word read, as most links are never asked.
  let baseNear: SenseNeighbourhood | undefined;
  const linked = (senses: readonly Sense[]) => neighbourhoodsMeet((baseNear ??= neighbourhoodOfSenses(verbSenses)), neighbourhoodOfSenses(senses));
  const namesAllower = (words: readonly string[]): boolean =>
    words.some((word) => word === madeFrom || lexicon.senses(word, 'n').some((sense) => nounIds.has(sense.id)));
  return (words, at) => {
    const word = words[at] ?? '';
    if (word.length < 3 || AUXILIARY.test(word)) return 0;
    if (verbSenses.length > 0) {
      const pair = words[at + 1] ? `${word} ${words[at + 1]}` : '';
      const pairSenses = pair ? lexicon.senses(pair, 'v') : [];
      if (pairSenses.length > 0 && linked(pairSenses)) return 2;
      const own = lexicon.senses(word, 'v');
      if (own.length > 0 && linked(own)) return 1;
    }
    // "that the law does not permit": a verb of allowing, the allower named before it.
    const senses = lexicon.senses(word, 'v');
    if (senses.some((sense) => allowing.some((permit) => permit.id === sense.id)) && namesAllower(words.slice(0, at))) return 1;
    return 0;
  };
}
