// The Astro integration that writes the pages a build did not render one by one (the prompt
// pages, site/lib/prompt-pages.ts; the mutation list's and the prompt list's pages,
// site/lib/mutation-pages.ts and prompt-list-pages.ts; the clauses' regression pages,
// site/lib/regression-pages.ts): once
// Astro has written its pages, every other page of each kind from the frame of the one Astro
// rendered and the same template. Nothing to do under the dev server or for a vault without them.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { takeFramedPages } from '../../scripts/lib/site/framed-pages/handoff.ts';
import { writeFramedPages } from '../../scripts/lib/site/framed-pages/write-fs.ts';

export function framedPages(): AstroIntegration {
  return {
    name: 'promptvault-framed-pages',
    hooks: {
      'astro:build:start': () => {
        // A build that failed in this process before writing its pages leaves nothing behind for this one.
        takeFramedPages();
      },
      'astro:build:done': async ({ dir, logger }) => {
        for (const pages of takeFramedPages()) {
          // A list of one page (a vault with no mutations yet, or fewer than a page of them) has
          // none left to write: said nothing, where "0 mutation list pages written" read as a fault.
          if (pages.count === 0) continue;
          const started = performance.now();
          const written = await writeFramedPages(fileURLToPath(dir), pages);
          logger.info(`${written.length} ${pages.name} written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        }
      },
    },
  };
}
