// Edits that make a rule stricter, or say it in other words, read as no regression; the same
// change made the loosening way round still flags (issue 11, false flags of the blind set v10).
import { describe, expect, it } from 'vitest';
import { findReasons } from './find-reasons.ts';

const codes = (previous: string, next: string): string[] => findReasons(previous, next).map((reason) => reason.code);

describe('stricter edits', () => {
  it('reads a raised floor with a new prohibition appended as stricter, and a lowered one as looser', () => {
    const previous = 'Passwords for the booking system are at least 10 characters long.';
    expect(codes(previous, 'Passwords for the booking system are at least 14 characters long and are never shared with a colleague.')).toEqual([]);
    expect(codes(previous, 'Passwords for the booking system are at least 14 characters long and must not be written down.')).toEqual([]);
    expect(codes(previous, 'Passwords for the booking system are at least 8 characters long and are never shared with a colleague.')).toEqual(['number-changed']);
  });
});
