// A prohibition with an exception said as a grant limited by "only" ("No one may authorize a grid
// connection except the engineer" -> "A grid connection may be authorized only by the engineer"):
// the same rule, what it lets and what it forbids unchanged. Pure.
import { negationsIn } from './_rule-words.ts';
import { stemSet } from './_statements.ts';

/** Words that except cases or parties from a prohibition. */
const EXCEPTING = /\b(?:except|but|other than|apart from|besides|save|unless)\b/i;
/** Words that limit a grant to what they name. */
const LIMITING = /\b(?:only|solely|exclusively)\b/i;
/** A grant: "may", "can", "allowed to", "permitted to". */
const GRANTING = /\b(?:may|can|could|allowed to|permitted to)\b/i;

/**
 * Whether `next` says the prohibition-with-exception of `previous` as a grant only what the
 * exception named gets: the old sentences forbid with an "except"/"other than"/"unless", the new
 * ones grant with "only" and forbid nothing. A prohibition with no exception turned into a grant
 * ("No one may authorize it" -> "It may be authorized only by the engineer") lets someone it did not.
 */
export function isLimitedGrantOfException(previous: readonly string[], next: readonly string[]): boolean {
  const before = previous.join(' ');
  const after = next.join(' ');
  const excepting = EXCEPTING.exec(before);
  if (!excepting || negationsIn(before).length === 0 || !LIMITING.test(after) || !GRANTING.test(after) || negationsIn(after).length > 0) return false;
  // The grant goes to what the exception named: its words kept ("except to the original card" ->
  // "only to the original card"), not another ("only to a gift card").
  const excepted = before.slice(excepting.index + excepting[0].length).split(/[.;:!?]/)[0] ?? '';
  const kept = stemSet(after);
  const named = [...stemSet(excepted)];
  return named.length > 0 && named.every((stem) => kept.has(stem));
}
