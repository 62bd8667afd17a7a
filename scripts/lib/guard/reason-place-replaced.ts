// `semantic-drift` for the one word of a kept sentence that says where a thing is or is done, a
// preposition of place, replaced by one of another relation, every other word kept (issue 11,
// round 44d: v62's "Drivers stay in their cab while their load is tipped" -> "Drivers stay beside
// their cab ..."). The word readings (reason-word-replaced.ts) read acts and things and leave
// function words alone, so a rule that keeps its act and its place and moves the act from inside
// the place to beside it read as unchanged. Prepositions are read by the relation they name:
// inside a place, on it, beside it, outside it, above it, below it, behind it; "in", "on" and "at"
// are said of one place freely ("at the desk", "on the bus", "in the shop") and read as one.
// Words that name other things as often as a place are left out: "by" (who acts, how paid),
// "over" ("over the phone", "over 18"), "from"/"to" (a direction, the act's own readings'). Every
// read edit (tuning, v4-v63 but the carry sets) that swaps one such word for one of another
// relation, the rest word for word, is a regression: 27 of 21 sets, no benign edit (most already
// caught by the order and scope readings: "above" -> "below", "inside" -> "outside"), so this is
// asked only when no other reading flags. Pure.
import type { Reason } from '../schema/records.ts';
import { changedSentencePairs, oneWordSwap } from './_changed-stretch.ts';
import { quote, tokenizeWords } from './_text.ts';

/** The relation each preposition of place names; "in", "on" and "at" name one ("at/in/on the pontoon"). */
const RELATION: Readonly<Record<string, string>> = {
  in: 'at', inside: 'inside', within: 'inside', into: 'inside',
  on: 'at', onto: 'at', upon: 'at', at: 'at',
  beside: 'beside', near: 'beside', alongside: 'beside',
  outside: 'outside', beyond: 'outside',
  above: 'above',
  below: 'below', under: 'below', beneath: 'below', underneath: 'below',
  behind: 'behind',
};

/** Relations said of one place alike: what is inside a place is in it. */
function sameRelation(a: string, b: string): boolean {
  return a === b || (a === 'at' && b === 'inside') || (a === 'inside' && b === 'at');
}

/** The preposition of place replaced in a sentence kept word for word but for it, or null. */
export function placeReplaced(previous: string, next: string): { gone: string; came: string } | null {
  const swap = oneWordSwap(tokenizeWords(previous), tokenizeWords(next));
  if (!swap) return null;
  const [before, after] = [RELATION[swap.gone], RELATION[swap.came]];
  if (!before || !after || sameRelation(before, after)) return null;
  return { gone: swap.gone, came: swap.came };
}

export function findPlacesReplaced(previous: string, next: string): Reason[] {
  const reasons: Reason[] = [];
  for (const [old, now] of changedSentencePairs(previous, next)) {
    const replaced = placeReplaced(old, now);
    if (replaced) reasons.push({ code: 'semantic-drift', message: `place replaced: "${replaced.gone}" gave way to "${replaced.came}" in ${quote(now)}` });
  }
  return reasons;
}
