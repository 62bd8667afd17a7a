// `promptvault record`: what the pre-commit hook runs. Diffs the index being committed against
// HEAD and, when a prompt, clause or record changed, has the recorder build the records and stages
// them into the same commit. A commit that touches none of them costs a rev-parse, a walk of the
// index's entries and a diff-tree of the trees that changed (a diff-index where the index caches no
// tree for all of it: index-tree-fs.ts), and loads nothing more than this file's few imports: the
// recorder, the tokenizer, the YAML and schema libraries, the prompt parser and the lineage reader
// are imported once the diff shows there is something to record (or a vault file to check for
// conflict markers): a test holds the bundle to it (record-loads-lazily.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import { UserError, type Problem } from '../../lib/errors.ts';
import { amendProbe, commitParents, committerDate, detectAmend, diffIndex, diffStagedIndex, EMPTY_TREE, filesChangedBy, listIndex, openRepoAtHead, readBlobs, readMergeHeads, releaseKeptObjectSession, resolveHead, stagedMovesOf, type IndexChange, type Repo } from '../../lib/git/index.ts';
import { readSourceLocationsCached } from '../../lib/config/locations-cache-fs.ts';
import type { SourceLocations } from '../../lib/config/locations-fs.ts';
import type { TokenCounter } from '../../lib/traits/token-counter-fs.ts';
import { classifyPath, globToRegExp, idFromPath, sourcePathspecs } from '../../lib/prompt/locate.ts';
import { movedOutOfGlobsWarnings } from './moved-out-of-globs.ts';
import { pairUnpairedMoves, unpairedMoveWarnings } from './unpaired-moves.ts';
import { useParseMode } from '../../lib/schema/safe-parse.ts';
import type { RecordedVersion } from '../../lib/recorder/record-commit.ts';
import type { Config } from '../../lib/schema/config.ts';
import type { AuditSummary } from '../../lib/recorder/audits.ts';
import type { ListedRecords } from '../../lib/recorder/collect.ts';
import type { ListedFolders } from '../../lib/vault/write-fs.ts';
import { AUDITS_DIR, CHECKPOINTS_DIR, LABELS_DIR, MUTATIONS_DIR, VAULT_DIR } from '../../lib/vault/dirs.ts';
import { commitsLeftToReplay, operationInProgress } from '../../lib/git/operation-fs.ts';
import { CONFIG_FILE } from '../../lib/schema/config-defaults.ts';
import { picksToFollow } from './picks-to-follow.ts';
import type { SkippedVersions } from './unhooked-base.ts';

/** The recorder and what it needs (recording.ts), loaded once the diff shows something to record. */
const loadRecording = () => import('./recording.ts');

export type HookName = 'pre-commit' | 'pre-merge-commit';
export type { RecordedVersion } from '../../lib/recorder/record-commit.ts';

export interface RecordOptions {
  /** Any folder inside the repository. */
  cwd: string;
  /** Which git hook is calling, if any. */
  hook?: HookName;
  /** Environment (defaults to process.env): GIT_INDEX_FILE, commit dates, PROMPTVAULT_TAGS. */
  env?: Record<string, string | undefined>;
  /**
   * Consider every prompt in the index, not only those the commit changes: brings the vault back
   * in sync after a commit made without the hook (`--no-verify`, a web editor).
   */
  all?: boolean;
  /**
   * The commit is already made (repair amending the commit git just made): what the hook would
   * refuse before a commit (a labelled prompt deleted) is recorded, and `check` reports it.
   */
  afterTheFact?: boolean;
  /**
   * Called once the diff shows something to record, with how many files it changes under the
   * sources and the vault, before the recorder loads: the CLI tunes the engine for a short run.
   */
  onChanges?: (changedFiles: number) => void;
}

