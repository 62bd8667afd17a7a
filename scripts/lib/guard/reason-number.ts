// `number-changed`: a number, limit or unit changed or disappeared ("30 days" -> "60 days",
// "5 MB" -> "5 GB", "three" -> "five", "at most 2" -> "at least 2"). Equal amounts written
// differently ("14 days" and "two weeks", "3" and "three") are the same number. Pure.
import type { Reason } from '../schema/records.ts';
import { normaliseWord, STOP_WORDS } from './_text.ts';
import { maskReferences } from './reason-reference.ts';

interface Quantity {
  value: number;
  /** What is counted: `time`, `bytes`, `percent`, `currency:usd`, or the stem of the noun after it. */
  dimension: string;
  /** `le` for at most/up to/within/under, `ge` for at least/more than/over, else empty. */
  bound: '' | 'le' | 'ge';
  /** As written, for messages. */
  text: string;
}

const SMALL_NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };
const ADVERBS: Record<string, [number, string]> = { once: [1, 'time'], twice: [2, 'time'], thrice: [3, 'time'] };

const DAY = 86_400;
/** Units convertible within a dimension; months and years are kept apart from days on purpose. */
const UNITS: Record<string, [string, number]> = {
  second: ['time', 1], sec: ['time', 1], minute: ['time', 60], min: ['time', 60], hour: ['time', 3_600],
  hr: ['time', 3_600], h: ['time', 3_600], day: ['time', DAY], week: ['time', 7 * DAY],
  month: ['month', 1], year: ['month', 12],
  byte: ['bytes', 1], b: ['bytes', 1], kb: ['bytes', 1024], kilobyte: ['bytes', 1024], mb: ['bytes', 1024 ** 2],
  megabyte: ['bytes', 1024 ** 2], gb: ['bytes', 1024 ** 3], gigabyte: ['bytes', 1024 ** 3], tb: ['bytes', 1024 ** 4],
  terabyte: ['bytes', 1024 ** 4],
  percent: ['percent', 1], '%': ['percent', 1],
  usd: ['currency:usd', 1], dollar: ['currency:usd', 1], $: ['currency:usd', 1],
  eur: ['currency:eur', 1], euro: ['currency:eur', 1], '€': ['currency:eur', 1],
  gbp: ['currency:gbp', 1], pound: ['currency:gbp', 1], '£': ['currency:gbp', 1],
};
/** Qualifiers that change what is counted ("2 business days" is not "2 days"). */
const COUNTING_QUALIFIERS = new Set(['business', 'working']);
/** Adjectives skipped between a number and its unit ("30 calendar days"). */
const SKIPPABLE = new Set(['calendar', 'full', 'consecutive', 'additional', 'more', 'extra', 'whole', 'straight', 'further']);
const NOT_A_COUNT_BEFORE_ONE = new Set(['no', 'any', 'every', 'each', 'some', 'the', 'this', 'that', 'which', 'at']);
const NOT_A_COUNT_AFTER_ONE = new Set(['of', 'another', 'who', 'that', 'which', 'by', 'or']);

const LE = ['at most', 'up to', 'no more than', 'not more than', 'maximum of', 'maximum', 'max', 'under', 'below', 'less than', 'fewer than', 'within', 'no later than', 'not exceed', 'not to exceed', 'shorter than', 'smaller than'];
const GE = ['at least', 'minimum of', 'minimum', 'min', 'more than', 'over', 'above', 'greater than', 'larger than', 'longer than', 'exceeding', 'exceeds', 'no less than', 'no fewer than', 'beyond'];

function unitKey(token: string): string {
  const lower = token.toLowerCase();
  if (UNITS[lower]) return lower;
  const singular = lower.replace(/s$/, '');
  return UNITS[singular] ? singular : '';
}

function boundBefore(tokens: readonly string[], index: number): Quantity['bound'] {
  const before = ` ${tokens.slice(Math.max(0, index - 3), index).join(' ').toLowerCase()} `;
  if (LE.some((phrase) => before.endsWith(` ${phrase} `))) return 'le';
  if (GE.some((phrase) => before.endsWith(` ${phrase} `))) return 'ge';
  return '';
}

