// Node-only (fs): writes the prompt pages Astro did not render (site/lib/prompt-pages.ts) into the
// built site, each in its folder as Astro writes pages (`prompts/<id>/index.html`), a few writes
// in flight at a time so the CPU renders the next page while the thread pool writes. Each page's
// HTML is dropped once written.
import fs from 'node:fs';
import path from 'node:path';
import { routes } from '../urls.ts';
import type { PromptPagesToWrite } from './handoff.ts';
import { pageShell } from './shell.ts';

const IN_FLIGHT = 8;

/** Writes every page of `pages.rest` under `outDir`; returns the files written, relative to it. */
export async function writePromptPages(outDir: string, pages: PromptPagesToWrite): Promise<string[]> {
  const fileOf = (id: string) => path.join(routes.prompt(id), 'index.html');
  const template = fs.readFileSync(path.join(outDir, fileOf(pages.template)), 'utf8');
  const shell = pageShell(template, pages.template, pages.mainHtml(pages.template));
  const written: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < pages.rest.length) {
      const id = pages.rest[next++]!;
      const file = fileOf(id);
      const html = shell.page(id, pages.mainHtml(id));
      await fs.promises.mkdir(path.join(outDir, path.dirname(file)), { recursive: true });
      await fs.promises.writeFile(path.join(outDir, file), html);
      written.push(file);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return written;
}
