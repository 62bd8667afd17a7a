// A branch that weakened a clause, had the change rejected, and reverted it: the report said
// "rejected" of the change (read as a regression still to fix) and "no review needed" of the
// revert, whose reason `negation-added` read as a new change of the clause. It now says the
// change was rejected and changed back, and that the revert closes that rejection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRejectedChange, EVE } from '../../test-utils/rejected-change.ts';
import type { TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
let base = '';
let flagged = '';
beforeAll(() => {
  let change = '';
  ({ repo, change } = createRejectedChange('describe the customer'));
  base = repo.git(['rev-parse', `${change}~1`]).stdout.trim();
  flagged = repo.filesAtHead('vault/audits/customers').map((file) => file.replace(/^.*\/|\.yaml$/g, '')).sort().at(-1)!;
  expect(repo.git(['revert', '--no-edit', change.slice(0, 12)], { env: EVE }).code).not.toBe(0);
  const conflicted = repo.git(['diff', '--name-only', '--diff-filter=U']).stdout.trim();
  expect(repo.git(['add', conflicted]).code).toBe(0);
  const resumed = repo.git(['revert', '--continue', '--no-edit'], { date: '2026-01-05', env: { ...EVE, GIT_EDITOR: 'true' } });
  expect(resumed.code, resumed.stderr).toBe(0);
}, 180_000);
afterAll(() => repo?.cleanup());

describe('the report of a branch whose rejected clause change was reverted', () => {
  it('says the change was rejected and changed back, and that the revert closes the rejection', () => {
    const reverting = repo.addedInHead('vault/audits/customers')[0]!.replace(/^.*\/|\.yaml$/g, '');
    const report = repo.cli(['report', '--base', base]);
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).not.toContain('need a review');
    expect(report.stdout).toContain(`(edited, similarity 0.911 (threshold 0.5)): rejected, and changed back (closed) · audit \`${flagged}\``);
    expect(report.stdout).toContain(`  - changed back since by audit \`${reverting}\``);
    expect(report.stdout).toContain(`: no review needed: changes back a rejected change · audit \`${reverting}\``);
    expect(report.stdout).toContain(`  - changes the clause back to its text before audit \`${flagged}\`, which was rejected: this closes that rejection`);
    const json = JSON.parse(repo.cli(['report', '--base', base, '--json']).stdout) as { audits: { id: string; reverts: unknown; reverted_by: unknown }[] };
    expect(json.audits.map((a) => [a.id, a.reverts, a.reverted_by])).toEqual([
      [flagged, null, reverting],
      [reverting, { id: flagged, status: 'rejected' }, null],
    ]);
  });
});
