// Round 34a (issue 11): a ban whose case holds no "not" to take out, said as the act allowed only in
// the complement of that case, read as the same gated rule (_gated-rules.ts): the case turned by a
// word's opposite (a preposition's complement, or the dictionary's antonym), "has no X" as "X-ed"
// with the thing said as going, a "while" case said as "only when no ...". And a duty on every
// thing or at all times said as a double negative, the universal carried by its negation ("never
// leave a new crew member without briefing them", "Nobody skis ... without", reason-scope.ts).
// Each beside a twin that keeps the case as it was, narrows the duty or changes its thing, which
// keeps its flag; the first class is also driven through a real commit.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { readGatedRule, sameGatedRule } from './_gated-rules.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);
const same = (previous: string, next: string) => sameGatedRule(readGatedRule(previous)!, readGatedRule(next)!, lexicon);

describe('a ban whose case is turned by its complement', () => {
  it('reads a case with no "not" as written, to be turned, and a "while" case as the case that must not hold', () => {
    expect(readGatedRule('Do not issue seed packets that are past their sow-by date.')).toMatchObject({ form: 'ban', kind: 'restriction', gate: ['past', 'sow', 'date'], turn: true });
    expect(readGatedRule('Never hire out skis with damaged bindings.')).toMatchObject({ form: 'ban', kind: 'condition', gate: ['damaged', 'bindings'], turn: true });
    expect(readGatedRule('Do not launch a dinghy while any storm warning is in force.')).toMatchObject({ form: 'ban', kind: 'condition', gate: ['=not', 'storm', 'warning', 'force'] });
    // Opening the sentence, an "only" restriction runs to the act's modal; a negation is read only inside a gate after the "only".
    expect(readGatedRule('Only seed packets that are still within their sow-by date can be issued.')).toMatchObject({ form: 'only', act: ['seed', 'packets', 'issued'], gate: ['within', 'sow', 'date'] });
    expect(readGatedRule('A dinghy is launched only when no storm warning is in force.')).toMatchObject({ form: 'only', gate: ['=not', 'storm', 'warning', 'force'] });
    expect(readGatedRule('Caskets go only into rooms that are ventilated.')).toMatchObject({ form: 'only', moved: true });
    expect(readGatedRule('Dinghies are not launched only when a storm warning is in force.')).toBeNull();
  });

  it('reads one word of the case said by its opposite as the same rule, and the case kept as written or another thing as another rule', () => {
    expect(same('Do not issue seed packets that are past their sow-by date.', 'Only seed packets that are still within their sow-by date can be issued.')).toBe(true);
    expect(same('Do not issue seed packets that are past their sow-by date.', 'Only seed packets that are past their sow-by date can be issued.')).toBe(false);
    expect(same('Do not rent a wetsuit to a member whose club card has expired.', 'Rent wetsuits only to members whose club card is valid.')).toBe(true);
    expect(same('Do not rent a wetsuit to a member whose club card has expired.', 'Rent wetsuits only to members whose boat licence is valid.')).toBe(false);
    expect(same('Never hire out skis with damaged bindings.', 'Skis are hired out only with bindings that are undamaged.')).toBe(true);
    expect(same('Never hire out skis with damaged bindings.', 'Skis are hired out only with poles that are undamaged.')).toBe(false);
    expect(same('Never store a casket in a room that has no ventilation.', 'Caskets go only into rooms that are ventilated.')).toBe(true);
    expect(same('Never store a casket in a room that has no ventilation.', 'Caskets go only into rooms that are heated.')).toBe(false);
    expect(same('Do not launch a dinghy while any storm warning is in force.', 'A dinghy is launched only when no storm warning is in force.')).toBe(true);
    expect(same('Do not launch a dinghy while any storm warning is in force.', 'A dinghy is launched only when a storm warning is in force.')).toBe(false);
  });

  it('passes each rule said in the complement and flags its twins', async () => {
    expect(await codes('Do not issue seed packets that are past their sow-by date.', 'Only seed packets that are still within their sow-by date can be issued.')).toEqual([]);
    expect(await codes('Do not issue seed packets that are past their sow-by date.', 'Only seed packets that are past their sow-by date can be issued.')).not.toEqual([]);
    expect(await codes('Never store a casket in a room that has no ventilation.', 'Caskets go only into rooms that are ventilated.')).toEqual([]);
    expect(await codes('Never store a casket in a room that has no ventilation.', 'Caskets go only into rooms that are heated.')).not.toEqual([]);
    expect(await codes('Do not start a laser session while any skin on the area is broken.', 'A laser session is started only when no skin on the area is broken.')).toEqual([]);
    expect(await codes('Do not start a laser session while any skin on the area is broken.', 'A laser session is started only when no skin on the face is broken.')).not.toEqual([]);
    expect(await codes('Do not launch a dinghy while any storm warning is in force.', 'A dinghy is launched only when a storm warning is in force.')).not.toEqual([]);
  });
});

describe('a duty on every thing or at all times said as a double negative', () => {
  it('reads the universal carried by the negation when the double negative brings no word of its own', async () => {
    expect(await codes('Instructors must brief every new crew member on the capsize drill.', 'Instructors must never leave a new crew member without briefing them on the capsize drill.')).toEqual([]);
    expect(await codes('Skiers must wear gloves at all times on the slope.', 'Nobody skis on the slope without wearing gloves.')).toEqual([]);
    expect(await codes('Give every client the aftercare leaflet before they leave the clinic.', 'Never let a client leave the clinic without giving them the aftercare leaflet.')).toEqual([]);
  });

  it('keeps the universal lost when the double negative narrows the duty or names another thing', async () => {
    expect(await codes('Instructors must brief every new crew member on the capsize drill.', 'Instructors must never leave a new crew member on a weekend course without briefing them on the capsize drill.')).toContain('scope-narrowed');
    expect(await codes('Skiers must wear gloves at all times on the slope.', 'Nobody skis on the slope without wearing gloves during lessons.')).toContain('scope-narrowed');
    expect(await codes("Always record the donor's name before a seed donation is shelved.", "No seed donation is shelved until the librarian's name has been recorded.")).not.toEqual([]);
    expect(await codes('Give every client the aftercare leaflet before they leave the clinic.', 'Never let a client leave the clinic on a weekday without giving them the aftercare leaflet.')).toContain('scope-narrowed');
  });
});
