// `permission-added`, within a sentence: a kept rule gained a clause that grants what it did not
// ("Drivers must not carry passengers in company vans" -> "..., but they may give a colleague a
// lift back to the depot"). A new sentence granting a permission is reason-added-rule's; this is the
// same grant joined to the rule by "but", "though" or "however". Pure.
import type { Reason } from '../schema/records.ts';
import { oneToOneGroups, type StatementDiffInput } from './_statement-groups.ts';
import { quote } from './_text.ts';

/** A joined clause that grants: "but they may ...", "though staff can ...", "; however, agents are allowed to ...". */
const CARVED = /(?:,|;|—|–| -)\s*(?:but|though|although|however|yet|except that)\b,?\s+((?:[a-z'’-]+\s+){0,4}?(?:may|can|could|are allowed to|is allowed to|are permitted to|is permitted to|are free to|is free to|is fine to|are welcome to)\b[^.;]*)/i;
/** "but may only ...", "but can only ...": a restriction, stricter. */
const RESTRICTS = /\b(?:may|can) only\b|\b(?:may|can) not\b|\bcannot\b/i;

/** One reason per one-to-one sentence whose rule gained a clause that grants a permission the old sentence did not. */
export function findCarvedPermissions(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const { previous, next } of oneToOneGroups(input.groups)) {
    const carved = CARVED.exec(next.text);
    if (!carved || CARVED.test(previous.text) || RESTRICTS.test(carved[1] ?? '')) continue;
    reasons.push({ code: 'permission-added', message: `permission added: ${quote((carved[1] ?? '').trim(), 70)} carved out of ${quote(previous.text, 70)}` });
  }
  return reasons;
}
