// A state said by a double negative (issue 11, round 23a: v24's "A burner must stay within sight of
// a lit kiln at all times" -> "Once a kiln is alight, it is never out of a burner's view" read as a
// negation added and the requirement removed). "is never out of X" says "is always within X", and
// "is never without X" says "is always with X": the same state at every time, the negation only the
// form. Both versions are read with the plain form, so an edit between the two forms reads as
// nothing and a change of what follows is still read. Only a predicate ("is/are/stays/remains/goes
// never ..."): "Never refund without approval" forbids an act and keeps its negation. Pure.

/** "is never out of", "are never outside", "stays never without" (with "at any time" allowed after "never"). */
const DOUBLE_NEGATIVE = /\b(is|are|was|were|be|stays?|remains?|goes|go|gets?)\s+never\s+(?:at any time\s+)?(out of|outside(?: of)?|without)\b/gi;

/** The text with each predicate double negative said plainly ("is never out of" -> "is always within"). */
export function withDoubleNegativesSaidPlainly(text: string): string {
  return text.replace(DOUBLE_NEGATIVE, (_whole, verb: string, negative: string) => `${verb} always ${/^without$/i.test(negative) ? 'with' : 'within'}`);
}
