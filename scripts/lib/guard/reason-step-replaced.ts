// `requirement-removed`: a step of a procedure replaced in its place by another step that asks for
// none of what it asked ("Before issuing a hot work permit, confirm that a fire watch has been
// named. Then ask for the signed gas test record and attach it to the permit." -> "... Then print
// the permit and hand it to the person who asked for it."; "A supervisor then witnesses the count
// and signs the float sheet" -> "The cashier then files the float sheet in the drawer"; "They must
// also show proof of a tetanus vaccination" -> "They will also be given a sanctuary T-shirt").
// The alignment reads the new step as the old one's counterpart or as a rule in other words
// (`rule-replaced`, advisory), and a plain duty's stand-in on another subject is no reading's, so a
// required step dropped whole passed when something stood in its place. Read as a rule of English:
// every other sentence is kept word for word, the changed sentence is a step after the first (its
// "then" or "also" says it goes on from the steps before it, and the new sentence keeps that word
// in its place), it states a duty, and of its own content words (those no kept sentence holds: what
// the step asked for, not the clause's topic) at most one is said in the new step, as itself, a
// synonym or a word one link away, while the new step brings words of its own; nor is the old step
// said again anywhere in the new text (`_requirement-kept.ts`). A step reworded keeps what it acts
// on ("the gas test record" -> "the signed record of the gas test"); one replaced keeps only the
// clause's topic. Round 45a (v64's four requirement misses; no benign edit of a read set holds
// the shape). Pure: the dictionary is handed in.
import type { Reason } from '../schema/records.ts';
import type { Lexicon } from './_lexicon.ts';
import { statesPlainDuty } from './_plain-duty.ts';
import { findRequirementKept, saysWord } from './_requirement-kept.ts';
import { isHardRequirement } from './_rule-words.ts';
import { isContent } from './_statements.ts';
import { normaliseWord, quote, splitSentences, tokenizeWords } from './_text.ts';

/** Words that say a sentence is a step going on from the ones before it. */
const STEP_WORDS: ReadonlySet<string> = new Set(['then', 'also']);
/** Words opening a case: its "then" is the case's consequence, not the next step. */
const CASE_WORDS: ReadonlySet<string> = new Set(['if', 'when', 'whenever', 'unless', 'once', 'where']);
/** Content words of its own the old step needs before its loss can be told from a rewording. */
const MIN_OWN = 3;
/** Of those, at most this many said again in the new step. */
const MAX_SAID = 1;
/** Content words of its own the new step must bring: it asks for something else. */
const MIN_NEW = 2;

const sameSentence = (a: string, b: string): boolean => a.replace(/[\s.!;:]+$/, '').trim().toLowerCase() === b.replace(/[\s.!;:]+$/, '').trim().toLowerCase();

/** Words naming anyone or how many: they say nothing of what a step asks for. */
const LOOSE: ReadonlySet<string> = new Set(['every', 'each', 'all', 'any', 'always', 'anyone', 'everyone', 'person', 'people', 'whoever']);

const contentWords = (sentence: string): string[] => tokenizeWords(sentence).filter((word) => isContent(word) && !/^\d/.test(word) && !LOOSE.has(word));

/** The step word the sentence goes on with, outside any case it opens; null if none. */
function stepWord(sentence: string): string | null {
  const words = tokenizeWords(sentence);
  for (const word of words) {
    if (CASE_WORDS.has(word)) return null;
    if (STEP_WORDS.has(word)) return word;
  }
  return null;
}

export function findStepsReplaced(previous: string, next: string, lexicon?: Lexicon | null): Reason[] {
  if (!lexicon) return [];
  const old = splitSentences(previous);
  const now = splitSentences(next);
  if (old.length < 2 || old.length !== now.length) return [];
  const changed = old.flatMap((sentence, i) => (sameSentence(sentence, now[i]!) ? [] : [i]));
  const [at] = changed;
  if (changed.length !== 1 || at === undefined || at === 0) return [];
  const step = old[at]!;
  const standIn = now[at]!;
  const word = stepWord(step);
  if (word === null || stepWord(standIn) !== word) return [];
  const kept = old.filter((_, i) => i !== at);
  if (!isHardRequirement(step) && !statesPlainDuty(step, kept, lexicon)) return [];
  const topic = new Set(kept.flatMap(contentWords).map(normaliseWord));
  const own = [...new Set(contentWords(step).filter((w) => !topic.has(normaliseWord(w))))];
  if (own.length < MIN_OWN) return [];
  const theirs = contentWords(standIn);
  const said = own.filter((w) => theirs.some((now) => saysWord(lexicon, w, now)));
  if (said.length > MAX_SAID) return [];
  const stepStems = new Set(contentWords(step).map(normaliseWord));
  const brought = theirs.filter((w) => !stepStems.has(normaliseWord(w)) && !topic.has(normaliseWord(w)));
  if (brought.length < MIN_NEW || findRequirementKept(step, next, lexicon)) return [];
  return [{ code: 'requirement-removed', message: `step replaced: ${quote(step)} gave way to ${quote(standIn)}, which asks for none of what it asked` }];
}
