// `git cherry-pick A B` (or `git revert A B`) stopped on a conflict in A, resolved, then `git
// cherry-pick --continue`: git reads the index, runs `git commit` (and so this hook) for A, then
// compares the index it read before with HEAD to go on to B. Records staged by the hook are in A
// but not in that stale index, so git stopped with "your local changes would be overwritten by
// cherry-pick" and "fatal: cherry-pick failed" (a second `--continue` went on). While picks follow,
// the hook stages nothing: the post-commit hook of the last pick repairs them all in a commit of its
// own, as it does for picks made without a conflict (which run no pre-commit hook).
import fs from 'node:fs';
import path from 'node:path';

/** Whether this commit is a stopped cherry-pick's or revert's with more picks after it in git's sequencer. */
export function picksToFollow(gitdir: string): 'cherry-pick' | 'revert' | undefined {
  const operation = fs.existsSync(path.join(gitdir, 'CHERRY_PICK_HEAD')) ? 'cherry-pick' : fs.existsSync(path.join(gitdir, 'REVERT_HEAD')) ? 'revert' : undefined;
  // The stopped pick is still the todo's first line: more than one line means more picks follow.
  return operation && (picksInSequence(gitdir) ?? 0) > 1 ? operation : undefined;
}

/**
 * The picks git's sequencer has still to make, the one it is at included (the lines of
 * sequencer/todo), or undefined when no cherry-pick or revert of several commits is under way.
 * The post-commit repair reads it too: it repairs after the last pick only.
 */
export function picksInSequence(gitdir: string): number | undefined {
  let todo: string;
  try {
    todo = fs.readFileSync(path.join(gitdir, 'sequencer', 'todo'), 'utf8');
  } catch {
    return undefined;
  }
  return todo.split('\n').filter((line) => line.trim() && !line.startsWith('#')).length;
}

/** What the hook says when it leaves such a commit's records to the last pick's repair. */
export function picksToFollowLine(operation: 'cherry-pick' | 'revert'): string {
  return `promptvault: more commits of this \`git ${operation}\` follow: this one's records are written by the repair after the last of them (staged now, they would stop git with "your local changes would be overwritten")`;
}
