// `promptvault backfill`: replays the history of the current branch (first-parent and merged
// commits, parents first) through the same recorder the hook runs, as if the hook had always been
// installed, and writes the records into vault/ for one commit. Resumable and idempotent.
import fs from 'node:fs';
import path from 'node:path';
import { isUserError, UserError, type Problem } from '../../lib/errors.ts';
import { readConfig } from '../../lib/config/read-fs.ts';
import { commitParents, listTree, listUntracked, openBlobReader, openRepo, readBlobs, resolveHead, stageFiles, type IndexChange, type IndexEntry, type KnownFiles, type Repo } from '../../lib/git/index.ts';
import { pairMoves, readLog, type HistoryCommit } from '../../lib/git/history-git.ts';
import { classifyPath, globToRegExp, idFromPath, isSkippedEntry, danglingUnderGlob, skippedEntryWarning, sourceFolders, sourcePathspecs, SYMLINK_MODE } from '../../lib/prompt/locate.ts';
import { recordCommit } from '../../lib/recorder/record-commit.ts';
import { commitParentsLine } from '../../lib/recorder/brought-records.ts';
import { writeRecordParents } from '../../lib/recorder/record-parents-cache-fs.ts';
import { stableIdKeys } from '../../lib/recorder/stable-id-keys.ts';
import { saveStableIdList } from '../../lib/recorder/stable-id-list-fs.ts';
import { startTokenCounter } from '../../lib/traits/token-counter-fs.ts';
import { openMeasureCache } from '../../lib/traits/measure-cache-fs.ts';
import { writeChunkFileTexts, type ChunkFileText } from '../../lib/traits/chunk-store-fs.ts';
import { openCitationCache, type CitationCache } from '../../lib/recorder/citations-cache-fs.ts';
import { ReplayVault, replayView } from '../../lib/recorder/replay-vault.ts';
import type { Config } from '../../lib/schema/config.ts';
import { citationsOfBlob, type MeasureJob } from './_measure-blob.ts';
import { firstJobsMovesLeave, measureJobs } from './measure-jobs.ts';
import { detectFormat } from '../../lib/formats/index.ts';
import { defaultMeasureThreads, measureAhead, startMeasureThreads, type MeasureThreads } from './measure-ahead.ts';
import { TreeSourceIndex } from './source-index.ts';
import { CitingIndex } from './citing-index.ts';
import { StableIdIndex, type StableIdKeys } from './stable-id-index.ts';
import { ForkedMap } from './forked-map.ts';
import { RecordFiles } from './record-files-fs.ts';
import { RecordPacks } from './record-packs-fs.ts';
import { packsWritableHere } from '../../lib/git/blob-pack-file-fs.ts';
import { SavedStateText, type SavedState } from './saved-state-text.ts';
import { findRecordedLater, HookRecords, type FirstRecord } from './hook-recorded.ts';
import { parseRecordPath } from '../../lib/vault/paths.ts';
import { parseRecord } from '../../lib/vault/serialize.ts';
import { checkpointSchema } from '../../lib/schema/records.ts';
import { CHECKPOINT_EXAMPLE } from '../../lib/vault/read-lineage.ts';
import { versionLabel } from '../../lib/vault/version-label.ts';
import { CHECKPOINTS_DIR, VAULT_DIR } from '../../lib/vault/dirs.ts';
import { createWordNetLexicon } from '../../lib/guard/wordnet-lexicon-fs.ts';
import { threadCpuMicros } from '../../lib/thread-cpu.ts';

export interface BackfillOptions {
  cwd: string;
  /** Start the history at this commit: what it holds counts as new there. Default: the root. */
  from?: string;
  /** Called about once a second with progress. */
  onProgress?: (progress: BackfillProgress) => void;
  /** Aborting stops after the current commit, saves, and throws an `interrupted` error. */
  signal?: AbortSignal;
  env?: Record<string, string | undefined>;
  /**
   * Worker threads that measure the history's prompt blobs ahead of the replay (0: the replay
   * measures them itself). Default: one per core beyond the first, at least 1 and at most 3. The records are the same either way.
   */
  measureThreads?: number;
  /** Commits between saves of the progress (default SAVE_EVERY); tests save more often. */
  saveEvery?: number;
  /** The clock `onProgress` is paced by, in milliseconds (default performance.now); tests step it. */
  progressClock?: () => number;
}

export interface BackfillProgress {
  done: number;
  total: number;
  records: number;
  commitsPerSecond: number;
}

export interface BackfillResult {
  commits: number;
  /** Record files written to vault/ and staged by this run. */
  written: number;
  /** Records that were already in vault/ with that path (a second run writes nothing). */
  kept: number;
  /** Commits taken from a saved earlier run instead of being replayed again. */
  resumed: number;
  /**
   * Problems of files in history, each once however many commits it appears in (a file left
   * broken for 500 commits is one problem, not 500), saying in which commits and whether the file
   * was skipped there (unreadable) or recorded all the same (a forked_from or codex naming nothing).
   */
  problems: Problem[];
  /** What was read leniently or skipped (symbolic links), each listed once for the whole history. */
  warnings: Problem[];
  /**
   * Where the time went: reading the history (`git log`, rename detection, HEAD's records) and
   * starting the measuring, the first commit (a repository's initial import is often most of its
   * prompts), the rest of the replay, and writing and staging the record files.
   */
  seconds: { history: number; first: number; replay: number; writing: number };
  /**
   * CPU seconds (user + system) of the work the history itself costs, apart from the disk: the
   * replay's thread outside its saves and the final writing, and the measuring threads
   * (`process.threadCpuUsage`; git's own processes and libuv's file writes are not in it).
   */
  cpu: { replay: number; measuring: number };
  /**
   * The write phase: record files written, their bytes, the record folders made, and where its
   * wall time (`seconds.writing`) went: the replay's pauses at its periodic saves; once the
   * replay ends, the wait for what those saves started (their files and packs: `backlog`), then
   * the last record files (with their pack, where the writer thread packs: blob-pack-file-fs.ts;
   * since session 36 that save starts as the replay ends, and `files` is its start and what is
   * left of it once this thread has closed the others and written its caches), the packs
   * index-pack writes otherwise (`packs`), and staging them (in process from their known ids and
   * stat, or `update-index`; with the wait for vault/'s trees, which the writer thread makes
   * after the last files: `treesWait`, a part of `staging`).
   */
  writes: { files: number; bytes: number; folders: number; seconds: { saves: number; backlog: number; files: number; packs: number; staging: number }; treesWait: number };
  /**
   * Version bodies whose traits were taken from the measure cache (by body digest, kept under
   * `.git/promptvault/measures/` across runs) and those measured by this run, of which `primed`
   * were measured ahead (by the worker threads, or the replay's share of a large commit).
   */
  measures: { cached: number; measured: number; primed: number };
  /** Worker threads that measured prompt blobs ahead of the replay (0 when none could start). */
  measureThreads: number;
}

