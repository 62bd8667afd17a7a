// A rate said as one word in one version and as "once a <period>" in the other ("at least once a
// month" = "no less than monthly", "check the logs daily" = "once a day"): before two versions are
// compared, the word is written as the phrase the other version uses, and a floor said "no less
// than"/"not less than"/"no fewer than" as the "at least" the other says, so the rate's number
// reads the same on both sides. Pure.

import { RATE_ADVERB_PERIODS as RATES, TIMES_WORDS } from './_numbers.ts';

/** "once", "twice", "thrice", "<n> times"; and every rate word, as regex alternations. */
const COUNT = `${Object.keys(TIMES_WORDS).join('|')}|\\w+ times`;
const RATE_WORD = Object.keys(RATES).join('|');
/** "twice daily": a count before a rate word. */
const COUNTED_RATE_WORD = new RegExp(`\\b(${COUNT}) (${RATE_WORD})\\b`, 'gi');
/** "once a week at minimum", "daily at a minimum". */
const RATE_AT_MINIMUM = new RegExp(`\\b((?:${COUNT}) (?:a|an|per|every) \\w+|${RATE_WORD}) at (?:a )?minimum\\b`, 'gi');
/** "at a minimum once a week". */
const AT_MINIMUM_RATE = new RegExp(`\\bat (?:a )?minimum,? (?=${COUNT}|${RATE_WORD})`, 'gi');

function foldInto(text: string, other: string): string {
  // "twice daily" is "twice a day"; "once a week at minimum" / "at a minimum once a week" is "at least once a week".
  let result = text
    .replace(COUNTED_RATE_WORD, (whole, count: string, word: string) => `${count} a ${RATES[word.toLowerCase()] ?? word}`)
    .replace(RATE_AT_MINIMUM, 'at least $1')
    .replace(AT_MINIMUM_RATE, 'at least ');
  for (const [word, period] of Object.entries(RATES)) {
    // Only a rate the other version says with "once" ("once a month", "once per month", "once every month").
    const said = new RegExp(`\\bonce (?:a|an|per|each|every) ${period}\\b`, 'i').exec(other);
    if (!said || new RegExp(`\\b${word}\\b`, 'i').test(other)) continue;
    result = result.replace(new RegExp(`\\b${word}\\b`, 'gi'), said[0].toLowerCase());
  }
  if (/\bat least\b/i.test(other) && !/\bat least\b/i.test(result)) result = result.replace(/\b(?:no|not) (?:less|fewer) than\b/gi, 'at least');
  if (/\bat most\b/i.test(other) && !/\bat most\b/i.test(result)) result = result.replace(/\b(?:no|not) (?:more|greater) than\b/gi, 'at most');
  return result;
}

/** Both versions with a one-word rate, and a floor or cap said with "no less/more than", in the other version's words. */
export function foldFrequencyWords(previous: string, next: string): [string, string] {
  return [foldInto(previous, next), foldInto(next, previous)];
}
