// One reading of amounts (_quantity-units.ts, read by reason-number.ts): a figure said in other
// words or other units is the same amount, and a changed one still differs, however it is said
// (issue 11, round 21c: v22's number-changed false flags).
import { describe, expect, it } from 'vitest';
import { findNumberChanges, findQuantities } from './reason-number.ts';
import { sameAmount, unitKey } from './_quantity-units.ts';
import { findReasons } from './find-reasons.ts';

const amounts = (text: string) => findQuantities(text).map((quantity) => [quantity.value, quantity.dimension, quantity.bound]);
const numberMessages = (previous: string, next: string) => findNumberChanges(previous, next).map((reason) => reason.message);
const codes = (previous: string, next: string) => findReasons(previous, next).map((reason) => reason.code);

describe('an amount said in other units or words is the same amount', () => {
  it('reads lengths, weights and volumes in their base unit, plurals and spellings included', () => {
    expect(amounts('any cut longer than 2 cm')).toEqual(amounts('any cut longer than two centimetres'));
    expect(amounts('a bridge thinner than 1 metre')).toEqual(amounts('a bridge thinner than 100 cm'));
    expect(amounts('more than 800 kg')).toEqual(amounts('more than 0.8 tonnes'));
    expect(amounts('up to 500 ml')).toEqual(amounts('up to 0.5 litres'));
    expect(unitKey('inches')).toBe('inch');
    expect(unitKey('Millimetres')).toBe('millimetre');
    expect(unitKey('lbs')).toBe('lb');
  });

  it('passes a figure said in words and other units inside a rebuilt sentence', () => {
    expect(numberMessages('Report any cut longer than 2 cm to the farmer.', 'Report to the farmer any cut over two centimetres.')).toEqual([]);
    expect(numberMessages('Stop harvesting after any rainfall over 25 mm in a day.', 'A day with more than twenty-five millimetres of rain stops the harvest.')).toEqual([]);
    expect(numberMessages('Stop the lift if a cabin carries more than 800 kg.', 'Stop the lift if a cabin carries more than 0.8 tonnes.')).toEqual([]);
  });

  it('still reads a changed amount as changed when both versions say it in other units or words', () => {
    expect(numberMessages('Report any cut longer than 2 cm to the farmer.', 'Report to the farmer any cut over twenty centimetres.')).toEqual(['number changed: "2 cm" -> "twenty centimetres" (loosens the rule)']);
    expect(numberMessages('Stop the lift if a cabin carries more than 800 kg.', 'Stop the lift if a cabin carries more than 1.8 tonnes.')).toEqual(['number changed: "800 kg" -> "1.8 tonnes" (loosens the rule)']);
    // A distance a day is one rate (round 22c): 12 miles a day is 19.3 km a day.
    expect(numberMessages('Hike at most 12 miles a day.', 'Hike at most 20 km a day.')).toEqual(['number changed: "12 miles a day" -> "20 km a day" (loosens the rule)']);
  });

  it('reads degrees with no scale as the degrees of the scale the other version names, and a scale changed as changed', () => {
    expect(sameAmount({ value: 100, dimension: 'degrees' }, { value: 100, dimension: 'temperature:c' })).toBe(true);
    expect(numberMessages('Do not open the kiln until it reads below 100°C.', 'Do not open the kiln until it reads below a hundred degrees.')).toEqual([]);
    expect(numberMessages('Do not open the kiln until it reads below 100°C.', 'Do not open the kiln until it reads below 300 degrees.')).toEqual(['number changed: "100 C" -> "300 degrees"']);
    // Both ends of the range are in the scale written after its last figure (round 27c).
    expect(numberMessages('Keep the store between 5 and 20 degrees Celsius.', 'Keep the store between 5 and 20 degrees Fahrenheit.')).toEqual(['number changed: "5" -> "5"', 'number changed: "20 degrees Celsius" -> "20 degrees Fahrenheit"']);
  });

  it('reads a multiple or a fraction of another amount as a percentage of it', () => {
    expect(amounts('return twice as much seed')).toEqual([[200, 'percent', '']]);
    expect(numberMessages('Cast twice as many test bars as bells.', 'Cast double the number of test bars as bells.')).toEqual([]);
    expect(numberMessages('Give seedlings a quarter of the normal dose.', 'Give seedlings 25% of the normal dose.')).toEqual([]);
    expect(numberMessages('Cast twice as many test bars as bells.', 'Cast half as many test bars as bells.')).toEqual(['number changed: "twice as" -> "half as"']);
    expect(numberMessages('Cast twice as many test bars as bells.', 'Cast three times as many test bars as bells.')).toEqual(['number changed: "twice as" -> "three times as"']);
    expect(numberMessages('Give seedlings a quarter of the normal dose.', 'Give seedlings 50% of the normal dose.')).toEqual(['number changed: "a quarter of" -> "50%"']);
    expect(numberMessages('Refund 25% of the fee.', 'Refund 25 per cent of the fee.')).toEqual([]);
    expect(numberMessages('Refund 25 per cent of the fee.', 'Refund 35 per cent of the fee.')).toEqual(['number changed: "25 per cent" -> "35 per cent"']);
    expect(numberMessages('Dilute the stain to three-quarters strength.', 'Dilute the stain to 75% strength.')).toEqual([]);
  });
});

