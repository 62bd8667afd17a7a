// Round 34c (issue 11): the non-`reword` false flags of v38-v43, read as forms the readings missed:
// a duty's or ban's case made universal (stricter), a negative adjective spelled out in three more
// shapes, coordinated items put in another order, an imperative opened by a manner adverb, amounts
// in other units, an acronym with a small letter. Each benign form beside a twin that changes the
// rule and keeps its flag; the reading's own functions beside; the case made universal and the
// reordered items also driven through real commits.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { withoutDroppedExceptions, withoutDroppedWindows } from './_stricter-edits.ts';
import { foldNegativeClauses } from './_negative-clauses.ts';
import { foldReorderedItems, itemsReordered } from './_items-reordered.ts';
import { opensImperative } from './_rule-words.ts';
import { expandAbbreviations } from './_abbreviations.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);

describe('a duty or ban whose case is made universal', () => {
  it('drops a window of time or place only where the new text says every time or place and keeps the rule word for word', () => {
    expect(withoutDroppedWindows('Falconers must wear a gauntlet between April and August.', 'Falconers must wear a gauntlet all year round.')).toBe('Falconers must wear a gauntlet.');
    expect(withoutDroppedWindows('Safety glasses must be worn near the cider press.', 'Safety glasses must be worn anywhere in the press house.')).toBe('Safety glasses must be worn.');
    // The rule itself changed, a grant, a hand-over: the window stays.
    expect(withoutDroppedWindows('Falconers must wear a gauntlet between April and August.', 'Falconers must wear a hat all year round.')).toContain('between April and August');
    expect(withoutDroppedWindows('Visitors may fly the owls between April and August.', 'Visitors may fly the owls all year round.')).toContain('between April and August');
    expect(withoutDroppedWindows('Refund the lift pass between January and March.', 'Refund the lift pass at any time of year.')).toContain('between January and March');
  });

  it('reads the every-case clause\'s own words as no sign that the case is still read, and "however" before a clause as every case', () => {
    expect(withoutDroppedExceptions('Record the humidity of the reading room if the heating is on.', 'Record the humidity of the reading room, regardless of whether the heating is on.')).toBe('Record the humidity of the reading room.');
    expect(withoutDroppedExceptions('Check the rope for wear if it was used on rock.', 'Check the rope for wear, however it was used.')).toBe('Check the rope for wear.');
    // "However," opening a sentence says no case.
    expect(withoutDroppedExceptions('Check the rope for wear if it was used on rock.', 'However, check the rope for wear.')).toContain('if it was used on rock');
  });

  it('passes the case made universal and flags the twins that change the rule, its modal or its bound', async () => {
    expect(await codes('Falconers must wear a gauntlet between April and August.', 'Falconers must wear a gauntlet all year round.')).toEqual([]);
    expect(await codes('Do not ring the tower bells after 21:00.', 'Do not ring the tower bells at any time of day.')).toEqual([]);
    expect(await codes('Check the rope for wear if it was used on rock.', 'Check the rope for wear, however it was used.')).toEqual([]);
    expect(await codes('Falconers must wear a gauntlet between April and August.', 'Falconers must wear a hat all year round.')).toContain('requirement-removed');
    expect(await codes('Safety glasses must be worn near the cider press.', 'Safety glasses may be worn anywhere in the press house.')).toContain('modal-weakened');
    expect(await codes('Do not ring the tower bells after 21:00.', 'Do not ring the tower bells at any time before 21:00.')).toContain('order-changed');
    expect(await codes('Waive the skate hire fee if the rink closed early.', 'Waive the skate hire fee, however the session ended.')).toContain('condition-changed');
  });
});

