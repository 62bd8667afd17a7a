// A commit that changes the config's globs moves ids without moving files: `.claude/agents/**/*.md`
// and `.claude/commands/**/*.md` widened to `.claude/**/*.md` (the fix for two files giving one id)
// turns `code-reviewer` into `agents/code-reviewer` for a file nobody touched. Those files are handed
// to the recorder as changed (same blob on both sides), so that it records each as a move from the id
// it had (`@rename`, lineage and numbering kept), or as a new prompt where the old globs did not take
// it. Pure: the caller lists the index and reads the parent's config.
import type { IndexChange, IndexEntry } from '../git/index.ts';
import { describeSource } from '../prompt/locate.ts';
import type { Config } from '../schema/config.ts';

type Globs = Pick<Config, 'prompts' | 'codex'>;

/** Whether two configs map paths to ids alike (the same globs in the same order). */
export function sameIdMapping(a: Globs, b: Globs): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((glob, i) => glob === y[i]);
  return same(a.prompts, b.prompts) && same(a.codex, b.codex);
}

/**
 * The prompt files of the index the commit does not otherwise change whose id (or whether they are
 * prompts at all) differs between `previous` and `next`, as changes with the same blob on both sides.
 * A file the new globs no longer take needs none: its id keeps its records and has no file, as after
 * a deletion.
 */
export function rerootedPrompts(entries: readonly IndexEntry[], changed: ReadonlySet<string>, previous: Globs, next: Globs): IndexChange[] {
  return entries.flatMap((entry) => {
    if (changed.has(entry.path)) return [];
    const now = describeSource(entry.path, next);
    if (now?.kind !== 'prompt') return [];
    const before = describeSource(entry.path, previous);
    if (before?.kind === 'prompt' && before.id === now.id) return [];
    return [{ status: 'M', path: entry.path, oldOid: entry.oid, newOid: entry.oid, newMode: entry.mode }];
  });
}
