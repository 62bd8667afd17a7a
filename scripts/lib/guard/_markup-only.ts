// A prose rule turned into Markdown (a heading, a list, emphasis) with the same words in the same
// order: "Pool rules: no diving ..., no running ... and no glass ..." -> "#### Pool rules" + "- **No
// diving** ..." items. Read as the prose it was, so the statements split differently (a lead-in
// re-joined into each item, an item read against a whole sentence) are not taken for a dropped
// conjunct or a contradiction. Only the words the list shape makes redundant may go: an "and"
// joining the items (an "or" stays: a list does not say its items are alternatives), and one linking word per item where a dash or colon now stands
// ("two blasts mean archers to the line" -> "**Two blasts** – archers to the line"), never a
// rule word (must, not, never, may ...) or a number. Any other word changed, added or dropped
// leaves both versions as written. Pure.

import { RULE_WORDS } from './_text.ts';

const MARKUP_LINE = /^\s{0,3}(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>\s)/m;
const EMPHASIS = /(\*\*|__)[^*_\n]+\1|(?<![\w*])\*[^*\n]+\*(?![\w*])/;
const TABLE = /^\s*\|/m;
const LIST_SEPARATOR = /^\s{0,3}(?:[-*+]|\d+[.)])\s+.*?\S\s+(?:[–—-]|:)\s+\S/;

function hasMarkup(text: string): boolean {
  return MARKUP_LINE.test(text) || EMPHASIS.test(text);
}

function wordsOf(text: string): string[] {
  return [...text.toLowerCase().matchAll(/[a-z0-9]+(?:['’.:][a-z0-9]+)*/g)].map((match) => match[0]);
}

/** Whether `marked`'s words are `prose`'s in order, but for the joiners its list shape stands for. */
function sameWords(prose: string, marked: string): boolean {
  const lines = marked.split(/\r?\n/);
  const items = lines.filter((line) => /^\s{0,3}(?:[-*+]|\d+[.)])\s+/.test(line)).length;
  let linkers = lines.filter((line) => LIST_SEPARATOR.test(line)).length;
  let joiners = items;
  const a = wordsOf(prose);
  // An ordered list's numbers are markers, not words of the rule.
  const b = wordsOf(lines.map((line) => line.replace(/^\s{0,3}\d+[.)]\s+/, '')).join('\n'));
  let j = 0;
  for (const word of a) {
    if (b[j] === word) {
      j++;
      continue;
    }
    if (word === 'and' && joiners > 0) {
      joiners--;
      continue;
    }
    if (linkers > 0 && !RULE_WORDS.has(word) && !/\d/.test(word)) {
      linkers--;
      continue;
    }
    return false;
  }
  return j === b.length;
}

/** Both versions, the Markdown one read as the other's prose when only markup and list joiners changed. */
export function readMarkupAsProse(previous: string, next: string): [string, string] {
  if (TABLE.test(previous) || TABLE.test(next)) return [previous, next];
  const previousMarked = hasMarkup(previous);
  const nextMarked = hasMarkup(next);
  if (previousMarked === nextMarked) return [previous, next];
  const [prose, marked] = previousMarked ? [next, previous] : [previous, next];
  if (!sameWords(prose, marked)) return [previous, next];
  return [prose, prose];
}
