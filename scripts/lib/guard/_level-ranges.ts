// A level on an ordered scale read as the cases it names (issue 11, round 22c): "moderate or
// higher", "moderate and above", "reaches moderate", "gets to moderate", "hits moderate" all name
// moderate upwards, however the sentence is built; "worse than moderate" and "above moderate" the
// levels past it; "moderate or lower" and "below moderate" downwards; "is moderate" moderate alone.
// Two versions naming one range of one scale said the same (a dropped "or higher" that "reaches"
// says again dropped nothing); a range narrowed or moved is a condition changed. Pure.
import { LEVEL_NOUNS, SCALES } from './_graded-slots.ts';

/** The cases a level names, as an interval of rungs (a strict bound sits a hair past its rung). */
export interface LevelRange {
  /** The level's words as written ("moderate or worse", "reaches amber"). */
  text: string;
  scale: number;
  low: number;
  high: number;
  /** Index of the level word among the text's words. */
  at: number;
}

/** A strict bound ("above amber") leaves its rung out: no rung lies this close to another. */
const STRICT = 0.01;
const UP_AFTER = /^(?:or|and) (?:higher|above|more|worse|greater|over|up|beyond|upwards|more severe)\b/;
const DOWN_AFTER = /^(?:or|and) (?:lower|below|less|better|under|down|milder)\b/;
/** Verbs that say a graded thing came to a level, so at least it ("the warning reaches amber"). */
const REACHED_BEFORE = /\b(?:reach(?:es|ed)?|hits?|gets? to|got to|rises? to|rose to|climbs? to|goes up to|went up to|escalates? to|is raised to|at or above)$/;
const ABOVE_BEFORE = /\b(?:above|higher than|worse than|beyond|more severe than|greater than|over)$/;
const BELOW_BEFORE = /\b(?:below|lower than|better than|milder than|less than|under|at or below)$/;

/** The rung of a word on an ordered scale, the first scale that has it (colours of no order are none). */
function rungOf(word: string): [number, number] | null {
  for (const [scale, rungs] of SCALES.entries()) {
    const rung = rungs.findIndex((words) => words.includes(word));
    if (rung >= 0) return [scale, rung];
  }
  return null;
}

/** Every level of an ordered scale in a text, with the range of cases its words name. */
export function levelRanges(text: string): LevelRange[] {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  const ranges: LevelRange[] = [];
  words.forEach((word, at) => {
    const found = rungOf(word);
    if (!found) return;
    const [scale, rung] = found;
    const before = words.slice(Math.max(0, at - 3), at).join(' ');
    // "moderate severity or worse": the noun the level grades may stand before its bound.
    const skip = LEVEL_NOUNS.test(words[at + 1] ?? '') ? 1 : 0;
    const after = words.slice(at + 1 + skip, at + 4 + skip).join(' ');
    const up = UP_AFTER.exec(after);
    const down = DOWN_AFTER.exec(after);
    const reached = REACHED_BEFORE.exec(before);
    const above = ABOVE_BEFORE.exec(before);
    const below = BELOW_BEFORE.exec(before);
    const [low, high, said] =
      up ? [rung, Infinity, `${word} ${up[0]}`]
      : down ? [-Infinity, rung, `${word} ${down[0]}`]
      : reached ? [rung, Infinity, `${reached[0]} ${word}`]
      : above ? [rung + STRICT, Infinity, `${above[0]} ${word}`]
      : below ? [-Infinity, rung - STRICT, `${below[0]} ${word}`]
      : [rung, rung, word];
    ranges.push({ text: said, scale, low, high, at });
  });
  return ranges;
}

/** Whether two ranges name the same cases. */
export function sameRange(a: LevelRange, b: LevelRange): boolean {
  return a.scale === b.scale && a.low === b.low && a.high === b.high;
}

/** Whether `outer` names every case `inner` does. */
export function covers(outer: LevelRange, inner: LevelRange): boolean {
  return outer.scale === inner.scale && outer.low <= inner.low && outer.high >= inner.high;
}

/**
 * Whether every range the old text bounds ("or higher", "above", "reaches") is named the same in
 * the new one: a bound's words dropped while another phrasing keeps it dropped nothing.
 */
export function boundedRangesKept(previous: string, next: string): boolean {
  const bounded = levelRanges(previous).filter((range) => range.low !== range.high);
  const now = levelRanges(next);
  return bounded.length > 0 && bounded.every((range) => now.some((other) => sameRange(range, other)));
}
