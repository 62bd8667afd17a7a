// Numbers, counts, periods and bounds said in words: one table for each, read by every guard file
// that compares amounts (reason-number, _entailed-tightenings, _bounds-other-side, _rates, ...).
// Each reading used to keep a list of its own, and the lists had drifted apart ("thirteen" was a
// number to one file and a plain word to the next, "no higher than" a cap to one and nothing to
// another), so the same edit read differently depending on which detector looked. Pure.
import { wordTable } from './_word-table.ts';

/** Cardinal numbers written as one word, to their value. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = wordTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12,
});

/** Words that multiply the number before them ("five thousand"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = wordTable({ hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 });

/**
 * Scales after a currency amount, short or in words ("£5m", "£5 million", "$2bn", "£50k", "£5 hundred"):
 * after a currency "m" is no metre and "k" no kelvin. The number reading and the figure intervals read
 * money from this one table; they kept a list each, and the intervals' lacked "hundred", so "£5 hundred"
 * was £500 to one and £5 to the other (round 39c). Every scale word is kept: after a currency, as after
 * any figure, "hundred" multiplies ("5 hundred" is 500 to the number reading everywhere else).
 */
export const CURRENCY_SCALES: Readonly<Record<string, number>> = wordTable({ k: 1_000, m: 1_000_000, bn: 1_000_000_000, ...SCALE_WORDS });

/** How many times, as one word ("twice a day"). */
export const TIMES_WORDS: Readonly<Record<string, number>> = wordTable({ once: 1, twice: 2, thrice: 3 });

/**
 * Words after "once" that make it a conjunction ("once the form is signed", "once you arrive"),
 * not a count ("once a week", "once every month", "once more"): a determiner or pronoun opening a clause.
 */
export const CLAUSE_OPENERS_AFTER_ONCE: readonly string[] = ['the', 'your', 'my', 'our', 'their', 'his', 'her', 'its', 'it', 'they', 'you', 'we', 'he', 'she', 'i', 'all', 'this', 'that', 'these', 'those', 'someone', 'anyone', 'everyone', 'both'];

/** A regex alternation of every number word, longest first (so "fourteen" is not read as "four"). */
export const NUMBER_WORD_PATTERN = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|');

/** A day in seconds, the unit every period here is counted in. */
export const DAY = 86_400;

/**
 * Seconds in each period a rate can name ("every night", "once a fortnight"); months and years as
 * 30 and 365 days. No "second": "every second week" is every other week (lib/guard/_rates.ts reads
 * that, and seconds as a period after it).
 */
export const PERIOD_SECONDS: Readonly<Record<string, number>> = wordTable({
  minute: 60, hour: 3_600, day: DAY, night: DAY, morning: DAY, evening: DAY, week: 7 * DAY, fortnight: 14 * DAY,
  month: 30 * DAY, quarter: 91 * DAY, year: 365 * DAY,
});

/** The period each rate adverb names ("daily" is once a day). */
export const RATE_ADVERB_PERIODS: Readonly<Record<string, string>> = wordTable({
  hourly: 'hour', daily: 'day', nightly: 'night', weekly: 'week', fortnightly: 'fortnight', monthly: 'month', quarterly: 'quarter',
  yearly: 'year', annually: 'year',
});

/** Seconds between two times a rate adverb says something is done ("daily", "fortnightly"). */
export const RATE_ADVERB_SECONDS: Readonly<Record<string, number>> = wordTable(Object.fromEntries(Object.entries(RATE_ADVERB_PERIODS).map(([word, period]) => [word, PERIOD_SECONDS[period] ?? 0])));

/** Which side of its number a bound admits: "at most 5" admits what is below, "at least 5" what is above. */
export type BoundSide = 'up' | 'down';

export interface BoundWords {
  /** The words, lower case, as written before (or after) the number. */
  phrase: string;
  side: BoundSide;
  /**
   * `limit`: an amount a rule demands or allows, itself included ("at least 12 characters", "up to
   * three cards", "within 30 days"); `comparison`: a strict comparison, which after a noun picks the
   * cases a rule covers ("refunds over $200", "children younger than 5").
   */
  kind: 'limit' | 'comparison';
  /** For a bound carrying a negation of its own verb ("not exceed"), the bound it negates: readings that count negations read that one. */
  negates?: string;
}

const limit = (phrase: string, side: BoundSide): BoundWords => ({ phrase, side, kind: 'limit' });
const comparison = (phrase: string, side: BoundSide): BoundWords => ({ phrase, side, kind: 'comparison' });

/** Longest first, so that "no more than" is read before "more than" and "not less than" before "less than". */
const longestFirst = (bounds: BoundWords[]): BoundWords[] => bounds.sort((a, b) => b.phrase.split(' ').length - a.phrase.split(' ').length);

