// An "only" that limits a duty appended to a kept rule, not the rule: "Keep the van's waste tank
// closed while driving" -> "..., and empty it only at a licensed disposal point" adds a duty (empty
// it) and says where it may be done; the old duty holds as before, so it is stricter. reason-only-
// limit read the new "only at ..." as the old duty now holding there alone (issue 11, round 19a:
// held-back v19's false flag). The clause the "only" stands in, from the last "and"/comma before it,
// must say an act the old version never named. Pure.
import { isContent, stemSet, type Condition, type Statement } from './_statements.ts';
import { normaliseWord } from './_text.ts';

/** A grant or a lifted duty in the appended clause: "and may skip the transfer book when busy" loosens, it adds no duty. */
const GRANTS = /\b(?:may|can|could|might|allowed|permitted|free|optional|need not|needn't|skip|skips|waive|waives)\b/i;

/** Where the clause holding position `at` opens: after the last comma, semicolon or "and"/"then" before it. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  const opens = [...before.matchAll(/[,;:]|\b(?:and|then)\b/gi)].at(-1);
  return opens ? before.slice((opens.index ?? 0) + opens[0].length) : before;
}

/** Whether the limit at `at` in `next` stands in a clause whose act the old version never says. */
export function limitsAnAppendedAct(previous: string, next: string, at: number): boolean {
  const clause = clauseBefore(next, at);
  if (GRANTS.test(clause)) return false;
  // "and only to ...": the limit is joined to the rule with nothing of its own.
  const stems = [...stemSet(clause)];
  if (stems.length === 0) return false;
  const old = stemSet(previous);
  return stems.every((stem) => !old.has(stem));
}

/**
 * The same for a condition a statement gained ("..., and clear jams only with the engine off"):
 * the words from the last "and"/"then" before the condition say an act the old version never named.
 */
export function conditionOnAnAppendedAct(previous: string, statement: Statement, condition: Condition): boolean {
  const before = statement.words.slice(0, condition.start);
  const opens = before.findLastIndex((word) => word === 'and' || word === 'then');
  if (opens < 0) return false;
  if (GRANTS.test(before.slice(opens + 1).join(' '))) return false;
  const stems = before.slice(opens + 1).filter(isContent).map(normaliseWord);
  if (stems.length === 0) return false;
  const old = stemSet(previous);
  return stems.every((stem) => !old.has(stem));
}
