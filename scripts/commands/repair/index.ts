// `promptvault repair`: brings the vault of the current branch back in step after workflows that
// commit without the pre-commit hook (git revert and cherry-pick without a conflict, every rebase)
// and after an interrupted run. Puts back records the branch's history deleted, removes copies of
// other branches' records that describe texts no commit here holds, records the current texts
// (like `record --all`), and commits the result. The model is in lib/repair/plan.ts.
//
// As a hook: `post-commit` amends a revert or cherry-pick git just made without the pre-commit
// hook, so that commit holds its own records, as if the hook had run; `post-rewrite` repairs
// after a rebase with a commit of its own.
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../lib/errors.ts';
import { branchCommitsByParents, commitIndex, commitsAddingPaths, deletedInHistory, hasStagedChanges, openRepo, readObjects, resolveHead, runReflogSubject, type Repo } from '../../lib/git/index.ts';
import { readConfig } from '../../lib/config/read-fs.ts';
import { contentHash } from '../../lib/prompt/parse.ts';
import { duplicateCandidates, planRepair, type Stored } from '../../lib/repair/plan.ts';
import { auditSchema, checkpointSchema, mutationSchema, type Audit, type Checkpoint, type Mutation } from '../../lib/schema/records.ts';
import { AUDITS_DIR, CHECKPOINTS_DIR, MUTATIONS_DIR, parseRecordPath } from '../../lib/vault/paths.ts';
import { AUDIT_EXAMPLE, readSnapshot } from '../../lib/vault/read-all.ts';
import { CHECKPOINT_EXAMPLE, MUTATION_EXAMPLE } from '../../lib/vault/read-lineage.ts';
import { parseRecord } from '../../lib/vault/serialize.ts';
import { writeRecords } from '../../lib/vault/write-fs.ts';
import { record, type RecordResult } from '../record/index.ts';

export type RepairHook = 'post-commit' | 'post-rewrite';

export interface RepairOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  /** Which git hook is calling, if any. */
  hook?: RepairHook;
  /** post-rewrite's argument: `rebase` or `amend` (an amend ran the pre-commit hook already). */
  rewrite?: string;
  /** Stage the repair without committing it. */
  noCommit?: boolean;
}

export interface RepairResult {
  /** Record files put back. */
  restored: string[];
  /** Record files removed, with why. */
  dropped: { file: string; reason: string }[];
  /** What recording the current texts wrote. */
  recorded: Pick<RecordResult, 'versions' | 'audits'>;
  /** The commit made (or amended), null when nothing needed repair or with noCommit. */
  commit: string | null;
  amended: boolean;
  /** Why a hook run did nothing, when it did nothing on purpose. */
  skipped?: string;
}

const RECORD_DIRS = [`${CHECKPOINTS_DIR}/`, `${MUTATIONS_DIR}/`, `${AUDITS_DIR}/`];

