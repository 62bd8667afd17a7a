// `PROMPTVAULT_TAGS="@tested" git commit`, then `git commit --fixup` and `git rebase -i
// --autosquash`: repair drops the versions of the folded commits (their texts are in no commit)
// and records the folded commit with `record --all`, which has no replaced version to read tags
// from: @tested was lost (session 34 left it). The own tags of the records repair drops now follow
// the versions that replaced them, as labels do; so too after a rebase onto a branch that changed
// the same prompt. Through real commits, the hook and git's own rebase.
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createRepo, promptFile, type RunResult, type TestRepo } from '../../test-utils/repo.ts';

const REFUND = 'prompts/support/refund.md';
const refund = (...lines: string[]) => promptFile({ title: 'Refund' }, ['Help the customer with a refund.', ...lines, 'Close with the order number.'].join('\n\n'));
const OWN = new Set(['@tested', '@approved']);
const EDITOR = { GIT_SEQUENCE_EDITOR: 'true' };

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

/** main with the refund prompt at v1, and a branch `pr` checked out from it. */
function onBranch(): TestRepo {
  const repo = createRepo();
  repos.push(repo);
  repo.write(REFUND, refund());
  expect(repo.commit('refund', '2026-01-01').code).toBe(0);
  repo.git(['checkout', '-q', '-b', 'pr']);
  return repo;
}

/** The refund prompt's versions at HEAD as `v2: <own tags>`, oldest first. */
function versions(repo: TestRepo): string[] {
  return repo.filesAtHead('vault/mutations/support/refund/').map((file) => parse(repo.showHead(file)) as { version: number; symbolic_tags: string[] })
    .sort((a, b) => a.version - b.version).map((m) => `v${m.version}: ${m.symbolic_tags.filter((tag) => OWN.has(tag)).join(' ')}`);
}

function rebased(repo: TestRepo, rebase: RunResult): void {
  expect(rebase.code, rebase.stdout + rebase.stderr).toBe(0);
  expect(repo.git(['status', '--porcelain']).stdout).toBe('');
  const checked = repo.cli(['check']);
  expect(checked.code, checked.stdout).toBe(0);
}

describe('own tags through a rebase repair records again', () => {
  it('a fixup folded by --autosquash: the folded commit\'s version keeps @tested, and repair says so', () => {
    const repo = onBranch();
    repo.write(REFUND, refund('Be brief and polite, and thank them.'));
    expect(repo.commit('refund: brief', '2026-01-02', { env: { PROMPTVAULT_TAGS: '@tested' } }).code).toBe(0);
    repo.write(REFUND, refund('Be brief and polite, and thank them warmly.'));
    expect(repo.commit('x', '2026-01-03', { args: ['--fixup', 'HEAD'] }).code).toBe(0);
    const rebase = repo.git(['rebase', '-i', '--autosquash', 'main'], { date: '2026-01-04', env: EDITOR });
    rebased(repo, rebase);
    expect(versions(repo)).toEqual(['v1: ', 'v2: @tested']);
    expect(rebase.stdout + rebase.stderr).toMatch(/support\/refund v2\S* \(edit from support\/refund@v1\S*\) .*@tested/);
  });

  it('a fixup with tags of its own folded into a tagged commit: the version carries both', () => {
    const repo = onBranch();
    repo.write(REFUND, refund('Be brief and polite, and thank them.'));
    expect(repo.commit('refund: brief', '2026-01-02', { env: { PROMPTVAULT_TAGS: '@tested' } }).code).toBe(0);
    repo.write(REFUND, refund('Be brief and polite, and thank them warmly.'));
    expect(repo.commit('x', '2026-01-03', { args: ['--fixup', 'HEAD'], env: { PROMPTVAULT_TAGS: '@approved' } }).code).toBe(0);
    rebased(repo, repo.git(['rebase', '-i', '--autosquash', 'main'], { date: '2026-01-04', env: EDITOR }));
    expect(versions(repo)).toEqual(['v1: ', 'v2: @tested @approved']);
  });

  it('a rebase onto a main that changed the same prompt: the rebased edit\'s version keeps @tested', () => {
    const repo = onBranch();
    repo.write(REFUND, refund('Be brief and polite, and thank them.'));
    expect(repo.commit('refund: brief', '2026-01-02', { env: { PROMPTVAULT_TAGS: '@tested' } }).code).toBe(0);
    repo.git(['checkout', '-q', 'main']);
    repo.write(REFUND, promptFile({ title: 'Refund' }, ['Help the customer with a refund, kindly.', 'Close with the order number.'].join('\n\n')));
    expect(repo.commit('refund: kindly', '2026-01-03').code).toBe(0);
    repo.git(['checkout', '-q', 'pr']);
    rebased(repo, repo.git(['rebase', 'main'], { date: '2026-01-04' }));
    expect(repo.read(REFUND)).toContain('refund, kindly.\n\nBe brief');
    expect(versions(repo)).toEqual(['v1: ', 'v2: ', 'v3: @tested']);
  });
});
