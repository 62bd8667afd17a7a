import { describe, expect, it } from 'vitest';
import { correctTypos, isOneSlipApart } from './_typos.ts';

describe('correctTypos', () => {
  it('spells a word dropped, doubled or swapped as the other version does', () => {
    expect(correctTypos("Allways verify the reciever's adress before dispatch.", "Always verify the receiver's address before dispatch.")[0]).toBe("Always verify the receiver's address before dispatch.");
  });

  it('gives a bare contraction its apostrophe, counts a doubled word once and drops a space before a full stop', () => {
    expect(correctTypos("Dont disclose the the salary history .", "Don't disclose the salary history.")).toEqual(["Don't disclose the salary history.", "Don't disclose the salary history."]);
  });

  it('reads a typo the edit introduced as the same word too', () => {
    const [before, after] = correctTypos('Escalate every complaint.', 'Escalate every complaitn.');
    expect(before).toBe(after);
  });

  it('never takes a rule, order or number word, an inflection or a one-letter substitution for a typo', () => {
    expect(correctTypos('Never ever share it.', 'Never share it.')[0]).toBe('Never ever share it.');
    expect(correctTypos('Respond within one hour.', 'Respond within one hours.')).toEqual(['Respond within one hour.', 'Respond within one hours.']);
    expect(correctTypos('Make sure the user is unsure.', 'Make sure the user is ensure.')[0]).toBe('Make sure the user is unsure.');
    expect(correctTypos('Keep the secure form.', 'Keep the unsecure form.')[0]).toBe('Keep the secure form.');
    expect(correctTypos('Quote the later date.', 'Quote the latter date.')[0]).toBe('Quote the later date.');
    expect(isOneSlipApart('fifty', 'fifth')).toBe(false);
    expect(isOneSlipApart('buisness', 'business')).toBe(true);
  });
});
