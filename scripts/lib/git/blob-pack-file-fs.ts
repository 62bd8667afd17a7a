// Node-only (file system, hashing): writes a pack of blobs whose ids the caller has, and its index,
// straight into the repository's pack folder, without `git index-pack`. backfill's record packs
// (blob-pack-fs.ts started index-pack for each save's records) cost the replay's thread a fork of
// a process holding over a gigabyte each time (about 45 ms, seven times a run, measured) and git
// its reading of the pack; written here, on backfill's writer thread, they cost neither. Only
// where nothing could make git's objects differ (packsWritableHere): otherwise index-pack does it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { gitCommonDir } from './common-dir-fs.ts';
import { packIndexBody, type PackIndexEntry } from './pack-index.ts';
import { storedZlib } from './stored-zlib.ts';

/** git's object type numbers in a pack entry's header. */
const BLOB = 3;
const TREE = 2;

/** A blob to pack and its id (git's SHA-1 of it, which the caller computed: it is not checked here); a tree's content with `tree: true` (backfill's vault/ folders). */
export interface KnownBlob {
  oid: string;
  bytes: Uint8Array;
  tree?: boolean;
}

// Settings and variables under which a pack written here could be wrong or misplaced: another
// hash (objectformat), group-writable files (sharedrepository), objects elsewhere.
const SETTINGS = /objectformat|sharedrepository|\binclude/i;
const ELSEWHERE = ['GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_QUARANTINE_PATH', 'GIT_CONFIG_PARAMETERS', 'GIT_CONFIG_COUNT', 'GIT_DEFAULT_HASH'];

/**
 * The folder this process may write packs into itself (the common git dir's `objects/pack`), or
 * null when git should write them: objects redirected by the environment, or a setting in the
 * repository's config that changes what an object id or a pack file is (a word anywhere in it,
 * even a comment, is enough).
 */
export function packsWritableHere(repo: { gitdir: string; env?: Record<string, string | undefined> }): string | null {
  const env = { ...process.env, ...repo.env };
  if (ELSEWHERE.some((name) => env[name] !== undefined && env[name] !== '')) return null;
  const common = gitCommonDir(repo.gitdir);
  let config: string;
  try {
    config = fs.readFileSync(path.join(common, 'config'), 'utf8');
  } catch {
    return null;
  }
  if (SETTINGS.test(config)) return null;
  const folder = path.join(common, 'objects', 'pack');
  return fs.existsSync(folder) ? folder : null;
}

/**
 * Writes `blobs` (an id given twice is stored once) as one pack with its index into `packDir`, each
 * file written under a temporary name, flushed to disk (as index-pack does by default; not with
 * `flush: false`, for a pack standing for loose objects, which git does not flush) and renamed
 * into place, the index last: git sees the pack only once both are whole. Returns the pack's name
 * and how many objects it holds; throws what the file system refused (no temporary file is left).
 */
export function writeBlobPackFile(packDir: string, blobs: Iterable<KnownBlob>, { flush = true }: { flush?: boolean } = {}): { name: string; count: number } {
  const parts: Uint8Array[] = [];
  const entries: PackIndexEntry[] = [];
  const seen = new Set<string>();
  let offset = 12;
  for (const { oid, bytes, tree } of blobs) {
    if (seen.has(oid)) continue;
    seen.add(oid);
    const entry = [entryHeader(tree ? TREE : BLOB, bytes.length), ...storedZlib([bytes])];
    let crc = 0;
    let length = 0;
    for (const part of entry) {
      crc = crc32(part, crc);
      length += part.length;
    }
    entries.push({ oid, offset, crc32: crc });
    parts.push(...entry);
    offset += length;
  }
  const header = Buffer.alloc(12);
  header.write('PACK', 0, 'latin1');
  header.writeUInt32BE(2, 4);
  header.writeUInt32BE(entries.length, 8);
  const pack = Buffer.concat([header, ...parts]);
  const packChecksum = createHash('sha1').update(pack).digest();
  const index = packIndexBody(entries, packChecksum);
  const name = `pack-${packChecksum.toString('hex')}`;
  const packTemp = writeTemp(packDir, 'tmp_pack_', [pack, packChecksum], flush);
  try {
    const indexTemp = writeTemp(packDir, 'tmp_idx_', [index, createHash('sha1').update(index).digest()], flush);
    try {
      fs.renameSync(packTemp, path.join(packDir, `${name}.pack`));
      fs.renameSync(indexTemp, path.join(packDir, `${name}.idx`));
    } finally {
      fs.rmSync(indexTemp, { force: true });
    }
  } finally {
    fs.rmSync(packTemp, { force: true });
  }
  return { name, count: entries.length };
}

/** A new read-only file in `folder` holding `parts`, flushed to disk if `flush`; its path. */
function writeTemp(folder: string, prefix: string, parts: Uint8Array[], flush: boolean): string {
  const file = path.join(folder, `${prefix}${process.pid}_${Math.random().toString(36).slice(2, 10)}`);
  const fd = fs.openSync(file, 'wx', 0o444);
  try {
    for (const part of parts) {
      for (let done = 0; done < part.length; ) done += fs.writeSync(fd, part, done, part.length - done);
    }
    if (flush) fs.fsyncSync(fd);
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  return file;
}

/** A pack entry's header: type and size, 4 bits of size in the first byte, then 7 per byte. */
export function entryHeader(type: number, size: number): Buffer {
  const bytes = [(type << 4) | (size & 0x0f)];
  let rest = Math.floor(size / 16);
  while (rest > 0) {
    bytes[bytes.length - 1]! |= 0x80;
    bytes.push(rest & 0x7f);
    rest = Math.floor(rest / 128);
  }
  return Buffer.from(bytes);
}
