// Round 24a (issue 11: false flags, v20-v25 pooled): a negative adjective spelled out as a relative
// clause with its participle's complement (`_negative-clauses.ts`) and a gate said with "only"
// before the verb (`_gates.ts`); each beside twins that must still be read as changes.
import { afterAll, describe, expect, it } from 'vitest';
import { foldNegativeClauses } from './_negative-clauses.ts';
import { readGate, withGatesSaidAsBefore } from './_gates.ts';
import { findReasons } from './find-reasons.ts';
import { writeClockTimesAlike } from './_clock-times.ts';
import { isParty } from './_parties.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());

const codes = (previous: string, next: string) => findReasons(...foldNegativeClauses(previous, next), lexicon).map((reason) => reason.code);

describe('a negative adjective spelled out with the complement its participle takes', () => {
  it('writes "N that is not X <to/in/with> a/the ..." back as "unX N" when the other version says it so', () => {
    expect(foldNegativeClauses('Unsecured containers must be reported to the yard supervisor.', 'Containers that are not secured to the stack must be reported to the yard supervisor.')[1]).toBe('Unsecured containers must be reported to the yard supervisor.');
    expect(foldNegativeClauses('Unlabelled vials are never stored in the fridge.', 'Vials that are not labelled with a donor code are never stored in the fridge.')[1]).toBe('Unlabelled vials are never stored in the fridge.');
  });

  it('reads a three-letter base after "un" ("unlit" = "not lit")', () => {
    expect(foldNegativeClauses('Unlit boats may not cruise after dusk.', 'Boats that are not lit may not cruise after dusk.')[1]).toBe('Unlit boats may not cruise after dusk.');
  });

  it('leaves a phrase that is no complement of the participle, and reads the rule around it as before', () => {
    // The relative clause ends at "secured"; "stacked" is no main verb, so "on the quay" is not taken.
    expect(foldNegativeClauses('Unsecured containers must be reported.', 'Containers that are not secured on the quay stacked high must be reported.')[1]).toContain('on the quay');
    expect(codes('Unsecured containers must be reported to the yard supervisor.', 'Containers that are not secured to the stack may be reported to the yard supervisor.')).toContain('modal-weakened');
    expect(codes('Unlabelled vials are never stored in the blood bank fridge.', 'Vials that are labelled with a donor code are never stored in the blood bank fridge.')).toContain('negation-removed');
    expect(codes('Do not send unglazed crowns to the dentist.', 'Do not send crowns that have not been polished to the dentist.')).toContain('condition-changed');
  });
});

describe('a gate said with "only" before its verb', () => {
  it('reads "We only X when C" and "Players only X if C" as the positive form of a gate', () => {
    expect(readGate('We only release a blood unit when the crossmatch has been signed off.')).toMatchObject({ prohibition: false, gate: 'when', onlyBeforeVerb: true });
    expect(readGate('Players only take a band instrument home if it has been signed out.')).toMatchObject({ prohibition: false, gate: 'if' });
  });

  it('reads no gate where "only" limits who acts or to whom, or opens the sentence', () => {
    expect(readGate('Only a pharmacist may release the drugs if the script is signed.')).toBeNull();
    expect(readGate('Staff send the keys only to members if they ask.')).toBeNull();
  });

  it('writes the new form back as the old prohibition when its condition is kept, so nothing is read', () => {
    expect(withGatesSaidAsBefore('We only release a blood unit when the crossmatch has actually been signed off.', 'Do not release a blood unit unless the crossmatch has been signed off.')).toBe('Do not release a blood unit unless the crossmatch has actually been signed off.');
    expect(codes('Do not cut a key from a code unless the owner has shown photo ID.', 'We only cut a key from a code if the owner has shown photo ID.')).toEqual([]);
  });

  it('keeps the form change read when the condition is said in words of its own', () => {
    expect(withGatesSaidAsBefore('We only release a blood unit when the crossmatch has been requested.', 'Do not release a blood unit unless the crossmatch has been signed off.')).toBe('We only release a blood unit when the crossmatch has been requested.');
    expect(codes('Do not release a blood unit unless the crossmatch has been signed off.', 'We only release a blood unit when the crossmatch has been requested.').length).toBeGreaterThan(0);
    expect(codes('Players must not take a band instrument home unless it has been signed out.', 'Players take a band instrument home if it has been signed out.')).toContain('negation-removed');
  });
});

describe('a universal said as a negative universal', () => {
  it('reads "All X must carry Y" -> "No X leaves without Y" and "every shift" -> "on a shift" under "no" as no narrowing', () => {
    expect(codes('All seed packets must carry a batch number.', 'No seed packet leaves the bank without a batch number.')).not.toContain('scope-narrowed');
    expect(codes('Every patroller carries a radio on every shift.', 'No patroller goes out on a shift without a radio.')).not.toContain('scope-narrowed');
  });

  it('still reads a narrowing, a universal turned into a denial, and a rule given to another party', () => {
    expect(codes('All seed packets must carry a batch number.', 'Most seed packets leave the bank with a batch number.')).toContain('scope-narrowed');
    expect(codes('Every patroller carries a radio on every shift.', 'No patroller carries a radio on a shift.')).toContain('negation-added');
    expect(codes('The mill manager must approve every change to a pulp recipe before it is run on the machine.', "No altered pulp recipe is run on the machine without the shift leader's approval.")).toContain('scope-narrowed');
  });
});

describe('a time said in another notation', () => {
  it('writes the 12-hour times of a version on the 24-hour clock when the other version uses it', () => {
    expect(writeClockTimesAlike('Polls are open from 7 a.m. to 10 p.m.', 'Polls are open from 07:00 to 22:00.')).toEqual(['Polls are open from 07:00 to 22:00.', 'Polls are open from 07:00 to 22:00.']);
    expect(writeClockTimesAlike('No crane may lift after 21:30.', 'No crane may lift after 9:30 pm.')[1]).toBe('No crane may lift after 21:30.');
    expect(writeClockTimesAlike('The lift closes at 4.30 p.m. Staff leave at 5pm.', 'The lift closes at 16:30. Staff leave at 17:00.')[0]).toBe('The lift closes at 16:30. Staff leave at 17:00.');
  });

  it('keeps another time, a.m. for p.m. included, a number changed; leaves a version with both notations', () => {
    expect(writeClockTimesAlike('The ski lift closes at 4.30 p.m.', 'The ski lift closes at 04:30.')[0]).toBe('The ski lift closes at 16:30.');
    expect(writeClockTimesAlike('Open at 9 a.m., last entry 16:00.', 'Open at 09:00, last entry 16:00.')[0]).toBe('Open at 9 a.m., last entry 16:00.');
  });

  it('reads a plural of a role-shaped thing as no party ("three quarters of an hour")', () => {
    expect(isParty('quarters')).toBe(false);
    expect(isParty('containers')).toBe(false);
    expect(isParty('supervisors')).toBe(true);
  });
});
