// How often a rule says something is done, read as one period whatever the wording: "every other
// week", "once every three weeks", "every 30 days", "twice a day", "every twelve hours",
// "fortnightly", "every Monday". Two versions that each say one rate are compared by that period
// alone (lib/guard/reason-rate.ts), and a rate said as often or more often in other words is
// written as the old version's words before anything else compares numbers, so "every two weeks"
// -> "fortnightly" is no number removed. Pure.

import { boundPhrases, DAY, NUMBER_WORD_PATTERN, NUMBER_WORDS, PERIOD_SECONDS, RATE_ADVERB_SECONDS, TIMES_WORDS } from './_numbers.ts';

/** Seconds in each period, with the terms of a school year and the weekdays ("every Monday" is weekly). */
const PERIODS: Readonly<Record<string, number>> = {
  second: 1, ...PERIOD_SECONDS, term: 120 * DAY, semester: 182 * DAY, season: 91 * DAY,
  // A shift is a part of a working day, read as a third of one: "once a week" -> "at the start of every
  // shift" is done more often, "every shift" -> "every day" less often (round 40c, v31 and v45).
  shift: DAY / 3,
  monday: 7 * DAY, tuesday: 7 * DAY, wednesday: 7 * DAY, thursday: 7 * DAY, friday: 7 * DAY, saturday: 7 * DAY, sunday: 7 * DAY,
};
const ADVERBS: Readonly<Record<string, number>> = { ...RATE_ADVERB_SECONDS, biannually: 182 * DAY };
/**
 * How many periods "every N ..." spans; "every few hours" is read as three, "every couple of days"
 * as two. Not "one" ("every one of the ...") nor "zero".
 */
const SPANS: Readonly<Record<string, number>> = {
  other: 2, second: 2, third: 3, fourth: 4, few: 3, 'couple of': 2,
  ...Object.fromEntries(Object.entries(NUMBER_WORDS).filter(([, value]) => value > 1)), 'twenty-four': 24, 'forty-eight': 48,
};

const PERIOD = `(${Object.keys(PERIODS).join('|')})s?`;
/** Days that are worked: five in seven, so "every working day" is done less often than "every day". */
const WORKING = '(?:working|business|school|week)';
const WORKING_DAY_SHARE = 7 / 5;
const COUNT = `(${Object.keys(TIMES_WORDS).join('|')}|(?:${NUMBER_WORD_PATTERN}|\\d+) times)`;
const SPAN = `(\\d+|${Object.keys(SPANS).join('|')})`;
/**
 * "once every three weeks", "every other day", "every 30 days", "each morning", "every Monday";
 * "every working day" (five days in seven), and a rate placed at its period's start or end with
 * those words ("at the end of every working day" is daily, as "every day" is: round 30c, v32's
 * couplings "once a week" -> "at the end of every working day" read as a "once" removed).
 */
const EVERY = new RegExp(`\\b(?:at the (?:end|start|beginning|close) of )?(?:${COUNT} )?(?:every|each) (?:${SPAN} )?(${WORKING} )?${PERIOD}\\b`, 'g');
/** "twice a day", "three times per week", "once a fortnight". */
const PER = new RegExp(`\\b${COUNT} (?:a|an|per) ${PERIOD}\\b`, 'g');
/** "daily", "twice weekly". */
const ADVERB = new RegExp(`\\b(?:${COUNT} )?(${Object.keys(ADVERBS).join('|')})\\b`, 'g');

/**
 * Two parts of a day named as the times a duty is done: "every morning and every evening", "each
 * morning and afternoon", "every morning and at night". Twice a day, placed in it.
 */
const PARTS_OF_DAY = /\b(?:every|each) (morning|afternoon|evening|night) and (?:(?:every|each|in the|at) )?(morning|afternoon|evening|night)\b/g;

/** Periods that also say when in the period: weekdays and times of day. */
const PAIRED = /\b(?:morning|afternoon|evening|night) and\b/;
const PLACED = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b(?:morning|evening|night)s?\b/i;

/** A cap before a rate: "at most once a week", "no more than twice a day", "up to three times a week". */
const CAP = new RegExp(String.raw`\b(?:${[...boundPhrases('down', 'limit'), 'never more than', 'more often than'].join('|')})\s+$`);

const NEGATED = /\b(?:not|never|no one|nobody)\b|n't\b/;

export interface Rate {
  /** Seconds between two times it is done. */
  period: number;
  /** Said as a cap ("at most once a week"): done more often, the rule loosens. */
  cap: boolean;
  /** The words as written. */
  text: string;
  at: number;
}

function countOf(word: string | undefined): number {
  if (!word) return 1;
  const times = /^(\S+) times$/.exec(word)?.[1];
  if (times !== undefined) return /^\d+$/.test(times) ? Number(times) : NUMBER_WORDS[times] ?? 1;
  return TIMES_WORDS[word] ?? 1;
}

