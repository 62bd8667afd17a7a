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
// The list is one JSON array a line, kept in shards (source-shards.ts, source-shards-fs.ts): a
// source's line in the shard of its kind and folded id, any other in the shard of its path. A
// commit of a prompt or two reads the small manifest and the shards of the ids it asks and of the
// paths that changed, searches those for the line's end (`"prompt","<id>"]`), parses only the
// lines found, and writes only the shards it changed. Until session 27 the list was one file read,
// checksummed, spliced and written whole on every commit: 1.9 MB at the bench's 10,000 prompts,
// about 3 ms of CPU that grew with the repository (before that: parsing it whole, 30-40 ms, then
// decoding it as a two-byte string, 55 ms). `entries()` still reads every shard for what needs
// every file (a clause's citing prompts). The lines are ASCII (JSON's \u escapes for the rest),
// so a shard is searched and spliced as bytes.
import { cacheFilePath, fingerprintValues, type CacheKind } from '../cache/cache-file-fs.ts';
import { compareGitPaths, diffTrees, diffTreesSync, EMPTY_TREE, type IndexChange, type IndexEntry, type Repo } from '../git/index.ts';
import { describeSource, isSkippedEntry, type SourceFileInfo } from '../prompt/locate.ts';
import { codeDigest } from '../cache/code-digest-fs.ts';
import { foldCase } from '../prompt/references.ts';
import type { Config } from '../schema/config.ts';
import { VAULT_DIR } from '../vault/dirs.ts';
import { pathsOfEntries, scanPaths } from './lazy-source-ids.ts';
import { openShardStore, readShardManifest, saveShards, type ShardStore } from './source-shards-fs.ts';
import { compareGitOrder, LINES_PER_SHARD, overgrown, shardCount, shardOf } from './source-shards.ts';

/** Bumped when the layout changes (the shard a line goes to, source-shards.ts' shardOf, included). */
const FORMAT = 7;
const VAULT_PREFIX = `${VAULT_DIR}/`;
const outsideVault = (file: string): boolean => !file.startsWith(VAULT_PREFIX);

/** A file of the index with its kind and id; `source` null: the globs match it but it is no source (a folder's README). */
export interface SourceEntry extends IndexEntry {
  /** Absent where not yet known (then `describeSource` tells). */
  source?: SourceFileInfo | null;
}

type Globs = Pick<Config, 'prompts' | 'codex'>;

/**
 * What a saved list holds: the manifest (its first line names the pathspecs, globs and classifying
 * code it was made with) names the commit and the shards; a shard holds lines, one entry each,
 * `[path, mode, blob id, kind ('prompt', 'clause' or '' for none), folded id, id]` as JSON, in
 * git's index order. The folded id (lower case, NFC: `foldCase`) lets a new id be compared with
 * every other by letter case by searching one shard for it, not by folding every id of the
 * repository on each commit.
 */
type CacheLine = [string, string, string, string, string, string];

/** The source files of the index being committed: every entry, or the paths that give one id. */
export interface StagedSources {
  /** Every entry, in index order (every shard read and parsed on the first call). */
  entries(): SourceEntry[];
  /** The paths, in index order, of the files (no symbolic link) that give `kind` `id`; undefined when none does. */
  pathsOf(kind: SourceFileInfo['kind'], id: string): string[] | undefined;
  /** The ids of `kind` (with a path each, no symbolic link) whose `foldCase` is `folded`. */
  sameFold(kind: SourceFileInfo['kind'], folded: string): { id: string; path: string }[];
  /** The entry at `file` (symbolic links too), undefined when the list has none: found in the one shard its line lives in. */
  entryAt(file: string): SourceEntry | undefined;
}

/** Where the cache of a repository lives: the manifest `<git common dir>/promptvault/sources.json`. */
export function sourceListCachePath(gitdir: string): string {
  return cacheFilePath(gitdir, 'sources.json');
}

/** The folder of the list's shards, beside the manifest. */
export function sourceShardsFolder(gitdir: string): string {
  return cacheFilePath(gitdir, 'sources');
}

