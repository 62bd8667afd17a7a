// Node-only (worker threads): backfill measures the prompt blobs of its history in worker threads,
// ahead of the replay, and primes the measure cache with the results, so the replay finds most
// bodies measured. A blob no thread has taken yet when the replay reaches it is measured by the
// replay itself; a blob a thread is working on is waited for. Traits were about 40% of a cold run.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerUrl } from '../../lib/cli-bundle/worker-url-fs.ts';
import type { Repo } from '../../lib/git/index.ts';
import type { MeasureCache } from '../../lib/traits/measure-cache-fs.ts';
import type { TokenizerEncoding } from '../../lib/traits/tokens.ts';
import type { TokenCounter } from '../../lib/traits/token-counter-fs.ts';
import { CLAIMED_BY_REPLAY, citationsOfBlob, keepChunksAtHead, measureBlob, type MeasureJob } from './_measure-blob.ts';
import { detectFormat } from '../../lib/formats/index.ts';
import { stableIdKeys } from '../../lib/recorder/stable-id-keys.ts';
import type { CitationCache } from '../../lib/recorder/citations-cache-fs.ts';
import type { Prompt } from '../../lib/schema/prompt.ts';
import { promptChunkTexts, type ChunkFileText } from '../../lib/traits/chunk-store-fs.ts';
import type { MeasureWorkerData, MeasureWorkerReply, MeasureWorkerRequest, MeasureWorkerStart } from './measure-worker.ts';

export interface MeasuringAhead {
  /**
   * Before the replay records a commit: resolves once the blobs among `oids` that a thread holds
   * are measured (and primed); those no thread has taken are left to the replay.
   */
  ready(oids: Iterable<string>): Promise<void>;
  /**
   * Before the replay works a long while without yielding (recording a large commit, saving):
   * gives each thread up to `depth` queued jobs, so it does not run dry meanwhile (a thread is
   * handed a new batch only when the replay's event loop takes its answer). The queue drains
   * back to its usual depth as the answers come.
   */
  keepBusy(depth: number): void;
  /**
   * The prompt parsed from blob `oid` at `path` while measuring it, handed over once (the
   * recorder's own parse of that file is then skipped); undefined when there is none.
   */
  takeParsed(oid: string, path: string): Prompt | undefined;
  /** Drops what was parsed from these blobs and not taken (after the commit that holds them). */
  forget(oids: Iterable<string>): void;
  /**
   * The job list as the whole history gives it, once its moves are paired: the same blobs in the
   * same order as `jobs`, some with other fields (see measure-jobs.ts, firstJobsMovesLeave). Ends
   * the wait of the jobs not in `early`: call it before `ready`.
   */
  settle(jobs: MeasureJob[]): void;
  /** Threads that started; 0 when none could (the replay then measures everything itself). */
  threads: number;
  /** CPU seconds the threads reported with their last answers (their work apart from the replay's). */
  cpuSeconds(): number;
  close(): void;
}

/** Jobs a thread gets at once: small, so each answer comes soon after its blobs are read. */
const BATCH = 8;
/**
 * Batches a thread holds. It is handed a new batch only when the replay's event loop takes an
 * answer, and the replay records a commit without yielding (clause audits, large commits): with
 * 2 batches (16 blobs, about 15 ms of measuring) the thread ran dry a third of the replay under
 * load (bench HISTORY, session 31). It reads each batch's blobs as it gets it and measures the
 * batches in order (measure-worker.ts), so a deeper queue costs no more reading, only blobs held.
 */
const IN_FLIGHT = 16;
/** How far past the queue's head the replay looks for a job that edits nothing (see nextUnsent). */
const FRESH_WINDOW = 64;

/** One thread per core left to the replay, at most 3 (beyond that the replay is the bottleneck). */
export function defaultMeasureThreads(): number {
  return Math.max(1, Math.min(3, os.availableParallelism() - 1));
}

