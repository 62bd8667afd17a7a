// Node-only: puts records into the index being committed and the working tree, atomically.
import fs from 'node:fs';
import path from 'node:path';
import { fileSystemError } from '../fs-errors.ts';
import { listUntracked, listWorkFiles, stageFiles, type Repo } from '../git/index.ts';
import { parseRecordPath, VAULT_DIR } from './paths.ts';
import type { Checkpoint, Mutation } from '../schema/records.ts';

export interface RecordWrite {
  /** Repository-relative path. */
  path: string;
  content: string;
  /**
   * The checkpoint or mutation `content` serialises, as reading it back gives it: a caller that
   * reads its own records again in the same process (backfill's replay) keeps this instead of
   * parsing the text (record-objects.test.ts holds them equal).
   */
  record?: { kind: 'checkpoint'; value: Checkpoint } | { kind: 'mutation'; value: Mutation };
}

const NOTHING_WRITTEN = 'nothing was written or staged';

/**
 * Writes every record, then stages them all with one atomic index update. All or nothing: every
 * record is first written in full to a temporary file, then each is renamed into place; if any
 * step fails (a full disk, a read-only folder, a locked index) the files already put in place are
 * put back as they were, so a failed run never leaves half a YAML file or half a commit's
 * records. Until the index update, the commit sees none of them.
 *
 * What a killed run (kill -9) left behind in the folders it writes to, record files nobody staged
 * and temporary files, is removed first: the next commit would otherwise write new names beside
 * them, and a later `git add vault` would commit two versions of one change.
 */
export async function writeRecords(repo: Repo, writes: RecordWrite[], removals: string[] = [], options: { listed?: ListedFolders } = {}): Promise<void> {
  const folders = [...new Set(writes.map((write) => `${path.posix.dirname(write.path)}/`))];
  const strays: string[] = [];
  if (folders.length > 0) {
    const listed = options.listed;
    const files = listed && folders.every((folder) => listed.folders.has(folder)) ? await confirmUntracked(repo, readFolders(repo.dir, folders, listed.tracked)) : await listWorkFiles(repo, { pathspecs: folders });
    for (const file of files) {
      // A temporary file is never a record, even once `git add` staged it: it leaves the index too.
      const temp = TEMP_NAME.test(path.posix.basename(file.path));
      if (!temp && (file.tracked || !isLeftover(file.path))) continue;
      quietly(() => fs.rmSync(path.join(repo.dir, file.path), { force: true }));
      if (file.tracked) strays.push(file.path);
    }
  }
  const tempDir = prepareTempDir(repo.dir);
  const runDir = writes.length >= RUN_FOLDER_FROM ? makeRunFolder(tempDir) : undefined;
  let undo: () => void;
  try {
    undo = writeAll(repo.dir, writes, runDir ?? tempDir);
  } finally {
    // Every file in it was renamed into place, or removed by writeAll's failure.
    if (runDir !== undefined) quietly(() => fs.rmSync(runDir, { recursive: true, force: true }));
  }
  try {
    for (const removal of removals) {
      try {
        fs.rmSync(path.join(repo.dir, removal), { force: true });
      } catch (error) {
        throw fileSystemError(error, removal, `remove ${removal}`, NOTHING_WRITTEN);
      }
    }
    await stageFiles(repo, [...writes.map((write) => write.path), ...removals, ...strays]);
  } catch (error) {
    undo();
    throw error;
  }
}

/** Record folders whose index entries the caller listed already (the recorder lists them with the prompts). */
export interface ListedFolders {
  /** Folders ("vault/mutations/<id>/") whose tracked files are all in `tracked`. */
  folders: Set<string>;
  /** Index paths of the files directly in those folders. */
  tracked: Set<string>;
}

/**
 * What `git ls-files --cached --others` says of the folders, from the caller's listing and the
 * folders themselves: one git process fewer on every recording commit (each one reads the whole
 * index). Subfolders (the records of a longer id, `a/b/` in `a/`) are left to their own writes,
 * and an ignored leftover is removed like any other (a record name in a record folder is ours).
 */
