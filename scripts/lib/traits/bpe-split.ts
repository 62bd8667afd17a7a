// The pre-tokenizer pattern of each encoding, written as gpt-tokenizer 4 writes it
// (gpt-tokenizer/encodingParams/constants; bpe-split.test.ts holds each equal to its own), so our
// counter splits text exactly as gpt-tokenizer does. Written here, not imported: that module makes
// all three patterns when it loads, and making a pattern parses it, its `\p` classes built from
// ICU's tables (o200k's about 3 ms of CPU, r50k's and cl100k's 0.5 ms together), while a commit
// counts with one. Each is made on first ask, once: every counter of an encoding shares it (each
// sets `lastIndex` before each search), since a copy made later, once V8's regexp cache has let
// the pattern go (two full garbage collections), parses it again (session 28).
import type { TokenizerEncoding } from './tokens.ts';

const CONTRACTION_SUFFIX = String.raw`'(?:[sS]|[dD]|[mM]|[tT]|[lL][lL]|[vV][eE]|[rR][eE])`;
const SPLIT_SOURCES = {
  o200k_base: String.raw`[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?:${CONTRACTION_SUFFIX})?|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?:${CONTRACTION_SUFFIX})?|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+`,
  cl100k_base: String.raw`${CONTRACTION_SUFFIX}|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s+$|\s*[\r\n]|\s+(?!\S)|\s`,
  r50k_base: String.raw`'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+`,
} as const;
/** The patterns made so far, by source (p50k shares r50k's). */
const made = new Map<string, RegExp>();

/** The pre-tokenizer of `encoding` (global, `u`): the same object at every ask. */
export function splitRegexOf(encoding: TokenizerEncoding): RegExp {
  const source = SPLIT_SOURCES[encoding === 'p50k_base' ? 'r50k_base' : encoding];
  let regex = made.get(source);
  if (regex === undefined) made.set(source, (regex = new RegExp(source, 'gu')));
  return regex;
}

/**
 * Whether the pieces of `regex` tile any text, each starting where the last one ended: every
 * character starts one of its alternatives (a letter, a number, whitespace or anything else) and
 * none matches empty or looks behind. True of the encodings' patterns above, which
 * bpe-split.test.ts checks code point by code point; a counter then finds each piece's end with
 * `test`, without the match array `exec` makes.
 */
export function tilesEveryText(regex: RegExp): boolean {
  for (const mine of made.values()) if (mine === regex) return true;
  return false;
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
  return regex === made.get(SPLIT_SOURCES.o200k_base) ? O200K_ASCII_SPLIT_REGEX : undefined;
}
