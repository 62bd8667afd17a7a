// `exception-added`: a kept rule bounds how long or how much ("the driver waits no more than 3
// minutes"), and a new sentence lets some of the people or things it is about off the bound in words
// with no figure ("Regular passengers are waited for as long as they need"; round 35b, v45's
// rescope). The number readings compare figures and this sentence has none; the carve-out readings
// want a word of absence. Read: an old sentence with an upper bound and its figure kept word for word
// in the new text; a sentence new to the edit says "as long as they need", "however long it takes",
// "without a time limit", "indefinitely" or the like, shares a content word with the bound's
// sentence and negates nothing but in those words ("with no time limit"). Pure.
import type { Reason } from '../schema/records.ts';
import { NEGATIONS } from './_rule-words.ts';
import { contentStems, quote, splitSentences, tokenizeWords } from './_text.ts';

const UPPER_BOUND = /\b(?:no more than|not more than|no longer than|not longer than|at most|up to|a maximum of|maximum|at the most|for only|only)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|an? (?:hour|minute|day|week))/i;
const UNBOUNDED = /\b(?:(?:for )?as long as (?:they|he|she|it|you|we) (?:needs?|likes?|wants?|wish(?:es)?|takes?)|however long (?:it takes|they need|they like)|as much as (?:they|he|she|it) (?:needs?|likes?|wants?)|without (?:a|any) (?:time |)limit|with no (?:time |)limit|indefinitely|for an unlimited time|no matter how long)\b/i;

export function findBoundsLiftedForSome(previous: string, next: string): Reason[] {
  const oldSentences = splitSentences(previous);
  const nowSentences = splitSentences(next);
  const bounds = oldSentences.filter((sentence) => UPPER_BOUND.test(sentence) && nowSentences.includes(sentence));
  if (bounds.length === 0) return [];
  for (const added of nowSentences) {
    if (oldSentences.includes(added) || !UNBOUNDED.test(added) || UNBOUNDED.test(previous)) continue;
    // The "no" of "with no time limit", "no matter how long" is the lifting's own word, no negation of the sentence.
    if (tokenizeWords(added.replace(UNBOUNDED, ' ')).some((word) => NEGATIONS.has(word))) continue;
    const own = new Set(contentStems(added));
    const bound = bounds.find((sentence) => contentStems(sentence).some((stem) => own.has(stem)));
    if (!bound) continue;
    return [{ code: 'exception-added', message: `exception added: ${quote(added, 70)} lifts the bound of ${quote(bound, 70)} for some` }];
  }
  return [];
}
