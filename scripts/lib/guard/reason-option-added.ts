// `permission-added` for a statement of how something is done that drifted into an option someone
// may take, in a clause joined to it: "Passports are returned by registered courier" -> "...;
// applicants may also ask us to keep them for sightseeing trips", "Payslips are emailed to each
// employee" -> "..., and line managers may also view them". The old sentences granted nothing;
// one clause of the new ones (after a semicolon, ", and", ", while", ", or", a dash) grants, with
// no negation and no "only", and brings words of its own; or a clause joined by but/though/yet lets
// a case off with no modal ("Visitors must not bring food onto the ward, although sealed snacks
// are fine"). A new sentence that grants is reason-added-rule.ts's, and a clause joined by
// but/though/however with may/can reason-carve-out.ts's. Pure.
import type { Reason } from '../schema/records.ts';
import type { StatementDiffInput } from './_statement-groups.ts';
import { stemSet } from './_statements.ts';
import { quote } from './_text.ts';
import { abilityChecked } from './_checked-abilities.ts';
import { withoutPossibleHappenings } from './_possible-happenings.ts';

const CLAUSE_BREAK = /;|\s[–—-]\s|,\s*(?:and|while|whereas|or|plus)\s/i;
const GRANT = /\b(?:may|can|could|(?:is|are) (?:allowed|permitted|free|welcome|entitled) to|(?:is|are) (?:also |still )?(?:allowed|permitted|fine|ok|okay|acceptable|tolerated|an option|an alternative))\b/i;
/**
 * A clause joined by but/though/yet that lets a case off without a modal ("..., although sealed
 * snacks are fine"): one with may/can/allowed to is reason-carve-out.ts's.
 */
const LET_OFF = /,\s*(?:but|though|although|yet)\s+((?:[a-z'’-]+\s+){1,5}?(?:is|are) (?:(?:also|still) )?(?:fine|ok|okay|acceptable|tolerated|allowed|permitted|exempt|the exception|an exception)\b(?!\s+to\b)[^.;]*)/i;
const NOT_A_GRANT = /\b(?:not|never|no|only|cannot|can't|may only|can only)\b|n't\b/i;

export function findOptionsAdded(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const group of input.groups) {
    if (GRANT.test(group.previousText)) continue;
    const oldStems = stemSet(group.previousText);
    // Every clause but the one the old sentence became: a sentence split at its semicolon aligns
    // with the old one as a group of its halves.
    const clauses = group.next.flatMap((sentence) => sentence.text.split(CLAUSE_BREAK)).slice(1);
    const letOff = group.next.map((sentence) => LET_OFF.exec(sentence.text)?.[1]).find((clause) => clause !== undefined && !NOT_A_GRANT.test(clause));
    // ", so any car may be away on the day" says what may happen, it grants nothing (_possible-happenings.ts, round 43d).
    // "..., and before every first lesson the instructor checks that they can read one from 20 metres":
    // an ability a verb of checking asks about grants nothing (_checked-abilities.ts; round 36c).
    const option = letOff ?? clauses.find((clause) => GRANT.test(withoutPossibleHappenings(clause)) && !NOT_A_GRANT.test(clause) && !abilityChecked(clause) && [...stemSet(clause)].some((stem) => !oldStems.has(stem)));
    if (option && !LET_OFF.test(group.previousText)) reasons.push({ code: 'permission-added', message: `permission added: "${option.trim().replace(/[.!]$/, '')}" joined to ${quote(group.previousText, 60)}` });
  }
  return reasons;
}
