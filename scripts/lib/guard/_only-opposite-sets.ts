// A ban on the things a word picks out, said as the act allowed only for the things its dictionary
// opposite picks out (issue 11, round 44b: v62's "Loads that fail the visual check are not weighed
// in" = "Only loads that pass the visual check get weighed in"). The ban's restriction is turned
// by a word, not by a "not", so the "only" readings (`_bans-as-only.ts`, `_passive-bans.ts`), which
// turn a negated relative clause ("that has not passed"), and `_rules-from-other-side.ts`, which
// turns a word after the ban's negation ("Never switch the light off" = "Leave the light on"), read
// a negation removed. Read only where each side opens a relative clause with the two opposites
// ("that fail" / "that pass"), the "only" stands before the set the opposite picks out, and every
// other word of each sentence is said in the other (by root or a sense the dictionary gives both;
// a light verb, "get weighed", is the act's form): a set widened ("Only loads that pass the check
// or the scales"), an act replaced or a case added keeps its reasons. Pure: the dictionary is
// handed in.
import type { Lexicon } from './_lexicon.ts';
import { areOpposites } from './_dictionary-opposites.ts';
import { saysRuleWords } from './_requirement-kept.ts';
import { negationsIn } from './_rule-words.ts';
import { normaliseWord, sameRoot, tokenizeWords } from './_text.ts';

const RELATIVE = /^(?:that|who|which)$/;
const AUXILIARY = /^(?:has|have|had|is|are|was|were|do|does|did)$/;
/** Words of the two forms, not of the rule: the ban's negation and modal, the "only" and a light verb. */
const BAN_FORM = ['not', 'never', 'no', 'do', 'does', 'must', 'may', 'can', 'cannot', 'should', 'be', 'is', 'are'];
const ONLY_FORM = ['only', 'get', 'gets', 'got', 'go', 'goes', 'be', 'is', 'are'];
/** How far before the set its "only" may stand: "Only loads that pass", "only the seed lots that". */
const ONLY_REACH = 6;

/** Where a relative clause's own word stands: the first after its pronoun, past an auxiliary. */
function pickedOut(words: readonly string[]): number[] {
  return words.flatMap((word, i) => (RELATIVE.test(word) ? [AUXILIARY.test(words[i + 1] ?? '') ? i + 2 : i + 1] : [])).filter((at) => at < words.length);
}

/** Whether `only` (no negation, an "only") says the ban `ban` (one negation) from the other side, its set turned by an opposite. */
export function onlyForTheOppositeSet(ban: string, only: string, lexicon: Lexicon): boolean {
  if (/\bonly\b/i.test(ban) || !/\bonly\b/i.test(only)) return false;
  if (negationsIn(ban.toLowerCase()).length !== 1 || negationsIn(only.toLowerCase()).length > 0) return false;
  const [banWords, onlyWords] = [tokenizeWords(ban), tokenizeWords(only)];
  for (const k of pickedOut(banWords)) {
    for (const m of pickedOut(onlyWords)) {
      const [turned, opposite] = [banWords[k]!, onlyWords[m]!];
      if (sameRoot(normaliseWord(turned), normaliseWord(opposite)) || !areOpposites(lexicon, turned, opposite)) continue;
      const at = onlyWords.lastIndexOf('only', m);
      if (at < 0 || m - at > ONLY_REACH) continue;
      return saysRuleWords(ban, only, lexicon, new Set([...BAN_FORM, turned]), true) && saysRuleWords(only, ban, lexicon, new Set([...ONLY_FORM, opposite]), true);
    }
  }
  return false;
}
