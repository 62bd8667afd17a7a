// An order said the other way round: "A before B" = "no B until A" = "B only once A".
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { foldPrecedence } from './_precedence.ts';
import { withGatesSaidAsBefore } from './_gates.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const flagging = (previous: string, next: string): Promise<string[]> => flaggingCodes(previous, next, lexicon);

describe('orders said the other way round, folded', () => {
  it('reads "A before B" said as "no B until A", "B only once A", "Only B once A" or "Before B, A" as the old clause', () => {
    const previous = 'Sign the waiver before you ride.';
    expect(foldPrecedence(previous, 'Nobody rides until the waiver is signed.', lexicon)).toBe(previous);
    expect(foldPrecedence(previous, 'You ride only once the waiver is signed.', lexicon)).toBe(previous);
    // The same act gated the other way round is _gates.ts's to write in the old form, with its own condition.
    expect(foldPrecedence('Do not ride until the waiver is signed.', 'Only ride once the waiver is signed.', lexicon)).toBe('Only ride once the waiver is signed.');
    expect(withGatesSaidAsBefore('Only ride once the waiver is signed.', 'Do not ride until the waiver is signed.')).toBe('Do not ride until the waiver is signed.');
    expect(foldPrecedence('Isolate the machine before anyone opens the guard.', 'Nobody opens the guard until the machine is isolated.', lexicon)).toBe('Isolate the machine before anyone opens the guard.');
  });

  it('writes a new clause saying the old fact in another form as the old clause, and leaves one in the same form, one turned round, or one weakened', () => {
    const previous = 'Installers clip their harness to the rail before stepping onto the walkway.';
    expect(foldPrecedence(previous, 'Nobody steps onto the walkway until their harness is attached to the rail.', lexicon)).toBe(previous);
    expect(foldPrecedence(previous, 'Installers should clip their harness to the rail before stepping onto the walkway.', lexicon)).toBe('Installers should clip their harness to the rail before stepping onto the walkway.');
    expect(foldPrecedence('Isolate the machine before anyone opens the guard.', 'Nobody isolates the machine until someone has opened the guard.', lexicon)).toBe('Nobody isolates the machine until someone has opened the guard.');
    expect(foldPrecedence(previous, 'Nobody clips their harness to the rail until stepping onto the walkway.', lexicon)).toBe('Nobody clips their harness to the rail until stepping onto the walkway.');
    expect(foldPrecedence(previous, 'Nobody steps onto the walkway until their harness may be attached to the rail.', lexicon)).toBe('Nobody steps onto the walkway until their harness may be attached to the rail.');
    // A party of its own (a person or a body of people in the dictionary) is a change the fold must not hide.
    const consent = 'Get written consent from a parent before photographing a child.';
    expect(foldPrecedence(consent, 'No child is photographed until a parent has given written consent.', lexicon)).toBe(consent);
    expect(foldPrecedence(consent, 'No child is photographed until a teacher has given written consent.', lexicon)).toBe('No child is photographed until a teacher has given written consent.');
    // An old clause joining two acts is not folded onto a new one saying one of them.
    const twoActs = 'Before accepting a bird, check its ring number and keep the receipt.';
    expect(foldPrecedence(twoActs, 'Only accept a bird once its ring number has been checked.', lexicon)).toBe('Only accept a bird once its ring number has been checked.');
    // Without a dictionary to tell a party, nothing is folded.
    expect(foldPrecedence(previous, 'Nobody steps onto the walkway until their harness is attached to the rail.', null)).toBe('Nobody steps onto the walkway until their harness is attached to the rail.');
  });
});

describe('orders said the other way round, through the audit', () => {
  it('passes "A before B" said as "no B until A" or "B only once A", and flags the order turned round', async () => {
    const previous = 'Kitchen porters scrape every tray before loading the dishwasher.';
    expect(await flagging(previous, 'No tray goes into the dishwasher until the kitchen porters have scraped it.')).toEqual([]);
    expect(await flagging('Ask the landlord before painting any wall of the flat.', 'Walls of the flat are painted only once the landlord has agreed.')).toEqual([]);
    expect(await flagging('Isolate the machine before anyone opens the guard.', 'Nobody isolates the machine until someone has opened the guard.')).not.toEqual([]);
  });
});
