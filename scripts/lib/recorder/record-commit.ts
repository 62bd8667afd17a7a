// The recorder: given the files of a commit being made and what it changes against its first
// parent, decide which prompt versions and clause audits it needs and build their records. Shared
// by the pre-commit hook and by backfill, so both write the same records for the same change.
import { UserError, type Problem } from '../errors.ts';
import type { IndexChange } from '../git/index.ts';
import { buildVersion, type ParentVersion } from '../lineage/build.ts';
import { findHeads, refKey } from '../lineage/heads.ts';
import { ownTags } from '../lineage/tags.ts';
import { classifyPath, idFromPath, pathFromId } from '../prompt/locate.ts';
import { conflictBlockLine } from '../prompt/conflict-block.ts';
import { normaliseText } from '../formats/front-matter.ts';
import { readPrompts } from '../prompt/read-files.ts';
import type { Config } from '../schema/config.ts';
import type { Prompt } from '../schema/prompt.ts';
import type { Checkpoint, Mutation, MUTATION_KINDS } from '../schema/records.ts';
import { memoryMeasureCache, type MeasureCache } from '../traits/measure-cache-fs.ts';
import { startTokenCounter, type TokenCounter } from '../traits/token-counter-fs.ts';
import { AUDITS_DIR, CHECKPOINTS_DIR, MUTATIONS_DIR, checkpointPath, mutationPath, parseRecordPath } from '../vault/paths.ts';
import { findCheckpoint, readLineages, type Lineage, type StoredMutation } from '../vault/read-lineage.ts';
import { serializeRecord } from '../vault/serialize.ts';
import type { RecordWrite } from '../vault/write-fs.ts';
import { versionLabel } from '../vault/version-label.ts';
import type { AuditInput, AuditSummary } from './audits.ts';
import { fromEarlierAttempt, type CommitScope } from './attempt.ts';
import { idsToRevisit } from './brought-records.ts';
import { readRecordParents } from './record-parents-cache-fs.ts';
import { pickedCopiesToDrop } from './picked-copies.ts';
import { promptsAtBase, unrecordedBaseTexts, type UnrecordedBase } from './unrecorded-base.ts';
import { classifyChanges, commitBlocked, validateChanges, type ChangeSet, type ListedRecords, type SourceChange } from './collect.ts';
import type { CitationCache } from './citations-cache-fs.ts';
import type { Lexicon } from '../guard/_lexicon.ts';
import type { TreeView } from './view.ts';
import { compareCodeUnits } from '../code-unit-order.ts';

export interface RecordedVersion {
  prompt: string;
  version: number;
  kind: (typeof MUTATION_KINDS)[number];
  symbolic_tags: string[];
  parents: string[];
  /** Display label of this version, `v3·0d4cf2` (versionLabel). */
  label: string;
  /** The parents as `id@v2·1a2b3c`, in the order of `parents`. */
  parentLabels: string[];
  /** A version recorded by a later run for a commit made without the hook (unhooked-series.ts): that commit. */
  madeWithoutHookIn?: string;
}