describe('a negative adjective spelled out in three more shapes', () => {
  it('folds "under-" of weight, an adjective\'s infinitive, a preposition\'s object and a clause whose subject finds the state', () => {
    expect(foldNegativeClauses('Underweight birds are not flown that day.', 'Birds that are not of flying weight are not flown that day.', lexicon)[1]).toBe('Underweight birds are not flown that day.');
    expect(foldNegativeClauses('Unfit climbers are kept off the glacier.', 'Climbers who are not fit to walk are kept off the glacier.', lexicon)[1]).toBe('Unfit climbers are kept off the glacier.');
    expect(foldNegativeClauses('Unaccompanied visitors are not admitted to the dome.', 'Visitors who are not with a guide are not admitted to the dome.', lexicon)[1]).toBe('Unaccompanied visitors are not admitted to the dome.');
    expect(foldNegativeClauses('Archivists log any unlabelled boxes they find on the shelves.', 'Archivists log any boxes that they find are not labelled on the shelves.', lexicon)[1]).toBe('Archivists log any unlabelled boxes they find on the shelves.');
    // Without the negation the clause names the opposite boxes: no fold.
    expect(foldNegativeClauses('Archivists log any unlabelled boxes they find on the shelves.', 'Archivists log any boxes that they find are labelled on the shelves.', lexicon)[1]).toContain('are labelled');
  });

  it('passes each spelled-out form and flags the twins that drop the rule\'s own negation', async () => {
    expect(await codes('Underweight birds are not flown that day.', 'Birds that are not of flying weight are not flown that day.')).toEqual([]);
    expect(await codes('Unaccompanied visitors are not admitted to the observatory dome.', 'Visitors who are not with a guide are not admitted to the observatory dome.')).toEqual([]);
    expect(await codes('Underweight birds are not flown that day.', 'Birds that are not of flying weight are flown that day.')).toContain('negation-removed');
    expect(await codes('Archivists log any unlabelled boxes they find on the shelves.', 'Archivists log any boxes that they find are labelled on the shelves.')).toContain('negation-removed');
  });
});

describe('coordinated items put in another order', () => {
  it('reads the same items in another order, after the words both open with, and no sequence said in words', () => {
    expect(itemsReordered('Every dive boat carries an oxygen kit and a marine radio.', 'Every dive boat carries a marine radio and an oxygen kit.')).toBe(true);
    expect(itemsReordered('Pack a first-aid kit, a torch and a whistle.', 'Pack a whistle, a torch and a first-aid kit.')).toBe(true);
    expect(itemsReordered('Isolate the pump, then drain the line and replace the seal.', 'Replace the seal, then drain the line and isolate the pump.')).toBe(false);
    expect(itemsReordered('The tenant pays the landlord and the agent pays the cleaner.', 'The landlord pays the tenant and the cleaner pays the agent.')).toBe(false);
    expect(foldReorderedItems('Log the catch. Weigh the crab, the lobster and the bass.', 'Log the catch. Weigh the bass, the crab and the lobster.')[1]).toBe('Log the catch. Weigh the crab, the lobster and the bass.');
  });

  it('keeps every line of the new version, headings, lead-ins and list items with no stop among them (issue 9)', () => {
    const previous = '## Kit\n\nStaff must:\n- log the refund\n- check the parcel\n| Item | Days |\n';
    const next = '## Kit\n\nStaff must:\n- log the refund\n- check the parcels\n| Item | Days |\n';
    expect(foldReorderedItems(previous, next)[1]).toBe(next);
    // A list line whose items were put in another order is read as the old one, as a sentence is.
    expect(foldReorderedItems('- Pack a torch, a map and a whistle\n', '- Pack a whistle, a torch and a map\n')[1]).toBe('- Pack a torch, a map and a whistle\n');
  });

  it('keeps every line of the new version, a heading, a lead-in or a list item with no end mark among them', async () => {
    const next = 'Before a home visit:\n- confirm the address\n- wear the staff badge';
    expect(foldReorderedItems('Before a home visit:\n- confirm the address\n- wear the staff badge\n- confirm the address', next)[1]).toBe(next);
    expect(foldReorderedItems('## Backups\n\nEncrypt backups.', '## Backups\n\nStore backups in a second region.\nEncrypt them.')[1]).toBe('## Backups\n\nStore backups in a second region.\nEncrypt them.');
    // Those lines were left out of the new version, every reading seeing its rules gone: both were flagged.
    expect(await codes('Before merging, run the linter and the unit tests, and get one approving review.', 'Before merging:\n\n- run the linter\n- run the unit tests\n- get one approving review')).toEqual([]);
    expect(await codes('Before a home visit:\n- confirm the address\n- wear the staff badge\n- confirm the address', next)).toEqual([]);
  });

  it('reads pairs parted by semicolons as pairs: amounts or approvers swapped between them stay compared', async () => {
    expect(itemsReordered('Adults: two tablets; children: half a tablet.', 'Adults: half a tablet; children: two tablets.')).toBe(false);
    expect(itemsReordered('Refunds over £500: the duty manager; refunds under £500: any supervisor.', 'Refunds over £500: any supervisor; refunds under £500: the duty manager.')).toBe(false);
    // Whole pairs reordered are still the same pairs.
    expect(itemsReordered('Adults: two tablets; children: half a tablet.', 'Children: half a tablet; adults: two tablets.')).toBe(true);
    expect(await codes('Adults: two tablets; children: half a tablet.', 'Adults: half a tablet; children: two tablets.')).not.toEqual([]);
    expect(await codes('Weekdays: open until 22:00; weekends: open until 18:00.', 'Weekdays: open until 18:00; weekends: open until 22:00.')).not.toEqual([]);
  });

  it('passes a reordered list and flags roles exchanged within an item', async () => {
    expect(await codes('Before a dive, check that the diver has a buddy, holds a logbook and carries a torch.', 'Before a dive, check that the diver carries a torch, has a buddy and holds a logbook.')).toEqual([]);
    expect(await codes('The tenant pays the landlord and the agent pays the cleaner.', 'The landlord pays the tenant and the cleaner pays the agent.')).toContain('roles-swapped');
  });
});

