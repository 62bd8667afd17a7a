// Round 35b (issue 11): misses of v44 and v45 read as classes, each beside a twin that keeps the
// rule, in domains no set used (a lighthouse, an organ builder's workshop, a puppet theatre, an
// observatory, a quarry, a taxidermy studio, a kite festival, a bell tower, an ice rink's desk, a
// gantry, an apiary, a climbing wall, a ferry). A modal in a "whose" clause naming the party, before the rule's own ("whose
// lamp cannot be lit must be ..." -> "can be ..."); a sentence with its case dropped whole ("If ...,
// tell them not to ..."); a case closing a "then" chain, the steps exchanged; a "non-" prefix dropped
// in place; one "not" moved to the other half of a kept sentence ("and not" / "not ... but"); a ban's
// last "or" item split off and asked for; a thing given or lent now sold or rented; "everyone" said
// as "every <kind>"; a kept upper bound lifted for some in a new sentence with no figure ("as long as
// they like"). Written before the readings and measured on the guard at f656000f: 15 of 18
// regressions missed (the organ pipes' chain caught by roles-swapped, the bell ringers' gloves and
// the climbers' wall by other readings), 0 of 14 benign flagged; after round 35b: 18 of 18 caught, 0 of 14 flagged.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_35B_EDITS: readonly ClauseEdit[] = [
  // A modal in a "whose" clause is the party's; the rule's own modal weakened.
  { kind: 'modal', previous: "Keepers whose lamp cannot be lit must be sent a spare burner within a day.", next: "Keepers whose lamp cannot be lit can be sent a spare burner within a day." },
  { kind: 'modal', previous: "Visitors whose ticket cannot be scanned must be let in by the usher.", next: "Visitors whose ticket cannot be scanned may be let in by the usher." },
  { kind: 'benign', variant: 'reword', previous: "Keepers whose lamp cannot be lit must be sent a spare burner within a day.", next: "A spare burner must reach any keeper whose lamp cannot be lit within a day." },
  // A sentence dropped whole, its case with it.
  { kind: 'requirement', previous: "Check the telescope mount each night. If the dome will not close, tell the observer not to open the shutter. Log every session.", next: "Check the telescope mount each night. Log every session." },
  { kind: 'requirement', previous: "Sweep the blast area before firing. If a charge fails to fire, do not approach the face for 30 minutes. Sound the all-clear horn.", next: "Sweep the blast area before firing. Sound the all-clear horn." },
  { kind: 'benign', variant: 'stricter', previous: "Check the telescope mount each night. Never open the shutter if the dome will not close. Log every session.", next: "Check the telescope mount each night. Never open the shutter. Log every session." },
  // A case closing a "then" chain is the chain's; the steps exchanged.
  { kind: 'order', previous: "Voice the pipe, then fit it to the windchest, before the organ is tuned.", next: "Fit the pipe to the windchest, then voice it, before the organ is tuned." },
  { kind: 'order', previous: "Dry the skin, then apply the borax, when the specimen arrives.", next: "Apply the borax, then dry the skin, when the specimen arrives." },
  { kind: 'benign', variant: 'reword', previous: "Voice the pipe, then fit it to the windchest, before the organ is tuned.", next: "Before the organ is tuned, voice the pipe and only then fit it to the windchest." },
  { kind: 'benign', variant: 'reword', previous: "Dry the skin, then apply the borax, when the specimen arrives.", next: "When the specimen arrives, dry the skin first and apply the borax after that." },
  // A "non-" prefix dropped in place.
  { kind: 'negation', previous: "Only non-toxic paint is used on the puppets' faces.", next: "Only toxic paint is used on the puppets' faces." },
  { kind: 'negation', previous: "Stake every kite with a non-metal peg.", next: "Stake every kite with a metal peg." },
  { kind: 'benign', variant: 'reword', previous: "Only non-toxic paint is used on the puppets' faces.", next: "Only non-toxic paint goes on the puppets' faces." },
  { kind: 'benign', variant: 'reword', previous: "Stake every kite with a non-metal peg.", next: "Every kite is staked with a peg that is not made of metal." },
  // One "not" moved to the other half of a kept sentence.
  { kind: 'rescope', previous: "Marionettes are stored in the loft and not in the cellar.", next: "Marionettes are not stored in the loft but in the cellar." },
  { kind: 'rescope', previous: "Blast readings are sent to the quarry manager and not to the parish council.", next: "Blast readings are not sent to the quarry manager but to the parish council." },
  { kind: 'benign', variant: 'reword', previous: "Marionettes are stored in the loft and not in the cellar.", next: "Marionettes belong in the loft, never in the cellar." },
  { kind: 'benign', variant: 'split-join', previous: "Blast readings are sent to the quarry manager and not to the parish council.", next: "Blast readings go to the quarry manager. They are not sent to the parish council." },
  // A ban's last "or" item split off and asked for.
  { kind: 'rescope', previous: "Never let visitors touch the lens or adjust the eyepiece themselves.", next: "Never let visitors touch the lens; do let them adjust the eyepiece themselves." },
  { kind: 'rescope', previous: "Do not glue the glass eyes or trim the whiskers before the client approves the pose.", next: "Do not glue the glass eyes before the client approves the pose. Trim the whiskers before the client approves the pose." },
  { kind: 'benign', variant: 'split-join', previous: "Never let visitors touch the lens or adjust the eyepiece themselves.", next: "Never let visitors touch the lens. Never let them adjust the eyepiece themselves either." },
  { kind: 'benign', variant: 'reword', previous: "Do not glue the glass eyes or trim the whiskers before the client approves the pose.", next: "Before the client approves the pose, do not glue the glass eyes or trim the whiskers." },
  // A thing given or lent now sold or hired to the people served.
  { kind: 'drift', previous: "Bell ringers who forget their gloves are given a pair from the tower cupboard.", next: "Bell ringers who forget their gloves are sold a pair from the tower cupboard." },
  { kind: 'drift', previous: "Skaters without their own blades are lent a pair at the rink desk.", next: "Skaters without their own blades are rented a pair at the rink desk." },
  { kind: 'benign', variant: 'reword', previous: "Bell ringers who forget their gloves are given a pair from the tower cupboard.", next: "Bell ringers who forget their gloves are handed a pair from the tower cupboard." },
  // "Everyone" said as "every <kind>".
  { kind: 'scope', previous: "Everyone on the gantry must clip on a harness line.", next: "Every rigger on the gantry must clip on a harness line." },
  { kind: 'scope', previous: "Everyone entering the lamp room, including visiting engineers, wears soft shoes.", next: "Every keeper entering the lamp room wears soft shoes." },
  { kind: 'benign', variant: 'reword', previous: "Everyone on the gantry must clip on a harness line.", next: "Every person on the gantry must clip on a harness line." },
  { kind: 'benign', variant: 'reword', previous: "Anyone visiting the hives wears a veil and gloves.", next: "Any visitor to the hives wears a veil and gloves." },
  // A kept upper bound lifted for some in a new sentence with no figure.
  { kind: 'rescope', previous: "Each climber may use the bouldering wall for at most 20 minutes. Chalk is sold at the desk.", next: "Each climber may use the bouldering wall for at most 20 minutes. Chalk is sold at the desk. Members of the climbing team may use the wall for as long as they like." },
  { kind: 'rescope', previous: "A ferry waits no more than 10 minutes for a late coach.", next: "A ferry waits no more than 10 minutes for a late coach. School coaches are waited for however long it takes." },
  { kind: 'benign', variant: 'reword', previous: "Each climber may use the bouldering wall for at most 20 minutes.", next: "Each climber may use the bouldering wall for at most 20 minutes. Rest at the benches for as long as you need afterwards." },
];
