import { describe, expect, it } from 'vitest';
import { findReasons } from './find-reasons.ts';
import { withTimeWindowsInFigures } from './_time-windows.ts';

const codes = (previous: string, next: string): string[] => findReasons(previous, next).map((reason) => reason.code);

describe('time windows said in words', () => {
  it('writes the windows as figures: "within the hour", "half an hour", "by close of business", "a couple of days"', () => {
    expect(withTimeWindowsInFigures('Reply within the hour, or within half an hour for outages.').text).toBe('Reply within 1 hour, or within 30 minutes for outages.');
    expect(withTimeWindowsInFigures('Call back by close of business.').text).toBe('Call back within 1 day.');
    expect(withTimeWindowsInFigures('Visitors may stay for an hour and a half at most.').text).toBe('Visitors may stay for at most 90 minutes.');
    expect(withTimeWindowsInFigures('File it within a couple of days.').text).toBe('File it within 2 days.');
  });

  it('flags a deadline widened in words ("within the hour" -> "by the end of the working day") and quotes the words', () => {
    const reasons = findReasons('Acknowledge every referral within the hour.', 'Acknowledge every referral by the end of the working day.');
    expect(reasons.map((reason) => reason.code)).toEqual(['number-changed']);
    expect(reasons[0]?.message).toContain('"within the hour" -> "by the end of the working day"');
    expect(codes('Reply to a tenant who reports no heating by close of business.', 'Reply to a tenant who reports no heating by the next working day.')).toEqual(['number-changed']);
    expect(codes('Respond to a report within the hour and call the police if the runner is not found within three hours.', 'Respond to a report by end of day and call the police if the runner is not found within three hours.')).toEqual(['number-changed']);
  });

  it('passes the same window in other words and a shorter one', () => {
    expect(codes('Acknowledge every referral within 60 minutes.', 'Acknowledge every referral within the hour.')).toEqual([]);
    expect(codes('Return the call within 30 minutes.', 'Return the call within half an hour.')).toEqual([]);
    expect(codes('Reply to a tenant who reports no heating by the next working day.', 'Reply to a tenant who reports no heating by close of business the same day.')).toEqual([]);
    expect(codes('Report a failed lamp the same day.', 'Report a failed lamp before the day is out.')).toEqual([]);
  });
});
