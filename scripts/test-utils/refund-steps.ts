// The repair tests' prompt: a refund procedure whose paragraphs are its steps ("First, greet."),
// so that an edit of one step changes one paragraph and a rebase's conflicts fall where a test
// puts them.
import { expect } from 'vitest';
import type { TestRepo } from './repo.ts';

export const REFUND_PROMPT = 'prompts/refund.md';

const ORDINALS = ['First', 'Second', 'Third', 'Fourth'];

/** The refund prompt's text with these steps, one paragraph each. */
export function refundSteps(...steps: string[]): string {
  return `---\ntitle: Refund\n---\n${steps.map((step, i) => `${ORDINALS[i]}, ${step}.`).join('\n\n')}\n`;
}

/** Writes the refund prompt with these steps and commits it through the hook, which must let it pass. */
export function commitRefundSteps(repo: TestRepo, steps: readonly string[], message: string, date: string): void {
  repo.write(REFUND_PROMPT, refundSteps(...steps));
  const result = repo.commit(message, date);
  expect(result.code, result.stderr).toBe(0);
}

/**
 * The `git rebase --rebase-merges` of a merge (the repair tests of a re-made merge): `side` edits
 * the first step, `kind` the last (committed by `commitKind`, on a branch from main), `kind` is
 * merged into `side` through the hook, main moves on, and `side` is rebased onto it with its merge
 * re-made, which no hook records. Returns with `side` checked out, the rebase done and `check` clean.
 */
export function rebaseMergeOntoMovedMain(repo: TestRepo, commitKind: () => void): void {
  commitRefundSteps(repo, ['greet', 'listen', 'check', 'close'], 'v1', '2026-01-01');
  repo.git(['switch', '-q', '-c', 'side']);
  commitRefundSteps(repo, ['welcome', 'listen', 'check', 'close'], 'welcome first', '2026-01-02');
  repo.git(['switch', '-q', '-c', 'kind', 'main']);
  commitKind();
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
}
