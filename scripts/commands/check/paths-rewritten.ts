// Prompts whose recorded path no commit of the branch ever held. A prompt deleted through the hook
// keeps its records, and its path stays in history (the commits before the deletion); a history
// rewritten without any hook (`git filter-repo --path-rename prompts/:ai/prompts/`, filter-branch)
// moves the files in every commit at once, so no commit ever deleted them and the globs no longer
// take them: check counted fewer prompts and said "ok" (session 28, J). Asked only about prompts
// whose records have no file at HEAD (one `git log` of the additions), never in a shallow clone,
// whose history holds no deleted prompt's path either.
import path from 'node:path';
import type { Problem } from '../../lib/errors.ts';
import { contentHash } from '../../lib/prompt/parse.ts';
import type { Checkpoint } from '../../lib/schema/records.ts';
import { listTree, pathsEverHeld, readBlobs, readShallowCommits, type Repo } from '../../lib/git/index.ts';
import type { Snapshot } from '../../lib/vault/read-all.ts';

/**
 * Pure: the latest checkpoint of each recorded prompt that no file at HEAD gives (deleted, or
 * moved out of the globs), leaving out those recorded in a top folder where a prompt HEAD gives
 * was last recorded too: once the globs follow a rewritten folder, its live prompts' latest
 * records still name the old paths, and the prompts deleted before the rewrite (whose paths it
 * rewrote as well) are no news then.
 */
export function promptsWithoutFile(snapshot: Pick<Snapshot, 'prompts' | 'checkpoints'>): Checkpoint[] {
  const live = new Set(snapshot.prompts.map((prompt) => prompt.id));
  const latest = new Map<string, Checkpoint>();
  for (const checkpoint of snapshot.checkpoints) {
    const known = latest.get(checkpoint.prompt);
    if (!known || checkpoint.version > known.version) latest.set(checkpoint.prompt, checkpoint);
  }
  const followed = new Set([...latest.values()].filter((c) => live.has(c.prompt)).map((c) => topFolder(c.path)));
  return [...latest.values()].filter((c) => !live.has(c.prompt) && !followed.has(topFolder(c.path)));
}

/** Pure: a path's first folder (`prompts` of prompts/support/refund.md), the path itself at the root. */
function topFolder(file: string): string {
  const slash = file.indexOf('/');
  return slash === -1 ? file : file.slice(0, slash);
}

/**
 * Pure: one warning per recorded folder whose prompts' paths no commit of the branch holds
 * (`everHeld` lacks them), naming where HEAD holds each one's text when a file ending in its
 * recorded path does (`foundAt`), and a glob that takes them there.
 */
export function rewrittenPathWarnings(gone: readonly Checkpoint[], everHeld: ReadonlySet<string>, foundAt: ReadonlyMap<string, string>): Problem[] {
  const lost = gone.filter((checkpoint) => !everHeld.has(checkpoint.path));
  const byFolder = Map.groupBy(lost, (checkpoint) => path.posix.dirname(checkpoint.path));
  return [...byFolder].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([folder, checkpoints]) => {
    const ids = checkpoints.map((c) => c.prompt).sort();
    const shown = ids.length > 5 ? `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more` : ids.join(', ');
    const found = checkpoints.flatMap((c) => (foundAt.has(c.prompt) ? [foundAt.get(c.prompt)!] : [])).sort();
    const where = found.length > 0 ? `; this commit holds their last recorded text at ${found.length > 3 ? `${found.slice(0, 3).join(', ')} and ${found.length - 3} more` : found.join(', ')}` : '';
    const prefix = found.length > 0 ? commonFolder(found, folder) : undefined;
    const fix = prefix
      ? `add a glob that takes them where they are (prompts: ['${prefix}/**/*${path.posix.extname(found[0]!)}'] in .promptvault.yaml) and commit: each id goes on from its last version; or, if they were meant to go, nothing to do`
      : 'add a glob in .promptvault.yaml that takes them where they are now and commit (each id goes on from its last version); or, if they were meant to go, nothing to do';
    return {
      code: 'recorded-path-rewritten',
      file: `${folder}/`,
      message: `${ids.length} recorded prompt(s) (${shown}) were last recorded in ${folder}/, which no commit of this branch holds: the history was rewritten without the hook (git filter-repo --path-rename, git filter-branch), so no commit deleted them and no glob takes them now${where}`,
      fix,
      ...(found.length > 0 ? { related: found } : {}),
    };
  });
}

/** Pure: the folder the found files have in place of the recorded `folder` (ai/prompts/support for prompts/support). */
function commonFolder(found: readonly string[], folder: string): string | undefined {
  const first = path.posix.dirname(found[0]!);
  const root = first.endsWith(`/${folder}`) ? first.slice(0, -folder.length - 1) : undefined;
  const top = folder.split('/')[0]!;
  return root === undefined ? first : `${root}/${top}`;
}

/** The warnings of rewrittenPathWarnings for `ref`: one `git log` of additions, one `ls-tree`, and the blobs of files that end in such a path. */
export async function findRewrittenPaths(repo: Repo, ref: string, snapshot: Pick<Snapshot, 'prompts' | 'checkpoints'>): Promise<Problem[]> {
  const gone = promptsWithoutFile(snapshot);
  if (gone.length === 0 || readShallowCommits(repo).size > 0) return [];
  // Every path a commit of the branch held was added by one: on a side branch whose merge took
  // nothing of it, or by a merge commit itself (pathsEverHeld; before, either read as rewritten).
  const held = await pathsEverHeld(repo, { ref, paths: gone.map((checkpoint) => checkpoint.path) });
  const lost = gone.filter((checkpoint) => !held.has(checkpoint.path));
  if (lost.length === 0) return [];
  // Where the text went: a file at HEAD whose path ends in the recorded one (a folder renamed or
  // put under another), holding the last recorded text.
  const entries = await listTree(repo, { ref, pathspecs: [] });
  const candidates = lost.flatMap((checkpoint) => entries.filter((entry) => entry.path.endsWith(`/${checkpoint.path}`)).map((entry) => ({ checkpoint, entry })));
  const blobs = await readBlobs(repo, candidates.map(({ entry }) => entry.oid));
  const foundAt = new Map<string, string>();
  for (const { checkpoint, entry } of candidates) {
    const bytes = blobs.get(entry.oid);
    if (bytes && contentHash(bytes) === checkpoint.content_hash) foundAt.set(checkpoint.prompt, entry.path);
  }
  return rewrittenPathWarnings(gone, held, foundAt);
}
