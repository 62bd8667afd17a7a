// Held-back set v32 of issue 11: hand-labelled clause edits, written blind on 2026-12-05
// (session 22) by a helper who never saw the detectors, their tests, their history or any other
// labelled set beyond the ClauseEdit type, the first lines of v31 (for the file shape) and the
// domain lists of earlier sets; never tuned on; to be measured once by the lead, after the commit
// that adds it. Do not edit entries to make a detector pass.
// Labels say what a careful reviewer would want: `benign` edits keep every obligation for every
// case (a stricter rule is not a regression), every other kind weakens or changes the rule; edits
// touching several things are labelled by their main change (a new sentence that contradicts a
// rule, or a negation moved onto another part of the clause, counts as `rescope`; a required step
// dropped whole counts as `requirement`, one item dropped from a list inside a sentence as
// `conjunct`; the rule replaced by a different rule that sounds similar counts as `drift`; `tone`
// edits carry the clause's declared tone, and 8 edits of other kinds (5 benign, 3 regressions)
// carry a declared tone that they keep). 297 edits, 135 benign, 27 domains, 11 each (5 benign,
// 6 regressions of 6 different kinds).
// Benign variants: abbreviation 9, emphasis 9, list-prose 9, reorder 9, reword 54,
// spelled-negation 9, split-join 9, stricter 9, units 9, voice 9 (`units` says the same quantity
// in words or other units; `reword` includes rules said from the other side, prohibitions said
// positively, duties said as double negatives and bans said as the state kept or the only option
// left). Non-benign kinds: condition 11, conjunct 11, drift 11, entity 11, modal 11, negation 11,
// number 11, obligation 11, order 11, reference 11, requirement 11, rescope 11, roles 10, scope 10,
// tone 10. 60 edits are 3-5 sentence prompts starting "You are the ... assistant for ..." (30
// regressions, 30 benign; 10 of 3 sentences, 34 of 4, 16 of 5 on the old side), so that length
// alone says nothing about the label; 9 of the 30 regressions also reword their other sentences
// faithfully, and 2 of the 30 benign prompts reword one sentence only, so that the amount of
// rewording says nothing about the label either. None of the 27 domains appears in the earlier
// sets' domain lists (read with grep -A7 only; an older set without such a list may share a domain
// unseen); all 27 start with A to L, as v33 was written at the same time with domains from M to Z.
// Domains: abattoir meat inspection, air ambulance dispatch, asbestos removal contractor,
// antiques valuation day, boxing gym, contract bridge club, campsite wardens, car rental desk,
// chiropody clinic, coach tour operator, cruise ship shore excursions, dairy milk collection
// rounds, debt advice charity, demolition contractor, elevator maintenance, equestrian livery
// yard, exhibition stand builders, fairground rides, forklift training centre, heating oil
// delivery, garden centre, hallmarking assay office, holiday cottage lettings, insurance claims
// call centre, joinery workshop, karate dojo, loft insulation installers.

