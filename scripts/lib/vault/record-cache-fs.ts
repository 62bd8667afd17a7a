// Node-only (files): validated records by the git blob id of their file, so a build that has read
// a record file once never parses those bytes again (a blob id names its exact content). Reading
// YAML and checking it against the schemas was most of the site's vault read (at 50,000
// checkpoints about 6 s of CPU, against well under 1 s to JSON.parse the same records); the dev
// server reads the vault again after every edit. Kept under `<git common dir>/promptvault/records/`
// in 16 files by the blob id's first digit (at 500,000 checkpoints one file would outgrow a
// JavaScript string), each line `<blob id> <record as JSON>`, each file headed by a fingerprint
// of the record schemas: a schema change drops them all. A cache is never an error: an absent,
// stale or unreadable file reads as empty, and one that cannot be written costs speed only.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { auditSchema, checkpointSchema, mutationSchema } from '../schema/records.ts';
import { cacheFilePath } from './json-cache-fs.ts';

const FORMAT = 1;
const SHARDS = '0123456789abcdef';

let fingerprint: string | undefined;
/** What a shard file must start with to be read: the layout and the schemas it was validated by. */
function header(): string {
  fingerprint ??= createHash('sha1')
    .update(JSON.stringify([checkpointSchema, mutationSchema, auditSchema].map((schema) => z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }))))
    .digest('hex');
  return `promptvault records ${FORMAT} ${fingerprint}`;
}

function shardFile(gitdir: string, shard: string): string {
  return cacheFilePath(gitdir, 'records', `${shard}.jsonl`);
}

export interface RecordCache {
  /**
   * Hands each wanted blob's saved record (JSON text) to `visit`, one shard file at a time (only
   * one file's text is held at once); answers the blob ids whose record `visit` took (it answers
   * false for text it cannot read, a hand edit: that blob is parsed again).
   */
  read(wanted: ReadonlySet<string>, visit: (oid: string, json: string) => boolean): Set<string>;
  /** A record just parsed and validated from the blob `oid`, saved by the next `save`. */
  add(oid: string, record: object): void;
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
  // New records go to a temporary file per shard as they come, through a small buffer: holding
  // them until the save would keep every record's JSON at once (600 MB at 500,000 checkpoints).
  const writers = new Map<string, { temp: string; fd: number; buffer: string[]; size: number; oids: Set<string> }>();
  let broken = false;
  const flush = (writer: { fd: number; buffer: string[]; size: number }) => {
    fs.writeSync(writer.fd, writer.buffer.join(''));
    writer.buffer = [];
    writer.size = 0;
  };
  const writerOf = (shard: string) => {
    let writer = writers.get(shard);
    if (!writer) {
      const file = shardFile(gitdir, shard);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
      writer = { temp, fd: fs.openSync(temp, 'w'), buffer: [`${header()}\n`], size: 0, oids: new Set() };
      writers.set(shard, writer);
    }
    return writer;
  };
  const discard = () => {
    broken = true;
    for (const writer of writers.values()) {
      quietly(() => fs.closeSync(writer.fd));
      quietly(() => fs.rmSync(writer.temp, { force: true }));
    }
    writers.clear();
  };
  return {
    read(wanted, visit) {
      const found = new Set<string>();
      for (const shard of SHARDS) {
        const text = readShard(gitdir, shard);
        if (text === undefined) continue;
        let start = text.indexOf('\n') + 1;
        while (start > 0 && start < text.length) {
          let end = text.indexOf('\n', start);
          if (end === -1) end = text.length;
          const space = text.indexOf(' ', start);
          const oid = text.slice(start, space);
          if (wanted.has(oid) && !found.has(oid) && visit(oid, text.slice(space + 1, end))) {
            found.add(oid);
            used.add(oid);
          } else stale.add(shard);
          start = end + 1;
        }
      }
      return found;
    },
    add(oid, record) {
      if (broken) return;
      try {
        const writer = writerOf(oid[0]!);
        if (writer.oids.has(oid)) return;
        writer.oids.add(oid);
        const line = `${oid} ${JSON.stringify(record)}\n`;
        writer.buffer.push(line);
        writer.size += line.length;
        if (writer.size > 1 << 20) flush(writer);
      } catch {
        // A read-only .git or a full disk: nothing is cached this time.
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
      for (const [shard, writer] of writers) {
        try {
          // The records still asked for that were saved before, after the new ones.
          const text = readShard(gitdir, shard) ?? '';
          let start = text.indexOf('\n') + 1;
          while (start > 0 && start < text.length) {
            const end = text.indexOf('\n', start);
            const oid = text.slice(start, text.indexOf(' ', start));
            if (used.has(oid) && !writer.oids.has(oid)) {
              const line = text.slice(start, end + 1);
              writer.buffer.push(line);
              writer.size += line.length;
              if (writer.size > 1 << 20) flush(writer);
            }
            start = end + 1;
          }
          flush(writer);
          fs.closeSync(writer.fd);
          fs.renameSync(writer.temp, shardFile(gitdir, shard));
        } catch {
          quietly(() => fs.closeSync(writer.fd));
          quietly(() => fs.rmSync(writer.temp, { force: true }));
        }
      }
      writers.clear();
      stale.clear();
      removeAbandoned(path.dirname(shardFile(gitdir, '0')));
    },
  };
}

/** Temporary files a build killed mid-save left behind (an hour old: no running build's). */
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

/** A shard file's text when its header matches this code's; else undefined (absent, stale, unreadable). */
function readShard(gitdir: string, shard: string): string | undefined {
  let text: string;
  try {
    text = fs.readFileSync(shardFile(gitdir, shard), 'utf8');
  } catch {
    return undefined;
  }
  const first = text.indexOf('\n');
  // A file not ending in a newline was cut short (writes are atomic, so by hand): read as empty.
  return first !== -1 && text.endsWith('\n') && text.slice(0, first) === header() ? text : undefined;
}
