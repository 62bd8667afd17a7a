// Which records of the current branch `promptvault repair` puts back, drops or keeps: the records
// its history deleted, the records made for its own commits, and the texts copies arrived with,
// read from git (one log for deletions, one rev-list, batch reads) and judged by
// lib/repair/plan.ts. Shared by repair, which applies the plan, and check, which reports records a
// commit made without the hook deleted (a `HUSKY=0 git revert`), so the two never disagree.
import { branchCommitsByParents, commitParents, commitsAddingPaths, deletedInHistory, readObjects, type Repo } from '../../lib/git/index.ts';
import { contentHash } from '../../lib/prompt/parse.ts';
import { duplicateCandidates, planRepair, type RepairPlan, type Stored } from '../../lib/repair/plan.ts';
import { auditSchema, checkpointSchema, mutationSchema, type Audit, type Checkpoint, type Mutation } from '../../lib/schema/records.ts';
import { AUDITS_DIR, CHECKPOINTS_DIR, MUTATIONS_DIR, parseRecordPath } from '../../lib/vault/paths.ts';
import { AUDIT_EXAMPLE, type Snapshot } from '../../lib/vault/read-all.ts';
import { CHECKPOINT_EXAMPLE, MUTATION_EXAMPLE } from '../../lib/vault/read-lineage.ts';
import { parseRecord } from '../../lib/vault/serialize.ts';

const RECORD_DIRS = [`${CHECKPOINTS_DIR}/`, `${MUTATIONS_DIR}/`, `${AUDITS_DIR}/`];

export interface BranchPlan {
  plan: RepairPlan;
  /** Texts of deleted records, as they were just before their deletion. */
  texts: Map<string, string>;
  /** Deleted record file -> the latest commit of the branch that deleted it. */
  deletedBy: Map<string, string>;
}

/**
 * `rewritten`: the commits a rebase just replaced (ORIG_HEAD's, for `promptvault repair` and its
 * post-rewrite hook); with them, the versions of commits a fixup or squash folded are told apart
 * (RepairInput.folded). Without them (check), such versions are kept, as a squash merge's are.
 */
export async function planBranchRepair(repo: Repo, head: string, snapshot: Snapshot, rewritten: ReadonlySet<string> = new Set()): Promise<BranchPlan> {
  const deleted = await readDeletedRecords(repo, head, new Set([...snapshot.checkpoints, ...snapshot.mutations, ...snapshot.audits].map((r) => r.file)));
  const made = await findRecordsMadeHere(repo, head, {
    mutations: [...snapshot.mutations, ...deleted.records.mutations],
    checkpoints: [...snapshot.checkpoints, ...deleted.records.checkpoints],
    audits: [...snapshot.audits, ...deleted.records.audits],
  });
  const madeHere = (file: string) => made.has(file);
  const { texts: textWhereAdded, before: textBeforeAdded, firstAttempts } = await readTextsWhereAdded(repo, snapshot, madeHere);
  const currentText = new Map(snapshot.prompts.map((prompt) => [prompt.id, prompt.contentHash]));
  // Deleted ones too: a second record repair dropped earlier is still a second record, not one to put back.
  const candidates = duplicateCandidates([...snapshot.mutations, ...deleted.records.mutations]).flat().map((m) => m.file);
  const addedBy = new Map([...(candidates.length > 0 ? await commitsAddingPaths(repo, { pathspecs: candidates }) : new Map<string, { commit: string }>())].map(([file, entry]) => [file, entry.commit]));
  const folded = foldedVersions(snapshot.mutations, firstAttempts, rewritten);
  const plan = planRepair({ mutations: snapshot.mutations, checkpoints: snapshot.checkpoints, audits: snapshot.audits, deleted: deleted.records, madeHere, textWhereAdded, textBeforeAdded, firstAttempts, folded, currentText, addedBy });
  return { plan, texts: deleted.texts, deletedBy: deleted.deletedBy };
}

/**
 * Versions recorded for a commit's first attempt that a version of a commit the rebase replaced
 * names as parent: `pick A` + `squash B` makes A's commit again with B's text (an amend by the
 * sequencer), and B's version, recorded on top of A, came along with A's.
 */
function foldedVersions(mutations: readonly Stored<Mutation>[], firstAttempts: ReadonlySet<string>, rewritten: ReadonlySet<string>): Set<string> {
  const folded = new Set<string>();
  if (rewritten.size === 0 || firstAttempts.size === 0) return folded;
  const key = (m: { prompt: string; version: number; content_hash: string }) => `${m.prompt}@${m.version}:${m.content_hash}`;
  const namedByRewritten = new Set(mutations.filter((m) => m.commit_parents.some((commit) => rewritten.has(commit))).flatMap((m) => m.parents.map(key)));
  for (const m of mutations) if (firstAttempts.has(m.file) && namedByRewritten.has(key(m))) folded.add(m.file);
  return folded;
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
  return { records, texts, deletedBy: new Map(deletedBy) };
}

/**
 * For every record not made for a commit of this branch: the content hash of the prompt or clause
 * in the commit that brought the record here (null when that commit has no such file); for such an
 * audit that commit brought with the audit of the change before it (commits folded into one), the
 * clause's hash in that commit's parent too (`before`; left out for a merge, a moved clause or a
 * root commit, where one parent does not tell); and those of them whose text that
 * commit does not hold although it has the record's `commit_parents` as its parents: recorded for
 * that very commit's first attempt (`firstAttempts`, one parents read per such commit, usually none).
 */
