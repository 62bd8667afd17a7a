// Node-only (git): the history backfill replays, read with one `git log` and no pathspecs. With the
// source globs as pathspecs (`:(glob)**/*.md`), git matched every entry of every tree it diffed
// against each glob: 18 s of git's CPU for the 5,568 commits of the bench's 10,000-prompt history,
// against 1 s without them. The log is now read whole, renames not detected, and filtered here;
// rename detection runs afterwards only for the commits that delete one source file and add
// another, on exactly those files, so it pairs the very candidates the pathspec-limited log paired:
// one `git diff-tree --stdin` per 16 of them (see GROUP_COMMITS). Most such commits are told here
// without git (rename-pairs.ts: git's exact pass leaves at most one deletion and one addition,
// whose texts' similarity decides): all 210 of the bench history's, one cat-file for 14 diff-trees.
import { globToRegExp } from '../prompt/locate.ts';
import { runGit, splitNul } from './native-git.ts';
import { ARGUMENTS_BUDGET, argumentCost, commandLineCost } from './pathspec-runs.ts';
import { noIndexEnv, parseRawDiff, readBlobs, type IndexChange, type Repo } from './index.ts';
import { deletedModes, renamePairs, similarRename, type RenamePlan } from './rename-pairs.ts';

export interface HistoryCommit {
  oid: string;
  parents: string[];
  /** Committer date, ISO 8601 UTC (what the hook sees as GIT_COMMITTER_DATE). */
  date: string;
  /** Changes against the first parent under the pathspecs, renames detected as in the hook. */
  changes: IndexChange[];
}

/**
 * Moving commits one `git diff-tree --stdin` pairs: git matches every changed path against every
 * pathspec given, so a process over all 210 moving commits of the bench history (their candidates
 * together) cost more of git's CPU than it saved in spawns. On that history, with git's CPU
 * counted: 4.3-4.9 s one process per commit, 3.1 s by 4, 2.9 s by 16, 3.7 s by 64.
 */
const GROUP_COMMITS = 16;
/** Groups paired at once. */
const PARALLEL = 2;

/**
 * Every commit reachable from `ref` (not from any of `exclude`), parents before children, each with its
 * changes against its first parent under `pathspecs` (`:(glob)` patterns or plain paths), renames
 * detected among them: the changes `git log -M -- <pathspecs>` gives.
 */
export async function readHistory(repo: Repo, options: { ref: string; exclude?: string[]; pathspecs: string[] }): Promise<HistoryCommit[]> {
  const commits = await readLog(repo, options);
  await pairMoves(repo, commits, options.pathspecs);
  return commits;
}

/**
 * readHistory's first half: the commits and their changes, renames not yet paired (a move is a
 * deletion and an addition). Backfill starts measuring the first commit's prompts from it while
 * git pairs the moves (pairMoves).
 */
