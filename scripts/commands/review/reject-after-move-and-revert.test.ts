// An adopter's trial (session 22): Eve weakens a clause (flagged), the clause is moved to another
// folder, and Eve's commit is reverted. `check` then asks Carol to reject the change "changed back
// by audit ...", under the clause's old id. Her rejection must not tell her that check keeps
// failing until the clause is changed back: it was, under its new id, and check goes green once
// her review is committed. Before, `review` looked for a later change in the old id's folder only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAROL, createFlaggedChange, customersClause as clause, EVE } from '../../test-utils/rejected-change.ts';
import type { TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
let change = '';
let flagged = '';

const reject = () => repo.cli(['review', 'customers', '--audit', flagged, '--reject', '--note', 'customers stay private'], { env: CAROL });

beforeAll(() => {
  ({ repo, change, flagged } = createFlaggedChange());
  repo.move('codex/customers.md', 'codex/privacy/customers.md');
  expect(repo.commit('move the clause to privacy', '2026-01-04', { env: EVE }).code).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('rejecting a change undone after its clause moved', () => {
  it('while the weakened text is live under the new id, the rejection names the commit to revert', () => {
    const rejected = reject();
    expect(rejected.code, rejected.stderr).toBe(0);
    expect(rejected.stdout).toContain(`check keeps failing on this rejected change until codex/customers.md is changed back: \`git revert ${change.slice(0, 12)}\``);
    expect(repo.git(['reset', '-q', '--hard']).code).toBe(0);
  });

  it('once reverted under the new id, check asks for the rejection, which says nothing of undoing and turns check green', () => {
    const reverted = repo.git(['revert', '--no-edit', change], { date: '2026-01-05', env: EVE });
    expect(reverted.code, reverted.stderr).toBe(0);
    expect(repo.read('codex/privacy/customers.md')).toBe(clause('Never describe the customer to anyone else.'));
    const before = repo.cli(['check']);
    expect(before.code).toBe(1);
    expect(before.stdout).toContain(`review customers --audit ${flagged} --reject --note "changed back by audit`);
    const rejected = reject();
    expect(rejected.code, rejected.stderr).toBe(0);
    expect(rejected.stdout).not.toContain('keeps failing');
    expect(repo.commit('Review: reject', '2026-01-06', { add: false, env: CAROL }).code).toBe(0);
    const after = repo.cli(['check']);
    expect(after.code, after.stdout).toBe(0);
  });
});
