// Round 38d (issue 11): the "only" rewordings. The set an exclusive rule admits, said before and
// after by any of the ways English says it (only, solely, exclusively, restricted / limited to,
// reserved for, no one other than, "X and nobody else", a ban's "except" / "apart from"), widened
// by an item while the act is said by its own noun or another form ("Only X may tune" -> "Tuning
// ... is restricted to X and Y"); beside twins that say the same set another way. In domains no set
// used: a harpsichord workshop, a canoe polo club, a snail farm, a dragon boat club, a taiko group,
// a seaplane base, a geocaching club, a ropewalk museum. Written before the readings and measured
// on the guard at 52ff381c (HISTORY.md, round 38d).
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_38D_EDITS: readonly ClauseEdit[] = [
  { kind: 'scope', previous: "Only the workshop's voicer may tune a harpsichord's upper register.", next: "Tuning a harpsichord's upper register is restricted to the workshop's voicer and the apprentices." },
  { kind: 'benign', variant: 'reword', previous: "Only the workshop's voicer may tune a harpsichord's upper register.", next: "Tuning a harpsichord's upper register is restricted to the workshop's voicer." },
  { kind: 'scope', previous: "Canoe polo goalkeepers alone may use the long paddle.", next: "Use of the long paddle is reserved for canoe polo goalkeepers and outfield players." },
  { kind: 'benign', variant: 'reword', previous: "Only canoe polo goalkeepers may use the long paddle.", next: "Use of the long paddle is reserved for canoe polo goalkeepers." },
  { kind: 'scope', previous: "No one other than the farm manager may harvest the breeding snails.", next: "The breeding snails are harvested solely by the farm manager and the seasonal pickers." },
  { kind: 'benign', variant: 'reword', previous: "No one other than the farm manager may harvest the breeding snails.", next: "The breeding snails are harvested solely by the farm manager." },
  { kind: 'scope', previous: "The drum captain and nobody else may call the stroke rate in a dragon boat race.", next: "Calling the stroke rate in a dragon boat race is limited to the drum captain and the steerer." },
  { kind: 'benign', variant: 'reword', previous: "The drum captain and nobody else may call the stroke rate in a dragon boat race.", next: "Calling the stroke rate in a dragon boat race is limited to the drum captain." },
  { kind: 'rescope', previous: "Taiko drums are not played in the rehearsal hall, except the small shime drums.", next: "Apart from the small shime drums and the chappa cymbals, no taiko instrument is played in the rehearsal hall." },
  { kind: 'benign', variant: 'reword', previous: "Taiko drums are not played in the rehearsal hall, except the small shime drums.", next: "Apart from the small shime drums, no taiko drum is played in the rehearsal hall." },
  { kind: 'scope', previous: "Seaplane moorings are let exclusively to pilots holding a water rating.", next: "Only pilots and their passengers may rent a seaplane mooring, with or without a water rating." },
  { kind: 'benign', variant: 'reword', previous: "Seaplane moorings are let exclusively to pilots holding a water rating.", next: "Only pilots who hold a water rating may rent a seaplane mooring." },
  { kind: 'scope', previous: "Do not give the cache coordinates to anyone other than a paid-up club member.", next: "The cache coordinates are given exclusively to paid-up club members and their families." },
  { kind: 'benign', variant: 'reword', previous: "Do not give the cache coordinates to anyone other than a paid-up club member.", next: "The cache coordinates are given exclusively to paid-up club members." },
  { kind: 'scope', previous: "Only trained guides may operate the ropewalk's twisting machine.", next: "Operation of the ropewalk's twisting machine is confined to trained guides and school visitors." },
  { kind: 'benign', variant: 'reword', previous: "Only trained guides may operate the ropewalk's twisting machine.", next: "Operating the ropewalk's twisting machine is a job for trained guides and nobody else." },
];
