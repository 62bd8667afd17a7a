import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { writeRecords } from '../../lib/vault/write-fs.ts';

// The hooks run where teams commit: linked worktrees, repositories with hooks of their own, a
// worktree on another file system. `promptvault doctor` says when they will not, and why.

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));
const track = (repo: TestRepo) => (repos.push(repo), repo);

describe('linked worktrees', () => {
  it('a new worktree runs the hooks once `init --hooks` has pointed core.hooksPath at the main worktree', () => {
    const repo = track(createRepo());
    repo.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds.'));
    expect(repo.commit('v1', '2026-01-01').code).toBe(0);
    const tree = `${repo.dir}-wt`;
    repos.push({ ...repo, cleanup: () => fs.rmSync(tree, { recursive: true, force: true }) });
    expect(repo.git(['worktree', 'add', '-q', '-b', 'feature', tree]).code).toBe(0);

    // husky's relative .husky/_ does not exist in the new worktree: doctor says so.
    const before = repo.cli(['doctor', '--cwd', tree]);
    expect(before.code).toBe(1);
    expect(before.stdout).toContain("does not exist in this linked worktree (husky's .husky/_ is made by `npm install`, in the main worktree only)");

    const init = repo.cli(['init', '--hooks']);
    expect(init.code, init.stderr).toBe(0);
    expect(repo.git(['config', 'core.hooksPath']).stdout.trim()).toBe(path.join(repo.dir, '.husky/_'));
    const after = repo.cli(['doctor', '--cwd', tree]);
    expect(after.stdout).toContain('ok  pre-commit: runs promptvault');
    expect(after.code, after.stdout).toBe(0);

    fs.writeFileSync(path.join(tree, 'prompts/refund.md'), promptFile({ title: 'Refund' }, 'Help with refunds, kindly.'));
    const committed = repo.git(['-C', tree, 'commit', '-qam', 'kinder'], { date: '2026-01-02' });
    expect(committed.code, committed.stderr).toBe(0);
    expect(committed.stderr).toMatch(/promptvault: refund v2·[0-9a-f]{6} \(edit from refund@v1·[0-9a-f]{6}\)/);
    expect(repo.cli(['check', '--cwd', tree]).code).toBe(0);
  });

  it('init run in a linked worktree writes the hook files there too and names those to stage, the main worktree\'s apart', () => {
    const repo = track(createRepo({ hooks: false }));
    repo.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds.'));
    expect(repo.commit('v1', '2026-01-01').code).toBe(0);
    const tree = `${repo.dir}-linked`;
    repos.push({ ...repo, cleanup: () => fs.rmSync(tree, { recursive: true, force: true }) });
    expect(repo.git(['worktree', 'add', '-q', '-b', 'adopt', tree]).code).toBe(0);
    const init = repo.cli(['init', '--cwd', tree]);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain('promptvault init: wrote .husky/pre-commit\n');
    expect(init.stdout).toContain(`promptvault init: wrote ${path.join(repo.dir, '.husky/pre-commit')} (the main worktree's: it runs the hooks of every worktree)\n`);
    // Every file named for `git add` (relative to where the command ran) is in the linked worktree.
    const staged = /Stage these files: git add (.*)\n/.exec(init.stdout)![1]!.split(' ').map((file) => path.resolve(repo.dir, file));
    expect(staged.filter((file) => file.endsWith('pre-commit'))).toEqual([path.join(tree, '.husky/pre-commit')]);
    for (const file of staged) expect(fs.existsSync(file), file).toBe(true);
    expect(fs.readFileSync(path.join(tree, '.husky/pre-commit'), 'utf8')).toBe(fs.readFileSync(path.join(repo.dir, '.husky/pre-commit'), 'utf8'));
  });

  it('records are written through vault/.tmp/, never the git dir, so a worktree on another file system never meets EXDEV', async () => {
    const repo = track(createRepo({ hooks: false }));
    // What a rename across file systems does: fail. The git dir may be on another file system
    // (a linked worktree's is under the main repository's .git): no rename may start there.
    const rename = fs.renameSync;
    const spy = vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      if (!String(from).startsWith(path.join(repo.dir, 'vault')) || String(from).startsWith(path.join(repo.dir, '.git'))) throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
      rename(from, to);
    });
    try {
      await writeRecords({ dir: repo.dir, gitdir: path.join(repo.dir, '.git') }, [{ path: 'vault/mutations/refund/0001-0123456789ab.yaml', content: 'prompt: refund\n' }]);
    } finally {
      spy.mockRestore();
    }
    expect(repo.git(['ls-files', 'vault']).stdout.trim()).toBe('vault/mutations/refund/0001-0123456789ab.yaml');
    expect(fs.readdirSync(path.join(repo.dir, 'vault/mutations/refund'))).toEqual(['0001-0123456789ab.yaml']);
    expect(repo.git(['status', '--porcelain']).stdout).not.toContain('.tmp');
  });
});

