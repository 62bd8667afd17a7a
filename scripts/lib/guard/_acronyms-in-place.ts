// Abbreviations and chemical formulas replaced IN PLACE by words whose initials do not spell them
// in order ("GNSS signal" -> "satellite navigation signal", "PPE" -> "protective equipment",
// "H2S" -> "hydrogen sulphide", "O2 reading" -> "oxygen reading"). _abbreviations.ts reads a
// spelling-out anywhere in the other version by its initials in order; this reads the aligned
// place instead: the acronym's neighbours kept on both sides, a stretch of new lowercase words
// between them, and those words fitting the acronym loosely:
// - a formula ("CO2", "H2S", "NO2") when every word names one of its elements (carbon, oxygen,
//   hydrogen, sulphur ... with "mon-"/"di-"/"tri-" agreeing with the count of oxygen), so
//   "CO2 meter" -> "oxygen meter" or "H2S" -> "methane" still read as another thing;
// - any other acronym when two or more content words stand in its place, every one opens with
//   one of its letters and they open all its letters but one at either end, so "CISO" -> "team
//   lead", "CFO" -> "finance team" or "CPR" -> "cardiac rehabilitation" still do.
// Pure.

import { STOP_WORDS } from './_text.ts';

interface Word { word: string; start: number; end: number }

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[A-Za-z0-9][A-Za-z0-9'-]*/g)].map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
}

const ACRONYM = /^(?=.*[A-Z].*[A-Z0-9])[A-Z][A-Z0-9]{1,5}$/;

/** Element symbols and the stems that name them in a spelled-out compound. */
const ELEMENTS: Readonly<Record<string, RegExp>> = {
  H: /hydr/, C: /carb/, N: /nitr/, O: /ox/, S: /sulph|sulf/, Cl: /chlor/, F: /fluor/, P: /phosph/, Br: /brom/,
};

/** The elements of a formula with their counts ("CO2" -> C 1, O 2), or null when it is no formula. */
function elementsOf(formula: string): Map<string, number> | null {
  if (!/^(?:[A-Z][a-z]?\d?)+$/.test(formula) || !/\d|^(?:CO|NO|SO)$/.test(formula)) return null;
  const found = new Map<string, number>();
  for (const match of formula.matchAll(/([A-Z][a-z]?)(\d?)/g)) {
    const symbol = match[1] ?? '';
    if (!ELEMENTS[symbol]) return null;
    found.set(symbol, (found.get(symbol) ?? 0) + Number(match[2] || 1));
  }
  return found;
}

const OXIDE_COUNT: ReadonlyArray<[RegExp, number]> = [[/monoxide/, 1], [/dioxide/, 2], [/trioxide/, 3]];

function namesFormula(formula: string, span: readonly string[]): boolean {
  const elements = elementsOf(formula);
  if (!elements) return false;
  const named = [...elements.keys()].every((symbol) => span.some((word) => ELEMENTS[symbol]?.test(word)));
  const everyWordNames = span.every((word) => [...elements.keys()].some((symbol) => ELEMENTS[symbol]?.test(word)));
  const oxygen = elements.get('O') ?? 0;
  const countsAgree = OXIDE_COUNT.every(([prefix, count]) => !span.some((word) => prefix.test(word)) || count === oxygen);
  return named && everyWordNames && countsAgree;
}

const PHRASE_PREPOSITIONS = new Set(['on', 'in', 'at', 'to', 'for', 'with', 'by', 'from', 'off', 'out']);

/**
 * Two or more content words, each opening with a letter of the acronym, and every letter of it
 * opened by one of them but one at either end: a short form drops an outer modifier or a generic
 * head ("GNSS" = global navigation satellite system -> "satellite navigation", "UAS" -> "unmanned
 * aircraft"), not a middle word, so "CPR" -> "cardiac rehabilitation" still reads as another thing.
 */
function fitsLoosely(acronym: string, span: readonly string[]): boolean {
  // "chief on duty", "nurse in charge": a preposition between the words makes a phrase of a role,
  // not a name ("Chief Data Officer" -> "chief on duty" is another person).
  if (span.some((word) => PHRASE_PREPOSITIONS.has(word))) return false;
  const content = span.filter((word) => !STOP_WORDS.has(word));
  const letters = acronym.toLowerCase().replace(/[^a-z]/g, '');
  const initials = new Set(content.map((word) => word[0] ?? ''));
  const uncovered = [...letters].flatMap((letter, k) => (initials.has(letter) ? [] : [k]));
  const outerOnly = uncovered.length === 0 || (uncovered.length === 1 && (uncovered[0] === 0 || uncovered[0] === letters.length - 1));
  return content.length >= 2 && content.length <= letters.length + 1 && content.every((word) => letters.includes(word[0] ?? '')) && outerOnly;
}

/** `text` with each acronym that `other` replaces in place by fitting words written as those words. */
function expandIn(text: string, other: string): string {
  const own = wordsOf(text);
  const theirs = wordsOf(other);
  const ownSet = new Set(own.map(({ word }) => word.toLowerCase()));
  const theirSet = new Set(theirs.map(({ word }) => word));
  let result = text;
  // From the end, so earlier offsets stay true while replacing.
  for (let i = own.length - 1; i >= 0; i--) {
    const acronym = own[i]?.word ?? '';
    if (!ACRONYM.test(acronym) || theirSet.has(acronym)) continue;
    const before = own[i - 1]?.word.toLowerCase();
    const after = own[i + 1]?.word.toLowerCase();
    if (before === undefined && after === undefined) continue;
    const span = spanBetween(theirs, before, after, ownSet);
    if (!span) continue;
    const words = span.map(({ word }) => word.toLowerCase());
    if (!namesFormula(acronym, words) && !(elementsOf(acronym) === null && fitsLoosely(acronym, words))) continue;
    const first = span[0];
    const last = span[span.length - 1];
    const at = own[i];
    if (!first || !last || !at) continue;
    result = result.slice(0, at.start) + other.slice(first.start, last.end) + result.slice(at.end);
  }
  return result;
}

/**
 * An anchor word as the other version may write it: the article before an acronym follows how the
 * acronym sounds, so "an LOA" is "a length overall" and "a UV lamp" "an ultraviolet lamp" (round 27c).
 */
const sameAnchor = (word: string | undefined, anchor: string): boolean => {
  const lower = word?.toLowerCase();
  return lower === anchor || (/^an?$/.test(anchor) && lower !== undefined && /^an?$/.test(lower));
};

/** The 1-5 new lowercase words of `words` standing between the two anchors, if exactly one such place. */
function spanBetween(words: readonly Word[], before: string | undefined, after: string | undefined, ownWords: ReadonlySet<string>): Word[] | null {
  const found: Word[][] = [];
  for (let s = 0; s < words.length; s++) {
    if (before !== undefined && !sameAnchor(words[s - 1]?.word, before)) continue;
    if (before === undefined && s !== 0) continue;
    for (let e = s; e < Math.min(words.length, s + 5); e++) {
      const next = words[e + 1]?.word.toLowerCase();
      if (after === undefined ? e !== words.length - 1 : next !== after) continue;
      const span = words.slice(s, e + 1);
      const fresh = span.every(({ word }) => /^[a-z][a-z-]*$/.test(word) && (STOP_WORDS.has(word) || !ownWords.has(word)));
      if (fresh) found.push(span);
    }
  }
  return found.length === 1 ? (found[0] ?? null) : null;
}

/** Both versions with each acronym the other replaces in place by fitting words written as them. */
export function expandAcronymsInPlace(previous: string, next: string): [string, string] {
  return [expandIn(previous, next), expandIn(next, previous)];
}
