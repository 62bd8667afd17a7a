// Server-only (astro:content): the collections joined into the site model, once per build.
import { getCollection } from 'astro:content';
import { buildSiteModel, type SiteData, type SiteModel } from '../../scripts/lib/site/site-model.ts';
import { withBase } from '../../scripts/lib/site/urls.ts';
import { readConfig } from '../../scripts/lib/config/read-fs.ts';
import { resolveVaultRoot } from '../../scripts/lib/site/load-vault-fs.ts';

/** Items per page of the long lists: `site.page_size` of the vault's `.promptvault.yaml`. */
export function pageSize(): number {
  return readConfig(resolveVaultRoot()).site.page_size;
}

let pending: Promise<{ data: SiteData; model: SiteModel }> | undefined;

/** A collection's entries, typed by the loader's own data type (the same whether or not `astro sync` has generated types). */
async function entries<T>(name: 'prompts' | 'clauses' | 'checkpoints' | 'mutations' | 'audits'): Promise<{ id: string; data: T }[]> {
  return (await getCollection(name)) as unknown as { id: string; data: T }[];
}

export function getSite(): Promise<{ data: SiteData; model: SiteModel }> {
  pending ??= (async () => {
    const [prompts, clauses, checkpoints, mutations, audits] = await Promise.all([
      entries<Omit<SiteData['prompts'][number], 'id'>>('prompts'),
      entries<Omit<SiteData['clauses'][number], 'id'>>('clauses'),
      entries<SiteData['checkpoints'][number]>('checkpoints'),
      entries<SiteData['mutations'][number]>('mutations'),
      entries<SiteData['audits'][number]>('audits'),
    ]);
    const data: SiteData = {
      prompts: prompts.map((entry) => ({ ...entry.data, id: entry.id })),
      clauses: clauses.map((entry) => ({ ...entry.data, id: entry.id })),
      checkpoints: checkpoints.map((entry) => entry.data),
      mutations: mutations.map((entry) => entry.data),
      audits: audits.map((entry) => entry.data),
    };
    return { data, model: buildSiteModel(data) };
  })();
  return pending;
}

/** A site path under the configured base (`import.meta.env.BASE_URL`). */
export function url(sitePath: string): string {
  return withBase(import.meta.env.BASE_URL, sitePath);
}
