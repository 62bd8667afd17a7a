// Pure: the one review state a reader sees for an audit. Only a flagged change needs a review;
// an unflagged one (an added clause, a change no rule fired on) says so instead of showing the
// same "pending" as a truly open regression.
import type { Audit } from '../schema/records.ts';

export type AuditState = 'open' | 'accepted' | 'rejected' | 'rejected-open' | 'no-review-needed';

export interface AuditStateView {
  state: AuditState;
  /** Short text for a badge. */
  text: string;
  /** CSS class of the badge. */
  badge: 'open' | 'accepted' | 'rejected' | 'none';
}

/** `open`: flagged and still blocking CI (see guard/open-audits.ts, which decides it). */
export function auditState(audit: Pick<Audit, 'regression_flag' | 'review'>, isOpen: boolean): AuditStateView {
  if (isOpen) {
    return audit.review.status === 'rejected'
      ? { state: 'rejected-open', text: 'rejected: awaiting a fix', badge: 'open' }
      : { state: 'open', text: 'needs review', badge: 'open' };
  }
  if (audit.review.status === 'accepted') return { state: 'accepted', text: 'accepted', badge: 'accepted' };
  if (audit.review.status === 'rejected') return { state: 'rejected', text: 'rejected', badge: 'rejected' };
  return { state: 'no-review-needed', text: 'no review needed', badge: 'none' };
}

/**
 * True for an unflagged audit that carries an advisory reason (`low-similarity`, `rule-replaced`):
 * nothing blocks, but a reader is told a review is suggested.
 */
export function isReviewSuggested(audit: Pick<Audit, 'regression_flag' | 'reasons'>): boolean {
  return !audit.regression_flag && audit.reasons.some((reason) => reason.advisory === true);
}

/**
 * A reason's message without its code repeated in front (`semantic-drift: similarity ...` ->
 * `similarity ...`), since the page prints the code beside it.
 */
export function reasonText(reason: { code: string; message: string }): string {
  const message = reason.message.trim();
  const lower = message.toLowerCase();
  const code = reason.code.toLowerCase();
  for (const variant of [code, code.replace(/-/g, ' ')]) {
    if (lower.startsWith(variant)) {
      const rest = message.slice(variant.length).replace(/^[\s:—–-]+/, '');
      if (rest !== '') return rest;
    }
  }
  return message;
}

export interface ClauseAuditCounts {
  clause: string;
  open: number;
  accepted: number;
  rejected: number;
  noReviewNeeded: number;
  total: number;
}

/** Counts per clause, clauses with open audits first, then by id. */
export function countAuditsByClause(clauseIds: readonly string[], auditsByClause: ReadonlyMap<string, readonly Pick<Audit, 'id' | 'regression_flag' | 'review'>[]>, openIds: ReadonlySet<string>): ClauseAuditCounts[] {
  const rows = clauseIds.map((clause): ClauseAuditCounts => {
    const row = { clause, open: 0, accepted: 0, rejected: 0, noReviewNeeded: 0, total: 0 };
    for (const audit of auditsByClause.get(clause) ?? []) {
      row.total++;
      const { state } = auditState(audit, openIds.has(audit.id));
      if (state === 'open' || state === 'rejected-open') row.open++;
      else if (state === 'accepted') row.accepted++;
      else if (state === 'rejected') row.rejected++;
      else row.noReviewNeeded++;
    }
    return row;
  });
  return rows.sort((a, b) => b.open - a.open || a.clause.localeCompare(b.clause));
}
