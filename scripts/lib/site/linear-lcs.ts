// Pure: a longest common subsequence of two line lists in linear space (Hirschberg), for texts
// whose LCS table would not fit in memory. Lines found on one side only can never be matched, so
// they are set aside first, as git's xdiff does: two texts rewritten from end to end leave nothing.

/** Above this many cells (64 MB of Uint32) the table gives way to the linear-space search. */
export const TABLE_CELLS = 16_000_000;

/**
 * A longest common subsequence from the whole table: the choice among equal ones (a match taken
 * first, else the added line passed over) that diffs have always shown. Quadratic memory.
 */
export function tableLcs(a: string[], b: string[]): [number, number][] {
  const ids = new Map<string, number>();
  const idOf = (line: string) => ids.get(line) ?? ids.set(line, ids.size).get(line)!;
  const x = Int32Array.from(a, idOf);
  const y = Int32Array.from(b, idOf);
  const pairs: [number, number][] = [];
  table(x, 0, x.length, y, 0, y.length, pairs);
  return pairs;
}

/** Matched pairs [index in a, index in b], both rising: a longest common subsequence, in linear space. */
export function linearLcs(a: string[], b: string[], { tableCells = TABLE_CELLS }: { tableCells?: number } = {}): [number, number][] {
  const ids = new Map<string, number>();
  const idOf = (line: string) => ids.get(line) ?? ids.set(line, ids.size).get(line)!;
  const rawA = a.map(idOf);
  const inA = new Set(rawA);
  const rawB = b.map(idOf);
  const inB = new Set(rawB);
  // Kept positions: a line on both sides.
  const keepA = rawA.flatMap((id, index) => (inB.has(id) ? [index] : []));
  const keepB = rawB.flatMap((id, index) => (inA.has(id) ? [index] : []));
  const x = Int32Array.from(keepA, (index) => rawA[index]!);
  const y = Int32Array.from(keepB, (index) => rawB[index]!);
  const pairs: [number, number][] = [];
  hirschberg(x, 0, x.length, y, 0, y.length, tableCells, pairs);
  return pairs.map(([i, j]) => [keepA[i]!, keepB[j]!]);
}

/** LCS lengths of x[from..to) against every prefix of y[yFrom..yTo) (reversed: suffixes), one row at a time. */
function lastRow(x: Int32Array, from: number, to: number, y: Int32Array, yFrom: number, yTo: number, reversed: boolean): Uint32Array {
  const m = yTo - yFrom;
  let prev = new Uint32Array(m + 1);
  let cur = new Uint32Array(m + 1);
  for (let step = 0; step < to - from; step++) {
    const line = x[reversed ? to - 1 - step : from + step];
    cur[0] = 0;
    for (let k = 0; k < m; k++) {
      const other = y[reversed ? yTo - 1 - k : yFrom + k];
      cur[k + 1] = line === other ? prev[k]! + 1 : Math.max(prev[k + 1]!, cur[k]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev;
}

function hirschberg(x: Int32Array, xFrom: number, xTo: number, y: Int32Array, yFrom: number, yTo: number, tableCells: number, out: [number, number][]): void {
  const n = xTo - xFrom;
  const m = yTo - yFrom;
  if (n === 0 || m === 0) return;
  if (n * m <= tableCells || n === 1) {
    table(x, xFrom, xTo, y, yFrom, yTo, out);
    return;
  }
  const mid = xFrom + Math.floor(n / 2);
  const forward = lastRow(x, xFrom, mid, y, yFrom, yTo, false);
  const backward = lastRow(x, mid, xTo, y, yFrom, yTo, true);
  let split = 0;
  let best = -1;
  for (let k = 0; k <= m; k++) {
    const total = forward[k]! + backward[m - k]!;
    if (total > best) {
      best = total;
      split = k;
    }
  }
  hirschberg(x, xFrom, mid, y, yFrom, yFrom + split, tableCells, out);
  hirschberg(x, mid, xTo, y, yFrom + split, yTo, tableCells, out);
}

/** The base case: the whole table of a small block, traced back. */
function table(x: Int32Array, xFrom: number, xTo: number, y: Int32Array, yFrom: number, yTo: number, out: [number, number][]): void {
  const n = xTo - xFrom;
  const m = yTo - yFrom;
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] = x[xFrom + i] === y[yFrom + j] ? lcs[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(lcs[(i + 1) * (m + 1) + j]!, lcs[i * (m + 1) + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (x[xFrom + i] === y[yFrom + j]) {
      out.push([xFrom + i, yFrom + j]);
      i++;
      j++;
    } else if (lcs[i * (m + 1) + j + 1]! >= lcs[(i + 1) * (m + 1) + j]!) j++;
    else i++;
  }
}
