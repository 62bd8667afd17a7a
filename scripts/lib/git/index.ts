// Node-only: the one module that talks to git. Native git for the index and the object database
// (fast, and it honours GIT_INDEX_FILE); isomorphic-git for small reads that need no process
// (config, commits). Every function takes one options object, isomorphic-git style.
import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { UserError } from '../errors.ts';
import { runGit, runGitSync, splitNul, type GitCommandError, type GitResult, type GitRunOptions } from './native-git.ts';
import { rawChangeSize, readFirstParentLog, type FirstParentLogCommit } from './first-parent-edits.ts';
import { gitCommonDir } from './common-dir-fs.ts';
import { ownString } from '../own-string.ts';
import { compareGitOrder } from '../code-unit-order.ts';
import { planLogStdin, planPathspecRuns } from './pathspec-runs.ts';
import type { KnownEntry } from './index-merge.ts';
import type { StoredFolderNode } from './fresh-folder-trees.ts';

export { GitCommandError } from './native-git.ts';

// isomorphic-git is loaded on first use: the hook's common path never needs it.
const loadIsomorphicGit = async () => (await import('isomorphic-git')).default;

/** git's well-known id of the empty tree, the "HEAD" of a repository with no commit yet. */
export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const ZERO_OID = '0000000000000000000000000000000000000000';

export interface Repo {
  /** Working tree root. */
  dir: string;
  /** Absolute .git directory. */
  gitdir: string;
  /** Environment for git processes: inherits GIT_INDEX_FILE from a hook. */
  env?: Record<string, string | undefined>;
}

/** Finds the repository containing `cwd`, or throws a user error naming it. */
export async function openRepo({ cwd, env }: { cwd: string; env?: Record<string, string | undefined> }): Promise<Repo> {
  checkFolder(cwd);
  try {
    const { stdout } = await runGit(['rev-parse', '--show-toplevel', '--absolute-git-dir'], { dir: cwd, env });
    const [dir, gitdir] = stdout.toString('utf8').trim().split('\n');
    return { dir: dir!, gitdir: gitdir!, env };
  } catch (error) {
    throw new UserError('not-a-repository', `${cwd} is not inside a git repository. Run \`git init\` there first, or pass the repository with --cwd.`, [], { cause: error });
  }
}

function checkFolder(cwd: string): void {
  if (!fs.existsSync(cwd)) throw new UserError('cwd-missing', `${cwd}: no such directory. Pass an existing folder with --cwd.`);
  if (!fs.statSync(cwd).isDirectory()) throw new UserError('cwd-not-folder', `${cwd} is a file, not a folder. Pass the repository's folder with --cwd.`);
}

/**
 * openRepo and resolveHead in one git process: the hook runs on every commit, and most commits
 * need nothing else from git but one diff.
 */
export async function openRepoAtHead({ cwd, env }: { cwd: string; env?: Record<string, string | undefined> }): Promise<{ repo: Repo; head: string | null }> {
  checkFolder(cwd);
  const { stdout, code } = await runGit(['rev-parse', '--show-toplevel', '--absolute-git-dir', 'HEAD'], { dir: cwd, env, okCodes: [128] }).catch((error: unknown) => {
    throw new UserError('not-a-repository', `${cwd} is not inside a git repository. Run \`git init\` there first, or pass the repository with --cwd.`, [], { cause: error });
  });
  const [dir, gitdir, head] = stdout.toString('utf8').trim().split('\n');
  // Before the first commit git prints "HEAD" back and exits 128; outside a repository, nothing.
  if (!dir || !gitdir || (code !== 0 && !/^[0-9a-f]{40}$/.test(head ?? '') && dir === 'HEAD')) {
    throw new UserError('not-a-repository', `${cwd} is not inside a git repository. Run \`git init\` there first, or pass the repository with --cwd.`);
  }
  return { repo: { dir, gitdir, env }, head: head && /^[0-9a-f]{40}$/.test(head) ? head : null };
}

/** The commit HEAD points at, or null before the first commit. */
export async function resolveHead(repo: Repo): Promise<string | null> {
  const { stdout, code } = await runGit(['rev-parse', '--verify', '-q', 'HEAD'], { ...repo, okCodes: [1] });
  return code === 0 ? stdout.toString('utf8').trim() : null;
}

/**
 * Commits being merged into HEAD. During `git commit` of a merge they are in MERGE_HEAD; in the
 * pre-merge-commit hook of a merge git completes on its own there is no MERGE_HEAD, and git names
 * the incoming commit in a GITHEAD_<sha> environment variable instead.
 */
export function readMergeHeads(repo: Repo): string[] {
  const file = path.join(repo.gitdir, 'MERGE_HEAD');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean);
  const env = { ...process.env, ...repo.env };
  return Object.keys(env).filter((key) => /^GITHEAD_[0-9a-f]{40}$/.test(key)).map((key) => key.slice('GITHEAD_'.length));
}

export interface IndexChange {
  /** A added, M modified, D deleted, R renamed (git's rename detection), T type change. */
  status: 'A' | 'M' | 'D' | 'R' | 'T';
  path: string;
  /** Path before a rename. */
  fromPath?: string;
  /** Rename similarity 0-100. */
  score?: number;
  oldOid: string | null;
  newOid: string | null;
  /** git's file mode of the new side, e.g. `100644`, or `120000` for a symbolic link. */
  newMode?: string;
}

/**
 * git `args -- <pathspecs>` (see planPathspecRuns: one run, or several within the command line
 * Windows allows); each run's stdout, in order.
 */
export async function runOverPathspecs(repo: Repo, args: string[], pathspecs: string[], options: { walksDisk?: boolean; excluding?: string[]; okCodes?: number[]; env?: Record<string, string | undefined> } = {}): Promise<Buffer[]> {
  const outputs: Buffer[] = [];
  for (const run of planPathspecRuns(args, pathspecs, { walksDisk: options.walksDisk, excluding: options.excluding })) {
    outputs.push((await runGit(run, { ...repo, env: { ...repo.env, ...options.env }, okCodes: options.okCodes })).stdout);
  }
  return outputs;
}

/**
 * The NUL-separated entries of every run's output, each once (runs may repeat one), in git's path
 * order as one run lists them; `pathOf` finds the path in an entry (after a mode or status).
 */
export function splitRuns(outputs: Buffer[], pathOf: (entry: string) => string = (entry) => entry): string[] {
  // One run (nearly every call) repeats nothing: its 50,000 entries are not hashed for nothing.
  if (outputs.length === 1) return splitNul(outputs[0]!);
  return [...new Set(outputs.flatMap((stdout) => splitNul(stdout)))].sort((a, b) => compareGitPaths(pathOf(a), pathOf(b)));
}

/** The path of an `ls-files -s` or `ls-tree` entry: after its tab. */
export const afterTab = (entry: string) => entry.slice(entry.indexOf('\t') + 1);

/** git log or rev-list with revisions and pathspecs on stdin (planLogStdin): one run whatever their number. */
async function runLog(repo: Repo, args: string[], lists: { revisions?: string[]; pathspecs?: string[] }, okCodes?: number[], onStdout?: GitRunOptions['onStdout']): Promise<GitResult> {
  const { args: line, input } = planLogStdin(args, lists);
  return runGit(line, { ...repo, input, okCodes, ...(onStdout ? { onStdout } : {}) });
}

/**
 * What the index being committed changes against `base` (a commit, or EMPTY_TREE), for `pathspecs`.
 * A list too long for one command line is diffed in runs without renames (their changes together
 * are the whole list's); then only the deletions and additions found, which are all that -M pairs
 * (no -B, no -C), are diffed again with renames, as literal pathspecs: the one run's answer. Should
 * those not fit one line either, the whole index is diffed with renames and the changes outside the
 * pathspecs dropped (a rename from or to such a file is then a deletion or an addition).
 */
export async function diffIndex(repo: Repo, { base, pathspecs, renames }: { base: string; pathspecs: string[]; renames: boolean }): Promise<IndexChange[]> {
  const args = ['diff-index', '--cached', '--raw', '-z', '--no-abbrev', renames ? '-M' : '--no-renames', base];
  if (!renames || planPathspecRuns(args, pathspecs).length === 1) return changesOfRuns(await runOverPathspecs(repo, args, pathspecs));
  const changes = changesOfRuns(await runOverPathspecs(repo, args.map((arg) => (arg === '-M' ? '--no-renames' : arg)), pathspecs));
  const ends = changes.filter((change) => change.status === 'D' || change.status === 'A');
  if (!ends.some((change) => change.status === 'D') || !ends.some((change) => change.status === 'A')) return changes;
  const kept = changes.filter((change) => change.status !== 'D' && change.status !== 'A');
  const candidates = ends.map((change) => `:(literal)${change.path}`);
  if (planPathspecRuns(args, candidates).length === 1) return [...kept, ...parseRawDiff(splitNul((await runGit([...args, '--', ...candidates], repo)).stdout))];
  const wanted = new Set(changes.map((change) => change.path));
  return parseRawDiff(splitNul((await runGit(args, repo)).stdout)).flatMap((change): IndexChange[] => {
    const from = change.fromPath !== undefined && wanted.has(change.fromPath);
    if (!wanted.has(change.path)) return from ? [{ status: 'D', path: change.fromPath!, oldOid: change.oldOid, newOid: null }] : [];
    return change.status === 'R' && !from ? [{ status: 'A', path: change.path, oldOid: null, newOid: change.newOid, newMode: change.newMode }] : [change];
  });
}

/**
 * diffIndex, read from the tree the index's TREE extension names (index-tree-fs.ts) when it names
 * one for the whole index, as `git commit` leaves it for its hooks: `git diff-tree <base> <tree>`
 * reads the trees that differ, where `diff-index --cached` reads and parses every entry of the
 * index (its cost grew with the repository: 30 / 68 ms of CPU at 1,000 / 10,000 prompts, loaded,
 * bench HISTORY session 32). The tree's changes are the index's. Renames: without both a deletion
 * and an addition -M pairs nothing, so the changes are those; with both, diffIndex (git's rename
 * detection against the index, as before). A tree git cannot read (a cache written by another
 * tool without its trees) or no usable cache: diffIndex.
 */
