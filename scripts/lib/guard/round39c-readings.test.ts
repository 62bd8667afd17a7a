// Round 39c (issue 11): money's scale words are one table (`CURRENCY_SCALES` in _numbers.ts), read
// alike by the number reading and the figure intervals: the intervals' own list lacked "hundred",
// so "£5 hundred" was £500 to one and £5 to the other, and "£5 hundred" -> "£5" was a figure kept.
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { readFigureIntervals, sameIntervals } from './_figure-intervals.ts';
import { CURRENCY_SCALES, SCALE_WORDS } from './_numbers.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);

describe("money's scale words, one table for both readings", () => {
  it('holds every scale word and the short scales, and nothing an object literal would answer', () => {
    expect(Object.keys(CURRENCY_SCALES).sort()).toEqual(['billion', 'bn', 'hundred', 'k', 'm', 'million', 'thousand']);
    for (const word of Object.keys(SCALE_WORDS)) expect(CURRENCY_SCALES[word]).toBe(SCALE_WORDS[word]);
    expect('constructor' in CURRENCY_SCALES).toBe(false);
  });

  it('reads "£5 hundred" as £500 in the figure intervals, as the number reading does', () => {
    const fee = (amount: string) => `Late returns of a hired sailing dinghy are charged ${amount}.`;
    expect(sameIntervals(readFigureIntervals(fee('£5 hundred')), readFigureIntervals(fee('£500')))).toBe(true);
    expect(sameIntervals(readFigureIntervals(fee('£5 hundred')), readFigureIntervals(fee('£5')))).toBe(false);
    expect(sameIntervals(readFigureIntervals(fee('£5 hundred')), readFigureIntervals(fee('£5 thousand')))).toBe(false);
  });

  it('passes "£5 hundred" written "£500", and flags the minimum lowered with the figure kept and its scale gone or changed', async () => {
    const deposit = (amount: string) => `Dinghy hirers must leave a deposit of at least ${amount} at the boathouse.`;
    expect(await codes(deposit('£5 hundred'), deposit('£500'))).toEqual([]);
    expect(await codes(deposit('£5 hundred'), deposit('£5'))).toEqual(['number-changed']);
    expect(await codes(deposit('£5k'), deposit('£5 hundred'))).toEqual(['number-changed']);
    expect(await codes(deposit('£5 million'), deposit('£5m'))).toEqual([]);
  });
});
