// The pre-tokenizer regex of each encoding, from gpt-tokenizer itself (a small module without the
// rank tables), so our counter splits text exactly as gpt-tokenizer does.
import { CL100K_TOKEN_SPLIT_REGEX, O200K_TOKEN_SPLIT_REGEX, R50K_TOKEN_SPLIT_REGEX } from 'gpt-tokenizer/encodingParams/constants';
import type { TokenizerEncoding } from './tokens.ts';

export function splitRegexOf(encoding: TokenizerEncoding): RegExp {
  switch (encoding) {
    case 'o200k_base': return O200K_TOKEN_SPLIT_REGEX;
    case 'cl100k_base': return CL100K_TOKEN_SPLIT_REGEX;
    case 'p50k_base':
    case 'r50k_base': return R50K_TOKEN_SPLIT_REGEX;
  }
}

/**
 * Whether the pieces of `regex` tile any text, each starting where the last one ended: every
 * character starts one of its alternatives (a letter, a number, whitespace or anything else) and
 * none matches empty or looks behind. True of the encodings' patterns above, which
 * bpe-split.test.ts checks code point by code point; a counter then finds each piece's end with
 * `test`, without the match array `exec` makes.
 */
export function tilesEveryText(regex: RegExp): boolean {
  return regex === O200K_TOKEN_SPLIT_REGEX || regex === CL100K_TOKEN_SPLIT_REGEX || regex === R50K_TOKEN_SPLIT_REGEX;
}
