// Pure: a line diff (longest common subsequence) printed as a unified diff, the input diff2html
// reads. Prompts and clauses are short, so the quadratic table is cheap; common leading and
// trailing lines are set aside first so a one-line edit in a long prompt stays cheap too. Past
// TABLE_CELLS (two rewritten texts of thousands of lines: a 30,000 x 30,000 table is 3.6 GB and
// ran out of memory, exit 70) the common subsequence is found in linear space (linear-lcs.ts).
import { TABLE_CELLS, linearLcs, tableLcs } from './linear-lcs.ts';

export type DiffOp = { kind: 'same' | 'del' | 'add'; line: string };

/** The edit script turning `before` into `after`, line by line. */
export function diffLines(before: string, after: string, { exactLineEnds = false }: { exactLineEnds?: boolean } = {}): DiffOp[] {
  const split = exactLineEnds ? splitExactLines : splitLines;
  const a = split(before);
  const b = split(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const ops: DiffOp[] = a.slice(0, start).map((line) => ({ kind: 'same', line }));
  ops.push(...pairOps(midA, midB, midA.length * midB.length <= TABLE_CELLS ? tableLcs(midA, midB) : linearLcs(midA, midB)));
  // Deletions first within a change block reads best, and is what diff2html pairs side by side.
  const ordered: DiffOp[] = [];
  let block: DiffOp[] = [];
  const flush = () => {
    ordered.push(...block.filter((op) => op.kind === 'del'), ...block.filter((op) => op.kind === 'add'));
    block = [];
  };
  for (const op of ops) {
    if (op.kind === 'same') {
      flush();
      ordered.push(op);
    } else block.push(op);
  }
  flush();
  ordered.push(...a.slice(endA).map((line): DiffOp => ({ kind: 'same', line })));
  return ordered;
}

/** The edit script around matched line pairs ([index in a, index in b], both rising). */
function pairOps(a: string[], b: string[], pairs: [number, number][]): DiffOp[] {
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [a.length, b.length] as [number, number]]) {
    while (i < pi) ops.push({ kind: 'del', line: a[i++]! });
    while (j < pj) ops.push({ kind: 'add', line: b[j++]! });
    if (pi < a.length) {
      ops.push({ kind: 'same', line: a[i++]! });
      j++;
    }
  }
  return ops;
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/**
 * Lines as git diffs them: a CR kept on its line, and a last line without its newline followed by
 * git's marker, so that texts differing only in how lines end differ (`diff` of two versions the
 * hook recorded apart).
 */
function splitExactLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  else lines[lines.length - 1] += `\n${NO_NEWLINE}`;
  return lines;
}

const NO_NEWLINE = '\\ No newline at end of file';

export interface UnifiedDiffOptions {
  /** Name shown for the old side (e.g. `support/refund v2`). */
  oldName: string;
  newName: string;
  /** Null for "did not exist" (a new or deleted file). */
  oldText: string | null;
  newText: string | null;
  /** Unchanged lines kept around each change. */
  context?: number;
  /** Compare CR and the last newline too, as git does (the CLI); the site compares texts as read. */
  exactLineEnds?: boolean;
}

/** A unified diff (`--- a/...`, `+++ b/...`, hunks), or '' when the texts are equal. */
export function unifiedDiff(options: UnifiedDiffOptions): string {
  const context = options.context ?? 3;
  const ops = diffLines(options.oldText ?? '', options.newText ?? '', { exactLineEnds: options.exactLineEnds });
  if (ops.every((op) => op.kind === 'same')) return '';
  const header = [
    options.oldText === null ? '--- /dev/null' : `--- a/${oneLine(options.oldName)}`,
    options.newText === null ? '+++ /dev/null' : `+++ b/${oneLine(options.newName)}`,
  ];
  // Positions (1-based) in the old and new text before each op.
  const positions: { old: number; new: number }[] = [];
  let oldLine = 1;
  let newLine = 1;
  for (const op of ops) {
    positions.push({ old: oldLine, new: newLine });
    if (op.kind !== 'add') oldLine++;
    if (op.kind !== 'del') newLine++;
  }
  const changed = ops.map((op, index) => (op.kind === 'same' ? -1 : index)).filter((index) => index >= 0);
  const hunks: string[] = [];
  let k = 0;
  while (k < changed.length) {
    const first = changed[k]!;
    let last = first;
    while (k + 1 < changed.length && changed[k + 1]! - last <= context * 2 + 1) last = changed[++k]!;
    k++;
    const from = Math.max(0, first - context);
    const to = Math.min(ops.length - 1, last + context);
    const slice = ops.slice(from, to + 1);
    const oldCount = slice.filter((op) => op.kind !== 'add').length;
    const newCount = slice.filter((op) => op.kind !== 'del').length;
    const start = positions[from]!;
    const oldStart = oldCount === 0 ? start.old - 1 : start.old;
    const newStart = newCount === 0 ? start.new - 1 : start.new;
    hunks.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`);
    for (const op of slice) hunks.push(`${op.kind === 'same' ? ' ' : op.kind === 'del' ? '-' : '+'}${op.line}`);
  }
  return `${[...header, ...hunks].join('\n')}\n`;
}

function oneLine(name: string): string {
  return name.replace(/[\r\n\t]+/g, ' ');
}
