// A sparse checkout whose cone leaves vault/ out (the root README allows it): the hook stages the
// records there, git keeps them off the disk, and `label` reads the vault from disk. It said
// "no recorded prompt has the id "refund". Did you mean "refund"?" and would have written a
// label file without the entries it holds. It now refuses, naming the fix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
beforeAll(() => {
  repo = createRepo();
  repo.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'You help with refunds.'));
  expect(repo.commit('refund', '2026-01-02').code).toBe(0);
  expect(repo.cli(['label', 'set', 'production', 'refund@1']).code).toBe(0);
  expect(repo.commit('production: refund v1', '2026-01-03').code).toBe(0);
  expect(repo.git(['sparse-checkout', 'set', '--cone', 'prompts', '.husky', 'node_modules']).code).toBe(0);
  expect(repo.exists('vault/labels/production.yaml')).toBe(false);
  repo.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'You help with refunds, kindly.'));
  expect(repo.commit('kinder', '2026-01-04').code).toBe(0);
}, 120_000);
afterAll(() => repo?.cleanup());

describe('label in a sparse checkout whose cone leaves out vault/', () => {
  it('refuses with the fix, and after it moves the label keeping what the file held', () => {
    const refused = repo.cli(['label', 'set', 'staging', 'refund@2']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/promptvault label: this sparse checkout leaves \d+ file\(s\) of vault\/ out of the working tree/);
    expect(refused.stderr).toContain('`git sparse-checkout add vault`');
    expect(repo.cli(['export']).code).toBe(2);

    expect(repo.git(['sparse-checkout', 'add', 'vault']).code).toBe(0);
    const moved = repo.cli(['label', 'set', 'production', 'refund@2']);
    expect(moved.code, moved.stdout + moved.stderr).toBe(0);
    expect(moved.stdout + moved.stderr).toMatch(/production: refund v1·[0-9a-f]{6} -> v2·[0-9a-f]{6}/);
  });
});
