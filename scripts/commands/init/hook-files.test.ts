import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, PROJECT_ROOT, type TestRepo } from '../../test-utils/repo.ts';

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
