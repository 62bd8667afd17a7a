import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCliBundle } from './cli-bundle/build-fs.ts';
import { createRepo, PROJECT_ROOT, type TestRepo } from '../test-utils/repo.ts';

// Exit 70 is for promptvault's bugs only. A copy of build/cli run outside the package (no
// astro.config.mjs, site/ or node_modules beside it) is the user's setup: a clear error, exit 2.

describe('the CLI run as a copy of build/cli outside its package', () => {
  let outside: string;
  let entry: string;
  let repo: TestRepo;
  beforeAll(async () => {
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-copied-cli-'));
    entry = await buildCliBundle(PROJECT_ROOT, path.join(outside, 'cli'));
    repo = createRepo({ hooks: false });
  });
  afterAll(() => {
    fs.rmSync(outside, { recursive: true, force: true });
    repo?.cleanup();
  });
  const run = (args: string[]) => spawnSync(process.execPath, [entry, ...args, '--cwd', repo.dir], { encoding: 'utf8' });

  it('refuses build with what is missing and how to install it, exit 2, not an internal error', () => {
    const result = run(['build', '--out', path.join(outside, 'site')]);
    expect(result.stderr).not.toContain('internal error');
    expect(result.stderr).toMatch(/^promptvault build: cannot find its own package/);
    expect(result.stderr).toContain('astro.config.mjs');
    expect(result.stderr).toMatch(/fix: run promptvault from where npm installed it/);
    expect(result.status).toBe(2);
    expect(fs.existsSync(path.join(outside, 'site'))).toBe(false);
  });

  it('holds no path of the checkout it was built from (a tarball is the same wherever it is packed)', () => {
    const files = fs.readdirSync(path.dirname(entry)).filter((name) => name.endsWith('.js'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) expect(fs.readFileSync(path.join(path.dirname(entry), name), 'utf8')).not.toContain(PROJECT_ROOT);
  });

  it('refuses --version the same way', () => {
    const result = run(['--version']);
    expect(result.stderr).toMatch(/^promptvault: cannot find its own package/);
    expect(result.status).toBe(2);
  });

  it('names a dependency it cannot load (init needs husky) as an incomplete install, exit 2', () => {
    const result = run(['init']);
    expect(result.stderr).not.toContain('internal error');
    expect(result.stderr).toMatch(/^promptvault init: cannot load its dependency "[^"]+"/);
    expect(result.stderr).toMatch(/fix: run promptvault from where npm installed it/);
    expect(result.status).toBe(2);
  });
});
