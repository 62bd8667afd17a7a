// Round 29d, through a real commit: a changed sentence longer than `guard.max_sentence_words` (a
// table pasted as one sentence) is not read, and not passed either: the audit is flagged
// too-large-to-read, naming the sentence and its length. The bound is set low here so that a
// 240-word sentence stands in for one of thousands and the test stays fast.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { as, createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
const clause = (body: string) => `---\ntitle: Deadlines\n---\n${body}`;
/** Rows of a case, a deadline and an owner written on as one sentence, the middle row's deadline given. */
const table = (middle: string) => `Refund deadlines by case: ${Array.from({ length: 30 }, (_, row) => `case ${row} refund ${row === 15 ? middle : '14 days'} duty manager`).join(' ')}.\n\nNever refund cash.\n`;
let committed: { code: number; stderr: string };

beforeAll(() => {
  repo = createRepo();
  repo.write('.promptvault.yaml', "prompts: ['prompts/**/*.md']\ncodex: ['codex/**/*.md']\nguard:\n  max_sentence_words: 200\nreview:\n  reviewers: ['Carol Diaz <carol@example.com>']\n");
  repo.write('codex/deadlines.md', clause(table('14 days')));
  repo.write('prompts/support.md', promptFile({ title: 'Support', codex: ['deadlines'] }, 'Answer the customer.'));
  expect(repo.commit('add the deadlines', '2026-01-02').code).toBe(0);
  repo.write('codex/deadlines.md', clause(table('30 days')));
  committed = repo.commit('give case 15 thirty days', '2026-01-03');
});
afterAll(() => repo?.cleanup());

describe('a changed sentence over guard.max_sentence_words, committed', () => {
  it('records an audit flagged too-large-to-read that names the sentence, its words and where the edit is in it, and says so in the hook', () => {
    expect(committed.code, committed.stderr).toBe(0);
    expect(committed.stderr).toContain('audit of deadlines: FLAGGED (too-large-to-read');
    const files = repo.filesAtHead('vault/audits/deadlines/').sort();
    const audit = parse(repo.showHead(files.at(-1)!)) as { regression_flag: boolean; reasons: Array<{ code: string; message: string }> };
    expect(audit.regression_flag).toBe(true);
    expect(audit.reasons.map((reason) => reason.code)).toEqual(['too-large-to-read']);
    expect(audit.reasons[0]!.message).toBe(
      'too large to read: the changed sentence "Refund deadlines by case: case 0 refund 14 days duty …" holds 214 words, over guard.max_sentence_words 200, changed at word 113 of the clause: "… case 15 refund 14 days duty manager …" -> "… case 15 refund 30 days duty manager …"; the guard did not read what it obliges, forbids or permits: review the change by hand, or split the sentence into shorter ones',
    );
  });

  it('fails check until a reviewer decides', () => {
    const check = repo.cli(['check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('unreviewed regression in clause deadlines (pending): [too-large-to-read');
  });

  it('is closed by the acceptance of a reviewer the config names, not by its author', () => {
    expect(repo.cli(['review', 'deadlines', '--accept', '--note', 'read by hand: case 15 gets thirty days']).code).toBe(2);
    const carol = as('Carol Diaz', 'carol@example.com');
    const review = repo.cli(['review', 'deadlines', '--accept', '--note', 'read by hand: case 15 gets thirty days'], { env: carol });
    expect(review.code, review.stderr).toBe(0);
    expect(repo.commit('Review: accept the deadlines table', '2026-01-04', { env: carol }).code).toBe(0);
    const check = repo.cli(['check']);
    expect(check.code, check.stdout).toBe(0);
  });
});
