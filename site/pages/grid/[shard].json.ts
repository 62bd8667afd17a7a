// One shard of the grid's rows (`grid/rows-<n>.json`, GRID_SHARD_ROWS rows each, newest first).
// The path carries only the shard's number; its rows are made for it (site/lib/grid.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getGridRows, gridRowCount } from '../../lib/grid.ts';
import { GRID_SHARD_ROWS, shardCount } from '../../../scripts/lib/site/grid-shards.ts';

export const prerender = true;

export const getStaticPaths = (async () => {
  const count = shardCount(await gridRowCount());
  return Array.from({ length: count }, (_, i) => ({ params: { shard: `rows-${i + 1}` } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const n = Number(String(params.shard).replace(/^rows-/, ''));
  return new Response(JSON.stringify(await getGridRows((n - 1) * GRID_SHARD_ROWS, n * GRID_SHARD_ROWS)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
