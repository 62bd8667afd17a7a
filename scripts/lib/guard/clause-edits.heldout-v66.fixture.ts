// Held-back set v66 of issue 11: hand-labelled clause edits, written blind on 2026-12-07
// (session 39) by the helper heldout66, who never saw the detectors, their tests, their history
// or any other labelled set. What it read of the repository: lines 50-70 of
// clause-edits.fixture.ts (the imports' tail and EDIT_KINDS), lines 1-44 of the v65 set (its
// header, for the file shape and the composition copied here), the domain lists of earlier sets
// (grep -h -A8 "^// Domains:", comment lines only) and the tuning rounds' domain list in the
// session brief; nothing else under scripts/lib/guard/ (no listing of the folder), no README.md,
// no HISTORY.md, no tests, no bench scripts, no git log at all. The required properties (`kind`,
// `previous`, `next`) were taken from the type checker's message on a one-line probe of this
// file; `variant` and `tone` from the v65 header and the brief. Never tuned on; to be measured
// once by the lead, after the commit that adds it. Do not edit entries to make a detector pass.
// Labels say what a careful reviewer would want: `benign` edits keep every obligation for every
// case (a stricter rule is not a regression), every other kind weakens or changes the rule; edits
// touching several things are labelled by their main change (a new sentence that contradicts a
// rule, or a negation moved onto another part of the clause, counts as `rescope`; a required step
// dropped whole counts as `requirement`, one item dropped from a list inside a sentence as
// `conjunct`; the rule replaced by a different rule that sounds similar counts as `drift`; `tone`
// edits carry the clause's declared tone and turn it cold, hostile, blaming or dismissive, and 3
// benign edits carry a declared tone that they keep: cheerful, calm, warm).
// 297 edits, 135 benign, 27 domains, 11 each (5 benign, 6 regressions of 6 different kinds).
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
// 24 domains hold one prompt on each side of the label, 3 (abalone farm, cricket bat willow
// growers, gold panning attraction) hold two. Prompt lengths were balanced by hand (old side,
// characters, median 251 benign against 234 regression); short benign clauses were lengthened
// so that clause lengths overlap too (median 65 benign against 71.5 regression, the gap being
// partly the two-sentence `requirement` entries).
// Domains: abalone farm, aerobatic display team, anechoic chamber test lab, Antarctic research
// station, bagel bakery, bamboo scaffolding crew, bone marrow donor registry, coral reef
// restoration divers, cranberry bog harvest, cricket bat willow growers, crocodile farm, date palm
// plantation, deafblind communicator guides, dune buggy hire, electron microscope facility, float
// tank centre, flax and linen mill, gem and mineral show, gold panning attraction, hedgehog
// hospital, herbal apothecary, ice fishing camp, jade carving workshop, jet engine test cell,
// kendo club, lifejacket servicing station, lobster hatchery.
// None of the 27 domains appears in the earlier sets' domain lists (read with grep -A8, comment
// lines only; an older set without such a list may share a domain unseen) nor in the tuning
// rounds' list; all 27 start with A to L (the v67 writer takes M to Z). Nearest listed
// neighbours: oyster farm and shellfish depuration plant (abalone farm); hot air balloon flights
// and gliding club (aerobatic display team); recording studio, equipment calibration lab and
// towing tank test facility (anechoic chamber test lab); radiosonde balloon station and alpine
// mountain hut wardens (Antarctic research station); vegan bakery (bagel bakery); scaffold hire
// and rope access window cleaning (bamboo scaffolding crew); cord blood bank and organ donation
// registry helpline (bone marrow donor registry); scuba dive centre and kelp farm (coral reef
// restoration divers); peat bog restoration team and fruit picking farm (cranberry bog harvest);
// tree nursery and cricket umpires' association (cricket bat willow growers); reptile house
// keepers (crocodile farm); almond orchard harvest crew (date palm plantation); sign language
// interpreting agency and blind and low-vision support charity (deafblind communicator guides);
// quad bike trekking and off-road driving experience (dune buggy hire); genome sequencing lab
// (electron microscope facility); public sauna and hot spring bathhouse (float tank centre); wool
// mill and cotton mill museum (flax and linen mill); lapidary workshop and diamond cutting works
// (gem and mineral show, jade carving workshop); fossil dig field trips and metal detecting club
// (gold panning attraction); wildlife rescue hospital (hedgehog hospital); pharmacy dispensary and
// health food shop (herbal apothecary); angling club permits and ice road trucking (ice fishing
// camp); aircraft maintenance hangar (jet engine test cell); fencing club and karate dojo (kendo
// club); fire extinguisher servicing and lifeboat station crew (lifejacket servicing station);
// salmon hatchery (lobster hatchery).
// Entries are grouped by domain, each group opened by a `// Domain:` comment line. The entries
// were written in a compact text form in /tmp and turned into this file by a throwaway script
// (quoting only); the texts and labels are the writer's, by hand.

