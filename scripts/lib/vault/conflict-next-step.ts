// Pure: a vault file's conflict fix in the words of what git is in the middle of. The record and
// label readers are pure and say "`git commit` to end the merge", right for a merge; a conflict a
// rebase, a cherry-pick, a revert or `git am` stopped on is ended by its own `--continue` (a `git
// commit` mid-rebase leaves the rebase stopped, the next pick still to come), and each names its
// sides by other refs (conflict-sides.ts). The CLI knows which is in progress (git/operation-fs.ts)
// and puts the words in.
import type { Problem } from '../errors.ts';
import { conflictAt, conflictNextStep, END_MERGE, keepSideByRef, type ConflictWhere } from './conflict-sides.ts';
import { afterSideKept } from './staged-conflicts.ts';

const CONFLICT_CODES = new Set(['record-conflict', 'label-conflict']);

/** Whether any problem is a vault file's conflict (then the operation in progress is worth a look). */
export function hasConflictProblem(problems: readonly Problem[]): boolean {
  return problems.some((problem) => CONFLICT_CODES.has(problem.code));
}

/** The files of the problems that are vault files' conflicts. */
export function conflictFiles(problems: readonly Problem[]): string[] {
  return problems.flatMap((problem) => (CONFLICT_CODES.has(problem.code) ? [problem.file] : []));
}

/**
 * `problems` with each conflict's fix naming the two sides by ref and ending in the step of
 * `state`; with null the markers were committed (a merge made with the hooks off, or before the
 * hook refused them), and `--ours` / `--theirs` have no sides left to restore: the fix takes a
 * side from the merge's parents.
 */
export function withConflictNextStep<P extends Problem>(problems: P[], state: ConflictWhere | null): P[] {
  return problems.map((problem) => {
    if (!CONFLICT_CODES.has(problem.code) || !problem.fix?.endsWith(END_MERGE)) return problem;
    if (state === null) return { ...problem, fix: committedConflictFix(problem.file) };
    return { ...problem, fix: conflictFixDuring(problem.file, state) };
  });
}

/**
 * The whole fix of a vault file git is stopped on in `state`: keepSideByRef (the checkout stages
 * the file too), what else the file needs, and the step that ends `state`. One text for the CLI's
 * and check's report of a file left conflicted (unmerged-conflicts.ts).
 */
export function conflictFixDuring(file: string, where: ConflictWhere): string {
  return `${keepSideByRef(file, where)}, which also stages it${afterSideKept(file)}, ${conflictNextStep(conflictAt(where).state)}`;
}

/** `problems` with each conflict's fix for markers a commit holds (check reads commits, not the work tree). */
export function committedConflicts<P extends Problem>(problems: P[]): P[] {
  return withConflictNextStep(problems, null);
}

/** The fix of a vault file committed with git's conflict markers in it. */
function committedConflictFix(file: string): string {
  return `the markers were committed (no merge is in progress): put back one side's file from the merge that committed them, \`git checkout <merge>^1 -- ${file}\` (or \`<merge>^2\`, the merged branch's), where \`git log -1 --format=%h -- ${file}\` names that merge${afterSideKept(file)}, and commit`;
}
