// `promptvault record`: what the pre-commit hook runs. Reads the index being committed, records a
// checkpoint and a mutation for every prompt whose content is new, an audit for every clause
// change, and stages them into the same commit. Cost follows the change, not the repository.
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../lib/errors.ts';
import { diffIndex, EMPTY_TREE, listIndex, openRepo, readBlobs, readMergeHeads, resolveHead, type Repo } from '../../lib/git/index.ts';
import { readConfig } from '../../lib/config/read-fs.ts';
import { buildVersion, commitDate, type ParentVersion } from '../../lib/lineage/build.ts';
import { findHeads } from '../../lib/lineage/heads.ts';
import { parseUserTags } from '../../lib/lineage/tags.ts';
import { idFromPath, sourcePathspecs } from '../../lib/prompt/locate.ts';
import { parsePrompt } from '../../lib/prompt/parse.ts';
import type { Config } from '../../lib/schema/config.ts';
import type { Prompt } from '../../lib/schema/prompt.ts';
import type { Checkpoint, Mutation, MUTATION_KINDS } from '../../lib/schema/records.ts';
import { inferTone, loadTokenizer, measureTraits, templateVariables, type Tokenizer } from '../../lib/traits/index.ts';
import { AUDITS_DIR, checkpointPath, MUTATIONS_DIR, mutationPath } from '../../lib/vault/paths.ts';
import { findCheckpoint, readLineages, type Lineage, type StoredMutation } from '../../lib/vault/read-git.ts';
import { serializeRecord } from '../../lib/vault/serialize.ts';
import { writeRecords, type RecordWrite } from '../../lib/vault/write-fs.ts';
import { classifyChanges, validateChanges, type ChangeSet } from './collect.ts';
import { recordAudits, type AuditSummary } from './audits.ts';

export type HookName = 'pre-commit' | 'pre-merge-commit';

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
}

export interface RecordedVersion {
  prompt: string;
  version: number;
  kind: (typeof MUTATION_KINDS)[number];
  symbolic_tags: string[];
  parents: string[];
}

export interface RecordResult {
  /** Record files written and staged. */
  written: string[];
  /** Stale records of an earlier, unfinished attempt at this same commit, unstaged. */
  removed: string[];
  versions: RecordedVersion[];
  audits: AuditSummary[];
}

const PENDING_TAGS_FILE = 'promptvault/next-tags';