export interface CommitInput {
  view: TreeView;
  config: Config;
  /** Repository root (the embedding cache lives there). */
  dir: string;
  /** Prompt, clause and record changes against the first parent, renames detected. */
  changes: SourceChange[];
  /** The first parent (HEAD), null for a root commit. */
  head: string | null;
  /** Other parents of a merge. */
  mergeHeads: string[];
  /**
   * A cherry-pick is being committed (CHERRY_PICK_HEAD: `cherry-pick --continue` after a conflict,
   * or the post-commit repair): the records it copied from another branch are judged
   * (picked-copies.ts) and those of texts this branch does not hold are dropped.
   */
  picked?: boolean;
  /** `git commit --amend`: what the audits need to replace the amended commit's own (audits.ts, AuditInput.amend). */
  amend?: AuditInput['amend'];
  createdAt: string;
  userTags: string[];
  env: Record<string, string | undefined>;
  /** The parent's config when this commit changes the globs (paths map to other ids): moved ids are recorded as moves. */
  previousConfig?: Config;
  /** Re-sync: every prompt and clause is considered; what no record has seen gets one. */
  all?: boolean;
  /** Backfill: invalid files in history are skipped and returned as problems, not thrown. */
  lenient?: boolean;
  /** The hook before a commit: a prompt deleted while a label names it blocks the commit. */
  refuseLabelledDeletions?: boolean;
  /**
   * The hook before a plain commit: when a prompt it changes has a text in `head` that none of its
   * versions holds (a commit made without the hook changed it), nothing is recorded and
   * `unrecordedBase` names those prompts, for the caller to record the skipped commits first.
   */
  stopAtUnrecordedBase?: boolean;
  /** A token counter to share (the hook starts one early, backfill one for all commits); else one is started when first needed. */
  tokens?: TokenCounter;
  /** Measures of version bodies to share across commits (backfill); else one for this commit. */
  measures?: MeasureCache;
  /** What each prompt blob cites, remembered across commits (the hook's file in .git); else one for this commit. */
  citations?: CitationCache;
  /** The guard's dictionary to share across commits (backfill; the caller closes it); else one per commit that audits a clause. */
  lexicon?: Lexicon;
}

export interface CommitRecords {
  writes: RecordWrite[];
  /** Records of an earlier, unfinished attempt at this same commit, to unstage. */
  removals: string[];
  /** Of `removals`: records a cherry-pick copied from another branch that do not belong here. */
  dropped: string[];
  versions: RecordedVersion[];
  audits: AuditSummary[];
  /** In lenient mode, what was skipped and why. */
  problems: Problem[];
  /** What was read leniently or skipped (symbolic links): shown, never blocking. */
  warnings: Problem[];
  /** Record folders listed from the index while recording, for writeRecords to reuse. */
  listed?: ListedRecords;
  /** With `stopAtUnrecordedBase`: the prompts whose text in `head` has no version, and nothing else decided. */
  unrecordedBase?: UnrecordedBase[];
}

interface Context extends Omit<CommitInput, 'tokens' | 'measures'> {
  measures: MeasureCache;
  set: ChangeSet;
  /** Prompt id -> its path in the commit being made. */
  promptPaths: Map<string, string>;
  commitParents: string[];
  scope: CommitScope;
  out: CommitRecords;
  /** The token counter, started on first use unless one was given. */
  tokens: () => TokenCounter;
}

export async function recordCommit(input: CommitInput): Promise<CommitRecords> {
  const set = classifyChanges(input.changes, input.config, input.previousConfig);
  let started: TokenCounter | undefined;
  const tokens = () => input.tokens ?? (started ??= startTokenCounter(input.config.tokenizer));
  try {
    return await recordWith(input, set, tokens);
  } finally {
    started?.close();
  }
}

