import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

// What an interrupted hook leaves (kill -9 after writing, a failing hook after ours) never turns
// into two versions of one change; and a clause change audited on its branch is not audited again.

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));
const FILE = 'prompts/refund.md';

describe('an interrupted hook', () => {
  it("leaves nothing the next commit picks up: a killed run's untracked records and temporary files are removed", () => {
    const repo = createRepo();
    repos.push(repo);
    repo.write(FILE, promptFile({ title: 'Refund' }, 'Help with refunds.'));
    expect(repo.commit('v1', '2026-01-01').code).toBe(0);
    repo.write(FILE, promptFile({ title: 'Refund' }, 'Help with refunds, kindly.'));
    repo.git(['add', FILE]);
    // A run that wrote its records and was killed before staging them: the files are there, untracked.
    expect(repo.cli(['record'], { env: { GIT_COMMITTER_DATE: '2026-01-02T09:00:00Z' } }).code).toBe(0);
    repo.git(['reset', '-q', '--', 'vault']);
    // And a temporary file of a run killed mid-write: in vault/.tmp/, which git ignores.
    repo.write('vault/.tmp/.gitignore', '*\n');
    repo.write('vault/.tmp/.0002-0123456789ab.yaml.4242.tmp', 'prompt: refund\nvers');
    expect(repo.git(['status', '--porcelain', '--', 'vault']).stdout).toMatch(/^\?\? vault\//m);

    const committed = repo.commit('v2', '2026-01-02');
    expect(committed.code, committed.stderr).toBe(0);
    expect(repo.git(['status', '--porcelain', '--', 'vault']).stdout).toBe('');
    expect(repo.filesAtHead('vault/').filter((file) => file.includes('.tmp'))).toEqual([]);
    expect(repo.filesAtHead('vault/mutations/refund/').map((file) => path.basename(file).slice(0, 4))).toEqual(['0001', '0002']);
    expect(repo.cli(['check']).code).toBe(0);
  });

  it('check catches two records of one version committed together, and `promptvault repair` keeps one', () => {
    const repo = createRepo();
    repos.push(repo);
    repo.write(FILE, promptFile({ title: 'Refund' }, 'Help with refunds.'));
    expect(repo.commit('v1', '2026-01-01').code).toBe(0);
    repo.write(FILE, promptFile({ title: 'Refund' }, 'Help with refunds, kindly.'));
    repo.git(['add', FILE]);
    // Two runs for the same commit, their files committed side by side without the hook.
    expect(repo.cli(['record'], { env: { GIT_COMMITTER_DATE: '2026-01-02T09:00:00Z' } }).code).toBe(0);
    const first = new Map(repo.git(['diff', '--cached', '--name-only', '--', 'vault']).stdout.split('\n').filter(Boolean).map((file) => [file, repo.read(file)]));
    repo.git(['rm', '-q', '--cached', '--', ...first.keys()]);
    for (const file of first.keys()) repo.remove(file);
    expect(repo.cli(['record'], { env: { GIT_COMMITTER_DATE: '2026-01-02T10:00:00Z' } }).code).toBe(0);
    for (const [file, text] of first) repo.write(file, text);
    expect(repo.commit('v2 twice', '2026-01-02', { args: ['--no-verify'] }).code).toBe(0);
    expect(repo.filesAtHead('vault/mutations/refund/')).toHaveLength(3);

    const failing = repo.cli(['check']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('refund v2 has 2 records made for the same commit');
    expect(failing.stdout).toContain('fix: run `promptvault repair`');
    const repaired = repo.cli(['repair'], { env: { GIT_COMMITTER_DATE: '2026-01-03T10:00:00Z' } });
    expect(repaired.code, repaired.stderr).toBe(0);
    expect(repaired.stdout).toContain('a second record of refund v2 for the same commit');
    expect(repo.filesAtHead('vault/mutations/refund/')).toHaveLength(2);
    expect(repo.filesAtHead('vault/checkpoints/refund/')).toHaveLength(2);
    expect(repo.cli(['check']).code).toBe(0);
  });
});

describe('a clause changed on one branch and merged', () => {
  it('is not audited again at the merge: the merge completes and the review made on the branch holds', () => {
    const repo = createRepo();
    repos.push(repo);
    repo.write('codex/privacy/accounts.md', '---\ntitle: Accounts\ntone: formal\n---\nThe assistant must never share account numbers.\n');
    repo.write(FILE, promptFile({ title: 'Refund' }, 'Help with refunds.'));
    expect(repo.commit('v1', '2026-01-01').code).toBe(0);
    repo.git(['checkout', '-q', '-b', 'soften']);
    repo.write('codex/privacy/accounts.md', '---\ntitle: Accounts\ntone: formal\n---\nThe assistant should avoid sharing account numbers.\n');
    expect(repo.commit('soften', '2026-01-02').code).toBe(0);
    expect(repo.cli(['review', 'privacy/accounts', '--accept', '--note', 'Legal approved it.'], { env: { GIT_COMMITTER_DATE: '2026-01-03T09:00:00Z' } }).code).toBe(0);
    expect(repo.commit('review', '2026-01-03', { add: false }).code).toBe(0);
    repo.git(['checkout', '-q', 'main']);
    repo.write(FILE, promptFile({ title: 'Refund' }, 'Help with refunds, kindly.'));
    expect(repo.commit('v2', '2026-01-04').code).toBe(0);

    const merged = repo.git(['merge', '--no-edit', 'soften'], { date: '2026-01-05' });
    expect(merged.code, merged.stderr + merged.stdout).toBe(0);
    expect(repo.git(['rev-list', '--parents', '-n', '1', 'HEAD']).stdout.trim().split(' ')).toHaveLength(3);
    expect(repo.filesAtHead('vault/audits/privacy/accounts/')).toHaveLength(2);
    expect(repo.cli(['check']).code).toBe(0);
    expect(fs.existsSync(path.join(repo.dir, '.git/MERGE_HEAD'))).toBe(false);
  });
});
