// A kept condition that gained a limiting phrase with no condition word: "if two or more coolant
// pumps fail" -> "... fail during start-up", "when you leave your desk" -> "... for lunch", "if a
// guard is open" -> "if a guard that protects the blade is open". Every old word of the condition
// stays, in order, and one stretch comes in that opens with a word picking out some of the cases
// (a preposition of time, place or manner, or a relative pronoun) and brings a content word the old
// text never had: the condition now holds in fewer cases. A stretch that widens or stresses ("at
// any time", "in any way", "even ...") is none. Pure.
import { isContent } from './_statements.ts';
import { normaliseWord } from './_text.ts';
import { sharedEnds } from './_shared-ends.ts';

const LIMITING_OPENERS = new Set([
  'during', 'while', 'in', 'on', 'at', 'within', 'outside', 'inside', 'after', 'before', 'for', 'from', 'with', 'between',
  'by', 'under', 'over', 'near', 'through', 'throughout', 'via', 'that', 'which', 'who', 'whose', 'where', 'of',
]);
const WIDENING = /^(?:any|all|every|each|ever|even|whatsoever|whatever|either|anywhere|anyone|anything|always|whichever|whoever)$/;
/** A longer insertion is a clause of its own, read by other detectors. */
const MAX_INSERTED = 8;

/** The stretch inserted into `kept` to make `now`, and where, when every old word stays in order around one stretch. */
export function wordsInserted(kept: readonly string[], now: readonly string[]): { at: number; words: string[] } | null {
  if (now.length <= kept.length) return null;
  const { head: prefix, tail: suffix } = sharedEnds(kept, now);
  if (prefix + suffix !== kept.length) return null;
  return { at: prefix, words: now.slice(prefix, now.length - suffix) };
}

function insertedStretch(kept: readonly string[], now: readonly string[]): { at: number; words: string[] } | null {
  const found = wordsInserted(kept, now);
  return found && found.at > 0 && found.words.length <= MAX_INSERTED ? found : null;
}

/** The limiting phrase inserted into `kept` to make `now`, with where it went, or null. `oldStems`: every content stem of the old text. */
export function limitingInsertion(kept: readonly string[], now: readonly string[], oldStems: ReadonlySet<string>): { at: number; phrase: string } | null {
  const stretch = insertedStretch(kept, now);
  const [opener] = stretch?.words ?? [];
  if (!stretch || !opener || !LIMITING_OPENERS.has(opener)) return null;
  if (stretch.words.some((word) => WIDENING.test(word))) return null;
  const own = stretch.words.filter(isContent).map(normaliseWord).filter((stem) => !oldStems.has(stem));
  return own.length > 0 ? { at: stretch.at, phrase: stretch.words.join(' ') } : null;
}

/** The limiting phrase a condition gained over its old words, or null. */
export function limitingTail(kept: readonly string[], now: readonly string[], oldStems: ReadonlySet<string>): string | null {
  return limitingInsertion(kept, now, oldStems)?.phrase ?? null;
}
