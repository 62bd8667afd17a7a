// A list of things reordered ("needs a flight plan, a battery check and a weather briefing" ->
// "needs a weather briefing, a battery check and a flight plan"): the same items, each whole, in
// another order. No role changed hands: every item is still what the rule needs. Pure.
import { isImperativeVerb } from './_rule-words.ts';
import { tokenizeWords } from './_text.ts';

const DETERMINERS = /^(?:the|a|an|their|his|her|its|our|your|this|that|these|those|each|every|any|some)$/;

/** Words that make a list's order part of the rule. */
const ORDERED = /\b(?:in (?:that|this|the following|the same) order|in order|first|then|next|finally|followed by|before|after|priority|ranked|sequence)\b/i;

/** The parts of a sentence split at commas, semicolons and "and"/"or", each without its determiners. */
function parts(sentence: string): string[] {
  return sentence
    .toLowerCase()
    .split(/[,;:]|\s(?:and|or)\s/)
    .map((part) => tokenizeWords(part).filter((word) => !DETERMINERS.test(word)).join(' '))
    .filter((part) => part !== '');
}

/**
 * Whether `next` is `previous` with list items reordered: the same parts, two or more, in
 * another order, and none a duty of its own (a part that opens with a verb is a step, and the
 * order of steps is order-changed's to read).
 */
export function listReordered(previous: string, next: string): boolean {
  // "in that order", "first ... then": the order of the list is part of the rule.
  if (ORDERED.test(previous) || ORDERED.test(next)) return false;
  // The words both versions open and close with frame the list ("Each flight needs a ... to the appointment").
  const old = previous.split(/\s+/);
  const now = next.split(/\s+/);
  let head = 0;
  while (head < Math.min(old.length, now.length) && old[head] === now[head]) head++;
  let tail = 0;
  while (tail < Math.min(old.length, now.length) - head && old[old.length - 1 - tail] === now[now.length - 1 - tail]) tail++;
  const before = parts(old.slice(head, old.length - tail).join(' '));
  const after = parts(now.slice(head, now.length - tail).join(' '));
  if (before.length < 2 || before.length !== after.length || before.join('|') === after.join('|')) return false;
  if ([...before].sort().join('|') !== [...after].sort().join('|')) return false;
  // The parts that moved are things, not steps: none opens with a verb.
  const moved = before.filter((part, i) => part !== after[i]);
  return moved.every((part) => !isImperativeVerb(part.split(' ')[0] ?? ''));
}
