// Round 32b (issue 11): one slot of a kept rule filled with another thing where the slot is not one
// word for one word (a phrasal verb for a verb, a phrase keeping a word of the old one, another
// attribute of the same head), each beside a twin that says the slot again and must stay quiet; and
// a case added to a duty's condition whose figure groups its digits with a comma.
import { describe, expect, it } from 'vitest';
import { slotReplaced } from './reason-slot-replaced.ts';
import { splitAppendedDuties } from './_appended-duties.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';

const lexicon = createWordNetLexicon();
/** The codes of the reasons that flag the edit, read as the hook reads it (WordNet on). */
const flagging = (previous: string, next: string): Promise<string[]> => flaggingCodes(previous, next, lexicon);

describe('one slot of a kept rule filled with another thing', () => {
  it('reads the words of each side the other does not keep, a verb and its particle as one word', () => {
    expect(slotReplaced('Spell out every abbreviation the clinician dictates.', 'Standardise every abbreviation the clinician dictates.', lexicon)).toEqual({ went: ['spell out'], came: ['standardise'] });
    expect(slotReplaced('Ask diners about shellfish allergies before they order.', 'Ask diners about their favourite shellfish before they order.', lexicon)).toEqual({ went: ['allergies'], came: ['favourite'] });
    // A possessive and a plural are the word they mark; a word before a noun it modifies is no head.
    expect(slotReplaced('Drivers record the time at which the last animal was loaded.', 'Drivers record the number of animals that were loaded.', lexicon)).toEqual({ went: ['time', 'last'], came: ['number'] });
  });

  it('reads nothing where the slot is said again: a synonym, a derivation, an abbreviation, a unit in words, a verb of two words of the same kind', () => {
    expect(slotReplaced('Guests must not smoke on balconies.', 'Guests must not light up on balconies.', lexicon)).toBeNull();
    expect(slotReplaced('Ask diners about shellfish allergies before they order.', 'Ask diners about any allergy to shellfish before they order.', lexicon)).toBeNull();
    expect(slotReplaced('Back up the booking database every night.', 'Make a backup of the booking database every night.', lexicon)).toBeNull();
    expect(slotReplaced('Stamp each library book with the date it is due back.', 'Stamp each library book with its due date.', lexicon)).toBeNull();
    expect(slotReplaced('Do not share a guest\'s ETA with callers.', 'Do not share a guest\'s estimated time of arrival with callers.', lexicon)).toBeNull();
    expect(slotReplaced('Keep the walk-in freezer below -18 °C at all times.', 'Keep the walk-in freezer below minus 18 degrees Celsius at all times.', lexicon)).toBeNull();
  });

  it('leaves a one-word swap to the one-word reading, a party for a party to the party readings, a role line and a rebuilt sentence alone', () => {
    expect(slotReplaced('Escalate billing disputes to the finance team.', 'Escalate billing disputes to the finance department.', lexicon)).toBeNull();
    expect(slotReplaced('You are the sales assistant for a tile showroom.', 'You are the assistant who helps customers in a tile showroom.', lexicon)).toBeNull();
    expect(slotReplaced('We return the deposit to the hirer within a week.', 'The hirer gets the deposit back from us within a week.', lexicon)).toBeNull();
    // Figures and cases are the number and condition readings'.
    expect(slotReplaced('Never insert an ad into the first 60 seconds of an episode.', 'Never insert an ad into an episode shorter than 60 seconds.', lexicon)).toBeNull();
  });

  it('flags the slot filled with another thing as semantic-drift, and passes its twin', async () => {
    expect(await flagging('Stamp each library book with the date it is due back.', 'Stamp each library book with the name of the branch that owns it.')).toEqual(['semantic-drift']);
    expect(await flagging('Stamp each library book with the date it is due back.', 'Stamp each library book with its due date.')).toEqual([]);
    expect(await flagging('Check every returned kayak for cracks in the hull.', 'Hose down every returned kayak for cracks in the hull.')).toEqual(['semantic-drift']);
    expect(await flagging('Check every returned kayak for cracks in the hull.', 'Look over every returned kayak for cracks in the hull.')).toEqual([]);
    expect(await flagging('Photograph the damage on every hire car that comes back.', 'Photograph the fuel gauge on every hire car that comes back.')).toEqual(['semantic-drift']);
    expect(await flagging('Photograph the damage on every hire car that comes back.', 'Take a photograph of the damage on every hire car that comes back.')).toEqual([]);
  });
});

describe("a case added to a duty's condition whose figure groups its digits with a comma", () => {
  it('keeps the conjunct in the condition: the comma of "£1,000" ends no condition', () => {
    expect(splitAppendedDuties('Call the officer if a client pays £1,000.', 'Call the officer if a client pays £1,000 and will not say why.')).toBe('Call the officer if a client pays £1,000 and will not say why.');
    // A duty appended after a comma of its own is still a sentence of its own.
    expect(splitAppendedDuties('Call the officer if a client pays £1,000.', 'Call the officer if a client pays £1,000, and log the call.')).toBe('Call the officer if a client pays £1,000. Log the call.');
  });

  it('flags the case narrowed, and passes a twin that appends a duty', async () => {
    expect(await flagging('Refer the claim to a surveyor if the damage is over £2,500.', 'Refer the claim to a surveyor if the damage is over £2,500 and has not been reported before.')).toEqual(['condition-narrowed']);
    expect(await flagging('Refer the claim to a surveyor if the damage is over £2,500.', "Refer the claim to a surveyor if the damage is over £2,500, and tell the customer the surveyor's name.")).toEqual([]);
  });
});
