// Pure: the prompt pages Astro did not render (site/lib/prompt-pages.ts), as the pages
// framed-pages/write-fs.ts writes into the built site from the template prompt's page, each in its
// folder as Astro writes pages (`prompts/<id>/index.html`).
import { routes } from '../urls.ts';
import type { FramedPages } from '../framed-pages/handoff.ts';

export interface PromptPagesToWrite {
  /** The prompt whose page Astro rendered: its head, frame and script are every prompt page's. */
  template: string;
  /** The prompts whose pages the build writes. */
  rest: string[];
  /** The HTML inside <main> of a prompt's page (prompt-page/main.ts). */
  mainHtml(id: string): string;
}

// Site paths use `/` on every system, as site/lib/mutation-pages.ts writes its files.
const fileOf = (id: string) => `${routes.prompt(id)}index.html`;

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
