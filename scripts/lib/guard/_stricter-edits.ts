// Edits that only make a rule stricter: an exception dropped from a duty or a prohibition ("must
// reach 75°C, unless the dish is served within 10 minutes" -> "must reach 75°C"), removed before
// the detectors compare words, and an item dropped from what a permission grants ("may share it
// with the safeguarding lead or their deputy" -> "only with the safeguarding lead"). The same edit
// the other way round (an exception dropped from a permission, an item dropped from a duty's list
// or from a permission's condition) loosens the rule and is left to the detectors. Pure.
import { negationsIn, readModal } from './_rule-words.ts';
import { stemSet } from './_statements.ts';

/**
 * An exception after the rule (", unless the dish is served within 10 minutes") or before it
 * ("Unless the customer asks, ..."), to the end of its clause; a decimal point or a thousands
 * comma ("$1,000", "7.5") ends nothing.
 */
const CLAUSE_TEXT = String.raw`(?:[^,.;:!?\n]|[.,](?=\d))*`;
const MARKER = String.raw`(?:unless|except (?:when|if|where|for when)|other than when)`;
const TRAILING_EXCEPTION = new RegExp(String.raw`,?\s+\b${MARKER}\b${CLAUSE_TEXT}`, 'gi');
const LEADING_EXCEPTION = new RegExp(String.raw`(^|[.!?:]\s+|\n[ \t]*(?:[-*+]\s+|\d+[.)]\s+)?)${MARKER}\b${CLAUSE_TEXT},\s*(\w)`, 'gi');

/** The sentence of `text` around [start, end): from the last sentence end before to the next after. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(0, ...['. ', '! ', '? ', '\n'].map((stop) => (before.lastIndexOf(stop) < 0 ? 0 : before.lastIndexOf(stop) + stop.length)));
  const rest = text.slice(end);
  const stop = rest.search(/[.!?](?=\s|$)|\n/);
  return text.slice(from, stop < 0 ? text.length : end + stop);
}

/** Whether a rule's clause grants rather than demands or forbids: "may", "can", "free to" with no "only" and no negation. */
function grants(clause: string): boolean {
  return readModal(clause)?.strength === 1 && negationsIn(clause).length === 0;
}

/**
 * Whether the exception's own words (those the rule around it does not use) are gone from the new
 * text: at most a third of them left, so an exception said in other words or moved to a sentence
 * of its own is still there.
 */
function exceptionGone(exception: string, rule: string, next: ReadonlySet<string>): boolean {
  const ruleStems = stemSet(rule);
  const own = [...stemSet(exception)].filter((stem) => !ruleStems.has(stem) && !/^(?:unless|except|other)$/.test(stem));
  return own.length > 0 && own.filter((stem) => next.has(stem)).length * 3 <= own.length;
}

/**
 * The previous text without the exceptions of its duties and prohibitions that the new text
 * dropped: a rule that now holds in every case is stricter, and the words, numbers and names of
 * the case it no longer lets off are no loss. Exceptions of permissions stay (dropping one widens
 * the grant).
 */
export function withoutDroppedExceptions(previous: string, next: string): string {
  const nextStems = stemSet(next);
  const drop = (whole: string, at: number, exception: string, leading: boolean): boolean => {
    const sentence = sentenceAround(previous, at, at + whole.length);
    const [before = '', after = ''] = sentence.split(exception);
    // The clause the exception lets off: before it up to a semicolon or colon, or after a leading one.
    const clause = leading ? (after.split(/[;:]/)[0] ?? '') : (before.split(/[;:]/).at(-1) ?? '');
    return !grants(clause) && exceptionGone(exception, `${before} ${after}`, nextStems);
  };
  const trailing = previous.replace(TRAILING_EXCEPTION, (whole: string, at: number) => (drop(whole, at, whole, false) ? '' : whole));
  return trailing.replace(LEADING_EXCEPTION, (whole: string, lead: string, first: string, at: number) => {
    const exception = whole.slice(lead.length, whole.length - first.length);
    return drop(whole, at, exception, true) ? `${lead}${first.toUpperCase()}` : whole;
  });
}

/** Words that open a clause of its own inside a sentence: what comes after them is not the permission's object. */
const CLAUSE_OPENERS = /[;:]|,\s*(?:and|but|while|whereas|so|then)\b|\b(?:if|when|whenever|once|unless|provided|as long as|so long as|after|before|until|where)\b/gi;
/** Words that grant, "may only"/"can only" included: an item dropped from a limited grant narrows it too. */
const GRANT_WORDS = /\b(?:may|can|could|allowed to|permitted to|free to|entitled to|welcome to)\b/i;

/**
 * Whether a list item of `sentence` ("or their deputy") sits in what a permission grants: the
 * clause it stands in (from the last clause opener before it) says "may"/"can"/"allowed to" with
 * no negation, and it is no condition of the grant. Dropping such an item narrows the grant.
 */
export function inGrantedList(sentence: string, item: string): boolean {
  const at = sentence.indexOf(item);
  if (at < 0) return false;
  const before = sentence.slice(0, at);
  const openers = [...before.matchAll(CLAUSE_OPENERS)];
  const last = openers.at(-1);
  const clause = last ? before.slice((last.index ?? 0) + last[0].length) : before;
  return GRANT_WORDS.test(clause) && negationsIn(clause).length === 0 && !/\b(?:must|shall|has to|have to|need to|needs to|required)\b/i.test(clause);
}
