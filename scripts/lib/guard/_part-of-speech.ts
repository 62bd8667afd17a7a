// Parts of speech of a sentence's words (issue 11, round 32a), from the `pos` package (a Brill
// tagger: a lexicon of 92,000 words with their possible tags and contextual rules). Chosen over
// `compromise` 14 and `en-pos` on 40 clauses of the labelled sets tagged by hand (verbs marked):
// `pos` 0.980 of tokens right, 33 of 40 clauses right, 110 ms of CPU to load and 0.04 ms a clause;
// `compromise` 0.983, 33 of 40, 400 ms and 0.62 ms a clause (15 times the cost, and the labelled run
// reads thousands of clauses); `en-pos` 0.975, 31 of 40, 390 ms and 0.15 ms. The tagger is loaded on
// the first clause read, not with the guard: most commits edit no clause. Node-only (it is loaded
// with `require`, through `process.getBuiltinModule` so the file imports nothing of `node:`).

/** A Penn Treebank tag ("NN", "VBZ", "MD"), or "." for punctuation. */
export type Tag = string;

interface PosTagger {
  tag(words: readonly string[]): [string, Tag][];
}

let tagger: PosTagger | null = null;
let lexicon: Readonly<Record<string, readonly Tag[] | undefined>> | null = null;

function load(): { tagger: PosTagger; lexicon: Readonly<Record<string, readonly Tag[] | undefined>> } {
  if (tagger && lexicon) return { tagger, lexicon };
  const { createRequire } = process.getBuiltinModule('node:module');
  const require = createRequire(import.meta.url);
  const pos = require('pos') as { Tagger: new () => PosTagger };
  tagger = new pos.Tagger();
  // Its lexicon has no prototype worth reading: `constructor` must not read as a word it knows.
  lexicon = Object.assign(Object.create(null) as Record<string, readonly Tag[]>, require('pos/lexicon') as Record<string, readonly Tag[]>);
  return { tagger, lexicon };
}

/** Whether the tagger has been loaded in this process (tests of the lazy load read it). */
export function isTaggerLoaded(): boolean {
  return tagger !== null;
}

const isVerbTag = (tag: Tag) => /^(?:VB[DPZN]?|MD)$/.test(tag);

/** Words after which a word the lexicon allows as a verb is one ("never share", "do not knock", "must sign"). */
const BEFORE_VERB = /^(?:never|not|n't|to|do|does|did|must|shall|should|may|can|will|always|please|only)$/;

/**
 * The tag of each word (words as written, punctuation apart). Two corrections of the tagger's
 * commonest slip on our clauses, a verb read as a noun: after a negation, modal or "to"; an
 * imperative's first word before a determiner ("Test a sample"); and the first verb-capable word
 * after a plural subject with no verb yet ("Visitors sign in").
 */
export function tagWords(words: readonly string[]): Tag[] {
  if (words.length === 0) return [];
  const loaded = load();
  const tags = loaded.tagger.tag(words).map(([, tag]) => tag);
  let verbSeen = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.toLowerCase();
    const allowed = loaded.lexicon[word] ?? loaded.lexicon[words[i]!] ?? [];
    const canVerb = Array.isArray(allowed) && allowed.some((tag) => tag === 'VB' || tag === 'VBP');
    const previous = words[i - 1]?.toLowerCase() ?? '';
    // An imperative's first word before its object ("Test a child's sample").
    const imperative = i === 0 && /^(?:a|an|the|each|every|any|all|no|this|that|these|those|its|their|your)$/i.test(words[1] ?? '');
    if (/^NN/.test(tags[i]!) && canVerb && (imperative || BEFORE_VERB.test(previous) || (!verbSeen && tags[i - 1] === 'NNS' && i > 0))) tags[i] = i === 0 || BEFORE_VERB.test(previous) ? 'VB' : 'VBP';
    if (isVerbTag(tags[i]!)) verbSeen = true;
  }
  return tags;
}

export { isVerbTag };
