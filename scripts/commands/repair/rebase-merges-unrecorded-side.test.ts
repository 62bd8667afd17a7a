import { afterAll, expect, it } from 'vitest';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
import { commitRefundSteps, REFUND_PROMPT, refundSteps } from '../../test-utils/refund-steps.ts';

// `git rebase --rebase-merges` of a merge whose other side has no record (a branch committed with
// --no-verify): the hook had recorded the merge as an edit of the first parent's version, in the
// merge commit. The re-made merge's version must be recorded the same way, named by the re-made
// merge (its parents as commit_parents), not by the repair's own commit.

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

it('a re-made merge of an unrecorded side keeps its version under the merge commit, as the hook recorded it', () => {
  const repo = createRepo();
  repos.push(repo);
  commitRefundSteps(repo, ['greet', 'listen', 'check', 'close'], 'v1', '2026-01-01');
  repo.git(['switch', '-q', '-c', 'side']);
  commitRefundSteps(repo, ['welcome', 'listen', 'check', 'close'], 'welcome first', '2026-01-02');
  repo.git(['switch', '-q', '-c', 'kind', 'main']);
  repo.write(REFUND_PROMPT, refundSteps('greet', 'listen', 'check', 'close kindly'));
  expect(repo.commit('close kindly', '2026-01-03', { args: ['--no-verify'] }).code).toBe(0);
  repo.git(['switch', '-q', 'side']);
  let merged = repo.git(['merge', '--no-ff', '-m', 'Merge kind into side', 'kind'], { date: '2026-01-04' });
  // The hook stages the merge version at pre-merge-commit; git stops for it to be committed.
  if (merged.code !== 0) merged = repo.git(['commit', '--no-edit'], { date: '2026-01-04' });
  expect(merged.code, merged.stderr).toBe(0);
  repo.git(['switch', '-q', 'main']);
  repo.write('README.md', 'main moved\n');
  expect(repo.commit('main moves', '2026-01-05').code).toBe(0);
  repo.git(['switch', '-q', 'side']);

  const rebased = repo.git(['rebase', '--rebase-merges', 'main'], { date: '2026-01-06' });
  expect(rebased.code, rebased.stderr).toBe(0);
  const check = repo.cli(['check']);
  expect(check.code, check.stdout + check.stderr).toBe(0);

  const log = JSON.parse(repo.cli(['log', 'refund', '--json']).stdout) as { mutation: { version: number; kind: string; parent_version: number | null; commit_parents: string[] }; commit: { id: string; subject: string } | null }[];
  const remade = repo.git(['log', '--merges', '-1', '--format=%H %P']).stdout.trim().split(' ');
  expect(log.map((entry) => entry.commit?.subject)).toEqual(['Merge kind into side', 'welcome first', 'v1']);
  expect(log[0]!.commit?.id).toBe(remade[0]);
  expect(log[0]!.mutation.commit_parents).toEqual(remade.slice(1));
  // An edit of the first parent's version, as the hook recorded the merge before the rebase.
  expect(log[0]!.mutation).toMatchObject({ version: 3, kind: 'edit', parent_version: 2 });
});
