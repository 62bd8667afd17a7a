// Round 40d (issue 11): where no reading raises a flagging reason, the flag learned from the shape
// of what the edit changed (_learned-shape.ts) may add one, `learned-shape`, quoting the words the
// edit traded; never where a reading flagged, never when none is given. With weights written here,
// so the behaviour does not move when `npm run fit:verdict` refits the shipped ones; and with the
// shipped ones through a real commit, on an object of a kept sentence swapped for a thing the
// dictionary does not link to it, beside the same rule said in another order.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { describe, expect, it } from 'vitest';
import { configSchema } from '../schema/config.ts';
import { createBuiltinEmbedder } from './builtin-embedder.ts';
import { evaluateClauseChange } from './evaluate-clause-change.ts';
import { learnedShapeReason, shapeFeatures, tradedWords, type LearnedShapeWeights } from './_learned-shape.ts';

/** Flags an edit whose replaced words the dictionary does not link, whatever else it changed. */
const UNLINKED: LearnedShapeWeights = { stumps: [{ feature: 'replaced words linked', at: 0.5, below: 2, above: -2 }], bias: -1, threshold: 0, fitted: 'test' };
/** Flags every edit it reads. */
const EVERY_EDIT: LearnedShapeWeights = { stumps: [], bias: 5, threshold: 0, fitted: 'test' };

const config = configSchema.parse({});
const embedder = createBuiltinEmbedder();
const evaluate = (previous: string, next: string, learnedShape: LearnedShapeWeights | null) =>
  evaluateClauseChange({ clauseId: 'test/clause', previous, next, declaredTone: null, config, embedder, lexicon: null, verdictWeights: null, learnedShape });

describe('the flag learned where no reading flags', () => {
  it('quotes the stretch the edit traded and the feature that weighed, at or above its threshold only', () => {
    const before = 'Send the signed lease to the tenant before handing over the keys.';
    const after = 'Send the signed lease to the insurer before handing over the keys.';
    const features = shapeFeatures(before, after, null, 0.8, false);
    expect(features['kept head']).toBeCloseTo(6 / 12);
    expect(features['kept tail']).toBeCloseTo(5 / 12);
    const reason = learnedShapeReason(UNLINKED, before, after, features);
    expect(reason?.code).toBe('learned-shape');
    expect(reason?.message).toMatch(/^learned shape: "tenant" -> "insurer": no reading flags this edit, but what it changed is shaped like the regressions of the labelled sets \(log-odds 1\.00 >= 0\.00: replaced words linked \+2\.00\)$/);
    expect(learnedShapeReason(UNLINKED, before, after, { ...features, 'replaced words linked': 1 })).toBeNull();
    expect(tradedWords('Log the call and notify the duty manager.', 'Log the call.')).toBe('"and notify the duty manager" -> ""');
  });

  it('adds its flag only where no reading flagged, and none when no learned flag is given', async () => {
    const weakened = await evaluate('Staff must lock the gate at dusk.', 'Staff may lock the gate at dusk.', EVERY_EDIT);
    expect(weakened.regression_flag).toBe(true);
    expect(weakened.reasons.map((reason) => reason.code)).not.toContain('learned-shape');
    const reworded = await evaluate('Staff lock the gate at dusk.', 'At dusk, the gate is locked by staff.', EVERY_EDIT);
    expect(reworded.reasons.filter((reason) => reason.advisory !== true).map((reason) => reason.code)).toEqual(['learned-shape']);
    expect(reworded.regression_flag).toBe(true);
    const unread = await evaluate('Staff lock the gate at dusk.', 'At dusk, the gate is locked by staff.', null);
    expect(unread.reasons.filter((reason) => reason.advisory !== true)).toEqual([]);
    expect(unread.regression_flag).toBe(false);
  });
});
