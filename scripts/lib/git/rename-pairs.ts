// The renames git's rename detection (-M, no copies, no breaks) gives a commit, told here where
// the case is simple (pure): backfill's pairMoves (history-git.ts) ran one `git diff-tree -M` per
// 16 moving commits, each walking both whole trees (about 14 ms of git's CPU a commit on the
// bench's 30,000-file trees). A commit is answered here when git's exact pass (equal blobs) pairs
// all its deletions or all its additions, or leaves one of each, whose similarity
// (rename-similarity.ts) decides; any other case, or any doubt, is left to git.
import type { IndexChange } from './index.ts';
import { DEFAULT_RENAME_SCORE, printedScore, renameScore } from './rename-similarity.ts';

/** git's id of the empty blob: git treats empty files apart in rename detection; left to git. */
const EMPTY_BLOB = 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391';
const REGULAR = new Set(['100644', '100755']);

/** What renamePairs found: the renames, and the one deletion and addition whose texts decide the rest. */
export interface RenamePlan {
  renames: IndexChange[];
  /** A deletion and an addition left after the exact pass: renamed if their score reaches 50%. */
  compare?: { deletion: IndexChange; addition: IndexChange };
}

/**
 * The plan for `changes` (one commit's, against its first parent, renames not detected), or
 * undefined when git must decide. `deletedModes` gives each deleted path's mode before the commit.
 *
 * Only where every deleted and added file is a regular, non-empty file, no two added files share
 * a blob and no two deleted ones do: git's exact pass then pairs each addition with the one
 * deletion of its blob (regular files pair whatever their executable bit), score 100, the
 * addition's mode. With nothing left on one side git estimates no similarity; with one left on
 * each, its basename and matrix passes both come down to that pair's score against 50%.
 */
export function renamePairs(changes: IndexChange[], deletedModes: ReadonlyMap<string, string>): RenamePlan | undefined {
  const deleted = new Map<string, IndexChange>();
  const added = new Map<string, IndexChange>();
  for (const change of changes) {
    if (change.status === 'D') {
      const oid = change.oldOid;
      if (oid === null || oid === EMPTY_BLOB || deleted.has(oid) || !REGULAR.has(deletedModes.get(change.path) ?? '')) return undefined;
      deleted.set(oid, change);
    } else if (change.status === 'A') {
      const oid = change.newOid;
      if (oid === null || oid === EMPTY_BLOB || added.has(oid) || !REGULAR.has(change.newMode ?? '')) return undefined;
      added.set(oid, change);
    }
  }
  const renames: IndexChange[] = [];
  const additionsLeft: IndexChange[] = [];
  for (const [oid, addition] of added) {
    const deletion = deleted.get(oid);
    if (deletion === undefined) {
      additionsLeft.push(addition);
      continue;
    }
    deleted.delete(oid);
    renames.push(renamed(deletion, addition, 100));
  }
  if (deleted.size === 0 || additionsLeft.length === 0) return { renames };
  if (deleted.size > 1 || additionsLeft.length > 1) return undefined;
  return { renames, compare: { deletion: [...deleted.values()][0]!, addition: additionsLeft[0]! } };
}

/**
 * The rename of `compare` git gives for these texts (none below 50%), or undefined where git must
 * say (a carriage return: git's text handling follows attributes).
 */
export function similarRename(compare: { deletion: IndexChange; addition: IndexChange }, from: Uint8Array, to: Uint8Array): IndexChange | null | undefined {
  const score = renameScore(from, to);
  if (score === undefined) return undefined;
  return score >= DEFAULT_RENAME_SCORE ? renamed(compare.deletion, compare.addition, printedScore(score)) : null;
}

/** A rename as parseRawDiff reads git's R line (its keys in that order). */
function renamed(deletion: IndexChange, addition: IndexChange, score: number): IndexChange {
  return { status: 'R', path: addition.path, fromPath: deletion.path, score, oldOid: deletion.oldOid, newOid: addition.newOid, newMode: addition.newMode };
}

/** The mode before the commit of each path `git log --raw` (renames not detected) lists as deleted. */
export function deletedModes(raw: string[]): Map<string, string> {
  const modes = new Map<string, string>();
  for (let i = 0; i < raw.length; ) {
    const header = raw[i++]!;
    const status = header.split(' ')[4]?.charAt(0);
    const file = raw[i++]!;
    if (status === 'R' || status === 'C') i++;
    else if (status === 'D') modes.set(file, header.slice(1, header.indexOf(' ')));
  }
  return modes;
}