/** Progress saved under .git so an interrupted run resumes where it stopped (saved-state-text.ts). */

const STATE_FILE = 'promptvault/backfill.json';
/** Commits between saves of the progress: each save writes the records produced since the last and the state. */
const SAVE_EVERY = 1000;
/**
 * Records produced since the last save that start a save before SAVE_EVERY commits are done: a
 * first import's (13,131 of the bench history's 39,419, in its first commit) were handed to the
 * writer thread only at commit 1,000, which then lagged behind the replay to its end (quiet bench:
 * 1.9 s of the writing phase waited for it, and 0.6 s more for the last save's files).
 */
const SAVE_RECORDS = 10_000;
/**
 * From how many changes a commit is large enough to queue each measuring thread half as many jobs
 * before it is recorded.
 */
const LARGE_COMMIT = 256;
/**
 * Chunk files handed to the record writer thread at a time between saves: with the saves only,
 * the last brought those of the last 568 of the bench history's commits to the run's end.
 */
const CHUNK_FILES = 256;

export async function backfill(options: BackfillOptions): Promise<BackfillResult> {
  // Reading the history counts as replaying it.
  const cpuStarted = threadCpuSeconds();
  const readingStarted = performance.now();
  const repo = await openRepo({ cwd: options.cwd, env: options.env });
  const config = readConfig(repo.dir);
  // They load while the history is read (see startMeasureThreads); a run that stops before it
  // measures ends them here, one that measures hands them to measureAhead, which ends them.
  const threads = startMeasureThreads({ repo, encoding: config.tokenizer, maxBytes: config.max_prompt_bytes, count: options.measureThreads ?? defaultMeasureThreads() });
  try {
    return await replayHistory(options, repo, config, threads, { cpuStarted, readingStarted });
  } finally {
    threads.close();
  }
}

