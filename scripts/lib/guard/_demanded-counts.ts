// A plain count of what a duty demands is its floor: "Two adults with enhanced DBS checks are on the
// poolside at every session" is met by three adults, so "Three adults" tightens the rule and "One
// adult" loosens it; "secured with at least two straps" -> "with four straps" tightens; so does "must
// be able to swim 25 metres" -> "50 metres" (an ability demanded, measured). reason-number's
// direction reads this last, after every bound, case, grant, ban and told fact has had its say: a
// count with no bound before it, in a sentence that demands (a modal of duty, an imperative, or a
// standing statement "at every session"), whose rule hands nothing over ("Send two reminders", "Give
// two vouchers": more given), and that selects nothing ("the last four digits", "the two keys").
// Issue 11, round 40c: the class of a duty's count raised, read in v44, v45 and v53 (and the
// tuning set's twins), `number-changed` by design until it had a direction. Pure.
import { opensImperative, readModal } from './_rule-words.ts';
import { NUMBER_WORDS } from './_numbers.ts';
import { unitKey } from './_quantity-units.ts';
import { STOP_WORDS } from './_text.ts';

/** Words before a count that pick known things or a share, not an amount demanded ("the two keys", "the last four digits", "one of"). */
const SELECTING = /^(?:the|these|those|its|their|our|your|his|her|my|last|first|top|bottom|next|previous|final|latest|of|per|every|each|any|all|no|only|same|other|another|than|to|by|from|between|and|or)$/;
/** An ability a duty asks for, measured: "must be able to swim", "can lift". */
const ABLE = / able to [a-z]+ $/;
/** A standing statement with no modal: "are on the poolside at every session", "is checked at all times". */
const STANDING = /\b(?:at|during|for|on|in|before|after) (?:every|each|all) [a-z]+|\bat all times\b|\balways\b/;
/** Words after a number that are no counted noun: a multiple, a time of day, an ordinal's suffix. */
const NO_NOUN = /^(?:times|am|pm|o|clock|percent|per|st|nd|rd|th|or|and|to|of|out)$/;

/**
 * Whether the count at the head of `from` (its number, then what it counts), with `prefix` the
 * sentence's words before it (lowered), is a plain count of what `sentence`'s duty demands. The
 * caller has read the sentence's negation, grant, case and bound.
 */
export function countDemanded(prefix: readonly string[], from: readonly string[], sentence: string, handsNothingOver: boolean): boolean {
  if (!handsNothingOver || SELECTING.test(prefix.at(-1) ?? '')) return false;
  let at = 1;
  while (at < from.length && ((from[at] ?? '').toLowerCase() in NUMBER_WORDS || /^(?:hundred|and)$/i.test(from[at] ?? ''))) at++;
  const noun = (from[at] ?? '').toLowerCase();
  if (!/^[a-z]{3,}$/.test(noun) || STOP_WORDS.has(noun) || NO_NOUN.test(noun)) return false;
  // A measure counts only what an ability demands ("swim 25 metres"); "Store it 2 metres away" sets a place, no floor.
  if (unitKey(noun) && !ABLE.test(` ${prefix.join(' ')} `)) return false;
  return demands(sentence);
}

/** Whether a sentence demands: a modal of duty ("must", "should", "needs to"), an imperative, or a standing statement. */
function demands(sentence: string): boolean {
  const modal = readModal(sentence);
  if (modal) return modal.strength >= 2;
  return opensImperative(sentence.trim()) || STANDING.test(sentence);
}
