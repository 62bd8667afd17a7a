// Round 39b (issue 11): a cap said by its superlative or its limit, in the forms that escaped round
// 29a's reading (`_superlative-caps.ts`): "N is the most S can have Ved", "The most S Vs is N",
// "N is the limit for any S V-ing", "S can V N at the most" are each "S may not V more than N".
// Each beside twins that regress (a figure moved, a floor for the cap, a hedge, another party, a
// narrower party, an exception, another act); one kind is also driven through real commits.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { foldSuperlativeCaps, superlativeAsCap } from './_superlative-caps.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);

describe('a cap said by its superlative or its limit', () => {
  it('writes each form as the cap, the amount where the other version puts it', () => {
    expect(superlativeAsCap('One food parcel a week is the most a household can have taken from the community fridge.', 'Households cannot take more than one food parcel a week from the community fridge.')).toBe('A household cannot taken more than one food parcel a week from the community fridge.');
    expect(superlativeAsCap('The most an exhibitor enters in any one class is two dogs.', 'An exhibitor may not enter more than two dogs in any one class.')).toBe('An exhibitor may not enters more than two dogs in any one class.');
    expect(superlativeAsCap('Ten ride tokens at once is the limit for any rider buying them.', 'No rider may buy more than ten ride tokens at once.')).toBe('Any rider may not be buying more than ten ride tokens at once them.');
    expect(superlativeAsCap('Fridge volunteers can work twelve hours a week at the most.', 'Fridge volunteers must not work more than twelve hours a week.')).toBe('Fridge volunteers may not work more than twelve hours a week.');
    // Round 29a's form, with no other version, as it was written then.
    expect(superlativeAsCap('One court a day is the most a member can book.')).toBe('A member cannot book more than one court a day.');
  });

  it('reads no cap in a floor, a superlative of quality, or an act the other version does not say', () => {
    expect(superlativeAsCap('One food parcel a week is the least a household can have taken.', 'Households cannot take more than one food parcel a week.')).toBeNull();
    expect(superlativeAsCap('The most important thing is safety.', 'Staff may not skip more than one check.')).toBeNull();
    expect(superlativeAsCap('Fridge volunteers can work twelve hours a week at the least.', 'Fridge volunteers must not work more than twelve hours a week.')).toBeNull();
    expect(superlativeAsCap('Ten ride tokens at once is the limit for any rider selling them.', 'No rider may buy more than ten ride tokens at once.')).toBeNull();
    // Only against a version that says a cap with "more than".
    const next = 'The most an exhibitor enters in any one class is two dogs.';
    expect(foldSuperlativeCaps('Exhibitors enter two dogs in each class.', next)[1]).toBe(next);
  });

  it('reads the rewordings as the rule and flags the twins', async () => {
    expect(await codes('Households cannot take more than one food parcel a week from the community fridge.', 'One food parcel a week is the most a household can have taken from the community fridge.')).toEqual([]);
    expect(await codes('An exhibitor may not enter more than two dogs in any one class.', 'The most an exhibitor enters in any one class is two dogs.')).toEqual([]);
    expect(await codes('No rider may buy more than ten ride tokens at once.', 'Ten ride tokens at once is the limit for any rider buying them.')).toEqual([]);
    expect(await codes('Fridge volunteers must not work more than twelve hours a week.', 'Fridge volunteers can work twelve hours a week at the most.')).toEqual([]);
    expect(await codes('Households cannot take more than one food parcel a week from the community fridge.', 'Two food parcels a week is the most a household can have taken from the community fridge.')).toContain('number-changed');
    expect(await codes('Households cannot take more than one food parcel a week from the community fridge.', 'One food parcel a week is the least a household can have taken from the community fridge.')).not.toEqual([]);
    expect(await codes('An exhibitor may not enter more than two dogs in any one class.', 'The most an exhibitor usually enters in any one class is two dogs.')).toContain('qualifier-added');
    expect(await codes('An exhibitor may not enter more than two dogs in any one class.', 'The most a judge enters in any one class is two dogs.')).not.toEqual([]);
    expect(await codes('No rider may buy more than ten ride tokens at once.', 'Ten ride tokens at once is the limit for any child buying them.')).not.toEqual([]);
    expect(await codes('No rider may buy more than ten ride tokens at once.', 'Ten ride tokens at once is the limit for any rider buying them, except on quiet days.')).toContain('condition-added');
    expect(await codes('Fridge volunteers must not work more than twelve hours a week.', 'Fridge volunteers can work twelve hours a week at the least.')).not.toEqual([]);
    expect(await codes('Fridge volunteers must not work more than twelve hours a week.', 'Fridge volunteers can work twenty hours a week at the most.')).toContain('number-changed');
  });
});
