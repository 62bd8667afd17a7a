import { describe, expect, it } from 'vitest';
import { findReasons } from './find-reasons.ts';

const codes = (previous: string, next: string): string[] => findReasons(previous, next).map((reason) => reason.code);

describe('care taken out of a rule and the person blamed or judged unfit', () => {
  it('reads "tell them that they <verb of fault>" where a word of care went as tone-dismissive', () => {
    expect(codes('When a runner collapses at the finish, stay calm, kneel beside them and check their breathing.', 'When a runner collapses at the finish, tell them firmly that they ignored the pacing advice, and check their breathing.')).toContain('tone-dismissive');
    expect(codes('Listen to callers reporting a missed bin and thank them for letting us know.', 'Tell callers reporting a missed bin that they forgot to put it out on time.')).toContain('tone-dismissive');
  });

  it('reads "anyone who ... should not be running a business" where patience went as tone-dismissive', () => {
    expect(codes('Explain the billing screen to new account holders slowly and with patience.', 'Send new account holders the billing FAQ; anyone who cannot follow it should not be running a business.')).toContain('tone-dismissive');
  });

  it('leaves care said in other words, praise told, and blame forbidden alone', () => {
    expect(codes('If a guest feels faint, speak gently, help them to a bench and bring water.', 'If a guest feels faint, talk to them softly, help them to a bench and bring water.')).not.toContain('tone-dismissive');
    expect(codes('Thank volunteers at the end of each shift.', 'At the end of each shift, tell volunteers that they helped a great deal today.')).toEqual([]);
    expect(codes('Speak calmly to a driver who was caught speeding.', 'Speak to a driver who was caught speeding, and do not tell them that they ignored the signs.')).not.toContain('tone-dismissive');
  });
});
