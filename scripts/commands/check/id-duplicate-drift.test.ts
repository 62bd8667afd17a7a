// Two files that give one id (an agent and a slash command of one name under their own globs) are
// one problem for `check`, id-duplicate with its fix, not also "changed without the hook": the
// records of that id match at most one of the two files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
let checked: { code: number; stdout: string };

beforeAll(() => {
  repo = createRepo({ hooks: false });
  repo.write('.claude/agents/review.md', promptFile({ name: 'review', description: 'Reviews diffs' }, 'You review the diff for bugs.'));
  repo.write('.claude/commands/review.md', promptFile({ description: 'Review the current diff' }, 'Review the staged changes and list the risks.'));
  expect(repo.commit('agents and commands', '2026-01-02').code).toBe(0);
  repo.write('.promptvault.yaml', "prompts: ['.claude/agents/**/*.md', '.claude/commands/**/*.md']\n");
  expect(repo.cli(['backfill']).code).toBe(0);
  expect(repo.commit('Adopt promptvault', '2026-01-03').code).toBe(0);
  checked = repo.cli(['check']);
});
afterAll(() => repo?.cleanup());

describe('check on two files giving one id', () => {
  it('reports the id-duplicate with its fix, and no drift of either file', () => {
    expect(checked.code).toBe(2);
    expect(checked.stdout).toContain('.claude/commands/review.md: gives the prompt id "review", which .claude/agents/review.md already has');
    expect(checked.stdout).not.toContain('changed without the hook');
    expect(checked.stdout).not.toContain('committed without the hook');
    expect(checked.stdout).toMatch(/: 1 invalid, 0 out of sync, 0 unreviewed regression\(s\)\n$/);
  });
});
