import { describe, expect, it } from 'vitest';
import { auditState, countAuditsByClause, isReviewSuggested, reasonText } from './audit-state.ts';

const review = (status: 'pending' | 'accepted' | 'rejected') => ({ status, by: null, at: null, note: null });

describe('the review state a reader sees', () => {
  it('says "no review needed" for an audit no rule flagged, and keeps open, accepted and rejected apart', () => {
    expect(auditState({ regression_flag: false, review: review('pending') }, false).text).toBe('no review needed');
    expect(auditState({ regression_flag: true, review: review('pending') }, true)).toMatchObject({ state: 'open', text: 'needs review', badge: 'open' });
    expect(auditState({ regression_flag: true, review: review('rejected') }, true)).toMatchObject({ state: 'rejected-open', badge: 'open' });
    expect(auditState({ regression_flag: true, review: review('accepted') }, false).state).toBe('accepted');
    expect(auditState({ regression_flag: true, review: review('rejected') }, false).state).toBe('rejected');
  });

  it('suggests a review for an unflagged audit with an advisory reason only', () => {
    const advisory = { code: 'low-similarity', message: 'low similarity: ...; review suggested', advisory: true };
    expect(isReviewSuggested({ regression_flag: false, reasons: [advisory] })).toBe(true);
    expect(isReviewSuggested({ regression_flag: false, reasons: [] })).toBe(false);
    expect(isReviewSuggested({ regression_flag: true, reasons: [advisory, { code: 'modal-weakened', message: 'm' }] })).toBe(false);
  });

  it('does not repeat a reason code at the start of its message', () => {
    expect(reasonText({ code: 'semantic-drift', message: 'semantic-drift: similarity 0.41 is below 0.5' })).toBe('similarity 0.41 is below 0.5');
    expect(reasonText({ code: 'semantic-drift', message: 'Semantic drift — meaning moved' })).toBe('meaning moved');
    expect(reasonText({ code: 'modal-weakened', message: '"must never" became "should avoid"' })).toBe('"must never" became "should avoid"');
  });

  it('counts audits per clause by state, clauses with open audits first', () => {
    const audits = new Map([
      ['a', [{ id: 'a1', regression_flag: false, review: review('pending') }]],
      ['b', [{ id: 'b1', regression_flag: true, review: review('accepted') }, { id: 'b2', regression_flag: true, review: review('pending') }, { id: 'b3', regression_flag: true, review: review('rejected') }]],
    ]);
    expect(countAuditsByClause(['a', 'b', 'c'], audits, new Set(['b2']))).toEqual([
      { clause: 'b', open: 1, accepted: 1, rejected: 1, noReviewNeeded: 0, total: 3 },
      { clause: 'a', open: 0, accepted: 0, rejected: 0, noReviewNeeded: 1, total: 1 },
      { clause: 'c', open: 0, accepted: 0, rejected: 0, noReviewNeeded: 0, total: 0 },
    ]);
  });
});
