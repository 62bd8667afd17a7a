// Node-only: puts records into the index being committed and the working tree, atomically.
import fs from 'node:fs';
import path from 'node:path';
import { fileSystemError } from '../fs-errors.ts';
import { stageFiles, type Repo } from '../git/index.ts';

export interface RecordWrite {
  /** Repository-relative path. */
  path: string;
  content: string;
}

const NOTHING_WRITTEN = 'nothing was written or staged';

/**
 * Writes every record, then stages them all with one atomic index update. All or nothing: every
 * record is first written in full to a temporary file, then each is renamed into place; if any
 * step fails (a full disk, a read-only folder, a locked index) the files already put in place are
 * put back as they were, so a killed or failed run never leaves half a YAML file or half a commit's
 * records. Until the index update, the commit sees none of them.
 */
export async function writeRecords(repo: Repo, writes: RecordWrite[], removals: string[] = []): Promise<void> {
  // Temporary files live under .git, so a killed run leaves nothing that `git add -A` would pick up.
  const tempDir = path.join(repo.gitdir, 'promptvault', 'tmp');
  const undo = writeAll(repo.dir, writes, tempDir);
  try {
    for (const removal of removals) {
      try {
        fs.rmSync(path.join(repo.dir, removal), { force: true });
      } catch (error) {
        throw fileSystemError(error, removal, `remove ${removal}`, NOTHING_WRITTEN);
      }
    }
    await stageFiles(repo, [...writes.map((write) => write.path), ...removals]);
  } catch (error) {
    undo();
    throw error;
  }
}

/**
 * Writes all files or none; returns a function that puts back what was there before. Each file
 * is written to a temporary name in `tempDir` (same file system) and renamed into place.
 */
function writeAll(dir: string, writes: RecordWrite[], tempDir: string): () => void {
  const temps: string[] = [];
  const removeTemps = () => {
    for (const temp of temps) quietly(() => fs.rmSync(temp, { force: true }));
  };
  for (const [i, write] of writes.entries()) {
    const temp = path.join(tempDir, `${i}.${process.pid}.tmp`);
    try {
      if (i === 0) ensureFolder(tempDir);
      temps.push(temp);
      fs.writeFileSync(temp, write.content);
    } catch (error) {
      removeTemps();
      throw fileSystemError(error, write.path, `write ${write.path}`, NOTHING_WRITTEN);
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
      throw fileSystemError(error, write.path, `write ${write.path}`, NOTHING_WRITTEN);
    }
  }
  return undo;
}

// Folders made by this process: backfill writes thousands of records into the same folders.
const madeFolders = new Set<string>();

function ensureFolder(dir: string): void {
  if (madeFolders.has(dir)) return;
  fs.mkdirSync(dir, { recursive: true });
  madeFolders.add(dir);
}

/**
 * Writes to a temporary file and renames it into place: readers see the old file or the whole new
 * one. `tempDir` must be on the same file system (a folder of the same repository). What the
 * machine refuses (a full disk, a read-only folder, a folder in the way) is a UserError naming
 * `shown` (the path as the user knows it; default `file`), and no temporary file is left behind.
 */
export function writeFileAtomic(file: string, content: string, tempDir?: string, shown = file): void {
  const temp = tempDir ? path.join(tempDir, `${path.basename(file)}.${process.pid}.tmp`) : `${file}.${process.pid}.tmp`;
  try {
    ensureFolder(path.dirname(file));
    if (tempDir) ensureFolder(tempDir);
    fs.writeFileSync(temp, content);
    fs.renameSync(temp, file);
  } catch (error) {
    quietly(() => fs.rmSync(temp, { force: true }));
    throw fileSystemError(error, shown, `write ${shown}`, `${shown} was left as it was`);
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
