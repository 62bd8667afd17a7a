// The reasons of a clause edit less those that fired only because the new version is stricter:
// the new text with its tightenings undone (_entailed-tightenings.ts) is entailed by it, so a
// reason that no longer fires on it was found in a tightening, and a stricter rule is no
// regression (issue 11). Reasons about how the text treats people (tone, upsell) are kept:
// a harsher rule can be stricter and still hostile. Pure.
import type { Reason } from '../schema/records.ts';
import { sameWords, undoTightenings } from './_entailed-tightenings.ts';
import { findReasons } from './find-reasons.ts';

/** Reasons read from how the text speaks, not from what the rule demands: a tightening never excuses them. */
const KEPT = /^(?:tone-|upsell-)/;

export function findReasonsBeyondTightenings(previous: string, next: string): Reason[] {
  const reasons = findReasons(previous, next);
  if (reasons.every((reason) => KEPT.test(reason.code))) return reasons;
  const undone = undoTightenings(previous, next);
  if (undone === null) return reasons;
  // Every difference was a tightening: the new text demands all the old one did, and more.
  const left = sameWords(undone, previous) ? new Set<string>() : new Set(findReasons(previous, undone).map((reason) => reason.code));
  return reasons.filter((reason) => KEPT.test(reason.code) || left.has(reason.code));
}
