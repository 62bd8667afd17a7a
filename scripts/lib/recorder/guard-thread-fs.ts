// Node-only (worker threads): the guard over a bulk clause change shared with one other thread.
// The recorder hands over the changes as it parsed them, before it reads the existing audits
// (which may still change what is compared, or skip a change); the thread starts on them at once.
// Once the recorder knows what it must audit, it claims changes from the same counter and
// evaluates them itself; a change whose input differs from what was handed over, or that the
// thread did not answer for (a crash, no worker file), is evaluated here. Either way each
// evaluation is evaluateClauseChange's on the same input: the thread changes when, not what.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { workerUrl } from '../cli-bundle/worker-url-fs.ts';
import { compileLazilyForThreads } from '../engine/short-run-fs.ts';
import type { ClauseChangeEvaluation } from '../guard/evaluate-clause-change.ts';
import type { Config } from '../schema/config.ts';
import type { GuardTask, GuardWorkerData, GuardWorkerReply } from './guard-worker.ts';

export type { GuardTask } from './guard-worker.ts';

/**
 * Changes with two different texts (edits: the guard's real work, 2-5 ms each in a hook's cold code) a
 * thread must have to be worth starting: it loads the guard and the tokenizer table on its own
 * (about 0.3 s of CPU) before it takes its first change.
 */
const EDITS_AT_LEAST = 200;

export interface SharedGuard {
  /**
   * The evaluations of `needed`, in its order. `index`: the position of the task handed over for
   * that change (its input is compared with `task`); `here`: evaluates one task in this thread.
   */
  evaluate(needed: { index: number; task: GuardTask }[], here: (task: GuardTask) => Promise<ClauseChangeEvaluation>): Promise<ClauseChangeEvaluation[]>;
  /** Stops the thread (after evaluate, or when the commit fails before it). */
  close(): void;
  /** Once the thread has answered: how many changes it evaluated (undefined when it failed). */
  threadDone: Promise<number | undefined>;
}

/**
 * Starts a thread on `tasks` when the configuration lets one read them (the builtin embedder, no
 * judge: a remote one keeps its cache and its errors in this thread) and there are enough edits
 * on a machine of two cores or more; undefined otherwise. `editsAtLeast`: tests set it.
 */
export function startGuardThread(tasks: GuardTask[], config: Config, options: { editsAtLeast?: number; cores?: number } = {}): SharedGuard | undefined {
  if (config.guard.embedder.kind !== 'builtin' || config.guard.judge) return undefined;
  if ((options.cores ?? availableParallelism()) < 2) return undefined;
  // An unchanged text (a move, new codex globs) is no edit: the guard reads none of its statements.
  if (tasks.filter((task) => task.previous !== null && task.next !== null && task.previous !== task.next).length < (options.editsAtLeast ?? EDITS_AT_LEAST)) return undefined;
  const url = workerUrl(import.meta.url, { source: 'guard-worker.ts', bundled: 'guard-worker.js' });
  if (!url) return undefined;
  const claims = new SharedArrayBuffer(4);
  const counter = new Int32Array(claims);
  let worker: Worker;
  try {
    compileLazilyForThreads();
    // Loaded here, not imported: most recording commits change no clause.
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    worker = new Worker(url, { workerData: { config: { guard: config.guard }, tasks, claims } satisfies GuardWorkerData });
  } catch {
    return undefined;
  }
  // A commit that fails before evaluate must not wait for the thread to finish.
  worker.unref();
  const reply = new Promise<Map<number, ClauseChangeEvaluation> | undefined>((resolve) => {
    worker.once('message', (message: GuardWorkerReply) => resolve(message.ok ? new Map(message.evaluations) : undefined));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  const close = () => void worker.terminate();
  return {
    close,
    threadDone: reply.then((evaluations) => evaluations?.size),
    async evaluate(needed, here) {
      const results: (ClauseChangeEvaluation | undefined)[] = new Array(needed.length);
      // Task index -> position in `needed`, for the changes whose input is the one handed over.
      const handedOver = new Map<number, number>();
      needed.forEach(({ index, task }, k) => {
        if (sameTask(tasks[index], task) && !handedOver.has(index)) handedOver.set(index, k);
      });
      try {
        // This thread's share: the changes it claims before the other thread does.
        for (let i = Atomics.add(counter, 0, 1); i < tasks.length; i = Atomics.add(counter, 0, 1)) {
          const k = handedOver.get(i);
          if (k !== undefined) results[k] = await here(needed[k]!.task);
        }
        // A change compared with another text than the one handed over (its last audited text).
        for (const [k, { index, task }] of needed.entries()) if (handedOver.get(index) !== k) results[k] = await here(task);
        const theirs = results.includes(undefined) ? await reply : undefined;
        for (const [k, { index, task }] of needed.entries()) results[k] ??= theirs?.get(index) ?? (await here(task));
        return results as ClauseChangeEvaluation[];
      } finally {
        close();
      }
    },
  };
}

function sameTask(a: GuardTask | undefined, b: GuardTask): boolean {
  return a !== undefined && a.clauseId === b.clauseId && a.previous === b.previous && a.next === b.next && a.declaredTone === b.declaredTone;
}
