// Test helper (node-only): builds the site of the fixture vault once per test run, under a base
// path so every test also checks that links respect it. The files that read it (build, labels,
// browser) share that one build: the first to ask builds it into the folder the run's global
// setup provides (scripts/test-utils/fixture-site-setup.ts), the others wait for it. A build is
// some 20 s of CPU (the fixture vault's commits through the hook, then Astro). Run outside
// Vitest's global setup, each file builds its own, as before.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { buildSite } from '../../commands/build/index.ts';
import { createFixtureVault } from './test-fixture-vault.ts';
import { openRepo, type TestRepo } from '../../test-utils/repo.ts';
import { waitUntil } from '../../test-utils/wait.ts';
import { SHARED_READY, type SharedReady } from '../../test-utils/fixture-site-setup.ts';
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

/**
 * The fixture vault and its site, built under FIXTURE_BASE. Tests only read them (a test that
 * changes the output works on a copy). `cleanup` removes a build of this file's own; the shared
 * build is removed by the global setup's teardown, once every file is done with it.
 */
export async function buildFixtureSite(): Promise<BuiltFixture> {
  const shared = inject('fixtureSiteDir');
  if (shared) return sharedFixtureSite(shared);
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-site-'));
  const repo = await buildInto(temp);
  return fixtureIn(repo, temp, () => {
    repo.cleanup();
    fs.rmSync(path.join(temp, 'dist'), { recursive: true, force: true });
    removeAtExit(temp);
  });
}

const SHARED_FAILED = 'failed.txt';

async function sharedFixtureSite(dir: string): Promise<BuiltFixture> {
  let builder = true;
  try {
    fs.mkdirSync(path.join(dir, 'building')); // atomic: one file of the run wins and builds
  } catch {
    builder = false;
  }
  if (builder) {
    try {
      const repo = await buildInto(dir);
      fs.writeFileSync(path.join(dir, SHARED_READY), JSON.stringify({ repoDir: repo.dir } satisfies SharedReady));
    } catch (error) {
      fs.writeFileSync(path.join(dir, SHARED_FAILED), error instanceof Error ? (error.stack ?? error.message) : String(error));
      throw error;
    }
  } else {
    // No deadline: a build on a busy machine took over 3 minutes, and the builder always writes
    // one of the two files; a hang is stopped by CI's job timeout, as vitest's hookTimeout 0 says.
    await waitUntil(() => fs.existsSync(path.join(dir, SHARED_READY)) || fs.existsSync(path.join(dir, SHARED_FAILED)), 'the shared fixture site', { deadlineMs: Number.POSITIVE_INFINITY, intervalMs: 250 });
    if (fs.existsSync(path.join(dir, SHARED_FAILED))) throw new Error(`the shared fixture site failed to build in another test file:\n${fs.readFileSync(path.join(dir, SHARED_FAILED), 'utf8')}`);
  }
  const { repoDir } = JSON.parse(fs.readFileSync(path.join(dir, SHARED_READY), 'utf8')) as SharedReady;
  return fixtureIn(openRepo(repoDir), dir, () => {});
}

/** Creates the fixture vault and builds its site into `folder`/dist (Astro's cache in `folder`/cache). */
async function buildInto(folder: string): Promise<TestRepo> {
  const repo = createFixtureVault();
  try {
    await buildSite({ cwd: repo.dir, outDir: path.join(folder, 'dist'), base: FIXTURE_BASE, cacheDir: path.join(folder, 'cache'), logLevel: 'error' });
  } catch (error) {
    repo.cleanup();
    throw error;
  }
  return repo;
}

function fixtureIn(repo: TestRepo, folder: string, cleanup: () => void): BuiltFixture {
  const outDir = path.join(folder, 'dist');
  return {
    repo,
    outDir,
    read: (file) => fs.readFileSync(path.join(outDir, file), 'utf8'),
    gridRows: () => readBuiltGridRows(outDir),
    cleanup,
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