export async function readLog(repo: Repo, { ref, exclude = [], pathspecs }: { ref: string; exclude?: string[]; pathspecs: string[] }): Promise<HistoryCommit[]> {
  const args = ['log', '--no-renames', '--topo-order', '--reverse', '-z', '--raw', '--no-abbrev', '--diff-merges=first-parent', '--full-history', '--sparse', '--format=%x01%H %P%x02%cI', ref];
  for (const commit of exclude) args.push(`^${commit}`);
  const { stdout } = await runGit([...args, '--'], repo);
  const wanted = pathspecMatcher(pathspecs);
  const commits: HistoryCommit[] = [];
  let raw: string[] = [];
  const flush = () => {
    const last = commits.at(-1);
    if (last) {
      last.changes = parseRawDiff(raw).filter((change) => wanted(change.path));
      if (moves(last)) deletedBefore.set(last, deletedModes(raw));
    }
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
  return commits;
}

/** The modes before the commit of readLog's moving commits' deleted files (rename-pairs.ts). */
const deletedBefore = new WeakMap<HistoryCommit, Map<string, string>>();

/** Whether a commit deletes a source file and adds one: rename detection's case. */
function moves(commit: HistoryCommit): boolean {
  return commit.parents.length > 0 && commit.changes.some((c) => c.status === 'D') && commit.changes.some((c) => c.status === 'A');
}

/**
 * readHistory's second half: pairs the renames of `commits` (readLog's) in place, as `git log -M`
 * would. The commits whose moves renamePairs can tell are paired here (their one undecided pair's
 * texts read by one `cat-file --batch`); git pairs the others.
 */
export async function pairMoves(repo: Repo, commits: HistoryCommit[], pathspecs: string[]): Promise<void> {
  const moving: HistoryCommit[] = [];
  const planned: { commit: HistoryCommit; plan: RenamePlan }[] = [];
  for (const commit of commits) {
    if (!moves(commit)) continue;
    const modes = deletedBefore.get(commit);
    const plan = modes && renamePairs(commit.changes, modes);
    if (plan === undefined) moving.push(commit);
    else planned.push({ commit, plan });
  }
  const wanted = [...new Set(planned.flatMap(({ plan }) => (plan.compare ? [plan.compare.deletion.oldOid!, plan.compare.addition.newOid!] : [])))];
  const texts = wanted.length > 0 ? await readBlobs(repo, wanted) : new Map<string, Buffer>();
  for (const { commit, plan } of planned) {
    const renames = [...plan.renames];
    if (plan.compare) {
      const similar = similarRename(plan.compare, texts.get(plan.compare.deletion.oldOid!)!, texts.get(plan.compare.addition.newOid!)!);
      if (similar === undefined) {
        moving.push(commit);
        continue;
      }
      if (similar !== null) renames.push(similar);
    }
    pairRenames(commit, renames);
  }
  // In history order, as git paired them before (renameGroups' runs).
  const order = new Map(commits.map((commit, i) => [commit, i]));
  moving.sort((a, b) => order.get(a)! - order.get(b)!);
  const groups = renameGroups(moving);
  for (let i = 0; i < groups.length; i += PARALLEL) await Promise.all(groups.slice(i, i + PARALLEL).map((group) => detectRenames(repo, group.commits, group.pathspecs ?? pathspecs)));
}


/** The deleted and added files of a commit, as literal pathspecs: rename detection's candidates. */
function renameCandidates(commit: HistoryCommit): string[] {
  return commit.changes.filter((change) => change.status === 'D' || change.status === 'A').map((change) => `:(literal)${change.path}`);
}

/**
 * The moving commits in runs of GROUP_COMMITS whose candidates, together, fit on one command
 * line. A commit sees the other commits' candidates too, harmlessly: they are source files, so
 * in this commit they are unchanged, modified (never a rename's end: -M without -B or -C pairs
 * only deletions with additions) or its own candidates. A commit moving some hundred files would pass Windows'
 * limit alone: it runs by itself with the globs (`pathspecs` undefined), which select the same
 * candidates (git matching them over this one commit's trees).
 */
function renameGroups(moving: HistoryCommit[]): { commits: HistoryCommit[]; pathspecs?: string[] }[] {
  const groups: { commits: HistoryCommit[]; pathspecs?: string[] }[] = [];
  let commits: HistoryCommit[] = [];
  let specs = new Set<string>();
  let bytes = 0;
  const close = () => {
    if (commits.length > 0) groups.push({ commits, pathspecs: [...specs] });
    commits = [];
    specs = new Set();
    bytes = 0;
  };
  for (const commit of moving) {
    const candidates = renameCandidates(commit);
    if (commandLineCost(candidates) > ARGUMENTS_BUDGET) {
      groups.push({ commits: [commit] });
      continue;
    }
    if (commits.length >= GROUP_COMMITS || bytes + commandLineCost(candidates.filter((spec) => !specs.has(spec))) > ARGUMENTS_BUDGET) close();
    for (const spec of candidates) {
      if (specs.has(spec)) continue;
      specs.add(spec);
      bytes += argumentCost(spec);
    }
    commits.push(commit);
  }
  close();
  return groups;
}

/**
 * Pairs each commit's deleted and added files as `git log -M` does, given only those files: rename
 * detection (-M, no copies, no breaks) takes its candidates from the deletions and additions of
 * the diff and nothing else. A rename takes the place of its added file; its deleted file goes.
 * One `git diff-tree --stdin` answers for all the commits, each line naming a commit and its first
 * parent; its output gives each commit's id, then that commit's changes.
 */
async function detectRenames(repo: Repo, commits: HistoryCommit[], pathspecs: string[]): Promise<void> {
  // No index: git 2.39's diff-tree loads it for attributes raw output never uses (see diffTrees).
  const noIndex = { ...repo.env, ...noIndexEnv(repo) };
  const input = commits.map((commit) => `${commit.oid} ${commit.parents[0]!}\n`).join('');
  const { stdout } = await runGit(['diff-tree', '--stdin', '-r', '-z', '--raw', '--no-abbrev', '-M', '--', ...pathspecs], { ...repo, env: noIndex, input });
  const byOid = new Map(commits.map((commit) => [commit.oid, commit]));
  let current: HistoryCommit | undefined;
  let raw: string[] = [];
  const flush = () => {
    if (current) pairRenames(current, parseRawDiff(raw));
    raw = [];
  };
  const parts = splitNul(stdout);
  for (let i = 0; i < parts.length; ) {
    const part = parts[i++]!.replace(/^\n/, '');
    if (!part.startsWith(':')) {
      // A commit's id: its changes follow. Paths are read with their entry, so none is taken for an id.
      flush();
      current = byOid.get(part);
      continue;
    }
    const status = part.split(' ')[4]?.charAt(0);
    raw.push(part, ...parts.slice(i, (i += status === 'R' || status === 'C' ? 2 : 1)));
  }
  flush();
}

/**
 * Puts the renames among `diffed` (one commit's changes over the candidates) in place of the
 * commit's additions and deletions they pair.
 */
function pairRenames(commit: HistoryCommit, diffed: IndexChange[]): void {
  const renamed = new Map<string, IndexChange>();
  const sources = new Set<string>();
  for (const change of diffed) {
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
