// `record --all` after a move the hook never saw (a rename in GitHub's web editor, a `git mv`
// committed with --no-verify, a bot's): the moved file lists as a prompt with no records, its old
// id as one with records and no file. git's rename detection, asked of the commit that added the
// file, pairs them, so the resync records a rename (`@rename`, lineage kept) as the hook would
// have, not a new version 1. Two git calls a hop (a `git log --diff-filter=A` of the unrecorded
// paths, one `git diff-tree --stdin -M` of the commits that added them): a rename walk over the
// whole history (`git log -M`) took 9.3 s at 5,000 commits and 6,759 prompts, and gives the same
// moves (scripts/bench/HISTORY.md, session 15).
import { commitsRenames, listIndex, newestCommitsAdding, type IndexChange, type Repo } from '../../lib/git/index.ts';
import { indexView } from '../../lib/recorder/view.ts';
import { readLineages } from '../../lib/vault/read-lineage.ts';
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
  const recorded = new Set((await listIndex(repo, { pathspecs: [`${CHECKPOINTS_DIR}/`] })).flatMap((entry) => parseRecordPath(entry.path)?.id ?? []));
  const current = new Map(changes.filter((change) => classifyPath(change.path, config) === 'prompt').map((change) => [idFromPath(change.path, 'prompt', config), change]));
  let fresh = [...current].filter(([id]) => !recorded.has(id));
  const vanished = new Set([...recorded].filter((id) => !current.has(id)));
  if (fresh.length === 0 || vanished.size === 0) return changes;
  const moved = new Map<string, SourceChange>();
  const lastPaths = await lastRecordedPaths(repo, vanished);
  // A file still at the path an id's last version was recorded at, under another id: the globs
  // changed (committed without the hook). It moved from that id without moving on disk.
  for (const [path, id] of lastPaths) {
    const change = fresh.find(([, candidate]) => candidate.path === path)?.[1];
    if (!change) continue;
    moved.set(change.path, { ...change, status: 'R', fromPath: change.path, fromId: id, oldOid: change.newOid });
    vanished.delete(id);
  }
  fresh = fresh.filter(([, change]) => !moved.has(change.path));
  // Each fresh file followed back from the commit that added it: renamed there from a path whose id
  // has records and no file, it is that prompt moved; from another path, that path is followed.
  // The last paths of ids the globs no longer take (a folder only the old globs took, moved out of
  // in the commit that changed them) are diffed too: git pairs the move only when it sees both sides.
  const oldOnly = [...lastPaths.keys()].filter((file) => classifyPath(file, config) !== 'prompt').map((file) => `:(literal)${file}`);
  let frontier = new Map(fresh.map(([, change]) => [change.path, change]));
  for (let hop = 0; frontier.size > 0 && vanished.size > 0 && hop < MAX_HOPS; hop++) {
    const next = new Map<string, IndexChange>();
    const adding = Map.groupBy(await newestCommitsAdding(repo, { ref: head, paths: [...frontier.keys()] }), ([, commit]) => commit);
    const renames = await commitsRenames(repo, { commits: [...adding.keys()], pathspecs: [...sourcePathspecs(config), ...oldOnly] });
    for (const commit of adding.keys()) {
      for (const rename of renames.get(commit) ?? []) {
        const change = frontier.get(rename.path);
        if (!change) continue;
        const recordedThere = lastPaths.get(rename.fromPath!);
        if (recordedThere !== undefined && classifyPath(rename.fromPath!, config) !== 'prompt') {
          if (vanished.delete(recordedThere)) moved.set(change.path, { ...change, status: 'R', fromPath: rename.fromPath!, fromId: recordedThere, oldOid: rename.oldOid });
          continue;
        }
        if (classifyPath(rename.fromPath!, config) !== 'prompt') continue;
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

/** The path each id's highest version was recorded at, read with the vault's own lineage reader. */
async function lastRecordedPaths(repo: Repo, ids: ReadonlySet<string>): Promise<Map<string, string>> {
  const { lineages } = await readLineages(indexView(repo), [...ids]);
  const paths = new Map<string, string>();
  for (const [id, lineage] of lineages) {
    const last = lineage.checkpoints.reduce<(typeof lineage.checkpoints)[number] | undefined>((top, checkpoint) => (!top || checkpoint.version > top.version ? checkpoint : top), undefined);
    if (last) paths.set(last.path, id);
  }
  return paths;
}
