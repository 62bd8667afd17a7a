// Server-only (fs, git at build time): the vault read once per build and joined into the site model.
// Read directly rather than through content collections: Astro serialises every collection entry
// into its data store and parses it back in the prerender bundle, which at 50,000 checkpoints
// (each with its version's text) cost more time and memory than the whole rest of the build. The
// reader validates with the CLI's own schemas, so a bad file fails the build with what
// `promptvault check` prints.
import { buildSiteModel, type SiteData, type SiteModel } from '../../scripts/lib/site/site-model.ts';
import { withBase } from '../../scripts/lib/site/urls.ts';
import { readConfig } from '../../scripts/lib/config/read-fs.ts';
import { loadSiteVault, resolveVaultRoot } from '../../scripts/lib/site/load-vault-fs.ts';

/** Items per page of the long lists: `site.page_size` of the vault's `.promptvault.yaml`. */
export function pageSize(): number {
  // Asked by every paged page; the config is read once per build.
  size ??= readConfig(resolveVaultRoot()).site.page_size;
  return size;
}
let size: number | undefined;

let pending: Promise<{ data: SiteData; model: SiteModel }> | undefined;

export function getSite(): Promise<{ data: SiteData; model: SiteModel }> {
  pending ??= (async () => {
    const { prompts, clauses, checkpoints, mutations, audits } = await loadSiteVault({ root: resolveVaultRoot(), cache: false });
    const data: SiteData = { prompts, clauses, checkpoints, mutations, audits };
    return { data, model: buildSiteModel(data) };
  })();
  return pending;
}

/** A site path under the configured base (`import.meta.env.BASE_URL`). */
export function url(sitePath: string): string {
  return withBase(import.meta.env.BASE_URL, sitePath);
}
