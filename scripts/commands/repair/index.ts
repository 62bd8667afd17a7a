// `promptvault repair`: brings the vault of the current branch back in step after workflows that
// commit without the pre-commit hook (git revert and cherry-pick without a conflict, every rebase)
// and after an interrupted run. Puts back records the branch's history deleted, removes copies of
// other branches' records that describe texts no commit here holds, records the current texts
// (like `record --all`), and commits the result. The model is in lib/repair/plan.ts.
//
// As a hook: `post-commit` amends a revert or cherry-pick git just made without the pre-commit
// hook, so that commit holds its own records, as if the hook had run; `post-rewrite` repairs
// after a rebase with a commit of its own, and after an amend the pre-commit hook took for a new
// commit (no /proc: undetected-amend.ts).
import path from 'node:path';
import { UserError } from '../../lib/errors.ts';
import { commitIndex, hasStagedChanges, listAddingCommits, listRebasedCommits, listTree, openRepo, readBlobs, resolveHead, runReflogSubject, type Repo } from '../../lib/git/index.ts';
import { readConfig } from '../../lib/config/read-fs.ts';
import { readSnapshot, recordProblems, type Snapshot } from '../../lib/vault/read-all.ts';
import type { Config } from '../../lib/schema/config.ts';
import { readWorktreeLabels, writeLabel } from '../../lib/labels/read-fs.ts';
import { rebasedParentsOf, recordsWithoutParentCommit, relabelDropped, type LabelFollow } from '../../lib/repair/relabel-dropped.ts';
import { ownTagsFollowing } from '../../lib/repair/retag-dropped.ts';
import { ownTags } from '../../lib/lineage/tags.ts';
import { serializeRecord } from '../../lib/vault/serialize.ts';
import { writeRecords } from '../../lib/vault/write-fs.ts';
import { record, type RecordResult } from '../record/index.ts';
import { picksInSequence } from '../record/picks-to-follow.ts';
import { writeStagedDrops } from '../../lib/repair/staged-drops-fs.ts';
import { planBranchRepair } from './plan-branch.ts';
import { repairUndetectedAmend, short } from './undetected-amend.ts';

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
  /** What recording the current texts wrote, with the config's `review` when an audit was written (who may review a flagged one, said as the hook says it). */
  recorded: Pick<RecordResult, 'versions' | 'audits' | 'review'>;
  /** The commit made (or amended), null when nothing needed repair or with noCommit. */
  commit: string | null;
  amended: boolean;
  /**
   * The commit amended was signed (or commit.gpgsign is on) and the amend `commit` carries no
   * signature: git's plumbing signs only with commit.gpgsign on, and a key can fail.
   */
  signatureDropped: boolean;
  /** Why a hook run did nothing, when it did nothing on purpose. */
  skipped?: string;
  /** Labels that named a dropped record, moved to the version that replaced it (staged with the repair). */
  relabelled: LabelFollow[];
  /** Versions recorded here that took the own tags of the dropped records they replaced (their mutation files). */
  retagged: string[];
}

/**
 * The labels of the working tree that name records `drop` removes, moved to their replacements
 * (lib/repair/relabel-dropped.ts), and the own tags of those records added to their replacements
 * among the versions this repair recorded (`written`: lib/repair/retag-dropped.ts); both staged.
 * Reads the rebase's commits and the index's records only when some label names a dropped record
 * or some dropped record has own tags.
 */