import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V66: readonly ClauseEdit[] = [
  // Domain: abalone farm
  {
    kind: 'benign',
    variant: 'abbreviation',
    previous: 'Record the dissolved oxygen reading for every grow-out tank at 06:00 and 18:00, and flag any reading under 6 mg/L.',
    next: 'Record the DO reading for every grow-out tank at 06:00 and 18:00, and flag any reading under 6 mg/L.',
  },
  {
    kind: 'benign',
    variant: 'reorder',
    previous: 'You are the stock-records assistant for an abalone farm. Log every mortality with its tank number and shell length before the end of the shift. Never estimate a count you did not physically make.',
    next: 'You are the stock-records assistant for an abalone farm. Never estimate a count you did not physically make. Log every mortality with its tank number and shell length before the end of the shift.',
  },
  {
    kind: 'benign',
    variant: 'stricter',
    previous: 'You are the biosecurity assistant for an abalone farm on the south coast. Visitors must dip their boots in the disinfectant bath before entering the hatchery. Remind staff that hands are washed between tanks. Do not let anyone bring wild-caught shellfish onto the site.',
    next: 'You are the biosecurity assistant for an abalone farm on the south coast. Visitors must dip their boots in the disinfectant bath and put on farm overalls before entering the hatchery. Remind staff that hands are washed and gloves changed between tanks. Do not let anyone bring wild-caught shellfish onto the site.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Feed may not be added to a tank whose outflow screen is blocked.',
    next: 'A tank with a blocked outflow screen stays unfed until somebody has cleared the screen.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Only the hatchery manager can authorise a spawning induction.',
    next: 'Spawning inductions happen on the hatchery manager\'s say-so and on nobody else\'s.',
  },
  {
    kind: 'condition',
    previous: 'Close the seawater intake pumps if a harmful algal bloom warning is issued for the bay.',
    next: 'Close the seawater intake pumps if a harmful algal bloom warning is issued for the bay and the bloom can be seen from the shore.',
  },
  {
    kind: 'conjunct',
    previous: 'Each harvest crate is labelled with the tank number, the harvest date and the grader\'s initials.',
    next: 'Each harvest crate is labelled with the tank number and the grader\'s initials.',
  },
  {
    kind: 'drift',
    previous: 'Sick abalone are lifted out of the tank and moved to the quarantine raceway the same day.',
    next: 'Sick abalone are counted in the tank and noted on the quarantine raceway sheet the same day.',
  },
  {
    kind: 'modal',
    previous: 'You are the water-quality assistant for an abalone farm. Staff must test ammonia in every nursery tank each morning. Readings above 0.5 mg/L go to the shift lead at once. Keep your answers short and practical.',
    next: 'You are the water-quality assistant for an abalone farm. Staff should try to test ammonia in every nursery tank each morning. Readings above 0.5 mg/L go to the shift lead at once. Keep your answers short and practical.',
  },
  {
    kind: 'negation',
    previous: 'Staff who have not completed the cage-diving induction stay out of the sea cages.',
    next: 'Staff who have completed the cage-diving induction stay out of the sea cages.',
  },
  {
    kind: 'number',
    previous: 'You are the shipping assistant for an abalone farm that exports live stock. Live abalone travel in chilled boxes held between 8 and 12 °C. Each box holds at most 40 animals. Pack the boxes no more than six hours before the courier collects them. If a customer asks about a delay, apologise and give the new collection time.',
    next: 'You are the shipping assistant for an abalone farm that exports live stock. Live abalone travel in chilled boxes held between 8 and 12 °C. Each box holds at most 60 animals. Pack the boxes no more than six hours before the courier collects them. If a customer asks about a delay, apologise and give the new collection time.',
  },
  // Domain: aerobatic display team
  {
    kind: 'benign',
    variant: 'emphasis',
    previous: 'Pilots must complete a full walk-round of the aircraft before every display, including the second sortie of a double-header day.',
    next: 'Pilots MUST complete a full walk-round of the aircraft before **every** display, including the second sortie of a double-header day.',
  },
  {
    kind: 'benign',
    variant: 'spelled-negation',
    previous: 'The team won\'t fly a display if the cloud base is below 1,500 feet at the venue.',
    next: 'The team will not fly a display if the cloud base is below 1,500 feet at the venue.',
  },
  {
    kind: 'benign',
    variant: 'units',
    previous: 'You are the briefing assistant for an aerobatic display team. Summarise the weather for each display slot in plain language. The team does not fly the full show if the wind exceeds 25 knots at display height. In that case, tell the leader that the flat programme applies. Never speculate about crowd numbers.',
    next: 'You are the briefing assistant for an aerobatic display team. Summarise the weather for each display slot in plain language. The team does not fly the full show if the wind exceeds twenty-five knots at display height. In that case, tell the leader that the flat programme applies. Never speculate about crowd numbers.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'No smoke oil is loaded until the aircraft\'s tanks have been checked for leaks.',
    next: 'Leak checks on the aircraft\'s tanks come first, and the smoke oil goes in only once they are done.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Only the team leader may call off a manoeuvre once the display has started.',
    next: 'Once the display is under way, the decision to abandon a manoeuvre belongs to the team leader alone.',
  },
  {
    kind: 'obligation',
    previous: 'Every pilot is required to attend the pre-display brief in person.',
    next: 'Every pilot is encouraged to attend the pre-display brief in person.',
  },
  {
    kind: 'order',
    previous: 'The safety pilot confirms that the display line is clear before the team enters the box.',
    next: 'The safety pilot confirms that the display line is clear after the team enters the box.',
  },
  {
    kind: 'requirement',
    previous: 'Before each season, pilots renew their display authorisation. They also fly a validation display in front of an evaluator from the authority.',
    next: 'Before each season, pilots renew their display authorisation.',
  },
  {
    kind: 'rescope',
    previous: 'You are the media assistant for an aerobatic display team. Never share the formation\'s practice schedule with anyone outside the team. Point journalists to the press office for interviews.',
    next: 'You are the media assistant for an aerobatic display team. Never share the formation\'s practice schedule with anyone outside the team. Accredited photographers can be sent it on request. Point journalists to the press office for interviews.',
  },
  {
    kind: 'roles',
    previous: 'The ground crew chief signs each aircraft off, and the pilot then accepts it.',
    next: 'The pilot signs each aircraft off, and the ground crew chief then accepts it.',
  },
  {
    kind: 'scope',
    previous: 'No aerobatics are flown over the crowd line at any display.',
    next: 'No aerobatics are flown over the crowd line at the larger displays.',
  },
  // Domain: anechoic chamber test lab
  {
    kind: 'benign',
    variant: 'list-prose',
    previous: 'You are the booking assistant for an anechoic chamber test lab. Before confirming a slot, ask for the device under test, its maximum sound power and whether it needs mains power. Never promise a slot that the lab manager has not released.',
    next: 'You are the booking assistant for an anechoic chamber test lab. Before confirming a slot, ask for:\n- the device under test\n- its maximum sound power\n- whether it needs mains power\n\nNever promise a slot that the lab manager has not released.',
  },
  {
    kind: 'benign',
    variant: 'split-join',
    previous: 'Close the chamber door fully and check that the seal indicator shows green before starting any measurement.',
    next: 'Close the chamber door fully before starting any measurement. The seal indicator must also show green before you start.',
  },
  {
    kind: 'benign',
    variant: 'voice',
    previous: 'Technicians calibrate the reference microphones every Monday morning, before the first booking.',
    next: 'The reference microphones are calibrated by technicians every Monday morning, before the first booking.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Nobody walks on the wedge floor unless the grating boards are in place.',
    next: 'The grating boards go down before anyone sets foot on the wedge floor.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Do not leave a visitor on their own in the chamber, even for a minute.',
    next: 'A visitor in the chamber always has a member of staff beside them, the whole time.',
  },
  {
    kind: 'entity',
    previous: 'Test reports are countersigned by the acoustics lead before they are released to the client.',
    next: 'Test reports are countersigned by the account manager before they are released to the client.',
  },
  {
    kind: 'reference',
    previous: 'Free-field measurements follow the procedure in ISO 3745, Annex A.',
    next: 'Free-field measurements follow the procedure in ISO 3741, Annex A.',
  },
  {
    kind: 'tone',
    tone: 'patient',
    previous: 'Explain the difference between sound pressure and sound power patiently, with an everyday example, as many times as the client needs.',
    next: 'Explain the difference between sound pressure and sound power once; if the client still doesn\'t follow, that is their problem, not ours.',
  },
  {
    kind: 'condition',
    previous: 'You are the safety assistant for an anechoic chamber test lab. If anyone reports dizziness inside the chamber, the session stops and the door is opened. Remind staff that the chamber lights stay on while people are inside. Answer in two or three sentences.',
    next: 'You are the safety assistant for an anechoic chamber test lab. If anyone reports dizziness inside the chamber and asks to leave, the session stops and the door is opened. Remind staff that the chamber lights stay on while people are inside. Answer in two or three sentences.',
  },
  {
    kind: 'conjunct',
    previous: 'Wear the ear defenders and the lone-worker alarm whenever the high-level source is running.',
    next: 'Wear the ear defenders whenever the high-level source is running.',
  },
  {
    kind: 'drift',
    previous: 'Log the background noise level at the start of every session.',
    next: 'Log the room temperature at the start of every session.',
  },
  // Domain: Antarctic research station
  {
    kind: 'benign',
    variant: 'reorder',
    previous: 'You are the field-travel assistant for an Antarctic research station. Every party leaving the station files a route card with the duty officer. Parties carry a satellite phone and check in every three hours. Remind travellers that nobody travels alone beyond the station perimeter.',
    next: 'You are the field-travel assistant for an Antarctic research station. Remind travellers that nobody travels alone beyond the station perimeter. Parties carry a satellite phone and check in every three hours. Every party leaving the station files a route card with the duty officer.',
  },
  {
    kind: 'benign',
    variant: 'stricter',
    previous: 'Fuel drums are stored at least 50 m from the accommodation block.',
    next: 'Fuel drums are stored at least 100 m from the accommodation block.',
  },
  {
    kind: 'benign',
    variant: 'abbreviation',
    previous: 'Any field party travelling more than 5 km from base takes a very high frequency radio as well as the satellite phone.',
    next: 'Any field party travelling more than 5 km from base takes a VHF radio as well as the satellite phone.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Nobody is to feed or approach the penguins, even when they wander up to the station buildings.',
    next: 'Keep your distance from the penguins and leave them to find their own food, even when they wander up to the station buildings.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Waste may not be burned or buried anywhere on the continent.',
    next: 'Every scrap of waste is packed up and shipped off the continent.',
  },
  {
    kind: 'modal',
    previous: 'Doctors must review every frostbite case within 24 hours of it being reported.',
    next: 'Doctors should review every frostbite case within 24 hours of it being reported.',
  },
  {
    kind: 'negation',
    previous: 'The generator is never left running unattended in the vehicle garage.',
    next: 'The generator is left running unattended in the vehicle garage.',
  },
  {
    kind: 'number',
    previous: 'You are the stores assistant for an Antarctic research station. Each field party takes food for 10 days more than its planned trip. Camping kits are signed out in the stores log. Count the stove fuel with the party before it leaves. If stock of anything falls below two weeks\' supply, tell the station leader.',
    next: 'You are the stores assistant for an Antarctic research station. Each field party takes food for 3 days more than its planned trip. Camping kits are signed out in the stores log. Count the stove fuel with the party before it leaves. If stock of anything falls below two weeks\' supply, tell the station leader.',
  },
  {
    kind: 'obligation',
    previous: 'Visitors have to complete the cold-weather briefing before their first outing.',
    next: 'Visitors can complete the cold-weather briefing before their first outing.',
  },
  {
    kind: 'order',
    previous: 'Refuel the aircraft after all passengers have disembarked and moved clear.',
    next: 'Refuel the aircraft before all passengers have disembarked and moved clear.',
  },
  {
    kind: 'requirement',
    previous: 'Divers carry a spare regulator on every dive. A tender stays at the dive hole for the whole of every dive.',
    next: 'Divers carry a spare regulator on every dive.',
  },
  // Domain: bagel bakery
  {
    kind: 'benign',
    variant: 'spelled-negation',
    previous: 'Don\'t reuse the boiling water for more than one day\'s batches.',
    next: 'Do not reuse the boiling water for more than one day\'s batches.',
  },
  {
    kind: 'benign',
    variant: 'units',
    previous: 'You are the kitchen assistant for a bagel bakery. Dough is proofed in the walk-in fridge for at least 18 hours. Each batch is boiled for 60 seconds a side before baking. The oven stays at 230 °C for the plain and seeded bagels. If a baker asks about a shortcut, explain why the times matter.',
    next: 'You are the kitchen assistant for a bagel bakery. Dough is proofed in the walk-in fridge for at least 18 hours. Each batch is boiled for one minute a side before baking. The oven stays at 230 °C for the plain and seeded bagels. If a baker asks about a shortcut, explain why the times matter.',
  },
  {
    kind: 'benign',
    variant: 'emphasis',
    previous: 'Allergen labels go on every tray of sesame bagels, both in the shop window and at the counter.',
    next: 'Allergen labels go on EVERY tray of sesame bagels, both in the shop window and at the counter.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    tone: 'cheerful',
    previous: 'Greet every customer cheerfully and tell them which bagels are still warm from the oven.',
    next: 'Welcome each customer with a smile and a bright hello, and point out the bagels that have just come out of the oven.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Unsold bagels may not be sold as fresh the next morning.',
    next: 'Bagels left over from yesterday go out labelled day-old; only today\'s bake is sold as fresh.',
  },
  {
    kind: 'rescope',
    previous: 'You are the ordering assistant for a bagel bakery. Wholesale orders must be placed by 2 pm the day before delivery. Confirm each order by email.',
    next: 'You are the ordering assistant for a bagel bakery. Wholesale orders must be placed by 2 pm the day before delivery. Regular cafés can phone new orders in on the morning itself. Confirm each order by email.',
  },
  {
    kind: 'roles',
    previous: 'The shift lead checks the baker\'s fridge temperature log every morning.',
    next: 'The baker checks the shift lead\'s fridge temperature log every morning.',
  },
  {
    kind: 'scope',
    previous: 'Every bagel containing nuts is shaped on the separate bench.',
    next: 'Bagels topped with whole nuts are shaped on the separate bench.',
  },
  {
    kind: 'entity',
    previous: 'Food safety questions from customers are passed to the owner.',
    next: 'Food safety questions from customers are passed to the counter staff.',
  },
  {
    kind: 'reference',
    previous: 'Answer ingredient questions from the allergen matrix dated March 2026.',
    next: 'Answer ingredient questions from the allergen matrix dated March 2025.',
  },
  {
    kind: 'tone',
    tone: 'friendly',
    previous: 'When a customer complains about a burnt bagel, apologise in a friendly way and offer a fresh one.',
    next: 'When a customer complains about a burnt bagel, tell them flatly that they should have looked before buying, then offer a fresh one.',
  },
  // Domain: bamboo scaffolding crew
  {
    kind: 'benign',
    variant: 'list-prose',
    previous: 'You are the site assistant for a bamboo scaffolding crew. Before anyone climbs, confirm that:\n- the harness is clipped to a lifeline\n- the poles have been inspected that day\n- the nylon ties are fresh\n\nRefer any other question to the foreman.',
    next: 'You are the site assistant for a bamboo scaffolding crew. Before anyone climbs, confirm that the harness is clipped to a lifeline, that the poles have been inspected that day and that the nylon ties are fresh. Refer any other question to the foreman.',
  },
  {
    kind: 'benign',
    variant: 'split-join',
    previous: 'Split or cracked poles are tagged red. They are removed from site by the end of the day.',
    next: 'Split or cracked poles are tagged red and removed from site by the end of the day.',
  },
  {
    kind: 'benign',
    variant: 'voice',
    previous: 'The foreman inspects every working platform before the scaffold is handed over to the client.',
    next: 'Every working platform is inspected by the foreman before the scaffold is handed over to the client.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Work stops when typhoon signal No. 3 or higher is hoisted.',
    next: 'Once typhoon signal No. 3, or anything above it, goes up, the whole crew downs tools.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Never climb up the outside of the frame, not even to reach a single tie.',
    next: 'Get up and down by the ladder bays inside the frame and by no other route, even to reach a single tie.',
  },
  {
    kind: 'condition',
    previous: 'Stop all work on the frame if wind gusts exceed 60 km/h.',
    next: 'Stop all work on the frame if wind gusts exceed 60 km/h for more than an hour.',
  },
  {
    kind: 'conjunct',
    previous: 'Apprentices wear a helmet, a full harness and non-slip boots on every lift.',
    next: 'Apprentices wear a helmet and a full harness on every lift.',
  },
  {
    kind: 'drift',
    previous: 'Bamboo poles are stored flat under a tarpaulin, off the ground.',
    next: 'Bamboo poles are stored upright against the site hoarding, off the pavement.',
  },
  {
    kind: 'modal',
    previous: 'You are the safety assistant for a bamboo scaffolding crew. Workers must stay clipped on whenever they are more than 2 m above the ground. Lifelines are checked at the start of each shift. Keep answers short, in plain Cantonese or English.',
    next: 'You are the safety assistant for a bamboo scaffolding crew. Workers should stay clipped on whenever they are more than 2 m above the ground. Lifelines are checked at the start of each shift. Keep answers short, in plain Cantonese or English.',
  },
  {
    kind: 'negation',
    previous: 'Do not lash new poles onto a frame that has not been inspected since the storm.',
    next: 'Do not lash new poles onto a frame that has been inspected since the storm.',
  },
  {
    kind: 'number',
    previous: 'Putlogs are placed no more than 1.3 m apart along each lift.',
    next: 'Putlogs are placed no more than 2.3 m apart along each lift.',
  },
  // Domain: bone marrow donor registry
  {
    kind: 'benign',
    variant: 'stricter',
    previous: 'Confirm a caller\'s identity with two pieces of personal information before discussing any match.',
    next: 'Confirm a caller\'s identity with three pieces of personal information before discussing any match.',
  },
  {
    kind: 'benign',
    variant: 'abbreviation',
    previous: 'Tissue typing results are kept only in the human leukocyte antigen database, never in email.',
    next: 'Tissue typing results are kept only in the HLA database, never in email.',
  },
  {
    kind: 'benign',
    variant: 'reorder',
    previous: 'You are the donor-support assistant for a bone marrow donor registry. Never tell a donor who the patient is. If a donor asks to withdraw, thank them and pass the request to a coordinator. Explain the two ways of donating in plain words when asked.',
    next: 'You are the donor-support assistant for a bone marrow donor registry. Explain the two ways of donating in plain words when asked. If a donor asks to withdraw, thank them and pass the request to a coordinator. Never tell a donor who the patient is.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Donors must not be pressured to go ahead once they have said they are unsure.',
    next: 'A donor who says they are unsure is given time and room, and nobody pushes them to continue.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Only registered donors aged 18 to 40 may be added to the active list.',
    next: 'The active list is made up of registered donors aged 18 to 40 and of nobody else.',
  },
  {
    kind: 'obligation',
    previous: 'Coordinators are required to call a matched donor within two working days.',
    next: 'Coordinators may call a matched donor within two working days.',
  },
  {
    kind: 'order',
    previous: 'The donor\'s medical check takes place before the collection date is booked.',
    next: 'The donor\'s medical check takes place after the collection date is booked.',
  },
  {
    kind: 'requirement',
    previous: 'Before collection, the donor signs the consent form. A final health check with the registry doctor follows in the same week.',
    next: 'Before collection, the donor signs the consent form.',
  },
  {
    kind: 'rescope',
    previous: 'You are the data assistant for a bone marrow donor registry. Donor contact details are never shared with transplant centres. Centres receive only the donor\'s code and typing results. Update addresses only when the donor confirms them in writing. Reply in a calm, factual tone.',
    next: 'You are the data assistant for a bone marrow donor registry. Donor contact details are never shared with transplant centres. For urgent cases a centre can be given the donor\'s phone number. Centres receive only the donor\'s code and typing results. Update addresses only when the donor confirms them in writing. Reply in a calm, factual tone.',
  },
  {
    kind: 'roles',
    previous: 'The transplant centre notifies the registry, and the registry then informs the donor.',
    next: 'The registry notifies the transplant centre, and the transplant centre then informs the donor.',
  },
  {
    kind: 'scope',
    previous: 'Every donor contacted about a match is offered a call with a nurse.',
    next: 'Donors contacted about a first match are offered a call with a nurse.',
  },
  // Domain: coral reef restoration divers
  {
    kind: 'benign',
    variant: 'units',
    previous: 'Divers surface with at least 50 bar left in their cylinder.',
    next: 'Divers surface with at least 725 psi left in their cylinder.',
  },
  {
    kind: 'benign',
    variant: 'emphasis',
    previous: 'You are the dive-planning assistant for a coral reef restoration project. Every dive is planned with a buddy. Nobody touches coral outside the nursery frames. Fragment transplants happen only at slack tide. Log each dive on the project sheet the same day.',
    next: 'You are the dive-planning assistant for a coral reef restoration project. Every dive is planned with a buddy. **Nobody** touches coral outside the nursery frames. Fragment transplants happen only at slack tide. Log each dive on the project sheet the same day.',
  },
  {
    kind: 'benign',
    variant: 'spelled-negation',
    previous: 'Divers mustn\'t wear gloves anywhere on the reef.',
    next: 'Divers must not wear gloves anywhere on the reef.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Boats may not drop anchor on the reef; they tie up to the mooring buoys.',
    next: 'Boats make fast to the mooring buoys and keep their anchors on deck over the reef.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Always tell the surface team when a dive is over.',
    next: 'No dive counts as finished until the surface team has been told about it.',
  },
  {
    kind: 'entity',
    previous: 'Bleaching observations are reported to the marine park ranger.',
    next: 'Bleaching observations are reported to the dive shop owner.',
  },
  {
    kind: 'reference',
    previous: 'Transplant survival is recorded on form RS-3 at the end of each month.',
    next: 'Transplant survival is recorded on form RS-5 at the end of each month.',
  },
  {
    kind: 'tone',
    tone: 'encouraging',
    previous: 'Give new volunteers encouraging feedback on their fragment attachment, pointing out what went well before what to fix.',
    next: 'Tell new volunteers bluntly which of their fragment attachments are useless, and leave them to work out why.',
  },
  {
    kind: 'condition',
    previous: 'You are the safety assistant for a coral reef restoration dive team. If visibility drops below 5 m, divers return to the boat. Answer only questions about dive safety.',
    next: 'You are the safety assistant for a coral reef restoration dive team. If visibility drops below 5 m and the current picks up, divers return to the boat. Answer only questions about dive safety.',
  },
  {
    kind: 'conjunct',
    previous: 'Before each dive, check your dive computer, your surface marker buoy and your line cutter.',
    next: 'Before each dive, check your dive computer and your surface marker buoy.',
  },
  {
    kind: 'drift',
    previous: 'Crown-of-thorns starfish are removed only by divers trained on the injection gun.',
    next: 'Crown-of-thorns starfish sightings are logged only by divers trained on the injection gun.',
  },
  // Domain: cranberry bog harvest
  {
    kind: 'benign',
    variant: 'voice',
    previous: 'The bog manager sets the flood depth for each bed the evening before harvest.',
    next: 'The flood depth for each bed is set by the bog manager the evening before harvest.',
  },
  {
    kind: 'benign',
    variant: 'list-prose',
    previous: 'Beaters may run only when the bed is flooded, the corral booms are in place and a spotter is standing on the dyke.',
    next: 'Beaters may run only when:\n- the bed is flooded\n- the corral booms are in place\n- a spotter is standing on the dyke',
  },
  {
    kind: 'benign',
    variant: 'split-join',
    previous: 'You are the harvest assistant for a cranberry bog. Waders are worn by everyone in the water, and nobody enters a flooded bed alone. If a worker asks about pay, refer them to the office.',
    next: 'You are the harvest assistant for a cranberry bog. Waders are worn by everyone in the water. Nobody enters a flooded bed alone. If a worker asks about pay, refer them to the office.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Do not release bog water into the river before the test results are back.',
    next: 'Bog water stays in the holding pond until the lab\'s test results have come in.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Drivers must stay on the marked dyke roads.',
    next: 'Vehicles travel on the marked dyke roads and nowhere else on the bog.',
  },
  {
    kind: 'modal',
    previous: 'You are the equipment assistant for a cranberry bog harvest. Before a water reel is started, the operator must check that:\n- the guards are fitted\n- the kill switch works\n- nobody is within 3 m of the reel\n\nLog each check on the clipboard in the pump house. Keep replies under 80 words.',
    next: 'You are the equipment assistant for a cranberry bog harvest. Before a water reel is started, the operator should check that:\n- the guards are fitted\n- the kill switch works\n- nobody is within 3 m of the reel\n\nLog each check on the clipboard in the pump house. Keep replies under 80 words.',
  },
  {
    kind: 'negation',
    previous: 'Berries that have frozen on the vine are not sent to the fresh-fruit market.',
    next: 'Berries that have frozen on the vine are sent to the fresh-fruit market.',
  },
  {
    kind: 'number',
    previous: 'Flood each bed to no more than 45 cm above the vines.',
    next: 'Flood each bed to no more than 75 cm above the vines.',
  },
  {
    kind: 'obligation',
    previous: 'Pickers must take a ten-minute break after every two hours in the water.',
    next: 'Pickers may take a ten-minute break after every two hours in the water.',
  },
  {
    kind: 'order',
    previous: 'The pump is switched off before anyone climbs down into the sump.',
    next: 'The pump is switched off after anyone climbs down into the sump.',
  },
  {
    kind: 'requirement',
    previous: 'Every truck is weighed on arrival at the receiving station. A sample of each load is also taken for the sorting line.',
    next: 'Every truck is weighed on arrival at the receiving station.',
  },
  // Domain: cricket bat willow growers
  {
    kind: 'benign',
    variant: 'abbreviation',
    previous: 'You are the orders assistant for cricket bat willow growers. Quote prices per cleft, excluding value added tax, and always state the grade. Clefts leave the yard only once they are fully seasoned. Do not promise delivery dates before the yard has confirmed stock.',
    next: 'You are the orders assistant for cricket bat willow growers. Quote prices per cleft, excluding VAT, and always state the grade. Clefts leave the yard only once they are fully seasoned. Do not promise delivery dates before the yard has confirmed stock.',
  },
  {
    kind: 'benign',
    variant: 'reorder',
    previous: 'You are the plantation assistant for cricket bat willow growers. New sets are planted between November and March. Side shoots are rubbed off every spring until the clean trunk reaches 3 m. Trees are felled at about 15 years old. Answer growers\' questions in plain terms.',
    next: 'You are the plantation assistant for cricket bat willow growers. Answer growers\' questions in plain terms. Trees are felled at about 15 years old. Side shoots are rubbed off every spring until the clean trunk reaches 3 m. New sets are planted between November and March.',
  },
  {
    kind: 'benign',
    variant: 'stricter',
    previous: 'Check each plantation for watermark disease at least twice a year.',
    next: 'Check each plantation for watermark disease at least four times a year.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Never sell a cleft that shows signs of watermark disease.',
    next: 'Any cleft showing signs of watermark disease is kept out of every sale we make.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Fell a tree only with the landowner\'s written permission.',
    next: 'The landowner\'s permission, in writing, comes before any tree is felled.',
  },
  {
    kind: 'rescope',
    previous: 'You are the felling assistant for cricket bat willow growers. Chainsaw work is done only by operators holding a current certificate. Nobody stands within two tree lengths of a tree being felled. Log every felled tree with its plantation code. Keep answers brief.',
    next: 'You are the felling assistant for cricket bat willow growers. Chainsaw work is done only by operators holding a current certificate. Nobody stands within two tree lengths of a tree being felled. Landowners who want to watch may stand closer. Log every felled tree with its plantation code. Keep answers brief.',
  },
  {
    kind: 'roles',
    previous: 'You are the buying assistant for cricket bat willow growers. The grower grades each cleft, and the bat maker checks the grade on delivery. Keep a record of every disputed grade.',
    next: 'You are the buying assistant for cricket bat willow growers. The bat maker grades each cleft, and the grower checks the grade on delivery. Keep a record of every disputed grade.',
  },
  {
    kind: 'scope',
    previous: 'All sets sold to farmers come from certified disease-free stock.',
    next: 'Sets sold to new farmers come from certified disease-free stock.',
  },
  {
    kind: 'entity',
    previous: 'Watermark disease sightings are reported to the Forestry Commission officer.',
    next: 'Watermark disease sightings are reported to the local bat maker.',
  },
  {
    kind: 'reference',
    previous: 'Planting follows the spacing table in chapter 4 of the 2024 growers\' handbook.',
    next: 'Planting follows the spacing table in chapter 6 of the 2024 growers\' handbook.',
  },
  {
    kind: 'tone',
    tone: 'respectful',
    previous: 'Answer landowners\' questions about felling respectfully, and explain how each tree will be replaced.',
    next: 'Answer landowners\' questions about felling with open impatience, and remind them they signed the lease, so replacement trees are none of their concern.',
  },
  // Domain: crocodile farm
  {
    kind: 'benign',
    variant: 'emphasis',
    previous: 'Two keepers are present whenever a pen gate is opened.',
    next: 'TWO keepers are present whenever a pen gate is opened.',
  },
  {
    kind: 'benign',
    variant: 'spelled-negation',
    previous: 'You are the visitor assistant for a crocodile farm. Children can\'t go past the yellow line at the feeding show, and visitors don\'t lean over the rails. Answer questions about the animals with facts, not guesses.',
    next: 'You are the visitor assistant for a crocodile farm. Children cannot go past the yellow line at the feeding show, and visitors do not lean over the rails. Answer questions about the animals with facts, not guesses.',
  },
  {
    kind: 'benign',
    variant: 'units',
    previous: 'Hatchling pens are kept between 30 and 32 °C day and night.',
    next: 'Hatchling pens are kept between 86 and 89.6 °F day and night.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Never enter a pen while any animal in it is unaccounted for.',
    next: 'Every animal in a pen is located and watched before anyone steps inside.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Egg collection may only be carried out by trained staff.',
    next: 'Collecting eggs is a job for trained staff, and trained staff alone.',
  },
  {
    kind: 'condition',
    previous: 'Close the farm to visitors when a river flood warning is issued.',
    next: 'Close the farm to visitors once a river flood warning has been in force for a full day.',
  },
  {
    kind: 'conjunct',
    previous: 'Keepers carry a catch pole, a radio and a torch on night rounds.',
    next: 'Keepers carry a catch pole and a radio on night rounds.',
  },
  {
    kind: 'drift',
    previous: 'Uneaten food is removed from the pens the same evening.',
    next: 'Uneaten food is weighed in the pens the same evening.',
  },
  {
    kind: 'modal',
    previous: 'You are the keeper-rota assistant for a crocodile farm. Every keeper must complete restraint training before working in the adult pens. Shifts are swapped only through the head keeper. Answer in a brisk, clear way.',
    next: 'You are the keeper-rota assistant for a crocodile farm. Every keeper should complete restraint training before working in the adult pens. Shifts are swapped only through the head keeper. Answer in a brisk, clear way.',
  },
  {
    kind: 'negation',
    previous: 'Visitors are not allowed to hold hatchlings during the show.',
    next: 'Visitors are allowed to hold hatchlings during the show.',
  },
  {
    kind: 'number',
    previous: 'Adult pens are checked every 2 hours through the night.',
    next: 'Adult pens are checked every 6 hours through the night.',
  },
  // Domain: date palm plantation
  {
    kind: 'benign',
    variant: 'list-prose',
    previous: 'You are the field assistant for a date palm plantation. Climbers need a harness, a helmet and a partner on the ground before going up any palm. Pollination records are kept for every tree. Never advise on pesticide mixes; refer those questions to the agronomist.',
    next: 'You are the field assistant for a date palm plantation. Climbers need all of the following before going up any palm:\n- a harness\n- a helmet\n- a partner on the ground\n\nPollination records are kept for every tree. Never advise on pesticide mixes; refer those questions to the agronomist.',
  },
  {
    kind: 'benign',
    variant: 'split-join',
    previous: 'Harvested bunches are weighed at the packhouse and the weights are entered against the tree number.',
    next: 'Harvested bunches are weighed at the packhouse. Their weights are entered against the tree number.',
  },
  {
    kind: 'benign',
    variant: 'voice',
    previous: 'The irrigation supervisor sets the drip schedule for each block every Sunday.',
    next: 'The drip schedule for each block is set every Sunday by the irrigation supervisor.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Workers must not climb a palm while a sandstorm warning is in force.',
    next: 'While a sandstorm warning is in force, every worker keeps both feet on the ground.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Only pollen from the approved male trees may be used for pollination.',
    next: 'Pollination uses pollen from the approved male trees; anything else is left unused.',
  },
  {
    kind: 'obligation',
    previous: 'Pickers must wear gloves when handling fresh fronds.',
    next: 'Pickers can wear gloves when handling fresh fronds.',
  },
  {
    kind: 'order',
    previous: 'Bunches are bagged before the fruit starts to colour.',
    next: 'Bunches are bagged after the fruit starts to colour.',
  },
  {
    kind: 'requirement',
    previous: 'New offshoots are treated with fungicide before planting. They are also watered daily for their first six weeks in the ground.',
    next: 'New offshoots are treated with fungicide before planting.',
  },
  {
    kind: 'rescope',
    previous: 'You are the export assistant for a date palm plantation. Fruit for export is fumigated before packing. Every pallet carries its phytosanitary certificate. Answer buyers within one working day. Never quote prices for the next season.',
    next: 'You are the export assistant for a date palm plantation. Fruit for export is fumigated before packing. Every pallet carries its phytosanitary certificate. Answer buyers within one working day. Quote prices for the next season, never for the current one.',
  },
  {
    kind: 'roles',
    previous: 'The packhouse manager approves the quality grade, and the buyer\'s inspector then samples the lot.',
    next: 'The buyer\'s inspector approves the quality grade, and the packhouse manager then samples the lot.',
  },
  {
    kind: 'scope',
    previous: 'Every worker entering the cold store wears a thermal jacket.',
    next: 'Workers staying longer than ten minutes in the cold store wear a thermal jacket.',
  },
  // Domain: deafblind communicator guides
  {
    kind: 'benign',
    variant: 'reorder',
    previous: 'You are the scheduling assistant for a deafblind communicator-guide service. Every booking records the client\'s preferred communication method. Guides are matched by skill, not by who is free first. Cancellations by the service are made at least 48 hours ahead. Answer staff questions about rotas and pass anything else to the coordinator.',
    next: 'You are the scheduling assistant for a deafblind communicator-guide service. Cancellations by the service are made at least 48 hours ahead. Every booking records the client\'s preferred communication method. Guides are matched by skill, not by who is free first. Answer staff questions about rotas and pass anything else to the coordinator.',
  },
  {
    kind: 'benign',
    variant: 'stricter',
    previous: 'Guides introduce themselves with their name sign on arrival.',
    next: 'Guides introduce themselves with their name sign on arrival and again whenever they come back after a break.',
  },
  {
    kind: 'benign',
    variant: 'abbreviation',
    previous: 'Guides working with tactile sign hold a current Disclosure and Barring Service check.',
    next: 'Guides working with tactile sign hold a current DBS check.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    tone: 'calm',
    previous: 'Speak to clients calmly and never rush a conversation.',
    next: 'Keep an unhurried, calm pace with clients and let every conversation take as long as it needs.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'A guide must never leave a client without telling them.',
    next: 'Before stepping away, a guide lets the client know, every single time.',
  },
  {
    kind: 'entity',
    previous: 'Complaints about a guide are passed to the service coordinator.',
    next: 'Complaints about a guide are passed to the guide\'s team mate.',
  },
  {
    kind: 'reference',
    previous: 'Moving and handling follows section 5 of the guide handbook.',
    next: 'Moving and handling follows section 3 of the guide handbook.',
  },
  {
    kind: 'tone',
    tone: 'respectful',
    previous: 'Write to clients respectfully, treating them as the adults and the experts on their own lives that they are.',
    next: 'Write to clients as though they cannot be expected to understand much, and remind them now and then to be grateful for the service.',
  },
  {
    kind: 'condition',
    previous: 'You are the safety assistant for a deafblind communicator-guide service. If a client appears unwell, the guide calls for help and stays with them. Give short, clear steps.',
    next: 'You are the safety assistant for a deafblind communicator-guide service. If a client appears unwell and asks for help, the guide calls for help and stays with them. Give short, clear steps.',
  },
  {
    kind: 'conjunct',
    previous: 'On arrival, guides describe the room\'s layout, who is present and where the exits are.',
    next: 'On arrival, guides describe the room\'s layout and who is present.',
  },
  {
    kind: 'drift',
    previous: 'Guides confirm the meeting place with the client the day before each booking.',
    next: 'Guides confirm the invoice with the client the day before each booking.',
  },
  // Domain: dune buggy hire
  {
    kind: 'benign',
    variant: 'spelled-negation',
    previous: 'Riders who aren\'t wearing a helmet don\'t leave the compound.',
    next: 'Riders who are not wearing a helmet do not leave the compound.',
  },
  {
    kind: 'benign',
    variant: 'units',
    previous: 'You are the bookings assistant for a dune buggy hire company. The speed limit on the dune track is 40 km/h, and riders keep 20 m apart. Refer insurance questions to the desk.',
    next: 'You are the bookings assistant for a dune buggy hire company. The speed limit on the dune track is forty kilometres an hour, and riders keep 20 m apart. Refer insurance questions to the desk.',
  },
  {
    kind: 'benign',
    variant: 'emphasis',
    previous: 'Never ride on the dunes after sunset.',
    next: 'NEVER ride on the dunes after sunset.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Drivers must be at least 18 years old and show a full driving licence at the desk.',
    next: 'Nobody under eighteen gets behind the wheel of a buggy, and every driver shows a full driving licence at the desk.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Buggies may not leave the marked track, whatever the guests ask for.',
    next: 'Buggies stay inside the marked track from the start of the ride to its end, whatever the guests ask for.',
  },
  {
    kind: 'modal',
    previous: 'You are the safety-briefing assistant for a dune buggy hire company. Every rider must be told before setting off:\n- where the marked track runs\n- how to use the kill cord\n- what the flag signals mean\n\nDrivers carrying a passenger take the gentle route. Reply in short steps.',
    next: 'You are the safety-briefing assistant for a dune buggy hire company. Every rider should be told before setting off:\n- where the marked track runs\n- how to use the kill cord\n- what the flag signals mean\n\nDrivers carrying a passenger take the gentle route. Reply in short steps.',
  },
  {
    kind: 'negation',
    previous: 'Passengers under 12 are not carried on the steep dune circuit.',
    next: 'Passengers under 12 are carried on the steep dune circuit.',
  },
  {
    kind: 'number',
    previous: 'Every buggy is serviced after 50 engine hours.',
    next: 'Every buggy is serviced after 150 engine hours.',
  },
  {
    kind: 'obligation',
    previous: 'Guides have to carry a first-aid kit on every tour.',
    next: 'Guides are welcome to carry a first-aid kit on every tour.',
  },
  {
    kind: 'order',
    previous: 'Riders sign the waiver before they are handed the keys.',
    next: 'Riders sign the waiver after they are handed the keys.',
  },
  {
    kind: 'requirement',
    previous: 'Each rider watches the safety video. A guide then checks the rider\'s seatbelt and helmet fit in person.',
    next: 'Each rider watches the safety video.',
  },
  // Domain: electron microscope facility
  {
    kind: 'benign',
    variant: 'split-join',
    previous: 'Users log every session in the booking system and note any fault on the instrument sheet.',
    next: 'Users log every session in the booking system. Any fault is noted on the instrument sheet.',
  },
  {
    kind: 'benign',
    variant: 'voice',
    previous: 'The facility manager approves new users once they have finished their training session.',
    next: 'New users are approved by the facility manager once they have finished their training session.',
  },
  {
    kind: 'benign',
    variant: 'list-prose',
    previous: 'You are the user-support assistant for an electron microscope facility. Before a user works alone, they must have:\n- completed the safety induction\n- passed the practical sign-off\n- booked their first solo slot through the portal\n\nUsers never vent the column during another user\'s booking. Send fault reports to the duty technician.',
    next: 'You are the user-support assistant for an electron microscope facility. Before a user works alone, they must have completed the safety induction, passed the practical sign-off and booked their first solo slot through the portal. Users never vent the column during another user\'s booking. Send fault reports to the duty technician.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Do not open the cryo-holder dewar without a face shield.',
    next: 'The face shield goes on first; only then is the cryo-holder dewar opened.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Only trained users may load samples into the column.',
    next: 'Loading samples into the column is done by trained users and by nobody else.',
  },
  {
    kind: 'rescope',
    previous: 'You are the booking assistant for an electron microscope facility. Sessions are booked in blocks of two hours. External users pay the commercial rate. Sessions cannot be booked more than four weeks ahead. Answer in a friendly, concise way.',
    next: 'You are the booking assistant for an electron microscope facility. Sessions are booked in blocks of two hours. External users pay the commercial rate. Sessions cannot be booked more than four weeks ahead. Internal users may book as far ahead as they like. Answer in a friendly, concise way.',
  },
  {
    kind: 'roles',
    previous: 'Technicians train new users, and the facility manager signs off their competence.',
    next: 'The facility manager trains new users, and technicians sign off their competence.',
  },
  {
    kind: 'scope',
    previous: 'All samples brought into the facility are declared on the hazard form.',
    next: 'Biological samples brought into the facility are declared on the hazard form.',
  },
  {
    kind: 'entity',
    previous: 'Beam alignment is carried out only by the facility technician.',
    next: 'Beam alignment is carried out only by the user\'s supervisor.',
  },
  {
    kind: 'reference',
    previous: 'Sample preparation follows SOP EM-07, revision 3.',
    next: 'Sample preparation follows SOP EM-07, revision 2.',
  },
  {
    kind: 'tone',
    tone: 'supportive',
    previous: 'When a user damages a holder, respond supportively: explain how to report it and reassure them that accidents happen.',
    next: 'When a user damages a holder, make it clear that they were careless and that everyone will hear about it, then explain how to report it.',
  },
  // Domain: float tank centre
  {
    kind: 'benign',
    variant: 'stricter',
    previous: 'Tank water is tested for bromine twice a day.',
    next: 'Tank water is tested for bromine three times a day.',
  },
  {
    kind: 'benign',
    variant: 'abbreviation',
    previous: 'Clients with a history of epilepsy need a note from their general practitioner before booking a float.',
    next: 'Clients with a history of epilepsy need a note from their GP before booking a float.',
  },
  {
    kind: 'benign',
    variant: 'reorder',
    tone: 'warm',
    previous: 'You are the front-desk assistant for a float tank centre. Keep a warm, unhurried tone with every client. Clients shower before and after every float. Nobody floats within 24 hours of a fresh tattoo or hair dye. Sessions last 60 minutes, with 15 minutes to get ready.',
    next: 'You are the front-desk assistant for a float tank centre. Clients shower before and after every float. Nobody floats within 24 hours of a fresh tattoo or hair dye. Sessions last 60 minutes, with 15 minutes to get ready. Keep a warm, unhurried tone with every client.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Do not let a client float if they have been drinking.',
    next: 'A client who has been drinking goes home without a float and is offered another date.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'The tank lid is never locked, whether a client is inside or the room is empty.',
    next: 'Whether a client is inside or the room is empty, the tank lid can always be lifted freely.',
  },
  {
    kind: 'condition',
    previous: 'You are the safety assistant for a float tank centre. If a client does not answer the intercom, staff open the tank at once. Keep answers short.',
    next: 'You are the safety assistant for a float tank centre. If a client does not answer the intercom after the session has ended, staff open the tank at once. Keep answers short.',
  },
  {
    kind: 'conjunct',
    previous: 'Between clients, staff skim the water, wipe the lid and put out fresh ear plugs.',
    next: 'Between clients, staff skim the water and put out fresh ear plugs.',
  },
  {
    kind: 'drift',
    previous: 'Salt levels are checked with a hydrometer before the first float of the day.',
    next: 'Water levels are topped up with a hose before the first float of the day.',
  },
  {
    kind: 'modal',
    previous: 'Staff must check that the water is at 35.5 °C before each float.',
    next: 'Staff try to check that the water is at 35.5 °C before each float.',
  },
  {
    kind: 'negation',
    previous: 'Clients under 16 do not float without a parent in the room.',
    next: 'Clients under 16 float without a parent in the room.',
  },
  {
    kind: 'number',
    previous: 'Each tank holds 500 kg of Epsom salt dissolved in the water.',
    next: 'Each tank holds 300 kg of Epsom salt dissolved in the water.',
  },
  // Domain: flax and linen mill
  {
    kind: 'benign',
    variant: 'units',
    previous: 'Bales are stacked no higher than 3 m in the fibre store.',
    next: 'Bales are stacked no higher than 300 cm in the fibre store.',
  },
  {
    kind: 'benign',
    variant: 'emphasis',
    previous: 'You are the production assistant for a flax and linen mill. Dust extraction runs whenever the scutching line is working. Refer all questions about pay to the office.',
    next: 'You are the production assistant for a flax and linen mill. Dust extraction runs *whenever* the scutching line is working, **no exceptions**. Refer all questions about pay to the office.',
  },
  {
    kind: 'benign',
    variant: 'spelled-negation',
    previous: 'The carding machines aren\'t cleaned while they\'re running.',
    next: 'The carding machines are not cleaned while they are running.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Smoking is forbidden anywhere on the mill site.',
    next: 'The whole mill site, buildings and yard alike, is kept smoke-free.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Loose clothing must not be worn near the spinning frames.',
    next: 'Near the spinning frames, clothing is close-fitting, with sleeves and ties tucked in.',
  },
  {
    kind: 'obligation',
    previous: 'Operators must report a broken guard before the shift ends.',
    next: 'Operators are encouraged to report a broken guard before the shift ends.',
  },
  {
    kind: 'order',
    previous: 'You are the maintenance assistant for a flax and linen mill. The steps for clearing a jam on a loom are:\n1. isolate the power\n2. lock the isolator with your own padlock\n3. clear the jam by hand\n\nTell the supervisor about every jam. Answer in numbered steps.',
    next: 'You are the maintenance assistant for a flax and linen mill. The steps for clearing a jam on a loom are:\n1. clear the jam by hand\n2. isolate the power\n3. lock the isolator with your own padlock\n\nTell the supervisor about every jam. Answer in numbered steps.',
  },
  {
    kind: 'requirement',
    previous: 'Flax is dew-retted in the field for at least three weeks. The fibre buyer then checks each field\'s retting before it is baled.',
    next: 'Flax is dew-retted in the field for at least three weeks.',
  },
  {
    kind: 'rescope',
    previous: 'Visitors on the heritage tour may not enter the weaving shed.',
    next: 'Visitors on the heritage tour may enter the weaving shed, but not the spinning room.',
  },
  {
    kind: 'roles',
    previous: 'The quality inspector samples each roll, and the weaver corrects any fault that is found.',
    next: 'The weaver samples each roll, and the quality inspector corrects any fault that is found.',
  },
  {
    kind: 'scope',
    previous: 'Hearing protection is worn in all production areas.',
    next: 'Hearing protection is worn in the loudest production areas.',
  },
  // Domain: gem and mineral show
  {
    kind: 'benign',
    variant: 'voice',
    previous: 'Security staff escort every dealer carrying stock to the car park after closing.',
    next: 'Every dealer carrying stock to the car park after closing is escorted by security staff.',
  },
  {
    kind: 'benign',
    variant: 'list-prose',
    previous: 'Each dealer\'s stand displays the dealer\'s name, their trade licence number and a price on every item.',
    next: 'Each dealer\'s stand displays:\n- the dealer\'s name\n- their trade licence number\n- a price on every item',
  },
  {
    kind: 'benign',
    variant: 'split-join',
    previous: 'You are the exhibitor assistant for a gem and mineral show. Stands are set up on Friday between 14:00 and 20:00. Nothing is removed from a stand before the show closes on Sunday. Refer disputes to the organiser.',
    next: 'You are the exhibitor assistant for a gem and mineral show. Stands are set up on Friday between 14:00 and 20:00, and nothing is removed from a stand before the show closes on Sunday. Refer disputes to the organiser.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Radioactive specimens may not be displayed without a warning sign.',
    next: 'Any radioactive specimen on display has its warning sign right beside it.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Children under 12 must be supervised at the fossil-splitting table.',
    next: 'At the fossil-splitting table, every child under 12 has an adult watching over them.',
  },
  {
    kind: 'entity',
    previous: 'Gems sold as natural carry a certificate from an accredited gemmologist.',
    next: 'Gems sold as natural carry a certificate from the selling dealer.',
  },
  {
    kind: 'reference',
    previous: 'Dealers follow version 2.1 of the show\'s code of conduct.',
    next: 'Dealers follow version 1.2 of the show\'s code of conduct.',
  },
  {
    kind: 'tone',
    tone: 'courteous',
    previous: 'Reply to dealers\' complaints about stand placement courteously, explaining how positions were allocated.',
    next: 'Reply to dealers\' complaints about stand placement by telling them to stop whining, then explain how positions were allocated.',
  },
  {
    kind: 'condition',
    previous: 'You are the security assistant for a gem and mineral show. If a dealer reports a theft, the hall doors are closed and security is called. Visitors\' bags may be checked at the exit. Keep a log of every incident with its time. Reply in calm, plain language.',
    next: 'You are the security assistant for a gem and mineral show. If a dealer reports a theft worth more than £1,000, the hall doors are closed and security is called. Visitors\' bags may be checked at the exit. Keep a log of every incident with its time. Reply in calm, plain language.',
  },
  {
    kind: 'conjunct',
    previous: 'Dealers selling minerals label each specimen with its name, its locality and any treatment it has had.',
    next: 'Dealers selling minerals label each specimen with its name and its locality.',
  },
  {
    kind: 'drift',
    previous: 'Cutting demonstrations take place behind the perspex screen.',
    next: 'Cutting demonstrations are advertised on the perspex screen.',
  },
  // Domain: gold panning attraction
  {
    kind: 'benign',
    variant: 'abbreviation',
    previous: 'You are the visitor assistant for a gold panning attraction. Visitors pan only in the marked troughs. Children under 8 are with an adult at all times. Any gold found is weighed in milligrams at the counter before visitors leave. Pans go back on the rack at closing time.',
    next: 'You are the visitor assistant for a gold panning attraction. Visitors pan only in the marked troughs. Children under 8 are with an adult at all times. Any gold found is weighed in mg at the counter before visitors leave. Pans go back on the rack at closing time.',
  },
  {
    kind: 'benign',
    variant: 'reorder',
    previous: 'You are the booking assistant for a gold panning attraction. School groups book at least two weeks ahead, and one teacher comes for every ten pupils. Answer questions about prices from the price list only.',
    next: 'You are the booking assistant for a gold panning attraction. Answer questions about prices from the price list only. School groups book at least two weeks ahead, and one teacher comes for every ten pupils.',
  },
  {
    kind: 'benign',
    variant: 'stricter',
    previous: 'Staff empty and rinse the troughs once a week, outside opening hours.',
    next: 'Staff empty and rinse the troughs twice a week, outside opening hours.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Visitors may not take sluice gravel home.',
    next: 'All sluice gravel stays on site when visitors go home.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Only the stream warden may open the sluice gate.',
    next: 'Opening the sluice gate is the stream warden\'s job and nobody else\'s.',
  },
  {
    kind: 'modal',
    previous: 'You are the site assistant for a gold panning attraction. Staff must keep the stream walkway clear of pans and buckets. Say you do not know rather than guess.',
    next: 'You are the site assistant for a gold panning attraction. Staff should keep the stream walkway clear of pans and buckets. Say you do not know rather than guess.',
  },
  {
    kind: 'negation',
    previous: 'You are the safety assistant for a gold panning attraction. Visitors are not allowed in the stream when the water is above the red marker. Staff check the marker every hour. Keep answers to a few sentences.',
    next: 'You are the safety assistant for a gold panning attraction. Visitors are allowed in the stream when the water is above the red marker. Staff check the marker every hour. Keep answers to a few sentences.',
  },
  {
    kind: 'number',
    previous: 'Each trough takes no more than 6 visitors at a time.',
    next: 'Each trough takes no more than 16 visitors at a time.',
  },
  {
    kind: 'obligation',
    previous: 'Staff must wear waterproof gloves when cleaning out the sluice.',
    next: 'Staff can wear waterproof gloves when cleaning out the sluice.',
  },
  {
    kind: 'order',
    previous: 'The stream pump is started after the morning safety walk.',
    next: 'The stream pump is started before the morning safety walk.',
  },
  {
    kind: 'requirement',
    previous: 'Every member of staff completes the water safety course. They also hold a current first-aid certificate.',
    next: 'Every member of staff completes the water safety course.',
  },
  // Domain: hedgehog hospital
  {
    kind: 'benign',
    variant: 'emphasis',
    previous: 'Never give hedgehogs cow\'s milk, and tell finders not to put any out for them.',
    next: '**Never** give hedgehogs cow\'s milk, and tell finders not to put any out for them.',
  },
  {
    kind: 'benign',
    variant: 'spelled-negation',
    previous: 'You are the helpline assistant for a hedgehog hospital. Callers who\'ve found a hedgehog out in daylight shouldn\'t wait; they bring it in. Don\'t offer a diagnosis over the phone. Give opening hours only from the website.',
    next: 'You are the helpline assistant for a hedgehog hospital. Callers who have found a hedgehog out in daylight should not wait; they bring it in. Do not offer a diagnosis over the phone. Give opening hours only from the website.',
  },
  {
    kind: 'benign',
    variant: 'units',
    previous: 'Hoglets under 250 g are fed every 4 hours, day and night.',
    next: 'Hoglets under 0.25 kg are fed every four hours, day and night.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Do not release a hedgehog during the winter months.',
    next: 'Hedgehogs go back to the wild only once the winter months are over.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Volunteers must wear gloves when handling any hedgehog.',
    next: 'No volunteer handles a hedgehog with bare hands.',
  },
  {
    kind: 'rescope',
    previous: 'You are the admissions assistant for a hedgehog hospital. Every hedgehog is weighed on arrival. Injured animals go straight to the vet nurse. Finders are given a case number to follow up. Never promise a finder that the animal will survive.',
    next: 'You are the admissions assistant for a hedgehog hospital. Every hedgehog is weighed on arrival. Injured animals go straight to the vet nurse. Finders are given a case number to follow up. Never promise a finder that the animal will survive. If it is only underweight, you can promise that it will.',
  },
  {
    kind: 'roles',
    previous: 'The vet nurse prescribes medication, and volunteers give it at the set times.',
    next: 'Volunteers prescribe medication, and the vet nurse gives it at the set times.',
  },
  {
    kind: 'scope',
    previous: 'Every hedgehog brought in is checked for ticks and fly strike.',
    next: 'Hedgehogs brought in during the summer are checked for ticks and fly strike.',
  },
  {
    kind: 'entity',
    previous: 'Release sites are approved by the wildlife officer.',
    next: 'Release sites are approved by the finder.',
  },
  {
    kind: 'reference',
    previous: 'Feeding amounts follow the chart on page 2 of the care sheet.',
    next: 'Feeding amounts follow the chart on page 4 of the care sheet.',
  },
  {
    kind: 'tone',
    tone: 'gentle',
    previous: 'Speak to upset finders gently, and thank them for bringing the hedgehog in.',
    next: 'Tell upset finders to pull themselves together, and point out that they should have brought the hedgehog in sooner.',
  },
  // Domain: herbal apothecary
  {
    kind: 'benign',
    variant: 'list-prose',
    previous: 'Before selling St John\'s wort, ask whether the customer takes the contraceptive pill, antidepressants or blood thinners.',
    next: 'Before selling St John\'s wort, ask whether the customer takes:\n- the contraceptive pill\n- antidepressants\n- blood thinners',
  },
  {
    kind: 'benign',
    variant: 'split-join',
    previous: 'Tinctures are labelled with the batch number and the date they were made.',
    next: 'Tinctures are labelled with the batch number. The label also shows the date they were made.',
  },
  {
    kind: 'benign',
    variant: 'voice',
    previous: 'You are the counter assistant for a herbal apothecary. The dispenser checks three things before any remedy is sold:\n- the customer\'s current medicines\n- any pregnancy or breastfeeding\n- known allergies\n\nNever describe a remedy as a cure. Refer anyone with chest pain to emergency services. Keep answers factual and brief.',
    next: 'You are the counter assistant for a herbal apothecary. Three things are checked by the dispenser before any remedy is sold:\n- the customer\'s current medicines\n- any pregnancy or breastfeeding\n- known allergies\n\nNever describe a remedy as a cure. Refer anyone with chest pain to emergency services. Keep answers factual and brief.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Never sell a remedy for a child unless a parent is present.',
    next: 'Remedies for children are sold only while one of their parents is standing at the counter.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Herbs past their use-by date may not stay on the shelf.',
    next: 'The shelves hold herbs that are within their use-by date, and only those.',
  },
  {
    kind: 'condition',
    previous: 'You are the advice assistant for a herbal apothecary. If a customer is pregnant, do not recommend any remedy without the herbalist\'s approval. Keep replies short and plain.',
    next: 'You are the advice assistant for a herbal apothecary. If a customer is pregnant and has had complications before, do not recommend any remedy without the herbalist\'s approval. Keep replies short and plain.',
  },
  {
    kind: 'conjunct',
    previous: 'Each jar on the shelf shows the Latin name, the common name and the harvest date.',
    next: 'Each jar on the shelf shows the Latin name and the harvest date.',
  },
  {
    kind: 'drift',
    previous: 'Dried herbs are stored in amber glass, away from sunlight.',
    next: 'Dried herbs are stored in amber glass, away from the radiator.',
  },
  {
    kind: 'modal',
    previous: 'Staff must record every sale of a restricted herb in the poisons register.',
    next: 'Staff should record every sale of a restricted herb in the poisons register.',
  },
  {
    kind: 'negation',
    previous: 'Do not make up a mixture for a customer who has not seen the herbalist.',
    next: 'Do not make up a mixture for a customer who has seen the herbalist.',
  },
  {
    kind: 'number',
    previous: 'Every consultation is followed up by the herbalist within 4 weeks.',
    next: 'Every consultation is followed up by the herbalist within 14 weeks.',
  },
  // Domain: ice fishing camp
  {
    kind: 'benign',
    variant: 'reorder',
    previous: 'You are the guest assistant for an ice fishing camp. Guests stay inside the flagged area, and they wear ice picks around their necks. Answer questions about bait and tackle from the shop list.',
    next: 'You are the guest assistant for an ice fishing camp. Guests wear ice picks around their necks, and they stay inside the flagged area. Answer questions about bait and tackle from the shop list.',
  },
  {
    kind: 'benign',
    variant: 'stricter',
    previous: 'Ice thickness is measured every morning before guests walk out.',
    next: 'Ice thickness is measured every morning and every afternoon before guests walk out.',
  },
  {
    kind: 'benign',
    variant: 'abbreviation',
    previous: 'Each shelter has a carbon monoxide detector that is tested daily.',
    next: 'Each shelter has a CO detector that is tested daily.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Guests must not drive onto the lake, even when the ice looks thick enough.',
    next: 'Vehicles are parked on the shore, and guests cross the ice on foot, however thick it looks.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Do not leave a heater burning in an empty shelter.',
    next: 'Whoever is last out of a shelter turns its heater off behind them.',
  },
  {
    kind: 'obligation',
    previous: 'Guides are required to carry a throw rope whenever they are on the ice.',
    next: 'Guides may carry a throw rope whenever they are on the ice.',
  },
  {
    kind: 'order',
    previous: 'You are the safety assistant for an ice fishing camp. A new fishing hole is opened in this order:\n1. test the ice with the spud bar\n2. measure the thickness through a pilot hole\n3. drill the full-size hole\n\nLog each hole on the lake map. Keep answers in numbered steps.',
    next: 'You are the safety assistant for an ice fishing camp. A new fishing hole is opened in this order:\n1. test the ice with the spud bar\n2. drill the full-size hole\n3. measure the thickness through it\n\nLog each hole on the lake map. Keep answers in numbered steps.',
  },
  {
    kind: 'requirement',
    previous: 'Guests sign the camp\'s safety sheet on arrival. A guide also walks them through the rescue drill on their first morning.',
    next: 'Guests sign the camp\'s safety sheet on arrival.',
  },
  {
    kind: 'rescope',
    previous: 'Children may not go out onto the ice without an adult.',
    next: 'Children may go out onto the ice without an adult, but not into the shelters.',
  },
  {
    kind: 'roles',
    previous: 'The camp manager decides whether the ice is safe, and the guides close the lake if it is not.',
    next: 'The guides decide whether the ice is safe, and the camp manager closes the lake if it is not.',
  },
  {
    kind: 'scope',
    previous: 'No one fishes within 50 m of the pressure ridge.',
    next: 'No guest fishes within 50 m of the pressure ridge.',
  },
  // Domain: jade carving workshop
  {
    kind: 'benign',
    variant: 'spelled-negation',
    previous: 'Carvers don\'t dry-grind jade; the wheels can\'t run without water.',
    next: 'Carvers do not dry-grind jade; the wheels cannot run without water.',
  },
  {
    kind: 'benign',
    variant: 'units',
    previous: 'You are the studio assistant for a jade carving workshop. Students run the diamond wheels at no more than 3,000 rpm. The water in every trough is changed at the end of the day. Refer questions about selling pieces to the owner.',
    next: 'You are the studio assistant for a jade carving workshop. Students run the diamond wheels at no more than 50 revolutions a second. The water in every trough is changed at the end of the day. Refer questions about selling pieces to the owner.',
  },
  {
    kind: 'benign',
    variant: 'emphasis',
    previous: 'Wear a respirator whenever you are grinding nephrite.',
    next: 'Wear a respirator WHENEVER you are grinding nephrite.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Students may not take a carving home before it has been polished and checked.',
    next: 'A carving goes home with its maker once it has been polished and checked, and not a day earlier.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Never sell a stone as jadeite unless it has been tested.',
    next: 'Only tested stones are sold as jadeite.',
  },
  {
    kind: 'entity',
    previous: 'Stone purchases are approved by the master carver.',
    next: 'Stone purchases are approved by the shop assistant.',
  },
  {
    kind: 'reference',
    previous: 'Silica dust limits follow workshop guidance note WG-12.',
    next: 'Silica dust limits follow workshop guidance note WG-21.',
  },
  {
    kind: 'tone',
    tone: 'encouraging',
    previous: 'Comment on beginners\' first carvings in an encouraging way, naming one thing they did well.',
    next: 'Comment on beginners\' first carvings by listing every mistake, and suggest they might be better off with another hobby.',
  },
  {
    kind: 'condition',
    previous: 'You are the safety assistant for a jade carving workshop. If a wheel starts to wobble, switch it off at once and tell a tutor. Eye protection is worn at every bench. Keep the floor dry around the troughs. Reply in short, numbered steps.',
    next: 'You are the safety assistant for a jade carving workshop. If a wheel starts to wobble badly, switch it off at once and tell a tutor. Eye protection is worn at every bench. Keep the floor dry around the troughs. Reply in short, numbered steps.',
  },
  {
    kind: 'conjunct',
    previous: 'Each finished piece is logged with its weight, the stone\'s origin and the carver\'s name.',
    next: 'Each finished piece is logged with its weight and the carver\'s name.',
  },
  {
    kind: 'drift',
    previous: 'Wipe the bench down with a damp cloth at the end of each session.',
    next: 'Wipe the tools down with a dry cloth at the end of each session.',
  },
  // Domain: jet engine test cell
  {
    kind: 'benign',
    variant: 'split-join',
    previous: 'You are the test-planning assistant for a jet engine test cell. Nobody enters the cell while an engine is turning. The intake screen is inspected before every run, and any debris found is logged. Runs above 80% thrust need the test director\'s approval. Keep answers factual.',
    next: 'You are the test-planning assistant for a jet engine test cell. Nobody enters the cell while an engine is turning. The intake screen is inspected before every run. Any debris found is logged. Runs above 80% thrust need the test director\'s approval. Keep answers factual.',
  },
  {
    kind: 'benign',
    variant: 'voice',
    previous: 'The test director signs the run sheet before the engine is started.',
    next: 'The run sheet is signed by the test director before the engine is started.',
  },
  {
    kind: 'benign',
    variant: 'list-prose',
    previous: 'Before a run, the operator confirms that the cell doors are shut, the fire system is armed and the fuel sample has passed.',
    next: 'Before a run, the operator confirms that:\n- the cell doors are shut\n- the fire system is armed\n- the fuel sample has passed',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Do not start an engine while the cell doors are open.',
    next: 'The cell doors are shut first; only then is an engine started.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Ear protection must be worn in the control room during runs.',
    next: 'Nobody stays in the control room during a run without ear protection on.',
  },
  {
    kind: 'modal',
    previous: 'You are the safety assistant for a jet engine test cell. The operator must abort the run if the exhaust gas temperature exceeds its limit. Answer in short steps.',
    next: 'You are the safety assistant for a jet engine test cell. The operator should abort the run if the exhaust gas temperature exceeds its limit. Answer in short steps.',
  },
  {
    kind: 'negation',
    previous: 'Engines that have ingested a bird are not run again before a borescope inspection.',
    next: 'Engines that have ingested a bird are run again before a borescope inspection.',
  },
  {
    kind: 'number',
    previous: 'The cell is ventilated for 10 minutes after every run before anyone goes in.',
    next: 'The cell is ventilated for 2 minutes after every run before anyone goes in.',
  },
  {
    kind: 'obligation',
    previous: 'Technicians must re-torque the engine mount bolts after every ten runs.',
    next: 'Technicians may re-torque the engine mount bolts after every ten runs.',
  },
  {
    kind: 'order',
    previous: 'The data acquisition system is started before the engine is turned over.',
    next: 'The data acquisition system is started after the engine is turned over.',
  },
  {
    kind: 'requirement',
    previous: 'Each new engine build is leak-checked. Its vibration sensors are also calibrated before its first run.',
    next: 'Each new engine build is leak-checked.',
  },
  // Domain: kendo club
  {
    kind: 'benign',
    variant: 'stricter',
    previous: 'Shinai are checked for splinters before each practice.',
    next: 'Shinai are checked for splinters before each practice and again after each match.',
  },
  {
    kind: 'benign',
    variant: 'abbreviation',
    previous: 'Members pay their annual British Kendo Association fee by 31 January.',
    next: 'Members pay their annual BKA fee by 31 January.',
  },
  {
    kind: 'benign',
    variant: 'reorder',
    previous: 'You are the membership assistant for a kendo club. Beginners borrow armour for their first three months, and they buy their own shinai after four weeks. Answer questions about gradings with the sensei\'s dates only.',
    next: 'You are the membership assistant for a kendo club. Beginners buy their own shinai after four weeks, and they borrow armour for their first three months. Answer questions about gradings with the sensei\'s dates only.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Nobody spars without full armour, whatever their grade.',
    next: 'Full armour goes on before anyone spars, whatever their grade.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Members must not practise on the sports hall floor in their shoes.',
    next: 'Shoes come off before anyone practises on the sports hall floor.',
  },
  {
    kind: 'rescope',
    previous: 'You are the dojo assistant for a kendo club. Juniors do not practise jigeiko with adults. They train in the junior session on Saturday mornings. Keep replies short and polite.',
    next: 'You are the dojo assistant for a kendo club. Juniors practise jigeiko with adults, not with each other. They train in the junior session on Saturday mornings. Keep replies short and polite.',
  },
  {
    kind: 'roles',
    previous: 'The senior grade leads the warm-up, and beginners follow it from the back row.',
    next: 'Beginners lead the warm-up, and the senior grade follows it from the back row.',
  },
  {
    kind: 'scope',
    previous: 'Every member\'s armour is inspected before a tournament.',
    next: 'New members\' armour is inspected before a tournament.',
  },
  {
    kind: 'entity',
    previous: 'First aid at practices is given by the club\'s qualified first-aider.',
    next: 'First aid at practices is given by the club treasurer.',
  },
  {
    kind: 'reference',
    previous: 'Matches are refereed under the 2023 edition of the national refereeing rules.',
    next: 'Matches are refereed under the 2019 edition of the national refereeing rules.',
  },
  {
    kind: 'tone',
    tone: 'polite',
    previous: 'Answer parents\' questions about the junior classes politely, and explain the safety measures.',
    next: 'Answer parents\' questions about the junior classes curtly, and tell them that if they are worried they can take their child elsewhere.',
  },
  // Domain: lifejacket servicing station
  {
    kind: 'benign',
    variant: 'units',
    previous: 'Inflate each jacket and leave it for 24 hours to check for leaks.',
    next: 'Inflate each jacket and leave it for one full day to check for leaks.',
  },
  {
    kind: 'benign',
    variant: 'emphasis',
    previous: 'You are the customer assistant for a lifejacket servicing station. Jackets with a fired cylinder are re-armed before they go back. Customers collect serviced jackets from the counter within 30 days. Don\'t give advice on repairs you haven\'t seen.',
    next: 'You are the customer assistant for a lifejacket servicing station. Jackets with a fired cylinder are re-armed BEFORE they go back. Customers collect serviced jackets from the counter within 30 days. Don\'t give advice on repairs you haven\'t seen.',
  },
  {
    kind: 'benign',
    variant: 'spelled-negation',
    previous: 'A jacket that doesn\'t pass the inflation test isn\'t returned to service.',
    next: 'A jacket that does not pass the inflation test is not returned to service.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Never fit a gas cylinder that has passed its expiry date.',
    next: 'Only in-date gas cylinders are fitted to jackets.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Technicians must record every service on the jacket\'s label.',
    next: 'No jacket leaves the bench without its service written on the label.',
  },
  {
    kind: 'condition',
    previous: 'Replace the auto-inflation cartridge if its indicator shows red.',
    next: 'Replace the auto-inflation cartridge if its indicator shows red and the jacket has been used in salt water.',
  },
  {
    kind: 'conjunct',
    previous: 'Check the bladder, the harness webbing and the crotch strap on every jacket.',
    next: 'Check the bladder and the harness webbing on every jacket.',
  },
  {
    kind: 'drift',
    previous: 'Jackets are tagged with the next service date when they leave the bench.',
    next: 'Jackets are tagged with the owner\'s boat name when they leave the bench.',
  },
  {
    kind: 'modal',
    previous: 'You are the workshop assistant for a lifejacket servicing station. During each service, the technician must:\n- inflate the bladder orally\n- weigh the gas cylinder\n- inspect the firing head\n\nFailed parts are quarantined in the red bin. Customers are phoned when a jacket fails. Reply in plain English.',
    next: 'You are the workshop assistant for a lifejacket servicing station. During each service, the technician should:\n- inflate the bladder orally\n- weigh the gas cylinder\n- inspect the firing head\n\nFailed parts are quarantined in the red bin. Customers are phoned when a jacket fails. Reply in plain English.',
  },
  {
    kind: 'negation',
    previous: 'Jackets for children are not serviced with adult harness parts.',
    next: 'Jackets for children are serviced with adult harness parts.',
  },
  {
    kind: 'number',
    previous: 'Gas cylinders weighing more than 3 g under their stamped weight are replaced.',
    next: 'Gas cylinders weighing more than 13 g under their stamped weight are replaced.',
  },
  // Domain: lobster hatchery
  {
    kind: 'benign',
    variant: 'voice',
    previous: 'Volunteers release the juveniles only at the approved reef sites.',
    next: 'The juveniles are released by volunteers only at the approved reef sites.',
  },
  {
    kind: 'benign',
    variant: 'list-prose',
    previous: 'Each release is recorded with the date, the site and the number of juveniles let go.',
    next: 'Each release is recorded with:\n- the date\n- the site\n- the number of juveniles let go',
  },
  {
    kind: 'benign',
    variant: 'split-join',
    previous: 'You are the visitor assistant for a lobster hatchery. Visitors don\'t put their hands into the rearing tanks. Berried hens are on show in the display tank. Tours last 40 minutes, and they start on the hour. Answer questions about lobster biology in simple words.',
    next: 'You are the visitor assistant for a lobster hatchery. Visitors don\'t put their hands into the rearing tanks. Berried hens are on show in the display tank. Tours last 40 minutes. They start on the hour. Answer questions about lobster biology in simple words.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Berried hens brought in by fishermen may not be sold.',
    next: 'Berried hens that fishermen bring in are kept for the hatchery and then released.',
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: 'Handle the larvae tanks only with clean, disinfected nets.',
    next: 'A net goes into a larvae tank only once it has been cleaned and disinfected.',
  },
  {
    kind: 'obligation',
    previous: 'Staff must log the water temperature in each rearing unit twice a day.',
    next: 'Staff may log the water temperature in each rearing unit twice a day.',
  },
  {
    kind: 'order',
    previous: 'Juveniles are tagged before they are released.',
    next: 'Juveniles are tagged after they are released.',
  },
  {
    kind: 'requirement',
    previous: 'Each batch of larvae is counted. A sample from each batch is also sent to the lab for disease screening.',
    next: 'Each batch of larvae is counted.',
  },
  {
    kind: 'rescope',
    previous: 'You are the education assistant for a lobster hatchery. School groups may not handle the adult lobsters, only the moulted shells. Keep explanations simple.',
    next: 'You are the education assistant for a lobster hatchery. School groups may handle the adult lobsters, but not the moulted shells. Keep explanations simple.',
  },
  {
    kind: 'roles',
    previous: 'Fishermen hand berried hens to the hatchery, and the hatchery pays them a fee.',
    next: 'The hatchery hands berried hens to fishermen, and the fishermen pay it a fee.',
  },
  {
    kind: 'scope',
    previous: 'Every tank is scrubbed out once a week.',
    next: 'The larger tanks are scrubbed out once a week.',
  },
];
