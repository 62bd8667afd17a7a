// Round 41d (issue 11): a duty on every thing of an act said as "No X <act> without Y" is read in
// the duty's form ("Every X must be Y before it <act>"), from either side, only where the other
// version's duty is on the thing itself and the act names nothing the other version does not: a
// party named by the duty's subject, or a qualifier put into the act, keeps the sentence as written.
// Each beside a regression twin; the class through real commits.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { describe, expect, it } from 'vitest';
import { foldNoWithoutAsEvery, noWithoutAsEvery } from './_no-without-as-every.ts';

describe('"No X <act> without Y" read as the duty on every X', () => {
  it('writes the sentence in the duty form, being-passives and things alike', () => {
    expect(noWithoutAsEvery('No frame leaves the workshop without being checked for cracks.')).toBe('Every frame must be checked for cracks before it leaves the workshop.');
    expect(noWithoutAsEvery('No inhaler is to be prescribed without a technique check in the same appointment.')).toBe('Every inhaler must have a technique check in the same appointment before it is to be prescribed.');
  });

  it('leaves a grant to nobody, a plural thing and an exception in the gate as written', () => {
    expect(noWithoutAsEvery('No one may change the chlorine dose without a second signature.')).toBeNull();
    expect(noWithoutAsEvery('No frames leave the workshop without being checked.')).toBeNull();
    expect(noWithoutAsEvery('No frame leaves the workshop without being checked or signed off.')).toBeNull();
  });

  it('folds against a duty on the thing itself, not against another party\'s duty or with a qualifier added to the act', () => {
    const duty = 'Every frame must be checked for cracks before it leaves the workshop.';
    expect(foldNoWithoutAsEvery(duty, 'No frame leaves the workshop without being checked for cracks.')).toEqual([duty, duty]);
    const approver = 'No seed packet is lent out without a volunteer\'s approval.';
    expect(foldNoWithoutAsEvery('The librarian must approve each seed packet before it is lent out.', approver)[1]).toBe(approver);
    const overnight = 'No kiln load is fired overnight without being logged.';
    expect(foldNoWithoutAsEvery('Every kiln load must be logged before it is fired.', overnight)[1]).toBe(overnight);
  });
});
