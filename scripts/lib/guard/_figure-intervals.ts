// Every figure of a sentence read as the interval of values its rule admits (issue 11, round 32c).
// The guard read a figure's bound in three places with word tests of their own (reason-number's
// `boundBefore`/`readDirection`, `_entailed-tightenings.ts`'s `amountTightened`,
// `_bounds-other-side.ts`'s `readBounds`), each on some of the ways a bound is said, so a faithful
// rewording of a bound read as a figure changed: "no more than 30 hours" -> "30 hours is the most",
// "A player cannot be registered with two bands" -> "registration is limited to one band",
// "Members must be at least 18" -> "Nobody under 18 can join", "24-hour" -> "around the clock".
// Here a figure is what is bounded (its unit, or the noun it counts), the interval its bound words
// admit ("no more than N", "N is the most", "up to N", "N or fewer", "under N", "at least N",
// "within N of", "less than N before", "limited to N", "before they are N weeks old"), turned to
// its complement by a negation of its clause ("Nobody under 18 can join" admits 18 and over,
// "cannot be registered with two bands" admits one at most), whichever way the figure is said
// (digits, words, "once", "a single time", "a fortnight", "a quarter of an hour", "around the
// clock", a time of day in words). Whether an end is included is kept for whole counts ("more than
// one" = "two or more") and not read for measures, which rules are not written to that precision.
// `readFigureIntervals` gives one sentence's intervals; `sameIntervals` compares two texts'. Pure.
import { CURRENCY_SCALES, NUMBER_WORDS } from './_numbers.ts';
import { isMeasured, unitKey, UNITS } from './_quantity-units.ts';
import { normaliseWord, RULE_WORDS, splitSentences, STOP_WORDS } from './_text.ts';
import { wordTable } from './_word-table.ts';
import { NEGATIONS as NEGATIONS_PROPER } from './_rule-words.ts';

export interface FigureInterval {
  /** What is bounded: a unit's dimension ("time", "mass", "clock"), else "count:" and the stem of the noun counted. */
  quantity: string;
  /** The lowest and highest value admitted, in the dimension's base unit (a count in whole numbers). */
  low: number;
  high: number;
  /** The figure's words as written, for messages. */
  said: string;
  /** For a time of day, the half of the day it names, when it names one. */
  half?: 'am' | 'pm';
  /** How the bound was said: its side as written (before a negation turned it), whether a negation turned it, whether a superlative named it ("is the most"). */
  written: 'cap' | 'floor' | 'point';
  negated: boolean;
  edge: boolean;
  /** A negation of its clause the interval could not take in ("must not take aspirin in the 24 hours before"): the rule's, not the bound's. */
  unturned: boolean;
  /**
   * A bound in the subject of a grant with no "only" ("Loads under 20 kg may be lifted alone"): it
   * admits its interval and says nothing of the rest, so it is no ban of the rest (round 26a).
   */
  grantsSome: boolean;
}

/** Bounds before a figure, longest first: the side they admit and whether the figure itself is in. */
const BEFORE: ReadonlyArray<readonly [string, 'cap' | 'floor', boolean]> = (
  [
    ['no more than', 'cap', true], ['not more than', 'cap', true], ['at most', 'cap', true], ['at the most', 'cap', true], ['up to', 'cap', true],
    ['a maximum of', 'cap', true], ['maximum of', 'cap', true], ['no longer than', 'cap', true], ['no greater than', 'cap', true], ['no higher than', 'cap', true],
    ['no later than', 'cap', true], ['not later than', 'cap', true], ['within', 'cap', true], ['not exceeding', 'cap', true], ['not to exceed', 'cap', true],
    ['limited to', 'cap', true], ['restricted to', 'cap', true], ['capped at', 'cap', true], ['a limit of', 'cap', true],
    ['under', 'cap', false], ['below', 'cap', false], ['less than', 'cap', false], ['fewer than', 'cap', false], ['younger than', 'cap', false], ['shorter than', 'cap', false], ['lower than', 'cap', false],
    ['at least', 'floor', true], ['at the least', 'floor', true], ['a minimum of', 'floor', true], ['minimum of', 'floor', true], ['no fewer than', 'floor', true], ['not fewer than', 'floor', true],
    ['no less than', 'floor', true], ['not less than', 'floor', true], ['no younger than', 'floor', true], ['no sooner than', 'floor', true], ['no earlier than', 'floor', true],
    ['more than', 'floor', false], ['over', 'floor', false], ['above', 'floor', false], ['older than', 'floor', false], ['longer than', 'floor', false], ['greater than', 'floor', false],
    ['exceeding', 'floor', false], ['in excess of', 'floor', false], ['beyond', 'floor', false],
  ] as const
).toSorted((a, b) => b[0].split(' ').length - a[0].split(' ').length);

