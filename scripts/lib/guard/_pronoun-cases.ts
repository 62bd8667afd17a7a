// A first-person pronoun is a party in either of its cases: "we" and "us" name the same side of an
// arrangement, so "The customer must tell us about any damage" -> "We must tell the customer about
// any damage" turns who tells whom round, as "the customer" and "the agent" traded would (issue 11,
// round 29b: v33's two role swaps, both with "we"/"us", passed because the role readings took
// pronouns for function words and "we" and "us" for two words). Only the first person: it never
// stands for a third party of the same sentence, while "they"/"them" and "he"/"him" most often do
// ("Tell the caller their reference number the first time they ring" = "The first time a caller
// rings, tell them their reference number": the noun and its pronoun trade places, no role does;
// a tuning-set edit a first version of this reading flagged). "you" has one form. Pure.

/** Each first-person pronoun, by its subject form. */
const CASE_PAIRS: ReadonlyMap<string, string> = new Map([
  ['we', 'we'],
  ['us', 'we'],
  ['i', 'i'],
  ['me', 'i'],
]);

/**
 * The party a pronoun names, the same for both its cases ("us" and "we": "pronoun:we"), or null
 * for any other word. Written so that it never meets a stem of a content word.
 */
export function pronounParty(word: string): string | null {
  const party = CASE_PAIRS.get(word.toLowerCase());
  return party === undefined ? null : `pronoun:${party}`;
}
