// Pure: vault files a merge, rebase, cherry-pick or revert left conflicted in the working tree.
// check reads HEAD, which does not hold them yet: mid-merge it said nothing of a label or an audit
// git had stopped on, where `label` and `review` (which read the disk) name it. It now names each
// such file with a way of keeping one side that works before and after a `git add`, each side named
// by the ref git gives it in that operation (mid-rebase HEAD is the branch rebased onto, not this
// branch's), and the step that ends what git is in the middle of (conflict-next-step.ts).
import type { Problem } from '../errors.ts';
import { conflictNextStep, keepOneSideDuring, type GitOperation } from './conflict-next-step.ts';
import { afterSideKept, conflictKind, conflictMarkerLine, keepOneSide } from './staged-conflicts.ts';

/**
 * One problem per unmerged vault file: `text` its working-tree text (undefined where one side
 * deleted it), `operation` what git is stopped in.
 */
export function unmergedVaultProblems(files: readonly { file: string; text: string | undefined }[], operation: GitOperation | null): Problem[] {
  const during = operation === null ? 'git' : `the ${operation} in progress`;
  return files.map(({ file, text }) => {
    const line = text === undefined ? undefined : conflictMarkerLine(text);
    const { code, what } = conflictKind(file);
    return {
      code,
      file,
      ...(line !== undefined ? { line } : {}),
      message: `is left conflicted in the working tree by ${during} (${what}); check reads HEAD, which holds neither side's outcome yet`,
      // With no operation (a `git stash pop` that conflicted) there is nothing to continue.
      fix: `${operation === null ? keepOneSide(file, { merging: false }) : keepOneSideDuring(file, operation)}${afterSideKept(file)}${operation === null ? '' : `, ${conflictNextStep(operation)}`}`,
    };
  });
}