describe('a count said as the ordinal after it', () => {
  it('reads "before the fourth ring" as "within three rings", and "before the sixth" as more', () => {
    expect(numberMessages('Answer the phone within three rings.', 'Answer the phone before the fourth ring.')).toEqual([]);
    expect(numberMessages('Answer the phone within three rings.', 'Answer the phone before the sixth ring.')).toEqual(['number changed: "three rings" -> "sixth ring" (loosens the rule)']);
  });
});

describe('a rate said as the parts of a day it falls in', () => {
  it('reads "every morning and every afternoon" as twice a day, and once a day as less often', () => {
    expect(codes('Check the fridge temperature twice a day.', 'Check the fridge temperature every morning and every afternoon.')).toEqual([]);
    expect(codes('Check the fridge temperature every morning and evening.', 'Check the fridge temperature twice a day.')).toEqual([]);
    expect(codes('Check the fridge temperature every morning and evening.', 'Check the fridge temperature once a day.')).toEqual(['number-changed']);
  });
});

describe('a bound is read by its longest words', () => {
  it('reads "no fewer than" as a floor, not as the cap "fewer than" it ends with', () => {
    expect(amounts('carry no fewer than three lamps')).toEqual([[3, 'lamp', 'ge']]);
    expect(numberMessages('Carry at least three lamps per caver.', 'Carry no fewer than three lamps per caver.')).toEqual([]);
    expect(numberMessages('Carry at least three lamps per caver.', 'Carry fewer than three lamps per caver.')).toEqual(['limit changed: "at least three lamps" -> "at most three lamps"']);
  });
});

describe('a count keeps its number when its noun is said in other words', () => {
  it('passes the same count under the same bound with another noun, and reads another count as changed', () => {
    expect(numberMessages('Members may borrow up to three tools at a time.', 'Members may borrow no more than three items at a time.')).toEqual([]);
    expect(numberMessages('Do not call a link proven unless two independent records support it.', 'Only call a link proven when at least two sources back it.')).toEqual([]);
    expect(numberMessages('Members may borrow up to three tools at a time.', 'Members may borrow no more than five items at a time.')).toEqual(['number changed: "three tools" -> "five items"']);
  });
});

describe('"once" opening a clause is no count', () => {
  it('reads "once the form is signed" as a condition and "once a week" as a count', () => {
    expect(amounts('Release the deposit once the inventory check is signed.')).toEqual([]);
    expect(amounts('Back up the server once a week.')).toEqual([[1, 'time', '']]);
    expect(numberMessages('Repot each orchid once every two years.', 'Repot each orchid every 24 months.')).toEqual([]);
  });

  it('reads a dropped "once" condition as a dropped part of the rule', () => {
    expect(findReasons("Issue the replacement card once the customer's identity is confirmed.", 'Issue the replacement card.').map((reason) => reason.code)).toEqual(['conjunct-dropped']);
  });
});

