import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheTreeNodes } from '../../test-utils/cache-tree-nodes.ts';
import { createRepo, gitIn, mustSucceed, type TestRepo } from '../../test-utils/repo.ts';
import { entryStat, stageKnownFiles } from './stage-in-process-fs.ts';
import type { KnownEntry } from './index-merge.ts';
import { topFolderTrees, type StoredFolderNode } from './fresh-folder-trees.ts';
import { writeBlobPackFile } from './blob-pack-file-fs.ts';

// backfill stages its records from what its writer thread knows of each file (its blob id, packed
// already, and its lstat once in place) without reading any (stageKnownFiles, index-merge.ts). The
// index written must be git's, byte for byte: each case stages the same files into two copies of
// one index, one by `git update-index --add` and one here, and compares the bytes and what git
// makes of each; whatever this does not handle is shown to be left to git, the index untouched.

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

/** A committed repository (so a full TREE cache) with folders at several depths and no vault/. */
function buildRepo(version: 2 | 3): { repo: TestRepo; gitdir: string } {
  const repo = createRepo({ hooks: false });
  repos.push(repo);
  const files: Record<string, string> = {
    'README.md': 'readme\n',
    'prompts/refund.md': 'Refund prompt\n',
    'prompts/sp ace/ünïcode.md': 'odd names\n',
    'src/a/b/c/deep.ts': 'export const deep = 1;\n',
    'vaultish.txt': 'sorts right after vault/\n',
    'vault-notes/x.md': 'sorts before vault/\n',
    'zz/last.txt': 'last\n',
  };
  for (const [file, text] of Object.entries(files)) repo.write(file, text);
  expect(repo.commit('history', '2026-01-02').code).toBe(0);
  if (version === 3) {
    // An entry with extended flags (intent-to-add) keeps git at version 3.
    repo.write('notes/later.md', 'later\n');
    expect(repo.git(['add', '-N', 'notes/later.md']).code).toBe(0);
  }
  expect(repo.git(['update-index', '--index-version', String(version)]).code).toBe(0);
  return { repo, gitdir: repo.git(['rev-parse', '--absolute-git-dir']).stdout.trim() };
}

/** Record files written and stored (hash-object -w: their objects exist), as the writer thread leaves them. */
function writeRecords(repo: TestRepo, files: Record<string, string>): KnownEntry[] {
  const paths = Object.keys(files);
  for (const file of paths) repo.write(file, files[file]!);
  const oids = mustSucceed(gitIn(repo.dir, ['hash-object', '-w', '--stdin-paths'], { input: paths.join('\n') }), 'hash-object').stdout.trim().split('\n');
  return paths.map((file, i) => ({ path: file, file: { oid: oids[i]!, stat: entryStat(fs.lstatSync(path.join(repo.dir, file), { bigint: true })) } })).sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** The same index staged by git and here; `racy`: both copies dated in the files' own second, so every entry is racily clean. */
function stageBothWays(repo: TestRepo, gitdir: string, entries: KnownEntry[], options: { madeFolders?: string[]; racy?: boolean; stored?: StoredFolderNode } = {}) {
  const time = options.racy ? fs.statSync(path.join(repo.dir, 'README.md')).mtime : fs.statSync(path.join(gitdir, 'index')).mtime;
  const copy = (name: string) => {
    const file = path.join(gitdir, name);
    fs.copyFileSync(path.join(gitdir, 'index'), file);
    fs.utimesSync(file, time, time);
    return file;
  };
  const byGit = copy('index-by-git');
  const here = copy('index-here');
  const original = fs.readFileSync(here);
  const git = repo.git(['update-index', '--add', '--', ...entries.map((entry) => entry.path)], { env: { GIT_INDEX_FILE: byGit } });
  if (git.code !== 0) throw new Error(git.stderr);
  const result = stageKnownFiles({ dir: repo.dir, gitdir, env: { HOME: repo.dir, GIT_CONFIG_NOSYSTEM: '1', GIT_INDEX_FILE: here } }, entries, { madeFolders: options.madeFolders ?? ['vault'], ...(options.stored ? { stored: options.stored } : {}) });
  const view = (index: string) => {
    const env = { GIT_INDEX_FILE: index };
    return {
      entries: repo.git(['ls-files', '-s', '--debug'], { env }).stdout,
      status: repo.git(['-c', 'core.quotePath=false', 'status', '--porcelain', '--untracked-files=all'], { env }).stdout,
      tree: repo.git(['write-tree'], { env }).stdout.trim(),
    };
  };
  return { result, byGit, here, view, original };
}

/** An index file's header and entries: its bytes before the extensions (the first one's signature found after the last entry). */
function entriesOf(index: Buffer): Buffer {
  const tree = index.lastIndexOf('TREE');
  return index.subarray(0, tree === -1 ? index.length - 20 : tree);
}

function reset(repo: TestRepo, version: 2 | 3): void {
  repo.git(['reset', '-q', '--hard', 'HEAD']);
  repo.git(['clean', '-fdq']);
  if (version === 3) {
    repo.write('notes/later.md', 'later\n');
    repo.git(['add', '-N', 'notes/later.md']);
  }
}

/** Many records under vault/ in folders of one to three levels, names that sort around "/", a non-ASCII id. */
function manyRecords(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < 300; i++) {
    const id = ['refund', 'refund-2', 'refund.v2', 'tools/a', 'tools/a/b', 'café/résumé'][i % 6]!;
    files[`vault/${['checkpoints', 'mutations', 'audits'][i % 3]}/${id}/${String(i).padStart(4, '0')}-${'abcdef'[i % 6]!.repeat(12)}.yaml`] = `version: ${i}\n`;
  }
  return files;
}

