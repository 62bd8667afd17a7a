// Parts of speech of a sentence's words (issue 11, round 32a), from a tagger handed in with the
// dictionary (`Lexicon.tagger`; the hook's is `pos-tagger-fs.ts`, the `pos` package's Brill tagger),
// with the corrections our clauses need. Pure: the tagger's data is loaded by its -fs module.

/** A Penn Treebank tag ("NN", "VBZ", "MD"), or "." for punctuation. */
export type Tag = string;

/** What the guard asks of a part-of-speech tagger. */
export interface PartOfSpeechTagger {
  /** The tag of each word, words as written, punctuation apart. */
  tag(words: readonly string[]): Tag[];
  /** The tags the tagger's lexicon allows a word, lower case ("share": NN, VBP, JJ, VB); empty for a word it does not know. */
  allowedTags(word: string): readonly Tag[];
}

export const isVerbTag = (tag: Tag) => /^(?:VB[DPZN]?|MD)$/.test(tag);

/** Words after which a word the lexicon allows as a verb is one ("never share", "do not knock", "must sign"). */
const BEFORE_VERB = /^(?:never|not|n't|to|do|does|did|must|shall|should|may|can|will|always|please|only)$/;
const DETERMINER = /^(?:a|an|the|each|every|any|all|no|this|that|these|those|its|their|your)$/i;

/**
 * The tag of each word, with three corrections of the tagger's commonest slip on our clauses, a
 * verb read as a noun: after a negation, modal or "to"; an imperative's first word before a
 * determiner ("Test a sample"); and the first verb-capable word after a plural subject with no
 * verb yet ("Visitors sign in").
 */
export function tagWords(tagger: PartOfSpeechTagger, words: readonly string[]): Tag[] {
  if (words.length === 0) return [];
  const tags = tagger.tag(words);
  let verbSeen = false;
  for (let i = 0; i < words.length; i++) {
    const canVerb = tagger.allowedTags(words[i]!.toLowerCase()).some((tag) => tag === 'VB' || tag === 'VBP');
    const previous = words[i - 1]?.toLowerCase() ?? '';
    const imperative = i === 0 && DETERMINER.test(words[1] ?? '');
    if (/^NN/.test(tags[i]!) && canVerb && (imperative || BEFORE_VERB.test(previous) || (!verbSeen && tags[i - 1] === 'NNS' && i > 0))) tags[i] = i === 0 || BEFORE_VERB.test(previous) ? 'VB' : 'VBP';
    if (isVerbTag(tags[i]!)) verbSeen = true;
  }
  return tags;
}
