// `object-replaced`, for one word: the party a rule sends to, deals with or answers to was swapped
// for another party ("Renewal notices are sent to the policyholder" -> "... to the broker",
// "Discuss the claim with the adjuster" -> "... with the garage owner"). reason-object.ts leaves
// a lone word alone, since lone nouns are where unknown synonyms are most common; a party is the
// exception when the new one is a specific other party, not a generic word for the person the
// rule is about ("the policyholder" -> "the customer" says who in other words). Pure.
import type { Reason } from '../schema/records.ts';
import { oneToOneGroups, type StatementDiffInput } from './_statement-groups.ts';
import { isContent } from './_statements.ts';
import { normaliseWord, quote, sameRoot } from './_text.ts';
import { GENERIC_PARTIES, isParty, sameParty } from './_parties.ts';
import { changedStretch, oneWordSwap } from './_changed-stretch.ts';

/** Prepositions that lead to a party: whom a thing goes to, comes from, is done with or by. */
const PARTY_SLOTS = new Set(['to', 'with', 'from', 'by', 'for']);
const DETERMINERS = new Set(['the', 'a', 'an', 'their', 'your', 'our', 'his', 'her', 'its']);
/** Content words that must stay around the party for the rule to be the same rule. */
const FRAME_KEPT = 3;

/**
 * The one content word swapped in a sentence, with the word before it; null when more changed. The
 * new party may bring one modifier of its own ("to the police" -> "to the general manager").
 */
function loneSwap(before: readonly string[], after: readonly string[]): { gone: string; came: string; at: number; shown: string } | null {
  if (after.length === before.length + 1) {
    const { head: prefix, tail: suffix } = changedStretch(before, after);
    const [modifier = '', came = ''] = after.slice(prefix, prefix + 2);
    const gone = before[prefix] ?? '';
    if (prefix + suffix !== before.length - 1 || !isContent(gone) || !isContent(modifier) || !isContent(came) || DETERMINERS.has(modifier)) return null;
    return { gone, came, at: prefix, shown: `${modifier} ${came}` };
  }
  const one = oneWordSwap(before, after);
  return one && isContent(one.gone) && isContent(one.came) ? { ...one, shown: one.came } : null;
}

/** One reason per one-to-one sentence whose lone party word after to/with/from/by/for became another party. */
export function findPartiesReplaced(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const { group, previous, next } of oneToOneGroups(input.groups)) {
    const swap = loneSwap(previous.words, next.words);
    if (!swap) continue;
    const { gone, came, at, shown } = swap;
    // "greater than" -> "smaller than": comparatives end in -er too.
    if (previous.words[at + 1] === 'than') continue;
    // Past determiners and up to two kept modifiers ("to the registered owner").
    let slot = at - 1;
    let modifiers = 0;
    while (slot >= 0 && (DETERMINERS.has(previous.words[slot] ?? '') || (modifiers < 2 && isContent(previous.words[slot] ?? '') && !PARTY_SLOTS.has(previous.words[slot] ?? '')))) {
      if (!DETERMINERS.has(previous.words[slot] ?? '')) modifiers++;
      slot--;
    }
    // "into the policyholder's bank account" -> "the repairer's": a role word owning something names a person.
    const owns = (text: string, word: string): boolean => new RegExp(`\\b${word}['’]s\\b`, 'i').test(text);
    if (!PARTY_SLOTS.has(previous.words[slot] ?? '') && !(owns(previous.text, gone) && owns(next.text, came))) continue;
    if (!isParty(gone) || !isParty(came) || GENERIC_PARTIES.has(came) || sameParty(gone, came) || normaliseWord(gone) === normaliseWord(came)) continue;
    if (sameRoot(gone, came)) continue;
    if (previous.words.filter(isContent).length - 1 < FRAME_KEPT) continue;
    reasons.push({ code: 'object-replaced', message: `party replaced: "${gone}" -> "${shown}" in ${quote(group.nextText)}` });
  }
  return reasons;
}
