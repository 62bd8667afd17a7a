// A commit from before promptvault was adopted here (a branch cut before the adoption commit): no
// `.promptvault.yaml` and no record in vault/. Checking it against the default globs would either
// report "0 prompts: ok", which reads as a green check of prompts, or fail every prompt as
// unrecorded on a branch that never had the hook. Neither is true: nothing is checked, and it says so.
import type { Problem } from '../../lib/errors.ts';
import { CONFIG_FILE } from '../../lib/schema/config-defaults.ts';
import type { Snapshot } from '../../lib/vault/read-all.ts';

/** Pure: the notice for a commit promptvault is not set up in, or undefined when it is (a config, or any record: a vault kept on the defaults). */
export function notSetUpNotice(options: { configPresent: boolean; snapshot: Snapshot; labelFiles: number }): Problem | undefined {
  const { configPresent, snapshot, labelFiles } = options;
  if (configPresent) return undefined;
  if (snapshot.checkpoints.length + snapshot.mutations.length + snapshot.audits.length + labelFiles > 0) return undefined;
  return {
    code: 'config-missing', file: CONFIG_FILE,
    message: `this commit has no ${CONFIG_FILE} and no records in vault/: promptvault is not set up here (a branch cut before the commit that adopted it), so nothing was checked`,
    fix: `merge or rebase the branch onto the commit that added ${CONFIG_FILE} (git merge origin/main, or git rebase origin/main), or run \`promptvault init\` to set promptvault up here`,
  };
}
