// Node-only (git, files): the files of the index being committed that may declare some front-matter
// ids, found without searching every source blob. Until session 30 the hook ran `git grep --cached`
// over the source globs for the ids it staged: git inflated every source blob for it, about 0.3 s of
// CPU at 1,000 prompts and 3 s at 10,000 (loaded machine) for a commit of one prompt with an id.
// Now the id lines of a commit's prompt files (stable-id-keys.ts) are kept as lines `[key, path,
// blob id]` in shards by key (`<git common dir>/promptvault/stable-ids/`, named by a manifest
// `stable-ids.json` that holds the commit they are complete for; the shard store of the source
// list, source-shards-fs.ts). A commit reads the shards of the ids it stages. The list is moved to
// the commit the index was diffed against with one `git diff-tree` from the commit it was saved at
// (the blobs that diff brings in are read for their id lines), and only when a commit stages an
// id: a commit without one never opens it. A line is a fact about a blob at a path, true for good:
// a file changed or deleted since leaves its old line behind, which counts only while the index
// still has that blob at that path (asked of the source list), and is dropped when met stale. A
// missing or damaged list is built again from one `git grep -l '^id:'` of the commit (the cost
// of the search it replaces, once).
import { cacheFilePath, fingerprintValues, type CacheKind } from '../cache/cache-file-fs.ts';
import { codeDigest } from '../cache/code-digest-fs.ts';
import { compareGitPaths, diffTrees, EMPTY_TREE, runOverPathspecs, splitRuns, withPathOfMissing, type IndexChange, type IndexEntry, type Repo } from '../git/index.ts';
import { scanBlobsPreferringWorktree } from '../git/worktree-blobs-fs.ts';
import { classifyPath, isSkippedEntry } from '../prompt/locate.ts';
import type { Config } from '../schema/config.ts';
import { VAULT_DIR } from '../vault/dirs.ts';
import { openShardStore, readShardManifest, saveShards, type ShardStore } from './source-shards-fs.ts';
import { overgrown, shardCount } from './source-shards.ts';
import { ID_KEY_LINE_PATTERNS, parseStableIdLines, serializeStableIdLines, stableIdKeys, stableIdShard, type StableIdLine } from './stable-id-keys.ts';

/** Bumped when the layout changes; a change in the code that reads keys or classifies paths changes the fingerprint. */
const FORMAT = 2;
/** Past this many changes since the saved commit, the list is built again (one grep) rather than moved. */
const MAX_MOVED_CHANGES = 500;
const VAULT_PREFIX = `${VAULT_DIR}/`;

type Globs = Pick<Config, 'prompts' | 'codex'>;

export interface StableIdQuery {
  /** The commit the index was diffed against. */
  base: string;
  /** The source pathspecs (made from `globs`) the staged diff covered. */
  pathspecs: string[];
  globs: Globs;
  /** Everything the index changes against `base` under `pathspecs` (the hook's diff). */
  changes: IndexChange[];
  /** The ids asked. */
  keys: string[];
  /** The index's entry at a path the staged diff leaves as `base` has it (the source list). */
  entryAt(file: string): IndexEntry | undefined;
  /** Blobs the staged diff brings in (the work tree first). */
  readStaged(oids: string[]): Promise<Map<string, Buffer>>;
}

/** Where the list's manifest lives, and its shards' folder. */
export function stableIdListPaths(gitdir: string): { manifest: string; folder: string } {
  return { manifest: cacheFilePath(gitdir, 'stable-ids.json'), folder: cacheFilePath(gitdir, 'stable-ids') };
}

/**
 * The prompt files of the index (under `pathspecs`, outside vault/, no symbolic link) with a line
 * `id: <one of keys>` as the old search read it, in index order: what `git grep --cached -l` with
 * the ids' pattern listed, with their blobs.
 */
