// `scope-narrowed` for the people a rule binds or serves replaced by some of them: a word for any
// one of a group ("member", "worker", "volunteer", "staff") replaced by a role within it ("Every
// crew member must be vetted" -> "Every crew leader must be vetted", v28; "Send the rota to every
// volunteer" -> "to every volunteer coordinator"). The one-word reading leaves people to the party
// readings, which read a party swapped for another named party; a member made a leader keeps the
// group and narrows who is in it. Read by the closed class of words that name anyone in a group and
// by the dictionary for the new word (a person in its commonest noun sense, not linked to the old
// one: "employee" -> "staff member" says the same), three content words kept round it. The other
// way, a role made any member, binds more people (stricter); a grant narrowed grants less. Round
// 28b. Pure: the dictionary is handed in.
import type { Reason } from '../schema/records.ts';
import type { Lexicon } from './_lexicon.ts';
import { neighbourhoodsMeet, senseNeighbourhood } from './_sense-neighbourhood.ts';
import { changedSentencePairs, changedWords } from './_changed-stretch.ts';
import { normaliseWord, quote, RULE_WORDS, sameRoot, STOP_WORDS, tokenizeWords } from './_text.ts';
import { isUnnegatedGrant } from './_unnegated-grant.ts';

/** Words that name any one of a group, whatever their role in it. */
const ANY_MEMBER = new Set([
  'member', 'members', 'worker', 'workers', 'employee', 'employees', 'staff', 'staffer', 'staffers', 'volunteer', 'volunteers',
  'person', 'people', 'adult', 'adults', 'participant', 'participants', 'individual', 'individuals', 'colleague', 'colleagues',
  'helper', 'helpers', 'personnel', 'attendee', 'attendees', 'everyone', 'everybody', 'anyone', 'anybody', 'teammate', 'teammates',
]);

/** Content words kept round the swap: the rule's frame. */
const KEPT_AROUND = 3;


const ownWord = (word: string): boolean => /^[a-z]{3,}$/.test(word) && !STOP_WORDS.has(word) && !RULE_WORDS.has(word);

/** The word for any member and the role that replaced it in a pair of sentences, or null. */
export function partyNarrowed(previous: string, next: string, lexicon: Lexicon): { gone: string; came: string } | null {
  if (isUnnegatedGrant(previous)) return null;
  const a = tokenizeWords(previous);
  const b = tokenizeWords(next);
  const { head, tail, gone, came: come } = changedWords(a, b);
  // One word for another ("member" -> "leader"), or a role named after the member word ("volunteer" -> "volunteer coordinator").
  const extended = gone.length === 0 && come.length === 1 && head > 0;
  const swapped = extended || (gone.length === 1 && come.length === 1) ? come[0] : undefined;
  const old = extended ? a[head - 1] : gone.length === 1 ? gone[0] : undefined;
  if (old === undefined || swapped === undefined || !ANY_MEMBER.has(old) || ANY_MEMBER.has(swapped) || !ownWord(swapped)) return null;
  if (sameRoot(normaliseWord(old), normaliseWord(swapped))) return null;
  if (lexicon.senses(swapped, 'n')[0]?.category !== 'noun.person') return null;
  if (neighbourhoodsMeet(senseNeighbourhood(lexicon, old), senseNeighbourhood(lexicon, swapped))) return null;
  const kept = a.filter((word, i) => (i < head - (extended ? 1 : 0) || i >= a.length - tail) && ownWord(word));
  return kept.length >= KEPT_AROUND ? { gone: old, came: swapped } : null;
}

export function findNarrowerParties(previous: string, next: string, lexicon: Lexicon): Reason[] {
  const reasons: Reason[] = [];
  for (const [old, now] of changedSentencePairs(previous, next)) {
    const narrowed = partyNarrowed(old, now, lexicon);
    if (narrowed) reasons.push({ code: 'scope-narrowed', message: `scope narrowed: "${narrowed.gone}", anyone in the group, became "${narrowed.came}", some of them, in ${quote(now)}` });
  }
  return reasons;
}
