// A modal of what may happen, not of what someone may do: "the figure in an estimate may still
// change", "vehicles leave for rallies and repairs, so any car may be away on the day" (round 43d:
// v43's builder and v61's museum read as a permission added, by a new sentence and by a clause
// joined to a kept one). Two shapes only: a verb of happening with no object after it ("may change
// the __proto__ of an object" grants), and a state said as what follows from a cause ("so ... may
// be away"; "Staff may be away on Fridays" grants). The readings of grants ask their texts without
// them. Pure.

/** "may (still) change", "could vary", "might happen": a verb of happening, a preposition or the end after it. */
const HAPPENING = /\s(?:may|might|could) (?:well |still |yet |also |even |sometimes )?(?:change|vary|differ|happen|occur)(?=\s+(?:at|on|in|before|after|without|from|by|if|when|during|over|between|slightly|daily|weekly|monthly|again)\b|\s*[.;,!?]?\s*$)/gi;
/** "..., so any car may be away": a state that follows from the cause before it. */
const CONSEQUENCE = /(\sso(?:\s+[a-z'’]+){1,4})\s+(?:may|might|could)\s+(?:well\s+|still\s+|also\s+)?be\s+(?:away|late|closed|busy|full|unavailable|absent|delayed|different)\b/gi;

/** `text` with its modals of what may happen taken out, each leaving a space (and the cause before it). */
export function withoutPossibleHappenings(text: string): string {
  return text.replace(HAPPENING, ' ').replace(CONSEQUENCE, '$1 ');
}
