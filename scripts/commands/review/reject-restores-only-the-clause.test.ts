// Eve weakens a clause in the same commit as a prompt edit and the app's code. Carol rejects the
// clause change: a whole `git revert` would take the prompt and the code back too, so `review
// --reject` names the one command that restores only the clause, and `check` names the commit that
// made the change and that same command. Following it word for word closes the audit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRejectedChange, EVE } from '../../test-utils/rejected-change.ts';
import { promptFile, type RunResult, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
let change = '';
let rejected: RunResult;
beforeAll(() => {
  ({ repo, change, rejected } = createRejectedChange('handover flow', {
    'prompts/support/handover.md': promptFile({ title: 'Handover', codex: ['customers'] }, 'Hand the chat over to a colleague with a summary.'),
    'src/handover.ts': 'export const HANDOVER = "support/handover";\n',
  }));
});
afterAll(() => repo?.cleanup());

describe('rejecting a clause change whose commit changed other files too', () => {
  it('suggests restoring only the clause from the commit before, not a revert of the whole commit', () => {
    expect(rejected.code, rejected.stderr).toBe(0);
    expect(rejected.stdout.split('\n')[1]).toBe(
      `promptvault review: check keeps failing on this rejected change until codex/customers.md is changed back: \`git checkout ${change.slice(0, 12)}~1 -- codex/customers.md\` and commit (restores only the clause: ${change.slice(0, 12)}, "handover flow", also changed 2 other files, which \`git revert\` would undo too), or edit it back and commit; the audit of that commit closes this one`,
    );
  });

  it("check's failure names the commit that made the change and the same command", () => {
    const check = repo.cli(['check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`rejected regression in clause customers, still in the clause since commit ${change.slice(0, 12)} ("handover flow"): [`);
    expect(check.stdout).toContain(`fix: \`git checkout ${change.slice(0, 12)}~1 -- codex/customers.md\` and commit (restores only the clause`);
  });

  it('is closed by doing what it says, the prompt and the code kept', () => {
    expect(repo.git(['checkout', `${change.slice(0, 12)}~1`, '--', 'codex/customers.md']).code).toBe(0);
    const put = repo.commit('put the customer clause back', '2026-01-05', { env: EVE });
    expect(put.code, put.stderr).toBe(0);
    const check = repo.cli(['check']);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(repo.exists('src/handover.ts')).toBe(true);
    expect(repo.exists('prompts/support/handover.md')).toBe(true);
  });
});
