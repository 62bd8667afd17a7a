// A commit from before promptvault was adopted here (a branch cut before the adoption commit): no
// `.promptvault.yaml` and no record in vault/. Checking it against the default globs would either
// report "0 prompts: ok", which reads as a green check of prompts, or fail every prompt as
// unrecorded on a branch that never had the hook. Neither is true: nothing is checked, and it says so.
import type { Problem } from '../../lib/errors.ts';
import { CONFIG_FILE } from '../../lib/schema/config-defaults.ts';

/**
 * Pure: the notice for a commit promptvault is not set up in, or undefined when it is: a config, or
 * anything under vault/ (a vault kept on the defaults, init's vault/README.md, a record too broken
 * to read, which is check's to report).
 */
export function notSetUpNotice(options: { configPresent: boolean; vaultFiles: number }): Problem | undefined {
  if (options.configPresent || options.vaultFiles > 0) return undefined;
  return {
    code: 'config-missing', file: CONFIG_FILE,
    message: `this commit has no ${CONFIG_FILE} and nothing in vault/: promptvault is not set up here (a branch cut before the commit that adopted it), so nothing was checked`,
    fix: `merge or rebase the branch onto the commit that added ${CONFIG_FILE} (git merge origin/main, or git rebase origin/main), or run \`promptvault init\` to set promptvault up here`,
  };
}
