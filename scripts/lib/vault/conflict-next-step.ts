// Pure: the next step after a vault file's conflict is resolved. The record and label readers are
// pure and say "`git commit` to end the merge", right for a merge; a conflict a rebase or a
// cherry-pick stopped on is ended by its own `--continue` (a `git commit` there leaves the rebase
// stopped, the next pick still to come). The CLI knows which is in progress (git/operation-fs.ts)
// and puts the step in.
import type { Problem } from '../errors.ts';
import { afterSideKept, keepOneSide, keepSideByRef, MERGE_SIDES, type Sides } from './staged-conflicts.ts';

/** How the readers end a conflict's fix (serialize.ts, labels/parse.ts): replaced here. */
export const END_MERGE = 'and `git commit` to end the merge';

/** What git is in the middle of, as its files in the git folder say. */
export type GitOperation = 'merge' | 'rebase' | 'am' | 'cherry-pick' | 'revert';

const CONFLICT_CODES = new Set(['record-conflict', 'label-conflict']);

/** The step that ends `operation` once the conflicted file is added. */
export function conflictNextStep(operation: GitOperation | null): string {
  switch (operation) {
    case 'rebase': return 'and `git rebase --continue` to go on with the rebase (not `git commit`: the rebase would stay stopped here)';
    case 'am': return 'and `git am --continue` to go on applying the patches';
    case 'cherry-pick': return 'and `git cherry-pick --continue` to finish the cherry-pick';
    case 'revert': return 'and `git revert --continue` to finish the revert';
    default: return END_MERGE;
  }
}

/** Whether any problem is a vault file's conflict (then the operation in progress is worth a look). */
export function hasConflictProblem(problems: readonly Problem[]): boolean {
  return problems.some((problem) => CONFLICT_CODES.has(problem.code));
}

/**
 * `problems` with each conflict's fix naming the two sides by ref (a merge, a rebase, a cherry-pick:
 * see keepSide) and ending in the step of `operation`; with none in progress the
 * markers were committed (a merge made with the hooks off, or before the hook refused them), and
 * `--ours` / `--theirs` have no sides left to restore: the fix takes a side from the merge's parents.
 */
export function withConflictNextStep<P extends Problem>(problems: P[], operation: GitOperation | null): P[] {
  return problems.map((problem) => {
    if (!CONFLICT_CODES.has(problem.code) || !problem.fix?.endsWith(END_MERGE)) return problem;
    if (operation === null) return { ...problem, fix: committedConflictFix(problem.file) };
    const sides = SIDES[operation];
    const keep = sides === undefined ? problem.fix.slice(0, -END_MERGE.length) : `${keepSide(problem.file, sides)}${afterSideKept(problem.file)}, `;
    return { ...problem, fix: `${keep}${conflictNextStep(operation)}` };
  });
}

/**
 * How to keep one side of `file` while `operation` is stopped on it: both sides by ref where git
 * names both (mid-rebase HEAD is the branch rebased onto, not this branch's), else HEAD or an edit;
 * a merge's in the hook's words.
 */
export function keepOneSideDuring(file: string, operation: GitOperation): string {
  if (operation === 'merge') return keepOneSide(file, { merging: true });
  const sides = SIDES[operation];
  return sides === undefined ? keepOneSide(file, { merging: false }) : keepSide(file, sides);
}

const SIDES: Partial<Record<GitOperation, Sides>> = {
  merge: MERGE_SIDES,
  rebase: { ours: 'the branch it is rebased onto', theirs: 'the commit being replayed', theirsRef: 'REBASE_HEAD' },
  'cherry-pick': { ours: "this branch's", theirs: 'the commit being picked', theirsRef: 'CHERRY_PICK_HEAD' },
};

/** keepSideByRef, adding that the checkout stages the file too. */
function keepSide(file: string, sides: Sides): string {
  return `${keepSideByRef(file, sides)}, which also stages it`;
}

/** `problems` with each conflict's fix for markers a commit holds (check reads commits, not the work tree). */
export function committedConflicts<P extends Problem>(problems: P[]): P[] {
  return withConflictNextStep(problems, null);
}

/** The fix of a vault file committed with git's conflict markers in it. */
function committedConflictFix(file: string): string {
  return `the markers were committed (no merge is in progress): put back one side's file from the merge that committed them, \`git checkout <merge>^1 -- ${file}\` (or \`<merge>^2\`, the merged branch's), where \`git log -1 --format=%h -- ${file}\` names that merge${afterSideKept(file)}, and commit`;
}
