// A duty lifted by words of its own: "need not", "does not have to", "is not required to", "has the
// option to", "has the choice of", "is optional". Each says the act is left to the doer, however
// strong a word inside it reads on its own ("required", "has to"), so the sentence binds like "may":
// "may not reveal" -> "need not reveal" and "has to log" -> "has the option to log" are weaker.
// "it is not optional" stresses a duty and is none. Pure.

const RELEASE = new RegExp(
  ' (?:' +
    [
      'need not', 'needs not',
      '(?:do|does|did) not (?:need|have) to',
      '(?:is|are|was|were|be) not (?:required|obliged|obligated|expected|mandated|bound) to',
      '(?:is|are|be) under no (?:obligation|duty) to',
      '(?:has|have|get|gets|is given|are given) the (?:option|choice)',
      '(?:is|are|be|remains|remain) (?:entirely )?optional',
      '(?:is|are) not (?:necessary|mandatory|compulsory|obligatory|needed)',
      'it not (?:necessary|mandatory|compulsory) to',
      '(?:is|are) free to (?:choose|decide) whether',
      '(?:can|may) (?:choose|decide) whether (?:or not )?to',
    ].join('|') +
    ') ',
);

/** The words that lift the duty in a padded, tokenized sentence (" staff need not wear "), or null. */
export function releaseIn(padded: string): string | null {
  const match = RELEASE.exec(padded);
  if (!match) return null;
  // "any form that is not required to be signed": a release in a relative clause describes a thing.
  if (/\b(?:that|which|who|whom)$/.test(padded.slice(0, match.index))) return null;
  return match[0].trim();
}
