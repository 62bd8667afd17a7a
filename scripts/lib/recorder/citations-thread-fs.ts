// Node-only (worker threads): a cold citation cache's prompts (100 MB at 10,000 prompts) read on
// another core, so git's inflating and the front-matter parsing overlap the guard's work on the
// main thread. Any failure (no worker file, a crash, a blob git cannot read) answers undefined,
// and the recorder reads the files itself, as before.
import { Worker } from 'node:worker_threads';
import { workerUrl } from '../cli-bundle/worker-url-fs.ts';
import type { Repo } from '../git/index.ts';
import type { BlobCitations } from './citations-cache-fs.ts';
import type { CitationsWorkerData, CitationsWorkerReply } from './citations-worker.ts';

/** Each file's citations read in a worker thread, in the order given; undefined when the thread failed. */
export function readCitationsInThread(repo: Repo, files: CitationsWorkerData['files']): Promise<BlobCitations[] | undefined> {
  const url = workerUrl(import.meta.url, { source: 'citations-worker.ts', bundled: 'citations-worker.js' });
  if (!url) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
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
