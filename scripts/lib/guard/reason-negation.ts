// `negation-added` / `negation-removed`: a rule's polarity flipped (never -> always, "do not"
// dropped, "not" added). Pure.
import type { Reason } from '../schema/records.ts';
import { alignSentences } from './_align.ts';
import { negationsIn } from './_rule-words.ts';
import { quote, tokenizeWords } from './_text.ts';

/** Words of `words` not matched one-for-one in `other`; all of `words` when every one is matched. */
function differing(words: readonly string[], other: readonly string[]): string[] {
  const rest = [...words];
  for (const word of other) {
    const at = rest.indexOf(word);
    if (at >= 0) rest.splice(at, 1);
  }
  return rest.length > 0 ? rest : [...words];
}

/** Reasons for aligned sentences whose negations were dropped or added. */
export function findNegationChanges(previous: string, next: string): Reason[] {
  const reasons: Reason[] = [];
  for (const group of alignSentences(previous, next).groups) {
    const before = group.previous.flatMap(negationsIn);
    const after = group.next.flatMap(negationsIn);
    // Counts, not words: "do not" -> "never" keeps the rule. One sentence to one, a lower count
    // means a negation went; splits and merges repeat or share negations ("Do not X. Do not Y."
    // -> "Do not X or Y."), so there only presence is compared.
    const oneToOne = group.previous.length === 1 && group.next.length === 1;
    const fewer = oneToOne ? before.length > after.length : before.length > 0 && after.length === 0;
    const more = oneToOne ? after.length > before.length : after.length > 0 && before.length === 0;
    const removed = fewer ? differing(before, after) : [];
    const added = more ? differing(after, before) : [];
    const where = quote(group.next.join(' '));
    if (removed.length > 0) {
      const flippedToAlways = removed.includes('never') && tokenizeWords(group.next.join(' ')).includes('always');
      const detail = flippedToAlways ? `"never" -> "always"` : `${removed.map((word) => `"${word}"`).join(', ')} dropped`;
      reasons.push({ code: 'negation-removed', message: `negation removed: ${detail} in ${where}` });
    }
    if (added.length > 0) {
      reasons.push({
        code: 'negation-added',
        message: `negation added: ${added.map((word) => `"${word}"`).join(', ')} in ${where}`,
      });
    }
  }
  return reasons;
}
