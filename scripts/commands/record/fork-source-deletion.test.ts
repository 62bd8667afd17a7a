import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepo, createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

// Deleting or moving a prompt another prompt names in forked_from went through the hook, and
// `check` then failed on the fork (forked_from names no prompt, exit 2): CI red after a plain
// `git rm` or `git mv`. The hook refuses it now, as it refuses deleting a labelled prompt, naming
// the fork's line.

let base: TestRepo;
const repos: TestRepo[] = [];
const vip = (extra = '') => promptFile({ title: 'VIP refund', ...(extra ? {} : { forked_from: 'support/refund' }) }, `Refund VIP customers at once.${extra}`);

beforeAll(() => {
  base = createRepo();
  base.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Help the customer with a refund.'));
  expect(base.commit('add the refund prompt', '2026-01-02').code).toBe(0);
  base.write('prompts/support/refund-vip.md', vip());
  expect(base.commit('fork it for VIPs', '2026-01-03').code).toBe(0);
});
afterAll(() => {
  for (const repo of [base, ...repos]) repo?.cleanup();
});

function copy(): TestRepo {
  const repo = copyRepo(base);
  repos.push(repo);
  return repo;
}

describe('deleting or moving a prompt that a fork names in forked_from', () => {
  it('is refused by the hook, naming the fork\'s line and the fix, and nothing is committed', () => {
    const repo = copy();
    repo.remove('prompts/support/refund.md');
    const result = repo.commit('drop the refund prompt', '2026-01-04');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('prompts/support/refund.md: is deleted, but prompts/support/refund-vip.md:3 names prompt support/refund in forked_from; check would fail on it (forked_from names no prompt)');
    expect(result.stderr).toContain('fix: remove the forked_from line from prompts/support/refund-vip.md in the same commit (its version 1 keeps the fork in its lineage), then commit again; to keep the prompt: git restore --staged --worktree prompts/support/refund.md');
    expect(repo.git(['log', '-1', '--format=%s']).stdout.trim()).toBe('fork it for VIPs');
  });

  it('goes through with the forked_from line removed in the same commit, and check passes', () => {
    const repo = copy();
    repo.remove('prompts/support/refund.md');
    repo.write('prompts/support/refund-vip.md', vip(' '));
    const result = repo.commit('drop the refund prompt', '2026-01-04');
    expect(result.code, result.stderr).toBe(0);
    expect(repo.cli(['check']).code).toBe(0);
    expect(repo.cli(['log', 'support/refund-vip']).stdout).toMatch(/v1·[0-9a-f]{6} .* fork /);
  });

  it('a move of the source is refused the same way, naming the new id to write, and goes through with it written', () => {
    const repo = copy();
    repo.move('prompts/support/refund.md', 'prompts/billing/refund.md');
    const refused = repo.commit('move the refund prompt', '2026-01-04');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('prompts/billing/refund.md: is prompt support/refund moved to billing/refund, but prompts/support/refund-vip.md:3 names support/refund in forked_from; check would fail on it (forked_from names no prompt)');
    expect(refused.stderr).toContain('fix: write forked_from: billing/refund in prompts/support/refund-vip.md in the same commit, then commit again');
    repo.write('prompts/support/refund-vip.md', vip().replace('forked_from: support/refund', 'forked_from: billing/refund'));
    const moved = repo.commit('move the refund prompt', '2026-01-04');
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.stderr).toContain('@rename');
    expect(repo.cli(['check']).code).toBe(0);
  });

  it('goes through when the fork is deleted with it', () => {
    const repo = copy();
    repo.remove('prompts/support/refund.md');
    repo.remove('prompts/support/refund-vip.md');
    expect(repo.commit('drop both', '2026-01-04').code).toBe(0);
    expect(repo.cli(['check']).code).toBe(0);
  });
});
