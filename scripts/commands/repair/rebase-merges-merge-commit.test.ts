import { afterAll, expect, it } from 'vitest';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
import { commitRefundSteps, rebaseMergeOntoMovedMain } from '../../test-utils/refund-steps.ts';

// `git rebase --rebase-merges` makes a branch's merge anew without our hooks, and the records the
// old merge held were in neither of its parents: the merge's text has no record after it. The
// repair records it as the merge the hook would have recorded there (both sides' versions as
// parents, the re-made merge's parents as commit_parents), so `log` names the merge and its
// subject, not the repair's own commit.

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

it('a merge re-made by rebase --rebase-merges keeps its version under the merge commit, not the repair', () => {
  const repo = createRepo();
  repos.push(repo);
  rebaseMergeOntoMovedMain(repo, () => commitRefundSteps(repo, ['greet', 'listen', 'check', 'close kindly'], 'close kindly', '2026-01-03'));

  const log = JSON.parse(repo.cli(['log', 'refund', '--json']).stdout) as { mutation: { version: number; kind: string; commit_parents: string[] }; commit: { id: string; subject: string } | null }[];
  const merge = log.find((entry) => entry.mutation.kind === 'merge')!;
  const remade = repo.git(['log', '--merges', '-1', '--format=%H %P']).stdout.trim().split(' ');
  expect(merge.commit?.subject).toBe('Merge kind into side');
  expect(merge.commit?.id).toBe(remade[0]);
  expect(merge.mutation.commit_parents).toEqual(remade.slice(1));
  // Every version still one of the file's texts, the merge the newest.
  expect(log[0]!.mutation.kind).toBe('merge');
  expect(log.filter((entry) => entry.mutation.kind === 'merge')).toHaveLength(1);
});
