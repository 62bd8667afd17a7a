// The part of a long clause an edit touched, with the blocks around it: what the statement
// readings are given, so their cost follows the edit and not the clause's length (a 400-sentence
// handbook clause with one figure changed was read sentence by sentence, every detector over every
// sentence). Unchanged text far from the edit is not read: nothing in it changed, and a detector
// that matched a phrase in it against another far away read a change the edit did not make. Pure.

import { changedStretch } from './_changed-stretch.ts';

/** Blocks (paragraphs, lists, tables, headings) kept on each side of the changed ones. */
export const CONTEXT_BLOCKS = 6;

const HEADING = /^\s{0,3}#{1,6}\s+/;

/**
 * A block longer than this many lines is windowed line by line: a clause written with no blank
 * lines (a 3,000-line list of rules) was one block, read whole for a one-line edit (issue 9, round
 * 21c: 11 s of CPU for a 3,000-line block). No labelled edit has a block near this long.
 */
export const LONG_BLOCK_LINES = 40;
/** A line that leads what follows it ("Agents must:", "Never:"): a list's lead-in. */
const LEAD_IN = /:\s*$/;
/** A Markdown table row, and the row under a table's header ("| --- | --- |"). */
const TABLE_ROW = /^\s*\|/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}/;

/** Start and end line (exclusive) of each block: a run of non-blank lines, a heading on its own. */
function paragraphsOf(lines: readonly string[]): Array<readonly [number, number]> {
  const blocks: Array<readonly [number, number]> = [];
  let start = -1;
  lines.forEach((line, i) => {
    const blank = line.trim() === '';
    if (start >= 0 && (blank || HEADING.test(line))) {
      blocks.push([start, i]);
      start = -1;
    }
    if (!blank && start < 0) start = i;
    if (start === i && HEADING.test(line)) {
      blocks.push([i, i + 1]);
      start = -1;
    }
  });
  if (start >= 0) blocks.push([start, lines.length]);
  return blocks;
}