async function followDroppedVersions(repo: Repo, config: Config, snapshot: Snapshot, drop: ReadonlyMap<string, string>, written: ReadonlySet<string>): Promise<{ relabelled: LabelFollow[]; retagged: { file: string; prompt: string; version: number; tags: string[] }[] }> {
  const none = { relabelled: [], retagged: [] };
  const dropped = snapshot.mutations.filter((m) => drop.has(m.file));
  if (dropped.length === 0) return none;
  const labels = (await readWorktreeLabels(repo)).labels;
  const keys = new Set(dropped.map((m) => `${m.prompt}/${path.basename(m.file, '.yaml')}`));
  const labelled = labels.some((label) => Object.entries(label.prompts).some(([id, entry]) => keys.has(`${entry.record ?? id}/${entry.key}`)));
  const tagged = dropped.some((m) => ownTags(m.symbolic_tags).length > 0);
  if (!labelled && !tagged) return none;
  const [rebased, staged] = await Promise.all([listRebasedCommits(repo), readSnapshot(repo, config)]);
  const orphans = recordsWithoutParentCommit(dropped, rebased.before);
  const addedBy = orphans.length > 0 && rebased.before.length > 0 ? await addingCommitOf(repo, 'HEAD..ORIG_HEAD', orphans) : new Map<string, string>();
  const rebasedParents = rebasedParentsOf(dropped, rebased, addedBy);
  const unpaired = dropped.filter((m) => !rebasedParents.has(m.file));
  const heldTexts = unpaired.length > 0 ? await textsHeldByAddingCommits(repo, snapshot, unpaired) : new Map<string, string>();
  const { files, follows } = labelled ? relabelDropped(labels, dropped, staged.mutations, rebasedParents, heldTexts) : { files: [], follows: [] };
  for (const file of files) await writeLabel(repo, file);
  const retags = tagged ? ownTagsFollowing(dropped, staged.mutations.filter((m) => written.has(m.file)), rebasedParents, heldTexts) : [];
  await writeRecords(repo, retags.map(({ version: { file, ...mutation }, tags }) => ({ path: file, content: serializeRecord({ ...mutation, symbolic_tags: tags }) })));
  return { relabelled: follows, retagged: retags.map(({ version, tags }) => ({ file: version.file, prompt: version.prompt, version: version.version, tags })) };
}

/**
 * For each dropped record no rebase of this clone pairs (a forge's "Rebase and merge"): the content
 * hash of its prompt's file in the commit of this branch that added the record, the copy of the
 * commit it was recorded for (read where that file has the path the record's checkpoint names).
 */
async function textsHeldByAddingCommits(repo: Repo, snapshot: Snapshot, records: readonly { file: string; prompt: string }[]): Promise<Map<string, string>> {
  const held = new Map<string, string>();
  const addedBy = await addingCommitOf(repo, 'HEAD', records);
  const wanted: { file: string; commit: string; path: string }[] = [];
  for (const record of records) {
    const commit = addedBy.get(record.file);
    const key = path.basename(record.file);
    const checkpoint = snapshot.checkpoints.find((c) => c.prompt === record.prompt && path.basename(c.file) === key);
    if (commit && checkpoint) wanted.push({ file: record.file, commit, path: checkpoint.path });
  }
  const entries = await Promise.all(wanted.map(async (w) => ({ ...w, oid: (await listTree(repo, { ref: w.commit, pathspecs: [`:(literal)${w.path}`] }))[0]?.oid })));
  const oids = [...new Set(entries.flatMap((e) => (e.oid ? [e.oid] : [])))];
  const blobs = oids.length > 0 ? await readBlobs(repo, oids) : new Map<string, Buffer>();
  // Loaded here only: every amend's post-rewrite hook imports this file.
  const { contentHash } = await import('../../lib/prompt/parse.ts');
  for (const entry of entries) if (entry.oid) held.set(entry.file, contentHash(blobs.get(entry.oid)!));
  return held;
}

/** Each record file of `records` -> the newest commit of `ref` that added it (listAddingCommits lists newest first). */
async function addingCommitOf(repo: Repo, ref: string, records: readonly { file: string }[]): Promise<Map<string, string>> {
  const addedBy = new Map<string, string>();
  for (const { commit, files } of await listAddingCommits(repo, { ref, pathspecs: records.map((m) => `:(literal)${m.file}`) })) {
    for (const file of files) if (!addedBy.has(file)) addedBy.set(file, commit);
  }
  return addedBy;
}

