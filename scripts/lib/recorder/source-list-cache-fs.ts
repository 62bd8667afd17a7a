// Node-only (git, files, hashing): the prompt and clause files of the index being committed,
// without listing the index. `git ls-files` with the source globs reads the whole index, which
// grows with the repository (7 MB and about 100 ms of git's CPU at 10,000 prompts), and hands this
// process every prompt path on every commit. Instead, the source files of one commit are kept in
// the git common dir, keyed by the commit id and the pathspecs; the index's list is that of the
// commit it is diffed against, reached from the cached commit with one `git diff-tree` (which
// reads only the trees that differ), plus the staged changes the hook has diffed anyway. A commit
// id names its tree, so an entry is never stale, whatever happened since (a commit made with
// --no-verify, a checkout, a rebase, another worktree). A missing, torn or hand-edited file, or a
// cached commit git no longer has, is only a slower run: the list is then built the same way from
// the empty tree.
// Each file's kind and id (prompt or clause, from the globs) are kept beside it: classifying every
// path again on every commit was most of the hook's cost that grew with the number of prompts
// (about 50 ms of 10,000 paths). Only the paths a diff brings in are classified; the file is tied
// to the globs and to the text of the code that classifies, so other rules never reuse it.
import { cacheFilePath, fingerprintValues, readCacheJson, writeCacheJson, type CacheKind } from '../cache/cache-file-fs.ts';
import { diffTrees, EMPTY_TREE, type IndexChange, type IndexEntry, type Repo } from '../git/index.ts';
import { classificationCode, describeSource, type SourceFileInfo } from '../prompt/locate.ts';
import type { Config } from '../schema/config.ts';
import { VAULT_DIR } from '../vault/dirs.ts';

/** Bumped when the file's layout changes. */
const FORMAT = 3;
const VAULT_PREFIX = `${VAULT_DIR}/`;
const outsideVault = (file: string): boolean => !file.startsWith(VAULT_PREFIX);

/** A file of the index with its kind and id; `source` null: the globs match it but it is no source (a folder's README). */
export interface SourceEntry extends IndexEntry {
  /** Absent where not yet known (then `describeSource` tells). */
  source?: SourceFileInfo | null;
}

type Globs = Pick<Config, 'prompts' | 'codex'>;

/** What a saved list holds after its first line (which names the pathspecs, globs and classifying code it was made with). */
interface CacheBody {
  commit: string;
  /** [path, mode, blob id, kind ('prompt', 'clause' or '' for none), id], in git's index order. */
  entries: [string, string, string, string, string][];
}

/** Where the cache of a repository lives: `<git common dir>/promptvault/sources.json`. */
export function sourceListCachePath(gitdir: string): string {
  return cacheFilePath(gitdir, 'sources.json');
}

/**
 * The files under `pathspecs` and outside vault/ in the index being committed, in index order, as
 * `git ls-files -s` lists them, each with its kind and id under `globs` (the globs `pathspecs`
 * were made from). `changes` must be everything the index changes against `base` under those
 * pathspecs (the hook's `diffIndex`; paths under vault/ are skipped); `base` is a commit id, or
 * null (or the empty tree) before the first commit.
 */
export async function listStagedSources(repo: Repo, { base, pathspecs, globs, changes }: { base: string | null; pathspecs: string[]; globs: Globs; changes: IndexChange[] }): Promise<SourceEntry[]> {
  const atBase = base === null || base === EMPTY_TREE ? [] : await listCommitSources(repo, base, pathspecs, globs);
  return applyChanges(atBase, changes, outsideVault, describedBy(globs));
}

