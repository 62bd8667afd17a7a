import { afterAll, expect, it } from 'vitest';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
import { rebaseMergeOntoMovedMain, REFUND_PROMPT, refundSteps } from '../../test-utils/refund-steps.ts';

// `git rebase --rebase-merges` of a merge whose other side has no record (a branch committed with
// --no-verify): the hook had recorded the merge as an edit of the first parent's version, in the
// merge commit. The re-made merge's version must be recorded the same way, named by the re-made
// merge (its parents as commit_parents), not by the repair's own commit.

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

it('a re-made merge of an unrecorded side keeps its version under the merge commit, as the hook recorded it', () => {
  const repo = createRepo();
  repos.push(repo);
  // The other side committed with --no-verify: no record of its text.
  rebaseMergeOntoMovedMain(repo, () => {
    repo.write(REFUND_PROMPT, refundSteps('greet', 'listen', 'check', 'close kindly'));
    expect(repo.commit('close kindly', '2026-01-03', { args: ['--no-verify'] }).code).toBe(0);
  });

  const log = JSON.parse(repo.cli(['log', 'refund', '--json']).stdout) as { mutation: { version: number; kind: string; parent_version: number | null; commit_parents: string[] }; commit: { id: string; subject: string } | null }[];
  const remade = repo.git(['log', '--merges', '-1', '--format=%H %P']).stdout.trim().split(' ');
  expect(log.map((entry) => entry.commit?.subject)).toEqual(['Merge kind into side', 'welcome first', 'v1']);
  expect(log[0]!.commit?.id).toBe(remade[0]);
  expect(log[0]!.mutation.commit_parents).toEqual(remade.slice(1));
  // An edit of the first parent's version, as the hook recorded the merge before the rebase.
  expect(log[0]!.mutation).toMatchObject({ version: 3, kind: 'edit', parent_version: 2 });
});
