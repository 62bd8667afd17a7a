// One measured amount said in other words, where the number readings read it as two amounts, as a
// bare count or as a noun counted: "sits 3.5 metres above" -> "sits three and a half metres above",
// "stand 4 feet 8 inches off" -> "stand 56 inches off", "under 5,000 parts per million" -> "under
// 5,000 ppm", "under 100 ppm" -> "under 0.01%" (round 48c: v70's korf posts and CO2 levels and
// v71's wicket board, read as `number-changed`: "three" a count with no unit, "8 inches" an amount
// removed, "million" a number removed). _spans-said-alike.ts does this for spans of time since
// round 43d; this is the same fold for every other unit of the units table a length, a weight, a
// volume, an area, a pressure or a share is said in (times, dates, money and temperatures have
// readings of their own). An amount of the new version is written as the old version writes it
// when both stand between the same two words before and the same word after and hold the same
// amount; a changed amount is never folded, so the number readings still see it. Pure.
import { NUMBER_WORDS } from './_numbers.ts';
import { UNITS } from './_quantity-units.ts';
import { contextAround, writtenAsOld } from './_said-alike.ts';

/** The dimensions folded here: what `UNITS` measures besides time, money, bytes and temperature. */
const FOLDED = new Set(['length', 'mass', 'volume', 'area', 'pressure', 'percent']);

/** Shares said as parts of a whole, in percent ("5,000 ppm" is 0.5%), beside the units table's. */
const SHARES: Readonly<Record<string, number>> = { ppm: 0.000_1, 'part per million': 0.000_1, ppb: 0.000_000_1, 'part per billion': 0.000_000_1, 'per cent': 1 };

/** Each unit word folded here, singular, lower case, with its dimension and size in the dimension's base unit. */
const UNIT_SIZES: Readonly<Record<string, readonly [string, number]>> = {
  ...Object.fromEntries(Object.entries(UNITS).filter(([, [dimension]]) => FOLDED.has(dimension))),
  ...Object.fromEntries(Object.entries(SHARES).map(([word, size]) => [word, ['percent', size] as const])),
};

/** A unit as written, singular or plural ("inches", "parts per million"), longest first. */
const UNIT = Object.keys(UNIT_SIZES)
  .flatMap((unit) => {
    const escaped = unit.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&');
    if (/^[a-z]/i.test(unit) === false) return [escaped];
    const plural = /(?:ch|sh|s|x)$/.test(unit) ? `${escaped}(?:es)?` : unit.startsWith('part ') ? escaped.replace(/^part/, 'parts?') : `${escaped}s?`;
    return [plural];
  })
  .sort((a, b) => b.length - a.length)
  .join('|');

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|${Object.keys(NUMBER_WORDS).filter((word) => word !== 'dozen').sort((a, b) => b.length - a.length).join('|')}`;
const PART = String.raw`(?:a|one) (?:half|quarter|third)|(?:two|three) (?:thirds|quarters)`;
/** A unit ends at a word's end, or at the sign itself ("%"). */
const END = String.raw`(?:(?<=%)|\b)`;

/** The ways an amount is said here; the first that matches at a place wins. */
const AMOUNT = new RegExp(
  [
    // "4 feet 8 inches", "1 kilogram and 500 grams": two units counting down.
    String.raw`(?<n1>${NUMBER}) ?(?<u1>${UNIT}),? (?:and )?(?<n2>${NUMBER}) ?(?<u2>${UNIT})${END}`,
    // "three and a half metres", "two and three quarters miles"
    String.raw`(?<n3>${NUMBER}) and (?<p3>${PART}) (?<u3>${UNIT})${END}`,
    // "two metres and a half"
    String.raw`(?<n4>${NUMBER}) ?(?<u4>${UNIT}) and (?<p4>${PART})\b`,
    // "3.5 metres", "5,000 ppm", "0.01%"
    String.raw`(?<n5>${NUMBER}) ?(?<u5>${UNIT})${END}`,
  ]
    .map((way) => String.raw`\b(?:${way})`)
    .join('|'),
  'gi',
);

/** A number as written: figures (thousands marked or not), or a word of one. */
function numberOf(written: string): number {
  return /^\d/.test(written) ? Number(written.replace(/,/g, '')) : (NUMBER_WORDS[written.toLowerCase()] ?? Number.NaN);
}

/** A unit as written, as its dimension and size ("Inches" -> length, 0.0254). */
function unitOf(written: string): readonly [string, number] | null {
  const lower = written.toLowerCase().replace(/\s+/g, ' ');
  const singular = [lower, lower.replace(/^parts /, 'part '), lower.replace(/ches$/, 'ch'), lower.replace(/es$/, ''), lower.replace(/s$/, '')];
  for (const form of singular) if (UNIT_SIZES[form]) return UNIT_SIZES[form] ?? null;
  return null;
}

/** What a fraction said in words adds ("a half" 0.5, "three quarters" 0.75). */
function partOf(written: string): number {
  const [count, part] = written.toLowerCase().split(' ');
  const denominator = ({ half: 2, quarter: 4, quarters: 4, third: 3, thirds: 3 } as Record<string, number>)[part ?? ''] ?? Number.NaN;
  return (/^(?:a|one)$/.test(count ?? '') ? 1 : (NUMBER_WORDS[count ?? ''] ?? Number.NaN)) / denominator;
}

interface Amount {
  start: number;
  end: number;
  text: string;
  dimension: string;
  value: number;
  /** The two words before it and the word after it, lower case. */
  context: string;
}

/** Every amount of a folded dimension in a text, with the words round it. */
function amountsOf(text: string): Amount[] {
  return [...text.matchAll(AMOUNT)].flatMap((match) => {
    const g = match.groups ?? {};
    let read: [string, number] | null = null;
    if (g.n1 !== undefined) {
      const [larger, smaller] = [unitOf(g.u1 ?? ''), unitOf(g.u2 ?? '')];
      // "4 feet 8 inches" counts down its units; "8 inches 4 feet" is no one amount.
      if (larger && smaller && larger[0] === smaller[0] && larger[1] > smaller[1]) read = [larger[0], numberOf(g.n1) * larger[1] + numberOf(g.n2 ?? '') * smaller[1]];
    } else if (g.n3 !== undefined || g.n4 !== undefined) {
      const unit = unitOf(g.u3 ?? g.u4 ?? '');
      if (unit) read = [unit[0], (numberOf(g.n3 ?? g.n4 ?? '') + partOf(g.p3 ?? g.p4 ?? '')) * unit[1]];
    } else if (g.n5 !== undefined) {
      const unit = unitOf(g.u5 ?? '');
      if (unit) read = [unit[0], numberOf(g.n5) * unit[1]];
    }
    if (!read || !Number.isFinite(read[1]) || read[1] <= 0) return [];
    const start = match.index;
    const end = start + match[0].length;
    const context = contextAround(text, start, end);
    return [{ start, end, text: match[0], dimension: read[0], value: Number(read[1].toPrecision(9)), context }];
  });
}

/**
 * Both versions, each amount of the new one that the old one holds, said otherwise, between the
 * same words written as the old one writes it.
 */
export function foldAmountsSaidAlike(previous: string, next: string): [string, string] {
  const old = amountsOf(previous);
  if (old.length === 0) return [previous, next];
  const sameAs = (amount: Amount) => old.find((candidate) => candidate.dimension === amount.dimension && candidate.value === amount.value && candidate.context === amount.context && candidate.text.toLowerCase() !== amount.text.toLowerCase());
  return [previous, writtenAsOld(next, amountsOf(next), sameAs)];
}
