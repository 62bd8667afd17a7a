import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, PROJECT_ROOT, testEnv, type TestRepo } from '../../test-utils/repo.ts';
import { hookLines } from './index.ts';
import { frameworkRepairEntry } from '../../lib/config/post-commit-line.ts';

// Every commit runs the pre-commit hook file before any of promptvault's code: the hook files find
// node and the CLI next to themselves without a program of their own (each `$(dirname "$0")` was a
// forked shell and a `dirname` run, two per commit in this repository's own pre-commit), whether git
// or husky runs them by an absolute or relative path or someone runs one by its bare name.

const made: string[] = [];
const repos: TestRepo[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
  for (const repo of repos) repo.cleanup();
});

/**
 * `hook` copied into a folder's .husky/, beside a node_modules/.bin whose `node` and `promptvault`
 * print how they were called, run by /bin/sh -e (as husky runs it) with a PATH holding nothing
 * else, so that any other program it started would not be found and fail the hook.
 */
function runAlone(text: string): (how: 'absolute' | 'relative' | 'bare') => { code: number | null; stdout: string; stderr: string; root: string } {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pv-hook-files-')));
  made.push(root);
  fs.mkdirSync(path.join(root, '.husky'));
  fs.mkdirSync(path.join(root, 'node_modules/.bin'), { recursive: true });
  fs.writeFileSync(path.join(root, '.husky/hook'), text);
  for (const name of ['node', 'promptvault']) fs.writeFileSync(path.join(root, 'node_modules/.bin', name), `#!/bin/sh\necho "${name} $*"\n`, { mode: 0o755 });
  return (how) => {
    const [cwd, file] = how === 'absolute' ? [os.tmpdir(), path.join(root, '.husky/hook')] : how === 'relative' ? [root, '.husky/hook'] : [path.join(root, '.husky'), 'hook'];
    const result = spawnSync('/bin/sh', ['-e', file], { cwd, encoding: 'utf8', env: { PATH: path.join(root, 'no-programs-here') } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr, root };
  };
}

describe("this repository's own pre-commit hook", () => {
  it('starts node on bin.js beside the hook file and no other program, however it is called', () => {
    const run = runAlone(fs.readFileSync(path.join(PROJECT_ROOT, '.husky/pre-commit'), 'utf8'));
    for (const how of ['absolute', 'relative', 'bare'] as const) {
      const { code, stdout, stderr, root } = run(how);
      expect(code, `${how}: ${stderr}`).toBe(0);
      const [, bin] = /^node (\S+) record --hook pre-commit\n$/.exec(stdout) ?? [];
      expect(bin && path.resolve(how === 'absolute' ? os.tmpdir() : how === 'relative' ? root : path.join(root, '.husky'), bin), how).toBe(path.join(root, 'scripts/bin.js'));
    }
  });
});

describe('the hook files init writes', () => {
  it('run the installed promptvault with no other program, and init keeps the line an earlier init wrote', () => {
    const repo = createRepo({ hooks: false });
    repos.push(repo);
    fs.writeFileSync(path.join(repo.dir, 'package.json'), JSON.stringify({ name: 'our-prompts', private: true }));
    const init = repo.cli(['init', '--hooks']);
    expect(init.code, init.stderr).toBe(0);
    const written = repo.read('.husky/pre-commit');
    const { code, stdout, stderr } = runAlone(written)('absolute');
    expect(code, stderr).toBe(0);
    expect(stdout).toBe('promptvault record --hook pre-commit\n');

    // A hook file of an earlier init (its PATH line through dirname) is still right: kept as it is,
    // not given a second PATH line.
    const earlier = 'export PATH="$(dirname "$0")/../node_modules/.bin:$PATH"\npromptvault record --hook pre-commit\n';
    fs.writeFileSync(path.join(repo.dir, '.husky/pre-commit'), earlier);
    const again = repo.cli(['init', '--hooks']);
    expect(again.code, again.stderr).toBe(0);
    expect(repo.read('.husky/pre-commit')).toBe(earlier);
  });
});

// The pre-commit framework runs an `entry:` split as a shell would (shlex), with nothing set in
// PRE_COMMIT_REWRITE_COMMAND after a commit: as a hook file's line, it runs the same way.
const POST_COMMIT_LINES = [
  { where: "init's hook file", line: hookLines('promptvault')['post-commit']! },
  { where: "the pre-commit framework's promptvault-repair (.pre-commit-hooks.yaml)", line: frameworkRepairEntry({ local: false }) },
  { where: 'its repo: local form (repair README)', line: frameworkRepairEntry({ local: true }) },
];

describe('the post-commit line', () => {
  it.each(POST_COMMIT_LINES)('of $where starts promptvault after a revert or a cherry-pick only, from the reflog file or through git, in a linked worktree too', ({ line }) => {
    // The line, with a promptvault that notes the commit it was started after; git runs it
    // from a hooks folder of its own (core.hooksPath), as husky's runner does.
    const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pv-post-commit-')));
    made.push(root);
    const [hooks, bin, calls] = [path.join(root, 'hooks'), path.join(root, 'bin'), path.join(root, 'calls')];
    fs.mkdirSync(hooks);
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(hooks, 'post-commit'), `#!/bin/sh\n${line}\n`, { mode: 0o755 });
    fs.writeFileSync(path.join(bin, 'promptvault'), `#!/bin/sh\necho "$* after: $(git log -1 --format=%s)" >> '${calls}'\n`, { mode: 0o755 });
    const env = { PATH: `${bin}:${testEnv().PATH}` };
    const run = (cwd: string, args: string[], date = '2026-03-01T10:00:00Z') => {
      const result = spawnSync('git', ['-c', `core.hooksPath=${hooks}`, ...args], { cwd, encoding: 'utf8', env: testEnv({ ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }) });
      expect(result.status, `git ${args.join(' ')}: ${result.stderr}`).toBe(0);
    };
    const story = (dir: string, name: string) => {
      fs.writeFileSync(path.join(dir, `${name}.md`), 'one\n');
      run(dir, ['add', '-A']);
      run(dir, ['commit', '-q', '-m', `add ${name}`]);
      fs.writeFileSync(path.join(dir, `${name}.md`), 'two\n');
      run(dir, ['commit', '-q', '-a', '-m', `edit ${name}`]);
      run(dir, ['commit', '-q', '--amend', '-m', `edit ${name}, amended`]);
      run(dir, ['revert', '--no-edit', 'HEAD']);
      run(dir, ['checkout', '-q', '-b', `side-${name}`]);
      fs.writeFileSync(path.join(dir, `${name}-side.md`), 'side\n');
      run(dir, ['add', '-A']);
      run(dir, ['commit', '-q', '-m', `side ${name}`]);
      run(dir, ['checkout', '-q', '-']);
      run(dir, ['cherry-pick', `side-${name}`]);
      // A commit whose message says "revert:" is no revert.
      run(dir, ['commit', '-q', '--allow-empty', '-m', 'revert: of nothing']);
    };
    const main = path.join(root, 'main');
    run(root, ['init', '-q', '-b', 'main', main]);
    story(main, 'main');
    run(main, ['worktree', 'add', '-q', path.join(root, 'linked'), '-b', 'linked']);
    story(path.join(root, 'linked'), 'linked');
    // A repository whose .git is a file (its git directory elsewhere).
    const separate = path.join(root, 'separate');
    run(root, ['init', '-q', '-b', 'main', `--separate-git-dir=${path.join(root, 'separate.git')}`, separate]);
    story(separate, 'separate');
    expect(fs.readFileSync(calls, 'utf8')).toBe(['main', 'linked', 'separate'].flatMap((name) => [
      `repair --hook post-commit after: Revert "edit ${name}, amended"`,
      `repair --hook post-commit after: side ${name}`,
    ]).map((line) => `${line}\n`).join(''));
  });

  it("is the line this repository's own post-commit runs", () => {
    const own = fs.readFileSync(path.join(PROJECT_ROOT, '.husky/post-commit'), 'utf8').split('\n')[1];
    expect(own).toBe(hookLines('node "$hook_dir/../scripts/bin.js"')['post-commit']);
  });
});
