// Pure: the hand-off between the pages Astro renders (site/lib/prompt-pages.ts,
// site/lib/mutation-pages.ts, prompt-list-pages.ts, regression-pages.ts, inside Astro's prerender bundle) and the integration that writes
// the other pages of their kind after Astro's (site/integrations/framed-pages.ts, loaded with the
// config). Both run in the build's process but as separate module instances, so the pages to
// write are passed through one global slot.

/** Pages of one kind written from the frame of the one Astro rendered (framed-pages/write-fs.ts). */
export interface FramedPages {
  /** What they are, for the build's log: `prompt pages`. */
  name: string;
  /** The page Astro rendered: its file under the output folder, its title (Base's `title`) and its <main> content. */
  template: { file: string; title: string; main(): string };
  /** How many pages to write. */
  count: number;
  /** Page `i` (0 to count - 1): its file under the output folder, its title and its <main> content. */
  page(i: number): { file: string; title: string; main: string };
}

const SLOT = Symbol.for('promptvault.framed-pages');
type Slot = { [SLOT]?: Map<string, FramedPages> };

/** Adds (or, when a kind's pages are listed again, replaces) the pages of one kind. */
export function publishFramedPages(pages: FramedPages): void {
  const slot = ((globalThis as Slot)[SLOT] ??= new Map());
  slot.set(pages.name, pages);
}

/** The pages published by this build's render, once: the slot is emptied so nothing holds the site model after the build. */
export function takeFramedPages(): FramedPages[] {
  const pages = (globalThis as Slot)[SLOT];
  delete (globalThis as Slot)[SLOT];
  return [...(pages?.values() ?? [])];
}
