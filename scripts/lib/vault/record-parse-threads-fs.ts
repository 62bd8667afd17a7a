// Node-only (worker threads): the record files a site build has no cached parse of (a fresh
// clone: every one of them, 1,020,000 at 500,000 checkpoints) parsed and validated on other cores
// (record-parse-worker.ts), each thread with its own `git cat-file --batch`. Parsing YAML and
// checking it against the schemas was most of a fresh clone's vault read, all on the thread that
// also bundles and renders the site; what comes back is the record cache's line, so the main
// thread's share is a JSON parse, as for a cached record. Any failure (no worker file, a crash,
// a blob git cannot read) only leaves records untaken: the caller reads those itself.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { packageWorkerUrl } from '../cli-bundle/package-worker-url-fs.ts';
import type { Repo } from '../git/index.ts';
import { RECORD_CACHE_SHARDS } from './record-cache-fs.ts';

export interface RecordParseWorkerData {
  repo: Repo;
  /** The record files to parse: blob id and the path that says its kind. */
  files: { oid: string; path: string }[];
  /** How many batches the main thread has taken (one counter, shared): the thread keeps only a few ahead. */
  taken: Int32Array;
}

/**
 * A batch of parsed records (record cache lines, each ending in a newline, grouped by the cache
 * file they belong to: `lines[i]` holds those of RECORD_CACHE_SHARDS[i], `bytes[i]` the same as
 * UTF-8, written to that file as they are), the end, or what failed.
 */
export type RecordParseWorkerMessage = { lines: string[]; bytes: Uint8Array[] } | { done: true } | { failed: string };

/**
 * Records one more thread must have to be worth starting: each loads its own modules (zod, yaml)
 * and runs its own git, about 0.3 s of CPU, and a record costs it about 50 µs.
 */
const FILES_PER_THREAD = 5_000;
/** More threads than this gain little: each has its own git process, and the disk is shared. */
const MAX_THREADS = 4;

/** How many threads parse `files` records on this machine (0: parse them on the calling thread). */
export function recordParseThreads(files: number, cores = availableParallelism()): number {
  return Math.max(0, Math.min(cores, MAX_THREADS, Math.floor(files / FILES_PER_THREAD)));
}

/**
 * A thread's heap, capped: it holds a few batches at a time, but V8 lets an unbounded heap grow
 * before it collects, and at 500,000 records two uncapped threads added about 700 MB to the
 * build's peak (4,327 MB quiet, against 3,636 MB with one thread). A thread that runs out ends
 * with an error, and the records it did not hand over are read on the calling thread.
 */
const THREAD_HEAP = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 16 };

/** Files in a row dealt to one thread: git reads each thread's blobs in the order given (pack locality). */
const RUN = 500;

/**
 * Parses `files` in `threads` worker threads, handing each batch's records to `take` as they
 * arrive, as the record cache's lines of one cache file (`shard`, from RECORD_CACHE_SHARDS; read
 * them with eachRecordLine) and the same lines as UTF-8 (`bytes`, for the cache file). Resolves once every thread has ended, finished or failed; records not
 * taken (invalid, or a thread failed) are the caller's to read.
 */
export async function parseRecordsInThreads(repo: Repo, files: { oid: string; path: string }[], take: (shard: string, lines: string, bytes: Uint8Array) => void, threads = recordParseThreads(files.length)): Promise<void> {
  if (threads <= 0 || files.length === 0) return;
  const url = packageWorkerUrl({ source: 'scripts/lib/vault/record-parse-worker.ts', bundled: 'record-parse-worker.js' });
  const parts = Array.from({ length: threads }, () => [] as { oid: string; path: string }[]);
  for (let start = 0; start < files.length; start += RUN) parts[(start / RUN) % threads]!.push(...files.slice(start, start + RUN));
  await Promise.all(parts.filter((part) => part.length > 0).map((part) => parseInOneThread(url, repo, part, take)));
}

function parseInOneThread(url: URL, repo: Repo, files: { oid: string; path: string }[], take: (shard: string, lines: string, bytes: Uint8Array) => void): Promise<void> {
  const taken = new Int32Array(new SharedArrayBuffer(4));
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      const { Worker } = process.getBuiltinModule('node:worker_threads');
      worker = new Worker(url, { workerData: { repo: { dir: repo.dir, gitdir: repo.gitdir, env: repo.env }, files, taken } satisfies RecordParseWorkerData, resourceLimits: THREAD_HEAP });
    } catch {
      resolve();
      return;
    }
    worker.on('message', (message: RecordParseWorkerMessage) => {
      if ('lines' in message) {
        message.lines.forEach((lines, shard) => {
          if (lines.length > 0) take(RECORD_CACHE_SHARDS[shard]!, lines, message.bytes[shard]!);
        });
        Atomics.add(taken, 0, 1);
        Atomics.notify(taken, 0);
      } else {
        resolve();
        void worker.terminate();
      }
    });
    worker.once('error', () => resolve());
    worker.once('exit', () => resolve());
  });
}

/** Each `<blob id> <digest> <JSON>\n` line of a batch. */
export function eachRecordLine(lines: string, take: (oid: string, digest: string, json: string) => void): void {
  let start = 0;
  while (start < lines.length) {
    const end = lines.indexOf('\n', start);
    const space = lines.indexOf(' ', start);
    const second = lines.indexOf(' ', space + 1);
    take(lines.slice(start, space), lines.slice(space + 1, second), lines.slice(second + 1, end));
    start = end + 1;
  }
}
