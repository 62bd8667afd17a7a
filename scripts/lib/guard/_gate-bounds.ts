// A bound inside an "only when/if" gate of a rule ("Pour concrete only when the air is above 5
// degrees"): the gate lets the act happen in the cases the bound admits, so moving the bound to
// admit fewer is stricter, whatever the act. "Above/at least/more than N" admits fewer as N grows,
// "below/under/less than N" as N shrinks. Pure.

/** Bounds admitting what lies below them. */
const UPPER = /^(?:below|under|less than|fewer than|lower than|smaller than|shorter than|at most|up to|no more than|not more than)$/;
/** Bounds admitting what lies above them. */
const LOWER = /^(?:above|over|at least|more than|greater than|higher than|larger than|longer than|exceeds|exceeding|no less than|no fewer than|not less than|in excess of|minimum of)$/;

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
    if (UPPER.test(bound)) return true;
    if (LOWER.test(bound)) return false;
  }
  return null;
}