import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V32: readonly ClauseEdit[] = [
  // abattoir meat inspection
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the compliance assistant for an abattoir's meat inspection team. Every carcass must be inspected by the official veterinarian before it receives a health mark. Carcasses with signs of abscesses must be held in the detained room until the veterinarian decides. Do not discuss inspection outcomes with farmers over the phone.",
    next: "You are the compliance assistant for an abattoir's meat inspection team. No carcass may receive a health mark until the official veterinarian has inspected it. Any carcass showing abscesses stays in the detained room until the veterinarian has made a decision. Inspection results are not to be discussed with farmers by phone.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the lairage assistant for an abattoir's meat inspection team. Animals that arrive lame or injured must be slaughtered first, ahead of the rest of the consignment. Water must be available in every pen. Animals must not be kept in lairage longer than 24 hours.",
    next: "You are the lairage assistant for an abattoir's meat inspection team. Every pen must have water available. Lame or injured arrivals go to slaughter before any other animal from the same consignment. No animal may stay in lairage for more than 24 hours.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Record the FCI for every batch of animals before they enter lairage.',
    next: 'Record the food chain information for every batch of animals before they enter lairage.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Knives must be sterilised in water of at least 82°C between carcasses.',
    next: 'Knives must always be sterilised in water of at least 82°C between carcasses, with no exceptions.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'Before entering the slaughter hall, staff must:\n- wash their boots;\n- put on a clean apron;\n- wash and sanitise their hands.',
    next: 'Before entering the slaughter hall, staff must wash their boots, put on a clean apron, and wash and sanitise their hands.',
  },
  {
    kind: 'condition',
    previous: 'Condemn the whole carcass only if the veterinarian finds generalised disease.',
    next: 'Condemn the whole carcass unless the veterinarian finds generalised disease.',
  },
  {
    kind: 'conjunct',
    previous: 'Specified risk material must be stained blue, kept in marked bins and collected by the licensed renderer.',
    next: 'Specified risk material must be stained blue and collected by the licensed renderer.',
  },
  {
    kind: 'drift',
    previous: "You are the records assistant for an abattoir's meat inspection team. Each animal's ear tag number must be checked against its passport at unloading. Any mismatch must be reported to the official veterinarian before the animal is slaughtered.",
    next: "You are the records assistant for an abattoir's meat inspection team. Each animal's ear tag must be photographed at unloading. Any mismatch must be reported to the official veterinarian before the animal is slaughtered.",
  },
  {
    kind: 'entity',
    previous: 'Report every positive residue test to the Food Standards Agency the same day.',
    next: "Report every positive residue test to the farm's own vet the same day.",
  },
  {
    kind: 'modal',
    previous: 'Operatives on the boning line must wear a chain-mail glove on the hand that does not hold the knife.',
    next: 'Operatives on the boning line should wear a chain-mail glove on the hand that does not hold the knife.',
  },
  {
    kind: 'negation',
    previous: 'A carcass held for residue testing is never released before the laboratory result arrives.',
    next: 'A carcass held for residue testing is released before the laboratory result arrives.',
  },

  // air ambulance dispatch
  {
    kind: 'benign', variant: 'reword', tone: 'calm',
    previous: "You are the dispatch assistant for an air ambulance charity. Tell callers that the helicopter is tasked by the ambulance service's control room, not by the charity. Never give out the crew's names or the aircraft's landing site. If a caller reports an aircraft in difficulty, transfer them to 999 at once. Callers asking about a patient's condition are referred to the receiving hospital.",
    next: "You are the dispatch assistant for an air ambulance charity. Explain to callers that it is the ambulance service's control room, and not the charity, that sends the helicopter. The names of the crew and the place where the aircraft lands stay undisclosed. Anyone reporting an aircraft in difficulty is put through to 999 immediately. Anyone asking how a patient is doing is told to contact the hospital that received them.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'The helicopter does not fly when the cloud base is below 500 feet.',
    next: 'The helicopter flies only when the cloud base is at 500 feet or higher.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "Confirm the landing site's grid reference. Ask whether there are overhead cables nearby. Give the caller the crew's expected arrival time.",
    next: "Ask whether there are overhead cables nearby. Give the caller the crew's expected arrival time. Confirm the landing site's grid reference.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Record a next-of-kin contact for every unaccompanied patient.',
    next: 'Record a next-of-kin contact for every patient who is not accompanied by anyone.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Log the time of every call and note the caller's callback number.",
    next: "Log the time of every call. Note the caller's callback number as well.",
  },
  {
    kind: 'number',
    previous: 'In daylight the aircraft must be airborne within 4 minutes of being tasked.',
    next: 'In daylight the aircraft must be airborne within 14 minutes of being tasked.',
  },
  {
    kind: 'obligation',
    previous: 'The duty pilot is responsible for the final go/no-go decision on every mission.',
    next: 'The duty pilot may take part in the final go/no-go decision on every mission.',
  },
  {
    kind: 'order',
    previous: "You are the operations assistant for an air ambulance base. Refuel the aircraft after every mission, before the crew stands down. Check the medical bags against the checklist at the start of each shift. Report any missing drug to the clinical lead.",
    next: "You are the operations assistant for an air ambulance base. Refuel the aircraft after every mission, after the crew stands down. At the start of each shift, go through the medical bags against the checklist. Any drug that is missing is reported to the clinical lead.",
  },
  {
    kind: 'reference',
    previous: 'Apply the rules in section 4.2 of the operations manual to every night landing.',
    next: 'Apply the rules in section 2.4 of the operations manual to every night landing.',
  },
  {
    kind: 'requirement',
    previous: 'Before each night mission the crew must complete the night-vision goggle check and record it in the tech log. The pilot signs the tech log before take-off.',
    next: 'The pilot signs the tech log before take-off.',
  },
  {
    kind: 'rescope',
    previous: 'Never land at an unsurveyed site unless the patient’s life is at immediate risk.',
    next: 'Never land at an unsurveyed site unless the patient’s life is at immediate risk. Crews may land at unsurveyed sites whenever the police ask them to.',
  },

  // asbestos removal contractor
  {
    kind: 'benign', variant: 'reword',
    previous: 'You are the site assistant for a licensed asbestos removal contractor. Tell the client that work cannot start until the enclosure has passed a smoke test. Do not give any opinion on whether a material contains asbestos without a lab result. Remind every caller that the site must stay closed until a clearance certificate is issued.',
    next: 'You are the site assistant for a licensed asbestos removal contractor. Explain to the client that the enclosure has to pass a smoke test before any work can begin. Whether a material contains asbestos is something you only state from a laboratory result, never from your own opinion. Remind everyone who calls that the site remains closed until a clearance certificate has been issued.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Workers must not eat, drink or smoke inside the enclosure.',
    next: 'Eating, drinking and smoking are forbidden for every worker inside the enclosure.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Air monitoring must be carried out at least once a day while removal is under way.',
    next: 'Air monitoring must be carried out at least twice a day while removal is under way.',
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'Negative pressure units must run for at least 30 minutes before anyone enters the enclosure.',
    next: 'Negative pressure units must run for at least half an hour before anyone enters the enclosure.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'The supervisor must inspect every respirator before each shift.',
    next: 'Every respirator must be inspected by the supervisor before each shift.',
  },
  {
    kind: 'roles',
    previous: 'The independent analyst, not the contractor, issues the clearance certificate.',
    next: 'The contractor, not the independent analyst, issues the clearance certificate.',
  },
  {
    kind: 'scope',
    previous: 'All asbestos waste bags must be double-bagged and labelled before they leave the enclosure.',
    next: 'Asbestos waste bags from the main enclosure must be double-bagged and labelled before they leave it.',
  },
  {
    kind: 'tone', tone: 'reassuring',
    previous: "You are the customer assistant for a licensed asbestos removal contractor. Homeowners are often worried when asbestos is found; reassure them calmly and explain each step of the removal. Thank them for their patience while the site is closed.",
    next: "You are the customer assistant for a licensed asbestos removal contractor. Homeowners often panic when asbestos is found; tell them their worrying is not your concern and just list the steps of the removal. Thank them for their patience while the site is closed.",
  },
  {
    kind: 'condition',
    previous: 'Double-bag any debris that has been wetted, even if it looks clean.',
    next: 'Double-bag any debris that has been wetted if it looks contaminated.',
  },
  {
    kind: 'conjunct',
    previous: 'Before leaving the enclosure, workers must vacuum their coveralls, take them off in the airlock and shower.',
    next: 'Before leaving the enclosure, workers must take off their coveralls in the airlock and shower.',
  },
  {
    kind: 'drift',
    previous: 'Seal every waste bag inside the enclosure before it passes through the airlock.',
    next: 'Label every waste bag outside the enclosure before it is carried to the skip.',
  },

  // antiques valuation day
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the booking assistant for an auction house's antiques valuation day. Valuations given on the day are verbal estimates only and are not insurance valuations. Do not tell anyone what an item is worth over the chat. Each visitor may bring up to three items. Bookings close 48 hours before the event.",
    next: "You are the booking assistant for an auction house's antiques valuation day. Make clear that what the experts say on the day is a spoken estimate and cannot serve as an insurance valuation. Nobody is told in the chat what an item is worth. A visitor can bring three items at most. No booking is taken in the last 48 hours before the event.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Firearms and other weapons must not be brought to the valuation day.',
    next: 'Firearms and other weapons stay at home; they are not allowed at the valuation day.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Items containing ivory need a CITES certificate before we can offer them for sale.',
    next: 'Items containing ivory need a Convention on International Trade in Endangered Species certificate before we can offer them for sale.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Never clean or polish an item before it has been valued.',
    next: 'Never, under any circumstances, clean or polish an item before it has been valued.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'Ask each visitor for their name, their postcode and how they came to own the item.',
    next: 'Ask each visitor for:\n- their name;\n- their postcode;\n- how they came to own the item.',
  },
  {
    kind: 'entity',
    previous: 'Refer any item you suspect may be stolen to the Art Loss Register.',
    next: 'Refer any item you suspect may be stolen to the dealer who brought it in.',
  },
  {
    kind: 'modal',
    previous: "You are the front desk assistant for an antiques valuation day. Each visitor must show photo ID before an item is taken in for auction. Explain the seller’s commission of 15% plus VAT. Give every visitor a numbered receipt for each item left with us.",
    next: "You are the front desk assistant for an antiques valuation day. Each visitor should show photo ID before an item is taken in for auction. Tell visitors that the seller pays a commission of 15% plus VAT. For every item left with us, the visitor receives a numbered receipt.",
  },
  {
    kind: 'negation',
    previous: 'Tell visitors that the estimate is not a guarantee of the hammer price.',
    next: 'Tell visitors that the estimate is a guarantee of the hammer price.',
  },
  {
    kind: 'number',
    previous: 'Items estimated above £5,000 must be seen by the head of department.',
    next: 'Items estimated above £50,000 must be seen by the head of department.',
  },
  {
    kind: 'obligation',
    previous: 'The valuer is required to write the estimate on the receipt.',
    next: 'The valuer is free to write the estimate on the receipt.',
  },
  {
    kind: 'order',
    previous: 'The visitor signs the consignment form before the item is taken from the table.',
    next: 'The visitor signs the consignment form after the item is taken from the table.',
  },

  // boxing gym
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the membership assistant for a boxing gym. Nobody may spar until a coach has signed off their induction. Members under 16 must have a parent or guardian's written consent on file. Head guards are compulsory in every sparring session.",
    next: 'You are the membership assistant for a boxing gym. Sparring is open only to members whose induction a coach has signed off. For any member younger than 16, written consent from a parent or guardian has to be on file. Every sparring session requires head guards.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Do not let members use the ring without a coach present.',
    next: 'Members use the ring only while a coach is there.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Wipe down the bags after use. Return gloves to the rack. Report any split pads to the front desk.',
    next: 'Report any split pads to the front desk. Wipe down the bags after use. Return gloves to the rack.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Refuse entry to any unregistered guest.',
    next: 'Refuse entry to any guest who has not registered.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Check each boxer's blood pressure before a competitive bout. Record the reading on their medical card.",
    next: "Check each boxer's blood pressure before a competitive bout and record the reading on their medical card.",
  },
  {
    kind: 'reference',
    previous: "Competitive bouts follow rule 4.3 of England Boxing's rulebook on glove weights.",
    next: "Competitive bouts follow rule 3.4 of England Boxing's rulebook on glove weights.",
  },
  {
    kind: 'requirement',
    previous: "You are the coaching assistant for a boxing gym. Before any sparring, the coach checks that both boxers have mouth guards. After a knockdown, the boxer stops sparring for the rest of the session. Any boxer who is knocked out must see a doctor before training again. Record every knockdown in the incident book.",
    next: "You are the coaching assistant for a boxing gym. Before any sparring, the coach checks that both boxers have mouth guards. After a knockdown, the boxer stops sparring for the rest of the session. Record every knockdown in the incident book.",
  },
  {
    kind: 'rescope',
    previous: "You are the front desk assistant for a boxing gym. Never give a member's phone number to anyone else. Pass messages to members through the coach on duty. Keep the waiver forms in the locked cabinet.",
    next: "You are the front desk assistant for a boxing gym. Never give a member's phone number to anyone else. Sponsors and promoters can be given members' phone numbers on request. Pass messages to members through the coach on duty. Keep the waiver forms in the locked cabinet.",
  },
  {
    kind: 'roles',
    previous: 'The referee can stop the bout if the corner asks.',
    next: 'The corner can stop the bout if the referee asks.',
  },
  {
    kind: 'scope',
    previous: 'Every member must complete a health questionnaire at sign-up.',
    next: 'Every adult member must complete a health questionnaire at sign-up.',
  },
  {
    kind: 'tone', tone: 'encouraging',
    previous: 'Praise beginners for turning up and encourage them to train at their own pace.',
    next: 'Tell beginners they are slowing the class down and had better train at their own pace somewhere else.',
  },

  // contract bridge club
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the club assistant for a contract bridge club. Players must not discuss a hand while it is still being played at another table. Any claim of an irregularity goes to the tournament director, whose ruling at the table is final.",
    next: "You are the club assistant for a contract bridge club. While a hand is still in play at another table, players say nothing about it. Irregularities are reported to the tournament director, and at the table the director's ruling stands.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'A partnership may not use any convention that is not disclosed on its convention card.',
    next: 'Every convention a partnership uses must be disclosed on its convention card.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Results must be posted on the club website within 48 hours of the session.',
    next: 'Results must be posted on the club website within 24 hours of the session.',
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'Doors open at 18:30 and play starts at 19:00 sharp.',
    next: 'Doors open at half past six in the evening and play starts at 7 pm sharp.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'The tournament director must check every scorecard before the results are published.',
    next: 'Every scorecard must be checked by the tournament director before the results are published.',
  },
  {
    kind: 'condition',
    previous: 'Allow a substitute player only if the director approves.',
    next: 'Allow a substitute player unless the director objects.',
  },
  {
    kind: 'conjunct',
    previous: "You are the session assistant for a contract bridge club. Before play starts, the director checks that each table has bidding boxes, a scorer and the correct boards. The movement is announced before the first round. Pairs who arrive late join at the director's discretion.",
    next: "You are the session assistant for a contract bridge club. Before play starts, the director checks that each table has bidding boxes and the correct boards. The movement is announced before the first round. Pairs who arrive late join at the director's discretion.",
  },
  {
    kind: 'drift',
    previous: "The dummy may not suggest a play to declarer.",
    next: "The dummy may not touch declarer's cards.",
  },
  {
    kind: 'entity',
    previous: "Appeals against a director's ruling go to the club's appeals committee.",
    next: "Appeals against a director's ruling go to the captain of the opposing team.",
  },
  {
    kind: 'modal',
    previous: 'Players shall alert every artificial bid at the moment it is made.',
    next: 'Players may alert every artificial bid at the moment it is made.',
  },
  {
    kind: 'negation',
    previous: 'A player who has already seen the board at another table must not play it.',
    next: 'A player who has already seen the board at another table must play it.',
  },

  // campsite wardens
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the reception assistant for a campsite's warden team. Quiet hours run from 22:30 to 07:00, and no music may be played during them. Barbecues must be raised off the grass on stands. Dogs must be kept on a lead everywhere on site. Check-out is by 11:00.",
    next: "You are the reception assistant for a campsite's warden team. Between 22:30 and 07:00 the site is quiet and music stays off. Any barbecue has to sit on a stand so that it does not touch the grass. Everywhere on the site, dogs stay on a lead. Guests leave their pitch by 11:00 on the day they depart.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Do not let a tent be pitched within 6 metres of another unit.',
    next: 'Keep at least 6 metres between any tent and the next unit.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Campers on an EHU pitch must use a cable no longer than 25 metres.',
    next: 'Campers on an electric hook-up pitch must use a cable no longer than 25 metres.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Open fires are banned on the site.',
    next: 'Open fires are strictly banned on the site, at all times.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'Wardens must check the toilet blocks, the washing-up area and the chemical disposal point every morning.',
    next: 'Every morning, wardens must check:\n1. the toilet blocks;\n2. the washing-up area;\n3. the chemical disposal point.',
  },
  {
    kind: 'number',
    previous: 'A pitch may hold no more than 6 people.',
    next: 'A pitch may hold no more than 8 people.',
  },
  {
    kind: 'obligation',
    previous: "You are the duty assistant for a campsite's warden team. The duty warden is required to walk the whole site after quiet hours begin. Any group making noise is given one warning, then asked to leave. Record every warning in the site diary.",
    next: "You are the duty assistant for a campsite's warden team. The duty warden is encouraged to walk the whole site after quiet hours begin. Any group making noise is given one warning, then asked to leave. Record every warning in the site diary.",
  },
  {
    kind: 'order',
    previous: 'Show new arrivals where the fire point is before they pitch.',
    next: 'Show new arrivals where the fire point is after they have pitched.',
  },
  {
    kind: 'reference',
    previous: 'Deal with a lost child by following procedure B in the warden handbook.',
    next: 'Deal with a lost child by following procedure D in the warden handbook.',
  },
  {
    kind: 'requirement',
    previous: "Log every arrival's vehicle registration at the barrier. Give each arrival a copy of the site rules.",
    next: 'Give each arrival a copy of the site rules.',
  },
  {
    kind: 'rescope',
    previous: 'Vehicles must not drive on the site between 23:00 and 07:00.',
    next: 'Vehicles must not drive on the site between 23:00 and 07:00. Late arrivals may drive to their pitch at any hour.',
  },

  // car rental desk
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the counter assistant for a car rental desk at an airport. Do not hand over keys until the driver's licence has been checked. Tell customers that the car must be returned with a full tank or a refuelling charge applies. Never quote an insurance excess that is not on the rate sheet.",
    next: "You are the counter assistant for a car rental desk at an airport. Keys are handed over only once the driver's licence has been checked. Let customers know that a car brought back without a full tank is charged for refuelling. Any insurance excess you quote has to come from the rate sheet.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Drivers under 25 pay a young driver surcharge.',
    next: 'A young driver surcharge applies to every driver aged 24 or younger.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Photograph all four sides of the car at pick-up. Note the fuel level on the contract.',
    next: 'Note the fuel level on the contract. Photograph all four sides of the car at pick-up.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Unlicensed persons may not drive the car.',
    next: 'Persons who do not hold a driving licence may not drive the car.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'Check the licence and take a card deposit before releasing the car.',
    next: 'Check the licence before releasing the car. Take a card deposit before releasing it as well.',
  },
  {
    kind: 'roles',
    previous: 'The customer must sign the damage report that the agent prepares.',
    next: 'The agent must sign the damage report that the customer prepares.',
  },
  {
    kind: 'scope',
    previous: 'Every additional driver must show a licence at the desk.',
    next: 'The first additional driver must show a licence at the desk.',
  },
  {
    kind: 'tone', tone: 'courteous',
    previous: "You are the counter assistant for a car rental desk. Greet customers courteously and apologise if they have had to wait. If a car is not ready, offer a coffee voucher and an estimated time. Explain every charge before the customer signs. Deposits are released within 10 working days of the car's return.",
    next: "You are the counter assistant for a car rental desk. Greet customers and point out that the queue is their own fault for arriving at peak time. If a car is not ready yet, hand over a coffee voucher and say when it will be. Go through every charge with the customer before they sign. Deposits are released within 10 working days of the car's return.",
  },
  {
    kind: 'condition',
    previous: 'Waive the one-way fee only when the car is dropped at a partner branch.',
    next: 'Waive the one-way fee unless the car is dropped at a partner branch.',
  },
  {
    kind: 'conjunct',
    previous: "Refuse the rental if the driver's licence is expired, provisional or less than a year old.",
    next: "Refuse the rental if the driver's licence is expired or less than a year old.",
  },
  {
    kind: 'drift',
    previous: 'Upgrade the customer free of charge when the booked car category is unavailable.',
    next: 'Offer the customer a discount on the next rental when the booked car category is unavailable.',
  },

  // chiropody clinic
  {
    kind: 'benign', variant: 'reword', tone: 'caring',
    previous: 'You are the booking assistant for a chiropody clinic. Patients with diabetes must be offered an annual foot check. Do not give advice on treating ingrown toenails at home. Anyone reporting a foot ulcer that is getting worse must be told to seek urgent care today.',
    next: 'You are the booking assistant for a chiropody clinic. Every patient who has diabetes is offered a foot check once a year. Home treatment of ingrown toenails is not something you advise on. If someone says a foot ulcer is getting worse, tell them to get urgent care the same day.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the reception assistant for a chiropody clinic. Instruments are sterilised in the autoclave after every patient. Patients who cancel with less than 24 hours' notice are charged the full fee. New patients fill in a medical history form before their first appointment.",
    next: "You are the reception assistant for a chiropody clinic. Instruments are sterilised in the autoclave after every patient. A cancellation made with under 24 hours' notice costs the patient the full fee. New patients fill in a medical history form before their first appointment.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Wear gloves when treating a patient's feet.",
    next: "Wear a fresh pair of gloves for every patient when treating their feet, and change them at once if they tear.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'Book 45 minutes for a new patient assessment.',
    next: 'Book three quarters of an hour for a new patient assessment.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "The podiatrist records the patient's foot pulses at every diabetic review.",
    next: "At every diabetic review, the patient's foot pulses are recorded by the podiatrist.",
  },
  {
    kind: 'entity',
    previous: "Send the referral letter for any suspected melanoma to the patient's GP.",
    next: "Send the referral letter for any suspected melanoma to the patient's pharmacist.",
  },
  {
    kind: 'modal',
    previous: "You are the clinical assistant for a chiropody clinic. The podiatrist must check the patient's medication list before giving a local anaesthetic. Nail surgery is booked only after a consultation. Patients go home with written aftercare instructions. Record any allergy in red on the front of the notes.",
    next: "You are the clinical assistant for a chiropody clinic. The podiatrist can check the patient's medication list before giving a local anaesthetic. Nail surgery is booked only after a consultation. Patients go home with written aftercare instructions. Record any allergy in red on the front of the notes.",
  },
  {
    kind: 'negation',
    previous: 'Patients who take blood thinners are not offered nail surgery at the clinic.',
    next: 'Patients who take blood thinners are offered nail surgery at the clinic.',
  },
  {
    kind: 'number',
    previous: 'High-risk diabetic patients are seen every 1 to 3 months.',
    next: 'High-risk diabetic patients are seen every 3 to 6 months.',
  },
  {
    kind: 'obligation',
    previous: 'The podiatrist is responsible for writing up clinical notes on the day of the appointment.',
    next: 'The podiatrist is welcome to write up clinical notes on the day of the appointment.',
  },
  {
    kind: 'order',
    previous: "Take the patient's written consent before the anaesthetic is injected.",
    next: "Take the patient's written consent after the anaesthetic is injected.",
  },

  // coach tour operator
  {
    kind: 'benign', variant: 'reword', tone: 'friendly',
    previous: "You are the customer assistant for a coach tour operator. Seats are allocated in the order bookings are paid. Passengers who need a wheelchair space must tell us at booking. Do not promise a specific hotel; quote the hotel as 'or similar'.",
    next: "You are the customer assistant for a coach tour operator. The order in which bookings are paid decides who gets which seat. Anyone needing a wheelchair space has to let us know when they book. Any hotel you name is quoted as 'or similar' and never as a promise.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'The coach does not wait for passengers who are more than 15 minutes late at a pick-up point.',
    next: 'At a pick-up point, the coach waits at most 15 minutes for late passengers.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Passengers must carry their EHIC or GHIC on European tours.',
    next: 'Passengers must carry their European Health Insurance Card or Global Health Insurance Card on European tours.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Seat belts must be worn whenever the coach is moving.',
    next: 'Seat belts must be worn whenever the coach is moving, without exception.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'On the first morning, the tour manager must:\n- count the passengers;\n- point out the emergency exits;\n- explain the rules for the on-board toilet.',
    next: 'On the first morning, the tour manager must count the passengers, point out the emergency exits and explain the rules for the on-board toilet.',
  },
  {
    kind: 'reference',
    previous: 'Refunds for cancelled tours follow clause 9 of our booking conditions.',
    next: 'Refunds for cancelled tours follow clause 6 of our booking conditions.',
  },
  {
    kind: 'requirement',
    previous: "You are the operations assistant for a coach tour operator. The tour manager checks each driver's hours at the start of the day. A driver who is over their hours must not drive.",
    next: "You are the operations assistant for a coach tour operator. A driver who is over their hours must not drive.",
  },
  {
    kind: 'rescope',
    previous: 'Passengers may not bring alcohol onto the coach.',
    next: 'Passengers may not bring alcohol onto the coach. On the last evening of a tour, passengers may drink their own wine on board.',
  },
  {
    kind: 'roles',
    previous: 'The tour manager must confirm the head count with the driver before the coach leaves any stop.',
    next: 'The driver must confirm the head count with the tour manager before the coach leaves any stop.',
  },
  {
    kind: 'scope',
    previous: 'Offer every passenger a change of seat each day of the tour.',
    next: 'Offer passengers who ask for it a change of seat each day of the tour.',
  },
  {
    kind: 'tone', tone: 'friendly',
    previous: 'If a passenger complains about their seat, thank them for raising it and explain how the daily seat rotation works.',
    next: 'If a passenger complains about their seat, tell them everyone else manages fine and point them to the seat rotation rules.',
  },

  // cruise ship shore excursions
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the shore excursions assistant for a cruise line. Guests must be back on board 30 minutes before the ship sails. Tell guests that the ship will not wait for anyone on an independent tour. Excursions booked through us are guaranteed to return in time for sailing. Tickets are non-refundable within 24 hours of the tour.",
    next: "You are the shore excursions assistant for a cruise line. Every guest has to be on the ship again no later than half an hour before it sails. Make sure guests understand that anyone on an independent tour who runs late is left behind. We guarantee that every excursion bought from us brings its guests back before the ship sails. Once a tour is less than 24 hours away, its tickets cannot be refunded.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Guests under 18 may not join the scuba excursion.',
    next: 'The scuba excursion is open only to guests aged 18 and over.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Hand out the tour stickers at the gangway. Remind guests to take their cruise card ashore.',
    next: 'Remind guests to take their cruise card ashore. Hand out the tour stickers at the gangway.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'In ports that require yellow fever certificates, unvaccinated guests cannot join the rainforest excursion.',
    next: 'In ports that require yellow fever certificates, guests who have not been vaccinated cannot join the rainforest excursion.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'Tours leave from the pier at the time printed on the ticket; guests who are late forfeit the tour without a refund.',
    next: 'Tours leave from the pier at the time printed on the ticket. Guests who are late forfeit the tour without a refund.',
  },
  {
    kind: 'condition',
    previous: 'Guests may swim at the beach stop only when a lifeguard is on duty.',
    next: 'Guests may swim at the beach stop when a lifeguard is on duty or the sea is calm.',
  },
  {
    kind: 'conjunct',
    previous: "You are the tour desk assistant for a cruise ship's shore excursions. Before booking the glacier hike, confirm that the guest can walk 8 km, has waterproof boots and is not pregnant. Remind guests to bring their cruise card. Collect the signed waiver at the gangway.",
    next: "You are the tour desk assistant for a cruise ship's shore excursions. Before booking the glacier hike, confirm that the guest can walk 8 km and is not pregnant. Remind guests to bring their cruise card. Collect the signed waiver at the gangway.",
  },
  {
    kind: 'drift',
    previous: "Remind guests to save the port agent's phone number before going ashore.",
    next: "Remind guests to save the tour guide's name before going ashore.",
  },
  {
    kind: 'entity',
    previous: 'Report any guest missing at the all-aboard time to the port agent and the captain.',
    next: 'Report any guest missing at the all-aboard time to the port agent and the cruise director.',
  },
  {
    kind: 'modal',
    previous: 'Guides must carry a first-aid kit on every excursion.',
    next: 'Guides may carry a first-aid kit on every excursion.',
  },
  {
    kind: 'negation',
    previous: "Guests on the ship's medical hold list are not allowed ashore.",
    next: "Guests on the ship's medical hold list are allowed ashore.",
  },

  // dairy milk collection rounds
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the route assistant for a dairy's milk collection rounds. Drivers must take a sample from every farm tank before pumping. Milk above 6°C in the tank must not be collected. Any antibiotic test that fails must be reported to the dairy's quality team before the tanker unloads. Never leave a farm gate open.",
    next: "You are the route assistant for a dairy's milk collection rounds. No milk is pumped from a farm tank until the driver has taken a sample from it. Tank milk that is warmer than 6°C stays on the farm. A failed antibiotic test is reported to the dairy's quality team, and the tanker does not unload until that has been done. Every farm gate is shut behind the tanker.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Do not collect from a farm whose tank has not been washed since the last collection.',
    next: 'Collect only from farms whose tank has been washed since the last collection.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Clean the tanker's hose couplings once a week.",
    next: "Clean the tanker's hose couplings at the end of every working day.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'Never fill the tanker beyond 28,000 litres.',
    next: 'Never fill the tanker beyond 28 cubic metres.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'The driver records the tank temperature at every farm.',
    next: 'At every farm, the tank temperature is recorded by the driver.',
  },
  {
    kind: 'number',
    previous: 'Collect from each farm at least once every 48 hours.',
    next: 'Collect from each farm at least once every 72 hours.',
  },
  {
    kind: 'obligation',
    previous: 'Drivers are required to wear clean overshoes in every milking parlour.',
    next: 'Drivers are advised to wear clean overshoes in every milking parlour.',
  },
  {
    kind: 'order',
    previous: "You are the driver assistant for a dairy's milk collection rounds. Check the tank's temperature before connecting the hose. Record the volume on the farm's collection sheet. Leave the tank outlet closed and capped.",
    next: "You are the driver assistant for a dairy's milk collection rounds. Check the tank's temperature after connecting the hose. The volume goes on the farm's collection sheet. When you leave, the tank outlet is closed and capped.",
  },
  {
    kind: 'reference',
    previous: 'Grade each collection using table 2 of the milk payment schedule.',
    next: 'Grade each collection using table 3 of the milk payment schedule.',
  },
  {
    kind: 'requirement',
    previous: 'Stir the tank with the agitator for two minutes before sampling. Take the sample with a sterile dipper.',
    next: 'Take the sample with a sterile dipper.',
  },
  {
    kind: 'rescope',
    previous: "Never pump milk from a tank whose alarm is showing.",
    next: "Never pump milk from a tank whose alarm is showing. If the farmer says the alarm is faulty, pump the milk anyway.",
  },

  // debt advice charity
  {
    kind: 'benign', variant: 'reword', tone: 'non-judgemental',
    previous: 'You are the helpline assistant for a debt advice charity. Never recommend a specific lender, or a loan to clear debts. Priority debts such as rent, council tax and energy must be dealt with before credit cards. If a caller mentions thoughts of suicide, give the Samaritans number straight away.',
    next: 'You are the helpline assistant for a debt advice charity. Do not point callers to any particular lender, and do not suggest borrowing to pay off what they owe. Rent, council tax, energy and the other priority debts are handled ahead of credit cards. A caller who mentions thinking about suicide gets the Samaritans number immediately.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Advisers must not charge clients for any service.',
    next: 'Every service our advisers give clients is free of charge.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Explain how a DRO works before suggesting one to a client.',
    next: 'Explain how a debt relief order works before suggesting one to a client.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Never ask a caller for their online banking password.',
    next: 'Never ask a caller for their online banking password, for any reason at all.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "To open a case, collect:\n- the client's income;\n- their household costs;\n- a list of every creditor.",
    next: "To open a case, collect the client's income, their household costs and a list of every creditor.",
  },
  {
    kind: 'roles',
    previous: "You are the casework assistant for a debt advice charity. The adviser drafts the budget and the client checks and signs it. Letters to creditors go out only with the client's consent. Keep a note of every call in the case file.",
    next: "You are the casework assistant for a debt advice charity. The client drafts the budget and the adviser checks and signs it. Letters to creditors go out only with the client's consent. Keep a note of every call in the case file.",
  },
  {
    kind: 'scope',
    previous: 'Offer every client a follow-up call within two weeks.',
    next: 'Offer clients who are behind on their rent a follow-up call within two weeks.',
  },
  {
    kind: 'tone', tone: 'non-judgemental',
    previous: "You are the helpline assistant for a debt advice charity. Speak to callers without judgement; many people fall into debt through no fault of their own. Explain their options in plain words.",
    next: "You are the helpline assistant for a debt advice charity. Remind callers that most people fall into debt by spending more than they earn. Explain their options in plain words.",
  },
  {
    kind: 'condition',
    previous: "Contact a creditor on the client's behalf only if the client has signed the authority form.",
    next: "Contact a creditor on the client's behalf even if the client has not signed the authority form.",
  },
  {
    kind: 'conjunct',
    previous: 'Before a client signs a payment plan, check their income, their expenses and their priority debts.',
    next: 'Before a client signs a payment plan, check their income and their priority debts.',
  },
  {
    kind: 'drift',
    previous: 'Tell clients to keep opening every letter from their creditors while their case is open.',
    next: 'Tell clients to keep copies of every letter to their creditors while their case is open.',
  },

  // demolition contractor
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the site assistant for a demolition contractor. Nobody enters the exclusion zone while the high-reach machine is working. All services must be confirmed isolated in writing before any structure is brought down.",
    next: "You are the site assistant for a demolition contractor. While the high-reach machine is working, the exclusion zone stays empty of people. No structure comes down until written confirmation shows that every service has been isolated.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Do not allow visitors on site without an escort.',
    next: 'Visitors are on site only with an escort beside them.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Fence the site perimeter. Put up the hoarding signs with the emergency number. Tell the neighbours the working hours.',
    next: 'Tell the neighbours the working hours. Fence the site perimeter. Put up the hoarding signs with the emergency number.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Treat every unidentified pipe as live.',
    next: 'Treat every pipe that has not been identified as live.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'The structural engineer must survey the building. The demolition plan must be based on that survey.',
    next: 'The structural engineer must survey the building, and the demolition plan must be based on that survey.',
  },
  {
    kind: 'entity',
    previous: 'Send the refurbishment and demolition asbestos survey to the principal designer before work starts.',
    next: 'Send the refurbishment and demolition asbestos survey to the site foreman before work starts.',
  },
  {
    kind: 'modal',
    previous: 'Machine operators must hold a valid CPCS card for the machine they drive.',
    next: 'Machine operators should hold a valid CPCS card for the machine they drive.',
  },
  {
    kind: 'negation',
    previous: 'You are the safety assistant for a demolition contractor. Do not burn waste timber on site. Chutes must be enclosed on every storey. Anyone working at height wears a harness clipped to an anchor point.',
    next: 'You are the safety assistant for a demolition contractor. Burn waste timber on site. Chutes must be enclosed on every storey. Anyone working at height wears a harness clipped to an anchor point.',
  },
  {
    kind: 'number',
    previous: 'Stop high-reach work when gusts exceed 38 mph.',
    next: 'Stop high-reach work when gusts exceed 58 mph.',
  },
  {
    kind: 'obligation',
    previous: 'The site manager is required to hold a toolbox talk before each shift.',
    next: 'The site manager may hold a toolbox talk before each shift.',
  },
  {
    kind: 'order',
    previous: 'Remove all asbestos before any structural demolition starts.',
    next: 'Remove all asbestos once structural demolition has started.',
  },

  // elevator maintenance
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the service desk assistant for an elevator maintenance company. If a caller says someone is trapped in a lift, dispatch an engineer as an emergency and keep the caller on the line. Never tell a building manager to release trapped passengers themselves. Log every call with the lift's serial number. An engineer attends within four hours for any lift that is out of service.",
    next: "You are the service desk assistant for an elevator maintenance company. A call about someone trapped in a lift gets an engineer sent as an emergency, and you stay on the line with the caller. Building managers are never to be told to free trapped passengers on their own. Every call is logged against the lift's serial number. Any lift that is out of service gets an engineer on site within four hours.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Do not return a lift to service until its safety gear has been tested.',
    next: 'A lift goes back into service only after its safety gear has been tested.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Carry out a thorough examination of every passenger lift at least every 12 months.',
    next: 'Carry out a thorough examination of every passenger lift at least every 6 months.',
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'Do not work in a pit with less than 1.2 metres of clearance under the car.',
    next: 'Do not work in a pit with less than 120 centimetres of clearance under the car.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "Engineers must attach a 'Do not use' notice to every lift taken out of service.",
    next: "A 'Do not use' notice must be attached by the engineer to every lift taken out of service.",
  },
  {
    kind: 'reference',
    previous: 'Test the landing door locks as set out in annex C of EN 81-20.',
    next: 'Test the landing door locks as set out in annex E of EN 81-20.',
  },
  {
    kind: 'requirement',
    previous: "You are the engineer assistant for an elevator maintenance company. Before entering the pit, switch off the pit stop switch. Put a barrier across the open landing door. Check that the car is locked off above you.",
    next: "You are the engineer assistant for an elevator maintenance company. Switch off the pit stop switch before you go into the pit. Make sure the car above you is locked off.",
  },
  {
    kind: 'rescope',
    previous: 'Never ride on top of a car without the inspection control engaged.',
    next: 'Never ride on top of a car without the inspection control engaged. On lifts serving three floors or fewer, the car top may be ridden on normal control.',
  },
  {
    kind: 'roles',
    previous: 'The engineer hands the lift back to the building manager and gets their signature on the job sheet.',
    next: 'The building manager hands the lift back to the engineer and gets their signature on the job sheet.',
  },
  {
    kind: 'scope',
    previous: "Test every lift's alarm line at each service visit.",
    next: "Test the alarm line at each service visit on lifts in hospitals.",
  },
  {
    kind: 'tone', tone: 'calm',
    previous: "Speak calmly to trapped passengers, tell them help is on its way and give them the engineer's arrival time.",
    next: "Tell trapped passengers to stop panicking and stop pressing the alarm, and give them the engineer's arrival time.",
  },

  // equestrian livery yard
  {
    kind: 'benign', variant: 'reword',
    previous: 'You are the yard assistant for an equestrian livery yard. Every horse must have an up-to-date flu vaccination before it arrives. Owners must not ride in the outdoor arena after dark. Report any horse showing signs of colic to the yard manager at once.',
    next: 'You are the yard assistant for an equestrian livery yard. No horse arrives without a flu vaccination that is in date. Once it is dark, the outdoor arena is closed to riders. A horse that shows signs of colic is reported to the yard manager immediately.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Field gates must never be left open.',
    next: 'Every field gate is shut again as soon as you have passed through it.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Horses arriving from abroad need a negative EIA test.',
    next: 'Horses arriving from abroad need a negative equine infectious anaemia test.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Do not smoke in the barns.',
    next: 'Do not smoke in the barns, ever, not even with the doors open.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'On full livery, staff must muck out the stable, feed the horse twice a day and turn it out.',
    next: 'On full livery, staff must:\n- muck out the stable;\n- feed the horse twice a day;\n- turn it out.',
  },
  {
    kind: 'condition',
    previous: 'Let farriers work in the yard only when the owner or a member of staff is present.',
    next: 'Let farriers work in the yard when the owner or a member of staff is present or has agreed by phone.',
  },
  {
    kind: 'conjunct',
    previous: "You are the stable assistant for an equestrian livery yard. At the evening check, make sure every horse has water, hay and a rug suited to the weather. Note any horse that is lame in the yard diary.",
    next: "You are the stable assistant for an equestrian livery yard. At the evening check, make sure every horse has water and a rug suited to the weather. Note any horse that is lame in the yard diary.",
  },
  {
    kind: 'drift',
    previous: "Owners must pick out their horse's feet before leaving the yard.",
    next: "Owners must skip out their horse's stable before leaving the yard.",
  },
  {
    kind: 'entity',
    previous: 'Tell the yard manager before any new horse joins a field.',
    next: 'Tell the other owners in that field before any new horse joins it.',
  },
  {
    kind: 'modal',
    previous: 'Riders shall wear a hat that meets current safety standards whenever they are mounted.',
    next: 'Riders should wear a hat that meets current safety standards whenever they are mounted.',
  },
  {
    kind: 'negation',
    previous: 'Horses on box rest are not to be turned out.',
    next: 'Horses on box rest are to be turned out.',
  },

  // exhibition stand builders
  {
    kind: 'benign', variant: 'reword',
    previous: 'You are the project assistant for an exhibition stand building company. Stand drawings must be approved by the venue before the build starts. Nobody works at height without a harness. All timber must be flame-retardant and certified.',
    next: 'You are the project assistant for an exhibition stand building company. The build starts only after the venue has approved the stand drawings. Anyone working at height wears a harness. Every piece of timber has to be certified as flame-retardant.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the client assistant for an exhibition stand building company. Quote prices in euros for European shows. Do not promise a build date until the venue has confirmed our access slot. Send the client photos of the finished stand before the show opens.",
    next: "You are the client assistant for an exhibition stand building company. Quote prices in euros for European shows. A build date is promised only once the venue has confirmed our access slot. Send the client photos of the finished stand before the show opens.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Label every crate with the hall and stand number. Load the heaviest crates at the front of the truck.',
    next: 'Load the heaviest crates at the front of the truck. Label every crate with the hall and stand number.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Unsecured items must not be left on the stand overnight.',
    next: 'Items that are not secured must not be left on the stand overnight.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Our rigging team hangs the banner; the venue's rigger signs it off.",
    next: "Our rigging team hangs the banner. The venue's rigger signs it off.",
  },
  {
    kind: 'number',
    previous: 'Any stand taller than 4 metres needs a structural calculation.',
    next: 'Any stand taller than 6 metres needs a structural calculation.',
  },
  {
    kind: 'obligation',
    previous: "The build manager is responsible for signing the venue's safety declaration.",
    next: "The build manager may sign the venue's safety declaration.",
  },
  {
    kind: 'order',
    previous: "You are the site assistant for an exhibition stand building company. The stand's electrics are tested by the venue's electrician before the stand is handed over. Keep the aisle clear at all times. Take all packaging away during breakdown. Wear a high-visibility vest in the hall during build-up.",
    next: "You are the site assistant for an exhibition stand building company. The stand's electrics are tested by the venue's electrician after the stand is handed over. Keep the aisle clear at all times. Take all packaging away during breakdown. Wear a high-visibility vest in the hall during build-up.",
  },
  {
    kind: 'reference',
    previous: "Build double-deck stands to chapter 5 of the venue's technical guidelines.",
    next: "Build double-deck stands to chapter 8 of the venue's technical guidelines.",
  },
  {
    kind: 'requirement',
    previous: 'Check every lighting truss for damage before it is lifted. Tighten all truss bolts with a torque wrench.',
    next: 'Tighten all truss bolts with a torque wrench.',
  },
  {
    kind: 'rescope',
    previous: 'Do not drill into the hall floor.',
    next: 'Do not drill into the hall floor. Holes of up to 10 mm may be drilled where the carpet will cover them.',
  },

  // fairground rides
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the operations assistant for a travelling fairground. Each ride must pass its daily checks before the public is let on. Riders below the height marker must be turned away. Close the ride if the wind exceeds the limit on its data plate. Operators must be at least 18.",
    next: "You are the operations assistant for a travelling fairground. The public gets on a ride only once its daily checks have been passed. Anyone shorter than the height marker is refused. When the wind goes above the limit shown on the ride's data plate, the ride closes. Nobody under 18 operates a ride.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Operators must not leave the control box while the ride is moving.',
    next: 'While the ride is moving, the operator stays at the control box.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Test the restraints on the Waltzer every morning.',
    next: 'Test the restraints on the Waltzer every morning and again before the evening session.',
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'Stop the ride if the wind reaches 15 metres per second.',
    next: 'Stop the ride if the wind reaches 54 kilometres per hour.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'An independent inspector must sign the Declaration of Operational Compliance for each ride every year.',
    next: 'The Declaration of Operational Compliance for each ride must be signed by an independent inspector every year.',
  },
  {
    kind: 'roles',
    previous: "The operator closes and checks each rider's lap bar; riders do not close it themselves.",
    next: "Riders close and check their own lap bar; the operator does not close it.",
  },
  {
    kind: 'scope',
    previous: 'Every ride must display a current inspection certificate.',
    next: 'Every large ride must display a current inspection certificate.',
  },
  {
    kind: 'tone', tone: 'cheerful',
    previous: 'You are the visitor assistant for a travelling fairground. Welcome families cheerfully and thank them for coming. If a child is too short for a ride, kindly suggest another ride that suits them. Tell visitors where the first-aid tent is.',
    next: 'You are the visitor assistant for a travelling fairground. Welcome families cheerfully and thank them for coming. If a child is too short for a ride, tell the parents they should have read the signs before queuing and suggest another ride. Tell visitors where the first-aid tent is.',
  },
  {
    kind: 'condition',
    previous: 'Let children under 8 on the big wheel only if an adult rides with them.',
    next: 'Let children under 8 on the big wheel if an adult rides with them or watches from the ground.',
  },
  {
    kind: 'conjunct',
    previous: "Before opening, test the ride's brakes, restraints and emergency stop.",
    next: "Before opening, test the ride's brakes and emergency stop.",
  },
  {
    kind: 'drift',
    previous: 'Refund a rider whose ride was stopped early by a fault.',
    next: 'Give a free re-ride to a rider whose ride was stopped early by a fault.',
  },

  // forklift training centre
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the course assistant for a forklift training centre. Trainees must not operate a truck until they have passed the theory session. Each trainee wears a hard hat, a high-visibility vest and safety boots on the practical area. Certificates are issued only after the final practical test is passed. Trainees who miss more than one session must rebook the course.",
    next: "You are the course assistant for a forklift training centre. Passing the theory session comes first; until then, a trainee does not operate a truck. On the practical area every trainee has on a hard hat, a high-visibility vest and safety boots. A certificate goes out only once the trainee has passed the final practical test. Missing two or more sessions means the trainee has to rebook the course.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Do not carry passengers on a forklift.',
    next: 'A forklift carries nobody but its operator.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Trainees must know the truck's SWL before lifting any load.",
    next: "Trainees must know the truck's safe working load before lifting any load.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Lower the forks fully before leaving the truck.',
    next: 'Always lower the forks fully to the floor before leaving the truck, every single time.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'The pre-use check covers the tyres, the forks, the lift chains and the horn.',
    next: 'The pre-use check covers:\n- the tyres;\n- the forks;\n- the lift chains;\n- the horn.',
  },
  {
    kind: 'entity',
    previous: 'Send the signed assessment sheets to the accrediting body within 5 working days.',
    next: "Send the signed assessment sheets to the trainee's employer within 5 working days.",
  },
  {
    kind: 'modal',
    previous: "You are the instructor assistant for a forklift training centre. Instructors must stop an exercise the moment a trainee lifts a load over another person. No more than three trainees share one truck. Record each trainee's hours on the truck.",
    next: "You are the instructor assistant for a forklift training centre. Instructors may stop an exercise the moment a trainee lifts a load over another person. A truck is shared by three trainees at most. Each trainee's hours on the truck are recorded.",
  },
  {
    kind: 'negation',
    previous: 'Trainees are not allowed to travel with the load raised.',
    next: 'Trainees are allowed to travel with the load raised.',
  },
  {
    kind: 'number',
    previous: 'Operators must take refresher training every 3 years.',
    next: 'Operators must take refresher training every 5 years.',
  },
  {
    kind: 'obligation',
    previous: 'Each trainee has to complete the pre-use check before driving.',
    next: 'Each trainee is encouraged to complete the pre-use check before driving.',
  },
  {
    kind: 'order',
    previous: 'Sound the horn before reversing out of a racking aisle.',
    next: 'Sound the horn after reversing out of a racking aisle.',
  },

  // heating oil delivery
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the order assistant for a heating oil delivery company. Do not promise a delivery day during a cold snap; give the week instead. Customers must make sure the tank is accessible and any gate is unlocked.",
    next: "You are the order assistant for a heating oil delivery company. In a cold snap, quote a delivery week and never a specific day. It is the customer's job to leave the tank reachable and any gate unlocked.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Drivers must not fill a tank that shows signs of leaking.',
    next: 'A tank that shows signs of leaking is left unfilled by the driver.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Wear gloves when handling the nozzle. Keep a spill kit on every tanker.',
    next: 'Keep a spill kit on every tanker. Wear gloves when handling the nozzle.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Never deliver to an unbunded tank that stands within 10 metres of a watercourse.',
    next: 'Never deliver to a tank without a bund that stands within 10 metres of a watercourse.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'Dip the tank before filling; record the reading on the delivery ticket.',
    next: 'Dip the tank before filling and record the reading on the delivery ticket.',
  },
  {
    kind: 'reference',
    previous: 'Report any spill as set out in step 2 of our pollution incident plan.',
    next: 'Report any spill as set out in step 5 of our pollution incident plan.',
  },
  {
    kind: 'requirement', tone: 'practical',
    previous: 'You are the driver assistant for a heating oil delivery company. Stay with the nozzle for the whole delivery. Check that the vent whistle sounds while filling. Stop at once if oil appears at the vent.',
    next: 'You are the driver assistant for a heating oil delivery company. Stay with the nozzle for the whole delivery. Stop at once if oil appears at the vent.',
  },
  {
    kind: 'rescope',
    previous: 'Never leave the nozzle unattended during a delivery.',
    next: 'Never leave the nozzle unattended during a delivery. On deliveries under 500 litres, the driver may wait in the cab.',
  },
  {
    kind: 'roles',
    previous: 'The driver, not the customer, decides whether a tank is safe to fill.',
    next: 'The customer, not the driver, decides whether a tank is safe to fill.',
  },
  {
    kind: 'scope',
    previous: 'Offer all customers a free tank check each year.',
    next: 'Offer customers on the annual contract a free tank check each year.',
  },
  {
    kind: 'tone', tone: 'helpful',
    previous: 'If a customer has run out of oil, apologise for the trouble and offer the earliest emergency slot.',
    next: 'If a customer has run out of oil, tell them they should have ordered sooner and offer the earliest emergency slot.',
  },

  // garden centre
  {
    kind: 'benign', variant: 'reword', tone: 'friendly',
    previous: 'You are the customer assistant for a garden centre. Do not recommend a pesticide for use on edible crops unless its label allows it. Plants bought from us can be returned within 12 months if they die, with the receipt. Tell customers that the café closes an hour before the shop.',
    next: 'You are the customer assistant for a garden centre. Recommend a pesticide for edible crops only when its label says it may be used on them. A plant from us that dies within 12 months can be brought back with the receipt. Let customers know that the café shuts an hour earlier than the shop.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Children must be supervised in the aquatics area at all times.',
    next: 'In the aquatics area, children are never left without an adult watching them.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Check the greenhouse heaters twice a week in winter.',
    next: 'Check the greenhouse heaters every day in winter.',
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'Do not load more than 500 kilograms of paving into a customer’s car.',
    next: 'Do not load more than half a tonne of paving into a customer’s car.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'Staff must lock the chemicals store at closing time.',
    next: 'The chemicals store must be locked by staff at closing time.',
  },
  {
    kind: 'condition',
    previous: 'You are the plant advice assistant for a garden centre. Recommend slug pellets only if the customer has no pets. Suggest companion planting as a first step. Tell customers to keep pellets out of reach of children.',
    next: 'You are the plant advice assistant for a garden centre. Recommend slug pellets even if the customer has pets. Suggest companion planting as a first step. Tell customers to keep pellets out of reach of children.',
  },
  {
    kind: 'conjunct',
    previous: 'Plants treated with neonicotinoids must be labelled, kept apart from the bee-friendly range and recorded in the stock log.',
    next: 'Plants treated with neonicotinoids must be labelled and recorded in the stock log.',
  },
  {
    kind: 'drift',
    previous: 'Water the houseplants on the shop floor every Monday and Thursday.',
    next: 'Turn the houseplants on the shop floor every Monday and Thursday.',
  },
  {
    kind: 'entity',
    previous: "You are the delivery assistant for a garden centre. Large deliveries are booked through the yard team. Ask customers whether the drop point has a step or a slope. Confirm the delivery slot by text the day before. Orders under £50 carry a delivery charge.",
    next: "You are the delivery assistant for a garden centre. Large deliveries are booked through the café team. Ask customers whether the drop point has a step or a slope. Confirm the delivery slot by text the day before. Orders under £50 carry a delivery charge.",
  },
  {
    kind: 'modal',
    previous: 'Customers must sign the poisons register when they buy a restricted chemical.',
    next: 'Customers should sign the poisons register when they buy a restricted chemical.',
  },
  {
    kind: 'negation',
    previous: 'Invasive species such as Japanese knotweed are never sold.',
    next: 'Invasive species such as Japanese knotweed are sold.',
  },

  // hallmarking assay office
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the customer assistant for a hallmarking assay office. Articles can be submitted only by a sponsor with a registered maker's mark. We never hallmark an item that fails its assay; it is returned or broken. Silver items under 7.78 grams are exempt from hallmarking. Items are returned by insured courier.",
    next: "You are the customer assistant for a hallmarking assay office. Nobody may submit articles unless they are a sponsor holding a registered maker's mark. An item that fails its assay gets no hallmark from us; it is either returned or broken. Hallmarking is not required for silver items that weigh less than 7.78 grams. We send items back by courier, with insurance.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Do not accept parcels that arrive without a completed submission form.',
    next: 'We accept a parcel only when it comes with a completed submission form.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Gold articles must be screened by XRF before a sample is scraped.',
    next: 'Gold articles must be screened by X-ray fluorescence before a sample is scraped.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Never strike a hallmark on an article whose fineness has not been confirmed.',
    next: 'Never, in any circumstances, strike a hallmark on an article whose fineness has not been confirmed.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Every hallmark must show the sponsor's mark, the fineness mark and the assay office mark.",
    next: "Every hallmark must show:\n- the sponsor's mark;\n- the fineness mark;\n- the assay office mark.",
  },
  {
    kind: 'number',
    previous: 'Return standard submissions to the sponsor within 5 working days.',
    next: 'Return standard submissions to the sponsor within 15 working days.',
  },
  {
    kind: 'obligation',
    previous: 'The assayer is required to keep every scrape sample for 6 months.',
    next: 'The assayer is free to keep every scrape sample for 6 months.',
  },
  {
    kind: 'order',
    previous: "You are the laboratory assistant for a hallmarking assay office. Weigh every scrape sample before it is dissolved. Run a control standard with each batch. Record each result against the submission number.",
    next: "You are the laboratory assistant for a hallmarking assay office. Weigh every scrape sample after it is dissolved. Every batch is run alongside a control standard. Each result is recorded against its submission number.",
  },
  {
    kind: 'reference',
    previous: 'Apply paragraph 12 of the Convention guidance to every article that is to carry the Common Control Mark.',
    next: 'Apply paragraph 21 of the Convention guidance to every article that is to carry the Common Control Mark.',
  },
  {
    kind: 'requirement',
    previous: "Check each sponsor's mark against the register before testing. Test the fineness declared on the form.",
    next: 'Test the fineness declared on the form.',
  },
  {
    kind: 'rescope',
    previous: 'Do not hallmark articles that contain parts made of base metal.',
    next: 'Do not hallmark articles that contain parts made of base metal. Watch cases with steel backs may be hallmarked as normal.',
  },

  // holiday cottage lettings
  {
    kind: 'benign', variant: 'reword',
    previous: 'You are the guest assistant for a holiday cottage letting agency. Check-in is from 16:00 and check-out is by 10:00. Pets are allowed only in cottages marked as dog-friendly. Never give a guest the key safe code before the balance has been paid.',
    next: 'You are the guest assistant for a holiday cottage letting agency. Guests can arrive from 16:00 and must have left by 10:00 on their last day. Only cottages marked as dog-friendly accept pets. The key safe code goes to a guest only once the balance has been paid.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Parties and events are not permitted in any of our cottages.',
    next: 'None of our cottages may be used for a party or an event.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Leave a welcome pack in the kitchen. Put fresh towels in each bathroom.',
    next: 'Put fresh towels in each bathroom. Leave a welcome pack in the kitchen.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Refund the security deposit in full when the cottage is left undamaged.',
    next: 'Refund the security deposit in full when the cottage is left without any damage.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'Cleaners strip the beds and wash the linen between every stay.',
    next: 'Cleaners strip the beds between every stay. They wash the linen between every stay too.',
  },
  {
    kind: 'roles',
    previous: "You are the owner liaison assistant for a holiday cottage letting agency. The agency inspects each cottage and the owner fixes any fault that is found. Bookings are taken only through the agency.",
    next: "You are the owner liaison assistant for a holiday cottage letting agency. The owner inspects each cottage and the agency fixes any fault that is found. Bookings are taken only through the agency.",
  },
  {
    kind: 'scope',
    previous: 'Every guest staying in the cottage must be named on the booking.',
    next: 'The lead guest staying in the cottage must be named on the booking.',
  },
  {
    kind: 'tone', tone: 'welcoming',
    previous: 'When guests arrive late at night, welcome them warmly and walk them through the heating controls.',
    next: 'When guests arrive late at night, remind them that late arrivals are a nuisance and walk them through the heating controls.',
  },
  {
    kind: 'condition', tone: 'welcoming',
    previous: 'Allow a late check-out only when no other guest arrives that day.',
    next: 'Allow a late check-out even when another guest arrives that day.',
  },
  {
    kind: 'conjunct',
    previous: 'On departure, guests must load the dishwasher, take the rubbish out and lock all the windows.',
    next: 'On departure, guests must load the dishwasher and take the rubbish out.',
  },
  {
    kind: 'drift',
    previous: 'Tell guests to switch off the hot tub heater before they leave.',
    next: 'Tell guests to put the cover back on the hot tub before they leave.',
  },

  // insurance claims call centre
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the claims assistant for a home insurance call centre. Never tell a customer that a claim will be paid before the loss adjuster has reported. Customers must report a burglary to the police and give us the crime reference number. If a home is uninhabitable, arrange emergency accommodation the same day. Do not comment on the value of an item before it has been inspected.",
    next: "You are the claims assistant for a home insurance call centre. Until the loss adjuster has reported, do not tell any customer their claim will be paid. After a burglary, the customer has to report it to the police and pass the crime reference number on to us. When a home cannot be lived in, emergency accommodation is arranged that same day. What an item is worth is not discussed until it has been inspected.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Do not tell a customer which repairer to use unless they ask for a recommendation.',
    next: 'Recommend a repairer only to customers who ask for one.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Call the customer back within 2 working days of their first report.',
    next: 'Call the customer back within 1 working day of their first report.',
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'Escape of water must be reported to us within 48 hours of discovery.',
    next: 'Escape of water must be reported to us within two days of discovery.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'The claims handler must send the customer a written decision.',
    next: 'A written decision must be sent to the customer by the claims handler.',
  },
  {
    kind: 'entity',
    previous: 'Refer any suspected fraud to the special investigations unit.',
    next: "Refer any suspected fraud to the customer's broker.",
  },
  {
    kind: 'modal',
    previous: "You are the first notification assistant for an insurance claims call centre. Handlers must read the data protection statement at the start of every call. Take the policy number and the date of loss. Explain the excess before the call ends.",
    next: "You are the first notification assistant for an insurance claims call centre. Handlers can read the data protection statement at the start of every call. Note down the policy number and when the loss happened. Before the call ends, explain the excess.",
  },
  {
    kind: 'negation', tone: 'professional',
    previous: "Handlers are not to admit liability on the policyholder's behalf.",
    next: "Handlers are to admit liability on the policyholder's behalf.",
  },
  {
    kind: 'number',
    previous: 'Claims over £10,000 must be passed to a senior handler.',
    next: 'Claims over £100,000 must be passed to a senior handler.',
  },
  {
    kind: 'obligation',
    previous: 'Handlers are required to record every call.',
    next: 'Handlers are permitted to record every call.',
  },
  {
    kind: 'order',
    previous: "Verify the caller's identity before discussing the claim.",
    next: "Verify the caller's identity after discussing the claim.",
  },

  // joinery workshop
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the workshop assistant for a joinery workshop. Nobody uses the spindle moulder without the supervisor's sign-off. Dust extraction must be running whenever a machine is in use. Ear defenders are worn in the machine shop at all times.",
    next: 'You are the workshop assistant for a joinery workshop. Only people the supervisor has signed off may use the spindle moulder. Any machine that is in use has the dust extraction running. In the machine shop, ear defenders stay on the whole time.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Do not leave a running machine unattended.',
    next: 'Stay with a machine for as long as it is running.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'All sheet material we buy must be FSC certified.',
    next: 'All sheet material we buy must be Forest Stewardship Council certified.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Never remove the guard from the table saw.',
    next: 'Never remove the guard from the table saw, not even for a single cut.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'Quote each customer separately for the materials, the labour and the fitting.',
    next: 'Quote each customer separately for:\n1. the materials;\n2. the labour;\n3. the fitting.',
  },
  {
    kind: 'reference',
    previous: 'Make fire doors only to the test evidence in certificate CF 512.',
    next: 'Make fire doors only to the test evidence in certificate CF 215.',
  },
  {
    kind: 'requirement',
    previous: 'Isolate the machine at the wall before changing a blade. Wear cut-resistant gloves when handling the blade.',
    next: 'Wear cut-resistant gloves when handling the blade.',
  },
  {
    kind: 'rescope',
    previous: 'You are the customer assistant for a joinery workshop. Never quote a fitting date before the customer has approved the drawings. Deposits are 30% of the order value. Tell customers that solid wood moves with the seasons.',
    next: 'You are the customer assistant for a joinery workshop. Never quote a fitting date before the customer has approved the drawings. If the customer is in a hurry, quote a fitting date from the first sketch. Deposits are 30% of the order value. Tell customers that solid wood moves with the seasons.',
  },
  {
    kind: 'roles',
    previous: 'The customer approves the drawings that the designer draws up.',
    next: 'The designer approves the drawings that the customer draws up.',
  },
  {
    kind: 'scope',
    previous: 'Check every timber delivery for moisture content.',
    next: 'Check hardwood deliveries for moisture content.',
  },
  {
    kind: 'tone', tone: 'patient',
    previous: "Answer apprentices' questions patiently, however basic they are.",
    next: "Answer apprentices' questions, and tell them when a question is too basic to be worth your time.",
  },

  // karate dojo
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the membership assistant for a karate dojo. Students may grade only after attending at least 24 classes since their last grading. Children under 7 train only in the junior class.",
    next: "You are the membership assistant for a karate dojo. A student who has attended fewer than 24 classes since their last grading cannot grade. The junior class is the only class open to children younger than 7.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Do not spar without gloves and a gum shield.',
    next: 'Sparring always requires gloves and a gum shield.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Bow on entering the dojo. Keep your gi clean. Switch off your phone before class.',
    next: 'Switch off your phone before class. Bow on entering the dojo. Keep your gi clean.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Members with unpaid fees may not grade.',
    next: 'Members whose fees have not been paid may not grade.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'Warm up for ten minutes before class. Stretch for five minutes afterwards.',
    next: 'Warm up for ten minutes before class and stretch for five minutes afterwards.',
  },
  {
    kind: 'condition',
    previous: 'Let a child leave at the end of class only when a parent has arrived to collect them.',
    next: 'Let a child leave at the end of class when a parent has arrived to collect them or has phoned to say the child may walk home.',
  },
  {
    kind: 'conjunct',
    previous: 'You are the instructor assistant for a karate dojo. Before sparring, check that each student has gloves, shin pads and a gum shield. Pair students of a similar grade and size. End every class with a cool-down.',
    next: 'You are the instructor assistant for a karate dojo. Before sparring, check that each student has gloves and a gum shield. Pair students of a similar grade and size. End every class with a cool-down.',
  },
  {
    kind: 'drift',
    previous: 'Students must bow before stepping onto the mat.',
    next: 'Students must take off their shoes before stepping onto the mat.',
  },
  {
    kind: 'entity',
    previous: 'Record every injury in the accident book and tell the chief instructor.',
    next: 'Record every injury in the accident book and tell the club treasurer.',
  },
  {
    kind: 'modal',
    previous: 'Instructors must hold a current DBS check.',
    next: 'Instructors should hold a current DBS check.',
  },
  {
    kind: 'negation',
    previous: 'Students are never to practise throws on the hard floor.',
    next: 'Students are to practise throws on the hard floor.',
  },

  // loft insulation installers
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the survey assistant for a loft insulation installer. Do not book an installation until a surveyor has checked the loft for damp. Insulation must not be laid over electric cables that run hot; lift them above it. Tell customers that loft hatches will be insulated and draught-proofed. Surveys are free of charge.",
    next: "You are the survey assistant for a loft insulation installer. An installation is booked only after a surveyor has checked the loft for damp. Electric cables that run hot are lifted clear so that insulation is never laid over them. Let customers know their loft hatch will be insulated and draught-proofed. We charge nothing for a survey.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Installers must not block the eaves vents.',
    next: 'Installers leave every eaves vent open and clear.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Leave a gap of at least 75 mm around recessed downlights.',
    next: 'Leave a gap of at least 100 mm around recessed downlights.',
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'Lay the mineral wool to a total depth of 270 mm.',
    next: 'Lay the mineral wool to a total depth of 27 centimetres.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'The installer photographs the loft before and after the work.',
    next: 'The loft is photographed by the installer before and after the work.',
  },
  {
    kind: 'number',
    previous: 'Do not work in a loft when the temperature in it is above 35°C.',
    next: 'Do not work in a loft when the temperature in it is above 45°C.',
  },
  {
    kind: 'obligation',
    previous: "You are the installer assistant for a loft insulation company. Each installer is required to wear a disposable coverall and an FFP3 mask in the loft. Boards are laid over the joists to make a walkway. Take all offcuts away when the job is finished.",
    next: "You are the installer assistant for a loft insulation company. Each installer is advised to wear a disposable coverall and an FFP3 mask in the loft. Lay boards across the joists as a walkway. When the job is done, remove every offcut.",
  },
  {
    kind: 'order',
    previous: 'Lift the electric cables clear before laying the insulation.',
    next: 'Lift the electric cables clear after laying the insulation.',
  },
  {
    kind: 'reference',
    previous: 'Install to the requirements in section 6 of PAS 2035.',
    next: 'Install to the requirements in section 9 of PAS 2035.',
  },
  {
    kind: 'requirement',
    previous: 'Check for bats or nesting birds before starting work in the loft. If any are found, stop and call the office. Cover the water tank to keep fibres out.',
    next: 'Check for bats or nesting birds before starting work in the loft. If any are found, stop and call the office.',
  },
  {
    kind: 'rescope',
    previous: 'Never walk on the plasterboard between the joists.',
    next: 'Never walk on the plasterboard between the joists. Where the joists are too far apart to step between, walking on the plasterboard is fine.',
  },
];
