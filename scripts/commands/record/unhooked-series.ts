// `record --all` (and `repair`) after several commits the hook never saw in a row (a `git am` of a
// patch series with hooks off, a few edits in a web editor): each of those commits that changed a
// recorded prompt becomes its own version, recorded as the hook would have recorded it in that
// commit (its text, its parents as `commit_parents`, its committer date), oldest first, so the
// lineage reads v1 -> v2 -> v3 -> v4 and `log` names each commit, rather than one version of the
// net change. The series of a prompt is read back from HEAD along the first parent and ends at the
// newest commit whose text of it has a record. A merge is a step of it (`git rebase --rebase-merges`
// makes a merge anew without our hooks), recorded as the hook records a merge (a side whose text has
// no record, a branch made with --no-verify, is no parent of it, as at the hook), so `log` names the
// merge and its subject rather than the repair's commit. One that meets an added or deleted file,
// or WALK_LIMIT commits first, is left to the resync as one version, as before.
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../../lib/errors.ts';
import { firstParentEdits, listIndex, listTree, readBlobs, setIndexEntries, type FirstParentEdit, type IndexChange, type IndexEntryUpdate, type Repo } from '../../lib/git/index.ts';
import { runGit } from '../../lib/git/native-git.ts';
import { classifyPath, idFromPath } from '../../lib/prompt/locate.ts';
import { contentHash } from '../../lib/prompt/parse.ts';
import { recordCommit, type RecordedVersion } from '../../lib/recorder/record-commit.ts';
import { indexView } from '../../lib/recorder/view.ts';
import type { Config } from '../../lib/schema/config.ts';
import type { TokenCounter } from '../../lib/traits/token-counter-fs.ts';
import { CHECKPOINTS_DIR, VAULT_DIR } from '../../lib/vault/dirs.ts';
import { parseRecordPath } from '../../lib/vault/paths.ts';
import { readLineages } from '../../lib/vault/read-lineage.ts';
import { writeRecords } from '../../lib/vault/write-fs.ts';

/** Commits touching the drifted prompts read back from HEAD, at most: a series longer than this is one version. */
const WALK_LIMIT = 500;

/**
 * Records, and stages into the index, one version per commit of each unhooked series; returns
 * them in the order recorded. `prompts` is the index's list of sources (the resync's).
 */
