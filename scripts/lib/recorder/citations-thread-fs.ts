// Node-only (worker threads): a cold citation cache's prompts (100 MB at 10,000 prompts) read on
// other cores, so git's inflating and the front-matter parsing overlap the guard's work on the
// main thread. Any failure (no worker file, a crash, a blob git cannot read) answers undefined,
// and the recorder reads the files itself, as before.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { workerUrl } from '../cli-bundle/worker-url-fs.ts';
import { compileLazilyForThreads } from '../engine/short-run-fs.ts';
import type { Repo } from '../git/index.ts';
import type { BlobCitations } from './citations-cache-fs.ts';
import type { CitationsWorkerData, CitationsWorkerReply } from './citations-worker.ts';

/**
 * Files one more thread must have to be worth starting (each loads its own modules and runs its
 * own `git cat-file`: about 0.2 s of CPU). Once the guard is done the main thread only waits, so
 * on two cores two threads read a cold cache's 10,000 prompts in about half the time of one.
 */
const FILES_PER_THREAD = 2_500;
/** More threads than this gain little: each has its own git process, and the disk is shared. */
const MAX_THREADS = 4;

/** How many threads read `files` prompts on this machine. */
export function citationThreads(files: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, MAX_THREADS, Math.floor(files / FILES_PER_THREAD)));
}

/**
 * Each file's citations read in worker threads, in the order given; undefined when a thread failed.
 * `run`: how many files in a row go to one thread (tests set it).
 */
export async function readCitationsInThread(repo: Repo, files: CitationsWorkerData['files'], threads = citationThreads(files.length), run = RUN): Promise<BlobCitations[] | undefined> {
  const url = workerUrl(import.meta.url, { source: 'citations-worker.ts', bundled: 'citations-worker.js' });
  if (!url) return undefined;
  // Runs of files dealt out in turn: each thread's git still reads its blobs in the order given
  // (pack locality), and each thread gets its share of every kind of file. Halves of the list
  // sorted by path gave one thread the whole-YAML and Markdown-less shapes (.prompt.yml, .prompty,
  // .prompt: a full YAML parse each) and left the other idle for a third of the time.
  const parts = Array.from({ length: threads }, () => [] as number[]);
  for (let start = 0; start < files.length; start += run) {
    const part = parts[(start / run) % threads]!;
    for (let i = start; i < Math.min(files.length, start + run); i++) part.push(i);
  }
  const used = parts.filter((part) => part.length > 0);
  const read = await Promise.all(used.map((part) => readInOneThread(url, repo, part.map((i) => files[i]!))));
  if (!read.every((part) => part !== undefined)) return undefined;
  const citations: BlobCitations[] = new Array(files.length);
  used.forEach((part, t) => part.forEach((i, k) => (citations[i] = read[t]![k]!)));
  return citations;
}

/** Files in a run dealt to one thread. */
const RUN = 100;

function readInOneThread(url: URL, repo: Repo, files: CitationsWorkerData['files']): Promise<BlobCitations[] | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      compileLazilyForThreads();
      // Loaded here, not imported: every recording commit loads this module, few start a thread
      // (Node's worker module cost a hook about 8 ms of CPU to load).
      const { Worker } = process.getBuiltinModule('node:worker_threads');
      worker = new Worker(url, { workerData: { repo: { dir: repo.dir, gitdir: repo.gitdir, env: repo.env }, files } satisfies CitationsWorkerData });
    } catch {
      resolve(undefined);
      return;
    }
    worker.once('message', (reply: CitationsWorkerReply) => {
      resolve(reply.ok && reply.citations.length === files.length ? reply.citations : undefined);
      void worker.terminate();
    });
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
}
