// Node-only: the vault files git has stopped on in this worktree, for check, which reads HEAD.
// Asked on every check that reads HEAD: a `git stash pop` that conflicts leaves unmerged files with
// nothing in the git folder to say so (one `git ls-files -u` of vault/, a few milliseconds).
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../../lib/errors.ts';
import { listUnmerged, type Repo } from '../../lib/git/index.ts';
import { operationInProgress } from '../../lib/git/operation-fs.ts';
import { unmergedVaultProblems } from '../../lib/vault/unmerged-conflicts.ts';

/** Problems for the vault files left conflicted in the working tree. */
export async function unmergedVaultFiles(repo: Repo): Promise<Problem[]> {
  const files = await listUnmerged(repo, { pathspecs: ['vault'] });
  if (files.length === 0) return [];
  return unmergedVaultProblems(files.map((file) => ({ file, text: readText(path.join(repo.dir, file)) })), operationInProgress(repo.gitdir) ?? 'none');
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    // Deleted on one side: git leaves no file, and there are no markers to point at.
    return undefined;
  }
}
