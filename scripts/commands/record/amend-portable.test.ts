import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { commitPromptAndEdit } from '../../test-utils/edited-prompt.ts';

// macOS and Git for Windows have no /proc. On macOS the pre-commit hook finds the `git commit
// --amend` process with ps; on Windows it cannot see it, and post-rewrite amend puts it right.
// PROMPTVAULT_AMEND_PROBE=ps / =none runs those paths here.
const REFUND = (extra: string) => promptFile({ title: 'Refund request', tone: 'empathetic' }, `You help customers who ask for a refund. Confirm the order number {{order_id}}.${extra}`);

let repo: TestRepo;
const WINDOWS = { PROMPTVAULT_AMEND_PROBE: 'none' };
afterAll(() => repo?.cleanup());

/** A fresh repository: the refund prompt added, edited, then the edit amended with another edit (all with `env`). */
function amendTwiceEditedRefund(env: Record<string, string>, quiet: string[]): { base: string; amended: ReturnType<TestRepo['git']> } {
  repo?.cleanup();
  repo = createRepo();
  repo.write('prompts/support/refund.md', REFUND(''));
  expect(repo.commit('add', '2026-01-02', { env }).code).toBe(0);
  const base = repo.git(['rev-parse', 'HEAD']).stdout.trim();
  repo.write('prompts/support/refund.md', REFUND(' Never promise a refund before the order is verified.'));
  expect(repo.commit('edit', '2026-01-03', { env }).code).toBe(0);
  repo.write('prompts/support/refund.md', REFUND(' Never promise a refund before the order is verified. Give a ticket reference.'));
  return { base, amended: repo.git(['commit', ...quiet, '-a', '--amend', '-m', 'edit (amended)'], { date: '2026-01-03T11:00:00Z', env }) };
}

function mutations(prompt: string): Record<string, any>[] {
  return repo.filesAtHead(`vault/mutations/${prompt}/`).map((file) => parse(repo.showHead(file)) as Record<string, any>);
}

describe('an amend where the hook cannot see `git commit --amend` (Windows) is recorded as one version of the amended commit', () => {
  it('replaces the version of the commit the amend replaced, parented on that commit\'s parent', () => {
    const { base, amended } = amendTwiceEditedRefund(WINDOWS, ['-q']);
    expect(amended.code, amended.stderr).toBe(0);
    const head = repo.git(['rev-parse', '--short=7', 'HEAD']).stdout.trim();
    // git shows a hook's output on stderr; the pre-commit hook's own line (v3 on top of v2) comes first.
    expect(amended.stderr.replace(/·[0-9a-f]{6}/g, '·<key>')).toContain([
      "promptvault: the hook took this amend for a new commit (it cannot see `git commit --amend` on this system); recorded again against the amended commit's parents, 2 record file(s) replaced:",
      'promptvault: support/refund v2·<key> (edit from support/refund@v1·<key>) @clarity- @length+ @constraint+',
      `promptvault: the amended commit is now ${head}`,
      '',
    ].join('\n'));
    expect(mutations('support/refund').map((m) => [m.version, m.parent_version, m.commit_parents])).toEqual([[1, null, []], [2, 1, [base]]]);
    // The amended commit keeps its message and parent; the index and worktree hold what it holds.
    expect(repo.git(['log', '-1', '--format=%s %P']).stdout.trim()).toBe(`edit (amended) ${base}`);
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
    expect(repo.cli(['check']).code).toBe(0);
  });

  it('gives the next edit the next version, parented on the amended one', () => {
    repo.write('prompts/support/refund.md', REFUND(' Give a ticket reference.'));
    expect(repo.commit('edit again', '2026-01-04', { env: WINDOWS }).code).toBe(0);
    expect(mutations('support/refund').map((m) => [m.version, m.parent_version])).toEqual([[1, null], [2, 1], [3, 2]]);
  });

  it('leaves an amend of the message alone', () => {
    const before = repo.git(['rev-parse', 'HEAD^{tree}']).stdout;
    expect(repo.git(['commit', '-q', '--amend', '-m', 'reworded'], { date: '2026-01-04T11:00:00Z', env: WINDOWS }).code).toBe(0);
    expect(repo.git(['rev-parse', 'HEAD^{tree}']).stdout).toBe(before);
  });
});

