import type { Audit } from '../schema/records.ts';
import { refusalFix, whoReviews, type GateSettings } from './reviewer-gate.ts';
import { shellWord } from '../shell-word.ts';
import { undoCommand, type ChangeUndo } from './undo-command.ts';
import { isLaterAudit } from './audit-order.ts';

// Which flagged audits are still open, in one place for `promptvault check` (CI fails on them) and
// the site (they stand out): a pending one stays open until accepted; a rejected one until a
// later change of the same clause (its revert or fix) has been audited.

type AuditLike = Pick<Audit, 'clause' | 'id' | 'regression_flag' | 'review' | 'path'> & Partial<Pick<Audit, 'renamed_from' | 'previous_hash' | 'new_hash'>> & {
  /** Why its decision does not count (reviewer-gate.ts: not a named reviewer, its own author); absent when it counts. */
  decision_refused?: string | null;
};

export function openAudits<A extends AuditLike>(audits: readonly A[]): A[] {
  const undone = changedSince(audits);
  // A decision without who, when and why is no decision: the audit stays open (an audit edited
  // by hand from pending to accepted must not open the gate).
  // So is a decision by someone the gate does not let review (audit.decision_refused).
  return audits.filter((audit) => audit.regression_flag && (audit.review.status === 'pending' || !isDecided(audit.review) || !!audit.decision_refused || (audit.review.status === 'rejected' && !undone(audit))));
}

/**
 * Whether a later audit changed the clause after `audit`: any later audit of its id, or a later
 * change of an id it was moved to (`renamed_from`, followed on), a move that kept the text aside.
 * A rejected change stays open until then; a clause moved since (a `git mv`, new codex globs) is
 * changed back under its new id, and that closes it.
 */
export function changedSince(audits: readonly AuditLike[]): (audit: AuditLike) => boolean {
  const latest = new Map<string, AuditLike>();
  const latestChange = new Map<string, AuditLike>();
  const movedTo = new Map<string, string[]>();
  const laterThan = (kept: AuditLike | undefined, audit: AuditLike) => kept === undefined || isLaterAudit(kept, audit);
  for (const audit of audits) {
    if (laterThan(latest.get(audit.clause), audit)) latest.set(audit.clause, audit);
    const move = audit.renamed_from !== undefined && audit.renamed_from !== audit.clause;
    if (move) movedTo.set(audit.renamed_from!, [...(movedTo.get(audit.renamed_from!) ?? []), audit.clause]);
    if (!(move && audit.previous_hash === audit.new_hash) && laterThan(latestChange.get(audit.clause), audit)) latestChange.set(audit.clause, audit);
  }
  return (audit) => {
    if (latest.get(audit.clause)?.id !== audit.id) return true;
    const seen = new Set([audit.clause]);
    const queue = [...(movedTo.get(audit.clause) ?? [])];
    while (queue.length > 0) {
      const clause = queue.shift()!;
      if (seen.has(clause)) continue;
      seen.add(clause);
      const change = latestChange.get(clause);
      if (change !== undefined && isLaterAudit(audit, change)) return true;
      queue.push(...(movedTo.get(clause) ?? []));
    }
    return false;
  };
}

/**
 * The flagged audit of `clause` whose change a new text `newHash` undoes (the text goes back to what
 * that change replaced). Going back is not itself a regression: the flag said the text before it
 * was the stronger one. The hook writes such an audit unflagged and `check` does not judge it again;
 * the undone audit still needs its own review if it is pending, since its change was live.
 */
export function undoneFlaggedAudit<A extends Pick<Audit, 'id' | 'clause' | 'regression_flag' | 'previous_hash'> & Partial<Pick<Audit, 'new_hash'>> & { added_rank?: number }>(audits: readonly A[], clause: string, newHash: string | null): A | undefined {
  // The latest such change (a weakening made again after its undoing is undone again), in check's order.
  return audits
    .filter((audit) => audit.clause === clause && audit.regression_flag && audit.previous_hash !== null && audit.previous_hash === newHash)
    .reduce<A | undefined>((latest, audit) => (latest === undefined || isLaterAudit(latest, audit) ? audit : latest), undefined);
}

/** A review decision names who made it, when, and why; anything less is not a decision. */
export function isDecided(review: Audit['review']): boolean {
  return review.status !== 'pending' && !!review.by?.trim() && !!review.at && !!review.note?.trim();
}

/** What an accepted or rejected review lacks (`by`, `at`, `note`), empty when complete or pending. */
export function missingDecisionFields(review: Audit['review']): string[] {
  if (review.status === 'pending') return [];
  return (['by', 'at', 'note'] as const).filter((key) => !review[key]?.trim());
}

type UndoLike = Pick<Audit, 'id' | 'clause' | 'new_hash'> & Partial<Pick<Audit, 'renamed_from' | 'previous_hash'>>;

