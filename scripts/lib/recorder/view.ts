// What the recorder reads: the files of the commit being made. The hook sees them in the index
// git is committing; backfill sees a historical commit's tree plus the records it has replayed so
// far. Both answer the same three questions, so both run the very same recording code.
import type { KnownIds, SameFold } from '../prompt/references.ts';
import type { Prompt } from '../schema/prompt.ts';
import type { Checkpoint, Mutation } from '../schema/records.ts';
import { grepIndex, listIndex, listTree, readTreeFolders, type IndexChange, type IndexEntry, type Repo } from '../git/index.ts';
import { readBlobsPreferringLoose, scanBlobsPreferringLoose } from '../git/loose-objects-fs.ts';
import { readBlobsPreferringWorktree } from '../git/worktree-blobs-fs.ts';
import { globToRegExp, sourcePathspecs } from '../prompt/locate.ts';
import { CHECKPOINTS_DIR, MUTATIONS_DIR, VAULT_DIR } from '../vault/dirs.ts';
import type { Config } from '../schema/config.ts';
import { applyChanges, listedSources, openStagedSources, type StagedSources } from './source-list-cache-fs.ts';

export interface TreeView {
  /**
   * Files under git pathspecs (folders ending in "/", or `:(glob)` patterns). `readingAll`: the
   * caller reads every file listed next (a prompt's records, for its lineage), so the view may read
   * their contents with the listing.
   */
  list(pathspecs: string[], options?: { readingAll?: boolean }): Promise<IndexEntry[]>;
  /** Contents by blob id. */
  read(oids: string[]): Promise<Map<string, Buffer>>;
  /**
   * Hands each blob to `visit` as it is read, keeping none (`visit` copies what it keeps): for
   * reading a little of many large files, as the citations of every prompt.
   */
  scan(oids: string[], visit: (oid: string, blob: Buffer) => void): Promise<void>;
  /**
   * Blobs the caller will `read` once the record folders are listed (a commit's prompts as its
   * parent holds them): the hook's view reads them in the session that reads those folders, so
   * they cost no git process of their own.
   */
  readAlong?(oids: string[]): void;
  /** The repository the view reads, when it is one (the index being committed): for work handed to another thread. */
  repo?: Repo;
  /** Paths under pathspecs whose content matches an extended regular expression. */
  grep(pattern: string, pathspecs: string[]): Promise<string[]>;
  /**
   * The files under the source pathspecs (made from `globs`) and outside vault/, in index order,
   * when the view can tell without listing them all (the hook's, from a cached list of a commit
   * and the staged diff); with their kind and id when the list kept them.
   */
  listSources?(pathspecs: string[], globs: Pick<Config, 'prompts' | 'codex'>): Promise<StagedSources>;
  /**
   * The prompt files (under the source pathspecs made from `globs`, no symbolic link) with a line
   * `id: <one of ids>`, in index order, as `grep` with the ids' pattern would list them, with their
   * blobs; undefined when the view cannot tell without that search (then the caller greps).
   */
  stableIdFiles?(ids: string[], pathspecs: string[], globs: Pick<Config, 'prompts' | 'codex'>): Promise<IndexEntry[] | undefined>;
  /**
   * What backfill's replay keeps across the commits it replays, when the view is one of its
   * commits: the recorder asks it instead of listing, grepping and parsing the tree again.
   */
  replay?: ReplayIndex;
}

/** What backfill's replay knows of the commit being replayed, kept up to date commit by commit. */
export interface ReplayIndex {
  /**
   * The ids every prompt and clause file of the tree gives; without it the recorder lists every
   * source and indexes it, which is O(prompts) work per commit.
   */
  sourceIndex: SourceIndex;
  /**
   * The prompt files that may cite one of `clauseIds`: those the citation cache says cite one, and
   * those it does not know. Without it, every prompt file of the tree is looked up in the cache.
   */
  promptsCiting(clauseIds: string[]): IndexEntry[];
  /**
   * The prompt already parsed from this blob at this path (backfill's measuring threads parse
   * every blob they measure), handed over once: the recorder takes it instead of reading and
   * parsing the file again.
   */
  parsedPrompt(file: { path: string; oid: string }): Prompt | undefined;
  /**
   * Records read so far, by `<kind>:<blob id>` (readLineages fills it): the replay reads a
   * prompt's records again at each of its later versions, and the same bytes read the same. The
   * objects are shared: readers copy a record before changing it.
   */
  records?: Map<string, Mutation | Checkpoint>;
}

