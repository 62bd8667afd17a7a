// `review` of a clause id with no audits (a typo) names the audited clauses closest to it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;

beforeAll(() => {
  repo = createRepo({ hooks: false });
  repo.write('codex/privacy/account-numbers.md', '---\ntitle: Account numbers\n---\nThe assistant must never share account numbers.\n');
  repo.write('codex/refunds/limits.md', '---\ntitle: Refund limits\n---\nAgents may approve refunds of up to $100.\n');
  expect(repo.commit('codex', '2026-01-02').code).toBe(0);
  repo.write('.promptvault.yaml', "prompts: ['prompts/**/*.md']\ncodex: ['codex/**/*.md']\n");
  expect(repo.cli(['backfill']).code).toBe(0);
  expect(repo.commit('Adopt promptvault', '2026-01-03').code).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('review of a clause id with no audits', () => {
  it('names the audited clause a typo was meant for, and writes nothing', () => {
    const result = repo.cli(['review', 'privacy/acount-numbers', '--accept', '--note', 'fine']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('clause "privacy/acount-numbers" has no audits in vault/audits/privacy/acount-numbers/. Did you mean "privacy/account-numbers"?');
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
  });

  it('says to check the id when no audited clause is close', () => {
    const result = repo.cli(['review', 'security/secrets', '--accept', '--note', 'fine']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('clause "security/secrets" has no audits in vault/audits/security/secrets/. Check the clause id with `promptvault check`.');
  });
});
