// Round 17a (issue 11): faithful edits the guard flagged, each read by what the rule says rather
// than by its words, and the near-misses of each reading that must still flag.
import { describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { findExpansion } from './_abbreviations.ts';
import { foldNegativeClauses } from './_negative-clauses.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
/** The codes of the reasons that flag the edit, read as the hook reads it (with its dictionary, or without one). */
const flagging = (previous: string, next: string, dictionary: typeof lexicon | null = lexicon): Promise<string[]> => flaggingCodes(previous, next, dictionary);

describe('a duty\'s trigger widened by a whole clause', () => {
  it('reads "if A" -> "if A or <a clause of its own>" on a duty as stricter, and the same "or" on a permission or an exception as looser', async () => {
    expect(await flagging('Stop the conveyor if a worker pulls the cord.', 'Stop the conveyor at once if a worker pulls the cord or the supervisor loses sight of the line.')).toEqual([]);
    expect(await flagging('Call the duty manager if a guest is injured.', 'Call the duty manager if a guest is injured or a member of staff sees a guest fall over.')).toEqual([]);
    expect(await flagging('Staff may leave early if the shop is empty.', 'Staff may leave early if the shop is empty or the manager has gone home for the day.')).not.toEqual([]);
    expect(await flagging('Do not serve alcohol unless the guest shows photo ID.', 'Do not serve alcohol unless the guest shows photo ID or a friend vouches for them.')).not.toEqual([]);
    expect(await flagging('Never enter the tank unless the oxygen reading is above 19%.', 'Never enter the tank unless the oxygen reading is above 19% or a supervisor is nearby.')).not.toEqual([]);
  });
});

describe('rewordings in other words a dictionary knows', () => {
  it('reads "not allowed" said as "turned away" or "barred" as the same refusal, and flags a refusal turned into a welcome', async () => {
    const previous = 'Climbers with an expired belay card are not allowed on the top wall.';
    const next = 'Anyone whose belay card has expired is turned away from the top wall.';
    expect(await flagging(previous, next, null)).toContain('negation-removed');
    expect(await flagging(previous, next)).toEqual([]);
    expect(await flagging(previous, 'Climbers with an expired belay card are waved onto the top wall.')).not.toEqual([]);
    expect(await flagging(previous, 'Climbers with an expired belay card are let onto the top wall.')).not.toEqual([]);
  });

  it('withdraws the reasons of a rule said with the words of the same sense, and keeps them when the new words change the rule too', async () => {
    const previous = 'Thank every donor by name in the reply, and never mention the amount they gave.';
    const next = 'Address each donor by name when you thank them, and do not refer to how much they donated.';
    expect(await flagging(previous, next, null)).not.toEqual([]);
    expect(await flagging(previous, next)).toEqual([]);
    // The same words, with the prohibition gone: still flagged.
    expect(await flagging(previous, 'Address each donor by name when you thank them, and refer to how much they donated.')).not.toEqual([]);
  });
});

describe('an acronym of four letters or more taking a word\'s first two letters', () => {
  it('reads "OFGEM" as "Office of Gas and Electricity Markets" in its place, and flags other words there', async () => {
    expect(findExpansion('OFGEM', 'Report it to the Office of Gas and Electricity Markets within a day.')).toBe('Office of Gas and Electricity Markets');
    expect(await flagging('Report any supply interruption to OFGEM within a day.', 'Report any supply interruption to the Office of Gas and Electricity Markets within a day.')).toEqual([]);
    expect(await flagging('Report any supply interruption to OFGEM within a day.', 'Report any supply interruption to the Office of Fair Trading within a day.')).toEqual(['entity-removed']);
    // Only an acronym of four letters or more: "OFG" is not "Office of Gas".
    expect(findExpansion('OFG', 'Report it to the Office of Gas today.')).toBeNull();
  });
});

describe('how long a duty\'s act lasts', () => {
  it('reads a longer "for N days" on a duty as stricter, and a shorter one, a prohibition\'s, a permission\'s or a hand-over\'s as a change', async () => {
    expect(await flagging('Rinse the eye with clean water for 10 minutes.', 'Rinse the eye with clean water for 20 minutes.')).toEqual([]);
    expect(await flagging('Quarantine new birds for two weeks.', 'Quarantine new birds for three weeks.')).toEqual([]);
    expect(await flagging('Rinse the eye with clean water for 10 minutes.', 'Rinse the eye with clean water for 5 minutes.')).toEqual(['number-changed']);
    expect(await flagging('Do not leave the dog in the car for 10 minutes.', 'Do not leave the dog in the car for 30 minutes.')).toEqual(['number-changed']);
    expect(await flagging('Guests may use the sauna for 20 minutes.', 'Guests may use the sauna for 40 minutes.')).toEqual(['number-changed']);
    expect(await flagging('Offer the customer a loan car for 2 days.', 'Offer the customer a loan car for 4 days.')).toEqual(['number-changed']);
  });
});

describe('a negative adjective spelled out after the noun\'s "of" phrase', () => {
  it('reads "copies of the contract for which no signature exists" as "unsigned copies of the contract", and not one for which a signature exists', async () => {
    const previous = 'Archive unsigned copies of the contract in the red folder.';
    expect(foldNegativeClauses(previous, 'Archive copies of the contract for which no signature exists in the red folder.')[1]).toBe(previous);
    expect(await flagging(previous, 'Archive copies of the contract for which no signature exists in the red folder.')).toEqual([]);
    // Without the negation the clause is no spelling of "unsigned" and stays as written.
    expect(foldNegativeClauses(previous, 'Archive copies of the contract for which a signature exists in the red folder.')[1]).toBe('Archive copies of the contract for which a signature exists in the red folder.');
    // A clause away from its noun with no "of" phrase between is read only with a pronoun, as before.
    expect(foldNegativeClauses(previous, 'Archive copies in the red folder for which no signature exists.')[1]).toBe('Archive copies in the red folder for which no signature exists.');
  });
});

describe('"on their own" as a word of absence', () => {
  it('reads "Unaccompanied X may not" said as "X on their own are refused" as one polarity, and flags the refusal dropped', async () => {
    expect(await flagging('Unaccompanied minors may not enter the bar.', 'Minors on their own are refused entry to the bar.')).toEqual([]);
    expect(await flagging('Unaccompanied minors may not enter the bar.', 'Minors on their own may enter the bar.')).toContain('negation-removed');
  });
});