async function replayHistory(options: BackfillOptions, repo: Repo, config: Config, threads: MeasureThreads, { cpuStarted, readingStarted }: { cpuStarted: number; readingStarted: number }): Promise<BackfillResult> {
  const head = await resolveHead(repo);
  if (head === null) throw new UserError('no-commits', 'the repository has no commits yet: there is no history to backfill');
  const from = options.from ? await resolveCommit(repo, options.from) : null;
  // With --from, history starts at that commit: everything it holds is new there.
  // Its symbolic links and submodules the globs take are warned of, as a replayed commit adding them is.
  const skippedAtFrom: Problem[] = [];
  const firstTree = from !== null ? await treeAt(repo, config, from, skippedAtFrom) : undefined;
  const saved = readState(repo, head, from);
  const resumed = new Set(saved?.done ?? []);
  const pathspecs = sourcePathspecs(config);
  // History from `from` on: everything reachable from HEAD but not from any parent of `from`. Its
  // log first, its moves not paired yet; HEAD's prompts listed meanwhile (promptsAtEnd).
  const [history, atEnd] = await Promise.all([
    readLog(repo, { ref: head, exclude: from ? await commitParents(repo, from) : [], pathspecs }),
    promptsAtEnd(repo, config, head, from, firstTree),
  ]);
  // The last commit replayed is HEAD (history holds what HEAD reaches); an empty history keeps none.
  if (history.at(-1)?.oid !== head) atEnd.clear();
  const reader = cachedReader(openBlobReader(repo));
  const stableIds = stableIdReader(reader);
  const tokens = startTokenCounter(config.tokenizer);
  // Measures by body digest, kept across runs: a second backfill (another --from, a config that
  // adds prompt folders, a worktree) measures only the texts no run has measured yet.
  const measures = openMeasureCache({ gitdir: repo.gitdir, encoding: config.tokenizer });
  // What each prompt blob cites, filled as blobs are measured (measure-ahead.ts) and kept for the
  // hook's next clause changes: a replayed commit that changes clauses looks its prompts up
  // instead of grepping them.
  const citations = openCitationCache({ gitdir: repo.gitdir });
  // The threads start on the first commit's prompts (often a repository's whole import) while git
  // pairs the history's moves, with a core free then: those jobs the pairing cannot change
  // (measure-jobs.ts). Measured only once the history was read, the first commit was a third of
  // the bench's backfill, and the history read 2.7-3.3 s of it with a core idle (bench HISTORY, session 34).
  const logJobs = measureJobs(history, config, firstTree, resumed, atEnd);
  // The hook's chunk files of the prompts at HEAD, as they are measured (keepChunksAtHead): handed
  // to the record writer thread CHUNK_FILES at a time (`files`, below), and the rest with each save.
  const chunkPlace = { gitdir: repo.gitdir, encoding: config.tokenizer };
  const chunkTexts: ChunkFileText[] = [];
  // Set once the record files' writer is made (the threads measure while the history's moves are paired).
  let chunkWriter: RecordFiles | undefined;
  const keepChunks = (texts: ChunkFileText[]) => {
    chunkTexts.push(...texts);
    if (chunkWriter && chunkTexts.length >= CHUNK_FILES) chunkWriter.keepChunks(chunkTexts.splice(0));
  };
  const ahead = measureAhead({
    cache: measures, citations, threads, maxBytes: config.max_prompt_bytes, read: (oids) => reader.read(oids), counter: tokens,
    jobs: logJobs, early: firstJobsMovesLeave(history, firstTree, resumed, logJobs),
    chunkFiles: { ...chunkPlace, keep: (texts) => keepChunks(texts) }, idKeys: (file, oid, keys) => stableIds.know(file, oid, keys),
  });
  let jobs: MeasureJob[];
  let hookRecords: HookRecords;
  try {
    await pairMoves(repo, history, pathspecs);
    if (from && (history[0]?.oid !== from || !(await allDescendFrom(repo, from, head, history.length)))) {
      throw new UserError('from-unknown', `--from ${options.from}: history after it also holds commits that do not descend from it (a branch forked earlier and merged later); pass a commit of the current branch that all later history descends from, or none to replay everything`);
    }
    // The checkpoints HEAD holds: a replay that would record one of their prompts otherwise stops
    // before anything is staged (see hook-recorded.ts).
    const held = await listTree(repo, { ref: head, pathspecs: [CHECKPOINTS_DIR] });
    hookRecords = new HookRecords(held.map((entry) => entry.path));
    // Most such histories are told before replaying anything: one pass over the changes read above.
    const recordedLater = findRecordedLater(history, firstTree?.keys() ?? [], await readFirstRecords(repo, held));
    if (recordedLater.length > 0) await refuseSecondRecords(repo, [], recordedLater, new Set(saved?.records.map((record) => record.path)));
    jobs = measureJobs(history, config, firstTree, resumed, atEnd);
    ahead.settle(jobs);
  } catch (error) {
    ahead.close();
    // Any made after the last save (none once every commit is replayed), or of a run stopped before it.
    writeChunkFileTexts(chunkPlace, chunkTexts.splice(0));
    reader.close();
    tokens.close();
    throw error;
  }
  const jobOf = new Map(jobs.map((job) => [job.oid, job]));
  const vault = new ReplayVault();
  // The guard's dictionary for every replayed clause change: the words a codex uses recur from
  // commit to commit, and each is looked up once (one per commit read its lines again each time).
  // It opens its files only on the first lookup.
  const lexicon = createWordNetLexicon();
  const result: BackfillResult = { commits: history.length, written: 0, kept: 0, resumed: 0, problems: [], warnings: [...skippedAtFrom], seconds: { history: 0, first: 0, replay: 0, writing: 0 }, cpu: { replay: 0, measuring: 0 }, writes: { files: 0, bytes: 0, folders: 0, seconds: { saves: 0, backlog: 0, files: 0, packs: 0, staging: 0 }, treesWait: 0 }, measures: { cached: 0, measured: 0, primed: 0 }, measureThreads: 0 };
  const timed = (key: keyof BackfillResult['seconds'], since: number) => {
    result.seconds[key] += (performance.now() - since) / 1000;
  };
  // A part of the write phase (`writes.seconds`), added to `seconds.writing` too: that is their sum.
  const lap = (key: keyof BackfillResult['writes']['seconds'], since: number) => {
    const now = performance.now();
    result.writes.seconds[key] += (now - since) / 1000;
    result.seconds.writing += (now - since) / 1000;
    return now;
  };
  // The replay thread's CPU spent saving, taken out of its replay figure.
  let savingCpu = 0;
  // The saves before the last, once the last is started (the end waits for each apart), and
  // whether the replay got past it without an error (a run that stops waits for every save).
  let earlierSaves: Promise<void> | undefined;
  let replayed = false;
  const trees = new Map<string, Map<string, string>>();
  // The ids each file map gives and what its prompts cite, beside it (a map taken over by a child
  // takes its indexes along).
  const indexes = new WeakMap<Map<string, string>, TreeIndexes>();
  const childrenLeft = countChildren(history);
  // Records of commits a saved earlier run replayed: written then, staged only at the end.
  const resumedPaths = new Set<string>();
  // Record objects go into a pack per save (record-packs-fs.ts), once its files are written.
  const packs = new RecordPacks(repo);
  // Record files are written while the replay goes on (record-files-fs.ts); `handedOver` counts
  // the vault's records handed to it, and `state` keeps their part of the resume state's text. A
  // record already in vault/ from elsewhere is not packed (a second run writes nothing); one an
  // interrupted run wrote and this one resumed is.
  // The writer thread packs them itself where it may (blob-pack-file-fs.ts); what it did not,
  // index-pack does from this thread.
  const files: RecordFiles = new RecordFiles(repo.dir, (batch) => {
    packs.add(batch.filter((record) => (files.written.has(record.path) || resumedPaths.has(record.path)) && !files.packed.has(record.oid)).map((record) => ({ oid: record.oid, bytes: record.text })));
  }, { packDir: packsWritableHere(repo), packKept: (file) => resumedPaths.has(file), chunkFiles: chunkPlace });
  chunkWriter = files;
  const handedOver = { count: 0, state: new SavedStateText() };
  const seen = new ProblemsSeen();
  const started = performance.now();
  result.seconds.history = (started - readingStarted) / 1000;
  const progressNow = options.progressClock ?? (() => performance.now());
  let lastProgress = progressNow();
  const warned = new Set<string>(skippedAtFrom.map((warning) => `${warning.file}\0${warning.code}\0${warning.message}`));

  result.measureThreads = ahead.threads;
  try {
    for (const [i, commit] of history.entries()) {
      const index = vault.addCommit(commit.oid, commit.parents, history.length);
      const startsHistory = i === 0 && firstTree !== undefined;
      const first = commit.parents[0];
      const parentTree = first ? trees.get(first) : new Map<string, string>();
      // The parent's last child to be replayed takes its file map over instead of copying it: a
      // copy of every prompt path per commit was O(prompts) work at each of thousands of commits.
      const lastChild = first !== undefined && (childrenLeft.get(first) ?? 1) <= 1;
      const sources = startsHistory
        ? firstTree
        : applyChanges(parentTree ?? (await treeAt(repo, config, first!)), commit, config, { inPlace: parentTree !== undefined && lastChild, indexes, citations });
      const changes = startsHistory ? [...sources].map(([file, oid]) => ({ status: 'A' as const, path: file, oldOid: null, newOid: oid })) : commit.changes;
      trees.set(commit.oid, sources);
      for (const parent of commit.parents) release(trees, childrenLeft, parent, indexes);

      if (resumed.has(commit.oid)) {
        for (const record of saved!.records.filter((r) => r.commit === commit.oid)) {
          vault.add(index, record.path, fs.readFileSync(path.join(repo.dir, record.path), 'utf8'));
          resumedPaths.add(record.path);
        }
        result.resumed++;
        continue;
      }
      const commitStarted = performance.now();
      await ahead.ready(changes.flatMap((change) => (change.newOid ? [change.newOid] : [])));
      await citeAtNewShapes(changes, jobOf, config, reader, citations);
      // Recording a large commit (a first import: 6,000 prompts, about 10 s) yields to the event
      // loop too seldom for the threads' answers to fetch new batches: queue them work for it.
      if (changes.length >= LARGE_COMMIT) ahead.keepBusy(changes.length / 2);
      const treeIndexes = indexesFor(indexes, sources, config, citations);
      const records = await recordCommit({
        view: replayView({
          vault, commit: index, sources,
          replay: { sourceIndex: treeIndexes.ids, promptsCiting: (ids) => treeIndexes.citing.citing(ids, sources), parsedPrompt: (file) => ahead.takeParsed(file.oid, file.path), records: vault.records },
          readSource: (oids) => reader.read(oids), grepSource: (pattern, specs) => grepSources(reader, sources, pattern, specs),
          stableIdFiles: (ids, specs) => stableIds.files(sources, treeIndexes.stableIds, ids, specs) }),
        config, dir: repo.dir, changes: [...changes, ...vault.broughtByMerge(commit.parents)], head: commit.parents[0] ?? null,
        mergeHeads: commit.parents.slice(1), createdAt: commit.date, userTags: [], env: options.env ?? process.env, lenient: true, tokens, measures, citations, lexicon,
      });
      ahead.forget(changes.flatMap((change) => (change.newOid ? [change.newOid] : [])));
      for (const write of records.writes) {
        hookRecords.note(write.path, commit.oid);
        vault.add(index, write.path, write.content, write.record);
      }
      if (hookRecords.found) break;
      timed(i === 0 ? 'first' : 'replay', commitStarted);
      for (const warning of records.warnings) {
        const key = `${warning.file}\0${warning.code}\0${warning.message}`;
        if (!warned.has(key)) result.warnings.push(warning);
        warned.add(key);
      }
      // A prompt whose reference names nothing (forked_from, codex) is recorded all the same; one
      // that cannot be read is not. The summary says which.
      const recordedIds = new Set(records.versions.map((version) => version.prompt));
      for (const problem of records.problems) seen.add(problem, commit.oid, classifyPath(problem.file, config) === 'prompt' && recordedIds.has(idFromPath(problem.file, 'prompt', config)));

      // The last commit is reported once, at the end (after the writes): reported here too, a
      // history whose last commit took over a second printed its final line twice.
      const now = progressNow();
      if (options.onProgress && i + 1 < history.length && now - lastProgress > 1000) {
        lastProgress = now;
        options.onProgress({ done: i + 1, total: history.length, records: vault.all().length, commitsPerSecond: ((i + 1) / (performance.now() - started)) * 1000 });
      }
      if ((i + 1) % (options.saveEvery ?? SAVE_EVERY) === 0 || vault.all().length - handedOver.count >= SAVE_RECORDS || options.signal?.aborted) {
        const savingStarted = performance.now();
        const savingCpuStarted = threadCpuSeconds();
        // What stopped an earlier save stops the run here; one still under way is not waited for.
        if (files.failed) await settle(files);
        save(repo, vault, history.slice(0, i + 1), head, from, files, handedOver, { chunkTexts: chunkTexts.splice(0) });
        // The measure cache is not written here but once, when the run ends or is stopped (below):
        // written whole at each save, it held the replay's thread for its 18,000 entries five
        // times over. A run killed outright loses it, and the resumed run replays only the
        // commits not done, whose texts were mostly not measured yet anyway.
        if (options.signal?.aborted) await settle(files);
        lap('saves', savingStarted);
        savingCpu += threadCpuSeconds() - savingCpuStarted;
        if (options.signal?.aborted) {
          throw new UserError('interrupted', `promptvault backfill: interrupted after ${i + 1} of ${history.length} commits; progress is saved, run \`promptvault backfill\` again to resume`, [], { exitCode: 130 });
        }
      }
    }
    // The last save starts as soon as the replay ends, vault/'s trees asked of the writer thread
    // with it: the thread writes the last records and makes and packs the trees while this one
    // saves HEAD's id lines, ends its threads and writes its caches (until session 36 this thread
    // made the trees when it staged the records: 0.7-1.3 s at the end of the bench's run, loaded).
    if (!hookRecords.found) {
      const lastStarted = performance.now();
      const lastCpuStarted = threadCpuSeconds();
      // (A failure of theirs is thrown by the wait for the last, below.)
      earlierSaves = files.settled().catch(() => {});
      // Not on a resumed run: the earlier run's records are not the thread's, so the staging could
      // not take trees made without them (knownRecords declines them), and they would lie unused.
      save(repo, vault, history, head, from, files, handedOver, { trees: resumedPaths.size === 0, chunkTexts: chunkTexts.splice(0) });
      lap('files', lastStarted);
      savingCpu += threadCpuSeconds() - lastCpuStarted;
    }
    // Before the reader closes: HEAD's id lines, most of them read already by the replay.
    if (!hookRecords.found && history.at(-1)?.oid === head) await saveHeadStableIds(repo, config, head, trees.get(head), indexes, stableIds.keys);
    replayed = true;
  } catch (error) {
    // The run stops: the writer thread ends once the saves started so far have.
    void files.close();
    throw error;
  } finally {
    result.cpu = { replay: threadCpuSeconds() - cpuStarted - savingCpu, measuring: ahead.cpuSeconds() };
    // A run stopped by an error lets the saves it started end: none is cut off by the exit.
    // Timed: the last saves' files and packs are often still under way when the replay ends.
    const backlogStarted = performance.now();
    // Stopped, it waits for the writer thread's trees too (close): an exit cuts their pack short.
    await (replayed && earlierSaves ? earlierSaves : files.close());
    // Nor is a pack: git would leave a temporary pack file behind.
    await packs.settled();
    lap('backlog', backlogStarted);
    ahead.close();
    // Any made after the last save (none once every commit is replayed), or of a run stopped before it.
    writeChunkFileTexts(chunkPlace, chunkTexts.splice(0));
    reader.close();
    tokens.close();
    lexicon.close();
    // The one write of the measure cache in a run (and the citation cache's), stopped or not.
    measures.save();
    citations.save();
    const { hits, misses, primed } = measures.stats();
    result.measures = { cached: hits, measured: misses, primed };
    result.problems = seen.list();
  }
  if (hookRecords.found) {
    await files.close();
    await refuseSecondRecords(repo, files.written, hookRecords.problems(), resumedPaths);
  }
  // Each part of the end timed apart. The last save, started when the replay ended: the writer
  // thread ends once it is written and vault/'s trees are made.
  let since = performance.now();
  void files.close();
  // However the end goes, the run ends after the writer thread: vault/'s trees may still be being
  // packed there (unused when the staging could not take them), and the CLI's exit would leave a
  // temporary pack file half-written in objects/pack.
  try {
    await settle(files);
    since = lap('files', since);
    result.written = files.written.size;
    result.kept = files.kept;
    result.writes = { ...result.writes, files: files.written.size, bytes: files.bytes, folders: files.foldersMade };
    // Every record, not only this run's: an interrupted run wrote some that the resumed one keeps.
    const all = vault.all();
    if (all.length > 0) {
      // Their objects are in packs first: update-index then finds each there instead of writing tens
      // of thousands of loose objects.
      await packs.settled();
      since = lap('packs', since);
      // In path order: update-index reads the attribute files of each path's folders, and keeps
      // those of the last path's; in the order the records were made (a prompt's folders, then
      // another's, then the first's again) it opened 155,000 missing .gitattributes for the bench
      // history's 39,419 records (a strace of a whole run), 25,000 sorted; the same paths shuffled
      // cost update-index about 0.25 s more CPU than sorted, 3 runs each.
      // Each path once: two branches can make the same record name (the first text is written).
      const paths = [...new Set(all.map((record) => record.path))].sort();
      const known = knownRecords(paths, files);
      // The adoption commit's hook tells these records from an earlier attempt at its own commit by
      // their commit_parents line: left here, it reads none of them back (record-parents-cache-fs.ts).
      // (Before the staging, while the writer thread may still be making vault/'s trees.)
      writeRecordParents(repo.gitdir, recordParents(all, vault));
      // vault/'s trees as the writer thread made and packed them: the staging takes them when they
      // are those of exactly the records it stages (index-merge.ts), and makes them otherwise.
      const treesAsked = performance.now();
      const stored = known ? await files.storedTrees() : undefined;
      result.writes.treesWait = (performance.now() - treesAsked) / 1000;
      await stageFiles(repo, paths, { packed: true, known: known && stored ? { ...known, stored } : known });
      lap('staging', since);
    }
  } finally {
    await files.close();
  }
  fs.rmSync(path.join(repo.gitdir, STATE_FILE), { force: true });
  options.onProgress?.({ done: history.length, total: history.length, records: vault.all().length, commitsPerSecond: (history.length / (performance.now() - started)) * 1000 });
  return result;
}

