// Round 32c (issue 11): every figure read as the interval its rule admits, whichever way the bound
// is said, and the findings a figure reworded on the same interval set off withdrawn; each beside a
// twin whose interval moved, which keeps its flag.
import { describe, expect, it } from 'vitest';
import { readFigureIntervals, sameIntervals } from './_figure-intervals.ts';
import { withoutFiguresKept } from './_figures-kept.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';

const lexicon = createWordNetLexicon();
const flagging = (previous: string, next: string): Promise<string[]> => flaggingCodes(previous, next, lexicon);
/** The interval each figure of a sentence admits, as [quantity, low, high]. */
const read = (sentence: string): Array<[string, number, number]> => readFigureIntervals(sentence).map((interval) => [interval.quantity, interval.low, interval.high]);
const same = (a: string, b: string): boolean => sameIntervals(readFigureIntervals(a), readFigureIntervals(b));

describe('a figure read as the interval its rule admits', () => {
  it('reads a cap however it is said', () => {
    // 30 hours over a week's seconds: a share of the period, whatever the units.
    const [[quantity, low, high] = ['', Number.NaN, Number.NaN]] = read('Au pairs work no more than 30 hours a week.');
    expect([quantity, low]).toEqual(['time/time', 0]);
    expect(high).toBeCloseTo((30 * 3600) / (7 * 86400), 9);
    expect(same('Au pairs work no more than 30 hours a week, including babysitting.', '30 hours a week, babysitting included, is the most an au pair works.')).toBe(true);
    expect(same('Each household may take up to 4 bags of compost.', 'Each household may take 4 bags of compost or fewer.')).toBe(true);
    expect(same('A climber may not book more than two wall sessions a week.', 'Two wall sessions a week is the maximum a climber can book.')).toBe(true);
  });

  it('turns a bound by the negation of its clause: a ban below a figure admits the figure and above', () => {
    expect(read('Nobody under 18 can join.')).toEqual([['count:', 18, Infinity]]);
    expect(read('Members must be at least 18 to join.')).toEqual([['count:', 18, Infinity]]);
    // A count a negation forbids forbids that many and more: "two bands" forbidden admits one at most.
    expect(read('A player cannot be registered with two bands in the same contest section.')).toEqual([['count:band', 0, 1]]);
    expect(read("A player's registration is limited to one band per contest section.")).toEqual([['count:band', 0, 1]]);
    expect(same('Nobody under 16 may use the sunbeds.', 'Sunbed users must be at least 15.')).toBe(false);
  });

  it('reads a figure said in words as its amount', () => {
    expect(same("Give them the agency's 24-hour emergency number.", 'Give them the emergency number, which is answered around the clock.')).toBe(true);
    expect(same('Rest the dough for 15 minutes.', 'Rest the dough for a quarter of an hour.')).toBe(true);
    expect(same('A lost badge is replaced once, for a fee of £10.', 'If a badge is lost we replace it a single time and charge £10.')).toBe(true);
    expect(same('Offer every baby a screen before they are four weeks old.', 'Each baby is offered a screen before reaching four weeks of age.')).toBe(true);
    expect(same('Teams must be in the warm-up area by 13:45.', 'Teams must be in the warm-up area by a quarter to two in the afternoon.')).toBe(true);
    // The half of the day named on either side tells the times apart; "once a week" is a rate, no count of one.
    expect(same('The gate is locked at 22:00.', 'The gate is locked at 10:00.')).toBe(false);
    expect(read('Check the fire doors once a week.')).toEqual([]);
  });

  it('reads no count in a reciprocal "one ... another"', () => {
    expect(read("Never give one member another member's phone number.")).toEqual([]);
  });

  it('keeps a negation its interval cannot take in apart: "must not take aspirin in the 24 hours before" is no "must take"', () => {
    expect(same('Clients must not take aspirin in the 24 hours before a session.', 'Clients must take aspirin in the 24 hours before a session.')).toBe(false);
  });
});

describe('the findings a figure reworded on the same interval set off', () => {
  it('withdraws a number changed only where each figure it quotes is read on the same interval', () => {
    const changed = [{ code: 'number-changed', message: 'number changed: "two bands" -> "one band"' }];
    expect(withoutFiguresKept('A player cannot be registered with two bands.', 'Registration is limited to one band.', changed)).toEqual([]);
    expect(withoutFiguresKept('A player cannot be registered with two bands.', 'Registration is limited to two bands.', [{ code: 'number-changed', message: 'number changed: "two bands" -> "two bands"' }])).toHaveLength(1);
    // A rate read by the rate reading, not here, keeps its finding.
    const rate = [{ code: 'number-changed', message: 'number changed: "every night" -> "every week"' }];
    expect(withoutFiguresKept('Back up the 3 servers every night.', 'Back up the 3 servers every week.', rate)).toEqual(rate);
  });

  it('passes a bound said from the other side and flags its twin moved the looser way', async () => {
    expect(await flagging('Riders must be at least 14 to hire an e-bike.', 'Nobody under 14 can hire an e-bike.')).toEqual([]);
    expect(await flagging('Riders must be at least 14 to hire an e-bike.', 'Nobody under 12 can hire an e-bike.')).toContain('number-changed');
    expect(await flagging('A borrower cannot have three e-books on loan at once.', 'Borrowers are limited to two e-books on loan at once.')).toEqual([]);
    expect(await flagging('A borrower cannot have three e-books on loan at once.', 'Borrowers are limited to three e-books on loan at once.')).not.toEqual([]);
    expect(await flagging('Volunteers work no more than 6 hours a day at the food bank.', '6 hours a day is the most a volunteer works at the food bank.')).toEqual([]);
    expect(await flagging('Volunteers work no more than 6 hours a day at the food bank.', '8 hours a day is the most a volunteer works at the food bank.')).toContain('number-changed');
  });

  it('passes a figure said in words and flags its twin changed', async () => {
    expect(await flagging('Give callers the 24-hour gas leak line.', 'Give callers the gas leak line, which is staffed around the clock.')).toEqual([]);
    expect(await flagging('A missed tyre fitting is rebooked once, free of charge.', 'A missed tyre fitting is rebooked a single time, free of charge.')).toEqual([]);
    expect(await flagging('A missed tyre fitting is rebooked once, free of charge.', 'A missed tyre fitting is rebooked twice, free of charge.')).toEqual(['number-changed']);
    expect(await flagging("Never show one tenant another tenant's rent statement.", 'No tenant ever sees the rent statement of another tenant.')).toEqual([]);
  });

  it('keeps a modal weakened or a negation dropped beside a bound said alike', async () => {
    expect(await flagging('Drivers must take a 30-minute break after 4 hours of driving.', 'Drivers may take a 30-minute break after 4 hours of driving.')).toContain('modal-weakened');
    expect(await flagging('Juniors may not book courts after 6pm on weekdays.', 'Juniors may book courts after 6pm on weekdays.')).toContain('negation-removed');
    expect(await flagging('Staff must not carry more than 25 kg without a trolley.', '25 kg is the most staff may carry with a trolley.')).not.toEqual([]);
  });
});
