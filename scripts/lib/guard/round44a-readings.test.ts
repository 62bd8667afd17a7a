// Round 44a (issue 11): two parties traded where one is named by the other's word and one of its
// own, a duty that gained a window of time and nothing else, a grant limited by "only" deleted
// outright; beside the benign twins; the classes through a real commit.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { describe, expect, it } from 'vitest';
import { readStatementGroups } from './_statement-groups.ts';
import { findDoersExchanged } from './reason-doers-exchanged.ts';
import { findDutyWindowsAdded } from './reason-duty-window.ts';
import { findRequirementsRemoved } from './reason-requirement.ts';

const codes = (reasons: ReadonlyArray<{ code: string }>) => reasons.map((reason) => reason.code);

describe('two parties traded, one named by the other\'s word and one of its own', () => {
  const previous = 'The head turner sharpens the gouges and the turner sweeps up the shavings.';

  it('reads "the head turner" and "the turner" traded between the clauses as roles swapped', () => {
    const next = 'The turner sharpens the gouges and the head turner sweeps up the shavings.';
    expect(codes(findDoersExchanged(readStatementGroups(previous, next)))).toEqual(['roles-swapped']);
  });

  it('reads the clauses reordered with their parties as no swap', () => {
    const next = 'The turner sweeps up the shavings and the head turner sharpens the gouges.';
    expect(findDoersExchanged(readStatementGroups(previous, next))).toEqual([]);
  });
});

describe('a duty that gained a window of time', () => {
  const previous = 'All visitors must wear safety glasses in the turning shop.';

  it('reads "at weekends" added to a kept duty as its scope narrowed', () => {
    const reasons = findDutyWindowsAdded(readStatementGroups(previous, 'Visitors must wear safety glasses in the turning shop at weekends.'));
    expect(codes(reasons)).toEqual(['scope-narrowed']);
    expect(reasons[0]?.message).toContain('"at weekends"');
  });

  it('reads no window where the duty is said another way, the window joins another occasion, or the duty named a time already', () => {
    expect(findDutyWindowsAdded(readStatementGroups(previous, 'Every visitor to the turning shop has to wear safety glasses.'))).toEqual([]);
    expect(findDutyWindowsAdded(readStatementGroups('Visitors sign the book at the door.', 'Visitors sign the book at the door, and at weekends.'))).toEqual([]);
    expect(findDutyWindowsAdded(readStatementGroups('Sweep the bay after every session.', 'Sweep the bay after every session at weekends.'))).toEqual([]);
    expect(findDutyWindowsAdded(readStatementGroups('Members may use the small lathe.', 'Members may use the small lathe at weekends.'))).toEqual([]);
  });
});

describe('a grant limited by "only" deleted outright', () => {
  const kept = 'You are the members assistant for a woodturning club. Answer questions about sessions and tools.';
  const limited = 'Members may use the large lathe only after a safety induction.';

  it('reads the sentence gone with nothing added as a requirement removed, and the same sentence stressed as none', () => {
    expect(codes(findRequirementsRemoved(`${kept} ${limited} Remind members to sweep their bay.`, `${kept} Remind members to sweep their bay.`))).toEqual(['requirement-removed']);
    expect(findRequirementsRemoved(`${kept} ${limited}`, `${kept} Members may use the large lathe only after a safety induction, with no exceptions.`)).toEqual([]);
  });
});
