import { describe, expect, it } from 'vitest';
import { findReasons } from './find-reasons.ts';

const codes = (previous: string, next: string): string[] => findReasons(previous, next).map((reason) => reason.code);

describe('"until" said as "while"', () => {
  it('reads the one word swapped either way as condition-changed: the rule holds for the opposite span', () => {
    expect(codes('Keep the patient in the recovery bay until they can stand unaided.', 'Keep the patient in the recovery bay while they can stand unaided.')).toContain('condition-changed');
    expect(codes('Supervise the child while they are in the water.', 'Supervise the child until they are in the water.')).toContain('condition-changed');
  });

  it('leaves the span said again in other words alone', () => {
    expect(codes('Keep the patient in the recovery bay until they can stand unaided.', 'Keep the patient in the recovery bay until they are able to stand without help.')).toEqual([]);
    expect(codes('Keep the gate locked until the inspector arrives.', 'Keep the gate locked while the inspector has not arrived.')).toEqual([]);
  });
});

describe('a count said in words changed', () => {
  it('reads "three times" -> "twice" as number-changed alone, no list item dropped', () => {
    expect(new Set(codes('Ring the customer three times before closing the ticket.', 'Ring the customer twice before closing the ticket.'))).toEqual(new Set(['number-changed']));
    expect(new Set(codes('Knock three times and wait before entering.', 'Knock twice and wait before entering.'))).toEqual(new Set(['number-changed']));
  });
});
