// Number, period and bound words read from one table (_numbers.ts) by every guard reading, and the
// facts a reason carries while the guard reads (_findings.ts) instead of being parsed from its
// message (issue 11, round 17c).
import { describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { findReasons } from './find-reasons.ts';
import { recordedReasons, type Finding } from './_findings.ts';
import { withoutBoundsFromOtherSide } from './_bounds-other-side.ts';
import { BOUNDS_BEFORE, NEGATED_BOUND_PATTERN, NUMBER_WORD_PATTERN, boundPhrases } from './_numbers.ts';
import { mainWords } from './_polarity.ts';
import { readStatement } from './_statements.ts';

const flagging = flaggingCodes;

describe('one table of number and bound words', () => {
  it('matches a number word whole, the longer word first ("fourteen" is not "four")', () => {
    expect(new RegExp(`^(?:${NUMBER_WORD_PATTERN})`).exec('fourteen days')?.[0]).toBe('fourteen');
    expect(new RegExp(`^(?:${NUMBER_WORD_PATTERN})`).exec('seventy cars')?.[0]).toBe('seventy');
  });

  it('lists a bound before any shorter bound it ends with ("no more than" before "more than", "not less than" before "less than")', () => {
    const at = (phrase: string) => BOUNDS_BEFORE.findIndex((bound) => bound.phrase === phrase);
    expect(at('no more than')).toBeLessThan(at('more than'));
    expect(at('not less than')).toBeLessThan(at('less than'));
    expect(boundPhrases('down')).toContain('no higher than');
    expect(boundPhrases('up', 'comparison')).toContain('older than');
    expect(boundPhrases('up', 'limit')).not.toContain('more than');
  });

  it('reads every "no/not ... than" bound as a bound, never as the rule\'s negation', () => {
    const negated = new RegExp(`^(?:${NEGATED_BOUND_PATTERN})$`);
    for (const bound of BOUNDS_BEFORE.filter((entry) => /^(?:no|not) /.test(entry.phrase) && entry.negates === undefined)) expect(negated.test(bound.phrase), bound.phrase).toBe(true);
    expect(negated.test('not exceed')).toBe(false);
  });

  it('passes a bound said from the other side in words only one reading used to know', async () => {
    expect(await flagging('Visitors must stay no longer than 45 minutes in the cold store.', 'Visitors must not stay in the cold store for more than 45 minutes.')).toEqual([]);
    expect(await flagging('Blood bags must be kept at a temperature no higher than 6 °C.', 'Blood bags must never be kept above 6 °C.')).toEqual([]);
    expect(await flagging('Water the seedlings within thirteen hours of transplanting.', 'Water the seedlings within 13 hours of transplanting them.')).toEqual([]);
  });

  it('still flags the same bounds moved the loose way, or turned round', async () => {
    expect(await flagging('Blood bags must be kept at a temperature no higher than 6 °C.', 'Blood bags must be kept at a temperature no higher than 10 °C.')).toContain('number-changed');
    expect(await flagging('Visitors must stay no longer than 45 minutes in the cold store.', 'Visitors must stay at least 45 minutes in the cold store.')).toContain('number-changed');
    expect(await flagging('A ferry may carry no more than seventy cars.', 'A ferry may carry no more than ninety cars.')).toContain('number-changed');
  });

  it('reads a comparative of size, weight or speed before "than" as a bound of its figure', async () => {
    expect(await flagging('Do not lift loads heavier than 20 kg alone.', 'Do not lift loads over 20 kg alone.')).toEqual([]);
    expect(await flagging('Stop the ride if the current is faster than 3 knots.', 'Stop the ride if the current is above 3 knots.')).toEqual([]);
    expect(await flagging('Do not lift loads heavier than 20 kg alone.', 'Do not lift loads lighter than 20 kg alone.')).not.toEqual([]);
  });
});

describe('what a reason read, carried beside it', () => {
  it('drops a limit turned round about the bound\'s own amount by what it read, whatever its message says', () => {
    const reasons: Finding[] = [
      { code: 'number-changed', message: 'any words at all', limitTurned: { before: '27 C', after: '27 C' } },
      { code: 'number-changed', message: 'limit changed: "at least 27 C" -> "at most 27 C"' },
    ];
    const left = withoutBoundsFromOtherSide('Keep the room below 27 °C.', 'The room must never reach 27 °C or higher.', reasons);
    expect(left.map((reason) => reason.message)).toEqual(['limit changed: "at least 27 C" -> "at most 27 C"']);
  });

  it('hands on plain reasons: code, message and advisory, nothing a detector read', () => {
    expect(recordedReasons([{ code: 'order-changed', message: 'm', orderTurned: { before: 'above', after: 'below' }, advisory: true }])).toEqual([{ code: 'order-changed', message: 'm', advisory: true }]);
    for (const reason of findReasons('Keep at least two engineers on call at night.', 'Keep at most two engineers on call at night.')) expect(Object.keys(reason).sort()).toEqual(['code', 'message']);
  });

  it('reads a rule outside its conditions from where the statement found them, not by finding their words again', () => {
    const statement = readStatement('Refuse the sale unless a parent refuses.');
    expect(mainWords(statement)).toEqual(['refuse', 'the', 'sale']);
    // The same words twice: only the copy the condition starts at is left out.
    const doubled = { ...statement, words: ['unless', 'a', 'parent', 'refuses', ...statement.words], conditions: statement.conditions.map((condition) => ({ ...condition, start: condition.start + 4 })) };
    expect(mainWords(doubled)).toEqual(['unless', 'a', 'parent', 'refuses', 'refuse', 'the', 'sale']);
  });
});