function readFolders(dir: string, folders: string[], tracked: Set<string>): { path: string; tracked: boolean }[] {
  const files: { path: string; tracked: boolean }[] = [];
  // Grouped once by folder: a commit of many prompts has many folders and many tracked records.
  const trackedByFolder = new Map<string, string[]>();
  for (const file of tracked) {
    const folder = file.slice(0, file.lastIndexOf('/') + 1);
    const group = trackedByFolder.get(folder);
    if (group) group.push(file);
    else trackedByFolder.set(folder, [file]);
  }
  for (const folder of folders) {
    for (const file of trackedByFolder.get(folder) ?? []) files.push({ path: file, tracked: true });
    let names: fs.Dirent[] = [];
    try {
      names = fs.readdirSync(path.join(dir, folder), { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && (error as NodeJS.ErrnoException).code !== 'ENOTDIR') throw fileSystemError(error, folder, `list ${folder}`, NOTHING_WRITTEN);
    }
    for (const entry of names) {
      const file = `${folder}${entry.name}`;
      if (!entry.isDirectory() && !tracked.has(file)) files.push({ path: file, tracked: false });
    }
  }
  return files;
}

/**
 * vault/.tmp/: temporary files live inside the worktree, on the same file system as the records
 * (a linked worktree elsewhere than its git dir never meets EXDEV, which temporary files under
 * .git did), in a folder that ignores itself, so `git add -A` never stages what a killed run left.
 * Whatever is there is such a leftover: git's index lock lets one hook write at a time.
 */
function prepareTempDir(dir: string): string {
  const tempDir = path.join(dir, VAULT_DIR, '.tmp');
  try {
    fs.mkdirSync(tempDir, { recursive: true });
    for (const name of fs.readdirSync(tempDir)) if (name !== '.gitignore') fs.rmSync(path.join(tempDir, name), { force: true, recursive: true });
    if (!fs.existsSync(path.join(tempDir, '.gitignore'))) fs.writeFileSync(path.join(tempDir, '.gitignore'), '*\n');
  } catch (error) {
    throw fileSystemError(error, `${VAULT_DIR}/.tmp`, `prepare ${VAULT_DIR}/.tmp`, NOTHING_WRITTEN);
  }
  return tempDir;
}

/**
 * From this many records a commit writes its temporary files into a folder of its own in
 * vault/.tmp, made for the run and removed after. ext4 gives a new file an inode in its folder's
 * block group first: vault/.tmp sits in the group of vault/, which the record folders and files
 * fill, and once it is full every file made there searches other groups. On copies of the bench's
 * repositories, 100 files of 800 bytes took 5-20 ms in vault/.tmp and 2.1-3.1 ms in a new folder
 * there (which ext4 places in a group with room), its making included (4 rounds each, two
 * repositories). Below this many, the folder's making and removal cost about what it saves.
 */
const RUN_FOLDER_FROM = 16;

/** A new empty folder in `tempDir` for this run's temporary files; undefined if none can be made (the run then writes into `tempDir`). */
function makeRunFolder(tempDir: string): string | undefined {
  try {
    return fs.mkdtempSync(path.join(tempDir, 'run-'));
  } catch {
    return undefined;
  }
}

/**
 * The files readFolders found on disk but not among the listed records, as git sees them: where
 * the disk ignores case (macOS, Windows), the folder of id `greeting` is the folder of `Greeting`,
 * and listing it shows Greeting's tracked records under the other name. Removed as a killed run's
 * leftovers, they vanished from the disk and the next `git add -A` deleted them from the vault.
 * git (core.ignorecase) knows them as tracked. One git process, only when such files are there.
 */
async function confirmUntracked(repo: Repo, files: { path: string; tracked: boolean }[]): Promise<{ path: string; tracked: boolean }[]> {
  const candidates = files.filter((file) => !file.tracked && parseRecordPath(file.path) !== undefined).map((file) => file.path);
  if (candidates.length === 0) return files;
  const untracked = new Set(await listUntracked(repo, { pathspecs: candidates.map((file) => `:(literal)${file}`) }));
  // A Set: a prompt with thousands of versions has thousands of candidates, each looked up once.
  const asked = new Set(candidates);
  return files.filter((file) => file.tracked || !asked.has(file.path) || untracked.has(file.path));
}

/** An untracked record or temporary file in vault/: only a run that did not finish makes one. */
function isLeftover(file: string): boolean {
  return parseRecordPath(file) !== undefined || TEMP_NAME.test(path.posix.basename(file));
}

/** `.<name>.<pid>.tmp`: hidden, and never a record name, so no reader takes it for one. */
const TEMP_NAME = /^\..+\.\d+\.tmp$/;

function tempOf(file: string, tempDir: string | undefined, i = 0): string {
  return path.join(tempDir ?? path.dirname(file), `.${i}.${path.basename(file)}.${process.pid}.tmp`);
}

/** The temporary file beside `file` that writeFileAtomic renames into place (TEMP_NAME's, so a killed run's is found as a leftover). */
export function tempFileBeside(file: string): string {
  return tempOf(file, undefined);
}

/**
 * Writes all files or none; returns a function that puts back what was there before. Temporary
 * files go to `tempDir`, or beside each file when it is undefined; `left` ends a failure's message.
 */
function writeAll(dir: string, writes: RecordWrite[], tempDir: string | undefined, left = NOTHING_WRITTEN): () => void {
  const temps: string[] = [];
  const removeTemps = () => {
    for (const temp of temps) quietly(() => fs.rmSync(temp, { force: true }));
  };
  for (const [i, write] of writes.entries()) {
    // Numbered: two records of one commit may share a file name in different folders.
    const temp = tempOf(path.join(dir, write.path), tempDir, i);
    try {
      if (tempDir === undefined) ensureFolder(path.dirname(temp));
      temps.push(temp);
      fs.writeFileSync(temp, write.content);
    } catch (error) {
      removeTemps();
      throw fileSystemError(error, write.path, `write ${write.path}`, left);
    }
  }
  // What each renamed file replaced: null for a new file.
  const placed: { file: string; before: Buffer | null }[] = [];
  const undo = () => {
    for (const { file, before } of placed.reverse()) {
      quietly(() => (before === null ? fs.rmSync(file, { force: true }) : fs.writeFileSync(file, before)));
    }
    removeTemps();
  };
  for (const [i, write] of writes.entries()) {
    const file = path.join(dir, write.path);
    try {
      ensureFolder(path.dirname(file));
      const before = fs.existsSync(file) ? fs.readFileSync(file) : null;
      fs.renameSync(temps[i]!, file);
      placed.push({ file, before });
    } catch (error) {
      undo();
      throw fileSystemError(error, write.path, `write ${write.path}`, left);
    }
  }
  return undo;
}

/**
 * writeFileAtomic for files that belong together (a bundle and its types): every one is written,
 * or none changes. Paths are as the user gave them (relative to the working directory).
 */
export function writeFilesAtomic(writes: RecordWrite[]): void {
  writeAll('', writes, undefined, `${writes.map((write) => write.path).join(' and ')} ${writes.length > 1 ? 'were' : 'was'} left as ${writes.length > 1 ? 'they were' : 'it was'}`);
}

// Folders made by this process: backfill writes thousands of records into the same folders.
const madeFolders = new Set<string>();

function ensureFolder(dir: string): void {
  if (madeFolders.has(dir)) return;
  fs.mkdirSync(dir, { recursive: true });
  madeFolders.add(dir);
}

/**
 * Writes to a temporary file beside `file` and renames it into place: readers see the old file or
 * the whole new one, and the rename never crosses file systems. What the machine refuses (a full
 * disk, a read-only folder, a folder in the way) is a UserError naming `shown` (the path as the
 * user knows it; default `file`), and no temporary file is left behind.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array, shown = file): void {
  try {
    ensureFolder(path.dirname(file));
    try {
      replaceWhole(file, content);
    } catch (error) {
      // The folder was made earlier in this process and removed since (a cache folder cleared
      // between two runs in one process): made again, once.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      madeFolders.delete(path.dirname(file));
      ensureFolder(path.dirname(file));
      replaceWhole(file, content);
    }
  } catch (error) {
    throw fileSystemError(error, shown, `write ${shown}`, `${shown} was left as it was`);
  }
}

/**
 * The core of writeFileAtomic, for a caller that reports errors its own way (backfill's writer
 * thread posts them to the main thread) and whose folder stands: a temporary file beside `file`
 * renamed into place, so the file is whole or absent; a failure leaves no temporary file and is
 * thrown as the system gave it.
 */
export function replaceWhole(file: string, content: string | Uint8Array): void {
  const temp = tempFileBeside(file);
  try {
    fs.writeFileSync(temp, content);
    fs.renameSync(temp, file);
  } catch (error) {
    quietly(() => fs.rmSync(temp, { force: true }));
    throw error;
  }
}

/** Clean-up after a failure: its own failure must not hide the error being reported. */
function quietly(step: () => void): void {
  try {
    step();
  } catch {
    // Nothing more can be done here; the error being thrown says what failed first.
  }
}
