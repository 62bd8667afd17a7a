import { describe, expect, it } from 'vitest';
import { splitAppendedDuties } from './_appended-duties.ts';

describe('splitAppendedDuties', () => {
  it('writes a duty appended to a kept rule as a sentence of its own', () => {
    expect(splitAppendedDuties('Offer to transfer the caller to a human agent.', 'Offer to transfer the caller to a human agent, and transfer them at once if they ask for one.'))
      .toBe('Offer to transfer the caller to a human agent. Transfer them at once if they ask for one.');
  });

  it('leaves a narrowing or a softening appended to the rule part of it', () => {
    expect(splitAppendedDuties('Refund the order in full.', 'Refund the order in full, and only for new customers.')).toBe('Refund the order in full, and only for new customers.');
    expect(splitAppendedDuties('Check every invoice twice.', 'Check every invoice twice and skip it when busy.')).toBe('Check every invoice twice and skip it when busy.');
  });

  it('leaves a rule that was itself changed alone', () => {
    expect(splitAppendedDuties('Log every administrator sign-in.', 'Log some administrator sign-ins, and alert the security team.')).toBe('Log some administrator sign-ins, and alert the security team.');
  });

  it('leaves a list turned into prose alone when the part after "and" goes on with the old verb\'s object', () => {
    const previous = 'When a tenant reports a leak:\n- ask for the flat number and a photo\n- ask for the time it started if they know it\n- give them the emergency line';
    const next = 'When a tenant reports a leak, ask for the flat number and a photo and for the time it started if they know it, and give them the emergency line.';
    expect(splitAppendedDuties(previous, next)).toBe(next);
  });
});
