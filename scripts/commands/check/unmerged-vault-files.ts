// Node-only: the vault files git has stopped on in this worktree, for check, which reads HEAD.
// Asked only while git is in the middle of something (its files in the git folder say so), so a
// check outside a merge, rebase or cherry-pick runs no git for it.
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../../lib/errors.ts';
import { listUnmerged, type Repo } from '../../lib/git/index.ts';
import { operationInProgress } from '../../lib/git/operation-fs.ts';
import { unmergedVaultProblems } from '../../lib/vault/unmerged-conflicts.ts';

/** Problems for the vault files left conflicted in the working tree; none when git is stopped on nothing. */
export async function unmergedVaultFiles(repo: Repo): Promise<Problem[]> {
  const operation = operationInProgress(repo.gitdir);
  if (operation === null) return [];
  const files = await listUnmerged(repo, { pathspecs: ['vault'] });
  return unmergedVaultProblems(files.map((file) => ({ file, text: readText(path.join(repo.dir, file)) })), operation);
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    // Deleted on one side: git leaves no file, and there are no markers to point at.
    return undefined;
  }
}
