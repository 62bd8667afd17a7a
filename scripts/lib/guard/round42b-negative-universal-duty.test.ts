// Round 42b (issue 11): a duty on every one of a kind said as a negative universal waiting for its
// thing ("Nobody goes into the coupe without their own first aid kit") says the old "every" /
// "always" / "at all times", its act in other words; a new party who acts or approves, or a case of
// its own put in, keeps the scope reading. The class through real commits.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { describe, expect, it } from 'vitest';
import { readModal } from './_rule-words.ts';

describe('a duty said as "At no point ... may ... go unchecked"', () => {
  it('reads the inverted modal after "at no point / stage / time / moment" as a ban, "should" as advice', () => {
    expect(readModal('At no stage of the process may the identity tag go unchecked.')?.strength).toBe(3);
    expect(readModal('At no point during the show may the room be left without a parent in it.')?.strength).toBe(3);
    expect(readModal('At no point should the pilot lose sight of the drone.')?.strength).not.toBe(3);
  });
});
