// The version bodies of a prompt whose page does not carry them (scripts/lib/site/compare-data.ts):
// compare/<id>.json, fetched by the page's "Compare two versions" form. Written only for those
// prompts, so a site of short histories has none of these files.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, pageSize } from '../../lib/vault.ts';
import { encodeIdForSite } from '../../../scripts/lib/site/urls.ts';
import { compareVersions, inlinesCompareData } from '../../../scripts/lib/site/compare-data.ts';

export const prerender = true;

export const getStaticPaths = (async () => {
  const { model } = await getSite();
  const size = pageSize();
  return model.promptIds
    .filter((id) => !inlinesCompareData(model.byPrompt.get(id) ?? [], size))
    .map((id) => ({ params: { id: encodeIdForSite(id) }, props: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { model } = await getSite();
  const versions = model.byPrompt.get((props as { id: string }).id) ?? [];
  return new Response(JSON.stringify(compareVersions(versions)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
