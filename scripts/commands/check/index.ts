// `promptvault check`: validates every prompt, clause and record at HEAD and compares the vault
// with the files. Returns data; the CLI turns it into exit codes (0 clean, 1 failing, 2 invalid).
import { isUserError, UserError, type Problem } from '../../lib/errors.ts';
import { CONFIG_FILE } from '../../lib/schema/config-defaults.ts';
import { hasConfig, readConfig } from '../../lib/config/read-fs.ts';
import { notSetUpNotice } from './not-set-up.ts';
import { warningsOfChangedFiles, type UnchangedWarnings } from './unchanged-warnings.ts';
import { squashWarnings } from './squash-warning.ts';
import { continuationFiles, fileAtKey, findRenamesFromLivePrompts } from './rename-from-live-prompt.ts';
import { explainRewrittenAfterRecord, latestRecordFiles } from './rewritten-after-record.ts';
import { findRewrittenPaths } from './paths-rewritten.ts';
import { commitParents, commitSubjects, commitsAddingPaths, diffTrees, lastCommitsTouching, listTree, readCommitOrigins, mergeBase, openRepo, readShallowCommits, resolveCommit, resolveHead, type Repo } from '../../lib/git/index.ts';
import { duplicateCandidates, findDuplicates } from '../../lib/repair/plan.ts';
import { recordsToPutBack } from '../repair/plan-branch.ts';
import { auditMoves, auditTips, closingCommand, missingDecisionFields, openAudits, undoingAudit } from '../../lib/guard/open-audits.ts';
import { clauseMoves, movedOrDeleted } from '../../lib/guard/moved-clauses.ts';
import { findFoldedChanges } from './folded-changes.ts';
import { findRefusedDecisions } from '../../lib/guard/reviewer-gate-git.ts';
import { readSharedAuditHistory } from '../../lib/guard/audit-history-git.ts';
import { rankSameSecondAudits } from '../../lib/guard/audit-commit-order-git.ts';
import { rejudgeUnflagged } from '../../lib/guard/rejudge-git.ts';
import { findUndo } from '../../lib/guard/undo-change-git.ts';
import type { ChangeUndo } from '../../lib/guard/undo-command.ts';
import { openGateWarning, type GateSettings } from '../../lib/guard/reviewer-gate.ts';
import { findForkCycles, linkOf } from '../../lib/lineage/fork-cycles.ts';
import { findHeads, refKey } from '../../lib/lineage/heads.ts';
import type { Audit } from '../../lib/schema/records.ts';
import { readSnapshot, type Snapshot } from '../../lib/vault/read-all.ts';
import { recordFolder } from '../../lib/vault/paths.ts';
import { committedConflicts } from '../../lib/vault/conflict-next-step.ts';
import { unmergedVaultFiles } from './unmerged-vault-files.ts';
import { listLabelMoves } from '../../lib/labels/moves-git.ts';
import { readLabelsAtRef } from '../../lib/labels/read-git.ts';
import { buildVaultIndex, findLabelProblems, findStaleLabels, resolveLabels, type LabelMove } from '../../lib/labels/resolve.ts';
import { shellWord } from '../../lib/shell-word.ts';

export interface CheckOptions {
  cwd: string;
  /** Commit to check (default HEAD). */
  ref?: string;
  /** Also report labels that lag behind their prompt's current version. */
  stale?: boolean;
  /** Report label moves since this commit (for a pull request: its base), in `labels.moves`. */
  since?: string;
  /** When `since` names no commit (the first commit has no `HEAD~1`), report no moves rather than fail. */
  sinceOptional?: boolean;
  /** Environment for a remote embedder's or judge's API key (default process.env). */
  env?: Record<string, string | undefined>;
}

export interface CheckLabels {
  /** Labels behind their prompt's current version (with `stale`); warnings, not failures. */
  stale: Problem[];
  /** Label moves since `since` (a commit's label changes). */
  moves: LabelMove[];
  /** Why no moves could be listed although they were asked for (`since` not in this clone); absent when they were. */
  movesNotCompared?: Problem;
}

