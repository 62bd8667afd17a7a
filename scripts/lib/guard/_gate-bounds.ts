// A bound inside an "only when/if" gate of a rule ("Pour concrete only when the air is above 5
// degrees"): the gate lets the act happen in the cases the bound admits, so moving the bound to
// admit fewer is stricter, whatever the act. "Above/at least/more than N" admits fewer as N grows,
// "below/under/less than N" as N shrinks. Pure.
import { boundPhrases } from './_numbers.ts';

/** Bounds admitting what lies below them, and above them (`_numbers.ts`). */
const UPPER = new Set(boundPhrases('down'));
const LOWER = new Set(boundPhrases('up'));

/** What may stand between the gate and the bound: its words, but no clause of its own. */
const GATE = / only (?:if|when|where|while|once) ((?:[a-z0-9'’%-]+ ){1,8})$/;

/**
 * Whether a larger number loosens the rule (`true`), tightens it (`false`), or the gate does not
 * say (`null`), for the number right after `before` (the sentence's words before it, lower case,
 * padded with spaces). Null in a sentence that also says unless/except/until/even, or negates its
 * rule: there the gate is not the only thing the bound moves.
 */
export function gateBoundDirection(before: string, sentence: string): boolean | null {
  if (/\b(?:unless|except|until|regardless|even|not|never|no)\b|n['’]t\b/.test(sentence)) return null;
  const gate = GATE.exec(before);
  if (!gate) return null;
  const words = (gate[1] ?? '').trim().split(' ');
  for (const size of [3, 2, 1]) {
    const bound = words.slice(-size).join(' ');
    if (words.length < size) continue;
    if (UPPER.has(bound)) return true;
    if (LOWER.has(bound)) return false;
  }
  return null;
}
