// `git commit --fixup` then `git rebase -i --autosquash`: a clause relaxed from 60 to 90 days
// (flagged) and fixed up to 75 days (90 -> 75 is a tightening: not flagged). The folded commit
// changes 60 to 75 days, a relaxing, but it held the fixup's audit, "90 -> 75: no regression"
// (the first one's text, 90, is in no commit, so repair dropped its audit), and check answered
// with "regression_flag was written false ... put regression_flag: true back by hand". Repair now
// drops an audit judged from a text the folded commit does not start from, and audits the change
// again from its parent: one audit, 60 -> 75, flagged, which Dana reviews. Its line names who may
// review it as the hook's line does (before session 34 it said "review it": the repair dropped the config's `review`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createClauseHistory } from '../../test-utils/clause-history.ts';
import { as, promptFile, type TestRepo } from '../../test-utils/repo.ts';

const DANA = as('Dana Lee', 'dana@example.com');
const EVE = as('Eve Park', 'eve@example.com');
const CLAUSE = 'codex/refunds/policy.md';
const policy = (days: number) => `---\ntitle: Refund window\ntone: formal\n---\nRefunds must be issued only within ${days} days of purchase and only to the original payment method.\n`;

let repo: TestRepo;
let rebase = { code: 0, stdout: '', stderr: '' };
let flaggedByHook = '';
beforeAll(() => {
  repo = createClauseHistory(['Dana Lee <dana@example.com>'], CLAUSE, [{ by: DANA, date: '2026-01-02', subject: 'refund window', text: policy(60) }]);
  repo.write('prompts/refund.md', promptFile({ title: 'Refund', codex: ['refunds/policy'] }, 'Help with refunds.'));
  expect(repo.commit('refund prompt', '2026-01-02').code).toBe(0);
  repo.git(['checkout', '-q', '-b', 'pr']);
  repo.write('prompts/refund.md', promptFile({ title: 'Refund', codex: ['refunds/policy'] }, 'Help with refunds. Apologise for the delay.'));
  expect(repo.commit('refund: apologise', '2026-01-03', { env: EVE }).code).toBe(0);
  repo.write(CLAUSE, policy(90));
  flaggedByHook = repo.commit('policy: 90 days', '2026-01-04', { env: EVE }).stderr;
  expect(flaggedByHook).toContain('FLAGGED');
  repo.write('prompts/refund.md', promptFile({ title: 'Refund', codex: ['refunds/policy'] }, 'Help with refunds. Apologise for the delay. Keep it short.'));
  expect(repo.commit('x', '2026-01-05', { args: ['--fixup', 'HEAD~1'], env: EVE }).code).toBe(0);
  repo.write(CLAUSE, policy(75));
  const fixup = repo.commit('x', '2026-01-06', { args: ['--fixup', 'HEAD~1'], env: EVE });
  expect(fixup.code).toBe(0);
  expect(fixup.stderr).toContain('audit of refunds/policy: no regression');
  rebase = repo.git(['rebase', '-i', '--autosquash', 'main'], { date: '2026-01-07', env: { ...EVE, GIT_SEQUENCE_EDITOR: 'true' } });
});
afterAll(() => repo?.cleanup());

function branchAudits(): { previous_version: string | null; new_version: string; regression_flag: boolean }[] {
  const onMain = new Set(repo.git(['ls-tree', '-r', '--name-only', 'main', '--', 'vault/audits/refunds/policy/']).stdout.trim().split('\n'));
  return repo.filesAtHead('vault/audits/refunds/policy/').filter((file) => !onMain.has(file)).map((file) => parse(repo.showHead(file)));
}

describe('a clause edit and its fixup folded by `git rebase -i --autosquash`', () => {
  it('the rebase ends, the fixups folded into their commits', () => {
    expect(rebase.code, rebase.stdout + rebase.stderr).toBe(0);
    expect(repo.git(['log', '--format=%s', 'main..pr']).stdout.trim().split('\n').filter((s) => !s.startsWith('Repair the prompt vault'))).toEqual(['policy: 90 days', 'refund: apologise']);
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
  });

  it('the branch holds one audit of the clause: the folded change, 60 -> 75 days, flagged', () => {
    const audits = branchAudits();
    expect(audits.map((a) => [a.previous_version?.match(/\d+ days/)?.[0], a.new_version.match(/\d+ days/)?.[0], a.regression_flag])).toEqual([['60 days', '75 days', true]]);
  });

  it('repair says the first commit\'s audit was folded into by the fixup, not amended without the hook', () => {
    // It said "the commit was amended without the hook (`--no-verify`, HUSKY=0)" to someone who ran `--autosquash`.
    const said = rebase.stdout + rebase.stderr;
    expect(said).toMatch(/removed vault\/audits\/refunds\/policy\/\S+: an audit recorded for a commit that a fixup or squash of `git rebase -i` folded the next commit into/);
    expect(said).not.toContain('amended without the hook');
  });

  it('repair\'s line of the folded change names who may review it, in the words of the hook\'s line', () => {
    // It said "review it with ..." where every other line says who: the config's reviewers, other than the author.
    const who = /audit of refunds\/policy: FLAGGED \([^)]*\); (.*?) with `npx promptvault review refunds\/policy/;
    const byRepair = (rebase.stdout + rebase.stderr).match(who);
    expect(byRepair?.[1]).toBe('a reviewer named in .promptvault.yaml review.reviewers, other than its author, reviews it');
    expect(flaggedByHook.match(who)?.[1]).toBe(byRepair?.[1]);
  });

  it('check fails on the unreviewed regression, not on a flag "written false", and passes once Dana accepts it', () => {
    const checked = repo.cli(['check']);
    expect(checked.code, checked.stdout).toBe(1);
    expect(checked.stdout).toMatch(/unreviewed regression in clause refunds\/policy/);
    expect(checked.stdout).not.toContain('written false');
    expect(repo.cli(['review', 'refunds/policy', '--accept', '--note', '75 days agreed with finance'], { env: DANA }).code).toBe(0);
    expect(repo.commit('Review: accept', '2026-01-08', { add: false, env: DANA }).code).toBe(0);
    expect(repo.cli(['check']).code).toBe(0);
  });
});
