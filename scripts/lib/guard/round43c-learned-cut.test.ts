// Round 43c (issue 11): the learned flag's cut chosen on cross-fitted scores. In sample the stumps
// have learned every regression they are cut on, so a shape that only one set's regressions hold
// scores above the cut there though no other set bears it out; scored by stumps fitted on the other
// folds of sets, such a shape gains nothing and is not cut on, while a shape the regressions of
// every set hold still is. Synthetic signals, so the cut is the only thing that differs; the real
// fit's figures are in the guard HISTORY (round 43c).
import { describe, expect, it } from 'vitest';
import type { EditSignals } from '../../bench/_verdict-signals.ts';
import { crossFittedScores, fitLearnedShape, withLearnedShape } from '../../bench/_learned-shape-fit.ts';
import { VERDICT_STUMPS } from '../../bench/verdict-fit.ts';
import type { LearnedShapeWeights } from './_learned-shape.ts';

function edit(set: string, index: number, kind: string, shape: Record<string, number>): EditSignals {
  return { set, index, kind, variant: null, flagged: false, reasons: [], score: 0.9, changedScore: null, certain: null, features: null, threshold: 0.5, shape, faithful: false, previousSentences: 1, nextSentences: 1, previousWords: 12, nextWords: 12 };
}

const SETS = ['v1', 'v2', 'v3', 'v4', 'v5', 'v6'];
/** Every set: 30 benign edits that change nothing the stumps read, and its set's place as a feature. */
const plain = SETS.flatMap((set, s) => Array.from({ length: 30 }, (_, i) => edit(set, i, 'benign', { place: s, quirk: 0, gone: 0 })));
/** Only v1's regressions hold a quirk; in every other set it is two benign edits' shape. */
const quirk = SETS.flatMap((set, s) => (s === 0 ? Array.from({ length: 5 }, (_, i) => edit(set, 100 + i, 'drift', { place: s, quirk: 1, gone: 0 })) : [0, 1].map((i) => edit(set, 100 + i, 'benign', { place: s, quirk: 1, gone: 0 }))));
/** Every set: five regressions lose a word of a kind, one benign edit does too. */
const shared = SETS.flatMap((set, s) => [...[0, 1, 2, 3, 4].map((i) => edit(set, 200 + i, 'entity', { place: s, quirk: 0, gone: 1 })), edit(set, 205, 'benign', { place: s, quirk: 0, gone: 1 })]);
const flaggedOf = (shape: LearnedShapeWeights, edits: readonly EditSignals[]) =>
  withLearnedShape(edits, shape)
    .filter((e) => e.reasons.some((reason) => reason.code === 'learned-shape'))
    .map((e) => `${e.set}#${e.index}`);

describe('the learned flag cut on cross-fitted scores', () => {
  it('in sample, cuts on a shape only one set\'s regressions hold', () => {
    const flagged = flaggedOf(fitLearnedShape(quirk.concat(plain), VERDICT_STUMPS, 'test'), quirk.concat(plain));
    expect(flagged).toEqual(['v1#100', 'v1#101', 'v1#102', 'v1#103', 'v1#104']);
  });

  it('cross-fitted, finds no cut that gains on that shape and flags nothing', () => {
    const shape = fitLearnedShape(quirk.concat(plain), VERDICT_STUMPS, 'test', undefined, 5);
    expect(shape.threshold).toBe(1e6);
    expect(flaggedOf(shape, quirk.concat(plain))).toEqual([]);
  });

  it('cross-fitted, still cuts on a shape the regressions of every set hold', () => {
    const signals = [...plain, ...shared];
    const flagged = flaggedOf(fitLearnedShape(signals, VERDICT_STUMPS, 'test', undefined, 5), signals);
    expect(flagged).toEqual(SETS.flatMap((set) => [200, 201, 202, 203, 204, 205].map((i) => `${set}#${i}`)));
  });

  it('scores each edit once, by stumps fitted without its fold of sets, and falls back to the stumps\' own scores with one set', () => {
    const signals = [...plain, ...shared];
    expect(crossFittedScores(signals, VERDICT_STUMPS, 5)).toHaveLength(signals.length);
    const one = signals.filter((e) => e.set === 'v1');
    expect(crossFittedScores(one, VERDICT_STUMPS, 5)).toBeNull();
    expect(fitLearnedShape(one, VERDICT_STUMPS, 'test', undefined, 5)).toEqual(fitLearnedShape(one, VERDICT_STUMPS, 'test'));
  });
});
