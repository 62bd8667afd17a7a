// `condition-changed` for a gate said the other way round whose condition was negated on the way:
// "Do not resell a returned ticket until every seat in its price band has been sold" -> "Resell a
// returned ticket only when not every seat in its price band has been sold"; "Do not open the second
// bar until the first one is full" -> "Open the second bar only when the first one is not full".
// "Do not X until C" and "X only when C" are one gate (_gates.ts), so the negation counts of the two
// sentences differ by the rule's own "not" and the condition's new one hides in the sum. Read on the
// gates: the same act, one held back by a prohibition's "until/unless/before" and the other let
// through by "only when/if/once/after" (or both of one form), the condition's words the same but for
// its negations, and the number of those turned odd. A condition said from its other side ("until
// every passenger is seated" -> "only when no passenger is standing") changes its words and is left
// to other readings. Round 27b. Pure.
import type { Reason } from '../schema/records.ts';
import { changedSentencePairs } from './_changed-stretch.ts';
import { readGate } from './_gates.ts';
import { negationsIn } from './_rule-words.ts';
import { stemSet } from './_statements.ts';
import { quote } from './_text.ts';

const HOLDS_BACK = /^(?:until|unless|before)$/i;
const LETS_THROUGH = /^only (?:when|if|once|after)$/i;
const NEGATION_WORD = /^(?:not|never|no|none|nobody|nothing|without)$/i;

/** The condition's words but its negations, as stems. */
function conditionStems(cond: string): ReadonlySet<string> {
  return stemSet(cond.split(/\s+/).filter((word) => !NEGATION_WORD.test(word.replace(/[^a-z]/gi, ''))).join(' '));
}

function sameStems(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size > 0 && a.size === b.size && [...a].every((stem) => b.has(stem));
}

export function findGatesNegated(previous: string, next: string): Reason[] {
  const reasons: Reason[] = [];
  for (const [old, now] of changedSentencePairs(previous, next)) {
    const before = readGate(old);
    const after = readGate(now);
    if (!before || !after || before.act !== after.act) continue;
    const form = (gate: { gate: string; prohibition: boolean }): 'held' | 'let' | null => (gate.prohibition && HOLDS_BACK.test(gate.gate) ? 'held' : !gate.prohibition && LETS_THROUGH.test(gate.gate) ? 'let' : null);
    if (!form(before) || !form(after)) continue;
    if (!sameStems(conditionStems(before.cond), conditionStems(after.cond))) continue;
    const was = negationsIn(before.cond.toLowerCase()).length;
    const is = negationsIn(after.cond.toLowerCase()).length;
    if (was % 2 === is % 2) continue;
    reasons.push({ code: 'condition-changed', message: `condition negated: the gate "${after.gate.toLowerCase()}" now waits for its condition ${is > was ? 'not to hold' : 'to hold'} in ${quote(now)}` });
  }
  return reasons;
}