export async function findStableIdFiles(repo: Repo, query: StableIdQuery): Promise<IndexEntry[]> {
  const { base, pathspecs, globs, changes } = query;
  const wanted = new Set(query.keys);
  const found = new Map<string, IndexEntry>();
  // The staged side: what the staged diff brings in is read here (the prompts the commit stages).
  const staged = new Map<string, IndexChange | null>();
  for (const change of changes) {
    if (change.status === 'R' && change.fromPath !== undefined) staged.set(change.fromPath, null);
    staged.set(change.path, change.status === 'D' || !change.newOid ? null : change);
  }
  const brought = [...staged.values()].filter((change): change is IndexChange => change !== null && isPromptBlob(change, globs));
  const blobs = brought.length === 0 ? new Map<string, Buffer>() : await query.readStaged(brought.map((change) => change.newOid!));
  for (const change of brought) {
    const bytes = blobs.get(change.newOid!);
    if (bytes && stableIdKeys(bytes, change.path).some((key) => wanted.has(key))) found.set(change.path, { path: change.path, oid: change.newOid!, ...(change.newMode ? { mode: change.newMode } : {}) });
  }
  // The committed side: the lines of the asked keys, each counted while the index has its blob.
  const kind = cacheKind(pathspecs, globs);
  const files = stableIdListPaths(repo.gitdir);
  const atBase = baseEntries(query);
  let list = await openAtBase(repo, base, pathspecs, globs, kind, files, atBase);
  let lines = list.linesOf(query.keys);
  if (!lines) {
    list = await buildAtBase(repo, base, pathspecs, globs, atBase);
    lines = list.linesOf(query.keys)!;
  }
  for (const line of lines) {
    if (!wanted.has(line.key) || staged.has(line.path) || found.has(line.path)) continue;
    const entry = query.entryAt(line.path);
    if (entry && entry.oid === line.oid && !isSkippedEntry(entry.mode) && classifyPath(line.path, globs) === 'prompt') found.set(line.path, entry);
    // Not staged, so the index has there what `base` has: the line is stale for the saved commit too.
    else if (!entry || entry.oid !== line.oid) list.remove(line);
  }
  list.save(files, kind);
  return [...found.values()].sort((a, b) => compareGitPaths(a.path, b.path));
}

/**
 * Saves the list of `commit` built by the caller from every id line of its prompt files under
 * `pathspecs` (outside vault/, no symbolic link): backfill, which reads those lines as it replays,
 * so that the first commit staging an id after an adoption moves the list by one `git diff-tree`
 * instead of building it from a `git grep` of the tree (193 MB of git's memory at 10,000 prompts).
 */
export function saveStableIdList(gitdir: string, { commit, pathspecs, globs, lines }: { commit: string; pathspecs: string[]; globs: Globs; lines: StableIdLine[] }): void {
  const list = working(commit, shardCount(lines.length), 0, undefined, true);
  list.add(lines);
  list.save(stableIdListPaths(gitdir), cacheKind(pathspecs, globs));
}

/** A change that brings a prompt file's blob into the tree (not a link or submodule). */
function isPromptBlob(change: IndexChange, globs: Globs): boolean {
  return change.newOid !== null && change.status !== 'D' && !change.path.startsWith(VAULT_PREFIX) && !isSkippedEntry(change.newMode) && classifyPath(change.path, globs) === 'prompt';
}

/** A list being read and changed (working): its shards parsed when first asked, those changed written by `save`. */
type WorkingList = ReturnType<typeof working>;

/**
 * The list complete for `base`: the saved one when it is `base`'s, moved to it from the commit
 * it was saved at when few files changed between them, else built again.
 */
