// Which commit a record describes. A record names that commit's parents (`commit_parents`), not
// the commit itself: the hook writes it into the very commit it describes, so there the commit
// that added the record file is the one, but `backfill` writes the records of a whole history
// into the one commit that adopts promptvault, where only the parents tell which commit each
// version was made in (and holds its text).
import { commitsAddingPaths, listCommitParents, type Repo } from '../git/index.ts';

export interface RecordParents {
  /** The record file, e.g. `vault/checkpoints/support/refund/0002-21db4000e7b4.yaml`. */
  file: string;
  commit_parents: readonly string[];
}

/**
 * For each record, the commits it may describe, best first: the commit that added the record
 * file when its parents are the record's, then every commit with those parents (sorted, so the
 * order is stable), then the adding commit as a last resort (a record whose commit is not in
 * this clone). Usually one commit has a given list of parents; a caller that needs certainty
 * (the version's text) checks the candidates in order.
 */
export async function describedCommits(repo: Repo, records: readonly RecordParents[], addedBy: ReadonlyMap<string, { commit: string }>): Promise<Map<string, string[]>> {
  const byParents = new Map<string, string[]>();
  if (records.length > 0) {
    for (const commit of await listCommitParents(repo)) {
      const key = commit.parents.join(' ');
      const list = byParents.get(key);
      if (list) list.push(commit.oid);
      else byParents.set(key, [commit.oid]);
    }
  }
  // Each list sorted once, not once per record (every record of a commit shares its parents).
  for (const list of byParents.values()) list.sort();
  const candidates = new Map<string, string[]>();
  for (const record of records) {
    if (candidates.has(record.file)) continue;
    const adding = addedBy.get(record.file)?.commit;
    const same = byParents.get(record.commit_parents.join(' ')) ?? [];
    // git lists each commit once, so `same` has no repeats: the adding commit first when it is
    // among them, else last.
    const best = !adding ? [...same] : same.includes(adding) ? [adding, ...same.filter((commit) => commit !== adding)] : [...same, adding];
    candidates.set(record.file, best);
  }
  return candidates;
}

/** Record folders (one per id) up to this many are named to `git log`; more, each kind's whole folder at once. */
const FEW_FOLDERS = 100;

/**
 * describedCommits of `records`, with the commits that added them read from the history of their
 * folders only (one per id): `log` (a lineage's few ids) and `bundle` / `diff` / `show` (the
 * versions they read) ask it alike, on a short command line however many versions.
 */
export async function commitsOfRecords(repo: Repo, records: readonly RecordParents[]): Promise<Map<string, string[]>> {
  if (records.length === 0) return new Map();
  const folders = [...new Set(records.map((record) => record.file.slice(0, record.file.lastIndexOf('/') + 1)))];
  const pathspecs = folders.length <= FEW_FOLDERS
    ? folders.map((folder) => `:(literal)${folder}`)
    : [...new Set(records.map((record) => `${record.file.split('/', 2).join('/')}/`))];
  return describedCommits(repo, records, await commitsAddingPaths(repo, { pathspecs }));
}
