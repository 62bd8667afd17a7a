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

const HARD_CONSTRAINT_SOURCE =
  [
    String.raw`\bmust\s+(?:not|never|always)\b`,
    String.raw`\bmustn['’]t\b`,
    String.raw`\bmust\b`,
    String.raw`\bshall\s+(?:not|never|always)\b`,
    String.raw`\bshan['’]t\b`,
    String.raw`\bshall\b`,
    String.raw`\bunder\s+no\s+circumstances?\b`,
    String.raw`\bwithout\s+exceptions?\b`,
    String.raw`\bno\s+exceptions?\b`,
    String.raw`\bat\s+all\s+times\b`,
    String.raw`\bnever\b`,
    String.raw`\balways\b`,
    String.raw`\b(?:do\s+not|don['’]t)\b(?!\s+(?:need|have)\s+to\b)`,
    String.raw`\b(?:is|are)\s+(?:required|mandatory|forbidden|prohibited)\b`,
    String.raw`\brequired\s+to\b`,
    String.raw`\bmandatory\b`,
    String.raw`\b(?:forbidden|prohibited)\b`,
    String.raw`\bnot\s+(?:allowed|permitted)\b`,
    String.raw`(?<!\b(?:if|when|unless|whether)\s+)\byou\s+(?:cannot|can['’]t|can\s+not)\b`,
    String.raw`(?:^|[.!?:;]\s+|^\s*(?:[-*+]|\d+[.)])\s+)only\b(?!\s+if\b)`,
    String.raw`\b(?:${RULE_VERBS})\s+only\b`,
  ].join('|');
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