/** How the list is laid out: `linesPerShard` (tests) gives a small list many shards. */
export interface ShardOptions {
  linesPerShard?: number;
}

/**
 * The files under `pathspecs` and outside vault/ in the index being committed, in index order, as
 * `git ls-files -s` lists them, each with its kind and id under `globs` (the globs `pathspecs`
 * were made from). `changes` must be everything the index changes against `base` under those
 * pathspecs (the hook's `diffIndex`; paths under vault/ are skipped); `base` is a commit id, or
 * null (or the empty tree) before the first commit.
 */
export async function listStagedSources(repo: Repo, options: { base: string | null; pathspecs: string[]; globs: Globs; changes: IndexChange[] } & ShardOptions): Promise<SourceEntry[]> {
  return (await openStagedSources(repo, options)).entries();
}

/** listStagedSources, with the entries parsed only when every one is asked for. */
export async function openStagedSources(repo: Repo, { base, pathspecs, globs, changes, linesPerShard }: { base: string | null; pathspecs: string[]; globs: Globs; changes: IndexChange[] } & ShardOptions): Promise<StagedSources> {
  const atBase = base === null || base === EMPTY_TREE ? { entries: () => [] } : await listCommitSources(repo, base, pathspecs, globs, linesPerShard ?? LINES_PER_SHARD);
  const describe = describedBy(globs);
  let entries: SourceEntry[] | undefined;
  const all = () => (entries ??= applyChanges(atBase.entries(), changes, outsideVault, describe));
  const store = atBase.store;
  if (!store) return scannedSources(all);
  // What the staged changes say of each path they touch (null: gone), as applyChanges applies them.
  const staged = new Map<string, SourceEntry | null>();
  for (const change of changes) {
    if (change.status === 'R' && change.fromPath !== undefined && outsideVault(change.fromPath)) staged.set(change.fromPath, null);
    if (!outsideVault(change.path)) continue;
    staged.set(change.path, change.status === 'D' || !change.newOid ? null : describe({ oid: change.newOid, path: change.path, mode: change.newMode }));
  }
  // The cached lines found, less the paths the staged changes touch, plus the staged entries that
  // match, symbolic links aside, in git's order: what a scan of the changed list would give.
  const withStaged = (found: SourceEntry[], matches: (source: SourceFileInfo) => boolean) => {
    const kept = found.filter((entry) => !staged.has(entry.path) && outsideVault(entry.path));
    for (const entry of staged.values()) if (entry?.source && matches(entry.source)) kept.push(entry);
    return kept.filter((entry) => !isSkippedEntry(entry.mode)).sort((a, b) => compareGitPaths(a.path, b.path));
  };
  // The one shard holding every line of `kind` whose id folds to `folded` (undefined: damaged).
  const shardFor = (kind: SourceFileInfo['kind'], folded: string) => store.read(shardOf(store.manifest.shards.length, { kind, folded, path: '' }));
  return {
    entries: all,
    pathsOf(kind, id) {
      if (entries) return scanPaths(entries, kind, id);
      const folded = foldCase(id);
      const text = shardFor(kind, folded);
      if (text === undefined) return scanPaths(all(), kind, id);
      const found = findLines(text, `,${asciiJson(kind)},${asciiJson(folded)},${asciiJson(id)}]\n`);
      const paths = withStaged(found, (source) => source.kind === kind && source.id === id).map((entry) => entry.path);
      return paths.length > 0 ? paths : undefined;
    },
    sameFold(kind, folded) {
      if (entries) return scanFolded(entries, kind, folded);
      const text = shardFor(kind, folded);
      if (text === undefined) return scanFolded(all(), kind, folded);
      const found = findLines(text, `,${asciiJson(kind)},${asciiJson(folded)},"`);
      return withStaged(found, (source) => source.kind === kind && foldCase(source.id) === folded).map((entry) => ({ id: entry.source!.id, path: entry.path }));
    },
    entryAt(file) {
      if (entries) return findEntry(entries, file);
      if (staged.has(file)) return staged.get(file) ?? undefined;
      if (!outsideVault(file)) return undefined;
      const text = store.read(shardOfSource(store.manifest.shards.length, file, describeSource(file, globs) ?? null));
      const place = text === undefined ? undefined : findLine(text, file);
      if (!text || !place) return findEntry(all(), file);
      return place.found ? lineEntry(text.toString('latin1', place.start, place.end - 1)) : undefined;
    },
  };
}