/**
 * Measuring threads started before their jobs are known: each loads its bundle and the
 * tokenizer's tables and starts its `git cat-file` (about 0.3 s of a core) while backfill reads
 * the history, when the replay's thread waits on git and a core is free. Started with the jobs,
 * that load delayed the thread's share of the first commit, and the replay idled at its end.
 * `measureAhead` takes them over; `close` ends those it did not (a run stopped before measuring).
 */
export interface MeasureThreads {
  close(): void;
}

interface StartedThread {
  worker: Worker;
  /** It failed before `measureAhead` took it (no worker support, a crash): not used. */
  failed: boolean;
}

const startedThreads = new WeakMap<MeasureThreads, StartedThread[]>();

export function startMeasureThreads(options: { repo: Repo; encoding: TokenizerEncoding; maxBytes?: number | null; count: number }): MeasureThreads {
  const started: StartedThread[] = [];
  const url = workerUrl(import.meta.url, { source: 'measure-worker.ts', bundled: 'backfill-measure-worker.js' });
  for (let i = 0; url && i < options.count; i++) {
    let worker: Worker;
    try {
      worker = new Worker(url, { workerData: { repo: { dir: options.repo.dir, gitdir: options.repo.gitdir, env: options.repo.env }, encoding: options.encoding, maxBytes: options.maxBytes } satisfies MeasureWorkerData });
    } catch {
      break;
    }
    const thread = { worker, failed: false };
    worker.on('error', () => {
      thread.failed = true;
    });
    // The replay never waits on a thread's exit, only on its answers.
    worker.unref();
    started.push(thread);
  }
  const threads: MeasureThreads = {
    close() {
      for (const { worker } of started.splice(0)) {
        worker.postMessage(null);
        void worker.terminate();
      }
    },
  };
  startedThreads.set(threads, started);
  return threads;
}

