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
export async function findLabelledDeletions(view: TreeView, deleted: { id: string; path: string }[]): Promise<Problem[]> {
  const files = (await view.list([`${LABELS_DIR}/`])).filter((entry) => labelOfPath(entry.path) !== undefined);
  if (files.length === 0) return [];
  const blobs = await view.read(files.map((entry) => entry.oid));
  const problems: Problem[] = [];
  for (const entry of files) {
    const parsed = parseLabelFile(new TextDecoder().decode(blobs.get(entry.oid)!), entry.path);
    if (!parsed.ok) continue;
    const label = parsed.value;
    for (const { id, path: file } of deleted) {
      // Own entries only: a prompt called "constructor" or "toString" is named by no label.
      const named = Object.hasOwn(label.prompts, id) ? label.prompts[id] : undefined;
      if (!named) continue;
      problems.push({
        code: 'label-names-deleted',
        file,
        message: `is deleted, but label ${label.label} names prompt ${id} (${versionLabel(named.version, named.key)}, ${entry.path}:${(Object.hasOwn(label.lines, id) ? label.lines[id] : undefined) ?? 1}); the label would name a prompt the repository no longer has`,
        expected: 'a label names only prompts the repository still has',
        fix: `drop it from the label in the same commit: promptvault label rm ${shellWord(label.label)} ${shellWord(id)} (or point the label at the prompt that replaces it with promptvault label set), then commit again; to keep the prompt: git restore --staged --worktree ${shellWord(file)}`,
      });
    }
  }
  return problems;
}
