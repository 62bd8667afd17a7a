import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyRepo, createRepo, promptFile, type RunResult, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
afterEach(() => repo?.cleanup());

const clause = (body: string, tone = 'formal') => `---\ntitle: Account numbers\ntone: ${tone}\n---\n${body}\n`;
const STRICT = 'The assistant must never share account numbers.';

function auditsAtHead(id: string) {
  return repo.filesAtHead(`vault/audits/${id}/`).map((file) => ({ file, audit: parse(repo.showHead(file)) as Record<string, any> })).sort((a, b) => a.audit.id.localeCompare(b.audit.id));
}

// Every test starts from the clause and two prompts committed through the hook: built once, copied per test.
let template: TestRepo;
beforeAll(() => {
  template = createRepo();
  template.write('codex/privacy/account-numbers.md', clause(STRICT));
  template.write('prompts/support/refund.md', promptFile({ title: 'Refund', assistant: 'support-bot', codex: ['privacy/account-numbers'] }, 'Help with refunds.'));
  template.write('prompts/support/greet.md', promptFile({ title: 'Greet' }, 'Say hello.'));
  expect(template.commit('add clause and prompts', '2026-01-02').code).toBe(0);
});
afterAll(() => template?.cleanup());

function setup() {
  repo = copyRepo(template);
}

/**
 * Tests that go on from the same hooked clause change start from one copy of it, made once per
 * file by `build` (on a fresh copy, in `repo`) and copied per test: a clause edit through the hook
 * is the guard's whole audit, seconds of CPU. What `build` returns (the commit's result) comes too.
 */
const laterTemplates = new Map<string, { start: TestRepo; result: RunResult }>();
afterAll(() => laterTemplates.forEach(({ start }) => start.cleanup()));
function setupAfter(key: string, build: () => RunResult, from: () => unknown = setup): RunResult {
  let later = laterTemplates.get(key);
  if (!later) {
    from();
    later = { start: repo, result: build() };
    laterTemplates.set(key, later);
  }
  repo = copyRepo(later.start);
  return later.result;
}

/** After "must never share" -> "should avoid sharing", committed through the hook (flagged, pending). */
function setupSoftened(): RunResult {
  return setupAfter('softened', () => {
    repo.write('codex/privacy/account-numbers.md', clause('The assistant should avoid sharing account numbers.'));
    return repo.commit('soften the account number rule', '2026-01-03');
  });
}

/** After the clause was weakened ("may share ... when asked") and its flagged audit rejected, both committed through the hook. */
function setupRejected(): void {
  setupAfter('rejected', () => {
    repo.write('codex/privacy/account-numbers.md', clause('The assistant may share account numbers when asked.'));
    repo.commit('weaken', '2026-01-03');
    expect(repo.cli(['review', 'privacy/account-numbers', '--reject', '--note', 'No: this breaks PCI rules.']).code).toBe(0);
    return repo.commit('review: reject', '2026-01-04', { add: false });
  });
}

/** After setupRejected's clause was changed back to the reviewed text, committed through the hook ('revert the weakened rule', 2026-01-05). */
function setupReverted(): RunResult {
  return setupAfter('reverted', () => {
    repo.write('codex/privacy/account-numbers.md', clause(STRICT));
    return repo.commit('revert the weakened rule', '2026-01-05');
  }, setupRejected);
}

/** After the clause's file was deleted, committed through the hook (the deletion audited, flagged). */
function setupDeleted(): RunResult {
  return setupAfter('deleted', () => {
    repo.remove('codex/privacy/account-numbers.md');
    return repo.commit('drop the clause', '2026-01-03');
  });
}