describe('staging known records writes the index git update-index writes', () => {
  for (const version of [2, 3] as const) {
    describe(`index version ${version}`, () => {
      const { repo, gitdir } = buildRepo(version);

      it.each([{ racy: false }, { racy: true }])('300 records in folders the index does not have (every old entry racily clean: $racy)', ({ racy }) => {
        const entries = writeRecords(repo, manyRecords());
        const { result, byGit, here, view, original } = stageBothWays(repo, gitdir, entries, { racy });
        expect(result).toEqual({ staged: true });
        const written = fs.readFileSync(here);
        expect(written.equals(original)).toBe(false);
        // The entries are git's, byte for byte; the TREE extension names vault/'s trees (stored),
        // where git's leaves them for write-tree to make: write-tree makes the root's alone here.
        expect(entriesOf(written).equals(entriesOf(fs.readFileSync(byGit)))).toBe(true);
        expect(repo.git(['fsck', '--no-dangling', '--no-progress'], { env: { GIT_INDEX_FILE: here } }).code).toBe(0);
        const cached = cacheTreeNodes(here);
        expect(view(here)).toEqual(view(byGit));
        // vault/ and every folder below it valid, each as git's write-tree made it; the root left to git.
        const full = cacheTreeNodes(byGit);
        const inVault = (folder: string) => folder === 'vault' || folder.startsWith('vault/');
        const valid = [...cached].filter(([folder, node]) => inVault(folder) && node.count >= 0);
        expect(valid.map(([folder]) => folder)).toEqual([...full.keys()].filter(inVault));
        expect(cached.get('')?.count).toBe(-1);
        expect(cached.get('vault')?.count).toBe(300);
        for (const [folder, node] of valid) expect(node).toEqual(full.get(folder));
        // Once write-tree has run on both, the two indexes are the same bytes: every cached id and count here was git's.
        expect(fs.readFileSync(here).equals(fs.readFileSync(byGit))).toBe(true);
        reset(repo, version);
      });

      it('takes vault/\'s node made and its trees stored ahead (backfill\'s writer thread) for exactly the records it was made from, writing no object itself', () => {
        // Texts of their own: vault/'s trees are then none the cases above stored.
        const entries = writeRecords(repo, Object.fromEntries(Object.entries(manyRecords()).map(([file, text]) => [file, `${text}made ahead\n`])));
        // The loose objects and the pack files, by path under objects/.
        const objects = () => fs.readdirSync(path.join(gitdir, 'objects'), { recursive: true, encoding: 'utf8' }).filter((file) => /^[0-9a-f]{2}\/[0-9a-f]{38}$|^pack\/.+\.(?:pack|idx)$/.test(file)).sort();
        // The index as the staging writes it making vault/'s trees itself; the loose trees it wrote removed again.
        let before = objects();
        const plain = stageBothWays(repo, gitdir, entries);
        const index = fs.readFileSync(plain.here);
        for (const file of objects().filter((file) => !before.includes(file))) fs.rmSync(path.join(gitdir, 'objects', file));
        const ahead = (from: KnownEntry[]) => {
          const made = topFolderTrees(from.map((entry) => ({ path: entry.path, oid: entry.file.oid })))!;
          return { made, stored: { folder: made.folder, count: made.count, node: made.node } };
        };
        const { made, stored } = ahead(entries);
        writeBlobPackFile(path.join(gitdir, 'objects/pack'), made.trees.map(({ oid, content }) => ({ oid, bytes: content, tree: true })));
        before = objects();
        const taken = stageBothWays(repo, gitdir, entries, { stored });
        expect(taken.result).toEqual({ staged: true });
        expect(objects()).toEqual(before);
        expect(fs.readFileSync(taken.here).equals(index)).toBe(true);
        expect(repo.git(['fsck', '--no-dangling', '--no-progress'], { env: { GIT_INDEX_FILE: taken.here } }).code).toBe(0);
        // Made from one record fewer (one the thread did not write): the staging makes the trees.
        before = objects();
        const remade = stageBothWays(repo, gitdir, entries, { stored: ahead(entries.slice(1)).stored });
        expect(remade.result).toEqual({ staged: true });
        expect(objects()).not.toEqual(before);
        expect(fs.readFileSync(remade.here).equals(index)).toBe(true);
        reset(repo, version);
      });

      it('records in a folder the index holds already (its tree ids invalidated), one in a folder the caller made there', () => {
        const entries = writeRecords(repo, { 'src/a/b/c/e.yaml': 'a\n', 'src/a/b/c/e.yaml-2': 'b\n', 'src/a/b/c/f/g.yaml': 'c\n' });
        const { result, byGit, here, view } = stageBothWays(repo, gitdir, entries, { madeFolders: ['src/a/b/c/f'] });
        expect(result).toEqual({ staged: true });
        expect(entriesOf(fs.readFileSync(here)).equals(entriesOf(fs.readFileSync(byGit)))).toBe(true);
        // f/ is new to the index: its tree is cached; the folders above it are write-tree's to make.
        const cached = cacheTreeNodes(here);
        expect(view(here)).toEqual(view(byGit));
        expect(cached.get('src/a/b/c/f')).toEqual({ count: 1, oid: repo.git(['rev-parse', `${view(byGit).tree}:src/a/b/c/f`]).stdout.trim() });
        for (const folder of ['', 'src', 'src/a', 'src/a/b', 'src/a/b/c']) expect(cached.get(folder)?.count).toBe(-1);
        expect(fs.readFileSync(here).equals(fs.readFileSync(byGit))).toBe(true);
        reset(repo, version);
      });
    });
  }
});

