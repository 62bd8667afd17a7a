// Round 21b (issue 11): v22's misses read as kinds (a rung of a scale replaced, a grant widened by
// appended items, a gate loosened under a rephrased prohibition, roles swapped beside a repeated
// party), each reading beside the twin that must keep its verdict.
import { describe, expect, it } from 'vitest';
import { changedSlot, gradedSlots } from './_graded-slots.ts';
import { transposedPair } from './_transposed-pair.ts';
import { withGatesSaidAsBefore } from './_gates.ts';
import { headingLeadIn } from './_heading-modality.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';

const lexicon = createWordNetLexicon();
/** The codes of the reasons that flag the edit, read as the hook reads it (WordNet on). */
const flagging = (previous: string, next: string): Promise<string[]> => flaggingCodes(previous, next, lexicon);

describe('a value on an ordered scale read with the graded thing it belongs to', () => {
  it('reads a colour before its noun, after a verb, a letter after "class" and a word after "graded"', () => {
    // A colour is read twice: on its ordered scale, then as a code of no known order.
    expect(gradedSlots('Cancel the trek when the Met Office issues a yellow wind warning.').map((slot) => [slot.anchor, slot.value, slot.scale])).toEqual([['wind', 'yellow', 0], ['wind', 'yellow', null]]);
    expect(gradedSlots('Close the station when the wind warning reaches amber.').map((slot) => [slot.anchor, slot.value, slot.scale])).toEqual([['warning', 'amber', 0], ['warning', 'amber', null]]);
    expect(gradedSlots('Close the shack if the area is reclassified to class B.').map((slot) => [slot.anchor, slot.value])).toEqual([['class', 'B']]);
    expect(gradedSlots('The fire danger is very high.').map((slot) => [slot.anchor, slot.value, slot.rung])).toEqual([['danger', 'very high', 3.5]]);
    expect(gradedSlots('Evacuate the quarry when the blast siren shows orange.').map((slot) => [slot.anchor, slot.value, slot.scale])).toEqual([['~case', 'orange', 0], ['~case', 'orange', null]]);
    expect(gradedSlots('The brand colour is green and the logo is red.')).toEqual([]);
    expect(gradedSlots('A courier collects the parcel.')).toEqual([]);
  });

  it('finds the one graded thing given another value however the sentence around it was rebuilt', () => {
    expect(changedSlot('Fit a power receiver for any hearing loss graded moderate or worse.', 'A power receiver is fitted for any hearing loss graded severe or worse.')).toMatchObject({ from: { value: 'moderate' }, to: { value: 'severe' } });
    expect(changedSlot('Refer the client when the tympanogram is type B.', 'A type B tympanogram means the client is referred.')).toBeNull();
    expect(changedSlot('Close it for class B or class C areas.', 'Close it for class C areas.')).toBeNull();
    // A plural in "-es" names the same graded thing as its singular.
    expect(gradedSlots('Report minor breaches and class B boxes.').map((slot) => slot.anchor)).toEqual(['breach', 'class']);
    expect(changedSlot('Report every minor breach to the DPO.', 'Major breaches are reported to the DPO.')).toMatchObject({ from: { value: 'minor' }, to: { value: 'major' } });
  });
});

describe('a level, grade or class replaced is a change of the rule\'s value', () => {
  it('flags yellow -> amber with "only" added, class B -> C, type B -> C, high -> very high after a verb', async () => {
    expect(await flagging('Cancel the trek when the Met Office issues a yellow wind warning for the fell.', 'Cancel the trek only when the Met Office issues an amber wind warning for the fell.')).toContain('condition-changed');
    expect(await flagging('Close the tasting shack if the area is reclassified to class B.', 'Close the tasting shack if the area is reclassified to class C.')).toContain('condition-changed');
    expect(await flagging('Refer the client to an audiologist when the tympanogram is type B.', 'Refer the client to an audiologist when the tympanogram is type C.')).toContain('condition-changed');
    expect(await flagging('Lookouts radio the district office as soon as the fire danger is high.', 'Lookouts radio the district office as soon as the fire danger is very high.')).toContain('condition-changed');
    expect(await flagging('Close the trails when the fire danger is high.', 'Close the trails when the fire danger is extreme.')).toContain('condition-changed');
    // A colour the ordered scale lacks is a code of no known order: either way counts.
    expect(await flagging('Lifeguards close the beach when the red flag is raised.', 'Lifeguards close the beach when the black flag is raised.')).toContain('condition-changed');
  });

  it('keeps two colours of one rung, a colour made stricter, and a colour that grades nothing', async () => {
    expect(await flagging('Cancel the trek when the Met Office issues an amber wind warning.', 'Cancel the trek when the Met Office issues an orange wind warning.')).toEqual([]);
    expect(await flagging('Cancel the trek when the Met Office issues a red wind warning.', 'Cancel the trek when the Met Office issues an amber wind warning.')).toEqual([]);
    expect(gradedSlots('Print the menus on white card with a blue border.')).toEqual([]);
  });

  it('keeps the level said in another sentence shape, and a lower level in a duty (stricter)', async () => {
    expect(await flagging('Close the summit station when the wind warning reaches amber.', 'When the wind warning reaches amber, close the summit station.')).toEqual([]);
    expect(await flagging('Refer the client to an audiologist when the tympanogram is type B.', 'A type B tympanogram means the client is referred to an audiologist.')).toEqual([]);
    expect(await flagging('Lookouts radio the district office as soon as the fire danger is very high.', 'Lookouts radio the district office as soon as the fire danger is high.')).toEqual([]);
  });
});

