// Node-only: the vault files git has stopped on in this worktree, for check, which reads HEAD.
// Asked on every check that reads HEAD: a `git stash pop` that conflicts leaves unmerged files with
// nothing in the git folder to say so (one `git ls-files -u` of vault/, a few milliseconds).
import type { Problem } from '../../lib/errors.ts';
import { listUnmerged, type Repo } from '../../lib/git/index.ts';
import { operationInProgress } from '../../lib/git/operation-fs.ts';
import { readConflictAt, readWorktreeTexts } from '../../lib/vault/conflict-at-git.ts';
import { unmergedVaultProblems } from '../../lib/vault/unmerged-conflicts.ts';

/** Problems for the vault files left conflicted in the working tree. */
export async function unmergedVaultFiles(repo: Repo): Promise<Problem[]> {
  const files = await listUnmerged(repo, { pathspecs: ['vault'] });
  if (files.length === 0) return [];
  const texts = readWorktreeTexts(repo, files);
  return unmergedVaultProblems(texts, await readConflictAt(repo, texts, operationInProgress(repo.gitdir)));
}
