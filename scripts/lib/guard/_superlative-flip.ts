// Which end of a range a rule picks, read without the sentence alignment: "Recommend the cheapest
// plan that meets the customer's needs" -> "Recommend the most expensive plan available", "Book the
// shortest route that avoids toll roads" -> "Book the longest route available". The rest of the
// sentence is rewritten, so the two versions score as a whole rewrite and the aligned order reading
// has nothing to compare; the superlative and the noun it picks are enough: the same noun, picked
// from the other end. Pure.
import type { Finding } from './_findings.ts';
import { normaliseWord, quote, tokenizeWords } from './_text.ts';

/** Each superlative with the end of its range: the same key, the other end, is its opposite. */
const ENDS: ReadonlyArray<readonly [string, string, 'low' | 'high']> = [
  ['cheapest', 'price', 'low'], ['least expensive', 'price', 'low'], ['most expensive', 'price', 'high'], ['priciest', 'price', 'high'], ['dearest', 'price', 'high'],
  ['lowest', 'value', 'low'], ['highest', 'value', 'high'],
  ['shortest', 'length', 'low'], ['longest', 'length', 'high'],
  ['smallest', 'size', 'low'], ['largest', 'size', 'high'], ['biggest', 'size', 'high'],
  ['oldest', 'age', 'low'], ['newest', 'age', 'high'], ['most recent', 'age', 'high'], ['least recent', 'age', 'low'],
  ['earliest', 'time', 'low'], ['latest', 'time', 'high'],
  ['nearest', 'distance', 'low'], ['closest', 'distance', 'low'], ['furthest', 'distance', 'high'], ['farthest', 'distance', 'high'],
  ['fastest', 'speed', 'high'], ['slowest', 'speed', 'low'], ['quickest', 'speed', 'high'],
  ['safest', 'risk', 'low'], ['least risky', 'risk', 'low'], ['riskiest', 'risk', 'high'], ['most risky', 'risk', 'high'], ['most dangerous', 'risk', 'high'],
  ['fewest', 'count', 'low'], ['most', 'count', 'high'],
];

interface Pick {
  phrase: string;
  key: string;
  end: 'low' | 'high';
  noun: string;
}

/** Every "superlative + noun" of a text: the noun is the first word after the superlative. */
function picks(text: string): Pick[] {
  const words = tokenizeWords(text);
  const found: Pick[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const [phrase, key, end] of ENDS) {
      const parts = phrase.split(' ');
      if (!parts.every((part, k) => words[i + k] === part)) continue;
      const noun = words[i + parts.length];
      // "most" alone is a count only before a plural noun; before an adjective it builds a superlative listed above.
      if (noun && !(phrase === 'most' && !/s$/.test(noun))) found.push({ phrase, key, end, noun: normaliseWord(noun) });
      break;
    }
  }
  return found;
}

/** The superlative that turned to the other end of its range, picking the same noun, as [old, new], or null. */
export function superlativeFlipped(previous: string, next: string): [string, string] | null {
  const before = picks(previous);
  const after = picks(next);
  for (const old of before) {
    const turned = after.find((now) => now.noun === old.noun && now.key === old.key && now.end !== old.end);
    // Both ends named in either version ("the cheapest and the most expensive plan") pick no end.
    const stillThere = after.some((now) => now.noun === old.noun && now.key === old.key && now.end === old.end);
    if (turned && !stillThere && !before.some((other) => other.noun === old.noun && other.key === old.key && other.end !== old.end)) return [old.phrase, turned.phrase];
  }
  return null;
}

/** `order-changed` for a superlative turned round, when the aligned order reading found nothing. */
export function findSuperlativesFlipped(previous: string, next: string): Finding[] {
  const flipped = superlativeFlipped(previous, next);
  return flipped ? [{ code: 'order-changed', message: `order changed: "${flipped[0]}" -> "${flipped[1]}", the other end of the range, in ${quote(next)}`, orderTurned: { before: flipped[0], after: flipped[1] } }] : [];
}