describe('staging known records leaves to git what it does not handle, the index untouched', () => {
  const { repo, gitdir } = buildRepo(2);
  const refused = (entries: KnownEntry[], options: { madeFolders?: string[]; racy?: boolean } = {}) => {
    const here = path.join(gitdir, 'index-here');
    fs.copyFileSync(path.join(gitdir, 'index'), here);
    const time = options.racy ? fs.statSync(path.join(repo.dir, 'README.md')).mtime : fs.statSync(path.join(gitdir, 'index')).mtime;
    fs.utimesSync(here, time, time);
    const original = fs.readFileSync(here);
    const result = stageKnownFiles({ dir: repo.dir, gitdir, env: { HOME: repo.dir, GIT_CONFIG_NOSYSTEM: '1', GIT_INDEX_FILE: here } }, entries, { madeFolders: options.madeFolders ?? ['vault'] });
    expect(fs.readFileSync(here).equals(original)).toBe(true);
    reset(repo, 2);
    return result;
  };

  it('an entry the index holds among the new paths', () => {
    const entries = writeRecords(repo, { 'prompts/a.yaml': 'a\n', 'prompts/z.yaml': 'z\n' });
    expect(refused(entries, { madeFolders: [] })).toEqual({ staged: false, reason: 'prompts/refund.md is in the index among the paths staged' });
  });

  it('a new path under a file of the index, and one where the index has a folder', () => {
    fs.rmSync(path.join(repo.dir, 'vaultish.txt'));
    expect(refused(writeRecords(repo, { 'vaultish.txt/0001.yaml': 'a\n' }), { madeFolders: ['vaultish.txt'] })).toEqual({ staged: false, reason: 'vaultish.txt is in the index' });
    fs.rmSync(path.join(repo.dir, 'zz'), { recursive: true });
    expect(refused(writeRecords(repo, { zz: 'a file where a folder was\n' }), { madeFolders: [] })).toEqual({ staged: false, reason: 'zz is a folder in the index' });
  });

  it('an attribute file that may reach the records, or one git would read from the index', () => {
    repo.write('.gitattributes', '*.yaml text eol=crlf\n');
    expect(refused(writeRecords(repo, { 'vault/checkpoints/refund/0001.yaml': 'a\n' }))).toMatchObject({ staged: false, reason: expect.stringMatching(/^attributes in .*\.gitattributes$/) });
    repo.write('vault/.gitattributes', '*.yaml text eol=crlf\n');
    repo.git(['add', 'vault/.gitattributes']);
    repo.git(['commit', '-q', '-m', 'attributes'], { date: '2026-01-03' });
    fs.rmSync(path.join(repo.dir, 'vault/.gitattributes'));
    // vault/ counted as made by the caller: its attribute file is not read, but the index holds one.
    expect(refused(writeRecords(repo, { 'vault/checkpoints/refund/0001.yaml': 'a\n' }))).toEqual({ staged: false, reason: 'vault/.gitattributes is in the index' });
    repo.git(['rm', '-q', '--cached', 'vault/.gitattributes']);
    repo.git(['commit', '-q', '-m', 'no attributes'], { date: '2026-01-04' });
  });

  it('a racily clean file changed in its second (git would record it with size 0)', () => {
    const readme = path.join(repo.dir, 'README.md');
    const { mtime } = fs.statSync(readme);
    fs.writeFileSync(readme, 'READMX\n');
    fs.utimesSync(readme, mtime, mtime);
    expect(refused(writeRecords(repo, { 'vault/checkpoints/refund/0001.yaml': 'a\n' }), { racy: true })).toEqual({ staged: false, reason: 'README.md changed within the index\'s last second' });
  });
});
