// A rule that already limits its act with "only" ("Chainsaws are used only by certified staff",
// "Solvents are used only in the fume cupboard") and gains a further "only if/after/when" keeps
// every old limit and adds one: the act is allowed in fewer cases, stricter, as a grant given a
// condition is ("may merge after one approval" -> "only after two approvals"). reason-condition
// read the new "only after ..." as a condition now limiting the rule (issue 11, round 19a: v21's
// "Solvents are used only in the fume cupboard, and only after the extraction test sticker shows
// a date from this month"). A duty with no "only" that gains "only when" applies in fewer cases
// and stays a finding ("Wear gloves" -> "Wear gloves only when loading"). Pure.
import type { Condition, Statement } from './_statements.ts';

/** Whether a statement says "only" outside its conditions: its act is limited to what follows. */
function limitsItsAct(statement: Statement): boolean {
  const inConditions = new Set(statement.conditions.flatMap((condition) => condition.words.map((_, i) => condition.start + i)));
  return statement.words.some((word, i) => word === 'only' && !inConditions.has(i));
}

/**
 * Whether `gained` (a condition the new version added) is one more "only" on a rule that limited
 * its act with "only" before and still does: a restriction made tighter.
 */
export function restrictionTightened(previous: readonly Statement[], next: readonly Statement[], gained: Condition): boolean {
  if (gained.kind !== 'only-if') return false;
  return previous.some(limitsItsAct) && next.some(limitsItsAct);
}
