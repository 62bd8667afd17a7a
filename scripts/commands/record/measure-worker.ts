// Node-only worker thread (an entry of the bundle: build/cli/hook-measure-worker.js): measures the
// bodies of a bulk commit's prompts while the hook reads their lineages (measure-thread-fs.ts). It
// claims each body in a shared array before measuring it, from the first on; the hook claims from
// the last; each body is measured by one of them. Only bodies with no chunks kept come here: they
// are measured whole (lib/traits/chunk-store-fs.ts), and this thread loads the measuring code
// alone, not the recorder's (its schemas cost a thread more to build than 50 bodies to measure).
import module from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { BodyToMeasure } from '../../lib/recorder/record-commit.ts';
import { memoryMeasureCache, type MeasureEntry } from '../../lib/traits/measure-cache-fs.ts';
import { startTokenCounter } from '../../lib/traits/token-counter-fs.ts';
import type { TokenizerEncoding } from '../../lib/traits/tokens.ts';

// Node's compile cache is per thread (from the sources, cli.ts sets NODE_COMPILE_CACHE for it).
module.enableCompileCache?.();

export interface MeasureWorkerData {
  encoding: TokenizerEncoding;
}

/** The bodies, sent once they are parsed; the thread reads the tokenizer's table before they come. */
export interface MeasureWorkerRequest {
  bodies: BodyToMeasure[];
  /** One Int32 per body: 0 while nobody measures it, else who took it (`mark` for this thread). */
  claims: SharedArrayBuffer;
  /** What this thread writes in a body's slot when it takes it. */
  mark: number;
}

/** One body's measures as soon as they are made; `done` once the thread has nothing more to claim. */
export type MeasureWorkerReply = { index: number; entry: MeasureEntry } | { done: true } | { failed: string };

const { encoding } = workerData as MeasureWorkerData;
const port = parentPort!;
// Each body is measured once here: nothing to remember.
const counter = startTokenCounter(encoding, { remember: false });
counter.preload();
const measures = memoryMeasureCache();

port.once('message', ({ bodies, claims, mark }: MeasureWorkerRequest) => {
  void measureShare(bodies, new Int32Array(claims), mark).then(
    () => port.postMessage({ done: true } satisfies MeasureWorkerReply),
    (error: unknown) => port.postMessage({ failed: String(error) } satisfies MeasureWorkerReply),
  );
});

async function measureShare(bodies: BodyToMeasure[], slots: Int32Array, mark: number): Promise<void> {
  for (const [index, { body, inferTone }] of bodies.entries()) {
    // The hook claims from the last body down: once it holds one, it holds every later one.
    if (Atomics.compareExchange(slots, index, 0, mark) !== 0) break;
    const { traits, variables, inferredTone } = await measures.measure(body, counter, { inferTone });
    port.postMessage({ index, entry: { traits, variables, ...(inferredTone ? { inferredTone } : {}) } } satisfies MeasureWorkerReply);
  }
}
