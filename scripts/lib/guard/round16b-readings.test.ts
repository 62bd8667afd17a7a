import { describe, expect, it } from 'vitest';
import { findReasons } from './find-reasons.ts';

const codes = (previous: string, next: string): string[] => findReasons(previous, next).map((reason) => reason.code);

describe('round 16b readings', () => {
  it('reads a negation inside ", except ..." as the exception\'s, so "Nobody" -> "Anybody" loses the rule\'s', () => {
    expect(codes("Nobody enters the launch area once the count has resumed, except the pad crew with the range officer's clearance.", "Anybody enters the launch area once the count has resumed, except the pad crew without the range officer's clearance.")).toContain('negation-moved');
    expect(codes("Nobody enters the launch area once the count has resumed, except the pad crew with the range officer's clearance.", "No one enters the launch area once the count has resumed, except the pad crew with the range officer's clearance.")).toEqual([]);
  });
});
