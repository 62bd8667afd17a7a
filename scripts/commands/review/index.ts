// `promptvault review <clauseId> --accept|--reject --note "..."`: records a person's decision on a
// flagged audit, in the audit file itself, and stages it. No clause text changes.
import path from 'node:path';
import { UserError } from '../../lib/errors.ts';
import { openRepo, readAuthorIdent, stageFiles, type Repo } from '../../lib/git/index.ts';
import { readWorktreeFolder, type FolderFile } from '../../lib/vault/worktree-folder-git.ts';
import { readConfig } from '../../lib/config/read-fs.ts';
import type { Config } from '../../lib/schema/config.ts';
import { reviewerEmail } from '../../lib/guard/identity.ts';
import { changedSince } from '../../lib/guard/open-audits.ts';
import { isLaterAudit } from '../../lib/guard/audit-order.ts';
import { rankSameSecondAudits } from '../../lib/guard/audit-commit-order-git.ts';
import { describeUndo, findChangeCommit } from '../../lib/guard/undo-change-git.ts';
import type { ChangeUndo } from '../../lib/guard/undo-command.ts';
import { CONFIG_FILE } from '../../lib/schema/config-defaults.ts';
import { commitDate } from '../../lib/lineage/build.ts';
import { isValidId } from '../../lib/schema/id.ts';
import { didYouMean, nearestIds } from '../../lib/labels/nearest.ts';
import { auditSchema, type Audit } from '../../lib/schema/records.ts';
import { AUDITS_DIR, parseRecordPath, recordFolder } from '../../lib/vault/paths.ts';
import { AUDIT_EXAMPLE } from '../../lib/vault/read-all.ts';
import { parseRecord, serializeRecord } from '../../lib/vault/serialize.ts';
import { writeFileAtomic } from '../../lib/vault/write-fs.ts';

export interface ReviewOptions {
  cwd: string;
  clause: string;
  /** Audit id; default: the clause's latest flagged audit still pending. */
  audit?: string;
  decision: 'accepted' | 'rejected';
  note: string;
  env?: Record<string, string | undefined>;
}

export interface ReviewResult {
  file: string;
  audit: Audit;
  /**
   * The decision this one replaces (a second reviewer overruling the first): the file keeps one
   * decision, so the earlier one lives on only in git history, and the reviewer is told whose it was.
   */
  replaced?: Audit['review'];
  /**
   * A rejection of the clause's latest change: the commit that made it, whose revert closes the
   * regression (a rejection closes the review, not the regression: check fails until the clause
   * is changed back). Absent for an accept, or when a later change of the clause followed.
   */
  undo?: ChangeUndo;
  /** The clause's id when the audit was made, where the clause was named by the id it moved to since. */
  madeUnder?: string;
}

