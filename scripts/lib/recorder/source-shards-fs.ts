// Node-only (files, hashing): the hook's source list as shards (source-shards.ts) in
// `<git common dir>/promptvault/sources/`, each file named by its content's digest, and the manifest
// naming them (`sources.json`, a checksummed cache file: cache-file-fs.ts). Saving writes the new
// shards first, then the manifest (written beside its place and renamed), then removes the shards
// the manifest no longer names: a run killed at any moment leaves the old manifest with its files,
// or the new one with its own. A shard that is missing, or whose bytes are not what its name says
// (a hand edit, a file lost in a crash, another worktree's save that removed it), reads as
// undefined: the caller builds the list again, which is only a slower run.
import { isAscii } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { readCacheBytes, writeCacheFile, type CacheKind } from '../cache/cache-file-fs.ts';
import { parseManifest, serializeManifest, SHARD_NAME, shardName, type ShardManifest } from './source-shards.ts';

/** A saved list's shards, each read (and checked against its name) when first asked for. */
export interface ShardStore {
  readonly manifest: ShardManifest;
  /** Shard `i`'s lines (ASCII, in git's order of their paths), or undefined when its file is not there as named. */
  read(i: number): Buffer | undefined;
}

const EMPTY = Buffer.alloc(0);
const NEWLINE = 0x0a;

/** The manifest at `file` when it is whole and of `kind`; else undefined. Never throws. */
export function readShardManifest(file: string, kind: CacheKind): ShardManifest | undefined {
  const body = readCacheBytes(file, kind);
  return body === undefined ? undefined : parseManifest(body.toString('latin1'));
}

/** The shards `manifest` names in `folder`, with `held` (shard -> bytes) answered from memory. */
export function openShardStore(folder: string, manifest: ShardManifest, held: ReadonlyMap<number, Buffer> = new Map()): ShardStore {
  const read = new Map<number, Buffer | undefined>(held);
  return {
    manifest,
    read(i) {
      if (read.has(i)) return read.get(i);
      const bytes = readShard(folder, manifest.shards[i] ?? '');
      read.set(i, bytes);
      return bytes;
    },
  };
}

function readShard(folder: string, name: string): Buffer | undefined {
  if (name === '') return EMPTY;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.join(folder, name));
  } catch {
    return undefined;
  }
  if (bytes.length > 0 && bytes[bytes.length - 1] === NEWLINE && isAscii(bytes) && shardName(bytes) === name) return bytes;
  // Not its name's bytes (a hand edit: writes are renamed into place whole): removed, so that the
  // list built again writes it anew; writeShard keeps a file of the right size as it is.
  quietly(() => fs.rmSync(path.join(folder, name), { force: true }));
  return undefined;
}

/**
 * Saves a list of `commit`: the shards in `changed` (shard -> bytes) and, for the others, the files
 * `base` names (no base: `count` shards, every non-empty one in `changed`). Returns the manifest
 * written, or undefined when it could not be (a read-only git directory: the next run builds the
 * list again). Never throws.
 */
export function saveShards(file: string, folder: string, kind: CacheKind, list: { commit: string; lines: number; count: number }, changed: ReadonlyMap<number, Buffer>, base?: ShardManifest): ShardManifest | undefined {
  const names = base ? [...base.shards] : Array.from({ length: list.count }, () => '');
  try {
    for (const [i, bytes] of changed) names[i] = writeShard(folder, bytes);
  } catch {
    return undefined;
  }
  const manifest = { commit: list.commit, lines: list.lines, shards: names };
  if (!writeCacheFile(file, kind, serializeManifest(manifest))) return undefined;
  const named = new Set(names);
  if (base) {
    for (const name of base.shards) if (name !== '' && !named.has(name)) quietly(() => fs.rmSync(path.join(folder, name), { force: true }));
  } else {
    removeUnnamed(folder, named);
  }
  return manifest;
}

/** Writes a shard under its name (unless a file of its size is there already); its name, '' for no lines. */
function writeShard(folder: string, bytes: Buffer): string {
  if (bytes.length === 0) return '';
  const name = shardName(bytes);
  const file = path.join(folder, name);
  // A file under the name with the same size holds these bytes unless edited by hand (then its
  // read fails its check and removes it, and the list is built again, which writes it anew).
  if (fs.statSync(file, { throwIfNoEntry: false })?.size === bytes.length) return name;
  fs.mkdirSync(folder, { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, bytes);
    fs.renameSync(temp, file);
  } finally {
    quietly(() => fs.rmSync(temp, { force: true }));
  }
  return name;
}

/**
 * After a list built whole: the shards no manifest names (older lists', and those of a run killed
 * before its manifest), and temporary files an hour old (no running save's).
 */
function removeUnnamed(folder: string, named: ReadonlySet<string>): void {
  quietly(() => {
    for (const name of fs.readdirSync(folder)) {
      const file = path.join(folder, name);
      if (SHARD_NAME.test(name) ? !named.has(name) : name.endsWith('.tmp') && Date.now() - fs.statSync(file).mtimeMs > 3_600_000) quietly(() => fs.rmSync(file, { force: true }));
    }
  });
}

function quietly(step: () => void): void {
  try {
    step();
  } catch {
    // A cache's housekeeping: a file left behind costs disk, never a wrong answer.
  }
}
