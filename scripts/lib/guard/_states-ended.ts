// The act that would end a kept state, read from the dictionary (issue 11, round 33b: v40/v41's bans
// said as the state kept, "Do not mount a dish on a chimney stack" -> "Keep dishes off chimney
// stacks", "Never alter a measurement result" -> "Measurement results stay exactly as measured",
// "No glass is allowed anywhere on the poolside" -> "The poolside is kept entirely free of glass").
// `_states-kept.ts` names, for the acts it lists, the states their ban keeps; a ban of any other act
// read as no ban kept. English keeps a state against an act in three ways the dictionary can tell
// for any verb:
// - a state named by the act's own result, negated inside a word: "unsigned", "unaltered",
//   "unchanged" for "sign", "alter", "change" (the participle's verb shares a sense with the act);
// - a state of being as it was ("as it is", "exactly as measured", "unchanged") for an act of
//   changing (a verb that shares a sense with "change": alter, modify, amend, edit, adjust);
// - for an act that puts a thing somewhere (a verb of contact or motion, WordNet's "verb.contact"
//   and "verb.motion": mount, fix, hang, drive), or a thing "allowed" somewhere, the thing kept off,
//   out of, clear of or free of the place.
// The act is read where the ban says it: the first verb after the negation, as tagged by the
// part-of-speech tagger handed in with the dictionary. Pure: the dictionary and tagger are handed in.
import type { Lexicon } from './_lexicon.ts';
import { isVerbTag, tagWords } from './_part-of-speech.ts';

/** Auxiliaries, modals and adverbs between a negation and its act ("may not be", "do not ever"). */
const NOT_THE_ACT = /^(?:be|is|are|was|were|been|being|do|does|did|have|has|had|ever|even|to|let|get|got|must|may|can|shall|should|will|would)$/;
/** A thing said to be allowed (or permitted) somewhere: "No glass is allowed on the poolside". */
const ALLOWED = /^(?:allowed|permitted)$/;
/** WordNet's kinds of verb whose acts put a thing somewhere. */
const PUTTING = new Set(['verb.contact', 'verb.motion']);
/** States of a thing kept from a place: off, out of, away from, clear of, free of. */
export const KEPT_FROM_PLACE = ['off', 'out', 'away', 'clear', 'free', 'outside'];
/** A state of being as it was: "stays as measured", "is left as it is", "remains exactly as signed". */
const AS_IT_WAS = /^(?:as|unchanged|unaltered|intact|untouched|original)$/;

/** The act a ban forbids, read by its part of speech: its word and whether it puts a thing somewhere. */
export interface ForbiddenVerb {
  written: string;
  /** Index of the verb in the words. */
  at: number;
  putting: boolean;
}

/** The first verb after the negation at `negation` (six words on at most), as tagged, or null. */
export function verbAfterNegation(words: readonly string[], negation: number, lexicon: Lexicon): ForbiddenVerb | null {
  if (!lexicon.tagger) return null;
  const tags = tagWords(lexicon.tagger, words);
  for (let i = negation + 1; i < Math.min(words.length, negation + 7); i++) {
    const word = words[i] ?? '';
    if (NOT_THE_ACT.test(word)) continue;
    if (ALLOWED.test(word)) return { written: word, at: i, putting: true };
    if (!isVerbTag(tags[i] ?? '')) continue;
    const [common] = lexicon.senses(word, 'v');
    return common ? { written: word, at: i, putting: PUTTING.has(common.category) } : null;
  }
  return null;
}

/** Whether two words share a verb sense. */
function shareVerbSense(a: string, b: string, lexicon: Lexicon): boolean {
  const ids = new Set(lexicon.senses(a, 'v').map((sense) => sense.id));
  return lexicon.senses(b, 'v').some((sense) => ids.has(sense.id));
}

/** Whether a verb is an act of changing: it shares a sense with "change", or one of its senses is a kind of one ("edit", "adjust"). */
function changes(act: string, lexicon: Lexicon): boolean {
  const change = new Set(lexicon.senses('change', 'v').map((sense) => sense.id));
  return lexicon.senses(act, 'v').some((sense) => change.has(sense.id) || (lexicon.broader?.(sense.id) ?? []).some((id) => change.has(id)));
}

/**
 * What follows an "as" that says a state of being as it was: a participle ("as measured", "as
 * signed") or a pronoun and its verb of being ("as it is", "as they were"); "as a customer asks"
 * says what it is made to be, no state kept.
 */
function asItWas(after: readonly string[]): boolean {
  const [first = '', second = ''] = after;
  return /^[a-z]{3,}(?:ed|en)$/.test(first) || (/^(?:it|they|he|she|this|these)$/.test(first) && /^(?:is|are|was|were|stands|stand)$/.test(second));
}

/**
 * Whether keeping `state` (a word after "stays", "is kept", "remains" ...; `after` the words after
 * it) is not doing `act`: the act's own result negated ("unaltered" for "alter"), a state of being
 * as it was for an act of changing, or a thing kept from a place for an act that puts it there
 * (`putsInPlace`).
 */
export function endedBy(act: string, state: string, after: readonly string[], lexicon: Lexicon, putsInPlace: boolean): boolean {
  if (putsInPlace && KEPT_FROM_PLACE.includes(state)) return true;
  if (AS_IT_WAS.test(state) && (state !== 'as' || asItWas(after)) && changes(act, lexicon)) return true;
  const result = /^un([a-z]{3,}(?:ed|en|t))$/.exec(state)?.[1];
  return result !== undefined && shareVerbSense(act, result, lexicon);
}