async function openAtBase(repo: Repo, base: string, pathspecs: string[], globs: Globs, kind: CacheKind, files: { manifest: string; folder: string }, atBase: BaseEntries): Promise<WorkingList> {
  const manifest = readShardManifest(files.manifest, kind);
  if (manifest?.commit === base) return working(base, manifest.shards.length, manifest.lines, openShardStore(files.folder, manifest));
  const diff = manifest ? await diffTrees(repo, { from: manifest.commit, to: base, pathspecs, outside: [VAULT_DIR] }).catch(() => undefined) : undefined;
  if (manifest && diff && diff.length <= MAX_MOVED_CHANGES) {
    const list = working(base, manifest.shards.length, manifest.lines, openShardStore(files.folder, manifest), true);
    const brought = diff.filter((change) => isPromptBlob(change, globs));
    if (list.add(await linesOfBlobs(repo, brought.map((change) => ({ path: change.path, oid: change.newOid! })))) && !list.overgrown()) return list;
  }
  return buildAtBase(repo, base, pathspecs, globs, atBase);
}

/** A path's entry in `base`'s tree (blob id and mode), undefined when the caller cannot say. */
type BaseEntries = (file: string) => { oid: string; mode?: string } | undefined;

/**
 * `base`'s entries as the hook already holds them: the old side of a path the staged diff changes,
 * else the index's entry (the source list), which is `base`'s where the diff shows no change.
 */
function baseEntries(query: StableIdQuery): BaseEntries {
  const changed = new Map<string, { oid: string; mode?: string } | null>();
  for (const change of query.changes) {
    const from = change.status === 'R' && change.fromPath !== undefined ? change.fromPath : change.path;
    // A type change may leave a symbolic link on the old side, whose mode the diff does not give: listed by git instead.
    changed.set(from, change.oldOid && change.status !== 'T' ? { oid: change.oldOid } : null);
    if (from !== change.path && !changed.has(change.path)) changed.set(change.path, null);
  }
  return (file) => {
    if (changed.has(file)) return changed.get(file) ?? undefined;
    const entry = query.entryAt(file);
    return entry && { oid: entry.oid, ...(entry.mode ? { mode: entry.mode } : {}) };
  };
}

/**
 * The list of `base` built whole: the prompt files one `git grep -l` of its tree names for a line
 * that may be an `id` key (ID_KEY_LINE_PATTERNS: `^id:`, and the shapes only YAML's parse reads),
 * each read for its keys.
 */
async function buildAtBase(repo: Repo, base: string, pathspecs: string[], globs: Globs, atBase: BaseEntries): Promise<WorkingList> {
  const prefix = `${base}:`;
  const named = splitRuns(await runOverPathspecs(repo, ['grep', '-l', '-z', '-E', ...ID_KEY_LINE_PATTERNS.flatMap((pattern) => ['-e', pattern]), base], pathspecs, { okCodes: [1], excluding: [`:(exclude,literal)${VAULT_DIR}/`] }))
    .map((entry) => (entry.startsWith(prefix) ? entry.slice(prefix.length) : entry))
    .filter((file) => classifyPath(file, globs) === 'prompt');
  // Their blobs as the hook holds them (the source list, the staged diff's old sides); only when one
  // is missing, from the tree's listing (the diff from nothing, as the source list builds itself:
  // `ls-tree` would take the paths as patterns), a second walk of every folder the globs reach
  // (the bench's first id commit at 10,000 prompts: 300 ms less CPU without it, session 31).
  const held = named.map((file) => ({ file, entry: atBase(file) }));
  let entries: { path: string; oid: string }[];
  if (held.every(({ entry }) => entry !== undefined)) {
    entries = held.filter(({ file, entry }) => !isSkippedEntry(entry!.mode) && !file.startsWith(VAULT_PREFIX)).map(({ file, entry }) => ({ path: file, oid: entry!.oid }));
  } else {
    const wanted = new Set(named);
    const listed = await diffTrees(repo, { from: EMPTY_TREE, to: base, pathspecs, outside: [VAULT_DIR] });
    entries = listed.filter((change) => wanted.has(change.path) && isPromptBlob(change, globs)).map((change) => ({ path: change.path, oid: change.newOid! }));
  }
  const lines = await linesOfBlobs(repo, entries);
  const list = working(base, shardCount(lines.length), 0, undefined, true);
  list.add(lines);
  return list;
}