export interface FlaggedAudit {
  audit: Audit & { file: string };
  /** Why its accept/reject does not count (not a named reviewer, its own author); absent otherwise. */
  refused?: string;
  /** The command that records a review of it. */
  reviewCommand: string;
  /** A pending audit whose change a later audit undid (the clause's latest text is the one before it): that audit's id. */
  undoneBy?: string;
  /** A rejection that counts: the commit that made the change and how to undo it (`reviewCommand` is then that command). */
  undo?: ChangeUndo;
}

export interface CheckResult {
  /** Files that are not valid: exit 2. */
  invalid: Problem[];
  /** Prompts whose current content has no record, and other drift between files and vault: exit 1. */
  outOfSync: Problem[];
  /** Audits flagged as regressions and not accepted: exit 1. */
  flagged: FlaggedAudit[];
  /** Files read leniently or skipped (symbolic links): printed, never failing. */
  warnings: Problem[];
  counts: { prompts: number; clauses: number; checkpoints: number; mutations: number; audits: number };
  labels: CheckLabels;
  /** With `since`: warnings about files the range did not change, left out of `warnings` (said in one line). */
  unchangedWarnings?: UnchangedWarnings;
  /** Set when promptvault is not set up at this commit (no config, no records): nothing was checked; exit 0, said as such. */
  notSetUp?: Problem;
}

