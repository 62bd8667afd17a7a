// Held-back set v58 of issue 11: hand-labelled clause edits, written blind on 2026-12-06
// (session 35) by the helper heldout58, who never saw the detectors, their tests, their history
// or any other labelled set. What it read of the repository: lines 50-65 of
// clause-edits.fixture.ts (EDIT_KINDS and the ClauseEdit type), lines 1-44 of the v57 set (its
// header, for the file shape and the composition, and nothing further of that file) and the
// comment lines of the earlier sets' domain lists (grep -h -A8 "^// Domains:", its output put in
// a scratch file and filtered to comment lines before reading). Slip, stated as asked: before
// starting it ran `git log --oneline -3` on the whole repository, whose newest subjects name
// guard work (the v56/v57 release, a test's reason text "done less often: loosens the rule", a
// known miss where a ban was turned into the thing given); it also listed the file names of
// the held-back sets. No entry was written to or checked against anything but the brief.
// Never tuned on; to be measured once by the lead, after the commit that adds it. Do not edit
// entries to make a detector pass.
// Labels say what a careful reviewer would want: `benign` edits keep every obligation for every
// case (a stricter rule is not a regression), every other kind weakens or changes the rule; edits
// touching several things are labelled by their main change (a new sentence that contradicts a
// rule, or a negation moved onto another part of the clause, counts as `rescope`; a required step
// dropped whole counts as `requirement`, one item dropped from a list inside a sentence as
// `conjunct`; the rule replaced by a different rule that sounds similar counts as `drift`; `tone`
// edits carry the clause's declared tone and turn it cold, hostile, blaming or dismissive, and
// 3 benign edits carry a declared tone that they keep). 297 edits, 135 benign, 27 domains, 11 each
// (5 benign, 6 regressions of 6 different kinds).
// Benign variants: abbreviation 9, emphasis 9, list-prose 9, reorder 9, reword 54,
// spelled-negation 9, split-join 9, stricter 9, units 9, voice 9 (`units` says the same quantity
// in words or other units; `reword` includes rules said from the other side, prohibitions said
// positively, duties said as double negatives, bans said as the state kept or the only option
// left, and plain rewordings in wholly other words); every domain holds 2 rewords and 3 other
// variants. Non-benign kinds: condition 11, conjunct 11, drift 11, modal 11, negation 11,
// number 11, obligation 11, order 11, requirement 11, rescope 11, roles 11, scope 11, entity 10,
// reference 10, tone 10. 60 edits are 3-5 sentence prompts starting "You are the ... assistant
// for ..." (30 regressions, 30 benign; on the old side 10 of 3, 10 of 4 and 10 of 5 sentences on
// each side of the label, a Markdown list counted as part of its sentence; 10 of them hold a
// list: 5 regressions with the list on both sides and 5 benign ones, 2 turning prose into a list,
// 2 a list into prose and 1 keeping its list), so that length alone says nothing about the label.
// No edit outside those 60 prompts holds a Markdown list (the other list-prose edits use inline
// numbering). 24 domains hold one prompt on each side of the label, 3 (child contact centre, duty
// solicitor scheme, lift share scheme) hold two.
// None of the 27 domains appears in the earlier sets' domain lists (read with grep -A8, comment
// lines only; an older set without such a list may share a domain unseen); the nearest listed
// neighbours are weather station network and volcano gas monitoring, aircraft de-icing crew,
// public aquarium dive shows, bail hostel, beach lifeguard patrol, parking enforcement office and
// road safety camera partnership, kayak hire and rowing club boathouse, family mediation service,
// watch repair, gold bullion dealer and stamp auction house, cinema multiplex, public defender's
// office and legal aid helpline, telecare alarm monitoring centre, glaziers, fencing club, ice
// hockey league, timber haulage and sawmill, au pair agency, builders' merchant, wedding venue,
// microbrewery taproom, psychotherapy practice, narrowboat hire and canal lock keeping, jewellery
// repair counter, kite surfing school, rugby club and scooter share scheme. All 27 start with A
// to L, as v59 is written at the same time with domains from M to Z.
// Domains: air quality monitoring team, aircraft maintenance hangar, aquarium maintenance service,
// bail bonds office, beach cleaning volunteers, bus lane enforcement team, canoe club, child
// contact centre, clock repair workshop, coin and medal dealer, drive-in cinema, duty solicitor
// scheme, elderly falls response team, emergency board-up service, fence installation contractor,
// field hockey club, forestry harvesting crew, gap year placement agency, gravel merchant, hen
// party planners, home brewing supply shop, hypnotherapy practice, inland waterways licensing
// office, jewellery making classes, kite festival organisers, lacrosse club, lift share scheme.

