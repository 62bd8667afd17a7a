// Test helper (node-only): a small vault built through real commits and the real hook, the story
// the site's build and browser tests read. Edits, a fork, a merge of two branches, a prompt whose
// text holds script payloads, and clause audits (written by hand with `auditSchema` until the
// guard writes them).
import { stringify } from 'yaml';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { auditSchema, type Audit } from '../schema/records.ts';
import { serializeLabelFile } from '../labels/parse.ts';
import { labelPath } from '../labels/schema.ts';

/** Text a test can look for: none of it may ever run or become markup. */
export const SCRIPT_PAYLOAD = '<script>window.__pwned = "script"</script>';
export const IMG_PAYLOAD = '<img src=x onerror="window.__pwned = \'img\'">';

export const FIXTURE_PAGE_SIZE = 5;
/** A prompt id as a monorepo's agents have them: long, its middle shared with its neighbours'. */
export const MONOREPO_ID = 'support-bot/claude-agents/escalation-to-a-human-supervisor';
/** A long line in the flagged clause: its changed word must be visible without scrolling sideways. */
export const FLAGGED_WORD = 'whatsoever';
/** The fixture's one label, set on support/refund v2. */
export const FIXTURE_LABEL = 'production';

export const FLAGGED_AUDIT_ID = '20260106T100000Z-a1b2c3d4e5f6';
export const CLEAN_AUDIT_ID = '20260103T100000Z-0f1e2d3c4b5a';

const CLAUSE_V1 = 'The assistant must never share account numbers.';
const CLAUSE_V2 = 'The assistant must never share account numbers, and must mask them as ****.';
const CLAUSE_V3 = `The assistant should avoid sharing account numbers. ${SCRIPT_PAYLOAD} It may read back the last four digits of a card when the customer asks for them first, and never anything more than that in any channel ${FLAGGED_WORD}.`;

function clauseFile(body: string): string {
  return `---\ntitle: Never share account numbers\ntone: formal\n---\n${body}\n`;
}

const refund = (top: string, bottom: string) =>
  promptFile(
    { title: 'Refund request', assistant: 'support-bot', tone: 'empathetic', tags: ['billing', 'refunds'], codex: ['privacy/account-numbers'] },
    `${top}\n\nConfirm the order number {{order_id}} before anything else.\n\n${bottom}`,
  );

function audit(fields: Partial<Audit> & Pick<Audit, 'id' | 'created_at' | 'previous_version' | 'new_version' | 'regression_flag' | 'reasons' | 'review'>): string {
  const value = auditSchema.parse({
    clause: 'privacy/account-numbers',
    prompt_delta: { citing: [{ prompt: 'support/refund', version: 1 }], changed_in_commit: [{ prompt: 'sales/greeting', version: null }] },
    change: 'edited',
    path: 'codex/privacy/account-numbers.md',
    previous_hash: `sha256-${'1'.repeat(64)}`,
    new_hash: `sha256-${'2'.repeat(64)}`,
    similarity: { score: 0.62, embedder: 'builtin', model: 'builtin-v1', metric: 'cosine', threshold: 0.8 },
    tone: { declared: 'formal', previous: 'formal', new: 'neutral', formality_shift: -0.2, sentiment_shift: 0 },
    commit_parents: [],
    ...fields,
  });
  return stringify(value);
}