/** The entry of `entries` (in index order) at `file`: a binary search. */
function findEntry(entries: readonly SourceEntry[], file: string): SourceEntry | undefined {
  let [low, high] = [0, entries.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    const order = compareGitPaths(entries[mid]!.path, file);
    if (order === 0) return entries[mid];
    if (order < 0) low = mid + 1;
    else high = mid;
  }
  return undefined;
}

/** Entries listed from the index (under `globs`' pathspecs, outside vault/) as StagedSources. */
export function listedSources(listed: IndexEntry[], globs: Globs): StagedSources {
  let entries: SourceEntry[] | undefined;
  const all = () => (entries ??= listed.map(describedBy(globs)));
  return scannedSources(all);
}

/** StagedSources answered by scanning the entries `all` gives (pathsOf indexes them after a few scans). */
function scannedSources(all: () => SourceEntry[]): StagedSources {
  return { entries: all, pathsOf: pathsOfEntries(all), sameFold: (kind, folded) => scanFolded(all(), kind, folded), entryAt: (file) => findEntry(all(), file) };
}

/** The entries of `entries` (in their order) of `kind` whose id folds to `folded`. */
function scanFolded(entries: readonly SourceEntry[], kind: SourceFileInfo['kind'], folded: string): { id: string; path: string }[] {
  const found: { id: string; path: string }[] = [];
  for (const entry of entries) {
    const source = entry.source;
    if (source && source.kind === kind && !isSkippedEntry(entry.mode) && foldCase(source.id) === folded) found.push({ id: source.id, path: entry.path });
  }
  return found;
}

const NEWLINE = 0x0a;

/**
 * The entries of the lines of `text` holding `needle`: a line's end from its kind on (`,"<kind>",
 * "<folded>","<id>"]` and the newline), or its kind and folded id (`,"<kind>","<folded>",`). JSON
 * escapes every quote inside a string, so these can only be those fields of a line.
 */
function findLines(text: Buffer, needle: string): SourceEntry[] {
  const found: SourceEntry[] = [];
  const bytes = Buffer.from(needle, 'latin1');
  for (let at = text.indexOf(bytes); at !== -1; at = text.indexOf(bytes, at + bytes.length)) {
    const start = at === 0 ? 0 : text.lastIndexOf(NEWLINE, at) + 1;
    const end = text.indexOf(NEWLINE, at);
    const entry = toEntry(JSON.parse(text.toString('latin1', start, end)) as unknown);
    if (entry) found.push(entry);
  }
  return found;
}

/** A commit's source files: every entry (read when asked), and the saved shards they came from, when they did. */
interface CommitSources {
  entries: () => SourceEntry[];
  store?: ShardStore;
}