import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V58: readonly ClauseEdit[] = [
  // air quality monitoring team
  {
    kind: 'condition',
    previous: 'Publish a pollution alert on the council website only if two neighbouring monitors both record nitrogen dioxide above 200 µg/m³ in the same hour.',
    next: 'Publish a pollution alert on the council website if either of two neighbouring monitors records nitrogen dioxide above 200 µg/m³ in the same hour.',
  },
  {
    kind: 'conjunct',
    previous: 'Before a diffusion tube is sent to the lab, write the site code, the exposure start date and the exposure end date on its label.',
    next: 'Before a diffusion tube is sent to the lab, write the site code and the exposure start date on its label.',
  },
  {
    kind: 'drift',
    previous: 'Data from a monitor that failed its fortnightly calibration check must be flagged as provisional until the next passing check.',
    next: 'Data from a monitor that failed its fortnightly calibration check must be recalibrated before the next fortnightly check.',
  },
  {
    kind: 'modal',
    previous: 'You are the data desk assistant for the city air quality monitoring team. When a resident asks about readings near a school, you must quote the latest ratified annual mean rather than a single hourly value. Keep replies under 150 words and link the open data portal.',
    next: 'You are the data desk assistant for the city air quality monitoring team. When a resident asks about readings near a school, you should try to quote the latest ratified annual mean rather than a single hourly value. Keep replies under 150 words and link the open data portal.',
  },
  {
    kind: 'negation',
    previous: 'Readings taken while the inlet heater was faulty are not to be included in the monthly summary.',
    next: 'Readings taken while the inlet heater was faulty are to be included in the monthly summary.',
  },
  {
    kind: 'number',
    previous: 'Replace the filter tape on each particulate monitor every 28 days, or sooner if the tape counter shows fewer than 50 spots left.',
    next: 'Replace the filter tape on each particulate monitor every 56 days, or sooner if the tape counter shows fewer than 50 spots left.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Send the quarterly nitrogen dioxide results to the Department for Environment, Food and Rural Affairs by the tenth working day of the following month.',
    next: 'Send the quarterly NO2 results to Defra by the tenth working day of the following month.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Never publish raw, unratified data as if it were final.',
    next: 'IMPORTANT: never publish raw, unratified data as if it were final.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'You are the site operations assistant for the air quality monitoring team. Before a technician opens any roadside cabinet, they must wear a high-visibility vest, place two traffic cones upstream of the cabinet and tell the control room their site code. Remind them that cabinets on red routes can only be opened between 10:00 and 16:00. Log every visit in the site diary.',
    next: 'You are the site operations assistant for the air quality monitoring team. Before a technician opens any roadside cabinet, they must:\n- wear a high-visibility vest\n- place two traffic cones upstream of the cabinet\n- tell the control room their site code\nRemind them that cabinets on red routes can only be opened between 10:00 and 16:00. Log every visit in the site diary.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Do not share the exact location of monitors on private land with members of the public.',
    next: 'The precise position of any monitor sited on private land is kept confidential from the public.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Every complaint about odour must be acknowledged within two working days.',
    next: 'No odour complaint may go unacknowledged for longer than two working days.',
  },
  // aircraft maintenance hangar
  {
    kind: 'obligation',
    previous: 'Engineers must wear an anti-static wrist strap when handling avionics boxes on the bench.',
    next: 'Engineers can wear an anti-static wrist strap when handling avionics boxes on the bench.',
  },
  {
    kind: 'order',
    previous: 'Drain and cap the fuel lines before the engine is lifted from its mounts.',
    next: 'Drain and cap the fuel lines after the engine is lifted from its mounts.',
  },
  {
    kind: 'requirement',
    previous: 'You are the hangar records assistant for Northfield aircraft maintenance. A certificate of release to service may only be drafted once the work pack shows:\n- every task card stamped by the certifying engineer\n- a duplicate inspection for any disturbed flight control\n- the tool control board checked and signed\nAfter that, the engine ground run must be completed and its figures entered in the technical log before the certificate is printed. If anything is missing, tell the engineer which item and stop.',
    next: 'You are the hangar records assistant for Northfield aircraft maintenance. A certificate of release to service may only be drafted once the work pack shows:\n- every task card stamped by the certifying engineer\n- a duplicate inspection for any disturbed flight control\n- the tool control board checked and signed\nIf anything is missing, tell the engineer which item and stop.',
  },
  {
    kind: 'rescope',
    previous: 'No one may start an aircraft\'s APU inside the hangar.',
    next: 'No one may start an aircraft\'s APU inside the hangar. The night shift lead may start it with the doors open when a tow is delayed.',
  },
  {
    kind: 'roles',
    previous: 'The licensed inspector signs off the mechanic\'s torque checks on every wheel change.',
    next: 'The mechanic signs off the licensed inspector\'s torque checks on every wheel change.',
  },
  {
    kind: 'scope',
    previous: 'All borescope images taken during a hot section inspection are kept for 10 years.',
    next: 'Borescope images that show damage, taken during a hot section inspection, are kept for 10 years.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Before towing, remove the pitot covers and the landing gear pins, and confirm the brakes are charged.',
    next: 'Before towing, confirm the brakes are charged, and remove the landing gear pins and the pitot covers.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Don\'t leave rags or consumables in an engine intake.',
    next: 'Do not leave rags or consumables in an engine intake.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'You are the stores assistant for the aircraft maintenance hangar. Parts issued to a job must carry an approved release certificate. Parts without one go to the quarantine cage. Shelf-life items past their expiry date are also quarantined. Tell the requester the expected restock date if a part is out of stock.',
    next: 'You are the stores assistant for the aircraft maintenance hangar. Parts issued to a job must carry an approved release certificate, and any part without one goes to the quarantine cage, as do shelf-life items past their expiry date. Tell the requester the expected restock date if a part is out of stock.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'A foreign object debris walk must cover the whole hangar floor at the start of every shift.',
    next: 'No shift may begin work until the entire hangar floor has been walked for loose debris.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Only staff holding a current run-up authorisation may operate engines on the ground.',
    next: 'Ground engine runs are reserved for staff whose run-up authorisation is in date.',
  },
  // aquarium maintenance service
  {
    kind: 'entity',
    previous: 'Water samples from marine reef tanks are tested by our aquatic veterinarian before any new coral is added.',
    next: 'Water samples from marine reef tanks are tested by our aquarium technician before any new coral is added.',
  },
  {
    kind: 'reference',
    previous: 'Record each chemical dose in the Tank Treatment Log (form AQ-7) kept in the client\'s cabinet.',
    next: 'Record each chemical dose in the Service Visit Sheet (form AQ-2) kept in the client\'s cabinet.',
  },
  {
    kind: 'tone', tone: 'friendly',
    previous: 'If a client\'s fish has died since our last visit, say you\'re sorry for their loss and gently explain what we\'ll check today.',
    next: 'If a client\'s fish has died since our last visit, tell them it happens and that it was probably down to their feeding, then list what we\'ll check today.',
  },
  {
    kind: 'condition',
    previous: 'You are the booking assistant for Clearwater aquarium maintenance service. Offer an emergency call-out only if the client reports a failed heater, a failed filter or a visible leak. Emergency call-outs cost £85 and we aim to arrive within four hours. Routine visits are booked at least two days ahead. Always confirm the tank size in litres before booking.',
    next: 'You are the booking assistant for Clearwater aquarium maintenance service. Offer an emergency call-out whenever the client asks for one. Emergency call-outs cost £85 and we aim to arrive within four hours. Routine visits are booked at least two days ahead. Always confirm the tank size in litres before booking.',
  },
  {
    kind: 'conjunct',
    previous: 'Before draining a tank, switch off the heater, the filter and the protein skimmer at the wall.',
    next: 'Before draining a tank, switch off the heater and the filter at the wall.',
  },
  {
    kind: 'drift',
    previous: 'Fish moved during maintenance must be kept in a bucket of their own tank water, never tap water.',
    next: 'Fish moved during maintenance must be kept in a covered bucket so they cannot jump out.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Test ammonia and nitrite at each visit.',
    next: 'Test ammonia, nitrite and nitrate at each visit, and write all three results on the visit sheet.',
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'Never do a water change of more than 25% of the tank volume in one visit.',
    next: 'Never change more than a quarter of the tank\'s water in a single visit.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'You are the client support assistant for Clearwater aquarium maintenance service. Technicians must photograph the tank at the end of each visit. We email clients the photo and the test results the same evening.',
    next: 'You are the client support assistant for Clearwater aquarium maintenance service. A photograph of the tank must be taken by the technician at the end of each visit. Clients are emailed the photo and the test results the same evening.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Do not release any fish, plant or snail from a client\'s tank into a pond, river or drain.',
    next: 'Unwanted livestock from a client\'s tank can only be rehomed through our workshop; nothing from a tank ever goes into a pond, river or drain.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Clients must be told the price of any replacement equipment before it is fitted.',
    next: 'No replacement equipment is fitted until the client has heard what it will cost.',
  },
  // bail bonds office
  {
    kind: 'modal',
    previous: 'Agents must verify the defendant\'s court date against the court\'s online docket before writing a bond.',
    next: 'Agents should verify the defendant\'s court date against the court\'s online docket before writing a bond.',
  },
  {
    kind: 'negation',
    previous: 'Indemnitors are told that the premium is not returned if the case is dismissed.',
    next: 'Indemnitors are told that the premium is returned if the case is dismissed.',
  },
  {
    kind: 'number',
    previous: 'You are the front desk assistant for Lone Pine bail bonds. Our premium is 10% of the bail amount and is not refundable once the defendant is released. Any collateral above $5,000 must be recorded on a signed receipt before the client leaves the office.',
    next: 'You are the front desk assistant for Lone Pine bail bonds. Our premium is 10% of the bail amount and is not refundable once the defendant is released. Any collateral above $15,000 must be recorded on a signed receipt before the client leaves the office.',
  },
  {
    kind: 'obligation',
    previous: 'A co-signer is required to attend the office in person to sign the indemnity agreement.',
    next: 'A co-signer is welcome to attend the office in person to sign the indemnity agreement.',
  },
  {
    kind: 'order',
    previous: 'Run the defendant\'s warrant check before quoting a premium.',
    next: 'Run the defendant\'s warrant check after quoting a premium.',
  },
  {
    kind: 'requirement',
    previous: 'Before a bond is posted, photograph the defendant\'s ID and take a current home address. Call the listed employer to confirm the job.',
    next: 'Before a bond is posted, photograph the defendant\'s ID and take a current home address.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Always confirm the defendant\'s date of birth and booking number before the bond is posted.',
    next: 'Always confirm the defendant\'s DOB and booking no. before the bond is posted.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Do not give legal advice about the charges.',
    next: 'Do **not** give legal advice about the charges.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'Collateral we accept: (1) cash, (2) vehicle titles in the indemnitor\'s name, (3) real estate deeds.',
    next: 'We accept cash, vehicle titles in the indemnitor\'s name, or real estate deeds as collateral.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'You are the client line assistant for Lone Pine bail bonds. Never promise a caller that a defendant will be released by a particular time. Jail processing can take anywhere from two to twelve hours after the bond is posted. Give callers our office number for updates.',
    next: 'You are the client line assistant for Lone Pine bail bonds. Make no commitment to a caller about the hour a defendant will walk out. Jail processing can take anywhere from two to twelve hours after the bond is posted. Give callers our office number for updates.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Refunds of collateral are issued within 14 days of the bond being exonerated.',
    next: 'Once the court exonerates the bond, the client has their collateral back inside 14 days.',
  },
  // beach cleaning volunteers
  {
    kind: 'rescope',
    previous: 'Do not touch dead seals, porpoises or seabirds; report them to the stranding hotline.',
    next: 'Do not touch dead seals, porpoises or seabirds; report them to the stranding hotline. Small seabirds can go in the general litter bags if the hotline is busy.',
  },
  {
    kind: 'roles',
    previous: 'Team leaders brief the volunteers on tide times before the clean starts.',
    next: 'Volunteers brief the team leaders on tide times before the clean starts.',
  },
  {
    kind: 'scope',
    previous: 'Every bag collected is weighed and logged on the survey sheet.',
    next: 'Most bags collected are weighed and logged on the survey sheet.',
  },
  {
    kind: 'entity',
    previous: 'Heavy items like tyres and oil drums are left above the tide line for the council\'s beach cleansing crew to collect.',
    next: 'Heavy items like tyres and oil drums are left above the tide line for the harbour master to collect.',
  },
  {
    kind: 'reference',
    previous: 'Record what you find using the categories on the Marine Conservation Society\'s Beachwatch survey form.',
    next: 'Record what you find using the categories on the council\'s litter complaint form.',
  },
  {
    kind: 'tone', tone: 'encouraging',
    previous: 'You are the volunteer coordinator assistant for Sandy Bay beach cleaning volunteers. Thank every volunteer warmly after a clean and tell them how many bags the group filled. If someone could only stay for half an hour, tell them that every bit helps. Invite them to next month\'s clean on the first Saturday.',
    next: 'You are the volunteer coordinator assistant for Sandy Bay beach cleaning volunteers. Tell every volunteer after a clean how many bags the group filled. If someone could only stay for half an hour, point out that the others had to pick up their share. Mention next month\'s clean on the first Saturday.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'At the end of the clean, return the litter pickers and the hoops, and sign out on the register.',
    next: 'At the end of the clean, sign out on the register and return the hoops and the litter pickers.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Children under 16 can\'t take part without a parent or guardian on the beach.',
    next: 'Children under 16 cannot take part without a parent or guardian on the beach.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'You are the safety briefing assistant for Sandy Bay beach cleaning volunteers. Cleans only go ahead on a falling tide. They are cancelled if the wind is above force 6. Everyone wears gloves. Stay off the rocks below the cliff path.',
    next: 'You are the safety briefing assistant for Sandy Bay beach cleaning volunteers. Cleans only go ahead on a falling tide and are cancelled if the wind is above force 6. Everyone wears gloves and stays off the rocks below the cliff path.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Never leave filled bags on the beach overnight.',
    next: 'Every filled bag is off the beach before the group goes home.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Volunteers under 18 must have a consent form signed by a parent.',
    next: 'Without a parent\'s signature on the consent form, nobody under 18 can volunteer.',
  },
  // bus lane enforcement team
  {
    kind: 'condition',
    previous: 'Footage is reviewed by a second officer only if the first reviewer is unsure whether the vehicle was exempt.',
    next: 'Footage is reviewed by a second officer unless the first reviewer is unsure whether the vehicle was exempt.',
  },
  {
    kind: 'conjunct',
    previous: 'Each notice must state the date, the time and the location of the contravention.',
    next: 'Each notice must state the date and the location of the contravention.',
  },
  {
    kind: 'drift',
    previous: 'You are the appeals assistant for the city\'s bus lane enforcement team. When a driver challenges a notice, send them the video clip and the still images within five working days. Explain that the discount rate of £35 stays open while we consider the challenge. Do not comment on whether the challenge is likely to succeed. Give the reference number in every message.',
    next: 'You are the appeals assistant for the city\'s bus lane enforcement team. When a driver challenges a notice, send them the video clip and the still images within five working days. Explain that the discount rate of £35 is open to drivers who pay before they challenge. Do not comment on whether the challenge is likely to succeed. Give the reference number in every message.',
  },
  {
    kind: 'modal',
    previous: 'Officers must check the Traffic Regulation Order for the lane\'s hours of operation before confirming a contravention.',
    next: 'Officers should ideally check the Traffic Regulation Order for the lane\'s hours of operation before confirming a contravention.',
  },
  {
    kind: 'negation',
    previous: 'A contravention is not upheld where the lane markings were worn or missing at the time.',
    next: 'A contravention is upheld where the lane markings were worn or missing at the time.',
  },
  {
    kind: 'number',
    previous: 'Footage is deleted 28 days after the notice is paid or cancelled.',
    next: 'Footage is deleted 90 days after the notice is paid or cancelled.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Reviewers should watch at least ten seconds of footage before and after the vehicle enters the lane.',
    next: 'Reviewers must watch at least ten seconds of footage before and after the vehicle enters the lane.',
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'The discounted charge applies if payment is made within 14 days of the notice date.',
    next: 'The discounted charge applies if payment is made within two weeks of the notice date.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'You are the enquiries assistant for the bus lane enforcement team. Our officers review every camera clip before a notice is posted. We send the notice to the registered keeper within 14 days of the contravention.',
    next: 'You are the enquiries assistant for the bus lane enforcement team. Every camera clip is reviewed by one of our officers before a notice is posted. The notice is sent to the registered keeper within 14 days of the contravention.',
  },
  {
    kind: 'benign', variant: 'reword', tone: 'courteous',
    previous: 'If a caller is angry about a notice, stay calm and explain the appeal route politely.',
    next: 'When a caller is upset about their notice, keep an even, polite manner and walk them through how to appeal.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Do not discuss a notice with anyone other than the registered keeper or their representative.',
    next: 'Only the registered keeper, or someone acting for them, may be given details of a notice.',
  },
  // canoe club
  {
    kind: 'obligation',
    previous: 'Paddlers under 14 must wear a buoyancy aid at all times on the water.',
    next: 'Paddlers under 14 are encouraged to wear a buoyancy aid at all times on the water.',
  },
  {
    kind: 'order',
    previous: 'Paddlers sign out on the river board before launching and sign back in as soon as they land.',
    next: 'Paddlers sign out on the river board after launching and sign back in as soon as they land.',
  },
  {
    kind: 'requirement',
    previous: 'You are the session planning assistant for Riverside canoe club. Before a white water trip launches, the leading coach files a trip plan with the duty officer, naming every paddler and the planned get-out point. Groups on the river are limited to eight paddlers per coach.',
    next: 'You are the session planning assistant for Riverside canoe club. Groups on the river are limited to eight paddlers per coach.',
  },
  {
    kind: 'rescope',
    previous: 'Club boats may not be taken onto the tidal estuary.',
    next: 'Club boats may not be taken onto the tidal estuary. Members with a 3 Star award may take them out there alone.',
  },
  {
    kind: 'roles',
    previous: 'The duty officer checks that each returning paddler has signed back in.',
    next: 'Each returning paddler checks that the duty officer has signed back in.',
  },
  {
    kind: 'scope',
    previous: 'All members must complete a capsize drill in the pool before their first river session.',
    next: 'New junior members must complete a capsize drill in the pool before their first river session.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Members need British Canoeing membership and a personal locator beacon for sea trips.',
    next: 'Members need BC membership and a PLB for sea trips.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Check the river level gauge at the weir before every session.',
    next: 'ALWAYS check the river level gauge at the weir before every session.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'You are the kit store assistant for Riverside canoe club. When a member borrows a club boat, record the boat number, the paddle number and the buoyancy aid size in the loan book. Boats must be back on the racks by 20:00. Report any damage to the equipment officer the same day.',
    next: 'You are the kit store assistant for Riverside canoe club. When a member borrows a club boat, record in the loan book:\n- the boat number\n- the paddle number\n- the buoyancy aid size\nBoats must be back on the racks by 20:00. Report any damage to the equipment officer the same day.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Never paddle alone.',
    next: 'Always have at least one other paddler on the water with you.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Members may use the club\'s trailer only after passing the towing assessment.',
    next: 'Until a member has passed the towing assessment, the club trailer is off limits to them.',
  },
  // child contact centre
  {
    kind: 'conjunct',
    previous: 'You are the referrals assistant for Oakwood child contact centre. A family can only be booked for supervised contact once we hold:\n- the signed referral form from a solicitor or the court\n- a risk assessment for each parent\n- a copy of any court order in force\nNever give one parent the other parent\'s address or phone number. Tell referrers that our waiting list is currently about six weeks.',
    next: 'You are the referrals assistant for Oakwood child contact centre. A family can only be booked for supervised contact once we hold:\n- the signed referral form from a solicitor or the court\n- a copy of any court order in force\nNever give one parent the other parent\'s address or phone number. Tell referrers that our waiting list is currently about six weeks.',
  },
  {
    kind: 'tone', tone: 'reassuring',
    previous: 'You are the parents\' helpline assistant for Oakwood child contact centre. Many parents arrive anxious, so speak to them calmly and reassure them that staff will be in the room throughout. Explain that handovers take place through separate entrances so parents need not meet. Sessions last up to two hours on Saturdays. If a parent is upset about a cancelled session, apologise and offer the next free slot.',
    next: 'You are the parents\' helpline assistant for Oakwood child contact centre. Many parents arrive anxious, so tell them plainly that staff will be in the room and that worrying won\'t help anyone. Explain that handovers take place through separate entrances so parents need not meet. Sessions last up to two hours on Saturdays. If a parent is upset about a cancelled session, tell them cancellations are usually down to the parents and offer the next free slot.',
  },
  {
    kind: 'entity',
    previous: 'Supervised contact is observed by a DBS-checked contact supervisor, who writes the session report.',
    next: 'Supervised contact is observed by a volunteer from the welcome desk, who writes the session report.',
  },
  {
    kind: 'reference',
    previous: 'Session reports follow the template in section 4 of the National Association of Child Contact Centres standards.',
    next: 'Session reports follow the template in section 4 of our volunteer handbook.',
  },
  {
    kind: 'condition',
    previous: 'A grandparent may join a session only if the court order names them.',
    next: 'A grandparent may join a session if the resident parent agrees.',
  },
  {
    kind: 'drift',
    previous: 'Children must be collected by the same adult who brought them, unless the referral form names someone else.',
    next: 'Children must be collected from the same entrance they were brought in by, unless the referral form names another.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Staff wear name badges and keep their phones in the office.',
    next: 'Staff keep their phones in the office and wear name badges.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Photos of the children aren\'t allowed anywhere in the centre.',
    next: 'Photos of the children are not allowed anywhere in the centre.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'You are the volunteer rota assistant for Oakwood child contact centre. Every Saturday session needs a coordinator. It also needs at least three volunteers. Volunteers must have a DBS check renewed within the last three years. Swap requests go to the coordinator by Wednesday.',
    next: 'You are the volunteer rota assistant for Oakwood child contact centre. Every Saturday session needs a coordinator and at least three volunteers. Volunteers must have a DBS check renewed within the last three years. Swap requests go to the coordinator by Wednesday.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'You are the front desk assistant for Oakwood child contact centre. Do not let a visiting parent leave the building with the child. Tell any parent who asks that the garden is only used when a staff member is present.',
    next: 'You are the front desk assistant for Oakwood child contact centre. However a visiting parent asks, the answer to taking the child out of the building is no. Tell any parent who asks that the garden is only used when a staff member is present.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Staff must write up each session report within 48 hours.',
    next: 'No session report may be left unwritten for more than 48 hours after the session.',
  },
  // clock repair workshop
  {
    kind: 'modal',
    previous: 'Clocks must be test-run for seven days on the regulation rack before collection.',
    next: 'Clocks should preferably be test-run for seven days on the regulation rack before collection.',
  },
  {
    kind: 'negation',
    previous: 'A longcase clock is never moved with its pendulum and weights still attached.',
    next: 'A longcase clock is moved with its pendulum and weights still attached.',
  },
  {
    kind: 'number',
    previous: 'You are the customer desk assistant for Hartley\'s clock repair workshop. Quote a full service for a mechanical mantel clock at £180 and tell the customer it takes about six weeks. Every repair carries a 12-month guarantee on the work done. Clocks not collected within 90 days of our completion notice may be sold to cover costs. Always give the customer a numbered ticket.',
    next: 'You are the customer desk assistant for Hartley\'s clock repair workshop. Quote a full service for a mechanical mantel clock at £180 and tell the customer it takes about six weeks. Every repair carries a 3-month guarantee on the work done. Clocks not collected within 90 days of our completion notice may be sold to cover costs. Always give the customer a numbered ticket.',
  },
  {
    kind: 'obligation',
    previous: 'Customers must sign the condition report before we accept an antique clock.',
    next: 'Customers may sign the condition report before we accept an antique clock.',
  },
  {
    kind: 'order',
    previous: 'Let down the mainspring before you take the movement apart.',
    next: 'Let down the mainspring after you take the movement apart.',
  },
  {
    kind: 'requirement',
    previous: 'Photograph the dial and the movement when a clock comes in. Write the customer\'s name on the tag tied to the pendulum.',
    next: 'Write the customer\'s name on the tag tied to the pendulum.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Wear cotton gloves when handling gilded cases.',
    next: 'Wear cotton gloves when handling gilded or silvered cases and dials.',
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'Ultrasonic cleaning of movement parts lasts no longer than 5 minutes.',
    next: 'Ultrasonic cleaning of movement parts lasts no longer than 300 seconds.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'You are the collections assistant for Hartley\'s clock repair workshop. Our van driver delivers longcase clocks and sets them up in the customer\'s home. He levels the case and starts the pendulum before he leaves.',
    next: 'You are the collections assistant for Hartley\'s clock repair workshop. Longcase clocks are delivered and set up in the customer\'s home by our van driver. The case is levelled and the pendulum started by him before he leaves.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'We do not repair quartz clocks.',
    next: 'Our bench takes mechanical clocks only; battery quartz movements are turned away.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Any part we replace is kept and returned to the customer.',
    next: 'Customers get back every original part we take out of their clock.',
  },
  // coin and medal dealer
  {
    kind: 'rescope',
    previous: 'We never buy medals from anyone under 18.',
    next: 'We never buy medals from anyone under 18. Regular customers aged 16 or 17 can sell to us with a note from a parent.',
  },
  {
    kind: 'roles',
    previous: 'The buyer values the coins and the customer then accepts or declines the offer.',
    next: 'The customer values the coins and the buyer then accepts or declines the offer.',
  },
  {
    kind: 'scope',
    previous: 'Check every gold coin over £500 on the precious metal analyser.',
    next: 'Check gold coins over £500 on the precious metal analyser where practical.',
  },
  {
    kind: 'entity',
    previous: 'You are the enquiries assistant for Marlow coin and medal dealers. Campaign medals named to a serviceman are checked against the medal rolls by our military specialist before we make an offer. Tell sellers the check takes up to ten working days.',
    next: 'You are the enquiries assistant for Marlow coin and medal dealers. Campaign medals named to a serviceman are checked against the medal rolls by the shop junior before we make an offer. Tell sellers the check takes up to ten working days.',
  },
  {
    kind: 'reference',
    previous: 'Coins are graded to the standard in the grading section of the Coin Yearbook.',
    next: 'Coins are graded to the standard in the grading section of our own price list.',
  },
  {
    kind: 'tone', tone: 'respectful',
    previous: 'When someone brings in a late relative\'s medals, thank them for sharing the story and handle the medals with care in front of them.',
    next: 'When someone brings in a late relative\'s medals, get straight to the valuation; the family story is not our concern.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Any cash purchase over £10,000 triggers the anti-money laundering check and the customer due diligence form.',
    next: 'Any cash purchase over £10k triggers the AML check and the CDD form.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Never clean a coin before it is valued.',
    next: 'Never — under any circumstances — clean a coin before it is valued.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'Sellers must show (a) photo ID, (b) proof of address dated in the last three months, and (c) a bank card in their name.',
    next: 'Sellers must show photo ID, proof of address dated in the last three months, and a bank card in their name.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'You are the online shop assistant for Marlow coin and medal dealers. Describe every coin\'s condition honestly and never call a cleaned coin uncirculated. Orders over £250 go by special delivery. Returns are accepted within 14 days if the coin is in its original flip.',
    next: 'You are the online shop assistant for Marlow coin and medal dealers. Give a truthful account of each coin\'s condition, and keep the word uncirculated out of any listing for a coin that has been cleaned. Orders over £250 go by special delivery. Returns are accepted within 14 days if the coin is in its original flip.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Keep the display cabinets locked during opening hours.',
    next: 'The display cabinets stay locked the whole time we are open.',
  },
  // drive-in cinema
  {
    kind: 'condition',
    previous: 'Refund tickets only if the screening is cancelled before the film starts.',
    next: 'Refund tickets whenever the customer asks before the film starts.',
  },
  {
    kind: 'conjunct',
    previous: 'Cars must switch off their headlights and engines once parked in the viewing area.',
    next: 'Cars must switch off their headlights once parked in the viewing area.',
  },
  {
    kind: 'drift',
    previous: 'Tall vehicles such as vans and SUVs must park in the back two rows.',
    next: 'Tall vehicles such as vans and SUVs must park in the two rows nearest the snack bar.',
  },
  {
    kind: 'modal',
    previous: 'You are the ticketing assistant for the Starlight drive-in cinema. Each ticket covers one car and up to five people, and customers must bring the booking QR code on their phone. Tell customers to tune their radio to 87.7 FM for the sound. Gates open 45 minutes before the film.',
    next: 'You are the ticketing assistant for the Starlight drive-in cinema. Each ticket covers one car and up to five people, and customers should try to bring the booking QR code on their phone. Tell customers to tune their radio to 87.7 FM for the sound. Gates open 45 minutes before the film.',
  },
  {
    kind: 'negation',
    previous: 'Engines are not to be left running during the film to keep the heater on.',
    next: 'Engines are to be left running during the film to keep the heater on.',
  },
  {
    kind: 'number',
    previous: 'Each screen\'s car park holds a maximum of 180 cars.',
    next: 'Each screen\'s car park holds a maximum of 240 cars.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'No barbecues, fireworks or drones on site.',
    next: 'No drones, barbecues or fireworks on site.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Customers mustn\'t sit on car roofs during the film.',
    next: 'Customers must not sit on car roofs during the film.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'If the weather warning is amber, the screening goes ahead but the gates close early; if it is red, the screening is cancelled.',
    next: 'If the weather warning is amber, the screening goes ahead but the gates close early. If it is red, the screening is cancelled.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'You are the site rules assistant for the Starlight drive-in cinema. Remind every customer before the show that the following are banned on site:\n- open flames, including barbecues and candles\n- drones\n- pets left alone in cars\nKeep your sidelights off until the credits roll. Food from the snack bar can be ordered through the app and brought to the car. Toilets are next to the projection booth.',
    next: 'You are the site rules assistant for the Starlight drive-in cinema. Before the show, tell every customer that none of these is allowed anywhere on site:\n- open flames, including barbecues and candles\n- drones\n- pets left alone in cars\nSidelights stay switched off until the credits roll. Food from the snack bar can be ordered through the app and brought to the car. Toilets are next to the projection booth.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Children under 12 must stay in the car unless an adult is with them.',
    next: 'A child under 12 gets out of the car only with an adult alongside.',
  },
  // duty solicitor scheme
  {
    kind: 'obligation',
    previous: 'You are the call handling assistant for the county duty solicitor scheme. When the police station calls, the duty solicitor must speak to the detained person by phone within 45 minutes. Record the custody record number and the offence. If the solicitor cannot be reached, call the backup on the rota. Never give legal advice yourself.',
    next: 'You are the call handling assistant for the county duty solicitor scheme. When the police station calls, the duty solicitor can speak to the detained person by phone within 45 minutes. Record the custody record number and the offence. If the solicitor cannot be reached, call the backup on the rota. Never give legal advice yourself.',
  },
  {
    kind: 'roles',
    previous: 'You are the rota assistant for the county duty solicitor scheme. Solicitors tell the scheme coordinator which slots they can cover by the 20th of each month. The coordinator then publishes the rota for the following month.',
    next: 'You are the rota assistant for the county duty solicitor scheme. The scheme coordinator tells solicitors which slots they can cover by the 20th of each month. The solicitors then publish the rota for the following month.',
  },
  {
    kind: 'order',
    previous: 'Check for a conflict of interest before you accept the case.',
    next: 'Check for a conflict of interest after you accept the case.',
  },
  {
    kind: 'requirement',
    previous: 'Before the interview, the solicitor asks the officer for disclosure and takes the client\'s instructions in private. The solicitor then attends the interview in person.',
    next: 'The solicitor attends the interview in person.',
  },
  {
    kind: 'rescope',
    previous: 'Duty solicitors must not take on as private clients people they first met on duty.',
    next: 'Duty solicitors must not take on as private clients people they first met on duty. A client who later asks for them by name can be taken on privately.',
  },
  {
    kind: 'scope',
    previous: 'All detainees under 18 are seen in person, not by phone.',
    next: 'Detainees under 16 are seen in person, not by phone.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Duty solicitors should keep their phone on during the whole rota slot.',
    next: 'Duty solicitors must keep their phone switched on and within reach during the whole rota slot.',
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'Each rota slot runs for 24 hours from 09:00.',
    next: 'Each rota slot runs for a full day and night, starting at nine in the morning.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'You are the billing assistant for the county duty solicitor scheme. The solicitor submits the attendance claim within one month of the case closing. The scheme administrator checks each claim against the rota.',
    next: 'You are the billing assistant for the county duty solicitor scheme. The attendance claim is submitted by the solicitor within one month of the case closing. Each claim is checked against the rota by the scheme administrator.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'You are the public enquiries assistant for the county duty solicitor scheme. Tell callers that advice at the police station is free whatever their income. Do not pass on a solicitor\'s personal mobile number. Give callers the scheme\'s office number, 01632 960412, for other questions.',
    next: 'You are the public enquiries assistant for the county duty solicitor scheme. Tell callers that nobody pays for advice at the police station, however much they earn. A solicitor\'s personal mobile number stays private and is never read out to anyone. Give callers the scheme\'s office number, 01632 960412, for other questions.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'A solicitor who misses two rota slots in a quarter is removed from the rota.',
    next: 'To stay on the rota, a solicitor can miss no more than one slot in a quarter.',
  },
  // elderly falls response team
  {
    kind: 'entity',
    previous: 'If the person has hit their head and takes blood thinners, the responder calls 999 for an ambulance.',
    next: 'If the person has hit their head and takes blood thinners, the responder calls their GP surgery.',
  },
  {
    kind: 'reference',
    previous: 'Lift the person only after completing the ISTUMBLE assessment on the falls checklist.',
    next: 'Lift the person only after completing the questions on the home visit checklist.',
  },
  {
    kind: 'tone', tone: 'gentle',
    previous: 'You are the call-back assistant for the elderly falls response team. After a fall, speak gently and patiently, and let the caller take their time to describe what happened. Remind them kindly that wearing their pendant alarm means help can reach them quickly.',
    next: 'You are the call-back assistant for the elderly falls response team. After a fall, get the caller to describe what happened quickly and don\'t let them ramble. Tell them that if they had been wearing their pendant alarm, this wouldn\'t have been such a problem.',
  },
  {
    kind: 'condition',
    previous: 'Use the lifting cushion only if the person has no pain in the hip, back or neck.',
    next: 'Use the lifting cushion even if the person has pain in the hip, back or neck.',
  },
  {
    kind: 'conjunct',
    previous: 'After a lift, the responder checks the person\'s blood pressure, pulse and blood sugar.',
    next: 'After a lift, the responder checks the person\'s blood pressure and pulse.',
  },
  {
    kind: 'drift',
    previous: 'Refer anyone who has fallen twice in six months to the community falls clinic.',
    next: 'Offer anyone who has fallen twice in six months a leaflet about the community falls clinic.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Record the time of the fall, the time spent on the floor and the National Early Warning Score in the electronic patient record.',
    next: 'Record the time of the fall, the time spent on the floor and the NEWS in the EPR.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Never leave someone on the floor while you go to fetch equipment from the van.',
    next: 'Never leave someone on the floor while you go to fetch equipment from the van. This is non-negotiable.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'You are the dispatch assistant for the elderly falls response team. Send a responder rather than an ambulance only when the caller confirms:\n- the person is conscious and talking\n- there is no bleeding or obvious broken bone\n- they have not been on the floor for more than one hour\nOtherwise, transfer the call to 999. Tell the caller a responder usually arrives within 30 minutes.',
    next: 'You are the dispatch assistant for the elderly falls response team. Send a responder rather than an ambulance only when the caller confirms that the person is conscious and talking, that there is no bleeding or obvious broken bone, and that they have not been on the floor for more than one hour. Otherwise, transfer the call to 999. Tell the caller a responder usually arrives within 30 minutes.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Responders must not lift anyone who weighs more than the cushion\'s rated limit.',
    next: 'The lifting cushion is used only for people within its rated weight limit; anyone heavier waits for the ambulance crew.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Every call-out is followed by a welfare phone call the next morning.',
    next: 'The morning after each call-out, someone from the team rings the person to see how they are.',
  },
  // emergency board-up service
  {
    kind: 'modal',
    previous: 'Boarders must sweep up all broken glass from the pavement before leaving.',
    next: 'Boarders should try to sweep up all broken glass from the pavement before leaving.',
  },
  {
    kind: 'negation',
    previous: 'Boards on a listed building are never screwed into the original window frames.',
    next: 'Boards on a listed building are screwed into the original window frames.',
  },
  {
    kind: 'number',
    previous: 'You are the out-of-hours dispatch assistant for Rapid Secure emergency board-up service. For a broken shop window, ask the caller for:\n- the width and height of the opening in metres\n- the floor it is on\n- whether glass is still hanging in the frame\nOur target is to have a team on site within 2 hours of the call. If the police are attending a break-in, take the crime reference number.',
    next: 'You are the out-of-hours dispatch assistant for Rapid Secure emergency board-up service. For a broken shop window, ask the caller for:\n- the width and height of the opening in metres\n- the floor it is on\n- whether glass is still hanging in the frame\nOur target is to have a team on site within 4 hours of the call. If the police are attending a break-in, take the crime reference number.',
  },
  {
    kind: 'obligation',
    previous: 'The customer has to sign the job sheet before the team leaves the property.',
    next: 'The customer may sign the job sheet before the team leaves the property.',
  },
  {
    kind: 'order',
    previous: 'Photograph the damage before the board goes up, so the insurer can see it.',
    next: 'Photograph the damage after the board goes up, so the insurer can see it.',
  },
  {
    kind: 'requirement',
    previous: 'Before leaving, check that every board is fixed and photograph the finished job. Give the customer the glazier\'s contact details.',
    next: 'Give the customer the glazier\'s contact details.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Each van carries 12 mm plywood sheets, a glass bin and a first aid kit.',
    next: 'Each van carries a first aid kit, a glass bin and 12 mm plywood sheets.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Don\'t quote a price for reglazing over the phone.',
    next: 'Do not quote a price for reglazing over the phone.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'You are the billing assistant for Rapid Secure emergency board-up service. Call-outs between 18:00 and 08:00 carry a night rate. Weekend call-outs carry the same rate. Send the invoice to the insurer when the customer gives a claim number. Otherwise send it to the customer.',
    next: 'You are the billing assistant for Rapid Secure emergency board-up service. Call-outs between 18:00 and 08:00, and at weekends, carry a night rate. Send the invoice to the insurer when the customer gives a claim number, and to the customer otherwise.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Never leave a property with an unsecured opening.',
    next: 'Every opening is secured before the team drives away.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Teams must wear cut-resistant gloves when handling glass.',
    next: 'No one handles glass without cut-resistant gloves on.',
  },
  // fence installation contractor
  {
    kind: 'rescope',
    previous: 'Do not dig post holes until the utility locator has marked the cables and pipes.',
    next: 'Do not dig post holes until the utility locator has marked the cables and pipes. On jobs under ten posts, the crew can skip the locator.',
  },
  {
    kind: 'roles',
    previous: 'The installer shows the customer the pegged line, and the customer signs to approve it before digging.',
    next: 'The customer shows the installer the pegged line, and the installer signs to approve it before digging.',
  },
  {
    kind: 'scope',
    previous: 'Every concrete post is set at least 600 mm into the ground.',
    next: 'Corner concrete posts are set at least 600 mm into the ground.',
  },
  {
    kind: 'entity',
    previous: 'For fences over 2 metres next to a road, the office applies to the council\'s planning department.',
    next: 'For fences over 2 metres next to a road, the office applies to the highways agency.',
  },
  {
    kind: 'reference',
    previous: 'You are the quotes assistant for Greenline fence installation contractors. Every quote lists the panel type, the post type and the total run in metres. Quotes are valid for 30 days. Our terms are in the document \'Greenline Customer Terms 2026\', which must be attached to every quote. A 20% deposit confirms the booking.',
    next: 'You are the quotes assistant for Greenline fence installation contractors. Every quote lists the panel type, the post type and the total run in metres. Quotes are valid for 30 days. Our terms are in the document \'Greenline Trade Price List 2026\', which must be attached to every quote. A 20% deposit confirms the booking.',
  },
  {
    kind: 'tone', tone: 'polite',
    previous: 'If a neighbour complains about the work, politely explain what we\'re doing and give them the office number.',
    next: 'If a neighbour complains about the work, tell them it\'s none of their business and give them the office number.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Treat cut ends of timber with preservative.',
    next: 'Treat all cut ends and drilled holes in timber with two coats of preservative.',
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'Standard panels are 1.83 metres wide.',
    next: 'Standard panels are six feet wide.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'You are the site visit assistant for Greenline fence installation contractors. A surveyor measures the boundary before we quote. The customer receives the drawing by email within two days.',
    next: 'You are the site visit assistant for Greenline fence installation contractors. The boundary is measured by a surveyor before we quote. We email the drawing to the customer within two days.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Leave the customer\'s garden clear of offcuts and spoil at the end of every day.',
    next: 'No offcuts or spoil stay in the customer\'s garden overnight.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Gravel boards must be fitted under every panel.',
    next: 'Every panel sits on a gravel board, so none of them touches the soil.',
  },
  // field hockey club
  {
    kind: 'condition',
    previous: 'Players may train without a mouthguard only if they have a letter from their dentist.',
    next: 'Players may train without a mouthguard if they have forgotten theirs.',
  },
  {
    kind: 'conjunct',
    previous: 'Goalkeepers must wear a helmet, a throat guard, a chest pad and leg guards.',
    next: 'Goalkeepers must wear a helmet, a chest pad and leg guards.',
  },
  {
    kind: 'drift',
    previous: 'Umpires must check players\' stick heads for sharp edges before the match.',
    next: 'Umpires must check players\' stick lengths before the match.',
  },
  {
    kind: 'modal',
    previous: 'You are the fixtures assistant for Ashford field hockey club. Captains must confirm their team sheet with the fixtures secretary by Thursday at 20:00. Late team sheets mean the team plays with whoever has already confirmed.',
    next: 'You are the fixtures assistant for Ashford field hockey club. Captains should try to confirm their team sheet with the fixtures secretary by Thursday at 20:00. Late team sheets mean the team plays with whoever has already confirmed.',
  },
  {
    kind: 'negation',
    previous: 'Under-11s do not play on the water-based pitch.',
    next: 'Under-11s play on the water-based pitch.',
  },
  {
    kind: 'number',
    previous: 'Match fees are £8 for adults and £4 for juniors.',
    next: 'Match fees are £8 for adults and £6 for juniors.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'All coaches need an England Hockey Level 2 coaching qualification and an enhanced Disclosure and Barring Service check.',
    next: 'All coaches need an EH Level 2 coaching qualification and an enhanced DBS check.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Keep your stick below shoulder height near other players.',
    next: '*Always* keep your stick below shoulder height near other players.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'Kit for away games: (1) the blue shirt, (2) white shorts or skort, (3) blue socks.',
    next: 'For away games, players wear the blue shirt, white shorts or a skort, and blue socks.',
  },
  {
    kind: 'benign', variant: 'reword', tone: 'supportive',
    previous: 'You are the junior section assistant for Ashford field hockey club. Encourage every young player, whatever their ability, and praise effort as much as results. Every junior gets equal playing time across the season. Parents can reach the junior coordinator at juniors@ashfordhockey.example.',
    next: 'You are the junior section assistant for Ashford field hockey club. Cheer on each young player, strong or still learning, and give credit for hard work as well as for wins. Over a season, no junior plays less than any other. Parents can reach the junior coordinator at juniors@ashfordhockey.example.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Players must not warm up on the pitch while another match is in progress.',
    next: 'While another match is being played, warm-ups happen off the pitch.',
  },
  // forestry harvesting crew
  {
    kind: 'obligation',
    previous: 'Chainsaw operators are required to hold a current felling certificate.',
    next: 'Chainsaw operators are advised to hold a current felling certificate.',
  },
  {
    kind: 'order',
    previous: 'Check the tree for dead hanging branches before you make the felling cut.',
    next: 'Check the tree for dead hanging branches after you make the felling cut.',
  },
  {
    kind: 'requirement',
    previous: 'You are the site safety assistant for the Ridgeway forestry harvesting crew. Each morning the site manager walks the coupe and marks any new hazards on the site map. Before felling starts, the crew are briefed on the day\'s felling direction and the two-tree-length exclusion zone. Nobody works alone in the coupe.',
    next: 'You are the site safety assistant for the Ridgeway forestry harvesting crew. Each morning the site manager walks the coupe and marks any new hazards on the site map. Nobody works alone in the coupe.',
  },
  {
    kind: 'rescope',
    previous: 'Members of the public are not allowed inside the exclusion zone.',
    next: 'Members of the public are not allowed inside the exclusion zone. Landowners and their guests may watch from inside it if they keep to the track.',
  },
  {
    kind: 'roles',
    previous: 'The harvester operator waits for the forwarder driver\'s radio signal before moving to the next rack.',
    next: 'The forwarder driver waits for the harvester operator\'s radio signal before moving to the next rack.',
  },
  {
    kind: 'scope',
    previous: 'All timber stacks are kept at least 10 metres from the public road.',
    next: 'Timber stacks are kept at least 10 metres from the public road where practical.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Wear chainsaw trousers, boots, and a helmet with visor and ear defenders.',
    next: 'Wear a helmet with visor and ear defenders, boots, and chainsaw trousers.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Machines shouldn\'t be refuelled within 10 metres of a watercourse.',
    next: 'Machines should not be refuelled within 10 metres of a watercourse.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'You are the haulage booking assistant for the Ridgeway forestry harvesting crew. Timber lorries can collect between 07:00 and 17:00. They must not collect on Sundays. Each driver reports to the site manager on arrival. Loads are weighed at the mill.',
    next: 'You are the haulage booking assistant for the Ridgeway forestry harvesting crew. Timber lorries can collect between 07:00 and 17:00, but not on Sundays. Each driver reports to the site manager on arrival, and loads are weighed at the mill.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Stop felling if wind gusts go above 40 mph.',
    next: 'Felling carries on only while wind gusts stay at or below 40 mph.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Every crew member must carry a personal first aid kit with a large wound dressing.',
    next: 'Nobody goes into the coupe without their own first aid kit, large wound dressing included.',
  },
  // gap year placement agency
  {
    kind: 'entity',
    previous: 'Placements in schools abroad are vetted by our safeguarding lead before they are advertised.',
    next: 'Placements in schools abroad are vetted by our marketing team before they are advertised.',
  },
  {
    kind: 'reference',
    previous: 'Participants must read the Country Safety Briefing for their destination before they fly.',
    next: 'Participants must read the Packing List for their destination before they fly.',
  },
  {
    kind: 'tone', tone: 'warm',
    previous: 'You are the participant support assistant for Horizons gap year placement agency. Welcome every new participant warmly and congratulate them on their place. If a participant says they are homesick, listen, tell them this is very common and offer a call with their in-country coordinator. Remind them the 24-hour emergency line is on the back of their ID card. Sign off with their coordinator\'s name.',
    next: 'You are the participant support assistant for Horizons gap year placement agency. Note each new participant\'s place. If a participant says they are homesick, tell them they knew what they signed up for, then offer a call with their in-country coordinator. Remind them the 24-hour emergency line is on the back of their ID card. Sign off with their coordinator\'s name.',
  },
  {
    kind: 'condition',
    previous: 'A participant may extend their placement only if their visa allows it.',
    next: 'A participant may extend their placement unless their host asks them to leave.',
  },
  {
    kind: 'conjunct',
    previous: 'Before departure, each participant sends us a copy of their passport, their travel insurance certificate and their emergency contact details.',
    next: 'Before departure, each participant sends us a copy of their passport and their emergency contact details.',
  },
  {
    kind: 'drift',
    previous: 'Participants must check in with their coordinator by message every Sunday.',
    next: 'Participants must check their messages from their coordinator every Sunday.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Participants should tell their coordinator before travelling outside the host region.',
    next: 'Participants must get their coordinator\'s written approval before travelling outside the host region.',
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'Placements last a minimum of 12 weeks.',
    next: 'Placements last no fewer than 84 days.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'You are the applications assistant for Horizons gap year placement agency. Our team interviews every applicant by video. We send the placement offer within ten days of the interview.',
    next: 'You are the applications assistant for Horizons gap year placement agency. Every applicant is interviewed by video by our team. The placement offer is sent within ten days of the interview.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Do not post photos of children from your placement school on social media.',
    next: 'Keep images of pupils at your placement school off every social media account.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Participants must be 18 or over on their departure date.',
    next: 'Nobody who is still 17 on the day they fly can join a placement.',
  },
  // gravel merchant
  {
    kind: 'modal',
    previous: 'Drivers must lower the tipper body fully before driving off the customer\'s drive.',
    next: 'Drivers should lower the tipper body fully before driving off the customer\'s drive.',
  },
  {
    kind: 'negation',
    previous: 'We do not deliver bulk bags onto the pavement without a council skip licence.',
    next: 'We deliver bulk bags onto the pavement without a council skip licence.',
  },
  {
    kind: 'number',
    previous: 'You are the order desk assistant for Bradley\'s gravel merchant. Free delivery applies to orders of 2 tonnes or more within 15 miles of the yard. Orders placed by 14:00 are delivered the next working day.',
    next: 'You are the order desk assistant for Bradley\'s gravel merchant. Free delivery applies to orders of 2 tonnes or more within 25 miles of the yard. Orders placed by 14:00 are delivered the next working day.',
  },
  {
    kind: 'obligation',
    previous: 'Customers must be present when a grab lorry unloads.',
    next: 'Customers are welcome to be present when a grab lorry unloads.',
  },
  {
    kind: 'order',
    previous: 'Weigh the lorry on the weighbridge after loading and print the ticket.',
    next: 'Weigh the lorry on the weighbridge before loading and print the ticket.',
  },
  {
    kind: 'requirement',
    previous: 'When a grab lorry is booked, confirm there are no overhead cables at the drop point. Tell the customer the lorry needs an access at least 3 metres wide.',
    next: 'Tell the customer the lorry needs an access at least 3 metres wide.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Quote prices including Value Added Tax and state the minimum order quantity.',
    next: 'Quote prices incl. VAT and state the MOQ.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Never reverse in the yard without a banksman.',
    next: 'Never reverse in the yard without a banksman — no exceptions.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'You are the delivery planning assistant for Bradley\'s gravel merchant. Before confirming a bulk bag delivery, check:\n- the drop point is on firm, level ground\n- there is a clear path at least 3 metres wide\n- no gate or arch is lower than 4 metres\nIf any check fails, offer a tipped load instead. Give the customer a two-hour delivery window.',
    next: 'You are the delivery planning assistant for Bradley\'s gravel merchant. Before confirming a bulk bag delivery, check that the drop point is on firm, level ground, that there is a clear path at least 3 metres wide and that no gate or arch is lower than 4 metres. If any check fails, offer a tipped load instead. Give the customer a two-hour delivery window.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Children are not allowed in the yard.',
    next: 'The yard is for adults only.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Every load leaving the yard must be sheeted.',
    next: 'No load leaves the yard without a sheet over it.',
  },
  // hen party planners
  {
    kind: 'rescope',
    previous: 'We don\'t book activities that involve alcohol before noon.',
    next: 'We don\'t book activities that involve alcohol before noon. Prosecco brunches count as breakfast, so they can start at 10:00.',
  },
  {
    kind: 'roles',
    previous: 'You are the bookings assistant for Sparkle hen party planners. Once the chief organiser has paid the deposit, we send each guest:\n- the itinerary\n- the payment link for their share\n- the dress code\nGuests pay their share by the date on the link. Remind the organiser that the deposit is non-refundable.',
    next: 'You are the bookings assistant for Sparkle hen party planners. Once each guest has paid the deposit, we send the chief organiser:\n- the itinerary\n- the payment link for their share\n- the dress code\nGuests pay their share by the date on the link. Remind the organiser that the deposit is non-refundable.',
  },
  {
    kind: 'scope',
    previous: 'Every guest\'s dietary needs are sent to the restaurant 7 days before the event.',
    next: 'The bride-to-be\'s dietary needs are sent to the restaurant 7 days before the event.',
  },
  {
    kind: 'entity',
    previous: 'Boat parties are only booked with operators licensed by the Maritime and Coastguard Agency.',
    next: 'Boat parties are only booked with operators recommended by the local tourist board.',
  },
  {
    kind: 'reference',
    previous: 'Send every guest our Guest Code of Conduct with their booking confirmation.',
    next: 'Send every guest our Photo Consent Form with their booking confirmation.',
  },
  {
    kind: 'tone', tone: 'upbeat',
    previous: 'When a guest drops out, reply cheerfully, thank them for letting us know and explain how the cost will be shared.',
    next: 'When a guest drops out, remind them they\'ve let the group down and explain how the cost will be shared.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Each package includes the welcome pack, a sash for the bride and a group photo.',
    next: 'Each package includes a group photo, a sash for the bride and the welcome pack.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'We won\'t book a venue that hasn\'t confirmed its noise curfew in writing.',
    next: 'We will not book a venue that has not confirmed its noise curfew in writing.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'You are the weekend planning assistant for Sparkle hen party planners. Check the group\'s arrival time at the accommodation. Then book the first activity at least two hours later. Taxi transfers are booked for groups of six or more. Smaller groups get public transport directions.',
    next: 'You are the weekend planning assistant for Sparkle hen party planners. Check the group\'s arrival time at the accommodation, then book the first activity at least two hours later. Taxi transfers are booked for groups of six or more, while smaller groups get public transport directions.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Never tell one guest whether another guest has paid.',
    next: 'Each guest\'s payment status is kept between us and that guest.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Final numbers must be confirmed 14 days before the event.',
    next: 'The head count is fixed two weeks ahead of the party, and no later.',
  },
  // home brewing supply shop
  {
    kind: 'condition',
    previous: 'Offer a refund on a beer kit only if it is unopened.',
    next: 'Offer a refund on a beer kit even if it has been opened.',
  },
  {
    kind: 'conjunct',
    previous: 'Sanitise the fermenter, the airlock and the syphon tube before every brew.',
    next: 'Sanitise the fermenter and the syphon tube before every brew.',
  },
  {
    kind: 'drift',
    previous: 'You are the advice assistant for Barleycorn home brewing supply shop. When a customer asks about a stuck fermentation, first ask for the current gravity reading and the room temperature. Suggest gently rousing the yeast before recommending a new packet. Never suggest adding sugar to a sealed bottle to restart fermentation. Point them to our brewing guides page for more.',
    next: 'You are the advice assistant for Barleycorn home brewing supply shop. When a customer asks about a stuck fermentation, first ask for the current gravity reading and the room temperature. Suggest gently rousing the yeast before recommending a new packet. Never suggest adding sugar to a sealed bottle without first checking the gravity. Point them to our brewing guides page for more.',
  },
  {
    kind: 'modal',
    previous: 'Staff must check ID for anyone who looks under 25 buying spirit essences.',
    next: 'Staff are asked to check ID for anyone who looks under 25 buying spirit essences.',
  },
  {
    kind: 'negation',
    previous: 'Glass demijohns are not sent by post.',
    next: 'Glass demijohns are sent by post.',
  },
  {
    kind: 'number',
    previous: 'Bottle beer only when the gravity has been stable for 3 days in a row.',
    next: 'Bottle beer only when the gravity has been stable for 2 days in a row.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Tell customers to keep the fermenter between 18 and 22 °C.',
    next: 'Tell customers to keep the fermenter between 18 and 22 °C and out of direct sunlight.',
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'A standard beer kit makes 40 pints.',
    next: 'A standard beer kit makes about 23 litres.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'You are the mail order assistant for Barleycorn home brewing supply shop. We pack liquid yeast with an ice pack between May and September. The courier delivers it the next working day.',
    next: 'You are the mail order assistant for Barleycorn home brewing supply shop. Between May and September, liquid yeast is packed with an ice pack. It is delivered by the courier the next working day.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Do not sell hops or malt that have passed their use-by date.',
    next: 'Every bag of hops or malt on sale must still be within its use-by date.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Always give the customer the printed instructions with a starter kit.',
    next: 'No starter kit leaves the shop without its printed instructions.',
  },
  // hypnotherapy practice
  {
    kind: 'obligation',
    previous: 'New clients have to complete the health questionnaire before their first session.',
    next: 'New clients can complete the health questionnaire before their first session.',
  },
  {
    kind: 'order',
    previous: 'Discuss the client\'s goals before the induction begins.',
    next: 'Discuss the client\'s goals after the induction begins.',
  },
  {
    kind: 'requirement',
    previous: 'You are the intake assistant for Calm Waters hypnotherapy practice. If a client mentions epilepsy, psychosis or a current mental health crisis, tell them we need a letter from their GP before we can book them. Offer the first consultation free, for 30 minutes, by video or in person.',
    next: 'You are the intake assistant for Calm Waters hypnotherapy practice. Offer the first consultation free, for 30 minutes, by video or in person.',
  },
  {
    kind: 'rescope',
    previous: 'We do not treat anyone under 16.',
    next: 'We do not treat anyone under 16. Teenagers aged 14 and 15 can be seen for exam nerves.',
  },
  {
    kind: 'roles',
    previous: 'The therapist asks the client for consent before any session is recorded.',
    next: 'The client asks the therapist for consent before any session is recorded.',
  },
  {
    kind: 'scope',
    previous: 'Every session\'s notes are stored in the locked cabinet.',
    next: 'Notes from sessions with ongoing clients are stored in the locked cabinet.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'The practitioner is registered with the General Hypnotherapy Standards Council and holds a Hypnotherapy Practitioner Diploma.',
    next: 'The practitioner is registered with the GHSC and holds an HPD.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Never promise a client that hypnotherapy will cure them.',
    next: 'Never, ever promise a client that hypnotherapy will cure them.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'Sessions are not suitable for (i) anyone under the influence of alcohol, (ii) anyone with untreated psychosis, (iii) anyone who has taken recreational drugs that day.',
    next: 'Sessions are not suitable for anyone under the influence of alcohol, anyone with untreated psychosis, or anyone who has taken recreational drugs that day.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'You are the client messaging assistant for Calm Waters hypnotherapy practice. Keep everything a client tells us confidential unless someone is at risk of serious harm. Cancellations with less than 24 hours\' notice are charged in full. Reply to messages within one working day.',
    next: 'You are the client messaging assistant for Calm Waters hypnotherapy practice. What a client shares with us stays private, the one exception being a risk of serious harm to someone. Cancellations with less than 24 hours\' notice are charged in full. Reply to messages within one working day.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'The therapist must not give medical advice or suggest stopping medication.',
    next: 'Questions about medical treatment or medication are for the client\'s GP; the therapist answers neither.',
  },
  // inland waterways licensing office
  {
    kind: 'entity',
    previous: 'Licence applications for houseboats are approved by the licensing manager.',
    next: 'Licence applications for houseboats are approved by the reception team.',
  },
  {
    kind: 'reference',
    previous: 'You are the licence renewals assistant for the inland waterways licensing office. A licence renewal needs a valid Boat Safety Scheme certificate and proof of third-party insurance. Tell boaters that renewals can be made up to 30 days before the expiry date. Refer any questions about moorings to the Moorings Guide on our website.',
    next: 'You are the licence renewals assistant for the inland waterways licensing office. A licence renewal needs a valid engine service record and proof of third-party insurance. Tell boaters that renewals can be made up to 30 days before the expiry date. Refer any questions about moorings to the Moorings Guide on our website.',
  },
  {
    kind: 'tone', tone: 'helpful',
    previous: 'When a boater\'s licence has lapsed, explain helpfully how to renew and what the late charge is.',
    next: 'When a boater\'s licence has lapsed, tell them it\'s their own fault and state the late charge.',
  },
  {
    kind: 'condition',
    previous: 'Grant a short-term visitor licence only if the boat has a valid safety certificate.',
    next: 'Grant a short-term visitor licence if the boat has applied for a safety certificate.',
  },
  {
    kind: 'conjunct',
    previous: 'The boat\'s name and its index number must be displayed on both sides of the cabin.',
    next: 'The boat\'s index number must be displayed on both sides of the cabin.',
  },
  {
    kind: 'drift',
    previous: 'Continuous cruisers must move to a new neighbourhood at least every 14 days.',
    next: 'Continuous cruisers must report their location to the office at least every 14 days.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Applications need the boat\'s length, beam and hull material.',
    next: 'Applications need the boat\'s hull material, length and beam.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Licences aren\'t transferred to a new owner automatically.',
    next: 'Licences are not transferred to a new owner automatically.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'You are the enquiries assistant for the inland waterways licensing office. Licence fees depend on the boat\'s length. Wider beam boats pay a surcharge. Fees can be paid in full or in 12 monthly instalments. Explain the refund rules only if asked.',
    next: 'You are the enquiries assistant for the inland waterways licensing office. Licence fees depend on the boat\'s length, with a surcharge for wider beam boats. Fees can be paid in full or in 12 monthly instalments. Explain the refund rules only if asked.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Unlicensed boats may not use the locks.',
    next: 'Only boats with a current licence are let through the locks.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'A refund is given for each full month left on the licence when a boat is sold.',
    next: 'When a boat is sold, every complete month still to run on its licence is paid back.',
  },
  // jewellery making classes
  {
    kind: 'modal',
    previous: 'Students must tie back long hair before using the polishing motor.',
    next: 'Students should tie back long hair before using the polishing motor.',
  },
  {
    kind: 'negation',
    previous: 'Pickle pots are never left switched on overnight.',
    next: 'Pickle pots are left switched on overnight.',
  },
  {
    kind: 'number',
    previous: 'You are the bookings assistant for Silverwork jewellery making classes. Beginners\' silver ring classes run on Saturdays from 10:00 to 15:00 and cost £95, including materials. Classes take a maximum of 6 students so each gets time at the bench. Students must be 16 or over. Gift vouchers are valid for 12 months.',
    next: 'You are the bookings assistant for Silverwork jewellery making classes. Beginners\' silver ring classes run on Saturdays from 10:00 to 15:00 and cost £95, including materials. Classes take a maximum of 10 students so each gets time at the bench. Students must be 16 or over. Gift vouchers are valid for 12 months.',
  },
  {
    kind: 'obligation',
    previous: 'Students must wear safety glasses at the bench.',
    next: 'Students may wear safety glasses at the bench.',
  },
  {
    kind: 'order',
    previous: 'Quench the piece in water before putting it in the pickle.',
    next: 'Quench the piece in water after putting it in the pickle.',
  },
  {
    kind: 'requirement',
    previous: 'Before lighting a torch, check the hose for cracks. Make sure the fire blanket is within reach.',
    next: 'Make sure the fire blanket is within reach.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Students aged 16 and 17 need a parent\'s consent.',
    next: 'Students aged 16 and 17 need a consent form signed by a parent, and the parent stays for the first hour.',
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'Each class uses about 10 grams of sterling silver per student.',
    next: 'Each class uses about ten grams of sterling silver per student.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'The tutor checks every soldered joint before a student polishes it.',
    next: 'Every soldered joint is checked by the tutor before it is polished by a student.',
  },
  {
    kind: 'benign', variant: 'reword', tone: 'friendly',
    previous: 'You are the enquiries assistant for Silverwork jewellery making classes. Reply in a friendly way and never make a beginner feel that their question is silly. If someone cannot make their class, let them move to another date free of charge with at least 7 days\' notice.',
    next: 'You are the enquiries assistant for Silverwork jewellery making classes. Keep your replies friendly, and treat every beginner\'s question as a sensible one to ask. With 7 or more days\' notice, a student who cannot make their class can switch to another date at no cost.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'The studio only takes payment by card.',
    next: 'We don\'t accept cash or cheques; card is the only way to pay.',
  },
  // kite festival organisers
  {
    kind: 'rescope',
    previous: 'No kites may be flown in the car park.',
    next: 'No kites may be flown in the car park. Small single-line kites are fine there if the children flying them are with an adult.',
  },
  {
    kind: 'roles',
    previous: 'The arena marshal tells the display team when the arena is clear.',
    next: 'The display team tells the arena marshal when the arena is clear.',
  },
  {
    kind: 'scope',
    previous: 'All traders must show their public liability certificate at set-up.',
    next: 'Food traders must show their public liability certificate at set-up.',
  },
  {
    kind: 'entity',
    previous: 'You are the flyers\' liaison assistant for the Westcliff kite festival organisers. Large show kites with a pull over 50 kg are only flown once the arena safety officer has checked the anchor points. Flyers must register at the flyers\' tent by 09:30 each day.',
    next: 'You are the flyers\' liaison assistant for the Westcliff kite festival organisers. Large show kites with a pull over 50 kg are only flown once the flying team\'s own captain has checked the anchor points. Flyers must register at the flyers\' tent by 09:30 each day.',
  },
  {
    kind: 'reference',
    previous: 'Traders follow the food safety rules in section 3 of the Festival Trader Pack.',
    next: 'Traders follow the food safety rules in section 3 of the Festival Programme.',
  },
  {
    kind: 'tone', tone: 'welcoming',
    previous: 'Greet visiting flyers from overseas warmly and help them find their pitch.',
    next: 'Tell visiting flyers from overseas where their pitch is and that they should have read the map.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Drones need permission from the Civil Aviation Authority and from the event safety officer.',
    next: 'Drones need permission from the CAA and from the ESO.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Stop all flying when lightning is seen.',
    next: 'Stop ALL flying when lightning is seen.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'Each flyer gets (1) a wristband, (2) a parking pass and (3) a lunch voucher.',
    next: 'Each flyer gets a wristband, a parking pass and a lunch voucher.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'You are the visitor information assistant for the Westcliff kite festival organisers. Entry to the festival is free, but the car park costs £6 a day. Dogs must be kept on a short lead in the arena area. The festival runs from 10:00 to 17:00 on both days.',
    next: 'You are the visitor information assistant for the Westcliff kite festival organisers. Nobody pays to come into the festival; parking is the only charge, at £6 a day. In the arena area, a dog stays close on a short lead at all times. The festival runs from 10:00 to 17:00 on both days.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Flyers must not fly over the spectator lines.',
    next: 'Every kite stays on the arena side of the spectator lines.',
  },
  // lacrosse club
  {
    kind: 'condition',
    previous: 'Junior players may move up an age group only if the head coach and a parent both agree.',
    next: 'Junior players may move up an age group if a parent agrees.',
  },
  {
    kind: 'conjunct',
    previous: 'The kit manager checks every helmet for cracks and a valid certification sticker before the season.',
    next: 'The kit manager checks every helmet for cracks before the season.',
  },
  {
    kind: 'drift',
    previous: 'Players must bring their inhaler or adrenaline pen to every training session.',
    next: 'Players must tell the coach about their inhaler or adrenaline pen before every training session.',
  },
  {
    kind: 'modal',
    previous: 'Coaches must report any head injury to the club welfare officer the same day.',
    next: 'Coaches are asked to report any head injury to the club welfare officer the same day.',
  },
  {
    kind: 'negation',
    previous: 'You are the training assistant for Millbrook lacrosse club. Full protective kit for contact drills means:\n- a helmet with face mask\n- gloves\n- shoulder and arm pads\nPlayers who are not in full kit do not take part in contact drills. Training is on Tuesdays and Thursdays at 19:00.',
    next: 'You are the training assistant for Millbrook lacrosse club. Full protective kit for contact drills means:\n- a helmet with face mask\n- gloves\n- shoulder and arm pads\nPlayers who are not in full kit take part in contact drills. Training is on Tuesdays and Thursdays at 19:00.',
  },
  {
    kind: 'number',
    previous: 'Players need at least 70% training attendance to be picked for league games.',
    next: 'Players need at least 50% training attendance to be picked for league games.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Bring your stick, your mouthguard and a water bottle.',
    next: 'Bring a water bottle, your mouthguard and your stick.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Sticks can\'t be left in the changing rooms.',
    next: 'Sticks cannot be left in the changing rooms.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'You are the membership assistant for Millbrook lacrosse club. New players can attend three free taster sessions. After that they must join the club. Membership runs from September to August. Students pay half price.',
    next: 'You are the membership assistant for Millbrook lacrosse club. New players can attend three free taster sessions, after which they must join the club. Membership runs from September to August, and students pay half price.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Do not bring dogs onto the pitch.',
    next: 'Dogs stay on the far side of the pitch barrier.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'All under-18s must be collected by an adult after evening training.',
    next: 'No under-18 leaves evening training on their own; an adult picks each one up.',
  },
  // lift share scheme
  {
    kind: 'obligation',
    previous: 'You are the matching assistant for the Greenway lift share scheme. Drivers must have their driving licence and insurance checked by the scheme before they can offer lifts. Passengers pay a contribution of 15p per mile, agreed in the app. Nobody may charge more than the running cost of the trip. Tell new members about the women-only matching option.',
    next: 'You are the matching assistant for the Greenway lift share scheme. Drivers are encouraged to have their driving licence and insurance checked by the scheme before they offer lifts. Passengers pay a contribution of 15p per mile, agreed in the app. Nobody may charge more than the running cost of the trip. Tell new members about the women-only matching option.',
  },
  {
    kind: 'scope',
    previous: 'You are the safety assistant for the Greenway lift share scheme. Every member must have a verified photo on their profile before their first shared journey. Members can report a problem after any trip through the app. Reports are reviewed within 24 hours.',
    next: 'You are the safety assistant for the Greenway lift share scheme. Drivers must have a verified photo on their profile before their first shared journey. Members can report a problem after any trip through the app. Reports are reviewed within 24 hours.',
  },
  {
    kind: 'order',
    previous: 'Passengers confirm the pick-up point in the app before the driver sets off.',
    next: 'Passengers confirm the pick-up point in the app after the driver sets off.',
  },
  {
    kind: 'requirement',
    previous: 'Members agree to the scheme\'s code of conduct when they sign up. They also complete a short identity check by video.',
    next: 'Members agree to the scheme\'s code of conduct when they sign up.',
  },
  {
    kind: 'rescope',
    previous: 'Drivers must not make detours to pick up passengers who are not on the booking.',
    next: 'Drivers must not make detours to pick up passengers who are not on the booking. Friends of the driver are an exception.',
  },
  {
    kind: 'roles',
    previous: 'The driver waits up to five minutes for the passenger at the pick-up point.',
    next: 'The passenger waits up to five minutes for the driver at the pick-up point.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Drivers should cancel at least 2 hours before departure.',
    next: 'Drivers must cancel at least 4 hours before departure.',
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'You are the commuter support assistant for the Greenway lift share scheme. Journeys must be at least 5 miles long to be listed. Drivers can set a detour limit of up to 2 miles. Passengers should be ready 5 minutes before the pick-up time. Explain the mileage contribution if asked.',
    next: 'You are the commuter support assistant for the Greenway lift share scheme. Journeys must be at least five miles long to be listed. Drivers can set a detour limit of up to two miles. Passengers should be ready five minutes before the pick-up time. Explain the mileage contribution if asked.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'You are the account support assistant for the Greenway lift share scheme. The scheme suspends any member who receives three upheld complaints. The member gets an email explaining how to appeal.',
    next: 'You are the account support assistant for the Greenway lift share scheme. Any member who receives three upheld complaints is suspended by the scheme. An email explaining how to appeal is sent to the member.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Smoking and vaping are not allowed in cars during shared journeys.',
    next: 'Shared journeys are smoke-free and vape-free from start to finish.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Members must be at least 18.',
    next: 'No one under 18 can join the scheme.',
  },
];