/** Builds the fixture vault in a fresh temporary repository; the caller cleans it up. */
export function createFixtureVault(): TestRepo {
  const repo = createRepo();
  const must = (result: { code: number; stderr: string; stdout: string }, what: string) => {
    if (result.code !== 0) throw new Error(`${what} failed: ${result.stderr}${result.stdout}`);
  };

  // Five mutations a page, so the twelve of the story fill three pages of the mutation list, and its seven prompt ids two of the prompt list.
  repo.write('.promptvault.yaml', `site:\n  page_size: ${FIXTURE_PAGE_SIZE}\n`);
  repo.write('prompts/support/refund.md', refund('You help customers who ask for a refund.', 'Explain the refund policy in plain words.'));
  repo.write('prompts/sales/greeting.md', promptFile({ title: 'Greeting', assistant: 'sales-bot', tone: 'friendly', tags: ['sales'] }, 'Greet the visitor warmly and ask what they are looking for today.'));
  repo.write('codex/privacy/account-numbers.md', clauseFile(CLAUSE_V1));
  must(repo.commit('add refund and greeting prompts', '2026-01-02'), 'first commit');

  repo.write('codex/privacy/account-numbers.md', clauseFile(CLAUSE_V2));
  repo.write(`vault/audits/privacy/account-numbers/${CLEAN_AUDIT_ID}.yaml`, audit({
    id: CLEAN_AUDIT_ID, created_at: '2026-01-03T10:00:00Z', previous_version: CLAUSE_V1, new_version: CLAUSE_V2,
    regression_flag: false, reasons: [], similarity: { score: 0.91, embedder: 'builtin', model: 'builtin-v1', metric: 'cosine', threshold: 0.8 },
    review: { status: 'accepted', by: 'Ada Reviewer', at: '2026-01-03T11:00:00Z', note: 'Masking is stricter, fine.' },
  }));
  repo.write('prompts/support/refund.md', refund('You help customers who ask for a refund.', 'Explain the refund policy in plain words. Always apologise once.'));
  must(repo.commit('tighten clause, edit refund', '2026-01-03'), 'edit commit');

  repo.write('prompts/support/refund-vip.md', promptFile(
    { title: 'VIP refund', assistant: 'vip-bot', tone: 'formal', tags: ['billing', 'vip'], forked_from: 'support/refund' },
    'You help our most valued customers with refunds.\n\nConfirm the order number {{order_id}} first.',
  ));
  repo.write('prompts/lab/payload.md', promptFile(
    { title: `Payload ${IMG_PAYLOAD.replace(/"/g, "'")}`, assistant: 'lab-bot', tags: ['security'] },
    `Ignore this: ${SCRIPT_PAYLOAD}\n\nAnd this: ${IMG_PAYLOAD}\n\n<b>bold?</b> &amp; entities`,
  ));
  // A monorepo-style id, longer than the grid's Prompt column: its ends tell it apart.
  repo.write(`prompts/${MONOREPO_ID}.md`, promptFile({ title: 'Escalation', assistant: 'support-bot', tags: ['support'] }, 'Hand the conversation to a human supervisor when the customer asks twice.'));
  // A prompt moved later (to ops/handover, with an edit): its page compares across the move.
  repo.write('prompts/ops/handoff.md', promptFile({ title: 'Shift handoff', assistant: 'ops-bot' }, 'Write the handoff note for the next shift.\n\nList the open tickets first.\n\nName who owns each one.'));
  must(repo.commit('fork refund for VIPs, add payload prompt', '2026-01-04'), 'fork commit');

  repo.git(['checkout', '-q', '-b', 'feature']);
  repo.write('prompts/support/refund.md', refund('You help customers who ask for a refund, and you are sorry for the trouble.', 'Explain the refund policy in plain words. Always apologise once.'));
  must(repo.commit('feature: warmer opening', '2026-01-05'), 'feature commit');
  repo.git(['checkout', '-q', 'main']);
  repo.write('prompts/support/refund.md', refund('You help customers who ask for a refund.', 'Explain the refund policy in plain words. Always apologise once. You must never refund more than the order total.'));
  repo.write('prompts/lab/payload.md', promptFile(
    { title: `Payload ${IMG_PAYLOAD.replace(/"/g, "'")}`, assistant: 'lab-bot', tags: ['security'] },
    `Ignore this: ${SCRIPT_PAYLOAD}\n\nAnd this: ${IMG_PAYLOAD}\n\n<b>bold?</b> &amp; entities\n\n</textarea></pre><svg onload="window.__pwned='svg'">`,
  ));
  repo.move('prompts/ops/handoff.md', 'prompts/ops/handover.md');
  repo.write('prompts/ops/handover.md', promptFile({ title: 'Shift handover', assistant: 'ops-bot' }, 'Write the handover note for the next shift.\n\nList the open tickets first.\n\nName who owns each one.'));
  must(repo.commit('main: stricter policy, payload v2, handoff renamed handover', '2026-01-05T12:00:00Z'), 'main commit');
  const merge = repo.git(['merge', '--no-edit', 'feature'], { date: '2026-01-06' });
  if (merge.code !== 0) must(repo.git(['commit', '--no-edit', '-q'], { date: '2026-01-06' }), 'merge commit');

  repo.write('codex/privacy/account-numbers.md', clauseFile(CLAUSE_V3));
  repo.write(`vault/audits/privacy/account-numbers/${FLAGGED_AUDIT_ID}.yaml`, audit({
    id: FLAGGED_AUDIT_ID, created_at: '2026-01-06T10:00:00Z', previous_version: CLAUSE_V2, new_version: CLAUSE_V3,
    regression_flag: true,
    reasons: [
      { code: 'modal-weakened', message: '"must never" became "should avoid"' },
      { code: 'semantic-drift', message: `similarity 0.62 is below the threshold 0.8 ${IMG_PAYLOAD}` },
    ],
    review: { status: 'pending', by: null, at: null, note: null },
  }));
  must(repo.commit('soften the account-number clause', '2026-01-07'), 'clause commit');

  // One label, on an older version of refund, for the label pages (site/labels.test.ts). Written
  // as `promptvault label set production support/refund@2` writes it, without a CLI process per
  // fixture build; the commit changes no prompt, so the hook would record nothing.
  const [v2] = repo.filesAtHead('vault/checkpoints/support/refund/').filter((file) => /\/0002-[0-9a-f]{12}\.yaml$/.test(file));
  const hash = /^content_hash: (\S+)$/m.exec(repo.read(v2!))![1]!;
  repo.write(labelPath(FIXTURE_LABEL), serializeLabelFile({ label: FIXTURE_LABEL, prompts: { 'support/refund': { version: 2, key: v2!.split('/').pop()!.replace('.yaml', ''), content_hash: hash } } }));
  must(repo.commit(`${FIXTURE_LABEL}: refund v2`, '2026-01-08', { args: ['--no-verify'] }), 'label commit');
  return repo;
}
