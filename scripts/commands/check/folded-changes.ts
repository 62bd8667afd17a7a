// `check` after a squash merge made without the hook (GitHub's "Squash and merge") of a branch that
// changed a clause (flagged), had it rejected and changed it back: both audits arrive in the squash
// commit, whose clause never held the flagged text. check read the first as an open regression and
// asked the reviewer to review it again ("rejected ... in the very commit that made the clause
// change"): a confusing red for a change the branch never got. It now says what happened and that
// `promptvault repair` drops both audits. Told apart from a change made here and reverted, which
// a backfill's adoption commit also brings with its revert in one commit: the flagged audit was not
// made here (no commit of this branch with its commit parents holds its text; repair's own test).
// The git questions are asked only when a flagged audit has the audit of its change back here.
// In a shallow clone whose first commit is the squash (depth 1 right after it), that commit seems
// to add every file, so the squash cannot be told from a change made here: the audits are read as
// the branch's own, whose rejection does not count there (its commit is cut off, fetch named).
import type { Problem } from '../../lib/errors.ts';
import { commitsAddingPaths, commitSubjects, readShallowCommits, type Repo } from '../../lib/git/index.ts';
import { flaggedWithRevert, revertsOfMissingAudits } from '../../lib/guard/folded-reverts.ts';
import { findRecordsMadeHere } from '../repair/plan-branch.ts';
import type { Snapshot } from '../../lib/vault/read-all.ts';

const REPAIR_FOLDED = 'run `promptvault repair`: it drops both audits (they describe a clause text no commit of this branch holds) and commits that; then check again';

/** The flagged audits a squash brought with their change back (no open regression: a problem to repair), and the audits naming a reverted audit that is gone (a warning). */
export async function findFoldedChanges(repo: Repo, ref: string, snapshot: Pick<Snapshot, 'audits'>): Promise<{ problems: Problem[]; files: Set<string>; warnings: Problem[] }> {
  const warnings = revertsOfMissingAudits(snapshot.audits).map((audit): Problem => ({
    code: 'revert-of-missing-audit', file: audit.file,
    message: `says it changes ${audit.clause} back from the flagged audit ${audit.reverts}, which is not in vault/ (a squash merge left that change out, or a cherry-pick copied this audit without it)`,
    fix: 'run `promptvault repair`: it drops an audit another branch recorded of a change this branch never had, and commits that',
  }));
  const pairs = flaggedWithRevert(snapshot.audits);
  if (pairs.length === 0) return { problems: [], files: new Set(), warnings };
  const added = await commitsAddingPaths(repo, { pathspecs: pairs.flatMap(({ change, back }) => [change.file, back.file]) });
  // A shallow clone's first commit seems to add every file it holds (actions/checkout's depth 1):
  // a change and its change back made in two commits here looked added together there, and were
  // taken for a squash (check failed in CI on a branch that was fine). What the cut-off history
  // holds cannot be told, so no pair is read as folded from that commit.
  const shallow = readShallowCommits(repo);
  const together = pairs.filter(({ change, back }) => {
    const commit = added.get(change.file)?.commit;
    return commit !== undefined && commit === added.get(back.file)?.commit && !shallow.has(commit);
  });
  const madeHere = together.length === 0 ? new Set<string>() : await findRecordsMadeHere(repo, ref, { mutations: [], checkpoints: [], audits: together.map(({ change }) => change) });
  const folded = together.filter(({ change }) => !madeHere.has(change.file));
  const subjects = await commitSubjects(repo, folded.map(({ change }) => added.get(change.file)!.commit));
  const problems = folded.map(({ change, back }): Problem => {
    const commit = added.get(change.file)!.commit;
    const subject = subjects.get(commit);
    return {
      code: 'squash-folded-change', file: change.file,
      message: `the flagged change of ${change.clause} this audit records came in one commit with the audit of its change back (${back.id}): commit ${commit.slice(0, 12)}${subject === undefined ? '' : ` ("${subject}")`}, a squash merge made without the hook (GitHub's "Squash and merge") of a branch that changed the clause and changed it back. The clause here never held the flagged text, so there is nothing to review`,
      fix: REPAIR_FOLDED,
    };
  });
  return { problems, files: new Set(folded.map(({ change }) => change.file)), warnings };
}
