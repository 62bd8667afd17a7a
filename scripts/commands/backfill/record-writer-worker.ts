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
import { topFolderTrees, type StoredFolderNode } from '../../lib/git/fresh-folder-trees.ts';
import { entryStat } from '../../lib/git/stage-in-process-fs.ts';
import { writeChunkFileTexts, type ChunkFileText } from '../../lib/traits/chunk-store-fs.ts';

export interface RecordWriterData {
  /** The repository's working tree: record paths are relative to it. */
  dir: string;
  /**
   * Where this thread packs the objects of the records it writes after each batch's files
   * (packsWritableHere), or null: then the replay's thread packs them through `git index-pack`.
   */
  packDir: string | null;
  /** The repository and encoding of the hook's chunk files the saves bring (RecordWriterRequest's `chunkTexts`); none without it. */
  chunkFiles?: { gitdir: string; encoding: string };
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
  /**
   * The run's last save: once its files are written and the reply sent, the trees of the folder
   * holding every record this thread wrote (vault/) are made and packed here, and sent as a
   * RecordWriterTrees message, while the replay's thread ends its run (they cost it 0.7-1.3 s
   * at the end of the bench's run, loaded: bench HISTORY, session 35).
   */
  trees: boolean;
  /**
   * The hook's chunk files made since the last save (backfill's measuring, chunk-store-fs.ts
   * promptChunkTexts), written after the records: off the measuring threads and the replay.
   */
  chunkTexts: ChunkFileText[];
}

/** The trees a last save asked for: the folder's node, its trees packed, or null (none made: the staging makes them). */
export interface RecordWriterTrees {
  batch: number;
  trees: StoredFolderNode | null;
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

const { dir, packDir, chunkFiles } = workerData as RecordWriterData;
// Objects packed by an earlier batch (two records of the same text, a path written again).
const packed = new Set<string>();
// Record folders by whether this thread created them: a folder it made holds only what it wrote,
// so no file there needs a look (as RecordFiles' thread-pool writer decides it).
const folders = new Map<string, boolean>();
// Every record this thread wrote (the trees of their folder are made from all of them).
const written: { path: string; oid: string }[] = [];

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
      written.push({ path: shown, oid: request.oids[i]! });
      reply.bytes += text.length;
    } catch (error) {
      const { code, syscall, path: at, errno, message } = error as NodeJS.ErrnoException;
      reply.failed = { path: shown, error: { code, syscall, path: at, errno, message } };
      break;
    }
  }
  if (packDir !== null && !reply.failed) reply.packed = pack(request, [...reply.written, ...request.packKept], packDir);
  // Never throws: a chunk file not written costs its prompt's next commit time, never a value.
  if (chunkFiles) writeChunkFileTexts(chunkFiles, request.chunkTexts);
  parentPort!.postMessage(reply satisfies RecordWriterReply);
  if (request.trees) parentPort!.postMessage({ batch: request.batch, trees: packDir !== null && !reply.failed ? packTrees(packDir) : null } satisfies RecordWriterTrees);
});

/**
 * The node of the folder holding every record written (vault/) with its trees packed into
 * `folder`, or null when there is no one such folder or the pack is refused. The staging takes the
 * node only if it stages exactly these records there (index-merge.ts checks their number).
 */
function packTrees(folder: string): StoredFolderNode | null {
  const made = topFolderTrees(written);
  if (!made) return null;
  try {
    writeBlobPackFile(folder, made.trees.map(({ oid, content }) => ({ oid, bytes: content, tree: true })));
  } catch {
    return null;
  }
  return { folder: made.folder, count: made.count, node: [Buffer.concat(made.node)] };
}

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