export async function diffStagedIndex(repo: Repo, { base, pathspecs, renames }: { base: string; pathspecs: string[]; renames: boolean }): Promise<IndexChange[]> {
  // Loaded here: a light module (index-file.ts is pure), but only the hook's staged diff needs it.
  const { indexTreeId, buildIndexTree } = await import('./index-tree-fs.ts');
  let tree = indexTreeId(repo);
  let treeRepo = repo;
  // A cache valid but along a few folders (`git commit -- <path>`'s temporary index, or the index
  // `git add` leaves): their trees made here, in a folder of their own git reads as an alternate
  // object folder for this diff, then removed (git commit makes the same trees after the hook).
  // Without them the whole index went to diff-index: 70 ms of git's CPU at 10,000 prompts.
  const objects = tree === undefined ? path.join(repo.gitdir, 'promptvault', `trees-${process.pid}`) : undefined;
  try {
    if (objects) {
      tree = buildIndexTree(repo, objects);
      treeRepo = { ...repo, env: { ...repo.env, GIT_ALTERNATE_OBJECT_DIRECTORIES: objects } };
    }
    if (tree === undefined) return await diffIndex(repo, { base, pathspecs, renames });
    let changes: IndexChange[];
    try {
      changes = await diffTrees(treeRepo, { from: base, to: tree, pathspecs });
    } catch {
      return await diffIndex(repo, { base, pathspecs, renames });
    }
    if (renames && changes.some((change) => change.status === 'D') && changes.some((change) => change.status === 'A')) return await diffIndex(repo, { base, pathspecs, renames });
    return changes;
  } finally {
    if (objects) fs.rmSync(objects, { recursive: true, force: true });
  }
}

/**
 * Where the index moved each of `deleted` (a path and its blob at `base`) since `base`, to a path
 * `accepts` takes: old path -> new path, for those moved. The added files are listed over the whole
 * index (a pathspec would hide a move to a path outside it), a deleted file whose very blob was
 * added is moved there (the same file name first, as git pairs them), and git's rename detection
 * is asked only about the rest, against the added files of the same name (before its first dot:
 * `refund.md` -> `refund.txt`). A rename detection over every file compared each deleted prompt
 * with every added file, loading each: one prompt deleted beside 1,000 files imported cost 556 M
 * instructions, against 14 M for the listing (a 70,000-file index).
 */
export async function stagedMovesOf(repo: Repo, { base, deleted, accepts = () => true }: { base: string; deleted: { path: string; oid: string | null }[]; accepts?: (file: string) => boolean }): Promise<Map<string, string>> {
  const moves = new Map<string, string>();
  if (deleted.length === 0) return moves;
  const { stdout } = await runGit(['diff-index', '--cached', '--raw', '-z', '--no-abbrev', '--no-renames', '--diff-filter=A', base], repo);
  const added = parseRawDiff(splitNul(stdout)).filter((change) => accepts(change.path));
  const taken = new Set<string>();
  const left: string[] = [];
  for (const { path: from, oid } of deleted) {
    const same = added.filter((change) => !taken.has(change.path) && change.newOid !== null && change.newOid === oid);
    const to = same.find((change) => path.posix.basename(change.path) === path.posix.basename(from)) ?? same[0];
    if (to) {
      moves.set(from, to.path);
      taken.add(to.path);
    } else left.push(from);
  }
  const stems = new Set(left.map(fileStem));
  const named = added.filter((change) => !taken.has(change.path) && stems.has(fileStem(change.path)));
  if (named.length === 0) return moves;
  const pathspecs = [...left, ...named.map((change) => change.path)].map((file) => `:(literal)${file}`);
  const wanted = new Set(left);
  for (const change of changesOfRuns(await runOverPathspecs(repo, ['diff-index', '--cached', '--raw', '-z', '--no-abbrev', '-M', '--diff-filter=R', base], pathspecs))) {
    if (change.fromPath !== undefined && wanted.has(change.fromPath)) moves.set(change.fromPath, change.path);
  }
  // In the order of `deleted` (git's path order from the caller's diff), however each was found.
  return new Map(deleted.flatMap(({ path: from }) => (moves.has(from) ? [[from, moves.get(from)!] as const] : [])));
}

/** A file's name before its first dot (`support/refund.prompt.md` -> `refund`): what a move out of the globs keeps. */
const fileStem = (file: string) => path.posix.basename(file).split('.')[0]!;

/**
 * What changes from one commit's tree to another's under `pathspecs` and outside the folders
 * `outside` (repository-relative, no slash at the end), renames not detected. Reads
 * only the trees that differ: git 2.39's diff-tree also loads the index (for attributes, which raw
 * output never uses), 100 ms of CPU for a 52,000-entry index, so it is pointed at an index file
 * that does not exist, which git reads as empty.
 */
export async function diffTrees(repo: Repo, options: TreeDiff): Promise<IndexChange[]> {
  // Two ids name the same two trees for good: the same diff asked again in this process is the
  // one git gave (its changes copied, so no caller sees another's edits). The hook's source list
  // and its list of front-matter ids are both saved at the commit before, and a commit staging an
  // id moved each to HEAD by the same `diff-tree` (the bench's 50-prompt commit: two runs of it).
  const key = OBJECT_ID.test(options.from) && OBJECT_ID.test(options.to) ? JSON.stringify([repo.dir, repo.gitdir, options.from, options.to, options.pathspecs, options.outside ?? []]) : undefined;
  const known = key === undefined ? undefined : treeDiffs.find((diff) => diff.key === key && diff.env === repo.env);
  if (known) return (await known.changes).map((change) => ({ ...change }));
  const changes = (async () => {
    const { runs, env } = diffTreeRuns(repo, options);
    const outputs: Buffer[] = [];
    for (const run of runs) outputs.push((await runGit(run, { ...repo, env })).stdout);
    return changesOfRuns(outputs);
  })();
  if (key !== undefined) {
    treeDiffs.push({ key, env: repo.env, changes });
    // A few kept: the hook asks for two; a long command asking for many holds none of them long.
    if (treeDiffs.length > 4) treeDiffs.shift();
    // A failed diff is not kept: asked again, git is asked again.
    changes.catch(() => {
      const at = treeDiffs.findIndex((diff) => diff.changes === changes);
      if (at !== -1) treeDiffs.splice(at, 1);
    });
  }
  return (await changes).map((change) => ({ ...change }));
}

/** A full object id (SHA-1 or SHA-256), which names one commit or tree for good (a ref or `HEAD~1` does not). */
const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** The tree diffs this process asked git for (diffTrees), the last few. */
const treeDiffs: { key: string; env: Repo['env']; changes: Promise<IndexChange[]> }[] = [];

/** diffTrees, waiting (runGitSync): for a synchronous caller that must rebuild what a damaged cache held. */
export function diffTreesSync(repo: Repo, options: TreeDiff): IndexChange[] {
  const { runs, env } = diffTreeRuns(repo, options);
  return changesOfRuns(runs.map((run) => runGitSync(run, { ...repo, env }).stdout));
}

/** What diffTrees compares: two commits (or trees), under `pathspecs`, outside the folders `outside`. */
interface TreeDiff {
  from: string;
  to: string;
  pathspecs: string[];
  outside?: string[];
}

/** The git commands of a diffTrees (one per batch of pathspecs), and the environment they run in. */
function diffTreeRuns(repo: Repo, { from, to, pathspecs, outside = [] }: TreeDiff): { runs: string[][]; env: Record<string, string | undefined> } {
  const args = ['diff-tree', '-r', '--raw', '-z', '--no-abbrev', '--no-renames', from, to];
  // Folders left out (`outside`) are never opened: a glob such as `**/*.md` otherwise has git read
  // every tree below them that differs, vault/'s folders of thousands of records among them.
  const runs = planPathspecRuns(args, pathspecs, { excluding: outside.map((folder) => `:(exclude,literal)${folder}/`) });
  return { runs, env: { ...repo.env, ...noIndexEnv(repo) } };
}

/** For a `git diff-tree`: GIT_INDEX_FILE at a file that does not exist, so git skips loading the index (see diffTrees). */
export function noIndexEnv(repo: Repo): { GIT_INDEX_FILE: string } {
  return { GIT_INDEX_FILE: path.join(repo.gitdir, 'promptvault', 'no-such-index') };
}

/** The changes of diff runs without renames, each path once (runs whose pathspecs overlap, a folder and a file in it, repeat one). */
function changesOfRuns(runs: Buffer[]): IndexChange[] {
  if (runs.length === 1) return parseRawDiff(splitNul(runs[0]!));
  return [...new Map(runs.flatMap((stdout) => parseRawDiff(splitNul(stdout))).map((change) => [change.path, change])).values()];
}

/** Parses `--raw -z` output: ":old new oldOid newOid STATUS\0path\0[path2\0]". */
export function parseRawDiff(parts: string[]): IndexChange[] {
  const changes: IndexChange[] = [];
  for (let i = 0; i < parts.length; ) {
    const header = parts[i++]!;
    const [, newMode, oldOid, newOid, statusField] = header.split(' ');
    const status = (statusField ?? '').charAt(0) as IndexChange['status'] | 'C' | 'U';
    const score = Number((statusField ?? '').slice(1)) || undefined;
    const first = parts[i++]!;
    const nullable = (oid: string | undefined) => (!oid || oid === ZERO_OID ? null : oid);
    if (status === 'R' || status === 'C') {
      const second = parts[i++]!;
      if (status === 'C') changes.push({ status: 'A', path: second, oldOid: null, newOid: nullable(newOid), newMode });
      else changes.push({ status: 'R', path: second, fromPath: first, score, oldOid: nullable(oldOid), newOid: nullable(newOid), newMode });
    } else if (status === 'U') {
      // An unmerged path: the commit cannot proceed anyway; git itself reports it.
      continue;
    } else {
      changes.push({ status: status as IndexChange['status'], path: first, oldOid: nullable(oldOid), newOid: nullable(newOid), newMode });
    }
  }
  return changes;
}


export interface IndexEntry {
  oid: string;
  path: string;
  /** git's file mode, e.g. `100644`, or `120000` for a symbolic link (absent where unknown). */
  mode?: string;
}

