// `negation-added` / `negation-removed`: a rule's polarity flipped (never -> always, "do not"
// dropped, "not" added). Pure.
import type { Reason } from '../schema/records.ts';
import { alignSentences } from './_align.ts';
import { negationsIn } from './_rule-words.ts';
import { quote, tokenizeWords } from './_text.ts';

function without(words: readonly string[], taken: readonly string[]): string[] {
  const rest = [...words];
  for (const word of taken) {
    const at = rest.indexOf(word);
    if (at >= 0) rest.splice(at, 1);
  }
  return rest;
}

/** Reasons for aligned sentences whose negations were dropped or added. */
export function findNegationChanges(previous: string, next: string): Reason[] {
  const reasons: Reason[] = [];
  for (const group of alignSentences(previous, next).groups) {
    const before = group.previous.flatMap(negationsIn);
    const after = group.next.flatMap(negationsIn);
    // One sentence to one: compare counts. Splits and merges repeat or share negations
    // ("Do not X. Do not Y." -> "Do not X or Y."), so there only presence is compared.
    const oneToOne = group.previous.length === 1 && group.next.length === 1;
    const removed = oneToOne ? without(before, after) : after.length === 0 ? before : [];
    const added = oneToOne ? without(after, before) : before.length === 0 ? after : [];
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
