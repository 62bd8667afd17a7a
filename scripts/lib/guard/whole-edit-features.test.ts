// What the verdict's weighing reads of the whole change (round 33c): whether the rule words stay
// the same once a negative spelled out is one word, the dictionary's links across stretches, the
// changed sentences grown or shrunk in number; and the boosted stumps that weigh them, whose
// guarantees (an unflagged edit stays unflagged, a by-design code flags) hold whatever they say.
import { describe, expect, it } from 'vitest';
import type { Reason } from '../schema/records.ts';
import { changedSentences } from './_changed-sentences.ts';
import { WHOLE_EDIT_FEATURES, wholeEditFeatures } from './_whole-edit-features.ts';
import { stumpTerms, type Stump } from './_stump-ensemble.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';
import { weighVerdict, type EditToWeigh, type VerdictWeights } from './verdict-weights.ts';
import { fitStumps } from '../../bench/_verdict-stumps.ts';

const lexicon = createWordNetLexicon();
const whole = (previous: string, next: string) => wholeEditFeatures(...changedSentences(previous, next), lexicon);

describe('the features of the whole change', () => {
  it('names every feature it reads, each between 0 and 1', () => {
    const features = whole('Do not mount a dish on a chimney stack.', 'Keep dishes off chimney stacks.');
    expect(Object.keys(features).sort()).toEqual(Object.keys(WHOLE_EDIT_FEATURES).sort());
    for (const [name, value] of Object.entries(features)) expect(value, name).toBeGreaterThanOrEqual(0), expect(value, name).toBeLessThanOrEqual(1);
  });

  it('reads a negative spelled out as its one word, so the rule words stay the same, and a "not" dropped as a change', () => {
    expect(whole('Refund any voucher left unclaimed after a month.', 'Refund any voucher that has not been claimed after a month.')['rule words kept']).toBe(1);
    expect(whole('Do not refund a voucher after a month.', 'Refund a voucher after a month.')['rule words kept']).toBe(0);
    expect(whole('Staff must check the alarm.', 'Staff may check the alarm.')['rule words kept']).toBe(0);
    // Counted: "every" said twice where it was said once is another set of rule words.
    expect(whole('Check every fire door.', 'Check every fire door and every exit.')['rule words kept']).toBe(0);
  });

  it('links a word taken out to a word gained in another stretch, which a stretch-by-stretch link misses', () => {
    const features = whole('Repair the fence before the goats go out.', 'Before the goats go out, the fence gets a mend.');
    expect(features['taken words linked anywhere']).toBe(1);
    expect(whole('Repair the fence before the goats go out.', 'Before the goats go out, photograph the fence.')['taken words linked anywhere']).toBe(0);
  });

  it('tells changed sentences grown or shrunk in number', () => {
    const split = whole('Sign in at the desk and wear the badge.', 'Sign in at the desk. Wear the badge.');
    expect([split['more sentences'], split['fewer sentences']]).toEqual([1, 0]);
    const joined = whole('Sign in at the desk. Wear the badge.', 'Sign in at the desk and wear the badge.');
    expect([joined['more sentences'], joined['fewer sentences']]).toEqual([0, 1]);
  });
});

describe('the boosted stumps', () => {
  it('add one value per feature, the one its cut gives', () => {
    const stumps: Stump[] = [
      { feature: 'share changed', at: 0.5, below: 1, above: -2 },
      { feature: 'share changed', at: 0.2, below: 0.5, above: 0 },
      { feature: 'negator gone', at: 0, below: 0, above: -1 },
    ];
    const values: Record<string, number> = { 'share changed': 0.3, 'negator gone': 1 };
    expect(stumpTerms(stumps, (name) => values[name] ?? 0)).toEqual([['share changed', 1], ['negator gone', -1]]);
  });

  it('fit a cut on a feature a straight line cannot weigh, the same every time', () => {
    // Regressions change little or all of the sentence; rewordings change half of it.
    const xs = [0.05, 0.1, 0.15, 0.4, 0.45, 0.5, 0.55, 0.6, 0.9, 0.95].map((share) => [share]);
    const ys = [1, 1, 1, 0, 0, 0, 0, 0, 1, 1];
    const knobs = { rounds: 50, shrinkage: 0.3, leafL2: 0.1 };
    const fitted = fitStumps(['share changed'], xs, ys, ys.map(() => 1), knobs);
    expect(fitStumps(['share changed'], xs, ys, ys.map(() => 1), knobs)).toEqual(fitted);
    const score = (share: number) => fitted.base + stumpTerms(fitted.stumps, () => share).reduce((sum, [, term]) => sum + term, 0);
    for (const [i, [share]] of xs.entries()) expect(score(share!) > 0, `share ${share}`).toBe(ys[i] === 1);
  });

  it('only take a flag away: an edit no reason flags stays unflagged, a by-design code flags, however they pull', () => {
    const pulling = (value: number): VerdictWeights => ({ codes: { 'negation-removed': 0 }, signals: {}, stumps: [{ feature: 'negation-removed', at: 0, below: 0, above: value }], bias: 0, threshold: 0.5, fitted: '' });
    const edit = (reasons: Reason[]): EditToWeigh => ({ reasons, score: 0.7, threshold: 0.85, certain: null, features: {} });
    const removed: Reason = { code: 'negation-removed', message: 'negation removed: "not" dropped in "x"' };
    expect(weighVerdict(pulling(100), edit([{ ...removed, advisory: true }])).flagged).toBe(false);
    expect(weighVerdict(pulling(-100), edit([removed, { code: 'number-changed', message: 'y' }]))).toEqual({ flagged: true, probability: null, why: 'number-changed flags by design' });
    const quiet = weighVerdict(pulling(-100), edit([removed]));
    expect(quiet.flagged).toBe(false);
    expect(quiet.why).toBe('weighed 0.000 < 0.500 (negation-removed -100.00; base 0.00)');
    expect(weighVerdict(pulling(100), edit([removed])).flagged).toBe(true);
  });
});
