import { describe, expect, it } from 'vitest';
import { findConditionsMadeToLast } from './reason-condition-lasting.ts';

const codes = (previous: string, next: string): string[] => findConditionsMadeToLast(previous, next).map((reason) => reason.code);

describe('a condition made to wait until its state has lasted', () => {
  it('flags a kept condition that now holds a span of time, its verb reworded or not', () => {
    expect(codes('Stop feeding the net pens if dissolved oxygen falls below 6 mg/L.', 'Stop feeding the net pens if dissolved oxygen stays below 6 mg/L for a full day.')).toEqual(['condition-narrowed']);
    expect(codes("Call the parents if the child's temperature goes over 38 °C.", "Call the parents if the child's temperature stays over 38 °C all afternoon.")).toEqual(['condition-narrowed']);
    expect(codes('Close the slope when the wind is strong.', 'Close the slope when the wind is strong for three days running.')).toEqual(['condition-narrowed']);
  });

  it('passes a span dropped or said in other words, a grant that waits longer, and a changed rule', () => {
    expect(codes('Stop the pump if the pressure stays below 2 bar for an hour.', 'Stop the pump if the pressure drops below 2 bar.')).toEqual([]);
    expect(codes('Stop the pump if the pressure stays below 2 bar for an hour.', 'Stop the pump if the pressure stays below 2 bar for 60 minutes.')).toEqual([]);
    expect(codes('Guests may leave the pool if the lifeguard whistles.', 'Guests may leave the pool if the lifeguard whistles for a full minute.')).toEqual([]);
  });
});
