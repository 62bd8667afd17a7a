import { afterEach, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
import { openBlobReader } from './index.ts';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

/** Bytes that look like cat-file's own headers and separators, so a misplaced boundary shows. */
function patterned(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(size);
  let state = seed;
  for (let i = 0; i < size; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state % 7 === 0 ? 10 : state % 11 === 0 ? 32 : state >>> 24;
  }
  return bytes;
}

describe('openBlobReader', () => {
  it('answers every blob whole and in place, however the pipe from git splits them: empty, small, and blobs of many pipe chunks, in one read or one at a time', async () => {
    const repo = createRepo({ hooks: false });
    repos.push(repo);
    const files = new Map<string, Buffer>([
      ['empty.md', Buffer.alloc(0)],
      ['one.md', Buffer.from('x')],
      ['newline.md', Buffer.from('\n')],
      ['small.md', Buffer.from('a small prompt\nblob 12\n\n')],
      ['large.bin', patterned(300_000, 1)],
      ['larger.bin', patterned(1_500_000, 2)],
      ['odd.bin', patterned(65_537, 3)],
    ]);
    for (const [file, bytes] of files) repo.write(file, bytes);
    repo.git(['add', '-A']);
    const oidOf = new Map(repo.git(['ls-files', '-s']).stdout.trim().split('\n').map((line) => {
      const [, oid, , file] = line.split(/\s+/);
      return [file!, oid!] as const;
    }));
    const reader = openBlobReader({ dir: repo.dir, gitdir: `${repo.dir}/.git` });
    try {
      const order = ['larger.bin', 'empty.md', 'odd.bin', 'one.md', 'large.bin', 'newline.md', 'small.md', 'larger.bin'];
      const all = await reader.read(order.map((file) => oidOf.get(file)!));
      for (const file of order) expect(Buffer.compare(all.get(oidOf.get(file)!)!, files.get(file)!), file).toBe(0);
      // Asked one at a time without waiting: each answer still goes to its own ask.
      const separate = await Promise.all(order.map((file) => reader.read([oidOf.get(file)!])));
      for (const [i, file] of order.entries()) expect(Buffer.compare(separate[i]!.get(oidOf.get(file)!)!, files.get(file)!), file).toBe(0);
      // A missing object among others fails its read only; the next read is answered as before.
      await expect(reader.read([oidOf.get('large.bin')!, '0123456789012345678901234567890123456789'])).rejects.toThrow(/missing/);
      expect(Buffer.compare((await reader.read([oidOf.get('odd.bin')!])).get(oidOf.get('odd.bin')!)!, files.get('odd.bin')!)).toBe(0);
    } finally {
      reader.close();
    }
  });
});
