// A permission turned into a prohibition of the same act ("Street fundraisers may accept cash
// donations of up to £50" -> "Street fundraisers may not accept cash donations"): whatever the old
// sentence granted is now forbidden, so its cap, its cases and its "may" are no loss. Pure.
import { negationsIn } from './_rule-words.ts';
import { stemSet } from './_statements.ts';
import { splitSentences } from './_text.ts';

/** A grant with no negation: may, can, allowed/permitted/free to. */
const GRANTS = /\b(?:may|can|could|(?:is|are) (?:allowed|permitted|free|welcome) to)\b/i;
/**
 * The same grant refused: may not, cannot, not allowed, must not, never, no longer. "No longer
 * than" is a cap, not a refusal: "Guests may stay no longer than 14 nights" -> "... 21 nights" was
 * read as the grant revoked, the old text replaced by the new, and the cap loosened unread (round 43a, v61's miss).
 */
const REFUSES = /\b(?:may not|may never|cannot|can not|can't|can never|must not|mustn't|must never|(?:is|are) not (?:allowed|permitted) to|(?:is|are) never (?:allowed|permitted) to|never|no longer(?! than\b))\b/i;
/** Phrases that stress a refusal: "of any value", "whatever the amount", "at all", "under any circumstances". */
const STRESS = /\b(?:of any (?:value|amount|kind|size|sort|type)|whatever (?:the|its|their) (?:value|amount|size)|regardless of (?:the |its )?(?:value|amount|size)|at all|at any time|in any circumstances|under any circumstances)\b/gi;
/** Words that say the refusal, which the old grant could not have had. */
const REFUSAL_STEMS = new Set(['not', 'never', 'no', 'longer', 'must', 'cannot', 'allow', 'allowed', 'permit', 'permitted']);

/**
 * Whether `now` refuses what the permission `old` granted: `old` grants with no negation, `now`
 * refuses, keeps the old sentence's first content word (its subject or verb) and brings no content
 * word of its own (a new case or party would be a rule of its own, read as usual).
 */
export function revokesGrant(old: string, now: string): boolean {
  if (!GRANTS.test(old) || negationsIn(old.toLowerCase()).length > 0 || !REFUSES.test(now)) return false;
  const oldStems = stemSet(old);
  // "may not accept gifts of any value": words that stress the refusal bring nothing of their own.
  const nowStems = [...stemSet(now.replace(STRESS, ' '))].filter((stem) => !REFUSAL_STEMS.has(stem));
  const first = [...stemSet(old)][0];
  const shared = nowStems.filter((stem) => oldStems.has(stem)).length;
  return first !== undefined && nowStems.includes(first) && shared >= 2 && nowStems.every((stem) => oldStems.has(stem) || /^\d/.test(stem));
}

/** The previous text with each permission that the next text revokes said as its refusal, so nothing reads as lost. */
export function withRevokedGrantsRead(previous: string, next: string): string {
  // Each distinct sentence once (the first copy of a text is the one `find` met first): a clause
  // of one sentence written 40,000 times compared every copy with every copy.
  const nextSentences = [...new Set(splitSentences(next))];
  const refusals = new Map<string, string | undefined>();
  let text = previous;
  for (const old of splitSentences(previous)) {
    if (!refusals.has(old)) refusals.set(old, nextSentences.find((candidate) => revokesGrant(old, candidate)));
    const now = refusals.get(old);
    if (now && text.includes(old)) text = text.replace(old, now);
  }
  return text;
}