/**
 * Takes back the record files this run wrote (none was staged), and those an interrupted earlier
 * run wrote that it resumed (its saved state goes too, so nothing would ever stage them), and
 * refuses, naming each prompt. Of the earlier run's, only the untracked: its state also lists
 * records it found already in vault/, which are the repository's.
 */
async function refuseSecondRecords(repo: Repo, written: Iterable<string>, problems: Problem[], resumedPaths: ReadonlySet<string>): Promise<never> {
  const removed = [...written];
  if (resumedPaths.size > 0) removed.push(...(await listUntracked(repo, { pathspecs: [VAULT_DIR] })).filter((file) => resumedPaths.has(file)));
  for (const file of removed) fs.rmSync(path.join(repo.dir, file), { force: true });
  // And the folders those files were the first in (a prompt's record folder, vault/ itself).
  const folders = new Set(removed.flatMap((file) => ancestors(path.dirname(file))));
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    try {
      fs.rmdirSync(path.join(repo.dir, folder));
    } catch {
      // Not empty (it holds the repository's records) or already gone.
    }
  }
  fs.rmSync(path.join(repo.gitdir, STATE_FILE), { force: true });
  throw new UserError('backfill-already-recorded', 'promptvault backfill: this history is already recorded (by the hook, or a backfill committed earlier), and backfill is for a history without records (nothing was written)', problems);
}

