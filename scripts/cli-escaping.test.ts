import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from './test-utils/repo.ts';

// File names are prompt ids, and a repository's file names are anyone's: one holding an ANSI
// escape (clear the screen) or a right-to-left override must be shown, never run, by the
// commands that print ids for people (init's findings, log, label list).

const ESC = '\u001b[2J';
const RLO = '\u202e';
let repo: TestRepo;
beforeAll(() => {
  repo = createRepo();
  repo.write(`.claude/agents/review${ESC}.md`, promptFile({ name: 'review' }, 'Review the change.'));
  repo.write(`.claude/commands/review${ESC}.md`, promptFile({ description: 'Review' }, 'Review $ARGUMENTS.'));
  expect(repo.commit('agents', '2026-01-01', { env: { HUSKY: '0' } }).code).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('prompt-controlled text in human output', () => {
  it('init prints the files of an id collision escaped, those it widened the glob for and those it warns of', () => {
    const init = repo.cli(['init']);
    expect(init.code, init.stderr).toBe(0);
    // init writes the glob that keeps the two apart, and says so with their ids, escaped.
    expect(init.stdout).toContain('promptvault init: .claude/agents/review\\u{1b}[2J.md and .claude/commands/review\\u{1b}[2J.md would both be the prompt "review\\u{1b}[2J" under their own globs');
    expect(init.stdout).toContain('(agents/review\\u{1b}[2J, commands/review\\u{1b}[2J)');
    expect(init.stdout).not.toContain('\u001b');
    // Globs given that do not keep the two apart: the warning names them, escaped too.
    repo.remove('.promptvault.yaml');
    const given = repo.cli(['init', '--prompts', '.claude/agents/*.md', '--prompts', '.claude/commands/*.md']);
    expect(given.code, given.stderr).toBe(0);
    expect(given.stdout).toContain('promptvault init: warning: .claude/agents/review\\u{1b}[2J.md and .claude/commands/review\\u{1b}[2J.md both give the prompt id "review\\u{1b}[2J"');
    expect(given.stdout).not.toContain('\u001b');
    repo.remove('.promptvault.yaml');
  });

  it('log and label list print an id escaped', () => {
    repo.write('.promptvault.yaml', "prompts: ['.claude/**/*.md']\n");
    repo.write(`.claude/odd${RLO}name.md`, promptFile({ title: 'Odd' }, 'Say hello.'));
    repo.write('.claude/a-much-longer-name.md', promptFile({ title: 'Long' }, 'Say goodbye.'));
    const added = repo.commit('an odd name', '2026-01-02');
    expect(added.code, added.stderr).toBe(0);
    const log = repo.cli(['log', `odd${RLO}name`]);
    expect(log.code, log.stderr).toBe(0);
    expect(log.stdout).toMatch(/^odd\\u\{202e\}name v1·[0-9a-f]{6} {2}2026-01-02 {2}new/);
    expect(log.stdout).not.toContain(RLO);
    const set = repo.cli(['label', 'set', 'production', `odd${RLO}name@1`]);
    expect(set.code, set.stderr).toBe(0);
    expect(repo.cli(['label', 'set', 'qa', 'a-much-longer-name@1']).code).toBe(0);
    const list = repo.cli(['label', 'list']);
    // Columns aligned on the escaped text, as the terminal shows it.
    const lines = list.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^production {2}odd\\u\{202e\}name {5}v1·[0-9a-f]{6}$/);
    expect(lines[1]).toMatch(/^qa {10}a-much-longer-name {2}v1·[0-9a-f]{6}$/);
    expect(lines[0]!.indexOf('v1·')).toBe(lines[1]!.indexOf('v1·'));
    expect(list.stdout).not.toContain(RLO);
  });

  it('review\'s success line prints the clause id escaped', () => {
    const as = (name: string, email: string) => ({ GIT_AUTHOR_NAME: name, GIT_AUTHOR_EMAIL: email, GIT_COMMITTER_NAME: name, GIT_COMMITTER_EMAIL: email });
    const bob = as('Bob', 'bob@example.com');
    const dana = as('Dana', 'dana@example.com');
    repo.write('.promptvault.yaml', "prompts: ['.claude/**/*.md']\nreview:\n  reviewers: [dana@example.com]\n");
    const clause = (when: string) => `---\ntitle: Odd\n---\nThe assistant must tell operators to rotate a leaked key ${when}.\n`;
    repo.write(`codex/odd${RLO}rule.md`, clause('within 24 hours'));
    expect(repo.commit('odd rule', '2026-01-05', { env: bob }).code).toBe(0);
    repo.write(`codex/odd${RLO}rule.md`, clause('within 7 days'));
    expect(repo.commit('relax the odd rule', '2026-01-06', { env: bob }).code).toBe(0);
    const reviewed = repo.cli(['review', `odd${RLO}rule`, '--accept', '--note', 'fine'], { env: dana });
    expect(reviewed.code, reviewed.stderr).toBe(0);
    expect(reviewed.stdout).toMatch(/^promptvault review: accepted audit \S+ of odd\\u\{202e\}rule; vault\/audits\/odd%E2%80%AErule\/\S+ is staged/);
    expect(reviewed.stdout).not.toContain(RLO);
    repo.git(['reset', '-q', '--hard']);
  });

  it('a refusal quoting a commit subject prints it escaped (review of one\'s own clause change)', () => {
    const bob = { GIT_AUTHOR_NAME: 'Bob', GIT_AUTHOR_EMAIL: 'bob@example.com', GIT_COMMITTER_NAME: 'Bob', GIT_COMMITTER_EMAIL: 'bob@example.com' };
    repo.write('.promptvault.yaml', "prompts: ['.claude/**/*.md']\nreview:\n  reviewers: [bob@example.com]\n");
    repo.write('codex/keys.md', '---\ntitle: Keys\n---\nThe assistant must tell operators to rotate a leaked key within 24 hours.\n');
    expect(repo.commit('keys', '2026-01-03', { env: bob }).code).toBe(0);
    repo.write('codex/keys.md', '---\ntitle: Keys\n---\nThe assistant must tell operators to rotate a leaked key within 7 days.\n');
    expect(repo.commit(`relax${ESC}${RLO}`, '2026-01-04', { env: bob }).code).toBe(0);
    const refused = repo.cli(['review', 'keys', '--accept', '--note', 'fine'], { env: bob });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('"relax\\u{1b}[2J\\u{202e}")');
    expect(refused.stderr).not.toContain('\u001b');
    expect(refused.stderr).not.toContain(RLO);
  });
});
