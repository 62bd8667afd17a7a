// `record --all` after a move the hook never saw (a rename in GitHub's web editor, a `git mv`
// committed with --no-verify, a bot's): the moved file lists as a prompt with no records, its old
// id as one with records and no file. git's rename detection, asked of the commit that added the
// file, pairs them, so the resync records a rename (`@rename`, lineage kept) as the hook would
// have, not a new version 1. Two git calls a hop (a `git log --diff-filter=A` of the unrecorded
// paths, one `git diff-tree --stdin -M` of the commits that added them): a rename walk over the
// whole history (`git log -M`) took 9.3 s at 5,000 commits and 6,759 prompts, and gives the same
// moves (scripts/bench/HISTORY.md, session 15).
import { parse as parseYaml } from 'yaml';
import { commitsRenames, listIndex, newestCommitsAdding, readBlobs, type IndexChange, type IndexEntry, type Repo } from '../../lib/git/index.ts';
import { classifyPath, idFromPath, sourcePathspecs } from '../../lib/prompt/locate.ts';
import type { Config } from '../../lib/schema/config.ts';
import { CHECKPOINTS_DIR } from '../../lib/vault/dirs.ts';
import { parseRecordPath } from '../../lib/vault/paths.ts';
import type { SourceChange } from '../../lib/recorder/collect.ts';

/** Moves followed back through at most this many renames (a prompt moved twice without the hook). */
const MAX_HOPS = 16;

/**
 * The resync's list of every prompt and clause in the index, with each prompt moved without the
 * hook turned into a rename from the path its records last had. History is read only when a
 * prompt without records and an id with records but no file are both there.
 */
export async function withUnhookedMoves(repo: Repo, config: Pick<Config, 'prompts' | 'codex'>, head: string | null, changes: IndexChange[]): Promise<SourceChange[]> {
  if (head === null) return changes;
  const checkpoints = await listIndex(repo, { pathspecs: [`${CHECKPOINTS_DIR}/`] });
  const recorded = new Set(checkpoints.flatMap((entry) => parseRecordPath(entry.path)?.id ?? []));
  const current = new Map(changes.filter((change) => classifyPath(change.path, config) === 'prompt').map((change) => [idFromPath(change.path, 'prompt', config), change]));
  let fresh = [...current].filter(([id]) => !recorded.has(id));
  const vanished = new Set([...recorded].filter((id) => !current.has(id)));
  if (fresh.length === 0 || vanished.size === 0) return changes;
  const moved = new Map<string, SourceChange>();
  // A file still at the path an id's last version was recorded at, under another id: the globs
  // changed (committed without the hook). It moved from that id without moving on disk.
  for (const [path, id] of await lastRecordedPaths(repo, checkpoints, vanished)) {
    const change = fresh.find(([, candidate]) => candidate.path === path)?.[1];
    if (!change) continue;
    moved.set(change.path, { ...change, status: 'R', fromPath: change.path, fromId: id, oldOid: change.newOid });
    vanished.delete(id);
  }
  fresh = fresh.filter(([, change]) => !moved.has(change.path));
  // Each fresh file followed back from the commit that added it: renamed there from a path whose id
  // has records and no file, it is that prompt moved; from another path, that path is followed.
  let frontier = new Map(fresh.map(([, change]) => [change.path, change]));
  for (let hop = 0; frontier.size > 0 && vanished.size > 0 && hop < MAX_HOPS; hop++) {
    const next = new Map<string, IndexChange>();
    const adding = Map.groupBy(await newestCommitsAdding(repo, { ref: head, paths: [...frontier.keys()] }), ([, commit]) => commit);
    const renames = await commitsRenames(repo, { commits: [...adding.keys()], pathspecs: sourcePathspecs(config) });
    for (const commit of adding.keys()) {
      for (const rename of renames.get(commit) ?? []) {
        const change = frontier.get(rename.path);
        if (!change || classifyPath(rename.fromPath!, config) !== 'prompt') continue;
        const from = idFromPath(rename.fromPath!, 'prompt', config);
        if (vanished.delete(from)) moved.set(change.path, { ...change, status: 'R', fromPath: rename.fromPath!, oldOid: rename.oldOid });
        // A path whose id has records and a file (a copy's source) is no move of this prompt's.
        else if (!recorded.has(from)) next.set(rename.fromPath!, change);
      }
    }
    frontier = next;
  }
  return moved.size === 0 ? changes : changes.map((change) => moved.get(change.path) ?? change);
}

/** The path each id's highest-numbered checkpoint names (one cat-file for all of them). */
async function lastRecordedPaths(repo: Repo, checkpoints: readonly IndexEntry[], ids: ReadonlySet<string>): Promise<Map<string, string>> {
  const last = new Map<string, IndexEntry>();
  for (const entry of checkpoints) {
    const record = parseRecordPath(entry.path);
    if (!record || !ids.has(record.id)) continue;
    const before = last.get(record.id);
    // Record names start with the version (zero-padded to 4 digits, longer past 9999): compared as numbers.
    if (!before || versionOf(before.path) < versionOf(entry.path)) last.set(record.id, entry);
  }
  const blobs = await readBlobs(repo, [...last.values()].map((entry) => entry.oid));
  const paths = new Map<string, string>();
  for (const [id, entry] of last) {
    const data: unknown = parseYaml(blobs.get(entry.oid)?.toString('utf8') ?? '');
    const path = typeof data === 'object' && data !== null ? (data as { path?: unknown }).path : undefined;
    if (typeof path === 'string') paths.set(path, id);
  }
  return paths;
}

function versionOf(file: string): number {
  return Number.parseInt(file.slice(file.lastIndexOf('/') + 1), 10);
}
