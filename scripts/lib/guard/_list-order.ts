// A list of things reordered ("needs a flight plan, a battery check and a weather briefing" ->
// "needs a weather briefing, a battery check and a flight plan"): the same items, each whole, in
// another order. No role changed hands: every item is still what the rule needs. Pure.
import { isImperativeVerb } from './_rule-words.ts';
import { tokenizeWords } from './_text.ts';
import { sharedEnds } from './_shared-ends.ts';

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
export function listReordered(written: string, rewritten: string): boolean {
  // A "before every lift" both versions say word for word, moved or not, times the whole list.
  const [previous, next] = withoutSharedTiming(written, rewritten);
  // "in that order", "first ... then": the order of the list is part of the rule.
  if (ORDERED.test(previous) || ORDERED.test(next)) return false;
  // The words both versions open and close with frame the list ("Each flight needs a ... to the appointment").
  const old = previous.split(/\s+/);
  const now = next.split(/\s+/);
  const { head, tail } = sharedEnds(old, now);
  const before = parts(old.slice(head, old.length - tail).join(' '));
  const after = parts(now.slice(head, now.length - tail).join(' '));
  if (before.length < 2 || before.length !== after.length || before.join('|') === after.join('|')) return false;
  if ([...before].sort().join('|') !== [...after].sort().join('|')) return false;
  // The parts that moved are things, not steps: none opens with a verb.
  const moved = before.filter((part, i) => part !== after[i]);
  return moved.every((part) => !isImperativeVerb(part.split(' ')[0] ?? ''));
}

/**
 * A time or occasion phrase ("before every lift", "after each shift", "at the start of every shift",
 * "to every appointment") up to the next comma or the end.
 */
const TIMING = /\b(?:(?:before|after|prior to)\s+(?:every|each|any|all|the|a|an)|(?:at the (?:start|end|beginning) of|during|to|on|for|in|at)\s+(?:every|each|any|all))\s+[^,;:.]+/gi;

/**
 * Both sentences without a time phrase that both say word for word (moved to the front or not),
 * lower-cased, with the commas and capitals the move left: "Check A, B and C before every lift."
 * and "Before every lift, check C, B and A." become "check a, b and c" and "check c, b and a".
 */
function withoutSharedTiming(previous: string, next: string): [string, string] {
  const phrases = (text: string): string[] => [...text.matchAll(TIMING)].map((match) => match[0].toLowerCase().trim());
  const shared = phrases(previous).filter((phrase) => phrases(next).includes(phrase));
  if (shared.length !== 1) return [previous, next];
  const cut = (text: string): string =>
    text
      .toLowerCase()
      .replace(shared[0]!, ' ')
      .replace(/^[\s,]+|[\s,.]+$/g, '')
      .replace(/\s*,\s*,/g, ',')
      .replace(/\s+/g, ' ');
  return [cut(previous), cut(next)];
}
