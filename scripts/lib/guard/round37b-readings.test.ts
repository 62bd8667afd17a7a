// Round 37b (issue 11): a thing given at no cost (round 30a's `_free-of-charge.ts`) said where the
// reading escaped by form: an act done free ("Carers ride free on the trek"), one case opening the
// statement on either side, a universal or "aged" before the party. Each beside twins that regress
// (a case, a bound, a party or a thing replaced); one kind is also driven through a real commit.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { foldFreeOfCharge, freeThing } from './_free-of-charge.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);

describe('an act done free', () => {
  it('reads the party, the thing after the act and the act itself', () => {
    expect(freeThing("Children under 10 eat free from the kids' menu.")).toEqual({ thing: "the kids' menu", party: 'Children under 10', doer: 'eat' });
    expect(freeThing('Carers travel free.')).toEqual({ thing: 'travel', party: 'Carers', doer: '' });
    // Free of a burden, not of a price: left as written.
    expect(freeThing('Dogs run free in the paddock.')).toBeNull();
    expect(freeThing('Guests feel free to ask.')).toBeNull();
    // A thing's statement in the passive is no party's act, and a hedged one is no statement.
    expect(freeThing('Every torn hammock strap is replaced free of charge.')).toBeNull();
    expect(freeThing('Torn hammock straps are usually replaced free of charge.')).toBeNull();
  });
});

describe('one case opening the statement', () => {
  it('reads the case apart, before or after the statement, and leaves a case that lets off or keeps to', () => {
    expect(freeThing('Carers ride free on the llama trek when they come with a paying visitor.')).toMatchObject({ thing: 'the llama trek', party: 'Carers', case: 'when they come with a paying visitor' });
    expect(freeThing('If they come with a paying visitor, carers pay nothing for the llama trek.')).toMatchObject({ thing: 'the llama trek', party: 'carers', case: 'when they come with a paying visitor' });
    expect(freeThing('Carers ride free on the llama trek unless they come alone.')).toBeNull();
    expect(freeThing('Carers ride free on the llama trek only when they come with a paying visitor.')).toBeNull();
  });

  it('writes both versions alike only when the case says the same in each', () => {
    const same = foldFreeOfCharge('Carers ride free on the llama trek when they come with a paying visitor.', 'When they come with a paying visitor, carers pay nothing for the llama trek.');
    expect(same[0]).toBe(same[1]);
    const other = foldFreeOfCharge('Carers ride free on the llama trek when they come with a paying visitor.', 'When they come with two paying visitors, carers pay nothing for the llama trek.');
    expect(other[0]).not.toBe(other[1]);
  });

  it('reads the free act under a kept case as the rule, and flags the case replaced or a bound moved', async () => {
    expect(await codes('Carers ride free on the llama trek when they come with a paying visitor.', 'When they come with a paying visitor, carers pay nothing for the llama trek.')).toEqual([]);
    expect(await codes('Children under 8 paint free at the pottery café if an adult buys a mug to paint.', 'If an adult buys a mug to paint, children aged 7 or younger are not charged for painting at the pottery café.')).toEqual([]);
    expect(await codes('Carers ride free on the llama trek when they come with a paying visitor.', 'When they book a week ahead, carers pay nothing for the llama trek.')).not.toEqual([]);
    expect(await codes('Club members sail free on Tuesdays when the wind is under 20 knots.', 'When the wind is under 30 knots, club members pay nothing for sailing on Tuesdays.')).not.toEqual([]);
    expect(await codes('Children under 8 paint free at the pottery café if an adult buys a mug to paint.', 'If an adult buys a mug to paint, children aged 5 or younger are not charged for painting at the pottery café.')).toContain('number-changed');
  });
});

describe('a universal before the party', () => {
  it('reads "free for every school" as the charge denied to schools, and flags a party narrowed or a thing replaced', async () => {
    expect(await codes('The maize maze does not charge schools for guided walks.', 'Guided walks through the maize maze are free for every school.')).toEqual([]);
    expect(await codes('The maize maze does not charge schools for guided walks.', 'Guided walks through the maize maze are free for every primary school.')).not.toEqual([]);
    expect(await codes('Every torn hammock strap is replaced free of charge.', 'Torn hammock straps are usually replaced free of charge.')).toContain('qualifier-added');
    expect(await codes('Volunteers are not charged for honey from the bee farm shop when they have worked a full shift.', 'When they have worked a full shift, candles from the bee farm shop are free for every volunteer.')).not.toEqual([]);
  });
});
