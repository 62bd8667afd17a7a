// The bypass several `check` suites replay: Dana's key-rotation rule, relaxed by Bob, recorded,
// its staged audit's regression_flag written false by hand, committed with the hook off.
import { expect } from 'vitest';
import { createClauseHistory } from './clause-history.ts';
import { as, type TestRepo } from './repo.ts';

export const BOB = as('Bob Author', 'bob@example.com');
export const DANA = as('Dana Lee', 'dana@example.com');
export const ROTATION_CLAUSE = 'codex/security/key-rotation.md';
/** What `check` says of the audit Bob unflagged. */
export const WRITTEN_FALSE = /regression_flag was written false but the guard flags this change: number-changed/;

/** The rule's text, rotating a leaked key `when`. */
export function rotationClause(when: string): string {
  return `---\ntitle: Key rotation\ntone: formal\n---\nThe assistant must tell operators to rotate a leaked key ${when}.\n`;
}

/** Bob's bypass on `date` (YYYY-MM-DD): the rule changed to `when`, its audit edited by `edit` (the flag lowered), committed with the hook off. Returns the audit file. */
export function commitLoweredFlag(repo: TestRepo, when: string, date: string, edit: (text: string) => string = (text) => text.replace('regression_flag: true', 'regression_flag: false')): string {
  repo.write(ROTATION_CLAUSE, rotationClause(when));
  repo.git(['add', '-A']);
  const recorded = repo.cli(['record', '--all'], { env: { ...BOB, GIT_COMMITTER_DATE: `${date}T10:00:00Z` } });
  expect(recorded.code, recorded.stderr).toBe(0);
  const staged = repo.git(['diff', '--cached', '--name-only', '--', 'vault/audits/']).stdout.trim().split('\n').filter(Boolean);
  expect(staged).toHaveLength(1);
  const file = staged[0]!;
  // The hook's guard flagged it: what Bob lowers is a real flag.
  expect(repo.read(file)).toMatch(/^regression_flag: true$/m);
  repo.write(file, edit(repo.read(file)));
  expect(repo.commit(`rotate within ${when}`, date, { env: { ...BOB, HUSKY: '0' } }).code).toBe(0);
  return file;
}

/** A new repository naming `reviewers` in its config, whose first commit is Dana's rule (24 hours); with that commit's sha. */
export function createRotationRepo(reviewers: string[]): { repo: TestRepo; base: string } {
  const repo = createClauseHistory(reviewers, ROTATION_CLAUSE, [{ by: DANA, date: '2026-01-02', subject: 'add the rotation rule', text: rotationClause('within 24 hours') }]);
  return { repo, base: repo.git(['rev-parse', 'HEAD']).stdout.trim() };
}
