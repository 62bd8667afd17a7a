// Held-back set v16 of issue 11: hand-labelled clause edits, written blind on 2026-12-03 (session 9)
// by someone who never saw the detectors, their tests or any other labelled set; never tuned on;
// measured once by the lead. Do not edit entries to make a detector pass.
// 241 edits, 90 benign. Domains: Ski patrol, nuclear plant control room, bike-share operations,
// court reporting, pawn shops, offshore helideck, sign-language interpreting, pest control, scuba
// diving centre, fertility clinic gamete bank, glassblowing studio, locksmiths, show cave tours,
// hot-air ballooning, livery yard, chimney sweeping, escape rooms, drone survey operations, archery
// range, sewer inspection crews, recording studio, amusement park rides, phone repair shop,
// observatory telescope time.
// Labels say what a careful reviewer would want: `benign` keeps or strengthens the rule (a stricter
// rule is benign); every other kind weakens, loosens or changes it, labelled by its main change.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V16: readonly ClauseEdit[] = [
  // ── Ski patrol ─────────────────────────────────────────────────────────────────────────────
  {
    kind: 'order',
    previous: `You are the ski patrol dispatch assistant. When a patroller reports a wind slab or cornice above an open run, tell them to close the run with rope and signage before any explosive control work starts on the slope above it. Log the closure time on the run board. Reopen only when the patrol lead has signed off.`,
    next: `You are the ski patrol dispatch assistant. When a patroller reports a wind slab or cornice above an open run, tell them to close the run with rope and signage once explosive control work has started on the slope above it. Log the closure time on the run board. Reopen only when the patrol lead has signed off.`,
  },
  {
    kind: 'condition',
    previous: `Bring a patient down by chairlift only when the toboggan route to the first-aid hut is closed.`,
    next: `Bring a patient down by chairlift whenever the toboggan route to the first-aid hut is busy.`,
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: `Patrollers must wear an avalanche transceiver switched to transmit for the whole of their shift.`,
    next: `From the start of a shift until its end, each patroller has to keep a beacon on them that is set to send.`,
  },
  {
    kind: 'number',
    previous: `Close the upper bowl and the summit chair when gusts at the summit station exceed 60 km/h for more than ten minutes.`,
    next: `Close the upper bowl and the summit chair when gusts at the summit station exceed 85 km/h for more than ten minutes.`,
  },
  {
    kind: 'tone',
    tone: 'reassuring',
    previous: `When you reach an injured skier, kneel at their level, give your name, tell them help is here and explain each step before you do it.`,
    next: `When you reach an injured skier, skip the chit-chat, bark your name and get on with it; they will cope and you have a mountain to run.`,
  },
  {
    kind: 'benign',
    variant: 'stricter',
    previous: `Check the contents of the lift evacuation kit every week.`,
    next: `Check the contents of the lift evacuation kit every morning before the lifts open, and again after any evacuation drill.`,
  },
  {
    kind: 'scope',
    previous: `At closing time, sweep every run on the mountain and radio the summit hut as each one is confirmed clear.`,
    next: `At closing time, sweep the main groomed runs and radio the summit hut as each one is confirmed clear.`,
  },
  {
    kind: 'benign',
    variant: 'voice',
    previous: `The patrol lead signs every avalanche control shot into the blasting log.`,
    next: `Every avalanche control shot is signed into the blasting log by the patrol lead.`,
  },
  {
    kind: 'roles',
    previous: `Before a rope evacuation of the chairlift, the patrol lead briefs the lift operator on the order in which chairs will be cleared.`,
    next: `Before a rope evacuation of the chairlift, the lift operator briefs the patrol lead on the order in which chairs will be cleared.`,
  },
  {
    kind: 'benign',
    variant: 'markdown',
    previous: `Avalanche hazard ratings: post the day's rating at every lift base by 8:30 and update it whenever the forecaster changes it.`,
    next: `## Avalanche hazard ratings

Post the day's rating at **every lift base** by 8:30, and update it whenever the forecaster changes it.`,
  },

  // ── Nuclear plant control room ────────────────────────────────────────────────────────────
  {
    kind: 'obligation',
    previous: `Reactor operators are required to obtain the shift supervisor's concurrence before withdrawing control rods during a startup.`,
    next: `Reactor operators are encouraged to obtain the shift supervisor's concurrence before withdrawing control rods during a startup.`,
  },
  {
    kind: 'number',
    previous: `Report any unplanned change in reactor power greater than 2% to the shift supervisor within 15 minutes and record it in the narrative log.`,
    next: `Report any unplanned change in reactor power greater than 2% to the shift supervisor within 45 minutes and record it in the narrative log.`,
  },
  {
    kind: 'benign',
    variant: 'abbreviation',
    previous: `Enter the EOPs as soon as the RPS trips the reactor, and announce the entry on the PA.`,
    next: `Enter the emergency operating procedures as soon as the reactor protection system trips the reactor, and announce the entry on the public address system.`,
  },
  {
    kind: 'conjunct',
    previous: `Before handing over, the outgoing operator must walk down the main panels, brief the incoming operator on every lit annunciator and sign the turnover log.`,
    next: `Before handing over, the outgoing operator must walk down the main panels and sign the turnover log.`,
  },
  {
    kind: 'reference',
    previous: `Respond to a total loss of feedwater in accordance with EOP-3, section 4, and record the time you entered the procedure.`,
    next: `Respond to a total loss of feedwater promptly and record the time you started responding.`,
  },
  {
    kind: 'benign',
    variant: 'split-join',
    previous: `Two licensed operators must be in the control room at all times, and one of them must be at the controls.`,
    next: `Two licensed operators must be in the control room at all times. One of those two must be at the controls.`,
  },
  {
    kind: 'rescope',
    previous: `Never bypass a safety injection signal.`,
    next: `Never bypass a safety injection signal without first telling the shift supervisor.`,
  },
  {
    kind: 'modal',
    previous: `Operators shall use three-way communication for every instruction given in the control room.`,
    next: `Operators should use three-way communication for instructions given in the control room.`,
  },
  {
    kind: 'benign',
    variant: 'spelled-negation',
    previous: `Do not operate unlabelled valves.`,
    next: `Do not operate any valve that does not carry a label.`,
  },
  {
    kind: 'drift',
    previous: `When a plant parameter approaches a technical specification limit, inform the shift supervisor and prepare to enter the relevant action statement.`,
    next: `When a plant parameter approaches a technical specification limit, inform the shift supervisor and note whether the limit looks conservative enough to be raised at the next licence amendment.`,
  },

  // ── Bike-share operations ─────────────────────────────────────────────────────────────────
  {
    kind: 'scope',
    previous: `Mechanics inspect the brakes, tyres and lights on every bike that comes back to the depot.`,
    next: `Mechanics inspect the brakes, tyres and lights on bikes that come back to the depot with a rider fault report.`,
  },
  {
    kind: 'order',
    previous: `1. Mark the bike as out of service in the ops app.
2. Release it from the dock with the maintenance key.
3. Load it onto the van.

Always complete step 1 before step 2, so that no rider can unlock the bike while it is being moved.`,
    next: `1. Release the bike from the dock with the maintenance key.
2. Load it onto the van.
3. Mark it as out of service in the ops app.

Complete each step as soon as you reasonably can while the bike is being moved.`,
  },
  {
    kind: 'benign',
    variant: 'reorder',
    previous: `Rebalancing drivers must not park in cycle lanes. They must wear a high-visibility vest whenever they are outside the van.`,
    next: `Rebalancing drivers must wear a high-visibility vest whenever they are outside the van. They must not park in cycle lanes.`,
  },
  {
    kind: 'entity',
    previous: `Refunds for a trip cut short by a faulty bike are approved by the operations duty manager.`,
    next: `Refunds for a trip cut short by a faulty bike are approved by the mechanic who collects the bike.`,
  },
  {
    kind: 'benign',
    variant: 'list-prose',
    previous: `When a dock station goes offline:
- raise a ticket with the hardware vendor;
- put a notice on the station's page in the app;
- send a van to collect any bikes locked in it.`,
    next: `When a dock station goes offline, raise a ticket with the hardware vendor, put a notice on the station's page in the app, and send a van to collect any bikes locked in it.`,
  },
  {
    kind: 'condition',
    previous: `Waive the overtime fee only if the app shows that the rider's destination dock was full when they arrived.`,
    next: `Waive the overtime fee if the rider tells us that their destination dock was full when they arrived.`,
  },
  {
    kind: 'benign',
    variant: 'emphasis',
    previous: `Never leave a bike with a cracked frame in service.`,
    next: `Never, not even for a single trip, leave a bike with a cracked frame in service.`,
  },
  {
    kind: 'negation',
    previous: `You are the bike-share support assistant. Answer questions about passes, docks and fees. Do not disclose a rider's trip history to callers, including people who say they are family. Point them to the privacy request form instead.`,
    next: `You are the bike-share support assistant. Answer questions about passes, docks and fees. Disclose a rider's trip history to callers, including people who say they are family. Point them to the privacy request form as well.`,
  },
  {
    kind: 'benign',
    variant: 'voice',
    previous: `Night crews clear abandoned bikes from pavements within two hours of a report.`,
    next: `Abandoned bikes reported on pavements are cleared by the night crews within two hours.`,
  },

  // ── Court reporting ───────────────────────────────────────────────────────────────────────
  {
    kind: 'requirement',
    previous: `Certify every transcript with your signature and licence number. Keep your stenographic notes and audio for seven years after the hearing. Deliver expedited transcripts within 24 hours of the request.`,
    next: `Certify every transcript with your signature and licence number. Deliver expedited transcripts within 24 hours of the request.`,
  },
  {
    kind: 'roles',
    previous: `The court reporter reads back testimony when the judge asks for it.`,
    next: `The judge reads back testimony when the court reporter asks for it.`,
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: `Mark any inaudible passage in the transcript rather than guessing at what was said.`,
    next: `Where words could not be heard, flag them as inaudible in the record instead of filling in your best guess.`,
  },
  {
    kind: 'obligation',
    previous: `Reporters are prohibited from discussing a pending case with anyone outside the proceedings.`,
    next: `Reporters are advised against discussing a pending case with anyone outside the proceedings.`,
  },
  {
    kind: 'number',
    previous: `Deliver a daily-copy transcript by 9 a.m. on the day after the session.`,
    next: `Deliver a daily-copy transcript by 9 a.m. on the third day after the session.`,
  },
  {
    kind: 'benign',
    variant: 'abbreviation',
    previous: `File the original transcript with the AOC and send a certified copy to each attorney of record.`,
    next: `File the original transcript with the Administrative Office of the Courts and send a certified copy to each attorney of record.`,
  },
  {
    kind: 'tone',
    tone: 'formal',
    previous: `If several speakers talk at once, address the presiding judge as "Your Honor" and respectfully ask for a brief pause so that the record can be completed.`,
    next: `If several speakers talk at once, just yell "hang on, folks" at the bench and wait for everybody to shut up so you can catch up.`,
  },
  {
    kind: 'scope',
    previous: `List all exhibits marked during the hearing in the index at the back of the transcript.`,
    next: `List the exhibits that counsel refers to during the hearing in the index at the back of the transcript.`,
  },
  {
    kind: 'benign',
    variant: 'stricter',
    previous: `Back up the audio recording at the end of each day.`,
    next: `Back up the audio recording at every recess and again at the end of each day, to two separate drives.`,
  },
  {
    kind: 'modal',
    previous: `Reporters must note on the record every time a juror is excused or returns.`,
    next: `Reporters may note on the record when a juror is excused or returns.`,
  },

  // ── Pawn shops ────────────────────────────────────────────────────────────────────────────
  {
    kind: 'requirement',
    previous: `Before taking in any item, photograph it, record its serial number and check it against the police stolen-property database. Take a copy of the seller's photo ID. Hold every item for 30 days before it goes on sale.`,
    next: `Before taking in any item, photograph it, record its serial number and check it against the police stolen-property database. Hold every item for 30 days before it goes on sale.`,
  },
  {
    kind: 'rescope',
    previous: `Do not buy firearms over the counter. Refer anyone offering a firearm to the licensed dealer desk.`,
    next: `Do not buy firearms over the counter. Refer anyone offering a firearm to the licensed dealer desk. Hunting rifles in good condition can be bought at the counter if the seller has a licence.`,
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: `Tell the customer the total amount they will need to repay to redeem the loan before they sign.`,
    next: `Ahead of any signature, make sure the borrower knows the full sum it will cost them to get their item back.`,
  },
  {
    kind: 'condition',
    previous: `Extend a pawn loan only if the customer pays the accrued interest in full.`,
    next: `Extend a pawn loan even if the customer cannot pay the accrued interest in full.`,
  },
  {
    kind: 'conjunct',
    previous: `Refuse to take in items from anyone who appears to be under 18 or intoxicated.`,
    next: `Refuse to take in items from anyone who appears to be under 18.`,
  },
  {
    kind: 'benign',
    variant: 'spelled-negation',
    previous: `Jewellery from unidentified sellers goes straight to the hold shelf.`,
    next: `Jewellery from sellers who have not shown identification goes straight to the hold shelf.`,
  },
  {
    kind: 'entity',
    previous: `Send the weekly transaction report to the local police licensing unit every Monday.`,
    next: `Send the weekly transaction report to the head office compliance inbox every Monday.`,
  },
  {
    kind: 'benign',
    variant: 'split-join',
    previous: `Test every piece of gold with acid. Then weigh it on the certified scale.`,
    next: `Test every piece of gold with acid and then weigh it on the certified scale.`,
  },
  {
    kind: 'drift',
    previous: `You are the pawn shop's counter assistant. Quote loan amounts from the valuation sheet only, and explain the interest rate and the redemption date in plain words.`,
    next: `You are the pawn shop's counter assistant. Quote loan amounts from the valuation sheet only, and suggest our jewellery protection plan to every customer before you explain the redemption date.`,
  },
  {
    kind: 'order',
    previous: `Staff must check the seller's ID before any cash leaves the till.`,
    next: `Staff must check the seller's ID after cash leaves the till.`,
  },

  // ── Offshore helideck ─────────────────────────────────────────────────────────────────────
  {
    kind: 'order',
    previous: `The helideck landing officer confirms the deck is clear of personnel and loose items before giving the pilot permission to land.`,
    next: `The helideck landing officer confirms the deck is clear of personnel and loose items after giving the pilot permission to land.`,
  },
  {
    kind: 'number',
    previous: `Suspend helicopter operations when the deck pitch and roll exceed 3 degrees.`,
    next: `Suspend helicopter operations when the deck pitch and roll exceed 6 degrees.`,
  },
  {
    kind: 'benign',
    variant: 'list-prose',
    previous: `Before each flight the helideck team checks that the foam monitors are charged, the windsock is lit and the perimeter net is intact.`,
    next: `Before each flight the helideck team checks that:

- the foam monitors are charged;
- the windsock is lit;
- the perimeter net is intact.`,
  },
  {
    kind: 'negation',
    previous: `Passengers must not approach the aircraft until the landing officer signals them forward.`,
    next: `Passengers must approach the aircraft until the landing officer signals them forward.`,
  },
  {
    kind: 'reference',
    previous: `Refuel helicopters following the procedure in CAP 437, chapter 7, with a fire-fighter standing by.`,
    next: `Refuel helicopters with a fire-fighter standing by.`,
  },
  {
    kind: 'benign',
    variant: 'reorder',
    previous: `Check passenger weights against the manifest. Brief every passenger on the rebreather before boarding.`,
    next: `Brief every passenger on the rebreather before boarding. Check passenger weights against the manifest.`,
  },
  {
    kind: 'scope',
    previous: `All personnel on the helideck during landing and take-off wear ear defenders and a hard hat with a chin strap.`,
    next: `Personnel on the helideck during landing and take-off wear ear defenders and, where practical, a hard hat with a chin strap.`,
  },
  {
    kind: 'benign',
    variant: 'emphasis',
    previous: `Stay clear of the tail rotor.`,
    next: `Stay clear of the tail rotor at all times — it is the most dangerous part of the aircraft.`,
  },
  {
    kind: 'roles',
    previous: `The radio operator tells the pilot the deck's wind speed, heading and motion before every approach.`,
    next: `The pilot tells the radio operator the deck's wind speed, heading and motion before every approach.`,
  },
  {
    kind: 'benign',
    variant: 'voice',
    previous: `The landing officer weighs all cargo before it is loaded.`,
    next: `All cargo is weighed by the landing officer before it is loaded.`,
  },

  // ── Sign-language interpreting ────────────────────────────────────────────────────────────
  {
    kind: 'obligation',
    previous: `Interpreters must not add, omit or soften anything that either party says, even when the content is rude.`,
    next: `Interpreters are allowed to soften what either party says when the content is rude, but should not add or omit anything.`,
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: `Sit or stand where the Deaf client can see both you and the speaker without turning their head.`,
    next: `Position yourself so the Deaf person has the speaker and you in view at once, with no need to look from side to side.`,
  },
  {
    kind: 'number',
    previous: `Book a second interpreter for any assignment longer than 60 minutes, and swap every 20 minutes.`,
    next: `Book a second interpreter for any assignment longer than 120 minutes, and swap every 40 minutes.`,
  },
  {
    kind: 'conjunct',
    previous: `Declare to the booking coordinator any personal or professional relationship with the client and with the other parties before accepting an assignment.`,
    next: `Declare to the booking coordinator any personal or professional relationship with the client before accepting an assignment.`,
  },
  {
    kind: 'benign',
    variant: 'abbreviation',
    previous: `For medical assignments, check whether the client prefers BSL or SSE and note it on the booking.`,
    next: `For medical assignments, check whether the client prefers British Sign Language or Sign Supported English and note it on the booking.`,
  },
  {
    kind: 'rescope',
    previous: `Keep everything you hear and see on an assignment confidential. Do not discuss an assignment with anyone, including colleagues who were not booked on it.`,
    next: `Keep everything you hear and see on an assignment confidential. Do not discuss an assignment with anyone, except colleagues you consult for advice on difficult vocabulary.`,
  },
  {
    kind: 'benign',
    variant: 'markdown',
    previous: `Video relay calls: introduce yourself by your interpreter number, never by name, and tell both parties the call is being relayed.`,
    next: `### Video relay calls

- Introduce yourself by your interpreter number, **never** by name.
- Tell both parties that the call is being relayed.`,
  },
  {
    kind: 'tone',
    tone: 'respectful',
    previous: `If a hearing participant speaks to you instead of the Deaf client, gently remind them to address the client directly.`,
    next: `If a hearing participant speaks to you instead of the Deaf client, tell them off in front of everyone so they don't do it again.`,
  },
  {
    kind: 'benign',
    variant: 'stricter',
    previous: `Ask for preparation material before legal assignments.`,
    next: `Ask for preparation material before every legal or medical assignment, and decline the booking if none arrives at least a day before.`,
  },
  {
    kind: 'modal',
    previous: `In a courtroom, the interpreter must interpret in the first person.`,
    next: `In a courtroom, the interpreter may interpret in the first person.`,
  },

  // ── Pest control ──────────────────────────────────────────────────────────────────────────
  {
    kind: 'requirement',
    previous: `### Rodenticide baiting
Place bait only inside tamper-resistant stations. Record every station's location on the site plan. Leave a written notice with the occupier naming the product used and the antidote. Remove all stations at the end of the treatment.`,
    next: `### Rodenticide baiting
Place bait only inside tamper-resistant stations. Record every station's location on the site plan. Remove all stations at the end of the treatment.`,
  },
  {
    kind: 'condition',
    previous: `Fumigate a building only after the gas detector confirms that every room is clear of people and pets.`,
    next: `Fumigate a building after the occupants confirm that every room is clear of people and pets.`,
  },
  {
    kind: 'benign',
    variant: 'split-join',
    previous: `Wear a respirator when applying any dust formulation in a roof space. Wear it even if the space is ventilated.`,
    next: `Wear a respirator when applying any dust formulation in a roof space, even if the space is ventilated.`,
  },
  {
    kind: 'entity',
    previous: `Report any bird, bat or protected animal found in a treatment area to the county wildlife officer before continuing.`,
    next: `Report any bird, bat or protected animal found in a treatment area to the customer before continuing.`,
  },
  {
    kind: 'scope',
    previous: `Technicians must carry the safety data sheet for every product in the van.`,
    next: `Technicians must carry the safety data sheet for the restricted products in the van.`,
  },
  {
    kind: 'benign',
    variant: 'spelled-negation',
    previous: `Dispose of unused bait through the licensed waste contractor.`,
    next: `Dispose of bait that has not been used through the licensed waste contractor.`,
  },
  {
    kind: 'drift',
    previous: `You are the booking assistant for a pest control firm. Ask about the pest, the building and whether children or pets live there, and book the earliest survey slot.`,
    next: `You are the booking assistant for a pest control firm. Ask about the pest and the building, then recommend our annual prevention contract and book a survey slot once the customer has considered it.`,
  },
  {
    kind: 'order',
    previous: `Seal entry points after the infestation has been cleared, so that no animals are trapped inside the walls.`,
    next: `Seal entry points before the infestation has been cleared, so that no animals are trapped inside the walls.`,
  },
  {
    kind: 'benign',
    variant: 'reorder',
    previous: `Keep chemicals locked in the van's storage box. Log every application on the job sheet before you leave the site.`,
    next: `Log every application on the job sheet before you leave the site. Keep chemicals locked in the van's storage box.`,
  },
  {
    kind: 'reference',
    previous: `Follow the label directions and the firm's Integrated Pest Management Policy (IPM-02, section 3) when choosing between traps and chemicals.`,
    next: `Follow the label directions when choosing between traps and chemicals.`,
  },

  // ── Scuba diving centre ───────────────────────────────────────────────────────────────────
  {
    kind: 'order',
    previous: `On every dive, the group ascends with the guide first and the slowest diver last, keeping the guide above the group during the safety stop.`,
    next: `On every dive, the group ascends with the slowest diver first and the guide last, keeping the guide below the group during the safety stop.`,
  },
  {
    kind: 'number',
    previous: `Open-water students may not dive deeper than 18 metres, and must surface with at least 50 bar in their cylinder.`,
    next: `Open-water students may not dive deeper than 30 metres, and must surface with at least 50 bar in their cylinder.`,
  },
  {
    kind: 'benign',
    variant: 'voice',
    previous: `The dive guide checks every cylinder's pressure and gas mix before it goes on the boat.`,
    next: `Before going on the boat, every cylinder has its pressure and gas mix checked by the dive guide.`,
  },
  {
    kind: 'condition',
    previous: `Let a diver join a deep dive only if they hold a deep specialty card.`,
    next: `Let a diver join a deep dive if they hold a deep specialty card or say they have done similar dives before.`,
  },
  {
    kind: 'negation',
    previous: `Do not take divers with a cold or congested sinuses on the morning boat.`,
    next: `Take divers with a cold or congested sinuses on the morning boat.`,
  },
  {
    kind: 'benign',
    variant: 'abbreviation',
    previous: `Each diver must carry an SMB and have a working BCD inflator.`,
    next: `Each diver must carry a surface marker buoy and have a working buoyancy control device inflator.`,
  },
  {
    kind: 'roles',
    previous: `The boat captain signs the dive manifest after the guide confirms that every diver is back on board.`,
    next: `The guide signs the dive manifest after the boat captain confirms that every diver is back on board.`,
  },
  {
    kind: 'benign',
    variant: 'emphasis',
    previous: `Always dive with a buddy.`,
    next: `Always — with no exceptions for experienced divers or shallow sites — dive with a buddy.`,
  },
  {
    kind: 'scope',
    previous: `Brief every diver on the site, the currents and the lost-buddy procedure before each dive.`,
    next: `Brief every diver on the site, the currents and the lost-buddy procedure before their first dive of the trip.`,
  },
  {
    kind: 'benign',
    variant: 'list-prose',
    previous: `Before a night dive, make sure that:
1. each diver carries a primary and a backup torch;
2. a strobe is tied to the anchor line;
3. the boat's deck lights are on.`,
    next: `Before a night dive, make sure that each diver carries a primary and a backup torch, that a strobe is tied to the anchor line and that the boat's deck lights are on.`,
  },

  // ── Fertility clinic gamete bank ──────────────────────────────────────────────────────────
  {
    kind: 'requirement',
    previous: `Two embryologists witness every transfer of eggs, sperm or embryos between containers. Both scan the patient barcodes on each container. The witnessing is recorded in the lab system with both names and the time.`,
    next: `Two embryologists witness every transfer of eggs, sperm or embryos between containers. The witnessing is recorded in the lab system with both names and the time.`,
  },
  {
    kind: 'modal',
    previous: `Cryostorage dewars shall be topped up with liquid nitrogen twice a week.`,
    next: `Cryostorage dewars should be topped up with liquid nitrogen twice a week.`,
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: `Tell a donor, before they consent, how many families their donation may be used to create.`,
    next: `Prior to signing consent, donors must learn the maximum number of families who could be created with their gametes.`,
  },
  {
    kind: 'obligation',
    previous: `Staff may not release donor-identifying information to a recipient.`,
    next: `Staff are not expected to release donor-identifying information to a recipient.`,
  },
  {
    kind: 'entity',
    previous: `Send storage-renewal reminders to the patient who consented to storage, 6 months before consent expires.`,
    next: `Send storage-renewal reminders to the referring GP, 6 months before consent expires.`,
  },
  {
    kind: 'benign',
    variant: 'stricter',
    previous: `Screen sperm donors for HIV and hepatitis B and C.`,
    next: `Screen sperm donors for HIV, hepatitis B and C, syphilis and cystic fibrosis carrier status, and quarantine samples until a repeat HIV test after 180 days is negative.`,
  },
  {
    kind: 'rescope',
    previous: `You are the clinic's patient-messaging assistant. You never comment on a patient's chances of success; refer those questions to the consultant.`,
    next: `You are the clinic's patient-messaging assistant. You comment on a patient's chances of success only when the consultant is not available; otherwise refer those questions to the consultant.`,
  },
  {
    kind: 'benign',
    variant: 'markdown',
    previous: `Storage alarm: if a dewar alarm sounds out of hours, the on-call embryologist must attend within 30 minutes and move samples to the backup dewar if the level is below the line.`,
    next: `**Storage alarm**

If a dewar alarm sounds out of hours:
1. the on-call embryologist must attend within 30 minutes;
2. if the level is below the line, they move the samples to the backup dewar.`,
  },
  {
    kind: 'conjunct',
    previous: `Destroy stored gametes only when the consent has expired and the patient has been sent two written reminders.`,
    next: `Destroy stored gametes only when the consent has expired or the patient has been sent two written reminders.`,
  },
  {
    kind: 'tone',
    tone: 'empathetic',
    previous: `When a patient calls about a negative pregnancy test, acknowledge how hard the news is, give them time, and offer a follow-up appointment with the counsellor.`,
    next: `When a patient calls about a negative pregnancy test, state the result, tell them these things happen and that the clinic's success rates are above average, and end the call.`,
  },

  // ── Glassblowing studio ───────────────────────────────────────────────────────────────────
  {
    kind: 'negation',
    previous: `Never leave the glory hole unattended while its burner is on.`,
    next: `Leave the glory hole unattended while its burner is on.`,
  },
  {
    kind: 'benign',
    variant: 'reorder',
    previous: `Visitors stay behind the yellow line. Students wear didymium glasses at the bench.`,
    next: `Students wear didymium glasses at the bench. Visitors stay behind the yellow line.`,
  },
  {
    kind: 'number',
    previous: `Anneal every piece in the lehr for at least 12 hours before it is handled.`,
    next: `Anneal every piece in the lehr for at least 2 hours before it is handled.`,
  },
  {
    kind: 'scope',
    previous: `Everyone working at the furnace wears natural-fibre clothing and closed-toe leather shoes.`,
    next: `Everyone working at the furnace wears natural-fibre clothing and, if possible, closed-toe leather shoes.`,
  },
  {
    kind: 'benign',
    variant: 'spelled-negation',
    previous: `Students may not use the furnace unsupervised.`,
    next: `Students may not use the furnace without a supervisor present.`,
  },
  {
    kind: 'roles',
    previous: `The gaffer tells the assistant when to open the glory hole door.`,
    next: `The assistant tells the gaffer when to open the glory hole door.`,
  },
  {
    kind: 'benign',
    variant: 'split-join',
    previous: `Turn the furnace down to idle at the end of the session and log the temperature in the book by the door.`,
    next: `At the end of the session, turn the furnace down to idle. Then log the temperature in the book by the door.`,
  },
  {
    kind: 'modal',
    previous: `Pipes that have been in the furnace must go into the pipe cooler, never on the floor.`,
    next: `Pipes that have been in the furnace can go into the pipe cooler rather than on the floor.`,
  },
  {
    kind: 'drift',
    previous: `Class booking assistant: explain the safety rules, the clothing requirements and the cancellation policy before confirming a first-time student's booking.`,
    next: `Class booking assistant: explain what students will make and show photos of past pieces before confirming a first-time student's booking.`,
  },

  // ── Locksmiths ────────────────────────────────────────────────────────────────────────────
  {
    kind: 'condition',
    previous: `Open a locked home only if the caller shows photo ID with that address or a tenancy agreement in their name.`,
    next: `Open a locked home unless the caller refuses to show photo ID with that address or a tenancy agreement in their name.`,
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: `Give the customer a written quote before starting any work.`,
    next: `No job begins until the client has the price in writing.`,
  },
  {
    kind: 'reference',
    previous: `Cut restricted-profile keys only against the registered keyholder's card, as set out in the manufacturer's key control agreement (clause 5).`,
    next: `Cut restricted-profile keys only against the registered keyholder's card.`,
  },
  {
    kind: 'conjunct',
    previous: `After a lockout at a commercial property, call the building manager and the alarm company before leaving the site.`,
    next: `After a lockout at a commercial property, call the building manager before leaving the site.`,
  },
  {
    kind: 'benign',
    variant: 'voice',
    previous: `The workshop manager keeps the master key blanks in the safe.`,
    next: `The master key blanks are kept in the safe by the workshop manager.`,
  },
  {
    kind: 'obligation',
    previous: `Technicians are responsible for recording the serial number of every lock they fit.`,
    next: `Technicians can record the serial number of a lock they fit.`,
  },
  {
    kind: 'benign',
    variant: 'emphasis',
    previous: `Do not open a vehicle without proof of ownership.`,
    next: `Do not open a vehicle without proof of ownership — no matter how urgent the caller says it is, and no matter who they say they are.`,
  },
  {
    kind: 'entity',
    previous: `Hand the old cylinder back to the tenant after a lock change.`,
    next: `Hand the old cylinder back to the landlord after a lock change.`,
  },
  {
    kind: 'benign',
    variant: 'stricter',
    previous: `Verify the identity of anyone ordering a duplicate of a master key.`,
    next: `Verify the identity of anyone ordering a duplicate of a master key, check them against the building's authorised list, and phone the building manager before cutting.`,
  },

  // ── Show cave tours ───────────────────────────────────────────────────────────────────────
  {
    kind: 'number',
    previous: `Each guide leads no more than 15 visitors through the lower galleries.`,
    next: `Each guide leads no more than 35 visitors through the lower galleries.`,
  },
  {
    kind: 'order',
    previous: `Count the group at the entrance gate and count them again at the exit; the last guide out locks the gate only after the counts match.`,
    next: `Count the group at the entrance gate and count them again at the exit; the last guide out locks the gate and then checks that the counts match.`,
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: `Stop tours into the river passage whenever the water gauge at the sump reads amber or red.`,
    next: `If the sump's flood gauge shows amber or red, no tour goes into the river passage.`,
  },
  {
    kind: 'scope',
    previous: `Stop tours into the river passage whenever the water gauge at the sump reads amber or red.`,
    next: `Stop tours into the river passage whenever the water gauge at the sump reads red.`,
  },
  {
    kind: 'benign',
    variant: 'abbreviation',
    previous: `Guides carry a PLB and check the CO2 meter at the Cathedral Chamber on every tour.`,
    next: `Guides carry a personal locator beacon and check the carbon dioxide meter at the Cathedral Chamber on every tour.`,
  },
  {
    kind: 'negation',
    previous: `Visitors are not allowed to touch the formations.`,
    next: `Visitors are allowed to touch the formations.`,
  },
  {
    kind: 'benign',
    variant: 'list-prose',
    previous: `- Helmets on from the gate.
- Torches switched on before the first stairway.
- No flash photography in the bat roost.`,
    next: `Visitors put their helmets on at the gate, switch their torches on before the first stairway and take no flash photographs in the bat roost.`,
  },
  {
    kind: 'tone',
    tone: 'friendly',
    previous: `You are the show cave's visitor assistant. Welcome visitors warmly, answer questions about the formations with enthusiasm, and thank them for helping protect the cave.`,
    next: `You are the show cave's visitor assistant. Answer questions about the formations in as few words as possible, and remind visitors that damage will be billed to them.`,
  },
  {
    kind: 'benign',
    variant: 'stricter',
    previous: `Close the lower galleries if the CO2 reading exceeds 1%.`,
    next: `Close the lower galleries if the CO2 reading exceeds 0.5%, and evacuate them at once if it reaches 1%.`,
  },
  {
    kind: 'requirement',
    previous: `Before the first tour each morning, a guide walks the whole route, checks every handrail and light, and records the sump level. Any fault closes the affected section until maintenance clears it. The duty manager reviews the morning check before the ticket office opens.`,
    next: `Before the first tour each morning, a guide walks the whole route, checks every handrail and light, and records the sump level. The duty manager reviews the morning check before the ticket office opens.`,
  },

  // ── Hot-air ballooning ────────────────────────────────────────────────────────────────────
  {
    kind: 'condition',
    previous: `Launch only if the forecast surface wind stays below 8 knots for the whole flight window.`,
    next: `Launch unless the forecast surface wind stays above 8 knots for the whole flight window.`,
  },
  {
    kind: 'benign',
    variant: 'voice',
    previous: `The pilot briefs passengers on the landing position before take-off.`,
    next: `Passengers are briefed on the landing position by the pilot before take-off.`,
  },
  {
    kind: 'roles',
    previous: `The ground crew chief asks the landowner's permission before the retrieve vehicle enters a field.`,
    next: `The landowner asks the ground crew chief's permission before the retrieve vehicle enters a field.`,
  },
  {
    kind: 'number',
    previous: `Land with at least 30% of fuel remaining in the cylinders.`,
    next: `Land with at least 10% of fuel remaining in the cylinders.`,
  },
  {
    kind: 'benign',
    variant: 'split-join',
    previous: `Passengers must be at least 1.2 metres tall. They must also be able to stand unaided for the whole flight.`,
    next: `Passengers must be at least 1.2 metres tall and able to stand unaided for the whole flight.`,
  },
  {
    kind: 'rescope',
    previous: `Never fly over a livestock farm listed on the sensitive-areas map below 500 feet.`,
    next: `Never fly over a livestock farm listed on the sensitive-areas map. Below 500 feet is fine if the animals are indoors.`,
  },
  {
    kind: 'entity',
    previous: `File the flight log with the operator's chief pilot within 24 hours of landing.`,
    next: `File the flight log with the ground crew within 24 hours of landing.`,
  },
  {
    kind: 'benign',
    variant: 'emphasis',
    previous: `Keep the pilot light on throughout the flight.`,
    next: `Keep the pilot light on throughout the flight, from inflation until the envelope is down — this is critical.`,
  },
  {
    kind: 'modal',
    previous: `Pilots must carry a fire extinguisher and a fire blanket in the basket.`,
    next: `Pilots should try to carry a fire extinguisher and a fire blanket in the basket.`,
  },
  {
    kind: 'drift',
    previous: `Booking assistant: if a flight is cancelled for weather, offer the passenger the next available date or a full refund, whichever they prefer.`,
    next: `Booking assistant: if a flight is cancelled for weather, offer the passenger the next available date; mention that refunds are rarely needed because most customers are happy to rebook.`,
  },

  // ── Livery yard ───────────────────────────────────────────────────────────────────────────
  {
    kind: 'conjunct',
    previous: `Owners must keep their horse's vaccination and worming records up to date with the yard manager.`,
    next: `Owners must keep their horse's vaccination records up to date with the yard manager.`,
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: `Shut every field gate behind you, even when you are coming straight back.`,
    next: `Close any paddock gate you pass through, however briefly you plan to be away.`,
  },
  {
    kind: 'order',
    previous: `Isolate a new horse for two weeks before it joins the herd.`,
    next: `Isolate a new horse for two weeks after it joins the herd.`,
  },
  {
    kind: 'scope',
    previous: `Call the vet for any horse showing signs of colic.`,
    next: `Call the vet for any horse showing severe signs of colic.`,
  },
  {
    kind: 'benign',
    variant: 'markdown',
    previous: `Turnout: horses go out at 7:30 and come in at 16:00 in winter; in summer they may stay out overnight.`,
    next: `## Turnout

| Season | Out | In |
| --- | --- | --- |
| Winter | 7:30 | 16:00 |
| Summer | 7:30 | may stay out overnight |`,
  },
  {
    kind: 'obligation',
    previous: `Riders must wear a hard hat to the current safety standard whenever they are mounted on the yard.`,
    next: `Riders are recommended to wear a hard hat to the current safety standard whenever they are mounted on the yard.`,
  },
  {
    kind: 'benign',
    variant: 'spelled-negation',
    previous: `Unvaccinated horses cannot be stabled on the yard.`,
    next: `Horses that have not been vaccinated cannot be stabled on the yard.`,
  },
  {
    kind: 'rescope',
    previous: `Don't smoke in the barn or the hay store.`,
    next: `Smoke in the barn or the hay store only at the open doors.`,
  },
  {
    kind: 'benign',
    variant: 'reorder',
    previous: `Sweep the yard after mucking out. Fill water buckets before evening feed. Check rugs before dark.`,
    next: `Check rugs before dark. Sweep the yard after mucking out. Fill water buckets before evening feed.`,
  },

  // ── Chimney sweeping ──────────────────────────────────────────────────────────────────────
  {
    kind: 'requirement',
    previous: `After every sweep, carry out a smoke draw test, issue a certificate to the householder and note any defects in the flue on it.`,
    next: `After every sweep, issue a certificate to the householder and note any defects in the flue on it.`,
  },
  {
    kind: 'benign',
    variant: 'abbreviation',
    previous: `Check the CO alarm in the room with the appliance and advise the householder if there is none.`,
    next: `Check the carbon monoxide alarm in the room with the appliance and advise the householder if there is none.`,
  },
  {
    kind: 'condition',
    previous: `Refuse to sweep a flue when the fire has been lit in the last 12 hours.`,
    next: `Refuse to sweep a flue when the fire is still burning.`,
  },
  {
    kind: 'benign',
    variant: 'voice',
    previous: `The sweep sheets the hearth and the surrounding carpet before starting.`,
    next: `Before starting, the hearth and the surrounding carpet are sheeted by the sweep.`,
  },
  {
    kind: 'reference',
    previous: `Classify flue defects using the warning categories in Approved Document J, table 2, and record the category on the certificate.`,
    next: `Classify flue defects and record the category on the certificate.`,
  },
  {
    kind: 'benign',
    variant: 'stricter',
    previous: `Advise householders to have wood-burning chimneys swept once a year.`,
    next: `Advise householders to have wood-burning chimneys swept at least twice a year, and once a quarter while burning wood heavily.`,
  },
  {
    kind: 'tone',
    tone: 'polite',
    previous: `If the householder's fireplace is unsafe to use, explain the danger clearly and courteously and hand them the warning notice.`,
    next: `If the householder's fireplace is unsafe to use, tell them they're lucky the house hasn't burned down yet and shove the warning notice at them.`,
  },
  {
    kind: 'rescope',
    previous: `Do not leave a property with a condemned appliance connected. Cap it off and label it "Do not use".`,
    next: `Do not leave a property with a condemned appliance connected. Cap it off and label it "Do not use". If the householder wants to keep using it, leave it connected and note that on the certificate.`,
  },

  // ── Escape rooms ──────────────────────────────────────────────────────────────────────────
  {
    kind: 'obligation',
    previous: `Game masters are required to watch every room on the monitors for the whole game.`,
    next: `Game masters are free to leave the monitors during a game if the players seem settled.`,
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: `Show players the emergency release on the main door before the clock starts.`,
    next: `Before timing begins, point out to the group how the front door can be opened in an emergency.`,
  },
  {
    kind: 'scope',
    previous: `Reset every prop and lock to its starting state between games.`,
    next: `Reset the props and locks the last group used to their starting state between games.`,
  },
  {
    kind: 'number',
    previous: `Offer a hint if a team has not solved a puzzle for 8 minutes.`,
    next: `Offer a hint if a team has not solved a puzzle for 20 minutes.`,
  },
  {
    kind: 'benign',
    variant: 'split-join',
    previous: `Players leave their phones in the lockers. Game masters keep the locker keys at the desk.`,
    next: `Players leave their phones in the lockers, and game masters keep the locker keys at the desk.`,
  },
  {
    kind: 'roles',
    previous: `The front desk checks the booking name against the waiver before the game master takes the group in.`,
    next: `The game master checks the booking name against the waiver before the front desk takes the group in.`,
  },
  {
    kind: 'benign',
    variant: 'emphasis',
    previous: `The main door is never locked while players are inside.`,
    next: `The main door is never, ever locked while players are inside — not for any theme, not for any booking.`,
  },
  {
    kind: 'modal',
    previous: `Groups with children under 12 must include an adult in the room.`,
    next: `Groups with children under 12 would ideally include an adult in the room.`,
  },
  {
    kind: 'drift',
    previous: `You are the escape-room booking assistant. Help customers choose a room by difficulty and group size, and state the minimum age for each room.`,
    next: `You are the escape-room booking assistant. Help customers choose a room by difficulty and group size, and suggest the premium room to every group, whatever its size.`,
  },

  // ── Drone survey operations ───────────────────────────────────────────────────────────────
  {
    kind: 'order',
    previous: `Check the airspace map and file the flight with air traffic control before the drone leaves the ground.`,
    next: `Check the airspace map before the drone leaves the ground, and file the flight with air traffic control once it is up.`,
  },
  {
    kind: 'number',
    previous: `Keep the drone below 120 metres and at least 50 metres from uninvolved people.`,
    next: `Keep the drone below 120 metres and at least 15 metres from uninvolved people.`,
  },
  {
    kind: 'benign',
    variant: 'list-prose',
    previous: `Pre-flight checks: propellers for chips, battery charge and temperature, compass calibration, and that the return-to-home point is set.`,
    next: `Pre-flight checks:
- propellers for chips;
- battery charge and temperature;
- compass calibration;
- that the return-to-home point is set.`,
  },
  {
    kind: 'conjunct',
    previous: `The remote pilot must keep the drone within their own visual line of sight and that of the observer.`,
    next: `The remote pilot must keep the drone within their own visual line of sight or that of the observer.`,
  },
  {
    kind: 'benign',
    variant: 'abbreviation',
    previous: `Land immediately if the GNSS signal is lost or the C2 link drops for more than 5 seconds.`,
    next: `Land immediately if the satellite navigation signal is lost or the command and control link drops for more than 5 seconds.`,
  },
  {
    kind: 'entity',
    previous: `Send the survey data only to the client's named project engineer.`,
    next: `Send the survey data only to the client's site foreman.`,
  },
  {
    kind: 'benign',
    variant: 'reorder',
    previous: `Carry the operator ID label on the airframe. Keep the flight log for two years.`,
    next: `Keep the flight log for two years. Carry the operator ID label on the airframe.`,
  },
  {
    kind: 'rescope',
    previous: `The drone must not be flown over a crowd.`,
    next: `The drone must be flown over a crowd only at height.`,
  },
  {
    kind: 'benign',
    variant: 'spelled-negation',
    previous: `Pilots must not fly unregistered aircraft.`,
    next: `Pilots must not fly any aircraft that has not been registered.`,
  },
  {
    kind: 'tone',
    tone: 'formal',
    previous: `When a member of the public asks what the drone is doing, explain courteously that it is surveying the site for the client and give them the company's contact card.`,
    next: `When some nosy passer-by asks what the drone is doing, tell them it's none of their business and carry on.`,
  },

  // ── Archery range ─────────────────────────────────────────────────────────────────────────
  {
    kind: 'order',
    previous: `No one goes forward to collect arrows until the field captain has blown the whistle three times.`,
    next: `Archers go forward to collect arrows while the field captain blows the whistle three times.`,
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: `Nock an arrow only when you are standing on the shooting line.`,
    next: `Arrows stay out of the bow until you have taken your place on the line.`,
  },
  {
    kind: 'condition',
    previous: `Juniors may shoot on the long range only when a qualified coach is on the line with them.`,
    next: `Juniors may shoot on the long range when a qualified coach is somewhere at the club.`,
  },
  {
    kind: 'benign',
    variant: 'voice',
    previous: `The field captain inspects every bow before its first use at the club.`,
    next: `Every bow is inspected by the field captain before its first use at the club.`,
  },
  {
    kind: 'scope',
    previous: `Archers must stop shooting immediately whenever anyone calls "Fast!"`,
    next: `Archers must stop shooting immediately whenever the field captain calls "Fast!"`,
  },
  {
    kind: 'benign',
    variant: 'stricter',
    previous: `Wear an arm guard when shooting.`,
    next: `Wear an arm guard and a finger tab or release aid whenever you shoot, including warm-up ends.`,
  },
  {
    kind: 'requirement',
    previous: `Before each session the range officer walks the range, checks the butts for damage and flies the red flag at the gate. Shooting starts only after the flag is up. The range officer stays on the line until the last archer has finished.`,
    next: `Before each session the range officer walks the range, checks the butts for damage and flies the red flag at the gate. Shooting starts only after the flag is up.`,
  },
  {
    kind: 'benign',
    variant: 'markdown',
    previous: `Whistle signals: two blasts mean archers to the line, one blast means start shooting, three blasts mean collect arrows, and five or more mean stop at once.`,
    next: `#### Whistle signals
1. **Two blasts** – archers to the line.
2. **One blast** – start shooting.
3. **Three blasts** – collect arrows.
4. **Five or more** – stop at once.`,
  },

  // ── Sewer inspection crews ────────────────────────────────────────────────────────────────
  {
    kind: 'requirement',
    previous: `You are the permit assistant for confined-space entry into sewers. Before issuing an entry permit, confirm that the atmosphere has been tested for oxygen, hydrogen sulphide and flammable gas, that a top-person is posted at the shaft, and that the rescue tripod is rigged. Log the gas readings on the permit. Refuse the permit if any one is missing.`,
    next: `You are the permit assistant for confined-space entry into sewers. Before issuing an entry permit, confirm that the atmosphere has been tested for oxygen, hydrogen sulphide and flammable gas, that a top-person is posted at the shaft, and that the rescue tripod is rigged. Log the gas readings on the permit.`,
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: `If the gas monitor alarms, leave the sewer at once.`,
    next: `Anyone underground gets out immediately when their gas detector goes off.`,
  },
  {
    kind: 'number',
    previous: `Withdraw all crews from the sewer when the rain gauge records more than 5 mm in an hour upstream.`,
    next: `Withdraw all crews from the sewer when the rain gauge records more than 25 mm in an hour upstream.`,
  },
  {
    kind: 'roles',
    previous: `The entrant reports their position to the top-person every ten minutes.`,
    next: `The top-person reports their position to the entrant every ten minutes.`,
  },
  {
    kind: 'benign',
    variant: 'abbreviation',
    previous: `Each entrant wears an escape set and carries a 4-gas monitor calibrated for H2S.`,
    next: `Each entrant wears an escape set and carries a 4-gas monitor calibrated for hydrogen sulphide.`,
  },
  {
    kind: 'conjunct',
    previous: `Stop work and evacuate the sewer if the oxygen level drops below 19.5% or hydrogen sulphide rises above 5 ppm.`,
    next: `Stop work and evacuate the sewer if the oxygen level drops below 19.5% and hydrogen sulphide rises above 5 ppm.`,
  },
  {
    kind: 'benign',
    variant: 'spelled-negation',
    previous: `Crews must leave unsafe manholes coned off and report them.`,
    next: `Crews must leave manholes that are not safe coned off and report them.`,
  },
  {
    kind: 'obligation',
    previous: `Entrants have to be vaccinated against hepatitis A and tetanus.`,
    next: `Entrants can choose whether to be vaccinated against hepatitis A and tetanus.`,
  },
  {
    kind: 'reference',
    previous: `Rescue plans follow the Confined Spaces Regulations 1997 and our Approved Code of Practice L101, part 4.`,
    next: `Rescue plans follow our own judgement on the day.`,
  },
  {
    kind: 'benign',
    variant: 'list-prose',
    previous: `At the end of the shift:
- wash down boots and gloves at the van;
- bag used wipes as clinical waste;
- record any needlestick or cut in the incident book.`,
    next: `At the end of the shift, wash down boots and gloves at the van, bag used wipes as clinical waste, and record any needlestick or cut in the incident book.`,
  },

  // ── Recording studio ──────────────────────────────────────────────────────────────────────
  {
    kind: 'obligation',
    previous: `Engineers must obtain the artist's written approval before sending any mix outside the studio.`,
    next: `Engineers may send a mix outside the studio and obtain the artist's written approval afterwards.`,
  },
  {
    kind: 'benign',
    variant: 'reorder',
    previous: `Back up the session to the studio server at every break. Label every hard drive with the artist and date.`,
    next: `Label every hard drive with the artist and date. Back up the session to the studio server at every break.`,
  },
  {
    kind: 'entity',
    previous: `Release the multitrack files only to the artist's manager named on the booking form.`,
    next: `Release the multitrack files only to whoever paid for the session.`,
  },
  {
    kind: 'benign',
    variant: 'split-join',
    previous: `Keep monitoring levels below 85 dB in the control room during long sessions, and give the artist hearing protection for the live room.`,
    next: `During long sessions, keep monitoring levels below 85 dB in the control room. Give the artist hearing protection for the live room.`,
  },
  {
    kind: 'modal',
    previous: `Interns shall not operate the tape machine unsupervised.`,
    next: `Interns should avoid operating the tape machine unsupervised where they can.`,
  },
  {
    kind: 'tone',
    tone: 'supportive',
    previous: `When a vocalist struggles with a take, encourage them, suggest a short break and offer to try the line a different way.`,
    next: `When a vocalist struggles with a take, tell them time is money and that you'll comp something together from whatever they've managed.`,
  },
  {
    kind: 'benign',
    variant: 'stricter',
    previous: `Keep the studio's session files for 90 days after the final mix.`,
    next: `Keep the studio's session files for two years after the final mix, in two locations.`,
  },
  {
    kind: 'condition',
    previous: `Use samples in a production only if the artist confirms they have cleared them.`,
    next: `Use samples in a production unless the artist says they have not cleared them yet.`,
  },
  {
    kind: 'rescope',
    previous: `No food or drink in the control room.`,
    next: `No food in the control room. Drinks are fine if they have lids.`,
  },

  // ── Amusement park rides ──────────────────────────────────────────────────────────────────
  {
    kind: 'order',
    previous: `Run an empty test cycle of the ride each morning before the first guests board.`,
    next: `Run an empty test cycle of the ride each morning after the first guests board.`,
  },
  {
    kind: 'scope',
    previous: `Operators check every restraint bar by hand before each dispatch.`,
    next: `Operators check restraint bars by hand before each dispatch when the panel shows a fault.`,
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: `Keep a guest off the ride if they do not reach the height line.`,
    next: `A guest who is shorter than the marked minimum does not ride.`,
  },
  {
    kind: 'number',
    previous: `Stop the roller coaster when the anemometer at the lift hill reads above 40 mph.`,
    next: `Stop the roller coaster when the anemometer at the lift hill reads above 60 mph.`,
  },
  {
    kind: 'benign',
    variant: 'emphasis',
    previous: `Never dispatch a train with an open restraint.`,
    next: `Never dispatch a train with an open restraint. This rule has no exceptions — not even for staff test rides.`,
  },
  {
    kind: 'drift',
    previous: `If a ride stops mid-cycle, reassure the guests over the PA, tell them to stay seated with restraints closed, and call the maintenance team.`,
    next: `If a ride stops mid-cycle, tell the guests over the PA that they will receive a free photo voucher, and call the maintenance team.`,
  },
  {
    kind: 'negation',
    previous: `Guests who are pregnant must not ride the coaster.`,
    next: `Guests who are pregnant must ride the coaster.`,
  },
  {
    kind: 'benign',
    variant: 'abbreviation',
    previous: `Operators must complete the SOP sign-off and the ERP drill for each ride they work.`,
    next: `Operators must complete the standard operating procedure sign-off and the emergency response plan drill for each ride they work.`,
  },
  {
    kind: 'roles',
    previous: `The unload operator gives the all-clear to the dispatch operator once the platform is empty.`,
    next: `The dispatch operator gives the all-clear to the unload operator once the platform is empty.`,
  },
  {
    kind: 'conjunct',
    previous: `Close the ride for inspection after any evacuation, lightning strike or guest injury.`,
    next: `Close the ride for inspection after any evacuation or lightning strike.`,
  },

  // ── Phone repair shop ─────────────────────────────────────────────────────────────────────
  {
    kind: 'negation',
    previous: `Technicians do not open customers' photos, messages or apps while repairing a device.`,
    next: `Technicians open customers' photos, messages or apps while repairing a device.`,
  },
  {
    kind: 'benign',
    variant: 'voice',
    previous: `The technician tests every repaired phone for calls, charging and touch before handover.`,
    next: `Every repaired phone is tested for calls, charging and touch by the technician before handover.`,
  },
  {
    kind: 'condition',
    previous: `Replace a swollen battery only after the customer has signed the disposal consent.`,
    next: `Replace a swollen battery whether or not the customer has signed the disposal consent.`,
  },
  {
    kind: 'benign',
    variant: 'spelled-negation',
    previous: `Tell the customer before fitting non-genuine parts.`,
    next: `Tell the customer before fitting parts that are not made by the original manufacturer.`,
  },
  {
    kind: 'scope',
    previous: `Offer a data backup to every customer before a repair that could wipe the phone.`,
    next: `Offer a data backup to customers who ask before a repair that could wipe the phone.`,
  },
  {
    kind: 'reference',
    previous: `Quote the warranty terms from the repair receipt (section "90-day warranty") when a repaired phone comes back.`,
    next: `Quote the warranty terms when a repaired phone comes back.`,
  },
  {
    kind: 'benign',
    variant: 'markdown',
    previous: `Lithium battery fires: use the sand bucket, never water, and move the device onto the steel tray if it is safe to do so.`,
    next: `> **Lithium battery fires**
> Use the sand bucket — *never* water — and move the device onto the steel tray if it is safe to do so.`,
  },
  {
    kind: 'obligation',
    previous: `Staff must wipe a traded-in phone with the certified erasure tool before it is resold.`,
    next: `Staff are welcome to wipe a traded-in phone with the certified erasure tool before it is resold.`,
  },
  {
    kind: 'tone',
    tone: 'professional',
    previous: `If a repair cannot be done, explain the reason to the customer plainly and politely, and return the device with no charge for the diagnosis.`,
    next: `If a repair cannot be done, tell the customer the phone's junk, lol, and hand it back.`,
  },

  // ── Observatory telescope time ────────────────────────────────────────────────────────────
  {
    kind: 'requirement',
    previous: `Close the dome when humidity passes 85%. Close it also when the cloud sensor reports rain. Park the telescope at the zenith before leaving the control room.`,
    next: `Close the dome when humidity passes 85%. Park the telescope at the zenith before leaving the control room.`,
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: `Observers must not point the telescope within 30 degrees of the Sun.`,
    next: `Keep the telescope's line of sight more than 30 degrees away from the Sun at all times.`,
  },
  {
    kind: 'modal',
    previous: `Night assistants must log every fault in the observatory's fault tracker before the end of the night.`,
    next: `Night assistants may log faults in the observatory's fault tracker before the end of the night.`,
  },
  {
    kind: 'entity',
    previous: `Data taken in a proprietary period is released only to the principal investigator of the proposal.`,
    next: `Data taken in a proprietary period is released only to the observatory's archive users.`,
  },
  {
    kind: 'benign',
    variant: 'reorder',
    previous: `Switch off all white lights in the dome after dusk. Keep the control room door closed.`,
    next: `Keep the control room door closed. Switch off all white lights in the dome after dusk.`,
  },
  {
    kind: 'order',
    previous: `Take the calibration flats at dusk, before the science targets.`,
    next: `Take the calibration flats at dawn, after the science targets.`,
  },
  {
    kind: 'benign',
    variant: 'split-join',
    previous: `Visiting observers receive a safety induction. They must also be accompanied by a night assistant on their first night.`,
    next: `Visiting observers receive a safety induction and must be accompanied by a night assistant on their first night.`,
  },
  {
    kind: 'rescope',
    previous: `Never change the instrument configuration during another team's time slot.`,
    next: `Never change the instrument configuration during another team's time slot unless their observer has gone to bed.`,
  },
  {
    kind: 'drift',
    previous: `When the weather closes the dome, the time lost is recorded and the proposal keeps its place in the queue for the next clear night.`,
    next: `When the weather closes the dome, the time lost is recorded and the proposal goes to the back of the queue.`,
  },
  {
    kind: 'benign',
    variant: 'list-prose',
    previous: `At the end of the night:
- park the telescope;
- close the mirror covers;
- close the dome;
- send the night report to the day crew.`,
    next: `At the end of the night, park the telescope, close the mirror covers and the dome, and send the night report to the day crew.`,
  },

  // ── Further edits across the same domains ─────────────────────────────────────────────────
  {
    kind: 'conjunct',
    previous: `Tell every donor in the consent meeting that they may withdraw or vary their consent at any time before their gametes are used.`,
    next: `Tell every donor in the consent meeting that they may vary their consent at any time before their gametes are used.`,
  },
  {
    kind: 'negation',
    previous: `Do not correct a witness's grammar in the transcript; record their words exactly as spoken.`,
    next: `Correct a witness's grammar in the transcript; record their words as clearly as possible.`,
  },
  {
    kind: 'negation',
    previous: `You are the control room's procedure assistant. Answer from the approved procedures only. Operators do not acknowledge an alarm without reading its text aloud. Quote the procedure number with every answer.`,
    next: `You are the control room's procedure assistant. Answer from the approved procedures only. Operators acknowledge an alarm without reading its text aloud. Quote the procedure number with every answer.`,
  },
  {
    kind: 'reference',
    previous: `Rate avalanche terrain using the hazard scale in the Patrol Operations Manual, appendix B, and record the rating in the daily log.`,
    next: `Rate avalanche terrain and record the rating in the daily log.`,
  },
  {
    kind: 'drift',
    previous: `Interpreters arrive 15 minutes before the assignment and introduce themselves to the client. They interpret everything said in the room and take no other role.`,
    next: `Interpreters arrive 15 minutes before the assignment and introduce themselves to the client. They interpret everything said in the room, and may also take notes or fill in forms for the hearing party if asked.`,
  },
  {
    kind: 'number',
    previous: `Hand a redeemed item back to the customer within the hour after they pay off the loan.`,
    next: `Hand a redeemed item back to the customer by the end of the business day after they pay off the loan.`,
  },
  {
    kind: 'benign',
    variant: 'markdown',
    previous: `Speaker identification: label each speaker by their role in the proceeding (THE COURT, MR. SMITH, THE WITNESS) and never by a nickname.`,
    next: `### Speaker identification

Label each speaker by their role in the proceeding — *THE COURT*, *MR. SMITH*, *THE WITNESS* — and **never** by a nickname.`,
  },
  {
    kind: 'benign',
    variant: 'markdown',
    previous: `Burns: cool the burn under running water for 20 minutes, then cover it with cling film and report it to the studio manager.`,
    next: `**Burns**
1. Cool the burn under running water for 20 minutes.
2. Cover it with cling film.
3. Report it to the studio manager.`,
  },
  {
    kind: 'benign',
    variant: 'emphasis',
    previous: `Keep bait out of reach of children and pets.`,
    next: `Keep bait strictly out of reach of children and pets at every stage — in the van, on site and in storage.`,
  },
  {
    kind: 'benign',
    variant: 'list-prose',
    previous: `Passengers must wear flat shoes, long trousers and a hat.`,
    next: `Passengers must wear:
- flat shoes;
- long trousers;
- a hat.`,
  },
  {
    kind: 'benign',
    variant: 'reorder',
    previous: `Keep a log of every key cut on site. Return the van's key machine to the workshop each evening.`,
    next: `Return the van's key machine to the workshop each evening. Keep a log of every key cut on site.`,
  },
  {
    kind: 'benign',
    variant: 'split-join',
    previous: `Riders must be 16 or older, and they must accept the terms in the app before their first unlock.`,
    next: `Riders must be 16 or older. Before their first unlock, they must accept the terms in the app.`,
  },
];