/**
 * The records as the writer thread left them (each written, packed and `lstat`ed by it), for
 * staging without update-index reading and hashing the files again; undefined when any is not
 * (written by the thread pool, found in vault/, resumed, or its pack refused): update-index stages them all then.
 */
function knownRecords(paths: string[], files: RecordFiles): KnownFiles | undefined {
  const entries: KnownFiles['entries'][number][] = [];
  for (const file of paths) {
    const known = files.entries.get(file);
    if (known === undefined || !files.packed.has(known.oid)) return undefined;
    entries.push({ path: file, file: known });
  }
  return { entries, madeFolders: files.madeFolders };
}

/** The commit_parents line (commitParentsLine's) of each mutation record whose text the replay holds, by blob id. */
function recordParents(records: readonly { path: string; oid: string }[], vault: ReplayVault): Map<string, string> {
  const parents = new Map<string, string>();
  for (const { path: file, oid } of records) {
    if (parents.has(oid) || parseRecordPath(file)?.kind !== 'mutation') continue;
    const text = vault.text(oid);
    const line = text === undefined ? undefined : commitParentsLine(text.toString('utf8'));
    if (line !== undefined) parents.set(oid, line);
  }
  return parents;
}

/** `vault/checkpoints/a/b` -> itself, `vault/checkpoints/a`, `vault/checkpoints`, `vault`. */
function ancestors(folder: string): string[] {
  const all: string[] = [];
  for (let dir = folder; dir !== '.' && dir !== '' && dir !== '/'; dir = path.dirname(dir)) all.push(dir);
  return all;
}

/** Each prompt's lowest-version checkpoints at HEAD, read: where and from which commit the hook (or a backfill) started its lineage. */
async function readFirstRecords(repo: Repo, held: readonly { path: string; oid: string }[]): Promise<FirstRecord[]> {
  const lowest = new Map<string, { version: number; entries: { path: string; oid: string; name: string }[] }>();
  for (const entry of held) {
    const parsed = parseRecordPath(entry.path);
    if (parsed?.kind !== 'checkpoint') continue;
    const version = Number.parseInt(parsed.name, 10);
    const known = lowest.get(parsed.id);
    if (!known || version < known.version) lowest.set(parsed.id, { version, entries: [{ ...entry, name: parsed.name }] });
    else if (version === known.version) known.entries.push({ ...entry, name: parsed.name });
  }
  if (lowest.size === 0) return [];
  const entries = [...lowest.values()].flatMap(({ entries }) => entries);
  const reader = openBlobReader(repo);
  try {
    const blobs = await reader.read(entries.map((entry) => entry.oid));
    return entries.flatMap((entry) => {
      const parsed = parseRecord(blobs.get(entry.oid)!.toString('utf8'), entry.path, checkpointSchema, CHECKPOINT_EXAMPLE);
      // An invalid record is check's to report; the replay's own test still applies.
      if (!parsed.ok) return [];
      const record = parsed.value;
      return [{ prompt: record.prompt, path: record.path, commitParents: record.commit_parents, label: versionLabel(record.version, entry.name.replace(/\.yaml$/, '')) }];
    });
  } finally {
    reader.close();
  }
}

/** Problems met while replaying, each once (keyed by file, code and message), by file. */
class ProblemsSeen {
  readonly #byKey = new Map<string, { problem: Problem; first: string; last: string; commits: number; recorded: number }>();

  /** `recorded`: the file was recorded in that commit all the same (a reference naming nothing). */
  add(problem: Problem, commit: string, recorded = false): void {
    const key = `${problem.file}\0${problem.code}\0${problem.message}`;
    const known = this.#byKey.get(key);
    if (known) {
      known.last = commit;
      known.commits++;
      if (recorded) known.recorded++;
    } else this.#byKey.set(key, { problem, first: commit, last: commit, commits: 1, recorded: recorded ? 1 : 0 });
  }

