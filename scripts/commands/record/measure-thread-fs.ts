// Node-only (a worker thread): a bulk commit's prompt bodies measured on another core while the
// hook validates the prompts and reads their lineages. The thread starts once the diff shows
// enough prompts and loads the measuring code and the tokenizer's table while the hook loads the
// recorder; each body is offered to it as soon as its prompt parses (the hook offers those whose
// prompt has no chunks kept, measured whole: lib/traits/chunk-store-fs.ts). The thread claims
// bodies in the order they come, the hook (once it has read the lineages) from the last, in one
// shared array: each body is measured once, by whichever thread gets to it. Every body the thread
// did not answer for (no worker file, a crash) is measured here: the thread changes where a body
// is measured, never what its measures are (the same code on both sides).
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { workerUrl } from '../../lib/cli-bundle/worker-url-fs.ts';
import type { BodyToMeasure, MeasuringAhead } from '../../lib/recorder/record-commit.ts';
import type { MeasureEntry } from '../../lib/traits/measure-cache-fs.ts';
import type { TokenizerEncoding } from '../../lib/traits/tokens.ts';
import type { MeasureWorkerData, MeasureWorkerReply, MeasureWorkerRequest } from './measure-worker.ts';

/** What a body's slot in the shared array holds once the thread or the hook took it (0: nobody yet). */
const CLAIMED_BY_THREAD = 1;
const CLAIMED_BY_HOOK = 2;

export interface MeasureThread extends MeasuringAhead {
  /** Stops the thread (after join, or when the commit fails before it). */
  close(): void;
  /** Once the thread is done: how many bodies it measured (undefined when it failed). */
  threadDone: Promise<number | undefined>;
}

/**
 * Starts a thread measuring in `encoding` on a machine of two cores or more; undefined otherwise
 * (one core, no worker file). `bodies`: how many may be offered (the commit's added or changed
 * prompts; more are measured here). Whether a commit is worth a thread is the caller's
 * (record/index.ts). `cores`: tests set it.
 */
export function startMeasureThread(options: { encoding: TokenizerEncoding; bodies: number; cores?: number }): MeasureThread | undefined {
  if ((options.cores ?? availableParallelism()) < 2) return undefined;
  const url = workerUrl(import.meta.url, { source: 'measure-worker.ts', bundled: 'hook-measure-worker.js' });
  if (!url) return undefined;
  const claims = new SharedArrayBuffer(4 * Math.max(1, options.bodies));
  const slots = new Int32Array(claims);
  let worker: Worker;
  try {
    // Loaded here, not imported: Node's worker module costs a few ms to load.
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    worker = new Worker(url, { workerData: { encoding: options.encoding, claims, mark: CLAIMED_BY_THREAD } satisfies MeasureWorkerData });
  } catch {
    return undefined;
  }
  // A commit that fails before the bodies are measured must not wait for the thread.
  worker.unref();
  const entries = new Map<number, MeasureEntry>();
  const finished = new Promise<boolean>((resolve) => {
    worker.on('message', (reply: MeasureWorkerReply) => {
      if ('index' in reply) entries.set(reply.index, reply.entry);
      else resolve('done' in reply);
    });
    worker.once('error', () => resolve(false));
    worker.once('exit', () => resolve(false));
  });
  // Offered bodies by index; past the array's size they are this side's alone.
  const bodies: BodyToMeasure[] = [];
  const close = () => void worker.terminate();
  return {
    close,
    threadDone: finished.then((ok) => (ok ? entries.size : undefined)),
    offer(body) {
      const index = bodies.push(body) - 1;
      if (index < slots.length) worker.postMessage({ index, body } satisfies MeasureWorkerRequest);
    },
    async join({ measure, take }) {
      const shared = Math.min(bodies.length, slots.length);
      worker.postMessage({ end: shared } satisfies MeasureWorkerRequest);
      try {
        for (let index = bodies.length - 1; index >= shared; index--) await measure(bodies[index]!);
        // This side's share: from the last body down, until one the thread claimed first.
        let index = shared - 1;
        for (; index >= 0 && Atomics.compareExchange(slots, index, 0, CLAIMED_BY_HOOK) === 0; index--) await measure(bodies[index]!);
        // Every body taken here (the thread not started yet, or slower): nothing to wait for.
        if (index < 0) return;
        await finished;
        for (let k = 0; k <= index; k++) {
          const entry = entries.get(k);
          // Claimed by the thread and not answered (it failed), or measured in another encoding: measured here.
          if (!(entry && take(bodies[k]!, entry, options.encoding)) && Atomics.load(slots, k) !== CLAIMED_BY_HOOK) await measure(bodies[k]!);
        }
      } finally {
        close();
      }
    },
  };
}
