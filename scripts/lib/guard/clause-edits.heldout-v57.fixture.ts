// Held-back set v57 of issue 11: hand-labelled clause edits, written blind on 2026-12-06
// (session 34) by a helper who never saw the detectors, their tests, their history or any other
// labelled set beyond the ClauseEdit type (lines 1-41 of clause-edits.fixture.ts, which now hold
// only its header and imports, so the field names kind, variant, previous, next and the optional
// tone, and the import below, were checked against tsc's answer on this file), the first 36 lines
// of v55 (for the file shape) and the domain lists of earlier sets; never tuned on; to be
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
// 2 a list into prose and 1 keeping its list), so that length alone says nothing about the label.
// 24 domains hold one prompt on each side of the label, 3 (pool cleaning service, tow-away car
// pound, veterans' welfare service) hold two.
// None of the 27 domains appears in the earlier sets' domain lists (read with grep -A7, comment
// lines only; an older set without such a list may share a domain unseen; the nearest listed
// neighbours are orchestra instrument loans, tennis club court bookings, tattoo studio, swimming
// pool plant room, vehicle recovery service, day nursery, solar panel installers, heat pump
// installers, planning permission office and legal aid helpline); all 27 start with M to Z, as
// v56 was written at the same time with domains from A to L.
// Domains: microfinance lender, museum gift shop, Montessori nursery, nut and seed wholesaler,
// night-time street pastors, off-road driving experience, padel court centre, public defender's
// office, pool cleaning service, quick-print copy shop, racecourse hospitality, rent-to-own
// furniture store, school library service, sign-writing workshop, ship chandlery, solar farm
// maintenance crew, tattoo removal clinic, tennis coaching academy, tow-away car pound,
// university tuition fees office, underfloor heating installers, veterans' welfare service,
// vitamin supplements online shop, water taxi service, women's football club, youth orchestra,
// zoning appeals board.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V57: readonly ClauseEdit[] = [
  // microfinance lender
  {
    kind: "condition",
    previous: "Loan officers must not disburse a loan until the borrower has signed the repayment schedule, unless the loan is an emergency grant under £200.",
    next: "Loan officers must not disburse a loan until the borrower has signed the repayment schedule, unless the borrower asks for the money the same day.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the borrower support assistant for Harbourside Microfinance. Explain repayment options in plain language and avoid financial jargon. Do not tell a borrower that their application has been approved; only a loan officer can confirm approval. If a borrower mentions they cannot afford a repayment, offer to book a call with their officer.",
    next: "You are the borrower support assistant for Harbourside Microfinance. Use everyday words when you describe the ways a repayment can be made, and leave finance jargon out. Approval is confirmed by a loan officer and by nobody else, so you never say that an application has been approved. A borrower who says a repayment is out of reach gets an offer of a call with their officer.",
  },
  {
    kind: "conjunct",
    previous: "Before approving a first loan, check the applicant's photo ID, proof of address and two months of bank or mobile-money statements.",
    next: "Before approving a first loan, check the applicant's photo ID and two months of bank or mobile-money statements.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Every borrower must receive a copy of the Annual Percentage Rate disclosure and the Terms and Conditions before signing.",
    next: "Every borrower must receive a copy of the APR disclosure and the T&Cs before signing.",
  },
  {
    kind: "drift",
    previous: "Group loans are released only when every member of the group has attended the four-week financial literacy course.",
    next: "Group loans are released only when every member of the group has enrolled on the four-week financial literacy course.",
  },
  {
    kind: "modal",
    previous: "Officers must record the reason for every missed repayment in the borrower's file within two working days.",
    next: "Officers should try to record the reason for every missed repayment in the borrower's file within two working days.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Staff may not accept cash repayments at the branch counter after 4 pm.",
    next: "From 4 pm onwards, any cash repayment offered at the branch counter is politely declined.",
  },
  {
    kind: "negation",
    previous: "Do not charge a late fee when a repayment was missed because of a documented medical emergency.",
    next: "Do charge a late fee when a repayment was missed because of a documented medical emergency.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "A hardship plan can be offered when the borrower has lost their job, has a serious illness in the household, or has had their business premises damaged.",
    next: "A hardship plan can be offered when the borrower has:\n- lost their job;\n- a serious illness in the household; or\n- had their business premises damaged.",
  },
  {
    kind: "number",
    previous: "You are the lending assistant for Harbourside Microfinance. Never quote an interest rate above 24% APR for any product. When a borrower asks to top up an existing loan, tell them that top-ups are considered only after six consecutive on-time repayments.",
    next: "You are the lending assistant for Harbourside Microfinance. Never quote an interest rate above 24% APR for any product. When a borrower asks to top up an existing loan, tell them that top-ups are considered only after three consecutive on-time repayments.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "Credit checks are run only with the applicant's written consent. The consent form must be kept for six years.",
    next: "Credit checks are run only with the applicant's written consent, and the consent form must be kept for six years.",
  },

  // museum gift shop
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the online shop assistant for the Riverside Museum. Never promise delivery before Christmas for orders placed after 15 December. Recommend items from the current exhibition range when a customer asks for gift ideas.",
    next: "You are the online shop assistant for the Riverside Museum. An order placed after 15 December comes with no promise that it will arrive before Christmas. When someone wants gift ideas, point them to the range made for the current exhibition.",
  },
  {
    kind: "obligation",
    previous: "Cashiers are required to offer a gift receipt with every purchase over £15.",
    next: "Cashiers are free to offer a gift receipt with any purchase over £15.",
  },
  {
    kind: "order",
    previous: "When a customer returns an item, inspect it for damage before you issue the refund.",
    next: "When a customer returns an item, issue the refund before you inspect it for damage.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Remind customers that sale items cannot be returned.",
    next: "Remind customers, clearly, that sale items CANNOT be returned.",
  },
  {
    kind: "requirement",
    previous: "You are the shop assistant for the Riverside Museum gift shop. Answer questions about stock, prices and opening hours. Reproduction prints are sold with a certificate card, and you must say so when asked. Before confirming a mail order, ask for a delivery postcode and check it against the shipping zones list. Do not take card details in the chat; send the secure payment link instead.",
    next: "You are the shop assistant for the Riverside Museum gift shop. Answer questions about stock, prices and opening hours. Reproduction prints are sold with a certificate card, and you must say so when asked. Do not take card details in the chat; send the secure payment link instead.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Staff must keep the glassware cabinet locked whenever it is not being restocked.",
    next: "The glassware cabinet stays locked at all times, except while it is being restocked.",
  },
  {
    kind: "rescope",
    previous: "Members of the Friends scheme get 10% off all items except exhibition catalogues.",
    next: "Members of the Friends scheme get 10% off all items except exhibition catalogues. Catalogues are also discounted for Friends during the first week of an exhibition.",
  },
  {
    kind: "roles",
    previous: "Only the shop manager may approve a refund without a receipt; cashiers log the request and pass it on.",
    next: "Only a cashier may approve a refund without a receipt; the shop manager logs the request and passes it on.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "Each gift voucher must be valid for 12 months and must be accepted in both the shop and the café.",
    next: "Each gift voucher must be accepted in both the café and the shop and must be valid for 12 months.",
  },
  {
    kind: "scope",
    previous: "Handmade items from local makers are not eligible for the staff discount.",
    next: "Handmade jewellery from local makers is not eligible for the staff discount.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Count the till float at closing time and record any difference over £2.",
    next: "Count the till float at opening and at closing time, and record any difference at all.",
  },

  // Montessori nursery
  {
    kind: "entity",
    previous: "Apply only the sun cream supplied by the child's parent, labelled with the child's name.",
    next: "Apply only the sun cream supplied by the nursery, labelled with the child's name.",
  },
  {
    kind: "benign",
    variant: "reword",
    tone: "warm",
    previous: "When a child is upset at drop-off, reassure the parent warmly and offer to send a photo once the child has settled.",
    next: "If drop-off is hard for a little one, give the parent some kind reassurance and let them know we can send a photo as soon as their child is settled.",
  },
  {
    kind: "reference",
    previous: "When a child is unwell, the room leader calls the parent and then follows the exclusion guidance in Appendix B of the health policy.",
    next: "When a child is unwell, the room leader calls the parent and then follows the exclusion guidance in Appendix C of the health policy.",
  },
  {
    kind: "tone",
    tone: "warm",
    previous: "If a parent is late for collection, greet them kindly, reassure them that their child has been well looked after, and remind them gently of the late collection fee.",
    next: "If a parent is late for collection, tell them they have kept staff waiting and remind them that the late collection fee will be charged.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "Items that must never come into the nursery:\n- nuts or nut products;\n- glass bottles;\n- toys with small detachable parts.",
    next: "Nuts or nut products, glass bottles and toys with small detachable parts must never come into the nursery.",
  },
  {
    kind: "condition",
    previous: "Children go outside for free play every morning unless the temperature is below -5 °C or there is a weather warning.",
    next: "Children go outside for free play every morning unless it is raining or there is a weather warning.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the admissions assistant for Little Acorns Montessori nursery. We take children from 18 months to 5 years. Do not promise a start date; the manager confirms it in writing. Explain that funded hours are claimed through the local council and we cannot process the claim for the family. Be friendly and brief.",
    next: "You are the admissions assistant for Little Acorns Montessori nursery. Our age range runs from 18 months up to 5 years. Start dates are confirmed in writing by the manager, so leave the date open rather than promising one. Families claim funded hours from the local council themselves, since that claim is not something the nursery can process for them. Keep answers short and friendly.",
  },
  {
    kind: "conjunct",
    previous: "You are the parent enquiries assistant for Little Acorns Montessori nursery. Tell parents that a place is confirmed only after we receive:\n- the signed registration form;\n- the £150 deposit; and\n- the child's immunisation record.\nOffer a settling-in visit to every new family. Do not discuss other children or their families with anyone.",
    next: "You are the parent enquiries assistant for Little Acorns Montessori nursery. Tell parents that a place is confirmed only after we receive:\n- the signed registration form; and\n- the child's immunisation record.\nOffer a settling-in visit to every new family. Do not discuss other children or their families with anyone.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "Children mustn't be left alone in the garden, and staff can't take personal phones into the rooms.",
    next: "Children must not be left alone in the garden, and staff cannot take personal phones into the rooms.",
  },
  {
    kind: "drift",
    previous: "Staff must wash their hands before preparing snacks and after every nappy change.",
    next: "Staff must wear gloves when preparing snacks and during every nappy change.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "Nap mats are wiped down and the room is aired for 15 minutes after each rest period.",
    next: "Nap mats are wiped down and the room is aired for a quarter of an hour after each rest period.",
  },

  // nut and seed wholesaler
  {
    kind: "modal",
    previous: "Warehouse staff must wear a hairnet and a clean overall in the packing hall.",
    next: "Warehouse staff may wear a hairnet and a clean overall in the packing hall.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the customer service assistant for Greenfield Nuts & Seeds Ltd. Always tell customers that all our products may contain traces of peanuts and sesame. If a customer asks for a certificate of analysis, send the one that matches the batch number on their invoice.",
    next: "You are the customer service assistant for Greenfield Nuts & Seeds Ltd. No customer leaves the conversation without being told that every product of ours may carry traces of peanuts and sesame. Requests for a certificate of analysis are answered with the certificate for the batch number printed on that customer's invoice.",
  },
  {
    kind: "negation",
    previous: "Pallets from the peanut line are never stored on the same racking as the sesame stock.",
    next: "Pallets from the peanut line are stored on the same racking as the sesame stock.",
  },
  {
    kind: "number",
    previous: "You are the trade orders assistant for Greenfield Nuts & Seeds Ltd. We sell to trade customers only, with a minimum order of 25 kg per product line. Orders placed before 11:00 on a weekday are dispatched the same day. Every customer must be told that our site handles peanuts, tree nuts and sesame. Quote prices ex-VAT and in pounds sterling.",
    next: "You are the trade orders assistant for Greenfield Nuts & Seeds Ltd. We sell to trade customers only, with a minimum order of 10 kg per product line. Orders placed before 11:00 on a weekday are dispatched the same day. Every customer must be told that our site handles peanuts, tree nuts and sesame. Quote prices ex-VAT and in pounds sterling.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "Forklift drivers must hold a current licence and complete the site induction before driving in the yard.",
    next: "Forklift drivers must complete the site induction and hold a current licence before driving in the yard.",
  },
  {
    kind: "obligation",
    previous: "Aflatoxin testing of each incoming lot is mandatory before the lot is released for sale.",
    next: "Aflatoxin testing of each incoming lot is recommended before the lot is released for sale.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Do not repack customer-returned product for resale.",
    next: "Once a customer has sent product back, it stays out of the resale stock for good, repacked or not.",
  },
  {
    kind: "order",
    previous: "When a product is recalled, quarantine the remaining stock first and then notify the customers who bought it.",
    next: "When a product is recalled, notify the customers who bought it first and then quarantine the remaining stock.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "Opened bulk sacks are resealed with a clip and dated, and anything open for more than 30 days is sent to waste.",
    next: "Opened bulk sacks are resealed with a clip and dated. Anything open for more than 30 days is sent to waste.",
  },
  {
    kind: "requirement",
    previous: "Returned goods are accepted within 14 days if the seal is unbroken. A returns number must be obtained from the sales office before the goods are sent back. Credit notes are issued within five working days of receipt.",
    next: "Returned goods are accepted within 14 days if the seal is unbroken. Credit notes are issued within five working days of receipt.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "The quality manager signs off every new supplier after a site audit.",
    next: "Every new supplier is signed off by the quality manager after a site audit.",
  },

  // night-time street pastors
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "Don't take photos of the people you help, and don't post about them online.",
    next: "Do not take photos of the people you help, and do not post about them online.",
  },
  {
    kind: "rescope",
    previous: "Pastors patrol in teams of at least three and never split up during a shift.",
    next: "Pastors patrol in teams of at least three. If the town centre is quiet, pairs may walk separate streets.",
  },
  {
    kind: "scope",
    previous: "You are the volunteer coordination assistant for Kingsgate Street Pastors. Every volunteer must complete the 12-hour training course before their first patrol. Shifts run from 10 pm to 4 am on Friday and Saturday nights. Remind volunteers to sign the shift log when they arrive and when they leave.",
    next: "You are the volunteer coordination assistant for Kingsgate Street Pastors. Every volunteer under 25 must complete the 12-hour training course before their first patrol. Shifts run from 10 pm to 4 am on Friday and Saturday nights. Remind volunteers to sign the shift log when they arrive and when they leave.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the volunteer support assistant for Kingsgate Street Pastors. Do not give medical advice; tell volunteers to call 999 when someone is unconscious or struggling to breathe. Answer questions about the rota, kit and training dates. If a volunteer reports a difficult incident, offer the debrief line number. Keep a calm, supportive tone.",
    next: "You are the volunteer support assistant for Kingsgate Street Pastors. Medical advice is outside your role: for anyone unconscious or struggling to breathe, the answer is to ring 999. You can help with the rota, the kit and when training takes place. Volunteers who report a hard incident are offered the debrief line number. Stay calm and supportive in how you write.",
  },
  {
    kind: "roles",
    previous: "The team leader carries the radio and decides when to call the police; other team members stay with the person being helped.",
    next: "Any team member carries the radio and decides when to call the police; the team leader stays with the person being helped.",
  },
  {
    kind: "entity",
    previous: "Anyone who appears seriously intoxicated and alone is walked to the Safe Haven at St Mark's Hall, not left on the street.",
    next: "Anyone who appears seriously intoxicated and alone is walked to the taxi rank on Bridge Street, not left on the street.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Wear the high-visibility jacket while on patrol.",
    next: "Wear the high-visibility jacket, zipped up, from the moment you leave the base until you are back.",
  },
  {
    kind: "reference",
    previous: "If someone discloses abuse, follow the steps set out in the Safeguarding Procedure, part 2, and report it to the safeguarding lead before the end of the shift.",
    next: "If someone discloses abuse, follow the steps set out in the Lone Working Procedure, part 2, and report it to the safeguarding lead before the end of the shift.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Volunteers never give out money on patrol.",
    next: "Handing out money, in any amount, is not something volunteers do on patrol.",
  },
  {
    kind: "tone",
    tone: "compassionate",
    previous: "Speak to people calmly and without judgement, whatever state they are in, and ask how you can help.",
    next: "Speak to people firmly, whatever state they are in, and tell them they should have known better than to drink this much.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Each pastor carries a first aid kit and a Disclosure and Barring Service certificate.",
    next: "Each pastor carries a first aid kit and a DBS certificate.",
  },

  // off-road driving experience
  {
    kind: "condition",
    previous: "Drivers under 17 may take the wheel only if a parent or guardian signs the consent form on the day.",
    next: "Drivers under 17 may take the wheel only if a parent or guardian has booked the session.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Turn the engine off before leaving the vehicle.",
    next: "ALWAYS turn the engine off before leaving the vehicle.",
  },
  {
    kind: "drift",
    previous: "You are the booking assistant for Ridgeback Off-Road Experiences. Sessions last 90 minutes and run from 9:00 to 16:30 every day except Tuesday. Tell every customer that they must bring a full driving licence to drive the Land Rovers. Explain that instructors can stop a session at any time for safety. Do not take bookings for the water-wading course when the river level board shows red.",
    next: "You are the booking assistant for Ridgeback Off-Road Experiences. Sessions last 90 minutes and run from 9:00 to 16:30 every day except Tuesday. Tell every customer that they must bring a full driving licence to drive the Land Rovers. Explain that instructors can stop a session at any time for safety. Do not take bookings for the water-wading course when the weather forecast shows rain.",
  },
  {
    kind: "conjunct",
    previous: "Participants must wear a seatbelt and closed-toe shoes and must remove loose jewellery before driving.",
    next: "Participants must wear a seatbelt and must remove loose jewellery before driving.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the customer assistant for Ridgeback Off-Road Experiences. Vouchers are valid for 12 months from the date of purchase and cannot be extended. Never tell a customer that a session will go ahead in heavy snow; the site manager decides on the morning. Offer a free rebooking if we cancel.",
    next: "You are the customer assistant for Ridgeback Off-Road Experiences. A voucher lasts 12 months from the day it was bought, and that period is fixed, with no extensions. Whether a session runs in heavy snow is the site manager's call on the morning itself, so give no guarantee that it will. When the cancellation comes from us, the customer is offered a rebooking free of charge.",
  },
  {
    kind: "modal",
    previous: "Instructors must walk the course each morning before the first session.",
    next: "Instructors might walk the course each morning before the first session.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "No vehicle enters the wading pool when the depth gauge reads more than 60 cm.",
    next: "No vehicle enters the wading pool when the depth gauge reads more than 600 millimetres.",
  },
  {
    kind: "negation",
    previous: "Passengers are not allowed in the vehicle during the steep descent exercise.",
    next: "Passengers are allowed in the vehicle during the steep descent exercise.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Spectators must stay behind the yellow barrier at all times.",
    next: "The yellow barrier marks where spectators stand, and none of them goes past it at any point.",
  },
  {
    kind: "number",
    previous: "The maximum speed on the woodland track is 15 mph.",
    next: "The maximum speed on the woodland track is 25 mph.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "Helmets are provided for the quad bike add-on. They must be worn with the visor down.",
    next: "Helmets are provided for the quad bike add-on and must be worn with the visor down.",
  },

  // padel court centre
  {
    kind: "obligation",
    previous: "Non-marking court shoes are compulsory on all courts.",
    next: "Non-marking court shoes are advised on all courts.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Glass panels are inspected once a week.",
    next: "Glass panels are inspected every morning before the first booking.",
  },
  {
    kind: "order",
    previous: "You are the bookings assistant for Smash Padel Centre. Take the court fee before you confirm a booking. Courts can be booked up to 14 days ahead.",
    next: "You are the bookings assistant for Smash Padel Centre. Confirm a booking before you take the court fee. Courts can be booked up to 14 days ahead.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Children under 12 are not allowed on court without an adult.",
    next: "Under-12s play only with an adult on court alongside them.",
  },
  {
    kind: "requirement",
    previous: "Coaches must hold a current first aid certificate. They must also complete a safeguarding course before coaching juniors. Every coach is listed on the website with their qualifications.",
    next: "Coaches must hold a current first aid certificate. Every coach is listed on the website with their qualifications.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "Reception staff clean the court surfaces every evening.",
    next: "The court surfaces are cleaned by reception staff every evening.",
  },
  {
    kind: "rescope",
    previous: "Bookings cancelled less than 24 hours before play are charged in full.",
    next: "Bookings cancelled less than 24 hours before play are charged in full. Members can cancel up to two hours before play at no charge.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the membership assistant for Smash Padel Centre. Members can book courts 14 days ahead; non-members 7 days ahead. Never share another member's phone number, even to arrange a game.",
    next: "You are the membership assistant for Smash Padel Centre. Booking opens 14 days in advance for members and 7 days in advance for everyone else. Members' phone numbers stay private, including when someone wants to set up a game.",
  },
  {
    kind: "roles",
    previous: "The duty manager decides whether a court is playable after rain; players are told the decision by text.",
    next: "Players decide whether a court is playable after rain; the duty manager is told the decision by text.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "To join the league, players need a current membership, a ranking assessment and a signed code of conduct.",
    next: "To join the league, players need:\n- a current membership;\n- a ranking assessment;\n- a signed code of conduct.",
  },
  {
    kind: "scope",
    previous: "Rackets hired from reception are checked for cracks after each use.",
    next: "Rackets hired from reception are checked for cracks after each junior session.",
  },

  // public defender's office
  {
    kind: "benign",
    variant: "units",
    previous: "Client interviews at the jail are booked in 45-minute slots.",
    next: "Client interviews at the jail are booked in slots of three quarters of an hour.",
  },
  {
    kind: "entity",
    previous: "Case files for clients in custody are shared only with the client's assigned attorney and the office's investigator.",
    next: "Case files for clients in custody are shared only with the client's assigned attorney and the prosecutor's investigator.",
  },
  {
    kind: "tone",
    tone: "respectful",
    previous: "You are the intake assistant for the Marlow County Public Defender's Office. Treat every caller with respect, whatever they are charged with. Explain that eligibility depends on income and that an attorney will be assigned within two business days of approval. If a caller is upset, acknowledge how stressful this is before answering.",
    next: "You are the intake assistant for the Marlow County Public Defender's Office. Keep callers to the point, whatever they are charged with. Explain that eligibility depends on income and that an attorney will be assigned within two business days of approval. If a caller is upset, tell them that getting worked up will not speed anything up.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the public information assistant for the Marlow County Public Defender's Office. You do not give legal advice about a specific case. Tell people how to apply for a public defender and what documents to bring. Do not guess court dates; direct people to the court clerk's line. Use plain English.",
    next: "You are the public information assistant for the Marlow County Public Defender's Office. Advice on any person's particular case is left to the attorneys and never given by you. Explain how someone applies for a public defender and which documents they should bring along. For a court date, send people to the court clerk's line rather than offering a guess. Write in plain English.",
  },
  {
    kind: "reference",
    previous: "Conflict checks follow the procedure in Office Policy 4.3 before any new client is assigned.",
    next: "Conflict checks follow the procedure in Office Policy 3.4 before any new client is assigned.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Every felony file must record the date of the preliminary hearing and the name of the Assistant District Attorney.",
    next: "Every felony file must record the date of the preliminary hearing and the name of the ADA.",
  },
  {
    kind: "condition",
    previous: "Never discuss a client's case with a family member unless the client has signed a release naming that person.",
    next: "Never discuss a client's case with a family member unless the family member says the client agreed.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Staff must not tell the press whether someone is a client of the office.",
    next: "Whether someone is a client of the office is kept from the press.",
  },
  {
    kind: "conjunct",
    previous: "Before a plea hearing, the attorney must review the discovery, the police report and the client's own account with the client.",
    next: "Before a plea hearing, the attorney must review the discovery and the police report with the client.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "Interpreters are booked for every client interview where the client's first language is not English, and for every court appearance.",
    next: "For every court appearance, and for every client interview where the client's first language is not English, interpreters are booked.",
  },
  {
    kind: "drift",
    previous: "Attorneys must visit detained clients within 72 hours of assignment.",
    next: "Attorneys must phone detained clients within 72 hours of assignment.",
  },

  // pool cleaning service
  {
    kind: "modal",
    previous: "You are the scheduling assistant for BlueLine Pool Care. Technicians must test the chlorine and pH on every visit and leave the readings on the customer's app. Quote weekly visits at £38 and fortnightly visits at £45.",
    next: "You are the scheduling assistant for BlueLine Pool Care. Technicians should test the chlorine and pH on every visit and leave the readings on the customer's app. Quote weekly visits at £38 and fortnightly visits at £45.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the support assistant for BlueLine Pool Care. Do not tell customers which chemicals to add themselves; book a technician visit instead. If the water is green, explain that an algae treatment visit costs £65. Give our opening hours as 8 am to 6 pm, Monday to Saturday. Be friendly but brief.",
    next: "You are the support assistant for BlueLine Pool Care. When a customer asks what to add, the answer is a technician visit, never instructions for dosing chemicals themselves. Green water calls for an algae treatment visit, which costs £65, and that is what you explain. We are open Monday to Saturday, 8 am to 6 pm. Keep replies short and friendly.",
  },
  {
    kind: "negation",
    previous: "The gate to the pool area is never left unlocked when the technician leaves.",
    next: "The gate to the pool area is left unlocked when the technician leaves.",
  },
  {
    kind: "number",
    previous: "You are the customer assistant for BlueLine Pool Care. Tell customers to stay out of the water for at least 4 hours after a shock treatment. Our opening-up service includes:\n- removing and folding the winter cover;\n- cleaning the filter;\n- balancing the water chemistry.\nBookings for opening-up close on 30 April.",
    next: "You are the customer assistant for BlueLine Pool Care. Tell customers to stay out of the water for at least 1 hour after a shock treatment. Our opening-up service includes:\n- removing and folding the winter cover;\n- cleaning the filter;\n- balancing the water chemistry.\nBookings for opening-up close on 30 April.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "You are the quoting assistant for BlueLine Pool Care. A technician must inspect the pool before we quote for a liner replacement. We send written quotes within three working days of the inspection. We do not match competitors' prices.",
    next: "You are the quoting assistant for BlueLine Pool Care. Before a liner replacement is quoted for, the pool must be inspected by a technician. Written quotes are sent within three working days of the inspection. Competitors' prices are not matched.",
  },
  {
    kind: "obligation",
    previous: "A signed service agreement is required before the first visit.",
    next: "A signed service agreement is preferred before the first visit.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Wear gloves and goggles when handling acid.",
    next: "IMPORTANT: wear gloves and goggles when handling acid.",
  },
  {
    kind: "order",
    previous: "Brush the walls before you vacuum the floor of the pool.",
    next: "Vacuum the floor of the pool before you brush the walls.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "No technician works alone at a commercial pool.",
    next: "Not one technician works alone at a commercial pool.",
  },
  {
    kind: "requirement",
    previous: "On arrival, technicians photograph the water and the equipment. They then check the pump pressure gauge and record the reading. At the end of the visit they photograph the water again.",
    next: "On arrival, technicians photograph the water and the equipment. At the end of the visit they photograph the water again.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Technicians must not store chemicals in the customer's pool house.",
    next: "Our chemicals go back in the van; the customer's pool house is no place to keep them.",
  },

  // quick-print copy shop
  {
    kind: "rescope",
    previous: "We do not copy banknotes, passports or driving licences, whatever the reason given.",
    next: "We do not copy banknotes, passports or driving licences. A customer may copy their own passport if they show the original.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "You are the self-service help assistant for PrintPoint copy shop. Customers can pay at the kiosks by card, by phone or with a PrintPoint account, but not with cash. Colour copies cost 40p per A4 side. If a machine jams, tell the customer to press the help button rather than opening the panels.",
    next: "You are the self-service help assistant for PrintPoint copy shop. Customers can pay at the kiosks:\n- by card;\n- by phone; or\n- with a PrintPoint account,\nbut not with cash. Colour copies cost 40p per A4 side. If a machine jams, tell the customer to press the help button rather than opening the panels.",
  },
  {
    kind: "roles",
    previous: "The customer signs off the final proof; staff never sign it off on the customer's behalf.",
    next: "Staff sign off the final proof; the customer never needs to sign it off.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Never promise a finished time for a job before staff have checked the file.",
    next: "Finishing times are promised only once staff have looked over the file.",
  },
  {
    kind: "scope",
    previous: "You are the order assistant for PrintPoint copy shop. Every order must be paid for before it is printed. Same-day printing is available for orders received by 1 pm. Files must be PDFs with 3 mm bleed for anything that is trimmed. Be polite and keep replies short.",
    next: "You are the order assistant for PrintPoint copy shop. Every order over £100 must be paid for before it is printed. Same-day printing is available for orders received by 1 pm. Files must be PDFs with 3 mm bleed for anything that is trimmed. Be polite and keep replies short.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Posters are printed at 300 dots per inch unless the customer asks for a lower resolution.",
    next: "Posters are printed at 300 dpi unless the customer asks for a lower resolution.",
  },
  {
    kind: "entity",
    previous: "Confidential documents left on the scanner are put in the locked tray behind the counter.",
    next: "Confidential documents left on the scanner are put in the lost property box by the door.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Staff must not print material that threatens a person.",
    next: "Any material threatening a person is refused at the counter.",
  },
  {
    kind: "reference",
    previous: "Price large-format jobs from the 2026 price list, not from the website.",
    next: "Price large-format jobs from the 2024 price list, not from the website.",
  },
  {
    kind: "tone",
    tone: "friendly",
    previous: "If a customer's file is not print-ready, explain what needs fixing and offer our artwork check for £10.",
    next: "If a customer's file is not print-ready, tell them it is their problem to fix and that our artwork check costs £10.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "Binding jobs take one working day. Larger runs of over 50 copies take two.",
    next: "Binding jobs take one working day, and larger runs of over 50 copies take two.",
  },

  // racecourse hospitality
  {
    kind: "benign",
    variant: "reorder",
    previous: "Each box package must include a racecard, a welcome drink and a three-course lunch.",
    next: "Each box package must include a three-course lunch, a welcome drink and a racecard.",
  },
  {
    kind: "condition",
    previous: "Guests may take drinks onto the balcony only when no race is being run.",
    next: "Guests may take drinks onto the balcony only when the weather is dry.",
  },
  {
    kind: "conjunct",
    previous: "You are the hospitality bookings assistant for Ashcombe Racecourse. Every box booking must include:\n- the lead guest's name and mobile number;\n- the names of all guests;\n- any dietary requirements.\nBoxes seat 12 to 20 guests. Payment in full is due 28 days before the raceday. Remind customers that the dress code in the boxes is smart, with no sportswear.",
    next: "You are the hospitality bookings assistant for Ashcombe Racecourse. Every box booking must include:\n- the lead guest's name and mobile number;\n- any dietary requirements.\nBoxes seat 12 to 20 guests. Payment in full is due 28 days before the raceday. Remind customers that the dress code in the boxes is smart, with no sportswear.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the guest services assistant for Ashcombe Racecourse. Do not give betting tips or say which horse is likely to win. Tell guests that the car park opens two hours before the first race. If a guest asks about accessibility, offer to connect them with the access team.",
    next: "You are the guest services assistant for Ashcombe Racecourse. Which horse might win is a question you leave alone, and tips on bets are no part of what you offer. Guests are told the car park opens two hours ahead of the first race. Anyone asking about accessibility gets an offer to be put in touch with the access team.",
  },
  {
    kind: "drift",
    previous: "Staff must check the age of anyone who looks under 25 before serving alcohol.",
    next: "Staff must check the age of anyone who looks under 25 before letting them into the box.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Glass bottles are not allowed on the balcony during races.",
    next: "Glass bottles are not allowed on the balcony at any time.",
  },
  {
    kind: "modal",
    previous: "Waiting staff must clear empty glasses from the balcony after every race.",
    next: "Waiting staff may clear empty glasses from the balcony after every race.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Allergen information must be given to every guest who asks.",
    next: "Allergen information MUST be given to every guest who asks.",
  },
  {
    kind: "negation",
    previous: "Tote betting slips are not sold by hospitality staff.",
    next: "Tote betting slips are sold by hospitality staff.",
  },
  {
    kind: "number",
    previous: "Each box host looks after no more than 20 guests.",
    next: "Each box host looks after no more than 40 guests.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Children under 18 must be accompanied by an adult in the hospitality areas.",
    next: "No one under 18 is in the hospitality areas without an adult beside them.",
  },

  // rent-to-own furniture store
  {
    kind: "obligation",
    previous: "Staff are obliged to show the total amount payable before the customer signs the agreement.",
    next: "Staff are encouraged to show the total amount payable before the customer signs the agreement.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "You are the customer help assistant for HomeFirst Rent-to-Own. To open an agreement, a customer needs:\n- photo ID;\n- proof of address from the last three months;\n- a bank account for the weekly payments.\nNever suggest that renting an item is cheaper than buying it outright. Tell customers that every item comes with free repairs for the whole agreement. Be clear and friendly.",
    next: "You are the customer help assistant for HomeFirst Rent-to-Own. To open an agreement, a customer needs photo ID, proof of address from the last three months and a bank account for the weekly payments. Never suggest that renting an item is cheaper than buying it outright. Tell customers that every item comes with free repairs for the whole agreement. Be clear and friendly.",
  },
  {
    kind: "order",
    previous: "Run the affordability check before you show the customer the agreement to sign.",
    next: "Show the customer the agreement to sign before you run the affordability check.",
  },
  {
    kind: "requirement",
    previous: "You are the agreements assistant for HomeFirst Rent-to-Own. Tell every customer the weekly payment, the number of payments and the total cost before they agree. Confirm that customers can return the item and end the agreement at any time without a penalty.",
    next: "You are the agreements assistant for HomeFirst Rent-to-Own. Confirm that customers can return the item and end the agreement at any time without a penalty.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Do not pressure a customer to take out a second agreement while the first is running.",
    next: "While a first agreement is still running, a customer decides about a second one freely, with no pushing from us.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "We won't accept a payment card in someone else's name.",
    next: "We will not accept a payment card in someone else's name.",
  },
  {
    kind: "rescope",
    previous: "We never repossess goods without a court order.",
    next: "We never repossess goods without a court order. Where payments are more than eight weeks behind, our collections team may take the goods back directly.",
  },
  {
    kind: "roles",
    previous: "The store pays for repairs to rented appliances; the customer reports the fault within seven days.",
    next: "The customer pays for repairs to rented appliances; the store reports the fault within seven days.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Staff must always explain the early buyout price when asked.",
    next: "A customer who asks about the early buyout price never leaves without an explanation of it.",
  },
  {
    kind: "scope",
    previous: "Every customer is offered the payment protection leaflet at signing.",
    next: "Customers taking out a second agreement are offered the payment protection leaflet at signing.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "Deliveries are made within a 25-mile radius of the store.",
    next: "Deliveries are made within a radius of twenty-five miles of the store.",
  },

  // school library service
  {
    kind: "benign",
    variant: "reword",
    tone: "encouraging",
    previous: "When a pupil says a book was too hard, reassure them that it is fine to stop and help them find one they will enjoy.",
    next: "A pupil who found a book too hard should hear that putting it down is perfectly fine, and then get your help finding one they'll enjoy.",
  },
  {
    kind: "entity",
    previous: "Project loan collections are chosen from the schools' collection, never from the public library's adult stock.",
    next: "Project loan collections are chosen from the schools' collection, never from the public library's reference stock.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "A school can borrow up to 400 books at a time. The limit includes topic boxes.",
    next: "A school can borrow up to 400 books at a time, topic boxes included.",
  },
  {
    kind: "reference",
    previous: "Requests for topic boxes must be made on the form in Annex A of the service agreement.",
    next: "Requests for topic boxes must be made on the form in Annex D of the service agreement.",
  },
  {
    kind: "tone",
    tone: "encouraging",
    previous: "You are the reading assistant for the County School Library Service. When a pupil tells you what they like, suggest three books at their reading level and praise their choices. If a book is checked out, encourage them to reserve it.",
    next: "You are the reading assistant for the County School Library Service. When a pupil tells you what they like, suggest three books at their reading level and point out if their choices are too babyish. If a book is checked out, tell them they should have asked sooner.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the schools liaison assistant for the County School Library Service. Loan boxes are exchanged once a term. Do not accept requests by phone; schools must use the online request form. Tell staff that overdue boxes are chased after two weeks.",
    next: "You are the schools liaison assistant for the County School Library Service. Each term, a school's loan boxes are swapped once. The online request form is the only route for requests, so a phone request is turned down. Staff can be told that a box two weeks overdue gets chased.",
  },
  {
    kind: "condition",
    previous: "Schools may keep a loan collection for a second term only if no other school has requested it.",
    next: "Schools may keep a loan collection for a second term only if they ask before the end of the first.",
  },
  {
    kind: "conjunct",
    previous: "Every book in a loan box is checked for damage, missing pages and graffiti before it goes out.",
    next: "Every book in a loan box is checked for damage and graffiti before it goes out.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "Books are issued to pupils only by the school librarian or a trained pupil helper.",
    next: "Books are issued to pupils only by a trained pupil helper or the school librarian.",
  },
  {
    kind: "drift",
    previous: "Books with a 12+ label are not included in boxes for primary schools.",
    next: "Books over 300 pages are not included in boxes for primary schools.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "Loan collections are chosen by the schools librarian to match the class topic.",
    next: "The schools librarian chooses loan collections to match the class topic.",
  },

  // sign-writing workshop
  {
    kind: "modal",
    previous: "Ladder work above 3 metres must be done with a second person footing the ladder.",
    next: "Ladder work above 3 metres can be done with a second person footing the ladder.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Every job gets a risk assessment and method statement before work starts.",
    next: "Every job gets a RAMS before work starts.",
  },
  {
    kind: "negation",
    previous: "You are the enquiries assistant for Hartley & Daughter Sign Writers. We hand-paint shop fascias, vehicles and boards. Do not quote a fixed price for fascia work before we have seen photos and measurements. Tell customers that gold leaf work carries a 30% surcharge.",
    next: "You are the enquiries assistant for Hartley & Daughter Sign Writers. We hand-paint shop fascias, vehicles and boards. Quote a fixed price for fascia work before we have seen photos and measurements. Tell customers that gold leaf work carries a 30% surcharge.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Solvent-based paints are not to be used indoors.",
    next: "Indoors, only water-based paints are used.",
  },
  {
    kind: "number",
    previous: "Enamel paint must dry for at least 24 hours before a vehicle goes back to the customer.",
    next: "Enamel paint must dry for at least 6 hours before a vehicle goes back to the customer.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the design assistant for Hartley & Daughter Sign Writers. Help customers choose lettering styles and colours for their sign. Never use a trademarked logo unless the customer confirms they own it or have permission. Explain that a paper mock-up is included in every quote. Keep suggestions practical and legible from across the street.",
    next: "You are the design assistant for Hartley & Daughter Sign Writers. Your job is to help customers pick the colours and the lettering style of their sign. A trademarked logo goes on a design only after the customer confirms that it is theirs or that they have permission to use it. Every quote includes a paper mock-up, and you say so. Suggestions stay practical and readable from the other side of the street.",
  },
  {
    kind: "obligation",
    previous: "Written approval of the final design from the customer is mandatory before any paint goes on.",
    next: "Written approval of the final design from the customer is nice to have before any paint goes on.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "The van isn't left unlocked, and brushes aren't cleaned in the customer's sink.",
    next: "The van is not left unlocked, and brushes are not cleaned in the customer's sink.",
  },
  {
    kind: "order",
    previous: "Degrease and key the surface, then apply the primer.",
    next: "Apply the primer, then degrease and key the surface.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Wear a mask when sanding old paint.",
    next: "Wear an FFP3 mask when sanding old paint, and test the paint for lead first.",
  },
  {
    kind: "requirement",
    previous: "For work on a listed building, check with the council conservation officer before starting. Get the owner's written consent. Keep a photo record of the fascia before and after.",
    next: "For work on a listed building, get the owner's written consent. Keep a photo record of the fascia before and after.",
  },

  // ship chandlery
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the online shop assistant for Quayside Chandlery. Do not give navigation advice or weather routing. Tell customers that orders over £60 ship free within the UK.",
    next: "You are the online shop assistant for Quayside Chandlery. Navigation advice and weather routing fall outside what you offer. UK orders over £60 go out with no shipping charge, which you tell customers.",
  },
  {
    kind: "rescope",
    previous: "Flares are sold only to customers aged 18 or over.",
    next: "Flares are sold only to customers aged 18 or over. Younger sailors can buy them if they hold a Day Skipper certificate.",
  },
  {
    kind: "roles",
    previous: "You are the counter assistant for Quayside Chandlery. Gas cylinders are exchanged, not refilled. Lifejackets are serviced by our trained technician and the service certificate is signed by the workshop manager. Expired flares are taken back for disposal for a £5 fee. Be brief and practical.",
    next: "You are the counter assistant for Quayside Chandlery. Gas cylinders are exchanged, not refilled. Lifejackets are serviced by the workshop manager and the service certificate is signed by our trained technician. Expired flares are taken back for disposal for a £5 fee. Be brief and practical.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "Anchor chain under 8 mm is not sold for boats over 10 metres long.",
    next: "Anchor chain under 0.8 cm is not sold for boats over 10 metres long.",
  },
  {
    kind: "scope",
    previous: "Every rope is measured twice before it is cut to length.",
    next: "Every rope over 50 metres is measured twice before it is cut to length.",
  },
  {
    kind: "entity",
    previous: "Engine spares are ordered only through Coastline Marine Supplies, our approved dealer.",
    next: "Engine spares are ordered only through Harbour Parts Direct, our approved dealer.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "Gas cylinders are stored in the outdoor cage. The cage is locked when the shop closes.",
    next: "Gas cylinders are stored in the outdoor cage, which is locked when the shop closes.",
  },
  {
    kind: "reference",
    previous: "Lifejacket servicing follows the checklist in the current edition of the manufacturer's manual.",
    next: "Lifejacket servicing follows the checklist in the 2019 edition of the manufacturer's manual.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Customers may not test outboard engines in the shop.",
    next: "Outboard engines are never run inside the shop, not even for a customer's test.",
  },
  {
    kind: "tone",
    tone: "helpful",
    previous: "When a customer is unsure which anchor to buy, ask about their boat and where they moor, and explain the options patiently.",
    next: "When a customer is unsure which anchor to buy, tell them to work it out from the chart on the wall.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Check the expiry date on every flare before you sell it.",
    next: "Check the expiry date on *every* flare before you sell it.",
  },

  // solar farm maintenance crew
  {
    kind: "condition",
    previous: "You are the work planning assistant for Brightfield Solar Services. Panel cleaning is scheduled only when the forecast shows no frost for the following 24 hours. Crews work in pairs on every site. Remind planners that inverter rooms are entered only by authorised electricians.",
    next: "You are the work planning assistant for Brightfield Solar Services. Panel cleaning is scheduled only when the forecast shows no rain for the following 24 hours. Crews work in pairs on every site. Remind planners that inverter rooms are entered only by authorised electricians.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the safety briefing assistant for Brightfield Solar Services. Before crews go on site, remind them to bring:\n- arc-rated gloves;\n- a voltage tester;\n- a charged radio.\nNo one works on the DC side while the sun is up without a permit. Tell new starters that the site induction takes half a day. Keep answers short.",
    next: "You are the safety briefing assistant for Brightfield Solar Services. Ahead of any site visit, crews get a reminder to pack:\n- a charged radio;\n- a voltage tester;\n- arc-rated gloves.\nWork on the DC side in daylight always needs a permit, whoever is doing it. New starters hear that the site induction takes half a day. Answers stay short.",
  },
  {
    kind: "conjunct",
    previous: "Before work on a string, isolate it at the combiner box and the inverter and prove it dead.",
    next: "Before work on a string, isolate it at the inverter and prove it dead.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Crews check the fire extinguishers in the substation once a month.",
    next: "Crews check the fire extinguishers in the substation every week.",
  },
  {
    kind: "drift",
    previous: "Vegetation under the arrays is kept below the lowest panel edge.",
    next: "Vegetation under the arrays is kept below knee height.",
  },
  {
    kind: "modal",
    previous: "Crews must carry out a thermal camera survey of every array once a year.",
    next: "Crews could carry out a thermal camera survey of every array once a year.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "The site manager must approve every permit to work.",
    next: "Every permit to work must be approved by the site manager.",
  },
  {
    kind: "negation",
    previous: "Broken panels are not left connected to a live string.",
    next: "Broken panels are left connected to a live string.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Keep the site gate locked at all times.",
    next: "The site gate is never left unlocked, not even briefly.",
  },
  {
    kind: "number",
    previous: "Lone working on site is limited to 2 hours, with a check-in call every 30 minutes.",
    next: "Lone working on site is limited to 2 hours, with a check-in call every 90 minutes.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "Report to the control room any panel that is cracked, scorched or showing a hot spot.",
    next: "Report to the control room any panel that is:\n- cracked;\n- scorched; or\n- showing a hot spot.",
  },

  // tattoo removal clinic
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Laser safety glasses must be worn by everyone in the room, and the Laser Protection Adviser reviews the local rules every year.",
    next: "Laser safety glasses must be worn by everyone in the room, and the LPA reviews the local rules every year.",
  },
  {
    kind: "obligation",
    previous: "A patch test is compulsory for every new client before the first full session.",
    next: "A patch test is available for every new client before the first full session.",
  },
  {
    kind: "requirement",
    previous: "You are the booking assistant for ClearSkin Laser Tattoo Removal. Sessions are spaced at least six weeks apart. Ask every new client whether they are pregnant or taking photosensitising medication, and pass any yes to the practitioner. Explain that most tattoos need 6 to 12 sessions. Never promise full removal.",
    next: "You are the booking assistant for ClearSkin Laser Tattoo Removal. Sessions are spaced at least six weeks apart. Explain that most tattoos need 6 to 12 sessions. Never promise full removal.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the aftercare assistant for ClearSkin Laser Tattoo Removal. Never tell a client to pop a blister. If a client describes spreading redness, pus or a fever, tell them to contact the clinic or their GP the same day.",
    next: "You are the aftercare assistant for ClearSkin Laser Tattoo Removal. Blisters are left intact, and that is the advice you give whenever one comes up. Spreading redness, pus or a fever means the client is told to get in touch with the clinic or their GP that same day.",
  },
  {
    kind: "order",
    previous: "Clean the skin and apply the cooling gel, then fire the test pulse.",
    next: "Fire the test pulse, then clean the skin and apply the cooling gel.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "Treated skin must be kept out of direct sun for 14 days.",
    next: "Treated skin must be kept out of direct sun for a fortnight.",
  },
  {
    kind: "rescope",
    previous: "We do not treat tattoos on anyone under 18.",
    next: "We do not treat tattoos on anyone under 18. Clients aged 16 or 17 can be treated with a parent present.",
  },
  {
    kind: "roles",
    previous: "The practitioner sets the laser energy; the assistant only records it.",
    next: "The assistant sets the laser energy; the practitioner only records it.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Treatment is refused to anyone who has used a sunbed in the last four weeks.",
    next: "A sunbed session in the last four weeks rules a client out of treatment.",
  },
  {
    kind: "scope",
    previous: "Aftercare instructions are given in writing after every session.",
    next: "Aftercare instructions are given in writing after the first session.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "Before each session, check that the consent form is signed and that the patch test area has healed.",
    next: "Before each session, check that the patch test area has healed and that the consent form is signed.",
  },

  // tennis coaching academy
  {
    kind: "entity",
    previous: "Injuries during coaching are reported to the head coach and recorded in the academy's accident book.",
    next: "Injuries during coaching are reported to the head coach and recorded in the session register.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "The academy provides rackets for players under 8.",
    next: "Rackets for players under 8 are provided by the academy.",
  },
  {
    kind: "reference",
    previous: "Match play for juniors follows the scoring rules in Appendix 2 of the LTA Youth guidelines.",
    next: "Match play for juniors follows the scoring rules in Appendix 3 of the LTA Youth guidelines.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the bookings assistant for Baseline Tennis Academy. Private lessons cost £42 an hour and must be paid when booking. Do not book a junior into a squad without checking their level with the head coach. Tell parents that missed squad sessions are not refunded.",
    next: "You are the bookings assistant for Baseline Tennis Academy. An hour's private lesson is £42, payable at the time of booking. A junior's level is checked with the head coach first, and only then can they be placed in a squad. Parents are told that a squad session their child misses is not paid back.",
  },
  {
    kind: "tone",
    tone: "supportive",
    previous: "You are the player feedback assistant for Baseline Tennis Academy. After each lesson, summarise what the player did well before suggesting one thing to work on. Use the player's first name. Keep feedback to three or four sentences. Be supportive, especially with beginners.",
    next: "You are the player feedback assistant for Baseline Tennis Academy. After each lesson, list what the player got wrong and the one thing they most need to fix. Use the player's first name. Keep feedback to three or four sentences. Do not go easy on beginners.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Players must wear tennis shoes on the clay courts.",
    next: "**Players must wear tennis shoes on the clay courts.**",
  },
  {
    kind: "condition",
    previous: "Lessons are cancelled with a full refund if the academy cancels them because of rain.",
    next: "Lessons are cancelled with a full refund if the academy cancels them more than 24 hours before.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Coaches must not be alone in the changing rooms with a junior player.",
    next: "Whenever a junior player is in the changing rooms, no coach is in there alone with them.",
  },
  {
    kind: "conjunct",
    previous: "Coaches need a DBS check, a first aid certificate and an LTA coaching licence before taking juniors.",
    next: "Coaches need a DBS check and an LTA coaching licence before taking juniors.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "Nobody's allowed on the courts without a booking, and there's no play after 9 pm.",
    next: "No one is allowed on the courts without a booking, and there is no play after 9 pm.",
  },
  {
    kind: "drift",
    previous: "Junior squads have no more than six players per coach.",
    next: "Junior squads have no more than six players per court.",
  },

  // tow-away car pound
  {
    kind: "modal",
    previous: "Staff must photograph every vehicle from all four sides when it arrives at the pound.",
    next: "Staff can photograph every vehicle from all four sides when it arrives at the pound.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the collections assistant for the Eastbury Council Vehicle Pound. Never argue about whether the vehicle was parked legally; explain how to appeal instead. Tell callers that the pound is open 8 am to 8 pm every day.",
    next: "You are the collections assistant for the Eastbury Council Vehicle Pound. When a caller disputes whether the car was legally parked, your reply is how to appeal, not an argument about it. The opening hours to give callers are 8 am to 8 pm, seven days a week.",
  },
  {
    kind: "negation",
    previous: "You are the enquiries assistant for the Eastbury Council Vehicle Pound. Tell callers they need the V5C logbook or a hire agreement, and photo ID, to collect a vehicle. The release fee is £200 plus £20 for each day in storage. Storage fees are not waived because the owner says they did not see the parking signs.",
    next: "You are the enquiries assistant for the Eastbury Council Vehicle Pound. Tell callers they need the V5C logbook or a hire agreement, and photo ID, to collect a vehicle. The release fee is £200 plus £20 for each day in storage. Storage fees are waived because the owner says they did not see the parking signs.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "You are the release desk assistant for the Eastbury Council Vehicle Pound. To collect a vehicle, the owner must bring photo ID, the V5C logbook or hire agreement, and the keys. Explain that the release fee must be paid in full before collection. Be calm and polite even if the caller is angry.",
    next: "You are the release desk assistant for the Eastbury Council Vehicle Pound. To collect a vehicle, the owner must bring:\n- photo ID;\n- the V5C logbook or hire agreement;\n- the keys.\nExplain that the release fee must be paid in full before collection. Be calm and polite even if the caller is angry.",
  },
  {
    kind: "number",
    previous: "You are the payments assistant for the Eastbury Council Vehicle Pound. Storage is charged at £20 for each day or part day. Vehicles not collected within 28 days may be disposed of after a written notice. Payment is by card only. Be factual and calm.",
    next: "You are the payments assistant for the Eastbury Council Vehicle Pound. Storage is charged at £20 for each day or part day. Vehicles not collected within 7 days may be disposed of after a written notice. Payment is by card only. Be factual and calm.",
  },
  {
    kind: "obligation",
    previous: "Photo ID is mandatory for every vehicle release.",
    next: "Photo ID is optional for every vehicle release.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Staff must not move personal belongings out of a towed vehicle.",
    next: "Personal belongings in a towed vehicle stay exactly where the owner left them.",
  },
  {
    kind: "order",
    previous: "Take payment before the vehicle is released from the compound.",
    next: "Release the vehicle from the compound before payment is taken.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Check the Vehicle Identification Number against the logbook before release.",
    next: "Check the VIN against the logbook before release.",
  },
  {
    kind: "requirement",
    previous: "When a vehicle is towed, log it on the police database within 2 hours. Write to the registered keeper within 3 working days. Add the vehicle to the pound's public search page.",
    next: "When a vehicle is towed, log it on the police database within 2 hours. Add the vehicle to the pound's public search page.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "Motorbikes are chained to the ground rail. The chain key is kept in the office safe.",
    next: "Motorbikes are chained to the ground rail, with the chain key kept in the office safe.",
  },

  // university tuition fees office
  {
    kind: "rescope",
    previous: "Students with unpaid fees are not allowed to enrol for the next year.",
    next: "Students with unpaid fees are not allowed to enrol for the next year. Students on a payment plan may enrol as normal, whatever is still outstanding.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the student finance assistant for Northgate University. Do not confirm that a payment has reached us; tell students to check the online fees portal, which updates within two working days. Payment plans split the fee into three instalments, due in October, January and April. A £50 late fee applies to each missed instalment. Be clear and patient.",
    next: "You are the student finance assistant for Northgate University. Whether a payment has arrived is for the online fees portal to show, which it does within two working days, so point students there instead of confirming it yourself. Under a payment plan the fee is paid in three parts: October, January and April. Each instalment that is missed costs a £50 late fee. Answer clearly and patiently.",
  },
  {
    kind: "roles",
    previous: "The student applies for a payment plan and the fees office approves it.",
    next: "The fees office applies for a payment plan on the student's behalf and the student approves it.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Refunds over £5,000 need a second signature.",
    next: "Refunds over £1,000 need a second signature.",
  },
  {
    kind: "scope",
    previous: "Refunds are paid back to the card or account the fees came from.",
    next: "Refunds for international students are paid back to the card or account the fees came from.",
  },
  {
    kind: "entity",
    previous: "Sponsor invoices are sent to the sponsor's finance contact named on the sponsorship letter.",
    next: "Sponsor invoices are sent to the student named on the sponsorship letter.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Never ask a student to send card details by email.",
    next: "Never, under any circumstances, ask a student to send card details by email.",
  },
  {
    kind: "reference",
    previous: "You are the fees enquiry assistant for Northgate University. Answer questions using the 2026/27 fee schedule only. If a student says they cannot pay, explain the hardship fund and give them the link to apply.",
    next: "You are the fees enquiry assistant for Northgate University. Answer questions using the 2025/26 fee schedule only. If a student says they cannot pay, explain the hardship fund and give them the link to apply.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Fees office staff never discuss a student's account with their parents without the student's written consent.",
    next: "The student's written consent comes first; only then may their parents hear anything about the account from fees office staff.",
  },
  {
    kind: "tone",
    tone: "empathetic",
    previous: "When a student says they cannot pay their fees, acknowledge how worrying that is and walk them through the hardship fund.",
    next: "When a student says they cannot pay their fees, remind them that budgeting for fees was their responsibility and point them to the hardship fund.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "Receipts are emailed to the student and, for sponsored students, to the sponsor.",
    next: "Receipts are emailed to the sponsor for sponsored students, and to the student in every case.",
  },

  // underfloor heating installers
  {
    kind: "benign",
    variant: "units",
    previous: "Screed is left to cure for 21 days before the heating is used.",
    next: "Screed is left to cure for three weeks before the heating is used.",
  },
  {
    kind: "condition",
    previous: "The heating is switched on to dry the screed only if the screed is at least 21 days old.",
    next: "The heating is switched on to dry the screed only if the customer asks for it.",
  },
  {
    kind: "conjunct",
    previous: "The handover pack must include the pipe layout drawing, the pressure test certificate and the thermostat manual.",
    next: "The handover pack must include the pipe layout drawing and the thermostat manual.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "You are the quotes assistant for WarmFloor Installations. A quote always covers:\n- the manifold and pipework;\n- the room thermostats;\n- commissioning and the pressure test.\nFloor finishes are not included. Quotes are valid for 60 days. Never quote over the phone without the room sizes.",
    next: "You are the quotes assistant for WarmFloor Installations. A quote always covers the manifold and pipework, the room thermostats, and commissioning and the pressure test. Floor finishes are not included. Quotes are valid for 60 days. Never quote over the phone without the room sizes.",
  },
  {
    kind: "drift",
    previous: "You are the survey booking assistant for WarmFloor Installations. Before quoting, we need the room sizes and the type of floor finish the customer wants. Tell customers that a heat loss calculation is done for every room before we size the system.",
    next: "You are the survey booking assistant for WarmFloor Installations. Before quoting, we need the room sizes and the type of floor finish the customer wants. Tell customers that a heat loss estimate is given for the whole house before we size the system.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Tell customers not to set the floor temperature above 27 °C under wood. If a customer reports a leak, tell them to turn off the manifold valves and call our emergency line.",
    next: "Customers with wood floors are told to keep the floor temperature at 27 °C or lower. A customer who reports a leak is asked to shut the manifold valves and then ring our emergency line.",
  },
  {
    kind: "modal",
    previous: "Installers must keep the manifold accessible behind a removable panel.",
    next: "Installers should, where they can, keep the manifold accessible behind a removable panel.",
  },
  {
    kind: "negation",
    previous: "Pipes are never laid under fixed kitchen units or baths.",
    next: "Pipes are laid under fixed kitchen units and baths.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "Never switch the boiler on while the screed is still curing.",
    next: "Do not ever switch the boiler on while the screed is still curing.",
  },
  {
    kind: "number",
    previous: "Pipe spacing must not exceed 200 mm in bathrooms.",
    next: "Pipe spacing must not exceed 300 mm in bathrooms.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Installers may not cut into a joist more than a quarter of its depth.",
    next: "A quarter of a joist's depth is the most any installer cuts into it.",
  },

  // veterans' welfare service
  {
    kind: "obligation",
    previous: "You are the support line assistant for the Shire Veterans' Welfare Service. A caseworker call-back is guaranteed within two working days for every new referral. Ask for the veteran's service number only if they are happy to give it. If a caller mentions thoughts of suicide, give the crisis line number straight away.",
    next: "You are the support line assistant for the Shire Veterans' Welfare Service. A caseworker call-back is aimed for within two working days for every new referral. Ask for the veteran's service number only if they are happy to give it. If a caller mentions thoughts of suicide, give the crisis line number straight away.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the information assistant for the Shire Veterans' Welfare Service. Do not ask callers about their combat experiences. Explain that our services are free and that we support veterans of any length of service.",
    next: "You are the information assistant for the Shire Veterans' Welfare Service. A caller's experiences in combat are theirs to raise, never something you ask about. Our services cost nothing, and veterans are supported however long they served, which you explain.",
  },
  {
    kind: "order",
    previous: "You are the referral assistant for the Shire Veterans' Welfare Service. Handle every new referral in this order:\n- check the caller is safe;\n- take their contact details;\n- explain what the service can offer.\nNever promise a grant; grants are decided by the panel. Tell callers the panel meets on the first Tuesday of each month. Be warm and unhurried.",
    next: "You are the referral assistant for the Shire Veterans' Welfare Service. Handle every new referral in this order:\n- take their contact details;\n- explain what the service can offer;\n- check the caller is safe.\nNever promise a grant; grants are decided by the panel. Tell callers the panel meets on the first Tuesday of each month. Be warm and unhurried.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "Case notes are stored on the secure system only, and paper notes are shredded the same day.",
    next: "Case notes are stored on the secure system only. Paper notes are shredded the same day.",
  },
  {
    kind: "requirement",
    previous: "Caseworkers visiting at home carry ID. They tell the office when they arrive and when they leave. They never accept gifts.",
    next: "Caseworkers visiting at home carry ID. They never accept gifts.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "You are the events assistant for the Shire Veterans' Welfare Service. Breakfast clubs run every Wednesday in Ashford and every Friday in Dunmore. Family members are welcome at all events. Never share attendees' names with anyone outside the service.",
    next: "You are the events assistant for the Shire Veterans' Welfare Service. Never share attendees' names with anyone outside the service. Family members are welcome at all events. Breakfast clubs run every Friday in Dunmore and every Wednesday in Ashford.",
  },
  {
    kind: "rescope",
    previous: "Grants are paid directly to the supplier, never to the veteran.",
    next: "Grants are paid directly to the supplier. Small grants under £100 may be paid to the veteran in cash.",
  },
  {
    kind: "roles",
    previous: "The caseworker completes the grant form with the veteran, and the panel chair signs it off.",
    next: "The veteran completes the grant form, and the caseworker signs it off.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Always return a missed call from a veteran on the same day.",
    next: "No missed call from a veteran goes unreturned past the end of that day.",
  },
  {
    kind: "scope",
    previous: "Every veteran who contacts us is offered a benefits check.",
    next: "Every veteran over 65 who contacts us is offered a benefits check.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "Home visits are made by two caseworkers when the risk assessment says so.",
    next: "Two caseworkers make the home visit when the risk assessment says so.",
  },

  // vitamin supplements online shop
  {
    kind: "benign",
    variant: "reword",
    tone: "reassuring",
    previous: "If a parcel is late, apologise, reassure the customer that we will track it, and offer a replacement after 10 working days.",
    next: "When a parcel runs late, say sorry, let the customer know we'll chase it with the courier, and once 10 working days have passed offer to send a replacement.",
  },
  {
    kind: "entity",
    previous: "Customer questions about interactions with prescription medicines are passed to our pharmacist.",
    next: "Customer questions about interactions with prescription medicines are passed to our marketing team.",
  },
  {
    kind: "reference",
    previous: "Health claims on product pages must use only the wording in the current approved claims register.",
    next: "Health claims on product pages must use only the wording in the supplier's product sheets.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Every product listing shows the Nutrient Reference Value percentage for each vitamin.",
    next: "Every product listing shows the NRV % for each vitamin.",
  },
  {
    kind: "tone",
    tone: "reassuring",
    previous: "You are the customer care assistant for Vitalis Supplements. If a customer is worried about a side effect, reassure them kindly and advise them to stop taking the product and speak to their GP or pharmacist. Refunds are given for unopened items within 30 days. Thank customers for getting in touch.",
    next: "You are the customer care assistant for Vitalis Supplements. If a customer is worried about a side effect, tell them it is probably nothing and advise them to stop taking the product and speak to their GP or pharmacist. Refunds are given for unopened items within 30 days. Skip the pleasantries.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "We don't ship to PO boxes and can't deliver outside the UK.",
    next: "We do not ship to PO boxes and cannot deliver outside the UK.",
  },
  {
    kind: "condition",
    previous: "Free delivery applies when the order total is over £25 after discounts.",
    next: "Free delivery applies when the order total is over £25 before discounts.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the product advice assistant for Vitalis Supplements. Never claim that a supplement prevents, treats or cures any disease. Do not recommend doses above the amount on the label. If a customer mentions a medical condition, suggest they check with their GP or pharmacist first. Keep answers short and factual.",
    next: "You are the product advice assistant for Vitalis Supplements. Say nothing that presents a supplement as preventing, treating or curing a disease. The dose on the label is the highest you ever recommend. Customers who mention a medical condition are advised to check with their GP or pharmacist before anything else. Answers are brief and stick to facts.",
  },
  {
    kind: "conjunct",
    previous: "Do not sell high-strength vitamin A to customers who say they are pregnant or trying to conceive.",
    next: "Do not sell high-strength vitamin A to customers who say they are pregnant.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Age-check customers buying caffeine tablets.",
    next: "Age-check every customer buying caffeine tablets or pre-workout powders, and refuse anyone under 18.",
  },
  {
    kind: "drift",
    previous: "Product pages must state that supplements are not a substitute for a varied diet.",
    next: "Product pages must state that supplements are not a substitute for medical treatment.",
  },

  // water taxi service
  {
    kind: "modal",
    previous: "You are the booking assistant for Harbour Hopper Water Taxis. Children under 12 must wear a lifejacket for the whole journey. Tell customers that the last boat leaves the Pier Head at 23:30.",
    next: "You are the booking assistant for Harbour Hopper Water Taxis. Children under 12 should ideally wear a lifejacket for the whole journey. Tell customers that the last boat leaves the Pier Head at 23:30.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "Boats keep to 5 knots inside the harbour wall.",
    next: "Boats keep to 5 nautical miles per hour inside the harbour wall.",
  },
  {
    kind: "negation",
    previous: "The skipper does not sail when the wind is above force 6.",
    next: "The skipper sails even when the wind is above force 6.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the customer assistant for Harbour Hopper Water Taxis. Do not take bookings for groups larger than 11; offer two boats instead. Tell customers that journeys may be cancelled at short notice in bad weather.",
    next: "You are the customer assistant for Harbour Hopper Water Taxis. Eleven passengers is the largest single booking, and bigger groups are offered two boats. Bad weather can cancel a journey at short notice, which customers hear from you.",
  },
  {
    kind: "number",
    previous: "Passengers must be on the pontoon at least 5 minutes before the booked departure.",
    next: "Passengers must be on the pontoon at least 1 minute before the booked departure.",
  },
  {
    kind: "obligation",
    previous: "A safety briefing is compulsory before every departure.",
    next: "A safety briefing is offered before every departure.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "Bikes can be carried on the 10:00 and 14:00 sailings. They must be booked in advance.",
    next: "Bikes can be carried on the 10:00 and 14:00 sailings and must be booked in advance.",
  },
  {
    kind: "order",
    previous: "Passengers disembark before the new group boards.",
    next: "The new group boards before passengers disembark.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Lifejackets are worn by all children on the open deck.",
    next: "Lifejackets are worn by ALL children on the open deck.",
  },
  {
    kind: "requirement",
    previous: "At the end of each shift, the skipper refuels the boat. The bilge is checked for water and pumped if needed. Engine hours are recorded in the log.",
    next: "At the end of each shift, the skipper refuels the boat. Engine hours are recorded in the log.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Passengers must stay seated while the boat is moving.",
    next: "While the boat is under way, passengers remain in their seats.",
  },

  // women's football club
  {
    kind: "rescope",
    previous: "You are the membership assistant for Millbrook Women's FC. Players must have paid their subs before they can be picked for a match. Training is on Tuesdays and Thursdays at 7 pm at Millbrook Rec.",
    next: "You are the membership assistant for Millbrook Women's FC. Players must have paid their subs before they can be picked for a match. New players can play their first three matches before paying. Training is on Tuesdays and Thursdays at 7 pm at Millbrook Rec.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Under-16 players cannot train with the senior squad.",
    next: "Training with the senior squad is open only to players aged 16 and over.",
  },
  {
    kind: "roles",
    previous: "The home team provides the match ball and pays the referee's fee; the away team brings its own kit.",
    next: "The away team provides the match ball and pays the referee's fee; the home team brings its own kit.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Goalposts are checked before matches.",
    next: "Goalposts are checked and weighted down before every match and every training session.",
  },
  {
    kind: "scope",
    previous: "Shin pads must be worn in all matches, friendlies included.",
    next: "Shin pads must be worn in all league matches.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the fixtures assistant for Millbrook Women's FC. Never post a player's address or phone number in the team chat. Tell players that kick-off times are confirmed on the Thursday before each match. If a player cannot make a match, ask them to tell the captain by Friday noon.",
    next: "You are the fixtures assistant for Millbrook Women's FC. A player's address and phone number stay out of the team chat. Kick-off times are confirmed on the Thursday before each match, and players are told so. A player who cannot make a match is asked to let the captain know by noon on Friday.",
  },
  {
    kind: "entity",
    previous: "Concussion cases are logged and reported to the county FA within 48 hours.",
    next: "Concussion cases are logged and reported to the club secretary within 48 hours.",
  },
  {
    kind: "reference",
    previous: "Players' personal data is handled as set out in the club's privacy notice.",
    next: "Players' personal data is handled as set out in the league's fixtures handbook.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "The captain collects match fees before kick-off.",
    next: "Match fees are collected by the captain before kick-off.",
  },
  {
    kind: "tone",
    tone: "welcoming",
    previous: "When someone asks about joining, welcome them warmly, tell them all abilities are encouraged, and invite them to a free taster session.",
    next: "When someone asks about joining, tell them we expect a decent standard and that they can come to a free taster session if they must.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "Players must bring:\n- shin pads;\n- a water bottle;\n- boots suitable for grass.",
    next: "Players must bring shin pads, a water bottle and boots suitable for grass.",
  },

  // youth orchestra
  {
    kind: "benign",
    variant: "reorder",
    previous: "Chaperones are present at every rehearsal, concert and overnight trip.",
    next: "At every overnight trip, concert and rehearsal, chaperones are present.",
  },
  {
    kind: "condition",
    previous: "Members under 16 may travel home alone after rehearsal only if a parent has given written permission.",
    next: "Members under 16 may travel home alone after rehearsal only if they live within a mile of the hall.",
  },
  {
    kind: "conjunct",
    previous: "You are the tour assistant for the Fenwick Youth Orchestra. Before the summer tour, every parent must send:\n- a signed consent form;\n- a copy of the player's passport;\n- the medical information sheet.\nThe tour fee is £480, payable in three instalments. Players share rooms in groups of up to four.",
    next: "You are the tour assistant for the Fenwick Youth Orchestra. Before the summer tour, every parent must send:\n- a signed consent form;\n- the medical information sheet.\nThe tour fee is £480, payable in three instalments. Players share rooms in groups of up to four.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the parent enquiries assistant for the Fenwick Youth Orchestra. Never give out a conductor's or tutor's personal phone number. If a parent asks about bursaries, explain that they cover up to half the annual fee and are assessed by the trustees.",
    next: "You are the parent enquiries assistant for the Fenwick Youth Orchestra. Conductors' and tutors' personal phone numbers are kept private in every case. Parents asking about bursaries hear that the trustees assess them and that a bursary pays up to half of the annual fee.",
  },
  {
    kind: "drift",
    previous: "Instrument cases must be labelled with the player's name and a contact phone number.",
    next: "Instrument cases must be labelled with the player's name and their section.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "Rehearsals run from 9:30 to 12:30 with a 20-minute break.",
    next: "Rehearsals run from half past nine until half past twelve, with a break of twenty minutes.",
  },
  {
    kind: "modal",
    previous: "Section leaders must attend the Saturday sectional rehearsals.",
    next: "Section leaders will normally attend the Saturday sectional rehearsals.",
  },
  {
    kind: "negation",
    previous: "Players are not allowed to take orchestra-owned instruments home over the summer.",
    next: "Players are allowed to take orchestra-owned instruments home over the summer.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Players joining the string section need Associated Board of the Royal Schools of Music Grade 5 or an equivalent.",
    next: "Players joining the string section need ABRSM Grade 5 or an equivalent.",
  },
  {
    kind: "number",
    previous: "Candidates for the senior orchestra must be at Grade 6 or above on their main instrument.",
    next: "Candidates for the senior orchestra must be at Grade 4 or above on their main instrument.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Players must not leave the rehearsal hall during the session without telling a chaperone.",
    next: "A chaperone is told before any player leaves the rehearsal hall during the session.",
  },

  // zoning appeals board
  {
    kind: "obligation",
    previous: "Applicants are required to notify every property owner within 300 feet of the site.",
    next: "Applicants are invited to notify every property owner within 300 feet of the site.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "The clerk mails the hearing notice to the applicant at least 10 days before the hearing.",
    next: "The hearing notice is mailed to the applicant by the clerk at least 10 days before the hearing.",
  },
  {
    kind: "order",
    previous: "You are the appeals clerk assistant for the Cedar Falls Zoning Board of Appeals. An appeal is accepted only after the filing fee has been paid, and then it is placed on the hearing calendar. Hearings are held on the second Monday of each month at 6 pm.",
    next: "You are the appeals clerk assistant for the Cedar Falls Zoning Board of Appeals. An appeal is placed on the hearing calendar, and then it is accepted once the filing fee has been paid. Hearings are held on the second Monday of each month at 6 pm.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the public enquiries assistant for the Cedar Falls Zoning Board of Appeals. The filing fee is $250 for a residential variance and $600 for a commercial one. Never predict the outcome of an appeal.",
    next: "You are the public enquiries assistant for the Cedar Falls Zoning Board of Appeals. A residential variance costs $250 to file, a commercial one $600. How an appeal will turn out is never something you forecast.",
  },
  {
    kind: "requirement",
    previous: "Board members visit the site before the hearing. Each member declares any conflict of interest at the start of the hearing. Decisions are issued in writing within 30 days.",
    next: "Board members visit the site before the hearing. Decisions are issued in writing within 30 days.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Ex parte contact with board members is prohibited.",
    next: "Ex parte contact with board members is strictly prohibited.",
  },
  {
    kind: "rescope",
    previous: "Board members do not discuss a pending appeal with the applicant outside the hearing.",
    next: "Board members do not discuss a pending appeal outside the hearing. They may meet the applicant at the site to talk it through.",
  },
  {
    kind: "roles",
    previous: "The board chair swears in witnesses, and the clerk records each witness's name and address.",
    next: "The clerk swears in witnesses, and the board chair records each witness's name and address.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "Members won't vote on an appeal if they haven't attended the hearing.",
    next: "Members will not vote on an appeal if they have not attended the hearing.",
  },
  {
    kind: "scope",
    previous: "Variance decisions are posted on the town website within five days.",
    next: "Variance decisions for commercial properties are posted on the town website within five days.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Late submissions are not considered at the hearing.",
    next: "Only submissions received by the deadline are considered at the hearing.",
  },
];
