// Node-only (a cache file): the `commit_parents` line of the mutation records backfill staged, by
// blob id, in `<git common dir>/promptvault/record-parents`. The adoption commit that follows
// tells its 20,715 added mutation records (bench, 10,000 prompts) from an earlier attempt at the
// same commit by that one line of each (brought-records.ts), and read them all back from the
// object store for it: about 1.1 s of git's cat-file and our stream in session 34's profile.
// A blob id names one text, so an entry is never stale; a missing or unreadable file reads as
// empty, and the records are then read as before.
import { cacheFilePath, fingerprintValues, readCacheFile, writeCacheFile, type CacheKind } from '../cache/cache-file-fs.ts';
import { COMMIT_PARENTS } from './brought-records.ts';

/** The file's kind: its entries are what COMMIT_PARENTS takes from each text, so a change to it makes them another cache's. */
const KIND: CacheKind = { name: 'record-parents', format: 1, fingerprint: fingerprintValues(COMMIT_PARENTS.source), checksum: true };

/** Writes `parents` (blob id -> the record's commit ids, joined by ","; "" for a root commit) for the next commit's hook. Never throws. */
export function writeRecordParents(gitdir: string, parents: ReadonlyMap<string, string>): boolean {
  const lines: string[] = [];
  for (const [oid, line] of parents) lines.push(`${oid} ${line}\n`);
  return writeCacheFile(cacheFilePath(gitdir, 'record-parents'), KIND, lines.join(''));
}

/** What writeRecordParents left, or an empty map. Never throws. */
export function readRecordParents(gitdir: string): Map<string, string> {
  const parents = new Map<string, string>();
  const body = readCacheFile(cacheFilePath(gitdir, 'record-parents'), KIND);
  if (body === undefined) return parents;
  for (let at = 0; at < body.length; ) {
    const end = body.indexOf('\n', at);
    if (end === -1) break;
    // "<40 hex> <ids>": the checksum vouches for the lines this module wrote.
    parents.set(body.slice(at, at + 40), body.slice(at + 41, end));
    at = end + 1;
  }
  return parents;
}