export interface RecordResult {
  /** Record files written and staged. */
  written: string[];
  /** Stale records of an earlier, unfinished attempt at this same commit, unstaged. */
  removed: string[];
  /** Records the commit would have deleted (a revert of the commit that added them), put back. */
  restored: string[];
  /** Whether this commit is a `git commit --amend` (then `removed` holds the replaced commit's records). */
  amended?: boolean;
  /** Of `removed`: records a cherry-pick copied from another branch for a text this branch does not hold. */
  dropped: string[];
  versions: RecordedVersion[];
  audits: AuditSummary[];
  /** What was read leniently or skipped (symbolic links): printed, never blocking. */
  warnings: Problem[];
  /** The config's `review` settings, when an audit was written: who may review a flagged one. */
  review?: Config['review'];
  /** Nothing recorded: a stopped cherry-pick or revert with more picks to follow, whose last pick's repair records them all (picks-to-follow.ts). */
  deferredTo?: 'cherry-pick' | 'revert';
}

export async function record(options: RecordOptions): Promise<RecordResult> {
  // A commit usually parses a few records and front matters, then the process exits: zod's
  // compiled parsers would cost more to build than they save (lib/schema/safe-parse.ts).
  const restoreParseMode = useParseMode('few');
  try {
    return await recordInMode(options);
  } finally {
    restoreParseMode();
  }
}

async function recordInMode(options: RecordOptions): Promise<RecordResult> {
  const env = options.env ?? process.env;
  const { repo, head } = await openRepoAtHead({ cwd: options.cwd, env: options.env });
  // Only where prompts and clauses live is needed to know whether there is anything to do; the
  // whole configuration is validated once there is.
  const locations = await readSourceLocationsCached(repo);
  let tokens: TokenCounter | undefined;
  try {
    return await recordChanges(options, env, repo, head, locations, async () => {
      // The token counter, and the table it reads, only once there is something to record (once: a resync may ask twice).
      if (tokens) return tokens;
      const { startTokenCounter } = await loadRecording();
      tokens = startTokenCounter(locations.tokenizer);
      tokens.preload();
      return tokens;
    });
  } finally {
    tokens?.close();
  }
}

async function recordChanges(options: RecordOptions, env: Record<string, string | undefined>, repo: Repo, head: string | null, locations: SourceLocations, startTokens: () => Promise<TokenCounter>): Promise<RecordResult> {
  const result: RecordResult = { written: [], removed: [], restored: [], dropped: [], versions: [], audits: [], warnings: [] };
  // An amend replaces HEAD: record against HEAD's parents, as if HEAD's own records were an
  // earlier attempt at this commit, so the amended commit holds one version of each prompt.
  let parents: string[] = head ? [head, ...readMergeHeads(repo)] : [];
  const mayAmend = head !== null && options.hook === 'pre-commit';
  // /proc is read at no cost; `ps` (macOS) is a process, asked only once the diff against HEAD shows
  // something to record: an amend that changes no source against HEAD has nothing to record either.
  const probe = amendProbe(env);
  const askFirst = env.PROMPTVAULT_AMEND !== undefined || probe === 'proc';
  let amending = false;
  if (mayAmend && askFirst && detectAmend(env, probe)) {
    parents = await commitParents(repo, head);
    amending = true;
  }
  let base = parents[0] ?? EMPTY_TREE;
  let staged = options.all ? undefined : await diffStaged(repo, base, sourcePathspecs(locations));
  if (mayAmend && !askFirst && (!staged || staged.changes.length > 0) && detectAmend(env, probe)) {
    parents = await commitParents(repo, head);
    amending = true;
    base = parents[0] ?? EMPTY_TREE;
    if (staged) staged = await diffStaged(repo, base, sourcePathspecs(locations));
  }
  if (staged) {
    await refuseStagedConflicts(repo, staged.vaultEdits);
    const deferredTo = options.hook === 'pre-commit' && staged.changes.length > 0 ? picksToFollow(repo.gitdir) : undefined;
    if (deferredTo) {
      // Nothing is staged, but what the hook refuses on any commit is refused here too: the last
      // pick's repair runs after its commit is made and can refuse nothing (a prompt citing no
      // clause went through, and the repair failed on it). Records are repair's to judge then.
      // A result of its own: the dry run's versions, pushed into a shared array, were printed as recorded.
      const dry: RecordResult = { written: [], removed: [], restored: [], dropped: [], versions: [], audits: [], warnings: [] };
      await refuseAsTheHookWould(() => recordIndexChanges(options, env, repo, base, parents, staged.changes, startTokens, dry, staged, amending, true));
      return { ...result, deferredTo };
    }
    return recordIndexChanges(options, env, repo, base, parents, staged.changes, startTokens, result, staged, amending);
  }
  const sources = (await listIndex(repo, { pathspecs: sourcePathspecs(locations) })).map((entry): IndexChange => ({ status: 'M', path: entry.path, oldOid: null, newOid: entry.oid, newMode: entry.mode }));
  // Commits the hook never saw, one version each (unhooked-series.ts); the resync then finds their texts recorded.
  const { recordUnhookedSeries, readConfigCached } = await loadRecording();
  const series = await recordUnhookedSeries(repo, await readConfigCached(repo), head, sources, startTokens, env);
  result.versions.push(...series.versions);
  result.written.push(...series.written);
  result.warnings.push(...series.warnings);
  try {
    const { withUnhookedMoves } = await import('./unhooked-moves.ts');
    return await recordIndexChanges(options, env, repo, base, parents, await withUnhookedMoves(repo, locations, head, sources), startTokens, result, undefined);
  } catch (error) {
    // Nothing half-written: the series' records leave with the resync's failure.
    await series.undo();
    throw error;
  }
}

