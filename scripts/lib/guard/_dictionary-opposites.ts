// Whether the dictionary gives two words as opposites ("open" / "shut", "off" / "on", "fail" /
// "pass"), either way round, in any part of speech: shared by the readings of a rule said from the
// other side (`_rules-from-other-side.ts`, `_only-opposite-sets.ts`). Pure: the dictionary is handed in.
import type { Lexicon, PartOfSpeech } from './_lexicon.ts';

const PARTS: readonly PartOfSpeech[] = ['v', 'n', 'a', 'r'];

export function areOpposites(lexicon: Lexicon, a: string, b: string): boolean {
  const ids = (word: string) => new Set(PARTS.flatMap((pos) => lexicon.senses(word, pos).map((sense) => sense.id)));
  const antonymOf = (x: string, y: string) => {
    const theirs = ids(y);
    return PARTS.some((pos) => lexicon.senses(x, pos).some((sense) => sense.antonyms.some((id) => theirs.has(id))));
  };
  return antonymOf(a, b) || antonymOf(b, a);
}
