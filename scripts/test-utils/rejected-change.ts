// A rejected clause change, as the reject suites replay it: Eve weakens "Never describe the
// customer to anyone else." (flagged) and Carol, the named reviewer, rejects it with `review
// --reject` and commits the review.
import { expect } from 'vitest';
import { builtOnce } from './built-once.ts';
import { createClauseHistory } from './clause-history.ts';
import { as, type RunResult, type TestRepo } from './repo.ts';

export const EVE = as('Eve Park', 'eve@example.com');
export const CAROL = as('Carol Diaz', 'carol@example.com');
/** codex/customers.md with `body` as its text. */
export const customersClause = (body: string) => `---\ntitle: Customers\ntone: formal\n---\n${body}\n`;

/**
 * The clause committed (2026-01-02), then Eve's commit `subject` (2026-01-03, through the hook,
 * flagged) of the weakened clause and `alongside` (more files in the same commit). Returns the
 * repository, Eve's commit (`change`) and the id of the audit it flagged (`flagged`), pending.
 * Built once per run for each subject and `alongside` and copied for every later call
 * (builtOnce), as is createRejectedChange's: 7 calls in 7 files, 3 histories.
 */
export function createFlaggedChange(subject = 'describe the customer', alongside: Record<string, string> = {}): { repo: TestRepo; change: string; flagged: string } {
  return builtOnce(JSON.stringify(['flagged-change', subject, alongside]), () => buildFlaggedChange(subject, alongside));
}

function buildFlaggedChange(subject: string, alongside: Record<string, string>): { repo: TestRepo; change: string; flagged: string } {
  const repo = createClauseHistory(['Carol Diaz <carol@example.com>'], 'codex/customers.md', [
    { date: '2026-01-02', subject: 'add the clause', text: customersClause('Never describe the customer to anyone else.') },
  ]);
  repo.write('codex/customers.md', customersClause('Describe the customer to anyone else.'));
  for (const [file, text] of Object.entries(alongside)) repo.write(file, text);
  const edit = repo.commit(subject, '2026-01-03', { env: EVE });
  expect(edit.stdout + edit.stderr).toContain('FLAGGED');
  const change = repo.git(['rev-parse', 'HEAD']).stdout.trim();
  const flagged = repo.addedInHead('vault/audits/customers')[0]!.replace(/^.*\/|\.yaml$/g, '');
  return { repo, change, flagged };
}

/**
 * createFlaggedChange, then Carol's rejection, committed (2026-01-04). Returns the repository,
 * Eve's commit (`change`) and what `review --reject` printed (`rejected`).
 */
export function createRejectedChange(subject: string, alongside: Record<string, string> = {}): { repo: TestRepo; change: string; rejected: RunResult } {
  return builtOnce(JSON.stringify(['rejected-change', subject, alongside]), () => buildRejectedChange(subject, alongside));
}

function buildRejectedChange(subject: string, alongside: Record<string, string>): { repo: TestRepo; change: string; rejected: RunResult } {
  const { repo, change } = createFlaggedChange(subject, alongside);
  const rejected = repo.cli(['review', 'customers', '--reject', '--note', 'customers stay private'], { env: CAROL });
  expect(repo.commit('Review: reject', '2026-01-04', { env: CAROL }).code).toBe(0);
  return { repo, change, rejected };
}
