// Pure: the hand-off between the prompt page Astro renders (site/lib/prompt-pages.ts, inside
// Astro's prerender bundle) and the integration that writes the other prompt pages after Astro's
// (site/integrations/prompt-pages.ts, loaded with the config). Both run in the build's process
// but as separate module instances, so the pages to write are passed through one global slot.

export interface PromptPagesToWrite {
  /** The prompt whose page Astro rendered: its head, frame and script are every prompt page's. */
  template: string;
  /** The prompts whose pages the integration writes. */
  rest: string[];
  /** The HTML inside <main> of a prompt's page (prompt-page/main.ts). */
  mainHtml(id: string): string;
}

const SLOT = Symbol.for('promptvault.prompt-pages');
type Slot = { [SLOT]?: PromptPagesToWrite };

export function publishPromptPages(pages: PromptPagesToWrite): void {
  (globalThis as Slot)[SLOT] = pages;
}

/** The pages published by this build's render, once: the slot is emptied so nothing holds the site model after the build. */
export function takePromptPages(): PromptPagesToWrite | undefined {
  const pages = (globalThis as Slot)[SLOT];
  delete (globalThis as Slot)[SLOT];
  return pages;
}
