// Node-only worker thread (an entry point of its own, bundled as build/cli/guard-worker.js): runs
// the guard over its share of a bulk clause change with the builtin embedder, while the recorder
// reads the existing audits and then takes its own share. Both claim the next change from one
// shared counter, so the work splits by what each side gets done, not by a guess made up front.
import module from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { ClauseChangeEvaluation } from '../guard/evaluate-clause-change.ts';
import type { Config } from '../schema/config.ts';

// Node's compile cache is the process's only in the thread that turned it on: turned on here too,
// before the guard's modules load (dynamic imports below). Measured on the bundle, a thread
// evaluating 100 of the bench's pairs: 760-830 ms of CPU with it, 830-840 ms without.
module.enableCompileCache?.();

/** One clause change as the guard reads it. */
export interface GuardTask {
  clauseId: string;
  previous: string | null;
  next: string | null;
  declaredTone: string | null;
}

export interface GuardWorkerData {
  /** Only `guard` is read (thresholds, tone limits); the embedder is the builtin one, there is no judge. */
  config: Pick<Config, 'guard'>;
  tasks: GuardTask[];
  /** Int32Array over a SharedArrayBuffer: [0] is the index of the next task to claim. */
  claims: SharedArrayBuffer;
}

/** The evaluations this thread made, by task index; or what failed (the recorder then evaluates them itself). */
export type GuardWorkerReply = { ok: true; evaluations: [number, ClauseChangeEvaluation][] } | { ok: false; message: string };

const { config, tasks, claims } = workerData as GuardWorkerData;

async function run(): Promise<[number, ClauseChangeEvaluation][]> {
  const [{ createBuiltinEmbedder }, { evaluateClauseChange }, { createWordNetLexicon }] = await Promise.all([import('../guard/builtin-embedder.ts'), import('../guard/evaluate-clause-change.ts'), import('../guard/wordnet-lexicon-fs.ts')]);
  const counter = new Int32Array(claims);
  const embedder = createBuiltinEmbedder();
  const lexicon = createWordNetLexicon();
  const done: [number, ClauseChangeEvaluation][] = [];
  for (let i = Atomics.add(counter, 0, 1); i < tasks.length; i = Atomics.add(counter, 0, 1)) {
    done.push([i, await evaluateClauseChange({ ...tasks[i]!, config: config as Config, embedder, judge: null, lexicon })]);
  }
  return done;
}

run().then(
  (evaluations) => parentPort!.postMessage({ ok: true, evaluations } satisfies GuardWorkerReply),
  (error: unknown) => parentPort!.postMessage({ ok: false, message: String(error) } satisfies GuardWorkerReply),
);
