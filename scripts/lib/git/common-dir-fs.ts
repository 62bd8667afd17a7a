// Node-only: the git dir shared by all worktrees of a repository.
import fs from 'node:fs';
import path from 'node:path';

/**
 * The common git dir of `gitdir`: a linked worktree names it in its `commondir` file (objects and
 * our caches live there, shared by every worktree); any other git dir is its own.
 */
export function gitCommonDir(gitdir: string): string {
  try {
    return path.resolve(gitdir, fs.readFileSync(path.join(gitdir, 'commondir'), 'utf8').trim());
  } catch {
    return gitdir; // not a linked worktree
  }
}
