// Round 43a (issue 11): a figure said again without its unit, a bound negated by its own "no", a
// grant's "no longer than" cap (read before as the grant revoked), and a comparative threshold put
// into a kept condition; beside the benign twins; the classes through a real commit.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { describe, expect, it } from 'vitest';
import { findNumberChanges } from './reason-number.ts';
import { revokesGrant } from './_grants-revoked.ts';
import { qualifierInserted } from './_condition-qualifiers.ts';

const words = (text: string) => text.toLowerCase().match(/[a-z0-9']+/g) ?? [];

describe('a figure said again without its unit', () => {
  it('reads "between 16 and 19 years old" -> "aged from 16 to 19" as the same figures, and a figure moved as changed', () => {
    const joining = 'Apprentices must be between 16 and 19 years old when they join the horology school.';
    expect(findNumberChanges(joining, 'Every apprentice has to be aged from 16 to 19 when they join the horology school.')).toEqual([]);
    expect(findNumberChanges('Do not book a pit tour for any child under two years old.', 'Pit tours are for children aged two and older.')).toEqual([]);
    expect(findNumberChanges(joining, 'Every apprentice has to be aged from 16 to 21 when they join the horology school.').map((reason) => reason.code)).toEqual(['number-changed']);
  });
});

describe('a grant capped by "no longer than"', () => {
  it('is no grant revoked, and its cap loosened is read', () => {
    expect(revokesGrant('Apprentices may keep a borrowed movement no longer than 7 days.', 'Apprentices may keep a borrowed movement no longer than 14 days.')).toBe(false);
    expect(revokesGrant('Apprentices may keep a borrowed movement.', 'Apprentices may no longer keep a borrowed movement.')).toBe(true);
  });
});

describe('a comparative threshold put into a kept condition', () => {
  it('reads "if the tide is rising faster than 30 cm an hour" as a narrower case, and not a comparative without "than"', () => {
    const kept = words('if the tide is rising');
    expect(qualifierInserted(kept, words('if the tide is rising faster than 30 cm an hour'), new Set(['tide', 'rise']))).toBe('faster than 30 cm an hour');
    expect(qualifierInserted(kept, words('if the tide is rising faster'), new Set(['tide', 'rise']))).toBeNull();
  });
});
