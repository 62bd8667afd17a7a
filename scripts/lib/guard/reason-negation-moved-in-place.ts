// `negation-moved`: one "not" moved from one half of a sentence to the other, every other word kept
// in its order ("Crew meals are packed on a separate trolley and not with passenger meals" -> "Crew
// meals are not packed on a separate trolley but with passenger meals"; round 35b, v44's rescope).
// The count of negations is the same and the words are the same, so the negation and similarity
// readings saw nothing; what the rule holds for and what it refuses traded places. The conjunctions
// that carry the contrast ("and not" / "not ... but", a comma) are set aside. Pure.
import type { Reason } from '../schema/records.ts';
import { quote, splitSentences, tokenizeWords } from './_text.ts';

/** Words that only carry the contrast round the negation. */
const CONTRAST = new Set(['and', 'but', 'not', 'rather', 'instead']);

/** The sentence's words without the contrast words, and where (in those words) each "not" stands. */
function readNegations(sentence: string): { kept: string[]; at: number[] } {
  const kept: string[] = [];
  const at: number[] = [];
  for (const word of tokenizeWords(sentence)) {
    if (word === 'not') at.push(kept.length);
    if (!CONTRAST.has(word)) kept.push(word);
  }
  return { kept, at };
}

/** Words the rule keeps round the moved negation: a short sentence says too little to read. */
const MIN_KEPT = 5;

export function findNegationsMovedInPlace(previous: string, next: string): Reason[] {
  const reasons: Reason[] = [];
  const nowSentences = splitSentences(next).map((sentence) => ({ sentence, reading: readNegations(sentence) }));
  const oldSentences = new Set(splitSentences(previous));
  for (const old of oldSentences) {
    const was = readNegations(old);
    if (was.at.length !== 1 || was.kept.length < MIN_KEPT) continue;
    const now = nowSentences.find(({ sentence, reading }) => !oldSentences.has(sentence) && reading.at.length === 1 && reading.kept.join(' ') === was.kept.join(' '));
    if (!now) continue;
    const [from, to] = [was.at[0]!, now.reading.at[0]!];
    // "is not" / "not is" and the like: the same place said with a word between.
    if (Math.abs(from - to) < 2) continue;
    reasons.push({ code: 'negation-moved', message: `negation moved: "not" stood before "${was.kept[from] ?? ''}" and now stands before "${was.kept[to] ?? ''}" in ${quote(now.sentence)}` });
  }
  return reasons;
}