describe('a rate in a compound unit is one amount, whatever units it is said in', () => {
  // Issue 11, round 22c: "km/h" read as kilometres (the "h" dropped), so "10 km/h" -> "10 m/s" read
  // as a limit tightened a thousandfold, and "2 L/min" -> "120 litres per hour" as a number changed.
  it('reads "km/h", "m/s", "L/min", "mg/kg", "mph" and "per hour" as rates in base units', () => {
    expect(amounts('no faster than 36 km/h')).toEqual(amounts('no faster than 10 m/s'));
    expect(amounts('at least 2 L/min')).toEqual(amounts('at least 120 litres per hour'));
    expect(amounts('a dose of 3 mg/kg')).toEqual([[0.000_003, 'mass/mass', '']]);
    expect(amounts('at 50 micrograms of the drug per kilogram')).toEqual(amounts('at 0.05 mg/kg'));
    expect(amounts('at 60 ml an hour')).toEqual(amounts('at 1 ml/min'));
  });

  it('passes a rate converted and rounded to the figures it is written with, and reads another rate as changed', () => {
    expect(numberMessages('Ambulances must not exceed 10 km/h on site.', 'Ambulances must not exceed about 2.8 m/s on site.')).toEqual([]);
    expect(numberMessages('Vehicles must not exceed 20 mph on site.', 'Vehicles must not exceed 32 km/h on site.')).toEqual([]);
    expect(numberMessages('Ambulances must not exceed 10 km/h on site.', 'Ambulances must not exceed 10 m/s on site.')).toEqual(['number changed: "10 km per h" -> "10 m per s" (loosens the rule)']);
    expect(numberMessages('Pump at 2 L/min or more.', 'Pump at 2 litres per hour or more.')).toEqual(['number changed: "2 L per min" -> "2 litres per hour"']);
    expect(numberMessages('Give 0.05 mg/kg after surgery.', 'Give 0.5 mg per kg after surgery.')).toEqual(['number changed: "0.05 mg per kg" -> "0.5 mg per kg"']);
  });

  it('rounds only across units: in one unit only equal figures match, and a converted amount must be within 2%', () => {
    expect(sameAmount({ value: 11, dimension: 'mass', written: 11, figures: 2 }, { value: 10, dimension: 'mass', written: 10, figures: 1 })).toBe(false);
    expect(sameAmount({ value: 22.7, dimension: 'mass', written: 22.7, figures: 3 }, { value: 50 * 0.453_592_37, dimension: 'mass', written: 50, figures: 1 })).toBe(true);
    expect(numberMessages('Hike at most 12 miles.', 'Hike at most 20 km.')).toEqual(['number changed: "12 miles" -> "20 km" (loosens the rule)']);
  });
});

describe('a part of one unit is that amount of the unit', () => {
  // v23 (tuning data, round 22c): "about 20 minutes" -> "about a third of an hour" read as 20 minutes -> an hour.
  it('reads "a third of an hour" as 20 minutes and "three quarters of an hour" as 45, and a part of a dose as a percentage still', () => {
    expect(numberMessages('A reel runs for about 20 minutes at 24 frames per second.', 'A reel runs for about a third of an hour at 24 frames per second.')).toEqual([]);
    expect(numberMessages('Rest for 45 minutes.', 'Rest for three quarters of an hour.')).toEqual([]);
    expect(numberMessages('Rest for 45 minutes.', 'Rest for a quarter of an hour.')).toEqual(['number changed: "45 minutes" -> "a quarter of an hour"']);
    expect(numberMessages('Give a quarter of the dose.', 'Give 25% of the dose.')).toEqual([]);
  });
});

describe('a pound is a weight where its sentence weighs something, and money elsewhere', () => {
  it('reads "50 pounds" in a sentence of weights as 50 lb, and beside a fee as £50', () => {
    expect(numberMessages('Use the hoist for any dog weighing more than 50 pounds.', 'Any dog heavier than 50 lb goes on the hoist.')).toEqual([]);
    expect(numberMessages('Press each cheese under a 5-pound weight.', 'Press each cheese under a 5 lb weight.')).toEqual([]);
    expect(numberMessages('Bags heavier than 20 kg are lifted by two people.', 'Bags heavier than 44 pounds are lifted by two people.')).toEqual([]);
    expect(numberMessages('A late key costs its borrower five pounds.', 'Borrowers pay a £5 fine for a late key.')).toEqual([]);
    expect(numberMessages('Use the hoist for any dog weighing more than 50 pounds.', 'Use the hoist for any dog weighing more than £50.')).toEqual(['number changed: "50 pounds" -> "£50"']);
    expect(numberMessages('Use the hoist for any dog weighing more than 50 pounds.', 'Any dog heavier than 50 kg goes on the hoist.')).toEqual(['number changed: "50 pounds" -> "50 kg" (loosens the rule)']);
  });
});

