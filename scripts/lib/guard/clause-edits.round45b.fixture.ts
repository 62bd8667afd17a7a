// Round 45b (session 39, issue 11): edits written for round 45b in a domain of its own (a coppice
// woodland crew), benign rewordings of the reword false-flag classes of v64/v65 and the read sets
// beside regression twins. The benign class: a duty to wear things said as nobody acting without
// them, "at all times" said as "from start to finish", a ban on telling said as the thing kept from
// its hearers, a ban on drinking said as staying sober, an act made free said as its doer paying
// nothing to do it. The twins drop one thing worn, put another thing in its place, add a case or an
// exception, move the end of the sober spell, or make another act free.
// HISTORY.md, "Session 39, guard45b". Part of the tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';
export const ROUND_45B_EDITS: readonly ClauseEdit[] = [
  { kind: 'benign', variant: 'reword', previous: 'Cutters must wear chainsaw trousers and a visor in the coupe.', next: 'Nobody cuts in the coupe without chainsaw trousers and a visor on.' },
  { kind: 'conjunct', previous: 'Cutters must wear chainsaw trousers and a visor in the coupe.', next: 'Nobody cuts in the coupe without chainsaw trousers on.' },
  { kind: 'benign', variant: 'reword', previous: 'Volunteers must wear gloves when handling the billhooks.', next: 'No volunteer handles the billhooks without gloves on.' },
  { kind: 'entity', previous: 'Volunteers must wear gloves when handling the billhooks.', next: 'No volunteer handles the billhooks without boots on.' },
  { kind: 'benign', variant: 'reword', previous: 'Course members must wear eye protection at all times in the cleaving shed.', next: 'In the cleaving shed, course members keep their eye protection on from start to finish.' },
  { kind: 'condition', previous: 'Course members must wear eye protection at all times in the cleaving shed.', next: 'In the cleaving shed, course members keep their eye protection on from start to finish when the froe is in use.' },
  { kind: 'benign', variant: 'reword', previous: 'Staff must not tell visitors where the dormice nest.', next: 'Where the dormice nest is kept from visitors.' },
  { kind: 'condition', previous: 'Staff must not tell visitors where the dormice nest.', next: 'Where the dormice nest is kept from visitors unless they book a guided walk.' },
  { kind: 'benign', variant: 'reword', previous: 'Crew may not drink alcohol before or during a felling day.', next: 'The crew stay completely sober until a felling day is over.' },
  { kind: 'drift', previous: 'Crew may not drink alcohol before or during a felling day.', next: 'The crew stay completely sober until a felling day starts.' },
  { kind: 'benign', variant: 'reword', previous: 'Hazel rods may be gathered by volunteers at no cost.', next: 'Volunteers pay nothing when they gather hazel rods.' },
  { kind: 'drift', previous: 'Hazel rods may be gathered by volunteers at no cost.', next: 'Volunteers pay nothing when they buy hazel rods.' },
];
