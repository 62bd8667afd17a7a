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

/**
 * o200k's pattern for ASCII text: its classes with what they hold there (`\p{L}` A-Z and a-z,
 * `\p{Lu}` A-Z, `\p{Ll}` a-z, `\p{N}` 0-9; `\p{Lt}`, `\p{Lm}`, `\p{Lo}` and `\p{M}` nothing),
 * no `u` flag. V8 compiles a pattern on its first use for each string width and again when it
 * turns hot, and compiling o200k's `\p` classes walks ICU's tables: a commit whose prompts are
 * ASCII (two thirds of the bench's) pays that for nothing. bpe-split.test.ts holds its pieces
 * equal to o200k's on ASCII text.
 */
const O200K_ASCII_SPLIT_REGEX = /[^\r\nA-Za-z0-9]?[A-Z]*[a-z]+(?:'(?:[sS]|[dD]|[mM]|[tT]|[lL][lL]|[vV][eE]|[rR][eE]))?|[^\r\nA-Za-z0-9]?[A-Z]+[a-z]*(?:'(?:[sS]|[dD]|[mM]|[tT]|[lL][lL]|[vV][eE]|[rR][eE]))?|[0-9]{1,3}| ?[^\sA-Za-z0-9]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+/g;

/** The pattern that splits ASCII text as `regex` does, without `\p` classes (global), when there is one: o200k's. */
export function asciiSplitOf(regex: RegExp): RegExp | undefined {
  return regex === O200K_TOKEN_SPLIT_REGEX ? O200K_ASCII_SPLIT_REGEX : undefined;
}
