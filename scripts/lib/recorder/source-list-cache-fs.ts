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
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { diffTrees, EMPTY_TREE, type IndexChange, type IndexEntry, type Repo } from '../git/index.ts';
import { gitCommonDir } from '../git/common-dir-fs.ts';
import { VAULT_DIR } from '../vault/dirs.ts';
import { writeFileAtomic } from '../vault/write-fs.ts';

/** Bumped when the file's layout changes. */
const FORMAT = 1;
const VAULT_PREFIX = `${VAULT_DIR}/`;
const outsideVault = (file: string): boolean => !file.startsWith(VAULT_PREFIX);

interface CacheBody {
  format: number;
  commit: string;
  pathspecs: string[];
  /** [path, mode, blob id], in git's index order. */
  entries: [string, string, string][];
}

/** Where the cache of a repository lives: `<git common dir>/promptvault/sources.json`. */
export function sourceListCachePath(gitdir: string): string {
  return path.join(gitCommonDir(gitdir), 'promptvault', 'sources.json');
}

/**
 * The files under `pathspecs` and outside vault/ in the index being committed, in index order, as
 * `git ls-files -s` lists them. `changes` must be everything the index changes against `base`
 * under those pathspecs (the hook's `diffIndex`; paths under vault/ are skipped); `base` is a
 * commit id, or null (or the empty tree) before the first commit.
 */
export async function listStagedSources(repo: Repo, { base, pathspecs, changes }: { base: string | null; pathspecs: string[]; changes: IndexChange[] }): Promise<IndexEntry[]> {
  const atBase = base === null || base === EMPTY_TREE ? [] : await listCommitSources(repo, base, pathspecs);
  return applyChanges(atBase, changes, outsideVault);
}

/** The source files of commit `commit` (outside vault/), from the cache or built and cached. */
async function listCommitSources(repo: Repo, commit: string, pathspecs: string[]): Promise<IndexEntry[]> {
  const file = sourceListCachePath(repo.gitdir);
  const cached = readCache(file, pathspecs);
  if (cached?.commit === commit) return cached.entries;
  let entries: IndexEntry[] | undefined;
  if (cached) {
    // A commit git has pruned since (a rebase, then gc) cannot be diffed from: start from nothing.
    entries = await diffTrees(repo, { from: cached.commit, to: commit, pathspecs }).then((diff) => applyChanges(cached.entries, diff, outsideVault), () => undefined);
  }
  entries ??= applyChanges([], await diffTrees(repo, { from: EMPTY_TREE, to: commit, pathspecs }), outsideVault);
  writeCache(file, { format: FORMAT, commit, pathspecs, entries: entries.map((entry) => [entry.path, entry.mode ?? '', entry.oid]) });
  return entries;
}

/**
 * `entries` (in index order) with `changes` applied: what a diff from their tree says is there
 * now, in index order. Only paths `keep` accepts are kept, from both.
 */
export function applyChanges(entries: IndexEntry[], changes: IndexChange[], keep: (file: string) => boolean): IndexEntry[] {
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
    result.splice(at, found ? 1 : 0, { oid: change.newOid, path: change.path, mode: change.newMode });
  }
  return result;
}

/** git's order of index entries: the UTF-8 bytes of the path (JavaScript's own order differs above U+FFFF). */
function compareGitPaths(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** The cache's commit and entries if the file is whole, of this format and for these pathspecs. */
function readCache(file: string, pathspecs: string[]): { commit: string; entries: IndexEntry[] } | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  // The first line is a hash of the rest: a torn or edited file is never taken for a list.
  const newline = text.indexOf('\n');
  const body = text.slice(newline + 1);
  if (newline === -1 || text.slice(0, newline) !== checksum(body)) return undefined;
  try {
    const parsed = JSON.parse(body) as Partial<CacheBody>;
    if (parsed.format !== FORMAT || typeof parsed.commit !== 'string' || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(parsed.commit)) return undefined;
    if (JSON.stringify(parsed.pathspecs) !== JSON.stringify(pathspecs) || !Array.isArray(parsed.entries)) return undefined;
    const entries: IndexEntry[] = [];
    for (const entry of parsed.entries as unknown[]) {
      if (!Array.isArray(entry) || entry.length !== 3 || !entry.every((part) => typeof part === 'string')) return undefined;
      const [filePath, mode, oid] = entry as [string, string, string];
      entries.push({ path: filePath, mode, oid });
    }
    return { commit: parsed.commit, entries };
  } catch {
    return undefined;
  }
}

function writeCache(file: string, body: CacheBody): void {
  const text = JSON.stringify(body);
  try {
    writeFileAtomic(file, `${checksum(text)}\n${text}`);
  } catch {
    // A read-only git directory: no cache, the next commit builds the list again.
  }
}

function checksum(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