export async function recordUnhookedSeries(repo: Repo, config: Config, head: string | null, prompts: IndexChange[], tokens: () => Promise<TokenCounter>, env: Record<string, string | undefined>): Promise<{ versions: RecordedVersion[]; written: string[]; warnings: Problem[]; undo: () => Promise<void> }> {
  const versions: RecordedVersion[] = [];
  const written: string[] = [];
  const warnings: Problem[] = [];
  // What each written record replaced, so that a resync failing after the series (a bad
  // PROMPTVAULT_TAGS, a refused front matter) leaves the work tree and index as it found them.
  const before: PriorState[] = [];
  const undo = () => restorePriorStates(repo, before);
  if (head === null) return { versions, written, warnings, undo };
  const series = await findUnhookedSeries(repo, config, head, prompts);
  if (series.length === 0) return { versions, written, warnings, undo };
  const counter = await tokens();
  const scratch = fs.mkdtempSync(path.join(repo.gitdir, 'promptvault-series-'));
  try {
    const commitRepo: Repo = { ...repo, env: { ...repo.env, GIT_INDEX_FILE: path.join(scratch, 'index') } };
    for (const edit of series) {
      // The commit's own files, with the records staged so far (the vault as the hook would have
      // found it, plus the versions this series recorded before this commit).
      await indexCommitWithStagedVault(repo, commitRepo, edit.commit);
      const records = await recordCommit({
        view: indexView(commitRepo), config, dir: repo.dir, changes: edit.changes, head: edit.parents[0] ?? null, mergeHeads: edit.parents.slice(1),
        createdAt: edit.date, userTags: [], env, tokens: counter, refuseLabelledDeletions: false,
        // A text of the series that does not read (fixed by a later commit) is skipped and said, as backfill does: the next commit's version follows the one before.
        lenient: true,
      });
      // The file at HEAD may read well: the line and text are the commit's, which is named.
      warnings.push(...records.problems.map((problem) => ({ ...problem, message: `${problem.message} (in commit ${edit.commit.slice(0, 12)}, made without the hook)` })));
      if (records.writes.length > 0) {
        const prior = await readPriorStates(repo, records.writes.map((write) => write.path));
        // A write that fails (a locked index) undoes itself: only written ones are to undo.
        await writeRecords(repo, records.writes);
        before.push(...prior);
      }
      versions.push(...records.versions.map((version) => ({ ...version, madeWithoutHookIn: edit.commit })));
      written.push(...records.writes.map((write) => write.path));
    }
  } catch (error) {
    await undo();
    throw error;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  return { versions, written, warnings, undo };
}

/** A path's work-tree bytes and index entry before the series wrote it (null: none). */
interface PriorState extends IndexEntryUpdate {
  file: Buffer | null;
}

async function readPriorStates(repo: Repo, paths: string[]): Promise<PriorState[]> {
  const entries = new Map((await listIndex(repo, { pathspecs: paths.map((file) => `:(literal)${file}`) })).map((entry) => [entry.path, entry]));
  return paths.map((file) => {
    const full = path.join(repo.dir, file);
    const entry = entries.get(file);
    return { path: file, file: fs.existsSync(full) ? fs.readFileSync(full) : null, entry: entry ? { mode: entry.mode ?? '100644', oid: entry.oid } : null };
  });
}

/**
 * Puts back the index entries and work-tree files `states` describe. Never throws: it runs while
 * another error is on its way to the user, which must not be replaced. Should the index refuse
 * (locked since), the files stay as the index has them.
 */
async function restorePriorStates(repo: Repo, states: PriorState[]): Promise<void> {
  if (states.length === 0) return;
  // The oldest state of a path written twice is the one to keep: set last, it wins.
  const oldest = [...states].reverse();
  if ((await setIndexEntries(repo, oldest, { okCodes: [128] })) !== 0) return;
  for (const state of oldest) {
    const full = path.join(repo.dir, state.path);
    try {
      if (state.file === null) fs.rmSync(full, { force: true });
      else fs.writeFileSync(full, state.file);
    } catch {
      // A file that cannot be put back stays as written; the index already holds what it held.
    }
  }
  states.length = 0;
}

/**
 * The commits to record, oldest first, each with its changes to the prompts of a series only. A
 * prompt drifted when the index holds a text none of its records has.
 */
async function findUnhookedSeries(repo: Repo, config: Config, head: string, prompts: IndexChange[]): Promise<FirstParentEdit[]> {
  const recordedIds = new Set((await listIndex(repo, { pathspecs: [`${CHECKPOINTS_DIR}/`] })).flatMap((entry) => parseRecordPath(entry.path)?.id ?? []));
  // A submodule (gitlink) at a prompt path has no text to hash.
  const idOf = (file: string) => idFromPath(file, 'prompt', config);
  const current = prompts.filter((change) => change.newOid !== null && change.newMode !== '160000' && classifyPath(change.path, config) === 'prompt' && recordedIds.has(idOf(change.path)));
  if (current.length === 0) return [];
  const { lineages } = await readLineages(indexView(repo), current.map((change) => idOf(change.path)));
  // The recorded texts (content hashes) of each prompt, by path.
  const recorded = new Map(current.map((change) => [change.path, new Set(lineages.get(idOf(change.path))?.checkpoints.map((checkpoint) => checkpoint.content_hash))]));
  const hashes = await hashBlobs(repo, current.map((change) => change.newOid!));
  const drifted = current.filter((change) => !recorded.get(change.path)!.has(hashes.get(change.newOid!)!));
  if (drifted.length === 0) return [];

  const edits = await firstParentEdits(repo, { ref: head, paths: drifted.map((change) => change.path), limit: WALK_LIMIT });
  const textHashes = await hashBlobs(repo, edits.flatMap((edit) => edit.changes.flatMap((change) => (change.newOid ? [change.newOid] : []))));
  const chosen = new Map<string, IndexChange[]>();
  for (const prompt of drifted) {
    const known = recorded.get(prompt.path)!;
    const found: { commit: string; change: IndexChange }[] = [];
    let ended = false;
    for (const edit of edits) {
      const change = edit.changes.find((candidate) => candidate.path === prompt.path);
      if (!change) continue;
      // The text of a version (whatever made the commit: the hook, a merge, a first commit) ends it.
      if (change.newOid && known.has(textHashes.get(change.newOid)!)) {
        ended = true;
        break;
      }
      // An added or deleted file is no edit: the series cannot be told commit by commit past it.
      // A merge is recorded as the hook would have recorded it: the versions of its sides' texts
      // its parents, a side whose text has no record (made with --no-verify, or before adoption)
      // left out as the hook leaves it out, so the merge is an edit of the first parent's version.
      if (change.status !== 'M') break;
      found.push({ commit: edit.commit, change });
    }
    if (!ended) continue;
    for (const { commit, change } of found) chosen.set(commit, [...(chosen.get(commit) ?? []), change]);
  }
  // Newest first from git: recorded oldest first, as the hook would have.
  return edits.filter((edit) => chosen.has(edit.commit)).reverse().map((edit) => ({ ...edit, changes: chosen.get(edit.commit)! }));
}

async function hashBlobs(repo: Repo, oids: string[]): Promise<Map<string, string>> {
  const blobs = await readBlobs(repo, [...new Set(oids)]);
  return new Map([...blobs].map(([oid, blob]) => [oid, contentHash(blob)]));
}

/** `commitRepo`'s index: the tree of `commit`, its vault/ replaced by the one staged in `repo`'s index. */
async function indexCommitWithStagedVault(repo: Repo, commitRepo: Repo, commit: string): Promise<void> {
  await runGit(['read-tree', commit], commitRepo);
  const theirs = await listTree(repo, { ref: commit, pathspecs: [`${VAULT_DIR}/`] });
  const staged = await listIndex(repo, { pathspecs: [`${VAULT_DIR}/`] });
  // Theirs out, then the staged entries in, in one call.
  await setIndexEntries(commitRepo, [
    ...theirs.map((entry) => ({ path: entry.path, entry: null })),
    ...staged.map((entry) => ({ path: entry.path, entry: { mode: entry.mode ?? '100644', oid: entry.oid } })),
  ]);
}
