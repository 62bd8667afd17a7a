// Records in the commit being made that its first parent does not have came either from an
// earlier, unfinished attempt at this same commit (an aborted commit, a re-run, or the commit an
// amend replaces: same commit parents) or from the branch being merged. The first kind is
// replaced when the commit changes; the second is history and stays.

export interface CommitScope {
  /** Record files in the index that the first parent does not have. */
  addedRecords: ReadonlySet<string>;
  /** Parents of the commit being made. */
  commitParents: readonly string[];
}

/** Whether a record was written by an earlier attempt at this same commit. */
export function fromEarlierAttempt(record: { file: string; commit_parents: readonly string[] }, scope: CommitScope): boolean {
  return scope.addedRecords.has(record.file) && sameParents(record.commit_parents, scope.commitParents);
}

function sameParents(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
