import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createClauseHistory } from '../../test-utils/clause-history.ts';
import { as, type TestRepo } from '../../test-utils/repo.ts';

// A reviewer's week: Eve's pull request adds an exception to a clause, Dana accepts it, main moves
// on, and Eve rebases with an `edit` stop to widen the exception before merging. The rebase
// copies Eve's audit (and Dana's review) onto the new base; the amend is a new text, which must
// be audited from the base's text and reviewed again, not compared with the copied audit's text.
const EVE = as('Eve Park', 'eve@example.com');
const DANA = as('Dana Lee', 'dana@example.com');
const HEAD = '---\ntitle: Account numbers\ntone: formal\n---\n';
const BASE = 'Staff must never share account numbers with anyone but the account holder.\n';
const REVIEWED = 'Staff must never share account numbers with anyone but the account holder unless a manager approves.\n';
const AMENDED = 'Staff must never share account numbers with anyone but the account holder unless any colleague approves.\n';

let repo: TestRepo;
beforeAll(() => {
  repo = createClauseHistory(['Dana Lee <dana@example.com>'], 'codex/privacy.md', [{ date: '2026-01-02', subject: 'add the privacy clause', text: HEAD + BASE }]);
  repo.git(['checkout', '-q', '-b', 'pr']);
  repo.write('codex/privacy.md', HEAD + REVIEWED);
  expect(repo.commit('privacy: managers may approve', '2026-01-03', { env: EVE }).code).toBe(0);
  expect(repo.cli(['review', 'privacy', '--accept', '--note', 'a manager is accountable'], { env: DANA }).code).toBe(0);
  expect(repo.commit('Review: accept', '2026-01-04', { env: DANA }).code).toBe(0);
  repo.git(['checkout', '-q', 'main']);
  repo.write('prompts/other.md', 'Unrelated.\n');
  expect(repo.commit('add a prompt', '2026-01-05').code).toBe(0);
  repo.git(['checkout', '-q', 'pr']);
  const rebase = repo.git(['rebase', '-i', 'main'], { env: { ...EVE, GIT_SEQUENCE_EDITOR: "sed -i '1s/^pick/edit/'" } });
  expect(rebase.code, rebase.stderr).toBe(0);
  repo.write('codex/privacy.md', HEAD + AMENDED);
  const amend = repo.git(['commit', '-q', '-a', '--amend', '--no-edit'], { date: '2026-01-06', env: EVE });
  expect(amend.code, amend.stderr).toBe(0);
  const resumed = repo.git(['rebase', '--continue'], { env: EVE });
  expect(resumed.code, resumed.stderr).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('a clause amended at a rebase `edit` stop after its review', () => {
  it('is audited from the base branch text and flagged, not from the copied audit\'s text', () => {
    const audits = repo.filesAtHead('vault/audits/privacy/').map((file) => parse(repo.showHead(file)) as Record<string, any>);
    const amended = audits.find((audit) => audit.new_version?.trim() === AMENDED.trim());
    expect(amended?.previous_version?.trim()).toBe(BASE.trim());
    expect(amended?.regression_flag).toBe(true);
  });

  it('keeps CI failing until a named reviewer reviews the new text', () => {
    const check = repo.cli(['check']);
    expect(check.code).toBe(1);
    expect(check.stdout + check.stderr).toMatch(/unreviewed regression in clause privacy \(pending\)/);
    expect(check.stdout + check.stderr).not.toMatch(/lowered by hand/);
  });
});

// What that hook left in repositories before the fix: one commit changing the base text to the
// amended one, holding an unflagged audit whose previous text is the copied audit's. Made here
// with the hooks off, as the rebase left it once its copy was dropped.
describe('an audit the earlier hook wrote against the copied text', () => {
  it('is named by check as judged against another text, not as a flag lowered by hand', () => {
    repo.git(['checkout', '-q', '-b', 'legacy', 'main']);
    repo.write('codex/privacy.md', HEAD + REVIEWED);
    expect(repo.commit('managers may approve', '2026-02-01', { env: EVE }).code).toBe(0);
    const flagged = repo.addedInHead('vault/audits/');
    repo.write('codex/privacy.md', HEAD + AMENDED);
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
