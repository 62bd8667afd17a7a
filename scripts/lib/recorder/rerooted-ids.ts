// A commit that changes the config's globs moves ids without moving files: `.claude/agents/**/*.md`
// and `.claude/commands/**/*.md` widened to `.claude/**/*.md` (the fix for two files giving one id)
// turns `code-reviewer` into `agents/code-reviewer` for a file nobody touched; `codex/refunds/**/*.md`
// and `codex/privacy/**/*.md` widened to `codex/**/*.md` turns the clause `limit` into
// `refunds/limit`. Those files are handed to the recorder as changed (same blob on both sides), so
// that it records each prompt as a move from the id it had (`@rename`, lineage and numbering kept)
// and audits each clause as a move (`renamed_from`, its audits' chain going on), or as new where the
// old globs did not take it. Pure: the caller lists the index and reads the parent's config.
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
 * The prompt and clause files of the index the commit does not otherwise change whose id (or
 * whether they are prompts or clauses at all) differs between `previous` and `next`, as changes
 * with the same blob on both sides. A prompt the new globs no longer take needs none: its id keeps
 * its records and has no file, as after a deletion. A clause they no longer take is a deletion
 * (`D`): a rule that leaves the codex is audited, as when its file is deleted. `entries` holds the
 * files either config takes.
 */
export function rerootedSources(entries: readonly IndexEntry[], changed: ReadonlySet<string>, previous: Globs, next: Globs): (IndexChange & { fromId?: string })[] {
  return entries.flatMap((entry): (IndexChange & { fromId?: string })[] => {
    if (changed.has(entry.path)) return [];
    const now = describeSource(entry.path, next);
    const before = describeSource(entry.path, previous);
    const same = { path: entry.path, oldOid: entry.oid, newOid: entry.oid, newMode: entry.mode };
    // A clause that stays one names the id it had (a merge's audits read it from here: collect.ts).
    const fromId = now?.kind === 'clause' && before?.kind === 'clause' && before.id !== now.id ? { fromId: before.id } : {};
    const moved = now && (before?.kind !== now.kind || before.id !== now.id) ? [{ status: 'M' as const, ...same, ...fromId }] : [];
    const leftCodex = before?.kind === 'clause' && now?.kind !== 'clause' ? [{ status: 'D' as const, ...same, newOid: null }] : [];
    return [...moved, ...leftCodex];
  });
}
