// Round 42d (session 36, issue 11): edits written for round 42d in domains of their own (a tapestry
// restoration studio, slate quarry tours), each benign class beside regression twins. The benign
// classes are v58/v59's false flags of the variants other than `reword`, read by structure: a
// list's items numbered inline ("(1) ..., (2) ...", "(a) ..., (b) ...") said without the numbers, a
// noun's number written "no.", a name shortened to its words' openings ("Icon"), a gas named by its
// formula, pints said in litres, "a 15-minute break" said as "a quarter-hour break", a list holding a "first aid kit" reordered, and a list reordered
// with a phrase fronted whose clause holds the list. The twins drop an item, negate the rule, name
// another body, change the amount or the time. HISTORY.md, "Session 36, guard42d". Part of the
// tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_42D_EDITS: readonly ClauseEdit[] = [
  // A list numbered inline, said without its numbers.
  { kind: 'benign', variant: 'list-prose', previous: 'Before a tapestry is rolled, (1) vacuum it through a net, (2) photograph both faces and (3) note any loose threads on the condition sheet.', next: 'Before a tapestry is rolled, vacuum it through a net, photograph both faces and note any loose threads on the condition sheet.' },
  { kind: 'conjunct', previous: 'Before a tapestry is rolled, (1) vacuum it through a net, (2) photograph both faces and (3) note any loose threads on the condition sheet.', next: 'Before a tapestry is rolled, (1) vacuum it through a net and (2) note any loose threads on the condition sheet.' },
  { kind: 'benign', variant: 'list-prose', previous: 'Visitors on the quarry tour must wear (a) a hard hat, (b) boots with ankle support and (c) a high-visibility vest.', next: 'Visitors on the quarry tour must wear a hard hat, boots with ankle support and a high-visibility vest.' },
  { kind: 'conjunct', previous: 'Visitors on the quarry tour must wear (a) a hard hat, (b) boots with ankle support and (c) a high-visibility vest.', next: 'Visitors on the quarry tour must wear a hard hat and a high-visibility vest.' },
  // A noun's number written "no.".
  { kind: 'benign', variant: 'abbreviation', previous: 'Quote the conservation record number on every invoice.', next: 'Quote the conservation record no. on every invoice.' },
  { kind: 'negation', previous: 'Quote the conservation record number on every invoice.', next: 'Do not quote the conservation record number on any invoice.' },
  // A name shortened to its words' openings; a gas named by its formula.
  { kind: 'benign', variant: 'abbreviation', previous: 'Every treatment follows the Institute of Conservation guidelines for wet cleaning.', next: 'Every treatment follows the Icon guidelines for wet cleaning.' },
  { kind: 'entity', previous: 'Every treatment follows the Institute of Conservation guidelines for wet cleaning.', next: 'Every treatment follows the studio guidelines for wet cleaning.' },
  { kind: 'benign', variant: 'abbreviation', previous: 'Bring the group back to the surface if the carbon dioxide meter reads above 0.5%.', next: 'Bring the group back to the surface if the CO2 meter reads above 0.5%.' },
  { kind: 'number', previous: 'Bring the group back to the surface if the carbon dioxide meter reads above 0.5%.', next: 'Bring the group back to the surface if the CO2 meter reads above 1.5%.' },
  // Pints said in litres.
  { kind: 'benign', variant: 'units', previous: 'Each dye bath takes 5 pints of softened water.', next: 'Each dye bath takes about 2.8 litres of softened water.' },
  { kind: 'number', previous: 'Each dye bath takes 5 pints of softened water.', next: 'Each dye bath takes about 4 litres of softened water.' },
  // A part of an hour said as one word with it.
  { kind: 'benign', variant: 'units', previous: 'Each quarry tour stops for a 15-minute break at the visitor centre.', next: 'Each quarry tour stops for a quarter-hour break at the visitor centre.' },
  { kind: 'number', previous: 'Each quarry tour stops for a 15-minute break at the visitor centre.', next: 'Each quarry tour stops for a half-hour break at the visitor centre.' },
  // A list holding a "first aid kit" reordered; a list reordered with a phrase fronted.
  { kind: 'benign', variant: 'reorder', previous: 'Each tour guide carries a radio, a torch and a first aid kit.', next: 'Each tour guide carries a first aid kit, a torch and a radio.' },
  { kind: 'conjunct', previous: 'Each tour guide carries a radio, a torch and a first aid kit.', next: 'Each tour guide carries a radio and a torch.' },
  { kind: 'benign', variant: 'reorder', previous: 'Check your hard hat, your lamp and your self-rescuer before going underground.', next: 'Before going underground, check your self-rescuer, your lamp and your hard hat.' },
  { kind: 'order', previous: 'Check your hard hat, your lamp and your self-rescuer before going underground.', next: 'After going underground, check your self-rescuer, your lamp and your hard hat.' },
];
