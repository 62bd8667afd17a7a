// An exception said in a sentence of its own (issue 11, round 33b: v40's "Advisers may share a
// caller's details with the police only with consent. The exception is when a child is at risk" ->
// "..., only with consent, except when a child is at risk"). English opens an exception to the rule
// just stated with a few fixed frames: "The exception is when C", "An exception is made when C",
// "This does not apply when C". Each says what ", except when C" after the rule says; read apart, the
// detectors compare an exception clause with a sentence that states a case, so the join reads as a
// condition changed or a rule (the "does not apply") negated. Both versions are written with every
// such sentence joined to the one before it as ", except when C", so a split or a join of the same
// exception is no change, and the exception's own case is still compared word for word ("except
// when a patient is asleep" for "... end-of-life care" stays a condition changed). Only a case
// opened by "when", "if" or "where" is read: "This does not apply to members" names whom it leaves
// out, which ", except for" says with other readings of its own. Pure.

/**
 * A sentence that opens an exception to the one before it: "The (only) exception is when",
 * "An exception is made if", "One exception applies where", "This (rule) does not apply when",
 * "That does not hold if". The case opener (`when`/`if`/`where`) is captured.
 */
const EXCEPTION_SENTENCE = /([.;])\s+(?:(?:The|An|One)\s+(?:only\s+)?exception\s+(?:to\s+this(?:\s+rule)?\s+)?(?:is\s+made|is\s+allowed|is|applies)|(?:This|That|The)(?:\s+rule)?\s+(?:does\s+not|doesn't)\s+(?:apply|hold))\s+(when|if|where)\b/g;

/** A text with every exception sentence joined to the sentence before it as ", except when ...". */
export function joinExceptionSentences(text: string): string {
  return text.replace(EXCEPTION_SENTENCE, (_whole: string, stop: string, opener: string, at: number) => {
    // The full stop of an abbreviation ending the rule ("8 p.m.") is the abbreviation's own: it stays.
    const abbreviation = stop === '.' && /(?:^|[\s.])[a-z]\.[a-z]$/i.test(text.slice(0, at));
    return `${abbreviation ? '.' : ''}, except ${opener.toLowerCase()}`;
  });
}

/** Both versions with their exception sentences joined to the rule before them. */
export function foldExceptionSentences(previous: string, next: string): [string, string] {
  return [joinExceptionSentences(previous), joinExceptionSentences(next)];
}
