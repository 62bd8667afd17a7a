// Round 46a (session 40, issue 11): edits written for round 46a in domains of their own (a cider
// mill, a rope access training centre). The classes read from the misses of v64-v67: a rule said
// of every thing of a kind now said of a bare plural that a word or phrase picks out ("Every
// donor contacted about a match is offered" -> "Donors contacted about a first match are
// offered"); a ban's "No X" qualified ("No player" -> "No senior player") or said of a kind for
// "no one" ("No one fishes" -> "No guest fishes"); a case's act qualified by an adverb of degree
// ("starts to wobble" -> "starts to wobble badly"); a duty's sentence folded into its neighbour
// keeping only a phrase of it; the old text kept and a sentence appended that lets more in "also /
// too / as well" in a case of its own. Benign twins beside each: the universal said as a bare
// plural with nothing picking out, a ban stressed, "no one" said as "no person", the case said
// with "should", the two sentences joined whole, a duty added in a case; a short code in capitals
// replaced in place by a word that is not what it stands for ("a full D licence" -> "a full car
// licence"), beside the code spelled out. HISTORY.md, "Session 40,
// guard46a". Part of the tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';

const MILL = 'You are the yard assistant for a cider mill.';
const ROPES = 'You are the course assistant for a rope access training centre.';

export const ROUND_46A_EDITS: readonly ClauseEdit[] = [
  // "Every X ..." said as a bare plural that a phrase picks out; its twin says every one again.
  { kind: 'scope', previous: `${MILL} Every apple delivered to the mill is washed in the flume before pressing.`, next: `${MILL} Apples delivered to the mill by new growers are washed in the flume before pressing.` },
  { kind: 'benign', variant: 'reword', previous: `${MILL} Every apple delivered to the mill is washed in the flume before pressing.`, next: `${MILL} Apples delivered to the mill are washed in the flume before pressing.` },
  { kind: 'scope', previous: 'All trainees on the course must wear a helmet with a chin strap.', next: 'Trainees on the advanced course must wear a helmet with a chin strap.' },
  // A ban's "No X" qualified, and "no one" said of a kind; their twins stress the ban or say "no person".
  { kind: 'scope', previous: `${MILL} No visitor may enter the pressing room during a run.`, next: `${MILL} No adult visitor may enter the pressing room during a run.` },
  { kind: 'benign', variant: 'emphasis', previous: `${MILL} No visitor may enter the pressing room during a run.`, next: `${MILL} No visitor may enter the pressing room during a run, under any circumstances.` },
  { kind: 'scope', previous: `${ROPES} No one climbs above the second anchor without a back-up rope.`, next: `${ROPES} No trainee climbs above the second anchor without a back-up rope.` },
  { kind: 'benign', variant: 'reword', previous: `${ROPES} No one climbs above the second anchor without a back-up rope.`, next: `${ROPES} No person climbs above the second anchor without a back-up rope.` },
  // A case's act qualified by an adverb of degree; its twin says the case with "should".
  { kind: 'condition', previous: `${MILL} If the press starts to leak, stop the run and call the mill manager.`, next: `${MILL} If the press starts to leak heavily, stop the run and call the mill manager.` },
  { kind: 'benign', variant: 'reword', previous: `${MILL} If the press starts to leak, stop the run and call the mill manager.`, next: `${MILL} Should the press start to leak, stop the run and call the mill manager.` },
  // A duty's sentence folded into its neighbour, only its time kept; its twin joins the two whole.
  { kind: 'requirement', previous: `${ROPES} Trainees must complete a rescue drill with an instructor. They must also pass the harness inspection test before their first climb.`, next: `${ROPES} Trainees must complete a rescue drill with an instructor before their first climb.` },
  { kind: 'benign', variant: 'split-join', previous: `${ROPES} Trainees must complete a rescue drill with an instructor. They must also pass the harness inspection test before their first climb.`, next: `${ROPES} Trainees must complete a rescue drill with an instructor and must also pass the harness inspection test before their first climb.` },
  // The old text kept and a sentence appended that lets more in "also / as well" in a case; its twin adds a duty in a case.
  { kind: 'rescope', previous: `${MILL} Only dessert apples may go into the juice press.`, next: `${MILL} Only dessert apples may go into the juice press. Cooking apples may also go in if the dessert crop runs short.` },
  { kind: 'rescope', previous: `${ROPES} Ropes are retired only if they fail the load test.`, next: `${ROPES} Ropes are retired only if they fail the load test. Ropes are retired as well when an instructor asks.` },
  { kind: 'benign', variant: 'stricter', previous: `${MILL} Only dessert apples may go into the juice press.`, next: `${MILL} Only dessert apples may go into the juice press. Staff must also wash them if they came from the ground.` },
  // A short code in capitals replaced in place by a word that is not what it stands for; its twin spells the code out.
  { kind: 'entity', previous: `${MILL} Log the SG reading of each vat before the yeast goes in.`, next: `${MILL} Log the temperature reading of each vat before the yeast goes in.` },
  { kind: 'benign', variant: 'abbreviation', previous: `${MILL} Log the SG reading of each vat before the yeast goes in.`, next: `${MILL} Log the specific gravity reading of each vat before the yeast goes in.` },
];
