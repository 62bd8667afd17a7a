// `scope-narrowed` for a duty held on every occasion turned into one held on the first only:
// "Crew must sign a fitness-to-work declaration every time they book on" -> "... the first time they
// book on each season"; "Wash your hands every time you enter the ward" -> "... the first time you
// enter the ward each day". The quantifier readings count universals, and the "each season" that
// came with the new occasion stands for the "every" that went; but "each season" says how often the
// first time comes round, not that every occasion is still covered. Read as English: the changed
// sentence pair, the old one marking its occasions as all of them ("every time", "each time",
// "whenever", "on every occasion") and the new one marking it as the first or the last of them
// ("the first time", "the first two times", "only the first time", "the last time"), neither
// marker in the other version. Round 27b. Pure.
import type { Reason } from '../schema/records.ts';
import { changedSentencePairs } from './_changed-stretch.ts';
import { quote } from './_text.ts';

/** Every occasion: "every time", "each time", "whenever", "on every occasion", "every single time". */
const ALL_OCCASIONS = /\b(?:(?:every|each)(?: single)? (?:time|occasion)|whenever|on (?:every|each) occasion)\b/i;
/** One occasion of them picked: "the first time", "the first two times", "the last time", "on the first occasion". */
const ONE_OCCASION = /\bthe (?:first|last|initial|final)(?: \w+)? (?:time|times|occasion|occasions)\b/i;

export function findOccasionsNarrowed(previous: string, next: string): Reason[] {
  const reasons: Reason[] = [];
  for (const [old, now] of changedSentencePairs(previous, next)) {
    if (!ALL_OCCASIONS.test(old) || ALL_OCCASIONS.test(now) || !ONE_OCCASION.test(now) || ONE_OCCASION.test(old)) continue;
    const went = ALL_OCCASIONS.exec(old)?.[0] ?? '';
    const came = ONE_OCCASION.exec(now)?.[0] ?? '';
    reasons.push({ code: 'scope-narrowed', message: `scope narrowed: "${went}" -> "${came}": the rule holds on one occasion, not on every one, in ${quote(now)}` });
  }
  return reasons;
}