export async function repair(options: RepairOptions): Promise<RepairResult> {
  const env = options.env ?? process.env;
  const result: RepairResult = { restored: [], dropped: [], recorded: { versions: [], audits: [] }, commit: null, amended: false };
  const repo = await openRepo({ cwd: options.cwd, env: options.env });
  const head = await resolveHead(repo);
  if (head === null) return { ...result, skipped: 'no commit yet' };
  let amend = false;
  if (options.hook === 'post-commit') {
    // Only the commits git makes without running pre-commit: a revert or cherry-pick without a
    // conflict. A `--no-verify` commit skipped the hook on purpose and is left alone.
    const action = await runReflogSubject(repo);
    if (!/^(revert|cherry-pick): /.test(action)) return { ...result, skipped: 'not a revert or cherry-pick' };
    // Several commits picked: git is between two of them until the last, whose todo is one line.
    // The last one repairs them all with a commit of its own.
    const todo = path.join(repo.gitdir, 'sequencer', 'todo');
    if (!fs.existsSync(todo)) amend = true;
    else if (fs.readFileSync(todo, 'utf8').split('\n').filter((line) => line.trim() && !line.startsWith('#')).length > 1) return { ...result, skipped: 'between two picked commits' };
  }
  if (options.hook === 'post-rewrite' && options.rewrite !== 'rebase') return { ...result, skipped: 'an amend runs the pre-commit hook itself' };
  if (await hasStagedChanges(repo, { except: [] })) {
    throw new UserError('repair-staged', 'promptvault repair: the index holds staged changes; commit or stash them first (`git stash`), then run `promptvault repair` again. It commits only what it repairs.');
  }

  const config = readConfig(repo.dir);
  const snapshot = await readSnapshot(repo, config, { ref: head });
  const invalidRecords = snapshot.problems.filter((problem) => problem.file.startsWith('vault/'));
  if (invalidRecords.length > 0) throw new UserError('record-invalid', 'promptvault repair: records in vault/ are invalid; fix them first', invalidRecords);

  const deleted = await readDeletedRecords(repo, head, new Set([...snapshot.checkpoints, ...snapshot.mutations, ...snapshot.audits].map((r) => r.file)));
  const made = await findRecordsMadeHere(repo, head, {
    mutations: [...snapshot.mutations, ...deleted.records.mutations],
    checkpoints: [...snapshot.checkpoints, ...deleted.records.checkpoints],
    audits: [...snapshot.audits, ...deleted.records.audits],
  });
  const madeHere = (file: string) => made.has(file);
  const textWhereAdded = await readTextsWhereAdded(repo, snapshot, madeHere);
  const currentText = new Map(snapshot.prompts.map((prompt) => [prompt.id, prompt.contentHash]));
  const candidates = duplicateCandidates([...snapshot.mutations, ...deleted.records.mutations]).flat().map((m) => m.file).filter((file) => !deleted.texts.has(file));
  const addedBy = new Map([...(candidates.length > 0 ? await commitsAddingPaths(repo, { pathspecs: candidates }) : new Map<string, { commit: string }>())].map(([file, entry]) => [file, entry.commit]));
  const plan = planRepair({ mutations: snapshot.mutations, checkpoints: snapshot.checkpoints, audits: snapshot.audits, deleted: deleted.records, madeHere, textWhereAdded, currentText, addedBy });

  result.restored = plan.restore;
  result.dropped = [...plan.drop].map(([file, reason]) => ({ file, reason }));
  await writeRecords(repo, plan.restore.map((file) => ({ path: file, content: deleted.texts.get(file)! })), [...plan.drop.keys()]);

  // The current texts, recorded as the hook would: amending, for the very commit git just made.
  const recorded = amend
    ? await record({ cwd: repo.dir, hook: 'pre-commit', env: { ...env, PROMPTVAULT_AMEND: '1' } })
    : await record({ cwd: repo.dir, all: true, env });
  result.recorded = { versions: recorded.versions, audits: recorded.audits };
  if (options.noCommit || !(await hasStagedChanges(repo, { except: [] }))) return result;
  const summary = [
    result.restored.length > 0 ? `restore ${result.restored.length} record file(s)` : '',
    result.dropped.length > 0 ? `drop ${result.dropped.length} copied record file(s)` : '',
    result.recorded.versions.length > 0 ? `record ${result.recorded.versions.map((v) => `${v.prompt} v${v.version}`).join(', ')}` : '',
    result.recorded.audits.length > 0 ? `audit ${result.recorded.audits.map((a) => a.clause).join(', ')}` : '',
  ].filter(Boolean).join('; ');
  result.commit = await commitIndex({ ...repo, env: { ...env, ...repo.env } }, { message: `Repair the prompt vault${options.hook === 'post-rewrite' ? ' after a rebase' : ''}: ${summary || 'records'}`, amend });
  result.amended = amend;
  return result;
}

