import { describe, expect, it } from 'vitest';
import { countWords, sumOverWords, wordsIn } from './_prose.ts';
import { TONE_EXAMPLES } from './tone-examples.ts';

// countWords, sumOverWords and wordsIn scan char codes; the Unicode pattern that defines a word
// (_prose.ts) is what they must agree with.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu;
const byPattern = (text: string): string[] => text.match(WORD) ?? [];
const EDGES = [
  "don't ’tis a''b x’ 'y it’s customer's '' a'b'c'd e’f’ ’g x'",
  'naïve café e\u0301te\u0301 한국어 日本語のテキスト ١٢٣ ½ Ⅻ',
  'math 𝐀𝐁c 𝟏𝟐 emoji 😀😀 x😀y a\u{1F600}\'b',
  'lone \ud800 surrogates \udc00a x\'\ud835\udc00 y\ud835',
  '',
  "'''",
  'tabs\tand\nnew\r\nlines—dashes–and_underscores snake_case kebab-case 3.14 v2',
];

describe('countWords', () => {
  it('finds, in wordsIn, the very words the pattern matches, in order', () => {
    for (const text of [...EDGES, ...TONE_EXAMPLES.map((example) => example.text)]) expect(wordsIn(text), JSON.stringify(text)).toEqual(byPattern(text));
    for (let code = 0; code < 128; code++) {
      const c = String.fromCharCode(code);
      for (const text of [c, `a${c}b`, `${c}${c}x`, `x'${c}`, `é${c}é`, `1${c}2'${c}`]) expect(wordsIn(text), JSON.stringify(text)).toEqual(byPattern(text));
    }
  });

  it('counts the words the pattern finds, apostrophes, marks, astral letters and lone surrogates included', () => {
    for (const text of [...EDGES, ...TONE_EXAMPLES.map((example) => example.text)]) expect(countWords(text), JSON.stringify(text)).toBe(byPattern(text).length);
  });

  it('hands sumOverWords the very words the pattern finds (readability sums their syllables)', () => {
    for (const text of [...EDGES, ...TONE_EXAMPLES.map((example) => example.text)]) {
      const seen: string[] = [];
      const counted = sumOverWords(text, (word) => (seen.push(word), word.length));
      expect(seen, JSON.stringify(text)).toEqual(byPattern(text));
      expect(counted).toEqual({ words: seen.length, sum: seen.join('').length });
    }
  });

  it('reads every ASCII character as the Unicode pattern does (the scans read ASCII from a table)', () => {
    for (let code = 0; code < 128; code++) {
      const c = String.fromCharCode(code);
      for (const text of [c, `a${c}b`, `${c}${c}x`, `x'${c}`, `é${c}é`, `1${c}2'${c}`]) {
        expect(countWords(text), JSON.stringify(text)).toBe(byPattern(text).length);
        const seen: string[] = [];
        sumOverWords(text, (word) => (seen.push(word), 0));
        expect(seen, JSON.stringify(text)).toEqual(byPattern(text));
      }
    }
  });

  it('joins runs across one inner apostrophe only', () => {
    expect(countWords("don't")).toBe(1);
    expect(countWords("a''b")).toBe(2);
    expect(countWords("end' 'start")).toBe(2);
    expect(countWords('x😀y')).toBe(2);
  });
});
