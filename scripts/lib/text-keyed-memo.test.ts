import { describe, expect, it } from 'vitest';
import { createTextKeyedMemo } from './text-keyed-memo.ts';

describe('a memo bounded by the text it holds', () => {
  it('forgets everything at once when its keys would pass the bound in characters, however few entries it has', () => {
    const memo = createTextKeyedMemo<number>(1_000);
    memo.set('a'.repeat(400), 1);
    memo.set('b'.repeat(400), 2);
    expect(memo.size).toBe(2);
    expect(memo.chars).toBe(2 * (400 + 64));
    memo.set('c'.repeat(400), 3);
    expect(memo.size).toBe(1);
    expect(memo.get('a'.repeat(400))).toBeUndefined();
    expect(memo.get('c'.repeat(400))).toBe(3);
  });

  it('keeps many small texts under the same bound', () => {
    const memo = createTextKeyedMemo<number>(1_000);
    for (let i = 0; i < 12; i++) memo.set(`key ${i}`, i);
    expect(memo.size).toBe(12);
    expect(memo.get('key 7')).toBe(7);
  });

  it('keeps no text larger than the whole bound, and counts a key set twice once', () => {
    const memo = createTextKeyedMemo<number>(1_000);
    memo.set('x'.repeat(2_000), 1);
    expect(memo.size).toBe(0);
    memo.set('y', 1);
    memo.set('y', 2);
    expect(memo.get('y')).toBe(2);
    expect(memo.chars).toBe(1 + 64);
  });
});
