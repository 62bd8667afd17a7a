// A count that names a list, said as the list itself (issue 11, round 27a: v28's "New pickers need
// three things before their first shift: a signed induction form, steel-toe boots and a hi-vis
// vest" -> "Before their first shift, new pickers need:" and three numbered items). The count and
// the items say the same thing twice; a version that keeps every item lost nothing when it drops
// the count, so "three things" gone is no number removed. The items must be exactly as many as the
// count says, stand after a colon in the count's own sentence, and each be said again, word for
// word by root, in the new version, with no "or" the old list lacked: a list that lost an item, or
// whose items became alternatives, is left to the readings of numbers and lists. Pure.
import { contentStems, sameRoot, splitSentences } from './_text.ts';

/** Items of a list written as prose: split at commas, semicolons, line ends and a last "and"/"or". */
function itemsOf(list: string): string[] {
  return list
    .split(/\s*(?:[,;\n]|\band\b|\bor\b)\s*/i)
    .map((item) => item.replace(/^\s*(?:\d+[.)]|[-*•])\s*/, '').replace(/[.!]+$/, '').trim())
    .filter((item) => contentStems(item).length > 0);
}

/**
 * Whether `count` (as written, "three things", with its value) names the list after a colon in its
 * own sentence of `previous`, every item of which `next` says again.
 */
export function countNamesItsList(count: { text: string; value: number }, previous: string, next: string): boolean {
  const sentence = splitSentences(previous).find((candidate) => candidate.includes(count.text));
  if (!sentence) return false;
  const colon = sentence.indexOf(':', sentence.indexOf(count.text) + count.text.length);
  if (colon < 0) return false;
  const list = sentence.slice(colon + 1);
  const items = itemsOf(list);
  if (items.length !== count.value || items.length < 2) return false;
  // "two documents: a passport and a bill" -> "a passport or a bill": one of them now does.
  if (/\bor\b/i.test(next) && !/\bor\b/i.test(list)) return false;
  const theirs = contentStems(next);
  return items.every((item) => contentStems(item).every((stem) => theirs.some((their) => sameRoot(stem, their))));
}
