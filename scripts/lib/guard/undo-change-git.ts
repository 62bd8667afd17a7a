// Node-only (git): the commit that made the clause change an audit is about, and what it changed
// besides the clause, for the command that undoes a rejected change (undo-command.ts). Shared by
// `review --reject` and `check`, so both name the same commit and the same command.
import { commitParents, diffTrees, listPathHistory, listTree, readShallowCommits, type Repo } from '../git/index.ts';
import type { Audit } from '../schema/records.ts';
import { VAULT_DIR } from '../vault/dirs.ts';
import { findChangeCommits } from './reviewer-gate-git.ts';
import type { ChangeUndo } from './undo-command.ts';

export type ChangeCommit = { commit: string; subject: string; email: string };

/**
 * The commit that made the clause change an audit file is about: the commit that added the file,
 * unless it only brought the audit in (backfill's audits, committed by whoever adopted; a
 * resync's, by whoever ran it): then the commit `check` counts, the one that left the audit's
 * text (findChangeCommits). Undefined when the file is not committed, null when a shallow clone
 * cuts the commit off.
 */
export async function findChangeCommit(repo: Repo, file: string, audit: Audit, ref = 'HEAD'): Promise<ChangeCommit | null | undefined> {
  const added = (await listPathHistory(repo, { ref, pathspecs: [file] })).at(-1);
  if (!added) return undefined;
  const found = (await findChangeCommits(repo, { audits: [{ ...audit, file, added: { commit: added.commit, parents: added.parents } }], shallow: readShallowCommits(repo) })).get(file);
  return found === null ? null : (found ?? added);
}

/** How to undo `change` to the clause at `path`: a merge's first parent, or the other files it changed. */
export async function describeUndo(repo: Repo, change: Pick<ChangeCommit, 'commit' | 'subject'>, path: string): Promise<ChangeUndo> {
  const undo: ChangeUndo = { commit: change.commit, subject: change.subject, path };
  const parents = await commitParents(repo, change.commit);
  if (parents.length > 1) return { ...undo, mergedOnto: parents[0]! };
  if (parents.length === 0) return undo;
  // Records the hook wrote with the change go back with the clause's next commit: not counted.
  const others = (await diffTrees(repo, { from: parents[0]!, to: change.commit, pathspecs: [] })).filter((entry) => entry.path !== path && !entry.path.startsWith(`${VAULT_DIR}/`));
  if (others.length === 0) return undo;
  const before = await listTree(repo, { ref: parents[0]!, pathspecs: [path] });
  return before.some((entry) => entry.path === path) ? { ...undo, otherFiles: others.length } : undo;
}

/**
 * How to undo the rejected change an audit is about (the commit that made it, and the command):
 * undefined when git does not hold that commit (not committed, a shallow clone). `check` and the
 * site's regression page ask this of the same audits, so both print the same command.
 */
export async function findUndo(repo: Repo, audit: Audit & { file: string }, ref = 'HEAD'): Promise<ChangeUndo | undefined> {
  const change = await findChangeCommit(repo, audit.file, audit, ref);
  return change ? describeUndo(repo, change, audit.path) : undefined;
}
