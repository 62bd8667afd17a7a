// Round 45a (session 39, issue 11): edits written for round 45a in domains of their own (a sail
// loft, a printing press museum). The class read: a step of a procedure replaced in its place by
// another step that asks for none of what it asked (v64's "Then ask for the signed gas test record
// and attach it to the permit" -> "Then print the permit and hand it to the person who asked for
// it", "A supervisor then witnesses the count and signs the float sheet" -> "The cashier then files
// the float sheet in the drawer"). Benign twins beside each regression: the step said in other
// words that keep what it acts on, the step stressed. A quality asked of a thing said as where it
// comes from (v64's "Only barbless hooks" -> "Only hooks bought from the fishery shop"), beside the
// quality spelled out; amounts said in other units ("half a cubic metre", "12 metres per second" ->
// "43.2 km/h") beside a changed amount; a ban on some made a ban on no one ("No swimmer may").
// HISTORY.md, "Session 39, guard45a". Part of the tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';

const LOFT = 'You are the workshop assistant for a sail loft. Every sail brought in for repair is tagged with the owner\'s name.';
const PRESS = 'You are the volunteer assistant for a printing press museum. Before a demonstration, check that the platen guard is in place.';

export const ROUND_45A_EDITS: readonly ClauseEdit[] = [
  // A plain step ("X then V-s ...") replaced by another step of another doer; its twins say it in the passive, or stress it.
  { kind: 'requirement', previous: `${LOFT} A sailmaker then inspects the seams and marks every tear in chalk.`, next: `${LOFT} The owner then collects a ticket and pays the deposit.` },
  { kind: 'benign', variant: 'voice', previous: `${LOFT} A sailmaker then inspects the seams and marks every tear in chalk.`, next: `${LOFT} The seams are then inspected by a sailmaker and every tear is marked in chalk.` },
  { kind: 'benign', variant: 'emphasis', previous: `${LOFT} A sailmaker then inspects the seams and marks every tear in chalk.`, next: `${LOFT} A sailmaker then inspects the seams and marks every single tear in chalk, without fail.` },
  // An imperative "Then ..." step replaced by another; its twin says the same step in other words.
  { kind: 'requirement', previous: `${PRESS} Then ask the visitors to stand behind the rope and keep their hands clear of the bed.`, next: `${PRESS} Then talk through the history of the oldest poster on show.` },
  { kind: 'benign', variant: 'reword', previous: `${PRESS} Then ask the visitors to stand behind the rope and keep their hands clear of the bed.`, next: `${PRESS} Then tell the visitors to remain behind the rope and to keep their hands clear of the bed.` },
  // A duty said with "must also" replaced by something handed to them.
  { kind: 'requirement', previous: `${PRESS} Volunteers must also wear the leather apron over their clothes.`, next: `${PRESS} Volunteers will also receive a museum lanyard and a parking pass.` },
  // A quality asked of a thing said as where it comes from; its twin spells the quality out.
  { kind: 'drift', previous: 'Only waxed thread may be used for hand-stitching a mainsail.', next: 'Only thread bought from the chandlery may be used for hand-stitching a mainsail.' },
  { kind: 'benign', variant: 'reword', previous: 'Only waxed thread may be used for hand-stitching a mainsail.', next: 'Only thread that has been waxed may be used for hand-stitching a mainsail.' },
  // Amounts said in other units: a powered unit after "half a", a speed in km/h; and a speed changed.
  { kind: 'benign', variant: 'units', previous: 'The ink trough holds 500 litres of wash water.', next: 'The ink trough holds half a cubic metre of wash water.' },
  { kind: 'benign', variant: 'units', previous: 'The platen must never exceed 0.5 metres per second.', next: 'The platen must never exceed 1.8 km/h.' },
  { kind: 'number', previous: 'The platen must never exceed 0.5 metres per second.', next: 'The platen must never exceed 3.6 km/h.' },
  // A ban on some made a ban on no one at all ("Swimmers under 12 may not" -> "No swimmer may"), stricter; its twin moves the age.
  { kind: 'benign', variant: 'stricter', previous: 'Apprentices under 18 may not use the guillotine.', next: 'No apprentice may use the guillotine.' },
  { kind: 'number', previous: 'Apprentices under 18 may not use the guillotine.', next: 'Apprentices under 16 may not use the guillotine.' },
];