/**
 * Runs `recording` (a dry run, writing nothing) for its refusals of the user's input: the commit's
 * files, PROMPTVAULT_TAGS, the config. Invalid records are not the user's input at a deferred pick:
 * a revert's resolved pick deletes records its restore would have put back first (the repair after
 * the last pick does), and the lineage read without them is incomplete.
 */
async function refuseAsTheHookWould(recording: () => Promise<unknown>): Promise<void> {
  try {
    await recording();
  } catch (error) {
    if (error instanceof UserError && error.code === 'record-invalid') return;
    throw error;
  }
}

/**
 * Records `changes` (the commit's, or every source for a resync) into `result`, and stages the
 * records; `dryRun`: decides them, refusing what the hook refuses, and writes and stages nothing.
 */
async function recordIndexChanges(options: RecordOptions, env: Record<string, string | undefined>, repo: Repo, base: string, parents: string[], changes: IndexChange[], startTokens: () => Promise<TokenCounter>, result: RecordResult, staged: Awaited<ReturnType<typeof diffStaged>> | undefined, amending = false, dryRun = false): Promise<RecordResult> {
  // Throws the config's problems (file, line, fix) before anything is written. New globs that give
  // unchanged files other ids: those files are recorded as moved from the ids they had (not at a
  // merge: the branch that changed the globs recorded its moves, which the merge brings in).
  let previousConfig: Config | undefined;
  if (staged?.configChanged) {
    const { readConfigCached, changedGlobs, rerootedChanges } = await loadRecording();
    const config = await readConfigCached(repo);
    const previous = await changedGlobs(repo, base, config);
    if (previous && parents.length > 1) {
      // A merge bringing the new globs: prompts join through the lineage (the branch recorded its
      // moves), but a clause the first parent changed under its old id is audited as a move from
      // that text, or its old id's chain would end in no move (the branch's move starts from the
      // text before the change). A move the branch audited from the same text is not audited again.
      changes = [...changes, ...(await rerootedChanges(repo, previous, config, changes)).filter((change) => change.fromId !== undefined)];
    } else if (previous) {
      previousConfig = previous;
      // A file moved in this commit out of a folder only the old globs took: the diff over the new
      // globs alone shows its new path as added, with no old side (a new prompt at version 1, a new
      // clause). Made again over both configs' globs, git pairs the two sides as a move.
      const now = sourcePathspecs(config);
      const oldOnly = sourcePathspecs(previous).filter((spec) => !now.includes(spec));
      if (oldOnly.length > 0) {
        staged = await diffStaged(repo, base, [...now, ...oldOnly]);
        changes = staged.changes;
      }
      changes = [...changes, ...(await rerootedChanges(repo, previous, config, changes))];
    }
  }
  if (changes.length === 0) return result;
  options.onChanges?.(changes.length);
  const tokens = await startTokens();
  if (!dryRun) await restoreDeletedRecords(options, repo, base, changes, result);

  // The committer date comes from a git process that runs while the modules load.
  const [createdAt, { readConfigCached, recordCommit, indexView, invalidTags, derivedTagNames, DERIVED_TAG_RULE, parseUserTags, TAG_RULE, writeRecords, PENDING_TAGS_FILE, openCitationCache, recordFolder, memoryMeasureCache, promptChunkMeasurer }] = await Promise.all([
    committerDate(repo),
    loadRecording(),
  ]);
  const userTags = [...parseUserTags(env.PROMPTVAULT_TAGS), ...parseUserTags(readPendingTags(repo, PENDING_TAGS_FILE))];
  const badTags = invalidTags(parseUserTags(env.PROMPTVAULT_TAGS));
  if (badTags.length > 0) {
    throw new UserError('tag-invalid', `promptvault: PROMPTVAULT_TAGS holds ${badTags.map((tag) => `"${tag}"`).join(', ')}, not a tag; ${TAG_RULE}. Nothing was written: fix the variable (e.g. PROMPTVAULT_TAGS="@tested") and commit again.`);
  }
  const derivedTags = derivedTagNames(userTags);
  if (derivedTags.length > 0) {
    // The variable, else the tags an older `promptvault tag` (which took such names) left for this commit.
    const fromVariable = derivedTagNames(parseUserTags(env.PROMPTVAULT_TAGS)).length > 0;
    const where = fromVariable ? 'PROMPTVAULT_TAGS holds' : `.git/${PENDING_TAGS_FILE} (from \`promptvault tag\`) holds`;
    const fix = fromVariable ? 'fix the variable' : `delete .git/${PENDING_TAGS_FILE} and give your tags again with \`promptvault tag\``;
    throw new UserError('tag-invalid', `promptvault: ${where} ${derivedTags.map((tag) => `"${tag}"`).join(', ')}, not an own tag: ${DERIVED_TAG_RULE}. Nothing was written: ${fix}, and commit again.`);
  }
  const citations = openCitationCache({ gitdir: repo.gitdir });
  const config = await readConfigCached(repo);
  // A prompt whose last version was measured here by chunks is measured with them: only what
  // changed is measured (lib/traits/chunk-store-fs.ts). A commit of a few files keeps its
  // prompts' chunks for their next version; a bulk edit measures whole what has none.
  const measures = memoryMeasureCache({ chunks: promptChunkMeasurer({ gitdir: repo.gitdir, encoding: config.tokenizer, keepNew: changes.length <= KEEP_CHUNKS_UP_TO }) });
  const input = {
    // Records put back above changed the index after the diff: then the view lists the index.
    view: indexView(repo, staged && result.restored.length === 0 ? { ...staged, base: base === EMPTY_TREE ? null : base } : undefined), config, dir: repo.dir, changes, head: parents[0] ?? null, mergeHeads: parents.slice(1),
    picked: fs.existsSync(path.join(repo.gitdir, 'CHERRY_PICK_HEAD')),
    // At a rebase's `edit` stop, a record a commit still to be replayed edits stays (rebase-todo.ts).
    amend: amending ? { keep: (files: string[]) => filesChangedBy(repo, { commits: commitsLeftToReplay(repo.gitdir), files }) } : undefined,
    createdAt, userTags, env, all: options.all, tokens, citations, measures, refuseLabelledDeletions: !options.all && !options.afterTheFact, previousConfig,
  };
  // A plain commit first looks whether a prompt it changes was changed by a commit made without the
  // hook since its latest version: that version is recorded first (unhooked-base.ts). Not for an
  // amend (its parent's records are the amended commit's to replace) nor a merge.
  const lookAtBase = !dryRun && !options.all && !options.afterTheFact && !amending && staged !== undefined && parents.length === 1;
  let records = await recordCommit({ ...input, stopAtUnrecordedBase: lookAtBase });
  let skipped: SkippedVersions | undefined;
  if (records.unrecordedBase) {
    const unrecorded = records.unrecordedBase;
    const { recordSkippedVersions, unhookedVersionRefusal } = await import('./unhooked-base.ts');
    skipped = await recordSkippedVersions(repo, config, parents[0]!, unrecorded, startTokens, env);
    result.versions.push(...(skipped?.versions ?? []));
    result.written.push(...(skipped?.written ?? []));
    result.warnings.push(...(skipped?.warnings ?? []));
    try {
      // The skipped versions are staged: the lineages are read from the index now.
      records = await recordCommit({ ...input, view: skipped ? indexView(repo) : input.view });
      // A text the series skipped as unreadable (said in its warnings) is folded, as backfill folds it.
      const said = new Set(skipped?.warnings.map((warning) => warning.file));
      const recorded = new Set(skipped?.versions.map((version) => version.prompt));
      const left = unrecorded.filter((file) => !recorded.has(file.id) && !said.has(file.path));
      if (skipped && left.length > 0) throw await unhookedVersionRefusal(repo, parents[0]!, left);
    } catch (error) {
      await skipped?.undo();
      throw error;
    }
  }
  // The record folders' git session (readTreeFolders) ends here, not at this process's exit.
  releaseKeptObjectSession();
  // Read from disk only if a clause changed; written back only if it learned something.
  citations.save();
  measures.save();
  result.versions.push(...records.versions);
  result.audits = records.audits;
  if (records.audits.length > 0) result.review = config.review;
  result.warnings.push(...records.warnings);
  // Prompt files the commit deletes: moved where no glob takes them? (only for a commit that
  // deletes a prompt: one listing of the files it adds, rename detection only against those of the same name)
  const deletedPrompts = staged ? changes.filter((change) => change.status === 'D' && classifyPath(change.path, config) === 'prompt').map((change) => ({ path: change.path, oid: change.oldOid })) : [];
  if (deletedPrompts.length > 0) {
    const movedOut = await stagedMovesOf(repo, { base, deleted: deletedPrompts, accepts: (to) => classifyPath(to, config) !== 'prompt' });
    result.warnings.push(...movedOutOfGlobsWarnings(movedOut, config.prompts));
    // Moved and rewritten in one commit: git saw a deletion and a new prompt (unpaired-moves.ts).
    const started = new Set(records.versions.filter((version) => version.kind === 'new').map((version) => version.prompt));
    if (started.size > 0 && !options.all && !options.afterTheFact) {
      const gone = deletedPrompts.filter((file) => !movedOut.has(file.path)).map((file) => ({ id: idFromPath(file.path, 'prompt', config), path: file.path, oid: file.oid }));
      const added = changes.filter((change) => change.status === 'A' && classifyPath(change.path, config) === 'prompt')
        .map((change) => ({ id: idFromPath(change.path, 'prompt', config), path: change.path, oid: change.newOid })).filter((file) => started.has(file.id));
      const pairs = pairUnpairedMoves(gone, added);
      result.warnings.push(...unpairedMoveWarnings(await withStableIds(repo, pairs)));
    }
  }
  if (dryRun || (records.writes.length === 0 && records.removals.length === 0)) return result;
  if (options.hook === 'pre-merge-commit') throw mergeNeedsCommit(result);
  try {
    await writeRecords(repo, records.writes, records.removals, { listed: records.listed && listedFolders(records.listed, recordFolder) });
  } catch (error) {
    // Nothing half-written: the skipped versions leave with the commit's own records.
    await skipped?.undo();
    throw error;
  }
  if (userTags.length > 0) fs.rmSync(path.join(repo.gitdir, PENDING_TAGS_FILE), { force: true });
  result.written.push(...records.writes.map((write) => write.path));
  result.removed = records.removals.filter((file) => !records.dropped.includes(file));
  if (amending) result.amended = true;
  result.dropped = records.dropped;
  return result;
}

