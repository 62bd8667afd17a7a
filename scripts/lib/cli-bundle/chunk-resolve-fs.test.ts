import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCliBundle } from './build-fs.ts';
import { PROJECT_ROOT } from '../../test-utils/repo.ts';
import { RESOLVE_PROBE } from '../../test-utils/resolve-probe.ts';

// The bundle resolves its own chunks itself (own-modules-resolve-fs.ts): Node's resolver, and any hook
// registered before the entry ran (here a probe given with --import, which runs after the
// bundle's own hook), never sees a `./chunk-X.js` import. Other specifiers still reach them.
const PROBE = RESOLVE_PROBE;

describe("the bundled CLI's own chunks", () => {
  let outside: string;
  let entry: string;
  beforeAll(async () => {
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-chunk-resolve-'));
    entry = await buildCliBundle(PROJECT_ROOT, path.join(outside, 'cli'));
  });
  afterAll(() => fs.rmSync(outside, { recursive: true, force: true }));

  /** The specifiers the probe was asked to resolve while `args` ran; the run's result. */
  const probe = (args: string[]) => {
    const out = path.join(outside, 'seen.json');
    const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(PROBE)}`, ...args], {
      encoding: 'utf8', env: { ...process.env, PROBE_OUT: out, NODE_OPTIONS: '' },
    });
    return { result, seen: JSON.parse(fs.readFileSync(out, 'utf8')) as string[] };
  };

  it('are resolved by the bundle itself once its entry runs, and the command works', () => {
    const { result, seen } = probe([entry, '--help']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('promptvault: a git-native prompt registry');
    // The entry itself, and the one chunk it imports statically (before its code runs), are Node's to resolve.
    expect(seen.filter((specifier) => specifier.includes('cli-main-'))).toEqual([]);
    expect(seen.filter((specifier) => /^\.\/(chunks\/)?[\w-]+\.js$/.test(specifier)).length).toBeLessThanOrEqual(1);
  });

  it('are resolved by Node when the entry is not the bundle: the probe sees them then', () => {
    // The same chunk graph entered through a module that is not the bundle's entry.
    const main = fs.readdirSync(path.join(outside, 'cli', 'chunks')).find((name) => name.startsWith('cli-main-'))!;
    const wrapper = path.join(outside, 'cli', 'wrapper.mjs');
    fs.writeFileSync(wrapper, `process.argv.splice(2, Infinity, '--help');\nawait import('./chunks/${main}');\n`);
    const { result, seen } = probe([wrapper]);
    expect(result.status, result.stderr).toBe(0);
    expect(seen.some((specifier) => /^\.\/chunk-[\w-]+\.js$/.test(specifier))).toBe(true);
  });
});
