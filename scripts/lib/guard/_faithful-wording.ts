// Whether a reading already knows that the changed sentences of an edit say the same thing or a
// stricter one (round 41b), asked of the texts folded as evaluate-clause-change folds them (units,
// abbreviations, clock times, reordered items, ...): the two sides say the same words once the
// dictionary's shared senses are read in the old words ("keeps" for "holds") and a verb's particle
// is put back beside it ("turn the fryers off" = "turn off the fryers"), counted with their repeats
// in any order; or the one change is an item cut from a grant's list, fewer things allowed
// (reason-list-item-cut.ts), or a duty's or a ban's one case made to hold in every case by a
// concessive ("Log the call if the caller sounds distressed" -> "..., whatever the caller sounds
// like", reason-case-universal.ts, round 44c). The learned flag (_learned-shape.ts) reads the shape of the words as
// written, so it flagged such edits as it flags a thing replaced; it stands down on them. Pure: the
// dictionary is handed in.
import type { Lexicon } from './_lexicon.ts';
import { foldSenseWords } from './_sense-words.ts';
import { caseMadeUniversalStricter } from './reason-case-universal.ts';
import { grantedItemCut } from './reason-list-item-cut.ts';
import { tightenedInPlace } from './_tightened-in-place.ts';
import { quantitiesRestated } from './_quantity-restated.ts';
import { tokenizeWords } from './_text.ts';

/** A verb, its short object, then its particle: "turn the fryers off", "switch it on", "hand the keys back". */
const PARTICLE_AFTER_OBJECT = /\b(turn|switch|shut|put|take|hand|give|send|bring|carry|set|fill|write|pick|lock|close|open|clear|pass)(s|ed|ing)? ((?:it|them|(?:the|a|an|their|its|your|our|his|her|this|that|these|those|each|every) [a-z'-]+(?: [a-z'-]+)?)) (off|on|out|up|down|over|back|away)\b/gi;

/** A text with each verb's particle put back beside it. */
function particlesBesideVerbs(text: string): string {
  return text.replace(PARTICLE_AFTER_OBJECT, (_whole, verb: string, ending: string | undefined, object: string, particle: string) => `${verb}${ending ?? ''} ${particle} ${object}`);
}

/** The words of a text, sorted, with their repeats. */
function wordsOf(text: string): string {
  return tokenizeWords(particlesBesideVerbs(text)).sort().join(' ');
}

/**
 * Whether two folded versions say the same words once the dictionary's shared senses are read in
 * the old version's words. A side with no words (a sentence only added or removed) is no rewording.
 */
export function saysTheSameWords(previous: string, next: string, lexicon: Lexicon | null | undefined): boolean {
  if (previous.trim() === '' || next.trim() === '') return false;
  const [before, after] = foldSenseWords(particlesBesideVerbs(previous), particlesBesideVerbs(next), lexicon);
  return wordsOf(before) === wordsOf(after);
}

/**
 * Whether a reading knows the changed sentences say the same thing, or a stricter one by a grant's
 * item cut, by one level or rate word moved in place the stricter way (_tightened-in-place.ts, round 43d)
 * or by a duty's or a ban's case made universal (round 44c), or an amount said again in other units
 * or words, nothing else changed (_quantity-restated.ts, round 46c).
 */
export function knownFaithful(previous: string, next: string, lexicon: Lexicon | null | undefined): boolean {
  return saysTheSameWords(previous, next, lexicon) || (previous.trim() !== '' && next.trim() !== '' && (grantedItemCut(previous, next) || tightenedInPlace(previous, next) || caseMadeUniversalStricter(previous, next) || quantitiesRestated(previous, next)));
}