export async function check(options: CheckOptions): Promise<CheckResult> {
  const repo = await openRepo({ cwd: options.cwd });
  const invalid: Problem[] = [];
  let config;
  try {
    config = readConfig(repo.dir);
  } catch (error) {
    if (!isUserError(error)) throw error;
    const problems = error.problems.length > 0 ? error.problems : [{ code: error.code, file: CONFIG_FILE, message: error.message }];
    return { ...nothingChecked(), invalid: problems };
  }
  const ref = options.ref ?? (await resolveHead(repo));
  if (ref === null) return nothingChecked();
  // The base of --since, found once: the label moves, the not-set-up check and the re-judging use it.
  const sinceBasePromise = sinceBase(repo, options, ref);
  const [snapshot, labelFiles, { moves, notCompared }] = await Promise.all([
    // Audits of a clause in one second are ordered by the commits that added them (audit-order.ts).
    readSnapshot(repo, config, { ref }).then(async (read) => ({ ...read, audits: await rankSameSecondAudits(repo, read.audits, ref) })),
    readLabelsAtRef(repo, { ref }),
    labelMovesSince(repo, options, ref, sinceBasePromise),
  ]);
  // Any record read settles it; only a commit with none costs a look at its vault/ folder.
  const records = snapshot.checkpoints.length + snapshot.mutations.length + snapshot.audits.length + labelFiles.labels.length;
  const notSetUp = hasConfig(repo.dir) || records > 0 ? undefined : notSetUpNotice({ configPresent: false, vaultFiles: (await listTree(repo, { ref, pathspecs: ['vault'] })).length });
  if (notSetUp) {
    // Not set up here, but set up at the base CI compares with: this range removed promptvault
    // (its config and its records, flagged audits among them). That is no "nothing to check":
    // the gate would open by deleting what it guards.
    const base = await sinceBasePromise;
    const atBase = base === null ? 0 : (await listTree(repo, { ref: base, pathspecs: ['vault', CONFIG_FILE] })).length;
    if (atBase === 0) return { ...nothingChecked(), notSetUp };
    return { ...nothingChecked(), invalid: [setupRemoved(base!)] };
  }
  // check reads a commit: a conflict it finds in a vault file was committed, whatever git is doing now.
  invalid.push(...committedConflicts([...snapshot.problems, ...labelFiles.problems]));
  // Mid-merge or mid-rebase, the vault files git stopped on are in the working tree only: named too.
  if (options.ref === undefined) invalid.push(...(await unmergedVaultFiles(repo)));
  invalid.push(...findForkCycles(snapshot.prompts.map(linkOf)));
  const undecided = findIncompleteDecisions(snapshot);
  invalid.push(...undecided);
  const undecidedFiles = new Set(undecided.map((problem) => problem.file));
  const resolved = resolveLabels(buildVaultIndex(snapshot), labelFiles.labels);
  const drift = findDrift(snapshot);
  await explainRewrittenPrompts(repo, ref, snapshot, drift);
  // Who made the edit is the first thing a reviewer of the gate wants to know, and which commit
  // skipped the hook the first thing whoever repairs it does (a web edit, a bot, a merge on the server).
  await nameLastCommits(repo, ref, [...undecided, ...unhookedDrift(drift)], (problem) => (undecidedFiles.has(problem.file) ? 'the commit that made it:' : 'last changed in commit'));
  const outOfSync = [...drift, ...findLabelProblems(resolved)];
  // Records are never deleted on a branch: a commit made without the hook that deleted some (a
  // `HUSKY=0 git revert`) leaves HEAD consistent, but the next edit would reuse a number.
  const toPutBack = await recordsToPutBack(repo, ref, snapshot);
  // Said as it happened: the commit and what it was (its subject), not a guess at why.
  const subjects = await commitSubjects(repo, toPutBack.map((entry) => entry.commit));
  for (const { file, commit } of toPutBack) {
    const subject = subjects.get(commit);
    const what = subject === undefined ? '' : ` ("${subject}")${/^Revert "/.test(subject) ? ', a revert' : ''}`;
    outOfSync.push({ code: 'record-deleted', file, message: `was deleted by commit ${commit.slice(0, 12)}${what}: records stay on their branch, so that later versions find their parents and no version number is given to another text`, fix: REPAIR });
  }
  // Candidates are rare (one prompt, one version, one commit); only they cost a look at history.
  const candidates = duplicateCandidates(snapshot.mutations).flat().map((m) => m.file);
  if (candidates.length > 0) {
    const added = await commitsAddingPaths(repo, { pathspecs: candidates });
    outOfSync.push(...findDuplicateVersions(snapshot, new Map([...added].map(([file, entry]) => [file, entry.commit]))));
  }
  // A squash made without the hook of a branch that changed a clause and changed it back: no
  // regression to review, but two audits for repair to drop.
  const folded = await findFoldedChanges(repo, ref, snapshot);
  outOfSync.push(...folded.problems);
  // The history of vault/audits/, read once for the gate and the re-judging below: all of it
  // when the gate asks, else only the range's (none when no audit needs either).
  const since = await sinceBasePromise;
  const history = await readSharedAuditHistory(repo, { ref, since, settings: config.review, audits: snapshot.audits, rejudging: true });
  // The gate: a decision counts only by a reviewer named in .promptvault.yaml.
  const refused = await findRefusedDecisions(repo, { ref, settings: config.review, audits: snapshot.audits, history });
  // Nor is an audit's regression_flag trusted: each one written false is judged again from git's
  // texts; in CI (--since) only the pull request's own, the older ones having been judged in theirs.
  // Outside CI (no --since) a doubt is a warning, not a failure: a guard upgraded since an audit
  // was written may judge the same change otherwise, and a remote embedder may have no key here;
  // a pull request's own audits (--since, which --format github defaults to) fail the gate, and so
  // does an audit whose guard_version is this guard's: the same guard flags what it wrote unflagged.
  const rejudged = await rejudgeUnflagged(repo, { ref, since, config, audits: snapshot.audits, env: options.env ?? process.env, history });
  const doubted: Problem[] = [];
  for (const [file, why] of rejudged.refused) {
    // Without --since a doubt is a warning, unless the audit names this very guard (a flag lowered by hand).
    if (since === null && !rejudged.sameGuard.has(file)) doubted.push({ code: 'flag-not-trusted', file, message: why, fix: `check --since <the pull request's base> (what check --format github runs in CI) counts it as an unreviewed regression; if promptvault was upgraded since this audit was written, the newer guard may judge the change otherwise: a named reviewer's review closes it either way` });
    else if (!refused.has(file)) refused.set(file, why);
  }
  const gateOpen = !config.review.reviewers && snapshot.audits.some((audit) => audit.regression_flag || refused.has(audit.file));
  // In CI (--since), warnings about files only when the range changed them; the rest counted.
  const fileWarnings = since === null || snapshot.warnings.length === 0 ? { warnings: snapshot.warnings } : warningsOfChangedFiles(snapshot.warnings, new Set((await diffTrees(repo, { from: since, to: ref, pathspecs: [] })).map((change) => change.path)));
  // On a pull request (GitHub's pull_request events), its own reviews are void if it is squash-merged: said now.
  const env = options.env ?? process.env;
  const squashRisk = since !== null && history?.full && env.GITHUB_EVENT_NAME?.startsWith('pull_request') ? squashWarnings(snapshot.audits, refused, history) : [];
  const warnings = [...fileWarnings.warnings, ...findRenamesFromLivePrompts(snapshot, await filesFound(repo, continuationFiles(snapshot))), ...(await findRewrittenPaths(repo, ref, snapshot)), ...rejudged.warnings, ...doubted, ...squashRisk, ...folded.warnings, ...(gateOpen ? [openGateWarning()] : [])];
  return {
    invalid,
    outOfSync,
    flagged: await nameRejectedChanges(repo, ref, findFlagged(snapshot, refused, config.review).filter((entry) => !undecidedFiles.has(entry.audit.file) && !folded.files.has(entry.audit.file))),
    warnings,
    counts: { prompts: snapshot.prompts.length, clauses: snapshot.clauses.length, checkpoints: snapshot.checkpoints.length, mutations: snapshot.mutations.length, audits: snapshot.audits.length },
    labels: { stale: options.stale ? findStaleLabels(resolved) : [], moves, ...(notCompared ? { movesNotCompared: notCompared } : {}) },
    ...(fileWarnings.unchanged ? { unchangedWarnings: fileWarnings.unchanged } : {}),
  };
}

