// `conjunct-dropped` for an item cut out of the middle of a list while every other word of the
// sentence stays ("For every lot sold, the clerk must record the buyer number, the lot number and
// the hammer price" -> "... the buyer number and the hammer price"). The conjunct reading asks
// whether an item's words are gone from the new sentence, and here they are not: "lot" still opens
// the sentence and "number" still ends the first item, so the item read as kept. Read from the
// words' order, not their presence: the new sentence is the old one with one run of words taken
// out; in the old text that run stands after a comma and before the rest of a list (another comma,
// or an "and"/"or" before the list's last item); it holds a content word. An item cut from a grant's
// list, an allowed alternative and a hedge ("Test the alarm monthly, where access allows") make the
// rule stricter and are left alone (_stricter-edits.ts, as the conjunct reading does); an
// apposition ("the duty manager, Sam Patel, about every complaint") has no "and"/"or" after it.
// Asked only when no other reading blocks (round 27b). Pure.
import type { Reason } from '../schema/records.ts';
import { changedSentencePairs, changedStretch } from './_changed-stretch.ts';
import { droppedAllowedAlternative, inGrantedList } from './_stricter-edits.ts';
import { escapeRegExp, quote, RULE_WORDS, STOP_WORDS, tokenizeWords } from './_text.ts';

/**
 * What may follow a middle list item in the old text: the rest of the list up to its "and"/"or",
 * with no end of sentence or clause (`.`, `;`, `:`) before it. One character class: written as
 * items between commas, `(?:[^,.;:]*,\s*)*`, it backtracked through every split of the spaces
 * after each comma where no "and"/"or" came (14 commas with three spaces each: 19 s of CPU).
 */
const REST_OF_LIST = /^[^.;:]*?\b(?:and|or)\s/i;
/** A hedge of the rule read as an item: leaving it out binds the rule in every case. */
const HEDGE = /^(?:where|when|if|as|whenever|while|weather|time|staffing|access)\b|\b(?:allows?|permits?|permitting|allowing|possible|practical|practicable|feasible)\b/i;

/** The item cut from the middle of a list of the old sentence, as written there, or null. */
export function listItemCut(previous: string, next: string): string | null {
  const cut = itemCutFromList(previous, next);
  if (cut === null || inGrantedList(previous, cut) || droppedAllowedAlternative(previous, cut, next)) return null;
  return cut;
}

/**
 * Whether the one change is an item cut from a grant's list or an allowed alternative dropped
 * ("may use the indoor school, the outdoor arena or the lane" -> "the indoor school or the lane"):
 * fewer things allowed, a stricter rule this reading leaves alone (round 41b: the learned flag,
 * _faithful-wording.ts, stands down on it).
 */
export function grantedItemCut(previous: string, next: string): boolean {
  const cut = itemCutFromList(previous, next);
  return cut !== null && (inGrantedList(previous, cut) || droppedAllowedAlternative(previous, cut, next));
}

/** The run of words cut from the middle of a list of the old sentence, whatever the list holds, or null. */
function itemCutFromList(previous: string, next: string): string | null {
  const a = tokenizeWords(previous);
  const b = tokenizeWords(next);
  if (b.length >= a.length) return null;
  const { head, tail } = changedStretch(a, b);
  if (head + tail !== b.length) return null;
  const gone = a.slice(head, a.length - tail);
  if (!gone.some((word) => /^[a-z]{3,}$/.test(word) && !STOP_WORDS.has(word) && !RULE_WORDS.has(word))) return null;
  // Find the run in the old text: after a comma, the rest of the list after it.
  const pattern = new RegExp(`,\\s*(${gone.map(escapeRegExp).join("[^a-z0-9]+(?:s[^a-z0-9]+)?")})(?=[^a-z0-9])`, 'i');
  const found = pattern.exec(previous);
  if (!found || found[1] === undefined) return null;
  const item = found[1];
  const after = previous.slice(found.index + found[0].length);
  if (!REST_OF_LIST.test(after) || HEDGE.test(item)) return null;
  return item;
}

export function findListItemsCut(previous: string, next: string): Reason[] {
  const reasons: Reason[] = [];
  for (const [old, now] of changedSentencePairs(previous, next)) {
    const item = listItemCut(old, now);
    if (item) reasons.push({ code: 'conjunct-dropped', message: `conjunct dropped: "${item}" was cut from the list in ${quote(now)}` });
  }
  return reasons;
}
