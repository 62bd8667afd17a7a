import { proseText } from './_prose.ts';

// Hard constraints: phrases that state a rule the model may not bend. Counted on prose (code
// blocks and template tags removed, so a JSON example's `"always"` is not a rule), case-insensitive,
// as whole words. One alternation, longest phrases first, so each phrase is consumed once:
// "must not" and "must never" count 1, not 2.
//
// Counted:
// - must / must not / mustn't / must never / must always
// - shall / shall not / shan't / shall never
// - never, always, at all times
// - do not / don't, except the permissions "do not need to" / "don't have to"
// - under no circumstances, without exception, no exceptions
// - is / are required, required to, mandatory
// - is / are forbidden, prohibited, not allowed, not permitted
// - you cannot / can't / can not, unless it follows "if", "when", "unless" or "whether"
//   ("if you cannot find the order" describes a situation, it does not forbid anything)
// - "only" that opens a sentence or list item ("Only answer billing questions.") or follows an
//   instruction verb ("Respond only in English."). "The only option", "not only ... but" and
//   "only if" are descriptions, not rules, so other uses do not count.
// Not counted: "should" / "should not" (advice, not a hard rule) and "does not" (describes).

const RULE_VERBS = 'respond|reply|answer|use|output|return|write|speak|discuss|provide|include|cite|quote|recommend|mention|ask|consider|rely|draw';

// Every alternative but the sentence-opening "only" starts at a word boundary: they sit behind one
// `\b`, tested once per position instead of once per alternative (over the prose of the bench's
// 10,610 prompt files at HEAD: 0.73-0.81 s of CPU -> 0.45-0.49 s). The opening "only" goes last: no position can start both it and
// a word-boundary alternative (it starts at a line start before "only", at punctuation, or at a
// list marker; none of theirs starts with "on"), so which one is tried first changes no match.
// constraints.test.ts checks the matches against the pattern as it was written before.
/** Exported for constraints.test.ts, which checks it against its earlier writing. */
export const HARD_CONSTRAINT_SOURCE =
  String.raw`\b(?:` +
  [
    String.raw`must\s+(?:not|never|always)\b`,
    String.raw`mustn['’]t\b`,
    String.raw`must\b`,
    String.raw`shall\s+(?:not|never|always)\b`,
    String.raw`shan['’]t\b`,
    String.raw`shall\b`,
    String.raw`under\s+no\s+circumstances?\b`,
    String.raw`without\s+exceptions?\b`,
    String.raw`no\s+exceptions?\b`,
    String.raw`at\s+all\s+times\b`,
    String.raw`never\b`,
    String.raw`always\b`,
    String.raw`(?:do\s+not|don['’]t)\b(?!\s+(?:need|have)\s+to\b)`,
    String.raw`(?:is|are)\s+(?:required|mandatory|forbidden|prohibited)\b`,
    String.raw`required\s+to\b`,
    String.raw`mandatory\b`,
    String.raw`(?:forbidden|prohibited)\b`,
    String.raw`not\s+(?:allowed|permitted)\b`,
    String.raw`(?<!\b(?:if|when|unless|whether)\s+)you\s+(?:cannot|can['’]t|can\s+not)\b`,
    String.raw`(?:${RULE_VERBS})\s+only\b`,
  ].join('|') +
  String.raw`)|(?:^|[.!?:;]\s+|^\s*(?:[-*+]|\d+[.)])\s+)only\b(?!\s+if\b)`;
const HARD_CONSTRAINT = new RegExp(HARD_CONSTRAINT_SOURCE, 'gimu');
// The same pattern without the `u` flag runs about twice as fast. Its only ASCII letters then
// match only ASCII letters, except that case folding under `u` also matches ſ (U+017F) as s and
// the Kelvin sign (U+212A) as k, and counts both as word characters for `\b`: prose holding
// either goes through the `u` pattern, so every count is the same.
const HARD_CONSTRAINT_ASCII = new RegExp(HARD_CONSTRAINT_SOURCE, 'gim');
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

/** How many hard-constraint phrases (must, never, always, do not, ...) the body's prose contains. */
export function countHardConstraints(body: string): number {
  const prose = proseText(body);
  // Remembered for the last prose: a body's traits and its tone inference both count it, and this
  // one regex of 21 alternatives tried at every position is the costliest pass over a body.
  if (prose !== lastCount.prose) lastCount = { prose, count: prose.match(FOLDS_TO_ASCII.test(prose) ? HARD_CONSTRAINT : HARD_CONSTRAINT_ASCII)?.length ?? 0 };
  return lastCount.count;
}

let lastCount = { prose: '', count: 0 };

