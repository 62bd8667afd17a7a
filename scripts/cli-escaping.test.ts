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
  it('init prints the files of an id collision escaped', () => {
    const init = repo.cli(['init']);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain('promptvault init: warning: .claude/agents/review\\u{1b}[2J.md and .claude/commands/review\\u{1b}[2J.md both give the prompt id "review\\u{1b}[2J"');
    expect(init.stdout).not.toContain('\u001b');
  });

  it('log and label list print an id escaped', () => {
    repo.write('.promptvault.yaml', "prompts: ['.claude/**/*.md']\n");
    repo.write(`.claude/odd${RLO}name.md`, promptFile({ title: 'Odd' }, 'Say hello.'));
    const added = repo.commit('an odd name', '2026-01-02');
    expect(added.code, added.stderr).toBe(0);
    const log = repo.cli(['log', `odd${RLO}name`]);
    expect(log.code, log.stderr).toBe(0);
    expect(log.stdout).toMatch(/^odd\\u\{202e\}name v1·[0-9a-f]{6} {2}2026-01-02 {2}new/);
    expect(log.stdout).not.toContain(RLO);
    const set = repo.cli(['label', 'set', 'production', `odd${RLO}name@1`]);
    expect(set.code, set.stderr).toBe(0);
    const list = repo.cli(['label', 'list']);
    expect(list.stdout).toMatch(/^production {2}odd\\u\{202e\}name {2}v1·[0-9a-f]{6}\n$/);
    expect(list.stdout).not.toContain(RLO);
  });
});
