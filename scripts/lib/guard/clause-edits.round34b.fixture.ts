// Round 34b (issue 11): misses of v42 and v43 read as classes, each beside a twin that keeps the
// rule, in domains no set used (a barge depot, a seed bank, a glass studio, a bell foundry, a
// cooperage, a foundry's sand pit, an ice rink, a falconry's mews). A negation dropped from a rule
// whose subject is named by a state both versions hold ("Crates left outside the depot", "kept out of
// the cold store"): read as no state kept and no refusal said in other words. A comparative right
// after the noun of the thing a duty acts on ("any barrel heavier than 50 kg") picks the things it
// covers, whatever the verb ("Store", "Cool"): raised, fewer things are covered. A subject narrowed
// by a phrase inserted inside it ("Everyone driving a resurfacer on the ice"). Written before the
// readings and measured on the guard at 0aacdbee: 6 of 7 twins missed (the barrels and castings
// read as tightened, the crates, seed packets, ice and mews passed; the bowls caught), 0 of 7 benign flagged.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_34B_EDITS: readonly ClauseEdit[] = [
  // A negation dropped; the subject named by a state both versions hold.
  { kind: 'negation', previous: "Crates left outside the depot overnight are not loaded onto the barge.", next: "Crates left outside the depot overnight are loaded onto the barge." },
  { kind: 'benign', variant: 'reword', previous: "Do not put crates left outside overnight onto the barge.", next: "Crates left outside overnight stay off the barge." },
  { kind: 'negation', previous: "Seed packets kept out of the cold store are not sent to growers.", next: "Seed packets kept out of the cold store are sent to growers." },
  { kind: 'benign', variant: 'emphasis', previous: "Seed packets kept out of the cold store are not sent to growers.", next: "Seed packets kept out of the cold store are never sent to growers." },
  // A comparative after the thing's noun picks the things a duty covers.
  { kind: 'number', previous: "Store any barrel heavier than 50 kg on the bottom rack.", next: "Store any barrel heavier than 80 kg on the bottom rack." },
  { kind: 'benign', variant: 'stricter', previous: "Store any barrel heavier than 50 kg on the bottom rack.", next: "Store any barrel heavier than 30 kg on the bottom rack." },
  { kind: 'number', previous: "Cool any casting thicker than 40 mm in the sand pit.", next: "Cool any casting thicker than 60 mm in the sand pit." },
  { kind: 'benign', variant: 'stricter', previous: "Cool any casting thicker than 40 mm in the sand pit.", next: "Cool any casting thicker than 25 mm in the sand pit." },
  { kind: 'number', previous: "Anneal any glass bowl thicker than 8 mm overnight.", next: "Anneal any glass bowl thicker than 15 mm overnight." },
  { kind: 'benign', variant: 'reword', previous: "Lift any bell heavier than 200 kg with the gantry crane.", next: "Use the gantry crane to lift any bell heavier than 100 kg." },
  // A subject narrowed by a phrase inserted inside it.
  { kind: 'scope', previous: "Everyone on the ice must wear a helmet.", next: "Everyone driving a resurfacer on the ice must wear a helmet." },
  { kind: 'benign', variant: 'reword', previous: "Everyone on the ice must wear a helmet.", next: "Everyone who is on the ice must wear a helmet." },
  { kind: 'scope', previous: "Staff in the mews must wear leather gauntlets.", next: "Staff handling a hawk in the mews must wear leather gauntlets." },
  { kind: 'benign', variant: 'reword', previous: "Staff in the mews must wear leather gauntlets.", next: "Staff working in the mews must wear leather gauntlets." },
];
