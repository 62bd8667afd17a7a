// `git cherry-pick A B`, A conflicting, resolved with bad input (a prompt citing a clause that does
// not exist), `git cherry-pick --continue`: while more picks follow the hook stages nothing and
// leaves the records to the last pick's repair (cherry-pick-several-continue.test.ts), and it
// refused nothing either: A was committed, B picked, and the repair after B failed on A's prompt
// ("could not record this commit"), the branch left out of sync. Decided: the hook refuses at the
// deferred pick what it refuses on any commit (its post-commit repair can refuse nothing, the
// commit being made); git stops with the pick still under way, and once fixed `--continue` goes on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type RunResult, type TestRepo } from '../../test-utils/repo.ts';
import { commitBothPrompts, pickTwoFirstConflicting, REFUND, refund } from '../../test-utils/two-picks-conflicting.ts';


let repo: TestRepo;
let refused: RunResult;
let continued: RunResult;
let headAtRefusal = '';
beforeAll(() => {
  repo = createRepo();
  commitBothPrompts(repo);
  expect(pickTwoFirstConflicting(repo).code).not.toBe(0);
  repo.write(REFUND, promptFile({ title: 'Refund', codex: ['refunds/missing'] }, 'Help the customer with a refund.\nMain line.\nFeature line.'));
  repo.git(['add', REFUND]);
  refused = repo.git(['cherry-pick', '--continue'], { date: '2026-01-05', env: { GIT_EDITOR: 'true' } });
  headAtRefusal = repo.git(['log', '-1', '--format=%s']).stdout.trim();
  repo.write(REFUND, refund('Main line.', 'Feature line.'));
  repo.git(['add', REFUND]);
  continued = repo.git(['cherry-pick', '--continue'], { date: '2026-01-05', env: { GIT_EDITOR: 'true' } });
});
afterAll(() => repo?.cleanup());

describe('a resolved pick with more picks after it, holding bad input', () => {
  it('is refused at `--continue` as any commit is, naming the file, line and fix, with the pick still under way', () => {
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('promptvault record: the commit was blocked, 1 problem to fix first (nothing was written)');
    expect(refused.stderr).toContain('prompts/support/refund.md:3: codex names the clause "refunds/missing", but no clause has that id');
    expect(refused.stderr).toContain('fix: correct the id, or add codex/refunds/missing.md');
    expect(headAtRefusal).toBe('refund: main');
  });

  it('once fixed, `--continue` goes on to the last pick, whose repair records both, and check passes', () => {
    expect(continued.code, continued.stderr).toBe(0);
    expect(continued.stdout + continued.stderr).toContain('promptvault: more commits of this `git cherry-pick` follow');
    expect(continued.stdout + continued.stderr).not.toContain('could not record this commit');
    const subjects = repo.git(['log', '--format=%s']).stdout.trim().split('\n').filter((s) => !s.startsWith('Repair the prompt vault'));
    expect(subjects.slice(0, 3)).toEqual(['invoice: tax', 'refund: feature', 'refund: main']);
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
    expect(repo.cli(['log', 'support/refund']).stdout).toMatch(/^support\/refund v3\S* .* edit +from v2/m);
    const checked = repo.cli(['check']);
    expect(checked.code, checked.stdout).toBe(0);
  });

  it('names no version at the deferred pick, whose records are left to the repair: the repair alone says v3', () => {
    expect(continued.stderr.match(/^promptvault: support\/refund v3/gm)).toHaveLength(1);
  });
});
