// `git revert` of a prompt edit: the post-commit hook amends the revert with the records it would
// delete, and git then prints its summary of the commit before the amend ("delete mode
// vault/checkpoints/..."), under promptvault's "amended <id>". A newcomer read that as the vault
// losing records. The line now says whose summary follows and that the records are kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
let reverted = { code: 0, stdout: '', stderr: '' };
beforeAll(() => {
  repo = createRepo();
  repo.write('prompts/fix-issue.md', promptFile({ title: 'Fix an issue' }, 'Fix the issue. Keep the change small.'));
  expect(repo.commit('fix-issue', '2026-01-02').code).toBe(0);
  repo.write('prompts/fix-issue.md', promptFile({ title: 'Fix an issue' }, 'Fix the issue. Keep the change small; link the issue.'));
  expect(repo.commit('fix-issue: link', '2026-01-03').code).toBe(0);
  reverted = repo.git(['revert', '--no-edit', 'HEAD'], { date: '2026-01-04' });
}, 120_000);
afterAll(() => repo?.cleanup());

describe('the revert of a prompt edit', () => {
  it("says that git's summary after it is of the commit before the amend, and the records are kept", () => {
    expect(reverted.code, reverted.stderr).toBe(0);
    const output = reverted.stdout + reverted.stderr;
    expect(output).toMatch(/promptvault repair: amended [0-9a-f]{12} \(git's summary below is of the commit before this amend: the record files it lists as deleted are kept; `git show --stat HEAD` shows the commit as it is\)/);
    expect(repo.filesAtHead('vault/mutations/fix-issue/')).toHaveLength(3);
    expect(repo.cli(['check']).code).toBe(0);
  });
});
