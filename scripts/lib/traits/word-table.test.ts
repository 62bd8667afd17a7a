import { describe, expect, it } from 'vitest';
import { WordTable } from './_word-table.ts';

// The table answers for a span of a text what a Map keyed by that span's string would.
describe('WordTable', () => {
  it('makes a value once per distinct word, wherever the word stands', () => {
    const made: string[] = [];
    const table = new WordTable((word) => (made.push(word), { word }));
    const text = 'the cat, the Cat and the cat';
    const first = table.at(text, 0, 3);
    expect(table.at(text, 9, 12)).toBe(first);
    expect(table.at('xxthe', 2, 5)).toBe(first);
    expect(table.at(text, 4, 7)).toEqual({ word: 'cat' });
    expect(table.at(text, 13, 16)).toEqual({ word: 'Cat' });
    expect(table.at(text, 25, 28)).toBe(table.at(text, 4, 7));
    expect(made).toEqual(['the', 'cat', 'Cat']);
  });

  it('tells apart words of the same length and prefixes, and keeps every word as it grows', () => {
    const table = new WordTable((word) => word);
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}`);
    const text = words.join(' ');
    let at = 0;
    for (const word of words) {
      expect(table.at(text, at, at + word.length)).toBe(word);
      at += word.length + 1;
    }
    at = 0;
    for (const word of words) {
      expect(table.at(text, at, at + word.length)).toBe(word);
      at += word.length + 1;
    }
    expect(table.at('w1w', 0, 2)).toBe('w1');
    expect(table.at('ab', 0, 0)).toBe('');
  });

  it('starts again empty past its bound, and still answers every word by its own value', () => {
    let made = 0;
    const table = new WordTable((word) => (made++, word.toUpperCase()));
    for (let i = 0; i < 200_001; i++) {
      const word = `k${i}`;
      expect(table.at(word, 0, word.length)).toBe(word.toUpperCase());
    }
    expect(made).toBe(200_001);
    // "k0" was dropped with the rest when the table filled: made again, the same value.
    expect(table.at('k0', 0, 2)).toBe('K0');
    expect(made).toBe(200_002);
    expect(table.at('k200000', 0, 7)).toBe('K200000');
    expect(made).toBe(200_002);
  });
});
