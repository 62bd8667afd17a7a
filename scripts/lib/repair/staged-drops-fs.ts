// `promptvault repair --no-commit` stages the removal of records that do not belong on the branch
// and leaves the commit to the user. That `git commit` runs the pre-commit hook, which keeps every
// record a commit deletes (a revert's): it would put the dropped records straight back. So repair
// lists what it dropped in the git directory, with the HEAD it planned on, and the hook lets
// exactly those go while HEAD is still that commit. The list is not used up by reading it: a
// commit that aborts after the hook (an empty message, a failing commit-msg hook) leaves HEAD
// where it was, and the next attempt must drop the same records; once a commit lands, HEAD has
// moved and the list is stale, so it is ignored and removed (an abandoned repair cannot drop
// records from some later commit).
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../vault/write-fs.ts';

const FILE = path.join('promptvault', 'repair-dropped');

export function writeStagedDrops(gitdir: string, head: string | null, files: string[]): void {
  const file = path.join(gitdir, FILE);
  if (files.length === 0) {
    fs.rmSync(file, { force: true });
    return;
  }
  // Whole or absent: a half-written list would drop a prefix of the records.
  writeFileAtomic(file, [`head ${head ?? 'none'}`, ...files].map((line) => `${line}\n`).join(''));
}

/** The record files the last `repair --no-commit` dropped, while HEAD is the commit it planned on. */
export async function stagedDrops(gitdir: string, currentHead: () => Promise<string | null>): Promise<Set<string>> {
  const file = path.join(gitdir, FILE);
  if (!fs.existsSync(file)) return new Set();
  const [first, ...files] = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
  if (first !== `head ${(await currentHead()) ?? 'none'}`) {
    fs.rmSync(file, { force: true });
    return new Set();
  }
  return new Set(files);
}
