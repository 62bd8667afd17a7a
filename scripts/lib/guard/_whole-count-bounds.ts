// A bound on a whole count said strictly in one version and inclusively in the other (issue 11,
// round 29a): "Trainees who miss more than one session" = "Missing two or more sessions", "Drivers
// under 25" = "every driver aged 24 or younger". Sessions, people, visits and ages in whole years
// are counted in whole numbers, so "more than N" and "N+1 or more", "under N" and "N-1 or younger"
// pick out the same cases; the number readings saw "one" -> "two" and "25" -> "24". Here an
// inclusive bound ("N or more", "N or fewer", "N or younger") is written in the strict form the
// other version says for the same count ("more than N-1", "under N+1"), and the number readings then
// weigh the rest. Not for amounts of a measure: "more than 2 kg" is not "3 kg or more", "under 25
// minutes" not "24 minutes or less" (a figure followed by a unit of measure is left, except a year
// of age beside "younger" / "older"). "more than one" -> "one or more" and "under 25" -> "25 or
// younger" find no counterpart one apart and are left to read as changed. The fold can only take
// findings away (`reworded-withdrawn.ts`). Pure.
import { NUMBER_WORD_PATTERN, NUMBER_WORDS } from './_numbers.ts';
import { unitKey } from './_quantity-units.ts';

/** Inclusive bounds after their number, each with the side it opens to. */
const INCLUSIVE = new RegExp(String.raw`\b(?<number>\d+|${NUMBER_WORD_PATTERN})\s+(?<unit>[a-z]+\s+)?(?<bound>or more|or over|and over|or above|or older|and older|or fewer|or less|or under|and under|or younger|and younger)\b`, 'gi');
/** Strict bounds before their number, on a count or an age. */
const STRICT = new RegExp(String.raw`\b(?<bound>more than|over|above|older than|fewer than|less than|under|below|younger than)\s+(?<number>\d+|${NUMBER_WORD_PATTERN})\b(?:\s+(?<after>[a-z]+))?`, 'gi');

const UP_INCLUSIVE = /^(?:or more|or over|and over|or above|or older|and older)$/i;
const UP_STRICT = /^(?:more than|over|above|older than)$/i;
const AGES = /(?:older|younger)$/i;

/** A whole number said in digits or in words; null for anything else. */
function wholeNumber(said: string): number | null {
  if (/^\d+$/.test(said)) return Number(said);
  return NUMBER_WORDS[said.toLowerCase()] ?? null;
}

/** Whether a word after a figure makes it an amount of a measure (a year of age excepted). */
function measured(word: string | undefined, age: boolean): boolean {
  if (word === undefined) return false;
  const key = unitKey(word.trim());
  return key !== '' && !(age && /^(?:year|yr)$/.test(key));
}

interface Strict {
  bound: string;
  number: string;
  value: number;
  up: boolean;
}

/** The strict bounds on whole counts a text says ("more than one session", "under 25"). */
function strictBounds(text: string): Strict[] {
  return [...text.matchAll(STRICT)].flatMap((found) => {
    const { bound = '', number = '', after } = found.groups ?? {};
    const value = wholeNumber(number);
    if (value === null || measured(after, AGES.test(bound))) return [];
    return [{ bound, number, value, up: UP_STRICT.test(bound) }];
  });
}

/** `text` with each inclusive bound on a whole count written as the strict bound `other` says for it. */
function writeAsStrict(text: string, other: string): string {
  const theirs = strictBounds(other);
  if (theirs.length === 0) return text;
  return text.replace(INCLUSIVE, (whole: string, ...rest: unknown[]) => {
    const groups = rest.at(-1) as Record<string, string | undefined>;
    const { number = '', unit, bound = '' } = groups;
    const value = wholeNumber(number);
    const up = UP_INCLUSIVE.test(bound);
    if (value === null || measured(unit, AGES.test(bound))) return whole;
    // "two or more" is "more than one"; "24 or younger" is "under 25".
    const match = theirs.find((strict) => strict.up === up && strict.value === (up ? value - 1 : value + 1));
    if (match === undefined) return whole;
    return `${match.bound} ${match.number}${unit === undefined ? '' : ` ${unit.trim()}`}`;
  });
}

/** Both versions with each inclusive bound on a whole count written as the strict bound the other version says. */
export function foldWholeCountBounds(previous: string, next: string): [string, string] {
  return [writeAsStrict(previous, next), writeAsStrict(next, previous)];
}