/** Every quantity in a text, references ("clause 4.2"), URLs and emails excluded. */
export function findQuantities(text: string): Quantity[] {
  const masked = maskReferences(text).replace(/\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, ' ');
  const tokens = [...masked.matchAll(/[$€£%]|\d+(?:,\d{3})*(?:\.\d+)?|[A-Za-z]+/g)].map((match) => match[0]);
  const quantities: Quantity[] = [];
  let i = 0;
  while (i < tokens.length) {
    const start = i;
    const token = tokens[i] ?? '';
    const lower = token.toLowerCase();
    let value: number | null = null;
    let dimension = '';
    let factor = 1;
    if (/^\d/.test(token)) {
      value = Number(token.replace(/,(?=\d{3}\b)/g, ''));
      i++;
    } else if (lower in ADVERBS) {
      const [count, unit] = ADVERBS[lower] ?? [0, ''];
      quantities.push({ value: count, dimension: unit, bound: boundBefore(tokens, i), text: token });
      i++;
      continue;
    } else if (lower in SMALL_NUMBERS || lower in SCALES) {
      const previous = tokens[i - 1]?.toLowerCase() ?? '';
      const following = tokens[i + 1]?.toLowerCase() ?? '';
      if (lower === 'one' && (NOT_A_COUNT_BEFORE_ONE.has(previous) || NOT_A_COUNT_AFTER_ONE.has(following) || following === '')) {
        i++;
        continue;
      }
      let total = 0;
      let current = 0;
      while (i < tokens.length) {
        const word = tokens[i]?.toLowerCase() ?? '';
        if (word in SMALL_NUMBERS) current += SMALL_NUMBERS[word] ?? 0;
        else if (word === 'hundred') current = (current || 1) * 100;
        else if (word in SCALES) {
          total += (current || 1) * (SCALES[word] ?? 1);
          current = 0;
        } else if (!(word === 'and' && (tokens[i + 1]?.toLowerCase() ?? '') in SMALL_NUMBERS)) break;
        i++;
      }
      value = total + current;
    } else if (UNITS[token] && /^[$€£]$/.test(token) && /^\d/.test(tokens[i + 1] ?? '')) {
      // "$500": the currency comes first.
      const [currency] = UNITS[token] ?? ['', 1];
      const amount = Number((tokens[i + 1] ?? '').replace(/,(?=\d{3}\b)/g, ''));
      quantities.push({ value: amount, dimension: currency, bound: boundBefore(tokens, i), text: `${token}${tokens[i + 1]}` });
      i += 2;
      continue;
    } else {
      i++;
      continue;
    }
    // A scale word after digits: "5 million".
    const scale = SCALES[tokens[i]?.toLowerCase() ?? ''];
    if (scale && value !== null) {
      value *= scale;
      i++;
    }
    let unitIndex = i;
    let qualifier = '';
    const next = tokens[i] ?? '';
    if (!unitKey(next) && (SKIPPABLE.has(next.toLowerCase()) || COUNTING_QUALIFIERS.has(next.toLowerCase())) && unitKey(tokens[i + 1] ?? '')) {
      if (COUNTING_QUALIFIERS.has(next.toLowerCase())) qualifier = `${next.toLowerCase()} `;
      unitIndex = i + 1;
    }
    const unit = unitKey(tokens[unitIndex] ?? '');
    if (unit) {
      const [dim, unitFactor] = UNITS[unit] ?? ['', 1];
      dimension = qualifier + dim;
      factor = unitFactor;
      i = unitIndex + 1;
    } else if (/^[A-Za-z]+$/.test(next) && !STOP_WORDS.has(next.toLowerCase())) {
      dimension = normaliseWord(next.toLowerCase());
      i++;
    }
    quantities.push({
      value: Number(((value ?? 0) * factor).toPrecision(12)),
      dimension,
      bound: boundBefore(tokens, start),
      text: tokens.slice(start, i).join(' ').replace(/ %/, '%'),
    });
  }
  return quantities;
}

function describe(quantity: Quantity, tokensBefore: string): string {
  return tokensBefore ? `${tokensBefore} ${quantity.text}` : quantity.text;
}

function boundWords(quantity: Quantity): string {
  return quantity.bound === 'le' ? 'at most' : quantity.bound === 'ge' ? 'at least' : '';
}

/** One reason per number of the old text that changed, lost its unit or bound, or disappeared. */
export function findNumberChanges(previous: string, next: string): Reason[] {
  const before = findQuantities(previous);
  const after = findQuantities(next);
  const unmatchedAfter = new Set(after.map((_, i) => i));
  const reasons: Reason[] = [];
  const take = (predicate: (candidate: Quantity) => boolean): Quantity | null => {
    for (const index of unmatchedAfter) {
      const candidate = after[index];
      if (candidate && predicate(candidate)) {
        unmatchedAfter.delete(index);
        return candidate;
      }
    }
    return null;
  };
  const leftOver: Quantity[] = [];
  for (const quantity of before) {
    const same = take((c) => c.value === quantity.value && c.dimension === quantity.dimension);
    if (same) {
      if (same.bound && quantity.bound && same.bound !== quantity.bound) {
        reasons.push({
          code: 'number-changed',
          message: `limit changed: "${describe(quantity, boundWords(quantity))}" -> "${describe(same, boundWords(same))}"`,
        });
      }
      continue;
    }
    leftOver.push(quantity);
  }
  for (const quantity of leftOver) {
    // The same amount with its noun left out ("the last four digits" -> "the last four").
    if (take((c) => c.value === quantity.value && (c.dimension === '' || quantity.dimension === ''))) continue;
    const replacement = take((c) => c.dimension === quantity.dimension) ?? take(() => true);
    reasons.push(
      replacement
        ? { code: 'number-changed', message: `number changed: "${quantity.text}" -> "${replacement.text}"` }
        : { code: 'number-changed', message: `number removed: "${quantity.text}"` },
    );
  }
  return reasons;
}
