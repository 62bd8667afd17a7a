// The reasons of a clause edit, withdrawn when they fired only because the new version says the
// rule in other words: the new text read in the old one's words where a dictionary gives them a
// common sense, a refusal verb in other words read as "refused" (_sense-words.ts), and an order
// said the other way round ("no B until A" for "A before B") read in the old clause's form
// (_precedence.ts). When nothing blocking is read on those texts, the edit said the same rule
// differently; anything read there keeps every reason of the texts as written (issue 11, round
// 17a). The readings can only take findings away, never add one: a fold that misreads a word
// costs at most a catch. Reasons about how the text treats people (tone, upsell) are kept. Pure.
import type { Reason } from '../schema/records.ts';
import type { Lexicon } from './_lexicon.ts';
import { foldPrecedence } from './_precedence.ts';
import { foldSenseWords } from './_sense-words.ts';
import { foldConditionalIndefinites } from './_conditional-indefinites.ts';
import { foldRulesFromOtherSide } from './_rules-from-other-side.ts';
import { foldOnlyGates } from './_only-gates.ts';
import { foldGatedRules } from './_gated-rules.ts';
import { foldBansAsOnly } from './_bans-as-only.ts';
import { foldBansAsEvery } from './_bans-as-every.ts';
import { foldWholeCountBounds } from './_whole-count-bounds.ts';
import { foldSuperlativeCaps } from './_superlative-caps.ts';
import { foldFreeOfCharge } from './_free-of-charge.ts';
import { foldAssentWords } from './_assent-words.ts';
import { foldPassiveBans } from './_passive-bans.ts';
import { foldSoleDoers } from './_sole-doers.ts';
import { foldNoWithoutAsEvery } from './_no-without-as-every.ts';
import { foldPolarityMoved } from './_polarity-moved.ts';
import { reasonsStillRead } from './_reasons-still-read.ts';

/** Reasons read from how the text speaks: a rewording never excuses them. */
const KEPT = /^(?:tone-|upsell-)/;

const blocking = (reasons: readonly Reason[]): Reason[] => reasons.filter((reason) => reason.advisory !== true && !KEPT.test(reason.code));

/**
 * `read` applied to the texts as written, and, when it blocks, to the texts in each other's words:
 * the second reading's reasons when it blocks on nothing, else the first's.
 */
export function findReasonsInOtherWords(previous: string, next: string, lexicon: Lexicon | null | undefined, read: (previous: string, next: string) => Reason[]): Reason[] {
  const reasons = read(previous, next);
  if (blocking(reasons).length === 0) return reasons;
  // "without their doctor's approval" is the "only once their doctor has said yes" it means (_assent-words.ts, round 30a).
  const [oldSense, senseWords] = foldSenseWords(...foldAssentWords(previous, next), lexicon);
  // Read after the dictionary, so a case said in other words ("requests" for "asks") is the old one's.
  // "Parcels without a label are not loaded" is read as "Do not load parcels without a label" against an "only" (_passive-bans.ts, round 30a).
  const [oldWords, newWords] = foldPassiveBans(oldSense, foldConditionalIndefinites(oldSense, senseWords), lexicon);
  // A rule said from the other side (a ban on what lies outside a restriction) is read as the old sentence.
  // A ban lifted by a condition said as the act allowed "only" in that case is the old sentence (_only-gates.ts, round 27a).
  // A ban outside a set or a condition said "only" with its act or set in other words is written in the "only" form, in its own words (_bans-as-only.ts, round 28a).
  // A ban with a gate and the act allowed only inside it, read as one form whatever their words (_gated-rules.ts, round 33a).
  const [, newGated] = foldGatedRules(oldWords, newWords, lexicon);
  const [oldOnly, newOnly] = foldBansAsOnly(oldWords, foldRulesFromOtherSide(oldWords, foldPrecedence(oldWords, foldOnlyGates(oldWords, newGated), lexicon), lexicon), lexicon);
  // A ban on things outside a set said as a duty on every thing of the act is written as that duty, in its own words (_bans-as-every.ts, round 29a).
  // "two or more sessions" is the "more than one session" the other version says (_whole-count-bounds.ts, round 29a).
  // "One court a day is the most a member can book" is the "may not book more than one court a day" it means (_superlative-caps.ts, round 29a).
  // "Walkers pay nothing for the map" is the "Do not charge walkers for the map" it means (_free-of-charge.ts, round 30a).
  const [oldFree, newFree] = foldFreeOfCharge(...foldSuperlativeCaps(...foldWholeCountBounds(...foldBansAsEvery(oldOnly, newOnly, lexicon))));
  // "Treating a player is left to first-aiders; everyone else stays back" is the "Only first-aiders may treat a player" it means (_sole-doers.ts, round 38b).
  // "No X goes back without being tested" is the "Every X must be tested before it goes back" it means (_no-without-as-every.ts, round 41d).
  // "Room doors must stay shut" is the "nobody opens the room doors" it means: a "no" moved between the act, its case, "only" and an antonym, each place's parity kept (_polarity-moved.ts, round 47b).
  const [oldFolded, newFolded] = foldPolarityMoved(...foldNoWithoutAsEvery(...foldSoleDoers(oldFree, newFree, lexicon)), lexicon);
  if (oldFolded === previous && newFolded === next) return reasons;
  const reworded = read(oldFolded, newFolded);
  // Another sentence still blocks: the codes the folds read away go, the rest stay as written (round 35a).
  if (blocking(reworded).length > 0) return reasonsStillRead(reasons, reworded, KEPT, { previous, next, previousFolded: oldFolded, nextFolded: newFolded });
  // The edit's tone and upsell findings stand whatever the words: keep them from the texts as written.
  return [...reasons.filter((reason) => KEPT.test(reason.code)), ...reworded.filter((reason) => reason.advisory === true && !KEPT.test(reason.code))];
}
