import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createClauseHistory } from '../../test-utils/clause-history.ts';
import type { TestRepo } from '../../test-utils/repo.ts';
import { CAROL, customersClause, EVE } from '../../test-utils/rejected-change.ts';

// A clause added and weakened in two commits of the same second (a script, a rebase, a bot):
// their audits' ids share the second and differ in a digest, and the creation's digest sorts
// after the flagged edit's here. Ordered by id, the creation read as the edit's undoing: check
// said "changed back since ... nothing of it is left in the clause" and, once the edit was
// rejected, passed with the weakened text still in the clause (newcomer23's trial).

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

const auditsAt = (repo: TestRepo, id: string) => repo.filesAtHead(`vault/audits/${id}/`).map((file) => parse(repo.showHead(file)) as Record<string, any>);

describe('a clause added and weakened in the same second', () => {
  it('check keeps the weakened edit open, rejected or not, and does not call it changed back; review names its undo', () => {
    // Which of two audits' digests sorts first depends on every byte of the audits (the guard's
    // version among them), so the weakening is taken from a few of the same kind: the first whose
    // flagged audit's id sorts before the creation's, the case the ordering got wrong.
    const weakenings = ['You may describe the customer to anyone else.', 'You can describe the customer to anyone else.', 'Describe the customer to anyone else.', 'Staff may describe the customer to anyone else.', 'You are free to describe the customer to anyone else.', 'Feel free to describe the customer to anyone else.', 'Agents may describe the customer to anyone else.', 'You may always describe the customer to anyone else.'];
    let found: { repo: TestRepo; added: Record<string, any>; flagged: Record<string, any> } | undefined;
    for (const weakened of weakenings) {
      // Each try goes on from a copy of the run's one-commit history of the clause (builtOnce; the
      // same as rejected-change.ts's): one hooked commit a try, not a new repository and two.
      const repo = createClauseHistory(['Carol Diaz <carol@example.com>'], 'codex/customers.md', [
        { date: '2026-01-02', subject: 'add the clause', text: customersClause('Never describe the customer to anyone else.') },
      ]);
      repos.push(repo);
      repo.write('codex/customers.md', customersClause(weakened));
      expect(repo.commit('weaken', '2026-01-02', { env: EVE }).code).toBe(0);
      const audits = auditsAt(repo, 'customers');
      const added = audits.find((audit) => audit.previous_version === null)!;
      const flagged = audits.find((audit) => audit.regression_flag);
      // One second, the creation's id sorting after the edit's.
      if (flagged && added.id.slice(0, 17) === flagged.id.slice(0, 17) && added.id > flagged.id) {
        found = { repo, added, flagged };
        break;
      }
    }
    expect(found, 'no weakening whose flagged audit sorts before the creation in the same second').toBeDefined();
    const { repo, flagged } = found!;

    const pending = repo.cli(['check']);
    expect(pending.code).toBe(1);
    expect(pending.stdout).toContain(`unreviewed regression in clause customers (pending)`);
    expect(pending.stdout).not.toContain('changed back');

    const reject = repo.cli(['review', 'customers', '--audit', flagged.id, '--reject', '--note', 'keep never'], { env: CAROL });
    expect(reject.code, reject.stderr).toBe(0);
    // review says what undoes it: the creation's later-sorting id hid that the edit is the latest change.
    expect(reject.stdout).toContain('check keeps failing on this rejected change until codex/customers.md is changed back: `git revert');
    expect(repo.commit('Review: reject', '2026-01-03', { env: CAROL }).code).toBe(0);
    const rejected = repo.cli(['check']);
    expect(rejected.code, rejected.stdout).toBe(1);
    expect(rejected.stdout).toContain('rejected regression in clause customers, still in the clause');

    // Changed back without the hook: the creation's text is no longer a tip of the clause's
    // audits (the edit continues from it), so the clause is out of sync with them, not in step.
    repo.write('codex/customers.md', customersClause('Never describe the customer to anyone else.'));
    expect(repo.commit('back, hook off', '2026-01-04', { args: ['--no-verify'], env: EVE }).code).toBe(0);
    const back = repo.cli(['check']);
    expect(back.code).toBe(1);
    expect(back.stdout).toContain('codex/customers.md: was changed without the hook');
  });
});
