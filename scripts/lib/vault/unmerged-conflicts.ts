// Pure: vault files a merge, rebase, cherry-pick, revert, `git am` or `git stash pop` left
// conflicted in the working tree. check reads HEAD, which does not hold them yet: mid-merge it said
// nothing of a label or an audit git had stopped on, where `label` and `review` (which read the
// disk) name it. It now names each such file with a way of keeping one side that works before and
// after a `git add`, each side named by the ref git gives it in that state (conflict-sides.ts), and
// the step that ends it.
import type { Problem } from '../errors.ts';
import { conflictAt, type ConflictState, type ConflictWhere } from './conflict-sides.ts';
import { conflictFixDuring } from './conflict-next-step.ts';
import { conflictKind, conflictMarkerLine } from './staged-conflicts.ts';

/**
 * One problem per unmerged vault file: `text` its working-tree text (undefined where one side
 * deleted it), `where` what git is stopped in (`none`: nothing, as after a `git stash pop`), with
 * the ref of the other side when known.
 */
export function unmergedVaultProblems(files: readonly { file: string; text: string | undefined }[], where: ConflictWhere): Problem[] {
  const { state } = conflictAt(where);
  const by = leftBy(state);
  return files.map(({ file, text }) => {
    const line = text === undefined ? undefined : conflictMarkerLine(text);
    const { code, what } = conflictKind(file, state);
    return {
      code,
      file,
      ...(line !== undefined ? { line } : {}),
      message: `is left conflicted in the working tree by ${by} (${what}); check reads HEAD, which holds neither side's outcome yet`,
      fix: conflictFixDuring(file, where),
    };
  });
}

/** What left the files conflicted, after "by". */
function leftBy(state: ConflictState): string {
  if (state === 'none') return 'a `git stash pop` or `apply`, with no merge, rebase, cherry-pick, revert or am in progress';
  if (state === 'checkout') return 'a `git checkout -m` (or `git switch -m`), which carried your uncommitted edits onto the branch it switched to and left nothing in progress';
  if (state === 'squash') return 'the `git merge --squash` in progress';
  return `the ${state} in progress`;
}
