// A sentence that lets an act go ahead without something, though it holds a negation: "Saddlers
// may discount repairs without approval", "Discounts of no more than ten percent do not need
// approval", "Refunds under £50 need no sign-off", "No approval is required for ...". Its "without",
// "not" or "no" takes away a need, so it grants; read as a prohibition, a limit restated in it
// reads as a threshold the prohibition gained (issue 11, round 21a). Pure.

/** A need said to be absent: "do not need", "need no", "no approval is needed", "without needing". */
const NEED_DENIED = /\b(?:(?:do|does|did|will) not (?:need|require)|needs? no|requires? no|no (?:[a-z-]+ ){1,2}(?:is|are) (?:needed|required|necessary)|without (?:needing|requiring))\b/;

/** A grant: "may", "can", "is allowed to". */
const GRANT = /\b(?:may|can|(?:is|are) (?:allowed|permitted|free) to)\b/;

/** Negations other than "without": a grant with one of them is refused ("may not"), not exempted. */
const OTHER_NEGATION = /\b(?:not|never|no|nobody|none|nothing|nowhere|neither|nor)\b/;

/** Whether a sentence (lower case, tokenized words joined by spaces) exempts an act rather than forbidding it. */
export function isExemption(words: string): boolean {
  if (NEED_DENIED.test(words)) return true;
  // "may discount repairs without approval": the grant's only negation is its "without".
  return GRANT.test(words) && /\bwithout\b/.test(words) && !OTHER_NEGATION.test(words);
}
