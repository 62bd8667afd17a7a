// Node-only (fs): writes the pages Astro did not render (framed-pages/handoff.ts) into the built
// site, each in its folder as Astro writes pages (`<folder>/index.html`). Many pages go to a
// writer thread (writer-thread-fs.ts), which frames and writes them while this thread makes the
// next pages' content; a few, or any the thread did not write, are written here, a few writes in
// flight at a time so the CPU makes the next page while the thread pool writes. Each page's HTML
// is dropped once written.
import fs from 'node:fs';
import path from 'node:path';
import type { FramedPages } from './handoff.ts';
import { pageShell } from './shell.ts';
import { openPageWriter } from './writer-thread-fs.ts';

const IN_FLIGHT = 8;
/** Pages of one kind worth a writer thread (starting one costs about as much as writing 100 pages here). */
const THREAD_PAGES = 500;

/** Writes every page of `pages` under `outDir`, in the frame of its template; returns the files written, relative to it. */
export async function writeFramedPages(outDir: string, pages: FramedPages, options: { thread?: boolean } = {}): Promise<string[]> {
  const templateHtml = fs.readFileSync(path.join(outDir, pages.template.file), 'utf8');
  const templateMain = pages.template.main();
  const shell = pageShell(templateHtml, pages.template.title, templateMain);
  const written: string[] = [];
  const writer = options.thread ?? pages.count >= THREAD_PAGES ? openPageWriter(outDir, { html: templateHtml, title: pages.template.title, main: templateMain }) : undefined;
  let left: FramedPages = pages;
  if (writer) {
    for (let i = 0; i < pages.count; i++) {
      const { file, title, main } = pages.page(i);
      const wait = writer.write(file, title, main);
      if (wait) await wait;
      written.push(file);
    }
    // Whatever the thread did not write (it failed or could not start) is written here.
    const rest = await writer.close();
    left = { ...pages, count: rest.length / 3, page: (i) => ({ file: rest[3 * i]!, title: rest[3 * i + 1]!, main: rest[3 * i + 2]! }) };
  }
  let next = 0;
  const worker = async () => {
    while (next < left.count) {
      const { file, title, main } = left.page(next++);
      const html = shell.page(title, main);
      await fs.promises.mkdir(path.join(outDir, path.dirname(file)), { recursive: true });
      await fs.promises.writeFile(path.join(outDir, file), html);
      if (!writer) written.push(file);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return written;
}