/** Every rate a text states, in order; "each time", "every session" (no period) are none. */
export function readRates(text: string): Rate[] {
  const lower = text.toLowerCase();
  const found: Rate[] = [];
  const taken: Array<[number, number]> = [];
  const add = (at: number, length: number, period: number): void => {
    if (taken.some(([start, end]) => at < end && at + length > start)) return;
    taken.push([at, at + length]);
    const before = lower.slice(Math.max(0, at - 24), at);
    // "Do not contact them more than once a day": a prohibition's "more than" caps the rate.
    found.push({ period, text: text.slice(at, at + length), at, cap: CAP.test(before) || (/\bmore than\s+$/.test(before) && NEGATED.test(lower)) });
  };
  for (const match of lower.matchAll(PARTS_OF_DAY)) if (match[1] !== match[2]) add(match.index, match[0].length, DAY / 2);
  for (const match of lower.matchAll(EVERY)) {
    // "the end of every day" is a deadline each day; the same period either way.
    const span = match[2] === undefined ? 1 : /^\d+$/.test(match[2]) ? Number(match[2]) : SPANS[match[2]] ?? 1;
    const working = match[3] !== undefined && match[4] === 'day' ? WORKING_DAY_SHARE : 1;
    add(match.index, match[0].length, ((PERIODS[match[4] ?? ''] ?? 0) * span * working) / countOf(match[1]));
  }
  for (const match of lower.matchAll(PER)) add(match.index, match[0].length, (PERIODS[match[2] ?? ''] ?? 0) / countOf(match[1]));
  for (const match of lower.matchAll(ADVERB)) add(match.index, match[0].length, (ADVERBS[match[2] ?? ''] ?? 0) / countOf(match[1]));
  return found.filter((rate) => rate.period > 0).sort((a, b) => a.at - b.at);
}

/**
 * The one rate each version states, or null when either states none or several, or names when in
 * its period it falls ("every Monday" -> "every Friday", "each morning" -> "each evening": the same
 * period at another time, which the number readings judge).
 */
export function soleRates(previous: string, next: string): [Rate, Rate] | null {
  const before = readRates(previous);
  const after = readRates(next);
  const [old] = before;
  const [now] = after;
  if (before.length !== 1 || after.length !== 1 || !old || !now) return null;
  // Two placed rates are compared only when both name two parts of a day ("every morning and
  // evening" against "twice a day" or "every morning and every night": as often, wherever placed),
  // or when their periods differ: "once a week" -> "every morning" is done more often wherever in
  // the day it falls (round 40c, v53); "every Monday" -> "every Friday" keeps its period and moves.
  const placedOnce = (rate: Rate): boolean => PLACED.test(rate.text) && !PAIRED.test(rate.text);
  return (placedOnce(old) || placedOnce(now)) && samePeriod(old, now) ? null : [old, now];
}

/** Within a tenth: "every 30 days" and "monthly" are one period. */
function samePeriod(old: Rate, now: Rate): boolean {
  return Math.abs(now.period - old.period) <= old.period * 0.1;
}

/**
 * One rate before and several after, none capped, each done at least as often as the old ("at
 * least once every two hours" -> "at least once an hour, and twice an hour after 22:00"): the first
 * is the old rate kept or tightened, the rest add to it (round 40c, v49). Null otherwise.
 */
function ratesAddedToOne(previous: string, next: string): [Rate, Rate] | null {
  const before = readRates(previous);
  const after = readRates(next);
  const [old] = before;
  const [first] = after;
  if (before.length !== 1 || after.length < 2 || !old || !first || old.cap) return null;
  return after.every((rate) => !rate.cap && rate.period <= old.period * 1.1) ? [old, first] : null;
}

/**
 * The new version with its one rate written in the old version's words ("every two weeks" ->
 * "fortnightly", "twice a day" -> "every twelve hours", "once every three weeks"): the number,
 * condition and order readings then see no change, and reason-rate alone judges the rate (on the
 * texts as written), so "once every" is not read as a new "once" condition.
 */
export function withRatesSaidAsBefore(next: string, previous: string): string {
  const rates = soleRates(previous, next) ?? ratesAddedToOne(previous, next);
  if (!rates) return withEachRateSaidAsBefore(next, previous);
  const [old, now] = rates;
  return next.slice(0, now.at) + old.text + next.slice(now.at + now.text.length + placementAfter(next, old, now).length);
}

/**
 * The time in its day a placed rate done more often names after it ("every morning before the
 * centre opens", "each night after closing"), to its clause's end: where in the period it falls,
 * said with the rate, not a case the old rate gains once written in the old words (round 40c, v53).
 */
function placementAfter(next: string, old: Rate, now: Rate): string {
  if (!PLACED.test(now.text) || now.period >= old.period * 0.9) return '';
  return /^ (?:before|after) [^,.;:!?\n]*/i.exec(next.slice(now.at + now.text.length))?.[0] ?? '';
}

/**
 * Several rates, as many in each version ("every 2 weeks from March to November and every 4 weeks
 * in winter" -> "fortnightly ... and every four weeks ..."): each new rate that says its old
 * counterpart's period, in the same place in order and capped alike, written in the old words
 * (round 38c, v50's garden waste rounds). A rate that moved stays as written, so the number
 * readings still read it ("every 4 weeks" -> "every 6 weeks"), and so does a pair turned round.
 */
function withEachRateSaidAsBefore(next: string, previous: string): string {
  const before = readRates(previous);
  const after = readRates(next);
  if (before.length < 2 || before.length !== after.length) return next;
  let written = next;
  for (let k = after.length - 1; k >= 0; k--) {
    const old = before[k]!;
    const now = after[k]!;
    if (old.period !== now.period || old.cap !== now.cap || PLACED.test(old.text) !== PLACED.test(now.text)) continue;
    written = written.slice(0, now.at) + old.text + written.slice(now.at + now.text.length);
  }
  return written;
}
