// A clause's history as the `check` and `review` suites replay it: a repository naming its
// reviewers, the clause committed once a step, each step by its own person on its own day.
import { expect } from 'vitest';
import { builtOnce } from './built-once.ts';
import { createRepo, type TestRepo } from './repo.ts';

/** One commit of the clause: its whole text, committed as `by` (an `as(...)` identity; the repository's own when absent) on `date` (YYYY-MM-DD) through the real hook. */
export interface ClauseStep {
  by?: Record<string, string>;
  date: string;
  subject: string;
  text: string;
}

/**
 * A new repository whose .promptvault.yaml names `reviewers`, with `clause` (a path under codex/)
 * written and committed once for each step, in order. Built once per run for the same arguments
 * and copied for every later call (builtOnce): lowered-flag.ts's rotation rule alone is asked for
 * by 6 tests in 5 files. A history is built on the run's copy of its steps but the last (itself
 * built so): the tests that try one last step after another (same-second-*.test.ts: which audit
 * id sorts first is found by trying) pay for that step only, not the whole history again.
 */
export function createClauseHistory(reviewers: string[], clause: string, steps: ClauseStep[]): TestRepo {
  return builtOnce(JSON.stringify(['clause-history', reviewers, clause, steps]), () => ({ repo: build(reviewers, clause, steps) })).repo;
}

function build(reviewers: string[], clause: string, steps: ClauseStep[]): TestRepo {
  const repo = steps.length > 1 ? createClauseHistory(reviewers, clause, steps.slice(0, -1)) : createRepo();
  if (steps.length <= 1) repo.write('.promptvault.yaml', `review:\n  reviewers: ${JSON.stringify(reviewers)}\n`);
  for (const { by, date, subject, text } of steps.slice(-1)) {
    repo.write(clause, text);
    expect(repo.commit(subject, date, { env: by }).code).toBe(0);
  }
  return repo;
}
