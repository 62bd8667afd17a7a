import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

// A merge that left its conflict markers in a record, committed with the hooks off: `log` of that
// prompt said "no recorded prompt has the id", Recorded prompts: none, as if it never existed.

let repo: TestRepo;

beforeAll(() => {
  repo = createRepo();
  repo.write('prompts/support/refund.md', promptFile({ title: 'Refund request' }, 'Help the customer with a refund.'));
  repo.write('prompts/faq.md', promptFile({ title: 'FAQ' }, 'Answer questions about the product.'));
  expect(repo.commit('add prompts', '2026-01-02').code).toBe(0);
});
afterAll(() => repo?.cleanup());

function stderrOf(args: string[]): string {
  const result = repo.cli(args);
  expect(result.code, result.stdout).toBe(2);
  return result.stderr;
}

describe('log of a prompt whose records do not read', () => {
  it('names the invalid records and the fix, not "no recorded prompt"', () => {
    const checkpoint = repo.filesAtHead('vault/checkpoints/faq/')[0]!;
    const mutation = repo.filesAtHead('vault/mutations/faq/')[0]!;
    const text = repo.read(mutation);
    repo.write(mutation, `<<<<<<< HEAD\n${text}=======\n${text.replace('version: 1', 'version: 2')}>>>>>>> other\n`);
    expect(repo.commit('a merge left its markers', '2026-01-04', { args: ['--no-verify'] }).code).toBe(0);
    const stderr = stderrOf(['log', 'faq']);
    expect(stderr).toContain('promptvault log: no valid record names the prompt "faq", and vault/ holds invalid records, which may be its own; fix them (see `promptvault check`) and run log again\n');
    expect(stderr).toContain(`${mutation}:1: has unresolved merge conflict markers`);
    expect(stderr).not.toContain(checkpoint);
    // Another prompt's log still reads.
    expect(repo.cli(['log', 'support/refund']).code).toBe(0);
  });
});
