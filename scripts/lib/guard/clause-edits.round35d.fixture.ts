// Round 35d (issue 11): the tuning set's misses of kind `condition` read as classes, each beside a
// twin that keeps the rule, in domains no set used (a kite-buggy beach, a bobsleigh run, an organ
// workshop, a climbing-gear store, a clockmaker's). A gate said the other way round ("Do not X
// until C" -> "X only once C'") whose condition waits for another thing: one word of it replaced
// by a word naming another act or its opposite ("raised" -> "lowered" the flag), the rest kept;
// its twin turns the gate with a word the dictionary links ("raised" -> "hoisted"). A negative
// adjective of a case said as a "with" phrase naming its base ("arrives untested" -> "arrives with
// a test record"): the case now picks the things the old one left out; its twin says the
// negation ("without a test record", "with no label", "with nobody attending it"). Written
// before the readings and measured on the guard at 4c023e1c: 2 of 6 twins caught (the organ
// pipe's "sealed" -> "cleaned" by the secured-state reading, the kite's "unattended" ->
// "attendant" as an opposite word), 4 missed; 0 of 6 benign flagged.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_35D_EDITS: readonly ClauseEdit[] = [
  // A gate turned round, one word of its condition replaced.
  { kind: 'condition', previous: "Do not launch a kite buggy until the marshal has raised the green flag.", next: "Launch a kite buggy only once the marshal has lowered the green flag." },
  { kind: 'benign', variant: 'reword', previous: "Do not launch a kite buggy until the marshal has raised the green flag.", next: "Launch a kite buggy only once the marshal has hoisted the green flag." },
  { kind: 'condition', previous: "Sleds must not start down the bobsleigh run until the timing gate is armed.", next: "Sleds only start down the bobsleigh run once the timing gate is painted." },
  { kind: 'benign', variant: 'reword', previous: "Sleds must not start down the bobsleigh run until the timing gate is armed.", next: "Sleds only start down the bobsleigh run once the timing gate is switched on." },
  { kind: 'condition', previous: "We only tune an organ pipe after the wind chest has been sealed.", next: "Do not tune an organ pipe until the wind chest has been cleaned." },
  { kind: 'benign', variant: 'reword', previous: "We only tune an organ pipe after the wind chest has been sealed.", next: "Do not tune an organ pipe until the wind chest has been closed." },
  // A negative adjective of a case said as a "with" phrase naming its base.
  { kind: 'condition', previous: "Send back any climbing harness that arrives untested.", next: "Send back any climbing harness that arrives with a test record." },
  { kind: 'benign', variant: 'spelled-negation', previous: "Send back any climbing harness that arrives untested.", next: "Send back any climbing harness that arrives without a test record." },
  { kind: 'condition', previous: "Refuse any clock that is brought in unlabelled.", next: "Refuse any clock that is brought in with a label." },
  { kind: 'benign', variant: 'spelled-negation', previous: "Refuse any clock that is brought in unlabelled.", next: "Refuse any clock that is brought in with no label on it." },
  { kind: 'condition', previous: "Remove any kite left unattended on the beach.", next: "Remove any kite left with an attendant on the beach." },
  { kind: 'benign', variant: 'spelled-negation', previous: "Remove any kite left unattended on the beach.", next: "Remove any kite left on the beach with nobody attending it." },
];
