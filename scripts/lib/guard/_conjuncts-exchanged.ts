// Two coordinated acts said the other way round, the thing they share named in the one that now
// comes first and referred back to in the other (round 47c, issue 11: v69's "Guests may buy pearls
// at the jetty shop or order them online" -> "Guests may order pearls online or buy them at the
// jetty shop", v68's "Take each customer's foot measurements ... and ask which wood they would
// like" -> "Ask each customer which wood they would like and take their foot measurements ...",
// both read as roles swapped). _items-reordered.ts reads items that trade places word for word; here
// the noun moves to the first act and a pronoun takes its place in the second, so no item keeps its
// words. Each act keeps its own verb and everything said with it, in its order: an act whose verb
// took the other's complement ("buy pearls at the shop or order them online" -> "order pearls at
// the shop or buy them online") is no reorder, and a sequence said in words ("then", "first") is
// never read as one. Pure.

/** Words that say the acts come in a sequence: their order is the rule's. */
const SEQUENCE = /\b(?:then|first|firstly|second|secondly|next|finally|lastly|afterwards|followed by|after that|before that|before|after|once|until|in (?:that|this) order|in order)\b/i;

/** Words that refer back to a thing already named: they carry no content of their own. */
const REFERRING = new Set(['it', 'its', 'them', 'their', 'theirs', 'they', 'him', 'his', 'her', 'hers', 'he', 'she', 'one', 'ones']);

/** At most this many words may move from one act to the other (the shared thing: "each customer", "pearls"). */
const MOST_MOVED = 4;

/** A sentence's words, lower case, its punctuation and possessive endings taken off. */
function wordsOf(sentence: string): string[] {
  return sentence
    .toLowerCase()
    .replace(/[\u2019']s\b/g, '')
    .replace(/[^a-z0-9\s-]/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '');
}

/** The words of `a` not matched by a word of `b`, as many times as they are left over. */
function leftOver(a: readonly string[], b: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const word of b) counts.set(word, (counts.get(word) ?? 0) + 1);
  const left: string[] = [];
  for (const word of a) {
    const count = counts.get(word) ?? 0;
    if (count > 0) counts.set(word, count - 1);
    else left.push(word);
  }
  return left;
}

const sameBag = (a: readonly string[], b: readonly string[]) => a.length === b.length && leftOver(a, b).length === 0;

/** An act's words without the words that refer back and those that moved, in their order. */
const kept = (act: readonly string[], moved: readonly string[]) => act.filter((word) => !REFERRING.has(word) && !moved.includes(word));

/**
 * Whether act `a` of the old sentence is act `b` of the new one: the same verb, and the same words
 * in the same order once the words that refer back and the words that moved between the acts are
 * set aside.
 */
function sameAct(a: readonly string[], b: readonly string[], moved: readonly string[]): boolean {
  if (a[0] !== b[0] || REFERRING.has(a[0]!)) return false;
  const left = kept(a, moved);
  const right = kept(b, moved);
  return left.length >= 2 && left.join(' ') === right.join(' ');
}

/** Each way of parting a sentence's words at one "and" or "or" (its place and the word). */
function partings(words: readonly string[]): Array<{ at: number; word: string }> {
  return words.flatMap((word, at) => ((word === 'and' || word === 'or') && at > 0 && at < words.length - 1 ? [{ at, word }] : []));
}

/**
 * Whether `next` says the two acts of `previous`, joined by one "and" or "or", in the other order,
 * a thing they share moving from the act that came first to the act that comes first now, a word
 * that refers back to it left in its place ("buy pearls ... or order them" -> "order pearls ... or
 * buy them"). The words both open with ("Guests may") are the sentence's, not the first act's.
 */
export function conjunctsExchanged(previous: string, next: string): boolean {
  if (SEQUENCE.test(previous) || SEQUENCE.test(next)) return false;
  const before = wordsOf(previous);
  const after = wordsOf(next);
  if (before.join(' ') === after.join(' ')) return false;
  let shared = 0;
  while (shared < before.length && shared < after.length && before[shared] === after[shared]) shared++;
  const old = before.slice(shared);
  const now = after.slice(shared);
  // Both say the same things: what one lost beside the other is only words that refer back.
  if (!leftOver(old, now).every((word) => REFERRING.has(word)) || !leftOver(now, old).every((word) => REFERRING.has(word))) return false;
  for (const { at, word } of partings(old)) {
    for (const other of partings(now)) {
      if (other.word !== word) continue;
      const [a1, a2] = [old.slice(0, at), old.slice(at + 1)];
      const [b1, b2] = [now.slice(0, other.at), now.slice(other.at + 1)];
      // The old first act gave words to the new first act; the old second act took none it did not give back.
      const moved = leftOver(a1.filter((w) => !REFERRING.has(w)), b2.filter((w) => !REFERRING.has(w)));
      const gained = leftOver(b1.filter((w) => !REFERRING.has(w)), a2.filter((w) => !REFERRING.has(w)));
      if (moved.length > MOST_MOVED || !sameBag(moved, gained)) continue;
      if (moved.length > 0 && !b2.some((w) => REFERRING.has(w))) continue;
      if (sameAct(a1, b2, moved) && sameAct(a2, b1, moved)) return true;
    }
  }
  return false;
}

/**
 * The words of a sentence that `conjunctsExchanged` compares, sorted, without the words that refer
 * back: two sentences it can read as one have the same, so only those are asked.
 */
export function exchangeKey(sentence: string): string {
  return wordsOf(sentence)
    .filter((word) => !REFERRING.has(word))
    .sort()
    .join(' ');
}
