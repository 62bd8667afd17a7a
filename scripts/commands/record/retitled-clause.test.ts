// A clause renamed and nothing else (its front matter `title`, or the `# ` heading opening its
// body): the hook wrote no audit for a new `title`, so a reviewer never saw "Never share account
// numbers" become "Share account numbers when asked". Now it is audited, unflagged, with a
// `title-changed` reason, and `check` passes. A `# ` heading is often the rule itself, so a new
// heading is judged by the guard like any other change of the body.
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
afterEach(() => repo?.cleanup());

const RULE = 'The assistant must never read a card number back to the caller.';
const clause = (title: string, body: string) => `---\ntitle: ${title}\ntone: formal\n---\n${body}\n`;

function auditsAtHead(id: string) {
  return repo.filesAtHead(`vault/audits/${id}/`).map((file) => parse(repo.showHead(file)) as Record<string, any>).sort((a, b) => a.id.localeCompare(b.id));
}

function setup(body: string) {
  repo = createRepo();
  repo.write('codex/privacy/cards.md', clause('Card numbers', body));
  expect(repo.commit('add the card clause', '2026-01-02').code).toBe(0);
}

describe('a clause whose only change is its title is audited and not flagged', () => {
  it('audits a new front matter title, says what it became, and check passes', () => {
    setup(RULE);
    repo.write('codex/privacy/cards.md', clause('Reading card numbers aloud', RULE));
    const committed = repo.commit('retitle the card clause', '2026-01-03');
    expect(committed.code, committed.stderr).toBe(0);
    const audits = auditsAtHead('privacy/cards');
    expect(audits).toHaveLength(2);
    expect(audits[1]).toMatchObject({ change: 'edited', previous_version: `${RULE}\n`, new_version: `${RULE}\n`, regression_flag: false, review: { status: 'pending' } });
    expect(audits[1]!.reasons).toEqual([{ code: 'title-changed', message: 'title "Card numbers" -> "Reading card numbers aloud"; the rule text is the same', advisory: true }]);
    const check = repo.cli(['check']);
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });

  it('judges a new `# ` heading as a rule change: a heading turned from a ban to a permission is flagged', () => {
    setup(`# Never read card numbers back\n\n${RULE}`);
    repo.write('codex/privacy/cards.md', clause('Card numbers', `# Card numbers may be read back\n\n${RULE}`));
    const committed = repo.commit('rename the heading', '2026-01-03');
    expect(committed.code, committed.stderr).toBe(0);
    const audit = auditsAtHead('privacy/cards')[1]!;
    expect(audit).toMatchObject({ change: 'edited', regression_flag: true });
    expect(audit.reasons.map((reason: { code: string }) => reason.code)).not.toContain('title-changed');
    expect(repo.cli(['check']).code).not.toBe(0);
  });

  it('still flags a rule change made with a retitle, and writes nothing for other front matter', () => {
    setup(RULE);
    repo.write('codex/privacy/cards.md', clause('Reading card numbers', 'The assistant may read a card number back to the caller.'));
    expect(repo.commit('soften and retitle', '2026-01-03').code).toBe(0);
    const audit = auditsAtHead('privacy/cards')[1]!;
    expect(audit.regression_flag).toBe(true);
    expect(audit.reasons.map((reason: { code: string }) => reason.code)).not.toContain('title-changed');
    repo.write('codex/privacy/cards.md', `---\ntitle: Reading card numbers\ntone: formal\nowner: legal\n---\nThe assistant may read a card number back to the caller.\n`);
    expect(repo.commit('name an owner', '2026-01-04').code).toBe(0);
    expect(auditsAtHead('privacy/cards')).toHaveLength(2);
  });
});
