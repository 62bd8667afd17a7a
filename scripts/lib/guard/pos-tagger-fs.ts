// The part-of-speech tagger the hook hands in with its dictionary (issue 11, round 32a): the `pos`
// package (a Brill tagger: a lexicon of 92,000 words with their possible tags, and contextual
// rules). Chosen over `compromise` 14 and `en-pos` on 40 clauses of the labelled sets tagged by
// hand (verbs marked): `pos` 0.980 of tokens right, 33 of 40 clauses right, 110 ms of CPU to load
// and 0.04 ms a clause; `compromise` 0.983, 33 of 40, 400 ms and 0.62 ms a clause (15 times the
// cost, and the labelled run reads thousands of clauses); `en-pos` 0.975, 31 of 40, 390 ms and
// 0.15 ms. The package is loaded on the first sentence tagged, not with the guard: most commits
// edit no clause, and most clause edits need no tag. Node-only (it reads the package's files).
import { createRequire } from 'node:module';
import type { PartOfSpeechTagger, Tag } from './_part-of-speech.ts';

interface BrillTagger {
  tag(words: readonly string[]): [string, Tag][];
}

let loaded: { tagger: BrillTagger; lexicon: Readonly<Record<string, readonly Tag[] | undefined>> } | null = null;

function load(): NonNullable<typeof loaded> {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const pos = require('pos') as { Tagger: new () => BrillTagger };
  // Read as it is, not copied into an object without a prototype (the copy of its 92,000 words
  // doubled the load's CPU, 85 -> 170 ms); `allowedTags` reads own keys only instead.
  loaded = { tagger: new pos.Tagger(), lexicon: require('pos/lexicon') as Record<string, readonly Tag[]> };
  return loaded;
}

/** Whether the package has been loaded in this process (the test of the lazy load reads it). */
export function isPosTaggerLoaded(): boolean {
  return loaded !== null;
}

/** The `pos` tagger, loaded on its first use. */
export function createPosTagger(): PartOfSpeechTagger {
  return {
    tag: (words) => load().tagger.tag(words).map(([, tag]) => tag),
    allowedTags: (word) => {
      const { lexicon } = load();
      // Own keys only: `constructor` is no word the tagger knows.
      const allowed = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
      return Array.isArray(allowed) ? allowed : [];
    },
  };
}
