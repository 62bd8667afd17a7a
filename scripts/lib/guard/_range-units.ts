// A range whose unit is written once, after its last figure ("between two and eight degrees
// Celsius", "5 or 6 working days", "from 30 to 35 psi"): the first figure is counted in that unit
// too. The number reading took "two" for a bare count, so "between 2°C and 8°C" said this way read
// as a figure gone (issue 11, round 27c: v28's chilled samples). Read on the number reading's
// tokens. Pure.
import { NUMBER_WORDS, SCALE_WORDS } from './_numbers.ts';
import { unitKey, UNITS } from './_quantity-units.ts';

/** Words joining the two ends of a range or a choice of two amounts. */
const RANGE_JOINERS = /^(?:and|to|or)$/i;
/** Words between a figure and its unit that belong to the unit ("working days"). */
const COUNTING_QUALIFIERS = /^(?:working|business)$/i;

const isNumberWord = (token: string): boolean => token.toLowerCase() in NUMBER_WORDS || token.toLowerCase() in SCALE_WORDS;
const opensFigure = (token: string): boolean => /^\d/.test(token) || isNumberWord(token);

/** The end (exclusive) of the figure starting at `at`: digits, or number words ("thirty five", "two hundred"). */
function figureEnd(tokens: readonly string[], at: number): number {
  if (/^\d/.test(tokens[at] ?? '')) return at + 1;
  let end = at;
  while (end < tokens.length && isNumberWord(tokens[end] ?? '')) end++;
  return end;
}

/** The unit a range's last figure is counted in, for its first figure. */
export interface RangeUnit {
  /** The key in `UNITS`. */
  unit: string;
  /** Whether it counts working days ("5 or 6 working days"). */
  working: boolean;
}

/**
 * The unit of the range's last figure when the figure ending at `end` (exclusive) has none and a
 * joiner and a figure with a unit follow it ("thirty | and thirty five psi"), or null. "two hundred
 * and eighty kilograms" is one figure.
 */
export function sharedRangeUnit(tokens: readonly string[], end: number): RangeUnit | null {
  const joiner = tokens[end] ?? '';
  if (!RANGE_JOINERS.test(joiner) || !opensFigure(tokens[end + 1] ?? '')) return null;
  if (/^and$/i.test(joiner) && (tokens[end - 1] ?? '').toLowerCase() in SCALE_WORDS) return null;
  let at = figureEnd(tokens, end + 1);
  const working = COUNTING_QUALIFIERS.test(tokens[at] ?? '');
  if (working) at++;
  let unit = unitKey(tokens[at] ?? '');
  // "degrees Celsius": the scale after "degrees" is the unit.
  if (unit === 'degree' && UNITS[unitKey(tokens[at + 1] ?? '')]?.[0].startsWith('temperature:')) unit = unitKey(tokens[at + 1] ?? '');
  return unit ? { unit, working } : null;
}
