// Node-only worker thread (an entry point of its own, bundled as build/cli/backfill-record-writer.js):
// writes backfill's record files on another core (record-files-fs.ts). Each call is made here
// synchronously: through libuv's thread pool, a record file was five round trips (a folder, a
// temporary file opened, written and closed, a rename), each waking a pool thread and then the
// replay's event loop, and the replay's thread paid for dispatching and completing them all.
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { replaceWhole } from '../../lib/vault/write-fs.ts';
import { writeBlobPackFile } from '../../lib/git/blob-pack-file-fs.ts';
import { entryStat } from '../../lib/git/stage-in-process-fs.ts';

export interface RecordWriterData {
  /** The repository's working tree: record paths are relative to it. */
  dir: string;
  /**
   * Where this thread packs the objects of the records it writes after each batch's files
   * (packsWritableHere), or null: then the replay's thread packs them through `git index-pack`.
   */
  packDir: string | null;
}

/** A save's records, in order: their paths under the repository and their texts. */
export interface RecordWriterRequest {
  batch: number;
  paths: string[];
  texts: Uint8Array[];
  /** Their blob ids. */
  oids: string[];
  /** Indexes of records to pack even when found in place (an interrupted run wrote them, and this one resumed it). */
  packKept: number[];
}

/** What the thread did with a batch: everything, or what it wrote before the call that failed. */
export interface RecordWriterReply {
  batch: number;
  /** Indexes in the batch of the files written (the others were found in place, or not reached). */
  written: number[];
  kept: number;
  bytes: number;
  foldersMade: number;
  /** The system error that stopped the batch, and the record it was writing. */
  failed?: { path: string; error: { code?: string; syscall?: string; path?: string; errno?: number; message: string } };
  /** Ids of the objects this batch's pack holds (with those of earlier packs, not packed again). */
  packed: string[];
  /**
   * What `lstat` said of each file written (in `written`'s order, STAT_FIELDS numbers each, as
   * git's index keeps them), taken once it was in place: with its blob id, its index entry.
   */
  stats: number[];
  /** The first folder (repository-relative) each `mkdir` of this batch made: it and all below it are this thread's. */
  madeFolders: string[];
}

const { dir, packDir } = workerData as RecordWriterData;
// Objects packed by an earlier batch (two records of the same text, a path written again).
const packed = new Set<string>();
// Record folders by whether this thread created them: a folder it made holds only what it wrote,
// so no file there needs a look (as RecordFiles' thread-pool writer decides it).
const folders = new Map<string, boolean>();

parentPort!.on('message', (request: RecordWriterRequest) => {
  const reply: RecordWriterReply = { batch: request.batch, written: [], kept: 0, bytes: 0, foldersMade: 0, packed: [], stats: [], madeFolders: [] };
  for (const [i, shown] of request.paths.entries()) {
    try {
      const text = request.texts[i]!;
      const file = path.join(dir, shown);
      const folder = path.dirname(file);
      let made = folders.get(folder);
      if (made === undefined) {
        // mkdir names the first folder it made, undefined when the folder was there.
        const first = fs.mkdirSync(folder, { recursive: true });
        made = first !== undefined;
        folders.set(folder, made);
        if (first !== undefined) {
          reply.foldersMade++;
          reply.madeFolders.push(path.relative(dir, first).split(path.sep).join('/'));
        }
      }
      if (!made && fs.existsSync(file)) {
        reply.kept++;
        continue;
      }
      replaceWhole(file, text);
      // After the rename, which changes the file's ctime.
      const stat = entryStat(fs.lstatSync(file, { bigint: true }));
      reply.stats.push(stat.ctimeSec, stat.ctimeNsec, stat.mtimeSec, stat.mtimeNsec, stat.dev, stat.ino, stat.mode, stat.uid, stat.gid, stat.size);
      reply.written.push(i);
      reply.bytes += text.length;
    } catch (error) {
      const { code, syscall, path: at, errno, message } = error as NodeJS.ErrnoException;
      reply.failed = { path: shown, error: { code, syscall, path: at, errno, message } };
      break;
    }
  }
  if (packDir !== null && !reply.failed) reply.packed = pack(request, [...reply.written, ...request.packKept], packDir);
  parentPort!.postMessage(reply satisfies RecordWriterReply);
});

/**
 * Packs the objects of the batch's records at `indexes` not packed before; returns their ids, and
 * those of earlier packs among them. A pack the file system refuses is no failure of the batch:
 * what it would have held is left to the replay's thread (index-pack, or update-index at the end).
 */
function pack(request: RecordWriterRequest, indexes: number[], folder: string): string[] {
  const fresh = indexes.filter((i) => !packed.has(request.oids[i]!)).map((i) => ({ oid: request.oids[i]!, bytes: request.texts[i]! }));
  try {
    if (fresh.length > 0) writeBlobPackFile(folder, fresh);
  } catch {
    return indexes.map((i) => request.oids[i]!).filter((oid) => packed.has(oid));
  }
  for (const { oid } of fresh) packed.add(oid);
  return indexes.map((i) => request.oids[i]!);
}
