// A prompt asked for by id after it was deleted is told as deleted, in which commit, and which
// version to name instead, not as an unknown id; a prompt moved and then deleted too, by its old
// id or its last one, while its history (both ids) still reads and its versions still show.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
let deletion = '';

beforeAll(() => {
  repo = createRepo();
  repo.write('prompts/support/refund.md', promptFile({ title: 'Refund request' }, 'Help the customer with a refund.'));
  expect(repo.commit('add refund', '2026-01-02').code).toBe(0);
  repo.write('prompts/support/refund.md', promptFile({ title: 'Refund request' }, 'Help the customer with a refund of up to $50.'));
  expect(repo.commit('edit refund', '2026-01-03').code).toBe(0);
  repo.move('prompts/support/refund.md', 'prompts/billing/refund.md');
  expect(repo.commit('move refund to billing', '2026-01-04').code).toBe(0);
  repo.remove('prompts/billing/refund.md');
  expect(repo.commit('delete refund', '2026-01-05').code).toBe(0);
  deletion = repo.git(['rev-parse', '--short=12', 'HEAD']).stdout.trim();
});
afterAll(() => repo?.cleanup());

describe('a prompt moved and then deleted', () => {
  it('keeps its history under both ids: the move as a version of the new id, from the old one', () => {
    const log = repo.cli(['log', 'billing/refund']);
    expect(log.code).toBe(0);
    const rows = log.stdout.trim().split('\n').map((line) => line.trim().split(/\s+/).slice(0, 4).join(' '));
    expect(rows.map((row) => row.replace(/·[0-9a-f]{6}/g, ''))).toEqual(['billing/refund v3 2026-01-04 rename', 'support/refund v2 2026-01-03 edit', 'support/refund v1 2026-01-02 new']);
    expect(repo.cli(['show', 'billing/refund@2']).stdout).toContain('Help the customer with a refund of up to $50.');
    expect(repo.cli(['show', 'billing/refund@1']).stdout).toContain('Help the customer with a refund.');
    expect(repo.cli(['check']).code).toBe(0);
  });

  it('is told as deleted in its commit, by its last id and by the id it had before the move', () => {
    const last = repo.cli(['show', 'billing/refund']);
    expect(last.code).toBe(2);
    expect(last.stderr).toContain(`billing/refund: no prompt at HEAD has the id "billing/refund": it was deleted in commit ${deletion} ("delete refund"). Name a version to read its text, e.g. billing/refund@3`);
    const old = repo.cli(['show', 'support/refund']);
    expect(old.code).toBe(2);
    expect(old.stderr).toContain(`support/refund: no prompt at HEAD has the id "support/refund": it was moved to "billing/refund", which was deleted in commit ${deletion} ("delete refund"). Name a version to read its text, e.g. billing/refund@3`);
  });

  it('cannot be labelled: label set names the deletion', () => {
    const labelled = repo.cli(['label', 'set', 'production', 'billing/refund@3']);
    expect(labelled.code).toBe(2);
    expect(labelled.stderr).toContain('billing/refund was deleted: a label may only name a prompt the repository still has');
  });
});