/** The source files of commit `commit` (outside vault/), from the cache or built and cached. */
async function listCommitSources(repo: Repo, commit: string, pathspecs: string[], globs: Globs): Promise<SourceEntry[]> {
  const file = sourceListCachePath(repo.gitdir);
  const kind = cacheKind(pathspecs, globs);
  const cached = readCache(file, kind);
  if (cached?.commit === commit) return cached.entries;
  const describe = describedBy(globs);
  let entries: SourceEntry[] | undefined;
  if (cached) {
    // A commit git has pruned since (a rebase, then gc) cannot be diffed from: start from nothing.
    entries = await diffTrees(repo, { from: cached.commit, to: commit, pathspecs: pathspecs }).then((diff) => applyChanges(cached.entries, diff, outsideVault, describe), () => undefined);
  }
  entries ??= applyChanges([], await diffTrees(repo, { from: EMPTY_TREE, to: commit, pathspecs: pathspecs }), outsideVault, describe);
  const body: CacheBody = { commit, entries: entries.map((entry) => {
    const source = entry.source === undefined ? (describeSource(entry.path, globs) ?? null) : entry.source;
    return [entry.path, entry.mode ?? '', entry.oid, source?.kind ?? '', source?.id ?? ''];
  }) };
  // A read-only git directory: no cache, the next commit builds the list again.
  writeCacheJson(file, kind, body);
  return entries;
}

/** An index entry with its kind and id under `globs`, classified once. */
const describedBy = (globs: Globs) => (entry: IndexEntry): SourceEntry => ({ ...entry, source: describeSource(entry.path, globs) ?? null });

/**
 * What a saved list must have been made with to be used, besides its commit: the pathspecs, the
 * globs, and the code that classifies paths (`classificationCode`). Checksummed: a torn or edited
 * file is never taken for a list.
 */
function cacheKind(pathspecs: string[], globs: Globs): CacheKind {
  return { name: 'sources', format: FORMAT, fingerprint: fingerprintValues(pathspecs, globs.prompts, globs.codex, classificationCode()), checksum: true };
}

/**
 * `entries` (in index order) with `changes` applied: what a diff from their tree says is there
 * now, in index order. Only paths `keep` accepts are kept, from both; `make` turns what a change
 * brings in into an entry (the source list adds its kind and id there).
 */
export function applyChanges<E extends IndexEntry>(entries: E[], changes: IndexChange[], keep: (file: string) => boolean, make: (entry: IndexEntry) => E): E[] {
  const wanted = (file: string | undefined) => file !== undefined && keep(file);
  const result = entries.every((entry) => keep(entry.path)) ? [...entries] : entries.filter((entry) => keep(entry.path));
  // A commit changes a few of thousands of files: each is found by binary search, in git's order.
  const find = (file: string): { at: number; found: boolean } => {
    let [low, high] = [0, result.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      const order = compareGitPaths(result[mid]!.path, file);
      if (order === 0) return { at: mid, found: true };
      if (order < 0) low = mid + 1;
      else high = mid;
    }
    return { at: low, found: false };
  };
  const remove = (file: string) => {
    const { at, found } = find(file);
    if (found) result.splice(at, 1);
  };
  for (const change of changes) {
    if (change.status === 'R' && wanted(change.fromPath)) remove(change.fromPath!);
    if (!wanted(change.path)) continue;
    if (change.status === 'D' || !change.newOid) {
      remove(change.path);
      continue;
    }
    const { at, found } = find(change.path);
    result.splice(at, found ? 1 : 0, make({ oid: change.newOid, path: change.path, mode: change.newMode }));
  }
  return result;
}

/** git's order of index entries: the UTF-8 bytes of the path (JavaScript's own order differs above U+FFFF). */
function compareGitPaths(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** The cache's commit and entries if the file is whole and of this kind. */
function readCache(file: string, expected: CacheKind): { commit: string; entries: SourceEntry[] } | undefined {
  const parsed = readCacheJson(file, expected) as Partial<CacheBody> | null | undefined;
  if (!parsed || typeof parsed.commit !== 'string' || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(parsed.commit) || !Array.isArray(parsed.entries)) return undefined;
  const entries: SourceEntry[] = [];
  for (const entry of parsed.entries as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 5) return undefined;
    const [filePath, mode, oid, kind, id] = entry as unknown[];
    if (typeof filePath !== 'string' || typeof mode !== 'string' || typeof oid !== 'string' || typeof id !== 'string') return undefined;
    if (kind === '') entries.push({ path: filePath, mode, oid, source: null });
    else if (kind === 'prompt' || kind === 'clause') entries.push({ path: filePath, mode, oid, source: { kind, id } });
    else return undefined;
  }
  return { commit: parsed.commit, entries };
}