/** Entries of the index being committed under `pathspecs`. */
export async function listIndex(repo: Repo, { pathspecs }: { pathspecs: string[] }): Promise<IndexEntry[]> {
  const runs = await runOverPathspecs(repo, ['ls-files', '-s', '-z'], pathspecs);
  return splitRuns(runs, afterTab).map((line) => {
    const tab = line.indexOf('\t');
    const [mode, oid] = line.slice(0, tab).split(' ');
    return { oid: oid!, path: line.slice(tab + 1), mode: mode! };
  });
}

/**
 * Index entries under `pathspecs` that git keeps off the disk (skip-worktree: a sparse checkout's
 * paths outside its cone): the index's blob is the file there, as git itself reads it.
 */
export async function listSkipWorktree(repo: Repo, { pathspecs }: { pathspecs: string[] }): Promise<IndexEntry[]> {
  // `-t` tags each entry: "S" for skip-worktree, "H" for an ordinary cached file.
  const runs = await runOverPathspecs(repo, ['ls-files', '-t', '-s', '-z'], pathspecs);
  return splitRuns(runs, afterTab).flatMap((line) => {
    if (!line.startsWith('S ')) return [];
    const tab = line.indexOf('\t');
    const [, mode, oid, stage] = line.slice(0, tab).split(' ');
    return stage === '0' ? [{ oid: oid!, path: line.slice(tab + 1), mode: mode! }] : [];
  });
}

/** Paths under `pathspecs` the index holds unmerged (a conflict git stopped on), each once. */
export async function listUnmerged(repo: Repo, { pathspecs }: { pathspecs: string[] }): Promise<string[]> {
  const runs = await runOverPathspecs(repo, ['ls-files', '-u', '-z'], pathspecs);
  return [...new Set(splitRuns(runs, afterTab).map(afterTab))];
}

/**
 * The blob git's unmerged stage `stage` holds for each path under `pathspecs` (3: the other side of
 * a merge, a stash's pop, a `git checkout -m`); a path that side deleted is left out.
 */
export async function listUnmergedStage(repo: Repo, { pathspecs, stage }: { pathspecs: string[]; stage: 1 | 2 | 3 }): Promise<Map<string, string>> {
  const runs = await runOverPathspecs(repo, ['ls-files', '-u', '-z'], pathspecs);
  const blobs = new Map<string, string>();
  for (const entry of splitRuns(runs, afterTab)) {
    const [meta = '', file = ''] = [entry.slice(0, entry.indexOf('\t')), afterTab(entry)];
    const [, oid, entryStage] = meta.split(' ');
    if (oid && Number(entryStage) === stage) blobs.set(file, oid);
  }
  return blobs;
}

/** The stashes `git stash list` shows (`stash@{0}` first); none without refs/stash. */
export async function listStashes(repo: Repo): Promise<string[]> {
  const { stdout, code } = await runGit(['stash', 'list', '--format=%gd'], { ...repo, okCodes: [1, 128] });
  return code === 0 ? stdout.toString('utf8').split('\n').filter((line) => /^stash@\{\d+\}$/.test(line)) : [];
}

/**
 * Blob entries of a commit's tree under `pathspecs`; with `submodules`, its submodules too (mode
 * 160000, `oid` a commit of another repository, never to be read here), for the callers that warn of them.
 */
export async function listTree(repo: Repo, { ref, pathspecs, submodules = false }: { ref: string; pathspecs: string[]; submodules?: boolean }): Promise<IndexEntry[]> {
  const runs = await runOverPathspecs(repo, ['ls-tree', '-r', '-z', '--full-tree', ref], pathspecs);
  return splitRuns(runs, afterTab).flatMap((line) => {
    const tab = line.indexOf('\t');
    const [mode, type, oid] = line.slice(0, tab).split(' ');
    return type === 'blob' || (submodules && type === 'commit') ? [{ oid: oid!, path: line.slice(tab + 1), mode: mode! }] : [];
  });
}

/**
 * git's order of index entries: the UTF-8 bytes of the path (JavaScript's own order differs above
 * U+FFFF), compared without encoding them (lib/code-unit-order.ts). Negative, zero or positive.
 */
export const compareGitPaths: (a: string, b: string) => number = compareGitOrder;

/**
 * `listTree` of a few folders ("a/b/", listed recursively) and the contents of the blobs found
 * there, through one `git cat-file --batch` session: the trees are read as `<ref>:<folder>`
 * objects, then their blobs. A commit of one prompt lists that prompt's record folders in HEAD and
 * then reads every record in them; as `ls-tree` and then `cat-file` that was two git processes,
 * each spawn costing this process a few milliseconds. Entries come in git's index order, like
 * `listTree`'s. A folder git does not have lists nothing. `alsoBlobs`: blobs the caller reads
 * next (the hook's prompts as HEAD holds them), read in the same session. The session stays open
 * for the next call (keptObjectSession) until releaseKeptObjectSession: a caller that reads record
 * folders in a process that goes on afterwards releases it.
 */
export async function readTreeFolders(repo: Repo, { ref, folders, alsoBlobs = [] }: { ref: string; folders: string[]; alsoBlobs?: string[] }): Promise<{ entries: IndexEntry[]; blobs: Map<string, Buffer> }> {
  const session = keptObjectSession(repo);
  const entries = new Map<string, IndexEntry>();
  let trees = [...new Set(folders.map((folder) => folder.replace(/\/+$/, '')))];
  while (trees.length > 0) {
    const read = await session.read(trees.map((tree) => `${ref}:${tree}`));
    const subtrees: string[] = [];
    trees.forEach((tree, i) => {
      const object = read[i];
      if (object?.type !== 'tree') return;
      for (const entry of parseTree(object.content)) {
        const file = `${tree}/${entry.name}`;
        if (entry.mode === '40000') subtrees.push(file);
        else if (entry.mode !== '160000') entries.set(file, { oid: entry.oid, path: file, mode: entry.mode.padStart(6, '0') });
      }
    });
    trees = subtrees;
  }
  const listed = [...entries.values()].sort((a, b) => compareGitPaths(a.path, b.path));
  const oids = [...new Set([...listed.map((entry) => entry.oid), ...alsoBlobs])];
  const contents = await session.read(oids);
  const blobs = new Map<string, Buffer>();
  oids.forEach((oid, i) => {
    const object = contents[i];
    if (object?.type === 'blob') blobs.set(oid, object.content);
  });
  return { entries: listed, blobs };
}

/**
 * The session readTreeFolders reads through, kept open for its next call: the hook reads the
 * staged prompts' record folders, then those of the ids they were moved from
 * (readMovedFromLineages), and each call was a git process of its own (bench HISTORY, session 40).
 * One at a time, for one repository and environment (another's replaces it); idle, it holds
 * neither this process open nor a reader waiting on it, and git exits when this process does (the
 * end of its input) or at releaseKeptObjectSession.
 */
let kept: { key: string; session: ObjectSession } | undefined;

function keptObjectSession(repo: Repo): ObjectSession {
  const key = JSON.stringify([repo.dir, repo.env ?? {}]);
  if (kept?.key === key) return kept.session;
  releaseKeptObjectSession();
  const session = openObjectSession(repo, { idle: 'unref' });
  const entry = { key, session };
  kept = entry;
  // A session git ended (a failure) is not handed out again.
  session.closed.then(() => {
    if (kept === entry) kept = undefined;
  });
  return session;
}

/** Ends readTreeFolders' kept session (the hook, once it has recorded); a later call opens another. */
export function releaseKeptObjectSession(): void {
  kept?.session.release();
  kept = undefined;
}

/** The entries of a tree object: `<octal mode> <name>\0<binary id>`, ids of 20 (SHA-1) or 32 (SHA-256) bytes. */
function parseTree(content: Buffer): { mode: string; name: string; oid: string }[] {
  const entries: { mode: string; name: string; oid: string }[] = [];
  const idLength = treeIdLength(content);
  for (let at = 0; at < content.length; ) {
    const space = content.indexOf(32, at);
    const nul = content.indexOf(0, space);
    entries.push({ mode: content.toString('latin1', at, space), name: content.toString('utf8', space + 1, nul), oid: content.toString('hex', nul + 1, nul + 1 + idLength) });
    at = nul + 1 + idLength;
  }
  return entries;
}

/** The length of the ids in a tree object: the one with which its entries end exactly at its end. */
function treeIdLength(content: Buffer): number {
  for (const length of [20, 32]) {
    let at = 0;
    while (at < content.length) {
      const nul = content.indexOf(0, content.indexOf(32, at));
      if (nul === -1) break;
      at = nul + 1 + length;
    }
    if (at === content.length) return length;
  }
  throw new Error('a git tree object this code cannot read');
}

/**
 * A `git cat-file --batch` session: each `read` writes its names at once and resolves with their
 * objects in order (undefined for a name git does not know); `close` ends the process and waits
 * for it, `release` ends it without waiting; `closed` settles when git has exited.
 */
interface ObjectSession {
  read(names: string[]): Promise<({ type: string; content: Buffer } | undefined)[]>;
  close(): Promise<void>;
  release(): void;
  closed: Promise<number | null>;
}

/**
 * Opens an ObjectSession. `idle: 'unref'`: while no read waits, the session holds this process
 * open no more than an unreferenced timer does (a session kept between reads, keptObjectSession).
 */
