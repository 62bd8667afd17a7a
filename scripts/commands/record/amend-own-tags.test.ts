// `PROMPTVAULT_TAGS="@tested" git commit`, then `git commit --amend` of the text (a typo): the
// amend's version replaces the first attempt's, and before session 34 it had only the derived
// tags, @tested gone with the replaced record (the variable is not set again for an amend). Now
// the amended commit's version keeps the own tags of the version it replaces; tags the amend
// gives (PROMPTVAULT_TAGS, `promptvault tag`) replace them. Through real commits and the hook.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

const REFUND = 'prompts/support/refund.md';
const refund = (body: string) => promptFile({ title: 'Refund' }, body);

let repo: TestRepo;
beforeAll(() => {
  repo = createRepo();
  repo.write(REFUND, refund('Help the customer with a refund.'));
  expect(repo.commit('refund', '2026-01-02').code).toBe(0);
});
afterAll(() => repo?.cleanup());

/** The tags these tests give; the derived ones (@length+, ...) follow the texts and are left out. */
const OWN = new Set(['@tested', '@approved', '@reviewed']);

/** The refund prompt's versions at HEAD as `version: own tags`, oldest first. */
function versions(): string[] {
  return repo.filesAtHead('vault/mutations/support/refund/').map((file) => parse(repo.showHead(file)) as { version: number; symbolic_tags: string[] })
    .sort((a, b) => a.version - b.version).map((m) => `v${m.version}: ${m.symbolic_tags.filter((tag) => OWN.has(tag)).join(' ')}`);
}

describe('own tags across `git commit --amend`', () => {
  it('an amend of the text keeps the tags PROMPTVAULT_TAGS gave the version it replaces', () => {
    repo.write(REFUND, refund('Help the customer with a refund. Be brief and polite, and thank them.'));
    expect(repo.commit('refund: brief', '2026-01-03', { env: { PROMPTVAULT_TAGS: '@tested, approved' } }).code).toBe(0);
    expect(versions()).toEqual(['v1: ', 'v2: @tested @approved']);
    repo.write(REFUND, refund('Help the customer with a refund. Be brief and polite, and thank them warmly.'));
    const amended = repo.commit('refund: brief', '2026-01-03', { args: ['--amend'] });
    expect(amended.code, amended.stderr).toBe(0);
    expect(amended.stderr).toContain('support/refund v2');
    expect(versions()).toEqual(['v1: ', 'v2: @tested @approved']);
    expect(repo.cli(['check']).code).toBe(0);
  });

  it('an amend of the message only keeps the records, tags and all', () => {
    const before = repo.filesAtHead('vault/');
    expect(repo.commit('refund: brief and polite', '2026-01-03', { args: ['--amend'] }).code).toBe(0);
    expect(repo.filesAtHead('vault/')).toEqual(before);
    expect(versions()).toEqual(['v1: ', 'v2: @tested @approved']);
  });

  it('tags the amend gives replace the ones it had', () => {
    repo.write(REFUND, refund('Help the customer with a refund. Be brief and polite, and thank them kindly.'));
    expect(repo.commit('refund: brief and polite', '2026-01-03', { args: ['--amend'], env: { PROMPTVAULT_TAGS: '@reviewed' } }).code).toBe(0);
    expect(versions()).toEqual(['v1: ', 'v2: @reviewed']);
  });

  it('the next commit, not an amend, starts with no own tags', () => {
    repo.write(REFUND, refund('Help the customer with a refund. Be brief and polite, and thank them kindly. Offer store credit.'));
    expect(repo.commit('refund: credit', '2026-01-04').code).toBe(0);
    expect(versions().at(-1)).toBe('v3: ');
    expect(repo.cli(['check']).code).toBe(0);
  });
});
