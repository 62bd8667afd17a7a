// The hook keeps its caches (a prompt's chunks, the validated configuration) in the repository's
// git dir. Where `.git` is a file naming a git dir elsewhere (`git init --separate-git-dir`, a
// submodule's checkout, whose git dir is the superproject's `.git/modules/<name>`), they must go
// there, not into the working tree, and be read back: the next version's traits are those of its
// whole text, and a commit whose config did not change finds the saved one (the file is not
// rewritten).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { measureBody } from '../../lib/traits/measure.ts';
import { loadTokenizer } from '../../lib/traits/tokens.ts';
import { CLI_ENTRY, createRepo, gitIn, mustSucceed, openRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

const paragraph = (i: number) => `Step ${i}: you must confirm the order ${'number '.repeat(i % 5)}first, and never share another customer's data. Be kind!`;
const body = (extra = '') => `${Array.from({ length: 30 }, (_, i) => paragraph(i)).join('\n\n')}${extra}`;

/** What `npm install -D promptvault` leaves for the hook files, then `promptvault init` there. */
function installAndInit(checkout: string): void {
  for (const [key, value] of [['user.name', 'Ada Reviewer'], ['user.email', 'ada@example.com'], ['commit.gpgsign', 'false']]) mustSucceed(gitIn(checkout, ['config', key!, value!]), 'git config');
  fs.writeFileSync(path.join(checkout, '.gitignore'), 'node_modules/\n');
  fs.mkdirSync(path.join(checkout, 'node_modules/.bin'), { recursive: true });
  fs.writeFileSync(path.join(checkout, 'node_modules/.bin/promptvault'), `#!/bin/sh\nexec "${process.execPath}" "${CLI_ENTRY}" "$@"\n`, { mode: 0o755 });
  const init = openRepo(checkout).cli(['init']);
  expect(init.code, init.stderr).toBe(0);
}

/** Commits a long prompt and an edit of it through the hook, and checks where the caches went and that they were read. */
async function expectCachesIn(repo: TestRepo, gitdir: string): Promise<void> {
  repo.write('prompts/refund.md', promptFile({ title: 'Refund', tone: 'formal' }, body()));
  const added = repo.commit('add the refund prompt', '2026-01-02');
  expect(added.code, added.stderr).toBe(0);
  const chunks = path.join(gitdir, 'promptvault', 'chunks');
  const chunkFiles = () => fs.readdirSync(chunks, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.json'));
  expect(chunkFiles()).toHaveLength(1);
  const config = path.join(gitdir, 'promptvault', 'config.json');
  const saved = fs.statSync(config).mtimeMs;
  const before = fs.readFileSync(path.join(chunks, chunkFiles()[0]!), 'utf8');

  const edited = body('\n\nRun 1 adds a sentence about refunds.');
  repo.write('prompts/refund.md', promptFile({ title: 'Refund', tone: 'formal' }, edited));
  const edit = repo.commit('edit the refund prompt', '2026-01-03');
  expect(edit.code, edit.stderr).toBe(0);
  expect(edit.stderr).toMatch(/promptvault: refund v2·[0-9a-f]{6} \(edit from refund@v1·[0-9a-f]{6}\)/);
  const checkpoint = repo.filesAtHead('vault/checkpoints/refund/').sort().pop()!;
  expect((parse(repo.showHead(checkpoint)) as { traits: unknown }).traits).toEqual(measureBody(`${edited}\n`, await loadTokenizer('o200k_base'), { inferTone: false }).traits);
  // The chunks rewritten for v2 in place; the configuration found in the cache, so not written again.
  expect(chunkFiles()).toHaveLength(1);
  expect(fs.readFileSync(path.join(chunks, chunkFiles()[0]!), 'utf8')).not.toBe(before);
  expect(fs.statSync(config).mtimeMs).toBe(saved);
  // Nothing of ours in the working tree, whose `.git` stays the file git wrote.
  expect(fs.statSync(path.join(repo.dir, '.git')).isFile()).toBe(true);
  expect(repo.git(['status', '--porcelain']).stdout).toBe('');
  expect(repo.git(['status', '--porcelain', '--ignored']).stdout.split('\n').filter((line) => line.includes('promptvault'))).toEqual([]);
  expect(repo.cli(['check']).code).toBe(0);
}

describe('the hook\'s caches where `.git` is a file', () => {
  it('`git init --separate-git-dir`: in that git dir, and read back', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-separate-'));
    cleanups.push(() => fs.rmSync(root, { recursive: true, force: true }));
    const gitdir = path.join(root, 'repo.git');
    mustSucceed(gitIn(root, ['init', '-q', '-b', 'main', `--separate-git-dir=${gitdir}`, 'work']), 'git init');
    installAndInit(path.join(root, 'work'));
    await expectCachesIn(openRepo(path.join(root, 'work')), gitdir);
  });

  it('a submodule\'s checkout: in the superproject\'s .git/modules/<name>, and read back', async () => {
    const app = createRepo();
    cleanups.push(() => app.cleanup());
    const library = `${app.dir}-library`;
    cleanups.push(() => fs.rmSync(library, { recursive: true, force: true }));
    fs.mkdirSync(library);
    mustSucceed(gitIn(library, ['init', '-q', '-b', 'main']), 'git init');
    mustSucceed(gitIn(library, ['commit', '-q', '--allow-empty', '-m', 'library'], { date: '2026-01-01' }), 'git commit');
    expect(app.git(['-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', library, 'vendor/library']).code).toBe(0);
    expect(app.commit('the shared library', '2026-01-01').code).toBe(0);
    const checkout = path.join(app.dir, 'vendor/library');
    installAndInit(checkout);
    await expectCachesIn(openRepo(checkout), path.join(app.dir, '.git/modules/vendor/library'));
    expect(fs.existsSync(path.join(app.dir, '.git/promptvault/chunks'))).toBe(false);
  });
});
