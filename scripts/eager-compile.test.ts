import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileEagerlyInHooks, isHookRun } from './eager-compile.js';
import { buildCliBundle } from './lib/cli-bundle/build-fs.ts';
import { createRepo, PROJECT_ROOT, promptFile, type TestRepo } from './test-utils/repo.ts';

// A hook run compiles the CLI's functions with their modules, so that Node's compile cache holds
// them (eager-compile.js). Two things make that pay rather than cost: the hooks' cache has a folder
// of its own (other commands, compiling lazily, would reject its entries and it theirs), and the
// built-ins a recording commit uses are loaded before the flag (V8 compiles a built-in loaded
// after it from source, Node's shipped code being for the default flags).

const MODULE = pathToFileURL(path.join(PROJECT_ROOT, 'scripts/eager-compile.js')).href;

describe('which runs compile eagerly', () => {
  it('the git hooks\' `record --hook NAME`, and no other command', () => {
    expect(isHookRun(['node', 'bin.js', 'record', '--hook', 'pre-commit'])).toBe(true);
    expect(isHookRun(['node', 'bin.js', 'record', '--hook=pre-merge-commit'])).toBe(true);
    expect(isHookRun(['node', 'bin.js', '--cwd', 'x', 'record', '--hook', 'pre-commit'])).toBe(true);
    expect(isHookRun(['node', 'bin.js', 'record', '--all'])).toBe(false);
    expect(isHookRun(['node', 'bin.js', 'check'])).toBe(false);
    expect(isHookRun(['node', 'bin.js', 'repair', '--hook', 'post-commit'])).toBe(false);
    expect(compileEagerlyInHooks(['node', 'bin.js', 'check'])).toBe(false);
  });

  it("keeps a hook run's compile cache in a folder apart from other commands'", () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-eager-cache-'));
    try {
      // As bin.js and cli.ts do: the flag (or not), then the cache, then a module compiled into it.
      const run = (argv: string[]) => {
        const script = `const { compileEagerlyInHooks } = await import(${JSON.stringify(MODULE)});
compileEagerlyInHooks(${JSON.stringify(argv)});
process.getBuiltinModule('node:module').enableCompileCache(${JSON.stringify(cache)});
await import('data:text/javascript,export const f = () => 1;');
await import(${JSON.stringify(pathToFileURL(path.join(PROJECT_ROOT, 'scripts/bin-entry.js')).href)});`;
        const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, NODE_COMPILE_CACHE: '' } });
        expect(result.status, result.stderr).toBe(0);
        return fs.readdirSync(cache).sort();
      };
      const afterOther = run(['node', 'bin.js', 'check']);
      expect(afterOther).toHaveLength(1);
      const afterHook = run(['node', 'bin.js', 'record', '--hook', 'pre-commit']);
      expect(afterHook).toHaveLength(2);
      expect(fs.readdirSync(path.join(cache, afterHook.find((folder) => !afterOther.includes(folder))!))).not.toHaveLength(0);
    } finally {
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });
});

// What a recording commit loads of Node's built-ins once the flag is set: each would be compiled
// from source. Read through a probe that wraps the flag's setter, on the bundle as an installed
// copy runs it (the sources import built-ins as ES modules, whose facades load more).
const PROBE = `const v8 = process.getBuiltinModule('node:v8');
const set = v8.setFlagsFromString;
let at = -1;
v8.setFlagsFromString = function (flag) { if (flag === '--no-lazy' && at < 0) at = process.moduleLoadList.length; return set.call(v8, flag); };
process.on('exit', () => process.stderr.write('built-ins after the flag: ' + JSON.stringify(at < 0 ? null : process.moduleLoadList.slice(at).filter((name) => name.startsWith('NativeModule ')).map((name) => name.slice(13))) + '\\n'));`;

describe('a recording commit through the hook', () => {
  let repo: TestRepo;
  let outside: string;
  let entry: string;
  beforeAll(async () => {
    // Inside the package, so that the bundle finds its package.json as an installed copy does.
    fs.mkdirSync(path.join(PROJECT_ROOT, 'build'), { recursive: true });
    outside = fs.mkdtempSync(path.join(PROJECT_ROOT, 'build', 'eager-compile-test-'));
    entry = await buildCliBundle(PROJECT_ROOT, path.join(outside, 'cli'));
    repo = createRepo();
    repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds. You must never promise a date.'));
    expect(repo.commit('add the refund prompt', '2026-01-02').code).toBe(0);
  });
  afterAll(() => {
    repo?.cleanup();
    if (outside) fs.rmSync(outside, { recursive: true, force: true });
  });

  it('loads its built-ins before turning lazy compilation off: after it, only the async file read\'s context', () => {
    repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds kindly. You must never promise a date.'));
    repo.git(['add', '-A']);
    const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(PROBE)}`, entry, 'record', '--hook', 'pre-commit'], {
      cwd: repo.dir, encoding: 'utf8', env: repo.env({ GIT_COMMITTER_DATE: '2026-01-03T10:00:00Z', NODE_OPTIONS: '' }),
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('support/refund v2');
    const after = JSON.parse(/built-ins after the flag: (.*)/.exec(result.stderr)![1]!) as string[] | null;
    // fs.readFile (the BPE table's read off the main thread, traits/bpe-table-fs.ts) loads its
    // context module on its first call: one small module.
    expect(after?.filter((name) => name !== 'internal/fs/read/context')).toEqual([]);
  });
});
