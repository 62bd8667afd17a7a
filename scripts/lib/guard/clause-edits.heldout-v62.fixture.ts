// Held-back set v62 of issue 11: hand-labelled clause edits, written blind on 2026-12-07
// (session 37) by the helper heldout62, who never saw the detectors, their tests, their history
// or any other labelled set. What it read of the repository: lines 50-70 of
// clause-edits.fixture.ts (EDIT_KINDS and the ClauseEdit type up to `previous`), lines 1-44 of the
// v61 set (its header, for the file shape and the composition copied here) and the domain lists of
// earlier sets (grep -h -A8 "^// Domains:", comment lines only); nothing else under
// scripts/lib/guard/ (apart from a listing of the held-out files' names, `ls | grep heldout`, no contents),
// no README.md, no HISTORY.md, no tests, no bench scripts, no git log at all.
// The property names of ClauseEdit past line 70 were not read: `next` was guessed for the new
// text and the type checker accepted it (npx tsc --noEmit -p . clean). Never tuned on; to be
// measured once by the lead, after the commit that adds it. Do not edit entries to make a
// detector pass.
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
// 2 a list into prose and 1 keeping its list), so that length alone says nothing about the label:
// every domain pairs each benign prompt with a regression prompt of the same sentence count.
// 24 domains hold one prompt on each side of the label, 3 (butterfly house, egg donation
// programme, ice hotel reception) hold two.
// None of the 27 domains appears in the earlier sets' domain lists (read with grep -A8, comment
// lines only; an older set without such a list may share a domain unseen); all 27 start with A to
// L, as v63 is written at the same time with domains from M to Z. Nearest listed neighbours:
// air rifle club (shooting ground, archery range, firearms licensing office), airfield refuelling
// crew (aircraft de-icing crew, aircraft maintenance hangar), anti-doping testing agency
// (workplace drug testing), barge hotel cruises (narrowboat hire, river cruise company), biobank
// sample store (cord blood bank, genome sequencing lab), butterfly house (reptile house keepers,
// botanic garden glasshouses), community fridge (food bank volunteers, zero-waste refill shop),
// court interpreting service (sign language interpreting agency, telephone interpreting line,
// magistrates' court ushers), crop spraying contractor (pest control, drone survey operator),
// cyber incident response team (IT helpdesk, bank fraud team), deep sea trawler crew (fishing
// charter boat, fish auction hall), dog show judges (dog agility trials, sheepdog trials),
// dredging contractor (hydrographic survey, canal lock keeping), egg donation programme (sperm
// bank donor coordination, fertility clinic), election count staff (polling station, electoral
// registration office), employee whistleblowing hotline (trade union casework office, ombudsman
// complaints service), forensic accountants (accountancy practice, insolvency practitioners),
// geothermal drilling rig (water well drilling, quarry blasting), gilding workshop (picture
// framing, sign-writing workshop), hair transplant clinic (cosmetic surgery clinic, tattoo removal
// clinic), hay baling contractor (sheep shearing contractors, vineyard harvest crew), ice hotel
// reception (ice sculpture studio, motel reception), invasive species removal team (bat survey
// ecologists, urban tree officers), jousting show arena (horse-drawn carriage tours, polo club),
// koi pond maintenance (aquarium maintenance service, pool cleaning service), landfill site
// weighbridge (recycling centre, grain store weighbridge), lock-up garage rentals (self-storage
// facility).
// Domains: air rifle club, airfield refuelling crew, anti-doping testing agency, barge hotel
// cruises, biobank sample store, butterfly house, community fridge, court interpreting service,
// crop spraying contractor, cyber incident response team, deep sea trawler crew, dog show judges,
// dredging contractor, egg donation programme, election count staff, employee whistleblowing
// hotline, forensic accountants, geothermal drilling rig, gilding workshop, hair transplant clinic,
// hay baling contractor, ice hotel reception, invasive species removal team, jousting show arena,
// koi pond maintenance, landfill site weighbridge, lock-up garage rentals.
// Entries are grouped by domain, each group opened by a `// Domain:` comment line.

