import { describe, expect, it } from 'vitest';
import { findReasonsBeyondTightenings } from './tightenings-withdrawn.ts';

// Through the tightening withdrawal, as the hook reads an edit: a right taken in part stays a finding.
const codes = (previous: string, next: string): string[] => findReasonsBeyondTightenings(previous, next).map((reason) => reason.code);

describe('a right of the people served narrowed', () => {
  it('reads an alternative of their choice dropped as right-narrowed, and the same list reordered or reworded as none', () => {
    expect(codes('Passengers may choose a full refund or a seat on the next flight.', 'Passengers may choose a full refund.')).toEqual(['right-narrowed']);
    expect(codes('Tenants can request a repair visit or a temporary heater while the boiler is broken.', 'Tenants can request a repair visit while the boiler is broken.')).toEqual(['right-narrowed']);
    expect(codes('Passengers may choose a full refund or a seat on the next flight.', 'Passengers may choose a seat on the next flight or a full refund.')).toEqual([]);
    expect(codes('Tenants can request a repair visit or a temporary heater while the boiler is broken.', 'While the boiler is broken, tenants can ask for a repair visit or for a temporary heater.')).toEqual([]);
  });

  it('leaves an alternative dropped from a grant to staff quiet: the codex allows its own people less', () => {
    expect(codes('Drivers may take the ring road or the bypass.', 'Drivers may take the bypass.')).toEqual([]);
    expect(codes('Agents may offer a refund or a voucher.', 'Agents may offer a voucher.')).toEqual([]);
  });

  it('reads a proviso added to a right as right-narrowed, and "even if" or a staff grant\'s proviso as none', () => {
    expect(codes('Subscribers may cancel their plan at any time.', 'Subscribers may cancel their plan at any time, provided they have paid for the current quarter.')).toContain('right-narrowed');
    expect(codes('Employees are entitled to two days of compassionate leave.', 'Employees are entitled to two days of compassionate leave, as long as they have passed probation.')).toEqual(['right-narrowed']);
    expect(codes('Residents have the right to see their care plan.', 'Residents have the right to see their care plan if the care manager agrees.')).toContain('right-narrowed');
    expect(codes('Subscribers may cancel their plan at any time.', 'Subscribers may cancel their plan at any time, even if they have just renewed it.')).toEqual([]);
    expect(codes('Staff may use the gym after hours.', 'Staff may use the gym after hours, provided a first aider is on site.')).toEqual([]);
  });

  it('reads a right of the people served made a duty as right-narrowed, and a staff grant made a duty as none', () => {
    expect(codes('Members may bring a guest to the annual dinner.', 'Members must bring a guest to the annual dinner.')).toEqual(['right-narrowed']);
    expect(codes('Agents may offer a refund for late deliveries.', 'Agents must offer a refund for late deliveries.')).toEqual([]);
  });
});

describe('a right used at its holder\'s choice', () => {
  it('reads "when they ask" or "if they wish" after a right as no proviso', () => {
    expect(codes('Residents have the right to see their care plan.', 'Residents have the right to see their care plan when they ask.')).not.toContain('right-narrowed');
    expect(codes('Members may cancel at any time.', 'Members may cancel at any time if they wish.')).not.toContain('right-narrowed');
  });
});
