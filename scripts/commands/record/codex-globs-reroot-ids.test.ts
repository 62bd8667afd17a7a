// A commit that changes the codex globs so that unchanged clause files get other ids: a team with
// one glob per folder (`codex/refunds/**/*.md`, `codex/privacy/**/*.md`, so `limit` and `accounts`)
// widens them to `codex/**/*.md` (`refunds/limit`, `privacy/accounts`). The hook audits each clause
// as a move from the id it had (`renamed_from`, compared with its text there), so its chain of
// audits goes on and `check` stays green. Before, nothing was written: `check` said each clause was
// "committed without the hook" and each old id "deleted or moved without the hook". A prompt left
// citing an old id is refused with the new one; a clause the new globs drop is audited as deleted.
// The same holds for a clause moved with `git mv` and its text kept, which left `check` red too.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyRepo, createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { createRejectedChange, customersClause, EVE } from '../../test-utils/rejected-change.ts';

const NARROW = "codex: ['codex/refunds/**/*.md', 'codex/privacy/**/*.md']\n";
const WIDE = "codex: ['codex/**/*.md']\n";
const clause = (title: string, rule: string) => `---\ntitle: ${title}\ntone: formal\n---\n${rule}\n`;
const refund = (cites: string) => promptFile({ title: 'Refund', codex: [cites] }, 'Help with refunds.');

let template: TestRepo;
let repo: TestRepo;

function auditsAtHead(id: string): Record<string, any>[] {
  return repo.filesAtHead(`vault/audits/${id}/`).map((file) => parse(repo.showHead(file)) as Record<string, any>).sort((a, b) => a.id.localeCompare(b.id));
}

beforeAll(() => {
  template = createRepo();
  template.write('.promptvault.yaml', NARROW);
  template.write('codex/refunds/limit.md', clause('Refund limit', 'Never promise a refund above 100 EUR without a manager.'));
  template.write('codex/privacy/accounts.md', clause('Account numbers', 'Never share account numbers.'));
  template.write('prompts/support/refund.md', refund('limit'));
  expect(template.commit('adopt', '2026-02-01').code).toBe(0);
  template.write('codex/refunds/limit.md', clause('Refund limit', 'Never promise a refund above 50 EUR without a manager.'));
  expect(template.commit('tighten the limit', '2026-02-02').code).toBe(0);
}, 240_000);
afterAll(() => template?.cleanup());
afterEach(() => repo?.cleanup());

/**
 * The globs widened on `globs` (the refund prompt citing the new id), the limit lowered on main
 * meanwhile; returns the lowered limit's audit. Made by the first test that asks (two hooked
 * commits) and copied by the others: the two merges, and the widening's own test on `globs`. A
 * copy is that repository byte for byte (copyRepo).
 */
let diverged: { repo: TestRepo; edit: Record<string, any> } | undefined;
afterAll(() => diverged?.repo.cleanup());
function diverge(): Record<string, any> {
  if (diverged) {
    repo = copyRepo(diverged.repo);
    return diverged.edit;
  }
  repo = copyRepo(template);
  repo.git(['checkout', '-q', '-b', 'globs']);
  repo.write('.promptvault.yaml', WIDE);
  repo.write('prompts/support/refund.md', refund('refunds/limit'));
  const globs = repo.commit('one codex glob', '2026-02-03');
  expect(globs.code, globs.stdout + globs.stderr).toBe(0);
  repo.git(['checkout', '-q', 'main']);
  repo.write('codex/refunds/limit.md', clause('Refund limit', 'Never promise a refund above 40 EUR without a manager.'));
  const lowered = repo.commit('lower the limit', '2026-02-04');
  expect(lowered.code, lowered.stdout + lowered.stderr).toBe(0);
  diverged = { repo: copyRepo(repo), edit: auditsAtHead('limit').at(-1)! };
  return diverged.edit;
}