/**
 * The files that may cite one of `clauseIds`, a superset the caller narrows by what each cites:
 * the replay's index (those the citation cache says cite one, and those it does not know), else
 * `listed` (the tree's source files, when the caller listed them already), else every source file
 * of the tree.
 */
export async function filesMayCite(view: TreeView, config: Config, clauseIds: string[], listed?: IndexEntry[]): Promise<IndexEntry[]> {
  if (view.replay) return view.replay.promptsCiting(clauseIds);
  return listed ?? view.list(sourcePathspecs(config));
}

/** What `indexSources` computes from a tree's prompt and clause files. */
export interface SourceIndex {
  known: KnownIds;
  /** Prompt id -> its first path. */
  promptPaths: Map<string, string>;
  /** The ids that fold to one another by letter case, looked up without a pass over `known` (the hook's source list); else from `known`. */
  sameFold?: SameFold;
}

/** What the hook diffed before recording: lets the index view answer from trees, not the index. */
export interface StagedDiff {
  /** The commit the index was diffed against; null before the first commit. */
  base: string | null;
  /** The source pathspecs the diff covered. */
  pathspecs: string[];
  /** Everything the index changes against `base` under `pathspecs`, vault/mutations/ and vault/audits/. */
  changes: IndexChange[];
  /**
   * The diff covered vault/checkpoints/ too and found nothing changed there, so a record folder
   * of the index is `base`'s with `changes` applied.
   */
  checkpointsUnchanged: boolean;
}

/**
 * The index being committed (GIT_INDEX_FILE aware): what the pre-commit hook records from. Given
 * the hook's diff, the prompt list and the staged prompts' record folders come from trees and that
 * diff: no git process here reads the whole index (each such read grows with the repository).
 */
