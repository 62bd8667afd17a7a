// `number-changed`: a count of people or things said by a word that is no numeral dropped to one
// ("sign-off from a second supervisor" -> "from a supervisor", "counted by both cashiers" -> "by a
// cashier", "approved by the second manager" -> "by a manager"). The number reading reads "two" and
// "one"; "second" and "both" name a count too (a second person besides the first, two of them),
// and the noun is kept, so no other word went. Read: the one change in an aligned sentence is a
// count word (second, both, dual) going for an article or "one" before the same
// noun (in the singular or plural). In a prohibition the count is what is forbidden ("never leave
// both doors open"), fewer forbidden being stricter, so only a count after "without", "unless" or
// "except" (the company it waits for) is read there, and in a grant only a count of who takes part
// ("with", "by", "from"): fewer of what it gives is stricter. "another" for "a second" keeps the count.
// Round 23b (issue 11's "the second manager" -> "a manager", seen missed). Pure.
import type { Reason } from '../schema/records.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { changedWords } from './_changed-stretch.ts';
import { normaliseWord, quote } from './_text.ts';
import { ruleKind } from './_rule-kind.ts';

/** Words that count more than one of the noun after them; numerals ("two") are the number reading's. */
const COUNTS = /^(?:second|both|dual|twin)$/;
/** What may stand for one: an article or "one", "a single", "any". */
const ONE = /^(?:a|an|one|the|single|any|each|either)$/;
/** Nouns a count places rather than counts ("the second floor", "a second time"). */
const PLACES = /^(?:floor|floors|day|days|week|weeks|month|months|year|years|time|times|stage|half|row|line|page|step|level|round|tier|shift|term|sitting|session|visit|reading|hand|language)$/;

export function findCountsDropped(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) => {
    const a = previous.words;
    const b = next.words;
    const { head, tail, gone, came } = changedWords(a, b);
    // "a second supervisor" -> "a supervisor": only the count went; "both cashiers" -> "a cashier": the noun's number with it.
    let nounGone = a[a.length - tail];
    let nounCame = b[b.length - tail];
    let countWords = gone;
    let oneWords = came;
    if (gone.length >= 2 && came.length >= 2 && normaliseWord(gone.at(-1) ?? '') === normaliseWord(came.at(-1) ?? '')) {
      nounGone = gone.at(-1);
      nounCame = came.at(-1);
      countWords = gone.slice(0, -1);
      oneWords = came.slice(0, -1);
    }
    if (nounGone === undefined || nounCame === undefined || normaliseWord(nounGone) !== normaliseWord(nounCame) || PLACES.test(nounGone)) return null;
    if (countWords.length === 0 || countWords.length > 3 || oneWords.length > 2) return null;
    if (!countWords.some((word) => COUNTS.test(word)) || !countWords.every((word) => COUNTS.test(word) || ONE.test(word) || word === 'of')) return null;
    if (!oneWords.every((word) => ONE.test(word)) || (oneWords.length === 0 && !ONE.test(a[head - 1] ?? ''))) return null;
    const before = a.slice(Math.max(0, head - 6), head).join(' ');
    if (ruleKind(previous) === 'prohibition' && !/\b(?:without|unless|except)\b/.test(before)) return null;
    // In a grant the count is what it gives (fewer is stricter) unless it is who must take part.
    if (ruleKind(previous) === 'grant' && !/\b(?:with|without|unless|by|from|only)\b/.test(before)) return null;
    const said = (words: readonly string[], noun: string) => [...words, noun].join(' ');
    return { code: 'number-changed', message: `count dropped: "${said(countWords, nounGone)}" became "${said(oneWords, nounCame)}", one where there were two, in ${quote(group.nextText)}` };
  });
}