/** The source files of commit `commit` (outside vault/): the saved list when it is that commit's, else built and saved. */
async function listCommitSources(repo: Repo, commit: string, pathspecs: string[], globs: Globs, linesPerShard: number): Promise<CommitSources> {
  const file = sourceListCachePath(repo.gitdir);
  const folder = sourceShardsFolder(repo.gitdir);
  const kind = cacheKind(pathspecs, globs);
  const describe = describedBy(globs);
  const save = (entries: SourceEntry[]) => saveList(file, folder, kind, commit, entries, globs, linesPerShard);
  // The saved shards, and every entry from them when asked; a shard found damaged then (it was
  // not read before) has the list built again here, waiting on git: lookups answer at once.
  const rebuild = () => {
    const built = applyChanges([], diffTreesSync(repo, { from: EMPTY_TREE, to: commit, pathspecs, outside: [VAULT_DIR] }), outsideVault, describe);
    save(built);
    return built;
  };
  const fromShards = (store: ShardStore): CommitSources => {
    let entries: SourceEntry[] | undefined;
    return { store, entries: () => (entries ??= readAllShards(store, file) ?? rebuild()) };
  };
  const manifest = readShardManifest(file, kind);
  if (manifest?.commit === commit) return fromShards(openShardStore(folder, manifest));
  // A list of session 26 (format 6, one file) is not moved into shards: its fingerprint was of the
  // classifying functions' text, which this code no longer has (codeDigest), so it could not be
  // trusted anyway; it is built again once, from git, and the manifest takes its place.
  const saved = manifest?.commit;
  // A commit git has pruned since (a rebase, then gc) cannot be diffed from: start from nothing.
  // vault/ is left out of the diff (the list skips it): at 10,000 prompts git otherwise reads its
  // two folders of 10,000 record folders each on every commit (about 1 ms of git's CPU).
  const diff = saved ? await diffTrees(repo, { from: saved, to: commit, pathspecs, outside: [VAULT_DIR] }).catch(() => undefined) : undefined;
  if (manifest && diff && diff.length <= MAX_SPLICED_CHANGES) {
    // The commit the list was saved at is usually HEAD's parent (the last commit made with the
    // hook): its few changes are spliced into the shards of their lines, which alone are read
    // and written again. A large diff goes the long way, with the same diff.
    const before = openShardStore(folder, manifest);
    const spliced = spliceShards(before, diffLines(diff, globs), globs);
    if (spliced && !overgrown(spliced.lines, manifest.shards.length)) {
      const list = { commit, lines: spliced.lines, count: manifest.shards.length };
      const written = saveShards(file, folder, kind, list, spliced.shards, manifest);
      // Unsaved (a read-only git directory), the unchanged shards are still the old files.
      return fromShards(openShardStore(folder, written ?? { ...manifest, commit, lines: spliced.lines }, spliced.shards));
    }
  }
  const before = diff && manifest && readAllShards(openShardStore(folder, manifest), file);
  let entries = before && diff ? applyChanges(before, diff, outsideVault, describe) : undefined;
  entries ??= applyChanges([], await diffTrees(repo, { from: EMPTY_TREE, to: commit, pathspecs, outside: [VAULT_DIR] }), outsideVault, describe);
  save(entries);
  const built = entries;
  return { entries: () => built };
}

/** Saves `entries` (a commit's, in index order) as a list built whole: each line in its shard, in order. */
function saveList(file: string, folder: string, kind: CacheKind, commit: string, entries: readonly SourceEntry[], globs: Globs, linesPerShard: number): void {
  const count = shardCount(entries.length, linesPerShard);
  const lines: string[][] = Array.from({ length: count }, () => []);
  for (const entry of entries) {
    const source = entry.source === undefined ? (describeSource(entry.path, globs) ?? null) : entry.source;
    lines[shardOfSource(count, entry.path, source)]!.push(cacheLine(entry, source));
  }
  const shards = new Map<number, Buffer>();
  lines.forEach((shard, i) => {
    if (shard.length > 0) shards.set(i, Buffer.from(shard.join(''), 'latin1'));
  });
  // A read-only git directory: no cache, the next commit builds the list again.
  saveShards(file, folder, kind, { commit, lines: entries.length, count }, shards);
}

/** The shard of a path's line, from its kind and id (null: no source). */
function shardOfSource(count: number, file: string, source: SourceFileInfo | null): number {
  return shardOf(count, source ? { kind: source.kind, folded: foldCase(source.id), path: file } : { kind: '', folded: '', path: file });
}

/**
 * Every entry of the saved shards, in index order (each shard's lines are; the shards are merged
 * by sorting their concatenation, whose ordered runs the sort takes as they are); undefined when a
 * shard is damaged.
 */
