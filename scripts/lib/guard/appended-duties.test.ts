import { describe, expect, it } from 'vitest';
import { buildLongClause } from '../../test-utils/long-clause.ts';
import { splitAppendedDuties } from './_appended-duties.ts';

describe('splitAppendedDuties', () => {
  it('writes a duty appended to a kept rule as a sentence of its own', () => {
    expect(splitAppendedDuties('Offer to transfer the caller to a human agent.', 'Offer to transfer the caller to a human agent, and transfer them at once if they ask for one.'))
      .toBe('Offer to transfer the caller to a human agent. Transfer them at once if they ask for one.');
  });

  it('leaves a narrowing or a softening appended to the rule part of it', () => {
    expect(splitAppendedDuties('Refund the order in full.', 'Refund the order in full, and only for new customers.')).toBe('Refund the order in full, and only for new customers.');
    expect(splitAppendedDuties('Check every invoice twice.', 'Check every invoice twice and skip it when busy.')).toBe('Check every invoice twice and skip it when busy.');
  });

  it('splits a duty appended to a rule edited in place too, so the edit is read against the old rule alone (round 16a)', () => {
    expect(splitAppendedDuties('Log every administrator sign-in.', 'Log some administrator sign-ins, and alert the security team.')).toBe('Log some administrator sign-ins. Alert the security team.');
    // Not when the part before "and" no longer says the old rule.
    expect(splitAppendedDuties('Log every administrator sign-in.', 'Review the audit trail weekly, and alert the security team.')).toBe('Review the audit trail weekly, and alert the security team.');
  });

  it('leaves a list turned into prose alone when the part after "and" goes on with the old verb\'s object', () => {
    const previous = 'When a tenant reports a leak:\n- ask for the flat number and a photo\n- ask for the time it started if they know it\n- give them the emergency line';
    const next = 'When a tenant reports a leak, ask for the flat number and a photo and for the time it started if they know it, and give them the emergency line.';
    expect(splitAppendedDuties(previous, next)).toBe(next);
  });

  it('leaves a predicate with no subject of its own after a closing condition part of that condition ("if it exceeds 100 pounds and cannot be found")', () => {
    const next = 'Report a cash shortfall to the area manager if it exceeds 100 pounds and cannot be found by close of business.';
    expect(splitAppendedDuties('Report a cash shortfall to the area manager if it exceeds 100 pounds.', next)).toBe(next);
    const approved = 'Escalate to the duty manager if a refund is over 200 pounds, and has not been approved by noon.';
    expect(splitAppendedDuties('Escalate to the duty manager if a refund is over 200 pounds.', approved)).toBe(approved);
    expect(splitAppendedDuties('Report a cash shortfall to the area manager if it exceeds 100 pounds.', 'Report a cash shortfall to the area manager if it exceeds 100 pounds, and never leave the till open.'))
      .toBe('Report a cash shortfall to the area manager if it exceeds 100 pounds. Never leave the till open.');
  });

  // Issue 9, round 22c: each old sentence was looked up in the whole new text (101 of 117 s of a
  // 5 MB clause's evaluation); only the sentences some "and" follows are looked up now.
  it('splits a duty appended to one sentence deep in a long clause, and leaves the other sentences as they were', () => {
    const rule = 'Refunds over £250 must be approved by the duty manager within 14 days.';
    const { previous, next } = buildLongClause({ sentences: 2000, edit: { before: rule, after: `${rule.slice(0, -1)}, and log the approval in the CRM.` } });
    const split = splitAppendedDuties(previous, next);
    expect(split).toBe(next.replace('within 14 days, and log', 'within 14 days. Log'));
  });

  it('finds the sentence a duty was appended to when the split capitalised it elsewhere', () => {
    const previous = 'Log the call in the CRM. Alert the duty manager now.';
    const next = 'Log the call in the CRM, and alert the duty manager now, and call the customer back today.';
    expect(splitAppendedDuties(previous, next)).toBe('Log the call in the CRM. Alert the duty manager now. Call the customer back today.');
  });
});