/**
 * The lines of the blobs at their paths (from the work tree where the file there is the blob, else
 * loose objects read here, the rest through one cat-file),
 * each blob read for its keys as it arrives and let go: the list's first build reads every prompt
 * with an `id:` line (about 1,000 blobs at 10,000 prompts in the bench), and held at once (git's
 * whole output kept for the map of them) they cost memory growing with the repository.
 */
async function linesOfBlobs(repo: Repo, files: { path: string; oid: string }[]): Promise<StableIdLine[]> {
  const pathsOf = new Map<string, string[]>();
  for (const file of files) pathsOf.set(file.oid, [...(pathsOf.get(file.oid) ?? []), file.path]);
  const lines: StableIdLine[] = [];
  await withPathOfMissing(
    scanBlobsPreferringWorktree(repo, files, (oid, blob) => {
      for (const file of pathsOf.get(oid)!) for (const key of stableIdKeys(blob, file)) lines.push({ key, path: file, oid });
    }),
    (oid) => pathsOf.get(oid)?.[0],
  );
  return lines;
}

/** The list of `commit` in `count` shards holding `lines` lines (`store`: the saved shards; `moved`: to be saved whatever happens). */
function working(commit: string, count: number, lines: number, store: ShardStore | undefined, moved = false) {
  const shards = new Map<number, StableIdLine[] | undefined>();
  const changed = new Set<number>();
  let total = lines;
  let dirty = moved;
  const shard = (i: number): StableIdLine[] | undefined => {
    if (!shards.has(i)) {
      const bytes = store ? store.read(i) : Buffer.alloc(0);
      shards.set(i, bytes === undefined ? undefined : parseStableIdLines(bytes));
    }
    return shards.get(i);
  };
  const same = (a: StableIdLine, b: StableIdLine) => a.key === b.key && a.path === b.path && a.oid === b.oid;
  return {
    /** The lines of the shards holding `keys`; undefined when one of those shards is damaged. */
    linesOf(keys: string[]): StableIdLine[] | undefined {
      const found: StableIdLine[] = [];
      for (const i of new Set(keys.map((key) => stableIdShard(count, key)))) {
        const lines = shard(i);
        if (!lines) return undefined;
        found.push(...lines);
      }
      return found;
    },
    /** Adds lines (those already there once); false when a shard they go to is damaged. */
    add(lines: StableIdLine[]): boolean {
      for (const line of lines) {
        const i = stableIdShard(count, line.key);
        const held = shard(i);
        if (!held) return false;
        if (held.some((other) => same(other, line))) continue;
        held.push(line);
        changed.add(i);
        total++;
        dirty = true;
      }
      return true;
    },
    remove(line: StableIdLine): void {
      const i = stableIdShard(count, line.key);
      const held = shard(i);
      const at = held?.findIndex((other) => same(other, line)) ?? -1;
      if (at === -1) return;
      held!.splice(at, 1);
      changed.add(i);
      total--;
      dirty = true;
    },
    overgrown: () => overgrown(total, count),
    save(files: { manifest: string; folder: string }, kind: CacheKind): void {
      if (!dirty) return;
      const bytes = new Map([...changed].map((i) => [i, serializeStableIdLines(shard(i)!)] as const));
      // A read-only git directory: unsaved, the next commit with an id moves or builds it again.
      saveShards(files.manifest, files.folder, kind, { commit, lines: total, count }, bytes, store?.manifest);
      dirty = false;
    },
  };
}

/** What a saved list must have been made with: the pathspecs, the globs, and the code that reads keys and classifies paths. */
function cacheKind(pathspecs: string[], globs: Globs): CacheKind {
  return { name: 'stable-ids', format: FORMAT, fingerprint: fingerprintValues(FORMAT, pathspecs, globs.prompts, globs.codex, codeDigest('classifying'), codeDigest('citing')), checksum: true };
}
