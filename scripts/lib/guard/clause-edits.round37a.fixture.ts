// Round 37a (issue 11): v48's and v49's rescope misses read as a class: every old sentence kept and a
// new one that takes back, for some of what it covers, what a kept sentence gives or states (a
// grant's or a benefit's own act negated for a thing it names; a thing said to go free charged for),
// each beside benign twins of the shapes a new sentence takes when it only restates, explains or
// adds a stricter duty (an added example, an added reason, an added stricter duty, a split sentence,
// the kept rule's other side said outright), in domains no set used (a llama trekking farm, a chess
// club, an origami workshop, a cheesemonger, a ferret rescue); and v48's obligation misses as
// classes (a duty's act made an offer, a duty hedged "where there is time"), each beside a twin.
// Written before the readings and measured on the guard at cecb7a47 (weighing off): 1 of 12
// regressions caught, 2 of 15 benign flagged (an example read as a case, a free thing said free
// again read against "pay nothing"); after: 12 of 12 caught, 0 of 15 flagged.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_37A_EDITS: readonly ClauseEdit[] = [
  // A grant's act negated for some of what it names.
  { kind: 'rescope', previous: "Visitors may feed the llamas with the pellets sold at the gate.", next: "Visitors may feed the llamas with the pellets sold at the gate. Llamas in the north paddock cannot be fed." },
  { kind: 'rescope', previous: "Students can take home any model they fold in class, including the large cranes.", next: "Students can take home any model they fold in class, including the large cranes. Cranes are never taken home." },
  // A plain statement of a benefit negated for some.
  { kind: 'rescope', previous: "Club chess clocks are loaned to juniors for tournaments, whatever their grade.", next: "Club chess clocks are loaned to juniors for tournaments, whatever their grade. Clocks are not loaned to juniors under twelve." },
  { kind: 'rescope', previous: "Every cheese board we sell is covered by our freshness promise, whatever its size.", next: "Every cheese board we sell is covered by our freshness promise, whatever its size. Boards heavier than two kilos are not covered." },
  // Something included said not to count, by a verb of the same sense.
  { kind: 'rescope', previous: "A llama walk ticket covers up to six walkers, including toddlers in a carrier.", next: "A llama walk ticket covers up to six walkers, including toddlers in a carrier. Toddlers are not counted on the ticket." },
  // A thing or a party said to go free, charged for.
  { kind: 'rescope', previous: "Customers taste any cheese on the counter free of charge.", next: "Customers taste any cheese on the counter free of charge. Each taste after the third is charged at 50p." },
  { kind: 'rescope', previous: "Adopters pay nothing for the first vet check.", next: "Adopters pay nothing for the first vet check. A £15 fee is taken from adopters who live outside the county." },
  // A clause appended to a kept sentence: a grant of what a kept ban forbids, an exception to a plain duty.
  { kind: 'rescope', previous: "Do not tell players whether a move is legal during a game. Only an arbiter can rule on that.", next: "Do not tell players whether a move is legal during a game. Only an arbiter can rule on that, but in a friendly game you can tell them the move is illegal." },
  { kind: 'rescope', previous: "Offcuts of paper are collected at the end of each class and recycled.", next: "Offcuts of paper are collected at the end of each class and recycled, except for sheets a student wants to take home." },
  // A time bound a kept sentence sets lifted for some.
  { kind: 'rescope', previous: "Loyalty cards are cancelled 24 months after the last purchase.", next: "Loyalty cards are cancelled 24 months after the last purchase. Cards of customers who shop at the market stall are kept open indefinitely." },
  // A duty's act made an offer; a duty hedged by "where there is time" (v48's obligation misses read as classes).
  { kind: 'obligation', previous: "Tutors must check each student's crease pattern before the final fold.", next: "Tutors must offer to check each student's crease pattern before the final fold." },
  { kind: 'obligation', previous: "Every cut wedge must be wrapped in wax paper before it leaves the counter.", next: "Every cut wedge must, where there is time, be wrapped in wax paper before it leaves the counter." },

  // An added example.
  { kind: 'benign', variant: 'reword', previous: "Visitors may feed the llamas with the pellets sold at the gate.", next: "Visitors may feed the llamas with the pellets sold at the gate. For example, a cup of pellets from the gate kiosk makes a good snack for them." },
  // An added reason.
  { kind: 'benign', variant: 'reword', previous: "Club chess clocks are loaned to juniors for tournaments, whatever their grade.", next: "Club chess clocks are loaned to juniors for tournaments, whatever their grade. This is because many juniors cannot afford a clock of their own." },
  // An added stricter duty, on another act.
  { kind: 'benign', variant: 'stricter', previous: "Students can take home any model they fold in class.", next: "Students can take home any model they fold in class. They must write their name on each model before they leave." },
  { kind: 'benign', variant: 'stricter', previous: "Adopters pay nothing for the first vet check.", next: "Adopters pay nothing for the first vet check. Do not book the vet check before the home visit has been passed." },
  // An added stricter duty on how the kept act is done.
  { kind: 'benign', variant: 'stricter', previous: "Staff wash the cheese wires after every cut.", next: "Staff wash the cheese wires after every cut. The wires are not washed with bleach." },
  // A split sentence.
  { kind: 'benign', variant: 'split-join', previous: "Adopters pay nothing for the first vet check, and the rescue books it for them.", next: "Adopters pay nothing for the first vet check. The rescue books it for them." },
  // The kept rule's other side said outright: its case's complement, a "without" for its "with", its figure's bound.
  { kind: 'benign', variant: 'stricter', previous: "Customers may return unopened cheese within 7 days with a receipt.", next: "Customers may return unopened cheese within 7 days with a receipt. Opened cheese cannot be returned." },
  { kind: 'benign', variant: 'stricter', previous: "Members may borrow a club set with a signed loan slip.", next: "Members may borrow a club set with a signed loan slip. No set is borrowed without a signed loan slip." },
  { kind: 'benign', variant: 'stricter', previous: "Walkers may keep a llama out on the trail for up to 2 hours.", next: "Walkers may keep a llama out on the trail for up to 2 hours. A llama is not kept out for more than 2 hours." },
  // An exception appended that ends the rule sooner, a record kept for good that the bound never covered.
  { kind: 'benign', variant: 'stricter', previous: "Offcuts of paper are collected at the end of each class and recycled.", next: "Offcuts of paper are collected at the end of each class and recycled, except for sheets with glue on them, which are binned at once." },
  { kind: 'benign', variant: 'stricter', previous: "Loyalty cards are cancelled 24 months after the last purchase.", next: "Loyalty cards are cancelled 24 months after the last purchase. A record of each cancellation is kept permanently." },
  // The obligation twins: the duty moved in its sentence, stressed.
  { kind: 'benign', variant: 'reorder', previous: "Tutors must check each student's crease pattern before the final fold.", next: "Before the final fold, tutors must check each student's crease pattern." },
  { kind: 'benign', variant: 'emphasis', previous: "Every cut wedge must be wrapped in wax paper before it leaves the counter.", next: "Every cut wedge must, without exception, be wrapped in wax paper before it leaves the counter." },
  // The free thing said free again, and a charge for another thing.
  { kind: 'benign', variant: 'reword', previous: "Adopters pay nothing for the first vet check.", next: "Adopters pay nothing for the first vet check. The check is free for every adopter, whatever the ferret's age." },
  { kind: 'benign', variant: 'stricter', previous: "Tasting at the counter is free.", next: "Tasting at the counter is free. Whole wheels are paid for at the till before they are cut." },
];
