// The Astro integration that starts reading the vault (and joining its site model) when the
// build starts, before Astro bundles the site, instead of when the first page asks for it after
// the bundling: the read's waits on git (listing the index, the object stream, the history of
// vault/) and the bundler's on its own threads then overlap. Its result reaches the pages through
// scripts/lib/site/vault-read-handoff.ts; a failed read fails the build there, as before.
import type { AstroIntegration } from 'astro';
import { startVaultRead, takeVaultRead, vaultReadStarted } from '../../scripts/lib/site/vault-read-handoff.ts';
import { loadSite, resolveVaultRoot } from '../../scripts/lib/site/load-vault-fs.ts';

export function vaultRead(): AstroIntegration {
  return {
    name: 'promptvault-vault-read',
    hooks: {
      'astro:build:start': () => {
        const root = resolveVaultRoot();
        // `promptvault build` starts it before loading Astro (commands/build/index.ts).
        if (!vaultReadStarted(root)) startVaultRead(root, loadSite(root));
      },
      // A read no page took (a build that failed first) is not kept.
      'astro:build:done': () => {
        takeVaultRead(resolveVaultRoot());
      },
    },
  };
}
