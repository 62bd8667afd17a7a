// Node-only (git): the history backfill replays, read with one `git log` and no pathspecs. With the
// source globs as pathspecs (`:(glob)**/*.md`), git matched every entry of every tree it diffed
// against each glob: 18 s of git's CPU for the 5,568 commits of the bench's 10,000-prompt history,
// against 1 s without them. The log is now read whole, renames not detected, and filtered here;
// rename detection runs afterwards only for the commits that delete one source file and add
// another, on exactly those files, so it pairs the very candidates the pathspec-limited log paired.
import path from 'node:path';
import { globToRegExp } from '../prompt/locate.ts';
import { runGit, splitNul } from './native-git.ts';
import { parseRawDiff, type IndexChange, type Repo } from './index.ts';

export interface HistoryCommit {
  oid: string;
  parents: string[];
  /** Committer date, ISO 8601 UTC (what the hook sees as GIT_COMMITTER_DATE). */
  date: string;
  /** Changes against the first parent under the pathspecs, renames detected as in the hook. */
  changes: IndexChange[];
}

/** Rename detections running at once (each a short `git diff-tree`). */
const PARALLEL = 4;
/** The most bytes of literal pathspecs given to one git command (Linux allows 2 MB of arguments in all). */
const MAX_ARGUMENT_BYTES = 256 * 1024;

/**
 * Every commit reachable from `ref` (not from any of `exclude`), parents before children, each with its
 * changes against its first parent under `pathspecs` (`:(glob)` patterns or plain paths), renames
 * detected among them: the changes `git log -M -- <pathspecs>` gives.
 */
export async function readHistory(repo: Repo, { ref, exclude = [], pathspecs }: { ref: string; exclude?: string[]; pathspecs: string[] }): Promise<HistoryCommit[]> {
  const args = ['log', '--no-renames', '--topo-order', '--reverse', '-z', '--raw', '--no-abbrev', '--diff-merges=first-parent', '--full-history', '--sparse', '--format=%x01%H %P%x02%cI', ref];
  for (const commit of exclude) args.push(`^${commit}`);
  const { stdout } = await runGit([...args, '--'], repo);
  const wanted = pathspecMatcher(pathspecs);
  const commits: HistoryCommit[] = [];
  let raw: string[] = [];
  const flush = () => {
    const last = commits.at(-1);
    if (last) last.changes = parseRawDiff(raw).filter((change) => wanted(change.path));
    raw = [];
  };
  for (const token of splitNul(stdout)) {
    const part = token.replace(/^\n/, '');
    if (part.startsWith('\x01')) {
      flush();
      const [ids, date] = part.slice(1).split('\x02');
      const [oid, ...parents] = ids!.trim().split(' ').filter(Boolean);
      commits.push({ oid: oid!, parents, date: new Date(date!).toISOString().replace(/\.\d{3}Z$/, 'Z'), changes: [] });
    } else {
      raw.push(part);
    }
  }
  flush();
  const moving = commits.filter((commit) => commit.parents.length > 0 && commit.changes.some((c) => c.status === 'D') && commit.changes.some((c) => c.status === 'A'));
  for (let i = 0; i < moving.length; i += PARALLEL) await Promise.all(moving.slice(i, i + PARALLEL).map((commit) => detectRenames(repo, commit, pathspecs)));
  return commits;
}

/**
 * Pairs the commit's deleted and added files as `git log -M` does, given only those files: rename
 * detection (-M, no copies, no breaks) takes its candidates from the deletions and additions of
 * the diff and nothing else. A rename takes the place of its added file; its deleted file goes.
 */
async function detectRenames(repo: Repo, commit: HistoryCommit, pathspecs: string[]): Promise<void> {
  const literal = commit.changes.filter((change) => change.status === 'D' || change.status === 'A').map((change) => `:(literal)${change.path}`);
  // A commit moving thousands of files would pass the system's limit on a command line: the
  // globs then select the same candidates (git matching them over this one commit's trees).
  const candidates = literal.reduce((length, spec) => length + spec.length + 1, 0) > MAX_ARGUMENT_BYTES ? pathspecs : literal;
  // No index: git 2.39's diff-tree loads it for attributes raw output never uses (see diffTrees).
  const noIndex = { ...repo.env, GIT_INDEX_FILE: path.join(repo.gitdir, 'promptvault', 'no-such-index') };
  const { stdout } = await runGit(['diff-tree', '-r', '-z', '--raw', '--no-abbrev', '-M', commit.parents[0]!, commit.oid, '--', ...candidates], { ...repo, env: noIndex });
  const renamed = new Map<string, IndexChange>();
  const sources = new Set<string>();
  for (const change of parseRawDiff(splitNul(stdout))) {
    if (change.status !== 'R') continue;
    renamed.set(change.path, change);
    sources.add(change.fromPath!);
  }
  if (renamed.size === 0) return;
  commit.changes = commit.changes.flatMap((change) => {
    if (change.status === 'A') return [renamed.get(change.path) ?? change];
    return change.status === 'D' && sources.has(change.path) ? [] : [change];
  });
}

/** Whether a path falls under one of the pathspecs, as git matches them. */
function pathspecMatcher(pathspecs: string[]): (file: string) => boolean {
  const globs = pathspecs.filter((spec) => spec.startsWith(':(glob)')).map((spec) => globToRegExp(spec.slice(':(glob)'.length)));
  const plain = pathspecs.filter((spec) => !spec.startsWith(':('));
  const other = pathspecs.find((spec) => spec.startsWith(':(') && !spec.startsWith(':(glob)'));
  if (other !== undefined) throw new Error(`readHistory: pathspec magic other than :(glob) is not supported (${other})`);
  if (pathspecs.length === 0) return () => true;
  return (file) => globs.some((glob) => glob.test(file)) || plain.some((spec) => file === spec || file.startsWith(spec.endsWith('/') ? spec : `${spec}/`));
}