describe('a commit whose new codex globs give unchanged clauses other ids', () => {
  it('is refused while a prompt it leaves alone cites an old id, naming the prompt, both ids and the fix', () => {
    repo = copyRepo(template);
    repo.write('.promptvault.yaml', WIDE);
    const refused = repo.commit('one codex glob', '2026-02-03');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(`prompts/support/refund.md:3: codex names the clause "limit", which the codex glob 'codex/**/*.md' this commit writes in .promptvault.yaml calls "refunds/limit" (codex/refunds/limit.md)`);
    expect(refused.stderr).toContain('fix: write "refunds/limit" for "limit" in the codex list of prompts/support/refund.md and add it to this commit, or keep the codex globs as they were');
    expect(repo.filesAtHead('vault/audits/refunds/')).toEqual([]);
  });

  it('audits each clause as a move from the id it had, its chain going on, and check stays green', () => {
    repo = copyRepo(template);
    const lastUnderOldId = auditsAtHead('limit').at(-1)!;
    repo.cleanup();
    // WIDE, and the refund prompt citing the new id, committed through the hook: diverge's `globs`.
    diverge();
    repo.git(['checkout', '-q', 'globs']);
    const [moved, ...more] = auditsAtHead('refunds/limit');
    expect(more).toEqual([]);
    expect(moved).toMatchObject({ clause: 'refunds/limit', renamed_from: 'limit', change: 'edited', previous_hash: lastUnderOldId.new_hash, new_hash: lastUnderOldId.new_hash, regression_flag: false, reasons: [] });
    expect(moved!.prompt_delta.citing).toEqual([{ prompt: 'support/refund', version: 2 }]); // its version of this commit
    expect(auditsAtHead('privacy/accounts')[0]).toMatchObject({ renamed_from: 'accounts', regression_flag: false });
    // The old ids keep their audits: no deletion is recorded for them.
    expect(auditsAtHead('limit')).toHaveLength(2);
    expect(auditsAtHead('accounts')).toHaveLength(1);
    const check = repo.cli(['check']);
    expect(check.code, check.stdout + check.stderr).toBe(0);

    // Reverted, each clause moves back: audited under the id it had again, check green.
    const reverted = repo.git(['revert', '--no-edit', 'HEAD'], { date: '2026-02-04' });
    expect(reverted.code, reverted.stdout + reverted.stderr).toBe(0);
    expect(auditsAtHead('limit').at(-1)).toMatchObject({ renamed_from: 'refunds/limit', new_hash: lastUnderOldId.new_hash });
    expect(auditsAtHead('refunds/limit')).toHaveLength(1);
    const after = repo.cli(['check']);
    expect(after.code, after.stdout + after.stderr).toBe(0);
  });

  it('audits a clause the new globs no longer take as deleted (flagged, as deleting its file is)', () => {
    repo = copyRepo(template);
    repo.write('.promptvault.yaml', "codex: ['codex/refunds/**/*.md']\n");
    const narrowed = repo.commit('only refund rules', '2026-02-03');
    expect(narrowed.code, narrowed.stderr).toBe(0);
    expect(auditsAtHead('accounts').at(-1)).toMatchObject({ change: 'deleted', new_hash: null, regression_flag: true });
    const check = repo.cli(['check']);
    expect(check.stdout).toContain('0 out of sync, 1 unreviewed regression(s)');
  });
});

describe('new codex globs over clauses the guard once misread against themselves', () => {
  it('audits each as a move with no statement read: unflagged, its id change named in renamed_from', () => {
    repo = createRepo();
    repo.write('.promptvault.yaml', NARROW);
    const rule = 'Never share your password, even if a manager asks for it.';
    repo.write('codex/privacy/passwords.md', clause('Passwords', rule));
    expect(repo.commit('adopt', '2026-02-01').code).toBe(0);
    repo.write('.promptvault.yaml', WIDE);
    const widened = repo.commit('one codex glob', '2026-02-03');
    expect(widened.code, widened.stderr).toBe(0);
    // Read statement by statement, the unchanged text was flagged (conjunct-dropped: "even" gone).
    expect(widened.stdout + widened.stderr).toContain('audit of privacy/passwords (moved from passwords, text unchanged): no regression');
    const [moved, ...more] = auditsAtHead('privacy/passwords');
    expect(more).toEqual([]);
    expect(moved).toMatchObject({ clause: 'privacy/passwords', renamed_from: 'passwords', change: 'edited', previous_version: `${rule}\n`, new_version: `${rule}\n`, regression_flag: false, reasons: [], similarity: { score: 1 } });
    const check = repo.cli(['check']);
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });
});

describe('a clause moved with git mv, its text kept', () => {
  it('is audited as a move, and check stays green (it reported the old id deleted without the hook)', () => {
    repo = copyRepo(template);
    repo.git(['mv', 'codex/privacy/accounts.md', 'codex/privacy/account-numbers.md']);
    const moved = repo.commit('rename the clause', '2026-02-03');
    expect(moved.code, moved.stderr).toBe(0);
    expect(auditsAtHead('account-numbers')[0]).toMatchObject({ renamed_from: 'accounts', change: 'edited', regression_flag: false });
    const check = repo.cli(['check']);
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });
});

