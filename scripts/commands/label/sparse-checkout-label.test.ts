// A sparse checkout whose cone leaves vault/ out (the root README allows it): the hook stages the
// records there and git keeps them off the disk. `label` read the vault from disk and said "no
// recorded prompt has the id "refund". Did you mean "refund"?", and would have written a label file
// without the entries it holds; session 24 made it refuse. It now reads what git keeps off the
// disk from the index, and stages the label file there, as `review` stages its decision.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
beforeAll(() => {
  repo = createRepo();
  repo.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'You help with refunds.'));
  repo.write('prompts/greet.md', promptFile({ title: 'Greet' }, 'You greet the customer.'));
  expect(repo.commit('refund and greet', '2026-01-02').code).toBe(0);
  expect(repo.cli(['label', 'set', 'production', 'refund@1', 'greet@1']).code).toBe(0);
  expect(repo.cli(['label', 'set', 'staging', 'greet@1']).code).toBe(0);
  expect(repo.commit('production and staging', '2026-01-03').code).toBe(0);
  repo.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'You help with refunds, kindly.'));
  expect(repo.commit('kinder', '2026-01-04').code).toBe(0);
  expect(repo.git(['sparse-checkout', 'set', '--cone', 'prompts', '.husky', 'node_modules']).code).toBe(0);
  expect(repo.exists('vault/labels/production.yaml')).toBe(false);
  expect(repo.exists('vault/checkpoints')).toBe(false);
}, 120_000);
afterAll(() => repo?.cleanup());

describe('label and export in a sparse checkout whose cone leaves out vault/', () => {
  it('list the labels and export the records git keeps off the disk', () => {
    const listed = repo.cli(['label', 'list']);
    expect(listed.code, listed.stdout + listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(/production {2}greet {3}v1·[0-9a-f]{6}\n/);
    expect(listed.stdout).toMatch(/production {2}refund {2}v1·[0-9a-f]{6} {2}\(behind: current v2·[0-9a-f]{6}\)/);
    const exported = repo.cli(['export', '--format', 'json']);
    expect(exported.code, exported.stderr).toBe(0);
    expect((JSON.parse(exported.stdout) as { prompt: string; version: number }[]).map((row) => `${row.prompt}@${row.version}`)).toEqual(['greet@1', 'refund@1', 'refund@2']);
  });

  it('moves a label keeping the entries its committed file holds, staged ready to commit', () => {
    const moved = repo.cli(['label', 'set', 'production', 'refund@2']);
    expect(moved.code, moved.stdout + moved.stderr).toBe(0);
    expect(moved.stdout + moved.stderr).toMatch(/production: refund v1·[0-9a-f]{6} -> v2·[0-9a-f]{6}/);
    expect(repo.git(['diff', '--cached', '--name-only']).stdout).toBe('vault/labels/production.yaml\n');
    const staged = repo.git(['show', ':vault/labels/production.yaml']).stdout;
    expect(staged).toMatch(/greet:\n {4}version: 1\n/);
    expect(staged).toMatch(/refund:\n {4}version: 2\n/);

    const removed = repo.cli(['label', 'rm', 'staging']);
    expect(removed.code, removed.stdout + removed.stderr).toBe(0);
    expect(repo.git(['diff', '--cached', '--name-status']).stdout).toBe('M\tvault/labels/production.yaml\nD\tvault/labels/staging.yaml\n');

    const committed = repo.commit('production: refund v2; no staging', '2026-01-05', { add: false });
    expect(committed.code, committed.stderr).toBe(0);
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
    const checked = repo.cli(['check']);
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
    expect(repo.cli(['label', 'list']).stdout).toMatch(/^production {2}greet {3}v1·[0-9a-f]{6}\nproduction {2}refund {2}v2·[0-9a-f]{6}\n$/);
  });
});
