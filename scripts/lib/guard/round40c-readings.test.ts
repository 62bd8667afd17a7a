// Round 40c (issue 11): two classes of stricter edits that flagged `number-changed` by design, each
// seen in several read sets, read where an existing reading escaped by form. A plain count of what a
// duty demands is its floor (_demanded-counts.ts, read by reason-number's direction): raised, the
// rule tightens ("Two adults are on the poolside" -> "Three adults", "at least two straps" -> "four
// straps", "swim 25 metres" -> "50 metres": v44, v45, v53). A duty done more often said by naming a
// more frequent occasion, a placed rate ("every morning") or a shift, or by one rate kept and
// another added, is the rate tightened (_rates.ts: v31, v39, v45, v49, v53). Each beside a twin that
// loosens the rule and keeps its flag, and through real commits.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { readRates, withRatesSaidAsBefore } from './_rates.ts';
import { findNumberChanges } from './reason-number.ts';
import { findRatesLowered } from './reason-rate.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);
const numberCodes = (previous: string, next: string) => findNumberChanges(previous, next).map((reason) => reason.message);

describe('a plain count of what a duty demands is its floor', () => {
  it('reads a count raised in a standing statement, a duty or an ability demanded as no change, and lowered as one', () => {
    const spotters = (count: string) => `${count} spotters stand beside the mould at every pour.`;
    expect(numberCodes(spotters('Two'), spotters('Three'))).toEqual([]);
    expect(numberCodes(spotters('Three'), spotters('Two'))).toEqual(['number changed: "Three spotters" -> "Two spotters" (loosens the rule)']);
    expect(numberCodes('Keepers must carry at least two crook poles into the pen.', 'Keepers must carry three crook poles into the pen.')).toEqual([]);
    expect(numberCodes('Keepers must carry at least three crook poles into the pen.', 'Keepers must carry two crook poles into the pen.')).not.toEqual([]);
    expect(numberCodes('Guests must be able to walk 2 kilometres.', 'Guests must be able to walk 3 kilometres.')).toEqual([]);
    expect(numberCodes('Guests must be able to walk 3 kilometres.', 'Guests must be able to walk 2 kilometres.')).not.toEqual([]);
  });

  it('gives no direction to a count a grant, a ban, a hand-over, a selection, a place or a plain fact holds', () => {
    // Each of these raised is another rule, so the number still flags.
    expect(numberCodes('Members may bring two guests to the foundry open day.', 'Members may bring four guests to the foundry open day.')).not.toEqual([]);
    expect(numberCodes('Send two reminder letters before the hire lapses.', 'Send four reminder letters before the hire lapses.')).not.toEqual([]);
    expect(numberCodes('Show only the last four digits of the card on the receipt.', 'Show only the last six digits of the card on the receipt.')).not.toEqual([]);
    expect(numberCodes('Store the gas bottles 2 metres from the furnace.', 'Store the gas bottles 3 metres from the furnace.')).not.toEqual([]);
    expect(numberCodes('The foundry has two furnaces.', 'The foundry has three furnaces.')).not.toEqual([]);
    expect(numberCodes('Do not let two visitors into the casting pit at once.', 'Do not let three visitors into the casting pit at once.')).not.toEqual([]);
  });

  it('passes the count raised, and flags it lowered, through the guard', async () => {
    expect(await codes('Two spotters stand beside the mould at every pour.', 'Three spotters stand beside the mould at every pour.')).toEqual([]);
    expect(await codes('Three spotters stand beside the mould at every pour.', 'Two spotters stand beside the mould at every pour.')).toEqual(['number-changed']);
  });
});

describe('a duty done more often, said by a more frequent occasion or a rate added', () => {
  it('reads a shift as a part of a day, and a placed rate against another period', () => {
    expect(readRates('Calibrate it at the start of every shift.').map((rate) => rate.period)).toEqual([86_400 / 3]);
    expect(withRatesSaidAsBefore('Troughs are scrubbed every morning before feeding.', 'Troughs are scrubbed once a week.')).toBe('Troughs are scrubbed once a week.');
    // The same period at another time of day stays as written, for the number readings.
    expect(withRatesSaidAsBefore('Troughs are scrubbed every evening.', 'Troughs are scrubbed every morning.')).toBe('Troughs are scrubbed every evening.');
  });

  it('reads "every quarter of an hour" as fifteen minutes, not a quarter of a year', () => {
    expect(readRates('The gas detector is read every quarter of an hour.').map((rate) => rate.period)).toEqual([900]);
    expect(readRates('The gas detector is read every three quarters of an hour.').map((rate) => rate.period)).toEqual([2700]);
    expect(findRatesLowered('The gas detector is read every 15 minutes.', 'The gas detector is read every quarter of an hour.')).toEqual([]);
    expect(findRatesLowered('The gas detector is read every 15 minutes.', 'The gas detector is read every three quarters of an hour.').map((reason) => reason.code)).toEqual(['number-changed']);
  });

  it('flags the rate made less often in those words', () => {
    expect(findRatesLowered('The thermocouple is calibrated at the start of every shift.', 'The thermocouple is calibrated once a week.').map((reason) => reason.code)).toEqual(['number-changed']);
    expect(findRatesLowered('Troughs are scrubbed every morning before feeding.', 'Troughs are scrubbed once a fortnight.').map((reason) => reason.code)).toEqual(['number-changed']);
    expect(findRatesLowered('The thermocouple is calibrated once a week.', 'The thermocouple is calibrated at the start of every shift.')).toEqual([]);
  });

  it('passes a rate kept with a more frequent one added, and flags the first made less often beside it', async () => {
    const air = 'Air quality in the lower gallery is logged at least once every two hours.';
    expect(await codes(air, 'Air quality in the lower gallery is logged at least once an hour, and twice an hour while the fans are off.')).toEqual([]);
    expect(await codes(air, 'Air quality in the lower gallery is logged at least once every three hours, and twice an hour while the fans are off.')).toContain('number-changed');
  });
});
