// A figure followed by the rule's own verb counts nothing: "Children younger than eight must be
// with an adult", "Riders under 12 may not ...", "Guests aged 16 cannot ...". The number readings
// (reason-number.ts) take the word after a bare figure for what it counts, so "under 8 years old"
// -> "younger than eight must" compared "8 years" with "eight must", two nouns, and read the same
// age said without its unit as `number-changed` (round 47c, issue 11: v67's "8 years" -> "eight
// cannot", and the age family of the read sets). A modal or a negation is never a counted noun, so
// the figure is compared as written with the other version's, its unit or noun left out ("at least
// 12 years old" -> "Nobody younger than 12" was read so already). Pure.

/** Modals and negations: words that open a rule's verb, never the noun a figure counts. */
const RULE_VERBS: ReadonlySet<string> = new Set(['must', 'may', 'might', 'can', 'cannot', 'should', 'shall', 'need', 'ought', 'never', 'not']);

/** Whether the word after a bare figure opens the rule's verb, so the figure counts nothing ("eight must", "12 cannot"). */
export function opensTheRulesVerb(word: string): boolean {
  return word === word.toLowerCase() && RULE_VERBS.has(word);
}
