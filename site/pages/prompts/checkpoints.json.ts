// The grid's manifest: how many rows and which shards hold them (grid-shards.ts). The island
// fetches it first, then the shards; no page carries the rows in a prop.
import type { APIRoute } from 'astro';
import { gridRowCount } from '../../lib/grid.ts';
import { gridManifest } from '../../../scripts/lib/site/grid-shards.ts';

export const prerender = true;

export const GET: APIRoute = async () => {
  return new Response(JSON.stringify(gridManifest(await gridRowCount())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
