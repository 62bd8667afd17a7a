// Pure: the own tags of a version repair dropped (PROMPTVAULT_TAGS, `promptvault tag`) follow the
// version that replaced it, as its labels do (relabel-dropped.ts). A fixup or squash folded by
// `git rebase -i --autosquash`, or a rebase onto a branch that changed the same prompt, leaves the
// branch's records describing texts no commit holds; repair drops them and records the rebased
// commits with `record --all`, which has no replaced version to read tags from: `@tested` was lost.
import { ownTags } from '../lineage/tags.ts';
import type { Mutation } from '../schema/records.ts';
import type { Stored } from './plan.ts';
import { replacementOf } from './relabel-dropped.ts';

type Tagged = Pick<Stored<Mutation>, 'file' | 'prompt' | 'version' | 'content_hash' | 'commit_parents' | 'symbolic_tags'>;

/**
 * For each of `versions` (the ones repair just recorded) that replaced dropped records with own
 * tags: its file and its tags with theirs added after its own, each once, older dropped versions'
 * first. `rebasedParents` and `heldTexts` pair a dropped record with its replacement as for labels.
 */
export function ownTagsFollowing<V extends Tagged>(dropped: readonly Tagged[], versions: readonly V[], rebasedParents: ReadonlyMap<string, readonly string[]>, heldTexts: ReadonlyMap<string, string> = new Map()): { version: V; tags: string[] }[] {
  const carried = new Map<V, string[]>();
  for (const gone of [...dropped].sort((a, b) => a.version - b.version)) {
    const own = ownTags(gone.symbolic_tags);
    if (own.length === 0) continue;
    const next = replacementOf(gone, versions, rebasedParents.get(gone.file), heldTexts.get(gone.file));
    if (next) carried.set(next, [...(carried.get(next) ?? []), ...own]);
  }
  return [...carried].flatMap(([version, own]) => {
    const tags = [...new Set([...version.symbolic_tags, ...own])];
    return tags.length === version.symbolic_tags.length ? [] : [{ version, tags }];
  });
}
