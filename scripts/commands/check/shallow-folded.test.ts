import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { gitIn, mustSucceed, NO_HOOKS, openRepo, type TestRepo } from '../../test-utils/repo.ts';
import { createRejectedChange, customersClause, EVE } from '../../test-utils/rejected-change.ts';

// `check` in CI's shallow clone (actions/checkout's default depth 1) around a rejected clause change
// and its change back (session 20 left it unverified). A shallow clone's first commit seems to add
// every file it holds, so a change and its change back made in two commits of the branch looked
// added by one commit: check took them for a forge squash that folded them ("came in one commit
// with the audit of its change back", repair as the fix) and failed a branch that was fine.

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

function shallowClone(repo: TestRepo, depth: number): TestRepo {
  const dir = `${repo.dir}-depth${depth}`;
  mustSucceed(gitIn(repo.dir, ['clone', '-q', '--depth', String(depth), `file://${repo.dir}`, dir]), 'git clone --depth');
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.symlinkSync(fs.readlinkSync(`${repo.dir}/scripts`), `${dir}/scripts`);
  return openRepo(dir);
}

/** The rejected change (createRejectedChange) changed back on its own branch through the hook, 2026-01-05. */
function changedBack(): TestRepo {
  const { repo } = createRejectedChange('weaken');
  cleanups.push(() => repo.cleanup());
  repo.write('codex/customers.md', customersClause('Never describe the customer to anyone else.'));
  expect(repo.commit('customers stay private', '2026-01-05', { env: EVE }).code).toBe(0);
  return repo;
}

describe('check in a shallow clone, a rejected clause change changed back', () => {
  it('on this branch, through the hook: never read as a folded squash (it was, at depth 1); cut off, the rejection does not count, as in any shallow clone, and the fix says to fetch', () => {
    const repo = changedBack();
    expect(repo.cli(['check']).code).toBe(0);
    for (const depth of [1, 2]) {
      const check = shallowClone(repo, depth).cli(['check']);
      expect(check.code).toBe(1);
      expect(check.stdout).not.toContain('squash');
      expect(check.stdout).toContain('unreviewed regression in clause customers (rejected by carol@example.com, but git history does not hold the commit that made the clause change (a shallow clone): fetch the whole history (actions/checkout with fetch-depth: 0)');
    }
    // Deep enough to hold the change and its review: as the full clone.
    const deep = shallowClone(repo, 4).cli(['check']);
    expect(deep.code, deep.stdout).toBe(0);
  });

  it('by a forge squash (no hook): named from depth 2, where the squash is not the clone\'s first commit; at depth 1 the fix is to fetch', () => {
    const repo = changedBack();
    const branch = repo.git(['rev-parse', 'HEAD']).stdout.trim();
    mustSucceed(repo.git(['checkout', '-q', '-b', 'trunk', 'HEAD~3']), 'checkout');
    expect(repo.git([...NO_HOOKS, 'merge', '--squash', branch]).code).toBe(0);
    expect(repo.commit('Customers wording (#7)', '2026-01-06', { add: false, env: { HUSKY: '0' } }).code).toBe(0);
    const squash = repo.git(['rev-parse', '--short=12', 'HEAD']).stdout.trim();
    const folded = `came in one commit with the audit of its change back`;
    const full = repo.cli(['check']);
    expect(full.code).toBe(1);
    expect(full.stdout).toContain(folded);
    const depth2 = shallowClone(repo, 2).cli(['check']);
    expect(depth2.code).toBe(1);
    expect(depth2.stdout).toContain(`${folded} (`);
    expect(depth2.stdout).toContain(`commit ${squash} ("Customers wording (#7)")`);
    // Depth 1: the squash is the first commit, which seems to add every file: the audits are read
    // as the branch's own, whose rejection's commit is cut off, and the fix is to fetch, after
    // which the squash is named.
    const depth1 = shallowClone(repo, 1).cli(['check']);
    expect(depth1.code).toBe(1);
    expect(depth1.stdout).not.toContain(folded);
    expect(depth1.stdout).toContain('(a shallow clone): fetch the whole history (actions/checkout with fetch-depth: 0)');
  });
});
