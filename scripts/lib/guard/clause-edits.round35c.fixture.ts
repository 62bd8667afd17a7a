// Round 35c (session 29, issue 11): edits written for round 35c in domains of their own (beekeeping,
// lighthouses, organ tuning, taxidermy, foraging, canal boats, freediving, vineyards), each benign edit beside a twin that must stay flagged. The classes of
// the non-`reword` false flags of v44 and v45 this round read: contractions spelled out or made
// (read as a tone shift), abbreviations written by convention ("e.g.", "Ltd", "tel.", "ref. no.",
// "ID") and "mmHg" after a figure, "(this is not optional)" read as a grant. HISTORY.md, "Session
// 29, guard35c". Part of the tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_35C_EDITS: readonly ClauseEdit[] = [
  // Contractions written out, or words contracted: the same words; the twins change the rule or bring a brush-off with their contractions.
  { kind: 'benign', variant: 'spelled-negation', previous: "Beekeepers can't open a hive in the rain, and they won't move a colony without telling the apiary secretary first.", next: "Beekeepers cannot open a hive in the rain, and they will not move a colony without telling the apiary secretary first." },
  { kind: 'negation', previous: "Beekeepers can't open a hive in the rain, and they won't move a colony without telling the apiary secretary first.", next: "Beekeepers cannot open a hive in the rain, and they will move a colony without telling the apiary secretary first." },
  { kind: 'benign', variant: 'spelled-negation', previous: "Lighthouse visitors must not climb the lamp gallery railings, and children under 10 cannot go up the tower alone.", next: "Lighthouse visitors mustn't climb the lamp gallery railings, and children under 10 can't go up the tower alone." },
  { kind: 'negation', previous: "Lighthouse visitors must not climb the lamp gallery railings, and children under 10 cannot go up the tower alone.", next: "Lighthouse visitors mustn't climb the lamp gallery railings, and children under 10 can go up the tower alone." },
  { kind: 'benign', variant: 'spelled-negation', tone: 'warm', previous: "We're sorry the organ tuner couldn't get in today; we'll ring you as soon as the vicarage has the key back.", next: "We are sorry the organ tuner could not get in today; we will ring you as soon as the vicarage has the key back." },
  { kind: 'tone', previous: "If an organ tuner asks why the church is locked, explain politely that the key is held at the vicarage and give them the number.", next: "If an organ tuner asks why the church is locked, tell them it's not our job to let them in and they'd better sort it out themselves." },
  // Abbreviations written by convention, and a unit symbol: the twins change the figure, the act or the thing.
  { kind: 'benign', variant: 'abbreviation', previous: "Mounted birds are collected from Fenwick Taxidermy Limited, telephone 01632 960 412, for example on a Saturday morning.", next: "Mounted birds are collected from Fenwick Taxidermy Ltd, tel. 01632 960 412, e.g. on a Saturday morning." },
  { kind: 'number', previous: "Mounted birds are collected from Fenwick Taxidermy Limited, telephone 01632 960 412, for example on a Saturday morning.", next: "Mounted birds are collected from Fenwick Taxidermy Ltd, tel. 01632 960 999, e.g. on a Saturday morning." },
  { kind: 'benign', variant: 'abbreviation', previous: "Foragers must quote the reference number on their permit when they phone the ranger.", next: "Foragers must quote the ref. no. on their permit when they phone the ranger." },
  { kind: 'negation', previous: "Foragers must quote the reference number on their permit when they phone the ranger.", next: "Foragers must not quote the ref. no. on their permit when they phone the ranger." },
  { kind: 'benign', variant: 'abbreviation', previous: "Canal boat hirers must show a valid form of identification, for example a passport, at the boatyard office.", next: "Canal boat hirers must show valid ID, e.g. a passport, at the boatyard office." },
  { kind: 'modal', previous: "Canal boat hirers must show a valid form of identification, for example a passport, at the boatyard office.", next: "Canal boat hirers should show valid ID, e.g. a passport, at the boatyard office." },
  { kind: 'benign', variant: 'abbreviation', previous: "Freedivers with a resting blood pressure above 160 millimetres of mercury do not dive that day.", next: "Freedivers with a resting blood pressure above 160 mmHg do not dive that day." },
  { kind: 'number', previous: "Freedivers with a resting blood pressure above 160 millimetres of mercury do not dive that day.", next: "Freedivers with a resting blood pressure above 190 mmHg do not dive that day." },
  // A duty stressed as "not optional": the twin makes it optional.
  { kind: 'benign', variant: 'emphasis', previous: "Vineyard pickers wear cut-resistant gloves whenever they use secateurs on the vines.", next: "Vineyard pickers wear cut-resistant gloves whenever they use secateurs on the vines (this is not optional)." },
  { kind: 'modal', previous: "Vineyard pickers wear cut-resistant gloves whenever they use secateurs on the vines.", next: "Vineyard pickers wear cut-resistant gloves whenever they use secateurs on the vines (this is optional)." },
];
