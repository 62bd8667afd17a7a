// A bound that stands in the case a rule applies in, read as a statement: the case ("if more than 2
// rooms could not be accessed", "when a child has not been collected within 15 minutes"), the rule
// it sets ("book a second visit", "phone the parents"), and which way a larger figure moves the set
// of cases the case picks. "more than N" picks fewer cases as N grows and "within N" more, but a
// negation inside the case before the bound turns it ("has not arrived within 30 minutes" is "later
// than 30 minutes": fewer cases as it grows). A modal or a negation of the case ("could not be
// accessed", "cannot open") is the case's, not the rule's: "could" grants nothing there. A
// duration in a case ("has not fed for 12 hours") is a floor the negation does not turn. Both
// direction readers (reason-number.ts, _entailed-tightenings.ts) read a bound's case here, so that
// a figure moved in a case reads the same to both (round 31b). Pure.
import type { BoundSide } from './_numbers.ts';

export interface CaseBound {
  /** Whether a larger figure picks more cases. */
  largerWidens: boolean;
  /** The sentence with the case left out: the rule the case sets, whose kind says whether more cases bind harder. */
  rule: string;
}

/** The words that open a case; "only if", "even when", "except when" are gates and exemptions read elsewhere. */
const OPENER = /\b(?:if|when|whenever)\b/g;
const NOT_A_CASE_BEFORE = /\b(?:only|even|except|unless|save|and|or)\s*$/;
/** Negations inside a case; "without" sets a manner ("left without cover for more than 2 hours"), not a polarity. */
const CASE_NEGATION = /\b(?:not|never|no|nobody|nothing|none|cannot)\b|n['’]t\b/;

/** Words of `text` lower-cased, hyphens and clause marks kept. */
function plain(text: string): string {
  return ` ${text.toLowerCase().replace(/[’]/g, "'").replace(/[^a-z0-9'\-,;:\s]+/g, ' ').replace(/([,;:])/g, ' $1 ').replace(/\s+/g, ' ').trim()} `;
}

/**
 * The case of the bound `phrase` that ends `before` (the sentence up to the number, as written)
 * when an if/when/whenever clause opened in `before` is not closed before it; `after` is the
 * sentence from the number on. Null when the bound stands in no such case.
 */
export function boundInCase(before: string, after: string, phrase: string, side: BoundSide): CaseBound | null {
  const head = plain(before);
  if (!head.endsWith(` ${phrase} `)) return null;
  const upToBound = head.slice(0, head.length - phrase.length - 1);
  let opener = -1;
  for (const match of upToBound.matchAll(OPENER)) if (!NOT_A_CASE_BEFORE.test(upToBound.slice(0, match.index))) opener = match.index;
  if (opener < 0) return null;
  const caseWords = upToBound.slice(opener);
  if (/[,;:]/.test(caseWords)) return null;
  const negated = CASE_NEGATION.test(caseWords);
  const tail = plain(after);
  const close = tail.search(/[,;:]/);
  // "If more than 2 patients cannot be seen on time, tell the practice manager": the rule after the
  // case's comma; "Book a second visit if ...": the rule before its opener.
  const rule = `${upToBound.slice(0, opener)} ${close < 0 ? '' : tail.slice(close + 1)}`.replace(/\s+/g, ' ').trim();
  if (rule === '') return null;
  // "when a calf has not fed for 12 hours": a duration measures how long the negated state lasts, a
  // floor the negation does not turn (fewer cases as it grows).
  const turned = negated && phrase !== 'for';
  return { largerWidens: side === 'down' ? !turned : turned, rule };
}