async function readTextsWhereAdded(repo: Repo, snapshot: Snapshot, madeHere: (file: string) => boolean): Promise<{ texts: Map<string, string | null>; before: Map<string, string | null>; firstAttempts: Set<string> }> {
  const checkpointOf = new Map(snapshot.checkpoints.map((c) => [c.file.slice(CHECKPOINTS_DIR.length), c]));
  const foreign = [
    ...snapshot.mutations.filter((m) => !madeHere(m.file)).map((m) => ({ file: m.file, source: checkpointOf.get(m.file.slice(MUTATIONS_DIR.length))?.path, hash: m.content_hash as string | null, parents: m.commit_parents })),
    ...snapshot.audits.filter((a) => !madeHere(a.file)).map((a) => ({ file: a.file, source: a.path as string | undefined, hash: a.new_hash, parents: a.commit_parents })),
  ];
  const texts = new Map<string, string | null>();
  const before = new Map<string, string | null>();
  const firstAttempts = new Set<string>();
  if (foreign.length === 0) return { texts, before, firstAttempts };
  const added = await commitsAddingPaths(repo, { pathspecs: foreign.map((entry) => entry.file) });
  const name = (entry: { file: string; source?: string }) => `${added.get(entry.file)?.commit}:${entry.source}`;
  // Audits of commits folded into one (a fixup or squash of `git rebase -i`): the commit that adds
  // one also adds the audit of the change before it, whose new text is this one's previous text.
  // For those, the clause in the adding commit's parent, and whether that commit is a merge (^2).
  const foreignAudits = snapshot.audits.filter((a) => !madeHere(a.file) && added.has(a.file));
  const byCommitAndClause = Map.groupBy(foreignAudits, (a) => `${added.get(a.file)!.commit}\0${a.clause}`);
  const audits = foreignAudits.filter((a) => a.renamed_from === undefined && a.previous_hash !== null
    && byCommitAndClause.get(`${added.get(a.file)!.commit}\0${a.clause}`)!.some((other) => other !== a && other.new_hash === a.previous_hash));
  const parentName = (a: { file: string; path: string }) => `${added.get(a.file)!.commit}^:${a.path}`;
  const blobs = await readObjects(repo, [
    ...foreign.filter((entry) => entry.source && added.has(entry.file)).map(name),
    ...audits.flatMap((a) => [parentName(a), `${added.get(a.file)!.commit}^2`, `${added.get(a.file)!.commit}^`]),
  ]);
  for (const entry of foreign) {
    const blob = entry.source && added.has(entry.file) ? blobs.get(name(entry)) : undefined;
    texts.set(entry.file, blob ? contentHash(blob) : null);
  }
  for (const a of audits) {
    const commit = added.get(a.file)!.commit;
    if (blobs.has(`${commit}^2`) || !blobs.has(`${commit}^`)) continue;
    const blob = blobs.get(parentName(a));
    before.set(a.file, blob ? contentHash(blob) : null);
  }
  const parentsOf = new Map<string, string>();
  for (const entry of foreign) {
    const commit = added.get(entry.file)?.commit;
    if (!commit || texts.get(entry.file) === entry.hash) continue;
    if (!parentsOf.has(commit)) parentsOf.set(commit, (await commitParents(repo, commit)).join(','));
    if (parentsOf.get(commit) === entry.parents.join(',')) firstAttempts.add(entry.file);
  }
  return { texts, before, firstAttempts };
}

/**
 * Records made for a commit of this branch: a commit reachable from `head` has the record's
 * `commit_parents` as its parents and holds the record's text (a checkpoint's prompt at its path,
 * an audit's clause at its new text). One `rev-list` and one batch read.
 */
export async function findRecordsMadeHere(repo: Repo, head: string, records: { mutations: Stored<Mutation>[]; checkpoints: Stored<Checkpoint>[]; audits: Stored<Audit>[] }): Promise<Set<string>> {
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

/**
 * Records a commit of this branch deleted that `promptvault repair` would put back (a revert made
 * with the hooks off deletes the reverted version's records, and the next edit would be given its
 * number again), each with the commit that deleted it. For check: one history walk of vault/, and
 * the full plan only when it finds a deleted record.
 */
export async function recordsToPutBack(repo: Repo, head: string, snapshot: Snapshot): Promise<{ file: string; commit: string }[]> {
  const present = new Set([...snapshot.checkpoints, ...snapshot.mutations, ...snapshot.audits].map((r) => r.file));
  const deleted = [...(await deletedInHistory(repo, { ref: head, pathspecs: [`${MUTATIONS_DIR}/`, `${AUDITS_DIR}/`] })).keys()].filter((file) => !present.has(file) && parseRecordPath(file));
  if (deleted.length === 0) return [];
  const { plan, deletedBy } = await planBranchRepair(repo, head, snapshot);
  return plan.restore.filter((file) => !file.startsWith(`${CHECKPOINTS_DIR}/`)).map((file) => ({ file, commit: deletedBy.get(file)! }));
}
