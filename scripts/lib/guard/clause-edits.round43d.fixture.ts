// Round 43d (session 37, issue 11): edits written for round 43d in domains of their own (a maple
// sugar shack, a mountain bunkhouse), each benign class beside regression twins. The benign classes
// are v60/v61's false flags of the variants other than `reword`, read by structure: a list
// reordered with the phrase the old sentence fronted said after the clause, two clauses sharing
// their verb said the other way round, a span of time said in two units, with "and a half", as "a
// full day" or in nights, a temperature bounded by "or colder", and a "may" of what may happen. The
// twins move the time, trade the cases, change the amount, or grant something. HISTORY.md,
// "Session 37, guard43d". Part of the tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_43D_EDITS: readonly ClauseEdit[] = [
  // A list reordered, the phrase the old sentence fronted said after the clause.
  { kind: 'benign', variant: 'reorder', previous: 'Before lighting the evaporator, check the float valve and clear the flue.', next: 'Clear the flue and check the float valve before lighting the evaporator.' },
  { kind: 'order', previous: 'Before lighting the evaporator, check the float valve and clear the flue.', next: 'Clear the flue and check the float valve after lighting the evaporator.' },
  { kind: 'benign', variant: 'reorder', previous: 'Before the night hike, every guest must show a head torch and a charged phone.', next: 'Every guest must show a charged phone and a head torch before the night hike.' },
  { kind: 'conjunct', previous: 'Before the night hike, every guest must show a head torch and a charged phone.', next: 'Every guest must show a head torch before the night hike.' },
  // Two clauses sharing their verb, the second saying it once, said the other way round.
  { kind: 'benign', variant: 'reorder', previous: 'Sap collectors must wear ice spikes at all times, and visitors whenever they leave the boardwalk.', next: 'Visitors must wear ice spikes whenever they leave the boardwalk, and sap collectors at all times.' },
  { kind: 'roles', previous: 'Sap collectors must wear ice spikes at all times, and visitors whenever they leave the boardwalk.', next: 'Visitors must wear ice spikes at all times, and sap collectors whenever they leave the boardwalk.' },
  // A span of time said in two units, or with "and a half".
  { kind: 'benign', variant: 'units', previous: 'Each tasting flight is limited to 3 minutes 30 seconds at the counter.', next: 'Each tasting flight is limited to three and a half minutes at the counter.' },
  { kind: 'number', previous: 'Each tasting flight is limited to 3 minutes 30 seconds at the counter.', next: 'Each tasting flight is limited to four and a half minutes at the counter.' },
  // "a full day" with a bound before it; nights for weeks.
  { kind: 'benign', variant: 'units', previous: 'Freshly bottled syrup must rest for at least 24 hours before labelling.', next: 'Freshly bottled syrup must rest for at least a full day before labelling.' },
  { kind: 'number', previous: 'Freshly bottled syrup must rest for at least 24 hours before labelling.', next: 'Freshly bottled syrup must rest for at least 12 hours before labelling.' },
  { kind: 'benign', variant: 'units', previous: 'Walkers may keep a bunk for up to 14 nights per season.', next: 'Walkers may keep a bunk for up to two weeks per season.' },
  { kind: 'number', previous: 'Walkers may keep a bunk for up to 14 nights per season.', next: 'Walkers may keep a bunk for up to three weeks per season.' },
  // A temperature bounded by "or colder".
  { kind: 'benign', variant: 'units', previous: 'Keep the sap tanks at or below 4 °C.', next: 'Keep the sap tanks at four degrees Celsius or colder.' },
  { kind: 'number', previous: 'Keep the sap tanks at or below 4 °C.', next: 'Keep the sap tanks at eight degrees Celsius or colder.' },
  // A "may" of what may happen, in a new sentence.
  { kind: 'benign', variant: 'stricter', previous: 'Quote walkers the winter bunk price.', next: 'Quote walkers the winter bunk price. Make clear that the price may still change.' },
  { kind: 'rescope', previous: 'Quote walkers the winter bunk price.', next: 'Quote walkers the winter bunk price. Wardens may lower the price for any walker who asks.' },
];
