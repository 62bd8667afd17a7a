import { afterEach, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
import { readBlobs } from './index.ts';
import { readBlobsPreferringLoose, scanBlobsPreferringLoose } from './loose-objects-fs.ts';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

/** A repository with `packed` committed and packed, and `loose` staged (loose objects): every blob id of its index. */
function packedAndLoose(packed: Record<string, string>, loose: Record<string, string>): { repo: TestRepo; gitdir: string; oids: string[] } {
  const repo = createRepo({ hooks: false });
  repos.push(repo);
  for (const [file, text] of Object.entries(packed)) repo.write(file, text);
  repo.git(['add', '-A']);
  repo.git(['commit', '-q', '-m', 'first']);
  repo.git(['repack', '-adq']);
  for (const [file, text] of Object.entries(loose)) repo.write(file, text);
  repo.git(['add', '-A']);
  const oids = repo.git(['ls-files', '-s']).stdout.trim().split('\n').map((line) => line.split(/\s+/)[1]!);
  return { repo, gitdir: repo.git(['rev-parse', '--absolute-git-dir']).stdout.trim(), oids };
}

describe('readBlobsPreferringLoose', () => {
  it('reads staged (loose) and packed blobs byte for byte as cat-file does, in a worktree too', async () => {
    const { repo, gitdir, oids } = packedAndLoose({ 'prompts/packed.md': 'packed text\n' }, { 'prompts/loose.md': 'loose text, ünïcode and a NUL \u0000 inside\n' });
    expect(oids.length).toBeGreaterThanOrEqual(2);
    expect(await readBlobsPreferringLoose({ dir: repo.dir, gitdir }, oids)).toEqual(await readBlobs({ dir: repo.dir, gitdir }, oids));

    repo.git(['worktree', 'add', '-q', 'wt', 'HEAD']);
    const wtGitdir = repo.git(['-C', 'wt', 'rev-parse', '--absolute-git-dir']).stdout.trim();
    expect(await readBlobsPreferringLoose({ dir: `${repo.dir}/wt`, gitdir: wtGitdir }, oids)).toEqual(await readBlobs({ dir: repo.dir, gitdir }, oids));
  });

  it('fails as cat-file does for an object the repository lacks', async () => {
    const repo = createRepo({ hooks: false });
    repos.push(repo);
    const gitdir = repo.git(['rev-parse', '--absolute-git-dir']).stdout.trim();
    await expect(readBlobsPreferringLoose({ dir: repo.dir, gitdir }, ['0123456789012345678901234567890123456789'])).rejects.toThrow(/missing/);
  });

  it('hands over, one by one, the very blobs readBlobs reads, packed and loose, small and spanning many chunks of git\'s output', async () => {
    const texts = ['', '\n', 'x', 'a line\n', 'é'.repeat(70_000), 'y'.repeat(65_535), 'z'.repeat(65_536), ...Array.from({ length: 300 }, (_, i) => `prompt ${i}\n`.repeat(i))];
    const { repo, gitdir, oids } = packedAndLoose(Object.fromEntries(texts.map((text, i) => [`prompts/p${i}.md`, text])), { 'prompts/loose.md': 'staged\n' });
    const seen = new Map<string, Buffer>();
    await scanBlobsPreferringLoose({ dir: repo.dir, gitdir }, [...oids, oids[0]!], (oid, blob) => {
      expect(seen.has(oid)).toBe(false);
      seen.set(oid, Buffer.from(blob));
    });
    expect(seen).toEqual(await readBlobs({ dir: repo.dir, gitdir }, oids));
    await expect(scanBlobsPreferringLoose({ dir: repo.dir, gitdir }, [oids[1]!, '0123456789012345678901234567890123456789'], () => {})).rejects.toThrow(/missing/);
  });
});
