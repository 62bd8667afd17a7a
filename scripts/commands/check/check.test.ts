import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { copyRepo, createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
afterEach(() => repo?.cleanup());

const prompt = (body: string) => promptFile({ title: 'Refund request', assistant: 'support-bot', tags: ['billing'] }, body);

/**
 * A copy, in `repo`, of one prompt file added through the hook ('add', 2026-01-02): tests that
 * start from the same one share one hooked commit per file (a tree of processes; a copy takes
 * milliseconds).
 */
const added = new Map<string, TestRepo>();
afterAll(() => added.forEach((start) => start.cleanup()));
function startWith(file: string, body: string): void {
  const key = `${file}\n${body}`;
  let start = added.get(key);
  if (!start) {
    start = createRepo();
    start.write(file, prompt(body));
    expect(start.commit('add', '2026-01-02').code).toBe(0);
    added.set(key, start);
  }
  repo = copyRepo(start);
}

describe('promptvault check', () => {
  it('passes on a vault the hook kept in step', () => {
    startWith('prompts/support/refund.md', 'Help with refunds.');
    const result = repo.cli(['check']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('promptvault check: 1 prompts, 0 clauses, 1 checkpoints, 1 mutations, 0 audits: ok\n');
  });

  it('warns, without failing, of two ids differing only by letter case committed without the hook, naming both files', () => {
    repo = createRepo();
    repo.write('prompts/support/refund.md', prompt('Help with refunds.'));
    repo.write('prompts/Support/Refund.md', prompt('Help with refunds, shouting.'));
    expect(repo.commit('add both', '2026-01-02', { args: ['--no-verify'] }).code).toBe(0);
    expect(repo.cli(['record', '--all']).code).toBe(0);
    expect(repo.commit('record them', '2026-01-03', { add: false }).code).toBe(0);
    const result = repo.cli(['check']);
    expect(result.code, result.stdout).toBe(0);
    expect(result.stderr).toContain('prompts/support/refund.md: gives the prompt id "support/refund", which differs only by letter case from "Support/Refund" (prompts/Support/Refund.md)');
    expect(result.stderr.match(/id-case-collision|differs only by letter case/g)).toHaveLength(1);
  });

  it('fails with exit 1 after a --no-verify commit, and `record --all` brings it back in step', () => {
    startWith('prompts/support/refund.md', 'Help with refunds.');
    repo.write('prompts/support/refund.md', prompt('Help with refunds. Never promise a date.'));
    repo.write('prompts/support/greet.md', prompt('Say hello.'));
    expect(repo.commit('skip the hook', '2026-01-03', { args: ['--no-verify'] }).code).toBe(0);
    const failing = repo.cli(['check']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('prompts/support/greet.md: has no checkpoint in vault/');
    expect(failing.stdout).toContain('prompts/support/refund.md: differs from its latest recorded version v1');
    expect(failing.stdout).toContain('fix: run `promptvault record --all`, then commit the records it stages');
    const resync = repo.cli(['record', '--all'], { env: { GIT_COMMITTER_DATE: '2026-01-04T10:00:00Z' } });
    expect(resync.code, resync.stderr).toBe(0);
    expect(repo.commit('resync the vault', '2026-01-04', { add: false }).code).toBe(0);
    expect(repo.cli(['check']).code).toBe(0);
  });

  it('fails with exit 2 on an invalid file, listing every problem', () => {
    repo = createRepo();
    // Set up (init's config), so its files are checked: a commit without one is not (not-set-up.test.ts).
    repo.write('.promptvault.yaml', "prompts: ['prompts/**/*.md']\n");
    repo.write('prompts/a.md', '---\ncodex: { not: ids }\n---\nBody\n');
    repo.write('prompts/b.md', promptFile({ title: 'B', forked_from: 'missing' }, 'Body'));
    repo.write('prompts/c.md', '---\ntitle: [oops\n---\nBody\n');
    repo.commit('broken, bypassing the hook', '2026-01-02', { args: ['--no-verify'] });
    const result = repo.cli(['check']);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('prompts/a.md:2: codex: "a mapping" is not a prompt or clause id');
    // What the tools accept is read with a warning (on stderr), never an invalid file.
    expect(result.stderr).toContain('prompts/c.md:2: front matter is not valid YAML');
    expect(result.stdout).not.toContain('prompts/c.md:2');
    expect(result.stdout).toContain('prompts/b.md:3: forked_from names "missing", but no prompt has that id');
  });

  it('fails with exit 2 on a record edited by hand into an invalid one', () => {
    startWith('prompts/a.md', 'Body');
    const [file] = repo.filesAtHead('vault/checkpoints/a/');
    repo.write(file!, repo.read(file!).replace(/^version: 1$/m, 'version: one'));
    repo.commit('hand edit', '2026-01-03', { args: ['--no-verify'] });
    const result = repo.cli(['check']);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/vault\/checkpoints\/a\/0001-[0-9a-f]{12}\.yaml:3: version: Invalid input: expected number, received string/);
    // A label file nested 5,000 deep: one problem in the author's words at the key that nests,
    // where it was two, "Maximum call stack size exceeded" and "Invalid regular expression ... Stack overflow".
    repo.write('vault/labels/production.yaml', `label: production\nprompts: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    repo.commit('hand edit', '2026-01-04', { args: ['--no-verify'] });
    const deep = repo.cli(['check']).stdout.split('\n').filter((line) => line.startsWith('vault/labels/'));
    expect(deep).toEqual(['vault/labels/production.yaml:2: is not valid YAML: its values nest thousands of levels deep, more than the YAML reader follows']);
    // An emptied record says so at line 1, where it read "(top level): Invalid input: expected object, received null" with no line.
    repo.write(file!, '');
    repo.commit('emptied', '2026-01-05', { args: ['--no-verify'] });
    expect(repo.cli(['check']).stdout).toContain(`${file}:1: is empty\n  expected: prompt: support/refund`);
  });

  it('prints GitHub annotations with --format github', () => {
    repo = createRepo();
    repo.write('.promptvault.yaml', "prompts: ['prompts/**/*.md']\n");
    repo.write('prompts/a.md', prompt('Body'));
    repo.commit('no hook', '2026-01-02', { args: ['--no-verify'] });
    const result = repo.cli(['check', '--format', 'github']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error file=prompts/a.md,title=not-recorded::has no checkpoint in vault/');
    // Nothing recorded at all (a repository just adopted): the fix keeps its history.
    const text = repo.cli(['check']);
    expect(text.stdout).toContain('prompts/a.md: has no checkpoint in vault/, which holds no records yet');
    expect(text.stdout).toContain('fix: run `promptvault backfill` to record the history so far');
    // A path holding "," or ":" stays the file property: it cannot end it and set a title of its own.
    repo.write('prompts/b,title=all clear::x.md', prompt('Body'));
    repo.commit('odd name', '2026-01-03', { args: ['--no-verify'] });
    expect(repo.cli(['check', '--format', 'github']).stdout).toContain('::error file=prompts/b%2Ctitle=all clear%3A%3Ax.md,title=not-recorded::');
    // A problem with a line carries it as the line property; the text starts with the message
    // (it began ":3: forked_from ..." where only a problem without a line lost its prefix).
    repo.write('prompts/c.md', promptFile({ title: 'C', forked_from: 'nope' }, 'Body'));
    repo.commit('unknown fork', '2026-01-04', { args: ['--no-verify'] });
    expect(repo.cli(['check', '--format', 'github']).stdout).toContain('::error file=prompts/c.md,line=3,title=fork-unknown::forked_from names "nope", but no prompt has that id%0A  expected: ');
  });
});

describe('promptvault log', () => {
  it('shows the lineage newest first, following a fork into its source', () => {
    startWith('prompts/support/refund.md', 'Help with refunds.');
    repo.write('prompts/support/refund.md', prompt('Help with refunds. You must never promise a refund date.'));
    repo.commit('edit', '2026-01-03');
    repo.write('prompts/vip.md', promptFile({ title: 'VIP', forked_from: 'support/refund' }, 'Help VIP customers with refunds at once.'));
    repo.commit('fork', '2026-01-04');
    const text = repo.cli(['log', 'vip']);
    expect(text.code, text.stderr).toBe(0);
    const lines = text.stdout.trim().split('\n');
    // Each version by its label, `v2·<first 6 hex of its record key>`, parents too.
    expect(lines[0]).toMatch(/^vip v1·[0-9a-f]{6} {2}2026-01-04 {2}fork {4}from support\/refund@v2·[0-9a-f]{6} {2}\d+ tokens \([+-]?\d+\) {2}@fork\b/);
    expect(lines[1]).toMatch(/^ {2}support\/refund v2·[0-9a-f]{6} {2}2026-01-03 {2}edit {4}from v1·[0-9a-f]{6}/);
    expect(lines[2]).toMatch(/^ {2}support\/refund v1·[0-9a-f]{6} {2}2026-01-02 {2}new/);
    const v2Label = lines[1]!.trim().split(' ')[1]!;
    expect(lines[0]).toContain(`support/refund@${v2Label}`);
    const json = JSON.parse(repo.cli(['log', 'vip', '--json']).stdout);
    expect(json.map((entry: { mutation: { prompt: string; version: number } }) => `${entry.mutation.prompt}@${entry.mutation.version}`)).toEqual(['vip@1', 'support/refund@2', 'support/refund@1']);
  });

  it('names the recorded prompts when asked for an unknown one', () => {
    startWith('prompts/a.md', 'Body');
    const result = repo.cli(['log', 'nope']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('promptvault log: no recorded prompt has the id "nope". Recorded prompts: a\n');
  });

  it('names the prompt of that file name first when asked for an id without its folders (a monorepo\'s)', () => {
    repo = createRepo();
    // More than 20 ids, all sorting before the one meant: the list alone would never show it.
    for (let i = 0; i < 21; i++) repo.write(`prompts/apps/bot/a${String(i).padStart(2, '0')}.md`, prompt(`Body ${i}`));
    repo.write('prompts/apps/bot/zz-agents/triage.md', prompt('Sort the tickets'));
    repo.commit('add', '2026-01-02');
    const result = repo.cli(['log', 'triage']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^promptvault log: no recorded prompt has the id "triage"\. Did you mean "apps\/bot\/zz-agents\/triage"\? Recorded prompts: apps\/bot\/a00, /);
    expect(result.stderr).toMatch(/apps\/bot\/a19, \.\.\.\n$/);
  });
});
