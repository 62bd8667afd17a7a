// The static site of the vault. Sources live in site/ (srcDir); the data comes from the
// repository at PROMPTVAULT_ROOT (default: the current directory), read by site/content.config.ts.
// PROMPTVAULT_BASE sets the base path for hosts that serve the site under a folder (GitHub Pages
// project sites: `/<repository>/`); PROMPTVAULT_OUT the output folder.
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';

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
  integrations: [react()],
  // No telemetry, no prefetch script, no dev toolbar: the site ships only its own islands.
  devToolbar: { enabled: false },
});
