import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { keepFolderInIds } from '../../lib/config/id-collisions.ts';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

// A Claude Code plugin repository: agents/, commands/ and skills/ at its root, beside
// .claude-plugin/. init found `agents/*.md` and `commands/**/*.md`, whose ids are the paths below
// those folders: an agent and a command of one name (`review`) were one prompt, every commit
// touching them blocked, and the folders share no parent to widen the globs over. init now writes
// those globs with their folder in braces (`{agents}/*.md`): a glob's id root is its fixed folder,
// the part before its first wildcard or brace, so the ids keep the folder and both are recorded.

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

const AGENT = promptFile({ name: 'review', description: 'Reviews a pull request' }, 'You review pull requests.');
const COMMAND = promptFile({ description: 'Ask for a review' }, 'Review the current branch.');

describe('init in a plugin repository whose root agent and command share a name', () => {
  it('writes their globs with the folder in braces: both recorded, as agents/review and commands/review, through the hook', () => {
    repo = createRepo();
    repo.write('.claude-plugin/plugin.json', '{"name": "reviewer"}\n');
    repo.write('agents/review.md', AGENT);
    repo.write('commands/review.md', COMMAND);
    repo.write('commands/deploy.md', promptFile({ description: 'Deploy' }, 'Deploy the branch.'));
    const init = repo.cli(['init']);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain('promptvault init: agents/review.md and commands/review.md would both be the prompt "review" under their own globs, so \'{agents}/*.md\' and \'{commands}/**/*.md\' were written for them: a folder in braces stays in the ids (agents/review, commands/review)');
    expect((parse(repo.read('.promptvault.yaml')) as { prompts: string[] }).prompts).toEqual(['{commands}/**/*.md', '{agents}/*.md']);

    const adopt = repo.commit('adopt promptvault', '2026-01-02');
    expect(adopt.code, adopt.stderr).toBe(0);
    expect(adopt.stderr).toMatch(/promptvault: agents\/review v1·[0-9a-f]{6} \(new\)/);
    expect(adopt.stderr).toMatch(/promptvault: commands\/review v1·[0-9a-f]{6} \(new\)/);
    expect(adopt.stderr).toMatch(/promptvault: commands\/deploy v1·[0-9a-f]{6} \(new\)/);
    repo.write('agents/review.md', AGENT.replace('You review', 'You carefully review'));
    const edit = repo.commit('careful reviews', '2026-01-03');
    expect(edit.stderr).toMatch(/promptvault: agents\/review v2·[0-9a-f]{6} \(edit from agents\/review@v1·[0-9a-f]{6}\)/);
    const check = repo.cli(['check']);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('3 prompts');
  });

  it('keeps the globs of a repository already set up, and says how to brace them when given with --prompts', () => {
    repo = createRepo({ hooks: false });
    repo.write('agents/review.md', AGENT);
    repo.write('commands/review.md', COMMAND);
    const given = repo.cli(['init', '--prompts', 'agents/*.md', '--prompts', 'commands/**/*.md']);
    expect(given.code, given.stderr).toBe(0);
    expect(given.stdout).toContain('promptvault init: warning: agents/review.md and commands/review.md both give the prompt id "review"; a commit adding or editing them will be blocked');
    expect(given.stdout).toContain("fix: rename one of them, or write their globs in .promptvault.yaml with the folder in braces, 'agents/*.md' as '{agents}/*.md' and 'commands/**/*.md' as '{commands}/**/*.md' (ids then keep that folder), or narrow the globs");
    const again = repo.cli(['init']);
    expect(again.stdout).toContain('kept the existing .promptvault.yaml');
    expect((parse(repo.read('.promptvault.yaml')) as { prompts: string[] }).prompts).toEqual(['agents/*.md', 'commands/**/*.md']);
    // check (and the hook, by the same rule) names the same fix; committed with the hooks off.
    expect(repo.commit('adopt promptvault', '2026-01-02', { env: { HUSKY: '0' } }).code).toBe(0);
    const check = repo.cli(['check']);
    expect(check.code).toBe(2);
    expect(check.stdout + check.stderr).toContain("in .promptvault.yaml write the globs that take them with their folder in braces ('agents/...' as '{agents}/...': the ids then keep that folder, agents/review, commands/review; the hook records the files whose ids change as moved, lineage kept)");
  });

  it('keepFolderInIds braces the fixed folder, and leaves a glob without one, or with a comma or brace in it', () => {
    expect(keepFolderInIds('agents/*.md')).toBe('{agents}/*.md');
    expect(keepFolderInIds('plugins/x/agents/**/*.md')).toBe('{plugins/x/agents}/**/*.md');
    expect(keepFolderInIds('**/*.prompt')).toBeUndefined();
    expect(keepFolderInIds('a,b/*.md')).toBeUndefined();
  });
});