  list(): Problem[] {
    const entries = [...this.#byKey.values()].sort((a, b) => a.problem.file.localeCompare(b.problem.file) || (a.problem.line ?? 0) - (b.problem.line ?? 0));
    return entries.map(({ problem, first, last, commits, recorded }) => ({
      ...problem,
      message: `${problem.message} (${commits === 1 ? `in commit ${first.slice(0, 10)}` : `in ${commits} commits, ${first.slice(0, 10)} to ${last.slice(0, 10)}`}; ${recorded === 0 ? 'skipped there' : recorded === commits ? 'recorded there all the same, without what it names' : `recorded in ${recorded} of them all the same, skipped in the others`})`,
    }));
  }
}

/**
 * Starts writing the records produced since the last save that vault/ does not have yet, then the
 * resume state (see RecordFiles): the replay goes on meanwhile.
 */
function save(repo: Repo, vault: ReplayVault, done: HistoryCommit[], head: string, from: string | null, files: RecordFiles, handedOver: { count: number; state: SavedStateText }, options: { trees?: boolean; chunkTexts?: ChunkFileText[] } = {}): void {
  const all = vault.all();
  const fresh = all.slice(handedOver.count).map((record) => ({ path: record.path, text: vault.text(record.oid)!, oid: record.oid }));
  handedOver.count = all.length;
  const stateText = () => handedOver.state.text(head, from, done.map((commit) => commit.oid), all);
  files.save(fresh, { file: path.join(repo.gitdir, STATE_FILE), text: stateText }, options);
}

/**
 * Waits for the saves started so far. Each record file is whole or absent; when the disk refuses
 * one (full, read-only), the error says so and that a second run keeps what was written and
 * writes the rest.
 */
async function settle(files: RecordFiles): Promise<void> {
  try {
    await files.settled();
  } catch (error) {
    if (!isUserError(error) || !error.code.startsWith('fs-')) throw error;
    throw new UserError(error.code, `${error.message}\npromptvault backfill: stopped; every record written so far is whole. Fix the cause below, then run \`promptvault backfill\` again: it keeps those records and writes the rest.`, error.problems, { cause: error });
  }
}

function readState(repo: Repo, head: string, from: string | null): SavedState | undefined {
  const file = path.join(repo.gitdir, STATE_FILE);
  if (!fs.existsSync(file)) return undefined;
  let state: SavedState;
  try {
    state = JSON.parse(fs.readFileSync(file, 'utf8')) as SavedState;
  } catch {
    // Cut short (a full disk) or edited: not a state to resume from; replay from scratch.
    return undefined;
  }
  // A saved run of another HEAD or start is stale: replay from scratch.
  if (state?.head !== head || state.from !== from || !Array.isArray(state.done) || !Array.isArray(state.records)) return undefined;
  if (!state.records.every((record) => fs.existsSync(path.join(repo.dir, record.path)))) return undefined;
  return state;
}

async function resolveCommit(repo: Repo, ref: string): Promise<string> {
  const { runGit } = await import('../../lib/git/native-git.ts');
  const { stdout, code } = await runGit(['rev-parse', '--verify', '-q', `${ref}^{commit}`], { ...repo, okCodes: [1] });
  if (code !== 0) throw new UserError('from-unknown', `--from ${ref}: no such commit`);
  return stdout.toString('utf8').trim();
}

/** Whether every commit between `from` and `head` descends from `from` (none forked before it). */
async function allDescendFrom(repo: Repo, from: string, head: string, count: number): Promise<boolean> {
  const { runGit } = await import('../../lib/git/native-git.ts');
  const { stdout } = await runGit(['rev-list', '--count', '--ancestry-path', `${from}..${head}`], repo);
  return Number(stdout.toString('utf8').trim()) + 1 === count;
}

/**
 * The blobs of prompts, kept once read while they fit in a budget: a file is read again by a
 * merge that joins it, by a grep over the commit's files, by a move's pairing; most of those come
 * soon after the commit that staged it. Keeping every blob of the history held about half a
 * gigabyte at 10,000 prompts.
 */
interface CachedReader extends ReturnType<typeof openBlobReader> {
  /** Decoded text of blobs, kept too: grep reads the same files commit after commit. */
  texts(oids: string[]): Promise<Map<string, string>>;
}

/** Bytes of blobs, and separately of decoded texts, the reader keeps (the oldest go first). */
const READER_BUDGET = 64 * 1024 * 1024;

function cachedReader(reader: ReturnType<typeof openBlobReader>): CachedReader {
  const cache = new BoundedCache<Buffer>((blob) => blob.length);
  const decoded = new BoundedCache<string>((text) => text.length * 2);
  const read = async (oids: string[]) => {
    const found = new Map<string, Buffer>();
    const missing: string[] = [];
    for (const oid of oids) {
      const blob = cache.get(oid);
      if (blob) found.set(oid, blob);
      else missing.push(oid);
    }
    for (const [oid, blob] of await reader.read(missing)) {
      cache.set(oid, blob);
      found.set(oid, blob);
    }
    return new Map(oids.map((oid) => [oid, found.get(oid)!]));
  };
  return {
    read,
    async texts(oids) {
      const found = new Map<string, string>();
      const missing: string[] = [];
      for (const oid of oids) {
        const text = decoded.get(oid);
        if (text !== undefined) found.set(oid, text);
        else missing.push(oid);
      }
      for (const [oid, blob] of await read(missing)) {
        const text = blob.toString('utf8');
        decoded.set(oid, text);
        found.set(oid, text);
      }
      return new Map(oids.map((oid) => [oid, found.get(oid)!]));
    },
    close: () => reader.close(),
  };
}

/**
 * A map that keeps its newest entries within READER_BUDGET bytes: past it, the older half goes in
 * one pass (evicting one entry per insertion walked the map's deleted slots again each time).
 */
class BoundedCache<T> {
  readonly #entries = new Map<string, T>();
  readonly #size: (value: T) => number;
  #bytes = 0;

  constructor(size: (value: T) => number) {
    this.#size = size;
  }

  get(key: string): T | undefined {
    return this.#entries.get(key);
  }