describe('two parties transposed while one of them is named again in the sentence', () => {
  it('reads the single transposition and flags it in one sentence of a long paragraph', async () => {
    expect(transposedPair('The parish notifies the firm and the firm then schedules a tuning'.split(' '), 'The firm notifies the parish and the firm then schedules a tuning'.split(' '))).toEqual(['parish', 'firm']);
    const paragraph = (first: string, second: string) => `Fittings take an hour. The ${first} tells the ${second} about any whistling, and the fitter then lowers the gain. Domes are changed every three months. Batteries are free for the first year. Every fitting ends with a speech test.`;
    expect(await flagging(paragraph('client', 'fitter'), paragraph('fitter', 'client'))).toContain('roles-swapped');
  });

  it('reads no swap in a voice change, a pair of nouns reordered, or two sentences of the paragraph reordered', async () => {
    expect(transposedPair('refunds and exchanges are free'.split(' '), 'exchanges and refunds are free'.split(' '))).toBeNull();
    expect(await flagging('Outside counsel must be approved by the general counsel before they are engaged on a matter.', 'The general counsel must approve outside counsel before they are engaged on a matter.')).toEqual([]);
    expect(await flagging('Fittings take an hour. The client tells the fitter about any whistling, and the fitter then lowers the gain. Domes are changed every three months. Batteries are free for the first year.', 'Fittings take an hour. The client tells the fitter about any whistling, and the fitter then lowers the gain. Batteries are free for the first year. Domes are changed every three months.')).toEqual([]);
  });
});

describe('a permission whose list of things gained items', () => {
  it('flags items appended to a granted list and "any other item" appended after it', async () => {
    expect(await flagging('Hirers may borrow wigs and headdresses from the store.', 'Hirers may borrow wigs, headdresses, armour and jewellery from the store, and any other item they find.')).toContain('scope-widened');
    expect(await flagging('Fitters may adjust the volume and the tone settings during a home visit.', 'Fitters may adjust the volume, the tone settings, the feedback manager and the compression ratios during a home visit.')).toContain('scope-widened');
    expect(await flagging('Volunteers may feed the goats and the sheep.', 'Volunteers may feed the goats, the sheep and the pigs.')).toContain('scope-widened');
    // A noun phrase joined to a lone object (a determiner after the list word); a verb joined is none.
    expect(await flagging('Drones may be flown over the north field.', 'Drones may be flown over the north field, the car park and the stables.')).toContain('scope-widened');
    expect(await flagging('Members may bring a guest.', 'Members may bring a guest and sign them in at the desk.')).toEqual([]);
    // The sentence rebuilt round its list: an item of only new words beside an old one.
    expect(await flagging('Hirers may borrow wigs and headdresses from the store.', 'Wigs, headdresses, armour and jewellery can all be borrowed from the store by hirers.')).toContain('scope-widened');
    expect(await flagging('Hirers may borrow wigs and headdresses from the store.', 'Wigs and headdresses can be borrowed from the store by hirers.')).toEqual([]);
  });

  it('keeps items appended to a duty or a prohibition, to the case a grant waits for, a duty appended, and "or both"', async () => {
    expect(await flagging('Inspectors must photograph the bearings and the expansion joints.', 'Inspectors must photograph the bearings, the expansion joints and the drainage outlets.')).toEqual([]);
    expect(await flagging('Visitors may not feed the lemurs or the otters.', 'Visitors may not feed the lemurs, the otters or the capybaras.')).toEqual([]);
    expect(await flagging('Members may borrow wigs and hats if they have paid.', 'Members may borrow wigs and hats if they have paid and signed the form.')).toEqual([]);
    expect(await flagging('Guests may use the pool and the gym.', 'Guests may use the pool and the gym, and must shower first.')).toEqual([]);
    expect(await flagging('Customers may ask us to correct their address and to close their account.', 'Customers may ask us to correct their address or to close their account, or both.')).toEqual([]);
  });
});

