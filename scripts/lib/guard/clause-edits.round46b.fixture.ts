// Round 46b (session 40, issue 11): edits written for round 46b in domains of their own (a steel
// band, a monorail), benign rewordings of the reword false-flag classes of v66/v67 and the read
// sets beside regression twins. The benign class: a ban on standing up said as staying seated, a
// ban on playing said as every instrument staying silent, an age bound of 18 said as "only adult",
// "only X" said as "X, and X alone" or as "made up of X and of nobody else". The twins add a case
// or a thing, add a party beside the adults, put another party in the "alone", or drop the
// "nobody else" for a second party.
// HISTORY.md, "Session 40, guard46b". Part of the tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';
export const ROUND_46B_EDITS: readonly ClauseEdit[] = [
  { kind: 'benign', variant: 'reword', previous: "No one plays during the band leader's count-in.", next: "During the band leader's count-in, every instrument stays silent." },
  { kind: 'condition', previous: "No one plays during the band leader's count-in.", next: "During the band leader's count-in, every instrument stays silent unless the leader nods." },
  { kind: 'benign', variant: 'reword', previous: 'Riders are not to stand up while the monorail car is moving.', next: 'While the monorail car is moving, riders stay seated.' },
  { kind: 'drift', previous: 'Riders are not to stand up while the monorail car is moving.', next: 'While the monorail car is moving, riders stay seated with their belts off.' },
  { kind: 'benign', variant: 'reword', previous: 'Band members may not serve rum punch to guests under 18.', next: 'Rum punch is served by band members only to adult guests.' },
  { kind: 'scope', previous: 'Band members may not serve rum punch to guests under 18.', next: 'Rum punch is served by band members to adult guests and to their children.' },
  { kind: 'benign', variant: 'reword', previous: 'Engine restarts may only be carried out by the control room.', next: 'Restarting an engine is a job for the control room, and the control room alone.' },
  { kind: 'entity', previous: 'Engine restarts may only be carried out by the control room.', next: 'Restarting an engine is a job for the control room, and the driver alone.' },
  { kind: 'benign', variant: 'reword', previous: 'Only certified mechanics may be added to the monorail track rota.', next: 'The monorail track rota is made up of certified mechanics and of nobody else.' },
  { kind: 'scope', previous: 'Only certified mechanics may be added to the monorail track rota.', next: 'The monorail track rota is made up of certified mechanics and of apprentices.' },
];