export async function review(options: ReviewOptions): Promise<ReviewResult> {
  if (!isValidId(options.clause)) {
    throw new UserError('id-invalid', `"${options.clause}" is not a clause id: ids are folder and file names of letters, digits, "_", "-" and ".", not starting with "." (e.g. "privacy/account-numbers")`);
  }
  if (options.note.trim() === '') throw new UserError('review-note-missing', 'a review needs a note saying why, e.g. --note "the weaker wording is intended: legal approved it"');
  const repo = await openRepo({ cwd: options.cwd, env: options.env });
  // As the working tree holds them: a sparse checkout whose cone leaves out vault/ keeps the audits
  // in the index only, and they are read there (worktree-folder-git.ts).
  const files = (await readWorktreeFolder(repo, recordFolder('audit', options.clause).slice(0, -1))).filter((file) => parseRecordPath(file.path)?.kind === 'audit');
  if (files.length === 0) {
    const near = nearestIds(options.clause, auditedClauses(await readAuditFiles(repo)));
    throw new UserError('audit-unknown', `clause "${options.clause}" has no audits in ${recordFolder('audit', options.clause)}.${didYouMean(near) || ' Check the clause id with `promptvault check`.'}`);
  }
  const read = parseAudits(files);
  // A clause that moved (its id changed) keeps the audits made before the move under the id it had,
  // where `check` names them; its new id finds them too, through the move audit's renamed_from.
  read.push(...(await readAuditsMovedFrom(repo, read, options.clause)));
  // Ordered as check orders them: audits of one second by the commits that added them
  // (audit-order.ts). `ranked` holds that place for the order alone: never written back.
  const ranks = await rankSameSecondAudits(repo, read.map(({ file, audit }) => ({ ...audit, file })));
  const audits = read.map((entry, index) => ({ ...entry, ranked: ranks[index]! }));
  // Without --audit, the latest flagged audit still pending, in check's order (not the id that sorts last).
  const target = options.audit
    ? audits.find((entry) => entry.audit.id === options.audit)
    : audits.filter((entry) => entry.audit.regression_flag && entry.audit.review.status === 'pending').reduce<(typeof audits)[number] | undefined>((latest, entry) => (latest === undefined || isLaterAudit(latest.ranked, entry.ranked) ? entry : latest), undefined);
  if (!target) {
    const ids = audits.map((entry) => `${entry.audit.id} (${entry.audit.regression_flag ? 'flagged' : 'not flagged'}, ${entry.audit.review.status})`).join(', ');
    throw new UserError('audit-unknown', options.audit
      ? `clause "${options.clause}" has no audit "${options.audit}". Its audits: ${ids}`
      : `clause "${options.clause}" has no flagged audit waiting for review. Its audits: ${ids}. Name one with --audit ID${decidedAgainHint(audits.filter((entry) => entry.audit.regression_flag && entry.audit.review.status !== 'pending').map((entry) => entry.audit.id))}.`);
  }
  // Who the review commit will be by: the decision names the same person, and `check` compares them.
  const by = await readAuthorIdent(repo);
  if (!by) throw new UserError('reviewer-unknown', 'git does not know who you are: set it with `git config user.name "Your Name"` and `git config user.email you@example.com`, then review again');
  const settings = readConfig(repo.dir).review;
  // The commit that made the change, looked up at most once: the self-review check and a rejection's undo both name it.
  let changeCommit: ReturnType<typeof findChangeCommit> | undefined;
  const findChange = () => (changeCommit ??= findChangeCommit(repo, target.file, target.audit));
  await refuseUncountedReview(settings, { by, file: target.file, clause: options.clause, findChange });
  const audit: Audit = {
    ...target.audit,
    // `of`: the audit decided, so that git carrying these lines onto another audit's file is seen (reviewer-gate.ts).
    review: { status: options.decision, by, at: commitDate(options.env ?? process.env), note: options.note.trim(), of: target.audit.id },
  };
  // A rejected audit stays open while no later change of the clause followed, under its id or one
  // it moved to (check's rule, changedSince): what to undo, said now. Read before the write (an
  // unreadable folder fails with nothing written), and only for a rejection: an accept has no undo,
  // and the moves are read from every clause's audits.
  const latest = options.decision === 'rejected' && audits.every((entry) => entry.audit.id === target.audit.id || !isLaterAudit(target.ranked, entry.ranked)) && !movedAndChangedSince(await readAuditFiles(repo), target.audit);
  writeFileAtomic(path.join(repo.dir, target.file), serializeRecord(audit), target.file);
  // Staged as the hook stages records (update-index): `git add` refuses a path outside a sparse
  // checkout's cone, and vault/ may be left out of it.
  await stageFiles(repo, [target.file]);
  const change = latest ? await findChange() : undefined;
  return {
    file: target.file, audit,
    ...(target.audit.clause !== options.clause ? { madeUnder: target.audit.clause } : {}),
    ...(target.audit.review.status !== 'pending' ? { replaced: target.audit.review } : {}),
    ...(change ? { undo: await describeUndo(repo, change, target.audit.path) } : {}),
  };
}

/**
 * A decision `check` would not count is refused before it is written: the reviewer must be named
 * in review.reviewers and, unless review.allow_self_review, not be the author of the clause change
 * (the commit that added the audit). Nothing to refuse while no reviewer is configured.
 */
async function refuseUncountedReview(settings: Config['review'], { by, file, clause, findChange }: { by: string; file: string; clause: string; findChange: () => ReturnType<typeof findChangeCommit> }): Promise<void> {
  if (!settings.reviewers) return;
  const email = reviewerEmail(by);
  const named = settings.reviewers.map((entry) => reviewerEmail(entry));
  if (!email || !named.includes(email)) {
    throw new UserError('reviewer-not-named', `${by} is not a reviewer named in ${CONFIG_FILE} review.reviewers (${settings.reviewers.join(', ')}), so check would not count this decision; nothing was written. Ask one of them to review ${clause}, or add yourself to review.reviewers in a change they approve (matched by email: \`git config user.email\`).`);
  }
  if (settings.allow_self_review) return;
  const change = await findChange();
  if (change === undefined) {
    throw new UserError('review-own-change', `${file} is not committed yet: commit the clause change first; its review is a later commit by a reviewer other than its author. Nothing was written.`);
  }
  if (change === null) {
    throw new UserError('review-history-cut-off', `the clause change ${file} is about was made before the first commit this shallow clone holds, so whether ${by} made it cannot be told (check would not count the decision either): run \`git fetch --unshallow\` and review again. Nothing was written.`);
  }
  if (change.email.toLowerCase() === email) {
    // The others, not the whole list: naming the author among "another reviewer" reads as a way out.
    const others = settings.reviewers.filter((entry) => reviewerEmail(entry) !== email);
    const who = others.length > 0 ? `another reviewer named in review.reviewers (${others.join(', ')}) reviews it` : `another reviewer reviews it, and review.reviewers names no one else: add one (a change the owners of ${CONFIG_FILE} approve)`;
    throw new UserError('review-own-change', `${by} made the clause change this audit is about (commit ${change.commit.slice(0, 7)}, "${change.subject}"), and ${CONFIG_FILE} does not allow self-review: ${who}. Nothing was written.`);
  }
}

