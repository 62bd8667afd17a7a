// `condition-changed` for the case of a hand-over or a grant made to hold in every case by a
// concessive clause, the rule kept: "Waive the late fee if the courier caused the delay" -> "Waive
// the late fee whatever caused the delay", "Refund the class fee if the instructor cancelled the
// session" -> "... whoever cancelled the session", "Members may bring a guest if they book the court
// in advance" -> "..., no matter how the court was booked". Read as a statement: the old sentence's
// if/when case is gone, the new one holds a concessive ("whatever", "whoever", "whichever",
// "wherever", "however" before a clause, "no matter", "regardless of", "irrespective of"), the rule
// outside the case is kept; and the rule gives something or grants, so holding in every case gives
// more away. A duty or a ban made to hold whatever happens is stricter ("Log the call, whatever the
// caller sounds like"): not read here. An only-if gate is read by the condition reading (round
// 31b). Pure.
import type { Reason } from '../schema/records.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import type { Statement } from './_statements.ts';
import { widerIsStricter } from './_stricter-edits.ts';
import { normaliseWord, quote } from './_text.ts';
import { isContent } from './_statements.ts';

/** A clause that makes the rule hold whatever the case: not "However," opening a sentence. */
const CONCESSIVE = /\b(?:whatever|whoever|whichever|wherever|no matter|regardless of|irrespective of)\b|(?<!^)\bhowever\s+(?=[a-z])/;

/** Cases that pick when a rule holds: the kinds a concessive takes away. */
const CASES = new Set(['if', 'whenever']);

/** The statement's words outside its conditions: the rule. */
function ruleWords(statement: Statement): string[] {
  const inCondition = new Set(statement.conditions.flatMap((condition) => condition.words.map((_, i) => condition.start + i)));
  return statement.words.filter((_, i) => !inCondition.has(i));
}

function madeUniversal(previous: Statement, next: Statement): string | null {
  const gone = previous.conditions.find((condition) => CASES.has(condition.kind));
  if (!gone || next.conditions.some((condition) => CASES.has(condition.kind) || condition.kind === 'only-if')) return null;
  const text = next.words.join(' ');
  if (!CONCESSIVE.test(text)) return null;
  const rule = ruleWords(previous);
  // The rule kept: two content words of it at least, and two in three of them, said in the new sentence.
  const ruleStems = [...new Set(rule.filter(isContent).map(normaliseWord))];
  const nextStems = new Set(next.words.filter(isContent).map(normaliseWord));
  const kept = ruleStems.filter((stem) => nextStems.has(stem)).length;
  if (kept < 2 || kept * 3 < ruleStems.length * 2) return null;
  // A duty handing nothing over, or a ban, holding in every case is stricter.
  if (widerIsStricter(rule.join(' '))) return null;
  return gone.words.join(' ');
}

export function findCasesMadeUniversal(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) => {
    const gone = madeUniversal(previous, next);
    return gone ? { code: 'condition-changed', message: `case made universal: "${gone}" gave way to a clause that holds in every case, in ${quote(group.nextText)}` } : null;
  });
}
