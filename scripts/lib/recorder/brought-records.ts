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
export const COMMIT_PARENTS = /^commit_parents:(?: \[\])?\n((?: {2}- [0-9a-f]{40}\n)*)/m;

/**
 * From this many added mutation records, their lines are first looked up in what backfill left
 * (`knownParents`: record-parents-cache-fs.ts): reading its file is worth it for an adoption
 * commit's thousands, not for a cherry-pick's few.
 */
export const KNOWN_PARENTS_FROM = 256;

/**
 * The subset of `ids` (prompts with added mutation records) that the recorder must look at.
 * `knownParents`: the commit_parents lines of records by blob id (commitParentsLine's), asked for
 * once when KNOWN_PARENTS_FROM records or more were added; the records it does not name are read.
 */
export async function idsToRevisit(view: TreeView, options: { ids: Set<string>; changes: IndexChange[]; commitParents: readonly string[]; merge: boolean; knownParents?: () => ReadonlyMap<string, string> }): Promise<Set<string>> {
  if (options.merge || options.ids.size === 0) return options.ids;
  const added = options.changes.filter((change) => change.status !== 'D' && change.newOid && parseRecordPath(change.path)?.kind === 'mutation');
  const known = added.length >= KNOWN_PARENTS_FROM && options.knownParents ? options.knownParents() : new Map<string, string>();
  const blobs = await view.read(added.flatMap((change) => (known.has(change.newOid!) ? [] : [change.newOid!])));
  const parents = options.commitParents.join(',');
  const revisit = new Set<string>();
  for (const change of added) {
    const id = parseRecordPath(change.path)!.id;
    if (!options.ids.has(id) || revisit.has(id)) continue;
    const line = known.get(change.newOid!) ?? commitParentsLine(blobs.get(change.newOid!)?.toString('utf8') ?? '');
    if (line === undefined || line === parents) revisit.add(id);
  }
  return revisit;
}

/**
 * Whether a record's text says it was written for a commit with other parents than
 * `commitParents` (so it cannot be an earlier attempt at this one). Anything unexpected answers
 * false, and the record is then parsed and judged in full, as before.
 */
export function recordOfOtherCommit(text: string, commitParents: readonly string[]): boolean {
  const line = commitParentsLine(text);
  return line !== undefined && line !== commitParents.join(',');
}

/** A record's `commit_parents` ids joined by "," ("" for a root commit), or undefined when its text has no such line as stringifyRecord writes it. */
export function commitParentsLine(text: string): string | undefined {
  const match = COMMIT_PARENTS.exec(text);
  if (!match) return undefined;
  return [...match[1]!.matchAll(/[0-9a-f]{40}/g)].map((m) => m[0]).join(',');
}