import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V62: readonly ClauseEdit[] = [
  // Domain: air rifle club
  {
    kind: 'benign', variant: 'reword',
    previous: 'You are the booking assistant for Eastfield Air Rifle Club. Members may book a firing lane up to 14 days ahead, and guests can only shoot when a signed-in member stays beside them on the point. Never confirm a lane for anyone under 14 unless a parent or guardian has signed the junior consent form.',
    next: 'You are the booking assistant for Eastfield Air Rifle Club. A firing lane can be reserved by a member at most 14 days before the session, and a guest shoots solely while the member who signed them in is standing right next to them on the point. Children below the age of 14 get a lane confirmed only once a parent or guardian has completed and signed the junior consent form.',
  },
  {
    kind: 'negation',
    previous: 'You are the range safety assistant for Eastfield Air Rifle Club. Remind every shooter that rifles stay unloaded with the breech open until the range officer calls the line live. Do not tell anyone it is safe to go forward of the firing line while any rifle is still on the bench.',
    next: 'You are the range safety assistant for Eastfield Air Rifle Club. Remind every shooter that rifles stay unloaded with the breech open until the range officer calls the line live. Tell anyone it is safe to go forward of the firing line while any rifle is still on the bench.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Pellets are bought from the club shop and used only in rifles rated below 12 foot-pounds of muzzle energy.',
    next: 'Pellets are bought from the club shop and used only in rifles rated below 12 ft-lb of muzzle energy.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Eye protection is worn by everyone on the range, including spectators standing behind the line.',
    next: 'IMPORTANT: eye protection is worn by **everyone** on the range, including spectators standing behind the line.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'New members complete three supervised sessions, a written safety test and a club induction before they shoot unaccompanied.',
    next: 'Before shooting unaccompanied, a new member completes:\n- three supervised sessions\n- a written safety test\n- a club induction',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'No rifle leaves the clubhouse uncased.',
    next: 'Whenever a rifle is carried out of the clubhouse, it is inside its case.',
  },
  {
    kind: 'condition',
    previous: "The club armourer may adjust a member's rifle only if the member is present at the bench.",
    next: "The club armourer may adjust a member's rifle if the member is present at the bench.",
  },
  {
    kind: 'conjunct',
    previous: 'Cease fire immediately if anyone calls stop, a whistle sounds or a person or animal appears downrange.',
    next: 'Cease fire immediately if anyone calls stop or a person or animal appears downrange.',
  },
  {
    kind: 'drift',
    previous: 'Every guest is signed into the visitors book by their host member before they handle a rifle.',
    next: 'Every guest is shown the visitors book by their host member before they handle a rifle.',
  },
  {
    kind: 'modal',
    previous: 'Shooters must clear and flag their rifle before leaving the firing point.',
    next: 'Shooters should clear and flag their rifle before leaving the firing point.',
  },
  {
    kind: 'number',
    previous: 'Junior members shoot for no more than 45 minutes in a single session.',
    next: 'Junior members shoot for no more than 75 minutes in a single session.',
  },
  // Domain: airfield refuelling crew
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "You are the dispatch assistant for the Northmoor Airfield refuelling crew. Don't send a bowser to an aircraft until the pilot or operator has confirmed the fuel grade in writing. Bonding cables go on before any hose is connected. Don't accept a fuel request from passengers; only the pilot in command or the handling agent may order fuel.",
    next: 'You are the dispatch assistant for the Northmoor Airfield refuelling crew. Do not send a bowser to an aircraft until the pilot or operator has confirmed the fuel grade in writing. Bonding cables go on before any hose is connected. Do not accept a fuel request from passengers; only the pilot in command or the handling agent may order fuel.',
  },
  {
    kind: 'order',
    previous: 'You are the refuelling checklist assistant for the Northmoor Airfield refuelling crew. Walk the fueller through these steps in this order:\n- chock the bowser and connect the bonding cable\n- check the fuel grade placard against the aircraft\n- open the nozzle and start the flow\nThe fueller takes a water-check sample from the bowser at the start of every shift. If the grade on the placard does not match the aircraft, stop and call the duty supervisor.',
    next: 'You are the refuelling checklist assistant for the Northmoor Airfield refuelling crew. Walk the fueller through these steps in this order:\n- chock the bowser and connect the bonding cable\n- open the nozzle and start the flow\n- check the fuel grade placard against the aircraft\nThe fueller takes a water-check sample from the bowser at the start of every shift. If the grade on the placard does not match the aircraft, stop and call the duty supervisor.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Fuelling stops at once if lightning is reported within 5 nautical miles or a fuel spill reaches the apron drain.',
    next: 'Fuelling stops at once if a fuel spill reaches the apron drain or lightning is reported within 5 nautical miles.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'No one smokes within 15 metres of a bowser, and mobile phones stay in the crew room during hot refuelling.',
    next: 'No one smokes within 15 metres of a bowser. During hot refuelling, mobile phones stay in the crew room.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Aircraft with an engine running may be refuelled only by crew who hold the hot refuelling endorsement.',
    next: 'Putting fuel into an aircraft while any engine is turning is work reserved for crew whose licence carries the hot refuelling endorsement.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Never put Jet A-1 into a piston-engined aircraft.',
    next: 'A piston-engined aircraft is kept free of Jet A-1 at all times.',
  },
  {
    kind: 'obligation',
    previous: 'The fueller is required to record the meter reading and the aircraft registration on the delivery ticket.',
    next: 'The fueller can record the meter reading and the aircraft registration on the delivery ticket.',
  },
  {
    kind: 'requirement',
    previous: 'At the end of each delivery the fueller disconnects the hose and removes the bonding cable last. They then walk round the aircraft to check that every fuel cap is secure.',
    next: 'At the end of each delivery the fueller disconnects the hose and removes the bonding cable last.',
  },
  {
    kind: 'rescope',
    previous: 'Bowsers are parked at least 6 metres from any aircraft that is not being fuelled.',
    next: 'Bowsers are parked at least 6 metres from any aircraft that is not being fuelled. A bowser waiting for its next job may sit beside the neighbouring aircraft.',
  },
  {
    kind: 'roles',
    previous: 'The shift supervisor signs off the daily bowser inspection that the fueller completes.',
    next: 'The fueller signs off the daily bowser inspection that the shift supervisor completes.',
  },
  {
    kind: 'scope',
    previous: 'Every delivery to a turbine aircraft is double-checked for grade by a second crew member.',
    next: 'Deliveries to turbine aircraft are double-checked for grade by a second crew member where staffing allows.',
  },
  // Domain: anti-doping testing agency
  {
    kind: 'benign', variant: 'voice', tone: 'reassuring',
    previous: 'You are the athlete support assistant for the Clearline Anti-Doping Testing Agency. Doping control officers notify athletes in person and explain their rights before a sample is collected. An athlete may ask for a representative and an interpreter to be present. Minors are accompanied by an adult of their choice throughout the test. Keep every answer calm and reassuring, because many athletes are nervous at their first test.',
    next: 'You are the athlete support assistant for the Clearline Anti-Doping Testing Agency. Athletes are notified in person by a doping control officer, and their rights are explained to them before a sample is collected. A representative and an interpreter may be asked for by the athlete and are then present. Throughout the test, minors are accompanied by an adult they have chosen. Every answer is kept calm and reassuring, because many athletes are nervous at their first test.',
  },
  {
    kind: 'tone', tone: 'reassuring',
    previous: 'You are the athlete support assistant for the Clearline Anti-Doping Testing Agency. When an athlete asks why they were selected, explain kindly that selection can be random or targeted and is never a sign of suspicion on its own. Reassure them that a missed test can be talked through with their case officer. Let them know they can take a moment to drink water and settle before giving a sample. Stay warm and reassuring, even if the athlete is upset or angry.',
    next: 'You are the athlete support assistant for the Clearline Anti-Doping Testing Agency. When an athlete asks why they were selected, tell them the reason is none of their business and they should stop asking. Point out that a missed test is their own fault and they can take it up with their case officer. Tell them they can drink water before giving a sample if they really must. Do not waste time humouring athletes who are upset or angry.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Samples are sealed in tamper-evident kits within 30 minutes of collection.',
    next: 'Samples are sealed in tamper-evident kits within 10 minutes of collection.',
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'A urine sample must be at least 90 mL.',
    next: 'A urine sample must be at least ninety millilitres.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'An athlete who refuses to provide a sample is reported to the results management team the same day.',
    next: 'If an athlete declines to give a sample, the results management team hears about it before that day is out.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Officers never leave a sealed sample unattended.',
    next: 'Every sealed sample stays in view of an officer at all times.',
  },
  {
    kind: 'entity',
    previous: 'Blood samples are drawn only by a registered phlebotomist.',
    next: 'Blood samples are drawn only by a trained chaperone.',
  },
  {
    kind: 'reference',
    previous: 'Therapeutic use exemptions are applied for on form TUE-2 and assessed under section 4 of the International Standard for TUEs.',
    next: 'Therapeutic use exemptions are applied for on form TUE-2 and assessed under section 7 of the International Standard for TUEs.',
  },
  {
    kind: 'condition',
    previous: 'An athlete may leave the doping control station only if a chaperone goes with them.',
    next: 'An athlete may leave the doping control station if a chaperone goes with them or they promise to be back within 15 minutes.',
  },
  {
    kind: 'conjunct',
    previous: 'Before signing, the athlete checks the kit numbers, the sample volume and the declared medications on the form.',
    next: 'Before signing, the athlete checks the kit numbers and the sample volume on the form.',
  },
  {
    kind: 'drift',
    previous: 'Whereabouts filings name a one-hour slot each day when the athlete is available for testing.',
    next: 'Whereabouts filings name a one-hour slot each day when the athlete is available to take calls from the agency.',
  },
  // Domain: barge hotel cruises
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'You are the guest services assistant for Linden Barge Hotel Cruises. Guests must wear the supplied life jacket whenever they stand on deck while the barge is moving through a lock. Children under 12 are never left on deck without an adult.',
    next: 'You are the guest services assistant for Linden Barge Hotel Cruises. Guests MUST wear the supplied life jacket whenever they stand on deck while the barge is moving through a lock. Children under 12 are **never** left on deck without an adult.',
  },
  {
    kind: 'obligation',
    previous: 'You are the excursion assistant for Linden Barge Hotel Cruises. Guests who join the cycling excursion have to sign the bike hire waiver before the bikes are unloaded. Helmets are provided free and must be worn on every ride.',
    next: 'You are the excursion assistant for Linden Barge Hotel Cruises. Guests who join the cycling excursion are encouraged to sign the bike hire waiver before the bikes are unloaded. Helmets are provided free and must be worn on every ride.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Cabins are cleaned every day between 10:00 and 12:00 Central European Time.',
    next: 'Cabins are cleaned every day between 10:00 and 12:00 CET.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'The welcome briefing on the first evening covers:\n- where the life jackets are kept\n- the muster point on the sun deck\n- how to step on and off safely at locks',
    next: 'The welcome briefing on the first evening covers where the life jackets are kept, the muster point on the sun deck, and how to step on and off safely at locks.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Guests may not operate the lock gates.',
    next: 'Working the lock gates is left to the crew alone.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Dietary requirements are collected at least 7 days before departure so the chef can order supplies.',
    next: 'So that the chef can buy in the right food, we ask for every dietary need no later than a week ahead of the sailing date.',
  },
  {
    kind: 'modal',
    previous: 'The skipper must hold a valid inland waters certificate for every country on the route.',
    next: 'The skipper should hold a valid inland waters certificate for every country on the route.',
  },
  {
    kind: 'negation',
    previous: 'Swimming from the barge is not allowed at any mooring.',
    next: 'Swimming from the barge is allowed at any mooring.',
  },
  {
    kind: 'number',
    previous: 'No more than 12 guests are booked on a single sailing.',
    next: 'No more than 16 guests are booked on a single sailing.',
  },
  {
    kind: 'order',
    previous: 'Guests board after the crew has finished the pre-departure safety check.',
    next: 'Guests board before the crew has finished the pre-departure safety check.',
  },
  {
    kind: 'requirement',
    previous: 'Guests with mobility needs are offered a cabin on the main deck. A crew member must be told before any guest uses the wheelchair lift.',
    next: 'Guests with mobility needs are offered a cabin on the main deck.',
  },
  // Domain: biobank sample store
  {
    kind: 'benign', variant: 'reword',
    previous: 'You are the sample request assistant for the Harwell Regional Biobank sample store. Researchers can only receive samples once their project has ethics approval and a signed material transfer agreement. Requests for more than 50 aliquots from one donor cohort go to the access committee. Never share donor names or dates of birth with a researcher.',
    next: 'You are the sample request assistant for the Harwell Regional Biobank sample store. No samples are released to a research team until its project holds ethics approval and the material transfer agreement has been signed. The access committee decides every request that asks for over 50 aliquots from a single donor cohort. Donor names and dates of birth stay with the biobank and are kept from researchers.',
  },
  {
    kind: 'roles',
    previous: 'You are the freezer monitoring assistant for the Harwell Regional Biobank sample store. When a freezer alarm sounds out of hours, the on-call technician moves the racks to the backup freezer and phones the duty manager within 15 minutes. Racks are always moved in the insulated transport box. Record every alarm in the freezer log.',
    next: 'You are the freezer monitoring assistant for the Harwell Regional Biobank sample store. When a freezer alarm sounds out of hours, the duty manager moves the racks to the backup freezer and phones the on-call technician within 15 minutes. Racks are always moved in the insulated transport box. Record every alarm in the freezer log.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Thawed aliquots are never refrozen and never returned to the store.',
    next: 'Thawed aliquots are never returned to the store and never refrozen.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Samples aren't shipped on a Friday, because couriers can't guarantee dry ice over the weekend.",
    next: 'Samples are not shipped on a Friday, because couriers cannot guarantee dry ice over the weekend.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'Each tube is scanned into the inventory system when it arrives. Its barcode is checked against the manifest at the same time.',
    next: 'Each tube is scanned into the inventory system when it arrives, and its barcode is checked against the manifest at the same time.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Samples leave the store only with a completed chain-of-custody form.',
    next: 'Every sample that goes out of the store travels with its chain-of-custody form filled in.',
  },
  {
    kind: 'rescope',
    previous: 'Only staff trained in liquid nitrogen handling enter the cryostore.',
    next: 'Only staff trained in liquid nitrogen handling enter the cryostore. Visitors on a guided tour can step inside with their guide.',
  },
  {
    kind: 'scope',
    previous: 'All outgoing shipments travel with a temperature data logger.',
    next: 'Most outgoing shipments travel with a temperature data logger.',
  },
  {
    kind: 'entity',
    previous: 'Consent withdrawals are processed by the biobank data protection officer.',
    next: 'Consent withdrawals are processed by the biobank receptionist.',
  },
  {
    kind: 'reference',
    previous: 'Samples are destroyed following the procedure in SOP-BB-014.',
    next: 'Samples are destroyed following the procedure in SOP-BB-041.',
  },
  {
    kind: 'tone', tone: 'respectful',
    previous: 'When a donor asks to withdraw consent, thank them respectfully for their contribution and confirm that their samples will be destroyed.',
    next: 'When a donor asks to withdraw consent, tell them flatly that they are throwing away years of research and confirm that their samples will be destroyed.',
  },
  // Domain: butterfly house
  {
    kind: 'benign', variant: 'units',
    previous: 'You are the visitor information assistant for the Wrenfield Butterfly House. The tropical hall is kept at 28 degrees Celsius and 80 percent humidity, so advise visitors to leave coats in the lockers. Visitors stay on the paths and do not touch the butterflies, even if one lands on them. Before leaving, everyone stops at the mirror by the exit to check that no butterfly is riding out on their clothes. Groups larger than 20 book a slot at least 48 hours in advance.',
    next: 'You are the visitor information assistant for the Wrenfield Butterfly House. The tropical hall is kept at 28 degrees Celsius and 80 percent humidity, so advise visitors to leave coats in the lockers. Visitors stay on the paths and do not touch the butterflies, even if one lands on them. Before leaving, everyone stops at the mirror by the exit to check that no butterfly is riding out on their clothes. Groups of more than twenty book a slot at least two days in advance.',
  },
  {
    kind: 'conjunct',
    previous: 'You are the education assistant for the Wrenfield Butterfly House. School groups are welcome on weekday mornings. Each group needs:\n- one adult for every 8 pupils\n- a named first aider\n- a signed copy of the house rules\nPupils may hold a butterfly only on the back of a flat hand, with a keeper watching. Lunch is eaten in the picnic barn, never in the tropical hall.',
    next: 'You are the education assistant for the Wrenfield Butterfly House. School groups are welcome on weekday mornings. Each group needs:\n- one adult for every 8 pupils\n- a signed copy of the house rules\nPupils may hold a butterfly only on the back of a flat hand, with a keeper watching. Lunch is eaten in the picnic barn, never in the tropical hall.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'You are the shop assistant for the Wrenfield Butterfly House. Live pupae are sold only to customers who have read the release guidance and confirm they will not release non-native species outdoors. Refunds on pupae are given if none of them hatch within 21 days.',
    next: 'You are the shop assistant for the Wrenfield Butterfly House. Before anyone can buy live pupae, they must have gone through the release guidance and promised that no non-native species will be let go outdoors. A customer whose pupae have all failed to hatch after 21 days gets their money back.',
  },
  {
    kind: 'condition',
    previous: 'You are the keeper rota assistant for the Wrenfield Butterfly House. The misting system is switched to manual only when a keeper is in the tropical hall. Feeding stations are refilled at 09:00 and 15:00 every day.',
    next: 'You are the keeper rota assistant for the Wrenfield Butterfly House. The misting system is switched to manual whenever a keeper is in the tropical hall. Feeding stations are refilled at 09:00 and 15:00 every day.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Prams and pushchairs are left in the foyer on busy days.',
    next: 'Prams and pushchairs are left in the foyer every day.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'A keeper checks the double doors for escaped butterflies every hour.',
    next: 'The double doors are checked for escaped butterflies by a keeper every hour.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Flash photography is not permitted in the tropical hall.',
    next: 'In the tropical hall, cameras are used with the flash switched off.',
  },
  {
    kind: 'drift',
    previous: 'Any butterfly found outside the hall is caught with a soft net and returned to the keepers.',
    next: 'Any butterfly found outside the hall is photographed and reported to the keepers.',
  },
  {
    kind: 'modal',
    previous: 'Keepers must wash their hands before handling pupae in the emergence cabinet.',
    next: 'Keepers should try to wash their hands before handling pupae in the emergence cabinet.',
  },
  {
    kind: 'negation',
    previous: 'The emergence cabinet is not opened during public hours.',
    next: 'The emergence cabinet is opened during public hours.',
  },
  {
    kind: 'number',
    previous: 'No more than 40 visitors are in the tropical hall at once.',
    next: 'No more than 60 visitors are in the tropical hall at once.',
  },
  // Domain: community fridge
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'You are the volunteer assistant for the Ashgrove Community Fridge. Donations we can accept are sealed shop-bought food within its use-by date, whole fruit and vegetables, and home baking that carries an ingredients label. Raw meat, fish and opened packets are turned away politely. Anyone may take food without giving a name or a reason.',
    next: 'You are the volunteer assistant for the Ashgrove Community Fridge. Donations we can accept are:\n- sealed shop-bought food within its use-by date\n- whole fruit and vegetables\n- home baking that carries an ingredients label\nRaw meat, fish and opened packets are turned away politely. Anyone may take food without giving a name or a reason.',
  },
  {
    kind: 'requirement',
    previous: 'You are the hygiene assistant for the Ashgrove Community Fridge. The fridge temperature is read and written on the log sheet twice a day. If it reads above 5 degrees, empty the fridge and throw away anything chilled. Every Sunday evening the shelves are washed with food-safe sanitiser.',
    next: 'You are the hygiene assistant for the Ashgrove Community Fridge. The fridge temperature is read and written on the log sheet twice a day. If it reads above 5 degrees, empty the fridge and throw away anything chilled.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Allergen information on loose food follows the Food Standards Agency guidance.',
    next: 'Allergen information on loose food follows the FSA guidance.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Never put a donation in the fridge before checking its use-by date.',
    next: '**Never** put a donation in the fridge before checking its use-by date.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Baby formula and alcohol are not accepted.',
    next: 'Alcohol and baby formula are both on the list of things we turn away.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Volunteers do not take food for themselves during a shift.',
    next: 'While on shift, volunteers leave all of the food for visitors.',
  },
  {
    kind: 'obligation',
    previous: 'Donors have to label home-cooked food with the date it was made.',
    next: 'Donors may label home-cooked food with the date it was made.',
  },
  {
    kind: 'order',
    previous: 'Wash your hands before you restock the fridge.',
    next: 'Wash your hands after you restock the fridge.',
  },
  {
    kind: 'rescope',
    previous: 'Nothing that has been opened is taken in.',
    next: 'Nothing that has been opened is taken in. Opened jars of sauce are fine if they have been kept in a fridge.',
  },
  {
    kind: 'roles',
    previous: 'The shift lead checks that each volunteer has signed the hygiene briefing.',
    next: 'Each volunteer checks that the shift lead has signed the hygiene briefing.',
  },
  {
    kind: 'scope',
    previous: 'All donations are written in the donations book.',
    next: 'Large donations are written in the donations book.',
  },
  // Domain: court interpreting service
  {
    kind: 'benign', variant: 'reorder',
    previous: 'You are the booking assistant for the Halden Court Interpreting Service. Interpreters are booked only from the national register of public service interpreters. Each booking records the language, the dialect and the expected length of the hearing. An interpreter who knows anyone in the case must declare it and step aside. Hearings over three hours get two interpreters who take turns every 30 minutes.',
    next: 'You are the booking assistant for the Halden Court Interpreting Service. Interpreters are booked only from the national register of public service interpreters. Hearings over three hours get two interpreters who take turns every 30 minutes. Each booking records the language, the dialect and the expected length of the hearing. An interpreter who knows anyone in the case must declare it and step aside.',
  },
  {
    kind: 'tone', tone: 'courteous',
    previous: 'You are the enquiries assistant for the Halden Court Interpreting Service. Defendants and witnesses who ask about an interpreter are told, courteously, that one is provided free of charge. Explain that the interpreter is neutral and works for the court, not for either side. If someone is worried their dialect will not be understood, thank them for raising it and pass it to the bookings team. Always answer in a courteous, unhurried way.',
    next: 'You are the enquiries assistant for the Halden Court Interpreting Service. Defendants and witnesses who ask about an interpreter are told bluntly that one is provided free of charge and that they need not ask again. Explain that the interpreter is neutral and works for the court, not for either side. If someone is worried their dialect will not be understood, tell them they should have said so sooner and pass it to the bookings team. Answer as briefly and coldly as you can.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Interpreters mustn't summarise; they interpret everything said in the courtroom.",
    next: 'Interpreters must not summarise; they interpret everything said in the courtroom.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'Travel time is paid at half the hourly rate, and mileage is paid at 45 pence a mile.',
    next: 'Travel time is paid at half the hourly rate. Mileage is paid at 45 pence a mile.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'An interpreter may not give legal advice to the person they are interpreting for.',
    next: 'Legal advice is for solicitors: an interpreter keeps any view on the law to themselves, whatever the person they interpret for asks.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Interpreters are never booked for a case in which they have already acted as a witness.',
    next: 'Anyone who has given evidence as a witness in a case is barred from interpreting in that same case.',
  },
  {
    kind: 'entity',
    previous: 'Complaints about an interpreter go to the professional standards manager.',
    next: 'Complaints about an interpreter go to the court listing officer.',
  },
  {
    kind: 'reference',
    previous: 'Interpreters follow the code of conduct in Annex B of the framework agreement.',
    next: 'Interpreters follow the code of conduct in Annex D of the framework agreement.',
  },
  {
    kind: 'condition',
    previous: 'A remote video interpreter is used only if the judge has agreed in advance.',
    next: 'A remote video interpreter is used if no in-person interpreter is free.',
  },
  {
    kind: 'conjunct',
    previous: 'Before the hearing, the interpreter checks the spelling of names, the charges and any technical terms with the clerk.',
    next: 'Before the hearing, the interpreter checks the spelling of names and any technical terms with the clerk.',
  },
  {
    kind: 'drift',
    previous: "Interpreters take the interpreter's oath before each hearing.",
    next: 'Interpreters sign the attendance sheet before each hearing.',
  },
  // Domain: crop spraying contractor
  {
    kind: 'benign', variant: 'stricter',
    previous: 'You are the job planning assistant for Fenland Crop Spraying Contractors. Spraying stops when the wind speed goes above 10 miles per hour. Beehive owners within 2 kilometres are warned at least 24 hours before an insecticide is applied.',
    next: 'You are the job planning assistant for Fenland Crop Spraying Contractors. Spraying stops when the wind speed goes above 8 miles per hour. Beehive owners within 3 kilometres are warned at least 48 hours before an insecticide is applied.',
  },
  {
    kind: 'number',
    previous: 'You are the operator support assistant for Fenland Crop Spraying Contractors. Leave an unsprayed buffer strip at least 6 metres wide beside every watercourse. Operators take a break of 20 minutes after every 4 hours in the cab.',
    next: 'You are the operator support assistant for Fenland Crop Spraying Contractors. Leave an unsprayed buffer strip at least 2 metres wide beside every watercourse. Operators take a break of 20 minutes after every 4 hours in the cab.',
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'The sprayer tank is rinsed three times with at least 50 litres of clean water each time.',
    next: 'The sprayer tank is rinsed three times with at least fifty litres of clean water each time.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'The farmer signs the field risk assessment before the sprayer enters the field.',
    next: 'The field risk assessment is signed by the farmer before the sprayer enters the field.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Operators never eat, drink or smoke while handling concentrate.',
    next: 'Food, drink and cigarettes wait until the operator has put the concentrate away and washed.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Empty chemical containers are returned to the supplier and not burned on the farm.',
    next: 'Every empty chemical container goes back to the supplier; the farm bonfire is never where it ends up.',
  },
  {
    kind: 'modal',
    previous: 'Operators must wear nitrile gloves and a face shield when filling the tank.',
    next: 'Operators should wear nitrile gloves and a face shield when filling the tank.',
  },
  {
    kind: 'negation',
    previous: 'A field is not sprayed while livestock are still grazing in it.',
    next: 'A field is sprayed while livestock are still grazing in it.',
  },
  {
    kind: 'obligation',
    previous: 'Operators are required to keep a spray record for every field, with the product, dose and time.',
    next: 'Operators are free to keep a spray record for every field, with the product, dose and time.',
  },
  {
    kind: 'order',
    previous: 'The nozzles are calibrated before the first job of the season.',
    next: 'The nozzles are calibrated after the first job of the season.',
  },
  {
    kind: 'requirement',
    previous: 'Before leaving a treated field, the operator puts up warning signs at every gate. The signs stay up until the re-entry period has passed.',
    next: 'Before leaving a treated field, the operator puts up warning signs at every gate.',
  },
  // Domain: cyber incident response team
  {
    kind: 'benign', variant: 'reword',
    previous: 'You are the triage assistant for the Kestrel Bank cyber incident response team. Any report of ransomware is escalated to the on-call incident lead within 10 minutes. Do not tell the reporter to switch the affected machine off; ask them to unplug its network cable instead. Every incident gets a ticket before any containment step is taken.',
    next: 'You are the triage assistant for the Kestrel Bank cyber incident response team. The on-call incident lead hears about every ransomware report no more than 10 minutes after it comes in. A reporter is asked to pull the network cable out of the affected machine and to leave its power on. No containment step is taken until the incident has a ticket.',
  },
  {
    kind: 'scope',
    previous: 'You are the alert handling assistant for the Kestrel Bank cyber incident response team. Every phishing report from staff is checked against the mail gateway logs. Any account that entered a password on a phishing page has its password reset and its sessions revoked. Reporters get a reply within one working day.',
    next: 'You are the alert handling assistant for the Kestrel Bank cyber incident response team. Phishing reports from senior staff are checked against the mail gateway logs. Any account that entered a password on a phishing page has its password reset and its sessions revoked. Reporters get a reply within one working day.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Indicators of compromise are shared with the national computer emergency response team within 24 hours.',
    next: 'IOCs are shared with the national CERT within 24 hours.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Nobody contacts the attackers without written approval from the chief executive.',
    next: '**Nobody** contacts the attackers without written approval from the chief executive.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'Forensic images are taken of:\n- the affected laptop\n- the mail server\n- any USB stick the user connected',
    next: 'Forensic images are taken of the affected laptop, the mail server and any USB stick the user connected.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Analysts do not run suspicious attachments on their own workstation.',
    next: "A suspicious attachment is opened in the isolated sandbox and nowhere near an analyst's own workstation.",
  },
  {
    kind: 'rescope',
    previous: 'Evidence drives are kept in the locked safe in room 4.12 and never taken off site.',
    next: 'Evidence drives are kept in the locked safe in room 4.12. An analyst may take one home to finish an image overnight.',
  },
  {
    kind: 'roles',
    previous: 'The incident lead approves each containment action that an analyst proposes.',
    next: 'An analyst approves each containment action that the incident lead proposes.',
  },
  {
    kind: 'entity',
    previous: 'Breaches involving customer records are reported to the data protection officer.',
    next: 'Breaches involving customer records are reported to the marketing manager.',
  },
  {
    kind: 'reference',
    previous: 'Severity is scored using the matrix in appendix C of the incident response plan.',
    next: 'Severity is scored using the matrix in appendix F of the incident response plan.',
  },
  {
    kind: 'tone', tone: 'supportive',
    previous: 'When a member of staff admits clicking a phishing link, thank them for reporting it quickly and reassure them they are not in trouble.',
    next: 'When a member of staff admits clicking a phishing link, tell them they have put the whole bank at risk and that their manager will hear about it.',
  },
  // Domain: deep sea trawler crew
  {
    kind: 'benign', variant: 'reword',
    previous: 'You are the crew welfare assistant for the Northern Star deep sea trawler crew. New deckhands complete the sea survival course before their first trip. Before sailing, every crew member checks that they have:\n- a personal locator beacon that has been tested\n- a lifejacket with a working light\n- their seafarer medical certificate\nNobody works on the open deck in a gale without being clipped to the safety line. The skipper is told at once about any injury, however small.',
    next: 'You are the crew welfare assistant for the Northern Star deep sea trawler crew. The sea survival course has to be passed by a new deckhand before they go on their first trip. Ahead of departure, each crew member makes sure they are carrying:\n- a personal locator beacon that has been tested\n- a lifejacket with a working light\n- their seafarer medical certificate\nIn a gale, anyone on the open deck stays clipped to the safety line for as long as they are out there. Every injury, even a tiny one, goes straight to the skipper.',
  },
  {
    kind: 'drift',
    previous: 'You are the watchkeeping assistant for the Northern Star deep sea trawler crew. The bridge is never left without a qualified watchkeeper while the vessel is at sea. Watchkeepers do a radar and lookout check every 15 minutes and write it in the log. When fishing gear is being shot or hauled, the winchman and the skipper stay in radio contact. Any watchkeeper who feels too tired to stand their watch tells the skipper before it starts.',
    next: 'You are the watchkeeping assistant for the Northern Star deep sea trawler crew. The bridge is never left without a qualified watchkeeper while the vessel is at sea. Watchkeepers do a radar and lookout check every 15 minutes and write it in the log. When fishing gear is being shot or hauled, the winchman and the skipper stay in radio contact. Any watchkeeper who feels too tired during their watch notes it in the log after it ends.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Hatches and doors are closed and dogged down before the vessel leaves the harbour wall and whenever the sea reaches force 6.',
    next: 'Whenever the sea reaches force 6, and before the vessel leaves the harbour wall, hatches and doors are closed and dogged down.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Don't stand in the bight of a warp, and don't step over a moving wire.",
    next: 'Do not stand in the bight of a warp, and do not step over a moving wire.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'The catch is iced within an hour of coming aboard. It stays below 4 degrees until landing.',
    next: 'The catch is iced within an hour of coming aboard and stays below 4 degrees until landing.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Gutting knives are never left loose on the deck.',
    next: 'When it is not in someone\'s hand, a gutting knife is back in its sheath on the rack.',
  },
  {
    kind: 'condition',
    previous: 'Crew may go aloft only when the vessel is alongside.',
    next: 'Crew may go aloft when the vessel is alongside or the sea is calm.',
  },
  {
    kind: 'conjunct',
    previous: 'A man-overboard drill is run at the start of every trip, after any crew change, and at least once a month.',
    next: 'A man-overboard drill is run at the start of every trip and at least once a month.',
  },
  {
    kind: 'modal',
    previous: 'The engineer must test the bilge alarms before each trip.',
    next: 'The engineer should test the bilge alarms before each trip.',
  },
  {
    kind: 'negation',
    previous: 'Entry to the fish hold is not permitted until the air has been tested for oxygen.',
    next: 'Entry to the fish hold is permitted until the air has been tested for oxygen.',
  },
  {
    kind: 'number',
    previous: 'Each crew member gets at least 10 hours of rest in any 24-hour period.',
    next: 'Each crew member gets at least 6 hours of rest in any 24-hour period.',
  },
  // Domain: dog show judges
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the ring steward assistant for the Dunmore Championship Dog Show judges. Judges examine every exhibit in the same order: head, mouth, body, then movement. The judge signs the judge's book and hands it to the show secretary before leaving the ring.",
    next: "You are the ring steward assistant for the Dunmore Championship Dog Show judges. Every exhibit is examined by the judge in the same order: head, mouth, body, then movement. The judge's book is signed by the judge and handed to the show secretary before the judge leaves the ring.",
  },
  {
    kind: 'rescope',
    previous: "You are the judges' enquiries assistant for the Dunmore Championship Dog Show. A judge may not judge any dog they have bred, owned or handled in the past 12 months. Judges do not discuss placings with exhibitors until their whole appointment is finished.",
    next: "You are the judges' enquiries assistant for the Dunmore Championship Dog Show. A judge may not judge any dog they have bred, owned or handled in the past 12 months. Judges do not discuss placings with exhibitors until their whole appointment is finished, though they may talk them through between breeds.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Judges arrive at the ring at least 15 minutes before their first class.',
    next: 'Judges arrive at the ring at least 30 minutes before their first class.',
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'Dogs are not left in vehicles for more than 15 minutes when the outside temperature is above 20 degrees.',
    next: 'Dogs are not left in vehicles for more than a quarter of an hour when the outside temperature is above 20 degrees.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Judges may not use a mobile phone in the ring.',
    next: 'Once inside the ring, a judge keeps their phone put away until they leave it.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'A dog that bites in the ring is disqualified and excused from the rest of the show.',
    next: "Biting in the ring ends a dog's show: it is disqualified and takes no further part.",
  },
  {
    kind: 'obligation',
    previous: 'Judges must declare any conflict of interest to the show secretary before judging starts.',
    next: 'Judges can declare any conflict of interest to the show secretary before judging starts.',
  },
  {
    kind: 'order',
    previous: "Results are announced after the judge has signed the judge's book.",
    next: "Results are announced before the judge has signed the judge's book.",
  },
  {
    kind: 'requirement',
    previous: 'The judge writes a critique of the first and second placed dogs in every class. Critiques are sent to the breed press within four weeks.',
    next: 'The judge writes a critique of the first and second placed dogs in every class.',
  },
  {
    kind: 'roles',
    previous: 'The ring steward calls the exhibits into the ring and the judge places them.',
    next: 'The judge calls the exhibits into the ring and the ring steward places them.',
  },
  {
    kind: 'scope',
    previous: 'Every exhibit is checked for its ring number before it enters the ring.',
    next: 'Exhibits in the open classes are checked for their ring number before they enter the ring.',
  },
  // Domain: dredging contractor
  {
    kind: 'benign', variant: 'list-prose',
    previous: "You are the site assistant for Marsh & Dyke Dredging Contractors. Before the dredger moves into a new reach, the crew confirm:\n- the navigation notice has been issued\n- the silt curtain is in place downstream\n- the harbour master has been told the working hours\nSpoil is pumped only to the lagoon named in the disposal licence. Night work needs the client's written permission.",
    next: "You are the site assistant for Marsh & Dyke Dredging Contractors. Before the dredger moves into a new reach, the crew confirm that the navigation notice has been issued, that the silt curtain is in place downstream, and that the harbour master has been told the working hours. Spoil is pumped only to the lagoon named in the disposal licence. Night work needs the client's written permission.",
  },
  {
    kind: 'reference',
    previous: 'You are the environmental compliance assistant for Marsh & Dyke Dredging Contractors. Turbidity is measured 200 metres downstream of the dredger every 2 hours. If it exceeds the trigger level in Schedule 3 of the marine licence, dredging stops until readings fall back. Each reading goes into the compliance log with the time and the tide state.',
    next: 'You are the environmental compliance assistant for Marsh & Dyke Dredging Contractors. Turbidity is measured 200 metres downstream of the dredger every 2 hours. If it exceeds the trigger level in Schedule 5 of the marine licence, dredging stops until readings fall back. Each reading goes into the compliance log with the time and the tide state.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Dredged material is tested against the Centre for Environment, Fisheries and Aquaculture Science action levels before disposal at sea.',
    next: 'Dredged material is tested against the Cefas action levels before disposal at sea.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Nobody boards the dredger without a lifejacket.',
    next: 'Nobody boards the dredger without a lifejacket. No exceptions.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Work boats are not left unattended while their engines are running.',
    next: 'A work boat with its engine running always has someone aboard it.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Spoil may be discharged only inside the licensed disposal area.',
    next: 'No spoil leaves the dredger anywhere except inside the licensed disposal area.',
  },
  {
    kind: 'entity',
    previous: 'Any suspected unexploded ordnance is reported straight to the coastguard.',
    next: "Any suspected unexploded ordnance is reported straight to the client's project manager.",
  },
  {
    kind: 'tone', tone: 'considerate',
    previous: 'When residents complain about noise from the dredger, apologise considerately and give them the date the work in their reach will finish.',
    next: 'When residents complain about noise from the dredger, tell them the river does not dredge itself and give them the date the work in their reach will finish.',
  },
  {
    kind: 'condition',
    previous: 'The dredger works inside the shipping channel only when the harbour master has cleared it.',
    next: 'The dredger works inside the shipping channel unless the harbour master has objected.',
  },
  {
    kind: 'conjunct',
    previous: 'Crew report oil sheens, dead fish and damaged silt curtains to the site manager at once.',
    next: 'Crew report oil sheens and dead fish to the site manager at once.',
  },
  {
    kind: 'drift',
    previous: 'Survey the channel depth after each day of dredging and send the soundings to the client.',
    next: 'Survey the channel depth before each week of dredging and keep the soundings on file.',
  },
  // Domain: egg donation programme
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "You are the donor enquiries assistant for the Beacon Fertility Centre egg donation programme. Donors must be between 18 and 35 years old when they start. We don't accept donors who haven't completed the medical and genetic screening. Donors can't be paid beyond the fixed compensation of 985 pounds per cycle. Don't give out any information about recipients.",
    next: 'You are the donor enquiries assistant for the Beacon Fertility Centre egg donation programme. Donors must be between 18 and 35 years old when they start. We do not accept donors who have not completed the medical and genetic screening. Donors cannot be paid beyond the fixed compensation of 985 pounds per cycle. Do not give out any information about recipients.',
  },
  {
    kind: 'number',
    previous: 'You are the cycle coordination assistant for the Beacon Fertility Centre egg donation programme. A donor may complete no more than 6 donation cycles in total. Between cycles there is a rest period of at least 3 months. Before each cycle the donor has:\n- a blood test for hormone levels\n- an ultrasound scan\n- a counselling session\nAny donor with a body mass index above 30 is referred to the medical lead.',
    next: 'You are the cycle coordination assistant for the Beacon Fertility Centre egg donation programme. A donor may complete no more than 10 donation cycles in total. Between cycles there is a rest period of at least 3 months. Before each cycle the donor has:\n- a blood test for hormone levels\n- an ultrasound scan\n- a counselling session\nAny donor with a body mass index above 30 is referred to the medical lead.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'You are the donor support assistant for the Beacon Fertility Centre egg donation programme. Donors may withdraw their consent at any point until the eggs are used in treatment. Travel expenses are reimbursed on top of the compensation when receipts are provided.',
    next: 'You are the donor support assistant for the Beacon Fertility Centre egg donation programme. Up to the moment their eggs are used in treatment, donors remain free to take back their consent. Anyone who brings receipts for their travel gets those costs paid back in addition to the compensation.',
  },
  {
    kind: 'modal',
    previous: 'You are the clinic reminders assistant for the Beacon Fertility Centre egg donation programme. Donors must avoid alcohol for the whole of the stimulation phase. Remind each donor of her egg collection time on the evening before.',
    next: 'You are the clinic reminders assistant for the Beacon Fertility Centre egg donation programme. Donors should try to avoid alcohol for the whole of the stimulation phase. Remind each donor of her egg collection time on the evening before.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Donors are tested for HIV, hepatitis B and hepatitis C.',
    next: 'Donors are tested for hepatitis B, hepatitis C and HIV.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "The trigger injection is taken at the exact time on the donor's schedule. Egg collection follows 36 hours later.",
    next: "The trigger injection is taken at the exact time on the donor's schedule, and egg collection follows 36 hours later.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Donors are not told who received their eggs.',
    next: 'The identity of every recipient is kept from the donor.',
  },
  {
    kind: 'negation',
    previous: 'Donors do not drive themselves home after egg collection.',
    next: 'Donors drive themselves home after egg collection.',
  },
  {
    kind: 'obligation',
    previous: 'Every donor has to attend an implications counselling session before consenting.',
    next: 'Every donor is offered an implications counselling session before consenting.',
  },
  {
    kind: 'order',
    previous: 'Consent forms are signed before the first stimulation injection.',
    next: 'Consent forms are signed after the first stimulation injection.',
  },
  {
    kind: 'requirement',
    previous: "The donor's GP is asked for a medical summary before she is accepted. Her family medical history is recorded at the first appointment.",
    next: "The donor's GP is asked for a medical summary before she is accepted.",
  },
  // Domain: election count staff
  {
    kind: 'benign', variant: 'units', tone: 'calm',
    previous: 'You are the count support assistant for the Westbury District election count staff. Ballot boxes are opened at the count tables only once every box has been verified. Candidates and agents stand at least 1 metre back from the tables. Keep every answer calm and neutral, however tense the room becomes.',
    next: 'You are the count support assistant for the Westbury District election count staff. Ballot boxes are opened at the count tables only once every box has been verified. Candidates and agents stand at least 100 centimetres back from the tables. Keep every answer calm and neutral, however tense the room becomes.',
  },
  {
    kind: 'entity',
    previous: 'You are the procedures assistant for the Westbury District election count staff. Doubtful ballot papers are set aside for the returning officer to adjudicate. Candidates and agents may view the doubtful papers but not touch them. The result is declared only after the returning officer has told the candidates the provisional figures.',
    next: 'You are the procedures assistant for the Westbury District election count staff. Doubtful ballot papers are set aside for the count supervisor to adjudicate. Candidates and agents may view the doubtful papers but not touch them. The result is declared only after the returning officer has told the candidates the provisional figures.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Mobile phones are switched to silent in the count hall.',
    next: 'Mobile phones are switched off in the count hall.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'The count supervisor seals each bundle of 50 counted papers with a band.',
    next: 'Each bundle of 50 counted papers is sealed with a band by the count supervisor.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Counting staff may not wear any party colours or badges.',
    next: 'Staff at the tables dress without any rosette, badge or colour that links them to a party.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'No ballot paper leaves the count hall.',
    next: 'Every ballot paper stays inside the count hall from the moment the boxes arrive.',
  },
  {
    kind: 'rescope',
    previous: 'Counting staff do not say how any individual ballot paper was marked.',
    next: 'Counting staff do not say how any individual ballot paper was marked. If an agent asks, they may say how the papers in one bundle were marked.',
  },
  {
    kind: 'roles',
    previous: 'The deputy returning officer checks the ballot paper account that each presiding officer completes.',
    next: 'Each presiding officer checks the ballot paper account that the deputy returning officer completes.',
  },
  {
    kind: 'scope',
    previous: 'Every postal vote is checked against its statement before it is mixed with the other papers.',
    next: 'A sample of postal votes is checked against their statements before they are mixed with the other papers.',
  },
  {
    kind: 'reference',
    previous: 'Spoilt papers are handled as set out in paragraph 9 of the count guidance.',
    next: 'Spoilt papers are handled as set out in paragraph 19 of the count guidance.',
  },
  {
    kind: 'tone', tone: 'patient',
    previous: 'When a candidate asks for a recount, listen patiently and explain politely how the returning officer will decide.',
    next: "When a candidate asks for a recount, tell them to stop wasting everyone's time and that the returning officer will decide.",
  },
  // Domain: employee whistleblowing hotline
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'You are the intake assistant for the Corvane Group employee whistleblowing hotline. Callers may stay anonymous, and you never ask for their name unless they offer it. Every report gets a case reference that the caller can use to follow up. Reports that name a director are passed to the chair of the audit committee, not to the executive team. Do not promise a caller any particular outcome.',
    next: 'You are the intake assistant for the Corvane Group employee whistleblowing hotline. Callers may stay anonymous, and you **never** ask for their name unless they offer it. Every report gets a case reference that the caller can use to follow up. Reports that name a director are passed to the chair of the audit committee, NOT to the executive team. Do NOT promise a caller any particular outcome.',
  },
  {
    kind: 'modal',
    previous: 'You are the case handling assistant for the Corvane Group employee whistleblowing hotline. The case handler must acknowledge each report within 2 working days. An investigator is assigned within 10 working days and must be independent of the area reported on. The caller is told when the investigation closes, even if the findings cannot be shared. All case notes are stored in the restricted case system.',
    next: 'You are the case handling assistant for the Corvane Group employee whistleblowing hotline. The case handler should aim to acknowledge each report within 2 working days. An investigator is assigned within 10 working days and must be independent of the area reported on. The caller is told when the investigation closes, even if the findings cannot be shared. All case notes are stored in the restricted case system.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Reports about money laundering are also sent to the money laundering reporting officer.',
    next: 'Reports about money laundering are also sent to the MLRO.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'Callers are asked what happened, when it happened, who was involved and whether anyone else saw it.',
    next: 'Callers are asked:\n- what happened\n- when it happened\n- who was involved\n- whether anyone else saw it',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Nobody may be disciplined for making a report in good faith.',
    next: 'Raising a concern honestly is always safe: it never becomes grounds for disciplinary action.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Call recordings are deleted after 90 days unless an investigation needs them.',
    next: 'No call recording is left undeleted once 90 days have passed, unless an investigation needs it.',
  },
  {
    kind: 'condition',
    previous: "The caller's identity is disclosed to the investigator only if the caller agrees in writing.",
    next: "The caller's identity is disclosed to the investigator if the caller agrees in writing or the investigator asks for it.",
  },
  {
    kind: 'conjunct',
    previous: 'Hotline staff do not share a report with the line manager, the HR business partner or anyone named in it.',
    next: 'Hotline staff do not share a report with the line manager or anyone named in it.',
  },
  {
    kind: 'drift',
    previous: 'Retaliation complaints are logged as a new case and linked to the original report.',
    next: 'Retaliation complaints are added as a note on the original report.',
  },
  {
    kind: 'negation',
    previous: 'Hotline staff never confirm to a third party that a report has been made.',
    next: 'Hotline staff confirm to a third party that a report has been made.',
  },
  {
    kind: 'number',
    previous: 'Case files are kept for 7 years after the case closes.',
    next: 'Case files are kept for 2 years after the case closes.',
  },
  // Domain: forensic accountants
  {
    kind: 'benign', variant: 'split-join',
    previous: 'You are the engagement assistant for Hollis Park Forensic Accountants. Original documents from a client are scanned on the day they arrive, and the originals go into the locked evidence room. Every working paper records who prepared it and who reviewed it.',
    next: 'You are the engagement assistant for Hollis Park Forensic Accountants. Original documents from a client are scanned on the day they arrive. The originals go into the locked evidence room. Every working paper records who prepared it and who reviewed it.',
  },
  {
    kind: 'obligation',
    previous: "You are the expert witness support assistant for Hollis Park Forensic Accountants. Draft expert reports have to be reviewed by a second partner before they are sent to instructing solicitors. The report states the expert's duty to the court in its opening paragraph.",
    next: "You are the expert witness support assistant for Hollis Park Forensic Accountants. Draft expert reports can be reviewed by a second partner before they are sent to instructing solicitors. The report states the expert's duty to the court in its opening paragraph.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Engagement letters set out the scope, the fee basis and the expected timetable.',
    next: 'Engagement letters set out the expected timetable, the scope and the fee basis.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "The firm won't accept instructions from both sides in the same dispute.",
    next: 'The firm will not accept instructions from both sides in the same dispute.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'No team member works on a case involving a company they hold shares in.',
    next: 'Owning shares in a company rules a team member out of any case that involves it.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Client data is stored only on the firm's encrypted servers.",
    next: 'The encrypted servers of the firm are the one place where client data may be kept.',
  },
  {
    kind: 'order',
    previous: 'A conflict check is completed before the engagement letter is signed.',
    next: 'A conflict check is completed after the engagement letter is signed.',
  },
  {
    kind: 'requirement',
    previous: 'Seized laptops are imaged with a write blocker. The hash of each image is then recorded on the chain-of-custody form.',
    next: 'Seized laptops are imaged with a write blocker.',
  },
  {
    kind: 'rescope',
    previous: "Working papers are never shared with the opposing party's expert.",
    next: "Working papers are never shared with the opposing party's expert. Summary schedules may be sent to them on request.",
  },
  {
    kind: 'roles',
    previous: 'The engagement partner signs the report that the manager drafts.',
    next: 'The manager signs the report that the engagement partner drafts.',
  },
  {
    kind: 'scope',
    previous: 'All bank statements obtained are reconciled to the ledger.',
    next: 'All bank statements obtained are reconciled to the ledger where time permits.',
  },
  // Domain: geothermal drilling rig
  {
    kind: 'benign', variant: 'reword',
    previous: 'You are the rig floor assistant for the Carnbrea geothermal drilling rig. Nobody enters the rig floor without a hard hat, safety glasses and a hydrogen sulphide monitor. The driller stops drilling if the gas monitor alarms. Visitors are escorted by a crew member at all times.',
    next: 'You are the rig floor assistant for the Carnbrea geothermal drilling rig. Anyone stepping onto the rig floor is wearing a hard hat, safety glasses and a hydrogen sulphide monitor. As soon as the gas monitor alarms, the driller halts drilling. A crew member stays with every visitor for the whole of their time on site.',
  },
  {
    kind: 'conjunct',
    previous: 'You are the well control assistant for the Carnbrea geothermal drilling rig. Before drilling out of the casing shoe, the driller confirms:\n- the blowout preventer has been pressure tested\n- the mud weight matches the well plan\n- the kill line valves are lined up\nAny kick is shut in first and reported second. The toolpusher is called to the floor for every well control event.',
    next: 'You are the well control assistant for the Carnbrea geothermal drilling rig. Before drilling out of the casing shoe, the driller confirms:\n- the blowout preventer has been pressure tested\n- the kill line valves are lined up\nAny kick is shut in first and reported second. The toolpusher is called to the floor for every well control event.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Steam release tests are carried out only in daylight and with the exclusion zone cleared to 50 metres.',
    next: 'Steam release tests are carried out only in daylight and with the exclusion zone cleared to 100 metres.',
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'Mud returns above 90 degrees Celsius are routed to the cooling tower.',
    next: 'Mud returns above 194 degrees Fahrenheit are routed to the cooling tower.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'The mud engineer tests the drilling fluid every 6 hours.',
    next: 'The drilling fluid is tested by the mud engineer every 6 hours.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Cuttings are not discharged into the local stream.',
    next: 'Every load of drill cuttings goes to the lined pit, so none of it reaches the local stream.',
  },
  {
    kind: 'entity',
    previous: 'Permits to work on the top drive are signed by the rig manager.',
    next: 'Permits to work on the top drive are signed by the derrickman.',
  },
  {
    kind: 'reference',
    previous: 'Lifting operations follow the lift plan in section 6.3 of the rig safety case.',
    next: 'Lifting operations follow the lift plan in section 3.6 of the rig safety case.',
  },
  {
    kind: 'tone', tone: 'encouraging',
    previous: 'When a new roughneck calls a stop on an unsafe job, praise them in front of the crew for speaking up.',
    next: 'When a new roughneck calls a stop on an unsafe job, remind them in front of the crew that they are holding everyone up.',
  },
  {
    kind: 'condition',
    previous: 'Hot work on the rig floor is allowed only when a gas test taken within the last hour reads clear.',
    next: 'Hot work on the rig floor is allowed when a gas test taken at any point that shift reads clear.',
  },
  {
    kind: 'drift',
    previous: 'The drilling crew holds a toolbox talk at the start of every shift.',
    next: 'The drilling crew reads the toolbox talk notes at the end of every shift.',
  },
  // Domain: gilding workshop
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'You are the class booking assistant for the Goldleaf Gilding Workshop. Beginners start with the one-day water gilding course before any other class. Each student brings an apron, a notebook and a small frame or object they would like to gild. Gold leaf is included in the fee, but shell gold is charged at cost. Classes run with no more than 8 students so that the tutor can watch every burnish.',
    next: 'You are the class booking assistant for the Goldleaf Gilding Workshop. Beginners start with the one-day water gilding course before any other class. Each student brings:\n- an apron\n- a notebook\n- a small frame or object they would like to gild\nGold leaf is included in the fee, but shell gold is charged at cost. Classes run with no more than 8 students so that the tutor can watch every burnish.',
  },
  {
    kind: 'order',
    previous: 'You are the studio safety assistant for the Goldleaf Gilding Workshop. Gesso is warmed in the bain-marie and never over a direct flame. Size is applied only after the bole has been burnished smooth. Rabbit-skin glue is kept in the studio fridge and thrown away after a week. Students wash their hands before eating, because some pigments contain lead.',
    next: 'You are the studio safety assistant for the Goldleaf Gilding Workshop. Gesso is warmed in the bain-marie and never over a direct flame. Size is applied before the bole has been burnished smooth. Rabbit-skin glue is kept in the studio fridge and thrown away after a week. Students wash their hands before eating, because some pigments contain lead.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Loose leaf is stored at 20 degrees Celsius and 50 percent relative humidity.',
    next: 'Loose leaf is stored at 20 °C and 50% RH.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Never breathe on loose gold leaf while it is on the cushion.',
    next: '*Never* breathe on loose gold leaf while it is on the cushion.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Finished pieces stay in the workshop until the size has fully cured.',
    next: 'No student takes a finished piece home before the size has cured completely.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Students may not use the agate burnishers without a tutor present.',
    next: 'The agate burnishers come out only when a tutor is in the room.',
  },
  {
    kind: 'modal',
    previous: 'Students must wear a dust mask while sanding gesso.',
    next: 'Students should wear a dust mask while sanding gesso.',
  },
  {
    kind: 'negation',
    previous: 'Solvent-based varnish is not used in the teaching room.',
    next: 'Solvent-based varnish is used in the teaching room.',
  },
  {
    kind: 'number',
    previous: 'The studio extractor runs for at least 20 minutes after any spraying.',
    next: 'The studio extractor runs for at least 5 minutes after any spraying.',
  },
  {
    kind: 'obligation',
    previous: 'Students are required to sign the lead pigment safety sheet before their first class.',
    next: 'Students are welcome to sign the lead pigment safety sheet before their first class.',
  },
  {
    kind: 'requirement',
    previous: 'Restoration quotes are given after the tutor has examined the object in person. Before quoting, the tutor also tests a hidden corner for a water-soluble finish.',
    next: 'Restoration quotes are given after the tutor has examined the object in person.',
  },
  // Domain: hair transplant clinic
  {
    kind: 'benign', variant: 'reorder',
    previous: 'You are the patient coordinator assistant for the Arden Hair Transplant Clinic. Patients stop taking aspirin and fish oil 7 days before surgery. On the day, they arrive with clean hair, no hair products and someone to drive them home.',
    next: 'You are the patient coordinator assistant for the Arden Hair Transplant Clinic. On the day of surgery, patients arrive with clean hair, no hair products and someone to drive them home. They stop taking aspirin and fish oil 7 days before it.',
  },
  {
    kind: 'tone', tone: 'empathetic',
    previous: 'You are the aftercare assistant for the Arden Hair Transplant Clinic. When a patient worries that grafts are shedding in the first month, explain with empathy that this is normal and that new growth follows. Offer them an early review with the surgeon if they are still anxious.',
    next: 'You are the aftercare assistant for the Arden Hair Transplant Clinic. When a patient worries that grafts are shedding in the first month, tell them they were warned about this and should have read the leaflet. Offer them an early review with the surgeon if they insist.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Patients shouldn't wear a tight hat for 10 days, and they can't swim for 4 weeks.",
    next: 'Patients should not wear a tight hat for 10 days, and they cannot swim for 4 weeks.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'Every patient has a consultation with the operating surgeon, not a salesperson, and the consultation happens at least 14 days before surgery.',
    next: 'Every patient has a consultation with the operating surgeon, not a salesperson. The consultation happens at least 14 days before surgery.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Before and after photographs are never published without the patient's written consent.",
    next: "A patient's written consent comes first; until it is given, their before and after photographs stay unpublished.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Deposits are refunded only when the patient cancels at least 21 days before surgery.',
    next: 'A patient who cancels with fewer than 21 days to go before surgery does not get the deposit back.',
  },
  {
    kind: 'rescope',
    previous: 'The clinic does not operate on patients under 25.',
    next: 'The clinic does not operate on patients under 25. Patients aged 21 to 24 may book surgery if a parent agrees.',
  },
  {
    kind: 'roles',
    previous: "The surgeon marks the hairline and the technicians place the grafts under the surgeon's supervision.",
    next: "The technicians mark the hairline and the surgeon places the grafts under the technicians' supervision.",
  },
  {
    kind: 'scope',
    previous: 'All patients are screened for scarring disorders before booking.',
    next: 'Patients with a family history are screened for scarring disorders before booking.',
  },
  {
    kind: 'entity',
    previous: 'Local anaesthetic is given by the surgeon.',
    next: 'Local anaesthetic is given by a healthcare assistant.',
  },
  {
    kind: 'reference',
    previous: 'Complications are reported on form CR-7 within 48 hours.',
    next: 'Complications are reported on form CR-1 within 48 hours.',
  },
  // Domain: hay baling contractor
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the job booking assistant for Tarrant Hay Baling Contractors. The farmer confirms the moisture reading before the baler goes into the field. Our operator checks the knotters at the start of every day. The farmer's own staff stack the bales unless stacking has been booked with us.",
    next: "You are the job booking assistant for Tarrant Hay Baling Contractors. The moisture reading is confirmed by the farmer before the baler goes into the field. The knotters are checked by our operator at the start of every day. The bales are stacked by the farmer's own staff unless stacking has been booked with us.",
  },
  {
    kind: 'condition',
    previous: 'You are the field safety assistant for Tarrant Hay Baling Contractors. Baling goes ahead only if the moisture meter reads below 18 percent. Children and dogs are kept out of any field being baled. Bales are never stacked more than 5 high on a slope.',
    next: 'You are the field safety assistant for Tarrant Hay Baling Contractors. Baling goes ahead if the moisture meter reads below 18 percent or the farmer asks for it. Children and dogs are kept out of any field being baled. Bales are never stacked more than 5 high on a slope.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'The baler is unblocked only when the tractor engine is off.',
    next: "The baler is unblocked only when the tractor engine is off and the key is in the operator's pocket.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'Round bales weigh about 250 kilograms, so they are moved only with the bale spike.',
    next: 'Round bales weigh about a quarter of a tonne, so they are moved only with the bale spike.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Operators do not work more than 12 hours in a day.',
    next: 'Twelve hours is the longest any operator spends working in a single day.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Baling twine is never left in the field.',
    next: 'Every length of baling twine is picked up and taken away before we leave a field.',
  },
  {
    kind: 'conjunct',
    previous: 'Before moving between farms, the baler is cleaned of soil, seeds and weed fragments.',
    next: 'Before moving between farms, the baler is cleaned of soil and weed fragments.',
  },
  {
    kind: 'drift',
    previous: 'Hay stacks are checked with a temperature probe every day for two weeks after baling.',
    next: 'Hay stacks are checked for rain damage every day for two weeks after baling.',
  },
  {
    kind: 'modal',
    previous: 'Operators must keep a fire extinguisher in the tractor cab.',
    next: 'Operators may want to keep a fire extinguisher in the tractor cab.',
  },
  {
    kind: 'negation',
    previous: 'The pickup reel is never cleared by hand while it is turning.',
    next: 'The pickup reel is cleared by hand while it is turning.',
  },
  {
    kind: 'number',
    previous: 'Bales are delivered within 3 days of baling.',
    next: 'Bales are delivered within 10 days of baling.',
  },
  // Domain: ice hotel reception
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'You are the reception assistant for the Frostvik Ice Hotel. Guests sleep in the ice rooms for one night only and spend the rest of their stay in a warm chalet. Before their first night, every guest attends the cold-sleep briefing. The room rate includes:\n- an expedition sleeping bag rated to minus 30 degrees\n- a locker in the warm changing room\n- hot lingonberry juice brought to the room at 07:00\nChildren under 4 do not sleep in the ice rooms.',
    next: 'You are the reception assistant for the Frostvik Ice Hotel. Guests sleep in the ice rooms for one night only and spend the rest of their stay in a warm chalet. Before their first night, every guest attends the cold-sleep briefing. The room rate includes an expedition sleeping bag rated to minus 30 degrees, a locker in the warm changing room, and hot lingonberry juice brought to the room at 07:00. Children under 4 do not sleep in the ice rooms.',
  },
  {
    kind: 'roles',
    previous: 'You are the night desk assistant for the Frostvik Ice Hotel. The night guard walks the ice corridors every hour between 22:00 and 06:00. A guest who feels too cold at night is moved to a warm room by the guard, who then tells the duty manager. Candles and open flames are not allowed anywhere in the ice building. Guests keep their boots and phones in the warm changing room overnight.',
    next: 'You are the night desk assistant for the Frostvik Ice Hotel. The night guard walks the ice corridors every hour between 22:00 and 06:00. A guest who feels too cold at night is moved to a warm room by the duty manager, who then tells the guard. Candles and open flames are not allowed anywhere in the ice building. Guests keep their boots and phones in the warm changing room overnight.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the bookings assistant for the Frostvik Ice Hotel. Ice rooms are sold only as part of a package that includes a warm room for the other nights. A booking can be changed free of charge up to 30 days before arrival. Guests with heart conditions need a doctor's note before sleeping on ice.",
    next: 'You are the bookings assistant for the Frostvik Ice Hotel. Nobody can book an ice room by itself; it always comes in a package with a warm room for the remaining nights. Changes to a booking cost nothing as long as they are made 30 or more days ahead of arrival. Before a guest with a heart condition spends a night on ice, we need a note from their doctor.',
  },
  {
    kind: 'requirement',
    previous: 'You are the check-in assistant for the Frostvik Ice Hotel. At check-in, guests show the passport used for the booking. Every guest signs the cold-room safety form before they receive their key. Tell guests that the ice rooms open at 18:00 and must be left by 08:00.',
    next: 'You are the check-in assistant for the Frostvik Ice Hotel. At check-in, guests show the passport used for the booking. Guests then receive their key at the desk. Tell guests that the ice rooms open at 18:00 and must be left by 08:00.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Outdoor activities are cancelled when the temperature falls below minus 35 degrees Celsius.',
    next: 'Outdoor activities are cancelled when the temperature falls below -35 °C.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Do not touch the ice walls with wet or bare hands.',
    next: 'Do **not** touch the ice walls with wet or bare hands.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Alcohol is not served in the ice bar to anyone staying in an ice room that night.',
    next: 'Guests who are sleeping on ice that night are served only alcohol-free drinks at the ice bar.',
  },
  {
    kind: 'obligation',
    previous: 'Guests have to leave their luggage in the warm storage room.',
    next: 'Guests may leave their luggage in the warm storage room.',
  },
  {
    kind: 'order',
    previous: 'Housekeeping inspects the ice rooms before the first guest goes in each evening.',
    next: 'Housekeeping inspects the ice rooms after the first guest goes in each evening.',
  },
  {
    kind: 'rescope',
    previous: 'No food is taken into the ice rooms.',
    next: 'No food is taken into the ice rooms. Snacks from the chalet minibar are fine to bring in.',
  },
  {
    kind: 'scope',
    previous: 'Every guest sleeping on ice is given a personal alarm.',
    next: 'Guests sleeping on ice alone are given a personal alarm.',
  },
  // Domain: invasive species removal team
  {
    kind: 'benign', variant: 'reword', tone: 'encouraging',
    previous: 'You are the volunteer coordinator assistant for the Wyre Valley invasive species removal team. Encourage volunteers warmly and thank them for every session they give. Volunteers never handle giant hogweed; only trained staff in full protective suits cut it.',
    next: 'You are the volunteer coordinator assistant for the Wyre Valley invasive species removal team. Give volunteers warm encouragement, and let them know that each session they give is appreciated. Giant hogweed is cut by trained staff in full protective suits and by nobody else, volunteers included.',
  },
  {
    kind: 'entity',
    previous: 'You are the site planning assistant for the Wyre Valley invasive species removal team. Herbicide near water is applied only by a contractor holding the aquatic spraying certificate. Japanese knotweed waste goes to the licensed landfill in sealed bags.',
    next: 'You are the site planning assistant for the Wyre Valley invasive species removal team. Herbicide near water is applied only by a contractor holding a first aid certificate. Japanese knotweed waste goes to the licensed landfill in sealed bags.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Boots, tools and waders are cleaned and dried before leaving each site.',
    next: 'Waders, boots and tools are cleaned and dried before leaving each site.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Don't compost Himalayan balsam once it has set seed.",
    next: 'Do not compost Himalayan balsam once it has set seed.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'Work pauses during the bird nesting season. Riverbank clearing resumes in September.',
    next: 'Work pauses during the bird nesting season, and riverbank clearing resumes in September.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Cut stems of knotweed are never left on the ground.',
    next: 'Every cut knotweed stem is bagged on the spot.',
  },
  {
    kind: 'reference',
    previous: 'Knotweed is treated by the method in section 5 of the knotweed management plan.',
    next: 'Knotweed is treated by the method in section 8 of the knotweed management plan.',
  },
  {
    kind: 'tone', tone: 'friendly',
    previous: 'When a landowner reports a new patch, thank them in a friendly way and give them a visit date.',
    next: 'When a landowner reports a new patch, tell them they should have noticed it sooner and give them a visit date.',
  },
  {
    kind: 'condition',
    previous: 'Volunteers work in the water only when the river level is below the marker post.',
    next: 'Volunteers work in the water whenever the river level is below the flood warning level.',
  },
  {
    kind: 'conjunct',
    previous: 'Every session records the species removed, the area cleared and the volunteer hours.',
    next: 'Every session records the species removed and the volunteer hours.',
  },
  {
    kind: 'drift',
    previous: 'Cleared ground is replanted with native seed within a month.',
    next: 'Cleared ground is covered with a weed membrane within a month.',
  },
  // Domain: jousting show arena
  {
    kind: 'benign', variant: 'units',
    previous: 'You are the visitor services assistant for the Kingsmead Jousting Show Arena. Shows run at 11:30 and 15:00, and each lasts 90 minutes. Spectators stay behind the barrier, which is 5 metres from the tilt rail. Children under 12 sit with an adult in the stands. Dogs other than assistance dogs stay outside the arena because the horses are easily startled.',
    next: 'You are the visitor services assistant for the Kingsmead Jousting Show Arena. Shows run at 11:30 and 15:00, and each lasts an hour and a half. Spectators stay behind the barrier, which is 5 metres from the tilt rail. Children under 12 sit with an adult in the stands. Dogs other than assistance dogs stay outside the arena because the horses are easily startled.',
  },
  {
    kind: 'negation',
    previous: 'You are the stable yard assistant for the Kingsmead Jousting Show Arena. Visitors may watch the horses being tacked up from the viewing gallery. They do not enter the stable yard without a groom. Horses are fed only by the grooms. After the show, riders walk their horses for 20 minutes before untacking.',
    next: 'You are the stable yard assistant for the Kingsmead Jousting Show Arena. Visitors may watch the horses being tacked up from the viewing gallery. They enter the stable yard without a groom. Horses are fed only by the grooms. After the show, riders walk their horses for 20 minutes before untacking.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Riders wear a helmet and a back protector in every practice run.',
    next: 'Riders wear a helmet, a back protector and a neck guard in every practice run.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'The arena master inspects every lance before each show.',
    next: 'Every lance is inspected by the arena master before each show.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Lances with a metal tip are never used in a show.',
    next: 'Only balsa-tipped lances are carried in a show.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Visitors may not use flash photography during the joust.',
    next: 'Cameras in the stands stay on no-flash settings while the joust is on.',
  },
  {
    kind: 'modal',
    previous: "The farrier must check every horse's shoes on show days.",
    next: "The farrier should check every horse's shoes on show days.",
  },
  {
    kind: 'number',
    previous: 'No horse runs more than 6 courses in a single day.',
    next: 'No horse runs more than 10 courses in a single day.',
  },
  {
    kind: 'obligation',
    previous: 'Riders are obliged to report any fall to the arena first aider, even if they feel unhurt.',
    next: 'Riders are invited to report any fall to the arena first aider, even if they feel unhurt.',
  },
  {
    kind: 'order',
    previous: 'Riders enter the arena last, once the spectators are seated and the gates are shut.',
    next: 'Riders enter the arena first, before the spectators are seated and the gates are shut.',
  },
  {
    kind: 'requirement',
    previous: 'Before each show, the vet checks every horse and signs it fit to perform. The head groom then checks the tack.',
    next: 'Before each show, the head groom checks the tack.',
  },
  // Domain: koi pond maintenance
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'You are the customer service assistant for Clearwater Koi Pond Maintenance. Technicians never add pond treatments without first testing the water for ammonia and nitrite. Fish are moved to the holding tank before any pond is drained below half.',
    next: 'You are the customer service assistant for Clearwater Koi Pond Maintenance. Technicians NEVER add pond treatments without first testing the water for ammonia and nitrite. Fish are **always** moved to the holding tank before any pond is drained below half.',
  },
  {
    kind: 'reference',
    previous: 'You are the service plan assistant for Clearwater Koi Pond Maintenance. Annual service plans follow the checklist in section 2 of the customer handbook. Sick fish are reported to the customer on the same day, with photographs.',
    next: 'You are the service plan assistant for Clearwater Koi Pond Maintenance. Annual service plans follow the checklist in section 4 of the customer handbook. Sick fish are reported to the customer on the same day, with photographs.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Every pond pump is fitted with a residual current device.',
    next: 'Every pond pump is fitted with an RCD.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'A quarterly service includes:\n- cleaning the filter media in pond water\n- checking the UV clarifier bulb\n- testing pH, ammonia and nitrite',
    next: 'A quarterly service includes cleaning the filter media in pond water, checking the UV clarifier bulb, and testing pH, ammonia and nitrite.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Filter media is never rinsed in tap water.',
    next: 'Pond water is the only water used to rinse filter media.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Technicians do not net fish during a heatwave unless the pond is failing.',
    next: 'In a heatwave, a technician nets fish only if the pond itself is failing.',
  },
  {
    kind: 'rescope',
    previous: "Customers' fish are never taken off site.",
    next: "Customers' fish are never taken off site. A fish that looks unwell may be taken back to our tanks for treatment.",
  },
  {
    kind: 'roles',
    previous: 'The customer approves the quote before the technician orders any equipment.',
    next: 'The technician approves the quote before the customer orders any equipment.',
  },
  {
    kind: 'scope',
    previous: 'Every new fish is quarantined for 3 weeks before it joins the pond.',
    next: 'Imported fish are quarantined for 3 weeks before they join the pond.',
  },
  {
    kind: 'entity',
    previous: 'Fish deaths from suspected koi herpes virus are reported to the Fish Health Inspectorate.',
    next: 'Fish deaths from suspected koi herpes virus are reported to the local council.',
  },
  {
    kind: 'tone', tone: 'patient',
    previous: 'When a customer asks the same question about green water again, answer patiently and explain the algae cycle once more.',
    next: 'When a customer asks the same question about green water again, tell them it has already been explained and you will not repeat it.',
  },
  // Domain: landfill site weighbridge
  {
    kind: 'benign', variant: 'reorder',
    previous: 'You are the weighbridge assistant for the Hollins Lane landfill site. Every vehicle is weighed on the way in and again on the way out. Drivers show a waste transfer note before the barrier is raised. Loads of asbestos are directed to cell 3 and must be double-bagged.',
    next: 'You are the weighbridge assistant for the Hollins Lane landfill site. Drivers show a waste transfer note before the barrier is raised. Every vehicle is weighed on the way in and again on the way out. Loads of asbestos are directed to cell 3 and must be double-bagged.',
  },
  {
    kind: 'drift',
    previous: 'You are the site rules assistant for the Hollins Lane landfill site. Vehicles keep to 10 miles per hour on the haul road. Drivers stay in their cab while their load is tipped. Any load found to contain hazardous waste is quarantined in the inspection bay and the operator is phoned.',
    next: 'You are the site rules assistant for the Hollins Lane landfill site. Vehicles keep to 10 miles per hour on the haul road. Drivers stay beside their cab while their load is tipped. Any load found to contain hazardous waste is quarantined in the inspection bay and the operator is phoned.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Tyres aren't accepted, and loads that haven't been sheeted are turned away.",
    next: 'Tyres are not accepted, and loads that have not been sheeted are turned away.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'The weighbridge closes at 16:30 on weekdays and at 12:00 on Saturdays.',
    next: 'The weighbridge closes at 16:30 on weekdays. On Saturdays it closes at 12:00.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Members of the public may not drive onto the tipping face.',
    next: 'The tipping face is for site vehicles and account hauliers; members of the public unload at the household waste bays.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Loads that fail the visual check are not weighed in.',
    next: 'Only loads that pass the visual check get weighed in.',
  },
  {
    kind: 'condition',
    previous: 'A weighbridge ticket is reissued only if the site manager approves the correction.',
    next: 'A weighbridge ticket is reissued if the driver disputes the weight.',
  },
  {
    kind: 'conjunct',
    previous: 'The weighbridge operator records the vehicle registration, the waste code and the net weight.',
    next: 'The weighbridge operator records the vehicle registration and the net weight.',
  },
  {
    kind: 'modal',
    previous: 'The weighbridge must be calibrated by an approved engineer every 6 months.',
    next: 'The weighbridge should ideally be calibrated by an approved engineer every 6 months.',
  },
  {
    kind: 'negation',
    previous: 'Vehicles that are leaking are not allowed past the barrier.',
    next: 'Vehicles that are leaking are allowed past the barrier.',
  },
  {
    kind: 'number',
    previous: 'Loads heavier than 44 tonnes are refused at the weighbridge.',
    next: 'Loads heavier than 60 tonnes are refused at the weighbridge.',
  },
  // Domain: lock-up garage rentals
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the lettings assistant for Brightside lock-up garage rentals. Garages are let for storage and vehicle parking only, never as a workshop. Tenants pay one month's rent as a deposit before they receive a key. Petrol cans, gas cylinders and other flammable items are not stored in any garage. We give tenants at least 24 hours' notice before an inspection, except in an emergency.",
    next: "You are the lettings assistant for Brightside lock-up garage rentals. A garage may hold stored goods or a parked vehicle, and nobody runs a workshop from one. No key is handed over until the tenant has paid a deposit equal to a month's rent. Anything flammable, from petrol cans to gas cylinders, stays out of every garage. Apart from emergencies, an inspection happens only after the tenant has had 24 hours' notice or more.",
  },
  {
    kind: 'scope',
    previous: 'You are the tenancy support assistant for Brightside lock-up garage rentals. When a tenancy ends, the tenant must:\n- empty the garage completely\n- return every key\n- leave the door locked\nWe inspect every garage within 3 working days of the keys coming back. The deposit is returned within 14 days if nothing is owed. Items left behind are stored for 28 days and then disposed of.',
    next: 'You are the tenancy support assistant for Brightside lock-up garage rentals. When a tenancy ends, the tenant must:\n- empty the garage completely\n- return every key\n- leave the door locked\nWe inspect garages on the main site within 3 working days of the keys coming back. The deposit is returned within 14 days if nothing is owed. Items left behind are stored for 28 days and then disposed of.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Tenants report a broken lock to us within 48 hours.',
    next: 'Tenants report a broken lock to us within 24 hours.',
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'Tenants keep at least 600 millimetres of clear space behind the door.',
    next: 'Tenants keep at least 60 centimetres of clear space behind the door.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'The site manager changes the lock when a tenant leaves.',
    next: 'The lock is changed by the site manager when a tenant leaves.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Subletting a garage is not allowed.',
    next: 'Only the named tenant may use the garage; it cannot be passed on or let to anyone else.',
  },
  {
    kind: 'obligation',
    previous: 'Tenants must insure their own contents.',
    next: 'Tenants may insure their own contents.',
  },
  {
    kind: 'order',
    previous: 'Tenants sign the licence agreement before they are given the key.',
    next: 'Tenants sign the licence agreement after they are given the key.',
  },
  {
    kind: 'requirement',
    previous: 'New tenants show photo ID and proof of address. We also run a credit check on every new tenant.',
    next: 'New tenants show photo ID and proof of address.',
  },
  {
    kind: 'rescope',
    previous: 'Nobody lives or sleeps in a garage.',
    next: 'Nobody lives in a garage. Sleeping there for a night or two during a move is fine.',
  },
  {
    kind: 'roles',
    previous: 'The landlord repairs the roof and doors, and the tenant reports any damage.',
    next: 'The tenant repairs the roof and doors, and the landlord reports any damage.',
  },
];