export async function repair(options: RepairOptions): Promise<RepairResult> {
  const env = options.env ?? process.env;
  const result: RepairResult = { restored: [], dropped: [], recorded: { versions: [], audits: [] }, commit: null, amended: false, signatureDropped: false, relabelled: [], retagged: [] };
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
    const picks = picksInSequence(repo.gitdir);
    if (picks === undefined) amend = true;
    else if (picks > 1) return { ...result, skipped: 'between two picked commits' };
  }
  if (options.hook === 'post-rewrite' && options.rewrite === 'amend') {
    // An amend runs the pre-commit hook itself; where that hook could not tell it was one (no /proc), it is recorded again.
    const fixed = await repairUndetectedAmend(repo, env, head);
    if (fixed === null) return { ...result, skipped: 'an amend runs the pre-commit hook itself' };
    return { ...result, dropped: fixed.dropped.map((file) => ({ file, reason: `written as if the amend were a commit on top of the one it replaced (${short(fixed.replaced)})` })), recorded: fixed.recorded, commit: fixed.commit, amended: true, signatureDropped: fixed.signatureDropped };
  }
  if (options.hook === 'post-rewrite' && options.rewrite !== 'rebase') return { ...result, skipped: `post-rewrite ${options.rewrite ?? ''} is neither a rebase nor an amend` };
  if (await hasStagedChanges(repo, { except: [] })) {
    throw new UserError('repair-staged', 'promptvault repair: the index holds staged changes; commit or stash them first (`git stash`), then run `promptvault repair` again. It commits only what it repairs.');
  }

  const config = readConfig(repo.dir);
  const snapshot = await readSnapshot(repo, config, { ref: head });
  const invalidRecords = recordProblems(snapshot);
  if (invalidRecords.length > 0) throw new UserError('record-invalid', 'promptvault repair: records in vault/ are invalid; fix them first', invalidRecords);

  // The commits a rebase replaced: a squash or fixup among them folds versions (plan-branch.ts).
  const rewritten = new Set((await listRebasedCommits(repo)).before.map((commit) => commit.commit));
  const { plan, texts } = await planBranchRepair(repo, head, snapshot, rewritten);

  result.restored = plan.restore;
  result.dropped = [...plan.drop].map(([file, reason]) => ({ file, reason }));
  await writeRecords(repo, plan.restore.map((file) => ({ path: file, content: texts.get(file)! })), [...plan.drop.keys()]);

  // The current texts, recorded as the hook would: amending, for the very commit git just made.
  const recorded = amend
    ? await record({ cwd: repo.dir, hook: 'pre-commit', env: { ...env, PROMPTVAULT_AMEND: '1' }, afterTheFact: true })
    : await record({ cwd: repo.dir, all: true, env });
  result.recorded = { versions: recorded.versions, audits: recorded.audits, review: recorded.review };
  // Labels set on the rebased branch, and own tags, follow the versions that replaced the records they were on.
  const followed = await followDroppedVersions(repo, config, snapshot, plan.drop, new Set(recorded.written));
  result.relabelled = followed.relabelled;
  result.retagged = followed.retagged.map((retag) => retag.file);
  // Said with the tags they now carry.
  for (const retag of followed.retagged) {
    const said = result.recorded.versions.find((v) => v.prompt === retag.prompt && v.version === retag.version);
    if (said) said.symbolic_tags = retag.tags;
  }
  // The user's own `git commit` runs the hook, which would keep the records this drops.
  if (options.noCommit) writeStagedDrops(repo.gitdir, await resolveHead(repo), [...plan.drop.keys()]);
  if (options.noCommit || !(await hasStagedChanges(repo, { except: [] }))) return result;
  const summary = [
    result.restored.length > 0 ? `restore ${result.restored.length} record file(s)` : '',
    result.dropped.length > 0 ? `drop ${result.dropped.length} copied record file(s)` : '',
    result.recorded.versions.length > 0 ? `record ${result.recorded.versions.map((v) => `${v.prompt} v${v.version}`).join(', ')}` : '',
    result.recorded.audits.length > 0 ? `audit ${result.recorded.audits.map((a) => a.clause).join(', ')}` : '',
    result.relabelled.length > 0 ? `move ${result.relabelled.map((f) => `${f.label} ${f.prompt} to v${f.to.version}`).join(', ')}` : '',
  ].filter(Boolean).join('; ');
  const made = await commitIndex({ ...repo, env: { ...env, ...repo.env } }, { message: `Repair the prompt vault${options.hook === 'post-rewrite' ? ' after a rebase' : ''}: ${summary || 'records'}`, amend });
  result.commit = made.commit;
  result.signatureDropped = made.signatureDropped;
  result.amended = amend;
  return result;
}
