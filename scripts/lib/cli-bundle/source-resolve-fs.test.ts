import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../test-utils/repo.ts';
import { RESOLVE_PROBE } from '../../test-utils/resolve-probe.ts';

// Run from its TypeScript sources, the CLI resolves its own modules' relative `.ts` imports itself
// (own-modules-resolve-fs.ts): Node's resolver, and any hook registered before scripts/cli.ts ran (here
// a probe given with --import, which runs after the CLI's own hook), never sees them once cli.ts
// has run; what it imports before its body runs, and every other specifier, still reach them.
const PROBE = RESOLVE_PROBE;
/** What scripts/cli.ts imports before its body turns the hooks on, and what those import. */
const BOOTSTRAP = ['./lib/cli-bundle/vendored-deps-fs.ts', './lib/cli-bundle/own-modules-resolve-fs.ts', './lib/cli-bundle/source-builtins-fs.ts', './builtin-imports.ts', './builtin-module-source.ts'];

describe("the CLI's own modules, run from the sources", () => {
  let outside: string;
  beforeAll(() => {
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-source-resolve-'));
  });
  afterAll(() => fs.rmSync(outside, { recursive: true, force: true }));

  /** The specifiers the probe was asked to resolve while `entry --help` ran from the sources; the run's result. */
  const probe = (entry: string) => {
    const out = path.join(outside, 'seen.json');
    const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(PROBE)}`, entry, '--help'], {
      cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, PROBE_OUT: out, NODE_OPTIONS: '', PROMPTVAULT_SOURCES: '1' },
    });
    return { result, seen: JSON.parse(fs.readFileSync(out, 'utf8')) as string[] };
  };

  it('are resolved by the CLI itself once scripts/cli.ts runs, and the command works', () => {
    const { result, seen } = probe(path.join(PROJECT_ROOT, 'scripts/bin.js'));
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Usage: promptvault <command> [options]');
    // cli.ts's own static imports (and theirs) are resolved before its body runs; nothing after them.
    // (The sources' static `node:` imports are answered by source-builtins-fs.ts since session 25,
    // and tested there.)
    const ours = seen.filter((specifier) => specifier.startsWith('.') && specifier.endsWith('.ts'));
    expect(ours.every((specifier) => BOOTSTRAP.includes(specifier)), ours.join(' ')).toBe(true);
  });

  it('are resolved by Node when the graph is entered elsewhere than scripts/cli.ts: the probe sees them then', () => {
    const wrapper = path.join(outside, 'wrapper.mjs');
    fs.writeFileSync(wrapper, `process.argv.splice(2, Infinity, '--help');\nawait import(${JSON.stringify(path.join(PROJECT_ROOT, 'scripts/cli-main.ts'))});\n`);
    const { result, seen } = probe(wrapper);
    expect(result.status, result.stderr).toBe(0);
    expect(seen).toContain('./cli-commands.ts');
  });
});
