// `modal-weakened` for a duty said as information about the thing it demanded: "Mechanics are
// required to wear eye protection when truing wheels" -> "Mechanics are reminded that eye
// protection is available when truing wheels"; "Riders wear a helmet on every hack" -> "Helmets are
// provided for every hack". The thing the rule made someone use is still named, and a verb of
// telling may even bind someone to pass the news on, but nobody has to use it any more. Read as
// English: the new sentence states that a thing "is / are available, provided, supplied, offered,
// on hand, on offer, kept" (a predicate of having it there, no act on it), the thing's head noun
// stood after an act of the old sentence that binds (a modal of duty or a plain or imperative
// statement, no negation), that act's verb is gone from the new sentence, and the noun is named
// once there, so no other act on it says the duty again ("Every rider puts on a helmet; helmets
// are provided at the yard"). Round 26b (v25's eye protection, left by round 25b). Also the thing
// held out to the party the rule bound ("Bar staff are required to complete Challenge 25 training"
// -> "Bar staff are offered Challenge 25 training", "given the option of"): the party opens both
// sentences, the act's verb went, the thing is named once (round 27b). Pure.
import type { Reason } from '../schema/records.ts';
import { alignSentences, oneToOnePairs } from './_align.ts';
import { negationsIn, readModal } from './_rule-words.ts';
import { normaliseWord, NOUN_DETERMINERS, quote, STOP_WORDS, RULE_WORDS, tokenizeWords } from './_text.ts';

/** "<thing> is / are available" and its kin: a thing said to be there, with no act on it. */
const THERE = /\b([a-z]+) (?:is|are) (?:always |now |usually )?(?:available|provided|supplied|offered|on hand|on offer|kept|stocked)\b/g;
/** Words an act stands within before the thing it acts on ("wear [a] [clean] [eye] protection"). */
const ACT_REACH = 4;

/** Words whose stems the act can be: not the rule words, not function words, not the thing itself. */
const isActWord = (word: string): boolean => !STOP_WORDS.has(word) && !RULE_WORDS.has(word) && /^[a-z]{3,}$/.test(word);

/** The old act and its thing, when the new sentence says the thing is there and the act went. */
function dutyMadeInformation(old: string, now: string): { act: string; thing: string } | null {
  if (negationsIn(old).length > 0) return null;
  const modal = readModal(old);
  if (modal !== null && modal.strength < 3) return null;
  const a = tokenizeWords(old);
  const b = tokenizeWords(now);
  const newStems = b.map(normaliseWord);
  // "The snake room is kept at 28 °C" said again: the old sentence already said the thing is there.
  const thereBefore = new Set([...a.join(' ').matchAll(THERE)].map((match) => normaliseWord(match[1] ?? '')));
  for (const match of b.join(' ').matchAll(THERE)) {
    const thing = normaliseWord(match[1] ?? '');
    if (thereBefore.has(thing) || newStems.filter((stem) => stem === thing).length !== 1) continue;
    const at = a.findIndex((word) => normaliseWord(word) === thing);
    if (at < 0) continue;
    // The act is a verb: a word right after a determiner names a kind of the thing ("the snake room").
    const act = a.slice(Math.max(0, at - ACT_REACH), at).find((word, i, reach) => isActWord(word) && !NOUN_DETERMINERS.has(reach[i - 1] ?? a[at - ACT_REACH - 1] ?? '') && !newStems.includes(normaliseWord(word)));
    if (act) return { act, thing: match[1] ?? thing };
  }
  return offeredToTheDoer(a, b, newStems);
}

/** "<party> is / are offered <thing>": the party, then what is held out to it. */
const OFFERED = /^(.+?) (?:is|are) (?:offered|given the (?:option|chance) (?:of|to)) (.+)$/;
/** Words after "offered" in which the thing's head is looked for ("offered Challenge 25 training"). */
const OFFER_REACH = 5;

/**
 * "Bar staff are required to complete Challenge 25 training" -> "Bar staff are offered Challenge 25
 * training": the party the rule bound is now only offered the thing its act was done on. The
 * party's words open both sentences, the act's verb went and the thing is named once.
 */
function offeredToTheDoer(a: readonly string[], b: readonly string[], newStems: readonly string[]): { act: string; thing: string } | null {
  const offer = OFFERED.exec(b.join(' '));
  if (!offer) return null;
  const party = (offer[1] ?? '').split(' ').filter(isActWord).map(normaliseWord);
  // "Scans are offered from 7 weeks" -> "from 49 days": the old sentence held the party out the
  // thing already; no duty went, whatever word of it changed (round 30c, v35's scans: "weeks" read as the act).
  const offeredBefore = OFFERED.exec(a.join(' '));
  if (offeredBefore && (offeredBefore[1] ?? '').split(' ').filter(isActWord).map(normaliseWord).join(' ') === party.join(' ')) return null;
  const opening = new Set(a.slice(0, party.length + 2).map(normaliseWord));
  if (party.length === 0 || !party.every((stem) => opening.has(stem))) return null;
  for (const word of (offer[2] ?? '').split(' ').slice(0, OFFER_REACH)) {
    const thing = normaliseWord(word);
    if (!isActWord(word) || newStems.filter((stem) => stem === thing).length !== 1) continue;
    const where = a.findIndex((old) => normaliseWord(old) === thing);
    if (where < 0) continue;
    const act = a.slice(Math.max(0, where - ACT_REACH), where).find((old, i, reach) => isActWord(old) && !NOUN_DETERMINERS.has(reach[i - 1] ?? '') && !newStems.includes(normaliseWord(old)));
    if (act) return { act, thing: word };
  }
  return null;
}

export function findDutiesMadeInformation(previous: string, next: string): Reason[] {
  if (!/\b(?:available|provided|supplied|offered|on hand|on offer|kept|stocked|given the (?:option|chance))\b/i.test(next)) return [];
  const alignment = alignSentences(previous, next);
  // A sentence rewritten round the thing: the one old sentence left and the one new sentence come.
  const lone = alignment.unmatched.length === 1 && alignment.added.length === 1 ? [[alignment.unmatched[0]!, alignment.added[0]!] as const] : [];
  const reasons: Reason[] = [];
  for (const [old, now] of [...oneToOnePairs(alignment), ...lone]) {
    const found = dutyMadeInformation(old, now);
    if (found) reasons.push({ code: 'modal-weakened', message: `duty said as information: "${found.act}" went and "${found.thing}" is only said to be there in ${quote(now)}` });
  }
  return reasons;
}