export async function record(options: RecordOptions): Promise<RecordResult> {
  const env = options.env ?? process.env;
  const repo = await openRepo({ cwd: options.cwd, env: options.env });
  const result: RecordResult = { written: [], removed: [], versions: [], audits: [] };
  const head = await resolveHead(repo);
  const config = readConfig(repo.dir);
  const changes = options.all
    ? (await listIndex(repo, { pathspecs: sourcePathspecs(config) })).map((entry) => ({ status: 'M' as const, path: entry.path, oldOid: null, newOid: entry.oid }))
    : await diffIndex(repo, { base: head ?? EMPTY_TREE, pathspecs: [...sourcePathspecs(config), `${MUTATIONS_DIR}/`, `${AUDITS_DIR}/`], renames: true });
  // The common case of a commit that touches no prompt, clause or record ends here: one git call.
  if (changes.length === 0) return result;

  const mergeHeads = readMergeHeads(repo);
  const set = classifyChanges(changes, config);
  // A resync records prompts; clause audits belong to the commits that changed the clauses.
  if (options.all) set.clauses = [];
  const { prompts, promptPaths } = await validateChanges(repo, set, config);
  const ctx: RecordContext = {
    repo, config, set, head, mergeHeads, commitParents: [head, ...mergeHeads].filter((sha): sha is string => sha !== null),
    createdAt: commitDate(env), userTags: [...parseUserTags(env.PROMPTVAULT_TAGS), ...readPendingTags(repo)],
    writes: [], removals: [], tokenizer: undefined,
  };

  const toRecord = new Map(prompts.map((prompt) => [prompt.id, prompt]));
  // A merge brings in records of prompts whose file may equal one side; they still need a merge version.
  const mergedOnly = [...set.mergedIds].filter((id) => !toRecord.has(id) && promptPaths.has(id));
  for (const prompt of await readPromptsByPath(repo, mergedOnly.map((id) => promptPaths.get(id)!), config)) toRecord.set(prompt.id, prompt);

  const renamedFromIds = new Map([...set.renamedFrom].map(([to, from]) => [idFromPath(to, 'prompt', config), idFromPath(from, 'prompt', config)]));
  const relatedIds = new Set([...toRecord.keys(), ...renamedFromIds.values(), ...[...toRecord.values()].flatMap((p) => (p.frontMatter.forked_from ? [p.frontMatter.forked_from] : []))]);
  const { lineages, problems } = await readLineages(repo, [...relatedIds]);
  if (problems.length > 0) throw new UserError('record-invalid', 'promptvault: records in vault/ are invalid; fix them before committing', problems);

  for (const prompt of orderForkSourcesFirst([...toRecord.values()])) {
    const version = await recordPrompt(ctx, prompt, lineages, renamedFromIds.get(prompt.id));
    if (version) result.versions.push(version);
  }
  result.audits = await recordAudits({
    repo, config, changes: set.clauses, head, commitParents: ctx.commitParents, createdAt: ctx.createdAt,
    versions: result.versions, writes: ctx.writes, removals: ctx.removals, addedRecords: set.addedRecords, env,
  });

  if (ctx.writes.length === 0 && ctx.removals.length === 0) return result;
  if (options.hook === 'pre-merge-commit') throw mergeNeedsCommit(result);
  await writeRecords(repo, ctx.writes, ctx.removals);
  clearPendingTags(repo, ctx.userTags);
  result.written = ctx.writes.map((write) => write.path);
  result.removed = ctx.removals;
  return result;
}

interface RecordContext {
  repo: Repo;
  config: Config;
  set: ChangeSet;
  head: string | null;
  mergeHeads: string[];
  commitParents: string[];
  createdAt: string;
  userTags: string[];
  writes: RecordWrite[];
  removals: string[];
  tokenizer: Tokenizer | undefined;
}