async function recordWith(input: CommitInput, set: ChangeSet, tokens: () => TokenCounter): Promise<CommitRecords> {
  // A resync considers every clause, and every clause with audits but no file (deleted without the
  // hook); only what no audit has seen gets an audit.
  if (input.all) set.clauses = [...input.changes.filter((change) => classifyPath(change.path, input.config) === 'clause'), ...(await vanishedClauses(input))];
  // The changed prompts' texts in HEAD, read with their record folders (unrecorded-base.ts); not
  // where the globs change in this commit (a path's id then differs between the two sides).
  const atBase = input.stopAtUnrecordedBase && !input.previousConfig ? promptsAtBase(input.changes, input.config, set.renamedFrom) : [];
  if (atBase.length > 0) input.view.readAlong?.(atBase.map((file) => file.oid));
  const { prompts, promptPaths, problems: skipped, warnings, listedRecords, sources, clauses } = await validateChanges(input.view, set, input.config, { lenient: input.lenient });
  if (input.refuseLabelledDeletions && (set.deleted.length > 0 || set.renamedFrom.size > 0)) await refuseLabelledDeletions(input, set, promptPaths);
  const commitParents = [input.head, ...input.mergeHeads].filter((sha): sha is string => sha !== null);
  const ctx: Context = {
    ...input, set, promptPaths, commitParents, scope: { addedRecords: set.addedRecords, commitParents },
    out: { writes: [], removals: [], dropped: [], versions: [], audits: [], problems: skipped, warnings, listed: listedRecords }, tokens, measures: input.measures ?? memoryMeasureCache(),
  };

  const toRecord = new Map(prompts.map((prompt) => [prompt.id, prompt]));
  // A merge brings in records of prompts whose file may equal one side; they still need a merge version.
  // So does a cherry-pick: every prompt it brought records of is looked at, whatever its file.
  const repo = input.view.repo;
  const revisit = await idsToRevisit(input.view, { ids: set.mergedIds, changes: input.changes, commitParents, merge: input.mergeHeads.length > 0 || input.picked === true, knownParents: repo ? () => readRecordParents(repo.gitdir) : undefined });
  const mergedOnly = [...revisit].filter((id) => !toRecord.has(id) && promptPaths.has(id));
  for (const prompt of await readPromptsByPath(input.view, mergedOnly.map((id) => promptPaths.get(id)!), input.config)) toRecord.set(prompt.id, prompt);

  const renamedFromIds = new Map([...set.renamedFrom].map(([to, fromId]) => [idFromPath(to, 'prompt', input.config), fromId]));
  const forkSources = [...toRecord.values()].flatMap((p) => (p.frontMatter.forked_from ? [p.frontMatter.forked_from] : []));
  const { lineages, problems } = await readLineages(input.view, [...new Set([...toRecord.keys(), ...renamedFromIds.values(), ...forkSources])], listedRecords);
  if (problems.length > 0) throw new UserError('record-invalid', 'promptvault: records in vault/ are invalid; fix them before committing', problems);
  if (atBase.length > 0) {
    const unrecorded = await unrecordedBaseTexts(input.view, atBase, lineages);
    if (unrecorded.length > 0) return { ...ctx.out, unrecordedBase: unrecorded };
  }

  await dropRecordsOfVanishedPrompts(ctx, [...revisit].filter((id) => !promptPaths.has(id)));
  if (input.picked) dropPickedCopies(ctx, lineages, toRecord);
  await readMovedFromLineages(ctx, [...toRecord.keys()], lineages);
  for (const prompt of orderForkSourcesFirst([...toRecord.values()])) {
    const version = await recordPrompt(ctx, prompt, lineages, renamedFromIds.get(prompt.id));
    if (version) ctx.out.versions.push(version);
    const marked = version ? conflictBlockLine(prompt.body) : undefined;
    if (version && marked !== undefined) {
      ctx.out.warnings.push({
        code: 'prompt-conflict-markers', file: prompt.path,
        message: `holds git's conflict markers (<<<<<<<, =======, >>>>>>>; the first at line ${marked} of its body), recorded as written in ${version.prompt} ${version.label}`,
        expected: 'a prompt resolved before it is committed (`git commit -a` commits a conflicted file as it is)',
        fix: 'resolve the conflict in the file and commit it again (`git commit --amend` while this is the last commit); nothing to do where the prompt quotes a conflict on purpose',
      });
    }
  }
  // The audits' module (the clause and audit schemas, so zod) only for a commit with something to audit or audits to look at.
  const auditsToLookAt = set.clauses.length > 0 || [...set.addedRecords].some((file) => parseRecordPath(file)?.kind === 'audit');
  const recordAudits = auditsToLookAt ? (await import('./audits.ts')).recordAudits : async () => [];
  ctx.out.audits = await recordAudits({
    view: input.view, dir: input.dir, config: input.config, changes: set.clauses, head: input.head, commitParents: ctx.commitParents,
    createdAt: input.createdAt, versions: ctx.out.versions, writes: ctx.out.writes, removals: ctx.out.removals, addedRecords: set.addedRecords, env: input.env,
    resync: input.all, citations: input.citations, sources, stagedClauses: clauses, lexicon: input.lexicon, amend: input.amend,
  });
  return ctx.out;
}