export function measureAhead(options: {
  jobs: MeasureJob[]; cache: MeasureCache;
  /**
   * The only jobs handed to the threads until `settle` (the list is then the log's, its moves not
   * paired yet): those whose fields the pairing cannot change. Absent: every job, now.
   */
  early?: MeasureJob[];
  /** The threads that measure (startMeasureThreads): taken over here, and ended by `close`. */
  threads: MeasureThreads;
  /** The config's `max_prompt_bytes`: blobs are parsed as the recorder parses them. */
  maxBytes?: number | null;
  /** Where what each measured blob cites goes, under the shape of the path it was measured at. */
  citations: CitationCache;
  /** The replay's own reader and counter, for its share of a large commit. */
  read: (oids: string[]) => Promise<Map<string, Buffer>>; counter: TokenCounter;
  /**
   * Where the chunk files of the jobs measured with `heads` go, and who writes them: `keep` gets
   * each file's path and text as it is made (here or by a thread), to write off the measuring threads.
   */
  chunkFiles: { gitdir: string; encoding: string; keep: (texts: ChunkFileText[]) => void };
  /** Told the front-matter id keys of each blob measured or read here, at the job's path (stableIdKeys). */
  idKeys?: (path: string, oid: string, keys: string[]) => void;
}): MeasuringAhead {
  const { cache, citations } = options;
  let jobs = options.jobs;
  let jobOf = new Map(jobs.map((job) => [job.oid, job]));
  // Until `settle`: the jobs the threads may take, and the next of them to hand over.
  let early = options.early;
  let nextEarly = 0;
  // Each job's claim (see CLAIMED_BY_THREAD): the replay, instead of waiting for a blob queued on
  // a thread, measures it itself if the thread has not started it (a save or a large commit
  // queues a thread hundreds of jobs; the replay waited on them and idled a third of its time).
  const slotOf = new Map(jobs.map((job, i) => [job.oid, i]));
  const claims = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, jobs.length)));
  // Per blob: absent while queued; 'thread' once a thread has it, 'replay' once left to the
  // replay, 'done' when a thread has measured it (or given up) or the replay took it from a thread.
  const state = new Map<string, 'thread' | 'replay' | 'done'>();
  const waiting = new Map<string, (() => void)[]>();
  const batches = new Map<number, { oids: string[]; worker: Worker }>();
  const inFlight = new Map<Worker, number>();
  const parsed = new Map<string, Prompt>();
  const chunkFiles = promptChunkTexts(options.chunkFiles, options.chunkFiles.keep);
  let next = 0;
  let batchCount = 0;
  const workers: Worker[] = [];
  const cpuOf = new Map<Worker, number>();

  const done = (oid: string) => {
    state.set(oid, 'done');
    for (const resolve of waiting.get(oid) ?? []) resolve();
    waiting.delete(oid);
  };
  const finish = (id: number) => {
    const batch = batches.get(id);
    if (batch) inFlight.set(batch.worker, (inFlight.get(batch.worker) ?? 1) - 1);
    for (const oid of batch?.oids ?? []) done(oid);
    batches.delete(id);
  };
  /** The next job no thread or the replay has, in order; of `early` only, until `settle`. */
  const take = (): MeasureJob | undefined => {
    const list = early ?? jobs;
    let at = early ? nextEarly : next;
    let job: MeasureJob | undefined;
    while (at < list.length && !job) {
      const candidate = list[at++]!;
      if (!state.has(candidate.oid)) job = candidate;
    }
    if (early) nextEarly = at;
    else next = at;
    return job;
  };
  /** Hands `worker` a batch (`given`, or the next jobs); false when there was none to hand. */
  const send = (worker: Worker, given?: MeasureJob[]): boolean => {
    const batch: MeasureJob[] = given ?? [];
    while (!given && batch.length < BATCH) {
      const job = take();
      if (!job) break;
      batch.push(job);
    }
    if (batch.length === 0) return false;
    for (const job of batch) state.set(job.oid, 'thread');
    const id = batchCount++;
    batches.set(id, { oids: batch.map((job) => job.oid), worker });
    inFlight.set(worker, (inFlight.get(worker) ?? 0) + 1);
    worker.postMessage({ batch: id, jobs: batch, slots: batch.map((job) => slotOf.get(job.oid)!) } satisfies MeasureWorkerRequest);
    return true;
  };

  /**
   * The next job no thread has been given and the replay has not taken, if any, for the replay to
   * measure while it waits. A job that edits an earlier one is left to the threads, within a
   * window of the queue: a thread keeps the paragraphs of what it measured for the next version
   * (paragraph-reuse.ts), the replay keeps none.
   */
  const nextUnsent = (): MeasureJob | undefined => {
    while (next < jobs.length && state.has(jobs[next]!.oid)) next++;
    for (let i = next; i < jobs.length && i < next + FRESH_WINDOW; i++) {
      const job = jobs[i]!;
      if (!state.has(job.oid) && job.previous === undefined) return job;
    }
    return undefined;
  };

  /** Measures blobs on the replay's thread and primes the cache with them, as a thread would. */
  const measureHere = async (oids: string[]) => {
    try {
      // Every slice's blobs are asked for at once, and each slice is measured as soon as it is
      // in: the replay's share of a first commit is thousands of blobs, and it waited on git for
      // each slice in turn.
      const slices: Promise<Map<string, Buffer>>[] = [];
      for (let i = 0; i < oids.length; i += BATCH) {
        const reading = options.read(oids.slice(i, i + BATCH));
        // Awaited in turn below; one that fails before then is not an unhandled rejection.
        reading.catch(() => {});
        slices.push(reading);
      }
      for (let i = 0; i < oids.length; i += BATCH) {
        const slice = oids.slice(i, i + BATCH);
        const blobs = await slices[i / BATCH]!;
        for (const oid of slice) {
          const job = jobOf.get(oid)!;
          const { measured, cited, prompt, chunks: entries, idKeys } = await measureBlob(blobs.get(oid)!, job, options.counter, { maxBytes: options.maxBytes });
          options.idKeys?.(job.path, oid, idKeys);
          if (measured) cache.prime(measured.key, measured.entry, prompt && { body: prompt.body, encoding: options.counter.encoding });
          if (cited) citations.set(oid, detectFormat(job.path), cited);
          if (prompt) parsed.set(oid, prompt);
          keepChunksAtHead(job, entries, chunkFiles);
        }
      }
    } catch {
      // A blob git cannot read: the replay meets it too, and reports it.
    }
  };

  const started = startedThreads.get(options.threads)?.splice(0) ?? [];
  for (const { worker, failed } of started) {
    if (failed || jobs.length === 0) {
      void worker.terminate();
      continue;
    }
    // Its first message: where the jobs' claims are (their number was not known when it started).
    worker.postMessage({ claims: claims.buffer as SharedArrayBuffer } satisfies MeasureWorkerStart);
    worker.on('message', (reply: MeasureWorkerReply) => {
      // A reply answers for one job: its entry is the measures of its prompt's body.
      for (const [i, [key, entry]] of reply.entries.entries()) {
        const prompt = reply.prompts[i]?.[1];
        cache.prime(key, entry, prompt && reply.encoding !== undefined ? { body: prompt.body, encoding: reply.encoding } : undefined);
      }
      for (const [oid, cited] of reply.citations) citations.set(oid, detectFormat(jobOf.get(oid)!.path), cited);
      for (const [oid, prompt] of reply.prompts) parsed.set(oid, prompt);
      for (const [oid, keys] of reply.idKeys) options.idKeys?.(jobOf.get(oid)!.path, oid, keys);
      if (reply.chunkTexts.length > 0) options.chunkFiles.keep(reply.chunkTexts);
      // Each blob is answered as soon as it is measured: the replay waits for that one, not for
      // the rest of its batch (later commits' blobs; waiting for them idled the replay ~40%).
      for (const oid of reply.done) done(oid);
      if (!reply.last) return;
      if (reply.cpu !== undefined) cpuOf.set(worker, reply.cpu);
      finish(reply.batch);
      if ((inFlight.get(worker) ?? 0) < IN_FLIGHT) send(worker);
    });
    // A thread that fails (no worker support, a crash) hands its blobs back to the replay.
    worker.on('error', () => {
      workers.splice(workers.indexOf(worker), 1);
      for (const [id, batch] of [...batches]) if (batch.worker === worker) finish(id);
    });
    workers.push(worker);
    for (let k = 0; k < IN_FLIGHT; k++) send(worker);
  }

  return {
    threads: workers.length,
    cpuSeconds: () => [...cpuOf.values()].reduce((sum, micros) => sum + micros, 0) / 1e6,
    takeParsed(oid, path) {
      const prompt = parsed.get(oid);
      if (prompt?.path !== path) return undefined;
      parsed.delete(oid);
      return prompt;
    },
    forget(oids) {
      for (const oid of oids) parsed.delete(oid);
    },
    settle(settled) {
      if (settled.length !== jobs.length || settled.some((job, i) => job.oid !== jobs[i]!.oid)) {
        throw new Error('backfill: the history with its moves paired gave other measuring jobs than its log (measure-jobs.ts)');
      }
      jobs = settled;
      jobOf = new Map(jobs.map((job) => [job.oid, job]));
      early = undefined;
      // A thread that ran out of early jobs got no batch since: it is handed its queue's worth now.
      for (const worker of workers) while ((inFlight.get(worker) ?? 0) < IN_FLIGHT && send(worker));
    },
    keepBusy(depth) {
      for (const worker of workers) {
        while ((inFlight.get(worker) ?? 0) < Math.ceil(depth / BATCH) && send(worker));
      }
    },
    async ready(oids) {
      const queued = [...new Set(oids)].filter((oid) => !state.has(oid) && jobOf.has(oid));
      if (workers.length > 0 && queued.length >= 4 * BATCH) {
        // A large commit (often the first: a repository's initial import) is shared: each thread
        // takes an equal part in one batch while the replay measures its own part here.
        const part = Math.ceil(queued.length / (workers.length + 1));
        // The blobs later jobs edit go to the threads first: only a thread keeps their paragraphs.
        queued.sort((a, b) => Number(jobOf.get(b)!.keep === true) - Number(jobOf.get(a)!.keep === true));
        for (const [i, worker] of workers.entries()) send(worker, queued.slice(i * part, (i + 1) * part).map((oid) => jobOf.get(oid)!));
        const mine = queued.slice(workers.length * part);
        for (const oid of mine) state.set(oid, 'replay');
        await measureHere(mine);
      }
      const held: string[] = [];
      const left: MeasureJob[] = [];
      for (const oid of new Set(oids)) {
        const now = state.get(oid);
        if (now === undefined) {
          state.set(oid, 'replay');
          const job = jobOf.get(oid);
          if (job) left.push(job);
        } else if (now === 'thread') held.push(oid);
      }
      // Blobs queued on a thread that it has not started are measured here, one at a time from the
      // end of the list while the thread works from its start; only those it started are waited for.
      // (Claimed four at a time to read them in one ask of git, the replay takes more of them from
      // the thread, which measures an edit from the paragraphs of the version before, where the
      // replay keeps none: what the asks save, the measuring may lose. Taken back untried alone:
      // scripts/bench/HISTORY.md, backfill23.)
      const pending: Promise<void>[] = [];
      for (const oid of held.reverse()) {
        if (state.get(oid) === 'thread' && Atomics.compareExchange(claims, slotOf.get(oid)!, 0, CLAIMED_BY_REPLAY) === 0) {
          // Done as far as a later commit is concerned (the thread's answer for its batch lacks it).
          state.set(oid, 'done');
          await measureHere([oid]);
        } else if (state.get(oid) === 'thread') pending.push(new Promise((resolve) => waiting.set(oid, [...(waiting.get(oid) ?? []), resolve])));
      }
      // The replay measures these itself; what they cite is read here, so that no later commit
      // changing clauses finds a prompt the citation cache does not know (it would grep them all).
      if (left.length > 0) {
        try {
          const blobs = await options.read(left.map((job) => job.oid));
          for (const job of left) {
            const cited = citationsOfBlob(blobs.get(job.oid)!, job);
            if (cited) citations.set(job.oid, detectFormat(job.path), cited);
            options.idKeys?.(job.path, job.oid, stableIdKeys(blobs.get(job.oid)!, job.path));
          }
        } catch {
          // A blob git cannot read: the replay meets it too, and reports it.
        }
      }
      // While a thread finishes a blob this commit needs, the replay measures the next blobs no
      // thread has been given instead of idling (it idled a fifth to a quarter of a backfill with
      // the measuring thread the busier one): they are the ones the next commits need.
      let waited = false;
      void Promise.all(pending).then(() => { waited = true; });
      // Two at a time, read in one ask of git (one at a time, each was a write to cat-file's pipe and
      // a wake-up of it and then of this thread); the second only when no later job edits it, whose
      // paragraphs a thread would keep for that edit.
      while (pending.length > 0 && !waited) {
        const job = nextUnsent();
        if (!job) break;
        state.set(job.oid, 'done');
        const taken = [job.oid];
        const second = nextUnsent();
        if (second && second.keep !== true) {
          state.set(second.oid, 'done');
          taken.push(second.oid);
        }
        await measureHere(taken);
      }
      await Promise.all(pending);
    },
    close() {
      for (const worker of workers) {
        worker.postMessage(null);
        void worker.terminate();
      }
      workers.length = 0;
      for (const id of [...batches.keys()]) finish(id);
    },
  };
}
