// A rule that already limits its act with "only" ("Chainsaws are used only by certified staff",
// "Solvents are used only in the fume cupboard") and gains a further "only if/after/when" keeps
// every old limit and adds one: the act is allowed in fewer cases, stricter, as a grant given a
// condition is ("may merge after one approval" -> "only after two approvals"). reason-condition
// read the new "only after ..." as a condition now limiting the rule (issue 11, round 19a: v21's
// "Solvents are used only in the fume cupboard, and only after the extraction test sticker shows
// a date from this month"). A duty with no "only" that gains "only when" applies in fewer cases
// and stays a finding ("Wear gloves" -> "Wear gloves only when loading"), and so does a duty's
// "only" given an "only if" ("Answer only in English" + ", and only if the customer writes first"). Pure.
import type { Condition, Statement } from './_statements.ts';

/** Words of a duty: with one, the "only" says how a demanded act is done, and a new "only if" narrows when it is demanded. */
const DUTY = new Set(['must', 'should', 'shall', 'need', 'needs', 'required', 'obliged', 'always']);

/**
 * Whether a statement says "only" outside its conditions, in a passive with no word of duty: a
 * restriction on the act ("are used only by certified staff"). "Answer only in English" and "must
 * reply only by email" demand the act; there "..., and only if the customer writes first" narrows
 * when it is demanded, a finding.
 */
function limitsItsAct(statement: Statement): boolean {
  if (!restrictsInPassive(statement)) return false;
  const inConditions = new Set(statement.conditions.flatMap((condition) => condition.words.map((_, i) => condition.start + i)));
  return statement.words.some((word, i) => word === 'only' && !inConditions.has(i));
}

/** A passive with no word of duty ("are used only by ..."): how the act is restricted, not a demand. */
export function restrictsInPassive(statement: Statement): boolean {
  const duty = statement.words.some((word, i) => DUTY.has(word) || (/^(?:have|has)$/.test(word) && statement.words[i + 1] === 'to'));
  return statement.passive && !duty;
}

/**
 * Whether `gained` (a condition the new version added) is one more "only" on a rule that limited
 * its act with "only" before and still does: a restriction made tighter.
 */
export function restrictionTightened(previous: readonly Statement[], next: readonly Statement[], gained: Condition): boolean {
  if (gained.kind === 'only-if' && previous.some(limitsItsAct) && next.some(limitsItsAct)) return true;
  return joinsKeptGate(previous, next, gained);
}

/** Words that let a case off or open an alternative: a condition holding one is no further thing to wait for. */
const LETS_OFF = /^(?:not|never|no|only|or|unless|except)$/;

/**
 * "Trade accounts are opened only after a credit check" -> "... only after a credit check and
 * once two trade references have been received": the new condition is joined by "and" right after
 * an old "only" gate kept word for word, in a sentence with no word of duty: the act waits for one
 * more thing, so it is allowed in fewer cases, stricter (round 36c), in a passive with no word of
 * duty, as above. A duty's or an imperative's "only" gate ("Pay the overtime rate only when a
 * worker exceeds 48 hours in a week" + "and the farm has approved it") stays a finding: who the
 * act serves decides its direction there.
 */
function joinsKeptGate(previous: readonly Statement[], next: readonly Statement[], gained: Condition): boolean {
  if (gained.words.some((word) => LETS_OFF.test(word))) return false;
  const gates = previous.flatMap((statement) => statement.conditions).filter((condition) => condition.kind === 'only-if');
  return next.some((statement) => {
    if (!statement.conditions.includes(gained) || !restrictsInPassive(statement)) return false;
    const before = statement.words.slice(0, gained.start);
    if (before.at(-1) !== 'and') return false;
    return gates.some((gate) => gate.words.length > 0 && gate.words.every((word, i) => before[before.length - 1 - gate.words.length + i] === word));
  });
}
