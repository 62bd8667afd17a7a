import { describe, expect, it } from 'vitest';
import { findReasons } from './find-reasons.ts';

const codes = (previous: string, next: string): string[] => findReasons(previous, next).map((reason) => reason.code);

describe('a duty lifted by words of its own', () => {
  it('reads "need not", "has the option to", "have the choice of" as weaker than the duty or ban they replace', () => {
    expect(codes('The tutor bot may not show the full solution.', 'The tutor bot need not show the full solution.')).toContain('modal-weakened');
    expect(codes('Every rider has to wear a back protector.', 'Every rider has the option to wear a back protector.')).toContain('modal-weakened');
    expect(codes("Pharmacists are required to check the patient's age.", "Pharmacists have the choice of checking the patient's age.")).toContain('modal-weakened');
  });

  it('passes the same freedom in other words, and "it is not optional" as stress on a duty', () => {
    expect(codes('Staff need not wear a tie on Fridays.', 'Staff are not required to wear a tie on Fridays.')).toEqual([]);
    expect(codes('Visitors have the option to join the guided tour.', 'Visitors may join the guided tour.')).toEqual([]);
    expect(codes('Every rider has to wear a back protector.', 'Every rider must wear a back protector; it is not optional.')).toEqual([]);
  });
});