describe('the hook audits every clause change in the same commit', () => {
  it('audits a new clause against nothing and does not flag it', () => {
    setup();
    const [entry] = auditsAtHead('privacy/account-numbers');
    expect(entry!.audit).toMatchObject({ clause: 'privacy/account-numbers', change: 'added', previous_version: null, new_version: `${STRICT}\n`, regression_flag: false, similarity: null, reasons: [], review: { status: 'pending' } });
    expect(entry!.audit.prompt_delta.citing).toEqual([{ prompt: 'support/refund', version: 1 }]);
  });

  it('flags "must never share" -> "should avoid sharing" with modal and negation reasons, and check fails until it is accepted', () => {
    const committed = setupSoftened();
    expect(committed.code, committed.stderr).toBe(0);
    // git shows a hook's output on stderr.
    expect(committed.stderr).toContain('audit of privacy/account-numbers: FLAGGED (modal-weakened, negation-removed');
    // No review.reviewers here: anyone may review, and the line does not claim otherwise.
    expect(committed.stderr).toContain('); review it with `npx promptvault review privacy/account-numbers --accept|--reject');
    const audit = auditsAtHead('privacy/account-numbers').at(-1)!.audit;
    expect(audit).toMatchObject({ change: 'edited', previous_version: `${STRICT}\n`, new_version: 'The assistant should avoid sharing account numbers.\n', regression_flag: true });
    expect(audit.reasons.map((r: { code: string }) => r.code)).toEqual(expect.arrayContaining(['modal-weakened', 'negation-removed']));
    expect(audit.reasons.find((r: { code: string }) => r.code === 'modal-weakened').message).toContain('must');
    expect(audit.similarity).toMatchObject({ embedder: 'builtin', model: 'builtin-lexical-v3', metric: 'cosine-order', threshold: 0.5 });
    expect(audit.prompt_delta).toEqual({ citing: [{ prompt: 'support/refund', version: 1 }], changed_in_commit: [] });

    const failing = repo.cli(['check']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('unreviewed regression in clause privacy/account-numbers (pending): [modal-weakened]');
    expect(failing.stdout).toContain(`npx promptvault review privacy/account-numbers --audit ${audit.id} --accept`);
    const github = repo.cli(['check', '--format', 'github']);
    expect(github.stdout).toMatch(/^::error file=vault\/audits\/privacy\/account-numbers\/\d{8}T\d{6}Z-[0-9a-f]{12}\.yaml,title=regression-unreviewed::/m);

    const reviewed = repo.cli(['review', 'privacy/account-numbers', '--accept', '--note', 'Legal approved the softer wording.'], { env: { GIT_COMMITTER_DATE: '2026-01-04T09:00:00Z' } });
    expect(reviewed.code, reviewed.stderr).toBe(0);
    expect(repo.git(['diff', '--cached', '--name-only']).stdout.trim()).toBe(auditsAtHead('privacy/account-numbers').at(-1)!.file);
    expect(repo.git(['diff', '--cached', '--', 'codex/']).stdout).toBe('');
    expect(repo.commit('review: accept softer rule', '2026-01-04', { add: false }).code).toBe(0);
    const accepted = auditsAtHead('privacy/account-numbers').at(-1)!.audit;
    expect(accepted.review).toEqual({ status: 'accepted', by: 'Ada Reviewer <ada@example.com>', at: '2026-01-04T09:00:00Z', note: 'Legal approved the softer wording.', of: accepted.id });
    expect(repo.cli(['check']).code).toBe(0);
  });

  it('does not flag a tone mismatch the previous version already had when the clause is edited (a typo fix)', () => {
    setup();
    // Declared formal, but the text reads empathetic from the start: the audit of its addition flags nothing.
    const apology = (days: string) => clause(`We are so sorry for the trouble, and we will gladly help you within two ${days} days.`);
    repo.write('codex/support/apology.md', apology('bussiness'));
    expect(repo.commit('add the apology clause', '2026-01-03').code).toBe(0);
    expect(auditsAtHead('support/apology').at(-1)!.audit).toMatchObject({ change: 'added', regression_flag: false });
    repo.write('codex/support/apology.md', apology('business'));
    const committed = repo.commit('fix a typo in the apology clause', '2026-01-04');
    expect(committed.code, committed.stderr).toBe(0);
    const audit = auditsAtHead('support/apology').at(-1)!.audit;
    expect(audit.change).toBe('edited');
    expect(audit.reasons.map((r: { code: string }) => r.code)).not.toContain('tone-mismatch');
    expect(audit.regression_flag).toBe(false);
    expect(repo.cli(['check']).code).toBe(0);
  });

  it('does not flag a faithful rewording', () => {
    setup();
    repo.write('codex/privacy/account-numbers.md', clause('Account numbers must never be shared by the assistant.'));
    expect(repo.commit('reword', '2026-01-03').code).toBe(0);
    const audit = auditsAtHead('privacy/account-numbers').at(-1)!.audit;
    expect(audit.reasons).toEqual([]);
    expect(audit.regression_flag).toBe(false);
    expect(audit.similarity.score).toBeGreaterThanOrEqual(audit.similarity.threshold);
    expect(repo.cli(['check']).code).toBe(0);
  });

  it('keeps a rejected regression failing, called rejected rather than unreviewed, until the clause is changed back', () => {
    setupRejected();
    const rejected = repo.cli(['check']);
    expect(rejected.code).toBe(1);
    // The commit that made the change, and the one command that undoes it (only the clause changed: a revert).
    const weaken = repo.git(['rev-parse', 'HEAD~1']).stdout.trim().slice(0, 12);
    expect(rejected.stdout).toContain(`rejected regression in clause privacy/account-numbers, still in the clause since commit ${weaken} ("weaken"): [`);
    expect(rejected.stdout).not.toContain('unreviewed regression in clause');
    expect(rejected.stdout).toContain(`fix: \`git revert ${weaken}\` ("weaken"; git stops on this audit file: \`git add\` it, then \`git revert --continue\`), or edit the clause back and commit (the new audit closes this one)`);
    expect(rejected.stdout).toMatch(/: 0 invalid, 0 out of sync, 0 unreviewed regression\(s\), 1 rejected regression\(s\) not yet undone\n$/);
    expect(repo.cli(['check', '--format', 'github']).stdout).toMatch(/^::error file=vault\/audits\/privacy\/account-numbers\/[^,]+,title=regression-rejected::rejected regression in clause/m);
    // The clause written back to STRICT and committed through the hook: setupReverted (from a copy of
    // this repository's start), which the next test goes on from.
    repo.cleanup();
    expect(setupReverted().code).toBe(0);
    // Going back to the reviewed text closes the rejected audit and needs no review of its own.
    const revert = auditsAtHead('privacy/account-numbers').at(-1)!.audit;
    expect(revert).toMatchObject({ regression_flag: false, reverts: auditsAtHead('privacy/account-numbers')[1]!.audit.id });
    expect(repo.cli(['check']).code).toBe(0);
  });

  it('audits a rejected change again when it comes back after its revert', () => {
    expect(setupReverted().code).toBe(0);
    const weak = clause('The assistant may share account numbers when asked.');
    repo.write('codex/privacy/account-numbers.md', weak);
    expect(repo.commit('weaken again, same words', '2026-01-06').code).toBe(0);
    expect(auditsAtHead('privacy/account-numbers').at(-1)!.audit).toMatchObject({ created_at: '2026-01-06T10:00:00Z', regression_flag: true, review: { status: 'pending' } });
    expect(repo.cli(['check']).code).toBe(1);
  });

  it('prints a clause id carrying control characters as visible escapes, not as terminal commands', () => {
    setup();
    // A file name can hold ESC: printed raw, `[2J` would clear the committer's terminal.
    repo.write('codex/privacy/odd\u001b[2J.md', clause(STRICT));
    const committed = repo.commit('add an oddly named clause', '2026-01-03');
    expect(committed.code, committed.stderr).toBe(0);
    expect(committed.stderr).toContain('audit of privacy/odd\\u{1b}[2J: no regression');
    expect(committed.stderr).not.toContain('\u001b');
  });

  it('refuses a clause id that would leave vault/', () => {
    setup();
    const result = repo.cli(['review', '../../../outside', '--accept', '--note', 'x']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"../../../outside" is not a clause id');
  });

  it('flags a deleted clause and lists the prompts that still cite it', () => {
    expect(setupDeleted().code).toBe(0);
    const audit = auditsAtHead('privacy/account-numbers').at(-1)!.audit;
    expect(audit).toMatchObject({ change: 'deleted', new_version: null, regression_flag: true, prompt_delta: { citing: [{ prompt: 'support/refund', version: 1 }] } });
    expect(audit.reasons.map((r: { code: string }) => r.code)).toEqual(['clause-deleted']);
  });

  it('check names a codex id whose clause was deleted as deleted, with its audit, not as a typo of another clause', () => {
    expect(setupDeleted().code).toBe(0);
    const audit = auditsAtHead('privacy/account-numbers').at(-1)!.audit;
    const result = repo.cli(['check']);
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toContain(`prompts/support/refund.md:4: codex names the clause "privacy/account-numbers", which was deleted (codex/privacy/account-numbers.md, audit ${audit.id})\n  expected: codex names only clauses the repository still has\n  fix: remove "privacy/account-numbers" from codex if this prompt no longer follows it, or bring codex/privacy/account-numbers.md back`);
    expect(result.stdout + result.stderr).not.toContain('add codex/privacy/account-numbers.md');
  });

  it('lists the prompts changed in the same commit in the blast radius', () => {
    setup();
    repo.write('codex/privacy/account-numbers.md', clause(`${STRICT} This includes IBANs.`));
    repo.write('prompts/support/greet.md', promptFile({ title: 'Greet' }, 'Say hello warmly.'));
    expect(repo.commit('extend the rule and edit greeting', '2026-01-03').code).toBe(0);
    expect(auditsAtHead('privacy/account-numbers').at(-1)!.audit.prompt_delta.changed_in_commit).toEqual([{ prompt: 'support/greet', version: 2 }]);
  });

  it('audits the net change of an amended clause edit once', () => {
    setup();
    repo.write('codex/privacy/account-numbers.md', clause('The assistant should never share account numbers.'));
    repo.commit('first wording', '2026-01-03');
    repo.write('codex/privacy/account-numbers.md', clause('The assistant may share account numbers.'));
    expect(repo.git(['commit', '-q', '-a', '--amend', '-m', 'second wording'], { date: '2026-01-03T11:00:00Z' }).code).toBe(0);
    const audits = auditsAtHead('privacy/account-numbers');
    expect(audits).toHaveLength(2);
    expect(audits[1]!.audit).toMatchObject({ previous_version: `${STRICT}\n`, new_version: 'The assistant may share account numbers.\n', regression_flag: true });
  });

  it('does not audit the same change twice on an amend', () => {
    setupSoftened();
    expect(repo.git(['commit', '-q', '--amend', '-m', 'soften (amended)'], { date: '2026-01-03T11:00:00Z' }).code).toBe(0);
    expect(auditsAtHead('privacy/account-numbers')).toHaveLength(2);
  });

  it('blocks the commit with a clear error when the configured embedding provider cannot be reached', () => {
    setup();
    repo.write('.promptvault.yaml', 'guard:\n  embedder:\n    kind: openai\n    base_url: http://127.0.0.1:9/v1\n    model: nomic-embed-text\n    timeout_ms: 2000\n');
    repo.write('codex/privacy/account-numbers.md', clause('The assistant should avoid sharing account numbers.'));
    const result = repo.commit('soften with a remote embedder', '2026-01-03');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('http://127.0.0.1:9/v1');
    expect(result.stderr).toContain('nomic-embed-text');
    expect(result.stderr).not.toContain('internal error');
    expect(repo.git(['diff', '--cached', '--name-only', '--', 'vault/']).stdout).toBe('');
  });
});

describe('clause changes made around the hook', () => {
  it('makes check fail on a clause changed with --no-verify, and record --all audits it against its last audited text', () => {
    setup();
    repo.write('codex/privacy/account-numbers.md', clause('The assistant may share account numbers.'));
    repo.commit('weaken without the hook', '2026-01-03', { args: ['--no-verify'] });
    const failing = repo.cli(['check']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('codex/privacy/account-numbers.md: was changed without the hook: its text is not the one its audits last saw');
    expect(repo.cli(['record', '--all'], { env: { GIT_COMMITTER_DATE: '2026-01-04T10:00:00Z' } }).code).toBe(0);
    expect(repo.commit('audit the change', '2026-01-04', { add: false }).code).toBe(0);
    const audit = auditsAtHead('privacy/account-numbers').at(-1)!.audit;
    expect(audit).toMatchObject({ change: 'edited', previous_version: `${STRICT}\n`, regression_flag: true });
    expect(repo.cli(['check']).stdout).toContain('0 out of sync, 1 unreviewed regression(s)');
  });

  it('audits the next hooked change of a clause against its last audited text, not the unaudited one in HEAD', () => {
    setup();
    repo.write('codex/privacy/account-numbers.md', clause('The assistant may share account numbers.'));
    repo.commit('weaken without the hook', '2026-01-03', { args: ['--no-verify'] });
    repo.write('codex/privacy/account-numbers.md', clause('The assistant may share account numbers when asked.'));
    expect(repo.commit('small tweak with the hook', '2026-01-04').code).toBe(0);
    const audit = auditsAtHead('privacy/account-numbers').at(-1)!.audit;
    expect(audit).toMatchObject({ previous_version: `${STRICT}\n`, regression_flag: true });
    expect(repo.cli(['check']).code).toBe(1);
  });

  it('notices a clause put back to an older audited text without the hook', () => {
    // The clause softened through the hook (its audit flagged), the flagged audit accepted.
    setupSoftened();
    repo.cli(['review', 'privacy/account-numbers', '--accept', '--note', 'ok']);
    repo.commit('review', '2026-01-04', { add: false });
    repo.write('codex/privacy/account-numbers.md', clause(STRICT));
    repo.commit('back to the first text without the hook', '2026-01-05', { args: ['--no-verify'] });
    expect(repo.cli(['check']).stdout).toContain('its text is not the one its audits last saw');
  });

  it('notices a clause deleted without the hook, and record --all audits the deletion', () => {
    setup();
    repo.write('prompts/support/refund.md', promptFile({ title: 'Refund', assistant: 'support-bot' }, 'Help with refunds.'));
    repo.commit('stop citing it', '2026-01-03');
    repo.git(['rm', '-q', 'codex/privacy/account-numbers.md']);
    repo.commit('delete without the hook', '2026-01-04', { args: ['--no-verify'] });
    expect(repo.cli(['check']).stdout).toContain('the clause privacy/account-numbers was deleted or moved without the hook');
    expect(repo.cli(['record', '--all'], { env: { GIT_COMMITTER_DATE: '2026-01-05T10:00:00Z' } }).code).toBe(0);
    expect(repo.commit('audit the deletion', '2026-01-05', { add: false }).code).toBe(0);
    expect(auditsAtHead('privacy/account-numbers').at(-1)!.audit).toMatchObject({ change: 'deleted', regression_flag: true });
    expect(repo.cli(['check']).stdout).toContain('0 out of sync, 1 unreviewed regression(s)');
  });

  it('audits a renamed clause under its new id against its old text', () => {
    setup();
    const long = (modal: string) => clause(`The assistant ${modal} share account numbers, card numbers or IBANs in a reply. When a customer asks for their account number, direct them to the secure account page and explain why.`);
    repo.write('codex/privacy/account-numbers.md', long('must never'));
    repo.commit('longer rule', '2026-01-03');
    repo.move('codex/privacy/account-numbers.md', 'codex/privacy/accounts.md');
    repo.write('codex/privacy/accounts.md', long('may'));
    repo.write('prompts/support/refund.md', promptFile({ title: 'Refund', assistant: 'support-bot', codex: ['privacy/accounts'] }, 'Help with refunds.'));
    const result = repo.commit('rename and weaken', '2026-01-04');
    expect(result.code, result.stderr).toBe(0);
    const audit = auditsAtHead('privacy/accounts')[0]!.audit;
    expect(audit).toMatchObject({ change: 'edited', renamed_from: 'privacy/account-numbers', regression_flag: true });
    expect(audit.previous_version).toContain('must never share');
    expect(audit.reasons.map((r: { code: string }) => r.code)).toContain('modal-weakened');
    expect(auditsAtHead('privacy/account-numbers')).toHaveLength(2); // "added" and "longer rule", no deletion
  });

  it('drops the audit of an attempt whose clause change was undone before committing', () => {
    setup();
    repo.write('codex/privacy/account-numbers.md', clause('The assistant may share account numbers.'));
    repo.git(['add', '-A']);
    expect(repo.cli(['record']).code).toBe(0); // what the hook did before git aborted the commit
    repo.git(['checkout', 'HEAD', '--', 'codex/privacy/account-numbers.md']);
    repo.write('prompts/support/greet.md', promptFile({ title: 'Greet' }, 'Say hello warmly.'));
    expect(repo.commit('only the greeting', '2026-01-03').code).toBe(0);
    expect(auditsAtHead('privacy/account-numbers')).toHaveLength(1);
    expect(repo.cli(['check']).code).toBe(0);
  });
});
