// Round 42c (issue 11): the learned flag stands down where a reading knows the edit faithful (round
// 41b), so its fit leaves those edits out: they neither hold its cut up as benign edits it would flag
// nor count, in the verdict's fit, as flags it raises. The dump says which edits they are by the test
// the shipped path asks (`learnedFlagStandsDown`), checked here against an evaluation that would flag
// every edit it reads, and through a real commit. Synthetic signals for the fit, so the population is
// the only thing that differs; the real fit's figures are in the guard HISTORY (round 42c).
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { describe, expect, it } from 'vitest';
import type { EditSignals } from '../../bench/_verdict-signals.ts';
import { fitLearnedShape, shapePopulation, withLearnedShape } from '../../bench/_learned-shape-fit.ts';
import { VERDICT_STUMPS } from '../../bench/verdict-fit.ts';
import { configSchema } from '../schema/config.ts';
import { createBuiltinEmbedder } from './builtin-embedder.ts';
import { evaluateClauseChange, learnedFlagStandsDown } from './evaluate-clause-change.ts';
import type { LearnedShapeWeights } from './_learned-shape.ts';

function edit(index: number, kind: string, replaced: number, faithful?: boolean): EditSignals {
  return {
    set: 'tuning',
    index,
    kind,
    variant: null,
    flagged: false,
    reasons: [],
    score: 0.9,
    changedScore: null,
    certain: null,
    features: null,
    threshold: 0.5,
    shape: { 'words replaced': replaced },
    ...(faithful === undefined ? {} : { faithful }),
    previousSentences: 1,
    nextSentences: 1,
    previousWords: 12,
    nextWords: 12,
  };
}

// Ten regressions replace a word; forty benign edits replace one too, but a reading knows each the
// same words (a unit spelled out, a shared sense), so the flag stands down on them as it ships; forty
// more benign edits replace nothing.
const regressions = Array.from({ length: 10 }, (_, i) => edit(i, 'drift', 1));
const knownSame = Array.from({ length: 40 }, (_, i) => edit(10 + i, 'benign', 1, true));
const plain = Array.from({ length: 40 }, (_, i) => edit(50 + i, 'benign', 0, false));
const signals = [...regressions, ...knownSame, ...plain];
const unmarked = signals.map(({ faithful: _faithful, ...rest }) => rest as EditSignals);
const flaggedOf = (shape: LearnedShapeWeights, edits: readonly EditSignals[]) => withLearnedShape(edits, shape).filter((e) => e.reasons.some((reason) => reason.code === 'learned-shape'));

describe('the learned flag fitted on the edits it can flag', () => {
  it('leaves the edits it stands down on out of its population', () => {
    expect(shapePopulation(signals)).toHaveLength(50);
    expect(shapePopulation(unmarked)).toHaveLength(90);
  });

  it('fitted on edits it stands down on, their false flags hold its cut above the regressions that share their shape', () => {
    const shape = fitLearnedShape(unmarked, VERDICT_STUMPS, 'test');
    expect(flaggedOf(shape, signals)).toEqual([]);
  });

  it('fitted on what ships, it catches those regressions and still flags none of the benign edits', () => {
    const shape = fitLearnedShape(signals, VERDICT_STUMPS, 'test');
    const flagged = flaggedOf(shape, signals);
    expect(flagged.map((e) => e.kind)).toEqual(Array(10).fill('drift'));
  });

  it('adds no flag the verdict fit reads to an edit it stands down on, whatever its score', () => {
    const everyEdit: LearnedShapeWeights = { stumps: [], bias: 5, threshold: 0, fitted: 'test' };
    expect(flaggedOf(everyEdit, signals)).toHaveLength(50);
    expect(flaggedOf(everyEdit, unmarked)).toHaveLength(90);
  });
});

const config = configSchema.parse({});
const embedder = createBuiltinEmbedder();
/** Flags every edit it reads: what is left unflagged is where it stood down. */
const EVERY_EDIT: LearnedShapeWeights = { stumps: [], bias: 5, threshold: 0, fitted: 'test' };
const learnedCodes = async (previous: string, next: string) =>
  (await evaluateClauseChange({ clauseId: 'test/clause', previous, next, declaredTone: null, config, embedder, lexicon: null, verdictWeights: null, learnedShape: EVERY_EDIT })).reasons.filter((reason) => reason.code === 'learned-shape').length;

describe('the stand-down the dump records is the one the guard applies', () => {
  const particle = ['Stewards lock the bandstand, switch off the lamps and set the alarm.', 'Stewards lock the bandstand, turn the lamps off and set the alarm.'] as const;
  const replaced = ['Stewards lock the bandstand, switch off the lamps and set the alarm.', 'Stewards lock the bandstand, switch on the lamps and set the alarm.'] as const;
  const grantCut = ['Members may borrow the canoes, the kayaks or the rowing boats.', 'Members may borrow the canoes or the rowing boats.'] as const;

  it('stands down on a particle moved and a grant\'s item cut, not on an act replaced', async () => {
    expect(learnedFlagStandsDown(...particle, null)).toBe(true);
    expect(await learnedCodes(...particle)).toBe(0);
    expect(learnedFlagStandsDown(...grantCut, null)).toBe(true);
    expect(await learnedCodes(...grantCut)).toBe(0);
    expect(learnedFlagStandsDown(...replaced, null)).toBe(false);
    expect(await learnedCodes('Stewards lock the bandstand and set the alarm.', 'Stewards lock the bandstand and sound the alarm.')).toBe(1);
  });

  it('does not stand down on a sentence only added or only removed', () => {
    expect(learnedFlagStandsDown('Lock the bandstand.', 'Lock the bandstand. Set the alarm.', null)).toBe(false);
    expect(learnedFlagStandsDown('Lock the bandstand. Set the alarm.', 'Lock the bandstand.', null)).toBe(false);
  });
});
