// `object-replaced` for what a duty asks to be told or found out turned to another question, the
// rest kept: "Reception must tell each guest when their gate closes" -> "... where their gate is",
// "Finders must tell the office where each item was found, giving a position as exact as they can"
// -> "... when each item was found, giving a date ...". The wh-word opening the clause a duty's verb
// takes as its object says which fact is owed; another wh-word asks for another fact, often with
// one or two words round it changed to fit (a position -> a date), so no reading of a kept word or
// a noun replaced saw it. Read as a shape: in a duty aligned one to one, the changed stretch opens
// with one wh-word and its replacement opens with another, after the same kept content word (the
// party told or the thing asked about), and neither is a hedge ("where possible" -> "when needed"
// is qualifier-added's) or opens the sentence (a case: "When ..., call"). Round 48a (v54's and
// v71's drift misses; 3 regressions in 2 sets, no benign edit of the read sets). Pure.
import type { Reason } from '../schema/records.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { changedWords } from './_changed-stretch.ts';
import { isContent } from './_statements.ts';
import { readModal } from './_rule-words.ts';
import { quote } from './_text.ts';

const QUESTION_WORDS = /^(?:where|when|who|whom|what|why|how|which|whose)$/;
/** Wh-words that after a noun open a relative clause ("a named adult, who shows ID"): a question only after a verb of telling or asking. */
const RELATIVE = /^(?:who|whom|whose|which)$/;
/** Verbs whose object a question is: "told who", "ask which". */
const ASKING = /^(?:tell|tells|told|ask|asks|asked|explain|explains|explained|say|says|said|show|shows|shown|know|knows|check|checks|checked|confirm|confirms|confirmed|record|records|recorded|note|notes|noted|out|learn|decide|decides|agree|agrees|state|states|stated)$/;
/** Words after which a wh-word is a hedge or a case, not a question owed: "where possible", "when needed". */
const HEDGED = /^(?:possible|appropriate|needed|necessary|relevant|practical|practicable|feasible|convenient|required|applicable|available|asked|requested|in|doubt)$/;

/**
 * The wh-word a duty's object clause opened with and the one that replaced it, after the kept word
 * before them, when one sentence's words turned to the other's so; else null. Also asked by
 * requirements-kept-withdrawn.ts: a sentence whose question turned states no kept requirement.
 */
export function questionReplaced(previousWords: readonly string[], nextWords: readonly string[], previousText: string): { was: string; now: string; before: string } | null {
  const { head, gone, came } = changedWords(previousWords, nextWords);
  const [was = '', now = ''] = [gone[0], came[0]];
  if (head === 0 || was === now || !QUESTION_WORDS.test(was) || !QUESTION_WORDS.test(now)) return null;
  const before = previousWords[head - 1] ?? '';
  if (!isContent(before) || ((RELATIVE.test(was) || RELATIVE.test(now)) && !ASKING.test(before))) return null;
  if (HEDGED.test(previousWords[head + 1] ?? '') || HEDGED.test(nextWords[head + 1] ?? '')) return null;
  // A duty: what a grant or a plain statement lets be told is not owed.
  if ((readModal(previousText)?.strength ?? 0) < 3) return null;
  return { was, now, before };
}

export function findQuestionWordsReplaced(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ previous, next }) => {
    const replaced = questionReplaced(previous.words, next.words, previous.text);
    if (!replaced) return null;
    const { was, now, before } = replaced;
    return { code: 'object-replaced', message: `question replaced: "${was}" -> "${now}" after "${before}" in ${quote(next.text)}` };
  });
}
