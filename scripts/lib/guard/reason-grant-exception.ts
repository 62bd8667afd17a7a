// `scope-widened`: an exception dropped from a permission ("Staff may open the vault except during
// an audit" -> "Staff may open the vault"): the case the grant left out is now granted too. Dropped
// from a prohibition or a duty the same edit is stricter (lib/guard/_stricter-edits.ts); an
// "except when/if/unless" clause dropped is read by conjunct-dropped and condition-changed. Pure.
import type { Reason } from '../schema/records.ts';
import { negationsIn } from './_rule-words.ts';
import { oneToOneGroups, type StatementDiffInput } from './_statement-groups.ts';
import { stemSet } from './_statements.ts';
import { quote } from './_text.ts';

/** A grant with no negation and no "only" (a limited grant dropping a case is stricter). */
const GRANTS = /\b(?:may|can|could|(?:is|are) (?:allowed|permitted|free|welcome) to)\b/i;
/** An exception phrase and what it leaves out, up to the end of its clause. */
const EXCEPTION = /\b(?:except(?: for)?|save(?: for)?|other than|apart from|barring|excluding|but not|but never|with the exception of)\s+([^.;:]+)/i;
/** A clause after the exception word is condition-changed's and conjunct-dropped's to read. */
const CLAUSE = /^(?:when|whenever|where|if|unless|while|in case)\b/i;

export function findGrantExceptionsDropped(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const { previous, next } of oneToOneGroups(input.groups)) {
    const text = previous.text;
    if (!GRANTS.test(text) || /\bonly\b/i.test(text) || negationsIn(text.slice(0, EXCEPTION.exec(text)?.index ?? text.length).toLowerCase()).length > 0) continue;
    const exception = EXCEPTION.exec(text);
    const left = exception?.[1]?.trim() ?? '';
    if (!exception || left === '' || CLAUSE.test(left) || EXCEPTION.test(next.text)) continue;
    const nowStems = stemSet(next.text);
    const leftStems = [...stemSet(left)];
    // Every word of what was left out went: the case is no longer carved out anywhere in the sentence.
    if (leftStems.length === 0 || leftStems.some((stem) => nowStems.has(stem))) continue;
    reasons.push({ code: 'scope-widened', message: `scope widened: the exception "${exception[0].trim()}" was dropped from the permission ${quote(next.text)}` });
  }
  return reasons;
}
