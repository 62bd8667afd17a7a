// A bound said as the extreme it allows (issue 11, round 25a: v25 and v26 held bans on a side of a
// figure said as that figure named the edge, "No one under 12 may play" = "The minimum age to play
// is 12", "Guides must not take groups onto the ice after 4pm" = "4pm is the last time a guide can
// set out"). English names a limit with a superlative in a copular sentence, whatever the domain:
// "<figure> is the <superlative> ..." or "the <superlative> ... is <figure>". A superlative of
// the low end (minimum, earliest, youngest, lowest, shortest, smallest, fewest, least) admits the
// figure and above; one of the high end (maximum, latest, last, oldest, highest, longest, largest,
// most, furthest) admits the figure and below. A time of day after "after"/"past" or "before"
// bounds it too ("after 4pm" is the later side). `_bounds-other-side.ts` reads these beside its
// bound words, so "under 12" forbidden and "12 is the minimum" are one limit; a "may"/"can" inside
// the superlative's own clause ("the latest a flight may take off") is the edge of what is
// allowed, not a grant of its own. Pure.
import type { BoundSide as Side } from './_numbers.ts';

/** Superlatives that name the edge of a limit, with the side of their figure they admit. */
const EXTREMES: Readonly<Record<string, Side>> = {
  minimum: 'up', min: 'up', earliest: 'up', youngest: 'up', lowest: 'up', shortest: 'up', smallest: 'up', fewest: 'up', least: 'up',
  maximum: 'down', max: 'down', latest: 'down', last: 'down', oldest: 'down', highest: 'down', longest: 'down', largest: 'down', biggest: 'down', most: 'down', furthest: 'down', farthest: 'down',
};

const COPULA = /^(?:is|are|was|were)$/;
/** Words a figure's unit is written in between the figure and "is" ("7 p m", "40 minutes", "8 riders"). */
const UNIT = /^(?:[a-z]{1,12}|%)$/;
/** Words after a figure that make it a time of day ("4 pm", "6 a m", "10 : 00"). */
const TIME_OF_DAY = /^(?:am|pm|a|p|:|o|oclock|h|hrs)$/;

export interface ExtremeBound {
  /** The index the bound's words start at (for counting the negations of its clause before it). */
  start: number;
  side: Side;
  /** The words that bound the figure, as written. */
  words: string;
  /** Whether the bound is a superlative (its clause's "may"/"can" is the edge of what it allows). */
  superlative: boolean;
}

/**
 * The bound a superlative or a time word sets on the figure at `i` of a sentence's tokens, or null:
 * "<figure> [unit] is the <superlative>", "the <superlative> [up to five words] is <figure>",
 * "after/past/before <time of day>".
 */
export function extremeBound(words: readonly string[], i: number): ExtremeBound | null {
  // "<figure> [unit] is the <superlative>"
  let k = i + 1;
  while (k < i + 4 && k < words.length && !COPULA.test(words[k] ?? '') && UNIT.test(words[k] ?? '')) k++;
  if (COPULA.test(words[k] ?? '') && words[k + 1] === 'the') {
    const word = words[k + 2] ?? '';
    const side = EXTREMES[word];
    if (side) return { start: i, side, words: word, superlative: true };
  }
  // "the <superlative> ... is <figure>"
  if (COPULA.test(words[i - 1] ?? '')) {
    for (let b = i - 2; b >= Math.max(1, i - 8); b--) {
      const word = words[b] ?? '';
      if (/^[;:,]$/.test(word)) break;
      const side = EXTREMES[word];
      if (side && words[b - 1] === 'the') return { start: b - 1, side, words: word, superlative: true };
    }
  }
  // "after 4 pm", "before 6 a m"
  const before = words[i - 1] ?? '';
  if (/^(?:after|past|before)$/.test(before) && TIME_OF_DAY.test(words[i + 1] ?? '')) {
    return { start: i - 1, side: before === 'before' ? 'down' : 'up', words: before, superlative: false };
  }
  return null;
}

/** Whether a text's "may"/"can" stands in a superlative bound's own clause ("is the latest a flight may take off"). */
export function grantIsEdge(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z]+|[;:,.]/g) ?? [];
  return words.some((word, i) => {
    if (!/^(?:may|can)$/.test(word)) return false;
    for (let b = i - 1; b >= Math.max(0, i - 6); b--) {
      if (/^[;:,.]$/.test(words[b] ?? '')) return false;
      if (EXTREMES[words[b] ?? ''] && words[b - 1] === 'the') return true;
    }
    return false;
  });
}
