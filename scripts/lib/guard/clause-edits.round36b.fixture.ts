// Round 36b (issue 11): faithful rewordings of v46 and v47 that the guard flagged, read as a class,
// each beside regression twins, in domains no set used (a speedway track, a sound archive, an ice
// hotel, a rowing lake). A ban said as a relation the rule keeps (round 32a's `_frame-relations.ts`):
// the thing "kept from" or "withheld from" the party, a place "closed to" it, where the relation
// escaped by form: a subject opened by a possessive whose next word the tagger reads as a verb ("The
// donor's home address is withheld from ..."), a case opening the sentence ("Outside supervised
// visits, the tape vault is closed to ..."), and "stays withheld". Written before the readings and
// measured on the guard at 27cab538, readings alone: 5 of 6 benign flagged, 6 of 6 twins caught;
// after the round, 0 and 6 (HISTORY.md, "Session 30, guard36b").
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_36B_EDITS: readonly ClauseEdit[] = [
  { kind: 'benign', variant: 'reword', previous: 'Spectators must not enter the pits area during a race.', next: 'During a race, the pits area stays closed to spectators.' },
  { kind: 'entity', previous: 'Spectators must not enter the pits area during a race.', next: 'During a race, the pits area stays closed to mechanics.' },
  { kind: 'benign', variant: 'reword', previous: "Do not tell researchers the donor's home address.", next: "The donor's home address is withheld from researchers." },
  { kind: 'entity', previous: "Do not tell researchers the donor's home address.", next: "The donor's home address is withheld from journalists." },
  { kind: 'benign', variant: 'reword', previous: 'Staff must not let guests into the ice bar before 9 pm.', next: 'Before 9 pm, the ice bar stays closed to guests.' },
  { kind: 'negation', previous: 'Staff must not let guests into the ice bar before 9 pm.', next: 'Before 9 pm, the ice bar stays open to guests.' },
  { kind: 'benign', variant: 'reword', previous: "Never tell a crew the umpire's draft ranking.", next: "The umpire's draft ranking is kept from crews." },
  { kind: 'condition', previous: "Never tell a crew the umpire's draft ranking.", next: "The umpire's draft ranking is kept from crews until the final." },
  { kind: 'benign', variant: 'reword', previous: "Do not give riders the referee's incident notes.", next: "The referee's incident notes stay withheld from riders." },
  { kind: 'negation', previous: "Do not give riders the referee's incident notes.", next: "The referee's incident notes are given to riders." },
  { kind: 'benign', variant: 'reword', previous: 'Members of the public must not enter the tape vault outside supervised visits.', next: 'Outside supervised visits, the tape vault is closed to members of the public.' },
  { kind: 'condition', previous: 'Members of the public must not enter the tape vault outside supervised visits.', next: 'During supervised visits, the tape vault is closed to members of the public.' },
];
