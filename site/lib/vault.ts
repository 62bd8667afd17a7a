// Server-only (fs, git at build time): the vault read once per build and joined into the site model.
// Read directly rather than through content collections: Astro serialises every collection entry
// into its data store and parses it back in the prerender bundle, which at 50,000 checkpoints
// (each with its version's text) cost more time and memory than the whole rest of the build. The
// reader validates with the CLI's own schemas, so a bad file fails the build with what
// `promptvault check` prints.
import type { SiteData, SiteModel } from '../../scripts/lib/site/site-model.ts';
import { withBase } from '../../scripts/lib/site/urls.ts';
import { readConfig } from '../../scripts/lib/config/read-fs.ts';
import type { GateSettings } from '../../scripts/lib/guard/reviewer-gate.ts';
import type { Config } from '../../scripts/lib/schema/config.ts';
import { loadSite, resolveVaultRoot } from '../../scripts/lib/site/load-vault-fs.ts';
import { takeVaultRead } from '../../scripts/lib/site/vault-read-handoff.ts';

/** Items per page of the long lists: `site.page_size` of the vault's `.promptvault.yaml`. */
export function pageSize(): number {
  return vaultConfig().site.page_size;
}

/** Who may close an open audit (`review` of `.promptvault.yaml`), for the regression pages' "To close it". */
export function reviewGate(): GateSettings {
  return vaultConfig().review;
}

/** The vault's `.promptvault.yaml`: asked by every paged page, read once per build (and per refresh in dev). */
function vaultConfig(): Config {
  if (config === undefined || stale(configReadAt)) {
    config = readConfig(resolveVaultRoot());
    configReadAt = performance.now();
  }
  return config;
}
let config: Config | undefined;
let configReadAt = 0;

type Site = { data: SiteData; model: SiteModel };
let pending: Promise<Site> | undefined;
let readAt = 0;
let reading = false;

/**
 * `astro build` reads the vault once for all its pages. The dev server (`astro dev`) reads it
 * again for a request that comes more than a moment after the last read, so an edit, a commit
 * or a new record shows on the next reload without restarting it; the pages of one request
 * still share one read.
 */
const DEV_REFRESH_MS = 2_000;
/** Defined by astro.config.mjs: true only under `astro dev`. */
declare const __PROMPTVAULT_DEV_SERVER__: boolean | undefined;

/** Whether this runs under `astro dev` (which renders every page and re-reads the vault), not a build. */
export function isDevServer(): boolean {
  return typeof __PROMPTVAULT_DEV_SERVER__ !== 'undefined' && __PROMPTVAULT_DEV_SERVER__;
}

function stale(at: number): boolean {
  return isDevServer() && performance.now() - at > DEV_REFRESH_MS;
}

/** The vault and its site model, read once per build (see `stale` for the dev server). */
export function getSite(): Promise<Site> {
  // Staleness counts from the end of a read: a read longer than the refresh interval is not
  // started again by the requests that wait for it.
  if (!reading && stale(readAt)) pending = undefined;
  // A build started the read before bundling the site (site/integrations/vault-read.ts).
  pending ??= takeVaultRead<Site>(resolveVaultRoot());
  pending ??= (async () => {
    reading = true;
    try {
      return await loadSite(resolveVaultRoot());
    } finally {
      reading = false;
      readAt = performance.now();
    }
  })();
  return pending;
}

/** A site path under the configured base (`import.meta.env.BASE_URL`). */
export function url(sitePath: string): string {
  return withBase(import.meta.env.BASE_URL, sitePath);
}
