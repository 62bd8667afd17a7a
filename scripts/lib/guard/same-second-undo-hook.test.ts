import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createClauseHistory } from '../../test-utils/clause-history.ts';
import type { TestRepo } from '../../test-utils/repo.ts';
import { customersClause, EVE } from '../../test-utils/rejected-change.ts';

// A flagged change and its undoing in one second (a script, a rebase, a bot): each continues from
// the other's text, so the texts cannot order them, and the hook ordered them by id where check and
// review order them by the commits that added them (session 24). With the undoing's id sorting
// first, the hook took the flagged change for the clause's latest audit: the next commit was
// compared with the weakened text, not the one in the clause, and making the same weakening again
// was no change at all to it: nothing was audited, and check failed on a clause out of step with
// its audits. The hook now orders such audits by their commits, as check does. A change back
// named the first flagged change it undid, not the latest.

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

const auditsAt = (repo: TestRepo) => repo.filesAtHead('vault/audits/customers/').map((file) => parse(repo.showHead(file)) as Record<string, any>);
const NEVER = 'Never describe the customer to anyone else.';
/** Which audit's digest sorts first depends on every byte of the audits: the test takes the first weakening that sorts as its case needs. */
const WEAKENINGS = ['You may describe the customer to anyone else.', 'You can describe the customer to anyone else.', 'Describe the customer to anyone else.', 'Staff may describe the customer to anyone else.', 'You are free to describe the customer to anyone else.', 'Feel free to describe the customer to anyone else.', 'Agents may describe the customer to anyone else.', 'Employees may describe the customer to anyone else.'];

describe('a flagged change and its undoing in one second, the undoing\'s id sorting first', () => {
  it('the hook compares the next change with the text in the clause, as check reads the audits', () => {
    let found: { repo: TestRepo; weakening: string; change: Record<string, any>; undo: Record<string, any> } | undefined;
    for (const weakening of WEAKENINGS) {
      const repo = createClauseHistory(['Carol Diaz <carol@example.com>'], 'codex/customers.md', [
        { date: '2026-01-01', subject: 'add the clause', text: customersClause(NEVER) },
        { date: '2026-01-02', subject: 'weaken', by: EVE, text: customersClause(weakening) },
        { date: '2026-01-02', subject: 'back', by: EVE, text: customersClause(NEVER) },
      ]);
      repos.push(repo);
      const audits = auditsAt(repo);
      const change = audits.find((audit) => audit.regression_flag)!;
      const undo = audits.find((audit) => audit.reverts === change.id)!;
      expect(undo.id.slice(0, 17), 'one second').toBe(change.id.slice(0, 17));
      if (undo.id < change.id) {
        found = { repo, weakening, change, undo };
        break;
      }
    }
    expect(found, 'a weakening whose undoing\'s id sorts first').toBeDefined();
    const { repo, weakening, change, undo } = found!;

    // The same weakening again, a day later: a change from the clause's text, audited and flagged.
    repo.write('codex/customers.md', customersClause(weakening));
    const again = repo.commit('weaken again', '2026-01-03', { env: EVE });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('FLAGGED');
    const latest = auditsAt(repo).filter((audit) => audit.id.startsWith('20260103'));
    expect(latest).toHaveLength(1);
    expect(latest[0]!.previous_hash).toBe(undo.new_hash);
    expect(latest[0]!.new_hash).toBe(change.new_hash);
    expect(latest[0]!.regression_flag).toBe(true);
    const checked = repo.cli(['check']);
    expect(checked.code, checked.stdout).toBe(1);
    expect(checked.stdout).toContain('unreviewed regression in clause customers (pending)');
    expect(checked.stdout).not.toContain('out of step');

    // Changed back once more: the audit names the change it undoes, the latest (it named the
    // first flagged change with that text, the one undone the day before).
    repo.write('codex/customers.md', customersClause(NEVER));
    expect(repo.commit('back again', '2026-01-04', { env: EVE }).code).toBe(0);
    const back = auditsAt(repo).filter((audit) => audit.id.startsWith('20260104'));
    expect(back).toHaveLength(1);
    expect(back[0]!.regression_flag).toBe(false);
    expect(back[0]!.reverts).toBe(latest[0]!.id);
  });
});
