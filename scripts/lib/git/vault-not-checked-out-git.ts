// Node-only: whether a sparse checkout leaves vault/'s files out of the working tree. The root
// README lets vault/ stay out of the cone (the hook and backfill stage records there all the
// same, marked skip-worktree), but the commands that read the vault from disk (`label`, `export`)
// then see none of those records: `label set` said a prompt it lists had no recorded version,
// and would have written a label file without the entries committed in it.
import { UserError } from '../errors.ts';
import { runGit } from './native-git.ts';
import type { Repo } from './index.ts';

/** Refuses, with the fix, when a sparse checkout keeps some of vault/'s files off the disk. */
export async function requireVaultCheckedOut(repo: Repo, command: string): Promise<void> {
  const sparse = await runGit(['config', '--bool', 'core.sparseCheckout'], { ...repo, okCodes: [1] });
  if (sparse.stdout.toString('utf8').trim() !== 'true') return;
  // `ls-files -t` marks an entry git keeps off the disk (skip-worktree) with "S".
  let left = 0;
  let tail = '';
  await runGit(['ls-files', '-t', '-z', '--', 'vault/'], {
    ...repo,
    onStdout: (chunk) => {
      const parts = (tail + chunk.toString('utf8')).split('\0');
      tail = parts.pop()!;
      left += parts.filter((entry) => entry.startsWith('S ')).length;
    },
  });
  if (tail.startsWith('S ')) left += 1;
  if (left === 0) return;
  throw new UserError('vault-not-checked-out', `${command}: this sparse checkout leaves ${left} file(s) of vault/ out of the working tree, and ${command} reads the vault from there: it would see none of their records. Add vault/ to the cone (\`git sparse-checkout add vault\`) and run it again`);
}