describe('an imperative opened by a manner adverb', () => {
  it('reads the verb after the adverb as the imperative\'s, not after "only" or a word of frequency', () => {
    expect(opensImperative('Gently let each guest know that checkout might be extended.')).toBe(true);
    expect(opensImperative('Calmly tell the caller that a nurse will ring back.')).toBe(true);
    expect(opensImperative('Usually tell the caller that a nurse will ring back.')).toBe(false);
  });

  it('flags "Always check" said as "Regularly check" or "Mostly check": a word of how often or how far in its place is no manner', async () => {
    expect(opensImperative('Regularly check the regulator before a dive.')).toBe(false);
    for (const adverb of ['Regularly', 'Mostly', 'Periodically', 'Temporarily']) {
      expect(await codes('Always check the regulator before a dive.', `${adverb} check the regulator before a dive.`)).not.toEqual([]);
    }
  });

  it('passes "Always tell" said as "Calmly tell", and flags a case added or a reminded duty made a choice', async () => {
    expect(await codes('Always tell the caller that a nurse will ring back within the hour.', 'Calmly tell the caller that a nurse will ring back within the hour.')).toEqual([]);
    expect(await codes('Always wear a hard hat on the gantry.', 'Wear a hard hat on the gantry when the crane is moving.')).toContain('condition-added');
    expect(await codes('Politely remind guests that late checkout must be booked at reception.', 'Politely remind guests that late checkout may be booked at reception.')).toContain('modal-weakened');
  });
});

describe('amounts in other units and an acronym with a small letter', () => {
  it('passes "1-hour" as "60-minute", microns as millimetres and "MoD" spelled out; flags the amount or the body changed', async () => {
    expect(await codes('Kayaks can be hired in 1-hour slots.', 'Kayaks can be hired in 60-minute slots.')).toEqual([]);
    expect(await codes('Filters must trap particles larger than 10 microns.', 'Filters must trap particles larger than 0.01 mm.')).toEqual([]);
    expect(await codes('Filters must trap particles larger than 10 microns.', 'Filters must trap particles larger than 0.1 mm.')).toContain('number-changed');
    expect(await codes('Take a 15-minute break every 2 hours.', 'Take a 5-minute break every 2 hours.')).toContain('number-changed');
    expect(expandAbbreviations('Tell the SENCo today.', 'Tell the special educational needs coordinator today.')[0]).toBe('Tell the special educational needs coordinator today.');
    expect(await codes('Send the incident report to the MoD liaison officer.', 'Send the incident report to the Ministry of Justice liaison officer.')).toContain('entity-removed');
  });
});
