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
import { poweredUnits, spellPoweredUnits } from './_unit-powers.ts';
import { wordTable } from './_word-table.ts';

/**
 * Each unit's dimension and its size in the dimension's base unit (seconds, bytes, metres,
 * kilograms, litres, percent). Months and years are kept apart from days on purpose (a month has no
 * fixed length; `_calendar-spans.ts` reads the two calendars against each other). "pound" is the
 * currency here; `poundIsWeight` tells the weight ("a 5-pound weight", "dogs over 50 pounds") by the
 * words around it.
 */
const BASE_UNITS: Readonly<Record<string, readonly [string, number]>> = {
  second: ['time', 1], sec: ['time', 1], minute: ['time', 60], min: ['time', 60], hour: ['time', 3_600],
  hr: ['time', 3_600], h: ['time', 3_600], day: ['time', DAY], week: ['time', 7 * DAY], fortnight: ['time', 14 * DAY],
  month: ['month', 1], year: ['month', 12],
  // Short forms written in notes ("10 wks", "7 yrs", "6 mths"; round 27c).
  wk: ['time', 7 * DAY], mth: ['month', 1], yr: ['month', 12],
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
  // "8 microns" = "0.008 mm" (round 34c, v39's zinc coating).
  micron: ['length', 0.000_001], micrometre: ['length', 0.000_001], micrometer: ['length', 0.000_001], µm: ['length', 0.000_001],
  mm: ['length', 0.001], millimetre: ['length', 0.001], millimeter: ['length', 0.001],
  cm: ['length', 0.01], centimetre: ['length', 0.01], centimeter: ['length', 0.01],
  m: ['length', 1], metre: ['length', 1], meter: ['length', 1],
  km: ['length', 1_000], kilometre: ['length', 1_000], kilometer: ['length', 1_000],
  inch: ['length', 0.0254], foot: ['length', 0.3048], feet: ['length', 0.3048], ft: ['length', 0.3048],
  yard: ['length', 0.9144], yd: ['length', 0.9144], mile: ['length', 1_609.344],
  // Weights, in kilograms.
  mcg: ['mass', 0.000_000_001], microgram: ['mass', 0.000_000_001], mg: ['mass', 0.000_001], milligram: ['mass', 0.000_001], g: ['mass', 0.001], gram: ['mass', 0.001], gramme: ['mass', 0.001],
  kg: ['mass', 1], kilo: ['mass', 1], kilogram: ['mass', 1], kilogramme: ['mass', 1], tonne: ['mass', 1_000],
  lb: ['mass', 0.453_592_37], oz: ['mass', 0.028_349_523], ounce: ['mass', 0.028_349_523],
  // Volumes, in litres.
  ml: ['volume', 0.001], millilitre: ['volume', 0.001], milliliter: ['volume', 0.001], cl: ['volume', 0.01], centilitre: ['volume', 0.01],
  l: ['volume', 1], litre: ['volume', 1], liter: ['volume', 1],
  // Imperial measures, as a British writer means them (round 42d: v58's "40 pints" -> "about 23 litres").
  pint: ['volume', 0.568_261], quart: ['volume', 1.136_523], gallon: ['volume', 4.546_09],
  // Pressures, in pascals ("70 bar" = "7 megapascals", round 26a). No bare "pa": "a PA" is a person.
  pascal: ['pressure', 1], kpa: ['pressure', 1_000], kilopascal: ['pressure', 1_000], mpa: ['pressure', 1_000_000], megapascal: ['pressure', 1_000_000],
  bar: ['pressure', 100_000], mbar: ['pressure', 100], millibar: ['pressure', 100], psi: ['pressure', 6_894.757],
  // Areas of land, in square metres, as "square metre" is held (`_unit-powers.ts`): "40 hectares" =
  // "400,000 square metres" (round 47c, v69's smokejumper base read the unit as the noun counted).
  hectare: ['area', 10_000], acre: ['area', 4_046.856_422_4],
  // Speeds written as one word, in metres per second (as "km/h" is read, `compoundUnit`).
  mph: ['length/time', 1_609.344 / 3_600], kph: ['length/time', 1_000 / 3_600],
};

/**
 * The units above and every length among them raised to a power ("cubic metre" in litres, "square
 * foot" in square metres: `_unit-powers.ts`, round 30c), keyed by two words no one token names.
 */
