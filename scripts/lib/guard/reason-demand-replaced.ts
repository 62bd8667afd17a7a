// `semantic-drift` for one stretch of a rule replaced by words that say another thing while the
// rest of the sentence stays word for word: the act it demands, what the act is done to, or the
// gate it waits for ("Lots that fail the freshness check are withdrawn from the auction" kept to
// "Lots that fail the freshness check are", then "the guest waits ... for a guide to come out and
// tow them in" -> "the guest turns to face the landing and pulls themselves in"; "go to press only
// after the customer has approved a digital proof in writing" -> "... has paid a 50% deposit";
// "phones the office at once and the standby hearse is sent" -> "phones the family at once and asks
// whether they would like to postpone"). A reviewer sees the frame kept and the demand changed to
// one that is no paraphrase; the readings of acts, objects and parties each know one slot and a
// kind of word, so a stretch running across slots passed. Read as a rule of English, not a list:
// the sentences the edit changed are paired in order and differ in one stretch (_changed-stretch.ts);
// the words the two stretches share are set aside (a kept word is the frame, "landing", "refit
// it"); what is left of each holds two content words at least, and at most a third of either side's
// words is said by a word of the other (the same word, a synonym, a broader or narrower word, a
// word derived from it: `saysWord`), where a rewording says most of them. Left to other readings:
// a stretch holding a modal, a negation or a hedge, an amount or a span of time in the old stretch
// (numbers are read as numbers), and a stretch an if/only/unless/before opens or closes (a case or
// an order). Asked only when no other reading blocks (round 26b). Pure: the dictionary is handed in.
import type { Reason } from '../schema/records.ts';
import type { Lexicon } from './_lexicon.ts';
import { neighbourhoodsMeet, senseNeighbourhood, type SenseNeighbourhood } from './_sense-neighbourhood.ts';
import { changedSentencePairs, changedWords } from './_changed-stretch.ts';
import { bindingFrame } from './_binding-frame.ts';
import { NUMBER_WORDS, PERIOD_SECONDS, RATE_ADVERB_PERIODS } from './_numbers.ts';
import { normaliseWord, quote, RULE_WORDS, sameRoot, STOP_WORDS, tokenizeWords } from './_text.ts';

/** Content words each side must bring beyond the words both stretches share: one word swapped is a reading of its own slot. */
const MIN_OWN = 2;
/** Content words kept round the stretch: the rule's subject and what picks it out, the frame. */
const MIN_FRAME = 3;
/** Content words of a kept opening beyond which the shared words are frame alone: an act and who or what it is done to. */
const MIN_OPENING = 2;
/** Share of either side's words another word may say: a rewording says most of them, a drift few. */
const MAX_SAID = 0.4;

/** Words that open a case, an order or a limit: a stretch holding one is read by the condition, order or scope readings. */
export const FRAMING = new Set(['if', 'unless', 'until', 'when', 'whenever', 'while', 'before', 'after', 'once', 'only', 'except', 'than', 'whether']);

/** Ordinals and words of how many or how often: an amount said again is the number readings' business. */
const AMOUNTS = new Set(['first', 'second', 'third', 'last', 'half', 'quarter', 'twice', 'once', 'double', 'single', 'every', 'each', 'all', 'both', 'either', 'any', 'some', 'most', 'few', 'several', 'many', 'minutes', 'hours', 'days', 'weeks', 'months', 'years']);

export function amountWord(word: string): boolean {
  return /\d/.test(word) || word in NUMBER_WORDS || AMOUNTS.has(word) || word in PERIOD_SECONDS || word.replace(/s$/, '') in PERIOD_SECONDS || word in RATE_ADVERB_PERIODS;
}

export const isOwnWord = (word: string): boolean => !STOP_WORDS.has(word) && !RULE_WORDS.has(word) && /^[a-z]{3,}$/.test(word);

/** Senses of a word read on one side: its most common ones, those a rule's plain words mean (rare senses link "come" to "turn"). */
const SENSES_READ = 4;

/** A word's senses read both ways: its common ones and all of them, each with the senses one link away. */
export interface WordSenses {
  common: SenseNeighbourhood;
  all: SenseNeighbourhood;
}

/**
 * Whether more of `words` than `limit` are said by a word of `others`: the same root, or a common
 * sense of one shared with, or one link from, any sense of the other ("complimentary" is a rare
 * sense of "free"; "come" and "turn" meet only in rare senses of both). Each word's senses are read
 * once into `read`, and the count stops at the limit.
 */
