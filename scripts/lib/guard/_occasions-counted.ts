// Counts the number reading read as changed where a rewording said them another way (issue 11,
// round 44a, v63's misread rewordings): how many times something is done said by the noun of the
// act ("must not be opened more than once a week" -> "gets one opening a week at most", "no more
// than three times" -> "three refills is the most"), the period of a limit said by its adverb ("no
// more than three mares in one day" -> "the daily ceiling"), and the "one" of "between one
// grower's batch and the next", which counts nothing. Pure.
import { RATE_ADVERB_PERIODS } from './_numbers.ts';
import { splitSentences } from './_text.ts';

/** What of a quantity of the number reading (reason-number.ts) is read here. */
interface Quantity {
  value: number;
  dimension: string;
  bound: string;
  text: string;
}

/** A count of occasions ("once", "twice", "three times"): the number reading holds it as a time. */
function countsOccasions(quantity: Quantity): boolean {
  return quantity.dimension === 'time' && /^(?:once|twice|thrice)$|\btimes$/i.test(quantity.text.trim());
}

/** The period written right after a figure ("once a week", "one opening per week"), or '' when none is. */
function periodAfter(text: string, said: string): string | null {
  const escaped = said.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // ("one opening a week at most" is read with its window in figures: "one opening at most 1 week", reason-time-window.ts.)
  const found = new RegExp(String.raw`\b${escaped}\s+(?:(?:at most|at the most|no more than|up to|at least)\s+)?(?:a|an|per|each|every|1)\s+([a-z]+?)s?\b`, 'i').exec(text);
  return found ? (found[1] ?? '').toLowerCase() : '';
}

/**
 * Whether `before` (of the old text) and `after` (of the new) count the same occasions, one as a
 * count of times and the other by a noun ("once" / "one opening"): the same figure, bounds that do
 * not disagree, and the same period after each or none after either ("twice a day" -> "two checks
 * a week" stays a change).
 */
export function occasionsSaidByNoun<Q extends Quantity>(before: Q, after: Q, previous: string, next: string, countsNouns: (quantity: Q) => boolean): boolean {
  if (before.value !== after.value || (before.bound !== after.bound && before.bound !== '' && after.bound !== '')) return false;
  if (!((countsOccasions(before) && countsNouns(after)) || (countsNouns(before) && countsOccasions(after)))) return false;
  return periodAfter(previous, before.text) === periodAfter(next, after.text);
}

/**
 * Whether a period a rate was counted over ("12 hours in a day") is said by the new text apart from
 * its amount, as one of the same length ("Twelve hours is the longest ... in a single day").
 */
export function periodSaidApart(quantity: Quantity, candidate: Quantity): boolean {
  return quantity.dimension === `per ${candidate.dimension}` && candidate.value === quantity.value && candidate.bound === '' && ONE_PERIOD.test(candidate.text.trim());
}

/** One period in words ("a day", "one week", "a single day") and its length's name. */
const ONE_PERIOD = /^(?:a|an|one|a single) (hour|day|night|week|month|year)$/i;

/**
 * Whether a period of one unit the old text limited something in ("three mares in one day") is said
 * in the new one by that period's adverb ("the daily ceiling"), the adverb new to the text.
 */
export function periodSaidAsAdverb(quantity: Quantity, previous: string, next: string): boolean {
  const period = ONE_PERIOD.exec(quantity.text.trim())?.[1]?.toLowerCase();
  if (!period || quantity.bound !== '') return false;
  const adverbs = Object.entries(RATE_ADVERB_PERIODS).filter(([, named]) => named === period).map(([adverb]) => adverb);
  const says = (text: string) => adverbs.some((adverb) => new RegExp(String.raw`\b${adverb}\b`, 'i').test(text));
  return says(next) && !says(previous);
}

/** "between one grower's batch and the next", "from one climber to the next", "one batch after another". */
const ONE_AND_THE_NEXT = /\b(?:between|from) one\b[^.;:]{0,60}?\b(?:and|to) the next\b|\bone [a-z'’]+ after (?:another|the other)\b/i;

/** Whether the "one" of `quantity` stands in a sentence of `text` that says "one ... and the next": it counts nothing there. */
export function oneOfOneAndTheNext(quantity: Quantity, text: string): boolean {
  if (!/^one\b/i.test(quantity.text.trim())) return false;
  return splitSentences(text).some((sentence) => sentence.includes(quantity.text) && ONE_AND_THE_NEXT.test(sentence));
}
