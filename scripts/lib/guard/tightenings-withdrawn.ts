// The reasons of a clause edit, withdrawn when they fired only because the new version is
// stricter: the new text with its tightenings undone (_entailed-tightenings.ts) is entailed by
// it, so when nothing is read on that text the new one demands all the old one did, and a
// stricter rule is no regression (issue 11). Reasons about how the text treats people (tone,
// upsell) are kept: a harsher rule can be stricter and still hostile. Pure.
import type { Reason } from '../schema/records.ts';
import { sameWords, undoTightenings } from './_entailed-tightenings.ts';
import { findReasons } from './find-reasons.ts';
import { withGatesSaidAsBefore } from './_gates.ts';
import type { Lexicon } from './_lexicon.ts';

/**
 * Reasons read from how the text speaks, not from what the rule demands, and a right of the people
 * served taken in part (reason-right-narrowed.ts: stricter for the codex, a loss for its holder):
 * a tightening never excuses them.
 */
const KEPT = /^(?:tone-|upsell-|right-narrowed$)/;

export function findReasonsBeyondTightenings(previous: string, next: string, lexicon?: Lexicon | null): Reason[] {
  const reasons = findReasons(previous, next, lexicon);
  if (reasons.every((reason) => KEPT.test(reason.code))) return reasons;
  // A gate said the other way round is compared in the old form (_gates.ts): its added words may tighten it.
  const undone = undoTightenings(previous, withGatesSaidAsBefore(next, previous));
  if (undone === null) return reasons;
  // Every difference was a tightening, or what is left differs in nothing the detectors read: the
  // new text demands all the old one did, and more. Anything read on what is left keeps every
  // reason (its code may differ once the tightenings are gone: the finding is the same edit).
  const clean = sameWords(undone, previous) || findReasons(previous, undone, lexicon).every((reason) => reason.advisory === true);
  return clean ? reasons.filter((reason) => KEPT.test(reason.code)) : reasons;
}
