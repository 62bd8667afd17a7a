// Round 29b (session 23, issue 11): edits written for the readings of round 29b before each was
// built, in domains no labelled set used, each class of regression beside faithful twins that must
// stay unflagged. Part of the tuning set (`CLAUSE_EDITS` spreads them); kept in a file of its own
// so that the rounds working at once in this folder touch one line of the shared fixture.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_29B_EDITS: readonly ClauseEdit[] = [
  // Who does what to whom turned round with a first-person party, "we" in one case and "us" in the
  // other (v33's "The customer must tell us" -> "We must tell the customer"): the role readings
  // took pronouns for function words. Left, by design: a third-person pronoun ("The club pays
  // them" -> "They pay the club"), which most often stands for the noun it trades places with,
  // and a swap carried by a possessive ("the driver's copy" -> "our copy").
  { kind: 'roles', previous: `Tenants must tell us about any leak within a day.`, next: `We must tell tenants about any leak within a day.` },
  { kind: 'roles', previous: `The club pays them a travel allowance for every away match.`, next: `They pay the club a travel allowance for every away match.` },
  { kind: 'roles', previous: `Parents send us the medical form before the school trip.`, next: `We send parents the medical form before the school trip.` },
  { kind: 'roles', previous: `The hirer returns the keys to us by noon on the last day.`, next: `We return the keys to the hirer by noon on the last day.` },
  { kind: 'roles', previous: `Members must notify me of any change of address.`, next: `I must notify members of any change of address.` },
  { kind: 'roles', previous: `The driver must show us the delivery note, and we sign the driver's copy.`, next: `We must show the driver the delivery note, and the driver signs our copy.` },
  { kind: 'benign', variant: 'reword', previous: `Tenants must tell us about any leak within a day.`, next: `Tenants must let us know about any leak within a day.` },
  { kind: 'benign', variant: 'voice', previous: `We must tell tenants about any planned works in the building.`, next: `Tenants must be told by us about any planned works in the building.` },
  { kind: 'benign', variant: 'reword', previous: `The club pays them a travel allowance for every away match.`, next: `They receive a travel allowance from the club for every away match.` },
  { kind: 'benign', variant: 'reword', previous: `Parents send us the medical form before the school trip.`, next: `We must receive the medical form from parents before the school trip.` },
  { kind: 'benign', variant: 'reword', previous: `We return the deposit to the hirer within a week.`, next: `The hirer gets the deposit back from us within a week.` },
  { kind: 'benign', variant: 'voice', previous: `Members must notify me of any change of address.`, next: `Any change of address must be reported to me by members.` },
  // Twins of the third-person shape the reading leaves alone: the noun and its pronoun trade places, no role does.
  { kind: 'benign', variant: 'reorder', previous: `Give the member their locker code the first time they visit.`, next: `The first time a member visits, give them their locker code.` },

  // The act a rule demands, said by one verb, replaced by a phrase doing another thing, the rest
  // kept (v32's "must bow" -> "must take off their shoes", "Refund a rider" -> "Give a free
  // re-ride to a rider"; v33's "is refused" -> "is charged at the larger size"). Left: "register"
  // -> "show photo ID" ("show" meets "register" in a rare sense, "show in one's face").
  { kind: 'drift', previous: `Cyclists must dismount before entering the tunnel.`, next: `Cyclists must switch on their lights before entering the tunnel.` },
  { kind: 'drift', previous: `Anglers must release every salmon caught below the weir.`, next: `Anglers must record the weight of every salmon caught below the weir.` },
  { kind: 'drift', previous: `Visitors must register at the gatehouse on arrival.`, next: `Visitors must show photo ID at the gatehouse on arrival.` },
  { kind: 'drift', previous: `Pilots must refuel before every second flight of the day.`, next: `Pilots must file a weather report before every second flight of the day.` },
  { kind: 'drift', previous: `Hikers who leave the marked trail are fined at the park office.`, next: `Hikers who leave the marked trail are given a map at the park office.` },
  { kind: 'drift', previous: `Freeze any fish that arrives after 4pm.`, next: `Sell at half price any fish that arrives after 4pm.` },
  { kind: 'benign', variant: 'reword', previous: `Cyclists must dismount before entering the tunnel.`, next: `Cyclists must get off their bikes before entering the tunnel.` },
  { kind: 'benign', variant: 'reword', previous: `Anglers must release every salmon caught below the weir.`, next: `Anglers must set free every salmon caught below the weir.` },
  { kind: 'benign', variant: 'reword', previous: `Visitors must register at the gatehouse on arrival.`, next: `Visitors must put their names in the register at the gatehouse on arrival.` },
  { kind: 'benign', variant: 'reword', previous: `Pilots must refuel before every second flight of the day.`, next: `Pilots must take on fuel before every second flight of the day.` },
  { kind: 'benign', variant: 'reword', previous: `Hikers who leave the marked trail are fined at the park office.`, next: `Hikers who leave the marked trail are given a fine at the park office.` },
  { kind: 'benign', variant: 'reword', previous: `Freeze any fish that arrives after 4pm.`, next: `Store in the freezer any fish that arrives after 4pm.` },
  { kind: 'benign', variant: 'reword', previous: `Refund a guest whose room was not ready on arrival.`, next: `Give a refund to a guest whose room was not ready on arrival.` },
  { kind: 'benign', variant: 'reword', previous: `Riders must salute the judge before the test begins.`, next: `Riders must give a salute to the judge before the test begins.` },
  { kind: 'benign', variant: 'reword', previous: `Notify the owner before the vet arrives at the stable.`, next: `Send an email to the owner before the vet arrives at the stable.` },
  { kind: 'benign', variant: 'reword', previous: `Inspect the scaffold every morning before work starts.`, next: `Carry out a check of the scaffold every morning before work starts.` },
  { kind: 'benign', variant: 'reword', previous: `Vacuum the carpets in the hall after every event.`, next: `Run the hoover over the carpets in the hall after every event.` },
  { kind: 'benign', variant: 'reword', previous: `Students must bow before stepping onto the mat.`, next: `Students must bend forward at the waist before stepping onto the mat.` },

  // A condition of a check cut from its list, the list read as granted: "confirm that the guest can
  // walk 8 km, has waterproof boots and is not pregnant" (v32's glacier hike) took "can" for a
  // permission, so an item dropped read as a grant narrowed. A "can" in what a verb of checking
  // asks about is an ability; a grant's list cut stays stricter (the twins).
  { kind: 'conjunct', previous: `Before lending a kayak, check that the member can swim 50 metres, has a buoyancy aid and holds a club card.`, next: `Before lending a kayak, check that the member can swim 50 metres and holds a club card.` },
  { kind: 'conjunct', previous: `Make sure the relief driver can reverse a trailer, has a valid licence and knows the route.`, next: `Make sure the relief driver can reverse a trailer and knows the route.` },
  { kind: 'conjunct', previous: `Before signing off a new climber, confirm that they can tie a figure-of-eight knot, can belay a partner and can lower a partner safely.`, next: `Before signing off a new climber, confirm that they can tie a figure-of-eight knot and can lower a partner safely.` },
  { kind: 'conjunct', previous: `Verify that each warehouse applicant can lift 20 kg, has a forklift ticket and is over 18.`, next: `Verify that each warehouse applicant can lift 20 kg and is over 18.` },
  { kind: 'conjunct', previous: `Before a solo sail, the instructor confirms that the pupil can capsize and right the dinghy, has passed the theory test and knows the harbour limits.`, next: `Before a solo sail, the instructor confirms that the pupil can capsize and right the dinghy and knows the harbour limits.` },
  { kind: 'benign', variant: 'reorder', previous: `Before lending a kayak, check that the member can swim 50 metres, has a buoyancy aid and holds a club card.`, next: `Before lending a kayak, check that the member holds a club card, has a buoyancy aid and can swim 50 metres.` },
  { kind: 'benign', variant: 'reword', previous: `Make sure the relief driver can reverse a trailer, has a valid licence and knows the route.`, next: `Make sure the relief driver is able to reverse a trailer, holds a valid licence and knows the route.` },
  { kind: 'benign', variant: 'stricter', previous: `Members can borrow a kayak, a canoe or a paddleboard from the boathouse.`, next: `Members can borrow a kayak or a paddleboard from the boathouse.` },
  { kind: 'benign', variant: 'stricter', previous: `Pupils who can swim 50 metres may use the slide, the diving board or the rapids.`, next: `Pupils who can swim 50 metres may use the slide or the rapids.` },
  { kind: 'benign', variant: 'split-join', previous: `Verify that each warehouse applicant can lift 20 kg, has a forklift ticket and is over 18.`, next: `Verify that each warehouse applicant can lift 20 kg and has a forklift ticket. Also verify that they are over 18.` },

  // A reproach said to the person, the modal perfect with the person as subject ("tell them they
  // should have practised at home", v33's camper), beside expectations ("should have received",
  // "the train should have arrived") and advice ("should have a blood test") that stay quiet.
  { kind: 'tone', tone: 'empathetic', previous: `If a runner misses the shuttle, reassure them and book them onto the next one.`, next: `If a runner misses the shuttle, tell them they should have read the timetable and book them onto the next one.` },
  { kind: 'tone', tone: 'empathetic', previous: `When a diner's card is declined, discreetly offer another way to pay.`, next: `When a diner's card is declined, tell them they should have checked their balance and offer another way to pay.` },
  { kind: 'tone', tone: 'empathetic', previous: `If a pupil forgets their kit, lend them a spare set without fuss.`, next: `If a pupil forgets their kit, remind them that they ought to have packed it the night before and lend them a spare set.` },
  { kind: 'tone', tone: 'empathetic', previous: `When a tenant locks themselves out, send the locksmith promptly.`, next: `When a tenant locks themselves out, tell them they should have left a spare key with a neighbour and send the locksmith.` },
  { kind: 'tone', tone: 'empathetic', previous: `If a learner driver stalls on the test route, stay calm and let them restart.`, next: `If a learner driver stalls on the test route, tell them they should have practised hill starts more and let them restart.` },
  { kind: 'benign', variant: 'reword', tone: 'empathetic', previous: `If a runner misses the shuttle, tell them the next shuttle leaves in 20 minutes.`, next: `If a runner misses the shuttle, let them know that the next shuttle goes in 20 minutes.` },
  { kind: 'benign', variant: 'reword', previous: `Tell customers whose parcel has not arrived to look for a tracking email.`, next: `Tell customers whose parcel has not arrived that they should have received a tracking email.` },
  { kind: 'benign', variant: 'reword', previous: `Tell members they should book courts a week ahead.`, next: `Tell members that courts should be booked a week ahead.` },
  { kind: 'benign', variant: 'reword', previous: `If a passenger asks about the delay, tell them the train is running late.`, next: `If a passenger asks about the delay, tell them the train should have arrived at 9 but is running late.` },
  { kind: 'benign', variant: 'reword', previous: `Explain to the patient that a blood test is needed before the appointment.`, next: `Explain to the patient that they should have a blood test before the appointment.` },

  // A gate said the other way round whose condition's party lost a word of two ("unless a staff
  // member has checked" -> "only once a member has checked", traced in round 28b): the fold of a
  // gate let one whoever-word stand for the two. Twins say both again, or loosen nothing.
  { kind: 'condition', previous: `Do not release a hire boat unless a staff member has checked the bilge pump.`, next: `Release a hire boat only once a member has checked the bilge pump.` },
  { kind: 'condition', previous: `Do not unlock the server room unless a member of staff is with the visitor.`, next: `Unlock the server room only when a member is with the visitor.` },
  { kind: 'condition', previous: `Never start the glaze kiln unless a staff member has checked the shelves.`, next: `Start the glaze kiln only after a member has checked the shelves.` },
  { kind: 'condition', previous: `Do not hand over a parcel unless a staff member has checked photo ID.`, next: `Hand over a parcel only once someone has checked photo ID.` },
  { kind: 'condition', previous: `Never lower the stage lift unless a crew member is watching the pit.`, next: `Lower the stage lift only when someone is watching the pit.` },
  { kind: 'benign', variant: 'reword', previous: `Do not release a hire boat unless a staff member has checked the bilge pump.`, next: `Release a hire boat only once a staff member has checked the bilge pump.` },
  { kind: 'benign', variant: 'reword', previous: `Do not unlock the server room unless a member of staff is with the visitor.`, next: `Unlock the server room only when a staff member is with the visitor.` },
  { kind: 'benign', variant: 'reword', previous: `Never start the glaze kiln unless a staff member has checked the shelves.`, next: `Start the glaze kiln only after a member of staff has checked the shelves.` },
  { kind: 'benign', variant: 'reword', previous: `Do not hand over a parcel unless someone has checked photo ID.`, next: `Hand over a parcel only once a person has checked photo ID.` },
  { kind: 'benign', variant: 'reword', previous: `Never lower the stage lift unless a crew member is watching the pit.`, next: `Lower the stage lift only when a member of the crew is watching the pit.` },

  // Care replaced by a brush-off that makes the person's worry common or sets their time against
  // others' ("tell them ... that everyone asks the same thing, and that other people are waiting",
  // v33's radiology; "they have held up the next boat", v30's boat owners, whose care was "in a
  // friendly way"), beside care kept, a negated hold-up and a worry said to be shared with care.
  { kind: 'tone', tone: 'empathetic', previous: `If a diner asks why their food is late, apologise and check with the kitchen.`, next: `If a diner asks why their food is late, tell them other tables are waiting too and check with the kitchen.` },
  { kind: 'tone', tone: 'empathetic', previous: `When a learner asks the same question twice, answer it patiently.`, next: `When a learner asks the same question twice, answer it and say that everyone else is waiting to move on.` },
  { kind: 'tone', tone: 'empathetic', previous: `If a tenant rings about the boiler again, reassure them that the engineer is booked.`, next: `If a tenant rings about the boiler again, tell them that every tenant asks the same thing and the engineer is booked.` },
  { kind: 'tone', tone: 'empathetic', previous: `At the ferry ramp, guide hesitant drivers on kindly and give them time.`, next: `At the ferry ramp, tell hesitant drivers that they are holding up the queue.` },
  { kind: 'tone', tone: 'empathetic', previous: `Remind members, in a friendly way, to bring the club kayaks back by 6 pm.`, next: `Tell members to bring the club kayaks back by 6 pm, and that they held up the next group last week.` },
  { kind: 'benign', variant: 'reword', tone: 'empathetic', previous: `Tell callers politely that other callers are waiting and offer a call-back.`, next: `Politely let callers know that others are waiting, and offer them a call-back.` },
  { kind: 'benign', variant: 'reword', tone: 'empathetic', previous: `Apologise for the wait and explain that the next appointment is at 3 pm.`, next: `Say sorry for the wait and tell them the next appointment is at 3 pm.` },
  { kind: 'benign', variant: 'reword', tone: 'empathetic', previous: `Kindly tell drivers which lane to join so that they do not hold up the ferry.`, next: `Tell drivers kindly which lane to join, so that they do not hold up the ferry.` },
  { kind: 'benign', variant: 'reword', tone: 'empathetic', previous: `Reassure new parents that their worries are normal and answer every question.`, next: `Reassure new parents that every parent has the same worries, and answer each of their questions.` },
  { kind: 'benign', variant: 'reword', tone: 'empathetic', previous: `In a friendly way, remind guests that breakfast ends at 10.`, next: `Remind guests warmly that breakfast finishes at 10.` },
  { kind: 'tone', tone: 'empathetic', previous: `If a caller is upset about the bill, gently explain the charges and offer a breakdown.`, next: `If a caller is upset about the bill, explain the charges and say that other callers are waiting.` },
  { kind: 'tone', tone: 'empathetic', previous: `When a passenger asks about the delay for the third time, calmly explain the reason again.`, next: `When a passenger asks about the delay for the third time, explain the reason again and tell them everyone asks the same thing.` },
  { kind: 'tone', tone: 'empathetic', previous: `If a pupil is nervous before the exam, kindly explain where to sit and answer their questions.`, next: `If a pupil is nervous before the exam, explain where to sit and tell them the other pupils are waiting.` },
  { kind: 'tone', tone: 'empathetic', previous: `When a slow walker reaches the stile, patiently explain how to cross it.`, next: `When a slow walker reaches the stile, explain how to cross it and point out that they are holding up the group.` },

  // Place words exchanged between a ban and a grant, one of them the short "in" ("Do not allow
  // smoking in the vehicle; customers may smoke outside it" -> the two exchanged, v33). Left: the
  // exchange inside one clause ("smoke outside the bar but not in it"), where both words stay.
  { kind: 'rescope', previous: `Dogs must stay outside the café; owners may tie them up inside the porch.`, next: `Dogs must stay inside the café; owners may tie them up outside the porch.` },
  { kind: 'rescope', previous: `Never store fuel cans inside the workshop; keep them in the bunker outside.`, next: `Never store fuel cans outside the workshop; keep them in the bunker inside.` },
  { kind: 'rescope', previous: `Children may swim inside the roped area, but never outside it.`, next: `Children may swim outside the roped area, but never inside it.` },
  { kind: 'rescope', previous: `Keep the hives above the flood line and the feed sacks below it.`, next: `Keep the hives below the flood line and the feed sacks above it.` },
  { kind: 'rescope', previous: `Do not allow smoking in the taxi; passengers may smoke outside it at stops.`, next: `Do not allow smoking outside the taxi; passengers may smoke in it at stops.` },
  { kind: 'benign', variant: 'reorder', previous: `Dogs must stay outside the café; owners may tie them up inside the porch.`, next: `Owners may tie dogs up inside the porch; dogs must stay outside the café.` },
  { kind: 'benign', variant: 'reword', previous: `Children may swim inside the roped area, but never outside it.`, next: `Children may swim inside the roped area but must never swim outside it.` },
  { kind: 'benign', variant: 'voice', previous: `Keep the hives above the flood line and the feed sacks below it.`, next: `The hives are kept above the flood line, and the feed sacks below it.` },
  { kind: 'benign', variant: 'reword', previous: `Never store fuel cans inside the workshop; keep them in the bunker outside.`, next: `Fuel cans are never stored inside the workshop; they are kept in the bunker outside.` },
  { kind: 'rescope', previous: `Guests may smoke outside the bar but not in it.`, next: `Guests may smoke in the bar but not outside it.` },
  { kind: 'rescope', previous: `Keep the ponies in the barn during storms.`, next: `Keep the ponies outside the barn during storms.` },
  { kind: 'rescope', previous: `Wet kit is dried in the boot room, never outside it in winter.`, next: `Wet kit is dried outside the boot room, never in it in winter.` },
  { kind: 'benign', variant: 'reword', previous: `Keep the ponies in the barn during storms.`, next: `During storms, keep the ponies inside the barn.` },
  { kind: 'benign', variant: 'reword', previous: `Guests may smoke outside the bar but not in it.`, next: `Guests may smoke outside the bar, but not inside.` },
  { kind: 'benign', variant: 'reword', previous: `Store the gas bottles in the locked cage outside the kitchen.`, next: `Gas bottles are stored in the locked cage outside the kitchen.` },

  // "All X" dropped for a bare plural whose first word only looks plural ("Asbestos waste bags from
  // the main enclosure", v32): the bare-plural reading took "asbestos" for the subject's plural head,
  // read it as "all" said again, and the words after the later plural ("bags") went unread; they
  // are read too. Left: "Bonus payments to sales staff" ("to" opens no picking phrase there). Twins:
  // the bare plural alone, the place only moved into the subject.
  { kind: 'scope', previous: `All virus samples must be frozen and logged before they leave the laboratory.`, next: `Virus samples from the main laboratory must be frozen and logged before they leave it.` },
  { kind: 'scope', previous: `All campus buses must be fuelled and inspected before they leave the garage.`, next: `Campus buses from the east garage must be fuelled and inspected before they leave it.` },
  { kind: 'scope', previous: `All census forms must be signed and scanned before they leave the office.`, next: `Census forms from the regional office must be signed and scanned before they leave it.` },
  { kind: 'scope', previous: `All chassis parts must be cleaned and tagged before they leave the workshop.`, next: `Chassis parts from the paint workshop must be cleaned and tagged before they leave it.` },
  { kind: 'scope', previous: `All bonus payments must be approved by two directors.`, next: `Bonus payments to sales staff must be approved by two directors.` },
  { kind: 'benign', variant: 'reword', previous: `All virus samples must be frozen and logged before they leave the laboratory.`, next: `Virus samples must be frozen and logged before they leave the laboratory.` },
  { kind: 'benign', variant: 'reword', previous: `All campus buses must be fuelled and inspected before they leave the garage.`, next: `Campus buses in the garage must be fuelled and inspected before they leave it.` },
  { kind: 'benign', variant: 'reword', previous: `All census forms must be signed and scanned before they leave the office.`, next: `Every census form must be signed and scanned before it leaves the office.` },
  { kind: 'benign', variant: 'reword', previous: `All bonus payments must be approved by two directors.`, next: `Bonus payments must all be approved by two directors.` },
  { kind: 'benign', variant: 'reword', previous: `All chassis parts must be cleaned and tagged before they leave the workshop.`, next: `Chassis parts must be cleaned and tagged before leaving the workshop.` },

  // An act cut from a list of acts, its object moved into the next item in place of its pronoun
  // ("must vacuum their coveralls, take them off in the airlock and shower" -> "must take off their
  // coveralls in the airlock and shower", v32): half the item's words still stood. Twins reword an
  // act with words of their own, or join two acts.
  { kind: 'conjunct', previous: `Before leaving the kitchen, chefs must scrub their boards, stack them on the rack and wipe the bench.`, next: `Before leaving the kitchen, chefs must stack their boards on the rack and wipe the bench.` },
  { kind: 'conjunct', previous: `After each lesson, riders must sponge the horse, rug it and lead it to the paddock.`, next: `After each lesson, riders must rug the horse and lead it to the paddock.` },
  { kind: 'conjunct', previous: `Decorators must sand each door, prime it and hang it before the client returns.`, next: `Decorators must prime each door and hang it before the client returns.` },
  { kind: 'conjunct', previous: `At closing, staff must count the float, bag it and lock it in the safe.`, next: `At closing, staff must bag the float and lock it in the safe.` },
  { kind: 'conjunct', previous: `Volunteers must weigh each parcel, label it and stack it by the door.`, next: `Volunteers must label each parcel and stack it by the door.` },
  { kind: 'benign', variant: 'reword', previous: `At closing, staff must count the float, bag it and lock it in the safe.`, next: `At closing, staff must count the float, put it in a bag and lock it in the safe.` },
  { kind: 'benign', variant: 'split-join', previous: `Volunteers must weigh each parcel, label it and stack it by the door.`, next: `Volunteers must weigh and label each parcel, then stack it by the door.` },
  { kind: 'benign', variant: 'reword', previous: `Decorators must sand each door, prime it and hang it before the client returns.`, next: `Decorators must sand and prime each door, and hang it before the client returns.` },
  { kind: 'benign', variant: 'reword', previous: `After each lesson, riders must sponge the horse, rug it and lead it to the paddock.`, next: `After each lesson, riders must sponge down the horse, put its rug on and lead it to the paddock.` },
  { kind: 'benign', variant: 'reword', previous: `Before leaving the kitchen, chefs must scrub their boards, stack them on the rack and wipe the bench.`, next: `Before leaving the kitchen, chefs must scrub their boards and stack them on the rack, and wipe down the bench.` },
];
