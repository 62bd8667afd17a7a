// A modal inside an embedded question ("point out how they can get out", "make sure the renter
// knows where the gas can be turned off", "Walk the shopper through how their money can be
// returned") says what the question is about: the rule still demands the showing or telling, it
// grants nothing. Pure.

/**
 * Words that open an embedded question about a way, place or thing. Not "who"/"which": they open
 * relative clauses as often ("Staff who are busy can log the hours first" grants).
 */
const QUESTION = /^(?:how|where|what|whether|why)$/;
/** How far before the modal the question word may stand, in words. */
const REACH = 6;

/**
 * Whether every match of `grant` in the sentence stands inside an embedded question: a question
 * word at most six words before it, with no comma, semicolon or colon between (", they can skip
 * the tour" after "When guests come in" is the rule's own clause).
 */
export function grantsOnlyInQuestions(sentence: string, grant: RegExp): boolean {
  const text = sentence.toLowerCase();
  const global = new RegExp(grant.source, grant.flags.includes('g') ? grant.flags : `${grant.flags}g`);
  const matches = [...text.matchAll(global)];
  if (matches.length === 0) return false;
  return matches.every((match) => {
    const clause = text.slice(0, match.index).split(/[,;:—–]/).at(-1) ?? '';
    const words = clause.split(/[^a-z'’-]+/).filter(Boolean).slice(-REACH);
    // A question word right before the modal stands for its subject ("what can be refunded ...");
    // only one with a subject of its own between ("how they can get out") surely opens a question.
    const at = words.findIndex((word) => QUESTION.test(word));
    return at >= 0 && at < words.length - 1;
  });
}