function readAllShards(store: ShardStore, file: string): SourceEntry[] | undefined {
  const entries: SourceEntry[] = [];
  for (let i = 0; i < store.manifest.shards.length; i++) {
    const bytes = store.read(i);
    if (bytes === undefined) return undefined;
    if (bytes.length === 0) continue;
    const parsed = parseLines(bytes.toString('latin1')) ?? unreadable(file);
    for (let k = 0; k < parsed.length; k++) entries.push(parsed[k]!);
  }
  return store.manifest.shards.length === 1 ? entries : entries.sort((a, b) => compareGitOrder(a.path, b.path));
}

/**
 * `edits` (path -> its new line, or null: gone) spliced into the shards of their lines: the
 * changed shards' new bytes and the list's new number of lines; undefined when a shard they fall
 * in is damaged or holds a line that is no entry (the long way decides).
 */
function spliceShards(store: ShardStore, edits: Map<string, string | null>, globs: Globs): { shards: Map<number, Buffer>; lines: number } | undefined {
  const count = store.manifest.shards.length;
  const byShard = new Map<number, Map<string, string | null>>();
  for (const [file, line] of edits) {
    const i = shardOfSource(count, file, describeSource(file, globs) ?? null);
    const shard = byShard.get(i);
    if (shard) shard.set(file, line);
    else byShard.set(i, new Map([[file, line]]));
  }
  const shards = new Map<number, Buffer>();
  let lines = store.manifest.lines;
  for (const [i, shardEdits] of byShard) {
    const bytes = store.read(i);
    if (bytes === undefined) return undefined;
    const parts = spliceLines(bytes, shardEdits);
    if (parts === undefined) return undefined;
    const spliced = Buffer.concat(parts);
    lines += countLines(spliced) - countLines(bytes);
    shards.set(i, spliced);
  }
  return { shards, lines };
}

function countLines(bytes: Buffer): number {
  let lines = 0;
  for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) lines++;
  return lines;
}

/** One saved line: an entry with its kind and id (see CacheLine). */
function cacheLine(entry: IndexEntry, source: SourceFileInfo | null): string {
  return `${asciiJson([entry.path, entry.mode ?? '', entry.oid, source?.kind ?? '', source ? foldCase(source.id) : '', source?.id ?? ''] satisfies CacheLine)}\n`;
}

/** JSON with every character past ASCII escaped (`\u00e9`; a pair of escapes above U+FFFF): the lines and the needles that search them. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Changes of a diff spliced into a saved text at most: each is a binary search of the text, about 17 short lines parsed at 10,000 prompts. */
const MAX_SPLICED_CHANGES = 500;

/**
 * What `changes` do to the saved lines, as applyChanges applies them (outside vault/ only): each
 * path's new line, or null for a path that leaves.
 */
function diffLines(changes: IndexChange[], globs: Globs): Map<string, string | null> {
  const edits = new Map<string, string | null>();
  for (const change of changes) {
    if (change.status === 'R' && change.fromPath !== undefined && outsideVault(change.fromPath)) edits.set(change.fromPath, null);
    if (!outsideVault(change.path)) continue;
    const entry = { oid: change.newOid ?? '', path: change.path, mode: change.newMode };
    edits.set(change.path, change.status === 'D' || !change.newOid ? null : cacheLine(entry, describeSource(entry.path, globs) ?? null));
  }
  return edits;
}

/**
 * `bytes` (saved lines in index order, ASCII) with each path of `edits` replaced by its line,
 * inserted in order, or removed, as parts (slices of `bytes` cut at line starts, and the new
 * lines): neither the saved text nor the new one is made as a string (at 10,000 prompts each was
 * 1.9 MB of fresh memory on every commit); undefined when a line met on the way is not an entry
 * (the long way decides).
 */
function spliceLines(bytes: Buffer, edits: Map<string, string | null>): Buffer[] | undefined {
  const places: { file: string; line: string | null; start: number; end: number; found: boolean }[] = [];
  for (const [file, line] of edits) {
    const place = findLine(bytes, file);
    if (!place) return undefined;
    places.push({ file, line, ...place });
  }
  // Lines inserted at one place come in git's order, before the line there.
  places.sort((a, b) => a.start - b.start || compareGitPaths(a.file, b.file));
  const parts: Buffer[] = [];
  let at = 0;
  for (const place of places) {
    parts.push(bytes.subarray(at, place.start));
    if (place.line !== null) parts.push(Buffer.from(place.line, 'latin1'));
    at = place.found ? place.end : place.start;
  }
  parts.push(bytes.subarray(at));
  return parts;
}

