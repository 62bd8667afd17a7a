// Node-only (files): validated records by the git blob id of their file, so a build that has read
// a record file once never parses those bytes again (a blob id names its exact content). Reading
// YAML and checking it against the schemas was most of the site's vault read (at 50,000
// checkpoints about 6 s of CPU, against well under 1 s to JSON.parse the same records); the dev
// server reads the vault again after every edit. Kept under `<git common dir>/promptvault/records/`
// in 16 files by the blob id's first digit (at 500,000 checkpoints one file would outgrow a
// JavaScript string), each line `<blob id> <digest> <record as JSON>`, each file headed by a
// fingerprint of the record schemas: a schema change drops them all. The digest (first 8 hex of
// the JSON's SHA-1) is what lets a line be trusted as a checked record: a byte flipped in a string
// or a key removed by hand would still parse, and the site would show it. A cache is never an
// error: an absent, stale or unreadable file reads as empty, a line failing its digest (or cut
// short) as a miss for that blob, and a file that cannot be written costs speed only.
import { hash } from 'node:crypto';
import { z } from 'zod';
import { cacheFilePath, fingerprintValues, openCacheFileWriter, readCacheFile, type CacheFileWriter, type CacheKind } from '../cache/cache-file-fs.ts';
import { auditSchema, checkpointSchema, mutationSchema } from '../schema/records.ts';
import { ownString } from '../own-string.ts';

// 2: each line carries a digest of its JSON (format 1 had none: its files read as empty).
const FORMAT = 2;
/** Hex digits of the SHA-1 kept per line: a 1 in 4 billion chance that damage goes unseen. */
const DIGEST_LENGTH = 8;
const SHARDS = '0123456789abcdef';
/** The cache's files, one per first hex digit of a blob id. */
export const RECORD_CACHE_SHARDS: readonly string[] = [...SHARDS];

/** Which of RECORD_CACHE_SHARDS holds the line of blob `oid` (its position in that list). */
export function recordCacheShard(oid: string): number {
  return Math.max(0, SHARDS.indexOf(oid[0]!));
}

let kind: CacheKind | undefined;
/** What a shard file must have been written as to be read: the layout and the schemas it was validated by. */
function recordsKind(): CacheKind {
  kind ??= {
    name: 'records',
    format: FORMAT,
    fingerprint: fingerprintValues(...[checkpointSchema, mutationSchema, auditSchema].map((schema) => z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }))),
  };
  return kind;
}

function shardFile(gitdir: string, shard: string): string {
  return cacheFilePath(gitdir, 'records', `${shard}.jsonl`);
}

export interface RecordCache {
  /**
   * Hands each wanted blob's saved record (JSON text) to `visit`, one shard file at a time (only
   * one file's text is held at once), only a line whose digest matches its JSON; answers the blob
   * ids whose record `visit` took (it answers false for text it cannot read: that blob is parsed again).
   */
  read(wanted: ReadonlySet<string>, visit: (oid: string, json: string) => boolean): Set<string>;
  /**
   * A record just parsed and validated from the blob `oid`, as JSON (`JSON.stringify` of it), saved
   * by the next `save`; `digest`: its `recordDigest`, when the thread that parsed it took it.
   */
  add(oid: string, json: string, digest?: string): void;
  /**
   * Records parsed elsewhere (record-parse-worker.ts), as the cache's own lines (`<blob id>
   * <digest> <JSON>\n` each, every blob id starting with `shard`'s digit and not added before),
   * appended to their file whole: at 50,000 checkpoints, a line made and written per record was
   * a tenth of the main thread's share of a fresh clone's read. `bytes`: the same lines as UTF-8,
   * written as they are (the thread that parsed them encoded them; else they are encoded here).
   */
  addLines(shard: string, lines: string, bytes?: Uint8Array): void;
  /**
   * Puts in place the shards that gained records or hold ones `read` was not asked for (each
   * written beside its file and renamed over it: a reader sees the old file or the new). Never throws.
   */
  save(): void;
}