/** The pairs' files with the front-matter ids their blobs declare (read only for a commit the hint is for). */
async function withStableIds<F extends { id: string; path: string; oid: string | null | undefined }>(repo: Repo, pairs: [F, F][]): Promise<[F & { stableId?: string }, F & { stableId?: string }][]> {
  if (pairs.length === 0) return [];
  const [blobs, { parsePrompt }] = await Promise.all([
    readBlobs(repo, [...new Set(pairs.flat().flatMap((file) => (file.oid ? [file.oid] : [])))]),
    import('../../lib/prompt/parse.ts'),
  ]);
  const withId = (file: F) => {
    const bytes = file.oid ? blobs.get(file.oid) : undefined;
    const parsed = bytes ? parsePrompt(bytes, file.path, file.id) : undefined;
    const stableId = parsed?.ok ? parsed.value.frontMatter.id : undefined;
    return stableId === undefined ? file : { ...file, stableId: String(stableId) };
  };
  return pairs.map(([gone, added]) => [withId(gone), withId(added)]);
}

/** A commit changing this many files or fewer keeps its prompts' chunks (chunk-store-fs.ts): about what one person's edit of a prompt or two touches. */
const KEEP_CHUNKS_UP_TO = 8;

/**
 * What the index changes against `base` under the sources, vault/mutations/ and vault/audits/ (git's
 * rename detection on), read from the tree `git commit` cached in the index where it can be
 * (diffStagedIndex: no git process reads the whole index). The same diff also covers vault/checkpoints/ at no extra cost: when nothing
 * changed there (every commit but merges, amends, reverts and the adoption commit), the recorder
 * can read the staged prompts' record folders from `base`'s tree and this diff instead of the
 * index. Otherwise the diff is made again without them, so that rename detection pairs exactly
 * the files it always did.
 */
