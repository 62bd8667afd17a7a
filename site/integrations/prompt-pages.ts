// The Astro integration that writes the prompt pages a build did not render one by one (see
// site/lib/prompt-pages.ts): once Astro has written its pages, every other prompt's page from the
// template page's frame and the same template. Nothing to do under the dev server or for a vault
// without prompts.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { takePromptPages } from '../../scripts/lib/site/prompt-page/handoff.ts';
import { writePromptPages } from '../../scripts/lib/site/prompt-page/write-fs.ts';

export function promptPages(): AstroIntegration {
  return {
    name: 'promptvault-prompt-pages',
    hooks: {
      'astro:build:start': () => {
        // A build that failed in this process before writing its pages leaves nothing behind for this one.
        takePromptPages();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const pages = takePromptPages();
        if (!pages) return;
        const started = performance.now();
        const written = await writePromptPages(fileURLToPath(dir), pages);
        logger.info(`${written.length} prompt pages written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
