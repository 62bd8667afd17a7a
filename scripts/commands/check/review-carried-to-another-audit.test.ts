// Dana accepts Eve's flagged clause change in a review commit of her own; Eve then amends the
// change (a wider exception), which replaces its audit with the new text's; the review commit is
// then picked onto Eve's branch. git takes the replaced audit and the new one for a rename and
// applies Dana's accept to the new audit's file, in a commit Dana authored: check passed (exit 0)
// with a text nobody reviewed. A review names the audit it decided (`review.of`), and a decision
// carried onto another audit's file does not count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { accountNumbersClause, ACCOUNT_NUMBERS_FILE, createAccountNumbersRepo, DANA, EVE, RULE } from '../../test-utils/account-numbers.ts';
import type { TestRepo } from '../../test-utils/repo.ts';


let repo: TestRepo;
let amendedId = '';
let reviewedId = '';
beforeAll(() => {
  repo = createAccountNumbersRepo();
  repo.git(['checkout', '-q', '-b', 'pr']);
  repo.write(ACCOUNT_NUMBERS_FILE, accountNumbersClause(RULE.reviewed));
  expect(repo.commit('privacy: managers may approve', '2026-01-03', { env: EVE }).code).toBe(0);
  reviewedId = (repo.addedInHead('vault/audits/')[0] ?? '').replace(/^.*\/|\.yaml$/g, '');
  repo.git(['checkout', '-q', '-b', 'dana-review']);
  expect(repo.cli(['review', 'privacy', '--accept', '--note', 'a manager is accountable'], { env: DANA }).code).toBe(0);
  expect(repo.commit('Review: accept', '2026-01-04', { env: DANA }).code).toBe(0);
  repo.git(['checkout', '-q', 'pr']);
  repo.write(ACCOUNT_NUMBERS_FILE, accountNumbersClause(RULE.amended));
  const amend = repo.git(['commit', '-q', '-a', '--amend', '--no-edit'], { date: '2026-01-05', env: EVE });
  expect(amend.code, amend.stderr).toBe(0);
  amendedId = (repo.addedInHead('vault/audits/')[0] ?? '').replace(/^.*\/|\.yaml$/g, '');
  const picked = repo.git(['cherry-pick', 'dana-review'], { date: '2026-01-06', env: EVE });
  expect(picked.code, picked.stderr).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('a review git carried onto the audit that replaced the one it decided', () => {
  it('the amended text\'s audit holds Dana\'s accept, naming the audit she decided', () => {
    const audit = parse(repo.showHead(`vault/audits/privacy/${amendedId}.yaml`)) as { new_version: string; review: Record<string, unknown> };
    expect(audit.new_version.trim()).toBe(RULE.amended.trim());
    expect(audit.review).toMatchObject({ status: 'accepted', by: 'Dana Lee <dana@example.com>', of: reviewedId });
    expect(reviewedId).not.toBe(amendedId);
  });

  it('does not count: check fails, naming the audit the decision was made on', () => {
    const check = repo.cli(['check']);
    expect(check.code, check.stdout).toBe(1);
    expect(check.stdout).toContain(`accepted on audit ${reviewedId}, not on this one: git carried that review's lines onto this file`);
  });

  it('Dana\'s review of the amended text counts', () => {
    const reviewed = repo.cli(['review', 'privacy', '--audit', amendedId, '--accept', '--note', 'any colleague is fine too'], { env: DANA });
    expect(reviewed.code, reviewed.stderr).toBe(0);
    expect(repo.commit('Review: accept the amended text', '2026-01-07', { env: DANA }).code).toBe(0);
    const check = repo.cli(['check']);
    expect(check.code, check.stdout).toBe(0);
  });
});
