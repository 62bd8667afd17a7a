// Node-only (worker threads): backfill's measuring threads at work while `git log` is read. The
// first commit's prompts that HEAD still holds (measure-jobs.ts, jobsBeforeLog) are handed to them
// a few batches at a time; once the log is in, the batches under way are answered and their
// replies go to measureAhead, which keeps those the log's jobs confirm. Until then the threads
// only loaded and waited: the replay's thread waits on git, git reads the log on one core, and the
// other was nearly free for about 1.3 s of the quiet bench's backfill (bench HISTORY, session 38).
import type { Worker } from 'node:worker_threads';
import { NO_CLAIM, type MeasureJob } from './_measure-blob.ts';
import { idleThreads, type MeasureThreads } from './measure-ahead.ts';
import type { MeasureWorkerReply, MeasureWorkerRequest } from './measure-worker.ts';

/** What a thread answered for one job before the log was read, its chunk files included. */
export interface EarlyMeasure {
  job: MeasureJob;
  reply: Omit<MeasureWorkerReply, 'batch' | 'last'>;
}

export interface MeasuringBeforeLog {
  /** Hands out no more jobs; resolves, once the batches under way are answered, with what was measured, by blob. */
  stop(): Promise<Map<string, EarlyMeasure>>;
}

/** Jobs a batch holds, as measureAhead's. */
const BATCH = 8;
/** Batches a thread holds at a time: enough that it never waits for the next, few that the end of the log waits little for them. */
const IN_FLIGHT = 3;
/** Batch ids of their own, below measureAhead's (which count up from 0). */
const FIRST_BATCH = -1;

/**
 * Lends `threads` the jobs `jobs` resolves to until `stop`. Each job is measured as measureAhead's
 * threads measure it, without a claim (NO_CLAIM): the replay has not started, and `stop` waits
 * for every batch handed out. A thread that fails answers for nothing; its jobs are measured later.
 */
export function measureBeforeLog(threads: MeasureThreads, jobs: Promise<MeasureJob[]>): MeasuringBeforeLog {
  const measured = new Map<string, EarlyMeasure>();
  const workers = idleThreads(threads);
  const inFlight = new Map<Worker, Set<number>>(workers.map((worker) => [worker, new Set<number>()]));
  const jobOf = new Map<string, MeasureJob>();
  let list: MeasureJob[] = [];
  let next = 0;
  let batch = FIRST_BATCH;
  let stopping = false;
  let allAnswered: (() => void) | undefined;
  const answered = () => {
    if ([...inFlight.values()].every((batches) => batches.size === 0)) allAnswered?.();
  };
  const send = (worker: Worker) => {
    if (stopping || next >= list.length) return;
    const given = list.slice(next, next + BATCH);
    next += given.length;
    const id = batch--;
    inFlight.get(worker)!.add(id);
    worker.postMessage({ batch: id, jobs: given, slots: given.map(() => NO_CLAIM) } satisfies MeasureWorkerRequest);
  };
  const listeners = workers.map((worker) => {
    const onMessage = (reply: MeasureWorkerReply) => {
      if (!inFlight.get(worker)!.has(reply.batch)) return;
      for (const oid of reply.done) {
        const job = jobOf.get(oid);
        if (job) measured.set(oid, { job, reply: { ...reply, done: [oid] } });
      }
      if (!reply.last) return;
      inFlight.get(worker)!.delete(reply.batch);
      send(worker);
      answered();
    };
    const onError = () => {
      // What it measured of its batches is kept; the rest is measured after the log, as any job.
      inFlight.get(worker)!.clear();
      answered();
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    return () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
    };
  });
  jobs.then(
    (found) => {
      if (stopping) return;
      list = found;
      for (const job of found) jobOf.set(job.oid, job);
      for (const worker of workers) for (let k = 0; k < IN_FLIGHT; k++) send(worker);
    },
    // Not known (the root's tree could not be listed): the threads wait for the log, as before.
    () => {},
  );
  return {
    async stop() {
      stopping = true;
      await new Promise<void>((resolve) => {
        allAnswered = resolve;
        answered();
      });
      for (const remove of listeners) remove();
      return measured;
    },
  };
}