export function saidBy(lexicon: Lexicon, words: readonly string[], others: readonly string[], limit: number, read: Map<string, WordSenses>): boolean {
  const sensesFor = (word: string): WordSenses => {
    let found = read.get(word);
    if (!found) read.set(word, (found = { common: senseNeighbourhood(lexicon, word, SENSES_READ), all: senseNeighbourhood(lexicon, word) }));
    return found;
  };
  const alike = (a: string, b: string): boolean => {
    if (sameRoot(normaliseWord(a), normaliseWord(b))) return true;
    const first = sensesFor(a);
    const second = sensesFor(b);
    return neighbourhoodsMeet(first.common, second.all) || neighbourhoodsMeet(first.all, second.common);
  };
  let said = 0;
  for (const word of words) if (others.some((other) => alike(word, other)) && ++said > limit) return true;
  return false;
}

/** The old and new words of the one stretch replaced in a pair of sentences, when it changes the demand. */
export function demandStretchReplaced(previous: string, next: string, lexicon: Lexicon): { went: string[]; came: string[] } | null {
  const a = tokenizeWords(previous);
  const b = tokenizeWords(next);
  const { head, tail, gone, came: come } = changedWords(a, b);
  if (gone.length === 0 || come.length === 0) return null;
  if ([...gone, ...come].some((word) => RULE_WORDS.has(word)) || FRAMING.has(gone[0]!) || FRAMING.has(come[0]!) || gone.some(amountWord)) return null;
  const goneStems = new Set(gone.filter(isOwnWord).map(normaliseWord));
  const comeStems = new Set(come.filter(isOwnWord).map(normaliseWord));
  // Words both stretches keep are frame too, when the sentence's opening is kept ("Remind travellers
  // to bring their vaccination record to the appointment" -> "to keep their vaccination record with
  // their passport", round 27b); a stretch that opens the sentence rewords the whole demand ("Greet
  // families politely and offer ..." -> "Say good morning to families and offer ...").
  const sharedInside = [...goneStems].filter((stem) => comeStems.has(stem));
  const frame = [...a.slice(0, head), ...a.slice(a.length - tail)].filter(isOwnWord);
  const opening = a.slice(0, head).filter(isOwnWord).length;
  // A kept "must", "never" or "no" is frame too: it pins what a short rule demands (round 30b).
  const bound = bindingFrame([...a.slice(0, head), ...a.slice(a.length - tail)]);
  if (frame.length + bound + (opening > 0 ? sharedInside.length : 0) < MIN_FRAME) return null;
  // A frame that rests on the shared words behind an opening of the verb alone keeps no one the act
  // is done to: the stretch is the whole demand, and its shared words are what a rewording of it
  // keeps, so they count as said again ("Tell the customer the full deposit amount before they sign
  // the rental agreement" -> "Let the renter know the complete security deposit prior to their
  // signing the hire contract", v13: "deposit", "sign", "full", "rental" said of 7; guard28d).
  const saidShared = frame.length + bound < MIN_FRAME && opening < MIN_OPENING ? sharedInside.length : 0;
  const went = [...new Set(gone.filter((word) => isOwnWord(word) && !comeStems.has(normaliseWord(word))))];
  const came = [...new Set(come.filter((word) => isOwnWord(word) && !goneStems.has(normaliseWord(word)) && !amountWord(word)))];
  if (went.length < MIN_OWN || came.length < MIN_OWN) return null;
  const senses = new Map<string, WordSenses>();
  const goneLimit = MAX_SAID * (went.length + saidShared) - saidShared;
  const comeLimit = MAX_SAID * (came.length + saidShared) - saidShared;
  if (goneLimit < 0 || comeLimit < 0) return null;
  if (saidBy(lexicon, went, came, goneLimit, senses) || saidBy(lexicon, came, went, comeLimit, senses)) return null;
  return { went, came };
}

export function findDemandsReplaced(previous: string, next: string, lexicon: Lexicon): Reason[] {
  const reasons: Reason[] = [];
  for (const [old, now] of changedSentencePairs(previous, next)) {
    const replaced = demandStretchReplaced(old, now, lexicon);
    if (replaced) reasons.push({ code: 'semantic-drift', message: `demand replaced in a kept frame: "${replaced.went.join(' ')}" gave way to "${replaced.came.join(' ')}" in ${quote(now)}` });
  }
  return reasons;
}