async function diffStaged(repo: Repo, base: string, sources: string[]): Promise<{ changes: IndexChange[]; pathspecs: string[]; checkpointsUnchanged: boolean; configChanged: boolean; vaultEdits: IndexChange[] }> {
  const pathspecs = [...sources, `${MUTATIONS_DIR}/`, `${AUDITS_DIR}/`];
  // The config in the same diff, at no extra git call: a commit that changes it is validated even
  // when it touches no prompt (an invalid config otherwise fell back to the default globs, and a
  // CLAUDE.md edit committed with it was left unrecorded without a word). Label files likewise,
  // for conflict markers (vaultEdits).
  const withLabels = await diffStagedIndex(repo, { base, pathspecs: [...pathspecs, `${CHECKPOINTS_DIR}/`, `${LABELS_DIR}/`, `:(literal)${CONFIG_FILE}`], renames: true });
  const inLabels = (file: string | undefined) => file !== undefined && file.startsWith(`${LABELS_DIR}/`);
  // A conflict leaves its markers in a file both sides had (an audit reviewed twice) or both added (a label).
  const vaultEdits = withLabels.filter((change) => change.newOid !== null && (inLabels(change.path) || (change.status === 'M' && change.path.startsWith(`${VAULT_DIR}/`))));
  // A label file git pairs with a file outside vault/labels/ as a rename (never seen, but a pairing
  // is git's guess): the diff is made again without the labels, pairing what it always paired.
  const crossed = withLabels.some((change) => change.fromPath !== undefined && inLabels(change.path) !== inLabels(change.fromPath));
  const listed = crossed ? await diffStagedIndex(repo, { base, pathspecs: [...pathspecs, `${CHECKPOINTS_DIR}/`, `:(literal)${CONFIG_FILE}`], renames: true }) : withLabels;
  const configChanged = listed.some((change) => change.path === CONFIG_FILE);
  const withCheckpoints = listed.filter((change) => (!configChanged || (change.path !== CONFIG_FILE && change.fromPath !== CONFIG_FILE)) && !inLabels(change.path));
  const inCheckpoints = (file: string | undefined) => file !== undefined && file.startsWith(`${CHECKPOINTS_DIR}/`);
  if (!withCheckpoints.some((change) => inCheckpoints(change.path) || inCheckpoints(change.fromPath))) return { changes: withCheckpoints, pathspecs: sources, checkpointsUnchanged: true, configChanged, vaultEdits };
  // Without both a deletion and an addition nothing was paired as a move, nor would be without the
  // checkpoints: the diff made again is this one without them (a checkpoint a source glob also
  // takes would stay in it: then it is made again). At adoption it read again every tree git had
  // just written loose for the 39,000 staged records: 0.7-1.4 s of git's CPU (bench HISTORY, session 34).
  const paired = listed.some((change) => change.status === 'D') && listed.some((change) => change.status === 'A');
  const globs = sources.map((spec) => /^:\(glob\)(.*)$/.exec(spec)?.[1]);
  const sourceTakes = (file: string) => globs.some((glob) => glob === undefined || globToRegExp(glob).test(file));
  if (!paired && !crossed && !withCheckpoints.some((change) => inCheckpoints(change.path) && sourceTakes(change.path))) {
    return { changes: withCheckpoints.filter((change) => !inCheckpoints(change.path)), pathspecs: sources, checkpointsUnchanged: false, configChanged, vaultEdits };
  }
  return { changes: await diffStagedIndex(repo, { base, pathspecs, renames: true }), pathspecs: sources, checkpointsUnchanged: false, configChanged, vaultEdits };
}

