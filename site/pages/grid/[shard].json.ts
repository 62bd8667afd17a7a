// One shard of the grid's rows (`grid/rows-<n>.json`, GRID_SHARD_ROWS rows each, newest first).
// The path carries only the shard's number; the rows come from the build's one copy.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getGridRows } from '../../lib/grid.ts';
import { shardCount, shardRows } from '../../../scripts/lib/site/grid-shards.ts';

export const prerender = true;

export const getStaticPaths = (async () => {
  const count = shardCount((await getGridRows()).length);
  return Array.from({ length: count }, (_, i) => ({ params: { shard: `rows-${i + 1}` } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const n = Number(String(params.shard).replace(/^rows-/, ''));
  return new Response(JSON.stringify(shardRows(await getGridRows(), n)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
