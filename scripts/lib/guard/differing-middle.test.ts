// The word diff of the statement readings (`changedStretches`) fills its table only for the middle two
// sentences differ in (round 29d): the stretches it finds must be those of the whole table, ties
// included, for any pair of word lists. Checked against the whole-table diff it replaced, on lists
// drawn from a few words so that equal words and ties abound.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/synthetic-repo.ts';
import { differingMiddle } from './_differing-middle.ts';
import { isContent } from './_statements.ts';
import { normaliseWord } from './_text.ts';
import { changedStretches, type Stretch } from './reason-object.ts';

/** The diff as it was before round 29d: the whole table, then the same traceback. */
function wholeTableStretches(before: readonly string[], after: readonly string[]): Stretch[] {
  const a = before.map(normaliseWord);
  const b = after.map(normaliseWord);
  const lengths: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = lengths[i] as number[];
      row[j] = a[i] === b[j] ? (lengths[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(lengths[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const stretches: Stretch[] = [];
  let current: Stretch = { removed: [], added: [], at: 0, removedAt: [] };
  let i = 0;
  let j = 0;
  const close = (): void => {
    if (current.removed.length + current.added.length > 0) stretches.push(current);
    current = { removed: [], added: [], at: i + 1, removedAt: [] };
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      if (isContent(before[i] ?? '') || current.removed.length + current.added.length === 0) close();
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && (lengths[i + 1]?.[j] ?? 0) >= (lengths[i]?.[j + 1] ?? 0))) {
      current.removed.push(before[i] ?? '');
      current.removedAt.push(i);
      i++;
    } else {
      current.added.push(after[j] ?? '');
      j++;
    }
  }
  close();
  return stretches;
}

const WORDS = ['the', 'staff', 'must', 'log', 'the', 'call', 'and', 'check', 'a', 'refund'];

function randomWords(random: () => number, length: number): string[] {
  return Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)]!);
}

/** A copy of `words` with a few words replaced, removed or inserted. */
function edited(random: () => number, words: readonly string[]): string[] {
  const copy = [...words];
  const edits = 1 + Math.floor(random() * 3);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * (copy.length + 1));
    const roll = random();
    if (roll < 0.4 && at < copy.length) copy[at] = WORDS[Math.floor(random() * WORDS.length)]!;
    else if (roll < 0.7 && at < copy.length) copy.splice(at, 1);
    else copy.splice(at, 0, WORDS[Math.floor(random() * WORDS.length)]!);
  }
  return copy;
}

describe('the word diff of a long sentence, its table cut to the middle the sentences differ in', () => {
  it('finds the stretches the whole table found, ties and repeated words included', () => {
    const random = seededRandom(29);
    for (let n = 0; n < 3_000; n++) {
      const before = randomWords(random, Math.floor(random() * 14));
      const after = random() < 0.2 ? randomWords(random, Math.floor(random() * 14)) : edited(random, before);
      expect(changedStretches(before, after), `${before.join(' ')} -> ${after.join(' ')}`).toEqual(wholeTableStretches(before, after));
    }
  });

  it('gives back to the middle a suffix that opens with a word the middle holds', () => {
    // "p the" -> "q the r the": the whole table matched the first "the" of the new words, so the
    // suffix "the" is read in the middle, not set aside.
    expect(differingMiddle(['p', 'the'], ['q', 'the', 'r', 'the'])).toEqual({ head: 0, aEnd: 2, bEnd: 4 });
    expect(changedStretches(['p', 'the'], ['q', 'the', 'r', 'the'])).toEqual(wholeTableStretches(['p', 'the'], ['q', 'the', 'r', 'the']));
  });

  it('leaves only the changed word in the middle of a long sentence with one word changed', () => {
    const words = Array.from({ length: 2_000 }, (_, k) => `word${k}`);
    const changed = words.map((word, k) => (k === 1_000 ? 'changed' : word));
    expect(differingMiddle(words, changed)).toEqual({ head: 1_000, aEnd: 1_001, bEnd: 1_001 });
  });
});
