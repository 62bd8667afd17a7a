// `git cherry-pick -x A B` where A conflicts: resolved, `git cherry-pick --continue` commits A
// through the hook, then git compares the index it read before that commit with HEAD. The hook's
// staged records made them differ, and git stopped: "your local changes would be overwritten by
// cherry-pick", "fatal: cherry-pick failed" (B not picked; a second `--continue` went on). The hook
// now stages nothing while picks follow, and the last pick's repair records them all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo, type RunResult } from '../../test-utils/repo.ts';
import { commitBothPrompts, INVOICE, invoice, pickTwoFirstConflicting, REFUND, refund } from '../../test-utils/two-picks-conflicting.ts';


let repo: TestRepo;
let stopped: RunResult;
let continued: RunResult;
beforeAll(() => {
  repo = createRepo();
  commitBothPrompts(repo);
  stopped = pickTwoFirstConflicting(repo);
  repo.write(REFUND, refund('Main line.', 'Feature line.'));
  repo.git(['add', REFUND]);
  continued = repo.git(['cherry-pick', '--continue'], { date: '2026-01-05', env: { GIT_EDITOR: 'true' } });
});
afterAll(() => repo?.cleanup());

describe('`git cherry-pick --continue` of a conflicted pick with more picks after it', () => {
  it('goes on to the next pick, as it does with the hooks off', () => {
    expect(stopped.code).not.toBe(0);
    expect(continued.stderr).not.toContain('fatal: cherry-pick failed');
    expect(continued.code, continued.stderr).toBe(0);
    const subjects = repo.git(['log', '--format=%s']).stdout.trim().split('\n').filter((s) => !s.startsWith('Repair the prompt vault'));
    expect(subjects.slice(0, 3)).toEqual(['invoice: tax', 'refund: feature', 'refund: main']);
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
    expect(repo.exists('.git/sequencer')).toBe(false);
  });

  it('says why the resolved pick records nothing itself', () => {
    expect(continued.stdout + continued.stderr).toContain('promptvault: more commits of this `git cherry-pick` follow');
  });

  it('the vault holds this branch\'s versions of both prompts, and check passes', () => {
    expect(repo.cli(['log', 'support/refund']).stdout).toMatch(/^support\/refund v3\S* .* edit +from v2/m);
    expect(repo.cli(['log', 'billing/invoice']).stdout).toMatch(/^billing\/invoice v2\S* .* edit +from v1/m);
    const checked = repo.cli(['check']);
    expect(checked.code, checked.stdout).toBe(0);
    expect(repo.git(['fsck', '--strict']).code).toBe(0);
  });
});

describe('`git revert --continue` of a conflicted revert with more reverts after it', () => {
  let reverting: TestRepo;
  let continuedRevert: RunResult;
  beforeAll(() => {
    reverting = createRepo();
    reverting.write(REFUND, refund());
    reverting.write(INVOICE, invoice());
    expect(reverting.commit('prompts', '2026-01-01').code).toBe(0);
    reverting.write(REFUND, refund('First line.'));
    expect(reverting.commit('refund: first', '2026-01-02').code).toBe(0);
    reverting.write(INVOICE, invoice('Name the tax on each line.'));
    expect(reverting.commit('invoice: tax', '2026-01-03').code).toBe(0);
    reverting.write(REFUND, refund('First line.', 'Second line.'));
    expect(reverting.commit('refund: second', '2026-01-04').code).toBe(0);
    expect(reverting.git(['revert', '--no-edit', 'HEAD~2', 'HEAD~1'], { date: '2026-01-05' }).code).not.toBe(0);
    reverting.write(REFUND, refund('Second line.'));
    reverting.git(['add', REFUND]);
    continuedRevert = reverting.git(['revert', '--continue'], { date: '2026-01-05', env: { GIT_EDITOR: 'true' } });
  });
  afterAll(() => reverting?.cleanup());

  it('goes on to the next revert, the last one\'s repair records both prompts, and check passes', () => {
    expect(continuedRevert.stderr).not.toContain('fatal: revert failed');
    expect(continuedRevert.code, continuedRevert.stderr).toBe(0);
    expect(continuedRevert.stdout + continuedRevert.stderr).toContain('promptvault: more commits of this `git revert` follow');
    const subjects = reverting.git(['log', '--format=%s']).stdout.trim().split('\n').filter((s) => !s.startsWith('Repair the prompt vault'));
    expect(subjects.slice(0, 2)).toEqual(['Revert "invoice: tax"', 'Revert "refund: first"']);
    expect(reverting.git(['status', '--porcelain']).stdout).toBe('');
    expect(reverting.cli(['log', 'billing/invoice']).stdout).toMatch(/^billing\/invoice v3\S* .*@revert/m);
    const checked = reverting.cli(['check']);
    expect(checked.code, checked.stdout).toBe(0);
  });
});
