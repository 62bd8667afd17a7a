// A prompt the commit being made changes, whose text in the commit's parent is not the text of its
// latest version: a commit made without the hook (`git commit --no-verify`, hooks off) changed it
// since. Recorded as it was, this commit's version would hold that commit's change and its own
// under one version, the skipped one never named (mend37's row 4b). The hook looks before
// recording: the parent's text of each changed prompt, its blob read with the prompt's record
// folders (TreeView.readAlong: no git process of its own), hashed and looked up among its
// versions' content hashes. Prompts the commit leaves alone cost nothing.
import type { IndexChange } from '../git/index.ts';
import { findHeads } from '../lineage/heads.ts';
import { classifyPath, idFromPath } from '../prompt/locate.ts';
import { contentHash } from '../prompt/parse.ts';
import type { Config } from '../schema/config.ts';
import type { Lineage } from '../vault/read-lineage.ts';
import { versionLabel } from '../vault/version-label.ts';
import type { TreeView } from './view.ts';

/** A changed prompt's file as the parent holds it. */
export interface PromptAtBase {
  /** Its id in the parent (the id it was moved from, for a move). */
  id: string;
  /** Its path in the parent. */
  path: string;
  /** Its blob in the parent. */
  oid: string;
}

/** A prompt whose text in the parent no latest version holds. */
export interface UnrecordedBase extends PromptAtBase {
  /** The latest version recorded, as `v2·1a2b3c`. */
  recorded: string;
}

/**
 * The prompts `changes` edit or move, as the parent holds them (pure). `renamedFrom`: new path ->
 * the id it had (the change set's). Added files have no parent text; a deletion records nothing.
 */
export function promptsAtBase(changes: readonly IndexChange[], config: Config, renamedFrom: ReadonlyMap<string, string>): PromptAtBase[] {
  return changes.flatMap((change): PromptAtBase[] => {
    if (!change.oldOid || classifyPath(change.path, config) !== 'prompt') return [];
    if (change.status === 'M') return [{ id: idFromPath(change.path, 'prompt', config), path: change.path, oid: change.oldOid }];
    const from = change.status === 'R' ? renamedFrom.get(change.path) : undefined;
    return from !== undefined && change.fromPath !== undefined ? [{ id: from, path: change.fromPath, oid: change.oldOid }] : [];
  });
}

/**
 * Of `atBase`, those whose parent text no version of theirs holds: the drift `record --all` looks
 * for (unhooked-series.ts), so the two agree on what a commit made without the hook left. Records
 * staged in this commit count (the skipped versions an aborted attempt at it recorded, a retry
 * finds there). A prompt with no version yet is left to the recorder. Not caught: a text an
 * earlier version had (`git revert` without the hook), as `record --all` does not split it either.
 */
export async function unrecordedBaseTexts(view: TreeView, atBase: readonly PromptAtBase[], lineages: ReadonlyMap<string, Lineage>): Promise<UnrecordedBase[]> {
  const recorded = atBase.filter((file) => (lineages.get(file.id)?.mutations.length ?? 0) > 0);
  if (recorded.length === 0) return [];
  const blobs = await view.read([...new Set(recorded.map((file) => file.oid))]);
  return recorded.flatMap((file) => {
    const blob = blobs.get(file.oid);
    const mutations = lineages.get(file.id)!.mutations;
    if (!blob) return [];
    const hash = contentHash(blob);
    if (mutations.some((mutation) => mutation.content_hash === hash)) return [];
    const latest = findHeads(mutations)[0]!;
    return [{ ...file, recorded: versionLabel(latest.version, latest.file) }];
  });
}
