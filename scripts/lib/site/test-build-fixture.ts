// Test helper (node-only): builds the site of the fixture vault once per test file, into a
// temporary folder, under a base path so every test also checks that links respect it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSite } from '../../commands/build/index.ts';
import { createFixtureVault } from './test-fixture-vault.ts';
import type { TestRepo } from '../../test-utils/repo.ts';
import { readAllGridRows } from './grid-shards.ts';
import type { GridRow } from './grid-rows.ts';

export const FIXTURE_BASE = '/vault-site/';

export interface BuiltFixture {
  repo: TestRepo;
  outDir: string;
  /** Text of a built file, by its path under the output folder. */
  read(file: string): string;
  /** Every row of the grid: the manifest prompts/checkpoints.json and the shards it lists. */
  gridRows(): GridRow[];
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
    gridRows: () => readBuiltGridRows(outDir),
    cleanup: () => {
      repo.cleanup();
      fs.rmSync(outDir, { recursive: true, force: true });
      removeAtExit(temp);
    },
  };
}

/** Every grid row of a site built into `outDir`. */
export function readBuiltGridRows(outDir: string): GridRow[] {
  return readAllGridRows<GridRow>((file) => fs.readFileSync(path.join(outDir, file), 'utf8'));
}

/**
 * Astro's content layer saves its data store to the cache folder on a 500 ms debounce timer that
 * a build does not always wait for (never after a failed build); a folder removed before that
 * write lands makes it an unhandled rejection. Removed when the test process exits, no write can
 * land after it, however slow the machine.
 */
export function removeAtExit(folder: string): void {
  process.once('exit', () => fs.rmSync(folder, { recursive: true, force: true }));
}
