import { describe, expect, it } from 'vitest';
import { splitRegexOf, tilesEveryText } from './bpe-split.ts';
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

  it('says nothing of other patterns', () => {
    expect(tilesEveryText(/\S+/gu)).toBe(false);
    expect(tilesEveryText(new RegExp(splitRegexOf('o200k_base').source, 'gu'))).toBe(false);
  });
});
