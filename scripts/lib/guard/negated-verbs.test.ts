import { describe, expect, it } from 'vitest';
import { foldNegatedVerbs } from './_negated-verbs.ts';

describe('foldNegatedVerbs', () => {
  it('reads "do not charge" as the "waive" the other version says, and "do not include" as "exclude"', () => {
    expect(foldNegatedVerbs('Waive the late fee for carers.', 'For carers, do not charge the late fee.')).toEqual(['Waive the late fee for carers.', 'For carers, waive the late fee.']);
    expect(foldNegatedVerbs('Never include draft notes in the export.', 'Exclude draft notes from the export.')).toEqual(['Exclude draft notes in the export.', 'Exclude draft notes from the export.']);
  });

  it('leaves a negation alone when the other version has no such word, so "Never charge" -> "Charge" still loses it', () => {
    expect(foldNegatedVerbs('Never charge a cancellation fee.', 'Charge a cancellation fee.')).toEqual(['Never charge a cancellation fee.', 'Charge a cancellation fee.']);
  });
});
