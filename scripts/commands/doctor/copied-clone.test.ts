// init points core.hooksPath at the main worktree's .husky/_ by its absolute path (linked
// worktrees find it so). A clone copied to another folder (`cp -a`, a backup restored elsewhere)
// keeps that path: its commits ran the first folder's hooks and installed promptvault, and doctor
// said "ok" (seen on an installed copy, session 27). Moved, the folder is gone: doctor said so already.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, openRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

describe('a clone copied to another folder', () => {
  it('doctor names the other folder\'s hooks, and `init --hooks` in the copy points them home', () => {
    const repo = createRepo();
    repos.push(repo);
    repo.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds.'));
    expect(repo.commit('v1', '2026-01-01').code).toBe(0);
    expect(repo.cli(['init', '--hooks']).code).toBe(0);
    expect(repo.cli(['doctor']).code).toBe(0);

    const copyDir = `${repo.dir}-copy`;
    fs.cpSync(repo.dir, copyDir, { recursive: true, verbatimSymlinks: true });
    const copy = openRepo(copyDir);
    repos.push(copy);
    const before = copy.cli(['doctor']);
    expect(before.code, before.stdout).toBe(1);
    expect(before.stdout).toContain(`NO  core.hooksPath points at the hooks of another folder, ${repo.dir}, not this repository's ${path.join(copyDir, '.husky/_')} (a clone copied or moved from there keeps init's absolute path): that folder's hooks and its promptvault record this repository's commits`);
    expect(before.stdout).toContain('fix: run `npx promptvault init --hooks` in the main worktree');

    expect(copy.cli(['init', '--hooks']).code).toBe(0);
    expect(copy.git(['config', 'core.hooksPath']).stdout.trim()).toBe(path.join(copyDir, '.husky/_'));
    const after = copy.cli(['doctor']);
    expect(after.code, after.stdout).toBe(0);
    // The original is still its own.
    expect(repo.cli(['doctor']).code).toBe(0);
  });
});
