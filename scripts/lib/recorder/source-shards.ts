// The hook's source list in shards (pure: no I/O). The list (source-list-cache-fs.ts) was one file
// read, checksummed, spliced and written whole on every recording commit: 0.22 MB at the bench's
// 1,000 prompts, 1.94 MB at 10,000, the part of the hook beyond git's own index read that grew
// most with the repository (about 3 ms of CPU, bench HISTORY, growth26). Its lines are now split
// into shards by what a commit asks of them: a prompt or clause line by its kind and folded id
// (so the paths of an id, and the ids folding alike, are in one shard), any other line by its
// path. A commit reads the small manifest, then only the shards of the ids it asks and of the
// paths it changes, and writes only those again: the same few kilobytes at any size.
import { createHash } from 'node:crypto';

/** About how many lines a shard holds when a list is built whole (its shard count a power of two). */
export const LINES_PER_SHARD = 128;

/** Past this many lines a shard on average, a spliced list is built again with more shards. */
const MAX_LINES_PER_SHARD = 4 * LINES_PER_SHARD;

const MAX_SHARDS = 1 << 16;

/** What a saved list is: the commit it lists, its number of lines, and each shard's name ('' for an empty shard). */
export interface ShardManifest {
  /** The commit whose files the list holds (outside vault/). */
  commit: string;
  /** How many lines the shards hold together. */
  lines: number;
  /** Each shard's file name (its content's digest, shardName), '' when the shard holds no line. */
  shards: string[];
}

/** The shard count for a list of `lines` lines: a power of two, about `perShard` lines each. */
export function shardCount(lines: number, perShard = LINES_PER_SHARD): number {
  let count = 1;
  while (count * perShard < lines && count < MAX_SHARDS) count *= 2;
  return count;
}

/** Whether a list of `lines` lines has outgrown `count` shards (then it is built again, shardCount). */
export function overgrown(lines: number, count: number): boolean {
  return lines > count * MAX_LINES_PER_SHARD && count < MAX_SHARDS;
}

/**
 * The shard of a line: a source's by its kind and folded id (`foldCase`), a file that is no source
 * by its path. FNV-1a over the UTF-16 code units: the same in every process, cheap in a cold one.
 */
export function shardOf(count: number, line: { kind: string; folded: string; path: string }): number {
  const key = line.kind === '' ? `\0${line.path}` : `${line.kind}\0${line.folded}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % count;
}

/** A shard's file name: the first 128 bits of its bytes' SHA-256, so a file that is not what the manifest names is never read as it. */
export function shardName(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

/** A shard file's name, as shardName makes it (what source-shards-fs.ts' clean-up takes for a shard). */
export const SHARD_NAME = /^[0-9a-f]{32}$/;
const COMMIT = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** A manifest's text (one JSON object and a newline), or undefined when it is not one. */
export function parseManifest(text: string): ShardManifest | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const { commit, lines, shards } = (value ?? {}) as { commit?: unknown; lines?: unknown; shards?: unknown };
  if (typeof commit !== 'string' || !COMMIT.test(commit) || typeof lines !== 'number' || !Number.isSafeInteger(lines) || lines < 0) return undefined;
  if (!Array.isArray(shards) || shards.length === 0 || (shards.length & (shards.length - 1)) !== 0 || shards.length > MAX_SHARDS) return undefined;
  if (!shards.every((name): name is string => typeof name === 'string' && (name === '' || SHARD_NAME.test(name)))) return undefined;
  return { commit, lines, shards };
}

/** The text parseManifest reads. */
export function serializeManifest(manifest: ShardManifest): string {
  return `${JSON.stringify({ commit: manifest.commit, lines: manifest.lines, shards: manifest.shards })}\n`;
}

/** git's order of paths (their UTF-8 bytes), compared on the strings themselves (lib/code-unit-order.ts). */
export { compareGitOrder } from '../code-unit-order.ts';