export function openRecordCache(gitdir: string): RecordCache {
  const used = new Set<string>();
  // Shards whose file holds lines not asked for (records since deleted or rewritten): trimmed on save.
  const stale = new Set<string>();
  // New records go to a temporary file per shard as they come (the skeleton's buffered writer):
  // holding them until the save would keep every record's JSON at once (600 MB at 500,000 checkpoints).
  const writers = new Map<string, { writer: CacheFileWriter; oids: Set<string> }>();
  let broken = false;
  const writerOf = (shard: string) => {
    let open = writers.get(shard);
    if (!open) {
      open = { writer: openCacheFileWriter(shardFile(gitdir, shard), recordsKind()), oids: new Set() };
      writers.set(shard, open);
    }
    return open;
  };
  const discard = () => {
    broken = true;
    for (const { writer } of writers.values()) writer.abort();
    writers.clear();
  };
  return {
    read(wanted, visit) {
      const found = new Set<string>();
      for (const shard of SHARDS) {
        const text = readShard(gitdir, shard);
        if (text === undefined) continue;
        let start = 0;
        while (start < text.length) {
          let end = text.indexOf('\n', start);
          if (end === -1) end = text.length;
          const space = text.indexOf(' ', start);
          const oid = text.slice(start, space);
          // Digested only when wanted: a line not asked for is dropped at the save anyway.
          const json = wanted.has(oid) && !found.has(oid) && space < end ? checkedJson(text, space, end) : undefined;
          if (json !== undefined && visit(oid, json)) {
            found.add(oid);
            used.add(oid);
          } else stale.add(shard);
          start = end + 1;
        }
      }
      return found;
    },
    add(oid, json, digest = recordDigest(json)) {
      if (broken) return;
      try {
        const open = writerOf(oid[0]!);
        if (open.oids.has(oid)) return;
        open.oids.add(oid);
        open.writer.write(`${oid} ${digest} ${json}\n`);
      } catch {
        // A read-only .git or a full disk: nothing is cached this time.
        discard();
      }
    },
    addLines(shard, lines, bytes) {
      if (broken || lines.length === 0) return;
      try {
        const open = writerOf(shard);
        // Each blob id a string of its own: a slice would keep the whole batch's text alive with the set (70-130 MB more peak at 50,000 checkpoints).
        for (let start = 0; start < lines.length; start = lines.indexOf('\n', start) + 1) open.oids.add(ownString(lines.slice(start, lines.indexOf(' ', start))));
        if (bytes) open.writer.writeBytes(bytes);
        else open.writer.write(lines);
      } catch {
        discard();
      }
    },
    save() {
      if (broken) return;
      try {
        for (const shard of stale) writerOf(shard);
      } catch {
        return discard();
      }
      for (const [shard, { writer, oids }] of writers) {
        try {
          // The records still asked for that were saved before, after the new ones.
          const text = readShard(gitdir, shard) ?? '';
          let start = 0;
          while (start < text.length) {
            const end = text.indexOf('\n', start);
            const oid = text.slice(start, text.indexOf(' ', start));
            if (used.has(oid) && !oids.has(oid)) writer.write(text.slice(start, end + 1));
            start = end + 1;
          }
          writer.commit();
        } catch {
          writer.abort();
        }
      }
      writers.clear();
      stale.clear();
    },
  };
}

/** What a line keeps of its record's JSON to tell it undamaged: the first hex digits of its SHA-1. */
export function recordDigest(json: string): string {
  return hash('sha1', json).slice(0, DIGEST_LENGTH);
}

/** The JSON of the line ending at `end` whose blob id ends at `space`, if its digest matches; else undefined (damaged). */
function checkedJson(text: string, space: number, end: number): string | undefined {
  const jsonStart = space + DIGEST_LENGTH + 2;
  if (jsonStart > end || text[jsonStart - 1] !== ' ') return undefined;
  const json = text.slice(jsonStart, end);
  return recordDigest(json) === text.slice(space + 1, jsonStart - 1) ? json : undefined;
}

/** A shard file's records (after its first line) when it was written as this code's; else undefined (absent, stale, unreadable). */
function readShard(gitdir: string, shard: string): string | undefined {
  return readCacheFile(shardFile(gitdir, shard), recordsKind());
}