/**
 * Where the saved line of `file` is (`start` to `end`, its newline included), or where it would
 * go: a binary search over the text's lines, which are in git's order of their paths.
 */
function findLine(text: Buffer, file: string): { start: number; end: number; found: boolean } | undefined {
  // low and high are line starts; every line before low sorts before `file`, every one from high after it.
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    // (A Buffer's lastIndexOf counts a negative offset from the end.)
    const start = middle === 0 ? 0 : text.lastIndexOf(NEWLINE, middle - 1) + 1;
    const end = text.indexOf(NEWLINE, start) + 1;
    if (end === 0) return undefined;
    const entry = lineEntry(text.toString('latin1', start, end - 1));
    if (!entry) return undefined;
    const order = compareGitPaths(entry.path, file);
    if (order === 0) return { start, end, found: true };
    if (order < 0) low = end;
    else high = start;
  }
  return { start: low, end: low, found: false };
}

/** A saved line's entry, or undefined when it is not one. */
function lineEntry(line: string): SourceEntry | undefined {
  try {
    return toEntry(JSON.parse(line) as unknown);
  } catch {
    return undefined;
  }
}

/** An index entry with its kind and id under `globs`, classified once. */
const describedBy = (globs: Globs) => (entry: IndexEntry): SourceEntry => ({ ...entry, source: describeSource(entry.path, globs) ?? null });

/**
 * What a saved list must have been made with to be used, besides its commit: the pathspecs, the
 * globs, and the code that classifies paths (its sources' digest, the same from the sources and the
 * bundle: the text of its functions differed, so a commit by one after the other made the list
 * again, about 190 ms at 10,000 prompts). Checksummed: a torn or edited file is never taken for a list.
 */
function cacheKind(pathspecs: string[], globs: Globs): CacheKind {
  return { name: 'sources', format: FORMAT, fingerprint: fingerprintValues(pathspecs, globs.prompts, globs.codex, codeDigest('classifying')), checksum: true };
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

/**
 * A list whose checksum is right but whose lines are not entries was written by other code under
 * this format and fingerprint: our bug, not the user's (a torn or edited file fails the checksum).
 */
function unreadable(file: string): never {
  throw new Error(`${file}: a line of the source list is not an entry; delete the file (a cache: the next commit makes it again)`);
}

/** Every entry of a cache's text, or undefined when a line is not one. */
function parseLines(text: string): SourceEntry[] | undefined {
  let list: unknown;
  try {
    list = JSON.parse(`[${text.slice(0, -1).replaceAll('\n', ',')}]`);
  } catch {
    return undefined;
  }
  if (!Array.isArray(list)) return undefined;
  const entries: SourceEntry[] = [];
  // Indexed, not destructured: array destructuring goes through the iterator protocol, which a
  // hook's cold code runs slowly (10,610 entries: 17-25 ms of CPU destructured, 6-9 ms indexed).
  for (let i = 0; i < list.length; i++) {
    const entry = toEntry(list[i]);
    if (!entry) return undefined;
    entries.push(entry);
  }
  return entries;
}

/** One cached line's entry, or undefined when it is not one. */
function toEntry(line: unknown): SourceEntry | undefined {
  if (!Array.isArray(line) || line.length !== 6) return undefined;
  const filePath = line[0] as unknown, mode = line[1] as unknown, oid = line[2] as unknown, kind = line[3] as unknown, id = line[5] as unknown;
  if (typeof filePath !== 'string' || typeof mode !== 'string' || typeof oid !== 'string' || typeof id !== 'string') return undefined;
  if (kind === '') return { path: filePath, mode, oid, source: null };
  if (kind === 'prompt' || kind === 'clause') return { path: filePath, mode, oid, source: { kind, id } };
  return undefined;
}
