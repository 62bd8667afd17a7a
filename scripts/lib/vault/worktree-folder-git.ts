// Node-only (fs, git): the files of one vault folder as the working tree holds them. A sparse
// checkout may leave vault/ out of its cone (the root README allows it: the hook and backfill stage
// records there all the same), and git then keeps those files in the index only (skip-worktree);
// read from the disk alone, `label` saw no label and `review` no audit. Such files are read from
// the index, as git reads them; every other file from the disk, edits not yet staged included.
import fs from 'node:fs';
import path from 'node:path';
import { listSkipWorktree, readBlobs, type Repo } from '../git/index.ts';
import { compareCodeUnits } from '../code-unit-order.ts';

export interface FolderFile {
  /** Repository-relative, with "/". */
  path: string;
  text: string;
}

/**
 * The files in `folder` (repository-relative, no trailing "/"), with those of its sub-folders when
 * `recursive`, sorted by path. Folders and symbolic links are no files here, as for the records.
 */
export async function readWorktreeFolder(repo: Repo, folder: string, { recursive = false }: { recursive?: boolean } = {}): Promise<FolderFile[]> {
  const offDisk = (await listSkipWorktree(repo, { pathspecs: [`${folder}/`] }))
    .filter((entry) => recursive || !entry.path.slice(folder.length + 1).includes('/'));
  const kept = new Set(offDisk.map((entry) => entry.path));
  const files: FolderFile[] = [];
  for (const file of listDiskFiles(repo.dir, folder, recursive)) {
    if (!kept.has(file)) files.push({ path: file, text: fs.readFileSync(path.join(repo.dir, file), 'utf8') });
  }
  const blobs = offDisk.length > 0 ? await readBlobs(repo, offDisk.map((entry) => entry.oid)) : new Map<string, Buffer>();
  for (const entry of offDisk) files.push({ path: entry.path, text: blobs.get(entry.oid)!.toString('utf8') });
  return files.sort((a, b) => compareCodeUnits(a.path, b.path));
}

function listDiskFiles(dir: string, folder: string, recursive: boolean): string[] {
  const full = path.join(dir, folder);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { recursive, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${folder}/${path.relative(full, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`);
}