function openObjectSession(repo: Repo, options: { idle?: 'unref' } = {}): ObjectSession {
  const child = spawn('git', ['cat-file', '--batch'], { cwd: repo.dir, env: { ...process.env, ...repo.env }, stdio: ['pipe', 'pipe', 'pipe'] });
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  // Referenced (the child and its output) only while a read waits, when idle is 'unref'.
  const hold = (held: boolean) => {
    if (options.idle !== 'unref') return;
    for (const handle of [child, child.stdout] as { ref?: () => void; unref?: () => void }[]) (held ? handle.ref : handle.unref)?.call(handle);
  };
  if (options.idle === 'unref') for (const stream of [child.stdin, child.stderr] as { unref?: () => void }[]) stream.unref?.();
  hold(false);
  let failure: Error | undefined;
  child.on('error', (error) => { failure = new UserError('git-missing', `could not run git: ${error.message}. Install git and make sure it is on the PATH.`, [], { cause: error }); });
  child.stderr.on('data', () => {});
  child.stdin.on('error', () => {});
  // What git has sent and no answer has taken yet, in chunks: joined only once they hold the
  // object being read (or a header line). Joined at every chunk, a 400 KB prompt arriving in 64 KB
  // chunks was copied again with each one.
  let chunks: Buffer[] = [];
  let held = 0;
  // Bytes the next answer needs before it can be parsed (0: unknown, any chunk may complete it).
  let needed = 0;
  // The resolvers of the objects asked for and not yet answered, in the order git answers them.
  const waiting: ((object: { type: string; content: Buffer } | undefined) => void)[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    held += chunk.length;
    if (held < needed) return;
    let buffer = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, held);
    needed = 0;
    while (waiting.length > 0) {
      const newline = buffer.indexOf(10);
      if (newline === -1) break;
      const header = buffer.toString('utf8', 0, newline);
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
        buffer = buffer.subarray(newline + 1);
        waiting.shift()!(undefined);
        continue;
      }
      const [, type, size] = header.split(' ');
      const end = newline + 1 + Number(size);
      if (buffer.length < end + 1) {
        needed = end + 1;
        break;
      }
      waiting.shift()!({ type: type!, content: Buffer.from(buffer.subarray(newline + 1, end)) });
      buffer = buffer.subarray(end + 1);
    }
    chunks = buffer.length === 0 ? [] : [buffer];
    held = buffer.length;
    if (waiting.length === 0) hold(false);
  });
  return {
    read(names) {
      if (names.length === 0) return Promise.resolve([]);
      if (names.some((name) => name.includes('\n'))) return Promise.reject(new Error('git cat-file --batch cannot read a name with a newline'));
      const objects = Promise.all(names.map((name) => new Promise<{ type: string; content: Buffer } | undefined>((resolve) => waiting.push(resolve))));
      hold(true);
      child.stdin.write(`${names.join('\n')}\n`);
      return Promise.race([objects, closed.then((code) => Promise.reject(failure ?? new Error(`git cat-file --batch exited with ${code} before answering`)))]);
    },
    async close() {
      child.stdin.end();
      await closed;
    },
    release() {
      child.stdin.end();
      // A read still waiting keeps it referenced until its answer (the output handler lets go then).
      if (waiting.length === 0) hold(false);
    },
    closed,
  };
}

/** Reads many blobs through one `git cat-file --batch` process; a missing blob is an error (MissingObjectError). */
export async function readBlobs(repo: Repo, oids: string[]): Promise<Map<string, Buffer>> {
  const blobs = await readObjects(repo, oids);
  const missing = oids.find((oid) => !blobs.has(oid));
  if (missing !== undefined) throw new MissingObjectError(missing);
  return blobs;
}

/**
 * A blob git cannot find although a tree or the index names it: the repository is damaged (a lost
 * loose object, a copy or clone cut short, a cleanup by hand), the user's to mend and not our bug
 * (until session 31 a plain Error, exit 70). Exit 1, a failing state; `file` names the path when
 * the reader knows it (withPathOfMissing).
 */
export class MissingObjectError extends UserError {
  readonly oid: string;
  readonly file: string | undefined;

  constructor(oid: string, file?: string) {
    super('object-missing', [
      `git object ${oid}${file !== undefined ? ` (${file})` : ''} is missing from the repository: the repository is damaged.`,
      'Run `git fsck --full` to list what is lost, then bring the objects back (`git fetch` from a remote that has them,',
      'or restore .git/objects from a backup; a fresh clone is the sure way), and run the command again.',
    ].join('\n'), [], { exitCode: 1 });
    this.name = 'MissingObjectError';
    this.oid = oid;
    this.file = file;
  }
}

/** `read`, a missing blob's error given the path it has in `files` (blob id -> path) when it had none. */
export async function withPathOfMissing<T>(read: Promise<T>, pathOf: (oid: string) => string | undefined): Promise<T> {
  try {
    return await read;
  } catch (error) {
    const file = error instanceof MissingObjectError && error.file === undefined ? pathOf(error.oid) : undefined;
    throw file !== undefined ? new MissingObjectError((error as MissingObjectError).oid, file) : error;
  }
}

/** An index entry to set: `entry` null takes the path out of the index. */
export interface IndexEntryUpdate {
  path: string;
  entry: { mode: string; oid: string } | null;
}

/**
 * Sets index entries to blobs already in the object store, in one `git update-index --index-info`
 * (the work tree is not read): a path listed twice ends as its last update says. Returns git's exit
 * code; one in `okCodes` (128: the index is locked) is returned, not thrown.
 */
export async function setIndexEntries(repo: Repo, updates: readonly IndexEntryUpdate[], { okCodes = [] }: { okCodes?: number[] } = {}): Promise<number> {
  // Mode 0 with the zero id removes a path.
  const input = updates.map(({ path: file, entry }) => (entry ? `${entry.mode} ${entry.oid}\t${file}\0` : `0 ${ZERO_OID}\t${file}\0`)).join('');
  return (await runGit(['update-index', '-z', '--index-info'], { ...repo, input, okCodes })).code;
}

/**
 * Stages working-tree files as they are, and drops from the index those that no longer exist,
 * in one atomic index update: written here the way `update-index` writes it (stage-in-process-fs.ts),
 * or by `update-index` itself (git hashes and stores the files). During
 * `git commit <paths>` git commits a temporary index but keeps the real one locked as
 * index.lock, which it installs afterwards; the same entries go there too, or the records would
 * vanish from the index after the commit.
 */
export async function stageFiles(repo: Repo, paths: string[], options: { packed?: boolean; known?: KnownFiles } = {}): Promise<void> {
  if (paths.length === 0) return;
  const args = ['update-index', '--add', '--remove', '-z', '--stdin'];
  const input = `${paths.join('\0')}\0`;
  // A few records (an ordinary commit) are staged here, without a git process; anything unusual
  // (stage-in-process-fs.ts says what), and a failure of any kind, is left to update-index. So are
  // files whose objects the caller packed already (`packed`, backfill): update-index finds them
  // in the pack, where this process, which does not read packs, would write each loose.
  // Files whose blobs are stored and whose ids and stat the caller has, one for each path: staged
  // from those without reading a file (stage-in-process-fs.ts's stageKnownFiles), if nothing unusual stands in the way.
  const inProcess = options.known && options.known.entries.length === paths.length && options.known.entries.every((entry, i) => entry.path === paths[i])
    ? await tryStageKnown(repo, options.known)
    : !options.packed && paths.length <= IN_PROCESS_MAX ? await tryStageInProcess(repo, paths) : false;
  if (!inProcess) {
    await runGit(args, { ...repo, input }).catch((error: unknown) => {
      throw indexRefused(error, repo) ?? error;
    });
  }
  const indexFile = { ...process.env, ...repo.env }.GIT_INDEX_FILE;
  const realIndexLock = path.join(repo.gitdir, 'index.lock');
  if (indexFile && path.basename(indexFile).startsWith('next-index') && fs.existsSync(realIndexLock)) {
    const real = { ...repo, env: { ...repo.env, GIT_INDEX_FILE: realIndexLock } };
    // Staged here as the temporary index was (its lock is index.lock.lock, as update-index's):
    // `update-index` read and wrote the whole real index again, about 100 ms of git's CPU at
    // the bench's 10,000 prompts (bench HISTORY, session 34).
    if (inProcess && !options.known && !options.packed && paths.length <= IN_PROCESS_MAX && (await tryStageInProcess(real, paths))) return;
    // Written as a full index: `update-index` folding the lock into a sparse index there left a
    // cache-tree naming a tree it never stored (`git fsck`: "missing tree"), where entries outside
    // the cone had kept a folder from folding (session 33). git folds it again on its next write.
    // (A sparse index is never staged here: stage-in-process-fs.ts leaves any sparse setting to git.)
    await runGit(['-c', 'index.sparse=false', ...args], { ...real, input });
  }
}

/**
 * Up to this many paths are staged in process: the index is rewritten whole either way, and git's
 * own hashing of many files (an adoption commit stages tens of thousands) is faster than here.
 */
const IN_PROCESS_MAX = 1000;

async function tryStageInProcess(repo: Repo, paths: string[]): Promise<boolean> {
  // Loaded here: this module is on every command's path, and the stager brings crypto and zlib,
  // which a commit that touches no prompt never needs.
  const { stageInProcess } = await import('./stage-in-process-fs.ts');
  try {
    return stageInProcess(repo, paths).staged;
  } catch {
    // A file system error: update-index meets it too and reports it in the user's terms.
    return false;
  }
}

/** Files to stage as they are known: their blob ids (stored already) and stat, and the folders the caller made (see stageKnownFiles). */
export interface KnownFiles {
  entries: readonly KnownEntry[];
  madeFolders: Iterable<string>;
  /** A fresh folder's node (vault/) whose trees the caller made from these entries and stored (index-merge.ts). */
  stored?: StoredFolderNode;
}

async function tryStageKnown(repo: Repo, known: KnownFiles): Promise<boolean> {
  const { stageKnownFiles } = await import('./stage-in-process-fs.ts');
  try {
    return stageKnownFiles(repo, known.entries, { madeFolders: known.madeFolders, ...(known.stored ? { stored: known.stored } : {}) }).staged;
  } catch {
    // A file system error: update-index meets it too and reports it in the user's terms.
    return false;
  }
}

/** git could not update the index for a reason that is the user's to fix (a lock, permissions). */
function indexRefused(error: unknown, repo: Repo): UserError | undefined {
  const stderr = (error as Partial<GitCommandError>).result?.stderr ?? '';
  const lock = /Unable to create '([^']*index\.lock)': File exists/.exec(stderr);
  if (lock) {
    return new UserError('index-locked', 'promptvault: could not stage the records: the git index is locked; nothing was written', [{
      code: 'index-locked', file: path.relative(repo.dir, lock[1]!) || lock[1]!, message: 'another git process holds the index lock',
      fix: `wait for the other git command to finish; if none is running, remove the stale lock: rm ${JSON.stringify(lock[1])}`,
    }], { cause: error });
  }
  const denied = /(Permission denied|Read-only file system|No space left on device)/.exec(stderr);
  if (denied) {
    return new UserError('index-write-failed', 'promptvault: could not stage the records; nothing was written', [{
      code: 'index-write-failed', file: path.relative(repo.dir, path.join(repo.gitdir, 'index')), message: `git could not write its index: ${stderr.trim().split('\n')[0]}`,
      fix: 'make the .git folder writable for you and free some disk space, then run the command again',
    }], { cause: error });
  }
  return undefined;
}

