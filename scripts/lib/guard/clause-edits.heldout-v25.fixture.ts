// Held-back set v25 of issue 11: hand-labelled clause edits, written blind on 2026-12-04
// (session 17) by a helper who never saw the detectors, their tests, their history or any other
// labelled set beyond the first lines of v24 (for the file shape); never tuned on; to be measured
// once by the lead, after the commit that adds it. Do not edit entries to make a detector pass.
// Labels say what a careful reviewer would want: `benign` edits keep the rule (a stricter rule is
// not a regression), every other kind weakens or changes it; edits touching several things are
// labelled by their main change (a new sentence that contradicts a rule, or a negation moved onto
// another part of the clause, counts as `rescope`; a required step dropped whole counts as
// `requirement`, one item dropped from a list inside a sentence as `conjunct`). 163 edits,
// 73 benign, 15 domains. Benign variant `units` says the same quantity in words or other units.
// Domains: watch repair, taxidermy, amateur radio club, community orchard, vintage car rally,
// river gauging station, soil sampling lab, upholstery workshop, picture framing, laser tag arena,
// street market, recycling centre, street lighting maintenance, civil registration office, polling
// station.

import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V25: readonly ClauseEdit[] = [
  // Watch repair
  { kind: 'benign', variant: 'reword', previous: `Customers must be told the estimated cost before any work starts, and no work begins until they have agreed to it.`, next: `No work starts until the customer has heard the estimated cost and said yes to it.` },
  { kind: 'order', previous: `You are the service desk assistant for Kessler Watch Repair. When a customer collects a serviced watch, tell them the 24-month guarantee starts on the day of collection. Water resistance is tested after the final case closing, and the result is printed on the receipt. Never promise a water-resistance rating we have not tested.`, next: `You are the service desk assistant for Kessler Watch Repair. When a customer collects a serviced watch, tell them the 24-month guarantee starts on the day of collection. Water resistance is tested before the final case closing, and the result is printed on the receipt. Never promise a water-resistance rating we have not tested.` },
  { kind: 'condition', previous: `Offer the free pressure test only when the customer has had the battery changed with us in the last twelve months.`, next: `Offer the free pressure test whenever a customer asks, including when the battery was changed with us in the last twelve months.` },
  { kind: 'benign', variant: 'voice', previous: `The workshop manager checks the safe log every evening.`, next: `The safe log is checked every evening by the workshop manager.` },
  { kind: 'scope', previous: `Every watch left uncollected for more than 90 days gets a reminder letter before it is sold to cover our costs.`, next: `Every watch worth more than £200 left uncollected for more than 90 days gets a reminder letter before it is sold to cover our costs.` },
  { kind: 'conjunct', previous: `Before quoting, the watchmaker records the movement calibre, the serial number and any visible damage on the intake sheet.`, next: `Before quoting, the watchmaker records the movement calibre and any visible damage on the intake sheet.` },
  { kind: 'benign', variant: 'units', previous: `Leave a watch on the demagnetiser for no more than 5 seconds.`, next: `Leave a watch on the demagnetiser for no more than five seconds.` },
  { kind: 'obligation', previous: `The bench watchmaker is responsible for timing every mechanical watch on the timegrapher in five positions before it leaves the bench.`, next: `The bench watchmaker may time mechanical watches on the timegrapher in five positions before they leave the bench.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Unsigned repair tickets are invalid; do not release a watch against one.`, next: `Repair tickets that are not signed are not valid; do not release a watch against one.` },
  { kind: 'rescope', previous: `Do not put vintage watches with radium dials in the ultrasonic cleaner.`, next: `Do not put vintage watches with radium dials in the ultrasonic cleaner. When the bench is busy, a short ultrasonic cycle is fine for any watch.` },
  { kind: 'benign', variant: 'reword', previous: `Never open a customer's watch case without first photographing the dial, hands and case back.`, next: `Photograph the dial, the hands and the case back of a customer's watch before its case is opened, every time.` },

  // Taxidermy
  { kind: 'roles', previous: `Only the licensed taxidermist signs the CITES paperwork; apprentices prepare it for signature.`, next: `Only apprentices sign the CITES paperwork; the licensed taxidermist prepares it for signature.` },
  { kind: 'benign', variant: 'reword', previous: `Staff must wear nitrile gloves whenever they handle an untreated skin.`, next: `No untreated skin is touched with bare hands: nitrile gloves go on first, every time.` },
  { kind: 'number', previous: `Specimens that arrive frozen must be kept at minus 18 degrees or colder until work begins.`, next: `Specimens that arrive frozen must be kept at minus 8 degrees or colder until work begins.` },
  { kind: 'entity', previous: `Report any protected species brought in without paperwork to the Wildlife Crime Unit of the county police.`, next: `Report any protected species brought in without paperwork to the council's pest control office.` },
  { kind: 'benign', variant: 'split-join', previous: `Glass eyes are ordered only after the customer approves the pose sketch. The order number is written on the job card.`, next: `Glass eyes are ordered only after the customer approves the pose sketch, and the order number is written on the job card.` },
  { kind: 'reference', previous: `Follow the arsenic-free preservation steps in section 4.2 of the studio manual for every bird skin.`, next: `Follow the arsenic-free preservation steps in section 2.4 of the studio manual for every bird skin.` },
  { kind: 'tone', previous: `You are the enquiries assistant for Fernhill Taxidermy. Many people contact us after a beloved pet has died. Respond gently, offer our condolences, and explain the options without pressure.`, next: `You are the enquiries assistant for Fernhill Taxidermy. Many people contact us after a pet has died. List the options and prices briefly; there is no need for condolences.` },
  { kind: 'benign', variant: 'reorder', previous: `Label every freezer bag with the customer's name. Record the species and the date of death in the intake book.`, next: `Record the species and the date of death in the intake book. Label every freezer bag with the customer's name.` },
  { kind: 'drift', previous: `Turn away roadkill brought in by the public unless they have a salvage note from the highways authority.`, next: `Accept roadkill from anyone who brings it in, and pay them by weight for anything we can use.` },
  { kind: 'benign', variant: 'stricter', previous: `Store borax in a closed container.`, next: `Store borax in a closed, labelled container inside the locked chemical cupboard.` },

  // Amateur radio club
  { kind: 'modal', previous: `Members must log every contact made on the club callsign.`, next: `Members should log every contact made on the club callsign.` },
  { kind: 'benign', variant: 'reword', previous: `Members may borrow the club's handheld radios for one week at a time.`, next: `A club handheld can go home with a member for up to a week per loan.` },
  { kind: 'negation', previous: `The mast is not raised when the wind forecast is above 40 mph.`, next: `The mast is raised when the wind forecast is above 40 mph.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Check the SWR on every antenna before a contest.`, next: `Check the standing wave ratio on every antenna before a contest.` },
  { kind: 'requirement', previous: `You are the station assistant for the Millbrook Amateur Radio Club. Visitors may speak on air under the club's licence. Before handing them the microphone, the supervising operator must write the visitor's name in the guest log. Keep every visitor contact under ten minutes.`, next: `You are the station assistant for the Millbrook Amateur Radio Club. Visitors may speak on air under the club's licence. Keep every visitor contact under ten minutes.` },
  { kind: 'order', previous: `Keep at least 3 metres between any transmitting antenna and the public footpath.`, next: `Keep at most 3 metres between any transmitting antenna and the public footpath.` },
  { kind: 'benign', variant: 'voice', previous: `The club secretary renews the station licence each January.`, next: `The station licence is renewed each January by the club secretary.` },
  { kind: 'condition', previous: `Stop transmitting if a neighbour reports interference with their television, and note the report in the log.`, next: `Keep transmitting even if a neighbour reports interference with their television, and note the report in the log.` },
  { kind: 'benign', variant: 'units', previous: `Keep the output at or below 100 W on club nights.`, next: `Keep the output at or below one hundred watts on club nights.` },
  { kind: 'scope', previous: `Every new member completes the RF exposure briefing before using the shack.`, next: `Every new member under 18 completes the RF exposure briefing before using the shack.` },
  { kind: 'benign', variant: 'reword', previous: `No one may climb the tower alone.`, next: `A tower climb always needs a second person present.` },

  // Community orchard
  { kind: 'conjunct', previous: `You are the volunteer coordinator assistant for Ashgrove Community Orchard. Tell volunteers that ladders are used only on level ground, with a second person footing them, and never above the third rung from the top. Children may help by picking from the ground.`, next: `You are the volunteer coordinator assistant for Ashgrove Community Orchard. Tell volunteers that ladders are used only on level ground and never above the third rung from the top. Children may help by picking from the ground.` },
  { kind: 'benign', variant: 'reword', previous: `Dogs must be kept on a lead inside the orchard.`, next: `Inside the orchard, every dog stays leashed.` },
  { kind: 'obligation', previous: `The site lead is required to check the first-aid kit before every work party.`, next: `The site lead is encouraged to check the first-aid kit before work parties.` },
  { kind: 'rescope', previous: `Spraying is not allowed on any tree that is in blossom.`, next: `Spraying is allowed on any tree that is not in blossom.` },
  { kind: 'benign', variant: 'split-join', previous: `Ladders go back in the shed after use, and the shed is locked at the end of each work party.`, next: `Ladders go back in the shed after use. The shed is locked at the end of each work party.` },
  { kind: 'roles', previous: `Members of the public may take windfalls, but only volunteers may pick from the trees.`, next: `Volunteers may take windfalls, but only members of the public may pick from the trees.` },
  { kind: 'benign', variant: 'reword', previous: `Always close the gate behind you.`, next: `Never leave the gate open behind you.` },
  { kind: 'number', previous: `Fruit for the cider press must sweat in the barn for two weeks before pressing.`, next: `Fruit for the cider press must sweat in the barn for two days before pressing.` },
  { kind: 'benign', variant: 'stricter', previous: `Apples picked up from the ground should be washed before eating.`, next: `Apples picked up from the ground must be washed before eating, and any with holes or bruises go on the compost.` },
  { kind: 'entity', previous: `Grafting wood comes only from the orchard's own heritage trees or from the Brogdale national fruit collection.`, next: `Grafting wood comes only from the orchard's own heritage trees or from any garden centre.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Unripe fruit stays on the tree.`, next: `Fruit that is not yet ripe stays on the tree.` },

  // Vintage car rally
  { kind: 'reference', previous: `Entrants must carry the route card issued at sign-on and follow the timing rules in Appendix B of the regulations.`, next: `Entrants must carry the route card issued at sign-on and follow the timing rules in Appendix D of the regulations.` },
  { kind: 'benign', variant: 'reword', previous: `Cars may not overtake inside the village limits.`, next: `Within the village limits every car keeps its place in the line.` },
  { kind: 'tone', previous: `If a car breaks down, reassure the driver, thank them for their patience, and tell them when the recovery truck will arrive.`, next: `If a car breaks down, tell the driver when the recovery truck will arrive; breakdowns are the entrant's own problem.` },
  { kind: 'drift', previous: `Cars must be built before 1970 and original in their major components to enter the concours class.`, next: `Any car with a valid MOT certificate can enter the concours class.` },
  { kind: 'benign', variant: 'reorder', previous: `Park on the grass only in the marked bays. Keep the farm lane clear at all times.`, next: `Keep the farm lane clear at all times. Park on the grass only in the marked bays.` },
  { kind: 'modal', previous: `You are the entrant help assistant for the Downland Vintage Rally. Drivers must stop at every marshal point and have the route card stamped. Navigators should keep the passage times on the back of the card.`, next: `You are the entrant help assistant for the Downland Vintage Rally. Drivers should stop at every marshal point and have the route card stamped. Navigators should keep the passage times on the back of the card.` },
  { kind: 'benign', variant: 'units', previous: `Keep to 30 mph through the estate.`, next: `Keep to thirty miles per hour through the estate.` },
  { kind: 'negation', previous: `No car without working brake lights may start the night stage.`, next: `A car without working brake lights may start the night stage.` },
  { kind: 'benign', variant: 'voice', previous: `The clerk of the course signs every results sheet.`, next: `Every results sheet is signed by the clerk of the course.` },
  { kind: 'requirement', previous: `You are the rally office assistant for the Downland Vintage Rally. Late entries are accepted until Friday noon. Every late entrant must send a copy of their insurance certificate before their entry is confirmed. Reply to entrants within one working day.`, next: `You are the rally office assistant for the Downland Vintage Rally. Late entries are accepted until Friday noon. Reply to entrants within one working day.` },
  { kind: 'benign', variant: 'reword', previous: `Marshals must report any accident to rally control immediately.`, next: `Any accident goes straight to rally control: the marshal who sees it reports it without delay.` },

  // River gauging station
  { kind: 'benign', variant: 'reword', previous: `Nobody enters the stilling well without a gas monitor clipped to their jacket.`, next: `A gas monitor clipped to the jacket is the condition for entering the stilling well; without one, nobody goes in.` },
  { kind: 'order', previous: `When the river is above the amber level, the hydrometrist checks the staff gauge first and the logger reading last, and records both.`, next: `When the river is above the amber level, the hydrometrist checks the logger reading first and the staff gauge last, and records both.` },
  { kind: 'condition', previous: `Flow gaugings from the cableway are done only when two staff are on site.`, next: `Flow gaugings from the cableway are done whenever the river is rising, with two staff on site if they are available.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Upload the 15-minute readings to the NRFA archive every Monday.`, next: `Upload the 15-minute readings to the National River Flow Archive every Monday.` },
  { kind: 'scope', previous: `You are the field operations assistant for the Wenning river gauging network. Remind staff that every visit to a station is logged in the site diary with the arrival time, the staff gauge reading and the name of each person on site. Lone working near the weir is never allowed.`, next: `You are the field operations assistant for the Wenning river gauging network. Remind staff that visits to a station are logged in the site diary, where practical, with the arrival time, the staff gauge reading and the name of each person on site. Lone working near the weir is never allowed.` },
  { kind: 'benign', variant: 'units', previous: `Life jackets are worn within 2 metres of the water's edge.`, next: `Life jackets are worn within 200 centimetres of the water's edge.` },
  { kind: 'conjunct', previous: `Before a flood gauging, tell the duty officer, the area flood warning team and the landowner that the cableway will be in use.`, next: `Before a flood gauging, tell the duty officer and the landowner that the cableway will be in use.` },
  { kind: 'benign', variant: 'voice', previous: `The senior hydrometrist signs off every rating curve change.`, next: `Every rating curve change is signed off by the senior hydrometrist.` },
  { kind: 'obligation', previous: `Station staff are responsible for clearing debris from the weir crest after every flood peak.`, next: `Station staff can clear debris from the weir crest after a flood peak if they have time.` },
  { kind: 'rescope', previous: `Do not publish a reading that has not been checked against the staff gauge. Quality-checked data goes to the public website each morning.`, next: `Do not publish a reading that has not been checked against the staff gauge. Raw logger data goes to the public website each hour until it is checked.` },
  { kind: 'benign', variant: 'reword', previous: `Always switch off the bubbler compressor before opening its housing.`, next: `The bubbler compressor's housing is opened only once the compressor itself has been switched off.` },

  // Soil sampling lab
  { kind: 'roles', previous: `The sampler fills in the chain-of-custody form, and the lab receptionist countersigns it when the cool box is handed over.`, next: `The lab receptionist fills in the chain-of-custody form, and the sampler countersigns it when the cool box is handed over.` },
  { kind: 'benign', variant: 'reword', previous: `Samples for nitrate analysis must reach the lab within 24 hours of collection.`, next: `No more than 24 hours may pass between collecting a sample for nitrate analysis and its arrival at the lab.` },
  { kind: 'number', previous: `You are the client services assistant for Terra Analytical. Tell farmers that a standard nutrient test needs at least 500 grams of soil from 25 cores taken in a W pattern across the field. Results are emailed within ten working days.`, next: `You are the client services assistant for Terra Analytical. Tell farmers that a standard nutrient test needs at least 500 grams of soil from 15 cores taken in a W pattern across the field. Results are emailed within ten working days.` },
  { kind: 'entity', previous: `Heavy-metal results above the guideline values are reported to the client and to the Environment Agency.`, next: `Heavy-metal results above the guideline values are reported to the client and to the farm's agronomist.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Unlabelled sample bags are rejected at reception.`, next: `Sample bags that carry no label are rejected at reception.` },
  { kind: 'reference', previous: `Dry and sieve every sample as set out in method SOP-12 before weighing.`, next: `Dry and sieve every sample as set out in method SOP-21 before weighing.` },
  { kind: 'benign', variant: 'stricter', previous: `Wear a lab coat in the digestion room.`, next: `Wear a lab coat, safety glasses and acid-resistant gloves in the digestion room.` },
  { kind: 'tone', previous: `When a client questions a result, thank them for raising it, explain how the test was run, and offer a free re-test if the sample allows.`, next: `When a client questions a result, tell them the method is accredited and the number stands; re-tests are charged in full.` },
  { kind: 'benign', variant: 'split-join', previous: `Every batch includes a blank and a certified reference soil. Their results are kept with the batch record.`, next: `Every batch includes a blank and a certified reference soil, and their results are kept with the batch record.` },
  { kind: 'drift', previous: `Samples that arrive warm are logged as compromised and the client is asked to resample.`, next: `Samples that arrive warm are put in the fridge overnight and tested as normal the next day.` },
  { kind: 'benign', variant: 'reword', previous: `Do not mix soil from different fields in the same bag.`, next: `Each bag holds soil from one field only.` },

  // Upholstery workshop
  { kind: 'modal', previous: `Upholsterers shall fit a fire-retardant interliner under any fabric that does not pass the cigarette and match tests.`, next: `Upholsterers may fit a fire-retardant interliner under any fabric that does not pass the cigarette and match tests.` },
  { kind: 'benign', variant: 'reword', previous: `Customers must approve the fabric sample in writing before we cut.`, next: `Nothing is cut until the customer has approved the fabric sample in writing.` },
  { kind: 'negation', previous: `You are the quotes assistant for Hartley & Sons Upholstery. Antique frames are repaired with hide glue. Never use modern PVA glue on a frame older than 1900, because it cannot be reversed. Quote a frame repair only after a craftsman has seen the piece.`, next: `You are the quotes assistant for Hartley & Sons Upholstery. Antique frames are repaired with hide glue. Use modern PVA glue on a frame older than 1900, because it cannot be reversed. Quote a frame repair only after a craftsman has seen the piece.` },
  { kind: 'requirement', previous: `Strip old horsehair stuffing wearing a dust mask, and bag it for collection. Every old filling is checked for asbestos-backed hessian before it is bagged.`, next: `Strip old horsehair stuffing wearing a dust mask, and bag it for collection.` },
  { kind: 'benign', variant: 'reorder', previous: `Keep the spray adhesive in the ventilated cabinet. Sweep the tack filings up at the end of each day.`, next: `Sweep the tack filings up at the end of each day. Keep the spray adhesive in the ventilated cabinet.` },
  { kind: 'order', previous: `Springs are retied before the new webbing goes on, never after.`, next: `Springs are retied after the new webbing goes on, never before.` },
  { kind: 'benign', variant: 'units', previous: `Leave 5 cm of spare fabric on every edge for the tuck-in.`, next: `Leave 50 mm of spare fabric on every edge for the tuck-in.` },
  { kind: 'condition', previous: `Charge the collection fee only if the customer cannot bring the piece to the workshop.`, next: `Charge the collection fee if the customer cannot bring the piece to the workshop, and also if they can.` },
  { kind: 'benign', variant: 'voice', previous: `The foreman checks every finished seat for loose tacks.`, next: `Every finished seat is checked for loose tacks by the foreman.` },
  { kind: 'scope', previous: `Give every customer a copy of the fire safety label that is sewn on to their furniture.`, next: `Give every customer who asks a copy of the fire safety label that is sewn on to their furniture.` },
  { kind: 'benign', variant: 'reword', previous: `The staple gun is unplugged whenever it is left on the bench.`, next: `A staple gun left on the bench is never left plugged in.` },

  // Picture framing
  { kind: 'conjunct', previous: `For conservation framing, use acid-free mount board, UV-filtering glass and reversible hinges.`, next: `For conservation framing, use acid-free mount board and UV-filtering glass.` },
  { kind: 'benign', variant: 'reword', previous: `Never trim the margins of a customer's print.`, next: `The margins of a customer's print stay exactly as they came in.` },
  { kind: 'obligation', previous: `The framer is obliged to tell the customer when a print shows foxing or mould before it is framed.`, next: `The framer is free to mention foxing or mould on a print before it is framed.` },
  { kind: 'rescope', previous: `You are the counter assistant for Gilt Edge Framing. Every original artwork we frame goes in museum glass, never in plain float glass. Explain why museum glass costs more. Prints can go in standard glass.`, next: `You are the counter assistant for Gilt Edge Framing. Not every original artwork we frame goes in museum glass, and plain float glass is fine for some. Explain why museum glass costs more. Prints can go in standard glass.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Use only PAT-tested tools at the counter.`, next: `Use only tools that have passed portable appliance testing at the counter.` },
  { kind: 'roles', previous: `The customer chooses the moulding, and the framer advises on the mount colour.`, next: `The framer chooses the moulding, and the customer advises on the mount colour.` },
  { kind: 'benign', variant: 'split-join', previous: `Measure the artwork twice. Write both measurements on the job ticket.`, next: `Measure the artwork twice and write both measurements on the job ticket.` },
  { kind: 'number', previous: `Hang no frame heavier than fifteen kilos on a single D-ring.`, next: `Hang no frame heavier than fifty kilos on a single D-ring.` },
  { kind: 'benign', variant: 'stricter', previous: `Clean the glass before fitting.`, next: `Clean both sides of the glass with lint-free cloth before fitting, and check it against the light for specks.` },
  { kind: 'entity', previous: `Stretch canvases only on kiln-dried pine bars from our Scandinavian supplier.`, next: `Stretch canvases only on whatever timber bars are in the offcut rack.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Uncollected frames are kept for six months.`, next: `Frames that are not collected are kept for six months.` },

  // Laser tag arena
  { kind: 'reference', previous: `Marshals run the safety briefing from card 3 in the briefing folder before every game.`, next: `Marshals run the safety briefing from card 8 in the briefing folder before every game.` },
  { kind: 'benign', variant: 'reword', previous: `Players may not climb on the barriers.`, next: `The barriers are for hiding behind, never for climbing on.` },
  { kind: 'tone', previous: `You are the bookings assistant for Photon Zone Laser Tag. If a parent says their child was upset during a game, apologise, ask what happened, and offer to arrange a quieter session. Always be patient with younger players.`, next: `You are the bookings assistant for Photon Zone Laser Tag. If a parent says their child was upset during a game, tell them laser tag is not for everyone. Always be patient with younger players.` },
  { kind: 'drift', previous: `Players who run in the arena are warned once, and sit out the rest of the game if they run again.`, next: `Players who run in the arena earn bonus points, because it keeps the game exciting.` },
  { kind: 'benign', variant: 'voice', previous: `A marshal inspects every vest before it is handed out.`, next: `Every vest is inspected by a marshal before it is handed out.` },
  { kind: 'modal', previous: `Players with epilepsy must be told about the strobe lights before they book.`, next: `Players with epilepsy could be told about the strobe lights before they book.` },
  { kind: 'benign', variant: 'units', previous: `Each game lasts 15 minutes.`, next: `Each game lasts a quarter of an hour.` },
  { kind: 'negation', previous: `The fog machine is never run while children under eight are in the arena.`, next: `The fog machine is run while children under eight are in the arena.` },
  { kind: 'benign', variant: 'reorder', previous: `Hand back your vest at the desk. Collect your score card on the way out.`, next: `Collect your score card on the way out. Hand back your vest at the desk.` },
  { kind: 'requirement', previous: `Birthday parties get the arena for ninety minutes. A signed waiver from a parent is needed for every child before the party starts. Food is served in the party room only.`, next: `Birthday parties get the arena for ninety minutes. Food is served in the party room only.` },
  { kind: 'benign', variant: 'reword', previous: `Staff must check that the emergency lights work at the start of every shift.`, next: `Each shift opens with a check that the emergency lights work.` },

  // Street market
  { kind: 'benign', variant: 'reword', previous: `Traders must not set up before 6 a.m.`, next: `Six in the morning is the earliest any trader may start setting up.` },
  { kind: 'order', previous: `You are the market office assistant for Castle Street Market. Pitches are allocated in this order: permanent traders first, then casual traders who booked online, and walk-up traders last. A walk-up trader is never given a pitch while a booked trader is still waiting.`, next: `You are the market office assistant for Castle Street Market. Pitches are allocated in this order: permanent traders first, then walk-up traders, and casual traders who booked online last. A walk-up trader is never given a pitch while a booked trader is still waiting.` },
  { kind: 'condition', previous: `Traders get their pitch fee back if the market is cancelled by the council.`, next: `Traders get their pitch fee back if the market is cancelled by the council and the cancellation was announced less than a day ahead.` },
  { kind: 'benign', variant: 'stricter', previous: `Hot food stalls keep a fire extinguisher on the pitch.`, next: `Hot food stalls keep a fire extinguisher and a fire blanket on the pitch, both inspected within the last year.` },
  { kind: 'scope', previous: `Market inspectors check the scales of every trader who sells by weight.`, next: `Market inspectors check the scales of traders who sell by weight, usually.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Unattended stalls are cleared by 7 p.m.`, next: `Stalls that nobody is attending are cleared by 7 p.m.` },
  { kind: 'conjunct', previous: `Every food trader shows their hygiene rating, their council registration and their allergen list at the front of the stall.`, next: `Every food trader shows their hygiene rating and their allergen list at the front of the stall.` },
  { kind: 'benign', variant: 'reword', previous: `The fire lane down the middle of the market must be kept clear at all times.`, next: `Nothing is ever left standing in the fire lane down the middle of the market, not even for a minute.` },
  { kind: 'obligation', previous: `Each trader has to take their own rubbish away at the end of the day.`, next: `Each trader is welcome to take their own rubbish away at the end of the day.` },
  { kind: 'rescope', previous: `No trader may sell live animals at the market.`, next: `No trader may sell live animals at the market. On the monthly farmers' Saturday, poultry and rabbits can be sold from the back of the car park.` },
  { kind: 'benign', variant: 'voice', previous: `The market manager collects pitch fees by 10 a.m.`, next: `Pitch fees are collected by the market manager by 10 a.m.` },

  // Recycling centre
  { kind: 'roles', previous: `Site staff lift heavy items into the skips; visitors stay behind the yellow line.`, next: `Visitors lift heavy items into the skips; site staff stay behind the yellow line.` },
  { kind: 'benign', variant: 'reword', previous: `Vans need a permit before they can use the site.`, next: `A van without a permit is turned away at the gate.` },
  { kind: 'number', previous: `You are the help assistant for Millford Recycling Centre. Residents can bring up to four tyres per visit and up to twelve visits a year with a van permit. Trade waste is not accepted. Be clear about what happens to each material.`, next: `You are the help assistant for Millford Recycling Centre. Residents can bring up to fourteen tyres per visit and up to twelve visits a year with a van permit. Trade waste is not accepted. Be clear about what happens to each material.` },
  { kind: 'benign', variant: 'units', previous: `Cars may not exceed 5 mph on the site.`, next: `Cars may not exceed five miles an hour on the site.` },
  { kind: 'entity', previous: `Asbestos sheeting is accepted only at the Northgate site, double-wrapped and booked in advance.`, next: `Asbestos sheeting is accepted only at the Eastfield site, double-wrapped and booked in advance.` },
  { kind: 'benign', variant: 'reorder', previous: `Switch off your engine while unloading. Keep children and pets in the car.`, next: `Keep children and pets in the car. Switch off your engine while unloading.` },
  { kind: 'reference', previous: `Anything that counts as hazardous under schedule 2 of the site permit goes to the locked hazardous cage.`, next: `Anything that counts as hazardous under schedule 5 of the site permit goes to the locked hazardous cage.` },
  { kind: 'tone', previous: `If a resident brings something we cannot take, explain politely where else they can dispose of it and apologise for the trip.`, next: `If a resident brings something we cannot take, tell them they should have checked the website first.` },
  { kind: 'benign', variant: 'split-join', previous: `Gas bottles go to the cage by the office, and staff sign for each one.`, next: `Gas bottles go to the cage by the office. Staff sign for each one.` },
  { kind: 'drift', previous: `Items left at the reuse shop are checked by staff before they are put on sale.`, next: `Items left at the reuse shop may be taken for free by anyone who is on site.` },

  // Street lighting maintenance
  { kind: 'modal', previous: `You are the dispatch assistant for the county street lighting contract. Crews must isolate the supply at the feeder pillar before opening any column door. A column reported as knocked down is made safe within two hours.`, next: `You are the dispatch assistant for the county street lighting contract. Crews ought to isolate the supply at the feeder pillar before opening any column door. A column reported as knocked down is made safe within two hours.` },
  { kind: 'benign', variant: 'reword', previous: `No one may work from the cherry picker without a harness clipped to the basket.`, next: `Anyone in the cherry picker basket is clipped to it by a harness for as long as they work there.` },
  { kind: 'negation', previous: `Do not leave a column door open when the crew moves to the next light.`, next: `Leave a column door open when the crew moves to the next light.` },
  { kind: 'requirement', previous: `Lanterns are replaced from the cherry picker with the road coned off. Traffic management is booked with the highways team at least two days ahead. Old lanterns go back to the depot.`, next: `Lanterns are replaced from the cherry picker with the road coned off. Old lanterns go back to the depot.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Report every fault to the CMS within one hour.`, next: `Report every fault to the central management system within one hour.` },
  { kind: 'order', previous: `Light levels are tested after the new lantern is fitted.`, next: `Light levels are tested before the new lantern is fitted.` },
  { kind: 'benign', variant: 'voice', previous: `The supervisor signs every completed job sheet.`, next: `Every completed job sheet is signed by the supervisor.` },
  { kind: 'condition', previous: `Dim a light to 50 per cent after midnight only if the street is on the approved dimming list.`, next: `Dim a light to 50 per cent after midnight unless the street is on the approved dimming list.` },
  { kind: 'benign', variant: 'stricter', previous: `Crews wear hi-vis on the roadside.`, next: `Crews wear class 3 hi-vis jackets and trousers at all times on the roadside.` },
  { kind: 'scope', previous: `Every reported outage outside a school is fixed within 24 hours.`, next: `Every reported outage outside a school is fixed within 24 hours after the second report from the public.` },
  { kind: 'benign', variant: 'reword', previous: `Never leave a cut cable end uncapped.`, next: `Every cut cable end is capped before the crew walks away.` },

  // Civil registration office
  { kind: 'conjunct', previous: `To register a birth, the parent brings the baby's red book, their own photo ID and proof of address.`, next: `To register a birth, the parent brings the baby's red book and their own photo ID.` },
  { kind: 'benign', variant: 'reword', previous: `Registrars must not accept a death registration from someone who is not a qualified informant.`, next: `Only a qualified informant may register a death; registrars accept it from nobody else.` },
  { kind: 'obligation', previous: `You are the appointments assistant for the Northbridge Register Office. Deaths must be registered within five days. The registrar is responsible for checking the medical certificate of cause of death before the appointment is confirmed. Offer the first available slot.`, next: `You are the appointments assistant for the Northbridge Register Office. Deaths must be registered within five days. The registrar is free to check the medical certificate of cause of death before the appointment is confirmed. Offer the first available slot.` },
  { kind: 'rescope', previous: `Certificates are issued only to the person named on them or their next of kin.`, next: `Certificates are issued to the person named on them or their next of kin, though not only to them.` },
  { kind: 'benign', variant: 'split-join', previous: `Give notice of marriage in person. Both partners attend the notice appointment.`, next: `Give notice of marriage in person, with both partners attending the notice appointment.` },
  { kind: 'roles', previous: `The registrar reads the entry aloud, and the informant checks each line before signing.`, next: `The informant reads the entry aloud, and the registrar checks each line before signing.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Unmarried fathers may be named on the birth entry only if both parents attend.`, next: `Fathers who are not married to the mother may be named on the birth entry only if both parents attend.` },
  { kind: 'number', previous: `Notice of marriage must be given at least twenty-nine days before the ceremony.`, next: `Notice of marriage must be given at least nine days before the ceremony.` },
  { kind: 'benign', variant: 'units', previous: `Each registration appointment is booked for 45 minutes.`, next: `Each registration appointment is booked for three quarters of an hour.` },
  { kind: 'entity', previous: `Stillbirths are registered here and the certificate copy is sent to the Registrar General.`, next: `Stillbirths are registered here and the certificate copy is sent to the family's GP.` },
  { kind: 'benign', variant: 'reorder', previous: `Keep the register locked in the safe overnight. Count the blank certificate stock every Friday.`, next: `Count the blank certificate stock every Friday. Keep the register locked in the safe overnight.` },

  // Polling station
  { kind: 'reference', previous: `Voters who ask for help are assisted as set out in paragraph 7 of the presiding officer's handbook.`, next: `Voters who ask for help are assisted as set out in paragraph 17 of the presiding officer's handbook.` },
  { kind: 'benign', variant: 'reword', previous: `Polling clerks must not tell anyone how a voter marked their ballot.`, next: `How a voter marked their ballot is something a polling clerk keeps to themselves, whoever asks.` },
  { kind: 'tone', previous: `You are the information assistant for the Westmoor polling stations. Answer voters' questions calmly and respectfully, and make sure disabled voters know about the tactile voting device and that they can bring a companion. Never suggest how anyone should vote.`, next: `You are the information assistant for the Westmoor polling stations. Answer voters' questions quickly, and if disabled voters need something special they should have sorted it out before polling day. Never suggest how anyone should vote.` },
  { kind: 'drift', previous: `A voter who has spoilt their ballot paper may ask for a replacement, and the spoilt paper is cancelled and kept.`, next: `A voter who has spoilt their ballot paper should fold it and put it in the box anyway, so the count balances.` },
  { kind: 'benign', variant: 'voice', previous: `The presiding officer seals the ballot box at 10 p.m.`, next: `The ballot box is sealed at 10 p.m. by the presiding officer.` },
  { kind: 'modal', previous: `Tellers must stay outside the polling station building.`, next: `Tellers are asked to stay outside the polling station building where they can.` },
  { kind: 'benign', variant: 'abbreviation', previous: `The PO keeps the corresponding number list locked away.`, next: `The presiding officer keeps the corresponding number list locked away.` },
  { kind: 'negation', previous: `Party campaign material may not be displayed inside the polling station.`, next: `Party campaign material may be displayed inside the polling station.` },
  { kind: 'benign', variant: 'reword', previous: `Every voter must be given their ballot paper in private and without comment.`, next: `Ballot papers are handed over privately, and staff say nothing about them to the voter.` },
  { kind: 'requirement', previous: `The clerk finds the voter's name on the register and reads it back to them. Before a ballot paper is handed over, the clerk stamps the official mark on it. Voters then go to a booth on their own.`, next: `The clerk finds the voter's name on the register and reads it back to them. Voters then go to a booth on their own.` },
  { kind: 'benign', variant: 'units', previous: `Polls are open from 7 a.m. to 10 p.m.`, next: `Polls are open from 07:00 to 22:00.` },
];
