import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { copyRepo, createRepo, gitIn, mustSucceed, openRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

// `git commit --amend --no-verify` after a recorded commit: the pre-commit hook does not run, so
// the amended commit keeps the records the first attempt wrote, of a text it no longer holds.
// check read "the hook recorded it in the very commit that last changed the file" as a formatter
// that ran after promptvault in the pre-commit hook, and sent the reader to reorder hook lines
// that were fine (session 20's list of gaps).

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

let template: TestRepo | undefined;
/** v1, then v2 recorded by the hook, then amended with --no-verify to another text (authored 01-02 10:00, committed 11:00). */
function amendedWithoutHook(): TestRepo {
  if (!template) {
    template = createRepo();
    repos.push(template);
    template.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds.'));
    expect(template.commit('v1', '2026-01-01').code).toBe(0);
    template.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds, kindly.'));
    const recorded = template.commit('kinder', '2026-01-02');
    expect(recorded.stderr).toMatch(/promptvault: refund v2·[0-9a-f]{6}/);
    template.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds, kindly and fast.'));
    mustSucceed(template.git(['add', '-A']), 'git add');
    // A real amend keeps the author date; only the committer's is new.
    mustSucceed(template.git(['commit', '--amend', '--no-edit', '--no-verify'], { env: { GIT_COMMITTER_DATE: '2026-01-02T11:00:00Z' } }), 'amend --no-verify');
  }
  const repo = copyRepo(template);
  repos.push(repo);
  return repo;
}

describe('a recorded commit amended with --no-verify', () => {
  it('check says the commit was amended without the hook (this clone\'s reflog shows the amend), and amending again through the hook fixes it', () => {
    const repo = amendedWithoutHook();
    const check = repo.cli(['check']);
    expect(check.code).toBe(1);
    const commit = repo.git(['rev-parse', '--short=12', 'HEAD']).stdout.trim();
    expect(check.stdout).toContain(`prompts/refund.md: differs from its latest recorded version v2, which its commit holds from before \`git commit --amend\`: the commit was amended without the hook (\`--no-verify\`, HUSKY=0), so it kept the first attempt's records beside the amended text; last changed in commit ${commit}`);
    expect(check.stdout).toContain('fix: amend it again through the hook, `git commit --amend --no-edit` (the hook records an amend as one version against the commit\'s parents and drops the first attempt\'s records), or run `promptvault repair`');
    expect(check.stdout).not.toContain('lint-staged');

    const again = repo.git(['commit', '--amend', '--no-edit'], { env: { GIT_COMMITTER_DATE: '2026-01-02T12:00:00Z' } });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/promptvault: refund v2·[0-9a-f]{6}/);
    const after = repo.cli(['check']);
    expect(after.code, after.stdout).toBe(0);
    // One version for the amend's net change: the first attempt's v2 replaced, no v3.
    const log = JSON.parse(repo.cli(['log', 'refund', '--json']).stdout) as { mutation: { version: number } }[];
    expect(log.map((entry) => entry.mutation.version)).toEqual([2, 1]);
  });

  it('in a clone without that reflog (CI), check says the commit was made again without the hook, from its dates; repair fixes it', () => {
    const repo = amendedWithoutHook();
    const clone = `${repo.dir}-clone`;
    mustSucceed(gitIn(repo.dir, ['clone', '-q', repo.dir, clone]), 'git clone');
    repos.push({ ...repo, cleanup: () => fs.rmSync(clone, { recursive: true, force: true }) });
    // The clone runs the same hooks (its .husky/ and the linked CLI).
    fs.cpSync(`${repo.dir}/.husky/_`, `${clone}/.husky/_`, { recursive: true });
    fs.symlinkSync(fs.readlinkSync(`${repo.dir}/scripts`), `${clone}/scripts`);
    mustSucceed(gitIn(clone, ['config', 'core.hooksPath', '.husky/_']), 'hooksPath');
    const ci = openRepo(clone);
    const check = ci.cli(['check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('prompts/refund.md: differs from its latest recorded version v2, which its commit holds from an earlier form of that commit: it was made again without the hook (an amend with `--no-verify` or HUSKY=0, or a rebase or cherry-pick with the hooks off: authored 2026-01-02T10:00:00Z, committed 2026-01-02T11:00:00Z), so it kept records of a text it no longer holds');
    expect(check.stdout).toContain('fix: run `promptvault repair`');

    const repair = ci.cli(['repair']);
    expect(repair.code, repair.stderr + repair.stdout).toBe(0);
    // It says why it drops the first attempt's records, not that a cherry-pick or rebase copied them (session 22).
    expect(repair.stderr + repair.stdout).toMatch(/removed vault\/mutations\/refund\/0002-[0-9a-f]{12}\.yaml: recorded for the first attempt of the commit that holds it, whose text that commit does not hold: the commit was amended without the hook \(`--no-verify`, HUSKY=0\), or a later pre-commit step rewrote the file/);
    expect(repair.stderr + repair.stdout).not.toContain('cherry-pick');
    const after = ci.cli(['check']);
    expect(after.code, after.stdout).toBe(0);
  });
});
