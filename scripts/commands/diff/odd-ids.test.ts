// `diff` and `show` on prompts whose ids hold what paths may hold: an `@` (an npm-style scope
// folder, an address), spaces, quotes, non-Latin letters. One repository, through the real hook.
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

describe('diff and show name prompts whose ids hold an @, spaces, quotes or accents', () => {
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
});
