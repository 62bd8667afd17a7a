// Which prompts with records new to this commit need the recorder's attention. A merge's records
// come from the merged branch: every such prompt may need a merge version. Outside a merge, a
// record the first parent lacks was written either by an earlier, unfinished attempt at this same
// commit (same commit parents: it may have to be replaced) or for another commit altogether (the
// adoption commit after `promptvault backfill`, thousands of them): history, which the recorder
// would only read and parse to leave as it is. Telling them apart takes one line of each record,
// not a parse of every prompt and record.
import type { IndexChange } from '../git/index.ts';
import { parseRecordPath } from '../vault/paths.ts';
import type { TreeView } from './view.ts';

// stringifyRecord writes `commit_parents:` as a block list of full ids (or `[]` for a root commit).
const COMMIT_PARENTS = /^commit_parents:(?: \[\])?\n((?: {2}- [0-9a-f]{40}\n)*)/m;

/** The subset of `ids` (prompts with added mutation records) that the recorder must look at. */
export async function idsToRevisit(view: TreeView, options: { ids: Set<string>; changes: IndexChange[]; commitParents: readonly string[]; merge: boolean }): Promise<Set<string>> {
  if (options.merge || options.ids.size === 0) return options.ids;
  const added = options.changes.filter((change) => change.status !== 'D' && change.newOid && parseRecordPath(change.path)?.kind === 'mutation');
  const blobs = await view.read(added.map((change) => change.newOid!));
  const revisit = new Set<string>();
  for (const change of added) {
    const id = parseRecordPath(change.path)!.id;
    if (!options.ids.has(id) || revisit.has(id)) continue;
    if (!recordOfOtherCommit(blobs.get(change.newOid!)?.toString('utf8') ?? '', options.commitParents)) revisit.add(id);
  }
  return revisit;
}

/**
 * Whether a record's text says it was written for a commit with other parents than
 * `commitParents` (so it cannot be an earlier attempt at this one). Anything unexpected answers
 * false, and the record is then parsed and judged in full, as before.
 */
export function recordOfOtherCommit(text: string, commitParents: readonly string[]): boolean {
  const match = COMMIT_PARENTS.exec(text);
  if (!match) return false;
  return [...match[1]!.matchAll(/[0-9a-f]{40}/g)].map((m) => m[0]).join(',') !== commitParents.join(',');
}
