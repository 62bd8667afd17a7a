// Volumes and areas said as a length unit raised to a power: "6 cubic metres" is 6,000 litres,
// "28 m³" is "28,000 litres", "2 square metres" is 20,000 square centimetres. The number readings
// (reason-number.ts) took "cubic" for the noun a "6" counts and the metres for nothing, so a
// volume said in litres read as `number-changed` (round 30c: v31's skip "6 cubic metres" ->
// "6,000 litres", v32's tanker "28,000 litres" -> "28 cubic metres"). Changed amounts stay
// changed: "6 cubic metres" -> "600 litres" is 6,000 L -> 600 L. Pure.
import { wordTable } from './_word-table.ts';

/** The words that raise a length to a power, and the power. */
const POWER_WORDS: Readonly<Record<string, number>> = wordTable({ cubic: 3, cu: 3, square: 2, sq: 2 });

/** Litres in a cubic metre: volumes are held in litres (`UNITS` of `_quantity-units.ts`). */
const LITRES_PER_CUBIC_METRE = 1_000;

/** The key a length unit raised to a power is held under ("cubic metre"): two words, so no one token names it. */
function poweredKey(power: number, lengthKey: string): string {
  return `${power === 3 ? 'cubic' : 'square'} ${lengthKey}`;
}

/**
 * Every length unit of `units` raised to each power, keyed as `poweredKey` writes it: a cube in
 * litres (the volume dimension's base), a square in square metres (`area`).
 */
export function poweredUnits(units: Readonly<Record<string, readonly [string, number]>>): Record<string, readonly [string, number]> {
  const powered: Record<string, readonly [string, number]> = {};
  for (const [key, [dimension, metres]] of Object.entries(units)) {
    if (dimension !== 'length') continue;
    powered[poweredKey(3, key)] = ['volume', Number((metres ** 3 * LITRES_PER_CUBIC_METRE).toPrecision(12))];
    powered[poweredKey(2, key)] = ['area', Number((metres ** 2).toPrecision(12))];
  }
  return powered;
}

/**
 * The powered unit `tokens[at]` opens ("cubic" of "6 cubic metres"): its key in `UNITS` and the
 * index after it, when the next token is a length unit `lengthKey` knows; null otherwise ("square
 * meals", "cubic capacity").
 */
export function poweredUnitAt(tokens: readonly string[], at: number, lengthKey: (token: string) => string): { key: string; end: number } | null {
  const power = POWER_WORDS[(tokens[at] ?? '').toLowerCase()];
  if (!power) return null;
  const length = lengthKey(tokens[at + 1] ?? '');
  return length ? { key: poweredKey(power, length), end: at + 2 } : null;
}

/** "28 m³", "4 m2" written as "28 cubic m": the superscript is no token of the number readings. */
export function spellPoweredUnits(text: string): string {
  return text.replace(/(\d)\s*(mm|cm|m|km|ft|yd)(?:\^?([23])|([²³]))(?![\w²³])/g, (_whole, digit: string, unit: string, plain?: string, superscript?: string) => {
    const power = plain ?? (superscript === '³' ? '3' : '2');
    return `${digit} ${power === '3' ? 'cubic' : 'square'} ${unit}`;
  });
}