/** Bounds after a figure and its unit or noun ("4 bags or fewer", "18 and over", "at most"). */
const AFTER: ReadonlyArray<readonly [string, 'cap' | 'floor']> = [
  ['or more', 'floor'], ['or over', 'floor'], ['or above', 'floor'], ['or older', 'floor'], ['and over', 'floor'], ['and older', 'floor'], ['and above', 'floor'], ['or longer', 'floor'], ['or greater', 'floor'], ['at least', 'floor'],
  ['or fewer', 'cap'], ['or less', 'cap'], ['or under', 'cap'], ['or younger', 'cap'], ['and under', 'cap'], ['and younger', 'cap'], ['or below', 'cap'], ['or lower', 'cap'], ['or shorter', 'cap'], ['at most', 'cap'],
];

/** Superlatives that name a figure as the edge of what is admitted ("30 hours is the most", "16 is the minimum age"). */
const EDGES: Readonly<Record<string, 'cap' | 'floor'>> = wordTable({
  most: 'cap', maximum: 'cap', max: 'cap', longest: 'cap', latest: 'cap', largest: 'cap', highest: 'cap', furthest: 'cap', oldest: 'cap', limit: 'cap',
  least: 'floor', minimum: 'floor', min: 'floor', shortest: 'floor', earliest: 'floor', youngest: 'floor', lowest: 'floor', fewest: 'floor',
});

/**
 * Negations of a clause; "no" before a bound word of its own ("no more than") is the bound's, read
 * first. The negations proper (_rule-words.ts) with "cannot" and "noone" written as one word: its own
 * old set answered alike on every lookup of every read set (round 40c; it never met "nowhere",
 * "neither" or "nor").
 */
const NEGATIONS: ReadonlySet<string> = new Set([...NEGATIONS_PROPER, 'cannot', 'noone']);
/** Words that end a clause: a figure's negations are counted within its clause. */
const CLAUSE_END = /^(?:[;:,]|and|but|or|if|when|whenever|unless|who|which|that|because)$/;
/** Verbs of reaching an age or a span: "before they are four weeks old" = "before reaching four weeks of age". */
const REACHING = /^(?:are|is|turn|turns|turning|reach|reaches|reaching|become|becomes|becoming|they|it|he|she|the|child|baby|puppy|animal)$/;

/** Figures said as words of their own, to an amount in a unit `UNITS` knows. */
const SAID_AS: ReadonlyArray<{ words: readonly string[]; value: number; unit: string }> = [
  { words: ['around', 'the', 'clock'], value: 24, unit: 'hour' },
  { words: ['round', 'the', 'clock'], value: 24, unit: 'hour' },
  { words: ['day', 'and', 'night'], value: 24, unit: 'hour' },
  { words: ['a', 'fortnight'], value: 14, unit: 'day' },
  { words: ['a', 'quarter', 'of', 'an', 'hour'], value: 15, unit: 'minute' },
  { words: ['three', 'quarters', 'of', 'an', 'hour'], value: 45, unit: 'minute' },
  { words: ['half', 'an', 'hour'], value: 30, unit: 'minute' },
  // "a quarter-hour break", "every half-hour" (the hyphen is no token).
  { words: ['quarter', 'hour'], value: 15, unit: 'minute' },
  { words: ['half', 'hour'], value: 30, unit: 'minute' },
  { words: ['an', 'hour', 'and', 'a', 'half'], value: 90, unit: 'minute' },
  { words: ['a', 'single', 'time'], value: 1, unit: '' },
  { words: ['one', 'time'], value: 1, unit: '' },
  { words: ['once'], value: 1, unit: '' },
  { words: ['twice'], value: 2, unit: '' },
];

