// `promptvault repair --no-commit` stages the removal of records that do not belong on the branch
// and leaves the commit to the user. That `git commit` runs the pre-commit hook, which keeps every
// record a commit deletes (a revert's): it would put the dropped records straight back. So repair
// lists what it dropped in the git directory, and the hook lets exactly those go, once.
import fs from 'node:fs';
import path from 'node:path';

const FILE = path.join('promptvault', 'repair-dropped');

export function writeStagedDrops(gitdir: string, files: string[]): void {
  const file = path.join(gitdir, FILE);
  if (files.length === 0) {
    fs.rmSync(file, { force: true });
    return;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, files.map((name) => `${name}\n`).join(''));
}

/** The record files the last `repair --no-commit` dropped; the list is used up by reading it. */
export function takeStagedDrops(gitdir: string): Set<string> {
  const file = path.join(gitdir, FILE);
  if (!fs.existsSync(file)) return new Set();
  const files = new Set(fs.readFileSync(file, 'utf8').split('\n').filter(Boolean));
  fs.rmSync(file, { force: true });
  return files;
}
