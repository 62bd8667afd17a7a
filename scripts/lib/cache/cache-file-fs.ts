// Node-only (files, hashing): the one skeleton of every cache file of ours under
// `<git common dir>/promptvault/` (what each prompt blob cites, the measures of version bodies, the
// hook's list of source files, validated records by blob id). A cache file is never committed and
// is shared by worktrees. Its first line names what wrote it, `promptvault <name> <format>
// <fingerprint>` (the fingerprint covers the code and the keys the entries depend on), followed by
// ` <checksum of the rest>` for a cache that asks for one; the rest, ending in a newline, is the
// cache's own format. A file is written beside its place and renamed over it (a reader sees the old
// file or the whole new one), and what a killed run left behind is removed later. A cache is never
// an error: a file that is absent, unreadable, cut short, garbled or written by other code reads as
// empty (a clean miss), and one that cannot be written costs speed, never records.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gitCommonDir } from '../git/common-dir-fs.ts';

/** What a cache file must have been written as to be read. */
export interface CacheKind {
  /** The cache's name on its first line (`records`, `sources`, ...). */
  name: string;
  /** Bumped when the cache's own format changes. */
  format: number;
  /** A digest of what the entries depend on besides their keys: the code that computed them, globs, an encoding. */
  fingerprint: string;
  /** Whether the first line ends with a digest of the rest (a hand-edited file is then never taken for a cache). */
  checksum?: boolean;
}

/** A long-lived repository must not grow a cache without bound: the newest entries are kept. */
export const MAX_CACHE_ENTRIES = 200_000;

/** Where a cache of the repository at `gitdir` lives: `<git common dir>/promptvault/<parts>`. */
export function cacheFilePath(gitdir: string, ...parts: string[]): string {
  return path.join(gitCommonDir(gitdir), 'promptvault', ...parts);
}

/** The first line of a file of `kind`, without its checksum. */
export function cacheHeader(kind: CacheKind): string {
  return `promptvault ${kind.name} ${kind.format} ${kind.fingerprint}`;
}

/**
 * The text after the first line of `file` when that line is `kind`'s (and, for a checksummed
 * kind, the rest has that digest) and the file ends in a newline (writes are atomic: one that does
 * not was cut short by hand); else undefined. Never throws.
 */
export function readCacheFile(file: string, kind: CacheKind): string | undefined {
  return readCacheBytes(file, kind)?.toString('utf8');
}

/** readCacheFile's text as the bytes read, not decoded. */
export function readCacheBytes(file: string, kind: CacheKind): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    // Absent or unreadable: computed again, and rewritten at the next save.
    return undefined;
  }
  const newline = bytes.indexOf(NEWLINE);
  if (newline === -1 || bytes[bytes.length - 1] !== NEWLINE) return undefined;
  // The checksum is taken over the bytes as read, not over the decoded text encoded again: the
  // hook's source list is 1.5 MB at 10,000 prompts (1.5 ms of CPU less; the same digest for the
  // UTF-8 this module writes, and a mismatch for bytes that are not).
  const body = bytes.subarray(newline + 1);
  const expected = kind.checksum ? `${cacheHeader(kind)} ${createHash('sha256').update(body).digest('hex')}` : cacheHeader(kind);
  return bytes.toString('utf8', 0, newline) === expected ? body : undefined;
}

const NEWLINE = 0x0a;

/**
 * Writes `body` (which must end in a newline) as a file of `kind`, atomically; whether it was
 * written. Never throws: a read-only .git or a full disk only means the next run computes again.
 */
export function writeCacheFile(file: string, kind: CacheKind, body: string | readonly Uint8Array[]): boolean {
  // Encoded once, for the checksum and the file alike (the hook's source list is 1.9 MB at 10,000
  // prompts: hashing the string and writing it encoded it twice, about 3 ms of CPU more). Given as
  // parts (bytes), nothing is encoded: the source list splices the bytes it read.
  const parts = typeof body === 'string' ? [Buffer.from(body, 'utf8')] : body;
  let header = cacheHeader(kind);
  if (kind.checksum) {
    const hash = createHash('sha256');
    for (const part of parts) hash.update(part);
    header += ` ${hash.digest('hex')}`;
  }
  let writer: CacheFileWriter | undefined;
  try {
    writer = openCacheFileWriter(file, { ...kind, checksum: false }, header);
    for (const part of parts) writer.writeBytes(part);
    return writer.commit();
  } catch {
    writer?.abort();
    return false;
  }
}

/** The value of a cache file of `kind` holding one JSON value, if it is whole and of this kind; else undefined. */
export function readCacheJson(file: string, kind: CacheKind): unknown {
  const body = readCacheFile(file, kind);
  if (body === undefined) return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    // Edited by hand: computed again, and rewritten at the next save.
    return undefined;
  }
}

