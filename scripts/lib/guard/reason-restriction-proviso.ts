// `condition-added` for a restriction said as a grant that gained a proviso: "Research may start
// only after the ethics committee has approved it" -> "..., provided the study is externally
// funded", "Only licensed electricians may work on the switchboard" -> "... when it is live",
// "Refunds may be issued only with a manager's approval" -> "... during the January sale", "Only a
// registered nurse may give injections" -> "... to children". An
// "only" grant forbids every other case; the proviso makes that hold in its case alone, so
// outside it the act is free. Every old word stays and one stretch opening with a proviso word
// comes in, with a content word of its own. A grant with no "only" that gains a proviso grants
// less (stricter, "may park in bay 3, provided they display a permit"), and a stretch joined by
// and/or to the "only" case asks for more ("only after the committee and the sponsor have
// approved"); "even when ..." stresses. An exception appended to the restriction is a proviso too
// ("Pitch fees may be raised only once a year, ... only after 28 days' written notice" -> "...,
// unless the site licence conditions have changed", v55; unless, except when/if/where, other than
// when): in its case the restriction no longer holds at all (round 40a: the shape, an exception
// appended to a restriction or a ban, is held by regressions of the tuning set, v15, v16, v45 and
// v55 and by no benign edit of a read set). Pure.
import type { Reason } from '../schema/records.ts';
import { wordsInserted } from './_condition-tail.ts';
import { oneToOneGroups, type StatementDiffInput } from './_statement-groups.ts';
import { isContent, type Statement } from './_statements.ts';
import { normaliseWord, quote } from './_text.ts';

/** Words opening a proviso, or the people or things the restriction is now kept for ("... to children"). */
const PROVISO = /^(?:provided|providing|as long as|so long as|if|when|whenever|where|while|during|to|for|unless|except (?:when|if|where|during)|other than when|apart from when)\b/;
const GRANT = /\b(?:may|can|is allowed to|are allowed to|is permitted to|are permitted to)\b/;

/** "Only X may ...", "may ... only after/if/with ...": a grant that forbids every other case. */
function isRestriction(statement: Statement): boolean {
  const text = statement.words.join(' ');
  return statement.mainNegations.length === 0 && GRANT.test(text) && /\bonly\b/.test(text);
}

export function findRestrictionProvisos(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const { group, previous, next } of oneToOneGroups(input.groups)) {
    if (!isRestriction(previous) || !isRestriction(next)) continue;
    const inserted = wordsInserted(previous.words, next.words);
    if (!inserted || inserted.at === 0) continue;
    const stretch = inserted.words.join(' ');
    if (!PROVISO.test(stretch)) continue;
    const oldStems = new Set(previous.words.filter(isContent).map(normaliseWord));
    if (!inserted.words.some((word) => isContent(word) && !oldStems.has(normaliseWord(word)))) continue;
    const lifted = /^(?:unless|except|other than|apart from)\b/.test(stretch);
    reasons.push({ code: 'condition-added', message: lifted ? `condition added: "${stretch}" now lifts the restriction ${quote(group.nextText)} in its case` : `condition added: "${stretch}" now limits the restriction ${quote(group.nextText)}, which no longer holds outside it` });
  }
  return reasons;
}
