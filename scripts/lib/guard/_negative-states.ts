// A prohibition said as a negative state of its thing, in one word: "Deposits are non-refundable
// within 14 days of the wedding", "Season tickets are non-transferable", "Rowing boats are
// unavailable for hire within 2 hours of sunset". No "not" stands in the sentence, so the number
// readings took the bound for a duty's deadline, looser as it grows; it is the window the ban
// covers, stricter as it grows, as "are not refundable within 14 days" reads (round 31b). Pure.

/**
 * A copula, then a "non-" word or an "un-...-able/-ible" word: "is non-refundable" (written
 * "non refundable" by a tokenizer that drops hyphens), "are unavailable". Not "nonetheless", not
 * "unable" (a case of the person: "staff who are unable to attend").
 */
const NEGATIVE_STATE = /\b(?:is|are|be|been|remain|remains|stay|stays|become|becomes)\s+(?:strictly\s+|entirely\s+|completely\s+|always\s+)?(?:non[- ](?!e\b)[a-z]{3,}|non(?!e)[a-z]{4,}|un(?!able\b)[a-z]{2,}(?:able|ible))\b/i;

/** Whether `text` says its thing is in a negative state that forbids an act on it. */
export function saysNegativeState(text: string): boolean {
  return NEGATIVE_STATE.test(text);
}