async function recordPrompt(ctx: RecordContext, prompt: Prompt, lineages: Map<string, Lineage>, renamedFrom: string | undefined): Promise<RecordedVersion | undefined> {
  const lineage = lineages.get(prompt.id)!;
  let heads = findHeads(lineage.mutations);
  if (heads.length === 1 && heads[0]!.content_hash === prompt.contentHash) return undefined;

  // Records an earlier, unfinished attempt at this same commit wrote for other content are
  // replaced, not stacked on: the commit will hold one version of the prompt.
  const pending = lineage.mutations.filter((m) => ctx.set.addedRecords.has(m.file) && sameList(m.commit_parents, ctx.commitParents));
  if (pending.length > 0) {
    for (const mutation of pending) {
      ctx.removals.push(mutation.file, checkpointPath(mutation.prompt, mutation.version, mutation.content_hash));
    }
    lineage.mutations = lineage.mutations.filter((m) => !pending.includes(m));
    heads = findHeads(lineage.mutations);
    if (heads.length === 1 && heads[0]!.content_hash === prompt.contentHash) return undefined;
  }

  let kind: RecordedVersion['kind'];
  let parentMutations: StoredMutation[];
  if (heads.length > 1) {
    kind = 'merge';
    // The side already in HEAD first, so the first parent and the trait delta follow HEAD.
    parentMutations = [...heads].sort((a, b) => Number(ctx.set.addedRecords.has(a.file)) - Number(ctx.set.addedRecords.has(b.file)));
  } else if (heads.length === 1) {
    kind = 'edit';
    parentMutations = heads;
  } else if (renamedFrom && findHeads(lineages.get(renamedFrom)?.mutations ?? []).length > 0) {
    kind = 'rename';
    parentMutations = findHeads(lineages.get(renamedFrom)!.mutations);
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

  ctx.tokenizer ??= await loadTokenizer(ctx.config.tokenizer);
  const traits = measureTraits(prompt.body, ctx.tokenizer);
  const tone = prompt.frontMatter.tone ? { type: prompt.frontMatter.tone, source: 'declared' as const } : { type: inferTone(prompt.body), source: 'inferred' as const };
  const { checkpoint, mutation } = buildVersion({
    prompt, kind, parents, traits, variables: templateVariables(prompt.body), tone, tokenizer: ctx.tokenizer.encoding,
    createdAt: ctx.createdAt, commitParents: ctx.commitParents, userTags: ctx.userTags,
  });
  addVersion(ctx, lineage, checkpoint, mutation);
  return { prompt: prompt.id, version: checkpoint.version, kind, symbolic_tags: mutation.symbolic_tags, parents: parents.map((p) => `${p.ref.prompt}@${p.ref.version}`) };
}

function addVersion(ctx: RecordContext, lineage: Lineage, checkpoint: Checkpoint, mutation: Mutation): void {
  const cpFile = checkpointPath(checkpoint.prompt, checkpoint.version, checkpoint.content_hash);
  const mutFile = mutationPath(mutation.prompt, mutation.version, mutation.content_hash);
  ctx.writes.push({ path: cpFile, content: serializeRecord(checkpoint) }, { path: mutFile, content: serializeRecord(mutation) });
  // A removal of the same path (an earlier attempt with equal content) is superseded by the write.
  ctx.removals = ctx.removals.filter((file) => file !== cpFile && file !== mutFile);
  // Later prompts in this run (forks of this one) see the new version as its head.
  lineage.checkpoints.push({ ...checkpoint, file: cpFile });
  lineage.mutations.push({ ...mutation, file: mutFile });
}

/** A fork recorded in the same commit as its source comes after it, so it can name its version. */
function orderForkSourcesFirst(prompts: Prompt[]): Prompt[] {
  const byId = new Map(prompts.map((prompt) => [prompt.id, prompt]));
  const ordered: Prompt[] = [];
  const visited = new Set<string>();
  const visit = (prompt: Prompt, depth: number) => {
    if (visited.has(prompt.id) || depth > prompts.length) return;
    visited.add(prompt.id);
    const source = prompt.frontMatter.forked_from ? byId.get(prompt.frontMatter.forked_from) : undefined;
    if (source) visit(source, depth + 1);
    ordered.push(prompt);
  };
  for (const prompt of [...prompts].sort((a, b) => a.id.localeCompare(b.id))) visit(prompt, 0);
  return ordered;
}

async function readPromptsByPath(repo: Repo, paths: string[], config: Config): Promise<Prompt[]> {
  if (paths.length === 0) return [];
  const entries = await listIndex(repo, { pathspecs: paths });
  const blobs = await readBlobs(repo, entries.map((entry) => entry.oid));
  return entries.flatMap((entry) => {
    const parsed = parsePrompt(blobs.get(entry.oid)!, entry.path, idFromPath(entry.path, 'prompt', config));
    return parsed.ok ? [parsed.value] : [];
  });
}

function mergeNeedsCommit(result: RecordResult): UserError {
  const what = [
    ...result.versions.map((v) => `prompt ${v.prompt} (${v.kind}, parents ${v.parents.join(' + ') || 'none'})`),
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

function readPendingTags(repo: Repo): string[] {
  const file = path.join(repo.gitdir, PENDING_TAGS_FILE);
  return fs.existsSync(file) ? parseUserTags(fs.readFileSync(file, 'utf8')) : [];
}

function clearPendingTags(repo: Repo, tags: string[]): void {
  if (tags.length > 0) fs.rmSync(path.join(repo.gitdir, PENDING_TAGS_FILE), { force: true });
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
