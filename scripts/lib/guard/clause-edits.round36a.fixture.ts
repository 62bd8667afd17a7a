// Round 36a (issue 11): misses of v46 and v47 read as classes, each beside a twin that keeps the
// rule, in domains no set used (a falconry centre, a vineyard's tasting room, a canal boat hire, a
// paragliding school, a model railway club, a charter yacht, a pottery co-op). A word that picks
// out some put inside a kept rule's "every/all" subject ("at indoor public displays", "for private
// tasting"); a plain duty dropped whole whose "may" is the time it waits for ("before it may leave
// the basin") or whose pronoun goes on from the sentence before ("They also sign a liability
// waiver"); an act replaced with the preposition its object takes ("bring ... to" -> "paint ...
// on"); a kind swapped after a possessive ("the centre's welfare course" -> "photography course").
// Written before the readings and measured on the guard at 784dffc3 (weighing off): 1 of 7
// regressions caught (the welfare course, by the one-word reading), 0 of 8 benign flagged; after
// round 36a: 7 of 7 caught, 0 of 8 flagged.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_36A_EDITS: readonly ClauseEdit[] = [
  // A word that picks out some put inside a kept "every/all" subject.
  { kind: 'scope', previous: "Every falcon flown at public displays must wear a telemetry tag.", next: "Every falcon flown at indoor public displays must wear a telemetry tag." },
  { kind: 'scope', previous: "All bottles opened for tasting are recorded in the cellar book.", next: "All bottles opened for private tasting are recorded in the cellar book." },
  { kind: 'benign', variant: 'emphasis', previous: "Every falcon flown at public displays must wear a telemetry tag.", next: "Every single falcon flown at public displays must wear a telemetry tag." },
  { kind: 'benign', variant: 'voice', previous: "All bottles opened for tasting are recorded in the cellar book.", next: "All bottles that are opened for tasting are recorded in the cellar book." },
  // A plain duty dropped whole: a "may" of the time it waits for, a pronoun going on from the sentence before.
  { kind: 'requirement', previous: "Hire boats are handed over at the wharf. Each crew is shown how to work a lock before it may leave the basin. Fuel is charged on return.", next: "Hire boats are handed over at the wharf. Fuel is charged on return." },
  { kind: 'requirement', previous: "Before the first flight, pupils watch a safety film. They also sign a liability waiver. Helmets are issued at the launch site.", next: "Before the first flight, pupils watch a safety film. Helmets are issued at the launch site." },
  { kind: 'benign', variant: 'split-join', previous: "Before the first flight, pupils watch a safety film. They also sign a liability waiver. Helmets are issued at the launch site.", next: "Before the first flight, pupils watch a safety film and sign a liability waiver. Helmets are issued at the launch site." },
  { kind: 'benign', variant: 'reorder', previous: "Hire boats are handed over at the wharf. Each crew is shown how to work a lock before it may leave the basin. Fuel is charged on return.", next: "Fuel is charged on return. Hire boats are handed over at the wharf. Each crew is shown how to work a lock before it may leave the basin." },
  // An act replaced with the preposition its object takes.
  { kind: 'drift', previous: "Members must bring their locomotives to the testing track on club nights.", next: "Members must paint their locomotives on the testing track on club nights." },
  { kind: 'benign', variant: 'reword', previous: "Crew must hand the cabin keys to the skipper at the end of the trip.", next: "Crew must leave the cabin keys with the skipper at the end of the trip." },
  { kind: 'benign', variant: 'reword', previous: "Volunteers must load the kiln shelves into the kiln after glazing.", next: "Volunteers must put the kiln shelves in the kiln after glazing." },
  // A kind swapped after a possessive.
  { kind: 'drift', previous: "Every handler must finish the centre's welfare course before flying a bird.", next: "Every handler must finish the centre's photography course before flying a bird." },
  { kind: 'drift', previous: "Every pilot must hold the school's tandem rating before carrying a passenger.", next: "Every pilot must hold the school's winch rating before carrying a passenger." },
  { kind: 'benign', variant: 'reword', previous: "Every handler must finish the centre's welfare course before flying a bird.", next: "Every handler must finish the centre's wellbeing course before flying a bird." },
  { kind: 'benign', variant: 'reword', previous: "Every pilot must hold the school's tandem rating before carrying a passenger.", next: "Every pilot must hold the school's two-seater rating before carrying a passenger." },
];
