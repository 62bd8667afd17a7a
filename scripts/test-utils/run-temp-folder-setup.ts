// Vitest global setup (vitest.config.ts, first of the list): one temporary folder per run, made
// TMPDIR for the run's test processes and everything they start, and removed when the run ends.
// Vitest stops a test process with a signal when its file is done (and kills every one of them
// when the run is stopped), so no exit handler of a test process ever runs: whatever a killed
// test, a failed `beforeAll` or a `process.once('exit')` cleanup left (repositories, fixture
// sites, tarballs, caches) is in this folder, and goes with it. A run that was itself killed
// (CI's job timeout, a second Ctrl-C) never reaches its teardown: the next run removes the
// folders of runs whose process is gone. Runs of other checkouts (or users) on the same machine
// keep theirs: a folder is removed only when the process that made it is no longer alive.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { processAlive } from './process-alive.ts';

/** `promptvault-run-<pid of the Vitest process>-<random>`: the pid says whose it is. */
const PREFIX = 'promptvault-run-';

/**
 * The environment variable that names the run's folder, set here in the Vitest process and so
 * in every test process, for the helpers that keep one thing per run in it.
 */
export const RUN_FOLDER_VARIABLE = 'PROMPTVAULT_TEST_RUN_FOLDER';

export default function setup(project: TestProject): () => void {
  const parent = os.tmpdir();
  removeFoldersOfEndedRuns(parent);
  const dir = fs.mkdtempSync(path.join(parent, `${PREFIX}${process.pid}-`));
  const previous = process.env.TMPDIR;
  // Set before Vitest starts its test processes, which take this process's environment: their
  // os.tmpdir() is the run's folder, and so is that of every git, hook, CLI, npm and Chromium they
  // start (repo.ts's testEnv passes TMPDIR on).
  process.env.TMPDIR = dir;
  // Named for the helpers that keep one thing per run in it (repo.ts's fresh repositories); the
  // tests' git, hooks and CLI never see it (inheritedEnv drops PROMPTVAULT_*).
  process.env[RUN_FOLDER_VARIABLE] = dir;
  // In watch mode a rerun may follow an edit of the hooks: what was kept per run is made again
  // (fresh repositories, and the histories built-once.ts keeps, folder named there).
  project.onTestsRerun(() => {
    for (const kept of ['fresh-repos', 'built-repos']) fs.rmSync(path.join(dir, kept), { recursive: true, force: true });
  });
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    delete process.env[RUN_FOLDER_VARIABLE];
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

/** Removes the run folders in `parent` whose Vitest process has ended (it was killed before its teardown). */
export function removeFoldersOfEndedRuns(parent: string): string[] {
  const removed: string[] = [];
  for (const entry of fs.readdirSync(parent)) {
    const pid = Number(new RegExp(`^${PREFIX}(\\d+)-`).exec(entry)?.[1]);
    if (!pid || pid === process.pid || processAlive(pid)) continue;
    fs.rmSync(path.join(parent, entry), { recursive: true, force: true });
    removed.push(entry);
  }
  return removed;
}