/**
 * A rejected change still in its clause is closed by undoing it: each such audit names the commit
 * that made it and the one command that undoes it (the one `review --reject` printed). Rare, so
 * each costs a look at history; one whose commit git does not hold (a shallow clone) keeps the
 * general fix.
 */
async function nameRejectedChanges(repo: Repo, ref: string, flagged: FlaggedAudit[]): Promise<FlaggedAudit[]> {
  return Promise.all(flagged.map(async (entry) => {
    if (entry.refused || entry.audit.review.status !== 'rejected') return entry;
    const undo = await findUndo(repo, entry.audit, ref);
    return undo ? { ...entry, undo, reviewCommand: closingCommand(entry.audit, undefined, undefined, undo) } : entry;
  }));
}

/** The problem of a range that removed promptvault's config and records since `base`. */
function setupRemoved(base: string): Problem {
  return {
    code: 'setup-removed', file: CONFIG_FILE,
    message: `this range removes promptvault: ${CONFIG_FILE} and vault/ are at ${base.slice(0, 12)} (the base) and gone here, so no audit, review or record can be checked`,
    fix: `keep ${CONFIG_FILE} and vault/ (git checkout ${base.slice(0, 12)} -- ${CONFIG_FILE} vault); removing promptvault is a change for the owners of ${CONFIG_FILE} to merge past this check`,
  };
}

/** A result with nothing in it: an unreadable config, no commit yet, promptvault not set up. */
function nothingChecked(): CheckResult {
  return { invalid: [], outOfSync: [], flagged: [], warnings: [], counts: { prompts: 0, clauses: 0, checkpoints: 0, mutations: 0, audits: 0 }, labels: { stale: [], moves: [] } };
}

/** The common ancestor of `since` and the checked commit, null without `since` or when it names no commit here. */
async function sinceBase(repo: Repo, options: CheckOptions, ref: string): Promise<string | null> {
  const since = options.since ? await resolveCommit(repo, options.since) : null;
  return since ? ((await mergeBase(repo, { a: since, b: ref })) ?? since) : null;
}

/** Label moves since the common ancestor of `since` and the checked commit (a pull request's own moves). */
async function labelMovesSince(repo: Repo, options: CheckOptions, ref: string, base: Promise<string | null>): Promise<{ moves: LabelMove[]; notCompared?: Problem }> {
  if (!options.since) return { moves: [] };
  const from = await base;
  if (!from) {
    if (options.sinceOptional) return { moves: [], notCompared: await sinceMissing(repo, options.since, ref) };
    throw new UserError('ref-unknown', `--since ${options.since} names no commit in this repository (fetch it first, e.g. git fetch origin main)`);
  }
  return { moves: await listLabelMoves(repo, { from, to: ref }) };
}

/**
 * Why the label moves of a pull request (or the last commit) were not listed: its base is not in
 * this clone (a shallow `actions/checkout`, the base branch not fetched). A first commit has no
 * `HEAD~1` and nothing moved before it: no notice then.
 */
