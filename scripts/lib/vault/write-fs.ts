// Node-only: puts records into the index being committed and the working tree, atomically.
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.ts';
import { listWorkFiles, stageFiles, type Repo } from '../git/index.ts';
import { parseRecordPath, VAULT_DIR } from './paths.ts';

export interface RecordWrite {
  /** Repository-relative path. */
  path: string;
  content: string;
}

/**
 * Writes every record, then stages them all with one atomic index update. Each working-tree
 * file is written to a temporary name in vault/.tmp/ and renamed, so a killed process never leaves
 * half a YAML file; until the index update, the commit sees none of them.
 *
 * What a killed run (kill -9, a full disk) left behind in the folders it writes to, record files
 * nobody staged and temporary files, is removed first: the next commit would otherwise write new
 * names beside them, and a later `git add vault` would commit two versions of one change. A write
 * that fails removes what it wrote before failing.
 */
export async function writeRecords(repo: Repo, writes: RecordWrite[], removals: string[] = []): Promise<void> {
  const folders = [...new Set(writes.map((write) => `${path.posix.dirname(write.path)}/`))];
  const strays: string[] = [];
  if (folders.length > 0) {
    for (const file of await listWorkFiles(repo, { pathspecs: folders })) {
      // A temporary file is never a record, even once `git add` staged it: it leaves the index too.
      const temp = TEMP_NAME.test(path.posix.basename(file.path));
      if (!temp && (file.tracked || !isLeftover(file.path))) continue;
      fs.rmSync(path.join(repo.dir, file.path), { force: true });
      if (file.tracked) strays.push(file.path);
    }
  }
  const tempDir = prepareTempDir(repo.dir);
  const created: string[] = [];
  try {
    for (const write of writes) {
      const file = path.join(repo.dir, write.path);
      const existed = fs.existsSync(file);
      writeFileAtomic(file, write.content, tempDir);
      if (!existed) created.push(file);
    }
  } catch (error) {
    for (const file of created) fs.rmSync(file, { force: true });
    const reason = (error as NodeJS.ErrnoException).code === 'ENOSPC' ? 'the disk is full' : (error as Error).message;
    throw new UserError('write-failed', `promptvault: could not write the records (${reason}); nothing was staged and what was written is removed. Free the space or fix the cause, then commit again.`, [], { cause: error });
  }
  for (const removal of removals) fs.rmSync(path.join(repo.dir, removal), { force: true });
  await stageFiles(repo, [...writes.map((write) => write.path), ...removals, ...strays]);
}

/**
 * vault/.tmp/: temporary files live inside the worktree, on the same file system as the records
 * (a linked worktree elsewhere than its git dir never meets EXDEV), in a folder that ignores
 * itself, so `git add -A` never stages what a killed run left. Whatever is there is such a
 * leftover: git's index lock lets one hook write at a time.
 */
function prepareTempDir(dir: string): string {
  const tempDir = path.join(dir, VAULT_DIR, '.tmp');
  fs.mkdirSync(tempDir, { recursive: true });
  for (const name of fs.readdirSync(tempDir)) if (name !== '.gitignore') fs.rmSync(path.join(tempDir, name), { force: true, recursive: true });
  if (!fs.existsSync(path.join(tempDir, '.gitignore'))) fs.writeFileSync(path.join(tempDir, '.gitignore'), '*\n');
  return tempDir;
}

/** An untracked record or temporary file in vault/: only a run that did not finish makes one. */
function isLeftover(file: string): boolean {
  return parseRecordPath(file) !== undefined || TEMP_NAME.test(path.posix.basename(file));
}

/** `.<name>.<pid>.tmp`: hidden, and never a record name, so no reader takes it for one. */
const TEMP_NAME = /^\..+\.\d+\.tmp$/;

// Folders made by this process: backfill writes thousands of records into the same folders.
const madeFolders = new Set<string>();

/**
 * Writes to a temporary file and renames it into place: readers see the old file or the whole new
 * one. The temporary file sits in the same folder (or `tempDir`, a folder of the same worktree),
 * never under the git dir, so the rename does not cross file systems (EXDEV), and a failed write
 * removes it.
 */
export function writeFileAtomic(file: string, content: string, tempDir?: string): void {
  const folder = path.dirname(file);
  if (!madeFolders.has(folder)) {
    fs.mkdirSync(folder, { recursive: true });
    madeFolders.add(folder);
  }
  const temp = path.join(tempDir ?? folder, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, content);
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