/**
 * The moves among audits by clause: from each id, the move audits (`renamed_from`) that took it
 * elsewhere. Built by the caller from the very map it passes to undoingAudit, once for all its
 * calls: a cache kept here on the map object (as before) went stale, unseen, if the map changed.
 */
export function auditMoves<A extends UndoLike>(byClause: ReadonlyMap<string, readonly A[]>): ReadonlyMap<string, readonly A[]> {
  const moves = new Map<string, A[]>();
  for (const audits of byClause.values()) {
    for (const other of audits) {
      if (other.renamed_from !== undefined && other.renamed_from !== other.clause) moves.set(other.renamed_from, [...(moves.get(other.renamed_from) ?? []), other]);
    }
  }
  return moves;
}

/**
 * The id of the clause's latest audit when it put back the text `audit`'s change replaced: a
 * flagged change changed back before anyone reviewed it (a history backfill replays often holds
 * one). Its review is still due, since the change was live, and a rejection says it best. The
 * clause may have been moved since (`renamed_from`: a `git mv`, new codex globs), and changed back
 * under its new id: the latest audit is then that id's (moves made after `audit` followed on;
 * before, only the old id's audits were read, and none undid it). `moves`: auditMoves(byClause).
 */
export function undoingAudit<A extends UndoLike>(byClause: ReadonlyMap<string, readonly A[]>, audit: Pick<Audit, 'id' | 'clause' | 'previous_hash'>, moves: ReadonlyMap<string, readonly UndoLike[]>): string | undefined {
  if (audit.previous_hash === null) return undefined;
  const ids = new Set([audit.clause]);
  const queue = [audit.clause];
  while (queue.length > 0) {
    for (const move of moves.get(queue.shift()!) ?? []) {
      if (isLaterAudit(audit, move) && !ids.has(move.clause)) {
        ids.add(move.clause);
        queue.push(move.clause);
      }
    }
  }
  const audits = [...ids].flatMap((id) => byClause.get(id) ?? []);
  if (audits.length === 0) return undefined;
  const latest = audits.reduce((a, b) => (isLaterAudit(a, b) ? b : a));
  return latest.id !== audit.id && latest.new_hash === audit.previous_hash ? latest.id : undefined;
}

/**
 * What closes an open audit: a review, or for a rejected change a commit that undoes it. With the
 * gate's settings, a review's command says who may run it (whoReviews); `undoneBy` (undoingAudit)
 * makes a pending one's command the rejection that closes a change undone since; `undo`
 * (undo-change-git.ts findUndo) makes a rejected one's the git command that undoes its commit.
 * The one text `check` prints and the site's regression page shows.
 */
export function closingCommand(audit: AuditLike, gate?: Pick<GateSettings, 'reviewers' | 'allow_self_review'>, undoneBy?: string, undo?: ChangeUndo): string {
  if (audit.decision_refused) return refusalFix(audit, audit.decision_refused);
  const review = (decision: string) => `npx promptvault review ${shellWord(audit.clause)} --audit ${audit.id} ${decision}${whoReviews(gate)}`;
  if (undoneBy && audit.review.status === 'pending') {
    return review(`--reject --note "changed back by audit ${undoneBy}"  (a rejection of a change undone since closes it)`);
  }
  if (audit.review.status !== 'pending' && !isDecided(audit.review)) {
    return review('--accept --note "why this change is fine"  (or --reject): a decision names who, when and why');
  }
  if (audit.review.status === 'rejected' && undo) return `${undoCommand(undo)}, or edit the clause back and commit (the new audit closes this one)`;
  // Without the commit (a shallow clone, or no git at all): the general fix.
  return audit.review.status === 'rejected'
    ? `revert or fix the change to ${audit.path} and commit it (the new audit closes this one)`
    : review('--accept --note "why this change is fine"  (or --reject)');
}

type ChainLike = Pick<Audit, 'previous_hash' | 'new_hash' | 'created_at' | 'id'> & { added_rank?: number };

/**
 * The audits of one clause that no later audit continues from: the texts the clause was last
 * audited at (one per branch until a merge joins them). A clause is in step with its audits when
 * its text is one of these, not merely any text it once had.
 */
export function auditTips<A extends ChainLike>(audits: readonly A[]): A[] {
  return audits.filter((a) => !audits.some((b) => b !== a && b.previous_hash !== null && b.previous_hash === a.new_hash && isLaterTip(a, b)));
}

/** The latest of `audits` in auditTips' order (undefined for none): the text the clause was last audited at. */
export function latestAudit<A extends ChainLike>(audits: readonly A[]): A | undefined {
  return audits.reduce<A | undefined>((latest, audit) => (latest === undefined || isLaterTip(latest, audit) ? audit : latest), undefined);
}

/** By the time the audits were made, then as isLaterAudit orders one second (by the commits that added them, where read). */
function isLaterTip(a: ChainLike, b: ChainLike): boolean {
  return b.created_at > a.created_at || (b.created_at === a.created_at && isLaterAudit(a, b));
}