/** Paths in the index under `pathspecs` whose content matches an extended regex. */
export async function grepIndex(repo: Repo, { pattern, pathspecs }: { pattern: string; pathspecs: string[] }): Promise<string[]> {
  return splitRuns(await runOverPathspecs(repo, ['grep', '--cached', '-l', '-z', '-E', '-e', pattern], pathspecs, { okCodes: [1] }));
}

/**
 * The author identity `Name <email>` the next commit will carry (git's own resolution: the
 * GIT_AUTHOR_* variables, then user.name/user.email), or undefined when git cannot tell.
 */
export async function readAuthorIdent(repo: Repo): Promise<string | undefined> {
  const { stdout, code } = await runGit(['var', 'GIT_AUTHOR_IDENT'], { ...repo, okCodes: [128] });
  const ident = /^(.*<[^<>]*>) \d+ [+-]\d{4}\s*$/.exec(stdout.toString('utf8'));
  return code === 0 && ident ? ident[1] : undefined;
}

/**
 * Where git's author identity (readAuthorIdent) comes from, in git's order: GIT_AUTHOR_EMAIL in
 * the environment, the scope (`local`, `worktree`, `global`, `system`, `command`) of the
 * `author.email` or else the `user.email` setting, EMAIL in the environment, or `guessed` when
 * nothing sets it (git makes one up from the user and host names).
 */
export async function readAuthorIdentOrigin(repo: Repo): Promise<string> {
  const env = { ...process.env, ...repo.env };
  if (env.GIT_AUTHOR_EMAIL) return 'environment';
  for (const key of ['author.email', 'user.email']) {
    // --show-scope: git 2.26 and later; an older git answers "unknown" (code 129), said as such.
    const { stdout, code } = await runGit(['config', '--show-scope', '--get', key], { ...repo, okCodes: [1, 129] });
    if (code === 129) return 'unknown';
    if (code === 0) return stdout.toString('utf8').split('\t')[0]!.trim();
  }
  return env.EMAIL ? 'environment' : 'guessed';
}

/** Commits git marked as the cut-off of a shallow clone (their parents are missing). */
export function readShallowCommits(repo: Repo): Set<string> {
  // A linked worktree's `shallow` is in the folder its worktrees share.
  const file = path.join(gitCommonDir(repo.gitdir), 'shallow');
  return new Set(fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean) : []);
}

/** A git config value (e.g. user.name), or undefined. */
export async function readConfig(repo: Repo, key: string): Promise<string | undefined> {
  const git = await loadIsomorphicGit();
  const value = await git.getConfig({ fs, dir: repo.dir, gitdir: repo.gitdir, path: key });
  if (value !== undefined && value !== null) return String(value);
  // Global and system config are outside isomorphic-git's reach.
  const { stdout, code } = await runGit(['config', '--get', key], { ...repo, okCodes: [1] });
  return code === 0 ? stdout.toString('utf8').trim() : undefined;
}

/** For each path under `pathspecs`, the commit that added it to history. */
export async function commitsAddingPaths(repo: Repo, { pathspecs }: { pathspecs: string[] }): Promise<Map<string, { commit: string; date: string }>> {
  const { stdout } = await runLog(repo, ['log', '-m', '--diff-filter=A', '--name-only', '-z', '--no-renames', '--format=%x01%H %cI'], { pathspecs });
  const added = new Map<string, { commit: string; date: string }>();
  let current = { commit: '', date: '' };
  for (const part of stdout.toString('utf8').split('\0')) {
    let text = part;
    const marker = text.indexOf('\x01');
    if (marker !== -1) {
      const header = text.slice(marker + 1).split('\n')[0]!;
      const [commit, date] = header.split(' ');
      // Every record of the commit keeps these: copies of their own, not views of git's whole output.
      current = { commit: ownString(commit!), date: ownString(date!) };
      text = text.slice(marker + 1 + header.length).replace(/^\n+/, '');
    }
    const file = text.trim();
    if (file) added.set(file, current);
  }
  // git log walks newest first, so a path added twice ends up with its oldest adding commit.
  return added;
}

/**
 * A long-lived `git cat-file --batch` for reading many blobs over a long run (backfill): one
 * process instead of one per read.
 */
export function openBlobReader(repo: Repo): { read(oids: string[]): Promise<Map<string, Buffer>>; close(): void } {
  const session = openObjectSession(repo);
  return {
    async read(oids) {
      const unique = [...new Set(oids)];
      const objects = await session.read(unique);
      const missing = unique.find((_, i) => objects[i] === undefined);
      if (missing !== undefined) throw new MissingObjectError(missing);
      return new Map(unique.map((oid, i) => [oid, objects[i]!.content]));
    },
    close() {
      void session.close();
    },
  };
}

/**
 * The attributes git gives `paths` from the repository's own attribute files (.gitattributes at
 * every level, .git/info/attributes), as `set`, `unset`, `unspecified` or a value: not from the
 * user's global file (core.attributesFile) or the system's, which a clone does not share.
 */
export async function checkAttributes(repo: Repo, { paths, attributes }: { paths: string[]; attributes: string[] }): Promise<Map<string, Map<string, string>>> {
  // Paths on stdin: any number of them in one run.
  const { stdout } = await runGit(['-c', 'core.attributesFile=', 'check-attr', '--stdin', '-z', ...attributes], { ...repo, env: { ...repo.env, GIT_ATTR_NOSYSTEM: '1' }, input: paths.map((file) => `${file}\0`).join('') });
  const parts = splitNul(stdout);
  const result = new Map<string, Map<string, string>>();
  for (let i = 0; i + 2 < parts.length; i += 3) {
    const file = parts[i]!;
    if (!result.has(file)) result.set(file, new Map());
    result.get(file)!.set(parts[i + 1]!, parts[i + 2]!);
  }
  return result;
}

/** Parents of a commit (native: one quick process). */
export async function commitParents(repo: Repo, ref: string): Promise<string[]> {
  const { stdout } = await runGit(['rev-list', '--parents', '-n', '1', ref], repo);
  return stdout.toString('utf8').trim().split(' ').slice(1);
}

/**
 * How the hook can see the `git commit --amend` process among its ancestors: `proc` (Linux),
 * `ps` (macOS and other Unix: one process listing every process), `none` (Windows: Git for
 * Windows' ps shows no arguments of the native git.exe). PROMPTVAULT_AMEND_PROBE forces one, as
 * the tests do to run the macOS and Windows paths on Linux.
 */
export type AmendProbe = 'proc' | 'ps' | 'none';

export function amendProbe(env: Record<string, string | undefined> = process.env): AmendProbe {
  const forced = env.PROMPTVAULT_AMEND_PROBE;
  if (forced === 'proc' || forced === 'ps' || forced === 'none') return forced;
  if (fs.existsSync('/proc/self/cmdline')) return 'proc';
  return process.platform === 'win32' ? 'none' : 'ps';
}

/**
 * Whether the running hook belongs to `git commit --amend`. git tells a pre-commit hook nothing
 * about it, so the git process is found among this process's ancestors (`amendProbe`). With no
 * probe (Windows) this says no, and `post-rewrite amend` records the amend again
 * (commands/repair/undetected-amend.ts); PROMPTVAULT_AMEND=1 or =0 forces the answer.
 */
export function detectAmend(env: Record<string, string | undefined> = process.env, probe: AmendProbe = amendProbe(env)): boolean {
  if (env.PROMPTVAULT_AMEND !== undefined) return env.PROMPTVAULT_AMEND === '1';
  const processOf = probe === 'proc' ? readProcProcess : probe === 'ps' ? listPsProcesses() : null;
  if (processOf === null) return false;
  let pid = process.ppid;
  for (let depth = 0; depth < 8 && pid > 1; depth++) {
    const found = processOf(pid);
    if (found === null) return false;
    const { argv } = found;
    // git accepts any unambiguous prefix of a long option: --am, --ame, --amen.
    if (argv.includes('commit') && argv.some((arg) => /^--am(e(nd?)?)?$/.test(arg)) && /(^|\/)git$/.test(argv[0] ?? '')) return true;
    pid = found.ppid;
  }
  return false;
}

type ProcessOf = (pid: number) => { argv: string[]; ppid: number } | null;

function readProcProcess(pid: number): { argv: string[]; ppid: number } | null {
  try {
    const argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return { argv, ppid: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) };
  } catch {
    return null;
  }
}

