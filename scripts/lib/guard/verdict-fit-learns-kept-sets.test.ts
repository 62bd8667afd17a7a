// The verdict fit learns from the sets it keeps by a floor (round 39d): our canonical regressions
// weigh in the fit as a set of their own, so a canonical regression that looks like the benign
// rewordings on everything the labelled sets teach does not pull the threshold down to its
// probability, and flag those rewordings with it. Synthetic signals, so the shape is the only thing
// that differs; the real fit's figures are in the guard HISTORY (round 39d).
import { describe, expect, it } from 'vitest';
import type { EditSignals } from '../../bench/_verdict-signals.ts';
import { fitVerdictWeights, recallCheck, shippedVerdict } from '../../bench/_verdict-rules.ts';
import { COMBINER_READS, PER_SET_RECALL_DROP, RECALL_FLOORS } from '../../bench/verdict-fit.ts';

function edit(set: string, index: number, kind: string, features: Record<string, number>): EditSignals {
  return {
    set,
    index,
    kind,
    variant: null,
    flagged: true,
    reasons: [{ code: 'negation-removed', advisory: false, reading: 'negation removed' }],
    score: 0.9,
    changedScore: 0.9,
    certain: null,
    features,
    threshold: 0.5,
    previousSentences: 1,
    nextSentences: 1,
    previousWords: 12,
    nextWords: 12,
  };
}

// The tuning set: regressions lose a negator in one stretch of words; benign rewordings keep their
// negators and change a great deal. Every edit of it changes several stretches, so that feature
// teaches it nothing.
const tuning = [
  ...Array.from({ length: 40 }, (_, i) => edit('tuning', i, 'negation', { 'negator gone': 1, 'share changed': 0.2, 'several stretches': 1 })),
  ...Array.from({ length: 40 }, (_, i) => edit('tuning', 40 + i, 'benign', { 'negator gone': 0, 'share changed': 0.8, 'several stretches': 1 })),
];
// The canonical regression: reworded as much as the benign edits, in one stretch.
const canon = [edit('canon', 0, 'condition', { 'negator gone': 0, 'share changed': 0.8, 'several stretches': 0 })];
const signals = [...tuning, ...canon];
const keeps = recallCheck(signals, { perSetDrop: PER_SET_RECALL_DROP, floors: RECALL_FLOORS });
const benignFlagged = (verdict: (edit: EditSignals) => boolean) => tuning.filter((e) => e.kind === 'benign' && verdict(e)).length;

describe('the verdict fit and the sets it keeps by a floor', () => {
  it('kept by the floor alone, a canonical regression the weights never saw holds the threshold at its probability and flags the rewordings that look like it', () => {
    const verdict = shippedVerdict(fitVerdictWeights(signals, keeps, '', { ...COMBINER_READS, learnsKeptSets: false }));
    expect(verdict(canon[0]!)).toBe(true);
    expect(benignFlagged(verdict)).toBe(40);
  });

  it('fitted on as a set of its own, the canonical regression stays flagged and the rewordings are quieted', () => {
    expect(COMBINER_READS.learnsKeptSets).toBe(true);
    const verdict = shippedVerdict(fitVerdictWeights(signals, keeps, '', COMBINER_READS));
    expect(verdict(canon[0]!)).toBe(true);
    expect(benignFlagged(verdict)).toBe(0);
    expect(tuning.filter((e) => e.kind !== 'benign' && verdict(e)).length).toBe(40);
  });
});