describe('an amended clause edit where the hook cannot see the amend (Windows) is audited once, for its net change', () => {
  it('replaces the audit of the replaced commit with one of the amend', () => {
    repo.cleanup();
    repo = createRepo();
    const env = WINDOWS;
    const clause = (body: string) => `---\ntitle: Account numbers\ntone: formal\n---\n${body}\n`;
    repo.write('codex/privacy/account-numbers.md', clause('The assistant must never share account numbers.'));
    expect(repo.commit('add clause', '2026-01-02', { env }).code).toBe(0);
    repo.write('codex/privacy/account-numbers.md', clause('The assistant should never share account numbers.'));
    expect(repo.commit('first wording', '2026-01-03', { env }).code).toBe(0);
    repo.write('codex/privacy/account-numbers.md', clause('The assistant may share account numbers.'));
    const amended = repo.git(['commit', '-q', '-a', '--amend', '-m', 'second wording'], { date: '2026-01-03T11:00:00Z', env });
    expect(amended.code, amended.stderr).toBe(0);
    const audits = repo.filesAtHead('vault/audits/privacy/account-numbers/').map((file) => parse(repo.showHead(file)) as Record<string, any>);
    expect(audits.map((a) => [a.previous_version, a.new_version])).toEqual([
      [null, 'The assistant must never share account numbers.\n'],
      ['The assistant must never share account numbers.\n', 'The assistant may share account numbers.\n'],
    ]);
    expect(audits[1]).toMatchObject({ regression_flag: true });
  });
});


describe('an amend of some paths that leaves staged changes out, where the hook cannot see the amend (Windows)', () => {
  it('changes nothing, says how to fix it, and the fix records one version', () => {
    repo.cleanup();
    repo = createRepo();
    const env = WINDOWS;
    const base = commitPromptAndEdit(repo, env);
    repo.write('prompts/a.md', promptFile({ title: 'A' }, 'Three.'));
    repo.write('notes.txt', 'staged, left out of the amend');
    repo.git(['add', 'notes.txt']);
    const partial = repo.git(['commit', '-q', '--amend', '-m', 'edit (amended)', '--', 'prompts/a.md'], { date: '2026-01-03T11:00:00Z', env });
    expect(partial.code).toBe(0);
    expect(partial.stderr).toContain('promptvault: could not record this amend in the vault');
    expect(partial.stderr).toContain('`git stash`, `git commit --amend --no-edit` (records it again as one version), `git stash pop`');
    expect(repo.git(['stash', '-q']).code).toBe(0);
    const again = repo.git(['commit', '-q', '--amend', '--no-edit'], { date: '2026-01-03T12:00:00Z', env });
    expect(again.code, again.stderr).toBe(0);
    expect(repo.git(['stash', 'pop', '-q']).code).toBe(0);
    expect(mutations('a').map((m) => [m.version, m.parent_version, m.commit_parents])).toEqual([[1, null, []], [2, 1, [base]]]);
    expect(repo.git(['status', '--porcelain']).stdout).toBe('A  notes.txt\n');
    expect(repo.cli(['check']).code).toBe(0);
  });
});

describe('an amend on macOS (no /proc: the hook lists the processes with ps) is recorded by the hook itself', () => {
  it('records one version of the amended commit, and post-rewrite has nothing to put right', () => {
    const { base, amended } = amendTwiceEditedRefund({ PROMPTVAULT_AMEND_PROBE: 'ps' }, []);
    expect(amended.code, amended.stderr).toBe(0);
    expect(amended.stderr).toContain('support/refund v2·');
    expect(amended.stderr).not.toContain('the hook took this amend');
    expect(mutations('support/refund').map((m) => [m.version, m.parent_version, m.commit_parents])).toEqual([[1, null, []], [2, 1, [base]]]);
    // The commit git printed is the one that stands.
    expect(amended.stdout).toContain(`[main ${repo.git(['rev-parse', '--short=7', 'HEAD']).stdout.trim()}]`);
  });
});

