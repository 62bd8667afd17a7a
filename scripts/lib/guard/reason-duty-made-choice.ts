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
import { escapeRegExp, normaliseWord, quote, STOP_WORDS, tokenizeWords } from './_text.ts';

/** An act put in a choice: the verb after "whether (or not) to" or after "discretion to / over / about". */
const CHOICE = /\b(?:whether (?:or not )?to|discretion (?:to|over|about|on|as to))(?: (?:also|always|still|even))? ([a-z]+)/g;

/** The verbs a sentence puts in a choice, normalised. */
function choices(sentence: string): string[] {
  return [...tokenizeWords(sentence).join(' ').matchAll(CHOICE)].map((match) => normaliseWord(match[1] ?? '')).filter((verb) => verb !== '' && !STOP_WORDS.has(verb));
}

/** A duty said of the act that opens the sentence: "Offering tap water ... is part of every server's job", "is required". */
const ACT_BOUND = / (?:is|are) (?:(?:a |an )?(?:part of|among) [a-z' ]*?\b(?:job|jobs|duties|duty|role|responsibilities|responsibility|remit)|(?:required|compulsory|mandatory|obligatory|expected)|(?:every|each|the|their|our|a) [a-z' ]*?\b(?:job|duty|responsibility))\b/;
/** The same act said to be left to someone's choice: "is left to each server's discretion", "is optional", "is up to the server". */
const ACT_CHOSEN = / (?:is|are) (?:left to [a-z' ]*?\bdiscretion|left to [a-z' ]*?\bjudgement|at [a-z' ]*?\bdiscretion|optional|voluntary|up to (?:each|every|the|their|our|a)? ?[a-z']+)\b/;

/**
 * The act opening a sentence said to be a duty in the old version and left to someone's choice in
 * the new one, the words before "is" kept ("Offering tap water to every table without being asked
 * is part of every server's job" -> "... is left to each server's discretion"; round 38a, v51's
 * obligation miss); the opening said as it was.
 */
function actLeftToChoice(old: string, now: string): string | null {
  const [before, after] = [` ${tokenizeWords(old).join(' ')} `, ` ${tokenizeWords(now).join(' ')} `];
  const bound = ACT_BOUND.exec(before);
  const chosen = ACT_CHOSEN.exec(after);
  if (!bound || !chosen || ACT_CHOSEN.test(before)) return null;
  if (before.slice(0, bound.index) !== after.slice(0, chosen.index)) return null;
  // Quoted as written: the word lists drop a possessive's "'s" ("the night warden's discretion").
  const written = new RegExp(chosen[0].trim().split(' ').map(escapeRegExp).join("(?:['’]s)?\\s+"), 'i').exec(now);
  return written ? written[0] : chosen[0].trim();
}

export function findDutiesMadeChoices(previous: string, next: string): Reason[] {
  if (!/\b(?:whether|discretion|optional|voluntary|up to)\b/i.test(next)) return [];
  const alignment = alignSentences(previous, next);
  // A sentence rewritten round the choice: the one old sentence left and the one new sentence come.
  const lone = alignment.unmatched.length === 1 && alignment.added.length === 1 ? [[alignment.unmatched[0]!, alignment.added[0]!] as const] : [];
  const reasons: Reason[] = [];
  for (const [old, now] of [...oneToOnePairs(alignment), ...lone]) {
    const left = actLeftToChoice(old, now);
    if (left) {
      reasons.push({ code: 'modal-weakened', message: `duty left to choice: the act is now "${left}" in ${quote(now)}` });
      continue;
    }
    if (choices(old).length > 0) continue;
    const oldStems = new Set(tokenizeWords(old).map(normaliseWord));
    const act = choices(now).find((verb) => oldStems.has(verb));
    if (act) reasons.push({ code: 'modal-weakened', message: `duty left to choice: "${act}" is now something to decide whether to do in ${quote(now)}` });
  }
  return reasons;
}
