// Node-only worker thread (an entry of the bundle: build/cli/hook-measure-worker.js): measures the
// bodies of a bulk commit's prompts while the hook validates them and reads their lineages
// (measure-thread-fs.ts). Each body comes as soon as its prompt parses; the thread claims it in a
// shared array before measuring it, in the order they come, and the hook claims from the last
// once it has read the lineages: each body is measured by one of them. Only bodies with no chunks
// kept come here, measured whole (lib/traits/chunk-store-fs.ts); this thread loads the measuring
// code alone, not the recorder's (its schemas cost a thread more to build than 50 bodies to measure).
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
  /** One Int32 per body the hook may offer: 0 while nobody measures it, else who took it (`mark` for this thread). */
  claims: SharedArrayBuffer;
  /** What this thread writes in a body's slot when it takes it. */
  mark: number;
}

/** A body to measure (its place in `claims`), or how many were offered in all: no more come. */
export type MeasureWorkerRequest = { index: number; body: BodyToMeasure } | { end: number };

/** One body's measures as soon as they are made; `done` once the thread measures no more. */
export type MeasureWorkerReply = { index: number; entry: MeasureEntry } | { done: true } | { failed: string };

const { encoding, claims, mark } = workerData as MeasureWorkerData;
const slots = new Int32Array(claims);
const port = parentPort!;
// Each body is measured once here: nothing to remember.
const counter = startTokenCounter(encoding, { remember: false });
counter.preload();
const measures = memoryMeasureCache();

const queue: { index: number; body: BodyToMeasure }[] = [];
let end = Infinity;
let wake: (() => void) | undefined;
port.on('message', (request: MeasureWorkerRequest) => {
  if ('end' in request) end = request.end;
  else queue.push(request);
  wake?.();
});

void measureAll().then(
  () => port.postMessage({ done: true } satisfies MeasureWorkerReply),
  (error: unknown) => port.postMessage({ failed: String(error) } satisfies MeasureWorkerReply),
);

/** Measures the bodies in the order they come, until the last offered or one the hook took. */
async function measureAll(): Promise<void> {
  for (let next = 0; next < end; next++) {
    while (queue.length === 0 && next < end) await new Promise<void>((resolve) => (wake = resolve));
    if (next >= end) return;
    const { index, body } = queue.shift()!;
    // The hook claims from the last body down: once it holds one, it holds every later one.
    if (Atomics.compareExchange(slots, index, 0, mark) !== 0) return;
    const { traits, variables, inferredTone } = await measures.measure(body.body, counter, { inferTone: body.inferTone });
    port.postMessage({ index, entry: { traits, variables, ...(inferredTone ? { inferredTone } : {}) } } satisfies MeasureWorkerReply);
  }
}
