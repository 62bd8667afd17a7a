// Features of the whole change that carry across wording (round 33c), beside _edit-features.ts's:
// whether the changed sentences still hold the same rule words (negators, modals, quantifiers,
// order words, counted) once a negative spelled out is written as its one word ("that have not
// been claimed" = "unclaimed"); how many of the content words taken out the dictionary links to a
// content word the other side gained anywhere in the changed sentences (a rule said from the other
// side moves its words across stretches, which the per-stretch link of _edit-features.ts misses);
// and whether the changed sentences grew or shrank in number. Pure: the dictionary is handed in.
import type { Lexicon } from './_lexicon.ts';
import { isContent, WORD_KINDS, type WordKind } from './_edit-features.ts';
import { neighbourhoodsMeet, senseNeighbourhood } from './_sense-neighbourhood.ts';
import { respellNegatives } from './_spelled-negations.ts';
import { stemWord } from './_stem.ts';
import { splitSentences, tokenizeWords } from './_text.ts';

/** The features, each with what it means for a reader; each is 0 or 1, or a share between. */
export const WHOLE_EDIT_FEATURES = {
  'rule words kept': 'the changed sentences hold the same negators, modals, quantifiers and order words, counted, once a negative spelled out is one word',
  'taken words linked anywhere': 'the share of content words taken out that the dictionary links to a content word gained anywhere in the changed sentences',
  'more sentences': 'the changed sentences number more in the new version',
  'fewer sentences': 'the changed sentences number fewer in the new version',
} as const;
export type WholeEditFeature = keyof typeof WHOLE_EDIT_FEATURES;

const RULE_KINDS: readonly WordKind[] = ['negator', 'modal', 'quantifier', 'order word'];

/** Above this many content words taken out or gained, none is looked up: a rewrite, and the dictionary's cost grows as their product. */
const LOOKED_UP = 12;

function ruleWords(words: readonly string[]): string {
  return words.filter((word) => RULE_KINDS.some((kind) => WORD_KINDS[kind](word))).sort().join(' ');
}

/** The whole-change features of changed sentences already cut out (_changed-sentences.ts `changedSentences`). */
export function wholeEditFeatures(before: string, after: string, lexicon: Lexicon | null | undefined): Record<WholeEditFeature, number> {
  const [respelledBefore, respelledAfter] = respellNegatives(before, after);
  const a = tokenizeWords(respelledBefore);
  const b = tokenizeWords(respelledAfter);
  const stemsA = new Set(a.filter(isContent).map(stemWord));
  const stemsB = new Set(b.filter(isContent).map(stemWord));
  const taken = [...new Set(a.filter((word) => isContent(word) && !stemsB.has(stemWord(word))))];
  const gained = [...new Set(b.filter((word) => isContent(word) && !stemsA.has(stemWord(word))))];
  let linked = 0;
  if (lexicon && taken.length > 0 && gained.length > 0 && taken.length <= LOOKED_UP && gained.length <= LOOKED_UP) {
    const gainedNear = gained.map((word) => senseNeighbourhood(lexicon, word, 3));
    for (const word of taken) {
      const near = senseNeighbourhood(lexicon, word, 3);
      if (gainedNear.some((other) => neighbourhoodsMeet(near, other))) linked++;
    }
  }
  const sentencesBefore = before === '' ? 0 : splitSentences(before).length;
  const sentencesAfter = after === '' ? 0 : splitSentences(after).length;
  return {
    'rule words kept': ruleWords(a) === ruleWords(b) ? 1 : 0,
    'taken words linked anywhere': taken.length === 0 ? 0 : linked / taken.length,
    'more sentences': sentencesAfter > sentencesBefore ? 1 : 0,
    'fewer sentences': sentencesAfter < sentencesBefore ? 1 : 0,
  };
}