export const UNITS: Readonly<Record<string, readonly [string, number]>> = wordTable({ ...BASE_UNITS, ...poweredUnits(BASE_UNITS) });

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
  /** The number as written, before its unit ("2.8" of "2.8 m/s"), when it was written with one. */
  written?: number;
  /** How many significant figures that number is written with (`significantFigures`). */
  figures?: number;
}

/** Whether a dimension is a unit of measure (or a period), rather than the noun a number counts. */
export function isMeasured(dimension: string): boolean {
  return dimension.replace(/^(?:business|per) /, '').split('/').every((part) => UNIT_DIMENSIONS.has(part));
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
 * (to twelve figures, so 0.8 tonnes is 800 kg), the same value to the figures each is written to
 * in another unit (`sameWhenRounded`), or the same span in days and in months.
 */
export function sameAmount(a: Amount, b: Amount): boolean {
  if (sameDimension(a, b)) return Number(a.value.toPrecision(12)) === Number(b.value.toPrecision(12)) || sameWhenRounded(a, b);
  return sameTemperature(a, b) || sameCalendarSpan(a, b);
}

/** An amount's temperature in degrees Celsius, when it names a scale; else null ("degrees" alone names none). */
export function inCelsius(amount: Amount): number | null {
  if (amount.dimension === 'temperature:c') return amount.value;
  if (amount.dimension === 'temperature:f') return ((amount.value - 32) * 5) / 9;
  return null;
}

/**
 * One temperature said in the other scale ("80 °C" = "176 °F", "26 °C" = "79 °F"; round 23a, v24's
 * madder dye bath read as "80 C" -> "176 F"): the scales are no multiples of each other, so the
 * factors of `sameWhenRounded` cannot hold them. Each must round to the other as written (to its
 * decimals), so "4 °C" = "39 °F" (39.2) but not "40 °F" (4.4 °C).
 */
function sameTemperature(a: Amount, b: Amount): boolean {
  const [was, now] = [inCelsius(a), inCelsius(b)];
  if (was === null || now === null || a.dimension === b.dimension) return false;
  const inScaleOf = (celsius: number, like: Amount): number => (like.dimension === 'temperature:f' ? (celsius * 9) / 5 + 32 : celsius);
  const decimals = (value: number): number => (String(value).split('.')[1] ?? '').length;
  const roundsTo = (celsius: number, written: Amount): boolean => Number(inScaleOf(celsius, written).toFixed(decimals(written.value))) === written.value;
  return roundsTo(was, b) && roundsTo(now, a);
}

/**
 * Nearer than this (as a share of the larger) a converted amount must be to count as the same:
 * "12 miles" -> "20 km" rounds each way, yet is 19.3 km, a limit moved by 3.5%.
 */
const ROUNDING_SLACK = 0.02;

/**
 * An amount converted to another unit and rounded to the figures it is written with: "10 km/h" =
 * "about 2.8 m/s" (2.78), "50 lb" = "22.7 kg" (22.68), "20 mph" = "32 km/h". Each must round to the
 * other, so in one unit only equal figures match ("11 kg" rounds to "10 kg", "10 kg" not to "11").
 */
function sameWhenRounded(a: Amount, b: Amount): boolean {
  if (!a.written || !b.written || !a.figures || !b.figures || a.value <= 0 || b.value <= 0) return false;
  if (a.value / a.written === b.value / b.written) return false;
  const rounded = (amount: Amount, into: Amount): number => Number(((amount.value * into.written!) / into.value).toPrecision(into.figures!));
  return rounded(a, b) === b.written && rounded(b, a) === a.written && Math.abs(a.value - b.value) / Math.max(a.value, b.value) <= ROUNDING_SLACK;
}

/** How many significant figures a number is written with: "2.8" 2, "22.7" 3, "50" 1, "0.05" 1, "120" 2. */
export function significantFigures(numeral: string): number {
  const digits = numeral.replace(/[^\d.]/g, '');
  const [whole = '', fraction = ''] = digits.split('.');
  if (fraction) return Math.max(1, `${whole}${fraction}`.replace(/^0+/, '').length);
  return Math.max(1, whole.replace(/^0+/, '').replace(/0+$/, '').length);
}

/**
 * Words that give a multiple of another amount ("twice as many", "double the number", "half the
 * dose"): read as a percentage of it, as "a quarter of the dose" is 25 percent and "200% of" twice.
 */
export const MULTIPLE_WORDS: Readonly<Record<string, number>> = wordTable({ twice: 200, double: 200, triple: 300, treble: 300, thrice: 300, quadruple: 400, half: 50 });

/** Dimensions a rate's amount may be counted in: "km/h", "L/min", "mg/kg" (a count per period stays two amounts). */
const RATE_AMOUNTS = new Set(['length', 'mass', 'volume', 'bytes']);
/** Dimensions a rate may be counted per. */
const PER_DIMENSIONS = new Set(['time', 'month', 'mass', 'volume', 'length']);

/** The key in `UNITS` a token after "per" or "/" names: "s" is a second only there ("m/s"). */
function perUnitKey(token: string): string {
  return /^s$/i.test(token) ? 'second' : unitKey(token);
}

/**
 * A compound unit ("10 km/h", "2 litres per minute", "0.05 mg/kg", "50 micrograms of it per
 * kilogram"): the amount's unit `unit` at `tokens[at - 1]`, then "per"/"a"/"an" and a unit, or "of"
 * and up to three words before "per" and a unit. Returns its dimension ("length/time"), its size
 * in base units per base unit, and the index after it; null when none follows. "4 hours a day" and
 * "$50 a month" are left to the period readings (a time or money amount is no rate here).
 */
export function compoundUnit(tokens: readonly string[], at: number, unit: string): { dimension: string; factor: number; end: number } | null {
  const [dimension, factor] = UNITS[unit] ?? ['', 1];
  if (!RATE_AMOUNTS.has(dimension)) return null;
  let per = at;
  if (/^of$/i.test(tokens[per] ?? '')) {
    const upTo = Math.min(tokens.length, per + 5);
    for (per++; per < upTo && !/^per$/i.test(tokens[per] ?? ''); per++) if (!/^[a-z'-]+$/i.test(tokens[per] ?? '') || unitKey(tokens[per] ?? '')) return null;
    if (!/^per$/i.test(tokens[per] ?? '')) return null;
  } else if (!/^(?:per|a|an)$/i.test(tokens[per] ?? '')) return null;
  const key = perUnitKey(tokens[per + 1] ?? '');
  const [over, size] = UNITS[key] ?? ['', 1];
  if (!PER_DIMENSIONS.has(over)) return null;
  return { dimension: `${dimension}/${over}`, factor: factor / size, end: per + 2 };
}

/**
 * A share said as an amount in a round whole of the same kind ("20 grams of salt per 100 grams of
 * brine", "5 ml of disinfectant in every 100 ml"): the percentage of one `unit` it makes, and the
 * index after it; null when none follows `tokens[at]`. A percentage said that way read as a weight
 * changed (round 23a, v24's brine "reaches 26% salt" -> "26 grams of salt per 100 grams of brine").
 * Only a written number with a unit of the same dimension after "per/in (every)" counts: "5 ml of
 * bleach per litre" is a rate (`compoundUnit`), a half-percent, and stays one.
 */
export function shareOfWhole(tokens: readonly string[], at: number, unit: string): { percent: number; end: number } | null {
  const [dimension, factor] = UNITS[unit] ?? ['', 1];
  if (!RATE_AMOUNTS.has(dimension)) return null;
  let per = at;
  if (/^of$/i.test(tokens[per] ?? '')) {
    const upTo = Math.min(tokens.length, per + 5);
    for (per++; per < upTo && !/^(?:per|in)$/i.test(tokens[per] ?? ''); per++) if (!/^[a-z'-]+$/i.test(tokens[per] ?? '') || unitKey(tokens[per] ?? '')) return null;
  }
  if (!/^(?:per|in|for)$/i.test(tokens[per] ?? '')) return null;
  if (/^every$/i.test(tokens[per + 1] ?? '')) per++;
  else if (/^for$/i.test(tokens[per] ?? '')) return null;
  const whole = Number((tokens[per + 1] ?? '').replace(/,(?=\d{3}\b)/g, ''));
  const [over, size] = UNITS[unitKey(tokens[per + 2] ?? '')] ?? ['', 1];
  if (!/^\d/.test(tokens[per + 1] ?? '') || !(whole > 0) || over !== dimension) return null;
  return { percent: Number(((100 * factor) / (whole * size)).toPrecision(12)), end: per + 3 };
}

/** "10 km/h" written as "10 km per h", "50 µg" as "50 mcg": the slash and the micro sign are no tokens of the number readings. */
export function spellCompoundUnits(text: string): string {
  return spellPoweredUnits(text)
    .replace(/(\d)\s*[µμ]g\b/g, '$1 mcg')
    // "100 pounds per square inch" is "100 psi" (round 27c: v25's road tyres).
    .replace(/\b(pounds?|lbs?)(?:\s+per\s+|\s*\/\s*)(?:square|sq\.?)\s+inch(?:es)?\b/gi, 'psi')
    .replace(/(\d\s*([A-Za-z]+))\s*\/\s*([A-Za-z]+)\b/g, (whole, amount: string, unit: string, over: string) => (unitKey(unit) && perUnitKey(over) ? `${amount} per ${over}` : whole));
}

/** Words that weigh something: a "pound" among them is a weight, not money. */
const WEIGHT_WORDS = /^(?:weigh|weighs|weighed|weighing|weight|weights|heavy|heavier|heaviest|lift|lifts|lifted|lifting|load|loads|loaded|carry|carries|carried|mass|bag|bags|sack|sacks|hoist|dumbbell|dumbbells|barbell|plate|plates)$/i;
/** Words of money: a "pound" among them is money, whatever else is weighed. */
const MONEY_WORDS = /^(?:cost|costs|costing|pay|pays|paid|paying|fee|fees|fine|fines|fined|charge|charges|charged|price|prices|priced|refund|refunds|refunded|spend|spends|spent|worth|cash|budget|deposit|deposits|sterling|penny|pence|wage|wages|salary|bill|bills|invoice|invoices|tip|tips|discount|credit|donation|donations|payment|payments)$/i;

/**
 * Whether a "pound" in a sentence is the weight: the sentence weighs something ("weighing", "a
 * 5-pound weight", "heavier than", "lift") and says nothing of money ("costs", "fee", "fine").
 */
export function poundIsWeight(sentence: readonly string[]): boolean {
  return sentence.some((word) => WEIGHT_WORDS.test(word)) && !sentence.some((word) => MONEY_WORDS.test(word) || /^[£$€]$/.test(word));
}

/** Dimensions one of whose units said with "a/an" is one of it ("a foot of water", "a litre of milk"). */
const ONE_WITH_ARTICLE = new Set(['length', 'mass', 'volume', 'area']);
/**
 * Words after such a unit that leave it an amount ("a mile per hour", "a foot of water", "a metre
 * from the kerb", "a kilo or more"), not a noun's modifier ("a foot pump", "a metre rule").
 */
const AFTER_ONE_UNIT = /^(?:of|per|a|an|from|away|apart|long|wide|high|deep|tall|thick|or|and|to|in|on|at|into|beyond|past|behind|ahead|further|farther|more|less|than|across|is|was|each|every)$/i;

/**
 * The unit "a"/"an" at `tokens[at - 1]` gives one of ("a foot" of "a foot of moving water", "a
 * mile" of "a mile per hour"): a spelled unit of length, weight, volume or area (not "a pound",
 * money or weight; not "a bar" or "a degree"; no abbreviation, "a C" is a grade), then a word that
 * leaves it an amount or the sentence's end (`AFTER_ONE_UNIT`); the key's first token and how many
 * tokens it takes, or null. Round 30c: v34's "30 cm of moving water" -> "a foot of moving water",
 * "faster than 1 mile per hour" -> "a mile per hour" read as a number removed. Times with an
 * article are the number readings' own ("in a year").
 */
export function unitAfterArticle(tokens: readonly string[], at: number, breakToken: string): { key: string; length: number } | null {
  const word = tokens[at] ?? '';
  const powered = /^(?:cubic|square)$/i.test(word) ? unitKey(tokens[at + 1] ?? '') : '';
  const key = powered ? `${word.toLowerCase()} ${powered}` : unitKey(word);
  const length = powered ? 2 : 1;
  const spelled = powered ? tokens[at + 1] ?? '' : word;
  if (!key || spelled.length < 4 || /^(?:pounds?|bars?|degrees?)$/i.test(spelled) || !ONE_WITH_ARTICLE.has(UNITS[key]?.[0] ?? '')) return null;
  const after = tokens[at + length];
  return after === undefined || after === breakToken || AFTER_ONE_UNIT.test(after) ? { key, length } : null;
}
