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
import { measureBlob, type MeasureJob } from './_measure-blob.ts';

export interface MeasureWorkerData {
  repo: Repo;
  encoding: TokenizerEncoding;
  /** The config's `max_prompt_bytes`, as the recorder parses with it. */
  maxBytes?: number | null;
}

/** A batch of jobs to measure; answered with a `MeasureWorkerReply` of the same `batch`. */
export interface MeasureWorkerRequest {
  batch: number;
  jobs: MeasureJob[];
}

export interface MeasureWorkerReply {
  batch: number;
  /** `measureKey` and entry of each job that parsed. */
  entries: [string, MeasureEntry][];
  /** Blob id and citation entry of each job whose id the citation lookup considers. */
  citations: [string, BlobCitations][];
  /** Blob id and parsed prompt (at the job's path) of each job that parsed, for the recorder. */
  prompts: [string, Prompt][];
}

const { repo, encoding, maxBytes } = workerData as MeasureWorkerData;
const reader = openBlobReader(repo);
const counter = startTokenCounter(encoding);
const port = parentPort!;

port.on('message', (request: MeasureWorkerRequest | null) => {
  if (request === null) {
    reader.close();
    counter.close();
    port.close();
    return;
  }
  // A batch that fails (a blob git cannot read) comes back empty: the replay measures it, and reports the problem.
  void answer(request).catch(() => ({ batch: request.batch, entries: [], citations: [], prompts: [] })).then((reply) => port.postMessage(reply));
});

async function answer({ batch, jobs }: MeasureWorkerRequest): Promise<MeasureWorkerReply> {
  const blobs = await reader.read(jobs.map((job) => job.oid));
  const entries: MeasureWorkerReply['entries'] = [];
  const citations: MeasureWorkerReply['citations'] = [];
  const prompts: MeasureWorkerReply['prompts'] = [];
  for (const job of jobs) {
    const blob = blobs.get(job.oid)!;
    const { measured, cited, prompt } = await measureBlob(blob, job, counter, { maxBytes });
    if (measured) entries.push([measured.key, measured.entry]);
    if (cited) citations.push([job.oid, cited]);
    if (prompt) prompts.push([job.oid, prompt]);
  }
  return { batch, entries, citations, prompts };
}
