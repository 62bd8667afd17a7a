import { describe, expect, it } from 'vitest';
import { diffLines, unifiedDiff } from './line-diff.ts';
import { linearLcs, tableLcs } from './linear-lcs.ts';

// The linear-space search must find a common subsequence as long as the whole table's: checked on
// prompt-like texts small enough for both, with the table forced down to a few cells.

/** A reproducible prompt-like text: lines drawn from a small vocabulary, so lines repeat. */
function text(seed: number, lines: number): string[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
  const vocabulary = ['', '## Rules', 'Be brief.', 'Never promise a date.', 'Apologise first.', 'Refund up to $100.', 'Ask for the order number.', '- one', '- two'];
  return Array.from({ length: lines }, () => vocabulary[next() % vocabulary.length]!);
}

function isCommonSubsequence(a: string[], b: string[], pairs: [number, number][]): boolean {
  return pairs.every(([i, j], k) => a[i] === b[j] && (k === 0 || (i > pairs[k - 1]![0] && j > pairs[k - 1]![1])));
}

describe('the linear-space line diff finds a longest common subsequence', () => {
  it('as long as the whole table finds, on 200 pairs of texts of up to 60 lines sharing lines', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const a = text(seed, seed % 60);
      const b = text(seed * 7 + 3, (seed * 13) % 60);
      const whole = tableLcs(a, b);
      const split = linearLcs(a, b, { tableCells: 4 });
      expect(isCommonSubsequence(a, b, split)).toBe(true);
      expect(split.length).toBe(whole.length);
      expect(linearLcs(a, b).length).toBe(whole.length);
    }
  });

  it('diffs two 30,000-line texts with no line in common, and two sharing every fifth line, past the table\'s size', () => {
    const a = Array.from({ length: 30_000 }, (_, i) => (i % 5 === 0 ? '' : `Old step ${i}: greet the customer.`));
    const b = Array.from({ length: 30_000 }, (_, i) => (i % 5 === 0 ? '' : `New step ${i}: thank the customer.`));
    const apart = diffLines(a.filter(Boolean).join('\n'), b.filter(Boolean).join('\n'));
    expect(apart.filter((op) => op.kind === 'del').length).toBe(24_000);
    expect(apart.filter((op) => op.kind === 'add').length).toBe(24_000);
    // 6,000 x 6,000 shared blank lines: past the table, so split in halves.
    const shared = diffLines(`${a.join('\n')}\n`, `${b.join('\n')}\n`);
    expect(shared.filter((op) => op.kind === 'same').length).toBe(6_000);
    // One blank line between changes is within the context: a single hunk of every line.
    const hunks = unifiedDiff({ oldName: 'a', newName: 'b', oldText: `${a.join('\n')}\n`, newText: `${b.join('\n')}\n` }).split('\n').filter((line) => line.startsWith('@@'));
    expect(hunks).toEqual(['@@ -1,30000 +1,30000 @@']);
  });
});
