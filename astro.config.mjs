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
  build: { format: 'directory' },
  integrations: [react()],
  // No telemetry, no prefetch script, no dev toolbar: the site ships only its own islands.
  devToolbar: { enabled: false },
});
