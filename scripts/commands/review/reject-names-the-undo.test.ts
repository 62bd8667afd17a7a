// A reviewer's week: Carol rejects Eve's weakening of a clause. A rejection closes the review,
// not the regression, and `check` fails until the clause is changed back; `review --reject`
// says so at once, with the commit whose revert closes it. Following it word for word (the
// revert stops on the reviewed audit file, as git does) makes check pass.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAROL, createRejectedChange, customersClause as clause, EVE } from '../../test-utils/rejected-change.ts';
import type { RunResult, TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
let change = '';
let rejected: RunResult;
beforeAll(() => {
  ({ repo, change, rejected } = createRejectedChange('describe the customer'));
});
afterAll(() => repo?.cleanup());

describe('rejecting a flagged clause change', () => {
  it('says check keeps failing until the clause is changed back, naming the commit to revert', () => {
    expect(rejected.code, rejected.stderr).toBe(0);
    expect(rejected.stdout.split('\n')[1]).toBe(
      `promptvault review: check keeps failing on this rejected change until codex/customers.md is changed back: \`git revert ${change.slice(0, 12)}\` ("describe the customer"; git stops on this audit file: \`git add\` it, then \`git revert --continue\`), or edit it back and commit; the audit of that commit closes this one`,
    );
    expect(repo.cli(['check']).code).toBe(1);
  });

  it('is closed by doing what it says', () => {
    expect(repo.git(['revert', '--no-edit', change.slice(0, 12)], { env: EVE }).code).not.toBe(0);
    const conflicted = repo.git(['diff', '--name-only', '--diff-filter=U']).stdout.trim();
    expect(conflicted).toMatch(/^vault\/audits\/customers\/.*\.yaml$/);
    expect(repo.git(['add', conflicted]).code).toBe(0);
    const resumed = repo.git(['revert', '--continue', '--no-edit'], { date: '2026-01-05', env: { ...EVE, GIT_EDITOR: 'true' } });
    expect(resumed.code, resumed.stderr).toBe(0);
    const check = repo.cli(['check']);
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });

  it('an accept says nothing of undoing', () => {
    repo.write('codex/customers.md', clause('Describe the customer to colleagues only.'));
    expect(repo.commit('colleagues only', '2026-01-06', { env: EVE }).code).toBe(0);
    const accepted = repo.cli(['review', 'customers', '--accept', '--note', 'colleagues are fine'], { env: CAROL });
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.stdout).not.toContain('keeps failing');
  });
});

describe('rejecting a flagged clause change made in a merge (a conflict resolved by rewriting the clause)', () => {
  it('names the text before the merge to put back, not a `git revert` git refuses for a merge, and following it closes the audit', () => {
    // The accept above, committed by its reviewer.
    expect(repo.commit('Review: accept', '2026-01-06', { env: CAROL }).code).toBe(0);
    repo.git(['checkout', '-q', '-b', 'side']);
    repo.write('codex/customers.md', clause('Describe the customer to colleagues only, on request.'));
    expect(repo.commit('on request', '2026-01-07', { env: EVE }).code).toBe(0);
    repo.git(['checkout', '-q', 'main']);
    repo.write('codex/customers.md', clause('Describe the customer to colleagues only, in person.'));
    expect(repo.commit('in person', '2026-01-08', { env: EVE }).code).toBe(0);
    const before = repo.git(['rev-parse', 'HEAD']).stdout.trim();
    expect(repo.git(['merge', '-q', 'side'], { date: '2026-01-09', env: EVE }).code).not.toBe(0);
    repo.write('codex/customers.md', clause('Describe the customer to anyone who asks.'));
    expect(repo.git(['add', '-A']).code).toBe(0);
    const merged = repo.git(['commit', '-q', '--no-edit'], { date: '2026-01-09', env: EVE });
    expect(merged.stdout + merged.stderr, merged.stderr).toContain('FLAGGED');
    const merge = repo.git(['rev-parse', 'HEAD']).stdout.trim();
    const rejectedMerge = repo.cli(['review', 'customers', '--reject', '--note', 'customers stay private'], { env: CAROL });
    expect(rejectedMerge.code, rejectedMerge.stderr).toBe(0);
    expect(rejectedMerge.stdout.split('\n')[1]).toBe(
      `promptvault review: check keeps failing on this rejected change until codex/customers.md is changed back: \`git checkout ${before.slice(0, 12)} -- codex/customers.md\` and commit (the change was made in the merge ${merge.slice(0, 12)}, "Merge branch 'side'", which \`git revert\` would undo whole), or edit it back and commit; the audit of that commit closes this one`,
    );
    expect(repo.commit('Review: reject', '2026-01-10', { env: CAROL }).code).toBe(0);
    expect(repo.cli(['check']).stdout).toContain('rejected regression in clause customers');
    expect(repo.git(['checkout', before.slice(0, 12), '--', 'codex/customers.md']).code).toBe(0);
    expect(repo.commit('put the clause back', '2026-01-11', { env: EVE }).code).toBe(0);
    // Closed; what check still lists is the side branch's own change, pending its review.
    const check = repo.cli(['check']);
    expect(check.stdout).not.toContain('rejected regression');
    expect(check.stdout).toContain('1 unreviewed regression(s)');
  });
});