async function recordPrompt(ctx: Context, prompt: Prompt, lineages: Map<string, Lineage>, renamedFrom: string | undefined): Promise<RecordedVersion | undefined> {
  const lineage = lineages.get(prompt.id)!;
  let heads = findHeads(lineage.mutations);
  const movedAway = await headsLeftBehind(ctx, lineage, lineages);
  // A file moved without its id changing (`git mv prompts app/prompts` with the glob moved along in
  // the same commit): a move of the id onto itself, whose source heads are its own heads. Read as
  // another id's, they were listed twice as parents ("rename from refund@v1 + refund@v1").
  const movedInPlace = renamedFrom === prompt.id;
  const sourceHeads = renamedFrom && !movedInPlace ? findHeads(lineages.get(renamedFrom)?.mutations ?? []) : [];
  if (heads.length === 1 && movedAway.length === 0 && sourceHeads.length === 0 && !movedInPlace && heads[0]!.content_hash === prompt.contentHash) return undefined;

  // Records an earlier, unfinished attempt at this same commit wrote for other content are
  // replaced, not stacked on: the commit will hold one version of the prompt.
  const pending = lineage.mutations.filter((m) => fromEarlierAttempt(m, ctx.scope));
  // The version replaced keeps its own tags on the amended commit's (PROMPTVAULT_TAGS is gone by
  // the time someone amends a typo), unless the amend gives tags of its own, which replace them.
  const userTags = ctx.userTags.length > 0 ? ctx.userTags : ownTags(pending.flatMap((m) => m.symbolic_tags));
  if (pending.length > 0) {
    for (const mutation of pending) ctx.out.removals.push(mutation.file, checkpointPath(mutation));
    lineage.mutations = lineage.mutations.filter((m) => !pending.includes(m));
    heads = findHeads(lineage.mutations);
    if (heads.length === 1 && heads[0]!.content_hash === prompt.contentHash) return undefined;
  }

  let kind: RecordedVersion['kind'];
  let parentMutations: StoredMutation[];
  if (heads.length > 0 && (movedAway.length > 0 || (sourceHeads.length > 0 && ctx.mergeHeads.length > 0))) {
    // A merge joining a move with edits made at the old path, whichever side moved: HEAD's side first.
    kind = 'merge';
    const joined = [...heads, ...movedAway, ...sourceHeads].filter((m, i, all) => all.findIndex((other) => refKey(other) === refKey(m)) === i);
    parentMutations = headSideFirst(ctx, joined);
  } else if (heads.length > 0 && sourceHeads.length > 0) {
    // Moved onto an id that had versions before (moved back, or over a deleted prompt): the move
    // continues the source; the id's old versions stay ancestors, listed after it.
    kind = 'rename';
    parentMutations = [...sourceHeads, ...heads];
  } else if (heads.length > 1) {
    kind = 'merge';
    parentMutations = headSideFirst(ctx, heads);
  } else if (heads.length === 1 && movedInPlace) {
    // The new path is recorded as a move of the id's one head, as a move to another id is.
    kind = 'rename';
    parentMutations = heads;
  } else if (heads.length === 1) {
    kind = 'edit';
    parentMutations = heads;
  } else if (sourceHeads.length > 0) {
    kind = 'rename';
    parentMutations = sourceHeads;
  } else if (prompt.frontMatter.forked_from) {
    kind = 'fork';
    parentMutations = findHeads(lineages.get(prompt.frontMatter.forked_from)?.mutations ?? []).slice(0, 1);
  } else {
    kind = 'new';
    parentMutations = [];
  }

  const parents: ParentVersion[] = parentMutations.map((mutation) => ({
    ref: {
      prompt: mutation.prompt, version: mutation.version, content_hash: mutation.content_hash,
      commit: ctx.set.addedRecords.has(mutation.file) ? (ctx.mergeHeads[0] ?? ctx.head) : ctx.head,
    },
    checkpoint: findCheckpoint(lineages.get(mutation.prompt)!, mutation.version, mutation.content_hash),
  }));

  const counter = ctx.tokens();
  const declared = prompt.frontMatter.tone;
  const { traits, variables: bodyVariables, inferredTone } = await ctx.measures.measure(prompt.body, counter, { inferTone: !declared, path: prompt.path });
  const tone = declared ? { type: declared, source: 'declared' as const } : { type: inferredTone!, source: 'inferred' as const };
  // Back to a text an earlier version had (a revert): a new version that says which one it restores.
  // A merge that keeps one parent's text returns to nothing: that parent is where it comes from.
  // A text from before the prompt moved counts too (`show old-id@1 > new path`): the ids it moved
  // from were read above (headsLeftBehind), so this costs no read.
  const earlier = kind === 'edit' || kind === 'merge'
    ? [...lineage.mutations, ...idsMovedFrom(lineage).flatMap((id) => lineages.get(id)?.mutations ?? [])]
      .filter((m) => m.content_hash === prompt.contentHash && !parentMutations.includes(m)).sort((a, b) => b.version - a.version)[0]
    : undefined;
  // Same text read, same measures: perhaps only the line endings changed (an editor or
  // core.autocrlf rewrote them). Said by a tag; the file's bytes, which its hash names, did change.
  const lineEndingsOnly = kind === 'edit' && parents[0]?.checkpoint?.traits.token_count === traits.token_count && (await onlyLineEndingsChanged(ctx, prompt.path));
  const { checkpoint, mutation } = buildVersion({
    prompt, kind, parents, traits, variables: [...new Set([...prompt.declaredVariables, ...bodyVariables])].sort(), tone, tokenizer: counter.encoding,
    createdAt: ctx.createdAt, commitParents: ctx.commitParents, userTags,
    revertsTo: earlier ? { prompt: earlier.prompt, version: earlier.version, content_hash: earlier.content_hash } : undefined, lineEndingsOnly,
  });
  addVersion(ctx, lineage, checkpoint, mutation);
  return {
    prompt: prompt.id, version: checkpoint.version, kind, symbolic_tags: mutation.symbolic_tags, parents: parents.map((p) => `${p.ref.prompt}@${p.ref.version}`),
    label: versionLabel(checkpoint.version, checkpointPath(checkpoint)),
    parentLabels: parentMutations.map((m) => `${m.prompt}@${versionLabel(m.version, m.file)}`),
  };
}

