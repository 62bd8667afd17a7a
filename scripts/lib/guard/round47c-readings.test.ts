// Round 47c (issue 11): benign false flags of v68 and v69 read as classes. Two acts said the other
// way round, the thing they share moving to the first; an age said without its unit before the
// rule's verb; a land area said in square metres. Each beside the twin that changes the rule; the
// classes through a real commit.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { describe, expect, it } from 'vitest';
import { conjunctsExchanged } from './_conjuncts-exchanged.ts';
import { foldReorderedItems } from './_items-reordered.ts';
import { opensTheRulesVerb } from './_verbs-after-figures.ts';
import { findNumberChanges } from './reason-number.ts';

const codes = (reasons: ReadonlyArray<{ code: string }>) => reasons.map((reason) => reason.code);
const rinse = 'Pickers may rinse the bottles at the spring house or wash them in the main hall.';
const weigh = 'Weigh each fleece on the floor scale and note its colour on the tally sheet.';

describe('two acts said the other way round, the thing they share moving to the first', () => {
  it('reads the shared noun moved and a pronoun left in its place as the same acts, after the words both open with', () => {
    expect(conjunctsExchanged(rinse, 'Pickers may wash the bottles in the main hall or rinse them at the spring house.')).toBe(true);
    expect(conjunctsExchanged(weigh, "Note each fleece's colour on the tally sheet and weigh it on the floor scale.")).toBe(true);
  });

  it('reads nothing where a verb took the other act\'s complement, a sequence is said, or a word changed', () => {
    expect(conjunctsExchanged(rinse, 'Pickers may rinse the bottles in the main hall or wash them at the spring house.')).toBe(false);
    expect(conjunctsExchanged('Wash each fleece in cold water and then dry it on the racks.', 'Dry each fleece on the racks and then wash it in cold water.')).toBe(false);
    expect(conjunctsExchanged(rinse, 'Pickers may wash the bottles in the main hall or scrub them at the spring house.')).toBe(false);
  });

  it('writes the new sentence as the old one among the other sentences of a clause', () => {
    const lead = 'You are the dispatch assistant for a glacier water bottler.';
    const [, folded] = foldReorderedItems(`${lead} ${rinse}`, `${lead} Pickers may wash the bottles in the main hall or rinse them at the spring house.`);
    expect(folded).toBe(`${lead} ${rinse}`);
  });
});

describe("an age said without its unit before the rule's verb", () => {
  it('reads "under 12 years old" -> "younger than twelve must" as the same figure, and a changed one as changed', () => {
    expect(findNumberChanges('Visitors under 12 years old must stay with an adult.', 'Visitors younger than twelve must stay with an adult.')).toEqual([]);
    expect(findNumberChanges('Staff under 18 years old cannot drive the forklift.', 'Staff younger than eighteen cannot drive the forklift.')).toEqual([]);
    expect(codes(findNumberChanges('Visitors under 12 years old must stay with an adult.', 'Visitors younger than ten must stay with an adult.'))).toEqual(['number-changed']);
  });

  it('takes a modal for the rule\'s verb only in lower case, so a month stays a date', () => {
    expect(opensTheRulesVerb('must')).toBe(true);
    expect(opensTheRulesVerb('May')).toBe(false);
    expect(opensTheRulesVerb('fleeces')).toBe(false);
  });
});

describe('a land area said in square metres', () => {
  it('reads "30 hectares" -> "300,000 square metres" as one amount, and another area as changed', () => {
    expect(findNumberChanges('The grazing land covers 30 hectares.', 'The grazing land covers 300,000 square metres.')).toEqual([]);
    expect(codes(findNumberChanges('Only catchments over 5 hectares may be tapped.', 'Only catchments over 5,000 square metres may be tapped.'))).toEqual(['number-changed']);
    expect(codes(findNumberChanges('Never draw water from a catchment smaller than 10 acres.', 'Never draw water from a catchment smaller than 1 hectare.'))).toEqual(['number-changed']);
  });
});
