// A rejected clause change still in its clause: the site's regression page names the very command
// `check` names to undo it (`git checkout <commit>~1 -- <clause>` when the commit changed other
// files too, `git revert <commit>` when it changed only the clause), not "revert or fix".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClauseHistory } from '../../../test-utils/clause-history.ts';
import { as, promptFile, type TestRepo } from '../../../test-utils/repo.ts';
import { loadSite } from '../load-vault-fs.ts';
import { regressionMainHtml } from './main.ts';
import { text } from '../html.ts';

const EVE = as('Eve Park', 'eve@example.com');
const CAROL = as('Carol Diaz', 'carol@example.com');
const clause = (title: string, body: string) => `---\ntitle: ${title}\ntone: formal\n---\n${body}\n`;
let repo: TestRepo;
let mixed = '';
let alone = '';

beforeAll(() => {
  repo = createClauseHistory(['Carol Diaz <carol@example.com>'], 'codex/customers.md', [
    { date: '2026-01-02', subject: 'add the clause', text: clause('Customers', 'Never describe the customer to anyone else.') },
  ]);
  repo.write('codex/refunds.md', clause('Refunds', 'Never promise a refund above $50.'));
  expect(repo.commit('add the refund clause', '2026-01-02').code).toBe(0);
  // One change made with a prompt edit (restore only the clause), one alone (revert the commit).
  repo.write('codex/customers.md', clause('Customers', 'Describe the customer to anyone else.'));
  repo.write('prompts/support/handover.md', promptFile({ title: 'Handover', codex: ['customers'] }, 'Hand the chat over with a summary.'));
  expect(repo.commit('handover flow', '2026-01-03', { env: EVE }).code).toBe(0);
  mixed = repo.git(['rev-parse', 'HEAD']).stdout.trim();
  repo.write('codex/refunds.md', clause('Refunds', 'Promise a refund above $50.'));
  expect(repo.commit('loosen refunds', '2026-01-04', { env: EVE }).code).toBe(0);
  alone = repo.git(['rev-parse', 'HEAD']).stdout.trim();
  for (const id of ['customers', 'refunds']) expect(repo.cli(['review', id, '--reject', '--note', 'keep the rule'], { env: CAROL }).code).toBe(0);
  expect(repo.commit('Review: reject both', '2026-01-05', { env: CAROL }).code).toBe(0);
}, 120_000);
afterAll(() => repo?.cleanup());

/** The command `check` prints as the fix of the rejected audit of `clause`. */
function checkFix(clauseId: string): string {
  const check = repo.cli(['check']);
  expect(check.code).toBe(1);
  const block = check.stdout.split(`rejected regression in clause ${clauseId},`)[1]!;
  return /fix: (.*)/.exec(block)![1]!;
}

describe("a rejected clause change on the site's regression page", () => {
  it('names the command check names: restore only the clause when its commit changed a prompt too, revert a commit that changed only the clause', async () => {
    const { model } = await loadSite(repo.dir);
    const url = (sitePath: string) => `/${sitePath}`;
    const page = (id: string) => regressionMainHtml(id, model, url);
    expect(checkFix('customers')).toContain(`\`git checkout ${mixed.slice(0, 12)}~1 -- codex/customers.md\``);
    expect(checkFix('refunds')).toContain(`\`git revert ${alone.slice(0, 12)}\``);
    for (const id of ['customers', 'refunds']) {
      expect(page(id)).toContain(`To close it: <code>${text(checkFix(id))}</code>`);
      expect(page(id)).not.toContain('revert or fix');
    }
  });
});
