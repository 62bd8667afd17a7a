// Node-only (a worker thread): framed pages written on another core (page-writer-worker.ts). The
// main thread makes each page's <main> from the site model and hands it over; the frame and the
// file system calls (a folder and a file a page: at 500,000 checkpoints 56,000 of each, about
// half of the main thread's time on the framed pages through the thread pool) are the thread's.
// Pages are sent in batches, a few in flight, so the pages waiting are never the whole site. If
// the thread cannot start, fails or dies, `close` reports the batches it did not write, and the
// caller writes those itself (an error of the file system then surfaces there, as before).
import type { Worker } from 'node:worker_threads';
import { packageWorkerUrl } from '../../cli-bundle/package-worker-url-fs.ts';

export interface PageWriterData {
  outDir: string;
  /** The page Astro rendered, whose frame every page gets (shell.ts). */
  template: { html: string; title: string; main: string };
}

/** A batch: its number and its pages as file, title, <main> content, one after another. */
export interface PageWriterRequest { batch: number; pages: string[] }
export type PageWriterReply = { written: number } | { failed: number; message: string };

export interface PageWriter {
  /** Queues a page; answers a promise to wait for when the batches in flight are at their limit. */
  write(file: string, title: string, main: string): Promise<void> | undefined;
  /** Waits for every batch; answers the pages (file, title, main) the thread did not write. */
  close(): Promise<string[]>;
}

/** Characters of <main> content a batch gathers before it is sent. */
const BATCH_CHARS = 256 * 1024;
/** Batches sent and not yet written, at most: enough to keep the thread busy, never the whole site. */
const IN_FLIGHT = 4;

/** A writer thread for pages framed like `template` under `outDir`, or undefined when no thread can start. */
export function openPageWriter(outDir: string, template: PageWriterData['template']): PageWriter | undefined {
  let worker: Worker;
  try {
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    const url = packageWorkerUrl({ source: 'scripts/lib/site/framed-pages/page-writer-worker.ts', bundled: 'page-writer-worker.js' });
    worker = new Worker(url, { workerData: { outDir, template } satisfies PageWriterData });
  } catch {
    return undefined;
  }
  // Batches sent and not yet answered, by number: given back to the caller if the thread fails.
  const pending = new Map<number, string[]>();
  let next = 0;
  let current: string[] = [];
  let chars = 0;
  let dead = false;
  let room: (() => void) | undefined;
  let drained: (() => void) | undefined;
  const settle = () => {
    if (pending.size < IN_FLIGHT) room?.();
    if (pending.size === 0 || dead) drained?.();
  };
  const fail = () => {
    dead = true;
    room?.();
    drained?.();
  };
  worker.on('message', (reply: PageWriterReply) => {
    if ('written' in reply) {
      pending.delete(reply.written);
      settle();
    } else fail();
  });
  worker.once('error', fail);
  worker.once('exit', fail);
  const send = () => {
    if (current.length === 0) return;
    const batch = next++;
    pending.set(batch, current);
    if (!dead) worker.postMessage({ batch, pages: current } satisfies PageWriterRequest);
    current = [];
    chars = 0;
  };
  return {
    write(file, title, main) {
      current.push(file, title, main);
      chars += main.length;
      if (chars < BATCH_CHARS) return undefined;
      send();
      if (dead || pending.size < IN_FLIGHT) return undefined;
      return new Promise<void>((resolve) => {
        room = () => {
          room = undefined;
          resolve();
        };
      });
    },
    async close() {
      send();
      if (pending.size > 0 && !dead) await new Promise<void>((resolve) => (drained = resolve));
      worker.removeAllListeners();
      await worker.terminate();
      return [...pending.keys()].sort((a, b) => a - b).flatMap((batch) => pending.get(batch)!);
    },
  };
}
