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
    // Dates alone cannot tell an amend from a rebase or cherry-pick: the message is true of all three, the fix names each one's.
    expect(check.stdout).toContain('prompts/refund.md: differs from its latest recorded version v2, which its commit holds from an earlier form of that commit: it was made again without the pre-commit hook and not repaired since (authored 2026-01-02T10:00:00Z, committed 2026-01-02T11:00:00Z): amended with `--no-verify` or HUSKY=0, or rebased or cherry-picked with its text changed on the way (neither runs the pre-commit hook; the repair their post-rewrite and post-commit hooks run did not run), so it kept records of a text it no longer holds');
    expect(check.stdout).toContain('fix: an amend: `git commit --amend --no-edit` through the hook; an amend, a rebase or a cherry-pick: `promptvault repair`');

    const repair = ci.cli(['repair']);
    expect(repair.code, repair.stderr + repair.stdout).toBe(0);
    // It says why it drops the first attempt's records, not that a cherry-pick or rebase copied them (session 22).
    expect(repair.stderr + repair.stdout).toMatch(/removed vault\/mutations\/refund\/0002-[0-9a-f]{12}\.yaml: recorded for the first attempt of the commit that holds it, whose text that commit does not hold: the commit was amended without the hook \(`--no-verify`, HUSKY=0\), or a later pre-commit step rewrote the file/);
    expect(repair.stderr + repair.stdout).not.toContain('cherry-pick');
    const after = ci.cli(['check']);
    expect(after.code, after.stdout).toBe(0);
  });
});

describe('a recorded commit made again by a plain `git rebase -i`, its text changed at an `edit` stop, the post-rewrite repair not run', () => {
  it('check says the rebase made it (this clone\'s reflog), not an amend with --no-verify; repair fixes it', () => {
    const repo = createRepo();
    repos.push(repo);
    repo.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds.'));
    expect(repo.commit('v1', '2026-01-01').code).toBe(0);
    repo.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds, kindly.'));
    expect(repo.commit('kinder', '2026-01-02').stderr).toMatch(/promptvault: refund v2·[0-9a-f]{6}/);
    // `rebase --continue` at an `edit` stop commits the staged change itself, with no pre-commit
    // hook (git runs none in a rebase); the hooks are off so that post-rewrite's repair does not run.
    const off = ['-c', 'core.hooksPath=/dev/null'];
    mustSucceed(repo.git([...off, 'rebase', '-i', 'HEAD~1'], { env: { GIT_SEQUENCE_EDITOR: "sed -i -e 's/^pick/edit/'" } }), 'rebase -i');
    repo.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds, kindly and fast.'));
    mustSucceed(repo.git(['add', '-A']), 'git add');
    mustSucceed(repo.git([...off, 'rebase', '--continue'], { env: { GIT_EDITOR: 'true', GIT_COMMITTER_DATE: '2026-01-02T11:00:00Z' } }), 'rebase --continue');
    expect(repo.git(['reflog', '-2', '--format=%gs']).stdout).toContain('rebase (continue)');

    const check = repo.cli(['check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("prompts/refund.md: differs from its latest recorded version v2, which its commit holds from the commit it was copied from: this clone's reflog shows it made by `git rebase` (a conflict resolved, or the file changed at an `edit` stop), which runs no pre-commit hook, and the repair the post-rewrite hook runs after it did not run (hooks off, or not installed) (authored 2026-01-02T10:00:00Z, committed 2026-01-02T11:00:00Z), so it kept records of a text it no longer holds");
    expect(check.stdout).toContain('fix: run `promptvault repair` (it replaces records that describe a text no commit of the branch holds by a version of the current text); `promptvault doctor` says whether the hook that runs it after a rebase (post-rewrite) or a cherry-pick (post-commit) is installed');
    expect(check.stdout).not.toContain('--no-verify');

    const repair = repo.cli(['repair']);
    expect(repair.code, repair.stderr + repair.stdout).toBe(0);
    const after = repo.cli(['check']);
    expect(after.code, after.stdout).toBe(0);
  });
});
