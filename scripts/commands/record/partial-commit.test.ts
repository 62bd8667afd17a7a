import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepo, createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

// `git commit -- <path>` (what JetBrains IDEs run, and VS Code with nothing staged) runs the hook
// on a temporary index (HEAD and the named paths) and keeps the real index locked as index.lock,
// which it puts in place after the commit. The hook stages its records into both, in this
// process: no `git update-index` reads and writes the whole real index again. The commit and both
// indexes are then the very ones git's own staging gives (PROMPTVAULT_STAGE_WITH_GIT=1).

let base: TestRepo;
const copies: TestRepo[] = [];
afterAll(() => [base, ...copies].forEach((repo) => repo?.cleanup()));

beforeAll(() => {
  base = createRepo();
  base.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Confirm the order number, then explain the refund policy in plain words.'));
  base.write('prompts/sales/upsell.md', promptFile({ title: 'Upsell' }, 'Offer the yearly plan once, and only after the question is answered.'));
  base.write('notes.txt', 'one\n');
  expect(base.commit('two prompts and notes', '2026-01-02').code).toBe(0);
});

/** The git commands a traced run made, by name. */
const gitCommands = (trace: string) => fs.readFileSync(trace, 'utf8').split('\n').flatMap((line) => {
  const match = / (?:built-in|exec): git ([a-z-]+) /.exec(line);
  return match ? [match[1]!] : [];
});

/**
 * A copy with the refund prompt edited, the upsell prompt edited and staged, the notes edited, then
 * `git commit -- <the refund prompt>`; the git commands of that commit, its id and the index after it.
 */
function partialCommit(env: Record<string, string>): { commands: string[]; head: string; index: string; status: string; fsck: number; versions: (folder: string) => number } {
  const repo = copyRepo(base);
  copies.push(repo);
  repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Confirm the order number first, then explain the refund policy.'));
  repo.write('prompts/sales/upsell.md', promptFile({ title: 'Upsell' }, 'Offer the yearly plan once.'));
  repo.write('notes.txt', 'two, not committed\n');
  expect(repo.git(['add', 'prompts/sales/upsell.md']).code).toBe(0);
  const trace = path.join(repo.dir, '.git', 'trace.txt');
  const result = repo.git(['commit', '-q', '-m', 'edit the refund prompt only', '--', 'prompts/support/refund.md'], { date: '2026-01-03', env: { ...env, GIT_TRACE: trace } });
  expect(result.code, result.stderr).toBe(0);
  return {
    commands: gitCommands(trace),
    head: repo.git(['rev-parse', 'HEAD']).stdout.trim(),
    index: repo.git(['ls-files', '-s']).stdout,
    status: repo.git(['status', '--porcelain']).stdout,
    fsck: repo.git(['fsck', '--strict', '--no-dangling']).code,
    versions: (folder) => repo.git(['ls-tree', '-r', '--name-only', 'HEAD', `vault/mutations/${folder}/`]).stdout.split('\n').filter(Boolean).length,
  };
}

describe('a partial commit (`git commit -- <path>`) stages its records into both indexes in process', () => {
  it('records the named prompt only, with no `git update-index`, and leaves the real index holding the records and the staged prompt', () => {
    const partial = partialCommit({});
    expect(partial.commands.filter((name) => name === 'update-index')).toEqual([]);
    expect([partial.versions('support/refund'), partial.versions('sales/upsell')]).toEqual([2, 1]);
    // Only what was left out on purpose differs from HEAD: the staged prompt and the notes.
    expect(partial.status).toBe(' M notes.txt\nM  prompts/sales/upsell.md\n');
    expect(partial.fsck).toBe(0);
  });

  it('makes the very commit and index that git\'s own staging (`update-index`) makes', () => {
    const [inProcess, byGit] = [partialCommit({}), partialCommit({ PROMPTVAULT_STAGE_WITH_GIT: '1' })];
    expect(byGit.commands).toContain('update-index');
    expect(inProcess.head).toBe(byGit.head);
    expect(inProcess.index).toBe(byGit.index);
    expect(inProcess.status).toBe(byGit.status);
  });
});
