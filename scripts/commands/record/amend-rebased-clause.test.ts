import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { accountNumbersClause, ACCOUNT_NUMBERS_FILE, createAccountNumbersRepo, DANA, EVE, RULE } from '../../test-utils/account-numbers.ts';
import type { TestRepo } from '../../test-utils/repo.ts';

// A reviewer's week: Eve's pull request adds an exception to a clause, Dana accepts it, main moves
// on, and Eve rebases with an `edit` stop to widen the exception before merging. The rebase
// copies Eve's audit (and Dana's review) onto the new base; the amend is a new text, which must
// be audited from the base's text and reviewed again, not compared with the copied audit's text.

let repo: TestRepo;
beforeAll(() => {
  repo = createAccountNumbersRepo();
  repo.git(['checkout', '-q', '-b', 'pr']);
  repo.write(ACCOUNT_NUMBERS_FILE, accountNumbersClause(RULE.reviewed));
  expect(repo.commit('privacy: managers may approve', '2026-01-03', { env: EVE }).code).toBe(0);
  expect(repo.cli(['review', 'privacy', '--accept', '--note', 'a manager is accountable'], { env: DANA }).code).toBe(0);
  expect(repo.commit('Review: accept', '2026-01-04', { env: DANA }).code).toBe(0);
  repo.git(['checkout', '-q', 'main']);
  repo.write('prompts/other.md', 'Unrelated.\n');
  expect(repo.commit('add a prompt', '2026-01-05').code).toBe(0);
  repo.git(['checkout', '-q', 'pr']);
  const rebase = repo.git(['rebase', '-i', 'main'], { env: { ...EVE, GIT_SEQUENCE_EDITOR: "sed -i '1s/^pick/edit/'" } });
  expect(rebase.code, rebase.stderr).toBe(0);
  repo.write(ACCOUNT_NUMBERS_FILE, accountNumbersClause(RULE.amended));
  const amend = repo.git(['commit', '-q', '-a', '--amend', '--no-edit'], { date: '2026-01-06', env: EVE });
  expect(amend.code, amend.stderr).toBe(0);
  const resumed = repo.git(['rebase', '--continue'], { env: EVE });
  expect(resumed.code, resumed.stderr).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('a clause amended at a rebase `edit` stop after its review', () => {
  it('is audited from the base branch text and flagged, not from the copied audit\'s text', () => {
    const audits = repo.filesAtHead('vault/audits/privacy/').map((file) => parse(repo.showHead(file)) as Record<string, any>);
    const amended = audits.find((audit) => audit.new_version?.trim() === RULE.amended.trim());
    expect(amended?.previous_version?.trim()).toBe(RULE.base.trim());
    expect(amended?.regression_flag).toBe(true);
  });

  it('keeps the copied audit at the amend, which Dana\'s review further down the rebase edits (dropped, that pick stopped on a modify/delete conflict)', () => {
    // beforeAll's `rebase --continue` replayed the review; the rebase's repair then drops the copy.
    expect(repo.git(['log', '--format=%s', 'main..pr']).stdout.trim().split('\n')).toEqual(['Repair the prompt vault after a rebase: drop 1 copied record file(s)', 'Review: accept', 'privacy: managers may approve']);
  });

  it('keeps CI failing until a named reviewer reviews the new text', () => {
    const check = repo.cli(['check']);
    expect(check.code).toBe(1);
    expect(check.stdout + check.stderr).toMatch(/unreviewed regression in clause privacy \(pending\)/);
    expect(check.stdout + check.stderr).not.toMatch(/lowered by hand/);
  });
});

// The same amend where nothing further down the rebase edits the copied audit (no review yet, a
// prompt edit after it): the amended commit holds the audit of its own text, once. The copy
// (made for the pre-rebase parent, of a text no commit holds now) stayed beside it until the
// rebase's repair dropped it in a commit of its own, "Repair the prompt vault after a rebase".
describe('a clause amended at a rebase `edit` stop, its copied audit not edited further down the rebase', () => {
  let again: TestRepo;
  beforeAll(() => {
    again = createAccountNumbersRepo();
    again.git(['checkout', '-q', '-b', 'pr']);
    again.write(ACCOUNT_NUMBERS_FILE, accountNumbersClause(RULE.reviewed));
    expect(again.commit('privacy: managers may approve', '2026-01-03', { env: EVE }).code).toBe(0);
    again.write('prompts/refund.md', 'Help with refunds.\n');
    expect(again.commit('a refund prompt', '2026-01-04', { env: EVE }).code).toBe(0);
    again.git(['checkout', '-q', 'main']);
    again.write('prompts/other.md', 'Unrelated.\n');
    expect(again.commit('add a prompt', '2026-01-05').code).toBe(0);
    again.git(['checkout', '-q', 'pr']);
    expect(again.git(['rebase', '-i', 'main'], { env: { ...EVE, GIT_SEQUENCE_EDITOR: "sed -i '1s/^pick/edit/'" } }).code).toBe(0);
    again.write(ACCOUNT_NUMBERS_FILE, accountNumbersClause(RULE.amended));
    const amend = again.git(['commit', '-q', '-a', '--amend', '--no-edit'], { date: '2026-01-06', env: EVE });
    expect(amend.code, amend.stderr).toBe(0);
    const resumed = again.git(['rebase', '--continue'], { env: EVE });
    expect(resumed.code, resumed.stderr).toBe(0);
  });
  afterAll(() => again?.cleanup());

  it('the amended commit holds one audit of the clause: its own change, from the base\'s text', () => {
    const amended = again.git(['rev-list', '--reverse', 'main..pr']).stdout.trim().split('\n')[0]!;
    const added = again.git(['diff-tree', '--no-commit-id', '--name-only', '-r', '--diff-filter=A', amended, '--', 'vault/audits/']).stdout.trim().split('\n');
    expect(added).toHaveLength(1);
    const audit = parse(again.git(['show', `${amended}:${added[0]}`]).stdout) as Record<string, any>;
    expect([audit.previous_version?.trim(), audit.new_version?.trim()]).toEqual([RULE.base.trim(), RULE.amended.trim()]);
    expect(audit.commit_parents).toEqual([again.git(['rev-parse', 'main']).stdout.trim()]);
  });

  it('the rebase ends with no repair commit, and check names that one audit pending', () => {
    expect(again.git(['log', '--format=%s', 'main..pr']).stdout.trim().split('\n')).toEqual(['a refund prompt', 'privacy: managers may approve']);
    expect(again.filesAtHead('vault/audits/privacy/')).toHaveLength(2);
    const check = again.cli(['check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/unreviewed regression in clause privacy \(pending\)/);
  });
});

// What that hook left in repositories before the fix: one commit changing the base text to the
// amended one, holding an unflagged audit whose previous text is the copied audit's. Made here
// with the hooks off, as the rebase left it once its copy was dropped.
describe('an audit the earlier hook wrote against the copied text', () => {
  it('is named by check as judged against another text, not as a flag lowered by hand', () => {
    repo.git(['checkout', '-q', '-b', 'legacy', 'main']);
    repo.write(ACCOUNT_NUMBERS_FILE, accountNumbersClause(RULE.reviewed));
    expect(repo.commit('managers may approve', '2026-02-01', { env: EVE }).code).toBe(0);
    const flagged = repo.addedInHead('vault/audits/');
    repo.write(ACCOUNT_NUMBERS_FILE, accountNumbersClause(RULE.amended));
    expect(repo.commit('any colleague may approve', '2026-02-02', { env: EVE }).code).toBe(0);
    repo.git(['reset', '-q', '--soft', 'HEAD~2']);
    repo.git(['rm', '-q', '--cached', ...flagged]);
    repo.remove(flagged[0]!);
    expect(repo.commit('any colleague may approve', '2026-02-03', { add: false, env: { ...EVE, HUSKY: '0' } }).code).toBe(0);
    const check = repo.cli(['check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('the hook judged it against another text (previous_hash sha256-');
    expect(check.stdout).not.toContain('lowered by hand');
  });
});