/** Records deleted somewhere in the branch's history and absent now, parsed from just before their deletion. */
async function readDeletedRecords(repo: Repo, head: string, present: Set<string>) {
  const deletedBy = [...(await deletedInHistory(repo, { ref: head, pathspecs: RECORD_DIRS }))].filter(([file]) => !present.has(file) && parseRecordPath(file));
  const blobs = await readObjects(repo, deletedBy.map(([file, commit]) => `${commit}^:${file}`));
  const records = { mutations: [] as Stored<Mutation>[], checkpoints: [] as Stored<Checkpoint>[], audits: [] as Stored<Audit>[] };
  const texts = new Map<string, string>();
  for (const [file, commit] of deletedBy) {
    const blob = blobs.get(`${commit}^:${file}`);
    if (!blob) continue;
    const text = blob.toString('utf8');
    const kind = parseRecordPath(file)!.kind;
    // A record that no longer parses is not put back: it would only fail check.
    if (kind === 'mutation') {
      const parsed = parseRecord(text, file, mutationSchema, MUTATION_EXAMPLE);
      if (parsed.ok) records.mutations.push({ ...parsed.value, file });
    } else if (kind === 'checkpoint') {
      const parsed = parseRecord(text, file, checkpointSchema, CHECKPOINT_EXAMPLE);
      if (parsed.ok) records.checkpoints.push({ ...parsed.value, file });
    } else {
      const parsed = parseRecord(text, file, auditSchema, AUDIT_EXAMPLE);
      if (parsed.ok) records.audits.push({ ...parsed.value, file });
    }
    texts.set(file, text);
  }
  return { records, texts };
}

/**
 * For every record not made for a commit of this branch: the content hash of the prompt or clause
 * in the commit that brought the record here (null when that commit has no such file).
 */
async function readTextsWhereAdded(repo: Repo, snapshot: Awaited<ReturnType<typeof readSnapshot>>, madeHere: (file: string) => boolean): Promise<Map<string, string | null>> {
  const checkpointOf = new Map(snapshot.checkpoints.map((c) => [c.file.slice(CHECKPOINTS_DIR.length), c]));
  const foreign = [
    ...snapshot.mutations.filter((m) => !madeHere(m.file)).map((m) => ({ file: m.file, source: checkpointOf.get(m.file.slice(MUTATIONS_DIR.length))?.path })),
    ...snapshot.audits.filter((a) => !madeHere(a.file)).map((a) => ({ file: a.file, source: a.path })),
  ];
  const texts = new Map<string, string | null>();
  if (foreign.length === 0) return texts;
  const added = await commitsAddingPaths(repo, { pathspecs: foreign.map((entry) => entry.file) });
  const name = (entry: { file: string; source?: string }) => `${added.get(entry.file)?.commit}:${entry.source}`;
  const blobs = await readObjects(repo, foreign.filter((entry) => entry.source && added.has(entry.file)).map(name));
  for (const entry of foreign) {
    const blob = entry.source && added.has(entry.file) ? blobs.get(name(entry)) : undefined;
    texts.set(entry.file, blob ? contentHash(blob) : null);
  }
  return texts;
}

/**
 * Records made for a commit of this branch: a commit reachable from `head` has the record's
 * `commit_parents` as its parents and holds the record's text (a checkpoint's prompt at its path,
 * an audit's clause at its new text). One `rev-list` and one batch read.
 */
async function findRecordsMadeHere(repo: Repo, head: string, records: { mutations: Stored<Mutation>[]; checkpoints: Stored<Checkpoint>[]; audits: Stored<Audit>[] }): Promise<Set<string>> {
  const byParents = await branchCommitsByParents(repo, { ref: head });
  const checkpointOf = new Map(records.checkpoints.map((c) => [c.file.slice(CHECKPOINTS_DIR.length), c]));
  const claims = [
    ...records.mutations.map((m) => ({ file: m.file, parents: m.commit_parents, source: checkpointOf.get(m.file.slice(MUTATIONS_DIR.length))?.path, hash: m.content_hash as string | null })),
    ...records.audits.map((a) => ({ file: a.file, parents: a.commit_parents, source: a.path as string | undefined, hash: a.new_hash })),
  ].map((claim) => ({ ...claim, commits: byParents.get(claim.parents.join(',')) ?? [] }));
  const names = claims.flatMap((claim) => (claim.source ? claim.commits.map((commit) => `${commit}:${claim.source}`) : []));
  const blobs = await readObjects(repo, names);
  const made = new Set<string>();
  for (const claim of claims) {
    if (claim.commits.length === 0) continue;
    // A mutation whose checkpoint is missing cannot be compared: its commit is enough.
    if (!claim.source) made.add(claim.file);
    else if (claim.commits.some((commit) => {
      const blob = blobs.get(`${commit}:${claim.source}`);
      return blob ? contentHash(blob) === claim.hash : claim.hash === null;
    })) made.add(claim.file);
  }
  return made;
}
