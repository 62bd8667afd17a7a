import { describe, expect, it } from 'vitest';
import { findReasons } from './find-reasons.ts';

const codes = (previous: string, next: string): string[] => findReasons(previous, next).map((reason) => reason.code);

describe('a new sentence that takes a kept requirement back without a "not"', () => {
  it("reads the duty's own verb said undone after the sentence's verb as a contradiction", () => {
    expect(codes('Each batch is tested for allergens before release.', 'Each batch is tested for allergens before release. Batches for the staff canteen go out untested.')).toEqual(['contradiction']);
  });

  it('reads a substitute declared enough beside a duty or a prohibition as a permission', () => {
    expect(codes('Every invoice over £5,000 needs two signatures.', 'Every invoice over £5,000 needs two signatures. A single signature from a director will do.')).toEqual(['permission-added']);
    expect(codes('Only hand out prescription-only medicines against a signed prescription.', "Only hand out prescription-only medicines against a signed prescription. A phone call from the patient's GP is enough.")).toEqual(['permission-added']);
  });

  it('passes an un- word that picks things out, and a substitute said not to be enough', () => {
    expect(codes('Each batch is tested for allergens before release.', 'Each batch is tested for allergens before release. Untested batches stay in the quarantine cage.')).toEqual([]);
    expect(codes('Only hand out prescription-only medicines against a signed prescription.', "Only hand out prescription-only medicines against a signed prescription. A phone call from the patient's GP is not enough.")).toEqual([]);
  });
});
