// Whether a sentence that went without a stand-in stated a duty in plain words, with no modal:
// "Drivers report any broken seal before departure", "The interviewee is offered a copy". Pure.
import { readStatement } from './_statements.ts';
import { contentStems, tokenizeWords } from './_text.ts';
import { RESTRICTION } from './reason-added-rule.ts';

/** Words that grant rather than require. */
const GRANTS = /\b(?:may|can|allowed to|permitted to|free to|welcome to|entitled to)\b/;

/** Where a purpose clause starts: what it says can happen is the rule's aim, not a grant. */
const PURPOSE = /\b(?:so that|in order that|in order to)\b/;

/** A "may" or "can" inside the case a duty waits for ("before it may open", "until they can leave"): the duty's time, no grant. */
const WAITED_FOR = /\b(?:before|until|till|once)\s+(?:[a-z']+\s+){1,3}?(?:may|can)\b/g;

/**
 * A sentence whose subject is a pronoun going on from the sentence before it ("They also sign a
 * consent form", "She then checks the seal"): one more duty of the party that sentence bound.
 */
const CONTINUED = /^\W*(?:they|he|she)\s+(?:also|then|always|each)\s+[a-z]+/i;

/** Content words a plain sentence needs to state a duty of its own, not a remark ("Our team values clarity"). */
const MIN_STATEMENT_WORDS = 4;
/** Fewer words do, when the sentence has a duty's shape (below). */
const MIN_SHAPED_WORDS = 3;

/** The sentence's first word that is not an article: its subject's head, in a list of duties ("Visitors ..."). */
function opening(sentence: string): string {
  return tokenizeWords(sentence).find((word) => !['the', 'a', 'an', 'all', 'every', 'each', 'any'].includes(word)) ?? '';
}

/**
 * A short plain sentence states a duty when it is said in the passive of a policy ("The
 * interviewee is offered a copy", "Originals are kept in the case file") or when it opens with the
 * party of a sentence the clause kept ("Visitors sign in at reception. Visitors wear a badge."): it
 * is one of the clause's list of duties, said the way the others are.
 */
export function statesPlainDuty(sentence: string, keptSentences: readonly string[]): boolean {
  // "Interns may work remotely on Fridays" gone takes a permission away: stricter ("may only" restricts, and stays a duty).
  // A "can" in a purpose clause ("... so that observers can see every mark") grants nothing.
  // Nor does a "may" of the time a duty waits for ("each stall is checked ... before it may open", round 36a).
  const main = (sentence.toLowerCase().split(PURPOSE)[0] ?? '').replace(WAITED_FOR, '');
  if (GRANTS.test(main) && !RESTRICTION.test(main)) return false;
  const words = contentStems(sentence).length;
  if (words >= MIN_STATEMENT_WORDS) return true;
  if (words < MIN_SHAPED_WORDS) return false;
  const first = opening(sentence);
  return readStatement(sentence).passive || CONTINUED.test(sentence) || keptSentences.some((kept) => opening(kept) === first);
}

/** "can expect", "can count on": what someone is promised, said with "can". */
const PROMISES = /\b(?:can|may) (?:expect|count on|rely on|look forward to)\b/g;

/**
 * A sentence that only grants ("Observers are welcome to bring their own refreshments"): it
 * carries no duty, so a plain duty it stands beside in a new version was not said again in it.
 */
export function onlyGrants(sentence: string): boolean {
  // "Customers can expect their money back within two weeks" promises, it grants nothing.
  const lower = sentence.toLowerCase().replace(PROMISES, '');
  return GRANTS.test(lower) && !RESTRICTION.test(lower) && !/\b(?:must|shall|should|never|not|no|required|have to|has to|need to|needs to)\b/.test(lower);
}
