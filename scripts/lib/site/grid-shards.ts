// Pure and browser-safe: the grid's rows split into static JSON shards. `prompts/checkpoints.json`
// is a small manifest naming the shards; the island fetches them a few at a time and can search
// the first rows while the rest arrive. At 500,000 rows one file would be some 250 MB.

/** Rows per shard: about 1 MB of JSON, one quick fetch and parse each. */
export const GRID_SHARD_ROWS = 2000;

/** What `prompts/checkpoints.json` holds. */
export interface GridManifest {
  /** Rows in all shards together. */
  total: number;
  /** Rows per shard (the last may hold fewer). */
  shard_rows: number;
  /** Site paths of the shards, in row order (newest first), e.g. `grid/rows-1.json`. */
  shards: string[];
}

/** Site path of shard `n` (1-based). */
export function shardPath(n: number): string {
  return `grid/rows-${n}.json`;
}

/** How many shards `total` rows make (at least one, so an empty vault still has a file to fetch). */
export function shardCount(total: number, perShard = GRID_SHARD_ROWS): number {
  return Math.max(1, Math.ceil(total / perShard));
}

export function gridManifest(total: number, perShard = GRID_SHARD_ROWS): GridManifest {
  return { total, shard_rows: perShard, shards: Array.from({ length: shardCount(total, perShard) }, (_, i) => shardPath(i + 1)) };
}

/** The rows of shard `n` (1-based). */
export function shardRows<T>(rows: readonly T[], n: number, perShard = GRID_SHARD_ROWS): T[] {
  return rows.slice((n - 1) * perShard, n * perShard);
}

/** Every row of a built site, in order, given a reader of its files (tests, tools). */
export function readAllGridRows<T>(read: (sitePath: string) => string): T[] {
  const manifest = JSON.parse(read('prompts/checkpoints.json')) as GridManifest;
  return manifest.shards.flatMap((shard) => JSON.parse(read(shard)) as T[]);
}
