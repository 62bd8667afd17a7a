// Whether the only change an edit made is an amount said again in other units or words ("exceeds half
// a kilogram" -> "exceeds 500 grams", "half a litre" -> "500 ml", "half a millimetre" -> "0.5 mm"):
// the number reading reads each pair as the same amount and raises nothing, and the words around
// the amounts are the same words. The learned flag reads only which kinds of words were traded (a
// phrase of words for a figure), so it flagged these as it flags a thing replaced (round 46c: three
// units edits of v27, v28 and v67, flagged by it alone). Asked by _faithful-wording.ts, so the
// learned flag stands down on them. Pure.
import { sameAmount } from './_quantity-units.ts';
import { tokenizeWords } from './_text.ts';
import { findQuantities } from './reason-number.ts';

type Quantity = ReturnType<typeof findQuantities>[number];

/** The text's words once each amount, as written, is taken out; null when one cannot be found as written. */
function wordsAround(text: string, quantities: readonly Quantity[]): string | null {
  let rest = text;
  for (const quantity of quantities) {
    const at = rest.indexOf(quantity.text);
    if (at < 0) return null;
    rest = `${rest.slice(0, at)} | ${rest.slice(at + quantity.text.length)}`;
  }
  return tokenizeWords(rest).join(' ');
}

/** Whether `next` is `previous` with one or more amounts said again, each the same amount with the same bound, and no other word changed. */
export function quantitiesRestated(previous: string, next: string): boolean {
  const before = findQuantities(previous);
  const after = findQuantities(next);
  if (before.length === 0 || before.length !== after.length) return false;
  const same = before.every((quantity, i) => {
    const other = after[i]!;
    return quantity.bound === other.bound && sameAmount(quantity, other);
  });
  if (!same || before.every((quantity, i) => quantity.text === after[i]!.text)) return false;
  const around = wordsAround(previous, before);
  return around !== null && around === wordsAround(next, after);
}
