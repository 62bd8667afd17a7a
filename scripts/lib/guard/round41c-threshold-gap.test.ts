// Round 41c: a fitted threshold is put in the middle of the widest gap between the scores near the
// level its rule binds on, so a refit that shifts every score a little moves no edit across it.
import { describe, expect, it } from 'vitest';
import { widestGapCut, widestGapCutOfProbabilities } from '../../bench/_threshold-gap.ts';

describe('a threshold put in the widest gap near the binding level', () => {
  it('goes down to the middle of the widest gap within the window, flagging at least what the rule flags', () => {
    // Levels crowd just under the binding 2.0; the wide gap is 1.9 -> 1.7.
    const scores = [3, 2, 2, 1.99, 1.98, 1.9, 1.7, 1.69, 1.0];
    expect(widestGapCut(scores, 2, 0.35)).toBeCloseTo(1.8, 9);
    // A gap that leaves the window is measured inside it: the cut never leaves the window.
    expect(widestGapCut(scores, 2, 0.25)).toBeCloseTo(1.825, 9);
  });

  it('keeps the halfway cut under the binding level when the window is empty', () => {
    expect(widestGapCut([3, 2, 1.5], 2, 0)).toBeCloseTo(1.75, 9);
    expect(widestGapCut([3, 2, 1.5, 1.45], 2, 0.25)).toBeCloseTo(1.875, 9);
  });

  it('may move up as well when asked, to a wider gap above the lowest level flagged', () => {
    // The best cut flags down to 1.0; the gap 1.2 -> 1.0 above it is wider than any below.
    const scores = [2, 1.2, 1.0, 0.99, 0.95, 0.9, 0.5];
    expect(widestGapCut(scores, 1.0, 0.25, 0.25)).toBeCloseTo(1.1, 9);
    expect(widestGapCut(scores, 1.0, 0.25, 0)).toBeCloseTo(0.825, 9);
  });

  it('breaks a tie between gaps of one width toward the higher gap, which flags fewer edits', () => {
    expect(widestGapCut([2, 1.9, 1.8, 1.7], 2, 0.3)).toBeCloseTo(1.95, 9);
  });

  it('measures the gaps of probabilities in log-odds and answers a probability', () => {
    const logit = (p: number) => Math.log(p / (1 - p));
    const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
    const cut = widestGapCutOfProbabilities([0.5, 0.3, 0.29, 0.2, 0.1], 0.3, 0.6);
    expect(cut).toBeCloseTo(sigmoid((logit(0.29) + logit(0.2)) / 2), 9);
    expect(cut).toBeLessThan(0.29);
    expect(cut).toBeGreaterThan(0.2);
  });
});