/** Writes `value` as JSON in a file of `kind`, atomically; whether it was written. Never throws. */
export function writeCacheJson(file: string, kind: CacheKind, value: unknown): boolean {
  return writeCacheFile(file, kind, `${JSON.stringify(value)}\n`);
}

/** A cache file written piece by piece into a temporary file, put in place by `commit`. */
export interface CacheFileWriter {
  /** Appends `text` (buffered: a large cache is never held whole). Throws on a write error; `abort` then. */
  write(text: string): void;
  /** Appends `bytes` (buffered too, the bytes themselves, not copied). Throws on a write error; `abort` then. */
  writeBytes(bytes: Uint8Array): void;
  /** Puts the file in place; whether it was. Never throws (a failed commit leaves no temporary file). */
  commit(): boolean;
  /** Drops the temporary file. Never throws. */
  abort(): void;
}

// Flushed past 1 MiB: a cache of 500,000 records would otherwise be held whole in memory.
const FLUSH_AT = 1 << 20;

/**
 * A writer of a file of `kind` (`header` replaces its first line: a checksum is the caller's, who
 * must know the whole text first). Throws when the temporary file cannot be made.
 */
export function openCacheFileWriter(file: string, kind: CacheKind, header = cacheHeader(kind)): CacheFileWriter {
  if (kind.checksum) throw new Error(`cache ${kind.name}: a checksummed file is written whole, with writeCacheFile`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const fd = fs.openSync(temp, 'w');
  let buffer: string[] = [`${header}\n`];
  let size = 0;
  // Bytes appended (a record thread's lines, already encoded), all written before `buffer`'s text:
  // they were appended before it (text appended after bytes flushes the bytes first).
  let parts: Uint8Array[] = [];
  let partsSize = 0;
  let open = true;
  const flushParts = () => {
    const written = fs.writevSync(fd, parts);
    if (written < partsSize) {
      // A short write (more parts than one call takes, a full disk): the rest, copied whole.
      const rest = Buffer.concat(parts).subarray(written);
      for (let at = 0; at < rest.length; ) at += fs.writeSync(fd, rest, at);
    }
    parts = [];
    partsSize = 0;
  };
  const flush = () => {
    if (parts.length > 0) flushParts();
    if (buffer.length > 0) fs.writeSync(fd, buffer.join(''));
    buffer = [];
    size = 0;
  };
  const abort = () => {
    if (open) quietly(() => fs.closeSync(fd));
    open = false;
    quietly(() => fs.rmSync(temp, { force: true }));
  };
  return {
    write(text) {
      if (parts.length > 0) flushParts();
      buffer.push(text);
      size += text.length;
      if (size > FLUSH_AT) flush();
    },
    writeBytes(bytes) {
      if (buffer.length > 0) flush();
      parts.push(bytes);
      partsSize += bytes.length;
      if (partsSize > FLUSH_AT) flushParts();
    },
    commit() {
      try {
        flush();
        fs.closeSync(fd);
        open = false;
        // A rename over an existing file makes ext4 (auto_da_alloc) allocate and start writing the
        // new file's data before the rename returns: 1-10 ms for the hook's source list (1.9 MB at
        // 10,000 prompts), rewritten by every recording commit. Removed first, the rename replaces
        // nothing; a reader in between finds no file, an empty cache (computed again), never a wrong one.
        fs.rmSync(file, { force: true });
        fs.renameSync(temp, file);
      } catch {
        abort();
        return false;
      }
      removeAbandoned(path.dirname(file));
      return true;
    },
    abort,
  };
}

/** Temporary files a run killed mid-save left behind (an hour old: no running save's). */
function removeAbandoned(folder: string): void {
  quietly(() => {
    for (const name of fs.readdirSync(folder)) {
      if (!name.endsWith('.tmp')) continue;
      const file = path.join(folder, name);
      if (Date.now() - fs.statSync(file).mtimeMs > 3_600_000) fs.rmSync(file, { force: true });
    }
  });
}

function quietly(step: () => void): void {
  try {
    step();
  } catch {
    // Cleaning up after a failed cache write: nothing more to do.
  }
}

/** The hex sha256 of `text` (UTF-8): the digest a checksummed cache file's first line ends with, and entry files' names. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A cheap fingerprint of plain values (globs, an encoding, a code digest): a digest of their JSON. */
export function fingerprintValues(...values: unknown[]): string {
  return createHash('sha1').update(JSON.stringify(values)).digest('hex');
}

/** The newest `MAX_CACHE_ENTRIES` of a map kept in insertion order (re-insert an entry to renew it). */
export function newestEntries<V>(entries: Map<string, V>): [string, V][] {
  return [...entries].slice(-MAX_CACHE_ENTRIES);
}