/**
 * Refuses a commit that stages a vault file with git's conflict markers in it (a label both
 * branches moved, an audit two reviewers decided differently, added with `git add -A`): it would
 * leave the label or the audit unreadable on the branch (lib/vault/staged-conflicts.ts).
 */
async function refuseStagedConflicts(repo: Repo, edits: IndexChange[]): Promise<void> {
  if (edits.length === 0) return;
  // The checks (and the id-path decoder they use) only for a commit that stages a vault file.
  const [blobs, { conflictMarkerLine, stagedConflictProblems }] = await Promise.all([
    readBlobs(repo, [...new Set(edits.map((change) => change.newOid!))]),
    import('../../lib/vault/staged-conflicts.ts'),
  ]);
  const staged = edits.map((change) => ({ file: change.path, text: blobs.get(change.newOid!)!.toString('utf8') }));
  const marked = staged.filter(({ text }) => conflictMarkerLine(text) !== undefined);
  if (marked.length === 0) return;
  // The sides are named by what git is in (a cherry-pick's or a revert's `--continue` runs this
  // hook too) and by the ref holding the other side, read from git only once markers are found.
  const { readConflictAt } = await import('../../lib/vault/conflict-at-git.ts');
  const problems = stagedConflictProblems(marked, await readConflictAt(repo, marked, operationInProgress(repo.gitdir)));
  throw new UserError('invalid-input', `promptvault: the commit was blocked, ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix first (nothing was written)`, problems);
}

