// Test helper (node-only): builds the site of the fixture vault once per test file, into a
// temporary folder, under a base path so every test also checks that links respect it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSite } from '../../commands/build/index.ts';
import { createFixtureVault } from './test-fixture-vault.ts';
import type { TestRepo } from '../../test-utils/repo.ts';

export const FIXTURE_BASE = '/vault-site/';

export interface BuiltFixture {
  repo: TestRepo;
  outDir: string;
  /** Text of a built file, by its path under the output folder. */
  read(file: string): string;
  cleanup(): void;
}

export async function buildFixtureSite(): Promise<BuiltFixture> {
  const repo = createFixtureVault();
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-site-'));
  const outDir = path.join(temp, 'dist');
  await buildSite({ cwd: repo.dir, outDir, base: FIXTURE_BASE, cacheDir: path.join(temp, 'cache'), logLevel: 'error' });
  return {
    repo,
    outDir,
    read: (file) => fs.readFileSync(path.join(outDir, file), 'utf8'),
    cleanup: () => {
      repo.cleanup();
      fs.rmSync(temp, { recursive: true, force: true });
    },
  };
}