describe('a bound on a figure after a negated verb is the other side\'s bound', () => {
  // Round 22c, after round 22a made "faster than" a bound: "must not go faster than 10 km/h" read as
  // a floor against "must not exceed 10 km/h" (a limit turned, an order changed).
  it('passes "not exceed" said as "not go faster than", "not go above", "no faster than", and "about" before the figure', () => {
    expect(codes('Ambulances must not exceed 10 km/h inside the hospital grounds.', 'Ambulances must not go faster than 10 km/h inside the hospital grounds.')).toEqual([]);
    expect(codes('Ambulances must not exceed 10 km/h inside the hospital grounds.', 'Ambulances must not go above 10 km/h inside the hospital grounds.')).toEqual([]);
    expect(codes('Do not spend more than £50 on a gift.', 'Do not exceed £50 on a gift.')).toEqual([]);
    expect(numberMessages('Lift cars must travel no faster than 1.6 m/s.', 'Lift cars must travel at most 96 metres per minute.')).toEqual([]);
    expect(numberMessages('Ambulances must not exceed 10 km/h.', 'Ambulances must not go faster than about 2.8 m/s.')).toEqual([]);
  });

  it('still reads the bound turned round, and a noun\'s cases picked by the bound', () => {
    expect(codes('Ambulances must not exceed 10 km/h inside the hospital grounds.', 'Ambulances must not go slower than 10 km/h inside the hospital grounds.')).not.toEqual([]);
    expect(amounts('Do not lift loads heavier than 20 kg.')).toEqual([[20, 'mass', 'ge']]);
  });
});

describe('a temperature in the other scale, half of one unit and a share of a whole are the same amount (round 23a)', () => {
  // v24's false flags: "80 °C" -> "176 °F", "500 metres" -> "half a kilometre", "26% salt" -> "26 grams of salt per 100 grams of brine".
  it('reads a temperature in the other scale as the same when each rounds to the other as written', () => {
    expect(numberMessages('Simmer madder root at no more than 80 °C.', 'Simmer madder root at no more than 176 °F.')).toEqual([]);
    expect(numberMessages('Keep the reef tank at no more than 26 °C.', 'Keep the reef tank at no more than 79 °F.')).toEqual([]);
    expect(numberMessages('Proof the dough at 35 °C.', 'Proof the dough at 95 degrees Fahrenheit.')).toEqual([]);
    expect(sameAmount({ value: 4, dimension: 'temperature:c', written: 4, figures: 1 }, { value: 40, dimension: 'temperature:f', written: 40, figures: 1 })).toBe(false);
  });

  it('still flags a temperature moved, and says which way across the scales', () => {
    expect(numberMessages('Never let the greenhouse drop below 10 °C.', 'Never let the greenhouse drop below 40 °F.')).toEqual(['number changed: "10 C" -> "40 F" (loosens the rule)']);
    expect(numberMessages('Hold the mash at 65 °C.', 'Hold the mash at 65 °F.')).toEqual(['number changed: "65 C" -> "65 F"']);
    expect(numberMessages('Simmer madder root at no more than 80 °C.', 'Simmer madder root at no more than 170 °F.')).toEqual([]);
  });

  it('reads "half a kilometre" as 500 m and "half a kilo" as 500 g, a changed half as changed', () => {
    expect(amounts('at least half a kilometre')).toEqual(amounts('at least 500 metres'));
    expect(numberMessages('Carry no more than 500 grams of powder.', 'Carry no more than half a kilo of powder.')).toEqual([]);
    expect(numberMessages('Spectators stay at least 1 km away.', 'Spectators stay at least half a kilometre away.')).toEqual(['number changed: "1 km" -> "half a kilometre" (loosens the rule)']);
  });

  it('reads an amount in a round whole of its own kind as a percentage, a rate per unit as no percentage', () => {
    expect(amounts('no more than 20 grams of salt per 100 grams of brine')).toEqual([[20, 'percent', 'le']]);
    expect(amounts('5 ml of disinfectant in every 100 ml of water')).toEqual(amounts('5% disinfectant'));
    expect(numberMessages('Mop with a 5% bleach solution.', 'Mop with 5 ml of bleach per litre of water.')).not.toEqual([]);
    expect(numberMessages('Brine the olives in no more than 10% salt.', 'Brine the olives in no more than 15 grams of salt per 100 grams of water.')).toEqual(['number changed: "10%" -> "15 grams of salt per 100 grams" (loosens the rule)']);
  });
});
