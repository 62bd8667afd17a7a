import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, killedBy } from '../../test-utils/repo.ts';
import { listTree, readBlobs, readTreeFolders } from './index.ts';

// readTreeFolders is what a recording commit lists a prompt's record folders with: it must list
// exactly what `git ls-tree -r` lists, in the same order, and hand back the same bytes as cat-file,
// whatever the folders hold (nested folders of longer ids, odd names, links, submodules, nothing).
const repo = createRepo({ hooks: false });
afterAll(() => repo.cleanup());
const files: Record<string, string> = {
  'vault/mutations/a/1-x.yaml': 'one\n',
  'vault/mutations/a/2-y.yaml': 'two\n',
  'vault/mutations/a/b/1-z.yaml': 'nested\n',
  'vault/mutations/a-b/1-q.yaml': 'a sibling sorting between a and a/b\n',
  'vault/mutations/sp ace/ünï.yaml': 'odd names\n',
  'vault/checkpoints/a/1-x.yaml': 'checkpoint\n',
  'vault/checkpoints/a/2-y.yaml': 'checkpoint two\n',
};
for (const [file, text] of Object.entries(files)) repo.write(file, text);
fs.symlinkSync('1-x.yaml', path.join(repo.dir, 'vault/mutations/a/link.yaml'));
repo.git(['add', '-A']);
repo.git(['commit', '-q', '-m', 'records']);
repo.git(['repack', '-adq']);
const head = repo.git(['rev-parse', 'HEAD']).stdout.trim();
const gitRepo = { dir: repo.dir, gitdir: repo.git(['rev-parse', '--absolute-git-dir']).stdout.trim() };

describe('readTreeFolders', () => {
  it.each([
    [['vault/mutations/a/', 'vault/checkpoints/a/']],
    [['vault/mutations/a/b/', 'vault/mutations/a/']],
    [['vault/mutations/sp ace/', 'vault/mutations/a-b/']],
    [['vault/mutations/none/', 'vault/checkpoints/a/']],
  ])('lists %j as ls-tree -r does and reads their blobs as cat-file does', async (folders) => {
    const read = await readTreeFolders(gitRepo, { ref: head, folders });
    expect(read.entries).toEqual(await listTree(gitRepo, { ref: head, pathspecs: folders }));
    expect(read.entries.length).toBeGreaterThan(0);
    expect(read.blobs).toEqual(await readBlobs(gitRepo, [...new Set(read.entries.map((entry) => entry.oid))]));
  });

  it('lists nothing for folders the commit does not have', async () => {
    expect(await readTreeFolders(gitRepo, { ref: head, folders: ['vault/mutations/gone/', 'vault/audits/x/'] })).toEqual({ entries: [], blobs: new Map() });
  });

  it('lets the process end with its session kept for the next call, unreleased (a hook that fails before recording)', () => {
    // A fresh Node: the session is this module's, kept between calls; idle, it must hold nothing open.
    const moduleUrl = new URL('./index.ts', import.meta.url).href;
    const script = `const git = await import(${JSON.stringify(moduleUrl)});
const repo = ${JSON.stringify(gitRepo)};
const first = await git.readTreeFolders(repo, { ref: ${JSON.stringify(head)}, folders: ['vault/mutations/a/'] });
const second = await git.readTreeFolders(repo, { ref: ${JSON.stringify(head)}, folders: ['vault/checkpoints/a/'] });
console.log(first.entries.length, second.entries.length);`;
    // The timeout only stops a hang (the session holding the process open): no time is asserted.
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 120_000 });
    expect(result.status, `${result.stderr}${killedBy(result)}`).toBe(0);
    expect(result.stdout).toBe('4 2\n');
  });
});
