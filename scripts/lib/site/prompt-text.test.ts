import { describe, expect, it } from 'vitest';
import { formatDateTime } from './prompt-text.ts';

describe('dates as the pages show them', () => {
  it('shows any ISO date as its UTC minute, whether written in UTC or with an offset', () => {
    expect(formatDateTime('2026-01-05T12:00:59Z')).toBe('2026-01-05 12:00 UTC');
    expect(formatDateTime('2026-01-05T23:30:00+02:00')).toBe('2026-01-05 21:30 UTC');
    expect(formatDateTime('2026-01-05T23:30:00-02:00')).toBe('2026-01-06 01:30 UTC');
    expect(formatDateTime('2026-01-05T12:00:00.250Z')).toBe('2026-01-05 12:00 UTC');
  });

  it('leaves a date without a time as it is', () => {
    expect(formatDateTime('2026-01-05')).toBe('2026-01-05');
  });
});