/** Whether the file at `file` differs from what it replaces only in CRLF / CR line endings or a byte order mark. */
async function onlyLineEndingsChanged(ctx: Context, file: string): Promise<boolean> {
  const change = ctx.changes.find((entry) => entry.path === file && entry.status === 'M');
  if (!change?.oldOid || !change.newOid) return false;
  const blobs = await ctx.view.read([change.oldOid, change.newOid]);
  const [before, after] = [blobs.get(change.oldOid), blobs.get(change.newOid)];
  if (!before || !after || before.equals(after)) return false;
  const text = (bytes: Buffer) => normaliseText(bytes.toString('utf8'));
  return text(before) === text(after);
}

/**
 * Versions recorded under an id this prompt was moved away from, after the move: a branch that
 * kept editing the old path, merged into the one that moved it. git merges the edit into the moved
 * file, so the lineage joins it too.
 */
async function headsLeftBehind(ctx: Context, lineage: Lineage, lineages: Map<string, Lineage>): Promise<StoredMutation[]> {
  const movedFrom = idsMovedFrom(lineage);
  if (movedFrom.length === 0) return [];
  const missing = movedFrom.filter((id) => !lineages.has(id));
  if (missing.length > 0) for (const [id, read] of (await readLineages(ctx.view, missing)).lineages) lineages.set(id, read);
  // Versions any of this prompt's versions already descends from directly are joined already.
  const taken = new Set(lineage.mutations.flatMap((m) => m.parents).map((p) => refKey(p)));
  // Only versions a merge brings in count, and only for ids no prompt file holds any more: a new
  // prompt at the vacated path is another prompt, not a branch of this one.
  return movedFrom
    .filter((id) => !ctx.promptPaths.has(id))
    .flatMap((id) => findHeads(lineages.get(id)?.mutations ?? []).filter((head) => !taken.has(refKey(head)) && ctx.set.addedRecords.has(head.file)));
}

