import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundle } from '../../runtime/index.ts';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { thrownBy } from '../../test-utils/thrown.ts';
import { bundle } from '../bundle/index.ts';

// A mistyped prompt id or label gets one wording wherever it is typed: the nearest names first,
// then the known ones. `log` wrote its own "Did you mean" and `label rm` had none; `label list`,
// `label rm <label> <id>` and `bundle --label` ended theirs in "?. Labels:". And a prompt whose
// records do not read (a merge's conflict markers, committed with the hooks off) was, to `log`,
// "no recorded prompt has the id", Recorded prompts: none, as if it never existed.

let repo: TestRepo;

beforeAll(() => {
  repo = createRepo();
  repo.write('prompts/support/refund.md', promptFile({ title: 'Refund request' }, 'Help the customer with a refund.'));
  repo.write('prompts/faq.md', promptFile({ title: 'FAQ' }, 'Answer questions about the product.'));
  expect(repo.commit('add prompts', '2026-01-02').code).toBe(0);
  expect(repo.cli(['label', 'set', 'production', 'support/refund@1']).code).toBe(0);
  expect(repo.commit('production: refund v1', '2026-01-03', { add: false }).code).toBe(0);
});
afterAll(() => repo?.cleanup());

function stderrOf(args: string[]): string {
  const result = repo.cli(args);
  expect(result.code, result.stdout).toBe(2);
  return result.stderr;
}

describe('a mistyped name is answered with the nearest names, in one wording everywhere', () => {
  it('a prompt id: log and label set say the same, the runtime too', async () => {
    const wording = 'no recorded prompt has the id "suport/refund". Did you mean "support/refund"? Recorded prompts: faq, support/refund\n';
    expect(stderrOf(['log', 'suport/refund'])).toBe(`promptvault log: ${wording}`);
    expect(stderrOf(['label', 'set', 'staging', 'suport/refund@1'])).toContain(wording.trim());
    expect(stderrOf(['log', 'zzz'])).toBe('promptvault log: no recorded prompt has the id "zzz". Recorded prompts: faq, support/refund\n');
    const prompts = loadBundle((await bundle({ cwd: repo.dir })).json);
    const thrown = thrownBy(() => prompts.get('suport/refund'));
    expect(thrown?.message).toBe('no prompt "suport/refund" in this bundle. Did you mean "support/refund"? Prompts: faq, support/refund');
  });

  it('a label: label rm, label list, label rm of a prompt it does not name, and bundle --label', async () => {
    expect(stderrOf(['label', 'rm', 'prodution'])).toBe('promptvault label: there is no label "prodution" (vault/labels/prodution.yaml). Did you mean "production"? Labels: production\n');
    expect(stderrOf(['label', 'list', 'prodution'])).toBe('promptvault label: there is no label "prodution". Did you mean "production"? Labels: production\n');
    expect(stderrOf(['label', 'rm', 'production', 'support/refnd'])).toBe('promptvault label: label production does not name support/refnd. Did you mean "support/refund"? It names: support/refund\n');
    await expect(bundle({ cwd: repo.dir, label: 'prodution' })).rejects.toThrow(/^there is no label "prodution" at [0-9a-f]{12}\. Did you mean "production"\? Labels: production$/);
  });
});

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
