// Node-only (files): the records of a prompt's lineage as read and checked before, by the blob id of
// each record file, one small file per prompt under `<git common dir>/promptvault/lineages/`, as the
// hook keeps a prompt's chunks (traits/chunk-store-fs.ts). A commit reads every record of the
// prompts it stages (about 25 a prompt in the bench's history, 1,270 for its 50-prompt commit): read
// through git and parsed from YAML, they were the hook's largest own cost (bench HISTORY, sessions
// 39 and 40). A blob id names its exact bytes, so a record once read and checked reads the same
// again; only the records it has not seen (a commit's new ones) are read through git and parsed.
// Only records the reader accepted are kept: a record it refuses is read again each time and
// reported as before. A cache is never an error: an absent, damaged (its checksum), hand-edited or
// stale file (other code: the fingerprint) is an empty one, and one that cannot be written costs
// time only.
import path from 'node:path';
import { cacheFilePath, fingerprintValues, readCacheJson, writeCacheJson, type CacheKind } from '../cache/cache-file-fs.ts';
import { codeDigest } from '../cache/code-digest-fs.ts';
import type { Checkpoint, Mutation } from '../schema/records.ts';

/** Bumped when a file's layout changes; a change of the code reading records changes the fingerprint. */
const FORMAT = 1;

/** A record's key in a prompt's file: its kind and its file's blob id, `mutation:<oid>` or `checkpoint:<oid>`. */
export type LineageRecordKey = string;

let kind: CacheKind | undefined;
function lineageKind(): CacheKind {
  // Checksummed: a file edited by hand is never taken for checked records.
  kind ??= { name: 'lineages', format: FORMAT, fingerprint: fingerprintValues(FORMAT, codeDigest('recordReading')), checksum: true };
  return kind;
}

/**
 * Where the records of prompt `id` are kept: one of 256 folders by the first two characters of the
 * id's digest (no folder of tens of thousands of names at 10,000 prompts).
 */
function lineageFile(gitdir: string, id: string): string {
  const digest = fingerprintValues(id);
  return cacheFilePath(gitdir, 'lineages', digest.slice(0, 2), `${digest.slice(2)}.json`);
}

/** The records kept for prompt `id`, by key; empty when none are (or the file is not one to trust). Never throws. */
export function readLineageRecords(gitdir: string, id: string): Map<LineageRecordKey, Mutation | Checkpoint> {
  const value = readCacheJson(lineageFile(gitdir, id), lineageKind());
  const records = new Map<LineageRecordKey, Mutation | Checkpoint>();
  if (!Array.isArray(value)) return records;
  for (const pair of value as unknown[]) {
    // A checksummed file is this code's; anything else in it is not taken.
    if (!Array.isArray(pair) || typeof pair[0] !== 'string' || pair[1] === null || typeof pair[1] !== 'object') return new Map();
    records.set(pair[0], pair[1] as Mutation | Checkpoint);
  }
  return records;
}

/** Keeps `records` (every record of prompt `id`'s folders, by key) as its file, in place of what it held. Never throws. */
export function keepLineageRecords(gitdir: string, id: string, records: Iterable<[LineageRecordKey, Mutation | Checkpoint]>): boolean {
  return writeCacheJson(lineageFile(gitdir, id), lineageKind(), [...records]);
}

/** The folder of every prompt's file (for tests and for a look by hand). */
export function lineageCacheFolder(gitdir: string): string {
  return path.dirname(path.dirname(lineageFile(gitdir, '')));
}
