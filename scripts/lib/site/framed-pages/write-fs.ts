// Node-only (fs): writes the pages Astro did not render (framed-pages/handoff.ts) into the built
// site, each in its folder as Astro writes pages (`<folder>/index.html`), a few writes in flight
// at a time so the CPU makes the next page while the thread pool writes. Each page's HTML is
// dropped once written.
import fs from 'node:fs';
import path from 'node:path';
import type { FramedPages } from './handoff.ts';
import { pageShell } from './shell.ts';

const IN_FLIGHT = 8;

/** Writes every page of `pages` under `outDir`, in the frame of its template; returns the files written, relative to it. */
export async function writeFramedPages(outDir: string, pages: FramedPages): Promise<string[]> {
  const template = fs.readFileSync(path.join(outDir, pages.template.file), 'utf8');
  const shell = pageShell(template, pages.template.title, pages.template.main());
  const written: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < pages.count) {
      const { file, title, main } = pages.page(next++);
      const html = shell.page(title, main);
      await fs.promises.mkdir(path.join(outDir, path.dirname(file)), { recursive: true });
      await fs.promises.writeFile(path.join(outDir, file), html);
      written.push(file);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return written;
}
