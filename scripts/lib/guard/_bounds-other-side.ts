// A bound said from the other side with a negation: "Keep the room below 27 °C" = "The room must
// never reach 27 °C or higher"; "must not exceed 15 km/h" = "stay at or below 15 km/h"; "Do not
// park within 5 metres" = "Park more than 5 metres away". Each bound admits one side of its number
// (below or above), and a negation in its clause turns the side round, as it turns a rule round
// (`_polarity.ts`): the same number admitting the same side is the same limit, however each
// version words it. Whether the number itself is included ("below 27" / "27 or higher") is not
// read: rules are not written to that precision. Pure.
import type { Finding } from './_findings.ts';
import { APPROXIMATING, BOUNDS_AFTER, BOUNDS_BEFORE, type BoundSide as Side } from './_numbers.ts';
import { extremeBound, grantIsEdge } from './_extreme-bounds.ts';

/**
 * Bounds before the number, longest first, with the side they admit. A bound that carries a
 * negation of its verb ("not exceed") is read as that verb and the negation counted like any other.
 */
const BEFORE: ReadonlyArray<readonly [string, Side]> = BOUNDS_BEFORE.filter((bound) => bound.negates === undefined).map((bound) => [bound.phrase, bound.side] as const);
/** Bounds after the number (and its unit). */
const AFTER: ReadonlyArray<readonly [string, Side]> = BOUNDS_AFTER.map((bound) => [bound.phrase, bound.side] as const);
const NEGATIONS = new Set(['not', 'never', 'no', 'nobody', 'none']);
/** Words a unit may take between a number and a bound after it ("27 °C or higher", "90% or lower", "5 metres or less"). */
const UNIT = /^(?:[a-z]{1,12}|%)$/;

interface ReadBound {
  value: string;
  /** The side the bound words admit, before any negation. */
  written: Side;
  /** The side the rule admits: the written one, turned round by each negation in its clause before the bound. */
  admitted: Side;
  /** The bound words, as written. */
  words: string;
  negated: boolean;
  /** A superlative naming the limit's edge ("12 is the minimum age", `_extreme-bounds.ts`). */
  superlative?: boolean;
}

function tokens(sentence: string): string[] {
  return sentence.toLowerCase().replace(/n['’]t\b/g, ' not').match(/\d+(?:[.,]\d+)?|%|[a-z]+|[;:,]/g) ?? [];
}

function endsWith(words: readonly string[], at: number, phrase: string): boolean {
  const parts = phrase.split(' ');
  return parts.every((part, k) => words[at - parts.length + k] === part);
}

/** Every number with a bound in a text, and the side its rule admits. */
function readBounds(text: string): ReadBound[] {
  const words = tokens(text);
  const found: ReadBound[] = [];
  words.forEach((word, i) => {
    if (!/^\d/.test(word)) return;
    let bound: { phrase: string; side: Side; start: number } | null = null;
    // "faster than about 2.8 m/s": a word of approximation between the bound and its number.
    const at = APPROXIMATING.has(words[i - 1] ?? '') ? i - 1 : i;
    for (const [phrase, side] of BEFORE) {
      if (endsWith(words, at, phrase)) { bound = { phrase, side, start: at - phrase.split(' ').length }; break; }
      // "rise above 5 °C", "at or below 15": a word between the bound and the number is not read.
    }
    if (!bound) {
      for (let k = i + 1; k <= i + 3 && k < words.length; k++) {
        const pair = `${words[k] ?? ''} ${words[k + 1] ?? ''}`;
        const after = AFTER.find(([phrase]) => phrase === pair);
        if (after) { bound = { phrase: after[0], side: after[1], start: i }; break; }
        if (!UNIT.test(words[k] ?? '')) break;
      }
    }
    // "12 is the minimum age", "4 pm is the last time", "after 4 pm" (round 25a).
    const extreme = bound ? null : extremeBound(words, i);
    if (extreme) bound = { phrase: extreme.words, side: extreme.side, start: extreme.start };
    if (!bound) return;
    let from = bound.start;
    while (from > 0 && !/^[;:,]$/.test(words[from - 1] ?? '') && words[from - 1] !== 'and') from--;
    // "no more than" is a bound of its own, not a negation of the rule.
    const negations = words.slice(from, bound.start).filter((token) => NEGATIONS.has(token)).length;
    const turned = negations % 2 === 1;
    found.push({ value: word, written: bound.side, admitted: turned ? (bound.side === 'up' ? 'down' : 'up') : bound.side, words: bound.phrase, negated: negations > 0, ...(extreme?.superlative ? { superlative: true } : {}) });
  });
  return found;
}

/** Bounds of the same number written on opposite sides that admit the same side: the same limit said the other way. */
function boundsSaidFromOtherSide(previous: string, next: string, amountsAgree: boolean): Array<{ before: ReadBound; after: ReadBound }> {
  const after = readBounds(next);
  const old = readBounds(previous);
  // One bound each, whose amounts the number reading found the same in other units ("10 km/h" = "about 2.8 m/s").
  const sameValue = (a: ReadBound, b: ReadBound) => a.value === b.value || (amountsAgree && old.length === 1 && after.length === 1);
  return old.flatMap((before) => {
    // "must not exceed 10" = "must not go faster than 10": both negated, the same side admitted.
    const same = after.find((bound) => sameValue(before, bound) && bound.admitted === before.admitted && ((bound.written !== before.written && bound.negated !== before.negated) || (bound.written === before.written && bound.negated && before.negated && bound.words !== before.words)));
    return same ? [{ before, after: same }] : [];
  });
}

/** Words counted as negations across a text, for telling whether the bounds account for every negation that came or went. */
function negationCount(text: string): number {
  return tokens(text).filter((token) => NEGATIONS.has(token)).length;
}

/**
 * The reasons left when the change a bound said from the other side made is no change: the limit
 * turned round on the same amount ("at least N" -> "at most N"), the order words turned round
 * ("above" -> "lower"), each known by what the reason read (`_findings.ts`), and the negation that
 * came or went with it (only when those bounds account for every negation that did).
 */
export function withoutBoundsFromOtherSide(previous: string, next: string, reasons: Finding[]): Finding[] {
  const pairs = boundsSaidFromOtherSide(previous, next, !reasons.some((reason) => reason.code === 'number-changed'));
  if (pairs.length === 0) return reasons;
  const values = new Set(pairs.flatMap(({ before }) => [before.value, before.value.replace(',', '.')]));
  const boundWords = new Set(pairs.flatMap(({ before, after }) => [...before.words.split(' '), ...after.words.split(' ')]));
  const turned = pairs.filter(({ before, after }) => before.negated !== after.negated).length;
  const negationsExplained = Math.abs(negationCount(previous) - negationCount(next)) <= turned;
  const aboutValue = (amount: string) => [...values].some((value) => amount.startsWith(value));
  const boundWordIn = (words: string) => words.split(' ').some((word) => boundWords.has(word));
  return reasons.filter((reason) => {
    if (reason.limitTurned && (aboutValue(reason.limitTurned.before) || aboutValue(reason.limitTurned.after))) return false;
    if (reason.orderTurned && boundWordIn(reason.orderTurned.before) && boundWordIn(reason.orderTurned.after)) return false;
    if ((reason.code === 'negation-added' || reason.code === 'negation-removed') && negationsExplained) return false;
    // A ban said as its edge: "must not take off after 7 p.m." = "7 p.m. is the latest a flight may take off".
    if (reason.code === 'modal-weakened' && pairs.some(({ before, after }) => after.superlative && before.negated && !after.negated) && grantIsEdge(next)) return false;
    return true;
  });
}
