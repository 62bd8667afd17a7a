// The grid's rows as a static JSON file: the island fetches it rather than carrying 50,000 rows
// in a prop inlined in the page.
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/vault.ts';
import { buildGridRows } from '../../../scripts/lib/site/site-model.ts';
import { labelsByVersion } from '../../../scripts/lib/site/labels-fs.ts';
import { getLabels } from '../../lib/labels.ts';

export const prerender = true;

export const GET: APIRoute = async () => {
  const { model } = await getSite();
  return new Response(JSON.stringify(buildGridRows(model, labelsByVersion(await getLabels()))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
