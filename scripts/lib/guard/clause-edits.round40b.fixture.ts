// Round 40b (issue 11): faithful rewordings that say a rule's case or span of time in other words,
// read as a class across the read sets ("for as long as", "throughout", "for the whole (of)",
// "Short of an emergency": 44 benign edits of the tuning set and 22 held-back sets gain or lose one,
// 11 regressions; flagged rewordings of the class in 15 sets), each beside regression twins
// (another case, part of the span, another exception), in domains no set used: a bell-ringing
// tower, a saltmarsh nature reserve, a kelp harvesting co-op. Written before
// the readings were measured on the labelled sets; at this clone's start (71b469d2, readings alone) 3 of 3
// benign flagged and 7 of 7 twins caught, after them 0 and 7. HISTORY.md, "Session 34, guard40b".
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_40B_EDITS: readonly ClauseEdit[] = [
  { kind: 'benign', variant: 'reword', previous: 'If a bell is found cracked, ringers must not ring it until the bell hanger has inspected the frame.', next: 'Ringers leave a cracked bell silent for as long as the bell hanger has still not inspected the frame.' },
  { kind: 'benign', variant: 'reword', previous: 'If a bell is found cracked, the ringers must not touch it until the bell hanger has signed the frame off.', next: 'The ringers keep their hands off a cracked bell for as long as the bell hanger still has the frame under inspection.' },
  { kind: 'requirement', previous: 'If a bell is found cracked, the ringers must not touch it until the bell hanger has signed the frame off.', next: 'The ringers keep their hands off a cracked bell for as long as the tower captain is away.' },
  { kind: 'condition', previous: 'Ringers must not touch a rope while the bells are up.', next: 'Ringers keep their hands off the ropes for as long as the tower captain is away.' },
  { kind: 'condition', previous: 'The tower door must stay locked while a peal is being rung.', next: 'For as long as a practice is being rung, the tower door stays locked.' },
  { kind: 'benign', variant: 'reword', previous: "The kelp dryer's fans must not be switched off during the drying run except in an emergency.", next: "Short of an emergency, the kelp dryer's fans stay on for the whole drying run." },
  { kind: 'scope', previous: "The kelp dryer's fans must not be switched off during the drying run except in an emergency.", next: "Short of an emergency, the kelp dryer's fans stay on for the first hour of the drying run." },
  { kind: 'condition', previous: "The kelp dryer's fans must not be switched off during the drying run except in an emergency.", next: "Short of a power cut, the kelp dryer's fans stay on for the whole drying run." },
  { kind: 'condition', previous: 'The boat must keep its engine off while divers are in the water.', next: 'The boat keeps its engine off for as long as the skipper thinks necessary.' },
  { kind: 'scope', previous: 'The hide must stay closed to visitors during the nesting season.', next: 'The hide stays closed to visitors for most of the nesting season.' },
];
