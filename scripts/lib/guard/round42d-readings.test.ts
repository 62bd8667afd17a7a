// Round 42d (issue 11): v58/v59's false flags of the variants other than `reword`, read by
// structure: a list's items numbered inline ("(1) ..., (2) ...") are the list said without its
// numbers, "booking no." is the "booking number" the other version says, a name shortened to its
// words' openings ("Amex", "CAMRA", "Defra") and a gas's formula ("NO2") name what the other
// version spells out, pints are a volume, "a first aid kit" is no step of a sequence, and a list
// reordered behind a fronted phrase whose clause holds the list is the same list. Each beside a
// regression twin; the classes through real commits.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { describe, expect, it } from 'vitest';
import { dropInlineMarkers } from './_inline-markers.ts';
import { nameByOpenings } from './_syllable-acronyms.ts';
import { expandAbbreviations } from './_abbreviations.ts';
import { foldReorderedItems } from './_items-reordered.ts';
import { findQuantities } from './reason-number.ts';
import { sameAmount } from './_quantity-units.ts';

describe('a list numbered inline', () => {
  it('reads the items without their markers, digits, letters or numerals', () => {
    expect(dropInlineMarkers('Collateral we accept: (1) cash, (2) vehicle titles, (3) real estate deeds.')).toBe('Collateral we accept: cash, vehicle titles, real estate deeds.');
    expect(dropInlineMarkers('Sellers must show (a) photo ID, (b) proof of address, and (c) a bank card.')).toBe('Sellers must show photo ID, proof of address, and a bank card.');
    expect(dropInlineMarkers('Not for (i) anyone drunk, (ii) anyone unwell, (iii) anyone under 18.')).toBe('Not for anyone drunk, anyone unwell, anyone under 18.');
  });

  it('leaves a reference and a lone marker as written', () => {
    const reference = 'Data is processed under Article 6(1)(e) and Article 9(2)(g).';
    expect(dropInlineMarkers(reference)).toBe(reference);
    const lone = 'Bring the form (a) signed copy is enough.';
    expect(dropInlineMarkers(lone)).toBe(lone);
  });
});

describe('names and numbers written short', () => {
  it('finds the name a short word takes the openings of', () => {
    expect(nameByOpenings('Amex', 'We take all major cards except American Express.')).toBe('American Express');
    expect(nameByOpenings('CAMRA', "The Campaign for Real Ale's cask standards apply.")).toBe("Campaign for Real Ale's");
    expect(nameByOpenings('Defra', 'Send it to the Department for Environment, Food and Rural Affairs by Friday.')).toBe('Department for Environment, Food and Rural Affairs');
    expect(nameByOpenings('Kent', 'Send it to the Department for Environment by Friday.')).toBeNull();
  });

  it('spells out "no.", a formula and a shortened name the other version says', () => {
    const [, next] = expandAbbreviations('Confirm the booking number and the nitrogen dioxide results.', 'Confirm the booking no. and the NO2 results.');
    expect(next).toBe('Confirm the booking number and the nitrogen dioxide results.');
    expect(expandAbbreviations('Send the results to the Department for Environment, Food and Rural Affairs.', 'Send the results to Defra.')[1]).toBe('Send the results to Department for Environment, Food and Rural Affairs.');
    // A "no." the other version does not say as a number stays a "no.".
    expect(expandAbbreviations('There is no parking.', 'There is parking no. 4.')[1]).toBe('There is parking no. 4.');
  });

  it('reads "a quarter-hour" as fifteen minutes, "a half hour" as thirty', () => {
    expect(findQuantities('Take a quarter-hour break.')[0]).toMatchObject({ value: 900, dimension: 'time' });
    expect(findQuantities('Take a half hour break.')[0]).toMatchObject({ value: 1800, dimension: 'time' });
    expect(findQuantities('Check the pool every half hour.')).toEqual([]);
  });

  it('reads pints as a volume, the same as the litres they make', () => {
    const [pints] = findQuantities('A standard beer kit makes 40 pints.');
    const [litres] = findQuantities('A standard beer kit makes about 23 litres.');
    expect(pints?.dimension).toBe('volume');
    expect(sameAmount(pints!, litres!)).toBe(true);
    const [more] = findQuantities('A standard beer kit makes about 30 litres.');
    expect(sameAmount(pints!, more!)).toBe(false);
  });
});

describe('a list reordered', () => {
  it('reads a list holding a first aid kit, or behind a fronted phrase, as the old one', () => {
    const kit = 'Each van carries 12 mm plywood sheets, a glass bin and a first aid kit.';
    expect(foldReorderedItems(kit, 'Each van carries a first aid kit, a glass bin and 12 mm plywood sheets.')[1]).toBe(kit);
    const checks = "Check your altimeter, your handles and your buddy's pins before boarding.";
    expect(foldReorderedItems(checks, "Before boarding, check your buddy's pins, your handles and your altimeter.")[1]).toBe(checks);
  });

  it('keeps steps said in order, and another time, as written', () => {
    const steps = 'First check the radio, then the torch.';
    expect(foldReorderedItems('First check the torch, then the radio.', steps)[1]).toBe(steps);
    const after = "After boarding, check your buddy's pins, your handles and your altimeter.";
    expect(foldReorderedItems("Check your altimeter, your handles and your buddy's pins before boarding.", after)[1]).toBe(after);
  });
});
