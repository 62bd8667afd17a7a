// `promptvault report` on a real repository: a feature branch edits and forks a prompt, weakens
// a clause (the guard flags it), moves a label, and is reviewed; the Markdown for the PR says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { REPORT_MARKER, escapeMarkdown, formatReportMarkdown } from '../../lib/report/markdown.ts';
import { buildBranchReport, type ReportSide } from '../../lib/report/branch-report.ts';
import { serializeLabelFile } from '../../lib/labels/parse.ts';
import { report } from './index.ts';

let repo: TestRepo;
const clause = (body: string) => `---\ntitle: Never share account numbers\ntone: formal\n---\n${body}\n`;
const refund = (body: string) => promptFile({ title: 'Refund', assistant: 'support-bot', tags: ['billing'], codex: ['privacy/account-numbers'] }, body);

beforeAll(() => {
  repo = createRepo();
  const must = (result: { code: number; stderr: string; stdout: string }) => {
    if (result.code !== 0) throw new Error(result.stderr + result.stdout);
  };
  repo.write('prompts/support/refund.md', refund('You help customers with refunds.\n\nConfirm the order number first.'));
  repo.write('prompts/sales/greeting.md', promptFile({ title: 'Greeting' }, 'Greet the visitor warmly.'));
  repo.write('codex/privacy/account-numbers.md', clause('The assistant must never share account numbers.'));
  must(repo.commit('start', '2026-01-02'));
  // Labels as teams move them: `promptvault label set`, which writes vault/labels/<label>.yaml.
  must(repo.cli(['label', 'set', 'production', 'support/refund@1']));
  // Only the label file is staged: the hook records nothing for it.
  must(repo.commit('production: refund v1', '2026-01-02', { args: ['--no-verify'] }));
  repo.git(['checkout', '-q', '-b', 'feature']);
  repo.write('prompts/support/refund.md', refund('You help customers with refunds. You must always apologise once and you must never promise a date.\n\nConfirm the order number first.'));
  repo.write('prompts/support/refund-vip.md', promptFile({ title: 'VIP refund', forked_from: 'support/refund' }, 'You help our most valued customers with refunds.'));
  must(repo.commit('stricter refund, VIP fork', '2026-01-03'));
  repo.write('codex/privacy/account-numbers.md', clause('The assistant should avoid sharing account numbers <b>@everyone</b>.'));
  must(repo.cli(['label', 'set', 'production', 'support/refund@2']));
  must(repo.cli(['label', 'set', 'staging', 'support/refund-vip@1']));
  must(repo.commit('soften the clause, promote v2', '2026-01-04'));
});
afterAll(() => repo?.cleanup());

