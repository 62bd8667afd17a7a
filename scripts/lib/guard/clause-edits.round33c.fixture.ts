// Round 33c (session 27, issue 11): a check of the boosted stumps, written after they were fitted
// and before they were measured on these, in domains no labelled set used: eight rules said again in
// the shapes the blind sets' writers are asked for (a ban said as the only case allowed, a ban said
// as the state kept, a negative word spelled out, sentences split or joined), each beside a twin
// said the same way that changes the rule.
// Part of the tuning set (`CLAUSE_EDITS` spreads them); kept in a file of its own so that the
// rounds working at once in this folder touch one line of the shared fixture.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_33C_EDITS: readonly ClauseEdit[] = [
  // A ban said as the only case allowed.
  { kind: 'benign', variant: 'reword', previous: "Do not launch a drone until the airspace check has been logged.", next: "A drone may be launched only once the airspace check is logged." },
  { kind: 'benign', variant: 'reword', previous: "Never sell fireworks unless the buyer has shown photo ID.", next: "Sell fireworks only to buyers who have shown photo ID." },
  // A ban said as the state kept.
  { kind: 'benign', variant: 'reword', previous: "Do not park a hire van in the loading bay.", next: "Keep hire vans out of the loading bay." },
  { kind: 'benign', variant: 'reword', previous: "No food is allowed anywhere in the darkroom.", next: "The darkroom is kept entirely free of food." },
  // A negative word spelled out.
  { kind: 'benign', variant: 'reword', previous: "Chase every invoice left unpaid after thirty days.", next: "Chase every invoice that has not been paid after thirty days." },
  { kind: 'benign', variant: 'reword', previous: "Remove any unlabelled sample from the freezer.", next: "Remove from the freezer any sample that does not carry a label." },
  // Sentences split or joined.
  { kind: 'benign', variant: 'reword', previous: "Lifeguards must test the water each morning and record the result before the pool opens.", next: "Lifeguards must test the water each morning. They record the result before the pool opens." },
  { kind: 'benign', variant: 'reword', previous: "Tenants may keep a cat. The exception is a flat above the shop, where no pets are allowed.", next: "Tenants may keep a cat, except in a flat above the shop, where no pets are allowed." },
  // The twins: said the same way, the rule changed.
  { kind: 'order', previous: "Do not launch a drone until the airspace check has been logged.", next: "A drone may be launched before the airspace check is logged." },
  { kind: 'requirement', previous: "Never sell fireworks unless the buyer has shown photo ID.", next: "Sell fireworks to buyers, and ask for photo ID where you can." },
  { kind: 'negation', previous: "Do not park a hire van in the loading bay.", next: "Park hire vans in the loading bay when the yard is full." },
  { kind: 'scope', previous: "No food is allowed anywhere in the darkroom.", next: "The darkroom is kept mostly free of food." },
  { kind: 'negation', previous: "Chase every invoice left unpaid after thirty days.", next: "Chase every invoice that has been paid after thirty days." },
  { kind: 'negation', previous: "Remove any unlabelled sample from the freezer.", next: "Remove from the freezer any sample that carries a label." },
  { kind: 'order', previous: "Lifeguards must test the water each morning and record the result before the pool opens.", next: "Lifeguards must test the water each morning. They may record the result after the pool opens." },
  { kind: 'scope', previous: "Tenants may keep a cat. The exception is a flat above the shop, where no pets are allowed.", next: "Tenants may keep a cat, including in a flat above the shop." },
];