describe('a gate said the other way round is compared condition against condition', () => {
  it('writes "Sell X once C" in the form of the old "Do not sell X until C" and leaves other acts alone', () => {
    expect(withGatesSaidAsBefore('Sell a refurbished machine once it has typed a test page.', 'Do not sell a refurbished machine until it has typed a full test page.')).toBe('Do not sell a refurbished machine until it has typed a test page.');
    expect(withGatesSaidAsBefore('Lend a harness once it has been inspected.', 'Do not sell a refurbished machine until it has typed a full test page.')).toBe('Lend a harness once it has been inspected.');
  });

  it('flags the condition cut however the prohibition was rephrased, and a qualifier cut from a gate kept in its form', async () => {
    expect(await flagging('Do not sell a refurbished machine until it has typed a full test page without skipping.', 'Sell a refurbished machine once it has typed a test page, and do not worry about skipping.')).toContain('condition-changed');
    expect(await flagging('Do not sell a refurbished machine until it has typed a full test page.', 'Only sell a refurbished machine once it has typed a test page.')).toContain('condition-changed');
    expect(await flagging('Never release a bridge for traffic until a chartered engineer has signed the load test report.', 'A bridge can be released for traffic once an engineer has signed the load test report.')).not.toEqual([]);
    expect(await flagging('Never release a bridge for traffic until a chartered engineer has signed the load test report.', 'Never release a bridge for traffic until an engineer has signed the load test report.')).toContain('condition-changed');
  });

  it('keeps the same gate said the other way, and an alternative of the condition dropped (stricter)', async () => {
    expect(await flagging('Keepers must not enter the tiger enclosure unless both slide gates are locked and a second keeper is watching.', 'Keepers enter the tiger enclosure only when both slide gates are locked and a second keeper is watching.')).toEqual([]);
    expect(await flagging('Never lend a harness unless it has been inspected and tagged this month.', 'Lend a harness only if it has been inspected and tagged this month.')).toEqual([]);
    expect(await flagging('Grant a refund only if the item is faulty or was damaged in transit.', 'Grant a refund only if the item is faulty.')).toEqual([]);
  });

  it('reads words added inside the condition a prohibition waits for as stricter, in either form, and a proviso after a comma as none', async () => {
    expect(await flagging('Do not open the sluice until the lock keeper has checked the water level.', 'Do not open the sluice until the lock keeper has checked the water level on the gauge board.')).toEqual([]);
    expect(await flagging('Do not open the sluice until the lock keeper has checked the water level.', 'Open the sluice once the lock keeper has checked the water level on the gauge board.')).toEqual([]);
    expect(await flagging('Research may start only after the ethics committee has issued a favourable opinion.', 'Research may start only after the ethics committee has issued a favourable opinion, provided the study is externally funded.')).not.toEqual([]);
  });
});

describe('a heading that carries modality is read from its words', () => {
  it('reads "Never do these", "Things you must never do", "Always" and "You may" as lead-ins and a heading naming a thing as none', () => {
    expect(['Never do these', 'Things you must never do', 'What not to do', 'Never, under any circumstances', 'Not allowed'].map(headingLeadIn)).toEqual(['Do not', 'Do not', 'Do not', 'Do not', 'Do not']);
    expect(['Always', 'Things to always do', 'You must', 'You may', 'Allowed'].map(headingLeadIn)).toEqual(['Always', 'Always', 'Always', 'You may', 'You may']);
    expect(['Refunds', 'Never share passwords', "Do's and don'ts", 'Things to do'].map(headingLeadIn)).toEqual(['', '', '', '']);
  });

  it('flags "## Never" -> "## Always" over a list, and keeps "## Never" -> "## Never do these"', async () => {
    const list = '\n\n- Feed the bears by hand.\n- Enter the lion house alone.';
    expect(await flagging(`## Never${list}`, `## Always${list}`)).toContain('negation-removed');
    expect(await flagging(`## Never${list}`, `## Never do these${list}`)).toEqual([]);
    expect(await flagging(`## Don'ts${list}`, `## Things you must never do${list}`)).toEqual([]);
  });
});