/**
 * The lineages of the ids the prompts of `ids` were moved from, read in one pass before the
 * prompts are recorded: headsLeftBehind and the revert check look at them, and read one prompt at
 * a time each was a listing of its record folders by its own git process. At the bench's 10,000
 * prompts with the whole history recorded (two waves of moves), one 50-prompt commit ran six more.
 */
async function readMovedFromLineages(ctx: Context, ids: string[], lineages: Map<string, Lineage>): Promise<void> {
  const missing = [...new Set(ids.flatMap((id) => idsMovedFrom(lineages.get(id)!)))].filter((id) => !lineages.has(id));
  if (missing.length === 0) return;
  for (const [id, read] of (await readLineages(ctx.view, missing)).lineages) lineages.set(id, read);
}

/** The ids this prompt was moved from: its renames' parents recorded under another id. */
function idsMovedFrom(lineage: Lineage): string[] {
  return [...new Set(lineage.mutations.filter((m) => m.kind === 'rename').flatMap((m) => m.parents).map((p) => p.prompt).filter((id) => id !== lineage.prompt))];
}

function addVersion(ctx: Context, lineage: Lineage, checkpoint: Checkpoint, mutation: Mutation): void {
  const cpFile = checkpointPath(checkpoint);
  const mutFile = mutationPath(mutation);
  ctx.out.writes.push(
    { path: cpFile, content: serializeRecord(checkpoint), record: { kind: 'checkpoint', value: checkpoint } },
    { path: mutFile, content: serializeRecord(mutation), record: { kind: 'mutation', value: mutation } },
  );
  // A removal of the same path (an earlier attempt with equal content) is superseded by the write.
  ctx.out.removals = ctx.out.removals.filter((file) => file !== cpFile && file !== mutFile);
  // Later prompts in this run (forks of this one) see the new version as its head.
  lineage.checkpoints.push({ ...checkpoint, file: cpFile });
  lineage.mutations.push({ ...mutation, file: mutFile });
}

/** Copies a cherry-pick brought of records this branch cannot hold leave the commit and the lineages read. */
function dropPickedCopies(ctx: Context, lineages: Map<string, Lineage>, prompts: Map<string, Prompt>): void {
  for (const lineage of lineages.values()) {
    const drop = pickedCopiesToDrop(lineage.mutations, { addedRecords: ctx.set.addedRecords, commitParents: ctx.commitParents, committedText: prompts.get(lineage.prompt)?.contentHash });
    if (drop.size === 0) continue;
    // A checkpoint shares its mutation log's file name.
    const checkpoints = [...drop].map((file) => `${CHECKPOINTS_DIR}/${file.slice(MUTATIONS_DIR.length + 1)}`).filter((file) => lineage.checkpoints.some((c) => c.file === file));
    ctx.out.dropped.push(...drop, ...checkpoints);
    ctx.out.removals.push(...drop, ...checkpoints);
    lineage.mutations = lineage.mutations.filter((m) => !drop.has(m.file));
    lineage.checkpoints = lineage.checkpoints.filter((c) => !checkpoints.includes(c.file));
  }
}

