// The version bodies of a prompt whose page does not carry them (scripts/lib/site/compare-data.ts):
// compare/<id>.json, fetched by the page's "Compare two versions" form. Written only for those
// prompts, so a site of short histories has none of these files.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, pageSize } from '../../lib/vault.ts';
import { encodeIdForSite } from '../../../scripts/lib/site/urls.ts';
import { compareVersions, inlinesCompareData } from '../../../scripts/lib/site/compare-data.ts';
import { compareLineage } from '../../../scripts/lib/site/site-model.ts';

export const prerender = true;

export const getStaticPaths = (async () => {
  const { model } = await getSite();
  const size = pageSize();
  return model.promptIds
    .filter((id) => !inlinesCompareData(compareLineage(model, id), size))
    .map((id) => ({ params: { id: encodeIdForSite(id) }, props: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { model } = await getSite();
  const { id } = props as { id: string };
  // The versions the page's form offers: across the prompt's moves (site-model.ts compareLineage).
  return new Response(JSON.stringify(compareVersions(id, compareLineage(model, id))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
