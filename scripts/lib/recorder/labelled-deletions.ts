// A prompt deleted while a label still names it: the label would name nothing, and the app that
// serves the label (`promptvault bundle --label`) breaks on the next build. The hook refuses the
// commit, naming the label and the fix. Loaded only for a commit that deletes a prompt.
import type { Problem } from '../errors.ts';
import { parseLabelFile } from '../labels/parse.ts';
import { LABELS_DIR, labelOfPath } from '../labels/schema.ts';
import { shellWord } from '../shell-word.ts';
import { versionLabel } from '../vault/version-label.ts';
import type { TreeView } from './view.ts';

/**
 * One problem per deleted prompt that a label file of the commit being made names. `deleted` are
 * the ids of prompts deleted and not moved; the label files are read from `view` (the index), so
 * a `promptvault label rm` staged with the deletion lets it through. A label file that does not
 * parse is `check`'s to report, not this.
 */
export async function findLabelledDeletions(view: TreeView, deleted: { id: string; path: string }[], present: (id: string) => boolean): Promise<Problem[]> {
  const files = (await view.list([`${LABELS_DIR}/`])).filter((entry) => labelOfPath(entry.path) !== undefined);
  if (files.length === 0) return [];
  const blobs = await view.read(files.map((entry) => entry.oid));
  const labels = files.flatMap((entry) => {
    const parsed = parseLabelFile(new TextDecoder().decode(blobs.get(entry.oid)!), entry.path);
    return parsed.ok ? [{ file: entry.path, label: parsed.value }] : [];
  });
  // A label set before a prompt moved stays keyed by its old id until the next `label set` (check
  // follows the move). Only when some label holds a key no prompt file has is a deleted prompt's
  // lineage read for the ids it was moved from.
  const deletedIds = new Set(deleted.map((file) => file.id));
  const stale = labels.some(({ label }) => Object.keys(label.prompts).some((key) => !deletedIds.has(key) && !present(key)));
  const former = stale ? await formerIds(view, [...deletedIds], present) : new Map<string, string[]>();
  const problems: Problem[] = [];
  for (const { file: labelFile, label } of labels) {
    for (const { id, path: file } of deleted) {
      for (const key of [id, ...(former.get(id) ?? [])]) {
        // Own entries only: a prompt called "constructor" or "toString" is named by no label.
        const named = Object.hasOwn(label.prompts, key) ? label.prompts[key] : undefined;
        if (!named) continue;
        const movedFrom = key === id ? '' : `, set before it moved from ${key} (check follows the move)`;
        problems.push({
          code: 'label-names-deleted',
          file,
          message: `is deleted, but label ${label.label} names prompt ${key === id ? id : `${key} (now ${id})`} (${versionLabel(named.version, named.key)}, ${labelFile}:${(Object.hasOwn(label.lines, key) ? label.lines[key] : undefined) ?? 1}${movedFrom}); the label would name a prompt the repository no longer has`,
          expected: 'a label names only prompts the repository still has',
          fix: `drop it from the label in the same commit: promptvault label rm ${shellWord(label.label)} ${shellWord(key)} (or point the label at the prompt that replaces it with promptvault label set), then commit again; to keep the prompt: git restore --staged --worktree ${shellWord(file)}`,
        });
      }
    }
  }
  return problems;
}

/**
 * Per deleted prompt, the ids it was moved from (its `rename` mutations' parents, and theirs), read
 * from its records. An old id a prompt file holds again is another prompt, not this one's.
 */
async function formerIds(view: TreeView, ids: string[], present: (id: string) => boolean): Promise<Map<string, string[]>> {
  const { readLineages } = await import('../vault/read-lineage.ts');
  const former = new Map<string, string[]>(ids.map((id) => [id, []]));
  // Which deleted prompt each id read belongs to.
  const owner = new Map<string, string>(ids.map((id) => [id, id]));
  let frontier = ids;
  while (frontier.length > 0) {
    const { lineages } = await readLineages(view, frontier);
    const next: string[] = [];
    for (const [id, lineage] of lineages) {
      for (const mutation of lineage.mutations) {
        if (mutation.kind !== 'rename') continue;
        for (const parent of mutation.parents) {
          if (parent.prompt === id || owner.has(parent.prompt) || present(parent.prompt)) continue;
          owner.set(parent.prompt, owner.get(id)!);
          former.get(owner.get(id)!)!.push(parent.prompt);
          next.push(parent.prompt);
        }
      }
    }
    frontier = next;
  }
  return former;
}
