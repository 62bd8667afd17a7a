// `scope-narrowed` for a duty held on every occasion turned into one held on the first only:
// "Crew must sign a fitness-to-work declaration every time they book on" -> "... the first time they
// book on each season"; "Wash your hands every time you enter the ward" -> "... the first time you
// enter the ward each day". The quantifier readings count universals, and the "each season" that
// came with the new occasion stands for the "every" that went; but "each season" says how often the
// first time comes round, not that every occasion is still covered. Read as English: the changed
// sentence pair, the old one marking its occasions as all of them ("every time", "each time",
// "whenever", "on every occasion") and the new one marking it as the first or the last of them
// ("the first time", "the first two times", "only the first time", "the last time"), neither
// marker in the other version. Round 27b. The place a rule holds in is read the same way since
// round 40a: a rule held "anywhere" or "everywhere" in a place turned into one held in a part of it
// ("No glass is allowed anywhere in the park" -> "... in the pool hall", v55; "Smoking and naked
// flames are banned everywhere on the depot site" -> "... in the cylinder store", v52; "Boxes sent
// anywhere in the UK" -> "sent to Scotland", v49): the one stretch the sentence changed opens with
// the universal of place, the new stretch is a place (opened by in, on, at, to, inside, near, ...)
// with no universal of its own (any, all, every, whole, across, throughout), the words before it
// kept. Four regressions of v49, v52 and v55 hold the shape, no benign edit of a read set. Pure.
import type { Reason } from '../schema/records.ts';
import { changedSentencePairs, changedWords } from './_changed-stretch.ts';
import { quote, tokenizeWords } from './_text.ts';

/** Every occasion: "every time", "each time", "whenever", "on every occasion", "every single time". */
const ALL_OCCASIONS = /\b(?:(?:every|each)(?: single)? (?:time|occasion)|whenever|on (?:every|each) occasion)\b/i;
/** One occasion of them picked: "the first time", "the first two times", "the last time", "on the first occasion". */
const ONE_OCCASION = /\bthe (?:first|last|initial|final)(?: \w+)? (?:time|times|occasion|occasions)\b/i;

/** Every place: the universal that opens the old stretch. */
const ALL_PLACES = /^(?:anywhere|everywhere)$/;
/** A place named by its preposition: "in the pool hall", "to Scotland", "inside the kitchen". */
const PLACE = /^(?:in|on|at|to|inside|within|near|by|around|outside|beside|behind|into|onto)$/;
/** Words that keep the place whole: "in any room of the park", "across the whole site". */
const STILL_ALL = /^(?:any|all|every|each|whole|entire|across|throughout|anywhere|everywhere|wherever)$/;
/** Words of the old sentence kept before the stretch: the rule and what it is about ("No glass is allowed"). */
const KEPT_BEFORE = 2;

/** The universal of place that went and the place that came, or null. */
export function placeNarrowed(previous: string, next: string): { went: string; came: string } | null {
  const a = tokenizeWords(previous);
  const b = tokenizeWords(next);
  const { head, gone, came } = changedWords(a, b);
  if (head < KEPT_BEFORE || !ALL_PLACES.test(gone[0] ?? '') || !PLACE.test(came[0] ?? '') || came.length < 2 || came.some((word) => STILL_ALL.test(word))) return null;
  return { went: gone.join(' '), came: came.join(' ') };
}

export function findOccasionsNarrowed(previous: string, next: string): Reason[] {
  const reasons: Reason[] = [];
  for (const [old, now] of changedSentencePairs(previous, next)) {
    const place = placeNarrowed(old, now);
    if (place) {
      reasons.push({ code: 'scope-narrowed', message: `scope narrowed: "${place.went}" -> "${place.came}": the rule holds in one part of the place, not everywhere in it, in ${quote(now)}` });
      continue;
    }
    if (!ALL_OCCASIONS.test(old) || ALL_OCCASIONS.test(now) || !ONE_OCCASION.test(now) || ONE_OCCASION.test(old)) continue;
    const went = ALL_OCCASIONS.exec(old)?.[0] ?? '';
    const came = ONE_OCCASION.exec(now)?.[0] ?? '';
    reasons.push({ code: 'scope-narrowed', message: `scope narrowed: "${went}" -> "${came}": the rule holds on one occasion, not on every one, in ${quote(now)}` });
  }
  return reasons;
}
