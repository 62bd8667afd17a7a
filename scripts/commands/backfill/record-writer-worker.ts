// Node-only worker thread (an entry point of its own, bundled as build/cli/backfill-record-writer.js):
// writes backfill's record files on another core (record-files-fs.ts). Each call is made here
// synchronously: through libuv's thread pool, a record file was five round trips (a folder, a
// temporary file opened, written and closed, a rename), each waking a pool thread and then the
// replay's event loop, and the replay's thread paid for dispatching and completing them all.
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { replaceWhole } from '../../lib/vault/write-fs.ts';

export interface RecordWriterData {
  /** The repository's working tree: record paths are relative to it. */
  dir: string;
}

/** A save's records, in order: their paths under the repository and their texts. */
export interface RecordWriterRequest {
  batch: number;
  paths: string[];
  texts: Uint8Array[];
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
}

const { dir } = workerData as RecordWriterData;
// Record folders by whether this thread created them: a folder it made holds only what it wrote,
// so no file there needs a look (as RecordFiles' thread-pool writer decides it).
const folders = new Map<string, boolean>();

parentPort!.on('message', (request: RecordWriterRequest) => {
  const reply: RecordWriterReply = { batch: request.batch, written: [], kept: 0, bytes: 0, foldersMade: 0 };
  for (const [i, shown] of request.paths.entries()) {
    try {
      const text = request.texts[i]!;
      const file = path.join(dir, shown);
      const folder = path.dirname(file);
      let made = folders.get(folder);
      if (made === undefined) {
        // mkdir names the first folder it made, undefined when the folder was there.
        made = fs.mkdirSync(folder, { recursive: true }) !== undefined;
        folders.set(folder, made);
        if (made) reply.foldersMade++;
      }
      if (!made && fs.existsSync(file)) {
        reply.kept++;
        continue;
      }
      replaceWhole(file, text);
      reply.written.push(i);
      reply.bytes += text.length;
    } catch (error) {
      const { code, syscall, path: at, errno, message } = error as NodeJS.ErrnoException;
      reply.failed = { path: shown, error: { code, syscall, path: at, errno, message } };
      break;
    }
  }
  parentPort!.postMessage(reply satisfies RecordWriterReply);
});
