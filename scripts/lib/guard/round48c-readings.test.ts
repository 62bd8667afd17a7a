// Round 48c (issue 11): benign false flags of v70 and v71 read as classes. One measured amount said
// in other words (figures and "and a half", two units counting down, ppm in full or as a share in
// percent); a list said in another order around words of time that name no step ("next season",
// "a 30-second"). Each beside the twin that changes the rule.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { describe, expect, it } from 'vitest';
import { foldAmountsSaidAlike } from './_amounts-said-alike.ts';
import { foldReorderedItems } from './_items-reordered.ts';
import { findNumberChanges, findQuantities } from './reason-number.ts';

const codes = (reasons: ReadonlyArray<{ code: string }>) => reasons.map((reason) => reason.code);
const goals = 'Lacrosse goals stand 1.5 metres behind the crease line.';
const shafts = 'Stick shafts may be no longer than 3 feet 6 inches for midfielders.';
const sulphur = 'Sulphur dioxide in the quince cider must stay below 200 parts per million.';

describe('one measured amount said in other words', () => {
  it('writes the new amount as the old one writes it when both hold the same amount between the same words', () => {
    expect(foldAmountsSaidAlike(goals, 'Lacrosse goals stand one and a half metres behind the crease line.')[1]).toBe(goals);
    expect(foldAmountsSaidAlike(shafts, 'Stick shafts may be no longer than 42 inches for midfielders.')[1]).toBe(shafts);
    expect(foldAmountsSaidAlike(sulphur, 'SO2 in the quince cider must stay below 200 ppm.')[1]).toBe('SO2 in the quince cider must stay below 200 parts per million.');
    expect(foldAmountsSaidAlike('Copper in the orchard soil must stay under 100 ppm.', 'Copper in the orchard soil must stay under 0.01%.')[1]).toBe('Copper in the orchard soil must stay under 100 ppm.');
  });

  it('leaves a changed amount, or the same amount between other words, as written', () => {
    for (const next of ['Lacrosse goals stand two and a half metres behind the crease line.', 'Lacrosse goals stand 1.5 metres in front of the crease line.']) expect(foldAmountsSaidAlike(goals, next)[1]).toBe(next);
    expect(foldAmountsSaidAlike(shafts, 'Stick shafts may be no longer than 48 inches for midfielders.')[1]).toBe('Stick shafts may be no longer than 48 inches for midfielders.');
    expect(foldAmountsSaidAlike('Copper in the orchard soil must stay under 100 ppm.', 'Copper in the orchard soil must stay under 0.1%.')[1]).toBe('Copper in the orchard soil must stay under 0.1%.');
  });

  it('reads "three and a half metres" as 3.5 metres, so a changed amount said that way is still read as changed', () => {
    expect(findQuantities('The goal stands three and a half metres back.').map((quantity) => [quantity.value, quantity.dimension])).toEqual([[3.5, 'length']]);
    expect(findQuantities('Rest for two and three quarters hours.').map((quantity) => quantity.value)).toEqual([9900]);
    expect(findQuantities('a budget of two and a half million pounds').map((quantity) => quantity.value)).toEqual([2_500_000]);
    expect(codes(findNumberChanges('Quince saplings are planted two and a half metres apart.', 'Quince saplings are planted 2 metres apart.'))).toEqual(['number-changed']);
  });
});

describe('a list said in another order around words of time that name no step', () => {
  const prize = 'The league champions receive the trophy, a pennant and a seeding for next season.';
  it('writes the reordered list as the old one when "next season" or "a 30-second" is among its items', () => {
    expect(foldReorderedItems(prize, 'The league champions receive a seeding for next season, a pennant and the trophy.')[1]).toBe(prize);
    const goalie = 'Goalies wear a throat guard, a chest protector and a 30-second timer on the wrist.';
    expect(foldReorderedItems(goalie, 'Goalies wear a 30-second timer on the wrist, a chest protector and a throat guard.')[1]).toBe(goalie);
  });

  it('keeps a sequence said with "next" as written', () => {
    const next = 'Core the quinces, then peel them and next wash them.';
    expect(foldReorderedItems('Wash the quinces, then peel them and next core them.', next)[1]).toBe(next);
    const steps = 'The referee checks the score sheet, next the captains sign it.';
    expect(foldReorderedItems('The captains sign the score sheet, next the referee checks it.', steps)[1]).toBe(steps);
  });
});
