// Round 43b (issue 11): a duty said by two negations, one picking out the things it is not yet met
// on and one the rule's ("An apprentice who has not been through the induction does not join their
// first lasting session", "No finished pair is inspected by fewer than two makers"), says the old
// duty: no negation is added to it. One negation alone, a floor turned into a cap, or a party of the
// new sentence's own lifting the ban keep their reasons. The class through real commits, and the
// reading on its own.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { describe, expect, it } from 'vitest';
import { dutySaidAsDoubleNegative } from './_duty-as-double-negative.ts';
import { readStatement } from './_statements.ts';
import type { StatementGroup } from './_statement-groups.ts';

function group(previous: string, next: string): StatementGroup {
  return { previous: [readStatement(previous, next)], next: [readStatement(next, previous)], previousText: previous, nextText: next };
}

describe('the reading of a duty said by two negations', () => {
  it('reads a negative universal over "fewer than" the figure the duty gives', () => {
    expect(dutySaidAsDoubleNegative(group('Every finished pair must be inspected by two makers.', 'No finished pair is inspected by fewer than two makers.'))).toBe(true);
    expect(dutySaidAsDoubleNegative(group('Every finished pair must be inspected by two makers.', 'No finished pair is inspected by fewer than three makers.'))).toBe(false);
    expect(dutySaidAsDoubleNegative(group('Every finished pair must be inspected by two makers.', 'No finished pair is inspected by more than two makers.'))).toBe(false);
  });

  it('reads a "whose" clause naming a part of the thing', () => {
    expect(dutySaidAsDoubleNegative(group('Every ladder must be lashed at the top before anyone climbs it.', 'A ladder whose top has not been lashed is not climbed by anyone.'))).toBe(true);
  });

  it('reads nothing where the old version is no duty, or the new one releases it', () => {
    expect(dutySaidAsDoubleNegative(group('Apprentices join their first lasting session after the induction.', 'An apprentice who has not been through the induction does not join their first lasting session.'))).toBe(false);
    expect(dutySaidAsDoubleNegative(group('Apprentices must pass the induction before their first lasting session.', 'An apprentice who has not been through the induction does not have to miss their first lasting session.'))).toBe(false);
  });
});
