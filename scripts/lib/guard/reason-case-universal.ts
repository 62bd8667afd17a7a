// `condition-changed` for the case of a hand-over or a grant made to hold in every case by a
// concessive clause, the rule kept: "Waive the late fee if the courier caused the delay" -> "Waive
// the late fee whatever caused the delay", "Refund the class fee if the instructor cancelled the
// session" -> "... whoever cancelled the session", "Members may bring a guest if they book the court
// in advance" -> "..., no matter how the court was booked". Read as a statement: the old sentence's
// if/when case is gone, the new one holds a concessive ("whatever", "whoever", "whichever",
// "wherever", "however" before a clause, "no matter", "regardless of", "irrespective of"), the rule
// outside the case is kept; and the rule gives something or grants, so holding in every case gives
// more away. A duty or a ban made to hold whatever happens is stricter ("Log the call, whatever the
// caller sounds like"): not read here, but the learned flag stands down on it (caseMadeUniversalStricter,
// asked by _faithful-wording.ts, round 44c). An only-if gate is read by the condition reading (round
// 31b). Pure.
import type { Reason } from '../schema/records.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { isContent, readStatement, type Statement } from './_statements.ts';
import { widerIsStricter } from './_stricter-edits.ts';
import { normaliseWord, quote, splitSentences } from './_text.ts';

/** A clause that makes the rule hold whatever the case: not "However," opening a sentence. */
const CONCESSIVE = /\b(?:whatever|whoever|whichever|wherever|no matter|regardless of|irrespective of)\b|(?<!^)\bhowever\s+(?=[a-z])/;

/** Cases that pick when a rule holds: the kinds a concessive takes away. */
const CASES = new Set(['if', 'whenever']);

/** The statement's words outside its conditions: the rule. */
function ruleWords(statement: Statement): string[] {
  const inCondition = new Set(statement.conditions.flatMap((condition) => condition.words.map((_, i) => condition.start + i)));
  return statement.words.filter((_, i) => !inCondition.has(i));
}

/** The case a sentence lost to a concessive, the rule outside it, and how many of the rule's content stems the new sentence says; null when no case gave way. */
function caseGivenWay(previous: Statement, next: Statement): { gone: string; rule: string[]; ruleStems: number; kept: number } | null {
  const gone = previous.conditions.find((condition) => CASES.has(condition.kind));
  if (!gone || next.conditions.some((condition) => CASES.has(condition.kind) || condition.kind === 'only-if')) return null;
  const text = next.words.join(' ');
  if (!CONCESSIVE.test(text)) return null;
  const rule = ruleWords(previous);
  const ruleStems = [...new Set(rule.filter(isContent).map(normaliseWord))];
  const nextStems = new Set(next.words.filter(isContent).map(normaliseWord));
  return { gone: gone.words.join(' '), rule, ruleStems: ruleStems.length, kept: ruleStems.filter((stem) => nextStems.has(stem)).length };
}

function madeUniversal(previous: Statement, next: Statement): string | null {
  const made = caseGivenWay(previous, next);
  // The rule kept: two content words of it at least, and two in three of them, said in the new sentence.
  if (!made || made.kept < 2 || made.kept * 3 < made.ruleStems * 2) return null;
  // A duty handing nothing over, or a ban, holding in every case is stricter.
  if (widerIsStricter(made.rule.join(' '))) return null;
  return made.gone;
}

/**
 * Whether one sentence became one that holds its rule in every case, stricter (round 44c): "Log the
 * call if the caller sounds distressed" -> "Log the call, whatever the caller sounds like". Its only
 * case (if/whenever) gave way to a concessive, every content word of the rule outside it is said
 * again with as many negations, no "only" on either side, and the rule is a ban or a duty handing nothing over, so a case
 * made universal asks more of it. The learned flag, which reads which kinds of words were traded, flagged
 * these as it flags a case dropped from a grant; _faithful-wording.ts asks this so it stands down.
 * A case dropped for "always" ("only if distressed" -> "always") is not read: no concessive.
 */
export function caseMadeUniversalStricter(previous: string, next: string): boolean {
  if (splitSentences(previous).length !== 1 || splitSentences(next).length !== 1 || /\bonly\b/i.test(previous) || /\bonly\b/i.test(next)) return false;
  const before = readStatement(previous, next);
  if (before.conditions.length !== 1) return false;
  const after = readStatement(next, previous);
  // A ban turned into a duty ("Do not climb ..." -> "Climb ..., whatever ...") is no rule said again.
  if (before.mainNegations.length !== after.mainNegations.length) return false;
  const made = caseGivenWay(before, after);
  return made !== null && made.ruleStems >= 2 && made.kept === made.ruleStems && widerIsStricter(made.rule.join(' '));
}

export function findCasesMadeUniversal(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) => {
    const gone = madeUniversal(previous, next);
    return gone ? { code: 'condition-changed', message: `case made universal: "${gone}" gave way to a clause that holds in every case, in ${quote(group.nextText)}` } : null;
  });
}
