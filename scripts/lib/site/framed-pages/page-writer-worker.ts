// Node-only worker thread (an entry point of its own, bundled as build/cli/page-writer-worker.js):
// writes framed pages (write-fs.ts) on another core. The main thread sends each page's file, title
// and <main> content in batches; this thread puts them in the frame and writes them, a folder
// and a file each, synchronously (each call on this thread, not a round trip through the thread
// pool), and answers each batch once it is on disk, or with what failed.
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { pageShell } from './shell.ts';
import type { PageWriterData, PageWriterReply, PageWriterRequest } from './writer-thread-fs.ts';

const { outDir, template } = workerData as PageWriterData;
const shell = pageShell(template.html, template.title, template.main);
// Folders made by this thread (Astro's and the parents of many pages exist already: one mkdir each).
const made = new Set<string>();

parentPort!.on('message', (request: PageWriterRequest) => {
  const { pages } = request;
  try {
    for (let i = 0; i < pages.length; i += 3) {
      const file = path.join(outDir, pages[i]!);
      const folder = path.dirname(file);
      if (!made.has(folder)) {
        fs.mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      fs.writeFileSync(file, shell.page(pages[i + 1]!, pages[i + 2]!));
    }
    parentPort!.postMessage({ written: request.batch } satisfies PageWriterReply);
  } catch (error) {
    parentPort!.postMessage({ failed: request.batch, message: String(error) } satisfies PageWriterReply);
  }
});
