// Round 47c (session 41, issue 11): edits written for round 47c in domains of their own (a glacier
// water bottler, a yak wool mill), each benign class beside regression twins, written before the
// readings were measured on them and not edited after. The classes are the benign false flags of
// v68 and v69 read by structure: two acts said the other way round with the thing they share moved
// to the first (_conjuncts-exchanged.ts), an age said without its unit before the rule's verb
// (_verbs-after-figures.ts), a land area said in square metres (hectares and acres in
// _quantity-units.ts). HISTORY.md, "Session 41, guard47c". Part of the tuning set (`CLAUSE_EDITS`
// spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_47C_EDITS: readonly ClauseEdit[] = [
  // Two acts said the other way round, the thing they share moving to the first (a pronoun left in its place); twins give a verb the other act's complement, or say a sequence.
  { kind: 'benign', variant: 'reorder', previous: 'Pickers may rinse the bottles at the spring house or wash them in the main hall.', next: 'Pickers may wash the bottles in the main hall or rinse them at the spring house.' },
  { kind: 'benign', variant: 'reorder', previous: 'Weigh each fleece on the floor scale and note its colour on the tally sheet.', next: "Note each fleece's colour on the tally sheet and weigh it on the floor scale." },
  { kind: 'benign', variant: 'reorder', previous: 'Buyers can collect the yarn at the mill shop or have it posted to them.', next: 'Buyers can have the yarn posted to them or collect it at the mill shop.' },
  { kind: 'benign', variant: 'reorder', previous: 'Label every crate of glacier water with the batch code and stack it by the loading door.', next: 'Stack every crate of glacier water by the loading door and label it with the batch code.' },
  { kind: 'benign', variant: 'reorder', previous: 'Visitors may taste the water in the tasting room or buy it at the gate.', next: 'Visitors may buy the water at the gate or taste it in the tasting room.' },
  { kind: 'benign', variant: 'reorder', previous: 'Check each cone of yarn for breaks and log its weight in the book.', next: "Log each cone of yarn's weight in the book and check it for breaks." },
  { kind: 'roles', previous: 'Visitors may taste the water in the tasting room or buy it at the gate.', next: 'Visitors may buy the water in the tasting room or taste it at the gate.' },
  { kind: 'roles', previous: 'Pickers may rinse the bottles at the spring house or wash them in the main hall.', next: 'Pickers may rinse the bottles in the main hall or wash them at the spring house.' },
  { kind: 'order', previous: 'Wash each fleece in cold water and then dry it on the racks.', next: 'Dry each fleece on the racks and then wash it in cold water.' },
  { kind: 'roles', previous: 'Buyers can collect the yarn at the mill shop or have it posted to them.', next: 'Buyers can collect the yarn posted to them or have it at the mill shop.' },
  // An age said without its unit, the figure before the rule's verb; twins change the figure, or the date ("4 May" is no verb).
  { kind: 'benign', variant: 'units', previous: 'Visitors under 12 years old must stay with an adult in the bottling hall.', next: 'Visitors younger than twelve must stay with an adult in the bottling hall.' },
  { kind: 'benign', variant: 'units', previous: 'Apprentices under 16 years of age may not run the carding machine.', next: 'Apprentices younger than 16 may not run the carding machine.' },
  { kind: 'benign', variant: 'units', previous: 'Staff under 18 years old cannot drive the forklift.', next: 'Staff younger than eighteen cannot drive the forklift.' },
  { kind: 'benign', variant: 'units', previous: 'Children under 10 years old should not touch the spinning frames.', next: 'Children younger than ten should not touch the spinning frames.' },
  { kind: 'number', previous: 'Visitors under 12 years old must stay with an adult in the bottling hall.', next: 'Visitors younger than ten must stay with an adult in the bottling hall.' },
  { kind: 'number', previous: 'Apprentices under 16 years of age may not run the carding machine.', next: 'Apprentices younger than 14 may not run the carding machine.' },
  { kind: 'number', previous: 'Staff under 18 years old cannot drive the forklift.', next: 'Staff younger than sixteen cannot drive the forklift.' },
  { kind: 'reference', previous: 'The spring tour runs on 4 May.', next: 'The spring tour runs on 4 June.' },
  // A land area said in square metres; twins change the area.
  { kind: 'benign', variant: 'units', previous: "The mill's grazing land covers 30 hectares.", next: "The mill's grazing land covers 300,000 square metres." },
  { kind: 'benign', variant: 'units', previous: 'Herds on plots smaller than 2 hectares must be moved weekly.', next: 'Herds on plots smaller than 20,000 square metres must be moved weekly.' },
  { kind: 'benign', variant: 'units', previous: 'Only catchments over 5 hectares may be tapped for bottling.', next: 'Only catchments over 50,000 square metres may be tapped for bottling.' },
  { kind: 'number', previous: 'Only catchments over 5 hectares may be tapped for bottling.', next: 'Only catchments over 5,000 square metres may be tapped for bottling.' },
  { kind: 'number', previous: 'Herds on plots smaller than 2 hectares must be moved weekly.', next: 'Herds on plots smaller than 2,000 square metres must be moved weekly.' },
  { kind: 'number', previous: 'Never draw water from a catchment smaller than 10 acres.', next: 'Never draw water from a catchment smaller than 1 hectare.' },
];
