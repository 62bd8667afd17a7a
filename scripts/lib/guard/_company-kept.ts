// A prohibition of doing something alone said from the other side (issue 11, round 22c): "Never
// enter the silo alone" is kept by "Always enter the silo with a colleague", "Enter the silo only
// with a colleague", "Nobody goes into the silo without a second person", "must have a second
// engineer with them whenever they work in the shaft": each still demands the company. A plain
// "Enter the silo with a colleague" says how to go in, and "may work in the shaft with a second
// engineer" grants it: neither forbids going in alone any more, and the prohibition went (read so
// by the lead: "it is not a regression only if the new text still forbids entering alone"). Pure.
import { contentStems } from './_text.ts';

/** Words that forbid the act ("never", "must not", "do not", "no one may"). */
const FORBIDDING = /\b(?:never|not|no one|nobody|no-one)\b|n['’]t\b/i;
/** Words of being alone. */
const ALONE = /\b(?:alone|unaccompanied|unattended|unsupervised|single-handed|solo|on (?:their|his|her|its|your|my|our) own|by (?:themselves|himself|herself|itself|yourself))\b/i;
/** Company said: "with a colleague", "with a second engineer", "accompanied", "in pairs", "a colleague present". */
const COMPANY = /\b(?:with (?:a|an|another|one|the|their|his|her|your|at least one|two|a second|one other)\b|(?:beside|next to|alongside) (?:them|him|her|you)\b|with (?:someone|somebody|others?|company|backup)\b|accompanied|escorted|supervised|in (?:pairs|twos|a pair|a team of)\b|two (?:people|persons|staff|of you)\b|a second (?:person|pair of hands)\b|(?:colleague|partner|buddy|second \w+) (?:present|beside|with)\b)/i;
/**
 * Words that make the company a demand in every case: a modal of duty, "always", "only", "every
 * time", "whenever", "at all times", "the whole time", "never ... without", "no one ... without".
 */
const DEMANDED = /\b(?:always|only|must|shall|has to|have to|needs? to|required|at all times|every time|whenever|each time|the whole time|throughout|without exception)\b|\b(?:never|not|no one|nobody|no-one)\b[^.;]*\bwithout\b|n['’]t\b[^.;]*\bwithout\b/i;

/** Company said as what may not be missing: "without a colleague", "without a second person". */
const WITHOUT_COMPANY = /\bwithout (?:a|an|another|one|a second)\b/i;
/** A case that is that company itself ("only without a second person"). */
const CASE_WITHOUT_COMPANY = new RegExp(`^(?:only )?${WITHOUT_COMPANY.source}`, 'i');

/** An exception of company to a prohibition: "unless a licensed ringer is standing beside them", "without a second person". */
const UNLESS_COMPANY = /\b(?:unless|without|except (?:when|with|if))\b[^.;]{0,60}?\b(?:present|beside|next to|alongside|with (?:them|him|her|you)|accompan\w*|supervis\w*|escort\w*|a second \w+|another \w+)/i;

/**
 * Whether a text forbids doing something alone ("Never enter the silo alone", "must not work ... on
 * their own"), or but in company ("may not extract a bird unless a licensed ringer is beside them").
 */
export function forbidsActingAlone(text: string): boolean {
  return FORBIDDING.test(text) && (ALONE.test(text) || UNLESS_COMPANY.test(text));
}

/** Whether a text lets someone be alone: "alone" with no "never"/"not" in the few words before it. */
function allowsBeingAlone(text: string): boolean {
  const alone = ALONE.exec(text);
  return alone !== null && !FORBIDDING.test(text.slice(0, alone.index).split(/\s+/).slice(-5).join(' '));
}

/** Whether a text says an act is done in company, and demands the company in every case. */
export function demandsCompany(text: string): boolean {
  // "Be alone with a child ... only when a second adult is not available": "with" names no company.
  if (allowsBeingAlone(text)) return false;
  return (COMPANY.test(text) || WITHOUT_COMPANY.test(text)) && DEMANDED.test(text) && !/\b(?:may|can|could|is allowed to|are allowed to|is permitted to|are permitted to)\b/i.test(text);
}

/**
 * Whether the old text forbade acting alone and the new one says the act in company without
 * demanding it ("Enter the silo with a colleague", "Technicians can handle primates with a
 * colleague present"): the prohibition is gone, though "never" and "alone" went together.
 */
export function companyNoLongerDemanded(previous: string, next: string): boolean {
  return forbidsActingAlone(previous) && !forbidsActingAlone(next) && COMPANY.test(next) && !demandsCompany(next);
}

/** Whether the old text forbade acting alone and the new one still demands the company. */
export function companyStillDemanded(previous: string, next: string): boolean {
  return forbidsActingAlone(previous) && demandsCompany(next);
}

/**
 * Whether a case the new text reads as a condition or an exception ("only with a colleague",
 * "without a second person") is the company an old prohibition of acting alone demanded, still
 * demanded: the same rule from the other side, not a new case.
 */
export function caseIsTheCompanyKept(previous: string, next: string, caseWords: readonly string[]): boolean {
  const said = caseWords.join(' ');
  return companyStillDemanded(previous, next) && caseWords.length <= 6 && (COMPANY.test(said) || CASE_WITHOUT_COMPANY.test(said));
}

/**
 * The sentence among `sentences` that says a prohibition of acting alone again by demanding the
 * company, about a thing of the rule's ("Never let a child ride a cabin alone" -> "Children always
 * travel in a cabin with an adult beside them"): the rule was rebuilt from the other side, not
 * removed, and the new sentence does not contradict it.
 */
export function sayingTheCompanyAgain(rule: string, sentences: readonly string[]): string | undefined {
  if (!forbidsActingAlone(rule)) return undefined;
  const things = new Set(contentStems(rule));
  return sentences.find((sentence) => demandsCompany(sentence) && contentStems(sentence).some((stem) => things.has(stem)));
}