describe('a branch that changes the codex globs, merged with one that edited a clause under its old id', () => {
  const merge = (branch: string) => {
    const stopped = repo.git(['merge', '--no-edit', branch], { date: '2026-02-05' });
    expect(stopped.stdout + stopped.stderr).toContain('clause refunds/limit (audit)');
    const done = repo.git(['commit', '--no-edit'], { date: '2026-02-05' });
    expect(done.code, done.stdout + done.stderr).toBe(0);
  };

  it('merged into the branch of the edit: the edit is carried to the new id as a move, and check passes (in CI too)', () => {
    const edit = diverge();
    merge('globs');
    expect(auditsAtHead('refunds/limit').at(-1)).toMatchObject({ renamed_from: 'limit', previous_hash: edit.new_hash, new_hash: edit.new_hash, regression_flag: false });
    for (const args of [['check'], ['check', '--since', 'HEAD~1']]) {
      const check = repo.cli(args);
      expect(check.code, check.stdout + check.stderr).toBe(0);
      expect(check.stdout).not.toContain('warning');
    }
  });

  it('merged into the branch of the globs: the same, not an edit under the new id that left the old id\'s edit vanished', () => {
    const edit = diverge();
    repo.git(['checkout', '-q', 'globs']);
    merge('main');
    expect(auditsAtHead('refunds/limit').at(-1)).toMatchObject({ renamed_from: 'limit', previous_hash: edit.new_hash, new_hash: edit.new_hash, regression_flag: false });
    const check = repo.cli(['check']);
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });
});

describe('a rejected clause change, the clause moved since (a git mv, or new globs)', () => {
  it('stays open after the move, which keeps the rejected text, and is closed by changing it back under the new id', () => {
    ({ repo } = createRejectedChange('weaken'));
    const rejected = auditsAtHead('customers')[1]!;
    repo.move('codex/customers.md', 'codex/people/customers.md');
    expect(repo.commit('customers under people/', '2026-01-05', { env: EVE }).code).toBe(0);
    const moved = repo.cli(['check']);
    expect(moved.code).toBe(1);
    expect(moved.stdout).toContain(`vault/audits/customers/${rejected.id}.yaml: rejected regression in clause customers`);
    repo.write('codex/people/customers.md', customersClause('Never describe the customer to anyone else.'));
    const back = repo.commit('customers stay private', '2026-01-06', { env: EVE });
    expect(back.code, back.stderr).toBe(0);
    // The change back names the flagged audit of the id the clause had: not flagged, and it closes it.
    expect(auditsAtHead('people/customers').at(-1)).toMatchObject({ reverts: rejected.id, regression_flag: false });
    const check = repo.cli(['check']);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).not.toContain('warning');
  });
});

describe('a clause moved out of a folder only the old codex globs took, in the commit that drops that glob', () => {
  it('is audited as a move from the id it had (the diff over the new globs alone saw it as added)', () => {
    repo = copyRepo(template);
    repo.write('.promptvault.yaml', "codex: ['codex/refunds/**/*.md', 'codex/privacy/**/*.md', 'policies/**/*.md']\n");
    repo.write('policies/tone.md', clause('Tone', 'Always answer politely.'));
    expect(repo.commit('a tone policy', '2026-02-03').code).toBe(0);
    repo.move('policies/tone.md', 'codex/refunds/policies/tone.md');
    repo.write('.promptvault.yaml', NARROW);
    const moved = repo.commit('tone under codex/refunds', '2026-02-04');
    expect(moved.code, moved.stderr).toBe(0);
    expect(auditsAtHead('policies/tone')).toEqual([expect.objectContaining({ renamed_from: 'tone', change: 'edited', path: 'codex/refunds/policies/tone.md', regression_flag: false })]);
    const check = repo.cli(['check']);
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });
});

describe('the same codex glob change committed without the hook', () => {
  it('is reported by check, and record --all audits the moves (no deletion of the old ids)', () => {
    repo = copyRepo(template);
    repo.write('.promptvault.yaml', WIDE);
    repo.write('prompts/support/refund.md', refund('refunds/limit'));
    expect(repo.commit('one codex glob', '2026-02-03', { env: { HUSKY: '0' } }).code).toBe(0);
    const red = repo.cli(['check']);
    expect(red.code).toBe(1);
    expect(red.stdout + red.stderr).toContain('codex/refunds/limit.md: has no audit in vault/: it was committed without the hook');
    expect(red.stdout + red.stderr).toContain('run `promptvault record --all`');
    const resync = repo.cli(['record', '--all'], { env: { GIT_COMMITTER_DATE: '2026-02-04T10:00:00Z' } });
    expect(resync.code, resync.stdout + resync.stderr).toBe(0);
    const audited = repo.commit('audit the moved clauses', '2026-02-04', { add: false });
    expect(audited.code, audited.stdout + audited.stderr).toBe(0);
    // Its title is taken as it is now (the old id has no file, and audits keep none): no retitle to the id.
    expect(auditsAtHead('refunds/limit')[0]).toMatchObject({ renamed_from: 'limit', regression_flag: false, reasons: [] });
    expect(auditsAtHead('privacy/accounts')[0]).toMatchObject({ renamed_from: 'accounts', regression_flag: false, reasons: [] });
    expect(auditsAtHead('limit')).toHaveLength(2);
    const green = repo.cli(['check']);
    expect(green.code, green.stdout + green.stderr).toBe(0);
  });
});
