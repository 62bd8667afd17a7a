import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

// The hook decides from one diff of the staged index whether to load the recorder at all, with
// where prompts live read from a cache of the config. One repository, one story through the real
// hooks: a commit of other files records nothing, and every way a relevant change can be staged
// (a config change that brings new prompts in, a move, a clause edit alone) is still recorded.

let repo: TestRepo;
const commit = (message: string, date: string, env?: Record<string, string>) => {
  const result = repo.commit(message, date, { env });
  expect(result.code, result.stderr).toBe(0);
  expect(result.stdout + result.stderr).not.toContain('internal error');
  return result.stdout + result.stderr;
};
const vaultFiles = () => repo.filesAtHead('vault/').filter((file) => file.endsWith('.yaml')).length;

beforeAll(() => {
  repo = createRepo();
  repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Confirm the order number, then explain the refund policy in plain words.'));
  repo.write('codex/privacy/no-share.md', '---\ntitle: No sharing\ntone: formal\n---\nThe assistant must never share account numbers.\n');
  commit('a prompt and a clause', '2026-01-02');
});
afterAll(() => repo?.cleanup());

describe('the hook on commits that do or do not touch the vault', () => {
  it('records nothing for a commit of other files', () => {
    const before = vaultFiles();
    repo.write('src/app.ts', 'export const answer = 42;\n');
    expect(commit('code only', '2026-01-03')).not.toMatch(/promptvault: /);
    expect(vaultFiles()).toBe(before);
  });

  it('records prompts a config change brings in, in the same commit as the change', () => {
    repo.write('.promptvault.yaml', 'prompts:\n  - prompts/**/*.md\n  - agents/**/*.md\n');
    repo.write('agents/triage.md', promptFile({ title: 'Triage' }, 'Sort incoming tickets by urgency and say why.'));
    expect(commit('agents are prompts too', '2026-01-04')).toMatch(/promptvault: triage v1·[0-9a-f]{6} \(new\)/);
    // And the narrower config again: agents/ is no longer a prompt folder, so its edit records nothing.
    repo.write('.promptvault.yaml', 'prompts:\n  - prompts/**/*.md\n');
    commit('agents are not prompts after all', '2026-01-05');
    repo.write('agents/triage.md', promptFile({ title: 'Triage' }, 'Sort incoming tickets by urgency.'));
    expect(commit('edit outside the prompt folders', '2026-01-06')).not.toMatch(/promptvault: triage/);
  });

  it('records a prompt staged only as a move', () => {
    repo.move('prompts/support/refund.md', 'prompts/billing/refund.md');
    expect(commit('move the refund prompt', '2026-01-07')).toMatch(/promptvault: billing\/refund v2·[0-9a-f]{6} \(rename from support\/refund@v1·[0-9a-f]{6}\)/);
  });

  it('audits a clause edited alone with no listing of the index: the checks and the citations share the cached list of prompts', () => {
    repo.write('codex/privacy/no-share.md', '---\ntitle: No sharing\ntone: formal\n---\nThe assistant should avoid sharing account numbers.\n');
    const trace = path.join(repo.dir, '.git', 'trace-clause.txt');
    expect(commit('soften the clause', '2026-01-08', { GIT_TRACE: trace })).toMatch(/promptvault: audit of privacy\/no-share: FLAGGED/);
    // Neither the prompts (their globs) nor the whole index (no pathspec) are listed; the clause's own audit folder is.
    const listings = fs.readFileSync(trace, 'utf8').split('\n').filter((line) => / (built-in|exec): git ls-files /.test(line));
    expect(listings.filter((line) => /:\(glob\)| --$/.test(line))).toEqual([]);
    expect(listings.length).toBeGreaterThan(0);
    const checked = repo.cli(['check']);
    expect(checked.stdout).toMatch(/unreviewed regression/);
  });

  it('lists nothing from the index when it records prompts, nested ids included', () => {
    // Each git process that reads the index reads all of it, and it grows with the repository: the
    // prompts and their ids come from the cached list of HEAD's files and the staged diff, the
    // staged prompts' record folders from HEAD's tree (read with their records in one cat-file
    // session) and that diff; the lineages and the check for leftovers reuse them. No git process
    // reads it: the diff is a diff-tree of the tree `git commit` cached in the index
    // (index-tree-fs.ts), the records are staged in this process (stage-in-process-fs.ts).
    repo.write('prompts/support/escalate.md', promptFile({ title: 'Escalate' }, 'Hand the ticket to a human when the customer asks twice.'));
    repo.write('prompts/support/escalate/urgent.md', promptFile({ title: 'Urgent' }, 'Page the on-call engineer for outages.'));
    commit('two prompts, one id inside the other', '2026-01-09');
    repo.write('prompts/support/escalate.md', promptFile({ title: 'Escalate' }, 'Hand the ticket to a human when the customer asks twice or is upset.'));
    repo.write('prompts/support/escalate/urgent.md', promptFile({ title: 'Urgent' }, 'Page the on-call engineer for outages and data loss.'));
    const trace = path.join(repo.dir, '.git', 'trace.txt');
    const out = commit('edit both', '2026-01-10', { GIT_TRACE: trace });
    // The hook's line for a version ends at its last tag, or at ")" when it has none (no trailing space).
    expect(out).toMatch(/support\/escalate v2·[0-9a-f]{6} \(edit from support\/escalate@v1·[0-9a-f]{6}\)( @\S+)*$/m);
    expect(out).toMatch(/support\/escalate\/urgent v2·[0-9a-f]{6} \(edit from support\/escalate\/urgent@v1·[0-9a-f]{6}\)( @\S+)*$/m);
    const gitRuns = fs.readFileSync(trace, 'utf8').split('\n').filter((line) => / (built-in|exec): git /.test(line));
    expect(gitRuns.filter((line) => / git ls-files /.test(line))).toHaveLength(0);
    expect(gitRuns.filter((line) => / git (diff-index|update-index|ls-tree) /.test(line)).map((line) => / git ([a-z-]+) /.exec(line)![1])).toEqual([]);
    // HEAD's record folders and the records in them: one `cat-file` session, no `ls-tree`.
    expect(gitRuns.filter((line) => / git cat-file /.test(line))).toHaveLength(1);
    expect(repo.addedInHead('vault/').filter((file) => file.endsWith('.yaml'))).toHaveLength(4);
  });
});
