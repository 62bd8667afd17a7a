// Held-back set v69 of issue 11: hand-labelled clause edits, written blind on 2026-12-07
// (session 40) by the helper heldout69, who never saw the detectors, their tests, their history
// or any other labelled set. What it read of the repository: lines 66-82 of
// clause-edits.fixture.ts (EDIT_KINDS and the ClauseEdit type), lines 1-44 of the v67 set (its
// header, for the file shape and the composition copied here), the domain lists of earlier sets
// (grep -h -A8 "^// Domains:", comment lines only) and the tuning rounds' domain list in the
// session's brief folder; nothing else under scripts/lib/guard/ (no listing of the folder), no
// README.md, no HISTORY.md, no tests, no bench scripts, no git log at all. No slip to report.
// A second writer wrote v68 (domains A-L) at the same time; this set takes domains M to Z.
// Never tuned on; to be measured once by the lead, after the commit that adds it. Do not edit
// entries to make a detector pass.
// Labels say what a careful reviewer would want: `benign` edits keep every obligation for every
// case (a stricter rule is not a regression), every other kind weakens or changes the rule; edits
// touching several things are labelled by their main change (a new sentence that contradicts a
// rule counts as `rescope`; a required step dropped whole counts as `requirement`, one item
// dropped from a list inside a sentence as `conjunct`; the rule replaced by a different rule that
// sounds similar counts as `drift`; `tone` edits carry the clause's declared tone and turn it
// cold, hostile, blaming or dismissive, and 3 benign edits carry a declared tone that they keep).
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
// 24 domains hold one prompt on each side of the label, 3 (mahjong club, mangrove replanting
// project, mud run obstacle course) hold two; within each domain the benign and regression
// prompts have the same sentence count. Prompt lengths (old side, characters): median 207.5
// benign against 216.5 regression (quartiles 187/254 against 194/253); clause lengths: median 55
// benign against 57 regression.
// Domains: mahjong club, mangrove replanting project, mud run obstacle course, natterjack toad
// survey, nougat confectioner, ocean rowing expedition support, ox roast caterers, pearl farm,
// pickleball club, quoits league, rice mill, rock pooling shore walks, sake brewery, shepherd's
// hut builders, smokejumper base, sumo club, taiko drumming group, tofu factory, tulip bulb
// grower, unicycle hockey club, vermiculture worm farm, vinegar brewery, walnut orchard, wasabi
// farm, windsurfing school, yew topiary garden, zero-gravity parabolic flights.
// None of the 27 domains appears in the earlier sets' domain lists (read with grep -A8, comment
// lines only; an older set without such a list may share a domain unseen) nor in the tuning
// rounds' list; all 27 start with M to Z. Nearest listed neighbours: contract bridge club and
// chess tournament arbiters (mahjong), coral reef restoration divers (mangrove), marathon race
// organiser and ultramarathon race medics (mud run), bat survey ecologists and moth trapping
// survey (natterjack), chocolate shop (nougat), rowing club boathouse (ocean rowing), kosher
// catering company (ox roast), oyster farm (pearl), padel court centre (pickleball), lawn bowls
// club and darts league (quoits), animal feed mill (rice mill), coastal path rangers (rock
// pooling), microbrewery taproom (sake), tiny house builders (shepherd's huts), wildfire lookout
// tower volunteers (smokejumpers), wrestling club (sumo), pipe band and brass band (taiko), yoghurt
// dairy (tofu), tree nursery and orchid nursery (tulips), ice hockey league and field hockey club
// (unicycle hockey), community composting site (worm farm), cider press co-op (vinegar), almond
// orchard harvest crew (walnuts), saffron farm and hydroponic vertical farm (wasabi), kite surfing
// school and paddle boarding school (windsurfing), bonsai nursery (yew topiary), flight simulator
// centre and indoor skydiving tunnel (zero-gravity flights).
// Entries are grouped by domain, each group opened by a `// Domain:` comment line.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V69: readonly ClauseEdit[] = [
  // Domain: mahjong club
  { kind: "benign", variant: "reword", previous: "Tiles must be counted back into the case before a table is released to the next booking.", next: "No table goes to the next booking until its full set of tiles is back in the case and counted." },
  { kind: "benign", variant: "reword", previous: "You are the bookings assistant for a mahjong club in Leeds. Members may reserve a table up to 14 days ahead. Never confirm a booking for a guest unless a member has signed them in.", next: "You are the bookings assistant for a mahjong club in Leeds. Reservations by members can be made at most 14 days before the session. A guest's booking is confirmed only once a member has signed that guest in." },
  { kind: "benign", variant: "abbreviation", previous: "Scores for league nights must be entered on the Club Scoring Sheet within 24 hours.", next: "League-night scores must go on the Club Scoring Sheet within 24 hrs." },
  { kind: "benign", variant: "emphasis", previous: "Do not use the antique bone tile set from the glass cabinet for casual play.", next: "Do NOT use the antique bone tile set from the glass cabinet for casual play." },
  { kind: "benign", variant: "list-prose", previous: "You are the teaching assistant for a mahjong club's beginners' course. Each lesson lasts 90 minutes. Before the first game, explain the tile suits, the honours and the flowers. Learners must not be scored during their first three lessons.", next: "You are the teaching assistant for a mahjong club's beginners' course. Each lesson lasts 90 minutes. Before the first game, explain:\n- the tile suits\n- the honours\n- the flowers\nLearners must not be scored during their first three lessons." },
  { kind: "condition", previous: "You are the events assistant for a mahjong club's tournament weekend. Players may swap tables only if both table captains agree. Late arrivals forfeit the first round of the Saturday session.", next: "You are the events assistant for a mahjong club's tournament weekend. Players may swap tables unless both table captains object. Late arrivals forfeit the first round of the Saturday session." },
  { kind: "conjunct", previous: "You are the membership assistant for a mahjong club. New members pay a joining fee of £20. To join, an applicant must give their name, a phone number and an emergency contact. Membership runs from September to August.", next: "You are the membership assistant for a mahjong club. New members pay a joining fee of £20. To join, an applicant must give their name and a phone number. Membership runs from September to August." },
  { kind: "drift", previous: "Spectators must stay silent while a hand is being played.", next: "Spectators must stay seated while a hand is being scored." },
  { kind: "modal", previous: "The host must announce the prevailing wind at the start of each round.", next: "The host should try to announce the prevailing wind at the start of each round." },
  { kind: "negation", previous: "Betting on games is not allowed on club premises.", next: "Betting on games is allowed on club premises." },
  { kind: "number", previous: "A session ends after 16 hands or at 22:30, whichever comes first.", next: "A session ends after 24 hands or at 22:30, whichever comes first." },

  // Domain: mangrove replanting project
  { kind: "benign", variant: "reword", previous: "Volunteers may not wade into the planting zone when the tide is rising.", next: "Whenever the tide is coming in, volunteers stay out of the planting zone." },
  { kind: "benign", variant: "reword", previous: "You are the volunteer assistant for a mangrove replanting project in the Philippines. Planting days start at 06:00 to avoid the midday heat. Every volunteer must wear reef-safe sunscreen and closed shoes. Seedlings are taken only from the project nursery. Do not give out the GPS positions of the planting plots.", next: "You are the volunteer assistant for a mangrove replanting project in the Philippines. To keep clear of the midday heat, planting days begin at 06:00. Closed shoes and reef-safe sunscreen are required for all volunteers. The project nursery is the only source of seedlings. The GPS positions of the planting plots stay private." },
  { kind: "benign", variant: "reorder", previous: "You are the schools assistant for a mangrove replanting project. Pupils under 12 must stay on the boardwalk. Teachers must sign the mud-flat risk form before the visit.", next: "You are the schools assistant for a mangrove replanting project. Teachers must sign the mud-flat risk form before the visit. Pupils under 12 must stay on the boardwalk." },
  { kind: "benign", variant: "spelled-negation", previous: "Volunteers can't take seed pods home.", next: "Volunteers cannot take seed pods home." },
  { kind: "benign", variant: "split-join", previous: "Record the species and the plot number of every seedling, and photograph each plot after planting.", next: "Record the species and the plot number of every seedling. Photograph each plot after planting." },
  { kind: "obligation", previous: "You are the field assistant for a mangrove replanting project on the Kenyan coast. Teams work in groups of four, each with a named team leader. Each group must carry a radio and a first-aid kit. Team leaders must log the group's return time with the base. Volunteers do not handle crab traps.", next: "You are the field assistant for a mangrove replanting project on the Kenyan coast. Teams work in groups of four, each with a named team leader. Each group must carry a radio and a first-aid kit. Team leaders may log the group's return time with the base. Volunteers do not handle crab traps." },
  { kind: "order", previous: "You are the nursery assistant for a mangrove replanting project. Seedlings are hardened in brackish water for two weeks before they are planted out. Never move seedlings in direct sun.", next: "You are the nursery assistant for a mangrove replanting project. Seedlings are hardened in brackish water for two weeks after they are planted out. Never move seedlings in direct sun." },
  { kind: "requirement", previous: "Before anyone enters the mud flats, the site lead checks the tide table. The site lead also briefs the team on soft-mud rescue.", next: "Before anyone enters the mud flats, the site lead checks the tide table." },
  { kind: "rescope", previous: "No one may cut living mangrove roots.", next: "No one may cut living mangrove roots. Staff may trim roots that block the boardwalk." },
  { kind: "roles", previous: "The landowner signs off each plot map before the project plants on it.", next: "The project signs off each plot map before the landowner plants on it." },
  { kind: "scope", previous: "All seedlings must be tagged with the plot number.", next: "All seedlings must be tagged with the plot number where practical." },

  // Domain: mud run obstacle course
  { kind: "benign", variant: "reword", previous: "Runners who have not signed the waiver may not start.", next: "Only runners with a signed waiver are let onto the start line." },
  { kind: "benign", variant: "reword", previous: "You are the race-day assistant for a mud run obstacle course in Devon. Start waves leave every 15 minutes from 09:00. Runners must be 16 or older on race day. Do not promise refunds for cancelled waves.", next: "You are the race-day assistant for a mud run obstacle course in Devon. From 09:00, a new wave sets off each quarter of an hour. Nobody younger than 16 on race day may run. Refunds for cancelled waves are never promised." },
  { kind: "benign", variant: "stricter", previous: "Marshals should check the ice bath temperature every hour.", next: "Marshals must check the ice bath temperature every 30 minutes." },
  { kind: "benign", variant: "units", previous: "Runners must drink water every 5 km.", next: "Runners must drink water every five kilometres." },
  { kind: "benign", variant: "voice", previous: "You are the safety assistant for a mud run obstacle course. Medics patrol the course on quad bikes. A marshal must stop any runner who shows signs of hypothermia. Runners wear a timing chip on the left ankle. Lost chips cost £15.", next: "You are the safety assistant for a mud run obstacle course. The course is patrolled by medics on quad bikes. Any runner who shows signs of hypothermia must be stopped by a marshal. A timing chip is worn on the left ankle by every runner. Lost chips cost £15." },
  { kind: "entity", previous: "You are the registration assistant for a mud run obstacle course. Team entries need at least four runners. Any runner with a heart condition must bring a letter from their GP. Entries close on 1 May.", next: "You are the registration assistant for a mud run obstacle course. Team entries need at least four runners. Any runner with a heart condition must bring a letter from their team captain. Entries close on 1 May." },
  { kind: "reference", previous: "You are the volunteer assistant for a mud run obstacle course. Marshals arrive at 07:30 for a briefing. Every marshal must read the Obstacle Safety Guide, section 4, before race day. Hi-vis vests are handed out at the briefing tent. Marshals get a free entry to next year's run.", next: "You are the volunteer assistant for a mud run obstacle course. Marshals arrive at 07:30 for a briefing. Every marshal must read the Obstacle Safety Guide, section 9, before race day. Hi-vis vests are handed out at the briefing tent. Marshals get a free entry to next year's run." },
  { kind: "tone", tone: "encouraging", previous: "If you miss an obstacle, take the penalty loop and keep going; plenty of runners do.", next: "If you miss an obstacle, take the penalty loop; you should have trained properly." },
  { kind: "condition", previous: "The course closes if lightning is seen within 10 km.", next: "The course closes if lightning is seen within 10 km and the race director agrees." },
  { kind: "conjunct", previous: "Runners must wear closed shoes, gloves and eye protection on the barbed-wire crawl.", next: "Runners must wear closed shoes and gloves on the barbed-wire crawl." },
  { kind: "drift", previous: "Runners must hand in their timing chip at the finish.", next: "Runners must show their timing chip at the finish." },

  // Domain: natterjack toad survey
  { kind: "benign", variant: "reword", previous: "Surveyors must not shine torches into breeding pools for longer than a few seconds.", next: "Any torchlight on a breeding pool is kept to a brief sweep of a few seconds." },
  { kind: "benign", variant: "reword", previous: "Only licensed surveyors may handle toads.", next: "Handling toads is for licensed surveyors alone." },
  { kind: "benign", variant: "abbreviation", previous: "Record each count on the Natural England survey form within 48 hours.", next: "Record each count on the NE survey form within 48 hrs." },
  { kind: "benign", variant: "emphasis", previous: "Never walk on the dune slacks during the breeding season.", next: "**Never** walk on the dune slacks during the breeding season." },
  { kind: "benign", variant: "list-prose", previous: "You are the survey assistant for a natterjack toad survey on the Merseyside dunes. Every night visit needs:\n- a licensed surveyor\n- a second person\n- a red-filtered torch\nCounts start 30 minutes after sunset.", next: "You are the survey assistant for a natterjack toad survey on the Merseyside dunes. Every night visit needs a licensed surveyor, a second person and a red-filtered torch. Counts start 30 minutes after sunset." },
  { kind: "modal", previous: "You are the volunteer assistant for a natterjack toad survey. Volunteers must disinfect their boots between sites to stop the spread of chytrid fungus. Surveys run from April to June.", next: "You are the volunteer assistant for a natterjack toad survey. Volunteers should disinfect their boots between sites to stop the spread of chytrid fungus. Surveys run from April to June." },
  { kind: "negation", previous: "Surveyors are not to record calling males by ear alone.", next: "Surveyors are to record calling males by ear alone." },
  { kind: "number", previous: "Each pool is surveyed on three separate nights at least a week apart.", next: "Each pool is surveyed on two separate nights at least a week apart." },
  { kind: "obligation", previous: "Surveyors are required to report any dead toads to the county recorder.", next: "Surveyors are welcome to report any dead toads to the county recorder." },
  { kind: "order", previous: "Count the spawn strings before you dip-net the pool.", next: "Count the spawn strings after you dip-net the pool." },
  { kind: "requirement", previous: "Sign the site log when you arrive. Text the survey lead when you leave the dunes.", next: "Sign the site log when you arrive." },

  // Domain: nougat confectioner
  { kind: "benign", variant: "reword", previous: "Nougat containing nuts must never be packed on the nut-free line.", next: "The nut-free line is kept for nut-free nougat only." },
  { kind: "benign", variant: "reword", tone: "friendly", previous: "If a customer asks about allergens, point them kindly to the full ingredient list on our website.", next: "When a customer wants allergen details, warmly direct them to the complete ingredient list on our website." },
  { kind: "benign", variant: "reorder", previous: "You are the shop assistant for a nougat confectioner in Montélimar. Gift boxes can be engraved for €5. Orders over €60 ship free within France. Never quote delivery dates for Christmas after 15 December.", next: "You are the shop assistant for a nougat confectioner in Montélimar. Orders over €60 ship free within France. Gift boxes can be engraved for €5. Never quote delivery dates for Christmas after 15 December." },
  { kind: "benign", variant: "spelled-negation", previous: "Staff mustn't taste from the cooling slabs.", next: "Staff must not taste from the cooling slabs." },
  { kind: "benign", variant: "split-join", previous: "Honey is weighed at the start of each batch. The weight is written on the batch card.", next: "Honey is weighed at the start of each batch and its weight written on the batch card." },
  { kind: "rescope", previous: "You are the wholesale assistant for a nougat confectioner. Trade customers order in cases of 24 bars of 100 g each. Never offer trade prices to retail customers. Invoices are due within 30 days.", next: "You are the wholesale assistant for a nougat confectioner. Trade customers order in cases of 24 bars of 100 g each. Never offer trade prices to retail customers. Invoices are due within 30 days. Retail customers who buy a full case may be given trade prices." },
  { kind: "roles", previous: "The head confectioner approves every new recipe before the shop manager prices it.", next: "The shop manager approves every new recipe before the head confectioner prices it." },
  { kind: "scope", previous: "Every batch must be tested for moisture before cutting.", next: "Most batches must be tested for moisture before cutting." },
  { kind: "entity", previous: "Allergen questions go to the food safety officer.", next: "Allergen questions go to the shop supervisor." },
  { kind: "reference", previous: "Label every bar as set out in the Labelling Policy, appendix B.", next: "Label every bar as set out in the Labelling Policy, appendix D." },
  { kind: "tone", tone: "warm", previous: "Thank customers for waiting during the Christmas rush and offer them a sample piece.", next: "Tell waiting customers the Christmas rush is hardly our fault, and hand them a sample piece if you must." },

  // Domain: ocean rowing expedition support
  { kind: "benign", variant: "reword", previous: "Crews must not leave harbour without a working satellite phone.", next: "A working satellite phone is a condition of leaving harbour for every crew." },
  { kind: "benign", variant: "reword", previous: "You are the shore-team assistant for an ocean rowing expedition support company. Crews send a position report every 6 hours. If a report is missed, call the boat on the satellite phone. If two reports in a row are missed, alert the coastguard. Do not discuss crew medical details with the press.", next: "You are the shore-team assistant for an ocean rowing expedition support company. A position report comes in from each crew at 6-hour intervals. A missing report means you ring the boat on its satellite phone. The coastguard is alerted once two consecutive reports are missing. Crew medical details stay out of any conversation with the press." },
  { kind: "benign", variant: "stricter", previous: "Rowers should clip on to the jackline at night.", next: "Rowers must clip on to the jackline whenever they are on deck, day or night." },
  { kind: "benign", variant: "units", previous: "Each boat carries 90 litres of emergency water.", next: "Each boat carries ninety litres of emergency water." },
  { kind: "benign", variant: "voice", previous: "The support skipper inspects every boat's life raft before departure.", next: "Every boat's life raft is inspected by the support skipper before departure." },
  { kind: "condition", previous: "You are the safety assistant for an ocean rowing expedition support team. Before a crew may depart, check that the boat carries:\n- an EPIRB\n- a life raft\n- a watermaker\nCrews may leave only if the forecast shows winds under 25 knots for 48 hours. The duty officer signs the departure sheet. Delays are logged in the race diary.", next: "You are the safety assistant for an ocean rowing expedition support team. Before a crew may depart, check that the boat carries:\n- an EPIRB\n- a life raft\n- a watermaker\nCrews may leave unless the forecast shows winds over 35 knots within 12 hours. The duty officer signs the departure sheet. Delays are logged in the race diary." },
  { kind: "conjunct", previous: "Every rower must complete sea survival, first aid and VHF radio courses before the start.", next: "Every rower must complete sea survival and first aid courses before the start." },
  { kind: "drift", previous: "Report any sighting of floating debris in the shipping lanes to the coastguard.", next: "Report any sighting of whales in the shipping lanes to the race office." },
  { kind: "modal", previous: "The shore team must answer a distress call within 5 minutes.", next: "The shore team should aim to answer a distress call within 5 minutes." },
  { kind: "negation", previous: "Crews are told not to throw food packaging overboard.", next: "Crews are told to throw food packaging overboard." },
  { kind: "number", previous: "A boat with a failed watermaker must head for port once its water falls below 20 litres.", next: "A boat with a failed watermaker must head for port once its water falls below 5 litres." },

  // Domain: ox roast caterers
  { kind: "benign", variant: "reword", previous: "Carved meat must be held above 63°C.", next: "Carved meat is never allowed to drop to 63°C or below." },
  { kind: "benign", variant: "reword", previous: "You are the bookings assistant for an ox roast caterers firm in Yorkshire. We need 72 hours to source a whole ox. Do not accept bookings for fewer than 150 guests.", next: "You are the bookings assistant for an ox roast caterers firm in Yorkshire. Finding a whole ox takes us three full days of notice. Every booking we take is for 150 guests or more." },
  { kind: "benign", variant: "abbreviation", previous: "The gas spit must be inspected by a Gas Safe registered engineer each season.", next: "The gas spit must be inspected by a Gas Safe reg. engineer each season." },
  { kind: "benign", variant: "emphasis", previous: "Keep the public at least 3 metres from the fire pit at all times.", next: "Keep the public at least 3 metres from the fire pit AT ALL TIMES." },
  { kind: "benign", variant: "list-prose", previous: "Every event van carries a probe thermometer, a fire blanket and a CO2 extinguisher.", next: "Every event van carries:\n- a probe thermometer\n- a fire blanket\n- a CO2 extinguisher" },
  { kind: "obligation", previous: "You are the event assistant for an ox roast caterers firm. The roast chef has to probe the meat in three places before service. Carving starts when the host gives the word.", next: "You are the event assistant for an ox roast caterers firm. The roast chef can probe the meat in three places before service. Carving starts when the host gives the word." },
  { kind: "order", previous: "Light the fire at least 10 hours before the serving time.", next: "Light the fire at most 10 hours before the serving time." },
  { kind: "requirement", previous: "Cooling meat is labelled with the time it came off the spit. Leftovers are chilled within 90 minutes.", next: "Cooling meat is labelled with the time it came off the spit." },
  { kind: "rescope", previous: "No guest may stand behind the serving table.", next: "No guest may stand behind the serving table. The host's family may come round to help carve." },
  { kind: "roles", previous: "The client provides the site plan and we supply the power generator.", next: "We provide the site plan and the client supplies the power generator." },
  { kind: "scope", previous: "Allergen information must be displayed at every serving point.", next: "Allergen information must be displayed at the main serving point." },

  // Domain: pearl farm
  { kind: "benign", variant: "reword", previous: "Divers may not go below 18 metres.", next: "Every dive stays at 18 metres or shallower." },
  { kind: "benign", variant: "reword", previous: "Visitors must stay on the floating walkway during the farm tour.", next: "For the whole of the farm tour, the floating walkway is where visitors remain." },
  { kind: "benign", variant: "reorder", previous: "Guests may buy pearls at the jetty shop or order them online.", next: "Guests may order pearls online or buy them at the jetty shop." },
  { kind: "benign", variant: "spelled-negation", previous: "Tour guides won't open oysters in front of children under 8.", next: "Tour guides will not open oysters in front of children under 8." },
  { kind: "benign", variant: "split-join", previous: "You are the visitor assistant for a pearl farm in Broome. Tours leave the jetty at 10:00 and 14:00. Every guest wears a life jacket on the boat, and children under 12 sit with an adult. Do not quote prices for loose pearls.", next: "You are the visitor assistant for a pearl farm in Broome. Tours leave the jetty at 10:00 and 14:00. Every guest wears a life jacket on the boat. Children under 12 sit with an adult. Do not quote prices for loose pearls." },
  { kind: "entity", previous: "You are the sales assistant for a pearl farm. Every pearl over 12 mm comes with a certificate from the Gemmological Institute. Refunds are given within 30 days. Never describe a dyed pearl as natural.", next: "You are the sales assistant for a pearl farm. Every pearl over 12 mm comes with a certificate from the farm's own grading team. Refunds are given within 30 days. Never describe a dyed pearl as natural." },
  { kind: "reference", previous: "Seeding staff follow the Oyster Health Protocol, version 3.", next: "Seeding staff follow the Oyster Health Protocol, version 1." },
  { kind: "tone", tone: "courteous", previous: "If a guest asks whether a pearl is real, explain politely how we grade and certify our pearls.", next: "If a guest asks whether a pearl is real, tell them the question is insulting and they can read the certificate." },
  { kind: "condition", previous: "Cancel the boat tour if the wind is above 20 knots.", next: "Cancel the boat tour if the wind stays above 20 knots all morning." },
  { kind: "conjunct", previous: "Before harvest, record each oyster's line number, age and seeding date.", next: "Before harvest, record each oyster's line number and age." },
  { kind: "drift", previous: "Rinse every pearl in fresh water before it is graded.", next: "Rinse every oyster in sea water before it is returned." },

  // Domain: pickleball club
  { kind: "benign", variant: "reword", previous: "Members may not book more than one court at a time.", next: "A member holds at most one court booking at any given time." },
  { kind: "benign", variant: "reword", previous: "Players must wear non-marking shoes on the indoor courts.", next: "Shoes that leave marks are not permitted on the indoor courts." },
  { kind: "benign", variant: "stricter", previous: "Members should cancel a booking at least 2 hours before play.", next: "Members must cancel a booking at least 24 hours before play." },
  { kind: "benign", variant: "units", previous: "You are the booking assistant for a pickleball club in Austin. Courts are booked in 90-minute slots. Open play runs from 7 to 9 in the morning on weekdays. Guests pay $10 per visit. A member may bring 2 guests a month.", next: "You are the booking assistant for a pickleball club in Austin. Courts are booked in slots of an hour and a half. Open play runs from 7 to 9 in the morning on weekdays. Guests pay ten dollars per visit. A member may bring two guests a month." },
  { kind: "benign", variant: "voice", previous: "The club captain sets the ladder rankings each month.", next: "The ladder rankings are set each month by the club captain." },
  { kind: "modal", previous: "You are the coaching assistant for a pickleball club. Beginner clinics run on Saturday mornings. Every new player must:\n- attend one clinic\n- read the court etiquette sheet\n- sign the injury waiver\nCoaches rate players after the clinic. Ratings are shown on the club app.", next: "You are the coaching assistant for a pickleball club. Beginner clinics run on Saturday mornings. Every new player should:\n- attend one clinic\n- read the court etiquette sheet\n- sign the injury waiver\nCoaches rate players after the clinic. Ratings are shown on the club app." },
  { kind: "negation", previous: "Cracked balls are not used in league matches.", next: "Cracked balls are used in league matches." },
  { kind: "number", previous: "League matches are played to 11 points, win by 2.", next: "League matches are played to 11 points, win by 1." },
  { kind: "obligation", previous: "Players are required to call their own line faults.", next: "Players are allowed to call their own line faults." },
  { kind: "order", previous: "Sweep the courts before the first game of the day.", next: "Sweep the courts after the last game of the day." },
  { kind: "requirement", previous: "Report any injury to the duty manager. Fill in the accident book the same day.", next: "Report any injury to the duty manager." },

  // Domain: quoits league
  { kind: "benign", variant: "reword", previous: "A team must field four players to start a match.", next: "No match starts with a team of fewer than four players." },
  { kind: "benign", variant: "reword", previous: "You are the fixtures assistant for a quoits league in Northumberland. Matches are played on Tuesday evenings from April to September. Do not move a fixture without the agreement of both captains.", next: "You are the fixtures assistant for a quoits league in Northumberland. The season's matches take place on Tuesday evenings between April and September. A fixture is moved only when both captains have agreed to it." },
  { kind: "benign", variant: "emphasis", previous: "Throwers must stand behind the mark.", next: "Throwers must ALWAYS stand behind the mark." },
  { kind: "benign", variant: "list-prose", previous: "Each club must send its team sheet, its match fee and its result card to the secretary.", next: "Each club must send the secretary:\n- its team sheet\n- its match fee\n- its result card" },
  { kind: "benign", variant: "reorder", previous: "Scores are checked by the referee and by both captains.", next: "Scores are checked by both captains and by the referee." },
  { kind: "rescope", previous: "You are the rules assistant for a quoits league in County Durham, answering captains' questions on match nights. Only registered players may play in league matches. A ringer scores two points and a quoit touching the hob scores one.", next: "You are the rules assistant for a quoits league in County Durham, answering captains' questions on match nights. Only registered players may play in league matches. A ringer scores two points and a quoit touching the hob scores one. Clubs short of players may field unregistered guests." },
  { kind: "roles", previous: "The home team provides the referee and the away team provides the scorer.", next: "The away team provides the referee and the home team provides the scorer." },
  { kind: "scope", previous: "All clay beds must be watered before a match.", next: "All clay beds must be watered before a cup match." },
  { kind: "entity", previous: "Disputes are settled by the league secretary.", next: "Disputes are settled by the home captain." },
  { kind: "reference", previous: "Quoits must meet the weights listed in Rule 7 of the league handbook.", next: "Quoits must meet the weights listed in Rule 2 of the league handbook." },
  { kind: "tone", tone: "welcoming", previous: "Welcome new clubs to the league and offer them a mentor club for their first season.", next: "Tell new clubs the league does not babysit beginners, and offer them a mentor club for their first season if they insist." },

  // Domain: rice mill
  { kind: "benign", variant: "reword", previous: "No one may enter the husking room while the huller is running.", next: "The huller is stopped before anyone goes into the husking room." },
  { kind: "benign", variant: "reword", previous: "You are the intake assistant for a rice mill in the Ebro delta. Every lorry delivering paddy must bring:\n- the grower's delivery note\n- the field register number\nLoads over 14% moisture are sent to the dryer first. Never accept paddy from an unregistered grower.", next: "You are the intake assistant for a rice mill in the Ebro delta. No lorry delivering paddy is unloaded without:\n- the grower's delivery note\n- the field register number\nAny load with moisture above 14% goes through the dryer first. Paddy is accepted from registered growers only." },
  { kind: "benign", variant: "spelled-negation", previous: "Forklift drivers don't carry passengers.", next: "Forklift drivers do not carry passengers." },
  { kind: "benign", variant: "split-join", previous: "Sweep the polishing floor at the end of every shift and empty the dust extractor.", next: "Sweep the polishing floor at the end of every shift. Empty the dust extractor as well." },
  { kind: "benign", variant: "stricter", previous: "Samples from each batch should be kept for 3 months.", next: "Samples from each batch must be kept for 6 months." },
  { kind: "condition", previous: "You are the quality assistant for a rice mill. Each batch is graded for broken grains and chalky kernels by the lab. A batch may be sold as premium only if broken grains are below 5%. Grading results are kept for two years in the quality office files.", next: "You are the quality assistant for a rice mill. Each batch is graded for broken grains and chalky kernels by the lab. A batch may be sold as premium if broken grains are below 5% or the buyer agrees. Grading results are kept for two years in the quality office files." },
  { kind: "conjunct", previous: "Wear a dust mask and ear defenders in the milling hall.", next: "Wear ear defenders in the milling hall." },
  { kind: "drift", previous: "Fumigate the silos every spring.", next: "Inspect the silos every spring." },
  { kind: "modal", previous: "Operators must lock out the huller before clearing a jam.", next: "Operators should lock out the huller before clearing a jam." },
  { kind: "negation", previous: "Bran from the organic line is not mixed with bran from the standard line.", next: "Bran from the organic line is mixed with bran from the standard line." },
  { kind: "number", previous: "Each bag is filled to 25 kg, plus or minus 100 grams.", next: "Each bag is filled to 25 kg, plus or minus 500 grams." },

  // Domain: rock pooling shore walks
  { kind: "benign", variant: "reword", previous: "Children must be within arm's reach of an adult on the rocks.", next: "On the rocks, no child is ever further from an adult than an arm's length." },
  { kind: "benign", variant: "reword", previous: "You are the booking assistant for rock pooling shore walks in Pembrokeshire. Walks start two hours before low tide. Each walk takes at most 20 people. Every creature must be put back where it was found. Do not book walks when a storm warning is in force.", next: "You are the booking assistant for rock pooling shore walks in Pembrokeshire. We set off two hours ahead of low tide. No walk has more than 20 people on it. Anything caught goes back to the exact spot it came from. While a storm warning is in force, the diary stays closed to bookings." },
  { kind: "benign", variant: "units", previous: "Walkers must be off the lower shore 1 hour before the tide turns.", next: "Walkers must be off the lower shore 60 minutes before the tide turns." },
  { kind: "benign", variant: "voice", previous: "The leader counts the group at every gully crossing.", next: "The group is counted by the leader at every gully crossing." },
  { kind: "benign", variant: "abbreviation", previous: "Every leader holds a current First Aid at Work certificate.", next: "Every leader holds a current FAW certificate." },
  { kind: "obligation", previous: "You are the guiding assistant for rock pooling shore walks. Groups meet at the slipway car park. Leaders must carry a tide table and a charged phone. Guests have to wear shoes with grip. Nets and viewing trays are lent out for free at the meeting point.", next: "You are the guiding assistant for rock pooling shore walks. Groups meet at the slipway car park. Leaders must carry a tide table and a charged phone. Guests can wear shoes with grip. Nets and viewing trays are lent out for free at the meeting point." },
  { kind: "order", previous: "Check the tide table before you choose the route.", next: "Check the tide table after you choose the route." },
  { kind: "requirement", previous: "Before the walk, brief guests on slippery weed. Point out the escape route off the beach.", next: "Before the walk, brief guests on slippery weed." },
  { kind: "rescope", previous: "Nobody lifts rocks bigger than a loaf of bread.", next: "Nobody lifts rocks bigger than a loaf of bread. Older children may turn larger boulders if a leader is nearby." },
  { kind: "roles", previous: "The guest shows the leader any creature before it goes in a bucket.", next: "The leader shows the guest any creature before it goes in a bucket." },
  { kind: "scope", previous: "Every bucket must be emptied back into a pool at the end of the walk.", next: "Every large bucket must be emptied back into a pool at the end of the walk." },

  // Domain: sake brewery
  { kind: "benign", variant: "reword", previous: "Tasting-room guests must be 20 or older.", next: "Nobody under the age of 20 is served in the tasting room." },
  { kind: "benign", variant: "reword", previous: "Staff may not enter the koji room without a hair net.", next: "A hair net goes on before any member of staff steps into the koji room." },
  { kind: "benign", variant: "emphasis", previous: "Never add distilled alcohol to the junmai tanks.", next: "Never, under any circumstances, add distilled alcohol to the junmai tanks." },
  { kind: "benign", variant: "list-prose", previous: "You are the tour assistant for a sake brewery in Niigata. Guests must take off their shoes, tie back long hair and leave phones in the lockers before entering the brewhouse. Tours end in the tasting room.", next: "You are the tour assistant for a sake brewery in Niigata. Before entering the brewhouse, guests must:\n- take off their shoes\n- tie back long hair\n- leave phones in the lockers\nTours end in the tasting room." },
  { kind: "benign", variant: "reorder", previous: "Tastings cost ¥1,500. Each guest may try four sakes.", next: "Each guest may try four sakes. Tastings cost ¥1,500." },
  { kind: "entity", previous: "You are the export assistant for a sake brewery. Every export order needs a certificate of origin from the Japan Sake and Shochu Makers Association. Quote prices in yen, ex-works, unless the buyer asks for another currency.", next: "You are the export assistant for a sake brewery. Every export order needs a certificate of origin from the local chamber of commerce. Quote prices in yen, ex-works, unless the buyer asks for another currency." },
  { kind: "reference", previous: "Pasteurise as laid down in chapter 6 of the brewing manual.", next: "Pasteurise as laid down in chapter 8 of the brewing manual." },
  { kind: "tone", tone: "respectful", previous: "If a guest pronounces a sake name wrongly, repeat it gently without correcting them.", next: "If a guest pronounces a sake name wrongly, correct them loudly so they learn." },
  { kind: "condition", previous: "Serve a second tasting flight only if the guest is not driving.", next: "Serve a second tasting flight even if the guest is driving." },
  { kind: "conjunct", previous: "Record the temperature, the specific gravity and the acidity of every moromi tank each morning.", next: "Record the temperature and the specific gravity of every moromi tank each morning." },
  { kind: "drift", previous: "Keep the yeast starter below 10°C.", next: "Keep the finished sake below 10°C." },

  // Domain: shepherd's hut builders
  { kind: "benign", variant: "reword", previous: "Customers must pay a 30% deposit before we order the chassis.", next: "The chassis is ordered only after the customer's 30% deposit has arrived." },
  { kind: "benign", variant: "reword", previous: "You are the sales assistant for a firm of shepherd's hut builders in Dorset. Huts take 14 weeks to build from the signed order. Delivery within 50 miles is free. Do not promise planning permission to anyone.", next: "You are the sales assistant for a firm of shepherd's hut builders in Dorset. From signed order to finished hut is 14 weeks of building. We deliver free of charge anywhere up to 50 miles away. Whether planning permission will be granted is never something we promise." },
  { kind: "benign", variant: "spelled-negation", previous: "Apprentices shouldn't use the bandsaw alone.", next: "Apprentices should not use the bandsaw alone." },
  { kind: "benign", variant: "split-join", previous: "Every hut is wired by a qualified electrician. The electrician signs the test certificate.", next: "Every hut is wired by a qualified electrician, who signs the test certificate." },
  { kind: "benign", variant: "stricter", previous: "Wood burners must be at least 300 mm from any timber wall.", next: "Wood burners must be at least 450 mm from any timber wall." },
  { kind: "modal", previous: "You are the workshop assistant for a firm of shepherd's hut builders. Roof sheets are cut outdoors. Anyone cutting corrugated iron must wear eye protection. The workshop closes at 17:00.", next: "You are the workshop assistant for a firm of shepherd's hut builders. Roof sheets are cut outdoors. Anyone cutting corrugated iron ought to wear eye protection. The workshop closes at 17:00." },
  { kind: "negation", previous: "Offcuts of treated timber are not burned in the yard.", next: "Offcuts of treated timber are burned in the yard." },
  { kind: "number", previous: "Huts are towed at no more than 20 mph.", next: "Huts are towed at no more than 40 mph." },
  { kind: "obligation", previous: "The customer has to clear the access route before delivery day.", next: "The customer is encouraged to clear the access route before delivery day." },
  { kind: "order", previous: "Fit the insulation before the inner cladding goes on.", next: "Fit the insulation after the inner cladding goes on." },
  { kind: "requirement", previous: "Before handover, the builder tests the gas supply. The builder also shows the customer how to use the stove.", next: "Before handover, the builder tests the gas supply." },

  // Domain: smokejumper base
  { kind: "benign", variant: "reword", tone: "calm", previous: "When a family calls about smoke near their home, reassure them calmly and take down the location.", next: "If a family rings about smoke close to their home, stay composed, put them at ease and note where they are." },
  { kind: "benign", variant: "reword", previous: "No jumper may exit the aircraft without the spotter's signal.", next: "Jumpers exit the aircraft on the spotter's signal and at no other moment." },
  { kind: "benign", variant: "units", previous: "You are the dispatch assistant for a smokejumper base in Montana. Crews must be airborne within 10 minutes of a call. Each jumper carries 50 kg of gear. Jumps are made from at least 1,500 feet above the ground. Fires larger than 40 hectares go to the regional centre.", next: "You are the dispatch assistant for a smokejumper base in Montana. Crews must be airborne within ten minutes of a call. Each jumper carries 50 kilograms of gear. Jumps are made from at least 1,500 feet above the ground. Fires larger than 400,000 square metres go to the regional centre." },
  { kind: "benign", variant: "voice", previous: "Riggers pack every reserve parachute by hand.", next: "Every reserve parachute is packed by hand by the riggers." },
  { kind: "benign", variant: "abbreviation", previous: "Report your position to the base every 30 minutes.", next: "Report your position to the base every 30 min." },
  { kind: "rescope", previous: "You are the training assistant for a smokejumper base. Rookies train for five weeks. No rookie may jump on a live fire until they have completed:\n- 15 training jumps\n- the pack test\n- the tree-climbing course\nTrainers grade each jump. Failed jumps are repeated.", next: "You are the training assistant for a smokejumper base. Rookies train for five weeks. No rookie may jump on a live fire until they have completed:\n- 15 training jumps\n- the pack test\n- the tree-climbing course\nTrainers grade each jump. On busy days a rookie may jump on a fire alongside a veteran." },
  { kind: "roles", previous: "The spotter picks the jump spot and the pilot flies the pattern.", next: "The pilot picks the jump spot and the spotter flies the pattern." },
  { kind: "scope", previous: "Every jumper must carry a fire shelter.", next: "Every jumper on fires over 50 acres must carry a fire shelter." },
  { kind: "entity", previous: "Weather holds are decided by the base meteorologist.", next: "Weather holds are decided by the duty pilot." },
  { kind: "reference", previous: "Parachutes are packed as laid out in Rigging Manual section 3.2.", next: "Parachutes are packed as laid out in Rigging Manual section 5.2." },
  { kind: "tone", tone: "supportive", previous: "After a hard landing, check in with the jumper and offer a debrief with the crew lead.", next: "After a hard landing, tell the jumper to toughen up before you offer a debrief with the crew lead." },

  // Domain: sumo club
  { kind: "benign", variant: "reword", previous: "Wrestlers must not enter the ring wearing shoes.", next: "Every wrestler steps into the ring barefoot." },
  { kind: "benign", variant: "reword", previous: "You are the membership assistant for a sumo club in Osaka. Juniors may train only with a parent's written consent. Practice starts at 06:30 sharp.", next: "You are the membership assistant for a sumo club in Osaka. Without written consent from a parent, no junior trains. Practice begins at exactly 06:30." },
  { kind: "benign", variant: "emphasis", previous: "Never step on the straw bales of the ring.", next: "NEVER step on the straw bales of the ring." },
  { kind: "benign", variant: "list-prose", previous: "Bring a mawashi, a towel and a water bottle to every practice.", next: "Bring these to every practice:\n- a mawashi\n- a towel\n- a water bottle" },
  { kind: "benign", variant: "reorder", previous: "Visitors sit on the benches and keep quiet.", next: "Visitors keep quiet and sit on the benches." },
  { kind: "condition", previous: "You are the coaching assistant for a sumo club. A wrestler may spar only after a full 20-minute warm-up. Injuries are logged the same day.", next: "You are the coaching assistant for a sumo club. A wrestler may spar after a full 20-minute warm-up, or straight away in competition week. Injuries are logged the same day." },
  { kind: "conjunct", previous: "Wrestlers over 100 kg need a heart check and a knee assessment each year.", next: "Wrestlers over 100 kg need a heart check each year." },
  { kind: "drift", previous: "Sweep the ring after every session.", next: "Salt the ring after every session." },
  { kind: "modal", previous: "Coaches must stop a bout when a wrestler's head hits the clay.", next: "Coaches should stop a bout when a wrestler's head hits the clay." },
  { kind: "negation", previous: "Minors do not spar with adult wrestlers.", next: "Minors spar with adult wrestlers." },
  { kind: "number", previous: "Juniors train for no more than 60 minutes a day.", next: "Juniors train for no more than 90 minutes a day." },

  // Domain: taiko drumming group
  { kind: "benign", variant: "reword", previous: "Drummers must wear ear plugs in rehearsals.", next: "Nobody drums in rehearsal with unprotected ears." },
  { kind: "benign", variant: "reword", previous: "You are the bookings assistant for a taiko drumming group in Bristol. We perform at weddings, festivals and corporate events. Stage areas must be at least 6 by 4 metres. Never agree to a booking that ends after 23:00.", next: "You are the bookings assistant for a taiko drumming group in Bristol. Our performances are for weddings, festivals and company events. Anything smaller than 6 by 4 metres is too small a stage area for us. Every booking we agree to is finished by 23:00." },
  { kind: "benign", variant: "spelled-negation", previous: "Students won't play the odaiko without a tutor present.", next: "Students will not play the odaiko without a tutor present." },
  { kind: "benign", variant: "split-join", previous: "Drums are loaded into the van by two people. A third person guides the reversing.", next: "Drums are loaded into the van by two people while a third guides the reversing." },
  { kind: "benign", variant: "stricter", previous: "Members should arrive 15 minutes before a gig.", next: "Members must arrive 45 minutes before a gig." },
  { kind: "obligation", previous: "You are the rehearsal assistant for a taiko drumming group. Rehearsals are held in the church hall on Thursdays. Every member is required to stretch before playing. Bachi are stored in the green box.", next: "You are the rehearsal assistant for a taiko drumming group. Rehearsals are held in the church hall on Thursdays. Every member is invited to stretch before playing. Bachi are stored in the green box." },
  { kind: "order", previous: "Tune the drum skins before the audience arrives.", next: "Tune the drum skins after the audience arrives." },
  { kind: "requirement", previous: "When a drum is damaged, tag it out of use. Tell the equipment officer the same day.", next: "When a drum is damaged, tag it out of use." },
  { kind: "rescope", previous: "Children may not carry the large drums.", next: "Children may not carry the large drums. Those aged 12 and over count as adults for carrying." },
  { kind: "roles", previous: "The lead drummer calls the tempo and the ensemble follows.", next: "The ensemble calls the tempo and the lead drummer follows." },
  { kind: "scope", previous: "All performers wear the group's happi coat on stage.", next: "All lead performers wear the group's happi coat on stage." },

  // Domain: tofu factory
  { kind: "benign", variant: "reword", previous: "Soy milk must not sit at room temperature for more than 2 hours.", next: "Within 2 hours at room temperature, soy milk is either used or chilled." },
  { kind: "benign", variant: "reword", previous: "Visitors may not enter the pressing room.", next: "The pressing room is for staff and nobody else." },
  { kind: "benign", variant: "units", previous: "Curd is pressed for 20 minutes.", next: "Curd is pressed for a third of an hour." },
  { kind: "benign", variant: "voice", previous: "You are the production assistant for a tofu factory in Leeds. The night shift soaks the soybeans for 12 hours. The supervisor checks the nigari dose on every batch. Operators wash down the pressing tables at the end of each shift. Staff wear blue gloves in the packing area.", next: "You are the production assistant for a tofu factory in Leeds. The soybeans are soaked for 12 hours by the night shift. The nigari dose on every batch is checked by the supervisor. The pressing tables are washed down by operators at the end of each shift. Blue gloves are worn by staff in the packing area." },
  { kind: "benign", variant: "abbreviation", previous: "Log the water temperature in degrees Celsius.", next: "Log the water temp. in °C." },
  { kind: "entity", previous: "You are the quality assistant for a tofu factory. Every batch is tested for listeria. Positive results go to the technical manager at once. Held stock is marked with red tape and moved to the quarantine cage. The lab report is kept for 3 years.", next: "You are the quality assistant for a tofu factory. Every batch is tested for listeria. Positive results go to the shift supervisor at once. Held stock is marked with red tape and moved to the quarantine cage. The lab report is kept for 3 years." },
  { kind: "reference", previous: "Cleaning follows schedule CS-04.", next: "Cleaning follows schedule CS-07." },
  { kind: "tone", tone: "helpful", previous: "When a shop reports a swollen pack, thank them and arrange a collection the same day.", next: "When a shop reports a swollen pack, tell them they probably stored it wrong and arrange a collection the same day." },
  { kind: "condition", previous: "Stop the line whenever the metal detector alarm sounds.", next: "Stop the line when the metal detector alarm sounds twice in a row." },
  { kind: "conjunct", previous: "Each pack label shows the batch code, the use-by date and the allergen box.", next: "Each pack label shows the batch code and the use-by date." },
  { kind: "drift", previous: "Label every tray with the pressing time.", next: "Label every tray with the packing line." },

  // Domain: tulip bulb grower
  { kind: "benign", variant: "reword", previous: "Bulbs from different varieties must never be stored in the same crate.", next: "Each crate holds bulbs of a single variety." },
  { kind: "benign", variant: "reword", previous: "Pickers may not take flowers home.", next: "Flowers stay on the farm; pickers go home without them." },
  { kind: "benign", variant: "list-prose", previous: "You are the orders assistant for a tulip bulb grower in Lisse. Every export order needs:\n- a phytosanitary certificate\n- a packing list\n- the customer's import permit\nBulbs ship from September to November.", next: "You are the orders assistant for a tulip bulb grower in Lisse. Every export order needs a phytosanitary certificate, a packing list and the customer's import permit. Bulbs ship from September to November." },
  { kind: "benign", variant: "reorder", previous: "Bulbs are graded by size and by colour.", next: "Bulbs are graded by colour and by size." },
  { kind: "benign", variant: "spelled-negation", previous: "Sprayers aren't used when the wind is over 15 km/h.", next: "Sprayers are not used when the wind is over 15 km/h." },
  { kind: "modal", previous: "You are the field assistant for a tulip bulb grower with 40 hectares near Lisse. Workers must pull out any plant showing tulip fire at once. Rows are walked twice a week in April and once a week in May.", next: "You are the field assistant for a tulip bulb grower with 40 hectares near Lisse. Workers should pull out any plant showing tulip fire at once. Rows are walked twice a week in April and once a week in May." },
  { kind: "negation", previous: "Diseased bulbs are not composted.", next: "Diseased bulbs are composted." },
  { kind: "number", previous: "The bulb store is kept at 17°C.", next: "The bulb store is kept at 23°C." },
  { kind: "obligation", previous: "Growers must register every new variety with the KAVB.", next: "Growers may register every new variety with the KAVB." },
  { kind: "order", previous: "Dip the bulbs in hot water before they go into storage.", next: "Dip the bulbs in hot water after they come out of storage." },
  { kind: "requirement", previous: "Visitors disinfect their boots at the gate. They keep to the grass paths between the fields.", next: "Visitors disinfect their boots at the gate." },

  // Domain: unicycle hockey club
  { kind: "benign", variant: "reword", previous: "Players must be mounted to play the ball.", next: "A player who is off the unicycle leaves the ball alone." },
  { kind: "benign", variant: "reword", previous: "You are the league assistant for a unicycle hockey club in Hamburg. Teams play five a side. Every player must wear a helmet and wrist guards. Do not schedule matches on sports-hall floors that are wet.", next: "You are the league assistant for a unicycle hockey club in Hamburg. A side has five players. Helmets and wrist guards are compulsory kit for all players. Matches are scheduled only on dry sports-hall floors." },
  { kind: "benign", variant: "split-join", previous: "Sticks must be taped at the blade. Metal sticks are banned.", next: "Sticks must be taped at the blade, and metal sticks are banned." },
  { kind: "benign", variant: "stricter", previous: "Junior sessions should have one coach per 10 players.", next: "Junior sessions must have one coach per 6 players." },
  { kind: "benign", variant: "units", previous: "A match lasts two halves of 15 minutes.", next: "A match lasts two halves of a quarter of an hour each." },
  { kind: "rescope", previous: "You are the safety assistant for a unicycle hockey club in Hamburg-Altona. Training is on Mondays from 19:00 to 21:00 in the Bahrenfeld sports hall. No one may play without a helmet. Spare helmets are in the kit bag.", next: "You are the safety assistant for a unicycle hockey club in Hamburg-Altona. Training is on Mondays from 19:00 to 21:00 in the Bahrenfeld sports hall. No one may play without a helmet. Spare helmets are in the kit bag. Goalkeepers may take theirs off between saves." },
  { kind: "roles", previous: "The referee warns players and the captain reports each warning to the league.", next: "The captain warns players and the referee reports each warning to the league." },
  { kind: "scope", previous: "All members need club insurance before training.", next: "Adult members need club insurance before training." },
  { kind: "entity", previous: "Tournament entries are approved by the national unicycling federation.", next: "Tournament entries are approved by the club treasurer." },
  { kind: "reference", previous: "Use chapter 8 of the IUF rulebook for hockey rules.", next: "Use chapter 3 of the IUF rulebook for hockey rules." },
  { kind: "tone", tone: "friendly", previous: "If a newcomer falls often, cheer them on and suggest the beginners' session.", next: "If a newcomer falls often, tell them they are wasting the team's time and suggest the beginners' session." },

  // Domain: vermiculture worm farm
  { kind: "benign", variant: "reword", previous: "Bins must never be left in direct sun.", next: "Bins are always kept in the shade." },
  { kind: "benign", variant: "reword", previous: "You are the customer assistant for a vermiculture worm farm in Adelaide. Worms are posted on Mondays only, so they do not sit in a depot over the weekend. Each order holds 1,000 composting worms. Do not post worms when the forecast is above 35°C. Refunds are given for dead worms reported within 48 hours.", next: "You are the customer assistant for a vermiculture worm farm in Adelaide. Monday is the one posting day, which keeps worms out of weekend depots. An order is 1,000 composting worms. On days forecast to go over 35°C, worms stay at the farm. Report dead worms within 48 hours and the cost is refunded." },
  { kind: "benign", variant: "voice", previous: "The farm manager tests every bed for pH each week.", next: "Every bed is tested for pH each week by the farm manager." },
  { kind: "benign", variant: "abbreviation", previous: "Worm castings are sold in 10 kilogram bags.", next: "Worm castings are sold in 10 kg bags." },
  { kind: "benign", variant: "emphasis", previous: "Do not feed citrus peel to the worms.", next: "Do not feed citrus peel to the worms - ever." },
  { kind: "number", previous: "You are the workshop assistant for a vermiculture worm farm. Composting workshops run on Saturday mornings in the big shed behind the farm shop. Each starter kit includes:\n- a two-tray bin\n- 500 worms\n- a bag of bedding\nWorkshops take at most 12 people. Children under 8 come free.", next: "You are the workshop assistant for a vermiculture worm farm. Composting workshops run on Saturday mornings in the big shed behind the farm shop. Each starter kit includes:\n- a two-tray bin\n- 500 worms\n- a bag of bedding\nWorkshops take at most 20 people. Children under 8 come free." },
  { kind: "condition", previous: "Move the worms to a fresh bed when the castings reach the top tray.", next: "Move the worms to a fresh bed when the castings overflow the top tray." },
  { kind: "conjunct", previous: "Feed scraps must be chopped, free of meat and free of dairy.", next: "Feed scraps must be chopped and free of meat." },
  { kind: "drift", previous: "Sieve the castings before they are bagged.", next: "Weigh the castings before they are bagged." },
  { kind: "modal", previous: "Staff must wear gloves when handling castings.", next: "Staff should wear gloves when handling castings." },
  { kind: "negation", previous: "Beds that smell of ammonia are not fed until they recover.", next: "Beds that smell of ammonia are fed until they recover." },

  // Domain: vinegar brewery
  { kind: "benign", variant: "reword", previous: "Our mother of vinegar must not be shared with other breweries.", next: "Our mother of vinegar stays in this brewery." },
  { kind: "benign", variant: "reword", previous: "You are the shop assistant for a vinegar brewery in Modena. Balsamic aged under 12 years may not be sold as tradizionale. Tastings are free for groups of up to six.", next: "You are the shop assistant for a vinegar brewery in Modena. To be sold as tradizionale, a balsamic must have aged at least 12 years. Groups of six or fewer taste free of charge." },
  { kind: "benign", variant: "list-prose", previous: "Each barrel label shows:\n- the fill date\n- the wood\n- the batch number", next: "Each barrel label shows the fill date, the wood and the batch number." },
  { kind: "benign", variant: "reorder", previous: "Check the acidity and taste the batch before bottling.", next: "Taste the batch and check the acidity before bottling." },
  { kind: "benign", variant: "spelled-negation", previous: "Bottles that aren't sealed can't leave the cellar.", next: "Bottles that are not sealed cannot leave the cellar." },
  { kind: "obligation", previous: "You are the cellar assistant for a vinegar brewery that ages balsamic in cherry, oak and juniper barrels. Cellar staff must top up the barrels each autumn. Visitors on the cellar tour stay behind the rope at all times.", next: "You are the cellar assistant for a vinegar brewery that ages balsamic in cherry, oak and juniper barrels. Cellar staff may top up the barrels each autumn. Visitors on the cellar tour stay behind the rope at all times." },
  { kind: "order", previous: "Filter the vinegar before it is pasteurised.", next: "Filter the vinegar after it is pasteurised." },
  { kind: "requirement", previous: "When a barrel leaks, move its contents to a clean barrel. Record the transfer in the cellar book.", next: "When a barrel leaks, move its contents to a clean barrel." },
  { kind: "rescope", previous: "No added caramel may be used in any product.", next: "No added caramel may be used in any product. A little caramel is fine in the cooking vinegar." },
  { kind: "roles", previous: "The cellar master samples each barrel and the lab tests the samples.", next: "The lab samples each barrel and the cellar master tests the samples." },
  { kind: "scope", previous: "Every bottle carries a lot number.", next: "Every export bottle carries a lot number." },

  // Domain: walnut orchard
  { kind: "benign", variant: "reword", previous: "Shaker operators may not work within 20 metres of a picker on foot.", next: "Pickers on foot are kept 20 metres or more away from any working shaker." },
  { kind: "benign", variant: "reword", tone: "patient", previous: "You are the visitor assistant for a walnut orchard in the Dordogne. Explain the harvest patiently to families, however many times they ask. Picking is allowed only in the marked rows. Nuts picked by visitors are weighed at the shop.", next: "You are the visitor assistant for a walnut orchard in the Dordogne. However often families ask about the harvest, take the time to explain it calmly. Visitors pick in the marked rows and nowhere else. The shop weighs whatever nuts visitors have picked." },
  { kind: "benign", variant: "split-join", previous: "Nuts are hulled within 24 hours of harvest and dried to 8% moisture.", next: "Nuts are hulled within 24 hours of harvest. They are then dried to 8% moisture." },
  { kind: "benign", variant: "stricter", previous: "Keep dogs on a lead in the orchard.", next: "Dogs are not allowed in the orchard at all." },
  { kind: "benign", variant: "units", previous: "The dryers run at 40°C.", next: "The dryers run at 104°F." },
  { kind: "entity", previous: "You are the spraying assistant for a walnut orchard. Spraying is done before 09:00, and never on days with wind above 10 km/h. Only the certified spray operator may mix pesticides. Empty containers go back to the supplier.", next: "You are the spraying assistant for a walnut orchard. Spraying is done before 09:00, and never on days with wind above 10 km/h. Only the orchard foreman may mix pesticides. Empty containers go back to the supplier." },
  { kind: "reference", previous: "Harvested lots are recorded on form H2.", next: "Harvested lots are recorded on form H5." },
  { kind: "tone", tone: "polite", previous: "Ask visitors politely not to climb the trees.", next: "Tell visitors off sharply for climbing the trees, as if they had no sense." },
  { kind: "condition", previous: "Pause the shaker if anyone enters the row.", next: "Pause the shaker if anyone enters the row and stays longer than a minute." },
  { kind: "conjunct", previous: "Pickers wear gloves, boots and a hard hat near the shaker.", next: "Pickers wear gloves and boots near the shaker." },
  { kind: "drift", previous: "Store dried nuts in the cold room.", next: "Store wet nuts in the drying room." },

  // Domain: wasabi farm
  { kind: "benign", variant: "reword", previous: "Visitors must not step into the growing beds.", next: "Visitors keep their feet on the paths, out of the growing beds." },
  { kind: "benign", variant: "reword", previous: "Only grated wasabi that is less than 15 minutes old may be served.", next: "Grated wasabi is thrown away once it is 15 minutes old." },
  { kind: "benign", variant: "voice", previous: "The head grower checks the spring water temperature daily.", next: "The spring water temperature is checked daily by the head grower." },
  { kind: "benign", variant: "abbreviation", previous: "Rhizomes are shipped by overnight courier within the United Kingdom.", next: "Rhizomes are shipped by overnight courier within the UK." },
  { kind: "benign", variant: "emphasis", previous: "You are the tour assistant for a wasabi farm in Hampshire. Tours run on Saturdays at 11:00. Each tour takes up to 15 guests. Guests must not pick any plants. Tastings follow the tour.", next: "You are the tour assistant for a wasabi farm in Hampshire. Tours run on Saturdays at 11:00. Each tour takes up to 15 guests. Guests must **not** pick any plants. Tastings follow the tour." },
  { kind: "modal", previous: "You are the growing assistant for a wasabi farm. The beds are fed by spring water. Growers must keep the shade cloth over the beds from May to September. Slugs are picked off by hand. Harvests take place all year.", next: "You are the growing assistant for a wasabi farm. The beds are fed by spring water. Growers should keep the shade cloth over the beds from May to September. Slugs are picked off by hand. Harvests take place all year." },
  { kind: "negation", previous: "Rhizomes with black rot are not sold.", next: "Rhizomes with black rot are sold." },
  { kind: "number", previous: "Rhizomes are harvested after 18 months in the beds.", next: "Rhizomes are harvested after 12 months in the beds." },
  { kind: "obligation", previous: "Chefs buying wholesale are required to collect in a chilled box.", next: "Chefs buying wholesale may collect in a chilled box." },
  { kind: "order", previous: "Wash each rhizome before it is weighed.", next: "Wash each rhizome after it is weighed." },
  { kind: "requirement", previous: "Every shipment is wrapped in damp paper. It is sent with an ice pack.", next: "Every shipment is wrapped in damp paper." },

  // Domain: windsurfing school
  { kind: "benign", variant: "reword", previous: "Beginners may not sail beyond the yellow buoys.", next: "Beginners keep inside the line of yellow buoys." },
  { kind: "benign", variant: "reword", previous: "You are the bookings assistant for a windsurfing school on Lake Garda. Lessons for under-14s need a parent on site. Never book a lesson when the wind forecast is above 20 knots.", next: "You are the bookings assistant for a windsurfing school on Lake Garda. A parent has to be at the school throughout any under-14 lesson. Lessons are booked only for forecasts of 20 knots or less." },
  { kind: "benign", variant: "list-prose", previous: "Students must wear a wetsuit, a buoyancy aid and a helmet.", next: "Students must wear:\n- a wetsuit\n- a buoyancy aid\n- a helmet" },
  { kind: "benign", variant: "reorder", previous: "Rinse the sails and hang up the wetsuits after each lesson.", next: "Hang up the wetsuits and rinse the sails after each lesson." },
  { kind: "benign", variant: "spelled-negation", previous: "Instructors can't leave the rescue boat unattended.", next: "Instructors cannot leave the rescue boat unattended." },
  { kind: "rescope", previous: "You are the safety assistant for a windsurfing school on the north shore of Lake Neusiedl. No student sails without an instructor on the water. The rescue boat stays fuelled and moored at the end of the jetty.", next: "You are the safety assistant for a windsurfing school on the north shore of Lake Neusiedl. No student sails without an instructor on the water. Returning students may sail alone in light winds. The rescue boat stays fuelled and moored at the end of the jetty." },
  { kind: "roles", previous: "Instructors rig the boards for students in their first lesson.", next: "Students rig the boards for instructors in their first lesson." },
  { kind: "scope", previous: "Every student must pass a 50-metre swim test.", next: "Every child must pass a 50-metre swim test." },
  { kind: "entity", previous: "Rescue calls go to the lake coastguard first.", next: "Rescue calls go to the school office first." },
  { kind: "reference", previous: "Instructors teach to the RYA Start Windsurfing syllabus.", next: "Instructors teach to the RYA Intermediate Windsurfing syllabus." },
  { kind: "tone", tone: "encouraging", previous: "When a student keeps falling in, tell them everyone does at first and show the stance again.", next: "When a student keeps falling in, tell them they are not trying and show the stance again." },

  // Domain: yew topiary garden
  { kind: "benign", variant: "reword", previous: "Clippings must not be left where animals can eat them, because yew is poisonous.", next: "Yew is poisonous, so every clipping is cleared out of reach of animals." },
  { kind: "benign", variant: "reword", previous: "You are the visitor assistant for a yew topiary garden in Cumbria. The garden opens from March to October. Children must be kept off the hedges. Picnics are allowed only on the east lawn.", next: "You are the visitor assistant for a yew topiary garden in Cumbria. Between March and October the garden is open. No child climbs on or into the hedges. The east lawn is the one place for a picnic." },
  { kind: "benign", variant: "split-join", previous: "Gardeners clip the peacocks in August and tie in new growth in spring.", next: "Gardeners clip the peacocks in August. They tie in new growth in spring." },
  { kind: "benign", variant: "stricter", previous: "Ladders over 3 metres need a second person.", next: "Ladders over 2 metres need a second person." },
  { kind: "benign", variant: "units", previous: "Keep hedge cutters at least 30 cm from the trunk.", next: "Keep hedge cutters at least 300 mm from the trunk." },
  { kind: "modal", previous: "You are the gardening assistant for a yew topiary garden. Clipping starts in late August. Gardeners must check for nesting birds before cutting. Tools are cleaned each evening.", next: "You are the gardening assistant for a yew topiary garden. Clipping starts in late August. Gardeners should check for nesting birds before cutting. Tools are cleaned each evening." },
  { kind: "condition", previous: "Stop clipping if it starts to rain.", next: "Stop clipping if heavy rain sets in." },
  { kind: "conjunct", previous: "Wear gloves, long sleeves and eye protection when clipping yew.", next: "Wear gloves and long sleeves when clipping yew." },
  { kind: "drift", previous: "Feed the hedges with seaweed in April.", next: "Mulch the hedges with bark in April." },
  { kind: "negation", previous: "Visitors are not allowed to take cuttings.", next: "Visitors are allowed to take cuttings." },
  { kind: "number", previous: "Each shape is cut back by no more than 5 cm a year.", next: "Each shape is cut back by no more than 15 cm a year." },

  // Domain: zero-gravity parabolic flights
  { kind: "benign", variant: "reword", previous: "Passengers may not bring loose objects into the cabin.", next: "Anything a passenger brings into the cabin is zipped into a pocket or stowed." },
  { kind: "benign", variant: "reword", previous: "You are the booking assistant for zero-gravity parabolic flights from Bordeaux. Each flight makes 15 parabolas. Passengers must be at least 18 years old. A medical certificate dated within the last 6 months is required. Do not sell seats to anyone who is pregnant.", next: "You are the booking assistant for zero-gravity parabolic flights from Bordeaux. A flight consists of 15 parabolas. Nobody under 18 flies with us. Passengers bring a medical certificate no older than 6 months. Seats are sold only to passengers who are not pregnant." },
  { kind: "benign", variant: "voice", previous: "The flight coach briefs every passenger on the morning of the flight.", next: "Every passenger is briefed by the flight coach on the morning of the flight." },
  { kind: "benign", variant: "abbreviation", previous: "Passengers take an anti-nausea tablet approximately one hour before boarding.", next: "Passengers take an anti-nausea tablet approx. one hour before boarding." },
  { kind: "benign", variant: "emphasis", previous: "Stay strapped in during the pull-out.", next: "Stay strapped in during the pull-out - no exceptions." },
  { kind: "obligation", previous: "You are the safety assistant for zero-gravity parabolic flights. Passengers check in 3 hours before take-off. Every passenger has to:\n- attend the safety briefing\n- wear the flight suit\n- sign the liability form\nCoaches float with the passengers. Photos are sent after the flight.", next: "You are the safety assistant for zero-gravity parabolic flights. Passengers check in 3 hours before take-off. Every passenger is encouraged to:\n- attend the safety briefing\n- wear the flight suit\n- sign the liability form\nCoaches float with the passengers. Photos are sent after the flight." },
  { kind: "order", previous: "Passengers unstrap after the pilot calls the first parabola.", next: "Passengers unstrap before the pilot calls the first parabola." },
  { kind: "requirement", previous: "After landing, collect the sick bags. Check every seat for loose items.", next: "After landing, collect the sick bags." },
  { kind: "rescope", previous: "No cameras may be used during the first parabola.", next: "No cameras may be used during the first parabola. Passengers with a head-mounted camera may film throughout." },
  { kind: "roles", previous: "The coach signals when the passenger may let go of the strap.", next: "The passenger signals when the coach may let go of the strap." },
  { kind: "scope", previous: "Every passenger must hand in their phone before boarding.", next: "Every passenger in the front rows must hand in their phone before boarding." },
];
