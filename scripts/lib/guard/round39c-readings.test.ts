// Round 39c (issue 11): money's scale words are one table (`CURRENCY_SCALES` in _numbers.ts), read
// alike by the number reading and the figure intervals: the intervals' own list lacked "hundred",
// so "£5 hundred" was £500 to one and £5 to the other, and "£5 hundred" -> "£5" was a figure kept.
// And v45/v52/v53's and v26/v52's benign edits, each reading widened where it escaped by form: a
// duty done once more, appended with "and again", and a period said as "a full day" or "a whole
// week"; each beside a twin that changes the rule and keeps its flag, and through real commits.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
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

describe('a duty done once more, appended with "and again"', () => {
  it('passes another occasion of the duty appended, and flags the duty made to wait for a repeat', async () => {
    const tools = 'Hive tools are scorched in the smoker flame after each inspection.';
    expect(await codes(tools, 'Hive tools are scorched in the smoker flame after each inspection, and again before they are used at another apiary.')).toEqual([]);
    expect(await codes(tools, 'Hive tools are scorched in the smoker flame after each inspection if the beekeeper asks again.')).not.toEqual([]);
    const props = 'Escape room props are wiped down after every group.';
    expect(await codes(props, 'Escape room props are wiped down after every group and again at the end of the day.')).toEqual([]);
    expect(await codes(props, 'Escape room props are wiped down after a group has complained about them again.')).toContain('qualifier-added');
  });
});

describe('a period said as one whole day or week', () => {
  it('passes "24 hours" as "a full day" and "7 days" as "a whole week", and flags the period shortened', async () => {
    const prints = (period: string) => `Freshly inked prints are left on the drying rack for ${period}.`;
    expect(await codes(prints('24 hours'), prints('a full day'))).toEqual([]);
    expect(await codes(prints('48 hours'), prints('a full day'))).toEqual(['number-changed']);
    const hinges = (period: string) => `Newly forged gate hinges are left to cure in oil for ${period}.`;
    expect(await codes(hinges('7 days'), hinges('a whole week'))).toEqual([]);
    expect(await codes(hinges('14 days'), hinges('a whole week'))).toEqual(['number-changed']);
  });
});