async function sinceMissing(repo: Repo, since: string, ref: string): Promise<Problem | undefined> {
  // A shallow clone's boundary commit shows no parents either, but they exist: say so then.
  if (since === 'HEAD~1' && (await commitParents(repo, ref)).length === 0 && !readShallowCommits(repo).has(ref)) return undefined;
  const branch = /^origin\/(.+)$/.exec(since)?.[1];
  return {
    code: 'label-moves-not-compared',
    file: 'vault/labels',
    message: `label moves were not listed: ${since} is not in this clone, so there is nothing to compare the labels with`,
    fix: branch
      ? `fetch the base branch: git fetch origin ${shellWord(branch)} (in GitHub Actions, actions/checkout with fetch-depth: 0)`
      : `fetch the history: git fetch --deepen=1 (in GitHub Actions, actions/checkout with fetch-depth: 0), or pass --since REF`,
  };
}

/**
 * A file whose latest record its own last commit added (a later pre-commit step rewrote it, or the
 * commit was amended without the hook) is no plain commit "without the hook"
 * (rewritten-after-record.ts): its problem says which. One more `git log`, only when some prompt
 * is out of sync, and one `git show` and `git reflog` when such a file is found.
 */
export async function explainRewrittenPrompts(repo: Repo, ref: string, snapshot: Pick<Snapshot, 'prompts' | 'mutations'>, drift: Problem[]): Promise<void> {
  const stale = drift.filter((problem) => problem.code === 'out-of-sync');
  if (stale.length === 0) return;
  const latest = latestRecordFiles(snapshot, stale.map((problem) => problem.file));
  const lastCommit = await lastCommitsTouching(repo, { ref, paths: [...stale.map((problem) => problem.file), ...latest.values()] });
  // The commits that changed a file and added its latest record: how they were made (an amend?).
  const both = [...new Set(stale.flatMap((problem) => {
    const changed = lastCommit.get(problem.file)?.commit;
    const record = latest.get(problem.file);
    return changed && record && lastCommit.get(record)?.commit === changed ? [changed] : [];
  }))];
  explainRewrittenAfterRecord(stale, latest, lastCommit, await readCommitOrigins(repo, both));
}

/** Drift a commit made without the hook leaves: its problems name that commit. */
const MADE_WITHOUT_HOOK = new Set(['not-recorded', 'out-of-sync', 'unmerged-lineage', 'clause-not-audited']);

/** Pure: the problems of findDrift that commits made without the hook left, which a resync or repair fixes (a vault with no records yet is backfill's, not theirs). */
export function unhookedDrift(drift: Problem[]): Problem[] {
  return drift.filter((problem) => MADE_WITHOUT_HOOK.has(problem.code) && problem.fix !== BACKFILL);
}

/**
 * Appends to each problem the last commit (from `ref`) that changed its file: id, author, date and
 * subject after `lead(problem)`, one `git log` for all of them (lastCommitsTouching).
 */
export async function nameLastCommits(repo: Repo, ref: string, problems: Problem[], lead: (problem: Problem) => string): Promise<void> {
  const lastChanges = await lastCommitsTouching(repo, { ref, paths: problems.map((problem) => problem.file) });
  for (const problem of problems) {
    const change = lastChanges.get(problem.file);
    if (change) problem.message += `; ${lead(problem)} ${change.commit} by ${change.author} on ${change.date} ("${change.subject}")`;
  }
}
const RESYNC = 'run `promptvault record --all`, then commit the records it stages';
const REPAIR = 'run `promptvault repair` (it restores records a revert deleted, drops copies of records a cherry-pick or rebase brought from another branch, records the current texts and commits that); then check again';
const RESYNC_CLAUSE = 'run `promptvault record --all` (it audits the clause against its last audited text), then commit';
/** For a vault with no record at all (just adopted): `record --all` would start every prompt at v1 and drop its history. */
const BACKFILL = 'run `promptvault backfill` to record the history so far (`promptvault record --all` records only the current texts), then commit the records it stages';