describe('hooks that were there before', () => {
  it('a repository moved or copied elsewhere: init points core.hooksPath at its own .husky/_, not the old place\'s', () => {
    const repo = track(createRepo());
    // What `cp -r` or `mv` of an adopted repository leaves: the absolute path init wrote there.
    repo.git(['config', 'core.hooksPath', path.join(path.dirname(repo.dir), 'the-old-copy', '.husky', '_')]);
    const init = repo.cli(['init', '--hooks']);
    expect(init.code, init.stderr).toBe(0);
    expect(repo.git(['config', 'core.hooksPath']).stdout.trim()).toBe(path.join(repo.dir, '.husky/_'));
    repo.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds.'));
    const committed = repo.commit('v1', '2026-01-01');
    expect(committed.stderr).toMatch(/promptvault: refund v1·[0-9a-f]{6} \(new\)/);
  });

  it("never replaces a core.hooksPath of the user's: init refuses and says how to chain; npm's prepare warns and goes on", () => {
    const repo = track(createRepo({ hooks: false }));
    repo.write('.githooks/pre-commit', '#!/bin/sh\necho scanning for secrets\n');
    fs.chmodSync(path.join(repo.dir, '.githooks/pre-commit'), 0o755);
    repo.git(['config', 'core.hooksPath', '.githooks']);
    const refused = repo.cli(['init', '--hooks']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('git\'s core.hooksPath is ".githooks": git runs the hooks there (your own, e.g. a secret scanner)');
    expect(refused.stderr).toContain('pre-commit:  npx --no-install promptvault record --hook pre-commit');
    const prepare = repo.cli(['init', '--hooks'], { env: { npm_lifecycle_event: 'prepare' } });
    expect(prepare.code).toBe(0);
    expect(prepare.stderr).toContain('promptvault does not replace them');
    expect(repo.git(['config', 'core.hooksPath']).stdout.trim()).toBe('.githooks');
    const doctor = repo.cli(['doctor']);
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toContain('pre-commit: ');
    expect(doctor.stdout).toContain('does not run promptvault');
    expect(doctor.stdout).toContain('fix: chain promptvault from it: add the line `npx --no-install promptvault record --hook pre-commit`');
  });

  it('chains a .git/hooks/pre-commit that was there, which keeps running before ours', () => {
    const repo = track(createRepo());
    repo.git(['config', '--unset', 'core.hooksPath']);
    repo.write('.git/hooks/pre-commit', '#!/bin/sh\necho "the old hook ran" >&2\n');
    fs.chmodSync(path.join(repo.dir, '.git/hooks/pre-commit'), 0o755);
    const init = repo.cli(['init', '--hooks']);
    expect(init.code, init.stderr).toBe(0);
    expect(repo.read('.husky/pre-commit').split('\n')[0]).toContain('/hooks/pre-commit"; if [ -x "$h" ]; then "$h" "$@"; fi');
    repo.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds.'));
    const committed = repo.commit('v1', '2026-01-01');
    expect(committed.code, committed.stderr).toBe(0);
    expect(committed.stderr).toContain('the old hook ran');
    expect(committed.stderr).toMatch(/promptvault: refund v1·[0-9a-f]{6} \(new\)/);
    // Running init again changes nothing.
    expect(repo.cli(['init', '--hooks']).stdout).toBe('');
  });

  it('doctor says that HUSKY=0 turns every hook off', () => {
    const repo = track(createRepo());
    const doctor = repo.cli(['doctor'], { env: { HUSKY: '0' } });
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toContain('NO  HUSKY=0 is set in this environment: husky skips every hook');
  });
});

describe('a folder without .git', () => {
  it("npm's prepare in a folder without .git (a Docker build's `npm ci`) skips the hooks and lets the install go on; init run by hand still refuses", () => {
    const repo = track(createRepo());
    const copy = fs.mkdtempSync(path.join(path.dirname(repo.dir), 'promptvault-no-git-'));
    repos.push({ ...repo, cleanup: () => fs.rmSync(copy, { recursive: true, force: true }) });
    const prepare = repo.cli(['init', '--hooks', '--cwd', copy], { env: { npm_lifecycle_event: 'prepare' } });
    expect(prepare.code, prepare.stderr).toBe(0);
    expect(prepare.stderr).toBe(`promptvault init --hooks: ${copy} is not inside a git repository (a Docker build, a copy without .git): no git hooks to install, skipped\n`);
    expect(fs.readdirSync(copy)).toEqual([]);
    const byHand = repo.cli(['init', '--hooks', '--cwd', copy]);
    expect(byHand.code).toBe(2);
    expect(byHand.stderr).toContain(`${copy} is not inside a git repository. Run \`git init\` there first`);
  });
});
