// Round 42b (issue 11): a duty on every one of a kind said as a negative universal waiting for its
// thing ("Nobody goes into the coupe without their own first aid kit") says the old "every" /
// "always" / "at all times", its act in other words; a new party who acts or approves, or a case of
// its own put in, keeps the scope reading. The class through real commits.
import { afterAll, describe, expect, it } from 'vitest';
import { clauseEditAudits } from '../../test-utils/clause-edit-audits.ts';
import { readModal } from './_rule-words.ts';

describe('a duty said by a negative universal waiting for its thing, through the hook', () => {
  const hook = clauseEditAudits({ title: 'Troupe rules' });
  afterAll(() => hook.cleanup());

  it('leaves the duty unflagged when the act is said in other words', () => {
    const cases: Array<[string, string, string]> = [
      ['troupe/straps', 'Every performer must have their straps checked by a rigger before a show.', 'Nobody walks out for a show without a rigger having checked their straps first.'],
      ['troupe/pads', 'Walkers must wear knee pads at all times on the practice floor.', 'Nobody steps onto the practice floor without knee pads on.'],
    ];
    const results = hook.editAll(cases);
    for (const [i, [id]] of cases.entries()) {
      const result = results[i]!;
      expect(result.audit, result.edit).toMatchObject({ clause: id, change: 'edited', regression_flag: false });
    }
  });

  it('still reads the scope narrowed where another party approves or records', () => {
    const [approver, recorder] = hook.editAll([
      ['troupe/routines', 'The troupe leader must approve every new routine before it is performed.', "No new routine is performed without the costume maker's approval."],
      ['troupe/fitting', "Always record the walker's height before a new pair of stilts is fitted.", "No new pair of stilts is fitted until the fitter's name has been recorded."],
    ]);
    expect(approver.codes, approver.edit).toContain('scope-narrowed');
    expect(recorder.codes, recorder.edit).toContain('scope-narrowed');
  });

  it('still reads the scope narrowed where a case of its own is put in', () => {
    const rehearsals = hook.edit('troupe/pads-2', 'Walkers must wear knee pads at all times on the practice floor.', 'Nobody walks on the practice floor without wearing knee pads during rehearsals.');
    expect(rehearsals.codes, rehearsals.edit).toContain('scope-narrowed');
  });
});

describe('a duty said as "At no point ... may ... go unchecked"', () => {
  it('reads the inverted modal after "at no point / stage / time / moment" as a ban, "should" as advice', () => {
    expect(readModal('At no stage of the process may the identity tag go unchecked.')?.strength).toBe(3);
    expect(readModal('At no point during the show may the room be left without a parent in it.')?.strength).toBe(3);
    expect(readModal('At no point should the pilot lose sight of the drone.')?.strength).not.toBe(3);
  });
});
