// Round 48c (session 42, issue 11): edits written for round 48c in domains of its own (a lacrosse
// league, a quince orchard), each benign class beside regression twins, written before the readings
// were measured on them and not edited after. The classes are benign false flags of v70 and v71 read
// by structure: one measured amount said in other words (figures and "and a half", two units
// counting down, ppm said in full or as a percentage: _amounts-said-alike.ts, reason-number.ts), and
// a list said in another order around "next season" / "a 30-second" (_items-reordered.ts).
// HISTORY.md, "Session 42, guard48c". Part of the tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_48C_EDITS: readonly ClauseEdit[] = [
  // A: an amount with "and a half / a quarter" said in figures, or the other way round, any unit.
  { kind: 'benign', variant: 'units', previous: 'Lacrosse goals stand 1.5 metres behind the crease line.', next: 'Lacrosse goals stand one and a half metres behind the crease line.' },
  { kind: 'benign', variant: 'units', previous: 'Quince saplings are planted two and a half metres apart along each row.', next: 'Quince saplings are planted 2.5 metres apart along each row.' },
  { kind: 'benign', variant: 'units', previous: 'Each picking crate holds no more than 12.5 kilograms of quinces.', next: 'Each picking crate holds no more than twelve and a half kilograms of quinces.' },
  { kind: 'benign', variant: 'units', previous: 'Keep the ball bags within 4.25 metres of the bench.', next: 'Keep the ball bags within four and a quarter metres of the bench.' },
  { kind: 'number', previous: 'Lacrosse goals stand 1.5 metres behind the crease line.', next: 'Lacrosse goals stand two and a half metres behind the crease line.' },
  { kind: 'number', previous: 'Each picking crate holds no more than 12.5 kilograms of quinces.', next: 'Each picking crate holds no more than fourteen and a half kilograms of quinces.' },
  { kind: 'number', previous: 'Quince saplings are planted two and a half metres apart along each row.', next: 'Quince saplings are planted 2 metres apart along each row.' },
  // B: an amount in two units said in one, or the other way round.
  { kind: 'benign', variant: 'units', previous: 'The crossbar of a lacrosse goal is 6 feet above the ground, and the goal mouth is 6 feet 0 inches wide.', next: 'The crossbar of a lacrosse goal is 72 inches above the ground, and the goal mouth is 6 feet wide.' },
  { kind: 'benign', variant: 'units', previous: 'A player serving a penalty sits out for 1 minute 30 seconds.', next: 'A player serving a penalty sits out for 90 seconds.' },
  { kind: 'benign', variant: 'units', previous: 'Stick shafts may be no longer than 3 feet 6 inches for midfielders.', next: 'Stick shafts may be no longer than 42 inches for midfielders.' },
  { kind: 'benign', variant: 'units', previous: 'A full basket of quinces weighs about 1 kilogram 500 grams.', next: 'A full basket of quinces weighs about 1,500 grams.' },
  { kind: 'number', previous: 'Stick shafts may be no longer than 3 feet 6 inches for midfielders.', next: 'Stick shafts may be no longer than 48 inches for midfielders.' },
  { kind: 'number', previous: 'A player serving a penalty sits out for 1 minute 30 seconds.', next: 'A player serving a penalty sits out for 60 seconds.' },
  { kind: 'number', previous: 'Quince trees are pruned back to 2 metres 40 centimetres every winter.', next: 'Quince trees are pruned back to 2 metres every winter.' },
  // C: parts per million said short, or as a percentage.
  { kind: 'benign', variant: 'abbreviation', previous: 'Sulphur dioxide in the quince cider must stay below 200 parts per million.', next: 'SO2 in the quince cider must stay below 200 ppm.' },
  { kind: 'benign', variant: 'units', previous: 'Spray residue on picked quinces must be under 0.5 ppm.', next: 'Spray residue on picked quinces must be under 0.5 parts per million.' },
  { kind: 'benign', variant: 'units', previous: 'Copper in the orchard soil must stay under 100 ppm.', next: 'Copper in the orchard soil must stay under 0.01%.' },
  { kind: 'number', previous: 'Sulphur dioxide in the quince cider must stay below 200 parts per million.', next: 'SO2 in the quince cider must stay below 250 ppm.' },
  { kind: 'number', previous: 'Copper in the orchard soil must stay under 100 ppm.', next: 'Copper in the orchard soil must stay under 0.1%.' },
  // D: a list said in another order around "next season", "next week" or "a 30-second": no sequence; twins say one, or exchange parties.
  { kind: 'benign', variant: 'reorder', previous: 'The league champions receive the trophy, a pennant and a seeding for next season.', next: 'The league champions receive a seeding for next season, a pennant and the trophy.' },
  { kind: 'benign', variant: 'reorder', previous: 'Pickers bring gloves, a ladder and a crate for next week.', next: 'Pickers bring a crate for next week, a ladder and gloves.' },
  { kind: 'benign', variant: 'reorder', previous: 'Goalies wear a throat guard, a chest protector and a 30-second timer on the wrist.', next: 'Goalies wear a 30-second timer on the wrist, a chest protector and a throat guard.' },
  { kind: 'benign', variant: 'reorder', previous: 'The orchard shop sells quince jelly, quince paste and cuttings for next spring, as well as the fruit.', next: 'The orchard shop sells cuttings for next spring, quince paste and quince jelly, as well as the fruit.' },
  { kind: 'order', previous: 'Wash the quinces, then peel them and next core them.', next: 'Core the quinces, then peel them and next wash them.' },
  { kind: 'roles', previous: 'The home team supplies the balls and the away team supplies the referee for next week.', next: 'The away team supplies the balls and the home team supplies the referee for next week.' },
  { kind: 'order', previous: 'Captains sign the score sheet first, next the referee checks it.', next: 'The referee checks the score sheet first, next the captains sign it.' },
];
