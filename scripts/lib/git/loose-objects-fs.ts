// Node-only: blobs read straight from git's loose object files, in this process. What a commit
// stages is loose until git packs it, and the adoption commit stages thousands of records at once:
// `git cat-file --batch` spends most of its time mapping and unmapping each loose file (measured:
// 20,557 staged records, 5.1 s of CPU in cat-file against 1.5 s read and inflated here). Anything
// not found loose (packed, in an alternate, unreadable) is read by cat-file, as before.
import fs from 'node:fs';
import path from 'node:path';
import { readBlobs, scanBlobs, type Repo } from './index.ts';
import { gitCommonDir } from './common-dir-fs.ts';

/** Contents by blob id: loose objects read here, the rest through one `git cat-file --batch`. */
export async function readBlobsPreferringLoose(repo: Repo, oids: string[]): Promise<Map<string, Buffer>> {
  const blobs = new Map<string, Buffer>();
  const objects = objectsDir(repo);
  const rest: string[] = [];
  const wanted = new Set(oids);
  const loose = looseAmong(objects, wanted);
  for (const oid of wanted) {
    const blob = objects === undefined || !loose(oid) ? undefined : readLooseBlob(objects, oid);
    if (blob) blobs.set(oid, blob);
    else rest.push(oid);
  }
  if (rest.length > 0) for (const [oid, blob] of await readBlobs(repo, rest)) blobs.set(oid, blob);
  return blobs;
}

/** `scanBlobs`, loose objects read here first: each blob is handed to `visit` and not kept. */
export async function scanBlobsPreferringLoose(repo: Repo, oids: string[], visit: (oid: string, blob: Buffer) => void): Promise<void> {
  const objects = objectsDir(repo);
  const rest: string[] = [];
  const wanted = new Set(oids);
  const loose = looseAmong(objects, wanted);
  for (const oid of wanted) {
    const blob = objects === undefined || !loose(oid) ? undefined : readLooseBlob(objects, oid);
    if (blob) visit(oid, blob);
    else rest.push(oid);
  }
  await scanBlobs(repo, rest, visit);
}

/**
 * From this many blobs asked at once, the loose objects are found by listing the fan-out folders
 * they fall in rather than by a stat of each: the adoption commit reads back 39,000 records
 * backfill packed, each a stat finding nothing (0.3-0.8 s of CPU at the bench's 10,000 prompts,
 * bench HISTORY, session 34), where 256 folders list every loose object there is.
 */
const LIST_FOLDERS_FROM = 1024;

/**
 * Which of `oids` may be loose: every one (each is then tried, as before), or for many, those
 * whose file a listing of their fan-out folders shows. An object written after the listing is
 * read by cat-file with the packed ones: the same bytes either way.
 */
function looseAmong(objects: string | undefined, oids: ReadonlySet<string>): (oid: string) => boolean {
  if (objects === undefined || oids.size < LIST_FOLDERS_FROM) return () => true;
  const listed = new Map<string, Set<string>>();
  for (const oid of oids) {
    const fanOut = oid.slice(0, 2);
    if (listed.has(fanOut)) continue;
    let names: string[];
    try {
      names = fs.readdirSync(path.join(objects, fanOut));
    } catch {
      // No such folder (nothing loose there) or unreadable: the objects are asked of cat-file.
      names = [];
    }
    listed.set(fanOut, new Set(names));
  }
  return (oid) => listed.get(oid.slice(0, 2))?.has(oid.slice(2)) === true;
}

/**
 * node:zlib, loaded on the first loose object read: loading it costs 5-9 ms of CPU in a fresh
 * process, and the hook reads the prompts it records from the work tree (worktree-blobs-fs.ts),
 * so a usual commit inflates nothing.
 */
let zlibModule: typeof import('node:zlib') | undefined;
const zlib = () => (zlibModule ??= process.getBuiltinModule('node:zlib'));

const objectDirs = new Map<string, string | undefined>();

/**
 * The objects folder git itself would use, or undefined when the environment redirects the
 * object database (GIT_OBJECT_DIRECTORY, alternates given by environment): then git reads all.
 */
function objectsDir(repo: Repo): string | undefined {
  const env = { ...process.env, ...repo.env };
  if (env.GIT_OBJECT_DIRECTORY || env.GIT_ALTERNATE_OBJECT_DIRECTORIES || env.GIT_QUARANTINE_PATH) return undefined;
  if (!objectDirs.has(repo.gitdir)) {
    // A linked worktree keeps its objects in the main repository's git dir.
    objectDirs.set(repo.gitdir, path.join(gitCommonDir(repo.gitdir), 'objects'));
  }
  return objectDirs.get(repo.gitdir);
}

/** A loose blob's content, or undefined when it is not loose or not a well-formed blob. */
function readLooseBlob(objects: string, oid: string): Buffer | undefined {
  if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(oid)) return undefined;
  const file = path.join(objects, oid.slice(0, 2), oid.slice(2));
  let raw: Buffer;
  try {
    // Most blobs asked for are packed: a stat that finds nothing throws nothing, where a failed
    // read builds an error with its stack (a clause commit asks for 20,000 blobs: about 1 s).
    if (!fs.statSync(file, { throwIfNoEntry: false })) return undefined;
    raw = zlib().inflateSync(fs.readFileSync(file));
  } catch {
    return undefined;
  }
  const nul = raw.indexOf(0);
  const header = nul > 0 && nul < 32 ? raw.subarray(0, nul).toString('latin1') : '';
  const match = /^blob (\d+)$/.exec(header);
  if (!match || Number(match[1]) !== raw.length - nul - 1) return undefined;
  return raw.subarray(nul + 1);
}
