// `git cherry-pick A B`, A conflicting, resolved and committed (the hook stages nothing while picks
// follow: the last pick's repair records them all), then `git cherry-pick --quit` instead of
// `--continue`: git runs no hook, so no repair comes, and A's commit holds the records it copied
// from the other branch and none of its own. `check` must say so and name the fix; `repair` fixes
// it. The same for `git revert A B` and `git revert --quit`. Through real commits and the hook.
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, type RunResult, type TestRepo } from '../../test-utils/repo.ts';
import { commitBothPrompts, INVOICE, invoice, pickTwoFirstConflicting, REFUND, refund } from '../../test-utils/two-picks-conflicting.ts';


const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

function started(): TestRepo {
  const repo = createRepo();
  repos.push(repo);
  commitBothPrompts(repo);
  return repo;
}

/** check's verdict after the quit, and repair's, then check's again. */
function checkThenRepair(repo: TestRepo): { before: RunResult; repaired: RunResult; after: RunResult } {
  const before = repo.cli(['check']);
  const repaired = repo.cli(['repair']);
  return { before, repaired, after: repo.cli(['check']) };
}

describe('a deferred pick left by `--quit`', () => {
  it('cherry-pick: check names the prompt, the pick and `promptvault repair`, which records it', () => {
    const repo = started();
    expect(pickTwoFirstConflicting(repo).code).not.toBe(0);
    repo.write(REFUND, refund('Main line.', 'Feature line.'));
    const committed = repo.commit('refund: feature', '2026-01-05', { args: ['--no-edit'] });
    expect(committed.stdout + committed.stderr).toContain('more commits of this `git cherry-pick` follow');
    expect(repo.git(['cherry-pick', '--quit']).code).toBe(0);
    const { before, repaired, after } = checkThenRepair(repo);
    expect(before.code).toBe(1);
    expect(before.stdout).toMatch(/prompts\/support\/refund\.md: .*cherry-pick.*committed without the hook.*"refund: feature"/);
    expect(before.stdout).toContain('fix: run `promptvault repair`');
    expect(repaired.code, repaired.stderr).toBe(0);
    expect(after.code, after.stdout).toBe(0);
    expect(repo.cli(['log', 'support/refund']).stdout).toMatch(/^support\/refund v3\S* .* edit +from v2/m);
  });

  it('revert: check names the prompt and `promptvault repair`, which records it', () => {
    const repo = started();
    repo.write(REFUND, refund('First line.'));
    expect(repo.commit('refund: first', '2026-01-02').code).toBe(0);
    repo.write(INVOICE, invoice('Name the tax on each line.'));
    expect(repo.commit('invoice: tax', '2026-01-03').code).toBe(0);
    repo.write(REFUND, refund('First line.', 'Second line.'));
    expect(repo.commit('refund: second', '2026-01-04').code).toBe(0);
    expect(repo.git(['revert', '--no-edit', 'HEAD~2', 'HEAD~1'], { date: '2026-01-05' }).code).not.toBe(0);
    repo.write(REFUND, refund('Second line.'));
    const committed = repo.commit('Revert "refund: first"', '2026-01-05');
    expect(committed.stdout + committed.stderr).toContain('more commits of this `git revert` follow');
    expect(repo.git(['revert', '--quit']).code).toBe(0);
    const { before, repaired, after } = checkThenRepair(repo);
    expect(before.code).toBe(1);
    expect(before.stdout).toContain('prompts/support/refund.md');
    expect(before.stdout).toContain('fix: run `promptvault repair`');
    expect(repaired.code, repaired.stderr).toBe(0);
    expect(after.code, after.stdout).toBe(0);
    expect(repo.cli(['log', 'support/refund']).stdout).toMatch(/^support\/refund v4\S* /m);
  });
});
