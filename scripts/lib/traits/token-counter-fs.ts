// Node-only: token counts from a worker thread. Loading the tokenizer is the largest single cost
// of recording a prompt; started as soon as a commit is known to change one, it loads on the
// other core while this thread runs git and parses files.
import { Worker } from 'node:worker_threads';
import type { TokenizerEncoding } from './tokens.ts';

export interface TokenCounter {
  encoding: string;
  count(text: string): Promise<number>;
  close(): void;
}

export function startTokenCounter(encoding: TokenizerEncoding): TokenCounter {
  // The sources run as .ts in a checkout and as compiled .js when installed.
  const file = new URL(import.meta.url.endsWith('.ts') ? './token-worker.ts' : './token-worker.js', import.meta.url);
  const worker = new Worker(file, { workerData: { encoding } });
  worker.unref();
  const pending = new Map<number, { resolve: (count: number) => void; reject: (error: Error) => void }>();
  let next = 0;
  let failure: Error | undefined;
  worker.on('message', ({ id, count }: { id: number; count: number }) => {
    pending.get(id)?.resolve(count);
    pending.delete(id);
  });
  worker.on('error', (error: Error) => {
    failure = error;
    for (const request of pending.values()) request.reject(error);
    pending.clear();
  });
  return {
    encoding,
    count(text) {
      if (failure) return Promise.reject(failure);
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, text });
      });
    },
    close: () => void worker.terminate(),
  };
}
