// Node-only: puts records into the index being committed and the working tree, atomically.
import fs from 'node:fs';
import path from 'node:path';
import { stageFiles, type Repo } from '../git/index.ts';

export interface RecordWrite {
  /** Repository-relative path. */
  path: string;
  content: string;
}

/**
 * Writes every record, then stages them all with one atomic index update. Each working-tree
 * file is written to a temporary name and renamed, so a killed process never leaves half a YAML
 * file; until the index update, the commit sees none of them.
 */
export async function writeRecords(repo: Repo, writes: RecordWrite[], removals: string[] = []): Promise<void> {
  // Temporary files live under .git, so a killed run leaves nothing that `git add -A` would pick up.
  const tempDir = path.join(repo.gitdir, 'promptvault', 'tmp');
  for (const write of writes) writeFileAtomic(path.join(repo.dir, write.path), write.content, tempDir);
  for (const removal of removals) fs.rmSync(path.join(repo.dir, removal), { force: true });
  await stageFiles(repo, [...writes.map((write) => write.path), ...removals]);
}

// Folders made by this process: backfill writes thousands of records into the same folders.
const madeFolders = new Set<string>();

/**
 * Writes to a temporary file and renames it into place: readers see the old file or the whole new
 * one. `tempDir` must be on the same file system (a folder of the same repository).
 */
export function writeFileAtomic(file: string, content: string, tempDir?: string): void {
  const folder = path.dirname(file);
  for (const dir of tempDir ? [folder, tempDir] : [folder]) {
    if (madeFolders.has(dir)) continue;
    fs.mkdirSync(dir, { recursive: true });
    madeFolders.add(dir);
  }
  const temp = tempDir ? path.join(tempDir, `${path.basename(file)}.${process.pid}.tmp`) : `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, content);
  fs.renameSync(temp, file);
}