/** Pure: every way the records disagree with the files or with each other. */
export function findDrift(snapshot: Snapshot): Problem[] {
  const problems: Problem[] = [];
  const byPrompt = Map.groupBy(snapshot.mutations, (mutation) => mutation.prompt);
  const checkpointKeys = new Set(snapshot.checkpoints.map((c) => refKey(c)));
  const mutationKeys = new Set(snapshot.mutations.map((m) => refKey(m)));
  const vaultEmpty = snapshot.checkpoints.length === 0 && snapshot.mutations.length === 0 && snapshot.audits.length === 0;
  // An id two files give is reported once, as id-duplicate: its records match at most one of them.
  const shared = new Set([...Map.groupBy(snapshot.prompts, (prompt) => prompt.id)].filter(([, files]) => files.length > 1).map(([id]) => id));
  // A record file that does not read (git's conflict markers committed in an audit two reviewers
  // decided differently) is reported as invalid; its prompt or clause is not also called changed
  // without the hook, whose fix (a resync) would record or audit the change a second time.
  const unreadable = new Set(snapshot.problems.map((problem) => `${problem.file.slice(0, problem.file.lastIndexOf('/'))}/`));
  for (const prompt of snapshot.prompts) {
    if (shared.has(prompt.id) || unreadable.has(recordFolder('checkpoint', prompt.id)) || unreadable.has(recordFolder('mutation', prompt.id))) continue;
    const heads = findHeads(byPrompt.get(prompt.id) ?? []);
    if (heads.length === 0 && vaultEmpty) {
      problems.push({ code: 'not-recorded', file: prompt.path, message: 'has no checkpoint in vault/, which holds no records yet (promptvault was just set up here, or its hooks never ran)', fix: BACKFILL });
    } else if (heads.length === 0) {
      problems.push({ code: 'not-recorded', file: prompt.path, message: 'has no checkpoint in vault/: it was committed without the hook (git commit --no-verify, a web editor, or hooks not installed)', fix: RESYNC });
    } else if (heads.length > 1) {
      problems.push({ code: 'unmerged-lineage', file: prompt.path, message: `has ${heads.length} latest versions (${heads.map((h) => `v${h.version}`).join(', ')}) and no version joining them: a merge, cherry-pick or rebase was committed without the hook (a squash or rebase merge made by a forge among them)`, fix: REPAIR });
    } else if (heads[0]!.content_hash !== prompt.contentHash) {
      problems.push({ code: 'out-of-sync', file: prompt.path, message: `differs from its latest recorded version v${heads[0]!.version}: it was changed without the hook (git commit --no-verify, a web editor, or hooks not installed)`, fix: RESYNC });
    }
  }
  // A clause must be at a text its audits last saw (a tip of its audit chain), and a clause with
  // audits must not vanish without an audit of its deletion or of its move to another id.
  const auditsByClause = Map.groupBy(snapshot.audits, (audit) => audit.clause);
  const clauseIds = new Set(snapshot.clauses.map((clause) => clause.id));
  for (const clause of snapshot.clauses) {
    const audits = auditsByClause.get(clause.id);
    if (unreadable.has(recordFolder('audit', clause.id))) continue;
    if (!audits && vaultEmpty) {
      problems.push({ code: 'clause-not-audited', file: clause.path, message: 'has no audit in vault/, which holds no records yet (promptvault was just set up here, or its hooks never ran)', fix: BACKFILL });
    } else if (!audits) {
      problems.push({ code: 'clause-not-audited', file: clause.path, message: 'has no audit in vault/: it was committed without the hook', fix: RESYNC_CLAUSE });
    } else if (!auditTips(audits).some((tip) => tip.new_hash === clause.contentHash)) {
      problems.push({ code: 'clause-not-audited', file: clause.path, message: 'was changed without the hook: its text is not the one its audits last saw', fix: RESYNC_CLAUSE });
    }
  }
  const moves = clauseMoves(snapshot.audits);
  for (const [id, audits] of auditsByClause) {
    const tips = auditTips(audits);
    if (clauseIds.has(id) || movedOrDeleted(id, tips, moves)) continue;
    problems.push({ code: 'clause-not-audited', file: tips[0]!.path, message: `the clause ${id} was deleted or moved without the hook`, fix: RESYNC_CLAUSE });
  }
  for (const mutation of snapshot.mutations) {
    if (!checkpointKeys.has(refKey(mutation))) problems.push({ code: 'record-orphan', file: mutation.file, message: `has no checkpoint for ${mutation.prompt} v${mutation.version}`, fix: `restore the checkpoint with \`git checkout\`, or ${RESYNC}` });
    for (const parent of mutation.parents) {
      if (!mutationKeys.has(refKey(parent))) problems.push({ code: 'parent-missing', file: mutation.file, message: `names the parent ${parent.prompt} v${parent.version}, which has no record here: a revert deleted it, or a cherry-pick or rebase copied this record from a branch that has it`, fix: REPAIR });
    }
  }
  for (const checkpoint of snapshot.checkpoints) {
    if (!mutationKeys.has(refKey(checkpoint))) problems.push({ code: 'record-orphan', file: checkpoint.file, message: `has no mutation log for ${checkpoint.prompt} v${checkpoint.version}`, fix: `restore it with \`git checkout\`, or ${RESYNC}` });
  }
  return problems;
}