/** A sentence's end inside a line: its stop, then the next sentence's capital or opening quote. */
const SENTENCE_END = /(?<=[.!?])\s+(?=["'“‘(]?[A-Z])/;

/**
 * A line longer than this is windowed by its sentences whatever their number, and a sentence
 * longer than this by its clauses (issue 9, round 22c: a 190 KB line with no sentence end, one
 * figure changed, was read whole as one sentence, 20 s of CPU and two far-off reasons). No
 * labelled edit has a line near this long.
 */
export const LONG_LINE_CHARS = 20_000;
/** A clause's end inside a sentence: a comma, semicolon or colon and the space after it. */
const CLAUSE_END = /(?<=[,;:])\s+/;
/** Words of a stretch with no punctuation at all are cut into pieces of about this many characters. */
const PIECE_CHARS = 1_000;
/** A piece: up to `PIECE_CHARS` characters between two non-spaces, ending at a word's end. */
const PIECE = new RegExp(`\\S(?:.{0,${PIECE_CHARS}}\\S)?(?=\\s|$)`, 'g');

/** A run-on stretch cut at its clauses' ends, and a clause with no punctuation into pieces of words. */
function piecesOf(sentence: string): string[] {
  if (sentence.length <= LONG_LINE_CHARS) return [sentence];
  return sentence.split(CLAUSE_END).flatMap((clause) => (clause.length <= LONG_LINE_CHARS ? [clause] : clause.match(PIECE) ?? [clause]));
}

/**
 * The lines of a text, a line of more than `LONG_BLOCK_LINES` sentences (a paragraph of thousands
 * written on one line) or of more than `LONG_LINE_CHARS` characters broken at each sentence's end,
 * so that it is windowed sentence by sentence (a run-on sentence clause by clause).
 */
function linesOf(text: string): Lines {
  const lines: string[] = [];
  const cut = new Set<number>();
  for (const line of text.split('\n')) {
    const sentences = line.split(SENTENCE_END);
    const pieces = sentences.length > LONG_BLOCK_LINES || line.length > LONG_LINE_CHARS ? sentences.flatMap(piecesOf) : [line];
    if (pieces.length > 1) for (let k = 0; k < pieces.length; k++) cut.add(lines.length + k);
    lines.push(...pieces);
  }
  return { lines, cut };
}

/** A text's lines, a long line cut in pieces (`cut`: the indexes of those pieces). */
interface Lines {
  lines: string[];
  cut: ReadonlySet<number>;
}

/**
 * The blocks of a text, each line of a block longer than `LONG_BLOCK_LINES` a block of its own, and
 * each piece of a line cut: a 30,000-character table written as one sentence, cut in 30 pieces of
 * words, was one block of 30 lines and read whole (round 29d).
 */
function blocksOf({ lines, cut }: Lines): Array<readonly [number, number]> {
  const oneLineEach = (start: number, end: number) => end - start > LONG_BLOCK_LINES || Array.from({ length: end - start }, (_, k) => start + k).some((line) => cut.has(line));
  return paragraphsOf(lines).flatMap(([start, end]) => (oneLineEach(start, end) ? Array.from({ length: end - start }, (_, k) => [start + k, start + k + 1] as const) : [[start, end] as const]));
}

/**
 * The lines that lead line `at` inside its run of non-blank lines, when a window cut there: the
 * header and rule of the table it is a row of, else the nearest lead-in above it ("Agents must:"),
 * so a list item cut from a long list still reads under its lead-in, a row under its columns.
 */
function leadOf(lines: readonly string[], at: number): number[] {
  let top = at;
  while (top > 0 && (lines[top - 1] ?? '').trim() !== '' && !HEADING.test(lines[top - 1] ?? '')) top--;
  if (TABLE_ROW.test(lines[at] ?? '')) {
    let first = at;
    while (first > top && TABLE_ROW.test(lines[first - 1] ?? '')) first--;
    return first < at && TABLE_RULE.test(lines[first + 1] ?? '') && first + 1 < at ? [first, first + 1] : [];
  }
  for (let k = at - 1; k >= top; k--) if (LEAD_IN.test(lines[k] ?? '')) return [k];
  return [];
}

const textOf = (lines: readonly string[], [start, end]: readonly [number, number]): string => lines.slice(start, end).join('\n');

/**
 * Both versions cut to the blocks that differ and `CONTEXT_BLOCKS` unchanged blocks either side,
 * headed by the nearest heading above the cut (a list under "## Never" reads as prohibitions).
 * The texts themselves when the window holds all of either, as it does for any clause of a few
 * paragraphs.
 */
export function aroundTheChange(previous: string, next: string, context = CONTEXT_BLOCKS, underHeading = true): [string, string] {
  if (previous === next) return [previous, next];
  const [oldRead, newRead] = [linesOf(previous), linesOf(next)];
  const [oldLines, newLines] = [oldRead.lines, newRead.lines];
  const oldBlocks = blocksOf(oldRead);
  const newBlocks = blocksOf(newRead);
  const { head, tail } = changedStretch(oldBlocks.map((block) => textOf(oldLines, block)), newBlocks.map((block) => textOf(newLines, block)));
  const from = Math.max(0, head - context);
  const keptAfter = Math.max(0, tail - context);
  if (from === 0 && keptAfter === 0) return [previous, next];
  // The unchanged blocks are the same in both versions, so one heading serves both.
  const heading = underHeading ? oldBlocks.slice(0, from).findLast(([start]) => HEADING.test(oldLines[start] ?? '')) : undefined;
  const cut = (lines: readonly string[], blocks: ReadonlyArray<readonly [number, number]>): string => {
    // None when a version only gained blocks the other lacks, or only blank lines (a block
    // appended at the end, the last one deleted, a trailing newline added): nothing of it changed.
    const kept = blocks.slice(from, blocks.length - keptAfter);
    // A cut inside a long block keeps the lines that lead it (a lead-in, a table's header).
    const lead = kept.length > 0 ? leadOf(lines, kept[0]![0]).map((line) => lines[line]) : [];
    const body = kept.length > 0 ? [...lead, ...lines.slice(kept[0]![0], kept.at(-1)![1])].join('\n') : '';
    return heading ? `${textOf(oldLines, heading)}\n\n${body}\n` : `${body}\n`;
  };
  return [cut(oldLines, oldBlocks), cut(newLines, newBlocks)];
}

/**
 * In a clause cut to its window, the changed blocks alone: what a rewrite is judged on, since a
 * paragraph rewritten in other words inside a long handbook leaves the whole clause's similarity
 * near 1 (and a heading both keep would lift a rewritten paragraph's). Null for a clause read whole,
 * and when the edit only added or only removed blocks.
 */
export function changedPart(previous: string, next: string): [string, string] | null {
  const [old, now] = aroundTheChange(previous, next);
  if (old === previous && now === next) return null;
  const part = aroundTheChange(previous, next, 0, false);
  // Blocks only added or only removed are no rewrite: nothing was said in other words (a new
  // paragraph scored against nothing reads as a rewrite, and its one reason went advisory).
  return part.some((text) => text.trim() === '') ? null : part;
}
