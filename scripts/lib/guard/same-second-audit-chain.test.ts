import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createClauseHistory, type ClauseStep } from '../../test-utils/clause-history.ts';
import type { TestRepo } from '../../test-utils/repo.ts';
import { CAROL, customersClause, EVE } from '../../test-utils/rejected-change.ts';

// Three or more commits of one clause in the same second (a script, a rebase, a bot): their
// audits' ids share the second and differ in a digest. The texts order two audits when one
// continues from the other, but the first and the third of a chain continue from neither, and
// fell back to their ids: a creation whose id sorted after the third's was read as the latest
// audit, so check took the third change, flagged and rejected, as undone, and passed with the
// weakened text in the clause. The commits that wrote the audits say the order: check and review
// follow their parentage.

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

const auditsAt = (repo: TestRepo, id: string) => repo.filesAtHead(`vault/audits/${id}/`).map((file) => parse(repo.showHead(file)) as Record<string, any>);
const NEVER = 'Never describe the customer to anyone else.';
/** Weakenings of NEVER of one kind: which audit's digest sorts first depends on every byte of the audits, so a test takes the first that sorts as its case needs. */
const WEAKENINGS = ['You may describe the customer to anyone else.', 'You can describe the customer to anyone else.', 'Describe the customer to anyone else.', 'Staff may describe the customer to anyone else.', 'You are free to describe the customer to anyone else.', 'Feel free to describe the customer to anyone else.', 'Agents may describe the customer to anyone else.', 'You may always describe the customer to anyone else.', 'Employees may describe the customer to anyone else.', 'Anyone may describe the customer to anyone else.'];

/**
 * The first history of `steps(weakening)` (every commit on 2026-01-02: one second) whose audits,
 * in the order of its commits, satisfy `sortsAgainst`; the repository and its audits in that order.
 */
function firstHistory(steps: (weakening: string) => ClauseStep[], sortsAgainst: (audits: Record<string, any>[]) => boolean): { repo: TestRepo; audits: Record<string, any>[] } {
  for (const weakening of WEAKENINGS) {
    // Each try goes on from a copy of the run's history of its steps but the last (createClauseHistory:
    // every try's earlier steps are the same commits), so a try costs its last commit only.
    const repo = createClauseHistory(['Carol Diaz <carol@example.com>'], 'codex/customers.md', steps(weakening));
    repos.push(repo);
    // In the order of their commits: each continues from the one before.
    const found = auditsAt(repo, 'customers');
    const chain = [found.find((audit) => audit.previous_hash === null)!];
    while (chain.length < found.length) chain.push(found.find((audit) => audit.previous_hash === chain.at(-1)!.new_hash)!);
    expect(new Set(chain.map((audit) => audit.id.slice(0, 17))).size, 'one second').toBe(1);
    if (sortsAgainst(chain)) return { repo, audits: chain };
  }
  throw new Error('no weakening gave audits that sort against the order of their commits');
}

describe('three or more audits of a clause in one second', () => {
  it('check reads the third change, flagged and rejected, as the latest, though the creation\'s id sorts after it', () => {
    const { repo, audits } = firstHistory((weakening) => [
      { date: '2026-01-02', subject: 'add the clause', text: customersClause(NEVER) },
      { date: '2026-01-02', subject: 'say it firmly', text: customersClause('Never, in any way, describe the customer to anyone else.') },
      { date: '2026-01-02', subject: 'weaken', by: EVE, text: customersClause(weakening) },
    ], ([added, , weakened]) => added!.id > weakened!.id);
    const [, firm, weakened] = audits;
    expect(firm!.regression_flag).toBe(false);
    expect(weakened!.regression_flag).toBe(true);

    const pending = repo.cli(['check']);
    expect(pending.code).toBe(1);
    expect(pending.stdout).toContain('unreviewed regression in clause customers (pending)');
    expect(pending.stdout).not.toContain('changed back');

    const reject = repo.cli(['review', 'customers', '--audit', weakened!.id, '--reject', '--note', 'keep never'], { env: CAROL });
    expect(reject.code, reject.stderr).toBe(0);
    expect(reject.stdout).toContain('check keeps failing on this rejected change until codex/customers.md is changed back: `git revert');
    expect(repo.commit('Review: reject', '2026-01-03', { env: CAROL }).code).toBe(0);
    const rejected = repo.cli(['check']);
    expect(rejected.code, rejected.stdout).toBe(1);
    expect(rejected.stdout).toContain('rejected regression in clause customers, still in the clause');

    // Changed back through the hook: the new audit closes it.
    repo.write('codex/customers.md', customersClause(NEVER));
    expect(repo.commit('back', '2026-01-04', { env: EVE }).code).toBe(0);
    const back = repo.cli(['check']);
    expect(back.code, back.stdout).toBe(0);
  });

  it('review without --audit takes the latest of two flagged audits by their commits, not the one whose id sorts last', () => {
    // The creation, a first weakening (flagged) and a second (flagged) whose id sorts before the first's.
    const { repo, audits } = firstHistory((weakening) => [
      { date: '2026-01-02', subject: 'add the clause', text: customersClause(NEVER) },
      { date: '2026-01-02', subject: 'weaken', by: EVE, text: customersClause('Never describe the customer to anyone else unless they agree.') },
      { date: '2026-01-02', subject: 'weaken more', by: EVE, text: customersClause(weakening) },
    ], ([, first, second]) => first!.regression_flag && second!.regression_flag && first!.id > second!.id);
    const [, first, second] = audits;

    const review = repo.cli(['review', 'customers', '--reject', '--note', 'keep never'], { env: CAROL });
    expect(review.code, review.stderr).toBe(0);
    expect(review.stdout).toContain(`rejected audit ${second!.id} of customers`);
    expect(review.stdout).toContain('check keeps failing on this rejected change until codex/customers.md is changed back');
    // The first is next, once the second is decided.
    const next = repo.cli(['review', 'customers', '--reject', '--note', 'keep never'], { env: CAROL });
    expect(next.stdout).toContain(`rejected audit ${first!.id} of customers`);
  });
});
