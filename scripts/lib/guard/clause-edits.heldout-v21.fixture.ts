// Held-back set v21 of issue 11: hand-labelled clause edits, written blind on 2026-12-03
// (session 12) by someone who never saw the detectors, their tests, their history or any other
// labelled set; never tuned on; measured once, after the commit that adds it. Do not edit entries
// to make a detector pass. Labels say what a careful reviewer would want: `benign` edits keep the
// rule (a stricter rule is not a regression), every other kind weakens or changes it; edits
// touching several things are labelled by their main change. 235 edits, 102 benign,
// 25 domains.
// Domains: sign language interpreting agency, bike courier dispatch, crematorium, wine cellar
// storage, kite surfing school, orchestra instrument loans, rowing club boathouse, subtitling
// studio, fine art auction house, tree surgery contractor, drone survey operator, recording studio,
// bouldering gym, museum conservation lab, dance school, farrier service, marathon race organiser,
// community radio station, snow plough contractor, tailoring and alterations shop, coworking space,
// letterpress print shop, genealogy research service, wedding photography, food bank volunteers.

import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V21: readonly ClauseEdit[] = [
  // Sign language interpreting agency
  { kind: 'benign', variant: 'reword', previous: `Book two interpreters for any assignment that lasts longer than ninety minutes.`, next: `When a job runs past an hour and a half, schedule a pair of interpreters rather than one.` },
  { kind: 'order', previous: `Send the interpreter the speaker's slides and agenda before the assignment starts.`, next: `Send the interpreter the speaker's slides and agenda after the assignment starts.` },
  { kind: 'benign', variant: 'stricter', previous: `Interpreters must not share details of a medical appointment with anyone outside the agency.`, next: `Interpreters must not share details of a medical appointment with anyone outside the agency, and must delete their preparation notes within 24 hours of the appointment.` },
  { kind: 'roles', previous: `The deaf client chooses the interpreter when a named preference is on file.`, next: `The interpreter chooses the deaf client when a named preference is on file.` },
  { kind: 'scope', previous: `You are SignLink's booking assistant. Help clients request British Sign Language, Irish Sign Language and deafblind hands-on interpreting. Confirm every booking in writing with the interpreter's name and arrival time. Always offer a video remote option when no interpreter is free within 48 hours. Never quote a fee before the coordinator has priced the job.`, next: `You are SignLink's booking assistant. Help clients request British Sign Language, Irish Sign Language and deafblind hands-on interpreting. Confirm bookings in writing with the interpreter's name and arrival time where practical. Always offer a video remote option when no interpreter is free within 48 hours. Never quote a fee before the coordinator has priced the job.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Court bookings require an interpreter holding RSLI status.`, next: `Court bookings require an interpreter holding Registered Sign Language Interpreter status.` },
  { kind: 'conjunct', previous: `Before a legal assignment the coordinator must check the interpreter's registration, confirm there is no conflict of interest and brief them on the case number.`, next: `Before a legal assignment the coordinator must check the interpreter's registration and brief them on the case number.` },
  { kind: 'number', previous: `Cancellations made less than 72 hours before the assignment are charged in full.`, next: `Cancellations made less than 24 hours before the assignment are charged in full.` },
  { kind: 'benign', variant: 'voice', previous: `The coordinator assigns a co-worker to every conference longer than half a day.`, next: `A co-worker is assigned by the coordinator to every conference longer than half a day.` },

  // Bike courier dispatch
  { kind: 'condition', previous: `Riders may carry a second parcel only if the first recipient has already signed for theirs.`, next: `Riders may carry a second parcel even if the first recipient has not yet signed for theirs.` },
  { kind: 'benign', variant: 'reword', previous: `Dispatchers must not send a rider out when the wind warning for the city is amber or red.`, next: `If the city's wind alert reaches amber or goes higher, keep every rider at the depot rather than assigning them a run.` },
  { kind: 'obligation', previous: `Riders are required to wear a helmet and reflective vest on every shift.`, next: `Riders are encouraged to wear a helmet and reflective vest on every shift.` },
  { kind: 'benign', variant: 'split-join', previous: `Photograph every parcel at the door. Attach the photo to the delivery record before closing the job.`, next: `Photograph every parcel at the door and attach the photo to the delivery record before closing the job.` },
  { kind: 'order', previous: `A rider must lock the bike before entering a building to hand over a parcel.`, next: `A rider must lock the bike after entering a building to hand over a parcel.` },
  { kind: 'benign', variant: 'emphasis', previous: `Never leave a parcel marked "signature required" with a neighbour.`, next: `Never, under any circumstances and whatever the recipient says on the phone, leave a parcel marked "signature required" with a neighbour.` },
  { kind: 'number', previous: `A single cargo bike load must not exceed 80 kilograms.`, next: `A single cargo bike load must not exceed 120 kilograms.` },
  { kind: 'rescope', previous: `## Rider safety\nRiders never ride on pavements. Walk the bike on any pedestrian stretch.`, next: `## Rider safety\nRiders never ride on pavements. Riders who are running late may ride slowly on a pedestrian stretch.` },
  { kind: 'benign', variant: 'stricter', previous: `Dispatch must check the rider's brakes at the start of each shift.`, next: `Dispatch must check the rider's brakes and lights at the start of each shift and again after any crash, however minor.` },

  // Crematorium
  { kind: 'benign', variant: 'reword', previous: `Ashes are released only to the applicant named on the cremation form or to someone holding their signed authority.`, next: `Hand the cremated remains to nobody except the person who applied for the cremation, or a person carrying a written authorisation signed by that applicant.` },
  { kind: 'conjunct', previous: `The technician must check the identity card on the coffin against the register and record the chamber number before the committal.`, next: `The technician must check the identity card on the coffin against the register before the committal.` },
  { kind: 'order', previous: `Remove pacemakers and other implanted batteries before the cremation begins.`, next: `Remove pacemakers and other implanted batteries once the cremation has begun.` },
  { kind: 'benign', variant: 'voice', previous: `The medical referee must approve every application before a cremation date is confirmed.`, next: `Every application must be approved by the medical referee before a cremation date is confirmed.` },
  { kind: 'condition', previous: `Allow the family to witness the charging of the coffin only when they have asked for it in advance.`, next: `Allow the family to witness the charging of the coffin whenever they turn up at the back door.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Uncollected ashes are kept for six months before the family is written to again.`, next: `Ashes that have not been collected are kept for six months before the family is written to again.` },
  { kind: 'tone', tone: 'gentle', previous: `Speak to bereaved families softly and without hurry; let them take whatever time they need in the chapel.`, next: `Tell bereaved families the chapel slot is 30 minutes and move them along promptly when it ends.` },
  { kind: 'roles', previous: `The funeral director must hand the cremation certificate to the crematorium office.`, next: `The crematorium office must hand the cremation certificate to the funeral director.` },
  { kind: 'benign', variant: 'stricter', previous: `Each cremation is carried out individually.`, next: `Each cremation is carried out individually, and the chamber is swept clean and the sweep logged before the next coffin is charged.` },

  // Wine cellar storage service
  { kind: 'scope', previous: `Every case arriving at the cellar is photographed and checked for leaking corks.`, next: `Cases over £500 arriving at the cellar are photographed and checked for leaking corks.` },
  { kind: 'benign', variant: 'reword', previous: `Keep the cellar between 11 and 14 degrees Celsius at all times.`, next: `The storage vault's temperature must never drop below 11°C or climb above 14°C.` },
  { kind: 'order', previous: `The relative humidity of the bonded cellar must stay above 60 percent.`, next: `The relative humidity of the bonded cellar must stay below 60 percent.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Wine held in bond is released only after the client has paid the duty and VAT.`, next: `Wine held in bond is released only after the client has paid the duty and value added tax.` },
  { kind: 'reference', previous: `Follow the bonded warehouse procedure in section 4.2 of the HMRC Notice 197 when moving wine out of bond.`, next: `Follow the bonded warehouse procedure when moving wine out of bond.` },
  { kind: 'obligation', previous: `Staff may not open a client's case without the client's written instruction.`, next: `Staff may open a client's case without the client's written instruction.` },
  { kind: 'benign', variant: 'reorder', previous: `Bottles are stored on their sides. Vintage port is kept upright in the end racks. Sparkling wine is never stored near the door.`, next: `Sparkling wine is never stored near the door. Bottles are stored on their sides. Vintage port is kept upright in the end racks.` },
  { kind: 'rescope', previous: `Never decant a client's wine on site; offer to arrange a sommelier at their own venue.`, next: `Decant a client's wine on site when a sommelier cannot be arranged at their own venue.` },
  { kind: 'entity', previous: `Only the cellar master can authorise a withdrawal of more than ten cases.`, next: `Only a warehouse porter can authorise a withdrawal of more than ten cases.` },
  { kind: 'benign', variant: 'stricter', previous: `Clients are told within a day if a bottle in their reserve is found broken.`, next: `Clients are told within a day if a bottle in their reserve is found broken, and the broken bottle is kept and photographed until they reply.` },

  // Kite surfing school
  { kind: 'condition', previous: `Cancel the lesson if the gusts exceed 30 knots.`, next: `Cancel the lesson if the gusts stay under 30 knots.` },
  { kind: 'benign', variant: 'reword', previous: `Students must wear an impact vest and a helmet during every water session.`, next: `No pupil goes into the sea without a buoyancy impact vest and a head protector on.` },
  { kind: 'scope', previous: `Instructors give the safety briefing on self-rescue to every student before their first launch.`, next: `Instructors give the safety briefing on self-rescue to students who ask for it before their first launch.` },
  { kind: 'benign', variant: 'list-prose', previous: `Before launching a kite, check:\n- the lines are untangled\n- the quick release works\n- the beach downwind is clear`, next: `Before launching a kite, check that the lines are untangled, that the quick release works and that the beach downwind is clear.` },
  { kind: 'rescope', previous: `Never teach in offshore wind. Move the lesson to the lagoon site instead.`, next: `Never teach in offshore wind. Advanced students may still have their lesson at the main beach when the wind is offshore.` },
  { kind: 'number', previous: `Each instructor supervises no more than two students on the water at once.`, next: `Each instructor supervises no more than four students on the water at once.` },
  { kind: 'benign', variant: 'emphasis', previous: `Check the tide table before every session.`, next: `Always check the tide table before every single session, without exception.` },
  { kind: 'roles', previous: `The rescue boat driver must signal the instructor when a student drifts beyond the buoys.`, next: `The instructor must signal the rescue boat driver when a student drifts beyond the buoys.` },
  { kind: 'conjunct', previous: `Rinse every kite and harness in fresh water and hang them to dry at the end of the day.`, next: `Rinse every kite in fresh water and hang it to dry at the end of the day.` },

  // Orchestra instrument loans
  { kind: 'benign', variant: 'reword', previous: `A loaned instrument must be insured by the borrower from the day it leaves the store.`, next: `From the moment a borrowed instrument leaves our store room, the player is responsible for having it covered by insurance.` },
  { kind: 'order', previous: `Members who have played with the orchestra for at least two seasons get first choice of the loan violins.`, next: `Members who have played with the orchestra for at most two seasons get first choice of the loan violins.` },
  { kind: 'benign', variant: 'stricter', previous: `Borrowers must return the instrument in its case.`, next: `Borrowers must return the instrument in its case, with the bow and spare strings, and must report any crack or open seam on return.` },
  { kind: 'obligation', previous: `The librarian is responsible for inspecting every instrument when it comes back from loan.`, next: `The librarian can inspect instruments when they come back from loan.` },
  { kind: 'benign', variant: 'voice', previous: `Our luthier adjusts the bridge and soundpost of each cello before it is loaned out.`, next: `The bridge and soundpost of each cello are adjusted by our luthier before it is loaned out.` },
  { kind: 'modal', previous: `Borrowers must not take a loaned instrument abroad.`, next: `Borrowers should try not to take a loaned instrument abroad.` },
  { kind: 'scope', previous: `Loans run for one season. The committee reviews each loan in June. Any borrower who has missed more than three rehearsals without notice loses the instrument. Loans can be renewed twice.`, next: `Loans run for one season. The committee reviews each loan in June. A borrower who has missed more than three rehearsals without notice may lose the instrument at the committee's discretion. Loans can be renewed twice.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Unrepaired damage found at return is billed to the borrower.`, next: `Damage found at return that has not been repaired is billed to the borrower.` },
  { kind: 'entity', previous: `Repairs to loan instruments are done only by the orchestra's appointed luthier.`, next: `Repairs to loan instruments are done only by the borrower's own teacher.` },

  // Rowing club boathouse
  { kind: 'condition', previous: `Juniors may take a single scull out only when a coach is on the bank.`, next: `Juniors may take a single scull out except when a coach is on the bank.` },
  { kind: 'benign', variant: 'reword', previous: `No crew launches after sunset.`, next: `Once the sun has gone down, boats stay on the racks.` },
  { kind: 'conjunct', previous: `The cox must sign the boat out, record the crew names and note the expected return time in the log.`, next: `The cox must sign the boat out and note the expected return time in the log.` },
  { kind: 'benign', variant: 'markdown', previous: `Flag rules: red flag means no boats out; yellow flag means senior crews only.`, next: `## Flag rules\n- **Red flag**: no boats out.\n- **Yellow flag**: senior crews only.` },
  { kind: 'order', previous: `Crews must turn upstream of the railway bridge, never below it.`, next: `Crews must turn downstream of the railway bridge, never above it.` },
  { kind: 'benign', variant: 'stricter', previous: `Report any damage to a boat in the damage book.`, next: `Report any damage to a boat in the damage book before leaving the boathouse, and tag the boat "do not use" until the boatman has seen it.` },
  { kind: 'number', previous: `Novices must pass the 100 metre swim test before joining a crew.`, next: `Novices must pass the 25 metre swim test before joining a crew.` },
  { kind: 'rescope', previous: `Lifejackets are worn by every cox.`, next: `Lifejackets are worn by every cox. Coxes of eights do not need a lifejacket on calm days.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Every coach must hold a valid RYA Powerboat Level 2 certificate to drive the launch.`, next: `Every coach must hold a valid Royal Yachting Association Powerboat Level 2 certificate to drive the launch.` },

  // Subtitling studio
  { kind: 'benign', variant: 'reword', previous: `Subtitles must not stay on screen for less than one second.`, next: `Give every caption a display time of at least a full second.` },
  { kind: 'scope', previous: `A second linguist proofreads every file before delivery.`, next: `A second linguist proofreads files for theatrical releases before delivery.` },
  { kind: 'number', previous: `Keep each subtitle line to 42 characters or fewer.`, next: `Keep each subtitle line to 52 characters or fewer.` },
  { kind: 'benign', variant: 'split-join', previous: `Describe music in square brackets for the hard-of-hearing track, and name the speaker when they are off screen.`, next: `Describe music in square brackets for the hard-of-hearing track. Name the speaker when they are off screen.` },
  { kind: 'obligation', previous: `Translators are prohibited from uploading client scripts to online translation tools.`, next: `Translators are allowed to upload client scripts to online translation tools.` },
  { kind: 'benign', variant: 'emphasis', previous: `Do not cut a subtitle across a shot change.`, next: `Do not, ever, let a subtitle run across a shot change.` },
  { kind: 'reference', previous: `Format timecodes as described in the client's delivery specification, version 3.1, appendix B.`, next: `Format timecodes as described in the client's delivery specification.` },
  { kind: 'roles', previous: `The project manager sends the glossary to the translator at kickoff.`, next: `The translator sends the glossary to the project manager at kickoff.` },
  { kind: 'benign', variant: 'stricter', previous: `Burned-in subtitles are checked on a full playback before export.`, next: `Burned-in subtitles are checked on a full playback before export, and the checker signs the QC sheet with the timecode of every fix.` },
  { kind: 'drift', previous: `You are the CaptionDesk assistant for our clients. Answer questions on delivery formats, turnaround and file specifications. If a client asks about a missed deadline, apologise and pass the job number to the project manager.`, next: `You are the CaptionDesk assistant for our clients. Answer questions on delivery formats, turnaround and file specifications. When a client mentions a deadline, suggest our premium rush service and its price list.` },

  // Fine art auction house
  { kind: 'condition', previous: `Accept a telephone bid only if the bidder registered at least 24 hours before the sale.`, next: `Accept a telephone bid even if the bidder did not register before the sale.` },
  { kind: 'benign', variant: 'reword', previous: `The auctioneer must announce any lot that has been withdrawn before bidding opens on it.`, next: `When a lot has been taken out of the sale, the person on the rostrum says so before anyone can bid on it.` },
  { kind: 'negation', previous: `Specialists never give a written valuation over the phone.`, next: `Specialists give a written valuation over the phone.` },
  { kind: 'benign', variant: 'voice', previous: `The compliance officer checks the identity of every new buyer.`, next: `The identity of every new buyer is checked by the compliance officer.` },
  { kind: 'order', previous: `Buyers collect lots only after payment has cleared.`, next: `Buyers collect lots before payment has cleared.` },
  { kind: 'conjunct', previous: `Catalogue entries must state the artist's attribution, the medium, the dimensions and any known restoration.`, next: `Catalogue entries must state the artist's attribution, the medium and the dimensions.` },
  { kind: 'benign', variant: 'reorder', previous: `Lots are viewed by appointment. Gloves are worn for works on paper. Photography is allowed in the viewing room.`, next: `Photography is allowed in the viewing room. Gloves are worn for works on paper. Lots are viewed by appointment.` },
  { kind: 'entity', previous: `Provenance questions are referred to the head of the Old Masters department.`, next: `Provenance questions are referred to the front desk receptionist.` },
  { kind: 'benign', variant: 'stricter', previous: `Reserve prices are kept confidential.`, next: `Reserve prices are kept confidential, are never entered into the shared catalogue system and are known only to the auctioneer and the consignor's specialist.` },

  // Tree surgery contractor
  { kind: 'benign', variant: 'reword', previous: `Check with the council whether a tree has a preservation order before quoting any work on it.`, next: `Find out from the local authority if a tree is protected before giving the customer a price for it.` },
  { kind: 'order', previous: `Set up the exclusion zone before the first cut is made.`, next: `Set up the exclusion zone after the first cut is made.` },
  { kind: 'scope', previous: `Climbers must use two independent anchor points whenever they are working aloft.`, next: `Climbers must use two independent anchor points when working above 10 metres.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Unqualified staff may not operate the chipper.`, next: `Staff who are not qualified may not operate the chipper.` },
  { kind: 'modal', previous: `A ground worker must stay within shouting distance of every climber.`, next: `A ground worker may stay within shouting distance of every climber.` },
  { kind: 'rescope', previous: `No felling in the bird nesting season without a survey. Book the ecologist first.`, next: `No felling in the bird nesting season without a survey. Small garden trees can be felled in the nesting season without one.` },
  { kind: 'benign', variant: 'stricter', previous: `Chainsaw operators wear protective trousers.`, next: `Chainsaw operators wear protective trousers, boots, gloves and a visored helmet, and nobody operates a saw alone on site.` },
  { kind: 'roles', previous: `The site supervisor briefs the climber on the rescue plan every morning.`, next: `The climber briefs the site supervisor on the rescue plan every morning.` },
  { kind: 'number', previous: `Keep a clearance of at least 3 metres from overhead power lines.`, next: `Keep a clearance of at least 1 metre from overhead power lines.` },

  // Drone survey operator
  { kind: 'condition', previous: `Fly over the site only after the landowner has given written permission.`, next: `Fly over the site unless the landowner has given written permission.` },
  { kind: 'benign', variant: 'reword', previous: `The pilot must keep the drone within visual line of sight for the whole flight.`, next: `At no point during a mission should the aircraft be somewhere the remote pilot cannot see it with their own eyes.` },
  { kind: 'number', previous: `Never fly higher than 120 metres above ground level.`, next: `Never fly higher than 150 metres above ground level.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Check the NOTAMs for the area before each flight.`, next: `Check the Notices to Airmen for the area before each flight.` },
  { kind: 'obligation', previous: `Every pilot has to log the battery cycles after each flight.`, next: `Every pilot can log the battery cycles after each flight if they have time.` },
  { kind: 'benign', variant: 'emphasis', previous: `Land immediately if the drone loses its GPS lock.`, next: `Land immediately, and do not try to finish the survey line first, if the drone loses its GPS lock.` },
  { kind: 'conjunct', previous: `Survey data is encrypted at rest, backed up to two locations and deleted from the aircraft's card after upload.`, next: `Survey data is backed up to two locations and deleted from the aircraft's card after upload.` },
  { kind: 'scope', previous: `You are SkyGrid's mission planner. Build a flight plan for each job the client describes. Flag every job within 5 kilometres of an aerodrome for the compliance team. Do not promise a flight date until the weather window is confirmed. Keep answers short.`, next: `You are SkyGrid's mission planner. Build a flight plan for each job the client describes. Flag jobs within 5 kilometres of a major airport for the compliance team. Do not promise a flight date until the weather window is confirmed. Keep answers short.` },
  { kind: 'benign', variant: 'stricter', previous: `Pilots complete a preflight checklist.`, next: `Pilots complete and sign a preflight checklist, and a second crew member countersigns it before the motors arm.` },

  // Recording studio
  { kind: 'benign', variant: 'reword', previous: `Back up every session to the server at the end of the day.`, next: `Before going home, the engineer copies the day's project files onto the studio server.` },
  { kind: 'roles', previous: `The artist approves the final mix before the engineer sends it to mastering.`, next: `The engineer approves the final mix before the artist sends it to mastering.` },
  { kind: 'order', previous: `Lower the monitor volume before switching the phantom power on.`, next: `Lower the monitor volume after switching the phantom power on.` },
  { kind: 'benign', variant: 'voice', previous: `The studio manager must countersign every booking over two days.`, next: `Every booking over two days must be countersigned by the studio manager.` },
  { kind: 'tone', tone: 'friendly', previous: `Welcome visiting bands warmly, show them where the kitchen is and ask how they like their headphone mix.`, next: `Tell visiting bands the rules at the door. Headphone mixes are fixed by the engineer.` },
  { kind: 'rescope', previous: `Clients never get the raw multitracks until the invoice is paid.`, next: `Clients never get the raw multitracks until the invoice is paid. Regular clients can take the multitracks home on the day.` },
  { kind: 'benign', variant: 'split-join', previous: `Food is not allowed in the live room. Drinks must have a lid.`, next: `Food is not allowed in the live room, and drinks must have a lid.` },
  { kind: 'reference', previous: `Label every stem using the naming rules in the studio handbook, page 12.`, next: `Label every stem sensibly.` },
  { kind: 'benign', variant: 'stricter', previous: `Engineers must not play a client's unreleased tracks to visitors.`, next: `Engineers must not play a client's unreleased tracks to visitors, staff from other sessions, or anyone outside the booking, in the building or elsewhere.` },

  // Bouldering gym
  { kind: 'scope', previous: `Every new climber completes the induction before using the walls.`, next: `New climbers under 16 complete the induction before using the walls.` },
  { kind: 'benign', variant: 'reword', previous: `Nobody may stand or sit on the crash mats under a climber.`, next: `Keep the padded floor beneath anyone on the wall completely clear of people.` },
  { kind: 'condition', previous: `Children may climb only when a registered adult is watching from the mat edge.`, next: `Children may climb when a registered adult is anywhere in the building.` },
  { kind: 'benign', variant: 'list-prose', previous: `Under-18s need a parent's consent form, an induction and a supervisor on site.`, next: `Under-18s need:\n- a parent's consent form\n- an induction\n- a supervisor on site` },
  { kind: 'conjunct', previous: `Staff must brush the holds and vacuum the mats every evening.`, next: `Staff must brush the holds every evening.` },
  { kind: 'obligation', previous: `Route setters need to wear a harness when working above the top-out line.`, next: `Route setters may choose whether to wear a harness when working above the top-out line.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Unsupervised children are asked to leave the wall.`, next: `Children who are not being supervised are asked to leave the wall.` },
  { kind: 'number', previous: `Close the competition wall when more than 30 climbers are on the floor.`, next: `Close the competition wall when more than 60 climbers are on the floor.` },
  { kind: 'benign', variant: 'emphasis', previous: `Chalk bags must be closed when not in use.`, next: `Chalk bags must always be closed, tightly, whenever they are not in use.` },

  // Museum conservation lab
  { kind: 'benign', variant: 'reword', previous: `Handle textiles only with clean nitrile gloves.`, next: `Never touch a fabric object with bare hands; put on fresh nitrile gloves first.` },
  { kind: 'order', previous: `Photograph the object before any cleaning starts.`, next: `Photograph the object once the cleaning is finished.` },
  { kind: 'rescope', previous: `No treatment is carried out without a signed proposal. Discuss the proposal with the curator.`, next: `No treatment is carried out without a signed proposal. Minor surface cleaning of loans can go ahead without one.` },
  { kind: 'benign', variant: 'stricter', previous: `Solvents are used only in the fume cupboard.`, next: `Solvents are used only in the fume cupboard, and only after the extraction test sticker shows a date from this month.` },
  { kind: 'entity', previous: `Loans out of the museum are approved by the Head of Collections.`, next: `Loans out of the museum are approved by the shop manager.` },
  { kind: 'condition', previous: `Lower the gallery light levels to 50 lux whenever watercolours are on display.`, next: `Lower the gallery light levels to 50 lux when watercolours are on display for more than six months.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Record every treatment in the CMS on the day it is done.`, next: `Record every treatment in the collections management system on the day it is done.` },
  { kind: 'requirement', previous: `Conservators must record the adhesive used in every repair. Record the batch number of the adhesive too.`, next: `Conservators must record the adhesive used in every repair.` },
  { kind: 'benign', variant: 'voice', previous: `The registrar approves each courier trip for a touring loan.`, next: `Each courier trip for a touring loan is approved by the registrar.` },

  // Dance school
  { kind: 'benign', variant: 'reword', previous: `Pupils under eight are collected from the studio door by a named adult.`, next: `We hand children younger than eight over at the studio door, and only to a grown-up whose name is on our list.` },
  { kind: 'order', previous: `Warm up for at least ten minutes before pointe work.`, next: `Warm up for at least ten minutes after pointe work.` },
  { kind: 'benign', variant: 'stricter', previous: `Teachers ask before making a hands-on correction.`, next: `Teachers ask before making a hands-on correction, explain what they will touch and why, and stop at once if the pupil says no.` },
  { kind: 'scope', previous: `Exam fees are refunded to any pupil who withdraws before the entry deadline.`, next: `Exam fees are refunded to pupils who withdraw before the entry deadline for medical reasons.` },
  { kind: 'benign', variant: 'reword', previous: `Parents may not watch classes except during the open week at the end of each term.`, next: `The viewing window is only open to families in the last week of term; the rest of the time, classes are not watched.` },
  { kind: 'roles', previous: `The principal decides which pupils are entered for the grade exam, after hearing the class teacher.`, next: `The class teacher decides which pupils are entered for the grade exam, after hearing the principal.` },
  { kind: 'tone', tone: 'encouraging', previous: `Give feedback on every pupil's progress with specific praise first, then one thing to work on next term.`, next: `List the faults in every pupil's technique in the progress report.` },
  { kind: 'number', previous: `Pupils start pointe work no earlier than age 11.`, next: `Pupils start pointe work no earlier than age 9.` },
  { kind: 'benign', variant: 'reorder', previous: `Hair is tied back for ballet. Jewellery is removed before class. Outdoor shoes stay in the lobby.`, next: `Outdoor shoes stay in the lobby. Hair is tied back for ballet. Jewellery is removed before class.` },

  // Farrier service
  { kind: 'condition', previous: `Hot shoe a horse only if the owner or a handler is holding it.`, next: `Hot shoe a horse if the owner or a handler is on the yard.` },
  { kind: 'benign', variant: 'reword', previous: `Do not shoe a horse that is visibly lame; call the vet instead.`, next: `If the horse is already limping when you arrive, leave the shoes alone and get a veterinary surgeon out to it.` },
  { kind: 'conjunct', previous: `Before every visit check the horse's passport, confirm the owner's consent and note any previous foot problems.`, next: `Before every visit check the horse's passport and note any previous foot problems.` },
  { kind: 'benign', variant: 'voice', previous: `The lead farrier checks every apprentice's fitting before the horse leaves the forge.`, next: `Every apprentice's fitting is checked by the lead farrier before the horse leaves the forge.` },
  { kind: 'obligation', previous: `Apprentices must not fit shoes without the lead farrier present.`, next: `Apprentices are permitted to fit shoes without the lead farrier present.` },
  { kind: 'number', previous: `Book a reshoe every six weeks for horses in regular work.`, next: `Book a reshoe every ten weeks for horses in regular work.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Unshod horses are trimmed at the standard rate.`, next: `Horses that are not shod are trimmed at the standard rate.` },
  { kind: 'reference', previous: `Remedial shoeing follows the vet's written prescription and the Farriers Registration Council's guidance note FRC-7.`, next: `Remedial shoeing follows the vet's written prescription.` },
  { kind: 'benign', variant: 'stricter', previous: `Keep the mobile forge's gas bottle strapped upright while driving.`, next: `Keep the mobile forge's gas bottle strapped upright while driving, with the valve closed, and check the strap before every journey.` },

  // Marathon race organiser
  { kind: 'benign', variant: 'reword', previous: `Close the course to traffic at least an hour before the start gun.`, next: `Roads on the route must be shut to cars no later than sixty minutes ahead of the race starting.` },
  { kind: 'scope', previous: `Water stations are placed every 5 kilometres along the whole route.`, next: `Water stations are placed every 5 kilometres along the first half of the route.` },
  { kind: 'negation', previous: `Runners who have not reached the 30 km point before 14:00 are moved onto the sweep bus.`, next: `Runners who reach the 30 km point before 14:00 are moved onto the sweep bus.` },
  { kind: 'benign', variant: 'markdown', previous: `Medical tents are at 10 km, 21 km, 35 km and the finish.`, next: `### Medical tents\n1. 10 km\n2. 21 km\n3. 35 km\n4. the finish` },
  { kind: 'rescope', previous: `Runners may never transfer their bib to another person. Transfers must go through the official resale window.`, next: `Runners may never transfer their bib to another person. Runners can hand their bib to a friend on race morning if they are injured.` },
  { kind: 'benign', variant: 'emphasis', previous: `Marshals must not leave their post until the sweep vehicle has passed.`, next: `Marshals must never leave their post, for any reason, until the sweep vehicle has passed.` },
  { kind: 'entity', previous: `Results are published only after the chief timekeeper has signed them off.`, next: `Results are published only after the social media team has signed them off.` },
  { kind: 'condition', previous: `Cancel the race if the heat index forecast exceeds 32 degrees.`, next: `Cancel the race if the heat index forecast exceeds 32 degrees and the police ask us to.` },
  { kind: 'benign', variant: 'stricter', previous: `Every runner must declare an emergency contact at registration.`, next: `Every runner must declare an emergency contact and any medical condition at registration, and confirm them again at bib collection.` },
  { kind: 'modal', previous: `Wheelchair athletes shall start five minutes ahead of the elite field.`, next: `Wheelchair athletes could start five minutes ahead of the elite field.` },

  // Community radio station
  { kind: 'benign', variant: 'reword', previous: `Presenters must not endorse a political party or candidate on air.`, next: `On the microphone, hosts stay neutral: no backing of any candidate or party, ever.` },
  { kind: 'conjunct', previous: `Before going live, check the profanity delay is on, the phone line is muted and the logger is recording.`, next: `Before going live, check the phone line is muted and the logger is recording.` },
  { kind: 'benign', variant: 'split-join', previous: `Play the station ident at the top of every hour. Read the community notice board at half past.`, next: `Play the station ident at the top of every hour and read the community notice board at half past.` },
  { kind: 'negation', previous: `Callers' phone numbers are not read out on air.`, next: `Callers' phone numbers are read out on air.` },
  { kind: 'scope', previous: `You are WaveFM's scheduling assistant. Help volunteers find free slots in the weekly grid and swap shows with each other. Every swap must be approved by the programme controller before it goes into the grid. Remind volunteers that the overnight slots are automated and cannot be booked. Reply in plain English.`, next: `You are WaveFM's scheduling assistant. Help volunteers find free slots in the weekly grid and swap shows with each other. Swaps involving the breakfast show must be approved by the programme controller before they go into the grid. Remind volunteers that the overnight slots are automated and cannot be booked. Reply in plain English.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Every presenter completes the Ofcom code training before their first solo show; ask the PC for a slot.`, next: `Every presenter completes the Ofcom code training before their first solo show; ask the programme controller for a slot.` },
  { kind: 'roles', previous: `Guests sign the consent form which the presenter then files.`, next: `The presenter signs the consent form which the guest then files.` },
  { kind: 'benign', variant: 'reword', previous: `Keep a recording of every broadcast for 42 days.`, next: `Every programme that goes out must be archived, and the archive copy held for six weeks.` },
  { kind: 'rescope', previous: `Never broadcast a caller's full name; use the first name they give.`, next: `Broadcast a caller's full name when they do not give a first name.` },
  { kind: 'number', previous: `Adverts take up no more than 6 minutes in any hour.`, next: `Adverts take up no more than 12 minutes in any hour.` },

  // Snow plough contractor
  { kind: 'order', previous: `Grit the hospital access road before the residential streets.`, next: `Grit the hospital access road after the residential streets.` },
  { kind: 'benign', variant: 'reword', previous: `Drivers must take a 45 minute break after four and a half hours at the wheel.`, next: `Once a driver has been driving for 4.5 hours, they stop for three quarters of an hour before carrying on.` },
  { kind: 'condition', previous: `Start the gritting run whenever the road surface forecast drops below 1 degree.`, next: `Start the gritting run when the road surface forecast drops below 1 degree and the council phones the depot.` },
  { kind: 'benign', variant: 'stricter', previous: `Walk round the plough before each shift.`, next: `Walk round the plough before each shift, check the blade bolts and beacons, and record the check in the vehicle log.` },
  { kind: 'obligation', previous: `The duty manager is responsible for calling out the standby crews.`, next: `The duty manager may call out the standby crews.` },
  { kind: 'benign', variant: 'voice', previous: `The depot supervisor loads the spreader calibration onto each truck before the season.`, next: `The spreader calibration is loaded onto each truck by the depot supervisor before the season.` },
  { kind: 'drift', previous: `Answer residents' calls about which streets are on the priority gritting route and when the next run is due.`, next: `Answer residents' calls by offering our private driveway clearing packages.` },
  { kind: 'scope', previous: `Plough every bus route within three hours of settling snow.`, next: `Plough bus routes within three hours of settling snow where resources allow.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Untreated footways are reported to the council at the end of the shift.`, next: `Footways that have not been treated are reported to the council at the end of the shift.` },

  // Tailoring and alterations shop
  { kind: 'benign', variant: 'reword', previous: `Pin the hem with the customer wearing the shoes they will wear with the garment.`, next: `When marking trouser or skirt length, ask the client to put on the footwear they plan to wear with it.` },
  { kind: 'conjunct', previous: `Tag each garment with the customer's name, the ticket number and the promised date.`, next: `Tag each garment with the customer's name and the ticket number.` },
  { kind: 'benign', variant: 'emphasis', previous: `Do not cut into a wedding dress before the final fitting.`, next: `Do not cut into a wedding dress, not even a trial snip, before the final fitting.` },
  { kind: 'order', previous: `Take a deposit of half the price before ordering any special fabric.`, next: `Take a deposit of half the price after the special fabric has arrived.` },
  { kind: 'benign', variant: 'stricter', previous: `Garments not collected within 90 days may be donated to charity.`, next: `Garments not collected within 90 days may be donated to charity, but only after two letters and a phone call to the customer, recorded on the ticket.` },
  { kind: 'rescope', previous: `Alterations are never started without a fitting. Book the customer in first.`, next: `Alterations are never started without a fitting. Simple hems can be started without one.` },
  { kind: 'entity', previous: `Leather and suede go to our specialist partner, Hide & Seam, for cleaning.`, next: `Leather and suede go to the high street dry cleaner for cleaning.` },
  { kind: 'benign', variant: 'reword', previous: `Quote the price before doing the work, and do not charge more than the quote without asking.`, next: `Customers hear the cost up front; if the job turns out to need more, we phone them to agree it before we go over the figure we gave.` },
  { kind: 'tone', tone: 'courteous', previous: `Greet each customer politely by name and thank them for their patience when an item is late.`, next: `When an item is late, tell the customer it is not ready and give them the new date.` },

  // Coworking space
  { kind: 'condition', previous: `Members may bring a guest only when they have registered them at reception.`, next: `Members may bring a guest whenever they like.` },
  { kind: 'benign', variant: 'reword', previous: `Phone calls are taken in the booths, not at the hot desks.`, next: `If you need to talk on the phone, use a call pod rather than the shared desks.` },
  { kind: 'scope', previous: `All members get 24-hour door access.`, next: `Resident members get 24-hour door access.` },
  { kind: 'benign', variant: 'list-prose', previous: `Meeting room rules:\n- book in the app\n- leave the whiteboard clean\n- release the room if you finish early`, next: `Meeting room rules: book in the app, leave the whiteboard clean, and release the room if you finish early.` },
  { kind: 'roles', previous: `The community manager must notify members before any planned Wi-Fi outage.`, next: `Members must notify the community manager before any planned Wi-Fi outage.` },
  { kind: 'number', previous: `Each member can book a meeting room for up to 4 hours a week.`, next: `Each member can book a meeting room for up to 10 hours a week.` },
  { kind: 'benign', variant: 'reword', previous: `Mail for members is held at reception for two weeks.`, next: `Letters and parcels that arrive for a member wait at the front desk for fourteen days.` },
  { kind: 'requirement', previous: `Lock your locker when you leave. Take your laptop home at night.`, next: `Lock your locker when you leave.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Printing is charged per page through the CRM at the end of the month.`, next: `Printing is charged per page through the customer relationship management system at the end of the month.` },

  // Letterpress print shop
  { kind: 'benign', variant: 'reword', previous: `Clean the rollers with the low-odour solvent at the end of every run.`, next: `Whenever a print run finishes, wipe the inking rollers down using the mild-smelling wash.` },
  { kind: 'order', previous: `Switch the platen press off at the isolator before reaching into the bed.`, next: `Switch the platen press off at the isolator after reaching into the bed.` },
  { kind: 'benign', variant: 'stricter', previous: `Send the customer a proof of every job.`, next: `Send the customer a proof of every job and wait for their written approval of the proof before any paper is printed.` },
  { kind: 'scope', previous: `Customers approve a printed proof for every order.`, next: `Customers usually approve a printed proof for orders.` },
  { kind: 'benign', variant: 'voice', previous: `The shop foreman mixes every Pantone ink match.`, next: `Every Pantone ink match is mixed by the shop foreman.` },
  { kind: 'modal', previous: `Apprentices shall not operate the guillotine.`, next: `Apprentices ideally should not operate the guillotine.` },
  { kind: 'benign', variant: 'reword', previous: `Return hand-set type to the correct case before the end of the day.`, next: `Metal letters used for composing go back into their proper drawer before anyone leaves for the night.` },
  { kind: 'conjunct', previous: `The order form records the paper stock, the ink colours, the quantity and the delivery address.`, next: `The order form records the paper stock, the ink colours and the quantity.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Uncoated stock is used for all wedding stationery.`, next: `Stock that has not been coated is used for all wedding stationery.` },
  { kind: 'roles', previous: `The designer sends the plate film to the printer once the layout is signed off.`, next: `The printer sends the plate film to the designer once the layout is signed off.` },

  // Genealogy research service
  { kind: 'benign', variant: 'reword', previous: `You are RootsTrail's research assistant. Help clients plan searches of parish registers, census returns and wills. Do not state a family link as fact unless two independent records support it. Tell clients which archive holds each record you mention. Never share one client's tree with another.`, next: `You are RootsTrail's research assistant. Help clients plan searches of parish registers, census returns and wills. Only call a relationship proven when it is backed by at least two sources that do not depend on each other. Tell clients which archive holds each record you mention. Never share one client's tree with another.` },
  { kind: 'condition', previous: `Search living-person records only if the client is that person or has their written consent.`, next: `Search living-person records unless the client is that person or has their written consent.` },
  { kind: 'benign', variant: 'split-join', previous: `Quote the research fee by the hour, and cap the first stage at ten hours.`, next: `Quote the research fee by the hour. Cap the first stage at ten hours.` },
  { kind: 'number', previous: `Deliver the first report within 30 working days of the deposit.`, next: `Deliver the first report within 60 working days of the deposit.` },
  { kind: 'benign', variant: 'stricter', previous: `Researchers cite the source of every fact in the report.`, next: `Researchers cite the source of every fact in the report, with the archive reference and page, and attach an image of the record where the archive allows it.` },
  { kind: 'rescope', previous: `We never test DNA kits in house. Refer DNA questions to the partner lab.`, next: `We never test DNA kits in house. Researchers can run a quick DNA match for existing clients.` },
  { kind: 'obligation', previous: `The researcher has to tell the client about any adoption record found before it goes in the report.`, next: `The researcher may tell the client about any adoption record found before it goes in the report.` },
  { kind: 'benign', variant: 'reorder', previous: `Reports are sent as PDF. Family trees are sent as GEDCOM files. Original documents are never posted.`, next: `Original documents are never posted. Reports are sent as PDF. Family trees are sent as GEDCOM files.` },
  { kind: 'reference', previous: `Handle adoption records under the Adoption and Children Act 2002, section 79.`, next: `Handle adoption records carefully.` },
  { kind: 'benign', variant: 'reword', previous: `Clients can cancel within 14 days of paying and get their money back less the hours already worked.`, next: `Someone who changes their mind inside a fortnight of payment is refunded, minus whatever research time has been spent.` },

  // Wedding photography
  { kind: 'benign', variant: 'reword', previous: `Deliver the edited gallery within eight weeks of the wedding.`, next: `Couples receive their finished photos no more than two months after the big day.` },
  { kind: 'scope', previous: `Back up every memory card to two drives before leaving the venue.`, next: `Back up memory cards to two drives before leaving the venue in most cases.` },
  { kind: 'benign', variant: 'emphasis', previous: `Never post a couple's photos online without their consent.`, next: `Never, on any site or social account, post a couple's photos online without their clear consent.` },
  { kind: 'order', previous: `Agree the shot list with the couple before the wedding day.`, next: `Agree the shot list with the couple after the wedding day.` },
  { kind: 'benign', variant: 'stricter', previous: `The second shooter follows the lead photographer's plan.`, next: `The second shooter follows the lead photographer's plan, stays off the aisle during the vows and hands over their cards to the lead before leaving.` },
  { kind: 'entity', previous: `Questions about the contract are answered by the studio owner.`, next: `Questions about the contract are answered by the second shooter.` },
  { kind: 'condition', previous: `Use flash during the ceremony only when the officiant has allowed it.`, next: `Use flash during the ceremony when the officiant has not forbidden it.` },
  { kind: 'benign', variant: 'voice', previous: `The couple signs the booking contract before any date is held.`, next: `The booking contract is signed by the couple before any date is held.` },
  { kind: 'tone', tone: 'warm', previous: `Write to couples warmly and personally, using their names, and congratulate them on the engagement.`, next: `Send couples the standard booking template.` },
  { kind: 'negation', previous: `Raw files are not given to the couple.`, next: `Raw files are given to the couple.` },

  // Food bank volunteers
  { kind: 'benign', variant: 'reword', previous: `Volunteers must not ask clients why they need a food parcel.`, next: `Nobody on the team questions a visitor about the reasons they have come for food.` },
  { kind: 'conjunct', previous: `Check the use-by date, the packaging and the allergen label of every donated item.`, next: `Check the use-by date and the packaging of every donated item.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Each parcel must follow the FSA guidance on chilled food.`, next: `Each parcel must follow the Food Standards Agency guidance on chilled food.` },
  { kind: 'scope', previous: `Give a parcel to anyone who arrives with a referral voucher.`, next: `Give a parcel to anyone who arrives with a referral voucher after the second visit.` },
  { kind: 'benign', variant: 'markdown', previous: `Fridge items are logged twice a day: morning and close.`, next: `## Fridge log\nFridge items are logged **twice a day**: at the morning open and at close.` },
  { kind: 'roles', previous: `The warehouse lead tells the shift volunteers which pallets to unpack.`, next: `The shift volunteers tell the warehouse lead which pallets to unpack.` },
  { kind: 'benign', variant: 'reword', previous: `Keep clients' names and addresses on the locked laptop only, never on paper.`, next: `Personal details of the people we help live on the locked laptop and nowhere else: do not write them down.` },
  { kind: 'number', previous: `Each household can receive up to 3 parcels in six months.`, next: `Each household can receive up to 8 parcels in six months.` },
  { kind: 'benign', variant: 'stricter', previous: `Two volunteers are present when the cash donations box is opened.`, next: `Two volunteers are present when the cash donations box is opened, count the money separately and both sign the tally sheet.` },
  { kind: 'order', previous: `Stack the heaviest tins on the lowest shelves, and only light packets above shoulder height.`, next: `Stack the heaviest tins on the highest shelves, and only light packets below shoulder height.` },
  { kind: 'requirement', previous: `New volunteers complete the food hygiene course. New volunteers also shadow a shift before working alone.`, next: `New volunteers complete the food hygiene course.` },
  { kind: 'benign', variant: 'reword', previous: `Offer a halal or vegetarian parcel to anyone who asks for one.`, next: `If a client requests a meat-free or halal selection, make up their parcel that way.` },
];
