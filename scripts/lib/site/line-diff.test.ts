import { describe, expect, it } from 'vitest';
import { diffLines, unifiedDiff } from './line-diff.ts';

describe('a line diff of two prompt texts', () => {
  it('keeps common lines and lists deletions before additions in each change', () => {
    expect(diffLines('a\nb\nc\n', 'a\nB\nc\nd\n')).toEqual([
      { kind: 'same', line: 'a' }, { kind: 'del', line: 'b' }, { kind: 'add', line: 'B' }, { kind: 'same', line: 'c' }, { kind: 'add', line: 'd' },
    ]);
  });

  it('prints a unified diff with hunk headers git would print', () => {
    const before = Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join('\n');
    const after = before.replace('line 2', 'line two').replace('line 11', 'line eleven');
    expect(unifiedDiff({ oldName: 'p v1', newName: 'p v2', oldText: before, newText: after, context: 1 })).toBe(
      ['--- a/p v1', '+++ b/p v2', '@@ -1,3 +1,3 @@', ' line 1', '-line 2', '+line two', ' line 3', '@@ -10,3 +10,3 @@', ' line 10', '-line 11', '+line eleven', ' line 12', ''].join('\n'),
    );
  });

  it('prints nothing for equal texts, and /dev/null for a text that did not exist', () => {
    expect(unifiedDiff({ oldName: 'a', newName: 'b', oldText: 'x\n', newText: 'x\n' })).toBe('');
    expect(unifiedDiff({ oldName: 'a', newName: 'b', oldText: null, newText: 'new rule\n' })).toBe('--- /dev/null\n+++ b/b\n@@ -0,0 +1,1 @@\n+new rule\n');
  });
});
