// Node-only worker thread (an entry point of its own, bundled as build/cli/backfill-measure-worker.js):
// measures prompt blobs for backfill ahead of its replay, on another core. It reads the blobs
// through its own `git cat-file --batch` and answers each batch of jobs with their entries.
import { parentPort, workerData } from 'node:worker_threads';
import { openBlobReader, type Repo } from '../../lib/git/index.ts';
import type { MeasureEntry } from '../../lib/traits/measure-cache-fs.ts';
import type { BlobCitations } from '../../lib/recorder/citations-cache-fs.ts';
import { startTokenCounter } from '../../lib/traits/token-counter-fs.ts';
import type { TokenizerEncoding } from '../../lib/traits/tokens.ts';
import type { Prompt } from '../../lib/schema/prompt.ts';
import { CLAIMED_BY_THREAD, keepChunksAtHead, measureBlob, type KeptVersion, type MeasureJob } from './_measure-blob.ts';
import { KeptVersions } from '../../lib/traits/paragraph-reuse.ts';
import { promptChunkTexts, type ChunkFileText } from '../../lib/traits/chunk-store-fs.ts';
import { threadCpuMicros } from '../../lib/thread-cpu.ts';

export interface MeasureWorkerData {
  repo: Repo;
  encoding: TokenizerEncoding;
  /** The config's `max_prompt_bytes`, as the recorder parses with it. */
  maxBytes?: number | null;
}

/** The first message: the thread starts before the history is read, when the jobs are not known yet. */
export interface MeasureWorkerStart {
  /**
   * One Int32 per job of the run (see MeasureWorkerRequest.slots), 0 while nobody measures it: the
   * thread claims a job before measuring it and skips one the replay claimed first.
   */
  claims: SharedArrayBuffer;
}

/** A batch of jobs to measure; answered with a `MeasureWorkerReply` of the same `batch`. */
export interface MeasureWorkerRequest {
  batch: number;
  jobs: MeasureJob[];
  /** Each job's place in `claims`. */
  slots: number[];
}

/**
 * Sent once per job measured, as soon as it is (the replay may be waiting for that one blob while
 * the rest of the batch belongs to later commits), then once more with `last` when the batch is done.
 */
export interface MeasureWorkerReply {
  batch: number;
  /** The jobs this reply answers for (measured, or given up). */
  done: string[];
  /** The batch is finished: no more replies for it. */
  last: boolean;
  /** `measureKey` and entry of each job that parsed. */
  entries: [string, MeasureEntry][];
  /** Blob id and citation entry of each job whose id the citation lookup considers. */
  citations: [string, BlobCitations][];
  /** Blob id and parsed prompt (at the job's path) of each job that parsed, for the recorder; the same jobs as `entries`, in the same order. */
  prompts: [string, Prompt][];
  /** Blob id and front-matter id keys (stableIdKeys at the job's path) of each job measured. */
  idKeys: [string, string[]][];
  /** The hook's chunk files of the prompts HEAD holds the blob at (keepChunksAtHead): made here, written by backfill's record writer thread. */
  chunkTexts: ChunkFileText[];
  /** The encoding the entries' keys were made with (with entries). */
  encoding?: TokenizerEncoding;
  /** With `last`: this thread's CPU so far (user + system, microseconds), for backfill's figures. */
  cpu?: number;
}

const { repo, encoding, maxBytes } = workerData as MeasureWorkerData;
// Set by the first message (MeasureWorkerStart), before any batch.
let claims = new Int32Array(new SharedArrayBuffer(0));
const reader = openBlobReader(repo);
// Each blob is measured once (the job list holds each once): nothing to remember.
const counter = startTokenCounter(encoding, { remember: false });
// What this thread measured of the versions later jobs edit.
const kept = new KeptVersions<KeptVersion>();
// The chunk files of the prompts HEAD holds (keepChunksAtHead), made here and sent with the job's answer.
let chunkTexts: ChunkFileText[] = [];
const chunkFiles = promptChunkTexts({ gitdir: repo.gitdir, encoding }, (texts) => chunkTexts.push(...texts));
const port = parentPort!;

