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
// copy runs it and on the sources as a checkout runs them after a source edit.
const PROBE = `const v8 = process.getBuiltinModule('node:v8');
const set = v8.setFlagsFromString;
let eager = false, mark = 0, seen = null;
const take = () => { if (eager) seen.push(...process.moduleLoadList.slice(mark).filter((name) => name.startsWith('NativeModule ')).map((name) => name.slice(13))); };
v8.setFlagsFromString = function (flag) {
  take();
  if (flag === '--no-lazy') { eager = true; seen ??= []; } else if (flag === '--lazy') eager = false;
  mark = process.moduleLoadList.length;
  return set.call(v8, flag);
};
process.on('exit', () => { take(); process.stderr.write('built-ins after the flag: ' + JSON.stringify(seen) + '\\n'); });`;

describe('a recording commit through the hook', () => {
  let repo: TestRepo;
  let outside: string;
  let installed: string;
  let entry: string;
  beforeAll(async () => {
    // An installed copy (bin.js then runs the bundle), its dependencies this checkout's.
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-eager-compile-'));
    installed = path.join(outside, 'node_modules', 'promptvault');
    entry = await buildCliBundle(PROJECT_ROOT, path.join(installed, 'build/cli'));
    for (const file of ['package.json', 'astro.config.mjs', 'scripts/bin.js', 'scripts/bin-entry.js', 'scripts/eager-compile.js']) fs.cpSync(path.join(PROJECT_ROOT, file), path.join(installed, file));
    for (const folder of ['site', 'node_modules']) fs.symlinkSync(path.join(PROJECT_ROOT, folder), path.join(installed, folder));
    repo = createRepo();
    repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds. You must never promise a date.'));
    expect(repo.commit('add the refund prompt', '2026-01-02').code).toBe(0);
  });
  afterAll(() => {
    repo?.cleanup();
    if (outside) fs.rmSync(outside, { recursive: true, force: true });
  });

  /** Stages an edit of the prompt, runs `args` (node's) as the pre-commit hook, commits; the built-ins loaded while eager. */
  const builtinsAfterTheFlag = (args: string[], env: Record<string, string>, date: string) => {
    repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, `Help with refunds kindly (${date}). You must never promise a date.`));
    repo.git(['add', '-A']);
    const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(PROBE)}`, ...args, 'record', '--hook', 'pre-commit'], {
      cwd: repo.dir, encoding: 'utf8', env: repo.env({ GIT_COMMITTER_DATE: `${date}T10:00:00Z`, NODE_OPTIONS: '', ...env }),
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('support/refund v');
    expect(repo.commit('edit the refund prompt', date, { args: ['--no-verify'] }).code).toBe(0);
    return JSON.parse(/built-ins after the flag: (.*)/.exec(result.stderr)![1]!) as string[] | null;
  };
  // Loaded on their first use, not worth loading on every commit: fs.readFile's context module (the
  // BPE table's read off the main thread, traits/bpe-table-fs.ts) and node:zlib, for a parent
  // version's blob that is loose, as after a commit made without the hook (1.8 ms of CPU to load,
  // 2.5 ms from source under the flag, `node -e`, 30 rounds).
  const LOADED_ON_USE = new Set(['internal/fs/read/context', 'zlib']);
  const OTHER_THAN_LOADED_ON_USE = (names: string[] | null) => names?.filter((name) => !LOADED_ON_USE.has(name));

  it('loads its built-ins before turning lazy compilation off: after it, only two loaded on first use', () => {
    expect(OTHER_THAN_LOADED_ON_USE(builtinsAfterTheFlag([entry], {}, '2026-01-03'))).toEqual([]);
  });

  it('through bin.js as the hooks run it, the same', () => {
    expect(OTHER_THAN_LOADED_ON_USE(builtinsAfterTheFlag([path.join(installed, 'scripts/bin.js')], {}, '2026-01-04'))).toEqual([]);
  });

  it('from the sources (a checkout after a source edit), the same: they take their built-ins without facades', () => {
    const sources = (date: string) => builtinsAfterTheFlag([path.join(PROJECT_ROOT, 'scripts/bin.js')], { PROMPTVAULT_SOURCES: '1' }, date);
    // Once the sources are in the hooks' compile cache: the first run after an edit (or on a cold
    // cache) loads Node's TypeScript parser under the flag to strip what changed.
    sources('2026-01-05');
    expect(OTHER_THAN_LOADED_ON_USE(sources('2026-01-06'))).toEqual([]);
  });
});
