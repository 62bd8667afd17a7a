// Through a real commit: a clause of two sentences whose other sentence changed is not flagged for
// the one it kept (", even if a manager asks for it" read as a case moved into it, its "even" a
// conjunct gone, before session 22's guard28d), and a changed edition of a standard still is.
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';

const clause = (rule: string) => `---\ntitle: Passwords\ntone: formal\n---\n${rule}\n`;
let repo: TestRepo;
afterAll(() => repo?.cleanup());

function lastAudit(id: string): Record<string, any> {
  const audits = repo.filesAtHead(`vault/audits/${id}/`).map((file) => parse(repo.showHead(file)) as Record<string, any>);
  return audits.sort((a, b) => a.id.localeCompare(b.id)).at(-1)!;
}

describe('an unchanged sentence beside a reworded one, through the hook', () => {
  it('records the edit unflagged, and an edition of a standard changed flagged', () => {
    repo = createRepo();
    repo.write('.promptvault.yaml', "codex: ['codex/**/*.md']\n");
    repo.write('codex/privacy/passwords.md', clause('Log each call in the register. Never share your password, even if a manager asks for it.'));
    expect(repo.commit('adopt', '2026-03-01').code).toBe(0);
    repo.write('codex/privacy/passwords.md', clause('Record each call in the register. Never share your password, even if a manager asks for it.'));
    const reworded = repo.commit('reword the first sentence', '2026-03-02');
    expect(reworded.code, reworded.stderr).toBe(0);
    expect(lastAudit('privacy/passwords')).toMatchObject({ clause: 'privacy/passwords', change: 'edited', regression_flag: false, reasons: [] });
    repo.write('codex/privacy/passwords.md', clause('Record each call in the register. Check harnesses against EN361:1992. Never share your password, even if a manager asks for it.'));
    expect(repo.commit('add a check', '2026-03-03').code).toBe(0);
    repo.write('codex/privacy/passwords.md', clause('Record each call in the register. Check harnesses against EN361:2002. Never share your password, even if a manager asks for it.'));
    repo.commit('another edition', '2026-03-04');
    const edition = lastAudit('privacy/passwords');
    expect(edition.regression_flag).toBe(true);
    expect(edition.reasons.map((reason: { code: string }) => reason.code)).toContain('entity-removed');
  });
});
