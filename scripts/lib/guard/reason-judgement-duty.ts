// `modal-weakened` for a duty stated in the plain present and now left to its holder's judgement:
// "Permit officers assess every application against the published planning criteria" -> "Permit
// officers use their own judgement about what suits the neighbourhood". The modal reading sees no
// modal in the old sentence, so nothing to weaken, and the rest of the sentence is rewritten, so
// reason-plain-modal (only the modal came in) does not read it either. Read from words: a new
// sentence opening with the party of an old plain sentence of duty (three content words or more,
// no modal, no negation) says that party decides for itself ("use their own judgement", "use their
// discretion", "as they see fit", "decide for themselves"), and no old sentence did. Read without
// the sentence alignment, so a whole rewrite does not demote it. Pure.
import type { Reason } from '../schema/records.ts';
import { negationsIn, readModal } from './_rule-words.ts';
import { contentStems, normaliseWord, quote, splitSentences, tokenizeWords } from './_text.ts';

const JUDGEMENT = /\b(?:use (?:their|your|his|her|our) (?:own )?(?:judge?ment|discretion)|(?:as|whatever|however) (?:they|you) (?:see fit|think best|judge best|prefer)|decide for (?:themselves|yourself|himself|herself)|at (?:their|your|his|her) (?:own )?discretion)\b/;
const DETERMINERS = new Set(['the', 'a', 'an', 'all', 'every', 'each', 'our', 'your', 'their']);

/** The subject's first content word: the party a sentence is about. */
function party(sentence: string): string {
  return normaliseWord(tokenizeWords(sentence).find((word) => !DETERMINERS.has(word)) ?? '');
}

export function findDutiesLeftToJudgement(previous: string, next: string): Reason[] {
  if (JUDGEMENT.test(tokenizeWords(previous).join(' '))) return [];
  const duties = splitSentences(previous).filter((sentence) => readModal(sentence) === null && negationsIn(sentence).length === 0 && contentStems(sentence).length >= 3);
  for (const sentence of splitSentences(next)) {
    const found = JUDGEMENT.exec(tokenizeWords(sentence).join(' '));
    if (!found) continue;
    const duty = duties.find((old) => party(old) !== '' && party(old) === party(sentence));
    if (duty) return [{ code: 'modal-weakened', message: `modal weakened: a plain statement of duty (${quote(duty)}) -> "${found[0]}" in ${quote(sentence)}` }];
  }
  return [];
}
