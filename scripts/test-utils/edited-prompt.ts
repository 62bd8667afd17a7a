// The history the amend suites amend on top of: prompt `a` added, then edited once.
import { expect } from 'vitest';
import { promptFile, type TestRepo } from './repo.ts';

/** Commits prompts/a.md as "One." ('add a', 2026-01-02), then as "Two." ('edit a', 2026-01-03), both through the hook with `env`; `editArgs` go to the edit's `git commit`. Returns the first commit's sha, the parent the edit's version records. */
export function commitPromptAndEdit(repo: TestRepo, env: Record<string, string>, editArgs: string[] = []): string {
  repo.write('prompts/a.md', promptFile({ title: 'A' }, 'One.'));
  expect(repo.commit('add a', '2026-01-02', { env }).code).toBe(0);
  const base = repo.git(['rev-parse', 'HEAD']).stdout.trim();
  repo.write('prompts/a.md', promptFile({ title: 'A' }, 'Two.'));
  expect(repo.commit('edit a', '2026-01-03', { env, args: editArgs }).code).toBe(0);
  return base;
}
