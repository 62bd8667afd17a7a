// Node-only (git): the prompt file of recorded versions, read from the commit that holds each one.
// `bundle` (the versions it ships) and `diff` / `show` (the versions a prompt engineer compares)
// read them the same way.
import type { Repo } from '../git/index.ts';
import type { RecordedVersion } from '../labels/resolve.ts';
import { commitsOfRecords } from './version-commits-git.ts';
import { readRecordedTexts, type FoundText } from './recorded-texts-git.ts';

/**
 * The prompt file of each version, read from the commit that holds it: a commit whose parents are
 * the record's `commit_parents` (the commit the hook, or backfill replaying history, recorded it
 * in), preferring the one that added the record, and whose file has the recorded hash
 * (readRecordedTexts, as the site reads them). Keyed by checkpoint file; a version whose commit
 * is not in this clone (a shallow one) is left out.
 */
export async function readVersionFiles(repo: Repo, versions: readonly RecordedVersion[], folders: string[]): Promise<Map<string, FoundText>> {
  if (versions.length === 0) return new Map();
  const candidates = await commitsOfRecords(repo, versions.map((version) => version.checkpoint));
  const wanted = new Map(versions.map(({ checkpoint, content_hash }) => [checkpoint.file, { key: checkpoint.file, contentHash: content_hash, places: (candidates.get(checkpoint.file) ?? []).map((commit) => ({ commit, path: checkpoint.path })) }]));
  return readRecordedTexts(repo, [...wanted.values()], { folders });
}
