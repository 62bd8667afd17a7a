// Round 45c (issue 11): v64's `units` false flag "The still holds 500 litres" -> "half a cubic
// metre", read by the number reading as "a cubic metre" (a number changed), because a part of one
// unit ("half a kilometre", "a quarter of a mile") knew one-word units only. A length raised to a
// power ("a cubic metre", "a square metre") is one unit there too; the amount said so is compared,
// so a part changed into the whole is read as the number changed it is.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { describe, expect, it } from 'vitest';
import { findNumberChanges } from './reason-number.ts';

describe('a part of a unit raised to a power', () => {
  it('reads "half a cubic metre" and "three quarters of a cubic metre" as the litres they are', () => {
    expect(findNumberChanges('The still holds 500 litres.', 'The still holds half a cubic metre.')).toEqual([]);
    expect(findNumberChanges('The tank holds 750 litres.', 'The tank holds three quarters of a cubic metre.')).toEqual([]);
    expect(findNumberChanges('Cover at most 2,500 square centimetres.', 'Cover at most a quarter of a square metre.')).toEqual([]);
  });

  it('reads the part said as the whole, or another part, as a number changed', () => {
    expect(findNumberChanges('The still holds half a cubic metre.', 'The still holds a cubic metre.').map((reason) => reason.code)).toEqual(['number-changed']);
    expect(findNumberChanges('The still holds 250 litres.', 'The still holds half a cubic metre.').map((reason) => reason.code)).toEqual(['number-changed']);
  });
});
