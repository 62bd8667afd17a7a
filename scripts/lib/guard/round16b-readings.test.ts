import { describe, expect, it } from 'vitest';
import { findReasons } from './find-reasons.ts';

const codes = (previous: string, next: string): string[] => findReasons(previous, next).map((reason) => reason.code);

describe('round 16b readings', () => {
  it('reads a negation inside ", except ..." as the exception\'s, so "Nobody" -> "Anybody" loses the rule\'s', () => {
    expect(codes("Nobody enters the launch area once the count has resumed, except the pad crew with the range officer's clearance.", "Anybody enters the launch area once the count has resumed, except the pad crew without the range officer's clearance.")).toContain('negation-moved');
    expect(codes("Nobody enters the launch area once the count has resumed, except the pad crew with the range officer's clearance.", "No one enters the launch area once the count has resumed, except the pad crew with the range officer's clearance.")).toEqual([]);
  });

  it('reads a code swapped in place ("table 4B" -> "table 4A") as reference-removed, and the same code recased as none', () => {
    expect(codes('Size the DC cable according to table 4B of the installation standard.', 'Size the DC cable according to table 4A of the installation standard.')).toEqual(['reference-removed']);
    expect(codes('Ground anchors are pull-tested to method 3B of the standard.', 'Ground anchors are pull-tested to method 3C of the standard.')).toContain('reference-removed');
    expect(codes('Size the DC cable according to table 4B of the installation standard.', 'Size the DC cable according to Table 4B of the installation standard.')).toEqual([]);
  });
});
