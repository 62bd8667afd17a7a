// `semantic-drift` for one duty of a list of duties replaced by an unrelated one while the other
// duties stay, word for word: "Before discharge, check the wound dressing, review the medication
// list with the patient and book the follow-up appointment" -> "..., ask the patient to rate their
// stay on the survey tablet and ...", "Each night, lock the stockroom, switch off the fryers and
// set the alarm" -> "..., post the daily specials online and ...". reason-duty-replaced.ts needs
// three content words gone and none shared; here the list is the frame: the sentence splits at its
// commas and "and"s into as many items as before, every item but one keeps its words, and the one
// that changed opens with another verb and keeps none of its own words but the people it is done
// with ("the patient"), so "switch off the fryers" -> "turn the fryers off" and "explain the fire
// exits" -> "show the guest where the fire exits are" say the same duty. Pure.
import type { Reason } from '../schema/records.ts';
import { isImperativeVerb } from './_rule-words.ts';
import { isParty, GENERIC_PARTIES } from './_parties.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { isContent } from './_statements.ts';
import { normaliseWord, quote, sameRoot, tokenizeWords } from './_text.ts';

/** Items a list needs besides the replaced one, each a duty of its own: the kept frame. */
const KEPT_DUTIES = 2;

/** A sentence's items: the stretches between its commas, semicolons, "and"s and "then"s. */
function listItems(sentence: string): string[][] {
  return sentence
    .replace(/[.!?:]+\s*$/, '')
    .split(/\s*[,;]\s*|\s+(?:and then|and|then)\s+/i)
    .map((item) => tokenizeWords(item))
    .filter((words) => words.length > 0);
}

const stems = (words: readonly string[]): string[] => words.filter(isContent).map(normaliseWord);
const sameItem = (a: readonly string[], b: readonly string[]): boolean => stems(a).join(' ') === stems(b).join(' ');
/** A duty item opens with its verb ("lock the stockroom"). */
const isDuty = (words: readonly string[]): boolean => isImperativeVerb(words[0] ?? '') && words.filter(isContent).length >= 2;

/** The one duty replaced, with the other items kept, or null. */
function replacedItem(previous: string, next: string): { gone: string[]; came: string[] } | null {
  const before = listItems(previous);
  const after = listItems(next);
  if (before.length !== after.length || before.length < KEPT_DUTIES + 1) return null;
  const changed = before.flatMap((words, i) => (sameItem(words, after[i] ?? []) ? [] : [i]));
  if (changed.length !== 1) return null;
  const at = changed[0] as number;
  const gone = before[at] ?? [];
  const came = after[at] ?? [];
  if (!isDuty(gone) || !isDuty(came)) return null;
  if (before.filter((words, i) => i !== at && isDuty(words)).length < KEPT_DUTIES) return null;
  // The people a duty is done with may stay ("with the patient" -> "ask the patient"); its act and what it acts on may not.
  const own = (words: readonly string[]) => words.filter((word) => isContent(word) && !isParty(word) && !GENERIC_PARTIES.has(word)).map(normaliseWord);
  const cameStems = own(came);
  if (own(gone).some((stem) => cameStems.some((other) => sameRoot(stem, other)))) return null;
  return { gone, came };
}

export function findListedDutiesReplaced(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) => {
    const replaced = replacedItem(previous.text, next.text);
    return replaced ? { code: 'semantic-drift', message: `duty replaced: "${replaced.gone.join(' ')}" gave way to "${replaced.came.join(' ')}" in the list of ${quote(group.nextText)}` } : null;
  });
}
