// A cherry-pick that conflicted is committed by `git cherry-pick --continue`, which runs the
// pre-commit hook while CHERRY_PICK_HEAD is there. The index then holds the picked commit's own
// records, made on another branch for another commit. The model (README "Workflows", the same as
// `promptvault repair` applies, lib/repair/plan.ts): such a copy stays only when this commit holds
// its very text and the versions it descends from are on this branch under its number; otherwise
// it describes a text no commit here has and goes, in this same commit, and the resolved text is
// recorded as a version of this branch's head. Pure.
import { refKey } from '../lineage/heads.ts';
import type { StoredMutation } from '../vault/read-lineage.ts';

/** Files of mutation records a cherry-pick copied that do not belong on this branch. */
export function pickedCopiesToDrop(mutations: StoredMutation[], options: {
  /** Record files in the index that the first parent does not have. */
  addedRecords: ReadonlySet<string>;
  /** Parents of the commit being made. */
  commitParents: readonly string[];
  /** Content hash of the prompt's text in the commit being made (undefined: no file). */
  committedText: string | undefined;
}): Set<string> {
  const copied = (m: StoredMutation) => options.addedRecords.has(m.file) && m.commit_parents.join(',') !== options.commitParents.join(',');
  const own = mutations.filter((m) => !copied(m));
  const drop = new Set<string>();
  for (const m of mutations) {
    if (!copied(m)) continue;
    const clash = own.some((o) => o.version === m.version && o.content_hash !== m.content_hash);
    if (m.content_hash !== options.committedText || clash) drop.add(m.file);
  }
  // A copy whose parents are not kept goes too (repeated: a chain of copies goes from its root).
  for (let changed = true; changed;) {
    changed = false;
    const kept = new Set(mutations.filter((m) => !drop.has(m.file)).map((m) => refKey(m)));
    for (const m of mutations) {
      if (copied(m) && !drop.has(m.file) && m.parents.some((p) => !kept.has(refKey(p)))) {
        drop.add(m.file);
        changed = true;
      }
    }
  }
  return drop;
}
