// Negation read through the polarity of a statement (`_polarity.ts`), not the count of "not"s:
// a "never" said as "refused", a "do not ... until" said as "waits until", a "stop X" said as "no
// X" keep the rule, so the negation detector does not read those aligned sentences; and a rule
// whose negation count stayed while a verb of refusal or prevention came or went ("Never sell to
// minors" -> "Sales to minors are not refused") turned round. Pure.
import type { Reason } from '../schema/records.ts';
import type { StatementDiffInput } from './_statement-groups.ts';
import { isRefusal, mainWords, polarityKept, polarityTurns, sharedAct } from './_polarity.ts';
import type { Statement } from './_statements.ts';
import { findNegationChanges } from './reason-negation.ts';
import { quote } from './_text.ts';

/** `negation-*` reasons, leaving out the aligned sentences whose polarity is kept in other words. */
export function findNegationChangesByPolarity(input: StatementDiffInput): Reason[] {
  const groups = input.groups.filter((group) => !polarityKept(group.previous, group.next));
  return findNegationChanges({ ...input, groups });
}

const NEGATIONS = new Set(['not', 'never', 'no', 'nobody', 'none', 'nothing', 'neither', 'nor']);
/** Words between a negation and the verb it negates ("are not refused", "does not stop", "never refuse"). */
const FILLERS = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'to', 'ever', 'must', 'may', 'can', 'should', 'will', 'shall']);

/** Verbs of refusal or prevention in a statement's rule, each with whether a negation right before it negates it. */
function refusals(statement: Statement): Array<{ word: string; negated: boolean }> {
  const words = mainWords(statement);
  return words.flatMap((word, at) => {
    if (!isRefusal(word)) return [];
    let k = at - 1;
    while (k >= 0 && FILLERS.has(words[k] ?? '')) k--;
    return [{ word, negated: k >= 0 && /^(?:not|never)$/.test(words[k] ?? '') }];
  });
}

/**
 * The rule turned round by a negated verb of refusal or prevention where the other version had
 * none, the negations as many: "Never sell alcohol to anyone under 18" -> "Sales of alcohol to
 * anyone under 18 are not refused" ("not refused" = allowed). Read on the rule, not its
 * conditions, and only when the act is the same (most of its words kept); a changed count of
 * negations is the negation detector's to read.
 */
export function findPolarityTurned(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const group of input.groups) {
    const before = group.previous.flatMap(polarityTurns).filter((word) => NEGATIONS.has(word)).length;
    const after = group.next.flatMap(polarityTurns).filter((word) => NEGATIONS.has(word)).length;
    if (before !== after || before === 0 || sharedAct(group.previous, group.next) < 0.75) continue;
    const old = group.previous.flatMap(refusals);
    const now = group.next.flatMap(refusals);
    const negatedNow = now.find((refusal) => refusal.negated);
    const negatedOld = old.find((refusal) => refusal.negated);
    if (negatedNow && old.length === 0 && now.length === 1) {
      reasons.push({ code: 'negation-removed', message: `negation removed: "not ${negatedNow.word}" now lets the rule's act happen in ${quote(group.nextText)}` });
    } else if (negatedOld && now.length === 0 && old.length === 1) {
      reasons.push({ code: 'negation-added', message: `negation added: "not ${negatedOld.word}" went, the negation now forbids the act in ${quote(group.nextText)}` });
    }
  }
  return reasons;
}
