import type { BpeCounter } from './bpe-table.ts';

// Pure: the o200k token count of a new version of a text from its previous version's count,
// re-encoding only the stretch that changed. A new version of a prompt mostly repeats the last
// one (backfill measures thousands of such edits), and counting walks the pre-tokenizer regex
// over every character; this walks it over the changed lines only.
//
// Why it gives the full count exactly: o200k's pre-tokenizer (gpt-tokenizer's
// O200K_TOKEN_SPLIT_PATTERN) has no lookbehind, so the pieces found from a piece boundary on
// depend only on the text from there. A "line start" (a position just after "\n" whose character
// is neither whitespace nor "/") is always a piece boundary, and the pieces before it do not
// depend on what follows it beyond that character's class: the only alternatives that consume a
// "\n" are `[\r\n/]*`, `\s*[\r\n]+`, `\s+(?!\S)` and `\s+`, none of which can consume such a
// character or look past it. So the pieces before a line start inside the common prefix are
// the previous version's, the pieces after a line start inside the common suffix are too, and
// only the text between them is walked again. Other encodings' patterns differ (cl100k's
// `\s+$`): they are counted whole (see tokenLinesOf's callers).

/** A text's token count with the tokens before each of its line starts, kept for its next version. */
export interface TokenLines {
  text: string;
  /** The text's line starts (see above), ascending; 0 and the text's end are not listed. */
  at: number[];
  /** The tokens of the pieces before each line start. */
  before: number[];
  total: number;
}

/**
 * `text`'s tokens (as `counter.countTokens(text)`) and line starts; with `previous` (an earlier
 * version's, from this function), only the lines between their common prefix and suffix are counted.
 */
export function tokenLinesOf(counter: BpeCounter, text: string, previous?: TokenLines): TokenLines {
  if (previous === undefined) return walk(counter, text, 0, text.length, { at: [], before: [], tokens: 0 })!;
  const old = previous.text;
  const shorter = Math.min(old.length, text.length);
  let prefix = 0;
  while (prefix < shorter && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  // The last line start whose character (and the "\n" before it) lies in the common prefix...
  const from = lastBelow(previous.at, prefix) - 1;
  const start = from >= 0 ? previous.at[from]! : 0;
  // ...and the first whose "\n" lies in the common suffix (old.length when there is none).
  const to = lastBelow(previous.at, old.length - suffix + 1);
  const oldEnd = to < previous.at.length ? previous.at[to]! : old.length;
  const beforeOldEnd = to < previous.at.length ? previous.before[to]! : previous.total;
  const shift = text.length - old.length;
  const walked = walk(counter, text, start, oldEnd + shift, { at: previous.at.slice(0, Math.max(0, from)), before: previous.before.slice(0, Math.max(0, from)), tokens: from >= 0 ? previous.before[from]! : 0 });
  // A piece ran past the line start the argument above says ends one: never seen; counted whole.
  if (walked === undefined) return tokenLinesOf(counter, text);
  for (let i = to; i < previous.at.length; i++) {
    walked.at.push(previous.at[i]! + shift);
    walked.before.push(previous.before[i]! - beforeOldEnd + walked.total);
  }
  walked.total += previous.total - beforeOldEnd;
  return walked;
}

/** How many of the ascending `positions` are below `limit`. */
function lastBelow(positions: readonly number[], limit: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (positions[middle]! < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Walks the pieces of `text` from `start` (a piece boundary) to `end`, adding to `into` the line
 * starts met and the tokens; undefined when no piece ends exactly at `end`.
 */
function walk(counter: BpeCounter, text: string, start: number, end: number, into: { at: number[]; before: number[]; tokens: number }): TokenLines | undefined {
  const { split } = counter;
  const { at, before } = into;
  let tokens = into.tokens;
  // o200k: ASCII lines found by a scan of their bytes (bpe-ascii-pieces.ts), the rest by the pattern.
  if (counter.countPieces) {
    const counted = counter.countPieces(text, start, end, (index, tokensBefore) => {
      if (startsLine(text, index)) {
        at.push(index);
        before.push(tokens + tokensBefore);
      }
    });
    return counted === undefined ? undefined : { text, at, before, total: tokens + counted };
  }
  let index = start;
  while (index < end) {
    if (index > 0 && text.charCodeAt(index - 1) === 10 && startsLine(text, index)) {
      at.push(index);
      before.push(tokens);
    }
    split.lastIndex = index;
    const match = split.exec(text);
    // Every character starts some alternative's match, so the match starts where the last one ended.
    if (match === null || match.index !== index || match[0].length === 0) return undefined;
    tokens += counter.countPiece(match[0]);
    index = split.lastIndex;
  }
  if (index !== end) return undefined;
  return { text, at, before, total: tokens };
}

const WHITESPACE = /\s/u;

/** Whether the character at `i` (after a "\n") starts a line in the sense above: neither whitespace (`\s`, as the pattern reads it) nor "/". */
export function startsLine(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code !== 32 && code !== 47 && (code < 9 || code > 13);
  return !WHITESPACE.test(text[i]!);
}
