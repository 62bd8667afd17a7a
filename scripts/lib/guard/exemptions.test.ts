// A permission restated with its limit in other words: "may X without approval" and "do not need
// approval" let an act go ahead, so a limit said in them is no threshold a prohibition gained.
import { describe, expect, it } from 'vitest';
import { isExemption } from './_exemptions.ts';
import { findReasons } from './find-reasons.ts';

describe('an exemption read as a grant', () => {
  it('reads a need denied, or a grant whose only negation is "without", as an exemption', () => {
    expect(isExemption('saddlers may discount repairs without approval up to ten percent')).toBe(true);
    expect(isExemption('discounts on repairs of no more than ten percent do not need approval')).toBe(true);
    expect(isExemption('refunds under 50 need no sign off')).toBe(true);
    expect(isExemption('no manager approval is required for a refund under 50')).toBe(true);
  });

  it('reads a prohibition, a refused grant and a duty as no exemption', () => {
    expect(isExemption('do not discount a repair without approval')).toBe(false);
    expect(isExemption('saddlers may not discount repairs without approval')).toBe(false);
    expect(isExemption('saddlers must get approval for any discount')).toBe(false);
  });

  it('reads no threshold gained when the exemption says its limit in other words, and still reads one a prohibition gained', () => {
    expect(findReasons('Saddlers may discount repairs without approval up to ten percent.', 'Discounts on repairs of no more than ten percent do not need approval.')).toEqual([]);
    expect(findReasons('Do not discount a repair without approval.', 'Do not discount a repair by more than ten percent without approval.').map((reason) => reason.code)).toContain('scope-narrowed');
  });
});