/**
 * A commit that deletes records (a revert of the commit that added them) keeps them: they are
 * put back before recording, so the lineage read next still holds every version named as parent.
 */
async function restoreDeletedRecords(options: RecordOptions, repo: Repo, base: string, changes: Awaited<ReturnType<typeof diffIndex>>, result: RecordResult): Promise<void> {
  const { deletesRecords, recordsToRestore, stagedDrops, writeRecords } = await loadRecording();
  if (!deletesRecords(changes)) return;
  // Records `repair --no-commit` dropped leave with this commit (lib/repair/staged-drops-fs.ts).
  const dropped = await stagedDrops(repo.gitdir, () => resolveHead(repo));
  const restore = (await recordsToRestore(repo, base, changes)).filter((write) => !dropped.has(write.path));
  if (restore.length === 0) return;
  if (options.hook === 'pre-merge-commit') throw mergeNeedsCommit({ ...result, restored: restore.map((write) => write.path) });
  await writeRecords(repo, restore);
  result.restored = restore.map((write) => write.path);
  result.written.push(...result.restored);
}

/** The record folders the recorder listed, as writeRecords takes them. */
function listedFolders(listed: ListedRecords, recordFolder: (kind: 'mutation' | 'checkpoint', id: string) => string): ListedFolders {
  return {
    folders: new Set([...listed.ids].flatMap((id) => [recordFolder('mutation', id), recordFolder('checkpoint', id)])),
    tracked: new Set(listed.entries.map((entry) => entry.path)),
  };
}

function mergeNeedsCommit(result: RecordResult): UserError {
  const what = [
    ...(result.restored.length > 0 ? [`${result.restored.length} record file(s) the merge would delete (they stay: later versions name them)`] : []),
    ...result.versions.map((v) => `prompt ${v.prompt} (${v.kind}, parents ${v.parentLabels.join(' + ') || 'none'})`),
    ...result.audits.map((a) => `clause ${a.clause} (audit)`),
  ];
  return new UserError(
    'merge-needs-records',
    [
      'promptvault: this merge needs vault records of its own, for:',
      ...what.map((line) => `  - ${line}`),
      'git does not let a hook add files to a merge commit it completes by itself, so the merge was',
      'stopped with everything staged. Complete it with:',
      '  git commit --no-edit',
      'The pre-commit hook then writes those records into the merge commit.',
    ].join('\n'),
    [],
    { exitCode: 1 },
  );
}

/** Tags set with `promptvault tag` for the next commit. */
function readPendingTags(repo: Repo, pendingTagsFile: string): string {
  const file = path.join(repo.gitdir, pendingTagsFile);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
}
