// `diff` and `show` on prompts whose ids hold what paths may hold: an `@` (an npm-style scope
// folder, an address), spaces, quotes, non-Latin letters, a leading `-`. One repository, through
// the real hook (but for the commit that stages only a label file: the hook records nothing for it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
const text = (body: string) => promptFile({ name: 'p', description: 'A prompt' }, body);
const FILES = ['prompts/@billing/refund.md', 'prompts/team@eu/greet.md', 'prompts/a b/"q" ü.md'];

beforeAll(() => {
  repo = createRepo();
  repo.write('.promptvault.yaml', "prompts: ['prompts/**/*.md']\n");
  for (const file of FILES) repo.write(file, text('First text.'));
  expect(repo.commit('add prompts', '2026-03-01').code).toBe(0);
  for (const file of FILES) repo.write(file, text('Second text.'));
  expect(repo.commit('edit prompts', '2026-03-02').code).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('diff and show name prompts whose ids hold an @, spaces, quotes, accents or a leading -', () => {
  for (const id of ['@billing/refund', 'team@eu/greet', 'a b/"q" ü']) {
    it(`diff ${id}@1 compares with its file at HEAD, diff ${id} with itself, show ${id}@1 prints it`, () => {
      const against = repo.cli(['diff', `${id}@1`]);
      expect(against.code, against.stderr).toBe(0);
      expect(against.stdout).toContain('-First text.\n+Second text.\n');
      const same = repo.cli(['diff', id]);
      expect(same.code, same.stderr).toBe(0);
      expect(same.stdout).toMatch(/hold the same text/);
      const shown = repo.cli(['show', `${id}@1`]);
      expect(shown.code, shown.stderr).toBe(0);
      expect(shown.stdout).toBe(text('First text.'));
    });
  }

  it('check\'s commands for a labelled prompt deleted, whose id starts with "-" (prompts/-draft.md), run as printed', () => {
    repo.write('prompts/-draft.md', text('Draft.'));
    expect(repo.commit('add draft', '2026-03-03').code).toBe(0);
    expect(repo.cli(['label', 'set', 'production', '--', '-draft@1']).code).toBe(0);
    expect(repo.commit('production: draft v1', '2026-03-03', { add: false, args: ['--no-verify'] }).code).toBe(0);
    repo.remove('prompts/-draft.md');
    expect(repo.commit('Delete -draft.md', '2026-03-04', { args: ['--no-verify'] }).code).toBe(0);
    const failing = repo.cli(['check']);
    expect(failing.code).toBe(1);
    const fix = /drop it with `promptvault (label rm [^`]+)`, or restore the prompt at that version: `promptvault (show [^`]+) > prompts\/-draft\.md`/.exec(failing.stdout);
    expect(fix, failing.stdout).not.toBeNull();
    const shown = repo.cli(fix![2]!.split(' '));
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toBe(text('Draft.'));
    const dropped = repo.cli(fix![1]!.split(' '));
    expect(dropped.code, dropped.stderr).toBe(0);
  });

  it('an id like a@2 (prompts/a@2.md) beside version 2 of a: diff and show refuse (exit 2) naming both readings and how to write each; alone, a@2 is the file', () => {
    repo.write('prompts/rates@2.md', text('Rates, second edition.'));
    expect(repo.commit('add rates@2', '2026-03-05').code).toBe(0);
    const alone = repo.cli(['diff', 'rates@2']);
    expect(alone.code, alone.stderr).toBe(0);
    expect(alone.stdout).toMatch(/hold the same text/);
    repo.write('prompts/rates.md', text('Rates v1.'));
    expect(repo.commit('add rates', '2026-03-05').code).toBe(0);
    repo.write('prompts/rates.md', text('Rates v2.'));
    expect(repo.commit('edit rates', '2026-03-06').code).toBe(0);
    for (const args of [['diff', 'rates@2'], ['show', 'rates@2'], ['diff', 'rates@1', 'rates@2']]) {
      const both = repo.cli(args);
      expect(both.code, args.join(' ')).toBe(2);
      expect(both.stderr).toMatch(/rates@2: "rates@2" names both the prompt "rates@2" \(for one of its versions write rates@2@1, its latest\) and version 2 of "rates" \(write rates@v2·[0-9a-f]{6}, its label, for that one\)/);
    }
    const label = /rates@(v2·[0-9a-f]{6})/.exec(repo.cli(['show', 'rates@2']).stderr)![1]!;
    const version = repo.cli(['show', `rates@${label}`]);
    expect(version.code, version.stderr).toBe(0);
    expect(version.stdout).toBe(text('Rates v2.'));
    const file = repo.cli(['show', 'rates@2@1']);
    expect(file.code, file.stderr).toBe(0);
    expect(file.stdout).toBe(text('Rates, second edition.'));
  });
});
