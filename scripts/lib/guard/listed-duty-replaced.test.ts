import { describe, expect, it } from 'vitest';
import { findReasons } from './find-reasons.ts';

const codes = (previous: string, next: string): string[] => findReasons(previous, next).map((reason) => reason.code);

describe('a duty of a kept list replaced by an unrelated one', () => {
  it('reads the one item that changed verb and object, the others kept word for word, as semantic-drift', () => {
    expect(codes('Each night, lock the stockroom, switch off the fryers and set the alarm.', 'Each night, lock the stockroom, post the daily specials online and set the alarm.')).toContain('semantic-drift');
    // The people the duty is done with may stay: the act and what it acts on went.
    expect(codes('Before discharge, check the wound dressing, review the medication list with the patient and book the follow-up appointment.', 'Before discharge, check the wound dressing, ask the patient to rate their stay on the survey tablet and book the follow-up appointment.')).toContain('semantic-drift');
  });

  it('leaves an item said in other words that keeps a word of its own, or a list that changed more than one item, alone', () => {
    expect(codes('Each night, lock the stockroom, switch off the fryers and set the alarm.', 'Each night, lock the stockroom, turn the fryers off and set the alarm.')).toEqual([]);
    expect(codes('At check-in, confirm the booking name, explain the fire exits and hand over the room key.', 'At check-in, confirm the booking name, show the guest where the fire exits are and hand over the room key.')).toEqual([]);
    expect(codes('Before the climb, check the ropes, fit the helmets and explain the route.', 'Before the climb, check the ropes, fit the helmets and describe the way up.')).toEqual([]);
  });
});
