// Node-only: what git is in the middle of in a worktree, from the files it keeps in the git folder
// while a merge (a squash merge too), rebase, `git am`, cherry-pick or revert waits for a conflict
// to be resolved. Asked only when a vault file's conflict is to be explained
// (lib/vault/conflict-sides.ts), and at an amend for the commits a stopped rebase has still to replay.
import fs from 'node:fs';
import path from 'node:path';
import type { GitOperation } from '../vault/conflict-sides.ts';
import { commitsToReplay } from './rebase-todo.ts';

/** The operation a worktree whose git folder is `gitdir` is stopped in, null for none. */
export function operationInProgress(gitdir: string): GitOperation | null {
  const has = (name: string) => fs.existsSync(path.join(gitdir, name));
  // `git am` keeps its state in rebase-apply/ too, marked by an `applying` file.
  if (has('rebase-apply/applying')) return 'am';
  // A rebase first: its picks leave CHERRY_PICK_HEAD too (and a merge's MERGE_HEAD with -r).
  if (has('rebase-merge') || has('rebase-apply')) return 'rebase';
  if (has('CHERRY_PICK_HEAD')) return 'cherry-pick';
  if (has('REVERT_HEAD')) return 'revert';
  if (has('MERGE_HEAD')) return 'merge';
  // A `git merge --squash` that stopped on a conflict: no MERGE_HEAD, its message waiting in SQUASH_MSG
  // (git removes it with the commit, or with a reset or `merge --abort`).
  if (has('SQUASH_MSG')) return 'squash';
  return null;
}

/**
 * The commits a stopped `git rebase -i` (or `rebase --merge`) has still to replay; none when no
 * such rebase is stopped in the worktree whose git folder is `gitdir`.
 */
export function commitsLeftToReplay(gitdir: string): string[] {
  try {
    return commitsToReplay(fs.readFileSync(path.join(gitdir, 'rebase-merge', 'git-rebase-todo'), 'utf8'));
  } catch {
    return []; // no rebase stopped here (or an apply-backend one, which keeps no todo of commits)
  }
}

/**
 * The commit a stopped revert of a merge takes as its mainline (the parent `git revert -m <n>`
 * named), as an abbreviated or full id, or undefined when git's files do not say. A revert writes
 * no `-m` anywhere for one commit, but its MERGE_MSG says "reversing changes made to <id>" (the
 * mainline); a revert of several commits keeps `mainline = <n>` in sequencer/opts too.
 */
export function revertMainline(gitdir: string): { commit: string } | { parent: number } | undefined {
  const read = (name: string) => {
    try {
      return fs.readFileSync(path.join(gitdir, name), 'utf8');
    } catch {
      return undefined;
    }
  };
  const made = /reversing\s+changes made to ([0-9a-f]{7,64})\b/.exec(read('MERGE_MSG') ?? '');
  if (made) return { commit: made[1]! };
  const mainline = /^\s*mainline\s*=\s*(\d+)\s*$/m.exec(read('sequencer/opts') ?? '');
  return mainline ? { parent: Number(mainline[1]) } : undefined;
}
