// Node-only: which ref holds the other side of a vault file's conflict where the state alone does
// not say (conflict-sides.ts names it): the parent a revert of a merge puts back (`git revert -m 2`
// undoes the merge against its second parent: REVERT_HEAD^2, not REVERT_HEAD^), the stash a
// `git stash pop stash@{2}` kept (not stash@{0}), and whether markers with nothing in progress come
// from a `git checkout -m` (its markers call the carried edits `local`). Asked only once a
// conflict is found, never on a clean commit.
import fs from 'node:fs';
import path from 'node:path';
import { commitParents, diffTrees, listStashes, listUnmergedStage, readObjects, type Repo } from '../git/index.ts';
import { revertMainline } from '../git/operation-fs.ts';
import type { ConflictAt, GitOperation } from './conflict-sides.ts';
import { hasCheckoutMarkers, theirsLines } from './staged-conflicts.ts';

/** Stashes looked at for the one a pop or apply used: past these, the fix names none (`stash@{<n>}`). */
const STASHES_LOOKED_AT = 100;

/**
 * The conflict state of vault `files` (their text with markers, where there is one) while git is
 * in `operation` (null: nothing in progress), with the ref of the other side when git's files tell it.
 */
export async function readConflictAt(repo: Repo, files: readonly { file: string; text: string | undefined }[], operation: GitOperation | null): Promise<ConflictAt> {
  if (operation === 'revert') return { state: 'revert', ...optional(await revertedSide(repo)) };
  if (operation !== null) return { state: operation };
  if (files.some(({ text }) => text !== undefined && hasCheckoutMarkers(text))) return { state: 'checkout' };
  return { state: 'none', ...optional(await poppedStash(repo, files)) };
}

const optional = (theirs: string | undefined) => (theirs === undefined ? {} : { theirs });

/** REVERT_HEAD^<n>: the parent the stopped revert puts back (the first for a commit that is no merge). */
async function revertedSide(repo: Repo): Promise<string | undefined> {
  const parents = await commitParents(repo, 'REVERT_HEAD').catch(() => []);
  if (parents.length <= 1) return parents.length === 1 ? 'REVERT_HEAD^' : undefined;
  const mainline = revertMainline(repo.gitdir);
  if (mainline === undefined) return undefined;
  const parent = 'parent' in mainline ? mainline.parent : parents.findIndex((commit) => commit.startsWith(mainline.commit)) + 1;
  return parent >= 1 && parent <= parents.length ? `REVERT_HEAD^${parent}` : undefined;
}

/**
 * The stash whose side the markers hold: git writes no trace of which stash a pop or apply took,
 * so it is the stash whose text of every file is the one git's unmerged stage 3 holds (while the
 * file is unmerged) or, once added, one that changed the file and holds every line of the markers'
 * other side. Where several fit, the one whose other changes the work tree holds (the pop put them
 * there), the newest of those that made the same; undefined when none or several differing do.
 */
async function poppedStash(repo: Repo, files: readonly { file: string; text: string | undefined }[]): Promise<string | undefined> {
  const stashes = (await listStashes(repo)).slice(0, STASHES_LOOKED_AT);
  if (stashes.length === 0 || files.length === 0) return undefined;
  const stage3 = await listUnmergedStage(repo, { pathspecs: files.map(({ file }) => `:(literal)${file}`), stage: 3 });
  const names = stashes.flatMap((stash) => files.flatMap(({ file }) => [`${stash}:${file}`, `${stash}^1:${file}`]));
  const objects = await readObjects(repo, [...names, ...stage3.values()]);
  const textOf = (name: string) => objects.get(name)?.toString('utf8');
  const fits = stashes.filter((stash) => files.every(({ file, text }) => {
    const stashed = textOf(`${stash}:${file}`);
    const staged = stage3.get(file);
    if (staged !== undefined) return stashed === textOf(staged);
    if (stashed === undefined || stashed === textOf(`${stash}^1:${file}`)) return false;
    const lines = new Set(stashed.split(/\r?\n/));
    return text === undefined || theirsLines(text).every((line) => lines.has(line));
  }));
  if (fits.length <= 1) return fits[0];
  // Several fit (two `git stash` of one label change, "WIP on main: ..." both): the side is the
  // same, but `git stash drop` of the other would lose that stash's other work. The stash popped
  // put its other files in the work tree.
  const applied = await stashesAppliedToWorktree(repo, fits, new Set(files.map(({ file }) => file)));
  const popped = applied.find(({ changes }) => applied.every((other) => [...other.changes].every(([file, oid]) => changes.get(file) === oid)));
  return popped?.stash;
}

/**
 * Of `stashes`, those whose every change outside `conflicted` (against the commit it was made on)
 * the work tree holds, each with those changes (path -> blob, null where it deleted the file).
 * Newest first, as given: where two made the same changes, the newest is named.
 */
async function stashesAppliedToWorktree(repo: Repo, stashes: string[], conflicted: ReadonlySet<string>): Promise<{ stash: string; changes: Map<string, string | null> }[]> {
  const applied: { stash: string; changes: Map<string, string | null> }[] = [];
  for (const stash of stashes) {
    const changes = new Map((await diffTrees(repo, { from: `${stash}^1`, to: stash, pathspecs: [] })).filter(({ path: file }) => !conflicted.has(file)).map(({ path: file, newOid }) => [file, newOid] as const));
    const objects = await readObjects(repo, [...changes].flatMap(([file, oid]) => (oid === null ? [] : [`${stash}:${file}`])));
    const held = readWorktreeTexts(repo, [...changes.keys()]).every(({ file, text }) => text === objects.get(`${stash}:${file}`)?.toString('utf8'));
    if (held) applied.push({ stash, changes });
  }
  return applied;
}

/** The working-tree text of each of `files` (undefined where a side deleted it: git leaves no file). */
export function readWorktreeTexts(repo: Repo, files: readonly string[]): { file: string; text: string | undefined }[] {
  return files.map((file) => {
    try {
      return { file, text: fs.readFileSync(path.join(repo.dir, file), 'utf8') };
    } catch {
      return { file, text: undefined };
    }
  });
}
