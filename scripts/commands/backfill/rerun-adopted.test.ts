// `backfill` run again on an adopted repository (backfill, "Adopt promptvault", commits through
// the hook), after a commit made without the hook: it refused, saying the vault's versions were
// all "recorded by the hook" (two were the first backfill's) and that replaying the commit "would
// record v4 beside them, a second lineage of the same texts", where v4 is the first record of a
// text no record holds, and the fix said "nothing to backfill". It now names the last version held,
// the commit that changed the prompt after it, and `record --all`. Through real git and the CLI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, NO_HOOKS, promptFile, type TestRepo } from '../../test-utils/repo.ts';

const REFUND = 'prompts/support/refund.md';
const refund = (...lines: string[]) => promptFile({ title: 'Refund' }, ['Help the customer with a refund.', ...lines].join('\n'));

let repo: TestRepo;
const unhooked = (message: string, date: string) => {
  repo.git(['add', '-A']);
  expect(repo.git([...NO_HOOKS, 'commit', '-q', '-m', message], { date }).code).toBe(0);
};
beforeAll(() => {
  repo = createRepo();
  repo.write(REFUND, refund());
  unhooked('refund', '2026-01-01');
  repo.write(REFUND, refund('Be brief.'));
  unhooked('refund: brief', '2026-01-02');
  expect(repo.cli(['backfill']).code).toBe(0);
  expect(repo.commit('Adopt promptvault', '2026-01-03').code).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('backfill run again on an adopted repository', () => {
  it('writes nothing after the adoption and after an edit the hook recorded', () => {
    expect(repo.cli(['backfill']).code).toBe(0);
    repo.write(REFUND, refund('Be brief.', 'Thank them.'));
    expect(repo.commit('refund: thanks', '2026-01-04').code).toBe(0);
    const again = repo.cli(['backfill']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout + again.stderr).toContain('0 record files written and staged');
  });

  it('after a commit without the hook: refused, naming the last version held, that commit, and `record --all`', () => {
    repo.write(REFUND, refund('Be brief.', 'Thank them.', 'Offer store credit.'));
    unhooked('refund: credit', '2026-01-05');
    const commit = repo.git(['rev-parse', '--short=10', 'HEAD']).stdout.trim();
    const refused = repo.cli(['backfill']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('this history is already recorded (by the hook, or a backfill committed earlier)');
    expect(refused.stderr).toMatch(new RegExp(`support/refund: the vault already holds this prompt's versions up to v3·[0-9a-f]{6}; commit ${commit} changed it after that without the hook, and its text has no record \\(the replay would record it as v4·[0-9a-f]{6}\\)`));
    expect(refused.stderr).not.toContain('a second lineage');
    expect(refused.stderr).toContain('fix: nothing to backfill: `promptvault record --all` records the texts of commits made without the hook');
    expect(repo.git(['status', '--porcelain', '--untracked-files=all']).stdout).toBe('');
  });

  it('`record --all` then records that text as v4, check passes, and backfill writes nothing again', () => {
    expect(repo.cli(['record', '--all']).code).toBe(0);
    expect(repo.commit('record the unhooked commit', '2026-01-06').code).toBe(0);
    expect(repo.cli(['log', 'support/refund']).stdout).toMatch(/^support\/refund v4\S* .*"refund: credit"/m);
    expect(repo.cli(['check']).code).toBe(0);
    expect(repo.cli(['backfill']).code).toBe(0);
  });
});
