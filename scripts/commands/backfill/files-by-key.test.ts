import { describe, expect, it } from 'vitest';
import { FilesByKey } from './files-by-key.ts';

describe('FilesByKey', () => {
  it('files each path under its keys once read, forgets it when set again or removed, and lets a fork change apart', () => {
    const files = new FilesByKey();
    files.set('a.md', 'blob-a');
    files.set('b.md', 'blob-b');
    expect([...files.pending()]).toEqual([['a.md', 'blob-a'], ['b.md', 'blob-b']]);
    files.file('a.md', ['tone', 'privacy', 'tone']);
    files.file('b.md', ['tone']);
    expect(files.pendingCount).toBe(0);
    expect(files.filedUnder('tone')).toEqual(['a.md', 'b.md']);
    expect(files.filedUnder('privacy')).toEqual(['a.md']);

    // A fork moves on; the original reads as it was.
    const fork = files.fork();
    fork.set('a.md', 'blob-a2');
    expect(fork.pendingBlob('a.md')).toBe('blob-a2');
    expect(fork.filedUnder('tone')).toEqual(['b.md']);
    expect(fork.filedUnder('privacy')).toEqual([]);
    fork.remove('b.md');
    expect(fork.filedUnder('tone')).toEqual([]);
    expect(files.filedUnder('tone')).toEqual(['a.md', 'b.md']);
    expect(files.pendingBlob('a.md')).toBeUndefined();

    // The original merged away: the fork has the maps alone and changes on.
    files.dispose();
    fork.file('a.md', []);
    expect(fork.pendingCount).toBe(0);
    expect(fork.filedUnder('tone')).toEqual([]);
  });
});
