// The spans two word lists differ in, between the words of their longest common subsequence, and
// the words kept: read by the spans reading (reason-spans-replaced.ts, words compared as written)
// and the slot reading (reason-slot-replaced.ts, a possessive and a plural compared as the word they
// mark). One alignment with the compare key handed in, so the two readings cut spans the same way.

/** A changed span: the words it took out and put in between two kept words. */
export interface Span {
  gone: string[];
  come: string[];
}

/** The spans `a` and `b` differ in, aligned on `key` of each word; the spans and kept words are the words as written (kept ones from `a`). */
export function changedSpans(a: readonly string[], b: readonly string[], key: (word: string) => string = (word) => word): { spans: Span[]; kept: string[] } {
  const x = a.map(key);
  const y = b.map(key);
  const n = x.length;
  const m = y.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const spans: Span[] = [];
  const kept: string[] = [];
  let open: Span = { gone: [], come: [] };
  const close = (): void => {
    if (open.gone.length + open.come.length > 0) spans.push(open);
    open = { gone: [], come: [] };
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) {
      close();
      kept.push(a[i]!);
      i++;
      j++;
    } else if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) open.come.push(b[j++]!);
    else open.gone.push(a[i++]!);
  }
  close();
  return { spans, kept };
}
