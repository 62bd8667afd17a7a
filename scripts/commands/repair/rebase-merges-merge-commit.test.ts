import { afterAll, expect, it } from 'vitest';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
import { commitRefundSteps, REFUND_PROMPT } from '../../test-utils/refund-steps.ts';

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
  commitRefundSteps(repo, ['greet', 'listen', 'check', 'close'], 'v1', '2026-01-01');
  repo.git(['switch', '-q', '-c', 'side']);
  commitRefundSteps(repo, ['welcome', 'listen', 'check', 'close'], 'welcome first', '2026-01-02');
  repo.git(['switch', '-q', '-c', 'kind', 'main']);
  commitRefundSteps(repo, ['greet', 'listen', 'check', 'close kindly'], 'close kindly', '2026-01-03');
  repo.git(['switch', '-q', 'side']);
  let merged = repo.git(['merge', '--no-ff', '-m', 'Merge kind into side', 'kind'], { date: '2026-01-04' });
  // The hook stages the merge version at pre-merge-commit; git may stop for it to be committed.
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
