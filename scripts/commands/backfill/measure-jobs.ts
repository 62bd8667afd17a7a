// The prompt blobs backfill measures ahead of its replay (pure): each once, in the order the
// replay meets them, with what each needs of the others (measure-ahead.ts hands them to threads).
import type { HistoryCommit } from '../../lib/git/history-git.ts';
import { classifyPath, idFromPath, isSkippedEntry } from '../../lib/prompt/locate.ts';
import type { Config } from '../../lib/schema/config.ts';
import type { MeasureJob } from './_measure-blob.ts';

/**
 * The prompt blobs the replay will measure, in the order it meets them, each once; each names the
 * blob its path held before when that is a job too (its paragraphs' measures are reused).
 * `atEnd`: the paths of the prompts the history's last commit holds, by blob (backfill's promptsAtEnd).
 */
export function measureJobs(history: HistoryCommit[], config: Config, firstTree: Map<string, string> | undefined, resumed: Set<string>, atEnd: Map<string, string[]>): MeasureJob[] {
  const jobs: MeasureJob[] = [];
  const seen = new Map<string, MeasureJob>();
  const add = (oid: string, file: string, oldOid: string | null) => {
    if (seen.has(oid) || classifyPath(file, config) !== 'prompt') return;
    const job: MeasureJob = { oid, path: file, id: idFromPath(file, 'prompt', config) };
    const previous = oldOid === null ? undefined : seen.get(oldOid);
    // Each job is some later job's previous version once at most: the first edit of it takes its paragraphs.
    if (previous && !previous.keep) {
      previous.keep = true;
      job.previous = previous.oid;
    }
    seen.set(oid, job);
    jobs.push(job);
  };
  for (const [i, commit] of history.entries()) {
    if (resumed.has(commit.oid)) continue;
    if (i === 0 && firstTree) for (const [file, oid] of firstTree) add(oid, file, null);
    else for (const change of commit.changes) if (change.newOid && change.status !== 'D' && !isSkippedEntry(change.newMode)) add(change.newOid, change.path, change.oldOid);
  }
  // What no later job edits and the last commit holds: measured by chunks, for the hook's file of
  // each prompt that holds it there (keepChunksAtHead). A last version deleted or moved on is
  // measured whole: no file would keep its chunks.
  // The versions before such a job in its path's line are measured by chunks too, each handing its
  // chunks to the next: a last version edited from an earlier one then measures only the chunks
  // it changed (the last versions measured cold were about half of backfill's measuring: bench
  // HISTORY, session 30).
  for (const job of jobs) {
    const heads = job.keep ? undefined : atEnd.get(job.oid);
    if (!heads) continue;
    job.heads = heads;
    for (let before = job.previous && seen.get(job.previous); before; before = before.previous && seen.get(before.previous)) before.chunked = true;
  }
  return jobs;
}

/**
 * The jobs of the history's first replayed commit that the pairing of moves cannot change, given
 * the jobs (`measureJobs`) of the history as `git log` gave it, before its moves were paired
 * (history-git.ts, readLog): those the measuring threads may start on while git pairs them, a
 * core being free then (the first commit is often a repository's whole import, and was measured
 * only once the history was read).
 *
 * Pairing a move turns a deletion of blob X and an addition of Y into a rename: Y's job gets X as
 * its previous version (unless a job took X first), X's job is kept for it (`keep`, no `heads`),
 * and the chains of previous versions through X change (`chunked`). The other fields of a job
 * (its blob, path, id) and the list's order do not change. So every job whose blob a commit
 * deletes, and every version before it in its line, is left out (a deletion that pairs with
 * nothing is left out too: the set is wider than the moves, never narrower); the first commit's
 * jobs have no previous version, so the others keep exactly the fields the paired history gives
 * them (measure-jobs.test.ts checks it on a history with moves).
 */
export function firstJobsMovesLeave(history: HistoryCommit[], firstTree: Map<string, string> | undefined, resumed: Set<string>, jobs: MeasureJob[]): MeasureJob[] {
  const first = history[0];
  if (!first || resumed.has(first.oid)) return [];
  const firstOids = new Set(firstTree ? firstTree.values() : first.changes.flatMap((change) => (change.newOid ? [change.newOid] : [])));
  const jobOf = new Map(jobs.map((job) => [job.oid, job]));
  const moved = new Set<string>();
  for (const commit of history.slice(1)) {
    for (const change of commit.changes) {
      if (change.status !== 'D' || !change.oldOid) continue;
      for (let oid: string | undefined = change.oldOid; oid !== undefined && !moved.has(oid); oid = jobOf.get(oid)?.previous) moved.add(oid);
    }
  }
  return jobs.filter((job) => firstOids.has(job.oid) && !moved.has(job.oid));
}
