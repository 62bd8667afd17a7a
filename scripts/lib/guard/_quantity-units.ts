// What an amount is counted in, and whether two amounts are one: the number readings
// (reason-number.ts) hold every amount as a value in its dimension's base unit, so "2 cm" and "two
// centimetres", "800 kg" and "0.8 tonnes", "1 metre" and "100 cm" are equal, and "eight weeks" and
// "two months" are one span (_calendar-spans.ts). A figure said in other units inside a rebuilt
// sentence used to read as `number-changed` because lengths and weights had no units here and the
// noun after the number ("centimetres") was taken for what is counted (issue 11, round 21c: v22's
// "longer than 2 cm" -> "over two centimetres", "over 25 mm" -> "more than twenty-five
// millimetres"). Changed amounts stay changed: "5 cm" -> "fifty centimetres" is 0.05 m -> 0.5 m. Pure.
import { sameCalendarSpan } from './_calendar-spans.ts';
import { DAY } from './_numbers.ts';

/**
 * Each unit's dimension and its size in the dimension's base unit (seconds, bytes, metres,
 * kilograms, litres, percent). Months and years are kept apart from days on purpose (a month has no
 * fixed length; `_calendar-spans.ts` reads the two calendars against each other). "pound" is the
 * currency: a weight in pounds is written "lb" in rules that give one.
 */
export const UNITS: Readonly<Record<string, readonly [string, number]>> = {
  second: ['time', 1], sec: ['time', 1], minute: ['time', 60], min: ['time', 60], hour: ['time', 3_600],
  hr: ['time', 3_600], h: ['time', 3_600], day: ['time', DAY], week: ['time', 7 * DAY], fortnight: ['time', 14 * DAY],
  month: ['month', 1], year: ['month', 12],
  byte: ['bytes', 1], b: ['bytes', 1], kb: ['bytes', 1024], kilobyte: ['bytes', 1024], mb: ['bytes', 1024 ** 2],
  megabyte: ['bytes', 1024 ** 2], gb: ['bytes', 1024 ** 3], gigabyte: ['bytes', 1024 ** 3], tb: ['bytes', 1024 ** 4],
  terabyte: ['bytes', 1024 ** 4],
  percent: ['percent', 1], '%': ['percent', 1],
  usd: ['currency:usd', 1], dollar: ['currency:usd', 1], $: ['currency:usd', 1],
  eur: ['currency:eur', 1], euro: ['currency:eur', 1], '€': ['currency:eur', 1],
  gbp: ['currency:gbp', 1], pound: ['currency:gbp', 1], '£': ['currency:gbp', 1],
  // Temperature scales ("960°F" = "960 degrees Fahrenheit"; the degree sign is no token). A bare
  // "degrees" names no scale: it is the same as either scale's degrees (`sameDimension`).
  f: ['temperature:f', 1], fahrenheit: ['temperature:f', 1], c: ['temperature:c', 1], celsius: ['temperature:c', 1], centigrade: ['temperature:c', 1],
  degree: ['degrees', 1],
  // Lengths, in metres.
  mm: ['length', 0.001], millimetre: ['length', 0.001], millimeter: ['length', 0.001],
  cm: ['length', 0.01], centimetre: ['length', 0.01], centimeter: ['length', 0.01],
  m: ['length', 1], metre: ['length', 1], meter: ['length', 1],
  km: ['length', 1_000], kilometre: ['length', 1_000], kilometer: ['length', 1_000],
  inch: ['length', 0.0254], foot: ['length', 0.3048], feet: ['length', 0.3048], ft: ['length', 0.3048],
  yard: ['length', 0.9144], yd: ['length', 0.9144], mile: ['length', 1_609.344],
  // Weights, in kilograms.
  mg: ['mass', 0.000_001], milligram: ['mass', 0.000_001], g: ['mass', 0.001], gram: ['mass', 0.001], gramme: ['mass', 0.001],
  kg: ['mass', 1], kilo: ['mass', 1], kilogram: ['mass', 1], kilogramme: ['mass', 1], tonne: ['mass', 1_000],
  lb: ['mass', 0.453_592_37], oz: ['mass', 0.028_349_523], ounce: ['mass', 0.028_349_523],
  // Volumes, in litres.
  ml: ['volume', 0.001], millilitre: ['volume', 0.001], milliliter: ['volume', 0.001], cl: ['volume', 0.01], centilitre: ['volume', 0.01],
  l: ['volume', 1], litre: ['volume', 1], liter: ['volume', 1],
};

/** Plurals that are not the singular with an "s": "inches", "feet" is a unit of its own above. */
const PLURAL_ENDINGS: ReadonlyArray<[RegExp, string]> = [[/ches$/, 'ch'], [/s$/, '']];

/** The key in `UNITS` a token names ("Centimetres" -> "centimetre", "lbs" -> "lb"), or ''. */
export function unitKey(token: string): string {
  const lower = token.toLowerCase();
  if (UNITS[lower]) return lower;
  for (const [ending, singular] of PLURAL_ENDINGS) {
    const key = lower.replace(ending, singular);
    if (key !== lower && UNITS[key]) return key;
  }
  return '';
}

/** Whether a dimension is one of the units above (not a counted noun like "tool" or "visitor"). */
const UNIT_DIMENSIONS = new Set(Object.values(UNITS).map(([dimension]) => dimension));

/** An amount as the number readings hold it: its value in the base unit of its dimension. */
export interface Amount {
  value: number;
  dimension: string;
}

/** Whether a dimension is a unit of measure (or a period), rather than the noun a number counts. */
export function isMeasured(dimension: string): boolean {
  return UNIT_DIMENSIONS.has(dimension.replace(/^(?:business|per) /, ''));
}

/**
 * Whether two amounts are counted in one dimension: the same one, or degrees with no scale against
 * a scale's degrees ("below 100°C" against "a hundred degrees": a rule names its scale once).
 */
export function sameDimension(a: Amount, b: Amount): boolean {
  if (a.dimension === b.dimension) return true;
  const unscaled = (x: Amount, y: Amount): boolean => x.dimension === 'degrees' && y.dimension.startsWith('temperature:');
  return unscaled(a, b) || unscaled(b, a);
}

/**
 * Whether two amounts are the same amount said in other words or units: one dimension and one value
 * (to twelve figures, so 0.8 tonnes is 800 kg), or the same span in days and in months.
 */
export function sameAmount(a: Amount, b: Amount): boolean {
  if (sameDimension(a, b)) return Number(a.value.toPrecision(12)) === Number(b.value.toPrecision(12));
  return sameCalendarSpan(a, b);
}

/**
 * Words that give a multiple of another amount ("twice as many", "double the number", "half the
 * dose"): read as a percentage of it, as "a quarter of the dose" is 25 percent and "200% of" twice.
 */
export const MULTIPLE_WORDS: Readonly<Record<string, number>> = { twice: 200, double: 200, triple: 300, treble: 300, thrice: 300, quadruple: 400, half: 50 };