/** Every process from one `ps` (POSIX -o fields): arguments split at spaces, enough to find `git commit --amend`. */
function listPsProcesses(): ProcessOf {
  const listed = spawnSync('ps', ['-A', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' });
  const table = new Map<number, { argv: string[]; ppid: number }>();
  if (listed.status === 0) {
    for (const line of listed.stdout.split('\n')) {
      const [pid, ppid, ...argv] = line.trim().split(/\s+/);
      if (pid && ppid) table.set(Number(pid), { argv, ppid: Number(ppid) });
    }
  }
  return (pid) => table.get(pid) ?? null;
}

/**
 * The committer date of the commit being made, ISO 8601 UTC. git exports only the author date to
 * hooks; `git var` gives the committer's (GIT_COMMITTER_DATE when set, else now), which is what
 * backfill reads from history, so both record the same `created_at`.
 */
export async function committerDate(repo: Repo): Promise<string> {
  // Without GIT_COMMITTER_DATE git dates the commit "now", which needs no git process (the hook
  // runs on every commit); a date set in the environment, in any of git's formats, git reads.
  if (!{ ...process.env, ...repo.env }.GIT_COMMITTER_DATE) return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const { stdout } = await runGit(['var', 'GIT_COMMITTER_IDENT'], repo);
  const epoch = / (\d+) [+-]\d{4}\s*$/.exec(stdout.toString('utf8'));
  const date = epoch ? new Date(Number(epoch[1]) * 1000) : new Date();
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The last commit (from `ref`) that changed each path, in one walk: 12-hex id, author, date and
 * subject, for messages. A merge counts when it wrote a text unlike every parent's (a merge of two
 * edits made without the hook). Paths are literal (a `[id].md` is no glob), read from stdin.
 */
export async function lastCommitsTouching(repo: Repo, { ref, paths }: { ref: string; paths: string[] }): Promise<Map<string, { commit: string; author: string; date: string; subject: string }>> {
  const wanted = new Set(paths);
  const found = new Map<string, { commit: string; author: string; date: string; subject: string }>();
  if (wanted.size === 0) return found;
  const history = await listPathHistory(repo, { ref, pathspecs: [...wanted].map((file) => `:(literal)${file}`), mergeEdits: true });
  // A shallow clone's boundary commit seems to add every file it holds: what it shows is no change
  // of that commit's, so a file first seen there is left unnamed rather than blamed on it.
  const shallow = readShallowCommits(repo);
  const seen = new Set<string>();
  for (const entry of history) {
    for (const file of entry.files) {
      if (!wanted.has(file) || seen.has(file)) continue;
      seen.add(file);
      if (!shallow.has(entry.commit)) found.set(file, { commit: entry.commit.slice(0, 12), author: `${entry.author} <${entry.email}>`, date: entry.date.slice(0, 10), subject: entry.subject });
    }
    if (seen.size === wanted.size) break;
  }
  return found;
}

/**
 * The newest commit of `ref`'s history that added each path (literal paths; renames not detected,
 * so a move shows as an add at its new path): where to ask git whether the file came from elsewhere.
 */
export async function newestCommitsAdding(repo: Repo, { ref, paths }: { ref: string; paths: string[] }): Promise<Map<string, string>> {
  if (paths.length === 0) return new Map();
  if (paths.length <= FEW_LITERAL_PATHS) return newestCommitsWith(repo, { filter: 'A', ref, pathspecs: paths.map((file) => `:(literal)${file}`) });
  // git matches every pathspec against every entry of every tree it diffs: on a 5,000-commit
  // corpus 1 path cost 0.03 s of CPU, 8 paths 0.21 s, 64 paths 1.39 s, and no pathspec 0.18 s
  // (git prunes unchanged subtrees by id). Past a few paths the walk lists every addition and
  // keeps the wanted ones here: the same newest commit for each path.
  const wanted = new Set(paths);
  return new Map([...(await newestCommitsWith(repo, { filter: 'A', ref, pathspecs: [] }))].filter(([file]) => wanted.has(file)));
}

/**
 * Which of `paths` (literal) some commit of `ref`'s history held: each was added by a commit (a
 * root commit's files count as added), on either side of a merge or by a merge itself. Unlike
 * newestCommitsAdding, `--full-history` (with a pathspec, git's history simplification follows
 * only a parent whose tree a merge matches: a side branch that added a file and deleted it again
 * was never walked) and a merge's files new against its first parent (git log lists none of a
 * merge's files unless asked: one written while resolving it was missed). A file the first parent
 * lacks and a side brought is listed for the side's commit too; one the first parent held was
 * added on its own line, so the first parent's diff is enough (and costs less than `-c`'s diff
 * against every parent: 0.34 against 0.45 s of CPU for every addition of this repository's 3,469
 * commits, 582 of them merges; 0.27 s without merges' files, which missed them).
 */
export async function pathsEverHeld(repo: Repo, { ref, paths }: { ref: string; paths: string[] }): Promise<Set<string>> {
  if (paths.length === 0) return new Set();
  // Past a few paths, one walk of every addition (FEW_LITERAL_PATHS: git's cost grows with each path named).
  const named = paths.length <= FEW_LITERAL_PATHS;
  const added = await newestCommitsWith(repo, { filter: 'A', ref, pathspecs: named ? paths.map((file) => `:(literal)${file}`) : [], everyMerge: true });
  return new Set(paths.filter((file) => added.has(file)));
}

/** A commit of a first-parent walk and what it changed under the paths asked about (renames not detected). */
export interface FirstParentEdit {
  commit: string;
  parents: string[];
  /** Committer date, ISO 8601 UTC (what the hook records as `created_at`). */
  date: string;
  changes: IndexChange[];
}

/**
 * The commits of `ref`'s first-parent history that changed any of `paths` (literal), newest first,
 * each with its changes to them: one `git log`, stopped after `limit` commits. A merge lists what it
 * changed against its first parent (git's `--first-parent` default).
 */
export async function firstParentEdits(repo: Repo, { ref, paths, limit }: { ref: string; paths: string[]; limit: number }): Promise<FirstParentEdit[]> {
  if (paths.length === 0 || limit <= 0) return [];
  // Past a few paths, no pathspec and the wanted changes kept here (FEW_LITERAL_PATHS: git's cost grows with each path named).
  const named = paths.length <= FEW_LITERAL_PATHS;
  const wanted = new Set(paths);
  const edits: FirstParentEdit[] = [];
  const keep = (commits: FirstParentLogCommit[]): boolean => {
    for (const { changes, ...commit } of commits) {
      // Without pathspecs every file of every commit is listed: a path anywhere may hold \x01.
      const read = changes.flatMap((parts) => parseRawDiff(parts));
      const kept = named ? read : read.filter((change) => wanted.has(change.path));
      if (named || kept.length > 0) edits.push({ ...commit, changes: kept });
    }
    return edits.length >= limit;
  };
  // Read as git prints it and stopped once `limit` edits are in: the walk without pathspecs has
  // no --max-count (most commits it lists change none of the paths), and went to the root commit.
  const log = readFirstParentLog();
  const { code } = await runLog(repo, ['-c', 'core.quotePath=false', 'log', '--first-parent', '--no-renames', '--raw', '-z', '--no-abbrev', ...(named ? [`--max-count=${limit}`] : []), '--format=%x01%H%x00%P%x00%cI%x00', ref], { pathspecs: named ? paths.map((file) => `:(literal)${file}`) : [] }, [128], (chunk) => (keep(log.push(chunk)) ? 'stop' : undefined));
  if (code !== 0) return [];
  keep(log.end());
  return edits.slice(0, limit);
}

/** Up to this many literal paths are named to `git log`; more, it walks without pathspecs (newestCommitsAdding). */
const FEW_LITERAL_PATHS = 8;

/**
 * The renames git detects in each commit against its first parent, under `pathspecs` (none for a
 * root commit): one `git diff-tree --stdin` for all of them, which prints each commit's id and then
 * its changes. A process per commit cost 3.5 s for 105 commits of a 5,000-commit corpus, this one 0.35 s.
 */
export async function commitsRenames(repo: Repo, { commits, pathspecs }: { commits: string[]; pathspecs: string[] }): Promise<Map<string, IndexChange[]>> {
  const found = new Map<string, IndexChange[]>(commits.map((commit) => [commit, []]));
  if (commits.length === 0) return found;
  const { stdout } = await runGit(['diff-tree', '--stdin', '-r', '-M', '--diff-merges=first-parent', '--raw', '-z', '--no-abbrev', '--', ...pathspecs], { ...repo, input: `${commits.join('\n')}\n` });
  const parts = splitNul(stdout);
  let current: IndexChange[] | undefined;
  for (let i = 0; i < parts.length; ) {
    const part = parts[i]!;
    // Where a change's header (":old new ...") could start, anything else is the next commit's id.
    if (!part.startsWith(':')) {
      current = found.get(part.trim());
      i++;
      continue;
    }
    const size = rawChangeSize(part);
    for (const change of parseRawDiff(parts.slice(i, i + size))) if (change.status === 'R') current?.push(change);
    i += size;
  }
  return found;
}

/**
 * Which of `files` the `commits` change (each against its first parent), in one git call: for the
 * hook at a rebase's `edit` stop, whether a commit still to be replayed edits a record.
 */
export async function filesChangedBy(repo: Repo, { commits, files }: { commits: string[]; files: string[] }): Promise<Set<string>> {
  if (commits.length === 0 || files.length === 0) return new Set();
  const { stdout } = await runGit(['diff-tree', '--stdin', '-r', '--no-commit-id', '--name-only', '-z', '--diff-merges=first-parent', '--', ...files.map((file) => `:(literal)${file}`)], { ...repo, input: `${commits.join('\n')}\n` });
  return new Set(splitNul(stdout).filter((part) => files.includes(part)));
}

/** The subject of each commit (full ids), in one git call: for messages naming them. */
export async function commitSubjects(repo: Repo, commits: string[]): Promise<Map<string, string>> {
  if (commits.length === 0) return new Map();
  const { stdout } = await runLog(repo, ['log', '--no-walk=unsorted', '--format=%H%x00%s'], { revisions: [...new Set(commits)] });
  return new Map(stdout.toString('utf8').split('\n').filter(Boolean).map((line) => [line.slice(0, line.indexOf('\0')), line.slice(line.indexOf('\0') + 1)] as const));
}

// Labels and bundles: naming commits, and finding the commit that holds a recorded version.

/** The commit a ref names, or null when it names none (an unknown branch, `HEAD~1` of a root commit). */
export async function resolveCommit(repo: Repo, ref: string): Promise<string | null> {
  const { stdout, code } = await runGit(['rev-parse', '--verify', '-q', '--end-of-options', `${ref}^{commit}`], { ...repo, okCodes: [1, 128] });
  return code === 0 ? stdout.toString('utf8').trim() : null;
}

/** The best common ancestor of two commits, or null when they share none (or a shallow clone hides it). */
export async function mergeBase(repo: Repo, { a, b }: { a: string; b: string }): Promise<string | null> {
  const { stdout, code } = await runGit(['merge-base', a, b], { ...repo, okCodes: [1, 128] });
  return code === 0 ? stdout.toString('utf8').trim() : null;
}

/** The commits of `from..to` (reachable from `to`, not from `from`): a walk of the range only, no diff. */
export async function listRangeCommits(repo: Repo, { from, to }: { from: string; to: string }): Promise<Set<string>> {
  const { stdout } = await runGit(['rev-list', `${from}..${to}`], repo);
  return new Set(stdout.toString('utf8').split('\n').filter(Boolean));
}

/** Every commit of every ref with its parents: `{ oid, parents }`, newest first. */
export async function listCommitParents(repo: Repo): Promise<{ oid: string; parents: string[] }[]> {
  const { stdout } = await runGit(['rev-list', '--all', '--parents'], repo);
  return stdout.toString('utf8').split('\n').filter(Boolean).map((line) => {
    const [oid, ...parents] = line.split(' ');
    return { oid: oid!, parents };
  });
}

/** Untracked files under `pathspecs` (ignored files excluded), repository-relative. */
export async function listUntracked(repo: Repo, { pathspecs }: { pathspecs: string[] }): Promise<string[]> {
  return splitRuns(await runOverPathspecs(repo, ['ls-files', '--others', '--exclude-standard', '-z'], pathspecs, { walksDisk: true }));
}

/** Files under `pathspecs` not committed as they are: changed from HEAD (staged or not) or untracked (ignored ones excluded). */
export async function listUncommitted(repo: Repo, { pathspecs }: { pathspecs: string[] }): Promise<string[]> {
  if (pathspecs.length === 0) return [];
  const runs = await runOverPathspecs(repo, ['status', '--porcelain', '-z', '--untracked-files=all', '--no-renames'], pathspecs, { walksDisk: true });
  return splitRuns(runs, (entry) => entry.slice(3)).map((entry) => entry.slice(3));
}

/** Files under `pathspecs`, staged or untracked (ignored files excluded), in one `ls-files` (several for a long list). */
export async function listWorkFiles(repo: Repo, { pathspecs }: { pathspecs: string[] }): Promise<{ path: string; tracked: boolean }[]> {
  const runs = await runOverPathspecs(repo, ['ls-files', '-t', '--cached', '--others', '--exclude-standard', '-z'], pathspecs, { walksDisk: true });
  return splitRuns(runs, (entry) => entry.slice(2)).map((entry) => ({ path: entry.slice(2), tracked: !entry.startsWith('?') }));
}

/**
 * Every commit reachable from `ref`, by its parent list joined with ",": a record made for a
 * commit of this branch has one of these lists as its `commit_parents` ("" for a root commit).
 */
export async function branchCommitsByParents(repo: Repo, { ref }: { ref: string }): Promise<Map<string, string[]>> {
  const { stdout } = await runGit(['rev-list', '--parents', ref], repo);
  const commits = new Map<string, string[]>();
  for (const line of stdout.toString('utf8').split('\n').filter(Boolean)) {
    const [commit, ...parents] = line.split(' ');
    const key = parents.join(',');
    commits.set(key, [...(commits.get(key) ?? []), commit!]);
  }
  return commits;
}

/** Paths under `pathspecs` that a commit reachable from `ref` deleted, each with the latest such commit. */
export async function deletedInHistory(repo: Repo, { ref, pathspecs }: { ref: string; pathspecs: string[] }): Promise<Map<string, string>> {
  return newestCommitsWith(repo, { filter: 'D', ref, pathspecs });
}

/** `%x01%H` at the start of a `git log -z --name-only` token: the commit whose paths follow. */
const COMMIT_MARKER = /^\x01([0-9a-f]{40,64})(?:\n|$)/;

/**
 * Each path under `pathspecs` that a commit reachable from `ref` changed as `--diff-filter` says
 * (renames not detected), with the newest such commit; `everyMerge`: every side of a merge
 * walked and a merge's own changes against its first parent listed (pathsEverHeld).
 */
async function newestCommitsWith(repo: Repo, { filter, ref, pathspecs, everyMerge = false }: { filter: 'A' | 'D'; ref: string; pathspecs: string[]; everyMerge?: boolean }): Promise<Map<string, string>> {
  const merges = everyMerge ? ['--full-history', '--diff-merges=first-parent'] : [];
  const { stdout } = await runLog(repo, ['log', ...merges, `--diff-filter=${filter}`, '--no-renames', '--name-only', '-z', '--format=%x01%H', ref], { pathspecs });
  const newest = new Map<string, string>();
  let commit = '';
  for (const token of splitNul(stdout)) {
    const part = token.replace(/^\n+/, '');
    // A commit's marker starts a token and is followed by its id; a path may hold \x01 anywhere
    // (`prompts/odd\x01name.md`), and the walk without pathspecs lists every path of the history.
    const marker = COMMIT_MARKER.exec(part);
    let file = part;
    if (marker) {
      commit = marker[1]!;
      file = part.slice(marker[0].length).replace(/^\n+/, '');
    }
    if (file && !newest.has(file)) newest.set(file, commit);
  }
  return newest;
}

/**
 * Contents by object name (a blob id, `<commit>:<path>`, `<commit>^:<path>`) through one
 * `git cat-file --batch`; names git does not know are left out.
 */
export async function readObjects(repo: Repo, names: string[]): Promise<Map<string, Buffer>> {
  const unique = [...new Set(names)];
  const objects = new Map<string, Buffer>();
  if (unique.length === 0) return objects;
  // cat-file reads a name a line: `<commit>:<path>` whose path holds a newline (git allows it in a
  // file name) would be two names, and every answer after it would be taken for the wrong name.
  // Such paths are looked up in their commit's tree and read by blob id.
  const split = unique.filter((name) => name.includes('\n'));
  if (split.length > 0) {
    const byName = await blobIdsOfPaths(repo, split);
    const read = await readObjects(repo, [...unique.filter((name) => !name.includes('\n')), ...byName.values()]);
    for (const name of unique) {
      const blob = read.get(byName.get(name) ?? name);
      if (blob) objects.set(name, blob);
    }
    return objects;
  }
  const { stdout } = await runGit(['cat-file', '--batch'], { ...repo, input: unique.join('\n') + '\n' });
  let offset = 0;
  for (const name of unique) {
    const newline = stdout.indexOf(10, offset);
    const header = stdout.subarray(offset, newline).toString('utf8');
    if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
      offset = newline + 1;
      continue;
    }
    const size = Number(header.split(' ')[2]);
    objects.set(name, stdout.subarray(newline + 1, newline + 1 + size));
    offset = newline + 1 + size + 1;
  }
  return objects;
}

/** The blob id of each `<rev>:<path>` name, from one `ls-tree` per rev; names git does not know are left out. */
async function blobIdsOfPaths(repo: Repo, names: string[]): Promise<Map<string, string>> {
  const byRev = new Map<string, string[]>();
  for (const name of names) {
    const colon = name.indexOf(':');
    if (colon === -1) continue;
    const rev = name.slice(0, colon);
    byRev.set(rev, [...(byRev.get(rev) ?? []), name.slice(colon + 1)]);
  }
  const oids = new Map<string, string>();
  for (const [rev, paths] of byRev) {
    const entries = await listTree(repo, { ref: rev, pathspecs: paths.map((file) => `:(literal)${file}`) }).catch(() => []);
    for (const entry of entries) oids.set(`${rev}:${entry.path}`, entry.oid);
  }
  return oids;
}

/**
 * Hands each blob to `visit` as `git cat-file --batch` streams it, keeping none: for reading a
 * little of many large blobs (the front matter of every prompt, 100 MB at 10,000 prompts). Holding
 * the whole output and copying it into one buffer cost more CPU than git spent inflating it, most
 * of it in the garbage collector. `visit` gets a view into git's output: it must copy what it keeps.
 * A missing blob is an error.
 */
export async function scanBlobs(repo: Repo, oids: string[], visit: (oid: string, blob: Buffer) => void): Promise<void> {
  const unique = [...new Set(oids)];
  if (unique.length === 0) return;
  let next = 0;
  // The blob being received when it spans chunks, filled as they arrive.
  let pending: { oid: string; blob: Buffer; filled: number } | undefined;
  // git ends every object with a newline; after a blob that spanned chunks it may come later.
  let closingNewline = false;
  let rest: Buffer = Buffer.alloc(0);
  let failure: unknown;
  const take = (chunk: Buffer): void => {
    if (failure !== undefined) return;
    let data = rest.length === 0 ? chunk : Buffer.concat([rest, chunk]);
    rest = Buffer.alloc(0);
    try {
      while (data.length > 0) {
        if (closingNewline) {
          data = data.subarray(1);
          closingNewline = false;
          continue;
        }
        if (pending) {
          const part = Math.min(pending.blob.length - pending.filled, data.length);
          data.copy(pending.blob, pending.filled, 0, part);
          pending.filled += part;
          data = data.subarray(part);
          if (pending.filled < pending.blob.length) continue;
          visit(pending.oid, pending.blob);
          pending = undefined;
          closingNewline = true;
          continue;
        }
        const newline = data.indexOf(10);
        if (newline === -1) {
          // A header cut by the chunk's end waits for the next chunk.
          rest = Buffer.from(data);
          break;
        }
        const oid = unique[next++]!;
        const [, type, size] = data.subarray(0, newline).toString('utf8').split(' ');
        if (type !== 'blob' || size === undefined) throw new MissingObjectError(oid);
        const end = newline + 1 + Number(size);
        if (end < data.length) {
          // Whole in this chunk, closing newline included: no copy.
          visit(oid, data.subarray(newline + 1, end));
          data = data.subarray(end + 1);
        } else {
          pending = { oid, blob: Buffer.allocUnsafe(Number(size)), filled: 0 };
          data = data.subarray(newline + 1);
        }
      }
    } catch (error) {
      failure = error;
    }
  };
  await runGit(['cat-file', '--batch'], { ...repo, input: `${unique.join('\n')}\n`, onStdout: take });
  if (failure !== undefined) throw failure;
  if (next !== unique.length || pending) throw new Error(`git cat-file --batch ended after ${next} of ${unique.length} objects`);
}

/** Whether the index differs from HEAD outside `except` (staged work of the user's own). */
export async function hasStagedChanges(repo: Repo, { except }: { except: string[] }): Promise<boolean> {
  const { code } = await runGit(['diff', '--cached', '--quiet', 'HEAD', '--', '.', ...except.map((spec) => `:(exclude)${spec}`)], { ...repo, okCodes: [1] });
  return code === 1;
}

/** A commit made by commitIndex. */
export interface MadeCommit {
  commit: string;
  /**
   * An amend only: the commit it replaced was signed (a `gpgsig` header), or commit.gpgsign is on,
   * and this one is not: commit.gpgsign is off (the replaced one was signed with `-S`) or signing failed.
   */
  signatureDropped: boolean;
}

/**
 * Commits the index (no hooks: the caller recorded what they would). `amend` replaces HEAD with
 * the same parents, author and message, through plumbing: git's `commit --amend` refuses while a
 * cherry-pick's CHERRY_PICK_HEAD is still there, which it is when its post-commit hook runs.
 * commit-tree never reads commit.gpgsign (plumbing), so the amend signs (`-S`, with the user's
 * gpg.format and user.signingkey) when it is on, as `git commit` does; a signed commit replaced by
 * an unsigned one is said in the answer, for the caller to tell the user.
 */
export async function commitIndex(repo: Repo, { message, amend = false }: { message: string; amend?: boolean }): Promise<MadeCommit> {
  if (!amend) {
    await runGit(['commit', '-q', '--no-verify', '-m', message], repo);
    const { stdout } = await runGit(['rev-parse', 'HEAD'], repo);
    return { commit: stdout.toString('utf8').trim(), signatureDropped: false };
  }
  const [{ stdout: info }, { stdout: raw }, { stdout: gpgsign }] = await Promise.all([
    runGit(['log', '-1', '--format=%H%x00%P%x00%an%x00%ae%x00%aI%x00%B', 'HEAD'], repo),
    runGit(['cat-file', 'commit', 'HEAD'], repo),
    runGit(['config', '--type=bool', '--get', 'commit.gpgsign'], { ...repo, okCodes: [1] }),
  ]);
  const [old, parents, name, email, date, ...body] = info.toString('utf8').split('\0');
  const header = raw.toString('utf8').split('\n\n', 1)[0]!;
  const wasSigned = /^gpgsig(-sha256)? /m.test(header);
  const { stdout: tree } = await runGit(['write-tree'], repo);
  const parentArgs = parents!.split(' ').filter(Boolean).flatMap((parent) => ['-p', parent]);
  const create = (sign: boolean) => runGit(['commit-tree', tree.toString('utf8').trim(), ...parentArgs, ...(sign ? ['-S'] : []), '-F', '-'], {
    ...repo, input: body.join('\0').replace(/\n+$/, '\n'), env: { ...repo.env, GIT_AUTHOR_NAME: name, GIT_AUTHOR_EMAIL: email, GIT_AUTHOR_DATE: date },
  });
  const wanted = gpgsign.toString('utf8').trim() === 'true';
  let signed = wanted;
  // A key that signed the user's amend a moment ago and fails now (an agent gone): the records
  // still go in, unsigned, and the answer says so.
  const { stdout: created } = await create(signed).catch((error: unknown) => {
    if (!signed) throw error;
    signed = false;
    return create(false);
  });
  const commit = created.toString('utf8').trim();
  await runGit(['update-ref', '-m', `commit (amend): ${message}`, 'HEAD', commit, old!], repo);
  return { commit, signatureDropped: (wasSigned || wanted) && !signed };
}

/** The subject of HEAD's latest reflog entry, e.g. `revert: Revert "..."` or `commit: ...`. */
export async function runReflogSubject(repo: Repo): Promise<string> {
  const { stdout } = await runGit(['reflog', '-1', '--format=%gs', 'HEAD'], { ...repo, okCodes: [128] });
  return stdout.toString('utf8').trim();
}

/** What this clone's HEAD reflog shows a commit made by, when it was made again: an amend, a rebase or a cherry-pick. */
export type RemadeBy = 'amend' | 'rebase' | 'cherry-pick';

/**
 * How each commit came to be, for check's reading of a prompt whose records its own commit added
 * but whose text differs: its author and committer dates (an amend, a rebase or a cherry-pick keeps
 * the first, a plain commit has both the same), and what this clone's HEAD reflog shows it made by
 * (absent in CI's fresh clone): `git commit --amend`, `git rebase` (its picks, rewords, squashes and
 * the commit `rebase --continue` makes at a stop; not the commits it only fast-forwards over) or
 * `git cherry-pick`; null for anything else. Full or abbreviated ids, as given.
 */
export async function readCommitOrigins(repo: Repo, commits: string[]): Promise<Map<string, { authorDate: string; committerDate: string; remadeBy: RemadeBy | null }>> {
  const found = new Map<string, { authorDate: string; committerDate: string; remadeBy: RemadeBy | null }>();
  if (commits.length === 0) return found;
  const shown = await runGit(['show', '-s', '--format=%H%x00%aI%x00%cI', ...commits, '--'], { ...repo, okCodes: [128] });
  const reflog = await runGit(['reflog', '--format=%H%x00%gs', 'HEAD', '--'], { ...repo, okCodes: [128] });
  // The entry that made a commit is its oldest: later ones (a checkout, `rebase (finish)`, a reset) only return to it.
  const madeBy = new Map<string, RemadeBy | null>();
  for (const line of reflog.stdout.toString('utf8').split('\n').filter(Boolean).reverse()) {
    const [commit = '', subject = ''] = line.split('\0');
    if (!madeBy.has(commit)) madeBy.set(commit, remadeBy(subject));
  }
  const lines = shown.stdout.toString('utf8').split('\n').filter(Boolean);
  for (const line of lines) {
    const [full = '', authorDate = '', committerDate = ''] = line.split('\0');
    const asked = commits.find((commit) => full.startsWith(commit));
    if (asked) found.set(asked, { authorDate, committerDate, remadeBy: madeBy.get(full) ?? null });
  }
  return found;
}

/** What a reflog subject says its commit was made by (`commit (amend): ...`, `rebase (continue): ...`, `rebase -i (pick): ...`, `cherry-pick: ...`). */
function remadeBy(subject: string): RemadeBy | null {
  if (subject.startsWith('commit (amend)')) return 'amend';
  if (/^rebase(?: -i| -m)? \((?:pick|continue|reword|squash|fixup|edit|merge)\)/.test(subject)) return 'rebase';
  if (subject.startsWith('cherry-pick')) return 'cherry-pick';
  return null;
}

/**
 * Commits that changed files under `pathspecs`, newest first: id, committer date, author (name and
 * email), subject and the files, as they are (`-z`: a prompt path holding a double quote or a tab,
 * which git quotes in its plain listing, is its path).
 */
export async function listPathHistory(repo: Repo, { ref, pathspecs, mergeEdits = false }: { ref: string; pathspecs: string[]; mergeEdits?: boolean }): Promise<{ commit: string; date: string; author: string; email: string; subject: string; parents: string[]; files: string[] }[]> {
  // mergeEdits: a merge also lists the files it wrote unlike every parent (`-c`: a conflict
  // resolved by hand, an edit slipped into the merge); without it a merge lists no files at all.
  // core.quotePath off: a clause path with non-ASCII letters is listed as it is, not as "\303\251".
  const { stdout, code } = await runLog(repo, ['-c', 'core.quotePath=false', 'log', '--no-renames', '--name-only', '-z', ...(mergeEdits ? ['-c'] : []), '--format=%x01%H%x00%cI%x00%an%x00%s%x00%ae%x00%P', ref], { pathspecs }, [128]);
  if (code !== 0) return [];
  const commits: { commit: string; date: string; author: string; email: string; subject: string; parents: string[]; files: string[] }[] = [];
  // Each commit: \x01, its six fields and a NUL, a line break, then its files, each ended by a NUL.
  for (const entry of stdout.toString('utf8').split('\x01').slice(1)) {
    const fields = entry.split('\0');
    const [commit = '', date = '', author = '', subject = '', email = '', parents = ''] = fields;
    const files = fields.slice(6).join('\0').replace(/^\n/, '').split('\0').filter((file) => file !== '');
    commits.push({ commit, date, author, email, subject, parents: parents.split(' ').filter(Boolean), files });
  }
  return commits;
}

/**
 * The commits of `ref`'s history that added a file under `pathspecs`, each with the files it added,
 * in topological order, newest first: a commit is always listed before its ancestors, whatever
 * their dates say (commits of one second, clocks set back). Every commit that added one is
 * listed (--full-history: no side of a merge is left out), a merge with the files new against
 * every parent only (one it brought in from a side was added there).
 */
export async function listAddingCommits(repo: Repo, { ref, pathspecs }: { ref: string; pathspecs: string[] }): Promise<{ commit: string; files: string[] }[]> {
  // `-c`: a merge lists the files new against every parent (the hook's records of a merge commit).
  const { stdout, code } = await runLog(repo, ['-c', 'core.quotePath=false', 'log', '--topo-order', '--full-history', '--no-renames', '--diff-filter=A', '--name-only', '-z', '-c', '--format=%x01%H', ref], { pathspecs }, [128]);
  if (code !== 0) return [];
  return stdout.toString('utf8').split('\x01').slice(1).map((entry) => {
    const [commit = '', ...files] = entry.split('\0');
    return { commit: commit.trim(), files: files.map((file) => file.replace(/^\n/, '')).filter((file) => file !== '') };
  });
}

/** A commit as a rebase sees it: id, parents, and what a rebase keeps of it (author, author date, subject). */
export interface RewritableCommit { commit: string; parents: string[]; identity: string }

/**
 * The commits a rebase left behind and the ones it made: those of ORIG_HEAD not in HEAD, and of
 * HEAD not in ORIG_HEAD, each with its author, author date and subject (which a rebase keeps), so
 * the two can be paired. Empty lists when there is no ORIG_HEAD.
 */
export async function listRebasedCommits(repo: Repo): Promise<{ before: RewritableCommit[]; after: RewritableCommit[] }> {
  const list = async (from: string, not: string) => {
    const { stdout, code } = await runGit(['log', '--format=%H%x00%P%x00%an <%ae> %aI%x00%s', from, '--not', not, '--'], { ...repo, okCodes: [128] });
    if (code !== 0) return [];
    return stdout.toString('utf8').split('\n').filter(Boolean).map((line) => {
      const [commit = '', parents = '', author = '', subject = ''] = line.split('\0');
      return { commit, parents: parents.split(' ').filter(Boolean), identity: `${author}\0${subject}` };
    });
  };
  const present = (await runGit(['rev-parse', '--verify', '-q', 'ORIG_HEAD'], { ...repo, okCodes: [1] })).code === 0;
  if (!present) return { before: [], after: [] };
  return { before: await list('ORIG_HEAD', 'HEAD'), after: await list('HEAD', 'ORIG_HEAD') };
}
