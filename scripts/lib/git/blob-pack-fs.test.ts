import { afterEach, describe, expect, it } from 'vitest';
import { createRepo, gitIn, mustSucceed, type TestRepo } from '../../test-utils/repo.ts';
import { writeBlobPack } from './blob-pack-fs.ts';
import { openRepo } from './index.ts';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

describe('writeBlobPack', () => {
  it('stores blobs of every size in one pack git reads back byte for byte, each once', async () => {
    const test = createRepo({ hooks: false });
    repos.push(test);
    const large = Buffer.alloc(200_000, 'x');
    large.write('the end', 199_990);
    const blobs = [Buffer.from(''), Buffer.from('prompt: support/refund\nversion: 1\n'), Buffer.from('tärkeä 重要 ✓\n'), Buffer.alloc(65_535, 'a'), large, Buffer.from('prompt: support/refund\nversion: 1\n')];
    const repo = await openRepo({ cwd: test.dir });
    expect(await writeBlobPack(repo, blobs)).toBe(5);
    const counts = test.git(['count-objects', '-v']).stdout;
    expect(counts).toMatch(/^count: 0$/m);
    expect(counts).toMatch(/^in-pack: 5$/m);
    for (const blob of blobs) {
      const oid = mustSucceed(gitIn(test.dir, ['hash-object', '--stdin'], { input: blob }), 'hash-object').stdout.trim();
      expect(Buffer.compare(mustSucceed(gitIn(test.dir, ['cat-file', 'blob', oid]), 'cat-file').stdoutBytes, blob)).toBe(0);
    }
    expect(test.git(['fsck', '--strict']).code).toBe(0);
  });
});