/**
 * Pure: reviews that say accepted or rejected without who, when and why. `promptvault review`
 * always writes all three; a decision without them was typed in by hand and opens no gate.
 */
export function findIncompleteDecisions(snapshot: Snapshot): Problem[] {
  return snapshot.audits.flatMap((audit) => {
    const missing = missingDecisionFields(audit.review);
    if (missing.length === 0) return [];
    return [{
      code: 'review-incomplete', file: audit.file,
      message: `says review.status ${audit.review.status} but has no ${missing.map((key) => `review.${key}`).join(', ')}: a decision names who made it, when and why`,
      expected: 'review: { status: accepted, by: "Ada Reviewer <ada@example.com>", at: 2026-01-05T10:00:00Z, note: "why" }, as `promptvault review` writes it',
      fix: `put the review back to pending (\`git checkout <the commit before it> -- ${audit.file}\`), then have a reviewer run \`npx promptvault review ${shellWord(audit.clause)} --audit ${audit.id} --accept|--reject --note "why"\``,
    }];
  });
}

/** Pure: two records of one version of a prompt, made for one commit and committed together. */
export function findDuplicateVersions(snapshot: Snapshot, addedBy: Map<string, string>): Problem[] {
  return findDuplicates(snapshot.mutations, addedBy).map((group) => ({
    code: 'version-duplicate', file: group[0]!.file,
    message: `${group[0]!.prompt} v${group[0]!.version} has ${group.length} records made for the same commit (${group.map((m) => m.file).join(', ')}): a run was interrupted and its files were committed beside the re-run's`,
    fix: REPAIR,
  }));
}

/**
 * Pure: audits flagged as regressions and still open, each with what closes it. `refused` holds,
 * by audit file, why a decision does not count (reviewer-gate.ts); such an audit stays open, and
 * flagged (it may be one whose regression_flag a commit turned off by hand). `gate` (review settings)
 * lets each review command say who may run it.
 */
export function findFlagged(snapshot: Snapshot, refused: ReadonlyMap<string, string> = new Map(), gate?: GateSettings): FlaggedAudit[] {
  const audits = refused.size === 0 ? snapshot.audits : snapshot.audits.map((audit) => (refused.has(audit.file) ? { ...audit, regression_flag: true, decision_refused: refused.get(audit.file) } : audit));
  // Each clause's audits, grouped once for undoingAudit rather than filtered from all at each open audit.
  const byClause = Map.groupBy(snapshot.audits, (audit) => audit.clause);
  const moves = auditMoves(byClause);
  return openAudits(audits)
    .sort((a, b) => a.clause.localeCompare(b.clause) || a.created_at.localeCompare(b.created_at))
    .map((audit) => {
      const why = refused.get(audit.file);
      const undoneBy = why || audit.review.status !== 'pending' ? undefined : undoingAudit(byClause, audit, moves);
      // Still a review to record (the change was live, and the gate asks who saw it), but one that
      // says so: a history replayed by backfill often holds a weakening reverted before anyone looked.
      const reviewCommand = closingCommand(audit, gate, undoneBy);
      return { audit, reviewCommand, ...(why ? { refused: why } : {}), ...(undoneBy ? { undoneBy } : {}) };
    });
}

/** The `fileAtKey`s of those files git finds in their commits (a commit this clone lacks: counted as found). */
async function filesFound(repo: Repo, files: { commit: string; path: string }[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const { commit, path } of files) {
    const there = await listTree(repo, { ref: commit, pathspecs: [path] }).then((entries) => entries.some((entry) => entry.path === path), () => true);
    if (there) found.add(fileAtKey(commit, path));
  }
  return found;
}
