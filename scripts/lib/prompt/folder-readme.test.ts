import { afterEach, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { classifyPath } from './locate.ts';

// A README.md directly in a glob's fixed folder documents the folder and is no prompt. init writes
// the globs of a plugin repository's root agents/ and commands/ with their folder in braces
// (`{agents}/*.md`) so that ids keep the folder; the README rule read the fixed folder as the part
// before the first brace (none), and agents/README.md became a prompt once the glob was braced.

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

describe("a folder's README.md under a glob with its folder in braces", () => {
  it('is no prompt, as under the same glob unbraced; the files beside it are', () => {
    const plain = { prompts: ['agents/*.md', 'commands/**/*.md'], codex: [] };
    const braced = { prompts: ['{agents}/*.md', '{commands}/**/*.md'], codex: [] };
    for (const config of [plain, braced]) {
      expect(classifyPath('agents/README.md', config)).toBeUndefined();
      expect(classifyPath('commands/readme.md', config)).toBeUndefined();
      expect(classifyPath('agents/review.md', config)).toBe('prompt');
      // Only the folder's own README: one in a subfolder the glob takes is a prompt, braced or not.
      expect(classifyPath('commands/git/README.md', config)).toBe('prompt');
    }
    // Braces with alternatives are no fixed folder: their README stays what it was (a prompt).
    expect(classifyPath('prompts/a/README.md', { prompts: ['prompts/{a,b}/*.md'], codex: [] })).toBe('prompt');
  });

  it('is not recorded in a plugin repository whose globs init braced', () => {
    repo = createRepo();
    repo.write('.claude-plugin/plugin.json', '{"name": "reviewer"}\n');
    repo.write('agents/review.md', promptFile({ name: 'review', description: 'Reviews a pull request' }, 'You review pull requests.'));
    repo.write('agents/README.md', '# Agents\n\nThe agents of this plugin.\n');
    repo.write('commands/review.md', promptFile({ description: 'Ask for a review' }, 'Review the current branch.'));
    const init = repo.cli(['init']);
    expect(init.code, init.stderr).toBe(0);
    expect(repo.read('.promptvault.yaml')).toContain('{agents}/*.md');
    const adopt = repo.commit('adopt promptvault', '2026-01-02');
    expect(adopt.code, adopt.stderr).toBe(0);
    expect(adopt.stderr).toMatch(/promptvault: agents\/review v1·[0-9a-f]{6} \(new\)/);
    expect(adopt.stderr).not.toContain('agents/README');
    const check = repo.cli(['check']);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('2 prompts');
  });
});
