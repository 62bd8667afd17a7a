import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, PROJECT_ROOT, promptFile, type TestRepo } from '../../test-utils/repo.ts';

// mimalloc reads its options from the environment once, when rolldown's native binding loads: the
// options promptvault build sets count only if they are in the environment by then. So the real
// build (`promptvault build`, its own process) is watched at the moment Node resolves the binding,
// through a module hook that records the environment there and ends the process (the rest of the
// build proves nothing more).

let temp: string;
let repo: TestRepo;
let hook: string;

beforeAll(() => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-bundler-env-'));
  hook = path.join(temp, 'watch-binding.mjs');
  fs.writeFileSync(hook, `
import fs from 'node:fs';
import { registerHooks } from 'node:module';
registerHooks({
  resolve(specifier, context, next) {
    if (/^@rolldown\\/binding-[^/]+$/.test(specifier)) {
      fs.writeFileSync(process.env.WATCH_OUT, JSON.stringify({ specifier, eager: process.env.MIMALLOC_ARENA_EAGER_COMMIT ?? null, purge: process.env.MIMALLOC_PURGE_DELAY ?? null }));
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

/** The environment `promptvault build` has when rolldown's binding loads. */
function envAtBindingLoad(env: Record<string, string> = {}): { specifier: string; eager: string | null; purge: string | null } {
  const out = path.join(temp, `seen-${Math.random().toString(36).slice(2)}.json`);
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MIMALLOC_')));
  const result = spawnSync(process.execPath, ['--import', hook, path.join(PROJECT_ROOT, 'scripts/cli.ts'), 'build', '--cwd', repo.dir, '--out', path.join(temp, 'site')], {
    encoding: 'utf8', env: { ...clean, ...env, WATCH_OUT: out, PROMPTVAULT_SOURCES: '1' },
  });
  expect(fs.existsSync(out), `the build never loaded rolldown's binding: ${result.stderr}`).toBe(true);
  return JSON.parse(fs.readFileSync(out, 'utf8'));
}

describe('the bundler allocator options a site build sets', () => {
  it('are in the environment when the real build loads rolldown\'s binding: lazy arena commits, immediate purging', () => {
    const seen = envAtBindingLoad();
    expect(seen.specifier).toMatch(/^@rolldown\/binding-/);
    expect(seen).toMatchObject({ eager: '0', purge: '0' });
  });

  it('keep a value the user set', () => {
    expect(envAtBindingLoad({ MIMALLOC_PURGE_DELAY: '250' })).toMatchObject({ eager: '0', purge: '250' });
  });
});
