// The static site of the vault. Sources live in site/ (srcDir); the data comes from the
// repository at PROMPTVAULT_ROOT (default: the current directory), read by site/content.config.ts.
// PROMPTVAULT_BASE sets the base path for hosts that serve the site under a folder (GitHub Pages
// project sites: `/<repository>/`); PROMPTVAULT_OUT the output folder.
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { framedPages } from './site/integrations/framed-pages.ts';
import { routeLog } from './site/integrations/route-log.ts';
import { vaultRead } from './site/integrations/vault-read.ts';

/**
 * Tells the site's code whether it runs in `astro dev` (which re-reads the vault between requests)
 * or a build (which reads it once). Decided by Astro's command, not by import.meta.env.DEV: that
 * follows the environment's DEV variable, which test runners set, and a build that re-read the
 * vault for every page never finished.
 */
function devServerFlag() {
  return {
    name: 'promptvault-dev-server-flag',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __PROMPTVAULT_DEV_SERVER__: JSON.stringify(command === 'dev') } } });
      },
    },
  };
}

export default defineConfig({
  srcDir: './site',
  outDir: process.env.PROMPTVAULT_OUT || './dist',
  base: process.env.PROMPTVAULT_BASE || '/',
  output: 'static',
  trailingSlash: 'ignore',
  // Pages rendered four at a time: each page's folder and file are written through the thread
  // pool, and one page at a time left the CPU waiting on those writes (a 50,000-checkpoint site
  // writes 6,000 folders).
  build: { format: 'directory', concurrency: 4 },
  integrations: [routeLog(), react(), devServerFlag(), vaultRead(), framedPages()],
  // No telemetry, no prefetch script, no dev toolbar: the site ships only its own islands.
  devToolbar: { enabled: false },
});
