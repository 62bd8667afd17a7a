// `modal-weakened` for a duty turned into a choice left to someone, the act itself kept: "The
// stewards are obliged to hold an inquiry" -> "The stewards have discretion to hold an inquiry",
// "The beach marshal is required to watch every rider" -> "It is up to the beach marshal whether
// to watch every rider", "stop the track ... and call the on-call engineer" -> "... leave the day
// shift to decide whether to call the engineer", "the committee issues a written warning" -> "the
// committee may choose whether or not to issue ...". The modal reading compares the strength of the
// words that bind and knows neither construction (a plain statement has no modal to weaken, and
// "may choose whether" is read as "can", which a plain statement often means). Read as English:
// an act after "whether (or not) to" or after "discretion to / over / about" is an act someone may
// do or not; when the new sentence puts the old rule's own verb there and the old sentence put no
// act of its own in a choice, the duty became a choice, whoever it is left to ("decide", "choose",
// "it is up to", "leave ... to decide"). A choice kept ("decides whether to ground" -> "whether to
// ground is their decision") or a question put to someone about another act reads nothing. Round
// 26b (v27's stewards and beach marshal, and the telescope's engineer). Pure.
import type { Reason } from '../schema/records.ts';
import { alignSentences, oneToOnePairs } from './_align.ts';
import { normaliseWord, quote, STOP_WORDS, tokenizeWords } from './_text.ts';

/** An act put in a choice: the verb after "whether (or not) to" or after "discretion to / over / about". */
const CHOICE = /\b(?:whether (?:or not )?to|discretion (?:to|over|about|on|as to))(?: (?:also|always|still|even))? ([a-z]+)/g;

/** The verbs a sentence puts in a choice, normalised. */
function choices(sentence: string): string[] {
  return [...tokenizeWords(sentence).join(' ').matchAll(CHOICE)].map((match) => normaliseWord(match[1] ?? '')).filter((verb) => verb !== '' && !STOP_WORDS.has(verb));
}

export function findDutiesMadeChoices(previous: string, next: string): Reason[] {
  if (!/\b(?:whether|discretion)\b/i.test(next)) return [];
  const alignment = alignSentences(previous, next);
  // A sentence rewritten round the choice: the one old sentence left and the one new sentence come.
  const lone = alignment.unmatched.length === 1 && alignment.added.length === 1 ? [[alignment.unmatched[0]!, alignment.added[0]!] as const] : [];
  const reasons: Reason[] = [];
  for (const [old, now] of [...oneToOnePairs(alignment), ...lone]) {
    if (choices(old).length > 0) continue;
    const oldStems = new Set(tokenizeWords(old).map(normaliseWord));
    const act = choices(now).find((verb) => oldStems.has(verb));
    if (act) reasons.push({ code: 'modal-weakened', message: `duty left to choice: "${act}" is now something to decide whether to do in ${quote(now)}` });
  }
  return reasons;
}
