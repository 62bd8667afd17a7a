// Round 38c (session 32, issue 11): edits written for round 38c in domains of their own (a
// hamper company, a glassblowing studio, an ice rink, a balloon operator, a community orchard, a kite festival, a
// bonsai nursery, a model railway shop, a climbing wall), each benign edit beside a twin that must
// stay flagged. The classes read: a plain sentence dropped is a duty when its subject acts, not
// when it says what a party feels ("Visitors love the new viewing gallery"); an amount of money
// with its scale written short or in words ("£2 million" -> "£2m", "£250,000" -> "a quarter of a
// million pounds", "two and a half million pounds"); several rates each said again in other words
// ("every 2 days ... and every 7 days" -> "every other day ... and weekly"); "or" alternatives put
// in another order inside a reordered list ("but not batteries or power tools"); a grant split into
// a list's items under a lead-in that grants ("can be made:" + "- nut free;"). HISTORY.md,
// "Session 32, guard38c". Part of the tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_38C_EDITS: readonly ClauseEdit[] = [
  // A plain sentence dropped: a party's liking or preference is no duty; an act of the party is one.
  { kind: 'benign', variant: 'stricter', previous: "Glassblowers anneal every finished piece overnight. Visitors love the new viewing gallery.", next: "Glassblowers anneal every finished piece overnight." },
  { kind: 'requirement', previous: "Glassblowers anneal every finished piece overnight. Visitors wear safety glasses near the furnace.", next: "Glassblowers anneal every finished piece overnight." },
  { kind: 'benign', variant: 'stricter', previous: "Rink marshals clear the ice every hour. Regular skaters prefer the quieter early morning sessions.", next: "Rink marshals clear the ice every hour." },
  { kind: 'requirement', previous: "Rink marshals clear the ice every hour. Regular skaters return their hired skates to the counter.", next: "Rink marshals clear the ice every hour." },
  // Money with its scale written short or in words; the twins move the amount.
  { kind: 'benign', variant: 'abbreviation', previous: "Balloon pilots must hold third-party liability cover of at least £2 million.", next: "Balloon pilots must hold third-party liability cover of at least £2m." },
  { kind: 'number', previous: "Balloon pilots must hold third-party liability cover of at least £2 million.", next: "Balloon pilots must hold third-party liability cover of at least £1m." },
  { kind: 'benign', variant: 'units', previous: "Orchard grants above £250,000 are approved by the full board of trustees.", next: "Orchard grants above a quarter of a million pounds are approved by the full board of trustees." },
  { kind: 'number', previous: "Orchard grants above £250,000 are approved by the full board of trustees.", next: "Orchard grants above half a million pounds are approved by the full board of trustees." },
  { kind: 'benign', variant: 'units', previous: "Kite festival sponsorship deals worth over £2,500,000 need the trustees' approval.", next: "Kite festival sponsorship deals worth over two and a half million pounds need the trustees' approval." },
  { kind: 'number', previous: "Kite festival sponsorship deals worth over £2,500,000 need the trustees' approval.", next: "Kite festival sponsorship deals worth over three and a half million pounds need the trustees' approval." },
  // Several rates, each said again in other words; the twin makes the winter rate slower.
  { kind: 'benign', variant: 'units', previous: "Bonsai trees in the nursery are watered every 2 days in summer and every 7 days in winter.", next: "Bonsai trees in the nursery are watered every other day in summer and weekly in winter." },
  { kind: 'number', previous: "Bonsai trees in the nursery are watered every 2 days in summer and every 7 days in winter.", next: "Bonsai trees in the nursery are watered every other day in summer and every fortnight in winter." },
  // A list reordered with its "or" alternatives; the twin trades an item of the list with an alternative refused.
  { kind: 'benign', variant: 'reorder', previous: "The model railway shop sells locomotives, track packs and scenery kits, but not batteries or power tools.", next: "The model railway shop sells scenery kits, track packs and locomotives, but not power tools or batteries." },
  { kind: 'roles', previous: "The model railway shop sells locomotives, track packs and scenery kits, but not batteries or power tools.", next: "The model railway shop sells batteries, track packs and scenery kits, but not locomotives or power tools." },
  { kind: 'benign', variant: 'reorder', previous: "Climbers may borrow harnesses, belay devices and chalk bags, but never ropes or quickdraws.", next: "Climbers may borrow chalk bags, belay devices and harnesses, but never quickdraws or ropes." },
  { kind: 'rescope', previous: "Climbers may borrow harnesses, belay devices and chalk bags, but never ropes or quickdraws.", next: "Climbers may borrow ropes, belay devices and chalk bags, but never harnesses or quickdraws." },
  // A grant split into a list's items under a lead-in that grants; the twin lists a thing the old grant did not give.
  { kind: 'benign', variant: 'list-prose', previous: "With a week's notice, our gift hampers can be made nut free, gluten free or alcohol free.", next: "With a week's notice, our gift hampers can be made:\n- nut free;\n- gluten free;\n- alcohol free." },
  { kind: 'scope', previous: "With a week's notice, our gift hampers can be made nut free, gluten free or alcohol free.", next: "With a week's notice, our gift hampers can be made:\n- nut free;\n- gluten free;\n- twice the size." },
];
