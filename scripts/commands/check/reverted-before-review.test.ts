import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClauseHistory } from '../../test-utils/clause-history.ts';
import { as, type TestRepo } from '../../test-utils/repo.ts';

// A weakening reverted before anyone reviewed it, as a history replayed on adoption often holds:
// Bob raises the retention period, Dana reverts it the next day. check still asks for a review (the
// change was live), but says it was undone and which command closes it; running that command as a
// named reviewer turns check green. Real commits through the real hook, each person as herself.

const BOB = as('Bob Author', 'bob@example.com');
const DANA = as('Dana Lee', 'dana@example.com');
const clause = (days: string) => `---\ntitle: Retention\ntone: formal\n---\nPersonal data collected in a conversation must be deleted after ${days}.\n`;

let repo: TestRepo;
let check: ReturnType<TestRepo['cli']>;
/** The audit of Dana's revert: the last of the clause's audits in id order. */
let undoing = '';
beforeAll(() => {
  repo = createClauseHistory(['Dana Lee <dana@example.com>', 'bob@example.com'], 'codex/privacy/retention.md', [
    { by: BOB, date: '2026-01-02', subject: 'add the retention rule', text: clause('30 days') },
    { by: BOB, date: '2026-01-03', subject: 'keep data for 90 days', text: clause('90 days') },
    { by: DANA, date: '2026-01-04', subject: 'Revert "keep data for 90 days"', text: clause('30 days') },
  ]);
  check = repo.cli(['check']);
  undoing = repo.filesAtHead('vault/audits/privacy/retention/').map((file) => file.split('/').pop()!.replace(/\.yaml$/, '')).sort().at(-1)!;
});
afterAll(() => repo?.cleanup());

describe('a flagged change reverted before its review', () => {
  it('fails check as unreviewed, saying it was changed back and by which audit', () => {
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`unreviewed regression in clause privacy/retention (pending; changed back since by audit ${undoing}, nothing of it is left in the clause): [number-changed]`);
    expect(check.stdout).toMatch(new RegExp(`fix: npx promptvault review privacy/retention --audit \\S+ --reject --note "changed back by audit ${undoing}"  \\(a rejection of a change undone since closes it\\)`));
  });

  it('the pull request report asks for the same rejection, not an accept', () => {
    const first = repo.git(['rev-list', '--max-parents=0', 'HEAD']).stdout.trim();
    const report = repo.cli(['report', '--format', 'markdown', '--base', first]);
    expect(report.code, report.stderr).toBe(0);
    const close = report.stdout.split('\n').find((line) => line.includes('close it with'));
    expect(close).toMatch(new RegExp(`^  - changed back since by audit \`${undoing}\`; close it with \`npx promptvault review privacy/retention --audit \\S+ --reject --note "changed back by audit ${undoing}"\`, run by a reviewer named in`));
  });

  it('is closed by running the command check prints, as a named reviewer', () => {
    const command = /fix: npx promptvault review privacy\/retention --audit (\S+) --reject/.exec(check.stdout);
    expect(command).not.toBeNull();
    const reviewed = repo.cli(['review', 'privacy/retention', '--audit', command![1]!, '--reject', '--note', 'changed back'], { env: { ...DANA, GIT_COMMITTER_DATE: '2026-01-05T10:00:00Z' } });
    expect(reviewed.code, reviewed.stderr).toBe(0);
    expect(repo.commit('Review: reject the 90 days', '2026-01-05', { env: DANA }).code).toBe(0);
    const after = repo.cli(['check']);
    expect(after.code, after.stdout).toBe(0);
  });
});

// The same through `git revert`, of a change that took a prohibition out: the revert puts the
// "never" back, which read alone is a negation added; it goes back to the text the flagged change
// replaced, so its audit is written unflagged and names the audit it undoes (found on an adopter
// trial: the revert was flagged too, and check asked two reviews for one undone change).
describe('a git revert of a flagged change that removed a prohibition', () => {
  const sharing = (rule: string) => `---\ntitle: Sharing\ntone: formal\n---\n${rule}\n`;
  let reverting: TestRepo;
  beforeAll(() => {
    reverting = createClauseHistory(['Dana Lee <dana@example.com>'], 'codex/billing/sharing.md', [
      { by: BOB, date: '2026-01-02', subject: 'add the sharing rule', text: sharing('The assistant may never share contract details with anyone but the account holder.') },
      { by: BOB, date: '2026-01-03', subject: 'widen sharing', text: sharing('The assistant may share contract details with any team member.') },
    ]);
    const reverted = reverting.git(['revert', '--no-edit', 'HEAD'], { date: '2026-01-04', env: DANA });
    expect(reverted.code, reverted.stderr).toBe(0);
  });
  afterAll(() => reverting?.cleanup());

  it('writes the revert\'s audit unflagged, naming the flagged audit it undoes', () => {
    const audits = reverting.filesAtHead('vault/audits/billing/sharing/').sort().map((file) => ({ id: file.split('/').pop()!.replace(/\.yaml$/, ''), text: reverting.showHead(file) }));
    expect(audits).toHaveLength(3);
    const [, widened, revert] = audits;
    expect(widened!.text).toContain('regression_flag: true');
    expect(revert!.text).toContain('regression_flag: false');
    expect(revert!.text).toContain(`reverts: ${widened!.id}`);
    const check = reverting.cli(['check']);
    expect(check.stdout).toContain('1 unreviewed regression(s)');
    expect(check.stdout).toContain(`changed back since by audit ${revert!.id}`);
  });
});