export function indexView(repo: Repo, staged?: StagedDiff): TreeView {
  // Blobs of the base commit's record folders, read with the folders (listRecordFolders): the
  // recorder reads those records next, and finds them here instead of starting another git.
  const prefetched = new Map<string, Buffer>();
  // Blobs to read along with the record folders (readAlong).
  const along = new Set<string>();
  // Blob id -> a path the staged diff puts it at, where the work tree most likely holds it as staged.
  let stagedPaths: Map<string, string> | undefined;
  const pathsOfStaged = (diff: StagedDiff) => (stagedPaths ??= new Map(diff.changes.flatMap((change) => (change.newOid && change.status !== 'D' ? [[change.newOid, change.path] as const] : []))));
  // The source list of the staged diff's pathspecs, opened once a run (validation and the stable ids' check both ask it).
  let opened: { globs: Pick<Config, 'prompts' | 'codex'>; list: Promise<StagedSources> } | undefined;
  const openSources = (diff: StagedDiff, globs: Pick<Config, 'prompts' | 'codex'>) => {
    if (opened?.globs !== globs) opened = { globs, list: openStagedSources(repo, { base: diff.base, pathspecs: diff.pathspecs, globs, changes: diff.changes }) };
    return opened.list;
  };
  const readStaged = async (oids: string[]) => (staged ? readBlobsPreferringWorktree(repo, oids, pathsOfStaged(staged)) : readBlobsPreferringLoose(repo, oids));
  return {
    repo,
    readAlong: (oids) => {
      for (const oid of oids) along.add(oid);
    },
    // No pathspec lists nothing, as backfill's view answers (git would list the whole index).
    list: (pathspecs, options) => (pathspecs.length === 0 ? Promise.resolve([]) : staged && isRecordFolders(staged, pathspecs) ? listRecordFolders(repo, staged, pathspecs, prefetched, options?.readingAll === true, along) : listMany(repo, pathspecs)),
    listSources: staged && ((pathspecs, globs) => (sameList(pathspecs, staged.pathspecs)
      ? openSources(staged, globs)
      : listIndex(repo, { pathspecs }).then((entries) => listedSources(entries.filter((entry) => !entry.path.startsWith(`${VAULT_DIR}/`)), globs)))),
    // From the list of stable ids (stable-id-list-fs.ts), loaded only here: a commit staging no id never reads it.
    stableIdFiles: async (ids, pathspecs, globs) => {
      if (!staged || staged.base === null || !sameList(pathspecs, staged.pathspecs)) return undefined;
      const [{ findStableIdFiles }, sources] = await Promise.all([import('./stable-id-list-fs.ts'), openSources(staged, globs)]);
      return findStableIdFiles(repo, { base: staged.base, pathspecs, globs, changes: staged.changes, keys: ids, entryAt: (file) => sources.entryAt(file), readStaged });
    },
    // Staged files are read from the work tree when they hash to their staged id, else from their
    // loose objects, read in this process; packed ones go to cat-file.
    read: async (oids) => {
      const rest = oids.filter((oid) => !prefetched.has(oid));
      const blobs = rest.length === 0 ? new Map<string, Buffer>() : await readStaged(rest);
      for (const oid of oids) if (prefetched.has(oid)) blobs.set(oid, prefetched.get(oid)!);
      return blobs;
    },
    scan: (oids, visit) => scanBlobsPreferringLoose(repo, oids, visit),
    grep: (pattern, pathspecs) => grepIndex(repo, { pattern, pathspecs }),
  };
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((item, i) => item === b[i]);
const RECORD_ROOTS = [`${MUTATIONS_DIR}/`, `${CHECKPOINTS_DIR}/`];

/** Whether `pathspecs` are record folders ("vault/mutations/<id>/") the staged diff can answer for. */
function isRecordFolders(staged: StagedDiff, pathspecs: string[]): staged is StagedDiff & { base: string } {
  return staged.checkpointsUnchanged && staged.base !== null && pathspecs.length > 0
    && pathspecs.every((spec) => spec.endsWith('/') && !spec.includes('//') && !spec.startsWith(':') && !GLOB_CHARS.test(spec) && RECORD_ROOTS.some((root) => spec.startsWith(root) && spec.length > root.length));
}

/**
 * Up to how many record folders (2 a prompt) are read with their blobs in one `cat-file` session
 * (readTreeFolders) rather than listed by `ls-tree`: a commit of a few prompts reads every record
 * of them next; a clause commit asks for thousands of folders and reads few of their records.
 */
const PREFETCHED_FOLDERS = 16;

/**
 * The same for a caller that reads every record listed next (`readingAll`: the lineages of the
 * prompts a commit stages), up to 64 prompts. It was PREFETCHED_FOLDERS for them too: the bench's
 * 50-prompt commit at 10,000 prompts ran `ls-tree` with 100 folders (git matching each against the
 * large record trees) and then `cat-file` for the packed records. Read in the one session, near-quiet
 * pairs (bench HISTORY, session 24) gave -35 and -14 ms of CPU (8 and 10 pairs, lower in 7 and 8),
 * and of wall -35 and -4 ms (lower in 8 of 8 and 6 of 10); at 1,000 prompts no change resolved. A
 * clause commit's look at its citing prompts' latest versions reads a few records of each and
 * keeps PREFETCHED_FOLDERS (read whole, a long history's records would all come through git).
 */
const PREFETCHED_FOLDERS_READ_ALL = 128;

/** The index entries under record folders: the base commit's (no index read) and the staged diff. */
async function listRecordFolders(repo: Repo, staged: StagedDiff & { base: string }, folders: string[], prefetched: Map<string, Buffer>, readingAll: boolean, along: Set<string>): Promise<IndexEntry[]> {
  // Each folder ends with "/": a file is under one when a prefix of it ending at a "/" is one. A
  // set, not a scan of every folder per file: a clause commit asks for thousands of folders.
  const wanted = new Set(folders);
  const under = (file: string) => {
    for (let slash = file.indexOf('/'); slash !== -1; slash = file.indexOf('/', slash + 1)) {
      if (wanted.has(file.slice(0, slash + 1))) return true;
    }
    return false;
  };
  let atBase: IndexEntry[];
  if (folders.length <= (readingAll ? PREFETCHED_FOLDERS_READ_ALL : PREFETCHED_FOLDERS)) {
    const read = await readTreeFolders(repo, { ref: staged.base, folders, alsoBlobs: [...along] });
    along.clear();
    for (const [oid, blob] of read.blobs) prefetched.set(oid, blob);
    atBase = read.entries;
  } else if (folders.length <= MANY_PATHSPECS) {
    atBase = await listTree(repo, { ref: staged.base, pathspecs: folders });
  } else {
    // A clause commit asks for the folders of every prompt citing a changed clause (10,000 on the
    // bench: 37 ls-tree runs, git matching each run's tree entries against its hundreds of specs):
    // one ls-tree of the record roots they share, filtered here, as listMany does for the index.
    const roots = RECORD_ROOTS.filter((root) => folders.some((folder) => folder.startsWith(root)));
    atBase = (await listTree(repo, { ref: staged.base, pathspecs: roots })).filter((entry) => under(entry.path));
  }
  return applyChanges(atBase, staged.changes, under, (entry) => entry);
}

/**
 * Above this many literal pathspecs, git's matching (every index entry against every spec) costs
 * more than a filter here. Measured on the bench's 52,000-entry index (10,000 prompts, 20,000
 * records): the 7 prompt globs and the 100 record folders of a 50-prompt commit cost git 30 ms more
 * than the 2 roots those folders share, while listing the roots hands this process all 20,000
 * records (3.5 MB) to filter, about a second; 10,000 specs (a 1,000-clause commit) cost git 5 s.
 */
const MANY_PATHSPECS = 512;
const GLOB_CHARS = /[*?[\\]/;

/**
 * `listIndex` for many literal pathspecs (a commit changing 1,000 clauses asks for 10,000 prompt
 * paths and record folders: 5 s in `git ls-files`): lists the few folders they share and filters
 * with git's rules for a literal pathspec (the path itself, or anything below it; "dir/" only
 * below). Specs with magic or glob characters go to git as they are.
 */
async function listMany(repo: Repo, pathspecs: string[]): Promise<IndexEntry[]> {
  // `:(glob)` patterns (where prompts live) go to git beside the folders the literal specs share.
  const globs = pathspecs.filter((spec) => spec.startsWith(GLOB_MAGIC));
  const literal = pathspecs.filter((spec) => !spec.startsWith(GLOB_MAGIC));
  if (literal.length <= MANY_PATHSPECS || literal.some((spec) => spec === '' || spec.startsWith(':') || GLOB_CHARS.test(spec) || spec.startsWith('/'))) {
    return listIndex(repo, { pathspecs });
  }
  const exact = new Set<string>();
  const folders = new Set<string>();
  for (const spec of literal) {
    if (spec.endsWith('/')) folders.add(spec);
    else exact.add(spec);
  }
  // The shared folders: each spec's first two path components (vault/mutations/, .claude/agents/).
  const roots = new Set(literal.map((spec) => /^[^/]+\/(?:[^/]+\/)?/.exec(spec)?.[0] ?? spec));
  const under = (file: string): boolean => {
    if (exact.has(file)) return true;
    for (let slash = file.indexOf('/'); slash !== -1; slash = file.indexOf('/', slash + 1)) {
      const folder = file.slice(0, slash + 1);
      if (folders.has(folder) || exact.has(folder.slice(0, -1))) return true;
    }
    return false;
  };
  const inRoots = (file: string): boolean => [...roots].some((root) => (root.endsWith('/') ? file.startsWith(root) : file === root || file.startsWith(`${root}/`)));
  const patterns = globs.map((spec) => globToRegExp(spec.slice(GLOB_MAGIC.length)));
  // Outside the shared folders only a pattern can have listed a file; inside, a literal spec or a pattern.
  return (await listIndex(repo, { pathspecs: [...globs, ...roots] })).filter((entry) => under(entry.path) || !inRoots(entry.path) || patterns.some((pattern) => pattern.test(entry.path)));
}

const GLOB_MAGIC = ':(glob)';
