// Node-only (fs): the prompt pages Astro did not render (site/lib/prompt-pages.ts), written into
// the built site from the template prompt's page (framed-pages/write-fs.ts), each in its folder
// as Astro writes pages (`prompts/<id>/index.html`).
import path from 'node:path';
import { routes } from '../urls.ts';
import type { FramedPages } from '../framed-pages/handoff.ts';
import { writeFramedPages } from '../framed-pages/write-fs.ts';

export interface PromptPagesToWrite {
  /** The prompt whose page Astro rendered: its head, frame and script are every prompt page's. */
  template: string;
  /** The prompts whose pages the build writes. */
  rest: string[];
  /** The HTML inside <main> of a prompt's page (prompt-page/main.ts). */
  mainHtml(id: string): string;
}

const fileOf = (id: string) => path.join(routes.prompt(id), 'index.html');

/** The prompt pages as framed pages: a prompt page's title is its id. */
export function framedPromptPages(pages: PromptPagesToWrite): FramedPages {
  return {
    name: 'prompt pages',
    template: { file: fileOf(pages.template), title: pages.template, main: () => pages.mainHtml(pages.template) },
    count: pages.rest.length,
    page: (i) => {
      const id = pages.rest[i]!;
      return { file: fileOf(id), title: id, main: pages.mainHtml(id) };
    },
  };
}

/** Writes every page of `pages.rest` under `outDir`; returns the files written, relative to it. */
export function writePromptPages(outDir: string, pages: PromptPagesToWrite): Promise<string[]> {
  return writeFramedPages(outDir, framedPromptPages(pages));
}