port.on('message', (request: MeasureWorkerStart | MeasureWorkerRequest | null) => {
  if (request === null) {
    reader.close();
    counter.close();
    port.close();
    return;
  }
  if ('claims' in request) {
    claims = new Int32Array(request.claims);
    return;
  }
  // Its blobs are asked for now, while the batches before it are measured: git answers in order,
  // and the thread finds them read when it comes to them.
  queue.push({ request, parts: readParts(request.jobs) });
  if (!draining) void drain();
});

/** Batches received and not yet measured, in order, their blobs asked for. */
const queue: { request: MeasureWorkerRequest; parts: Promise<Map<string, Buffer>>[] }[] = [];
let draining = false;

/**
 * Measures the queued batches one after another, in the order they came (a version is measured
 * before the next version of it, whose paragraphs it keeps for: batches measured side by side
 * interleaved at each blob read, and an edit could come before its previous version).
 */
async function drain(): Promise<void> {
  draining = true;
  while (queue.length > 0) {
    const { request, parts } = queue.shift()!;
    // A batch that fails (a blob git cannot read) ends with what was measured: the replay measures the rest, and reports the problem.
    await answer(request, parts).catch(() => {});
    port.postMessage({ batch: request.batch, done: [], last: true, entries: [], citations: [], prompts: [], idKeys: [], chunkTexts: [], cpu: threadCpuMicros() } satisfies MeasureWorkerReply);
    // The batches sent meanwhile are taken in (and their blobs asked for) before the next is measured.
    await new Promise((resolve) => setImmediate(resolve));
  }
  draining = false;
}

/**
 * Blobs a batch's parts hold. A large commit's share is one batch of thousands of blobs (a first
 * import: 3,000, 30 MB): read as one part, none was measured before the last was read, which held
 * the thread about 0.3 s at the start of every backfill. Every part is asked for at once (git
 * answers them in one stream, as one read) and each is measured as soon as it is in: a part asked
 * for only when the one before was measured waited on git each time, seconds in all on a loaded
 * machine.
 */
const READ_PART = 32;

/** Asks for the blobs of `jobs`, in parts of READ_PART. */
function readParts(jobs: MeasureJob[]): Promise<Map<string, Buffer>>[] {
  const parts: Promise<Map<string, Buffer>>[] = [];
  for (let start = 0; start < jobs.length; start += READ_PART) {
    const reading = reader.read(jobs.slice(start, start + READ_PART).map((job) => job.oid));
    // Awaited in turn (answer); one that fails before then is not an unhandled rejection.
    reading.catch(() => {});
    parts.push(reading);
  }
  return parts;
}

async function answer({ batch, jobs, slots }: MeasureWorkerRequest, parts: Promise<Map<string, Buffer>>[]): Promise<void> {
  for (const [k, reading] of parts.entries()) {
    const blobs = await reading;
    const start = k * READ_PART;
    for (let i = start; i < Math.min(start + READ_PART, jobs.length); i++) {
      const job = jobs[i]!;
      // The replay took this one while it waited for the batch: it measures it itself.
      if (Atomics.compareExchange(claims, slots[i]!, 0, CLAIMED_BY_THREAD) !== 0) continue;
      const blob = blobs.get(job.oid)!;
      const { measured, cited, prompt, chunks, idKeys } = await measureBlob(blob, job, counter, { maxBytes }, kept);
      // Made here, written by the record writer thread (see keepChunksAtHead).
      keepChunksAtHead(job, chunks, chunkFiles);
      port.postMessage({
        batch, done: [job.oid], last: false, encoding,
        entries: measured ? [[measured.key, measured.entry]] : [], citations: cited ? [[job.oid, cited]] : [], prompts: prompt ? [[job.oid, prompt]] : [], idKeys: [[job.oid, idKeys]], chunkTexts,
      } satisfies MeasureWorkerReply);
      chunkTexts = [];
    }
  }
}
