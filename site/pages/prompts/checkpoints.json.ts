// The grid's rows as a static JSON file: the island fetches it rather than carrying 50,000 rows
// in a prop inlined in the page.
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/vault.ts';
import { buildGridRows } from '../../../scripts/lib/site/site-model.ts';

export const prerender = true;

export const GET: APIRoute = async () => {
  const { model } = await getSite();
  return new Response(JSON.stringify(buildGridRows(model)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