/** Bounds written before their number ("no more than 3", "over £200"), longest first. */
export const BOUNDS_BEFORE: readonly BoundWords[] = longestFirst([
  limit('at most', 'down'), limit('up to', 'down'), limit('no more than', 'down'), limit('not more than', 'down'),
  limit('no longer than', 'down'), limit('not longer than', 'down'), limit('no greater than', 'down'), limit('no larger than', 'down'),
  limit('no higher than', 'down'), limit('a maximum of', 'down'), limit('maximum of', 'down'), limit('maximum', 'down'), limit('max', 'down'),
  limit('within', 'down'), limit('no later than', 'down'), limit('not later than', 'down'),
  { ...limit('not exceed', 'down'), negates: 'exceed' }, { ...limit('not to exceed', 'down'), negates: 'exceed' }, { ...limit('not exceeding', 'down'), negates: 'exceeding' },
  comparison('under', 'down'), comparison('below', 'down'), comparison('less than', 'down'), comparison('fewer than', 'down'),
  comparison('lower than', 'down'), comparison('shorter than', 'down'), comparison('smaller than', 'down'), comparison('younger than', 'down'),
  limit('at least', 'up'), limit('a minimum of', 'up'), limit('minimum of', 'up'), limit('minimum', 'up'), limit('min', 'up'),
  limit('no less than', 'up'), limit('not less than', 'up'), limit('no fewer than', 'up'), limit('not fewer than', 'up'),
  limit('no lower than', 'up'), limit('not lower than', 'up'),
  comparison('more than', 'up'), comparison('over', 'up'), comparison('above', 'up'), comparison('greater than', 'up'),
  comparison('higher than', 'up'), comparison('larger than', 'up'), comparison('longer than', 'up'), comparison('older than', 'up'),
  comparison('exceeding', 'up'), comparison('exceeds', 'up'), comparison('exceed', 'up'), comparison('in excess of', 'up'), comparison('beyond', 'up'),
  // Round 22a: a comparative of size, speed, weight or distance bounds its figure as "more/less than"
  // does ("wind stronger than 10 knots", "loads heavier than 20 kg", "closer than 500 metres").
  ...['stronger', 'faster', 'quicker', 'heavier', 'bigger', 'deeper', 'wider', 'taller', 'thicker', 'steeper', 'louder', 'hotter', 'warmer', 'further', 'farther'].map((word) => comparison(`${word} than`, 'up')),
  ...['weaker', 'slower', 'lighter', 'shallower', 'narrower', 'thinner', 'quieter', 'colder', 'cooler', 'closer', 'nearer'].map((word) => comparison(`${word} than`, 'down')),
]);

/** Words of approximation a bound may stand before, its number after them ("faster than about 2.8 m/s"). */
export const APPROXIMATING: ReadonlySet<string> = new Set(['about', 'around', 'roughly', 'approximately']);

/** Bounds written after their number and its unit ("27 °C or higher", "5 metres or less"). */
export const BOUNDS_AFTER: readonly BoundWords[] = [
  limit('or higher', 'up'), limit('or more', 'up'), limit('or above', 'up'), limit('or over', 'up'), limit('or greater', 'up'), limit('or longer', 'up'), limit('and above', 'up'), limit('and over', 'up'), limit('or older', 'up'), limit('and older', 'up'), limit('or taller', 'up'), limit('or heavier', 'up'),
  limit('or lower', 'down'), limit('or less', 'down'), limit('or below', 'down'), limit('or under', 'down'), limit('or fewer', 'down'), limit('or shorter', 'down'), limit('and below', 'down'), limit('and under', 'down'), limit('or younger', 'down'), limit('and younger', 'down'), limit('or lighter', 'down'),
];

/** The phrases of the bounds before a number that admit a side, optionally of one kind. */
export function boundPhrases(side: BoundSide, kind?: BoundWords['kind']): string[] {
  return BOUNDS_BEFORE.filter((bound) => bound.side === side && (kind === undefined || bound.kind === kind)).map((bound) => bound.phrase);
}

/** The bounds said with a negated verb ("not exceed", "not to exceed"): their "not" bounds the number. */
export function boundsNegatingVerbs(): string[] {
  return BOUNDS_BEFORE.filter((bound) => bound.negates !== undefined).map((bound) => bound.phrase);
}

/** The bounds that open with "no"/"not" and negate no verb ("no more than", "not later than"). */
const NO_NOT_BOUNDS = BOUNDS_BEFORE.filter((bound) => /^(?:no|not) /.test(bound.phrase) && bound.negates === undefined).map((bound) => bound.phrase);

/** Orders in time said with a negation ("no earlier than 9 am"): like the bounds, never a rule's own "no". */
const NEGATED_TIME_ORDERS = ['no earlier than', 'not earlier than', 'no sooner than', 'not sooner than'];

/**
 * A regex alternation of every "no/not ... than" bound and order in time ("no more than", "not
 * later than", "no earlier than"): words that bound a number and negate nothing, for the readings
 * that count a sentence's negations. Not "not exceed": that "not" negates a verb.
 */
export const NEGATED_BOUND_PATTERN = [...NO_NOT_BOUNDS, ...NEGATED_TIME_ORDERS].join('|');

/**
 * The bounds that open with "no"/"not" ("no more than", "not later than"): a bound of their own,
 * not a negation of the rule they sit in. Matches whole words, case-insensitive, every occurrence.
 */
export const NEGATED_BOUNDS = new RegExp(`\\b(?:${NO_NOT_BOUNDS.join('|')})\\b`, 'gi');