/** A fork recorded in the same commit as its source comes after it, so it can name its version. */
function orderForkSourcesFirst(prompts: Prompt[]): Prompt[] {
  const byId = new Map(prompts.map((prompt) => [prompt.id, prompt]));
  const ordered: Prompt[] = [];
  const visited = new Set<string>();
  const visit = (prompt: Prompt) => {
    if (visited.has(prompt.id)) return;
    visited.add(prompt.id);
    const source = prompt.frontMatter.forked_from ? byId.get(prompt.frontMatter.forked_from) : undefined;
    if (source) visit(source);
    ordered.push(prompt);
  };
  for (const prompt of [...prompts].sort((a, b) => compareCodeUnits(a.id, b.id))) visit(prompt);
  return ordered;
}

/**
 * An earlier attempt at this commit (or the commit an amend replaces) recorded a prompt the commit
 * no longer holds: its records go too. Records a merged branch brought are history and stay.
 */
async function dropRecordsOfVanishedPrompts(ctx: Context, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const { lineages } = await readLineages(ctx.view, ids);
  for (const lineage of lineages.values()) {
    for (const mutation of lineage.mutations) {
      if (fromEarlierAttempt(mutation, ctx.scope)) ctx.out.removals.push(mutation.file, checkpointPath(mutation));
    }
  }
}

/**
 * Blocks a commit deleting a prompt that a label names (labels must resolve) or that another
 * prompt's forked_from names (check fails on it); the checks loaded only then.
 */
async function refuseLabelledDeletions(input: CommitInput, set: ChangeSet, promptPaths: Map<string, string>): Promise<void> {
  const deleted = set.deleted.map((file) => ({ id: file.id, path: file.path })).filter((file) => !promptPaths.has(file.id));
  // A move leaves its old id to no file as a deletion does: a label follows it, a fork's forked_from does not.
  const moved = [...set.renamedFrom].map(([path, id]) => ({ id, path, to: idFromPath(path, 'prompt', input.config) })).filter((file) => file.to !== file.id && !promptPaths.has(file.id));
  if (deleted.length === 0 && moved.length === 0) return;
  const [{ findLabelledDeletions }, { findForkedDeletions }] = await Promise.all([import('./labelled-deletions.ts'), import('./forked-deletions.ts')]);
  const problems = [...deleted.length > 0 ? await findLabelledDeletions(input.view, deleted, (id) => promptPaths.has(id)) : [], ...await findForkedDeletions(input.view, [...deleted, ...moved], input.config)];
  if (problems.length > 0) throw commitBlocked(problems);
}

/** Clauses that have audits but no file any more, as deletions for a resync to audit. */
async function vanishedClauses(input: CommitInput): Promise<IndexChange[]> {
  const present = new Set(input.changes.map((change) => change.path));
  const audited = new Map<string, string>();
  for (const entry of await input.view.list([`${AUDITS_DIR}/`])) {
    const record = parseRecordPath(entry.path);
    if (record?.kind === 'audit') audited.set(record.id, pathFromId(record.id, 'clause', input.config));
  }
  return [...audited].filter(([id]) => ![...present].some((file) => classifyPath(file, input.config) === 'clause' && idFromPath(file, 'clause', input.config) === id))
    .map(([, file]) => ({ status: 'D' as const, path: file, oldOid: null, newOid: null }));
}

async function readPromptsByPath(view: TreeView, paths: string[], config: Config): Promise<Prompt[]> {
  if (paths.length === 0) return [];
  // Prompts that do not parse were reported when they changed; here they are simply not joined.
  return (await readPrompts(view, await view.list(paths), config)).prompts;
}

/** The versions already in HEAD first, so the first parent and the trait delta follow HEAD. */
function headSideFirst(ctx: Context, mutations: StoredMutation[]): StoredMutation[] {
  return [...mutations].sort((a, b) => Number(ctx.set.addedRecords.has(a.file)) - Number(ctx.set.addedRecords.has(b.file)));
}
