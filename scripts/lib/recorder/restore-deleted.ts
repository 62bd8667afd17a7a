// Records are never deleted by a workflow. A commit that would remove records (the revert of a
// commit that added them, a conflict resolved by taking the other side of vault/) gets them back:
// later versions name them as parents, and their version numbers stay taken on this branch.
import { listIndex, listTree, readBlobs, type IndexChange, type Repo } from '../git/index.ts';
import { CHECKPOINTS_DIR, MUTATIONS_DIR, parseRecordPath } from '../vault/paths.ts';
import type { RecordWrite } from '../vault/write-fs.ts';

/** Whether the diff deletes any record (cheap: no git process). */
export function deletesRecords(changes: IndexChange[]): boolean {
  return changes.some((change) => change.status === 'D' && parseRecordPath(change.path) !== undefined);
}

/**
 * The records `base` has that the commit being made deletes, with their content from `base`. The
 * diff covers mutations and audits; a deleted mutation's checkpoint (same file name) comes too.
 */
export async function recordsToRestore(repo: Repo, base: string, changes: IndexChange[]): Promise<RecordWrite[]> {
  const deleted = changes.filter((change) => change.status === 'D' && change.oldOid && parseRecordPath(change.path));
  if (deleted.length === 0) return [];
  const checkpoints = deleted.filter((change) => change.path.startsWith(`${MUTATIONS_DIR}/`)).map((change) => `${CHECKPOINTS_DIR}/${change.path.slice(MUTATIONS_DIR.length + 1)}`);
  const [inBase, inIndex] = checkpoints.length > 0
    ? await Promise.all([listTree(repo, { ref: base, pathspecs: checkpoints }), listIndex(repo, { pathspecs: checkpoints })])
    : [[], []];
  const present = new Set(inIndex.map((entry) => entry.path));
  const entries = [...deleted.map((change) => ({ path: change.path, oid: change.oldOid! })), ...inBase.filter((entry) => !present.has(entry.path))];
  const blobs = await readBlobs(repo, entries.map((entry) => entry.oid));
  return entries.map((entry) => ({ path: entry.path, content: blobs.get(entry.oid)!.toString('utf8') }));
}
