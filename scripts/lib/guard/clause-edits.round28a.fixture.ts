// Round 28a (session 22, issue 11): edits written for the readings of round 28a before each was
// built, in domains no labelled set used, each benign edit beside twins that must stay flagged.
// Part of the tuning set (`CLAUSE_EDITS` spreads them); kept in a file of its own so that the
// rounds working at once in this folder touch one line of the shared fixture.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_28A_EDITS: readonly ClauseEdit[] = [
  // A ban on every case outside a set or a condition, said as the act allowed only for it, the act
  // or the set in other words or the voice turned (_bans-as-only.ts). Measured at a04be9ac first:
  // 4 of the 10 benign flagged (negation-removed), 10 of the 15 twins caught; 4 twins quiet there
  // (a set widened, a condition replaced, "only" dropped, the act replaced) are misses of other
  // readings, kept as labelled.
  { kind: 'benign', variant: 'reword', previous: `Do not lend the projector to anyone other than teaching staff.`, next: `The projector is loaned only to teaching staff.` },
  { kind: 'benign', variant: 'reword', previous: `Never issue a parking permit to anyone other than a registered resident.`, next: `Parking permits are given out only to registered residents.` },
  { kind: 'benign', variant: 'reword', previous: `Do not show the floor plans to anyone apart from the buyer's surveyor.`, next: `The floor plans are shown only to the buyer's surveyor.` },
  { kind: 'benign', variant: 'reword', previous: `The ward must not discharge a patient unless a consultant has signed the discharge form.`, next: `A patient is released from the ward only if a consultant has signed the discharge form.` },
  { kind: 'benign', variant: 'reword', previous: `Do not open the vault without two keyholders present.`, next: `The vault is unlocked only with two keyholders present.` },
  { kind: 'benign', variant: 'reword', previous: `Never pour concrete that has not been tested for slump.`, next: `Concrete is poured only once it has been tested for slump.` },
  { kind: 'benign', variant: 'reword', previous: `Do not publish a photo of a pupil unless a parent has given consent.`, next: `A pupil's photo is printed only if a parent has given consent.` },
  { kind: 'benign', variant: 'reword', previous: `Do not hand the hire van keys to anyone other than the named driver.`, next: `The hire van keys are given only to the named driver.` },
  { kind: 'benign', variant: 'reword', previous: `Lifeguards must not leave the tower until a relief lifeguard has arrived.`, next: `A lifeguard departs from the tower only once a relief lifeguard has arrived.` },
  { kind: 'benign', variant: 'reword', previous: `Never ship an order that has not been paid for in full.`, next: `An order is dispatched only once it has been paid for in full.` },
  { kind: 'scope', previous: `Do not lend the projector to anyone other than teaching staff.`, next: `The projector is loaned only to teaching staff and students.` },
  { kind: 'drift', previous: `Do not show the floor plans to anyone apart from the buyer's surveyor.`, next: `The floor plans are emailed only to the buyer's surveyor.` },
  { kind: 'condition', previous: `The ward must not discharge a patient unless a consultant has signed the discharge form.`, next: `A patient is released from the ward only if a doctor has signed the discharge form.` },
  { kind: 'number', previous: `Do not open the vault without two keyholders present.`, next: `The vault is unlocked only with one keyholder present.` },
  { kind: 'modal', previous: `Never pour concrete that has not been tested for slump.`, next: `Concrete should be poured only once it has been tested for slump.` },
  { kind: 'condition', previous: `Do not publish a photo of a pupil unless a parent has given consent.`, next: `A pupil's photo is printed only if the head teacher has given consent.` },
  { kind: 'condition', previous: `Never pour concrete that has not been tested for slump.`, next: `Concrete is poured only once it has been delivered to site.` },
  { kind: 'entity', previous: `Never issue a parking permit to anyone other than a registered resident.`, next: `Parking permits are given out only to visitors.` },
  { kind: 'scope', previous: `Do not hand the hire van keys to anyone other than the named driver.`, next: `The hire van keys are given to the named driver.` },
  { kind: 'condition', previous: `Lifeguards must not leave the tower until a relief lifeguard has arrived.`, next: `A lifeguard departs from the tower only until a relief lifeguard has arrived.` },
  { kind: 'condition', previous: `Never ship an order that has not been paid for in full.`, next: `An order is dispatched only once it has been paid for in part.` },
  { kind: 'drift', previous: `Do not hand the hire van keys to anyone other than the named driver.`, next: `The hire van keys are photographed only by the named driver.` },

  // The act and its condition exchanged (a first version read the condition's words anywhere in the new sentence and lost the tuning set's tree fellers); the lifeguards' twin is quiet before and after.
  { kind: 'roles', previous: `The ward must not discharge a patient unless a consultant has signed the discharge form.`, next: `A consultant signs the discharge form only if a patient is discharged from the ward.` },
  { kind: 'roles', previous: `Lifeguards must not leave the tower until a relief lifeguard has arrived.`, next: `A relief lifeguard arrives at the tower only once a lifeguard has left it.` },
  { kind: 'roles', previous: `Never ship an order that has not been paid for in full.`, next: `Payment in full is taken only once an order has been shipped.` },
  // Two sentences joined, the second's subject a pronoun for the first's or the same remit said
  // again: read as what the other sentence said, not as a remit widened (reason-remit-widened.ts) or a
  // condition narrowed (reason-condition.ts). Measured at a04be9ac first: 4 of 5 benign flagged
  // (scope-widened, condition-narrowed), 6 of 9 twins caught; 3 twins quiet there too (an item
  // appended that a sentence of another predicate named, an item beyond the joined one), kept as labelled.
  { kind: 'benign', variant: 'split-join', previous: `Tour tickets include entry to the castle. They also include an audio guide.`, next: `Tour tickets include entry to the castle and an audio guide.` },
  { kind: 'benign', variant: 'split-join', previous: `You are the front desk assistant for a climbing centre. Answer questions about opening times. Also answer questions about taster sessions.`, next: `You are the front desk assistant for a climbing centre. Answer questions about opening times and taster sessions.` },
  { kind: 'benign', variant: 'split-join', previous: `The welcome pack contains a site map. It also contains the fire procedure.`, next: `The welcome pack contains a site map and the fire procedure.` },
  { kind: 'benign', variant: 'split-join', previous: `The ferry leaves when the ramp is raised. It docks only when the harbour master signals.`, next: `The ferry leaves when the ramp is raised and docks only when the harbour master signals.` },
  { kind: 'benign', variant: 'split-join', previous: `The pump starts when the tank is full. It stops only when the float switch drops.`, next: `The pump starts when the tank is full and stops only when the float switch drops.` },
  { kind: 'scope', previous: `Tour tickets include entry to the castle. Parking is charged separately.`, next: `Tour tickets include entry to the castle and parking.` },
  { kind: 'scope', previous: `The welcome pack contains a site map. Keys are handed out at reception.`, next: `The welcome pack contains a site map and the keys.` },
  { kind: 'requirement', previous: `The ferry leaves when the ramp is raised. It docks only when the harbour master signals.`, next: `The ferry leaves when the ramp is raised and the harbour master signals.` },
  { kind: 'condition', previous: `The pump starts when the tank is full. Check the float switch weekly.`, next: `The pump starts when the tank is full and the float switch drops.` },
  { kind: 'scope', previous: `Tour tickets include entry to the castle. They also include an audio guide.`, next: `Tour tickets include entry to the castle, an audio guide and a free lunch.` },
  { kind: 'scope', previous: `Tour tickets include entry to the castle. They exclude the audio guide.`, next: `Tour tickets include entry to the castle and the audio guide.` },
  { kind: 'negation', previous: `You are the front desk assistant for a climbing centre. Answer questions about opening times. Never answer questions about medical conditions.`, next: `You are the front desk assistant for a climbing centre. Answer questions about opening times and medical conditions.` },
  { kind: 'scope', previous: `The welcome pack contains a site map. The safety pack contains the fire procedure.`, next: `The welcome pack contains a site map and the fire procedure.` },
  { kind: 'condition', previous: `The ferry leaves when the ramp is raised. It docks only when the harbour master signals.`, next: `The ferry leaves when the ramp is raised and the harbour master signals, and docks only when the harbour master signals.` },
  // "No <subject> may / is allowed" with a subject of four words or more, a head and its of-phrase
  // ("No member of the public is allowed within 2 metres"): read as the ban it is, not as a grant
  // (_rule-words.ts). Measured at a04be9ac first: 3 of 7 benign flagged (modal-weakened), 6 of 8
  // twins caught; after, 0 benign and 5 twins: the last twin ("No member of the public can be
  // expected to stay out") was caught only because its subject was too long to read, and its
  // three-word form ("No visitor can be expected to ...") is quiet at a04be9ac too; the modal
  // softened to "should" and the place changed are quiet before and after. Kept as labelled.
  { kind: 'benign', variant: 'reword', previous: `Keep members of the public at least 5 metres from the crane.`, next: `No member of the public is allowed within 5 metres of the crane.` },
  { kind: 'benign', variant: 'reword', previous: `Members of staff must not use the guest lift.`, next: `No member of staff may use the guest lift.` },
  { kind: 'benign', variant: 'reword', previous: `Pieces of scaffolding must not be left on the pavement overnight.`, next: `No piece of scaffolding is allowed on the pavement overnight.` },
  { kind: 'benign', variant: 'reword', previous: `Bottles of wine are not allowed in the dormitories.`, next: `No bottle of wine is permitted in the dormitories.` },
  { kind: 'benign', variant: 'reword', previous: `Visitors must not bring items of food into the archive.`, next: `No item of food may be brought into the archive by visitors.` },
  { kind: 'benign', variant: 'reword', previous: `Members of the public must not enter the plant room.`, next: `No member of the public may enter the plant room.` },
  { kind: 'benign', variant: 'reword', previous: `Employees of the contractor are not allowed in the server room.`, next: `No employee of the contractor is allowed in the server room.` },
  { kind: 'number', previous: `Keep members of the public at least 5 metres from the crane.`, next: `No member of the public is allowed within 2 metres of the crane.` },
  { kind: 'modal', previous: `Members of staff must not use the guest lift.`, next: `No member of staff should use the guest lift.` },
  { kind: 'negation', previous: `Members of staff must not use the guest lift.`, next: `Members of staff may use the guest lift.` },
  { kind: 'scope', previous: `Members of staff must not use the guest lift.`, next: `No member of staff may use the guest lift during the day.` },
  { kind: 'negation', previous: `Bottles of wine are not allowed in the dormitories.`, next: `One bottle of wine is permitted in the dormitories.` },
  { kind: 'scope', previous: `Visitors must not bring items of food into the archive.`, next: `No item of food may be brought into the reading room by visitors.` },
  { kind: 'condition', previous: `Employees of the contractor are not allowed in the server room.`, next: `No employee of the contractor is allowed in the server room without an escort.` },
  { kind: 'modal', previous: `Members of the public must not enter the plant room.`, next: `No member of the public can be expected to stay out of the plant room.` },
  // A hedge said by another of its kind ("usually" / "normally", "where possible" / "if possible":
  // reason-scope.ts), a modal in what a relative clause reports ("Anyone who says they can smell
  // smoke is told to leave": _rule-words.ts, reason-handed-duty.ts) and "Help <someone> ..." read as
  // the imperative it is (_rule-words.ts). Measured at a04be9ac first: 8 of 10 benign flagged
  // (qualifier-added, modal-weakened, permission-added); after, 3: two "if needed" / "when relevant"
  // hedges read as conditions added, and the pupil who "may be being bullied" read as dismissive,
  // other readings'. 8 of 9 twins caught before and after (the patient who "may sit down if they
  // wish" is quiet at a04be9ac too).
  { kind: 'benign', variant: 'reword', previous: `Check the pool chemistry where possible before opening.`, next: `Check the pool chemistry if possible before opening.` },
  { kind: 'benign', variant: 'reword', previous: `Staff generally work in pairs on the night shift.`, next: `Staff usually work in pairs on the night shift.` },
  { kind: 'benign', variant: 'reword', previous: `Use the service lift where necessary.`, next: `Use the service lift if needed.` },
  { kind: 'benign', variant: 'reword', previous: `Explain how long a boiler repair typically takes.`, next: `Explain how long a boiler repair normally takes.` },
  { kind: 'benign', variant: 'reword', previous: `Offer a printed receipt where appropriate.`, next: `Offer a printed receipt when relevant.` },
  { kind: 'benign', variant: 'reword', previous: `If a caller smells smoke, tell them to leave the building.`, next: `Anyone who says they can smell smoke is told to leave the building.` },
  { kind: 'benign', variant: 'reword', previous: `If a patient feels faint, sit them down.`, next: `A patient who says they can feel faint is sat down.` },
  { kind: 'benign', variant: 'reword', previous: `Refer any pupil who reports bullying to the head of year.`, next: `Refer any pupil who says they may be being bullied to the head of year.` },
  { kind: 'benign', variant: 'reword', previous: `Explain the refund policy to customers and how long a refund usually takes.`, next: `Help customers understand the refund policy and how long a refund normally takes.` },
  { kind: 'benign', variant: 'reword', previous: `Show new members how the lockers work.`, next: `Help new members work out how the lockers work.` },
  { kind: 'scope', previous: `Staff generally work in pairs on the night shift.`, next: `Staff sometimes work in pairs on the night shift.` },
  { kind: 'scope', previous: `Check the pool chemistry where possible before opening.`, next: `Check the pool chemistry when needed before opening.` },
  { kind: 'scope', previous: `Always check the pool chemistry before opening.`, next: `Usually check the pool chemistry before opening.` },
  { kind: 'scope', previous: `Use the service lift where necessary.`, next: `Use the service lift where possible.` },
  { kind: 'modal', previous: `If a caller smells smoke, tell them to leave the building.`, next: `Anyone who says they can smell smoke can be told to leave the building.` },
  { kind: 'modal', previous: `Refer any pupil who reports bullying to the head of year.`, next: `Pupils who say they are being bullied may be referred to the head of year.` },
  { kind: 'obligation', previous: `If a patient feels faint, sit them down.`, next: `A patient who says they can feel faint may sit down if they wish.` },
  { kind: 'modal', previous: `Explain the refund policy to customers.`, next: `Customers can be helped to understand the refund policy.` },
  { kind: 'scope', previous: `Explain the refund policy to customers.`, next: `Help customers understand the refund policy if you have time.` },
  // A deadline a span before an event said as "up to" / "no later than" that span: the floor "at least
  // <span> before" it is (_deadlines-before.ts). Measured at a04be9ac first: 4 of 6 benign flagged
  // (number-changed, order-changed), 3 of 6 twins caught; after, 0 benign and 6 twins: "at most 48 hours
  // before", "up to 48" -> "up to 24 hours before" in a permission and "up to 7" -> "up to 2 days before
  // departure" were read as caps tightened.
  { kind: 'benign', variant: 'reword', previous: `Bookings can be cancelled up to 48 hours before the class.`, next: `Bookings can be cancelled at least 48 hours before the class.` },
  { kind: 'benign', variant: 'reword', previous: `Bookings can be cancelled up to 48 hours before the class.`, next: `Bookings can be cancelled no later than 48 hours before the class.` },
  { kind: 'benign', variant: 'reword', previous: `Crew must book on at least 2 hours before the first train.`, next: `Crew must book on no later than 2 hours before the first train.` },
  { kind: 'benign', variant: 'reword', previous: `Guests may amend their order up to three days ahead of the event.`, next: `Guests may amend their order at least three days ahead of the event.` },
  { kind: 'benign', variant: 'reword', previous: `Submit the risk assessment at least five working days before the event.`, next: `Submit the risk assessment no later than five working days before the event.` },
  { kind: 'benign', variant: 'reword', previous: `Refunds are given for cancellations up to 7 days before departure.`, next: `Refunds are given for cancellations made at least 7 days before departure.` },
  { kind: 'order', previous: `Bookings can be cancelled up to 48 hours before the class.`, next: `Bookings can be cancelled at most 48 hours before the class.` },
  { kind: 'number', previous: `Bookings can be cancelled up to 48 hours before the class.`, next: `Bookings can be cancelled up to 24 hours before the class.` },
  { kind: 'number', previous: `Crew must book on at least 2 hours before the first train.`, next: `Crew must book on no later than 1 hour before the first train.` },
  { kind: 'order', previous: `Guests may amend their order up to three days ahead of the event.`, next: `Guests may amend their order up to three days after the event.` },
  { kind: 'number', previous: `Submit the risk assessment at least five working days before the event.`, next: `Submit the risk assessment within five working days before the event.` },
  { kind: 'number', previous: `Refunds are given for cancellations up to 7 days before departure.`, next: `Refunds are given for cancellations up to 2 days before departure.` },
  // A bound on a fraction of an amount after a negated verb ("must not work more than half a day"):
  // "half" is a figure to the bound's direction, as "12" is (_statements.ts). Measured at a04be9ac
  // first: 2 of 3 benign flagged (order-changed), 4 of 5 twins caught before and after ("25%" -> "half
  // of the grant" is quiet at a04be9ac too).
  { kind: 'benign', variant: 'units', previous: `Drivers must not drive more than 30 minutes without a break on the ice road.`, next: `Drivers must not drive more than half an hour without a break on the ice road.` },
  { kind: 'benign', variant: 'units', previous: `Do not spend more than 50% of the grant on equipment.`, next: `Do not spend more than half of the grant on equipment.` },
  { kind: 'benign', variant: 'units', previous: `Guests must not stay longer than 12 hours in the day room.`, next: `Guests must not stay longer than half a day in the day room.` },
  { kind: 'order', previous: `Keepers must not work more than 12 hours in any shift.`, next: `Keepers must not work less than half a day in any shift.` },
  { kind: 'number', previous: `Do not spend more than 25% of the grant on equipment.`, next: `Do not spend more than half of the grant on equipment.` },
  { kind: 'number', previous: `Drivers must not drive more than 30 minutes without a break on the ice road.`, next: `Drivers must not drive more than half a day without a break on the ice road.` },
  { kind: 'number', previous: `Keepers must not work more than 6 hours in any shift.`, next: `Keepers must not work more than half a day in any shift.` },
  { kind: 'negation', previous: `Guests must not stay longer than 12 hours in the day room.`, next: `Guests must stay longer than half a day in the day room.` },
  // A time of day said in words with its half of the day ("half past four in the morning" = "04:30",
  // _clock-words.ts). Measured at a04be9ac first: 3 of 4 benign flagged (number-changed), 4 of 4 twins
  // caught before and after.
  { kind: 'benign', variant: 'units', previous: `The gates open at 06:15 for deliveries.`, next: `The gates open at a quarter past six in the morning for deliveries.` },
  { kind: 'benign', variant: 'units', previous: `Lock the main doors at 21:00.`, next: `Lock the main doors at nine o'clock at night.` },
  { kind: 'benign', variant: 'units', previous: `Last orders are taken at 6:45 p.m.`, next: `Last orders are taken at a quarter to seven in the evening.` },
  { kind: 'benign', variant: 'units', previous: `Quiet hours start at 10 p.m.`, next: `Quiet hours start at ten at night.` },
  { kind: 'number', previous: `No duty may start earlier than 04:30.`, next: `No duty may start earlier than half past five in the morning.` },
  { kind: 'number', previous: `No duty may start earlier than 04:30.`, next: `No duty may start earlier than half past four in the afternoon.` },
  { kind: 'number', previous: `Lock the main doors at 21:00.`, next: `Lock the main doors at eleven o'clock at night.` },
  { kind: 'number', previous: `Last orders are taken at 6:45 p.m.`, next: `Last orders are taken at a quarter past seven in the evening.` },
];