/**
 * Whether `audit`'s clause was moved since (a `git mv`, new codex globs) and changed under its new
 * id: the change back that closes a rejection (a revert of the change after the move) is audited
 * there. Read only for a rejection with no later audit in its own folder; a file that does not
 * parse is left to `check`.
 */
function movedAndChangedSince(files: FolderFile[], audit: Audit): boolean {
  const audits = files.flatMap(({ path: file, text }) => {
    const parsed = parseRecord(text, file, auditSchema, AUDIT_EXAMPLE);
    return parsed.ok ? [parsed.value] : [];
  });
  if (!audits.some((other) => other.renamed_from === audit.clause && other.clause !== audit.clause)) return false;
  return changedSince(audits)(audit);
}

function parseAudits(files: FolderFile[]): { file: string; audit: Audit }[] {
  return files.map(({ path: file, text }) => {
    const parsed = parseRecord(text, file, auditSchema, AUDIT_EXAMPLE);
    if (!parsed.ok) throw new UserError('record-invalid', `${file} is not a valid audit`, parsed.problems);
    return { file, audit: parsed.value };
  });
}

/**
 * The audits of the ids `clause` moved from (renamed_from of its audits, and of theirs: a clause
 * moved twice), read from their folders, made no later than the move (a clause added at the old
 * path since is another clause). A folder is read only when an audit names a move.
 */
async function readAuditsMovedFrom(repo: Repo, audits: readonly { audit: Audit }[], clause: string): Promise<{ file: string; audit: Audit }[]> {
  const seen = new Set([clause]);
  const found: { file: string; audit: Audit }[] = [];
  let moves = audits.map(({ audit }) => audit);
  while (moves.length > 0) {
    // Each id moved from -> the latest move away from it.
    const movedAt = new Map<string, string>();
    for (const move of moves) if (move.renamed_from && !seen.has(move.renamed_from) && (movedAt.get(move.renamed_from) ?? '') < move.created_at) movedAt.set(move.renamed_from, move.created_at);
    const next: Audit[] = [];
    for (const [id, at] of movedAt) {
      seen.add(id);
      const read = parseAudits((await readWorktreeFolder(repo, recordFolder('audit', id).slice(0, -1))).filter((file) => parseRecordPath(file.path)?.kind === 'audit')).filter(({ audit }) => audit.created_at <= at);
      found.push(...read);
      next.push(...read.map(({ audit }) => audit));
    }
    moves = next;
  }
  return found;
}

/** Ids of the clauses with audit files. */
function auditedClauses(files: FolderFile[]): string[] {
  return [...new Set(files.flatMap((file) => parseRecordPath(file.path)?.id ?? []))].sort();
}

/** The audit files under the working tree's vault/audits/, repository-relative, with their text. */
async function readAuditFiles(repo: Repo): Promise<FolderFile[]> {
  // Files only: a folder named like an audit file is no audit (reading it fails with EISDIR).
  return (await readWorktreeFolder(repo, AUDITS_DIR, { recursive: true })).filter((file) => parseRecordPath(file.path)?.kind === 'audit');
}

/**
 * How a decision check does not count is made again: by --audit, naming the audit when one is
 * decided (newcomer37 met a decision written by hand in another's commit, and the hint spoke of a
 * squash only).
 */
function decidedAgainHint(decided: string[]): string {
  if (decided.length === 0) return '';
  return ` (a decision check does not count, written in a commit by someone other than the reviewer it names or squash-merged into a commit of the change's author, is recorded again that way: ${decided.length === 1 ? `--audit ${decided[0]}` : 'the --audit of check\'s fix line'})`;
}