  set(key: string, value: T): void {
    const old = this.#entries.get(key);
    if (old !== undefined) this.#bytes -= this.#size(old);
    this.#entries.set(key, value);
    this.#bytes += this.#size(value);
    if (this.#bytes <= READER_BUDGET) return;
    for (const [oldest, kept] of this.#entries) {
      if (this.#bytes <= READER_BUDGET / 2 || oldest === key) break;
      this.#entries.delete(oldest);
      this.#bytes -= this.#size(kept);
    }
  }
}

/**
 * The replayed commit's files with an id line for one of the ids a commit stages (the recorder's
 * uniqueness check of front-matter ids), from each blob's id lines (stableIdKeys) read once for the
 * whole run and the tree's index of them (stable-id-index.ts): it grepped every source text
 * instead, at every commit staging a prompt with an id, and then went over every file of the tree.
 * A blob's keys come from whoever measured it (`know`: the thread or the replay, which has its
 * bytes then); only the others are read here. Read here, every prompt blob was read from git a
 * second time (the first commit's 6,314 in one go), and those reads and their scans were about a
 * thirteenth of the replay thread's profile (bench HISTORY, session 32).
 */
function stableIdReader(reader: CachedReader) {
  const keysOf = new Map<string, string[]>();
  // By blob and format: a blob whose id only the record's parse reads is parsed as its path's shape.
  const keyOf = (file: string, oid: string) => `${detectFormat(file)} ${oid}`;
  const keys: StableIdKeys = {
    async keys(files) {
      const unknown = new Map<string, string[]>();
      for (const [file, oid] of files) {
        if (keysOf.has(keyOf(file, oid))) continue;
        const paths = unknown.get(oid);
        if (paths) paths.push(file);
        else unknown.set(oid, [file]);
      }
      const oids = [...unknown.keys()];
      for (let start = 0; start < oids.length; start += STABLE_ID_BATCH) {
        for (const [oid, bytes] of await reader.read(oids.slice(start, start + STABLE_ID_BATCH))) {
          for (const file of unknown.get(oid)!) if (!keysOf.has(keyOf(file, oid))) keysOf.set(keyOf(file, oid), stableIdKeys(bytes, file));
        }
      }
      return new Map(files.map(([file, oid]) => [file, keysOf.get(keyOf(file, oid))!]));
    },
  };
  // Which files the pathspecs take, by pathspecs and path: the same files are asked at every commit.
  const matching = new Map<string, { globs: RegExp[]; taken: Map<string, boolean> }>();
  return {
    keys,
    /** The keys of a blob at a path of `file`'s shape, read by whoever had the blob (the measuring): not read again. */
    know(file: string, oid: string, found: string[]): void {
      keysOf.set(keyOf(file, oid), found);
    },
    files(sources: Map<string, string>, index: StableIdIndex, ids: string[], pathspecs: string[]): Promise<IndexEntry[]> {
      const key = pathspecs.join('\0');
      let matches = matching.get(key);
      if (!matches) matching.set(key, (matches = { globs: pathspecs.map((spec) => globToRegExp(spec.replace(/^:\(glob\)/, ''))), taken: new Map() }));
      const { globs, taken } = matches;
      return index.files(ids, sources, keys, (file) => {
        let yes = taken.get(file);
        if (yes === undefined) taken.set(file, (yes = globs.some((glob) => glob.test(file))));
        return yes;
      });
    },
  };
}

/** Blobs read at a time for their id lines: a first commit can hold 100 MB of prompts. */
const STABLE_ID_BATCH = 2_000;

/**
 * Saves the hook's list of front-matter ids for HEAD (lib/recorder/stable-id-list-fs.ts) from the
 * replay's index of HEAD's prompt files, so that the first commit staging an id after the adoption
 * moves it by one `git diff-tree` instead of building it from a `git grep` of the tree (193 MB of
 * git's memory and 3.7 s of CPU at the bench's 10,000 prompts). Only when the replay has read
 * nearly every prompt's id lines already (it reads them all at each commit that stages an id): for
 * a history without ids, reading every prompt blob of HEAD again would cost each adoption what
 * the hook pays only if an id is ever committed.
 */
async function saveHeadStableIds(repo: Repo, config: Config, head: string, sources: Map<string, string> | undefined, indexes: WeakMap<Map<string, string>, TreeIndexes>, keys: StableIdKeys): Promise<void> {
  const index = sources && indexes.get(sources)?.stableIds;
  if (!sources || !index || index.pending > STABLE_ID_BATCH) return;
  const lines = (await index.lines(sources, keys)).filter((line) => !line.path.startsWith(`${VAULT_DIR}/`));
  saveStableIdList(repo.gitdir, { commit: head, pathspecs: sourcePathspecs(config), globs: config, lines });
}

/** `git grep -E` over the replayed commit's files, in memory (the patterns use only [[:space:]]). */
async function grepSources(reader: CachedReader, sources: Map<string, string>, pattern: string, pathspecs: string[]): Promise<string[]> {
  const regex = new RegExp(pattern.replaceAll('[[:space:]]', '\\s'), 'm');
  const globs = pathspecs.map((spec) => globToRegExp(spec.replace(/^:\(glob\)/, '')));
  const files = [...sources].filter(([file]) => globs.some((glob) => glob.test(file)));
  const texts = await reader.texts(files.map(([, oid]) => oid));
  return files.filter(([, oid]) => regex.test(texts.get(oid)!)).map(([file]) => file);
}

/**
 * Prompt and clause files of a commit outside the replayed range (or where history starts);
 * the symbolic links and submodules the globs take go into `skipped` as warnings, when given.
 */
async function treeAt(repo: Repo, config: Config, ref: string, skipped?: Problem[]): Promise<Map<string, string>> {
  const tree = new Map<string, string>();
  const links: { path: string; oid: string }[] = [];
  for (const entry of await listTree(repo, { ref, pathspecs: sourceFolders(config), submodules: skipped !== undefined })) {
    if (!classifyPath(entry.path, config)) continue;
    // Symbolic links and submodules are skipped, as by the hook and check (see locate.ts, isSkippedEntry).
    if (!isSkippedEntry(entry.mode)) tree.set(entry.path, entry.oid);
    else if (entry.mode === SYMLINK_MODE && skipped !== undefined) links.push({ path: entry.path, oid: entry.oid });
    else skipped?.push(skippedEntryWarning(entry.path, entry.mode));
  }
  // A link's blob is the path it points to: its warning says where, as the hook's and a replayed
  // commit's do (a link to a text no glob takes is one nothing records; before, --from said
  // "promptvault records the file it points to ... nothing to do" of every link).
  const targets = links.length > 0 ? await readBlobs(repo, links.map((link) => link.oid)) : new Map<string, Buffer>();
  // A target a glob takes is in the listing (or is itself a link) when it exists.
  const linkPaths = new Set(links.map((link) => link.path));
  const dangling = (file: string, target: string): boolean => danglingUnderGlob(file, target, config, (linked) => tree.has(linked) || linkPaths.has(linked));
  for (const link of links) {
    const target = targets.get(link.oid);
    skipped!.push(skippedEntryWarning(link.path, SYMLINK_MODE, target === undefined || target.byteLength === 0 ? undefined : { target: target.toString('utf8'), config, dangling: dangling(link.path, target.toString('utf8')) }));
  }
  return tree;
}

/** What backfill keeps beside each file map, updated with it commit by commit. */
interface TreeIndexes {
  ids: TreeSourceIndex;
  citing: CitingIndex;
  stableIds: StableIdIndex;
}

function applyChanges(parent: Map<string, string>, commit: HistoryCommit, config: Config, options: { inPlace: boolean; indexes: WeakMap<Map<string, string>, TreeIndexes>; citations: CitationCache }): Map<string, string> {
  // A parent whose other children are still to replay is forked, not copied (forked-map.ts); one
  // read from git or where history starts is copied once into a map that can be.
  const tree = parent instanceof ForkedMap ? (options.inPlace ? parent : parent.fork()) : new ForkedMap(parent);
  const parentIndexes = options.indexes.get(parent);
  const kept = parentIndexes
    ? options.inPlace ? parentIndexes : { ids: parentIndexes.ids.copy(), citing: parentIndexes.citing.copy(), stableIds: parentIndexes.stableIds.copy() }
    : indexesOf(parent, config, options.citations);
  options.indexes.set(tree, kept);
  const remove = (file: string) => {
    if (!tree.delete(file)) return;
    kept.ids.remove(file);
    kept.citing.remove(file);
    kept.stableIds.remove(file);
  };
  for (const change of commit.changes) {
    if (change.fromPath) remove(change.fromPath);
    if (change.status === 'D') remove(change.path);
    else if (isSkippedEntry(change.newMode)) remove(change.path);
    else if (change.newOid) {
      const kind = classifyPath(change.path, config);
      if (!kind) continue;
      tree.set(change.path, change.newOid);
      kept.ids.add(change.path);
      if (kind === 'prompt') {
        kept.citing.set(change.path, change.newOid);
        kept.stableIds.set(change.path, change.newOid);
      }
    }
  }
  return tree;
}

/**
 * What a prompt blob cites, put into the citation cache for a path of another shape than the one
 * it was measured at (a move between tools' folders, a copy): the measuring covers each blob once,
 * under its first path's shape, and a commit changing clauses greps every prompt file as soon as
 * one is unknown. Blobs of the commits a resumed run takes from the saved one are not covered
 * (those commits are not replayed): after a resume, clause changes may grep again.
 */
async function citeAtNewShapes(changes: IndexChange[], jobOf: Map<string, MeasureJob>, config: Config, reader: CachedReader, citations: CitationCache): Promise<void> {
  const missing: MeasureJob[] = [];
  for (const change of changes) {
    if (!change.newOid || change.status === 'D' || isSkippedEntry(change.newMode) || classifyPath(change.path, config) !== 'prompt') continue;
    const kind = detectFormat(change.path);
    const job = jobOf.get(change.newOid);
    if ((job && detectFormat(job.path) === kind) || citations.get(change.newOid, kind)) continue;
    missing.push({ oid: change.newOid, path: change.path, id: idFromPath(change.path, 'prompt', config) });
  }
  if (missing.length === 0) return;
  let blobs: Map<string, Buffer>;
  try {
    blobs = await reader.read(missing.map((job) => job.oid));
  } catch {
    // A blob git cannot read: the recorder meets it too, and reports it.
    return;
  }
  for (const job of missing) {
    const cited = citationsOfBlob(blobs.get(job.oid)!, job);
    if (cited) citations.set(job.oid, detectFormat(job.path), cited);
  }
}

/** The indexes of a file map, made from the map if it has none yet. */
function indexesFor(indexes: WeakMap<Map<string, string>, TreeIndexes>, tree: Map<string, string>, config: Config, citations: CitationCache): TreeIndexes {
  let found = indexes.get(tree);
  if (!found) indexes.set(tree, (found = indexesOf(tree, config, citations)));
  return found;
}

function indexesOf(tree: Map<string, string>, config: Config, citations: CitationCache): TreeIndexes {
  const prompts = [...tree].filter(([file]) => classifyPath(file, config) === 'prompt');
  return { ids: TreeSourceIndex.of(tree, config), citing: CitingIndex.of(prompts, citations), stableIds: StableIdIndex.of(prompts) };
}

/**
 * The paths of the prompts the history's last commit holds, by blob: where the hook's chunk files
 * of backfill's last versions go. Read from git (one `ls-tree`, while `git log` runs and a core
 * is free), not from the replay's last file map: the measuring threads write each file as soon
 * as they measure its blob.
 */
async function promptsAtEnd(repo: Repo, config: Config, head: string, from: string | null, firstTree: Map<string, string> | undefined): Promise<Map<string, string[]>> {
  const atEnd = new Map<string, string[]>();
  const tree = from === head && firstTree ? firstTree : await treeAt(repo, config, head);
  for (const [file, oid] of tree) {
    if (classifyPath(file, config) !== 'prompt') continue;
    const paths = atEnd.get(oid);
    if (paths) paths.push(file);
    else atEnd.set(oid, [file]);
  }
  return atEnd;
}

function countChildren(history: HistoryCommit[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const commit of history) for (const parent of commit.parents) counts.set(parent, (counts.get(parent) ?? 0) + 1);
  return counts;
}

/**
 * Frees a commit's file map once its last child has been replayed. A map no child took over (a
 * merged branch's tip) is disposed of with its indexes: a map forked from the same parent's is
 * then the shared one's alone again (forked-map.ts).
 */
function release(trees: Map<string, Map<string, string>>, childrenLeft: Map<string, number>, parent: string, indexes: WeakMap<Map<string, string>, TreeIndexes>): void {
  const left = (childrenLeft.get(parent) ?? 1) - 1;
  childrenLeft.set(parent, left);
  if (left > 0) return;
  const tree = trees.get(parent);
  trees.delete(parent);
  if (!(tree instanceof ForkedMap) || [...trees.values()].includes(tree)) return;
  tree.dispose();
  indexes.get(tree)?.ids.dispose();
  indexes.get(tree)?.citing.dispose();
  indexes.get(tree)?.stableIds.dispose();
  indexes.delete(tree);
}

/** This thread's CPU so far (user + system), in seconds. */
function threadCpuSeconds(): number {
  return threadCpuMicros() / 1e6;
}

