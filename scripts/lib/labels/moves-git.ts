// Node-only (git): how labels moved between two commits, for `check --format github` and the PR
// report. A label move is a change of vault/labels/<label>.yaml, so this compares that folder.
import { UserError } from '../errors.ts';
import { resolveCommit, type Repo } from '../git/index.ts';
import { readLabelsAtRef } from './read-git.ts';
import { diffLabels, type LabelMove } from './resolve.ts';

/** Label moves from `from` to `to` (both refs); unreadable label files count as empty. */
export async function listLabelMoves(repo: Repo, { from, to }: { from: string; to: string }): Promise<LabelMove[]> {
  const [a, b] = await Promise.all([resolveCommit(repo, from), resolveCommit(repo, to)]);
  if (!a) throw new UserError('ref-unknown', `"${from}" names no commit in this repository`);
  if (!b) throw new UserError('ref-unknown', `"${to}" names no commit in this repository`);
  const [before, after] = await Promise.all([readLabelsAtRef(repo, { ref: a }), readLabelsAtRef(repo, { ref: b })]);
  return diffLabels(before.labels, after.labels);
}
