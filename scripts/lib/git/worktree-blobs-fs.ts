// Node-only: the staged content of files read from the work tree when it is what the index holds.
// A file just staged is almost always still in the work tree as staged: reading it and hashing it
// as git does (a blob id is the SHA-1 of its header and bytes) proves that, and costs less than
// opening and inflating its loose object (or a `git cat-file` for a packed one). A file that
// differs (edited again after `git add`, converted by attributes or filters on the way in,
// partially staged, a symbolic link, gone) hashes otherwise and is read from the object store, so
// what is returned is always the blob's own bytes.
import fs from 'node:fs';
import path from 'node:path';
import { gitBlobId } from './blob-pack-fs.ts';
import type { Repo } from './index.ts';
import { readBlobsPreferringLoose, scanBlobsPreferringLoose } from './loose-objects-fs.ts';

/** A staged file: its path (repository-relative) and the blob id the index gives it. */
export interface StagedBlob {
  path: string;
  oid: string;
}

/**
 * Up to this many blobs are read from the work tree; more are read from the object store (loose
 * ones here, packed ones by one `git cat-file --batch`). The adoption commit reads back the records
 * backfill staged (packed) for their `commit_parents` line: 20,715 at the bench's 10,000 prompts,
 * an lstat, a read and a SHA-1 each from the work tree 590-640 ms of CPU, against 130-150 ms of
 * git's for all of them in one cat-file (bench HISTORY, session 33). A process is worth it from
 * about a thousand.
 */
export const WORKTREE_READS_UP_TO = 1000;

/**
 * Contents by blob id of `oids`: those of `staged` files whose work-tree file hashes to their id
 * read from the work tree, the rest from the object store (loose here, packed by cat-file); all
 * from the object store past WORKTREE_READS_UP_TO.
 */
export async function readBlobsPreferringWorktree(repo: Repo, oids: string[], staged: ReadonlyMap<string, string>): Promise<Map<string, Buffer>> {
  const wanted = new Set(oids);
  if (wanted.size > WORKTREE_READS_UP_TO) return readBlobsPreferringLoose(repo, [...wanted]);
  const blobs = new Map<string, Buffer>();
  const rest: string[] = [];
  for (const oid of wanted) {
    const file = staged.get(oid);
    const blob = file === undefined ? undefined : readIfStaged(repo.dir, { path: file, oid });
    if (blob) blobs.set(oid, blob);
    else rest.push(oid);
  }
  if (rest.length > 0) for (const [oid, blob] of await readBlobsPreferringLoose(repo, rest)) blobs.set(oid, blob);
  return blobs;
}

/**
 * `scanBlobsPreferringLoose` of the blobs of `files` (a path and the blob id it has in some tree),
 * a blob read from the work tree when the file at one of its paths hashes to its id: the hook's
 * list of front-matter ids reads the prompts the commits since it was saved changed, which the
 * work tree nearly always holds as committed, where their loose objects cost an inflate each (a
 * 50-prompt commit after another: the commit's largest cost of ours after measuring, bench
 * HISTORY session 33). Each blob is handed to `visit` once and not kept.
 */
export async function scanBlobsPreferringWorktree(repo: Repo, files: readonly StagedBlob[], visit: (oid: string, blob: Buffer) => void): Promise<void> {
  const read = new Set<string>();
  const rest = new Set<string>();
  for (const file of files) {
    if (read.has(file.oid)) continue;
    const blob = readIfStaged(repo.dir, file);
    if (!blob) {
      rest.add(file.oid);
      continue;
    }
    read.add(file.oid);
    rest.delete(file.oid);
    visit(file.oid, blob);
  }
  await scanBlobsPreferringLoose(repo, [...rest], visit);
}

/** The work-tree file's bytes when they are the staged blob's, else undefined. */
function readIfStaged(dir: string, { path: file, oid }: StagedBlob): Buffer | undefined {
  // git's paths use "/", and a path that climbs out of the work tree is never read.
  if (file.startsWith('/') || file.split('/').includes('..')) return undefined;
  const full = path.join(dir, file);
  try {
    // lstat: a symbolic link's blob is its target's name, never the file it points to.
    const stat = fs.lstatSync(full, { throwIfNoEntry: false });
    if (!stat?.isFile()) return undefined;
    const content = fs.readFileSync(full);
    // Sizes differ (a SHA-256 repository's ids are longer: gitBlobId is SHA-1) or the bytes do.
    return oid.length === 40 && gitBlobId(content) === oid ? content : undefined;
  } catch {
    // Unreadable (permissions, a folder raced in): the object store has the blob.
    return undefined;
  }
}
