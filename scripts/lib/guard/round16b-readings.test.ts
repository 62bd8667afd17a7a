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

  it('reads a recipient of a chain replaced, or one replaced by "whoever ...", as object-replaced', () => {
    expect(codes('Suspected poisonings on a foraging tour are reported to the poison information service first, then to the tour office.', 'Suspected poisonings on a foraging tour are reported to the tour office first, then to the guide on the next tour.')).toContain('object-replaced');
    expect(codes("Release the recording stems only to the band's producer.", 'Release the recording stems only to whoever booked the studio.')).toContain('object-replaced');
    expect(codes('Escalate a suspected data breach to the Data Protection Officer first, then to the IT lead.', 'A suspected data breach goes first to the Data Protection Officer and then to the IT lead.')).toEqual([]);
    expect(codes('Keep on-call handovers to no more than 2 hours.', 'Keep on-call handovers to no more than 90 minutes.')).toEqual([]);
  });
});
