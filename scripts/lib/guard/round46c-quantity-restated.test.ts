// Round 46c (issue 11): the `units` false flags of v27, v28 and v67 ("half a litre" -> "500 ml",
// "half a millimetre" -> "0.5 mm", "half a kilogram" -> "500 grams"), raised by the learned flag
// alone: no reading flags an amount said again in other units, and the flag reads a phrase of words
// traded for a figure as a thing replaced. Where the number reading reads every amount the same and
// no other word changed, a reading knows the change faithful and the flag stands down.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { describe, expect, it } from 'vitest';
import { quantitiesRestated } from './_quantity-restated.ts';

describe('an amount said again in other units', () => {
  it('is known faithful when each amount is the same and nothing else changed', () => {
    expect(quantitiesRestated('The carding machine must stop if the fibre jam exceeds half a kilogram.', 'The carding machine must stop if the fibre jam exceeds 500 grams.')).toBe(true);
    expect(quantitiesRestated('Tell guests to drink at least half a litre of water after every soak.', 'Tell guests to drink at least 500 ml of water after every soak.')).toBe(true);
    expect(quantitiesRestated('Stop the pump if the pressure stays below 2 bar for an hour.', 'Stop the pump if the pressure stays below 2 bar for 60 minutes.')).toBe(true);
  });

  it('is not known faithful when an amount, its bound or another word changed', () => {
    expect(quantitiesRestated('Never hang more than half a kilogram on a jack rail.', 'Never hang more than 5 kilograms on a jack rail.')).toBe(false);
    expect(quantitiesRestated('Never hang more than half a kilogram on a jack rail.', 'Never hang at least 500 grams on a jack rail.')).toBe(false);
    expect(quantitiesRestated('Never hang more than half a kilogram on a jack rail.', 'Never hang more than 500 grams on a key lever.')).toBe(false);
    expect(quantitiesRestated('Each breeding box must get half a litre of water.', 'Each breeding box may get 500 ml of water.')).toBe(false);
    expect(quantitiesRestated('Each breeding box gets water every morning.', 'Each breeding box gets fresh water every morning.')).toBe(false);
  });
});