describe('promptvault report', () => {
  it('lists the versions, audits and labels the branch changed, in Markdown with the marker the workflow looks for', () => {
    const result = repo.cli(['report', '--format', 'markdown', '--base', 'main']);
    expect(result.code, result.stderr).toBe(0);
    const md = result.stdout;
    expect(md.split('\n')[0]).toBe(REPORT_MARKER);
    expect(md).toMatch(/2 prompt version\(s\), 1 clause audit\(s\), 2 label change\(s\)/);
    expect(md).toContain('**1 audit(s) need a review before CI passes.**');
    // The edit: its label, kind, parent's label, tokens with the delta, trait changes.
    expect(md).toMatch(/\| support\/refund \| v2·[0-9a-f]{6} \| edit \| v1·[0-9a-f]{6} \| \d+ \(\+\d+\) \| [^|]*hard constraints \+2[^|]* \|/);
    expect(md).toMatch(/\| support\/refund-vip \| v1·[0-9a-f]{6} \| fork \| support\/refund@v2·[0-9a-f]{6} \|/);
    // The main branch's own version is not the branch's doing.
    expect(md).not.toMatch(/\| sales\/greeting/);
    expect(md).toMatch(/- \*\*privacy\/account-numbers\*\* \(edited, similarity [\d.]+ \(threshold [\d.]+\)\): \*\*needs review\*\*/);
    expect(md).toContain('`modal-weakened`: ');
    expect(md).toContain('close it with `npx promptvault review privacy/account-numbers --audit ');
    // Clause text is escaped: no HTML, no mention; the clause's own text only as a diff in a code
    // fence, where GitHub renders neither.
    const fenced = /<details><summary>privacy\/account-numbers: the clause's text on this branch<\/summary>\n\n```diff\n([^]*?)\n```\n\n<\/details>/.exec(md);
    expect(fenced?.[1]).toContain('-The assistant must never share account numbers.\n+The assistant should avoid sharing account numbers <b>@everyone</b>.');
    const outside = md.replace(fenced?.[0] ?? '', '');
    expect(outside).not.toContain('<b>');
    expect(outside).not.toMatch(/@everyone/);
    // Each prompt a label moved, with the versions as `promptvault label list` names them.
    expect(md).toMatch(/\| vault\/labels\/production\.yaml \| support\/refund \| changed \| v1·[0-9a-f]{6} \| v2·[0-9a-f]{6} \|/);
    expect(md).toMatch(/\| vault\/labels\/staging\.yaml \| support\/refund-vip \| added \| — \| v1·[0-9a-f]{6} \|/);
    expect(md).not.toContain('Written by promptvault');
  });

  it('shows the review once it is committed on the branch, as the function returns it', async () => {
    const open = await report({ cwd: repo.dir, base: 'main' });
    const audit = open.audits[0]!;
    expect(audit).toMatchObject({ clause: 'privacy/account-numbers', flagged: true, state: 'open', reviewed_only: false });
    const reviewed = repo.cli(['review', 'privacy/account-numbers', '--accept', '--note', 'Softer wording agreed with legal.']);
    expect(reviewed.code, reviewed.stderr).toBe(0);
    expect(repo.commit('review the clause', '2026-01-05').code).toBe(0);
    const after = await report({ cwd: repo.dir, base: 'main' });
    expect(after.open).toBe(0);
    expect(after.audits.find((a) => a.id === audit.id)).toMatchObject({ state: 'accepted', review: { by: expect.stringContaining('Ada Reviewer'), note: 'Softer wording agreed with legal.' } });
    // Against the branch itself there is nothing left to report.
    const none = await report({ cwd: repo.dir, base: 'HEAD' });
    expect([none.versions.length, none.audits.length, none.labels.length]).toEqual([0, 0, 0]);
    // Without --base, on main itself: nothing since it left main, not every record of its history.
    repo.git(['checkout', '-q', 'main']);
    const onMain = await report({ cwd: repo.dir, env: {} });
    repo.git(['checkout', '-q', 'feature']);
    expect([onMain.base, onMain.versions.length, onMain.audits.length, onMain.labels.length]).toEqual([onMain.head, 0, 0, 0]);
  });

  it('says which record files do not read, whose versions and audits it cannot show, and that check names the fix', () => {
    const record = repo.filesAtHead('vault/mutations/support/refund-vip/')[0]!;
    const text = repo.read(record);
    repo.write(record, `<<<<<<< HEAD\n${text}=======\n${text}>>>>>>> other\n`);
    expect(repo.commit('a merge left its markers', '2026-01-05', { args: ['--no-verify'] }).code).toBe(0);
    try {
      const result = repo.cli(['report', '--format', 'markdown', '--base', 'main']);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain(`**1 record file(s) do not read** (\`${record}\`): what they hold is missing below; \`promptvault check\` names the problems and the fix.`);
    } finally {
      repo.git(['reset', '-q', '--hard', 'HEAD~1']);
    }
  });

  it('names an unknown base and says how to fix it', () => {
    const result = repo.cli(['report', '--base', 'origin/nope']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--base "origin/nope" names no commit in');
    expect(result.stderr).toContain('fetch-depth: 0');
  });

  it('shows a label re-keyed after its prompt moved as one rename, beside a real move', () => {
    const entry = (version: number, hash: string) => ({ version, key: `000${version}-${hash}`, content_hash: `sha256-${hash.padEnd(64, '0')}` });
    const side = (prompts: Record<string, ReturnType<typeof entry> & { record?: string }>): ReportSide => ({
      checkpoints: [], mutations: [], audits: [],
      labels: new Map([['vault/labels/production.yaml', serializeLabelFile({ label: 'production', prompts })]]),
    });
    const report = buildBranchReport({
      base: side({ 'support/refund': entry(2, '0e77c5220441'), 'support/greeting': entry(1, 'aaaaaaaaaaaa') }),
      head: side({ 'customer/refund': { ...entry(2, '0e77c5220441'), record: 'support/refund' }, 'support/greeting': entry(2, 'bbbbbbbbbbbb') }),
      baseRef: 'base', headRef: 'head',
    });
    expect(report.labels.map((l) => [l.prompt, l.change, l.before, l.after])).toEqual([
      ['support/greeting', 'changed', 'v1·aaaaaa', 'v2·bbbbbb'],
      ['support/refund -> customer/refund', 'renamed', 'v2·0e77c5', 'v2·0e77c5'],
    ]);
  });

  it("fences a clause's diff with more backticks than its text holds, so the text cannot close it", () => {
    const diff = '--- a/ops/deploy\n+++ b/ops/deploy\n@@ -1 +1,2 @@\n-Run it.\n+Run ```rm -rf``` first.\n+</details> @team\n';
    const md = formatReportMarkdown({
      base: null, head: 'f'.repeat(40), versions: [], labels: [], open: 1, clause_diffs: { 'ops/deploy': diff }, unreadable: [], unrecorded: [], review_gate: { reviewers: null, allow_self_review: false },
      audits: [{ clause: 'ops/deploy', id: 'a1', change: 'edited', flagged: true, state: 'open', state_text: 'needs review', reasons: [], similarity: null, review: { by: null, note: null }, reviewed_only: false, undone_by: null, reverts: null, reverted_by: null }],
    });
    expect(md).toContain(`<details><summary>ops/deploy: the clause's text on this branch</summary>\n\n\`\`\`\`diff\n${diff.trimEnd()}\n\`\`\`\`\n\n</details>`);
  });

  it('escapes Markdown, HTML and mentions in text from the vault', () => {
    expect(escapeMarkdown('a | b <script> @team *x*\nnext')).toBe('a \\| b \\<script\\> @\u200bteam \\*x\\* next');
  });
});
