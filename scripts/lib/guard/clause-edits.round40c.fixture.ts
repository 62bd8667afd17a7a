// Round 40c (session 34, issue 11): edits written for round 40c in domains of their own (a bell
// foundry, an ostrich farm, a salt mine's tours), each benign edit beside a twin that must stay
// flagged. The classes read: a plain count of what a duty demands raised ("Two adults ... are on the
// poolside" -> "Three adults", "at least two straps" -> "four straps", "swim 25 metres" -> "50
// metres": v44, v45, v53), read as a number changed with no direction; a duty done more often said
// by naming a more frequent occasion ("once a week" -> "at the start of every shift", "every
// morning"), or by one rate kept and another added ("at least once an hour, and twice an hour after
// 22:00": v31, v39, v45, v49, v53), read as a count removed. HISTORY.md, "Session 34, guard40c".
// Part of the tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_40C_EDITS: readonly ClauseEdit[] = [
  // A plain count a duty demands raised; the twins lower it.
  { kind: 'benign', variant: 'stricter', previous: "Two spotters stand beside the mould at every pour.", next: "Three spotters stand beside the mould at every pour." },
  { kind: 'number', previous: "Three spotters stand beside the mould at every pour.", next: "Two spotters stand beside the mould at every pour." },
  { kind: 'benign', variant: 'stricter', previous: "Keepers must carry at least two crook poles into the breeding pen.", next: "Keepers must carry three crook poles into the breeding pen and close the gate behind them." },
  { kind: 'number', previous: "Keepers must carry at least three crook poles into the breeding pen.", next: "Keepers must carry two crook poles into the breeding pen and close the gate behind them." },
  { kind: 'benign', variant: 'stricter', previous: "Guests on the lower gallery tour should be able to walk 2 kilometres.", next: "Guests on the lower gallery tour must be able to walk 3 kilometres." },
  { kind: 'number', previous: "Guests on the lower gallery tour must be able to walk 3 kilometres.", next: "Guests on the lower gallery tour must be able to walk 2 kilometres." },
  // A duty done more often, said by a more frequent occasion or by a rate added; the twins do it less often.
  { kind: 'benign', variant: 'stricter', previous: "The furnace thermocouple is calibrated once a week.", next: "The furnace thermocouple is calibrated at the start of every shift." },
  { kind: 'number', previous: "The furnace thermocouple is calibrated at the start of every shift.", next: "The furnace thermocouple is calibrated once a week." },
  { kind: 'benign', variant: 'stricter', previous: "Water troughs in the chick paddock are scrubbed once a week.", next: "Water troughs in the chick paddock are scrubbed every morning before feeding." },
  { kind: 'number', previous: "Water troughs in the chick paddock are scrubbed every morning before feeding.", next: "Water troughs in the chick paddock are scrubbed once a fortnight." },
  { kind: 'benign', variant: 'stricter', previous: "Air quality in the lower gallery is logged at least once every two hours.", next: "Air quality in the lower gallery is logged at least once an hour, and twice an hour while the fans are off." },
  { kind: 'number', previous: "Air quality in the lower gallery is logged at least once every two hours.", next: "Air quality in the lower gallery is logged at least once every three hours, and twice an hour while the fans are off." },
];
