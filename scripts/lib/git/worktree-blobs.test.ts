import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
import { readBlobs } from './index.ts';
import { readBlobsPreferringWorktree, scanBlobsPreferringWorktree, WORKTREE_READS_UP_TO } from './worktree-blobs-fs.ts';

// The hook reads the prompts a commit stages from the work tree when the file there hashes to its
// staged blob id, and from git's object store otherwise: either way the bytes must be the blob's.

const repos: TestRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

/** Staged paths and their blob ids, as `git ls-files -s` gives them. */
function staged(repo: TestRepo): Map<string, string> {
  return new Map(repo.git(['ls-files', '-s']).stdout.trim().split('\n').map((line) => {
    const [, , oid, , file] = /^(\d+) ([0-9a-f]+) (\d)\t(.*)$/.exec(line)!;
    return [oid!, file!] as const;
  }));
}

function setUp(files: Record<string, string>): { repo: TestRepo; gitdir: string } {
  const repo = createRepo({ hooks: false });
  repos.push(repo);
  for (const [file, text] of Object.entries(files)) repo.write(file, text);
  return { repo, gitdir: path.join(repo.dir, '.git') };
}

describe('readBlobsPreferringWorktree', () => {
  it('reads a file staged as it is from the work tree, without its object', async () => {
    const { repo, gitdir } = setUp({ 'prompts/a.md': 'staged as is\n' });
    repo.git(['add', '-A']);
    const paths = staged(repo);
    const [oid] = [...paths.keys()];
    const expected = await readBlobs({ dir: repo.dir, gitdir }, [oid!]);
    // The loose object gone: only the work tree can answer.
    fs.rmSync(path.join(gitdir, 'objects', oid!.slice(0, 2), oid!.slice(2)));
    expect(await readBlobsPreferringWorktree({ dir: repo.dir, gitdir }, [oid!], paths)).toEqual(expected);
  });

  it('reads the staged blob, not the work tree, when the file changed after staging, was converted on the way in, is a link or is gone', async () => {
    const { repo, gitdir } = setUp({
      '.gitattributes': 'converted.md text eol=crlf\n',
      'prompts/edited.md': 'as staged\n',
      'prompts/gone.md': 'staged, then deleted\n',
      'converted.md': 'line one\nline two\n',
      'target.md': 'the link points here\n',
      'big.md': 'x'.repeat(200_000),
    });
    fs.symlinkSync('target.md', path.join(repo.dir, 'link.md'));
    repo.git(['add', '-A']);
    const paths = staged(repo);
    const oids = [...paths.keys()];
    const expected = await readBlobs({ dir: repo.dir, gitdir }, oids);
    repo.write('prompts/edited.md', 'edited after staging\n');
    repo.remove('prompts/gone.md');
    // git wrote CRLF into the work tree on checkout; the blob has LF.
    repo.remove('converted.md');
    repo.git(['checkout', '--', 'converted.md']);
    expect(repo.read('converted.md')).toContain('\r\n');
    repo.write('big.md', `${'x'.repeat(199_999)}y`);
    const read = await readBlobsPreferringWorktree({ dir: repo.dir, gitdir }, oids, paths);
    expect(read).toEqual(expected);
    expect(read.get([...paths].find(([, file]) => file === 'link.md')![0])!.toString()).toBe('target.md');
  });

  it('reads more blobs than it reads from the work tree from the object store, packed or loose, the same bytes', async () => {
    const files = Object.fromEntries(Array.from({ length: WORKTREE_READS_UP_TO + 1 }, (_, i) => [`vault/records/r${i}.yaml`, `commit_parents:\n  - ${String(i).padStart(40, '0')}\n`]));
    const { repo, gitdir } = setUp(files);
    repo.git(['add', '-A']);
    repo.git(['commit', '-q', '-m', 'records']);
    repo.git(['repack', '-adq']);
    // One loose among the packed, then every file edited in the work tree: the bytes can only be the store's.
    repo.write('vault/records/r0.yaml', 'loose\n');
    repo.git(['add', '-A']);
    const paths = staged(repo);
    const oids = [...paths.keys()];
    const expected = await readBlobs({ dir: repo.dir, gitdir }, oids);
    for (const file of paths.values()) repo.write(file, 'edited after staging\n');
    const read = await readBlobsPreferringWorktree({ dir: repo.dir, gitdir }, oids, paths);
    expect(read.size).toBeGreaterThan(WORKTREE_READS_UP_TO);
    expect(read).toEqual(expected);
  });

  it('reads blobs it has no path for (packed or loose) from the object store, and fails on a missing one as cat-file does', async () => {
    const { repo, gitdir } = setUp({ 'prompts/packed.md': 'packed\n' });
    repo.git(['add', '-A']);
    repo.git(['commit', '-q', '-m', 'first']);
    repo.git(['repack', '-adq']);
    const oids = [...staged(repo).keys()];
    expect(await readBlobsPreferringWorktree({ dir: repo.dir, gitdir }, oids, new Map())).toEqual(await readBlobs({ dir: repo.dir, gitdir }, oids));
    await expect(readBlobsPreferringWorktree({ dir: repo.dir, gitdir }, ['0123456789012345678901234567890123456789'], new Map([['0123456789012345678901234567890123456789', '../outside.md']]))).rejects.toThrow(/missing/);
  });
});

describe('scanBlobsPreferringWorktree', () => {
  it('hands each blob once: from the work tree where a path of it holds it, from the object store where none does', async () => {
    const { repo, gitdir } = setUp({ 'prompts/kept.md': 'as committed\n', 'prompts/copy.md': 'as committed\n', 'prompts/edited.md': 'as committed, then edited\n' });
    repo.git(['add', '-A']);
    repo.git(['commit', '-q', '-m', 'first']);
    const paths = staged(repo);
    const files = repo.git(['ls-files', '-s']).stdout.trim().split('\n').map((line) => {
      const [, , oid, , file] = /^(\d+) ([0-9a-f]+) (\d)\t(.*)$/.exec(line)!;
      return { path: file!, oid: oid! };
    });
    const expected = await readBlobs({ dir: repo.dir, gitdir }, [...paths.keys()]);
    const kept = files.find((file) => file.path === 'prompts/kept.md')!;
    // Its loose object gone: only the work tree can answer for the unchanged file.
    fs.rmSync(path.join(gitdir, 'objects', kept.oid.slice(0, 2), kept.oid.slice(2)));
    repo.write('prompts/edited.md', 'edited after the commit\n');
    repo.remove('prompts/copy.md');
    const seen: [string, string][] = [];
    await scanBlobsPreferringWorktree({ dir: repo.dir, gitdir }, files, (oid, blob) => seen.push([oid, blob.toString()]));
    expect(seen.sort()).toEqual([...expected].map(([oid, blob]) => [oid, blob.toString()]).sort());
  });
});
