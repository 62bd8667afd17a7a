// Issue 9 with issue 11, through a real commit: a clause edit larger than `guard.max_sentence_pairs`
// is not read statement by statement, and not passed either. The bound is set low here so that a
// generated 40-sentence handbook stands in for a 1 MB one and the test stays fast.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildLongClause } from '../../test-utils/long-clause.ts';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
const clause = (body: string) => `---\ntitle: Handbook\n---\n${body}`;
const handbook = buildLongClause({ sentences: 40, edit: 'number' }).previous;
/** Every sentence changed: each "must" made a "may", a word added before each stop. */
const rewritten = handbook.replace(/must/g, 'may').replace(/\.(\s|$)/g, ' today.$1');
let committed: { code: number; stderr: string };

beforeAll(() => {
  repo = createRepo();
  repo.write('.promptvault.yaml', "prompts: ['prompts/**/*.md']\ncodex: ['codex/**/*.md']\nguard:\n  max_sentence_pairs: 1000\n");
  repo.write('codex/handbook.md', clause(handbook));
  repo.write('prompts/support.md', promptFile({ title: 'Support', codex: ['handbook'] }, 'Answer the customer.'));
  expect(repo.commit('add the handbook', '2026-01-02').code).toBe(0);
  repo.write('codex/handbook.md', clause(rewritten));
  committed = repo.commit('rewrite the handbook everywhere', '2026-01-03');
});
afterAll(() => repo?.cleanup());

describe('a clause edit over guard.max_sentence_pairs, committed', () => {
  it('records an audit flagged too-large-to-read, with the sizes and the bound, and says so in the hook', () => {
    expect(committed.code, committed.stderr).toBe(0);
    expect(committed.stderr).toContain('audit of handbook: FLAGGED (too-large-to-read');
    const files = repo.filesAtHead('vault/audits/handbook/').sort();
    const audit = parse(repo.showHead(files.at(-1)!)) as { regression_flag: boolean; reasons: Array<{ code: string; message: string }>; new_version: string };
    expect(audit.regression_flag).toBe(true);
    expect(audit.reasons[0]!.code).toBe('too-large-to-read');
    expect(audit.reasons[0]!.message).toMatch(/holds \d+ old and \d+ new sentences .*, over guard\.max_sentence_pairs 1,000; .*review the change by hand, or split the clause/);
    expect(audit.new_version).toBe(rewritten);
  });

  it('fails check until a reviewer decides', () => {
    const check = repo.cli(['check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('unreviewed regression in clause handbook (pending): [too-large-to-read');
  });
});
