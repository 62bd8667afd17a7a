// A sentence said again with its amount in other units ("The carriage must never exceed 12 metres
// per second" -> "The carriage must never exceed 43.2 km/h"): the two sentences differ in one
// stretch of words only, each side's stretch is one amount and nothing else, and the two are the
// same amount (`sameAmount`: one dimension and value, or the same value to the figures written).
// The alignment counts the figures and unit words as content, so a short rule whose amount is half
// its words lost its counterpart and read as `requirement-removed` (round 45a: v65's carriage).
// Pure.
import { findQuantities } from './reason-number.ts';
import { isMeasured, sameAmount, spellCompoundUnits } from './_quantity-units.ts';
import { tokenizeWords } from './_text.ts';

/** The one amount a stretch of words says, when the stretch is that amount's words and nothing else. */
function onlyAmount(words: readonly string[]): ReturnType<typeof findQuantities>[number] | null {
  const quantities = findQuantities(words.join(' '));
  const [quantity] = quantities;
  if (quantities.length !== 1 || !quantity || !isMeasured(quantity.dimension)) return null;
  return tokenizeWords(quantity.text).join(' ') === words.join(' ') ? quantity : null;
}

/** Whether `candidate` is `sentence` with one amount said in other words or units, the same amount. */
function sameButAmount(sentence: string, candidate: string): boolean {
  const a = tokenizeWords(spellCompoundUnits(sentence));
  const b = tokenizeWords(spellCompoundUnits(candidate));
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const was = onlyAmount(a.slice(start, a.length - end));
  const now = onlyAmount(b.slice(start, b.length - end));
  return was !== null && now !== null && sameAmount(was, now);
}

/** Whether one of `candidates` is `sentence` with its amount said in other words or units, the same amount. */
export function saidWithOtherAmounts(sentence: string, candidates: readonly string[]): boolean {
  return candidates.some((candidate) => sameButAmount(sentence, candidate));
}
