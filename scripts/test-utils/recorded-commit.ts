// A set-up commit with the records the pre-commit hook writes, recorded in the test process: the
// record command's own function (what `promptvault record --hook pre-commit` runs), then `git
// commit --no-verify`. A hooked commit is a Node process that starts the CLI (0.5-1 s of CPU on
// the loaded machine); recorded here it costs its git children and the record's own work. The
// commit is the one the hook would have made, byte for byte (recorded-commit.test.ts compares the
// ids), so a test that proves something later (a revert, a cherry-pick, a check) may build its
// history so; a commit whose hook run is what a test proves goes through the hook as before.
import { expect } from 'vitest';
import { record } from '../commands/record/index.ts';
import { fixedDate, mustSucceed, testEnv, type TestRepo } from './repo.ts';

/**
 * Stages everything (`git add -A`), records it as the pre-commit hook does with the environment
 * the hook would see (the tests' identity, `env`, `date` as author and committer date), and
 * commits it without the hook. The record must pass (a refusal throws, as the hook's would fail
 * the commit); the commit must succeed.
 */
export async function recordedCommit(repo: TestRepo, message: string, date: string, options: { env?: Record<string, string> } = {}): Promise<void> {
  mustSucceed(repo.git(['add', '-A']), 'git add');
  await record({ cwd: repo.dir, hook: 'pre-commit', env: testEnv({ GIT_AUTHOR_DATE: fixedDate(date), GIT_COMMITTER_DATE: fixedDate(date), ...options.env }) });
  const committed = repo.commit(message, date, { add: false, args: ['--no-verify'], env: options.env });
  expect(committed.code, committed.stderr).toBe(0);
}
