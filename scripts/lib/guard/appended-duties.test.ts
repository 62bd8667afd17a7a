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
});
