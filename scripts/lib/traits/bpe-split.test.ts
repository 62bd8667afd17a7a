import { CL100K_TOKEN_SPLIT_REGEX, O200K_TOKEN_SPLIT_REGEX, R50K_TOKEN_SPLIT_REGEX } from 'gpt-tokenizer/encodingParams/constants';
import { describe, expect, it } from 'vitest';
import { asciiSplitOf, splitRegexOf, tilesEveryText } from './bpe-split.ts';
import type { TokenizerEncoding } from './tokens.ts';

// The token counter finds each piece's end with `test` and takes the piece to start where the last
// one ended (bpe-table.ts): that holds when every character, whatever comes before or after it,
// starts a match of at least one character.
describe("the encodings' pre-tokenizer patterns", () => {
  it.each<TokenizerEncoding>(['o200k_base', 'cl100k_base', 'p50k_base', 'r50k_base'])('%s: every code point starts a piece, none is empty, and nothing looks behind', (encoding) => {
    const pattern = splitRegexOf(encoding);
    expect(tilesEveryText(pattern)).toBe(true);
    expect(pattern.source).not.toMatch(/\(\?<[=!]/);
    const anchored = new RegExp(pattern.source, 'uy');
    expect(anchored.test('')).toBe(false);
    const unmatched: number[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      anchored.lastIndex = 0;
      if (!anchored.test(`${String.fromCodePoint(codePoint)}x`) || anchored.lastIndex === 0) unmatched.push(codePoint);
    }
    expect(unmatched).toEqual([]);
  });

  it("are gpt-tokenizer's own patterns, source and flags, written out so that loading its module does not make all three", () => {
    const theirs = { o200k_base: O200K_TOKEN_SPLIT_REGEX, cl100k_base: CL100K_TOKEN_SPLIT_REGEX, p50k_base: R50K_TOKEN_SPLIT_REGEX, r50k_base: R50K_TOKEN_SPLIT_REGEX };
    for (const [encoding, regex] of Object.entries(theirs)) {
      expect({ encoding, source: splitRegexOf(encoding as TokenizerEncoding).source, flags: splitRegexOf(encoding as TokenizerEncoding).flags }).toEqual({ encoding, source: regex.source, flags: regex.flags });
    }
  });

  it('are each made once: every ask gets the same pattern (a copy is parsed again)', () => {
    expect(splitRegexOf('o200k_base')).toBe(splitRegexOf('o200k_base'));
    expect(splitRegexOf('p50k_base')).toBe(splitRegexOf('r50k_base'));
    expect(splitRegexOf('cl100k_base')).not.toBe(splitRegexOf('o200k_base'));
  });

  it('says nothing of other patterns', () => {
    expect(tilesEveryText(/\S+/gu)).toBe(false);
    expect(tilesEveryText(new RegExp(splitRegexOf('o200k_base').source, 'gu'))).toBe(false);
  });
});

// ASCII text is split by o200k's twin without `\p` classes (cheaper to compile): on any ASCII text
// its pieces must be o200k's, one for one.
describe("o200k's pattern for ASCII text", () => {
  const pieces = (pattern: RegExp, text: string) => [...text.matchAll(new RegExp(pattern.source, pattern.flags))].map((match) => match[0]);
  const o200k = splitRegexOf('o200k_base');
  const ascii = asciiSplitOf(o200k)!;

  it('gives the pieces o200k gives on every ASCII text of two characters and each third one after them', () => {
    const chars = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));
    const differ: string[] = [];
    for (const a of chars) for (const b of chars) for (const c of ['', 'a', 'A', '1', ' ', "'", '\n', 's', 'T', '.']) {
      const text = `${a}${b}${c}${a}`;
      if (pieces(ascii, text).join('\0') !== pieces(o200k, text).join('\0')) differ.push(text);
    }
    expect(differ).toEqual([]);
  });

  it('gives the pieces o200k gives on prose, code and generated ASCII text', () => {
    let state = 11;
    const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const telling = [..."aAzZ09 '\t\r\n.,!?/-_:;()[]{}\"sStTdDmMlLvVeErR"];
    const texts = [
      "You're a helpful assistant. Don't guess; ask the user (politely) - then act!\n\n  - Step 1: read the ticket\r\n",
      'const x = await fetch(`https://example.com/api/v2?id=${id}`); // 1234567 ms\n\tif (x.ok) return x.json();',
      "IT'S WE'LL THEY'VE I'M YOU'D SHE'S can't won't O'Neil\n\n\n   \n",
      ...Array.from({ length: 5000 }, () => Array.from({ length: 1 + Math.floor(random() * 40) }, () => (random() < 0.8 ? telling[Math.floor(random() * telling.length)] : String.fromCharCode(Math.floor(random() * 128)))).join('')),
    ];
    expect(texts.filter((text) => pieces(ascii, text).join('\0') !== pieces(o200k, text).join('\0'))).toEqual([]);
  });

  it('is there for o200k only: the other encodings keep their own pattern', () => {
    expect(ascii.source).not.toContain('\\p');
    expect(ascii.flags).toBe('g');
    expect([asciiSplitOf(splitRegexOf('cl100k_base')), asciiSplitOf(splitRegexOf('r50k_base')), asciiSplitOf(/\S+/gu)]).toEqual([undefined, undefined, undefined]);
  });
});
