import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, PROJECT_ROOT, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { BUILD_SEMI_SPACE_MB, youngGenerationFlags } from './young-generation-fs.ts';

// The process that builds is watched where it starts bundling (Node resolving rolldown's binding,
// as bundler-memory.test.ts does): a module hook records its Node flags and process id
// there, then ends it (the rest of the build proves nothing more).

let temp: string;
let repo: TestRepo;
let hook: string;

beforeAll(() => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-young-gen-'));
  hook = path.join(temp, 'watch-binding.mjs');
  fs.writeFileSync(hook, `
import fs from 'node:fs';
import { registerHooks } from 'node:module';
registerHooks({
  resolve(specifier, context, next) {
    if (/^@rolldown\\/binding-[^/]+$/.test(specifier)) {
      fs.writeFileSync(process.env.WATCH_OUT, JSON.stringify({ execArgv: process.execArgv, pid: process.pid }));
      process.exit(0);
    }
    return next(specifier, context);
  },
});
`);
  repo = createRepo({ hooks: false });
  repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds.'));
  expect(repo.commit('add a prompt', '2026-01-02').code).toBe(0);
});
afterAll(() => {
  fs.rmSync(temp, { recursive: true, force: true });
  repo?.cleanup();
});

/** The Node flags and process id of the process that bundles the site, and the pid `promptvault build` was started as. */
async function buildingProcess(env: Record<string, string> = {}): Promise<{ execArgv: string[]; pid: number; started: number; code: number | null }> {
  const out = path.join(temp, `seen-${Math.random().toString(36).slice(2)}.json`);
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_OPTIONS'));
  const child = spawn(process.execPath, ['--import', hook, path.join(PROJECT_ROOT, 'scripts/cli.ts'), 'build', '--cwd', repo.dir, '--out', path.join(temp, 'site')], {
    env: { ...clean, ...env, WATCH_OUT: out, PROMPTVAULT_SOURCES: '1' }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  expect(fs.existsSync(out), `the build never loaded rolldown's binding: ${stderr}`).toBe(true);
  return { ...JSON.parse(fs.readFileSync(out, 'utf8')), started: child.pid!, code };
}

describe('the young generation of a site build', () => {
  it('is capped: the build runs in a process started with 16 MB semi-spaces, and its exit code is the command\'s', async () => {
    const seen = await buildingProcess();
    expect(seen.execArgv).toContain(`--max-semi-space-size=${BUILD_SEMI_SPACE_MB}`);
    expect(seen.pid).not.toBe(seen.started);
    expect(seen.code).toBe(0);
  });

  it('is left as the user set it in NODE_OPTIONS: no second process', async () => {
    const seen = await buildingProcess({ NODE_OPTIONS: '--max-semi-space-size=32' });
    expect(seen.execArgv).not.toContain(`--max-semi-space-size=${BUILD_SEMI_SPACE_MB}`);
    expect(seen.pid).toBe(seen.started);
  });

  it('takes the flag from the command line or NODE_OPTIONS, in either spelling', () => {
    expect(youngGenerationFlags([], undefined)).toEqual([`--max-semi-space-size=${BUILD_SEMI_SPACE_MB}`]);
    expect(youngGenerationFlags(['--import', 'x.mjs'], '--enable-source-maps')).toEqual([`--max-semi-space-size=${BUILD_SEMI_SPACE_MB}`]);
    expect(youngGenerationFlags(['--max-semi-space-size=8'], undefined)).toBeUndefined();
    expect(youngGenerationFlags(['--max_semi_space_size=8'], undefined)).toBeUndefined();
    expect(youngGenerationFlags([], '--trace-gc --max-semi-space-size=64')).toBeUndefined();
  });
});
