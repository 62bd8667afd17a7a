// Repositories that several tests and test files build the same way (a helper's fixed history of
// commits through the hook: conflicting-labels.ts's, conflicting-reviews.ts's, clause-history.ts's
// and rejected-change.ts's), built once per test run and copied
// for every later call. Each hooked commit and CLI run is a
// Node process that loads the guard (seconds on the loaded CI machine) where a copy takes
// milliseconds; the history is the same whoever builds it (fixed identity, dates and texts), and
// nothing in a repository names its folder (see copyRepo), so a copy is the repository the caller
// would have built. Kept in the run's folder (run-temp-folder-setup.ts) like repo.ts's fresh
// repositories; without one (a helper run outside Vitest) every call builds.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openRepo, type TestRepo } from './repo.ts';
import { RUN_FOLDER_VARIABLE } from './run-temp-folder-setup.ts';

/** The folder of the run's built repositories, under the run's folder (emptied with it on a watch-mode rerun). */
export const BUILT_REPOS_FOLDER = 'built-repos';

/**
 * What `build` returns, the first time in this run for `key`; afterwards a copy of the repository
 * it built, in a new temporary folder, with the other fields it returned (plain JSON values: ids,
 * commits, a command's output). `key` must name everything the build depends on (the helper and
 * its arguments). The caller owns the repository it gets (its changes and `cleanup` never reach
 * the kept one). Assertions inside `build` run on the first build of the run only.
 */
export function builtOnce<T extends { repo: TestRepo }>(key: string, build: () => T): T {
  const runFolder = process.env[RUN_FOLDER_VARIABLE];
  if (!runFolder) return build();
  const kept = path.join(runFolder, BUILT_REPOS_FOLDER, createHash('sha256').update(key).digest('hex').slice(0, 16));
  if (fs.existsSync(path.join(kept, 'fields.json'))) {
    const fields = JSON.parse(fs.readFileSync(path.join(kept, 'fields.json'), 'utf8')) as Omit<T, 'repo'>;
    return { ...fields, repo: copyOf(path.join(kept, 'repo')) } as unknown as T;
  }
  const made = build();
  keep(kept, made);
  return made;
}

/** A copy of the repository in `dir`, as copyRepo makes one (timestamps kept, links as they are). */
function copyOf(dir: string): TestRepo {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-test-'));
  fs.cpSync(dir, copy, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
  return openRepo(copy);
}

/**
 * Keeps a copy of `made` at `kept`: written beside it, then renamed into place, so another test
 * process sees all of it or none; when two build at once, the second's copy is dropped.
 */
function keep(kept: string, made: { repo: TestRepo }): void {
  const { repo, ...fields } = made;
  const staging = `${kept}.${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  fs.cpSync(repo.dir, path.join(staging, 'repo'), { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
  fs.writeFileSync(path.join(staging, 'fields.json'), JSON.stringify(fields));
  try {
    fs.renameSync(staging, kept);
  } catch (error) {
    if (!['ENOTEMPTY', 'EEXIST'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
