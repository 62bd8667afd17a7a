// Round 47b (issue 11): a rule said with its polarity moved between its act, its case, "only" and
// an antonym, each place's parity kept (`_polarity-moved.ts`); beside the twins that move a "no"
// out of one place only, or trade a case for the act, which keep their reasons; the class through
// a real commit.
// Its class through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { afterAll, describe, expect, it } from 'vitest';
import { foldPolarityMoved, polarityOf, saysWithPolarityMoved } from './_polarity-moved.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const moved = (previous: string, next: string) => saysWithPolarityMoved(previous, next, lexicon);

describe('the "no"s of a rule, counted in its act and in its case', () => {
  it('counts "only" once in each place, "unless" and "without" in the case, a relative clause in the subject ending at its verb', () => {
    expect(polarityOf('The fishing boat may be boarded only by guests who have a ticket.')).toMatchObject({ act: 1, case: 1 });
    expect(polarityOf('If you do not have a ticket, you do not board the fishing boat.')).toMatchObject({ act: 1, case: 1 });
    expect(polarityOf('Shoes that leave marks are not permitted on the courts.')).toMatchObject({ act: 1, case: 0 });
    expect(polarityOf('Do not release a boat unless a member has checked the pump.')).toMatchObject({ act: 1, case: 1 });
    expect(polarityOf('Expense claims without receipts are not paid.')).toMatchObject({ act: 1, case: 1 });
  });
});

describe('a rule said with its polarity moved', () => {
  it('reads "only X may" said as "if you are not X, you do not", and a ban on not-X said as "only X"', () => {
    expect(moved('The heavy roller may be driven only by staff who have passed the roller course.', 'If you have not passed the roller course, you do not drive the heavy roller.')).toBe(true);
    expect(moved('Apprentices who have not finished the soot course may not mix the glue.', 'Only apprentices who have finished the soot course mix the glue.')).toBe(true);
    expect(moved('Do not sell seats to anyone who is pregnant.', 'Seats are sold only to passengers who are not pregnant.')).toBe(true);
  });

  it('reads a ban said as its antonym allowed "only", or said with its case negated', () => {
    expect(moved('Do not accept an invoice that has no purchase order number.', 'Invoices without a purchase order number are rejected.')).toBe(true);
    expect(moved('Never grind ink on a wet stone.', 'Ink is ground only on a wet stone.')).toBe(false);
  });

  it('reads nothing where a "no" left one place only: an "only" dropped, the act\'s "no" moved into its case, an antonym traded without its "no"', () => {
    expect(moved('The fishing boat may be boarded only by guests who have a ticket.', 'Guests who have a ticket may board the fishing boat.')).toBe(false);
    expect(moved('Do not sell ink sticks that have cracked.', 'Sell ink sticks that have not cracked.')).toBe(false);
    expect(moved('Ink sticks must stay wrapped for the first week of drying.', 'For the first week of drying, nobody wraps the ink sticks.')).toBe(false);
    expect(moved('Expense claims without receipts are not paid.', 'Expense claims with receipts are paid.')).toBe(false);
    expect(moved('Do not feed the cormorants when the show is running.', 'Feed the cormorants only while the show is running.')).toBe(false);
  });

  it('reads nothing where the case is swapped with the act, two antonyms swap, or a word of the case is replaced', () => {
    expect(moved('The ward must not discharge a patient unless a consultant has signed the discharge form.', 'A consultant signs the discharge form only if a patient is discharged from the ward.')).toBe(false);
    expect(moved('Stones are photographed before they go on the scaife, never after.', 'Stones are photographed after they come off the scaife, never before.')).toBe(false);
    expect(moved('Pupils must not use the kiln room unless a teacher is supervising.', 'Pupils use the kiln room only while a teacher is in the building.')).toBe(false);
    expect(moved('Divers must not enter the water until the engine has been switched off.', 'Divers enter the water only before the engine has been switched off.')).toBe(false);
  });

  it('reads nothing where the new rule adds a case or softens ("whether or not", "not expected")', () => {
    expect(moved('Managers approve a request when the role has no on-site duties.', 'Managers approve a request whether or not the role has on-site duties.')).toBe(false);
    expect(moved('Brokers are prohibited from releasing goods before the duty has been paid.', 'Brokers are not expected to release goods before the duty has been paid.')).toBe(false);
  });

  it('writes the new sentence as the old one and leaves the rest of the text as it is', () => {
    const previous = 'Greet every guest. The fishing boat may be boarded only by guests who have a ticket.';
    const next = 'Greet every guest. If you do not have a ticket, you do not board the fishing boat.';
    expect(foldPolarityMoved(previous, next, lexicon)).toEqual([previous, previous]);
    expect(foldPolarityMoved(previous, next, null)).toEqual([previous, next]);
  });
});