/** Words before "one" that make it no count ("no one", "each one", "at one"), and after it ("one of", "one another"). */
const NOT_A_COUNT_BEFORE_ONE = new Set(['no', 'any', 'every', 'each', 'some', 'the', 'this', 'that', 'which', 'at', 'other']);
const NOT_A_COUNT_AFTER_ONE = new Set(['of', 'another', 'who', 'that', 'which', 'by', 'or']);

function tokensOf(sentence: string): string[] {
  const lowered = sentence
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/n't\b/g, ' not')
    .replace(/\bcan not\b/g, 'cannot')
    .replace(/\bno one\b/g, 'noone')
    .replace(/\b24\/7\b/g, 'around the clock')
    // "4 p.m.", "4pm", "11.30 pm": the half of the day as one word.
    .replace(/(\d)\s*([ap])\.?\s?m\b\.?/g, '$1 $2m');
  return lowered.match(/[£$€/]|\d+(?::\d{2})?(?:\.\d+)?|[a-z]+(?:'[a-z]+)?|[;:,]/g) ?? [];
}

/** The minutes after midnight or noon of a time of day at `tokens[i]`, its half of the day, and where it ends; null when none. */
function timeOfDay(tokens: readonly string[], i: number): { minutes: number; half?: 'am' | 'pm'; end: number } | null {
  const token = tokens[i] ?? '';
  const hourWord = (word: string | undefined): number | null => {
    const value = /^\d{1,2}$/.test(word ?? '') ? Number(word) : NUMBER_WORDS[word ?? ''];
    return value !== undefined && value >= 1 && value <= 12 ? value : null;
  };
  let minutes: number | null = null;
  let end = i + 1;
  let half: 'am' | 'pm' | undefined;
  const clock = /^(\d{1,2}):(\d{2})$/.exec(token) ?? (/^(?:am|pm)$/.test(tokens[i + 1] ?? '') ? /^(\d{1,2})\.(\d{2})$/.exec(token) : null);
  if (clock) {
    const hours = Number(clock[1]);
    minutes = (hours % 12) * 60 + Number(clock[2]);
    // "14:00" is after noon, "04:30" and "10:00" before it: two figures of the hour are the
    // 24-hour clock, which names its half (the guard writes "10 p.m." as "22:00", _clock-times.ts).
    if (hours >= 13 || (hours === 12 && (clock[1] ?? '').length === 2)) half = 'pm';
    else if ((clock[1] ?? '').length === 2) half = 'am';
  } else if (/^(?:half|quarter)$/.test(token) && /^(?:past|to)$/.test(tokens[i + 1] ?? '') && hourWord(tokens[i + 2]) !== null) {
    const hour = hourWord(tokens[i + 2]) ?? 0;
    const offset = token === 'half' ? 30 : 15;
    minutes = ((hour % 12) * 60 + (tokens[i + 1] === 'past' ? offset : -offset) + 720) % 720;
    end = i + 3;
  } else if (hourWord(token) !== null && /^o'clock$/.test(tokens[i + 1] ?? '')) {
    minutes = ((hourWord(token) ?? 0) % 12) * 60;
    end = i + 2;
  } else if (hourWord(token) !== null && /^(?:am|pm)$/.test(tokens[i + 1] ?? '')) {
    minutes = ((hourWord(token) ?? 0) % 12) * 60;
  } else if (/^(?:noon|midday)$/.test(token)) {
    return { minutes: 0, half: 'pm', end: i + 1 };
  }
  if (minutes === null) return null;
  const after = tokens[end] ?? '';
  if (/^(?:am|pm)$/.test(after)) {
    half = after as 'am' | 'pm';
    end++;
  } else if (after === 'in' && tokens[end + 1] === 'the' && /^(?:morning|afternoon|evening)$/.test(tokens[end + 2] ?? '')) {
    half = tokens[end + 2] === 'morning' ? 'am' : 'pm';
    end += 3;
  }
  return { minutes, ...(half ? { half } : {}), end };
}

interface Figure {
  value: number;
  quantity: string;
  start: number;
  end: number;
  half?: 'am' | 'pm';
}

/** The figure that starts at `tokens[i]`, its amount in its dimension's base unit; null when none starts there. */
function figureAt(tokens: readonly string[], i: number): Figure | null {
  const time = timeOfDay(tokens, i);
  if (time) return { value: time.minutes, quantity: 'clock', start: i, end: time.end, ...(time.half ? { half: time.half } : {}) };
  for (const said of SAID_AS) {
    if (!said.words.every((word, k) => tokens[i + k] === word)) continue;
    // "at once" is "straight away", "once the form is signed" a conjunction: no count.
    // "once a week", "twice every shift": a rate, its period read by the rate readings, not here.
    if (/^(?:once|twice)$/.test(said.words[0] ?? '') && (tokens[i - 1] === 'at' || !/^(?:,|;|for|only|more|again|free|and|or)$/.test(tokens[i + 1] ?? ','))) continue;
    const [dimension, factor] = said.unit ? (UNITS[said.unit] ?? ['', 1]) : ['count:time', 1];
    return { value: said.value * factor, quantity: dimension, start: i, end: i + said.words.length };
  }
  const token = tokens[i] ?? '';
  let value: number | null = /^\d+(?:\.\d+)?$/.test(token) ? Number(token) : (NUMBER_WORDS[token] ?? null);
  if (token === 'a' && tokens[i + 1] === 'single') value = 1;
  if (value === null) return null;
  // "£10": the currency before the figure is what is counted; a scale after it is the amount's
  // ("£5 million" = "£5m", not "£5k": read as 5 both, "£5 million" -> "£5k" was a figure kept).
  if (/^[£$€]$/.test(tokens[i - 1] ?? '')) {
    const scale = CURRENCY_SCALES[tokens[i + 1] ?? ''];
    return { value: scale ? Number((value * scale).toPrecision(12)) : value, quantity: `currency:${tokens[i - 1]}`, start: i - 1, end: scale ? i + 2 : i + 1 };
  }
  if (token === 'one' && (NOT_A_COUNT_BEFORE_ONE.has(tokens[i - 1] ?? '') || NOT_A_COUNT_AFTER_ONE.has(tokens[i + 1] ?? '') || tokens.slice(i + 1).includes('another'))) return null;
  let at = token === 'a' ? i + 2 : i + 1;
  while (/^(?:full|whole|calendar|consecutive|clear)$/.test(tokens[at] ?? '')) at++;
  // "1.5 square metres", "6 cubic feet": a power of a unit, not the unit.
  if (/^(?:square|cubic|sq)$/.test(tokens[at] ?? '')) return { value, quantity: `${tokens[at]}:${unitKey(tokens[at + 1] ?? '') || tokens[at + 1]}`, start: i, end: at + 2 };
  let key = unitKey(tokens[at] ?? '');
  // "63 degrees Fahrenheit": the scale after "degrees" is the unit.
  if (key === 'degree' && (UNITS[unitKey(tokens[at + 1] ?? '')]?.[0] ?? '').startsWith('temperature:')) key = unitKey(tokens[++at] ?? '');
  const [dimension, factor] = key ? (UNITS[key] ?? ['', 1]) : ['', 1];
  if (dimension && isMeasured(dimension)) {
    // "2 L/min", "5 litres an hour", "10 hours a week": a rate, one amount over its period.
    const over = /^(?:\/|per|a|an|each|every)$/.test(tokens[at + 1] ?? '') ? unitKey(tokens[at + 2] ?? '') : '';
    const [period, length] = over ? (UNITS[over] ?? ['', 1]) : ['', 1];
    if (period) return { value: Number(((value * factor) / length).toPrecision(12)), quantity: `${dimension}/${period}`, start: i, end: at + 3 };
    return { value: Number((value * factor).toPrecision(12)), quantity: dimension, start: i, end: at + 1 };
  }
  // "three e-books", "two wall sessions": the count of the noun after it (a word or two before it).
  let noun = at;
  while (noun < at + 2 && tokens[noun + 1] !== undefined && /^[a-z]/.test(tokens[noun + 1] ?? '') && !STOP_WORDS.has(tokens[noun + 1] ?? '') && !/^(?:a|an|per|each|every|or|and|is|are)$/.test(tokens[noun + 1] ?? '') && !/s$/.test(tokens[noun] ?? '') && /s$/.test(tokens[noun + 1] ?? '')) noun++;
  const counted = tokens[noun] ?? '';
  if (!/^[a-z]/.test(counted) || STOP_WORDS.has(counted) || RULE_WORDS.has(counted)) return { value, quantity: 'count:', start: i, end: at };
  return { value, quantity: `count:${normaliseWord(counted)}`, start: i, end: noun + 1 };
}

/** The bound words before tokens[start], longest first; null when none. */
function boundBefore(tokens: readonly string[], start: number): { side: 'cap' | 'floor'; inclusive: boolean; from: number } | null {
  for (const [phrase, side, inclusive] of BEFORE) {
    const words = phrase.split(' ');
    if (words.every((word, k) => tokens[start - words.length + k] === word)) return { side, inclusive, from: start - words.length };
  }
  // "before they are four weeks old", "before reaching four weeks of age": an age not yet reached.
  for (let k = start - 1; k >= Math.max(0, start - 3); k--) {
    if (tokens[k] === 'before' && k < start - 1 && tokens.slice(k + 1, start).every((word) => REACHING.test(word))) return { side: 'cap', inclusive: false, from: k };
    if (!REACHING.test(tokens[k] ?? '')) break;
  }
  return null;
}

/** A bound after the figure, its unit or noun, and a parenthesis between commas ("30 hours a week, babysitting included, is the most"). */
function boundAfter(tokens: readonly string[], end: number): { side: 'cap' | 'floor'; edge: boolean } | null {
  let at = end;
  // The period of a rate ("30 hours a week") is part of the figure's phrase.
  if (/^(?:a|an|per|each|every)$/.test(tokens[at] ?? '') && unitKey(tokens[at + 1] ?? '')) at += 2;
  // "4 bags of compost or fewer": the counted thing's own "of" phrase.
  if (tokens[at] === 'of' && AFTER.some(([phrase]) => phrase.split(' ').every((word, k) => tokens[at + 2 + k] === word))) at += 2;
  for (const [phrase, side] of AFTER) if (phrase.split(' ').every((word, k) => tokens[at + k] === word)) return { side, edge: false };
  if (tokens[at] === ',') {
    const close = tokens.indexOf(',', at + 1);
    if (close > at && close - at <= 5) at = close + 1;
  }
  const edge = /^(?:is|are|was|were)$/.test(tokens[at] ?? '') && tokens[at + 1] === 'the' ? EDGES[tokens[at + 2] ?? ''] : undefined;
  return edge ? { side: edge, edge: true } : null;
  return null;
}

/** Modals that grant. */
const GRANTING = /^(?:may|can|could|might|allowed|permitted)$/;

/** Whether a bound stands before the grant of its clause, which no "only" limits ("Loads under 20 kg may be lifted alone"). */
function grantsSome(clause: readonly string[], lead: readonly string[], bounded: boolean): boolean {
  return bounded && !clause.includes('only') && !lead.some((word) => GRANTING.test(word)) && clause.some((word) => GRANTING.test(word));
}

/** Whether a count is of whole things: its ends are moved in by one where they are not included. */
const whole = (quantity: string): boolean => quantity.startsWith('count:');

/**
 * Each figure of one sentence as the interval its rule admits. A figure with no bound is a point,
 * except a count a negation forbids, which forbids that many and more ("cannot be registered with
 * two bands" admits one at most).
 */
export function readFigureIntervals(sentence: string): FigureInterval[] {
  const tokens = tokensOf(sentence);
  const intervals: FigureInterval[] = [];
  let i = 0;
  while (i < tokens.length) {
    const figure = figureAt(tokens, i);
    if (!figure) {
      i++;
      continue;
    }
    const before = boundBefore(tokens, figure.start);
    const after = before ? null : boundAfter(tokens, figure.end);
    let from = before ? before.from : figure.start;
    while (from > 0 && !CLAUSE_END.test(tokens[from - 1] ?? '')) from--;
    let to = figure.end;
    while (to < tokens.length && !CLAUSE_END.test(tokens[to] ?? '')) to++;
    // A negation of the figure's clause: before its bound, or the verb after a subject it bounds ("Members under 16 cannot hire").
    const lead = tokens.slice(from, before ? before.from : figure.start);
    const tail = tokens.slice(figure.end, Math.min(to, figure.end + 5));
    const negations = lead.filter((word) => NEGATIONS.has(word)).length + (lead.length <= 2 && tail.some((word) => word === 'cannot' || word === 'never' || word === 'not') ? 1 : 0);
    const side = before?.side ?? after?.side ?? null;
    const inclusive = before ? before.inclusive : true;
    const step = whole(figure.quantity) ? 1 : 0;
    let low = figure.value;
    let high = figure.value;
    if (side === 'cap') [low, high] = [0, inclusive ? figure.value : figure.value - step];
    else if (side === 'floor') [low, high] = [inclusive ? figure.value : figure.value + step, Infinity];
    else if (negations % 2 === 1 && whole(figure.quantity)) [low, high] = [figure.value, Infinity];
    // The negation admits the rest: below a floor, above a cap.
    const turns = negations % 2 === 1 && (side !== null || whole(figure.quantity));
    if (turns) [low, high] = high === Infinity ? [0, low - step] : [high + step, Infinity];
    intervals.push({ quantity: figure.quantity, low, high, said: tokens.slice(figure.start, figure.end).join(' '), ...(figure.half ? { half: figure.half } : {}), written: side ?? 'point', negated: turns, edge: after?.edge ?? false, unturned: negations % 2 === 1 && !turns, grantsSome: grantsSome(tokens.slice(from, to), lead, side !== null && !turns && !after?.edge) });
    i = figure.end;
  }
  return intervals;
}

function sameInterval(a: FigureInterval, b: FigureInterval): boolean {
  // "at least 18" and "Nobody under 18 can": a count with no noun matches a count of any.
  if (a.quantity !== b.quantity && !(whole(a.quantity) && whole(b.quantity) && (a.quantity === 'count:' || b.quantity === 'count:'))) return false;
  if ((a.half && b.half && a.half !== b.half) || a.unturned !== b.unturned || a.grantsSome !== b.grantsSome) return false;
  const near = (x: number, y: number): boolean => x === y || Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
  return near(a.low, b.low) && near(a.high, b.high);
}

/** A text's intervals, sentence by sentence. */
export function readTextIntervals(text: string): FigureInterval[] {
  return splitSentences(text).flatMap(readFigureIntervals);
}

/**
 * Whether two texts admit the same intervals of the same quantities, one for one (a counted noun
 * said in other words, "one band" / "two bands", matches any count): a figure reworded, its
 * interval kept. False when either reads none.
 */
export function sameIntervals(previous: readonly FigureInterval[], next: readonly FigureInterval[]): boolean {
  if (previous.length === 0 || previous.length !== next.length) return false;
  const left = [...next];
  for (const interval of previous) {
    const k = left.findIndex((other) => sameInterval(interval, other));
    if (k < 0) return false;
    left.splice(k, 1);
  }
  return true;
}
