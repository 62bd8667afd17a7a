// Units written as symbols after a figure ("200 Bq/m³", "10 µg/m³", "85 dB", "3 kWh"), spelled out
// as words (issue 11, round 33b: v41's radon rule "at or above 200 becquerels per cubic metre" ->
// "200 Bq/m³" read as a conjunct dropped and an object replaced: the number readings know "mg" and
// "cubic metre" but not "Bq" nor a "/m³" after a unit they do not know, and every other reading
// compares the words). A symbol is a prefix of the SI (µ, m, c, k, M, G, n) and a unit symbol, both
// case-sensitive, as the SI writes them; "/" between two is "per", a "²"/"³" (or a 2/3) after a
// length is "square"/"cubic". Both versions are spelled alike, so the same unit said either way is
// the same words, and a changed unit ("mg/m³" for "µg/m³") or figure stays changed. Only a symbol
// right after a figure is read: "a PA", "the M4", "5 Gs" are no units; nor one the number readings
// already read as written ("2 cm", "5 mg/kg": their readings of those are tuned on the symbols). Pure.
import { unitKey } from './_quantity-units.ts';

/** SI prefixes as written before a unit symbol; "u" is the typed micro sign ("ug"). */
const PREFIXES: Readonly<Record<string, string>> = { 'µ': 'micro', 'μ': 'micro', u: 'micro', n: 'nano', m: 'milli', c: 'centi', d: 'deci', k: 'kilo', M: 'mega', G: 'giga' };

/**
 * Unit symbols and their names. Only units whose symbol after a figure is read as nothing else: no
 * "s" (the "1990s"), "A" or "N" (a grade, a compass point), "h" (the number readings' own hour).
 */
const SYMBOLS: Readonly<Record<string, string>> = {
  g: 'gram', m: 'metre', l: 'litre', L: 'litre', Bq: 'becquerel', Sv: 'sievert', Gy: 'gray', Pa: 'pascal', W: 'watt', Wh: 'watt hour', V: 'volt',
  Hz: 'hertz', J: 'joule', B: 'bel', mol: 'mole', lx: 'lux',
  // A blood or gas pressure ("above 180 millimetres of mercury" -> "above 180 mmHg", round 35c).
  mmHg: 'millimetre of mercury',
};

/** Symbols read whole before prefix and unit are tried ("mol" is no milli-"ol", "Pa" no peta-"a"). */
const WHOLE = new Set(['mol', 'Pa', 'Bq', 'Gy', 'mmHg']);

/** The name of a unit symbol ("Bq" -> "becquerel", "kWh" -> "kilowatt hour", "dB" -> "decibel"), or null. */
function unitName(symbol: string): string | null {
  if (WHOLE.has(symbol)) return SYMBOLS[symbol] ?? null;
  const plain = SYMBOLS[symbol];
  // "m" alone is a metre; "mg" a milligram. A prefix alone names nothing.
  if (plain && symbol !== 'B') return plain;
  const prefix = [...symbol][0] ?? '';
  const rest = symbol.slice(prefix.length);
  const prefixName = PREFIXES[prefix];
  const unit = SYMBOLS[rest];
  if (!prefixName || !unit) return null;
  return `${prefixName}${unit}`;
}

/** A length raised to a power by a superscript or a digit after it ("m³", "m2"). */
const POWER: Readonly<Record<string, string>> = { '²': 'square', '³': 'cubic', '2': 'square', '3': 'cubic' };

/** One symbol, with its power if a length: "cubic metre", "microgram". */
function spell(symbol: string, power: string | undefined, plural: boolean): string | null {
  const name = unitName(symbol);
  if (!name) return null;
  if (power !== undefined && !name.endsWith('metre')) return null;
  const words = `${power === undefined ? '' : `${POWER[power]} `}${name}`;
  if (!plural || /(?:lux|hertz)$/.test(words)) return words;
  // "millimetres of mercury": the head before "of" takes the plural.
  return words.includes(' of ') ? words.replace(' of ', 's of ') : `${words}s`;
}

/** Whether the number readings (`_quantity-units.ts`, `_unit-powers.ts`) read a symbol as written. */
function known(symbol: string, power: string | undefined): boolean {
  // A power only after a length ("m³"): `spellPoweredUnits` reads those.
  return unitKey(symbol) !== '' && (!power || /^(?:mm|cm|m|km)$/.test(symbol));
}

/** A figure, then a unit symbol with its power, then optionally "/" and another. */
const SYMBOL_AFTER_FIGURE = /(\d)(\s?)([µμa-zA-Z]{1,4})([²³23]?)(?:\/([µμa-zA-Z]{1,4})([²³23]?))?(?![\w²³/])/g;

/** A text with every unit symbol after a figure spelled out ("200 Bq/m³" -> "200 becquerels per cubic metre"). */
export function spellUnitSymbols(text: string): string {
  return text.replace(SYMBOL_AFTER_FIGURE, (whole: string, digit: string, _space: string, unit: string, power: string, perUnit: string | undefined, perPower: string | undefined, at: number) => {
    // "1 kg" is one kilogram; "0.1 kg", "21 kg" are kilograms.
    const one = digit === '1' && !/[\d.,]$/.test(text.slice(0, at));
    // A unit the number readings know as written ("2 cm", "5 mg/kg", "28 m³") is theirs to read.
    if (known(unit, power) && (perUnit === undefined || known(perUnit, perPower))) return whole;
    const first = spell(unit, power || undefined, !one);
    if (!first) return whole;
    if (perUnit === undefined) return `${digit} ${first}`;
    const second = spell(perUnit, perPower || undefined, false);
    return second ? `${digit} ${first} per ${second}` : whole;
  });
}

/** Both versions with their unit symbols spelled out. */
export function foldUnitSymbols(previous: string, next: string): [string, string] {
  return [spellUnitSymbols(previous), spellUnitSymbols(next)];
}
