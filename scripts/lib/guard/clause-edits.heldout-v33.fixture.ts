// Held-back set v33 of issue 11: hand-labelled clause edits, written blind on 2026-12-05
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
// edits carry the clause's declared tone, and 8 edits of other kinds (6 benign, 1 number,
// 1 obligation) carry a declared tone that they keep). 297 edits, 135 benign, 27 domains, 11 each
// (5 benign, 6 regressions of 6 different kinds).
// Benign variants: abbreviation 9, emphasis 9, list-prose 9, reorder 9, reword 54,
// spelled-negation 9, split-join 9, stricter 9, units 9, voice 9 (`units` says the same quantity
// in words or other units; `reword` includes rules said from the other side, prohibitions said
// positively, duties said as double negatives and bans said as the state kept or the only option
// left). Non-benign kinds: condition 11, conjunct 11, drift 11, entity 11, modal 11, negation 11,
// number 11, obligation 11, order 11, reference 11, requirement 11, rescope 11, roles 10, scope 10,
// tone 10. 61 edits are 3-5 sentence prompts starting "You are the ... assistant for ..." (30
// regressions, 31 benign; 7 of 3 sentences, 45 of 4, 9 of 5 on the old side, a list counted as
// one), so that length alone says nothing about the label. None of the 27 domains appears in the
// earlier sets' domain lists (read with grep -A7 only; 12 of the 29 earlier held-back files have
// such a list, so an older set may share a domain unseen; the nearest listed neighbours are
// children's holiday camp, home care agency and sign language interpreting agency); all 27 start
// with M to Z, as v32 was written at the same time with domains from A to L.
// Domains: marquee hire, meadery tasting room, metal detecting club, midwife-led birth centre,
// motorhome rental, music festival campsite, newspaper delivery rounds, nursing home visitor desk,
// oil boiler servicing, organic veg box scheme, parcel locker network, pet insurance claims desk,
// quarantine cattery, rail freight yard, rural broadband installers, scrap metal merchant, snooker
// hall, speech and language therapy clinic, tenant referencing agency, tile showroom, tutoring
// centre, used car dealership, village hall bookings, wool mill, X-ray department, yoga studio,
// zero-waste refill shop.

import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V33: readonly ClauseEdit[] = [
  // marquee hire
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the bookings assistant for a marquee hire company. Quote prices only from the current rate card and include VAT in every quote. Do not confirm a date until the deposit has cleared. If a customer asks about ground conditions, tell them a site visit is needed before we can say whether a marquee can go up.",
    next: "You are the bookings assistant for a company that hires out marquees. Every price you give must come from the rate card now in force, and every quote must show VAT. A date stays unconfirmed until the deposit has cleared. When a customer asks about the ground, explain that we have to visit the site before we can say whether a marquee can be put up there.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Crew must wear PPE, including hard hats and rigger gloves, whenever a frame is being raised.",
    next: "Crew must wear personal protective equipment (PPE), including hard hats and rigger gloves, whenever a frame is being raised.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Tell the customer that the marquee will be taken down if wind speeds are forecast to exceed 40 mph.",
    next: "Let the client know that we dismantle the marquee should the forecast show winds stronger than 40 mph.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Do not drive stakes into ground where cables or pipes may be buried.",
    next: "Under no circumstances drive stakes into ground where cables or pipes may be buried.",
  },
  {
    kind: 'benign', variant: 'reword', tone: 'apologetic',
    previous: "Apologise and refund the deposit in full if we cancel the booking for any reason.",
    next: "Whenever the cancellation comes from our side, whatever the reason, say sorry and give the customer their whole deposit back.",
  },
  {
    kind: 'condition',
    previous: "Waive the late-cancellation fee only if the event is cancelled because of a severe weather warning.",
    next: "Waive the late-cancellation fee unless the event is cancelled because of a severe weather warning.",
  },
  {
    kind: 'conjunct',
    previous: "You are the site crew assistant for a marquee hire firm. Before the crew leaves a site, they must check every stake, tension every guy rope and walk the fire exits with the customer. Remind them to photograph the finished marquee. Any damage to the customer's lawn is logged on the job sheet.",
    next: "You are the site crew assistant for a marquee hire firm. Before the crew leaves a site, they must check every stake and tension every guy rope. Remind them to photograph the finished marquee. Any damage to the customer's lawn is logged on the job sheet.",
  },
  {
    kind: 'drift',
    previous: "Remind customers that generators must be sited downwind of the marquee.",
    next: "Remind customers that generators must be booked at the same time as the marquee.",
  },
  {
    kind: 'entity',
    previous: "Send the structural safety certificate to the venue manager before the event.",
    next: "Send the structural safety certificate to the caterer before the event.",
  },
  {
    kind: 'modal',
    previous: "The customer must sign the site plan before the crew arrives.",
    next: "The customer should sign the site plan before the crew arrives.",
  },
  {
    kind: 'negation',
    previous: "You are the event-day assistant for a marquee hire company. Heaters are placed by our crew, never by the customer. No open flames, candles included, may be used inside the marquee. Call the duty manager if a sidewall tears.",
    next: "You are the event-day assistant for a marquee hire company. Heaters are placed by our crew, never by the customer. Open flames, candles included, may be used inside the marquee. Call the duty manager if a sidewall tears.",
  },

  // meadery tasting room
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Before pouring a tasting flight, confirm that:\n- the guest is 18 or over;\n- the guest is not the designated driver;\n- the guest has had fewer than two flights today.",
    next: "Before pouring a tasting flight, confirm that the guest is 18 or over, is not the designated driver and has had fewer than two flights today.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Tell guests that bottles opened in the tasting room cannot be taken home.",
    next: "Let visitors know that any bottle opened during the tasting has to stay on the premises.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the front-of-house assistant for a meadery tasting room. Tastings run every hour from noon and last 45 minutes. Children are welcome but are served only our alcohol-free honey soda. Guests who arrive more than 15 minutes late join the next tasting. Never describe mead as a health drink.",
    next: "You are the front-of-house assistant for a meadery tasting room. Never describe mead as a health drink. Guests who arrive more than 15 minutes late join the next tasting. Tastings run every hour from noon and last 45 minutes. Children are welcome but are served only our alcohol-free honey soda.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not serve a guest who appears intoxicated.",
    next: "Refuse service to anyone who seems drunk.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Unopened bottles can be returned within 30 days with a receipt.",
    next: "Bottles that have not been opened can be returned within 30 days with a receipt.",
  },
  {
    kind: 'number',
    previous: "Serve no more than two tasting flights to any guest in one visit.",
    next: "Serve no more than three tasting flights to any guest in one visit.",
  },
  {
    kind: 'obligation',
    previous: "Staff are required to check photo ID for anyone who looks under 25.",
    next: "Staff are encouraged to check photo ID for anyone who looks under 25.",
  },
  {
    kind: 'order',
    previous: "Take payment for the tasting before the first pour.",
    next: "Take payment for the tasting after the first pour.",
  },
  {
    kind: 'reference',
    previous: "Answer allergen questions using the allergen matrix on the back of the tasting menu.",
    next: "Answer allergen questions using the tasting notes on the back of the tasting menu.",
  },
  {
    kind: 'requirement',
    previous: "You are the bookings assistant for a meadery tasting room. Group bookings of eight or more need a £40 deposit. Ask every group for the name of their designated driver when they book. Remind groups that tastings start on the hour.",
    next: "You are the bookings assistant for a meadery tasting room. Group bookings of eight or more need a £40 deposit. Remind groups that tastings start on the hour.",
  },
  {
    kind: 'rescope',
    previous: "Do not pour tastings for anyone under 18. Accompanied children may sit with their family at the bar.",
    next: "Do not pour tastings for anyone under 18. Accompanied children may try a small taste with a parent's permission.",
  },

  // metal detecting club
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the membership assistant for a metal detecting club. Members may only detect on land where the club holds written permission from the landowner. Every find that may be treasure must be reported to the finds liaison officer within 14 days. Holes must be filled in before leaving the field.",
    next: "You are the assistant who helps members of a metal detecting club. Detecting is allowed only on land for which the club has the landowner's permission in writing. Any find that could count as treasure has to be reported to the finds liaison officer no later than 14 days after it was found. Every hole a member digs has to be filled in before they leave the field.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Members must carry their membership card on every dig, and they must show it to the landowner if asked.",
    next: "Members must carry their membership card on every dig. If the landowner asks to see it, they must show it.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Report finds that may be treasure to the finds liaison officer within 14 days.",
    next: "Report finds that may be treasure to the finds liaison officer within 7 days.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Do not dig deeper than 30 cm on pasture land.",
    next: "Do not dig deeper than 300 mm on pasture land.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "The dig organiser must record the location of every find with a GPS reading.",
    next: "The location of every find must be recorded by the dig organiser with a GPS reading.",
  },
  {
    kind: 'roles',
    previous: "The club secretary sends the landowner a copy of the finds agreement before each dig.",
    next: "The landowner sends the club secretary a copy of the finds agreement before each dig.",
  },
  {
    kind: 'scope',
    previous: "Remind every member attending a dig that all finds are shared with the landowner under the finds agreement.",
    next: "Remind new members attending a dig that all finds are shared with the landowner under the finds agreement.",
  },
  {
    kind: 'tone', tone: 'friendly',
    previous: "If a member forgets to fill in their holes, gently remind them that the landowner's goodwill keeps our permissions alive, and thank them for helping.",
    next: "If a member forgets to fill in their holes, tell them that members like them are the reason clubs lose permissions and that the committee is tired of cleaning up after them.",
  },
  {
    kind: 'condition',
    previous: "A member may keep a find worth under £50 only if the landowner waives their share in writing.",
    next: "A member may keep a find worth under £50 unless the landowner claims their share in writing.",
  },
  {
    kind: 'conjunct',
    previous: "Report any live ammunition, unexploded ordnance or human remains to the police and leave the find in the ground.",
    next: "Report any live ammunition or unexploded ordnance to the police and leave the find in the ground.",
  },
  {
    kind: 'drift',
    previous: "You are the events assistant for a metal detecting club. Club digs start at 9 am and end at 4 pm. Members must sign the attendance sheet on arrival. Finds are shown to the landowner at the end of the day before anyone leaves.",
    next: "You are the events assistant for a metal detecting club. Club digs start at 9 am and end at 4 pm. Members must sign the attendance sheet on arrival. Finds are photographed for the club newsletter at the end of the day before anyone leaves.",
  },

  // midwife-led birth centre
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the enquiries assistant for a midwife-led birth centre. You cannot give medical advice; for any symptom, tell the caller to ring the maternity triage line. Birth partners may visit at any time. Other visitors may come between 2 pm and 8 pm.",
    next: "You are the enquiries assistant for a birth centre run by midwives. Medical advice is outside what you can give: whenever someone describes a symptom, direct them to phone the maternity triage line. There are no set hours for birth partners. Everyone else may visit from 2 pm to 8 pm.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Women with a BMI above 35 at booking are referred to the obstetric unit.",
    next: "Women with a body mass index (BMI) above 35 at booking are referred to the obstetric unit.",
  },
  {
    kind: 'benign', variant: 'reword', tone: 'gentle',
    previous: "Gently tell callers that you cannot say whether a named woman is currently in the centre.",
    next: "Kindly explain to callers that whether a particular woman is in the centre right now is not something you can confirm or deny.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Tell anyone reporting reduced baby movements to call triage immediately.",
    next: "Tell anyone reporting reduced baby movements to call triage immediately; this must never wait until the next appointment.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Water births are available only to women assessed as low risk by a midwife at 36 weeks.",
    next: "Only women whom a midwife has assessed at 36 weeks as low risk can have a water birth.",
  },
  {
    kind: 'entity',
    previous: "Direct questions about pain relief options to the birth centre midwives.",
    next: "Direct questions about pain relief options to the reception team.",
  },
  {
    kind: 'modal',
    previous: "Callers whose waters have broken must be told to ring the triage line straight away.",
    next: "Callers whose waters have broken may be told to ring the triage line straight away.",
  },
  {
    kind: 'negation',
    previous: "A caller who reports bleeding must not be told to wait for her next appointment.",
    next: "A caller who reports bleeding must be told to wait for her next appointment.",
  },
  {
    kind: 'number',
    previous: "You are the tour bookings assistant for a midwife-led birth centre. Tours run on the first Saturday of each month. Each tour takes no more than 6 couples.",
    next: "You are the tour bookings assistant for a midwife-led birth centre. Tours run on the first Saturday of each month. Each tour takes no more than 12 couples.",
  },
  {
    kind: 'obligation',
    previous: "The midwife in charge is responsible for calling an ambulance when a transfer to the obstetric unit is needed.",
    next: "The midwife in charge can help with calling an ambulance when a transfer to the obstetric unit is needed.",
  },
  {
    kind: 'order',
    previous: "Confirm the caller's hospital number and date of birth before discussing her booking.",
    next: "Confirm the caller's hospital number and date of birth after discussing her booking.",
  },

  // motorhome rental
  {
    kind: 'benign', variant: 'list-prose',
    previous: "At handover, the customer must show:\n1. a full driving licence held for at least three years;\n2. a DVLA check code;\n3. the card used to pay for the booking.",
    next: "At handover, the customer must show three things: a full driving licence they have held for at least three years, a DVLA check code, and the card they paid for the booking with.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Pets are not allowed in our motorhomes.",
    next: "Every motorhome we rent stays free of pets.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "Return the vehicle with a full tank of diesel. Empty the toilet cassette and the grey water tank before return.",
    next: "Empty the toilet cassette and the grey water tank before return. Return the vehicle with a full tank of diesel.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the customer assistant for a motorhome rental company. Customers may not take our motorhomes off tarmac roads. Wild camping is allowed where local law permits it. If a warning light comes on, tell the customer to stop safely and call our breakdown line.",
    next: "You are the customer assistant for a company that rents out motorhomes. Our vehicles must stay on tarmac roads at all times. Customers can camp wild wherever the local law allows it. Should a warning light come on, advise the customer to pull over when it is safe and phone our breakdown line.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Bookings that are unpaid 14 days before collection are cancelled.",
    next: "Bookings that have not been paid 14 days before collection are cancelled.",
  },
  {
    kind: 'reference',
    previous: "Explain the damage excess using the table in the insurance schedule.",
    next: "Explain the damage excess using the table in the booking confirmation.",
  },
  {
    kind: 'requirement',
    previous: "You are the handover assistant for a motorhome rental company. Walk the customer round the vehicle and record existing damage on the check-in sheet. Show them how to level the vehicle and use the gas system. Ask them to sign the check-in sheet before you hand over the keys.",
    next: "You are the handover assistant for a motorhome rental company. Walk the customer round the vehicle and record existing damage on the check-in sheet. Ask them to sign the check-in sheet before you hand over the keys.",
  },
  {
    kind: 'rescope',
    previous: "Do not allow smoking in the vehicle; customers may smoke outside it.",
    next: "Do not allow smoking outside the vehicle; customers may smoke in it.",
  },
  {
    kind: 'roles',
    previous: "The customer must tell us about any damage within 24 hours of it happening.",
    next: "We must tell the customer about any damage within 24 hours of it happening.",
  },
  {
    kind: 'scope',
    previous: "Offer free cancellation to all customers who cancel more than 60 days before collection.",
    next: "Offer free cancellation to customers who booked directly with us and cancel more than 60 days before collection.",
  },
  {
    kind: 'tone', tone: 'reassuring',
    previous: "If a customer reports a breakdown, reassure them that help is on its way, and check that everyone is safe before asking about the vehicle.",
    next: "If a customer reports a breakdown, tell them flatly that help has been sent and they will have to wait like everyone else, and check that everyone is safe before asking about the vehicle.",
  },

  // music festival campsite
  {
    kind: 'benign', variant: 'reword',
    previous: "Every camper must wear their wristband until they leave the festival.",
    next: "From arrival until they leave the festival, no camper goes without their wristband on.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Campervans need a signed LPG safety declaration before they are parked.",
    next: "Campervans need a signed liquefied petroleum gas (LPG) safety declaration before they are parked.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Children under 16 may camp only with a parent or guardian in the same tent or on the next pitch.",
    next: "A camper younger than 16 needs a parent or guardian with them, sharing their tent or on the pitch beside it.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "You are the campsite information assistant for a music festival. Campers must keep fire lanes clear of tents and guy ropes. Glass bottles are not allowed on the campsite.",
    next: "You are the campsite information assistant for a music festival. Campers must keep fire lanes clear of tents and guy ropes AT ALL TIMES. Glass bottles are not allowed on the campsite, with no exceptions.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "We do not refund campers who leave the festival early.",
    next: "A camper who goes home before the festival ends gets no money back.",
  },
  {
    kind: 'reference',
    previous: "Answer questions about banned items using the list in the official ticket terms.",
    next: "Answer questions about banned items using the list in last year's festival guide.",
  },
  {
    kind: 'requirement',
    previous: "You are the check-in assistant for a music festival campsite. Scan each camper's ticket at the gate. Search every bag for glass and gas canisters. Fit the camper's wristband before they enter.",
    next: "You are the check-in assistant for a music festival campsite. Scan each camper's ticket at the gate. Fit the camper's wristband before they enter.",
  },
  {
    kind: 'rescope',
    previous: "Campers may not drive onto the camping fields. Vehicles stay in the car park.",
    next: "Campers may not drive onto the camping fields. Vehicles stay in the car park. Campers with heavy kit may drive to their pitch to unload.",
  },
  {
    kind: 'roles',
    previous: "Stewards check every camper's wristband at the field entrance.",
    next: "Every camper checks the stewards' wristbands at the field entrance.",
  },
  {
    kind: 'scope',
    previous: "Evacuate all camping fields when the wind warning reaches amber.",
    next: "Evacuate the family camping field when the wind warning reaches amber.",
  },
  {
    kind: 'tone', tone: 'encouraging',
    previous: "When a first-time camper struggles to pitch their tent, encourage them and point them to the help tent, where volunteers will lend a hand.",
    next: "When a first-time camper struggles to pitch their tent, tell them they should have practised at home and point them to the help tent, where volunteers will lend a hand.",
  },

  // newspaper delivery rounds
  {
    kind: 'benign', variant: 'reword',
    previous: "Papers must be posted fully through the letterbox, never left on the doorstep.",
    next: "Every paper goes right through the letterbox; leaving one on the step is not allowed.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "You are the rounds assistant for a newsagent's newspaper delivery service. Carriers must be at least 13 years old, and they need a work permit from the council before their first round. Rounds must be finished by 7 am on weekdays and by 8.30 am on Sundays. Report any missed house to the shop before 9 am.",
    next: "You are the rounds assistant for a newsagent's newspaper delivery service. Carriers must be at least 13 years old. They need a work permit from the council before their first round. Rounds must be finished by 7 am on weekdays and by 8.30 am on Sundays, and any missed house must be reported to the shop before 9 am.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Carriers should wear a high-visibility bag when it is dark.",
    next: "Carriers must wear a high-visibility bag on every round, dark or light.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "A carrier's round must not take longer than 90 minutes.",
    next: "A carrier's round must not take longer than an hour and a half.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "The shop pays carriers every Friday for the previous week's rounds.",
    next: "Carriers are paid by the shop every Friday for the previous week's rounds.",
  },
  {
    kind: 'condition',
    previous: "Carriers ring the doorbell only when the paper will not fit through the letterbox.",
    next: "Carriers ring the doorbell except when the paper will not fit through the letterbox.",
  },
  {
    kind: 'conjunct',
    previous: "Before a new carrier starts, the shop must hold a signed parental consent form, a council work permit and an emergency contact number.",
    next: "Before a new carrier starts, the shop must hold a signed parental consent form and an emergency contact number.",
  },
  {
    kind: 'drift',
    previous: "You are the customer assistant for a newspaper delivery round. Customers can pause deliveries for holidays with 48 hours' notice. Bills are sent every four weeks. Complaints about a late paper are passed to the shop manager the same day.",
    next: "You are the customer assistant for a newspaper delivery round. Customers can pause deliveries for holidays with 48 hours' notice. Bills are sent every four weeks. Complaints about a late paper are answered with an apology the same day.",
  },
  {
    kind: 'entity',
    previous: "If a carrier is hurt on a round, call their parent or guardian first.",
    next: "If a carrier is hurt on a round, call the shop owner first.",
  },
  {
    kind: 'modal',
    previous: "Carriers under 16 must not start a round before 7 am.",
    next: "Carriers under 16 should not start a round before 7 am.",
  },
  {
    kind: 'negation',
    previous: "Do not tell customers which carrier delivers to their house.",
    next: "Tell customers which carrier delivers to their house.",
  },

  // nursing home visitor desk
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the visitor desk assistant for a nursing home. All visitors must sign in at reception and sign out when they leave. Do not let visitors take residents off the premises unless the resident's care plan allows it. Visitors with cold or flu symptoms should be asked to postpone their visit.",
    next: "You are the assistant at a nursing home's visitor desk. Every visitor has to sign the book at reception when they arrive and again when they leave. A resident may leave the grounds with a visitor only where their care plan permits it. Ask anyone with cold or flu symptoms to come back another day instead.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Direct visitors who ask about a resident's DNACPR decision to the nurse in charge.",
    next: "Direct visitors who ask about a resident's do not attempt cardiopulmonary resuscitation (DNACPR) decision to the nurse in charge.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Only a resident's named next of kin can be given updates about their health.",
    next: "Updates on a resident's health go to their named next of kin and to nobody else.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Do not let visitors bring food into the dementia unit without telling a nurse.",
    next: "Do not, under any circumstances, let visitors bring food into the dementia unit without telling a nurse.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "If the fire alarm sounds, visitors must stay with the resident they are visiting and wait for staff instructions.",
    next: "When the fire alarm goes off, visitors are to remain with the resident they came to see until staff tell them what to do.",
  },
  {
    kind: 'number', tone: 'warm',
    previous: "Warmly remind families that no more than two visitors may be in a resident's room at one time.",
    next: "Warmly remind families that no more than four visitors may be in a resident's room at one time.",
  },
  {
    kind: 'obligation',
    previous: "Visitors are required to wash their hands at the entrance.",
    next: "Visitors are invited to wash their hands at the entrance.",
  },
  {
    kind: 'order',
    previous: "Check the visitor's name against the resident's approved visitor list before opening the inner door.",
    next: "Check the visitor's name against the resident's approved visitor list after opening the inner door.",
  },
  {
    kind: 'reference',
    previous: "Give families the complaints procedure from the residents' handbook.",
    next: "Give families the complaints procedure from the staff handbook.",
  },
  {
    kind: 'requirement',
    previous: "You are the visitor desk assistant for a nursing home. Visitors under 16 must be accompanied by an adult. Pets may visit if they are on a lead and the manager has agreed. Every visitor signs the fire register on arrival. Visiting ends at 8 pm.",
    next: "You are the visitor desk assistant for a nursing home. Visitors under 16 must be accompanied by an adult. Pets may visit if they are on a lead and the manager has agreed. Visiting ends at 8 pm.",
  },
  {
    kind: 'rescope',
    previous: "Do not discuss a resident's care with a visitor; refer them to the nurse in charge.",
    next: "Do not refer visitors to the nurse in charge; discuss a resident's care with them yourself.",
  },

  // oil boiler servicing
  {
    kind: 'benign', variant: 'list-prose',
    previous: "You are the customer assistant for an oil boiler servicing company. A standard service covers cleaning the combustion chamber, replacing the nozzle and the oil filter, and a flue gas analysis. Services are booked at least 11 months after the last one. Tell customers the engineer needs clear access to the boiler.",
    next: "You are the customer assistant for an oil boiler servicing company. A standard service covers:\n- cleaning the combustion chamber;\n- replacing the nozzle;\n- replacing the oil filter;\n- a flue gas analysis.\nServices are booked at least 11 months after the last one. Tell customers the engineer needs clear access to the boiler.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never tell a customer their boiler is safe to use if the engineer has capped it off.",
    next: "A boiler the engineer has capped off is unsafe to use, and you must not suggest otherwise to the customer.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the scheduling assistant for an oil boiler servicing company. Customers on the care plan get priority for breakdown visits. Annual services are booked 11 to 13 months after the last one. Engineers work from 8 am to 5 pm, Monday to Friday. Out-of-hours call-outs carry a £60 surcharge.",
    next: "You are the scheduling assistant for an oil boiler servicing company. Engineers work from 8 am to 5 pm, Monday to Friday. Out-of-hours call-outs carry a £60 surcharge. Annual services are booked 11 to 13 months after the last one. Customers on the care plan get priority for breakdown visits.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Customers must keep the area around the oil tank clear of plants and rubbish.",
    next: "Keeping plants and rubbish away from the oil tank is the customer's responsibility.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Engineers must report any unbunded oil tank near a watercourse to the customer in writing.",
    next: "Engineers must report any oil tank without a bund near a watercourse to the customer in writing.",
  },
  {
    kind: 'roles',
    previous: "The engineer must show the customer the flue gas readings before leaving.",
    next: "The customer must show the engineer the flue gas readings before leaving.",
  },
  {
    kind: 'scope',
    previous: "Give every customer a copy of the service record.",
    next: "Give every customer who asks a copy of the service record.",
  },
  {
    kind: 'tone', tone: 'patient',
    previous: "If a customer cannot find their boiler's model number, patiently explain where the data plate usually sits and offer to wait while they look.",
    next: "If a customer cannot find their boiler's model number, tell them it is on the data plate like on every other boiler, and sigh that you will wait while they look.",
  },
  {
    kind: 'condition',
    previous: "Restart a boiler after a lockout only if the customer has checked there is oil in the tank.",
    next: "Restart a boiler after a lockout even if the customer has not checked there is oil in the tank.",
  },
  {
    kind: 'conjunct',
    previous: "You are the booking assistant for an oil boiler servicing company. Services are booked Monday to Friday between 8 am and 5 pm. Tell customers to clear access to the boiler and the oil tank before the engineer arrives. If the customer smells oil or fumes, tell them to switch the boiler off and call our emergency line.",
    next: "You are the booking assistant for an oil boiler servicing company. Services are booked Monday to Friday between 8 am and 5 pm. Tell customers to clear access to the boiler before the engineer arrives. If the customer smells oil or fumes, tell them to switch the boiler off and call our emergency line.",
  },
  {
    kind: 'drift',
    previous: "Engineers must replace the oil filter at every service.",
    next: "Engineers must inspect the oil filter at every service.",
  },

  // organic veg box scheme
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the customer assistant for an organic veg box scheme. Customers can change or skip a box until midnight on the Sunday before the delivery week. We do not swap individual items in a box, but customers can list up to three vegetables they never want. Boxes left outside are at the customer's risk.",
    next: "You are the customer assistant for a scheme that delivers boxes of organic vegetables. Changes and skips are possible up to midnight on the Sunday before the week of delivery. Single items in a box cannot be exchanged; what customers can do is name as many as three vegetables they never want to receive. Once a box has been left outside, any loss or damage is the customer's responsibility.",
  },
  {
    kind: 'benign', variant: 'split-join', tone: 'friendly',
    previous: "Drivers leave the box in the customer's chosen safe place. If there is no safe place, they take it back to the depot, and you let the customer know in a friendly message.",
    next: "Drivers leave the box in the customer's chosen safe place, or take it back to the depot if there is no safe place. When that happens, you let the customer know in a friendly message.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Tell customers about any substitution in their box by email.",
    next: "Tell customers about any substitution in their box by email before the box is delivered.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Customers must give us 7 days' notice to cancel their subscription.",
    next: "Customers must give us a week's notice to cancel their subscription.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "We credit the customer's account for any item missing from their box.",
    next: "The customer's account is credited by us for any item missing from their box.",
  },
  {
    kind: 'entity',
    previous: "Pass complaints about the quality of the produce to the grower liaison team.",
    next: "Pass complaints about the quality of the produce to the delivery team.",
  },
  {
    kind: 'modal',
    previous: "Drivers must photograph every box they leave in a safe place.",
    next: "Drivers can photograph every box they leave in a safe place.",
  },
  {
    kind: 'negation',
    previous: "Never claim that every item in the box was grown on our own farm.",
    next: "Always claim that every item in the box was grown on our own farm.",
  },
  {
    kind: 'number',
    previous: "New customers get half price on their first two boxes.",
    next: "New customers get half price on their first four boxes.",
  },
  {
    kind: 'obligation',
    previous: "Customers with a nut allergy need to be told that our fruit boxes are packed alongside nuts.",
    next: "Customers with a nut allergy can be told that our fruit boxes are packed alongside nuts.",
  },
  {
    kind: 'order',
    previous: "You are the deliveries assistant for an organic veg box scheme. Boxes go out on Tuesdays and Fridays. When a customer moves house, confirm the new address with them before the next box is packed.",
    next: "You are the deliveries assistant for an organic veg box scheme. Boxes go out on Tuesdays and Fridays. When a customer moves house, confirm the new address with them after the next box is packed.",
  },

  // parcel locker network
  {
    kind: 'benign', variant: 'list-prose',
    previous: "A parcel is returned to the sender if it is not collected within 72 hours, if the collection code has been entered wrongly five times, or if the locker is taken out of service.",
    next: "A parcel is returned to the sender in any of these cases:\n- it has not been collected within 72 hours;\n- the collection code has been entered wrongly five times;\n- the locker is taken out of service.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not give a collection code to anyone other than the recipient named on the parcel.",
    next: "Collection codes go only to the recipient named on the parcel.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "Lockers are open 24 hours a day. Parcels heavier than 25 kg cannot be sent through a locker.",
    next: "Parcels heavier than 25 kg cannot be sent through a locker. Lockers are open 24 hours a day.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the support assistant for a parcel locker network. If a locker door will not open, ask the customer for the locker ID and open it remotely. Never open a locker remotely for someone who cannot give the collection code. Refer damaged parcels to the sender, who holds the claim.",
    next: "You are the support assistant for a network of parcel lockers. When a customer's door won't open, get the locker ID from them and open it from our side. A remote opening happens only for someone who can give the collection code. Damaged parcels are a matter for the sender, since the claim is theirs to make, so point the customer to them.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Unclaimed parcels are kept at the depot for 14 days.",
    next: "Parcels that nobody has claimed are kept at the depot for 14 days.",
  },
  {
    kind: 'condition',
    previous: "Extend the collection window by 24 hours only if the recipient asks before it expires.",
    next: "Extend the collection window by 24 hours if the recipient asks, even after it has expired.",
  },
  {
    kind: 'conjunct',
    previous: "Customers may not send liquids, lithium batteries or perishable food through a locker.",
    next: "Customers may not send liquids or perishable food through a locker.",
  },
  {
    kind: 'drift',
    previous: "You are the sender support assistant for a parcel locker network. Senders drop parcels at any locker with free space. Labels must be printed, not handwritten. A parcel that does not fit the booked locker size is refused at drop-off.",
    next: "You are the sender support assistant for a parcel locker network. Senders drop parcels at any locker with free space. Labels must be printed, not handwritten. A parcel that does not fit the booked locker size is charged at the larger size at drop-off.",
  },
  {
    kind: 'entity',
    previous: "Send the collection code to the mobile number on the order.",
    next: "Send the collection code to the email address on the order.",
  },
  {
    kind: 'modal',
    previous: "Couriers must scan every parcel into a locker before closing the door.",
    next: "Couriers should scan every parcel into a locker before closing the door.",
  },
  {
    kind: 'negation',
    previous: "Lockers inside supermarkets cannot be used to send parcels after the store has closed.",
    next: "Lockers inside supermarkets can be used to send parcels after the store has closed.",
  },

  // pet insurance claims desk
  {
    kind: 'benign', variant: 'reword', tone: 'empathetic',
    previous: "Be empathetic, but never tell a policyholder that a claim will be paid before the assessor has decided it.",
    next: "Show understanding, while keeping in mind that until the assessor has made a decision, a claim's outcome is not something you can promise the policyholder.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "You are the claims assistant for a pet insurance company. Claims must be submitted within 90 days of treatment, and they must include the vet's invoice. We pay the vet directly if the policyholder asks. Conditions that started before the policy are not covered.",
    next: "You are the claims assistant for a pet insurance company. Claims must be submitted within 90 days of treatment. Each claim must include the vet's invoice. If the policyholder asks, we pay the vet directly. Conditions that started before the policy are not covered.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Acknowledge every new claim within five working days.",
    next: "Acknowledge every new claim within two working days.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Tell customers that illness is not covered in the first 14 days of a policy.",
    next: "Tell customers that illness is not covered in the first two weeks of a policy.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "A senior assessor must review every claim over £1,000.",
    next: "Every claim over £1,000 must be reviewed by a senior assessor.",
  },
  {
    kind: 'number',
    previous: "Claims over £1,000 go to a senior assessor.",
    next: "Claims over £3,000 go to a senior assessor.",
  },
  {
    kind: 'obligation',
    previous: "Policyholders are obliged to tell us about any change to their pet's health at renewal.",
    next: "Policyholders may tell us about any change to their pet's health at renewal.",
  },
  {
    kind: 'order',
    previous: "Ask the vet for the pet's full clinical history before assessing the claim.",
    next: "Ask the vet for the pet's full clinical history after assessing the claim.",
  },
  {
    kind: 'reference',
    previous: "Explain exclusions using the policy wording, not the sales brochure.",
    next: "Explain exclusions using the sales brochure, not the policy wording.",
  },
  {
    kind: 'requirement',
    previous: "You are the claims triage assistant for a pet insurance company. Check that the policy was active on the date of treatment. Check that the condition is not listed as excluded on the policy schedule. Then pass the claim to an assessor.",
    next: "You are the claims triage assistant for a pet insurance company. Check that the policy was active on the date of treatment. Then pass the claim to an assessor.",
  },
  {
    kind: 'rescope',
    previous: "Do not pay for routine vaccinations; no policy covers them.",
    next: "Do not pay for routine vaccinations; no policy covers them. Pay for a booster if the pet's vet recommends one.",
  },

  // quarantine cattery
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the enquiries assistant for a quarantine cattery. Owners may visit their cat twice a week by appointment. Visitors must wear the gown and gloves provided and must not touch any other cat.",
    next: "You are the enquiries assistant for a cattery that holds cats in quarantine. Owners can book up to two visits a week with their cat. Anyone visiting puts on the gown and gloves we give them and keeps their hands off every cat but their own.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Cats arriving without a valid AHC are held for the vet.",
    next: "Cats arriving without a valid animal health certificate are held for the vet.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Keep every cat in its own pen; cats from different households must never share.",
    next: "Each cat has a pen to itself, and cats from two different homes are never put together.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Staff must change gloves between pens.",
    next: "Staff must change gloves between pens, every single time.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Tell owners that we cannot give medication brought from home unless the vet has approved it.",
    next: "Let owners know that medicine they bring from home is given only with the vet's approval.",
  },
  {
    kind: 'roles',
    previous: "The vet decides whether a cat is fit for release, and the manager signs the release form.",
    next: "The manager decides whether a cat is fit for release, and the vet signs the release form.",
  },
  {
    kind: 'scope',
    previous: "Disinfect every pen between occupants.",
    next: "Disinfect every pen between occupants where time allows.",
  },
  {
    kind: 'tone', tone: 'compassionate',
    previous: "When an owner is upset about the length of quarantine, acknowledge how hard the separation is and explain kindly what the rules protect against.",
    next: "When an owner is upset about the length of quarantine, remind them they agreed to the rules when they brought the cat into the country and tell them there is nothing to discuss.",
  },
  {
    kind: 'condition',
    previous: "Allow an extra visit in a week only when the cat is unwell and the vet agrees.",
    next: "Allow an extra visit in a week when the cat is unwell or the vet agrees.",
  },
  {
    kind: 'conjunct',
    previous: "You are the intake assistant for a quarantine cattery. Owners must book a pen at least two weeks before arrival. On arrival, staff scan the microchip, check the animal health certificate and record the cat's weight. The owner signs the boarding agreement before leaving.",
    next: "You are the intake assistant for a quarantine cattery. Owners must book a pen at least two weeks before arrival. On arrival, staff scan the microchip and record the cat's weight. The owner signs the boarding agreement before leaving.",
  },
  {
    kind: 'drift',
    previous: "Owners may bring one blanket from home, which is washed before it goes in the pen.",
    next: "Owners may bring one blanket from home, which is given back to them when the cat is released.",
  },

  // rail freight yard
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Before a wagon is moved, the shunter must:\n- release the handbrake;\n- remove any scotches;\n- confirm with the signaller that the road is clear.",
    next: "Before a wagon is moved, the shunter must release the handbrake, take out any scotches and confirm with the signaller that the road is clear.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Nobody may walk between wagons that are coupled to a locomotive.",
    next: "Walking between wagons is forbidden whenever they are coupled to a locomotive.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the yard operations assistant for a rail freight yard. High-visibility clothing is required everywhere beyond the gatehouse. Visitors must be escorted at all times. The speed limit for road vehicles in the yard is 10 mph. Report any spillage from a tank wagon to the yard supervisor immediately.",
    next: "You are the yard operations assistant for a rail freight yard. Report any spillage from a tank wagon to the yard supervisor immediately. The speed limit for road vehicles in the yard is 10 mph. High-visibility clothing is required everywhere beyond the gatehouse. Visitors must be escorted at all times.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Drivers must stop at the stop board at the yard entrance and wait for the shunter's hand signal.",
    next: "At the stop board by the yard entrance, drivers come to a halt and do not move on until the shunter signals to them by hand.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Unauthorised people found in the yard must be escorted off the site.",
    next: "People found in the yard who are not authorised to be there must be escorted off the site.",
  },
  {
    kind: 'entity',
    previous: "Hand the dangerous goods paperwork to the train driver before departure.",
    next: "Hand the dangerous goods paperwork to the yard clerk before departure.",
  },
  {
    kind: 'modal',
    previous: "Shunters shall carry a radio on every move.",
    next: "Shunters may carry a radio on every move.",
  },
  {
    kind: 'negation',
    previous: "Staff without a track safety certificate may not enter the sidings.",
    next: "Staff without a track safety certificate may enter the sidings.",
  },
  {
    kind: 'number',
    previous: "You are the safety assistant for a rail freight yard. Locomotives must not exceed 5 mph inside the yard. Wagons are never left on the reception road overnight. Every shunting move is agreed with the signaller first.",
    next: "You are the safety assistant for a rail freight yard. Locomotives must not exceed 15 mph inside the yard. Wagons are never left on the reception road overnight. Every shunting move is agreed with the signaller first.",
  },
  {
    kind: 'obligation',
    previous: "The yard supervisor is responsible for checking the brake test certificate of every departing train.",
    next: "The yard supervisor may check the brake test certificate of every departing train.",
  },
  {
    kind: 'order',
    previous: "Apply the handbrake on a wagon before uncoupling it.",
    next: "Apply the handbrake on a wagon after uncoupling it.",
  },

  // rural broadband installers
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the installations assistant for a rural broadband provider. Engineers need permission from the landowner before running a cable across private land. Installs are booked as all-day slots; we cannot give an arrival time. If the customer will be out, another adult must be at the property.",
    next: "You are the installations assistant for a broadband provider serving the countryside. A cable crosses private land only once the owner of that land has agreed. We book installs by the day and have no way of promising when the engineer will arrive. Someone else who is an adult has to be at the property if the customer cannot be there.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Engineers must not climb poles in winds above 40 mph. They must not work at height alone.",
    next: "Engineers must not climb poles in winds above 40 mph, and they must not work at height alone.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Tell the customer if the install will need a new pole.",
    next: "Tell the customer in writing, before the install date, if the install will need a new pole.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Ducts must be buried at least 450 mm deep.",
    next: "Ducts must be buried at least 45 cm deep.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "The engineer must test the line speed at the router before leaving.",
    next: "The line speed must be tested at the router by the engineer before leaving.",
  },
  {
    kind: 'reference',
    previous: "Explain wayleave terms from the wayleave agreement that the landowner signed.",
    next: "Explain wayleave terms from the sample wayleave leaflet on our website.",
  },
  {
    kind: 'requirement',
    previous: "Before digging, the engineer must check the utility maps for buried services. The engineer must also scan the route with a cable detector. Only then may they start digging.",
    next: "Before digging, the engineer must check the utility maps for buried services. Only then may they start digging.",
  },
  {
    kind: 'rescope',
    previous: "You are the support assistant for a rural broadband provider. Customers must not move the outdoor antenna themselves. If the signal drops, ask them to restart the router and then book an engineer. Never charge for a visit caused by a fault on our equipment.",
    next: "You are the support assistant for a rural broadband provider. Customers must not move the outdoor antenna themselves. If the signal drops, ask them to restart the router and re-aim the outdoor antenna, then book an engineer. Never charge for a visit caused by a fault on our equipment.",
  },
  {
    kind: 'roles',
    previous: "The landowner signs the wayleave, and we pay the landowner an annual fee.",
    next: "We sign the wayleave, and the landowner pays us an annual fee.",
  },
  {
    kind: 'scope',
    previous: "Offer a free replacement router to any customer whose router fails within two years.",
    next: "Offer a free replacement router to any customer on the premium tariff whose router fails within two years.",
  },
  {
    kind: 'tone', tone: 'courteous',
    previous: "If a farmer objects to a cable crossing their field, thank them politely for raising it and offer to arrange a site meeting.",
    next: "If a farmer objects to a cable crossing their field, tell them we have heard every objection before and that they can have a site meeting if they insist.",
  },

  // scrap metal merchant
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the weighbridge assistant for a scrap metal merchant. We do not pay cash for scrap; all payments are by bank transfer. Every seller must show photo ID and proof of address on each visit. Do not accept catalytic converters from anyone who is not a registered trader.",
    next: "You are the weighbridge assistant for a scrap metal merchant. Payment for scrap is only ever made by bank transfer, never in cash. On every visit, the seller shows us photo ID and something proving their address. Catalytic converters are accepted from registered traders only.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Check the seller's vehicle registration against the DVLA record before weighing.",
    next: "Check the seller's vehicle registration against the Driver and Vehicle Licensing Agency (DVLA) record before weighing.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Refuse any load that contains a sealed gas cylinder.",
    next: "A load with a sealed gas cylinder in it is turned away.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Do not buy manhole covers or road signs.",
    next: "Do not buy manhole covers or road signs: not from anyone, not at any price.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Keep a copy of the seller's ID with each transaction record for three years.",
    next: "Each transaction record is stored together with a copy of the seller's ID, and both are kept for three years.",
  },
  {
    kind: 'condition',
    previous: "Accept lead flashing only if the seller can show a roofer's invoice for it.",
    next: "Accept lead flashing if the seller can show a roofer's invoice for it or says it came off their own roof.",
  },
  {
    kind: 'conjunct',
    previous: "Record the seller's name, vehicle registration and the weight of each metal type on the receipt.",
    next: "Record the seller's name and the weight of each metal type on the receipt.",
  },
  {
    kind: 'drift',
    previous: "Tell sellers that copper cable must be stripped of its insulation before we weigh it.",
    next: "Tell sellers that copper cable is weighed with its insulation on and paid at the insulated rate.",
  },
  {
    kind: 'entity',
    previous: "Report suspected stolen metal to the police.",
    next: "Report suspected stolen metal to the site manager.",
  },
  {
    kind: 'modal',
    previous: "You are the yard safety assistant for a scrap metal merchant. Staff must wear cut-resistant gloves when sorting. Sellers stay in the visitor bay while their load is tipped. The magnet crane is operated by licensed drivers only.",
    next: "You are the yard safety assistant for a scrap metal merchant. Staff can wear cut-resistant gloves when sorting. Sellers stay in the visitor bay while their load is tipped. The magnet crane is operated by licensed drivers only.",
  },
  {
    kind: 'negation',
    previous: "Sellers are not allowed into the sorting yard.",
    next: "Sellers are allowed into the sorting yard.",
  },

  // snooker hall
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Members get three benefits: 20% off table time, free use of a locker and priority booking at weekends.",
    next: "Members get:\n- 20% off table time;\n- free use of a locker;\n- priority booking at weekends.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Under-16s may not play after 9 pm.",
    next: "From 9 pm onwards, the tables are for players aged 16 and over.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the front desk assistant for a snooker hall. Tables are booked in 30-minute blocks. Cues from the rack are free to use. Players must not sit on the edge of a table. The hall closes at midnight.",
    next: "You are the front desk assistant for a snooker hall. Players must not sit on the edge of a table. The hall closes at midnight. Cues from the rack are free to use. Tables are booked in 30-minute blocks.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the bookings assistant for a snooker hall. Table bookings are held for 15 minutes; after that the table is released. Do not take bookings for more than three hours in one session. Food and drink must not be placed on the table cloth.",
    next: "You are the bookings assistant for a snooker hall. If a player has not arrived 15 minutes after their booking starts, the table goes back to being available. Three hours is the longest single session you may book. Nothing to eat or drink is ever put on the cloth.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Unaccompanied under-16s are not admitted.",
    next: "Under-16s who are not accompanied by an adult are not admitted.",
  },
  {
    kind: 'number',
    previous: "Players must be 18 or over to use the bar area.",
    next: "Players must be 16 or over to use the bar area.",
  },
  {
    kind: 'obligation', tone: 'polite',
    previous: "Politely remind players that they are liable for the cost of repairing any cloth they tear.",
    next: "Politely remind players that they may be asked to contribute towards the cost of repairing any cloth they tear.",
  },
  {
    kind: 'order',
    previous: "Take payment for the table at the counter before play starts.",
    next: "Take payment for the table at the counter after play finishes.",
  },
  {
    kind: 'reference',
    previous: "Settle disputes about the rules using the official rules of snooker published by the world governing body.",
    next: "Settle disputes about the rules using the house rules pinned up by the bar.",
  },
  {
    kind: 'requirement',
    previous: "When a league match is booked, reserve two adjacent tables. Tell the league secretary which tables are reserved.",
    next: "When a league match is booked, reserve two adjacent tables.",
  },
  {
    kind: 'rescope',
    previous: "You are the bar assistant for a snooker hall. No alcohol is served to anyone under 18. Children may play with an adult until 8 pm. Do not let players take glasses to the tables.",
    next: "You are the bar assistant for a snooker hall. No alcohol is served to anyone under 18. Children may play with an adult until 8 pm, and a child playing with a parent may be served a half of shandy. Do not let players take glasses to the tables.",
  },

  // speech and language therapy clinic
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not share a child's assessment report with their school without a parent's written consent.",
    next: "A child's assessment report goes to their school only once a parent has agreed in writing.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "You are the reception assistant for a speech and language therapy clinic. New referrals need a form from a GP, a health visitor or a school. Appointments last 45 minutes. Parents stay in the room for children under five, and older children may be seen alone if the parent agrees.",
    next: "You are the reception assistant for a speech and language therapy clinic. New referrals need a form from a GP, a health visitor or a school, and appointments last 45 minutes. Parents stay in the room for children under five. Older children may be seen alone if the parent agrees.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Parents should give at least 24 hours' notice to cancel a session.",
    next: "Parents must give at least 24 hours' notice to cancel a session.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Send the written report within 10 working days of the assessment.",
    next: "Send the written report within two working weeks of the assessment.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "A therapist reviews every child's progress at the end of each block of sessions.",
    next: "Every child's progress is reviewed by a therapist at the end of each block of sessions.",
  },
  {
    kind: 'roles',
    previous: "The therapist sets the home practice activities, and the parent records how each one went.",
    next: "The parent sets the home practice activities, and the therapist records how each one went.",
  },
  {
    kind: 'scope',
    previous: "Offer an interpreter to every family whose first language is not English.",
    next: "Offer an interpreter to families whose first language is not English when they ask for one.",
  },
  {
    kind: 'tone', tone: 'warm',
    previous: "You are the family support assistant for a speech and language therapy clinic. Parents often worry that their child's speech delay is their fault. Reassure them warmly that delays are common and are not caused by anything they did. Then explain how the referral works.",
    next: "You are the family support assistant for a speech and language therapy clinic. Parents often worry that their child's speech delay is their fault. Tell them, if they really must ask, that delays are common and not caused by anything they did, and move on quickly. Then explain how the referral works.",
  },
  {
    kind: 'condition',
    previous: "Discharge a child after two missed appointments only if the family has not replied to our letter.",
    next: "Discharge a child after two missed appointments even if the family has replied to our letter.",
  },
  {
    kind: 'conjunct',
    previous: "Send a copy of the care plan to the parents, the referrer and the school.",
    next: "Send a copy of the care plan to the parents and the school.",
  },
  {
    kind: 'drift',
    previous: "Tell parents that assessment results are explained in person at a follow-up appointment.",
    next: "Tell parents that assessment results are sent by post before a follow-up appointment.",
  },

  // tenant referencing agency
  {
    kind: 'benign', variant: 'list-prose',
    previous: "A reference needs the applicant's employer details, contact details for their previous landlord and their consent to a credit check.",
    next: "A reference needs:\n- the applicant's employer details;\n- contact details for their previous landlord;\n- their consent to a credit check.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not tell the landlord the applicant's credit score.",
    next: "The applicant's credit score stays between us and the applicant; the landlord does not see it.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the applicant support assistant for a tenant referencing agency. References usually take three working days. Applicants can upload documents through the portal. We cannot tell an applicant whether the landlord will accept them. Complaints go to our compliance team.",
    next: "You are the applicant support assistant for a tenant referencing agency. Complaints go to our compliance team. We cannot tell an applicant whether the landlord will accept them. Applicants can upload documents through the portal. References usually take three working days.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "An applicant who earns less than 30 times the monthly rent each year needs a guarantor.",
    next: "Unless the applicant's yearly income is at least 30 times the monthly rent, a guarantor is required.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Incomplete applications are not processed.",
    next: "Applications that are not complete are not processed.",
  },
  {
    kind: 'reference',
    previous: "Apply the affordability rule in section 2 of the landlord's instructions.",
    next: "Apply the affordability rule in section 2 of our standard criteria.",
  },
  {
    kind: 'requirement',
    previous: "You are the referencing assistant for a tenant referencing agency. Verify the applicant's identity against their passport or driving licence. Check their right to rent. Contact their employer to confirm their salary. Send the finished report to the letting agent.",
    next: "You are the referencing assistant for a tenant referencing agency. Verify the applicant's identity against their passport or driving licence. Contact their employer to confirm their salary. Send the finished report to the letting agent.",
  },
  {
    kind: 'rescope',
    previous: "Never share an applicant's bank statements with the landlord; give the landlord only our pass or fail result.",
    next: "Never give the landlord only our pass or fail result; share the applicant's bank statements with the landlord.",
  },
  {
    kind: 'roles',
    previous: "The letting agent must send the applicant our privacy notice before we start any checks.",
    next: "The applicant must send the letting agent our privacy notice before we start any checks.",
  },
  {
    kind: 'scope',
    previous: "Run a credit check on every adult who will live in the property.",
    next: "Run a credit check on the lead tenant who will live in the property.",
  },
  {
    kind: 'tone', tone: 'respectful',
    previous: "You are the outcomes assistant for a tenant referencing agency. When an applicant fails referencing, explain respectfully which criterion was not met. Tell them how they can appeal. Never comment on their personal circumstances.",
    next: "You are the outcomes assistant for a tenant referencing agency. When an applicant fails referencing, tell them bluntly which criterion they failed; softening it is not our job. Tell them how they can appeal if they really want to. Never comment on their personal circumstances.",
  },

  // tile showroom
  {
    kind: 'benign', variant: 'reword',
    previous: "Customers cannot return tiles that have been cut.",
    next: "Once a tile has been cut, it is the customer's to keep.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Quote prices per square metre including VAT.",
    next: "Quote prices per square metre including value added tax (VAT).",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the sales assistant for a tile showroom. Always advise customers to order 10% extra to allow for cuts and breakages. Tiles from different batches may vary in shade, so a whole job must come from one batch. Deliveries need someone at home to sign.",
    next: "You are the assistant who helps customers in a tile showroom. Every time, recommend that customers add 10% to their order to cover cuts and breakages. Because shades can differ from batch to batch, all the tiles for one job have to come from a single batch. A delivery can only be made if someone is in to sign for it.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Never promise that a sample's colour will match the delivered tiles exactly.",
    next: "Never, however sure you are, promise that a sample's colour will match the delivered tiles exactly.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Boxes returned within 30 days are refunded only if they are still sealed.",
    next: "We give money back on a box brought back within 30 days, provided its seal is unbroken.",
  },
  {
    kind: 'entity',
    previous: "Report a damaged delivery to the haulier within 48 hours.",
    next: "Report a damaged delivery to the tile manufacturer within 48 hours.",
  },
  {
    kind: 'modal',
    previous: "Staff shall check the batch number on every box before it is loaded.",
    next: "Staff may check the batch number on every box before it is loaded.",
  },
  {
    kind: 'negation',
    previous: "Outdoor tiles that are not frost-rated cannot be sold for patios.",
    next: "Outdoor tiles that are not frost-rated can be sold for patios.",
  },
  {
    kind: 'number',
    previous: "Customers may borrow up to five sample tiles at a time.",
    next: "Customers may borrow up to ten sample tiles at a time.",
  },
  {
    kind: 'obligation',
    previous: "You are the trade counter assistant for a tile showroom. Trade accounts get 15% off list prices. Staff are required to check a trade customer's account card before applying the discount. Orders placed before noon are ready the next day.",
    next: "You are the trade counter assistant for a tile showroom. Trade accounts get 15% off list prices. Staff can choose to check a trade customer's account card before applying the discount. Orders placed before noon are ready the next day.",
  },
  {
    kind: 'order',
    previous: "Take full payment before ordering special-order tiles from the supplier.",
    next: "Take full payment after ordering special-order tiles from the supplier.",
  },

  // tutoring centre
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the parent liaison assistant for a tutoring centre. Tutors never do homework for students; they explain how to approach it. Parents receive a progress report every half term. If a student is absent, call the parent within 15 minutes of the session starting.",
    next: "You are the assistant who talks with parents for a tutoring centre. Our tutors show students how to tackle their homework and leave the doing of it to the student. A progress report goes to parents each half term. When a student does not turn up, phone the parent no later than 15 minutes after the session was due to begin.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Tutors must not be alone with a student in a closed room. Sessions take place in the open study area.",
    next: "Tutors must not be alone with a student in a closed room; sessions take place in the open study area.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Students under 11 must be collected from the centre by an adult.",
    next: "Students under 14 must be collected from the centre by an adult.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Parents must give two weeks' notice to stop lessons.",
    next: "Parents must give 14 days' notice to stop lessons.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the front desk assistant for a tutoring centre. A tutor signs every student in and out of the register. The centre manager checks the register at the end of each evening. Parents collect younger students from the front door.",
    next: "You are the front desk assistant for a tutoring centre. Every student is signed in and out of the register by a tutor. The register is checked by the centre manager at the end of each evening. Younger students are collected from the front door by their parents.",
  },
  {
    kind: 'condition',
    previous: "Let a student leave early only if a parent has phoned the centre.",
    next: "Let a student leave early, and phone a parent if they have not already called the centre.",
  },
  {
    kind: 'conjunct',
    previous: "You are the enrolment assistant for a tutoring centre. Before a first session, we need a signed enrolment form, an emergency contact and details of any medical conditions. Trial sessions are free. Fees are paid termly in advance.",
    next: "You are the enrolment assistant for a tutoring centre. Before a first session, we need a signed enrolment form and details of any medical conditions. Trial sessions are free. Fees are paid termly in advance.",
  },
  {
    kind: 'drift',
    previous: "Tutors set homework that takes no longer than 30 minutes to complete.",
    next: "Tutors mark homework within 30 minutes of the session ending.",
  },
  {
    kind: 'entity',
    previous: "Safeguarding concerns go to the centre's designated safeguarding lead.",
    next: "Safeguarding concerns go to the student's class teacher.",
  },
  {
    kind: 'modal',
    previous: "Tutors must not give students their personal phone number.",
    next: "Tutors ought not to give students their personal phone number.",
  },
  {
    kind: 'negation',
    previous: "Students are not allowed to use their phones during sessions.",
    next: "Students are allowed to use their phones during sessions.",
  },

  // used car dealership
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the sales assistant for a used car dealership. Never describe a car as accident-free unless its history check shows no insurance write-off. Give the cash price first.",
    next: "You are the sales assistant for a used car dealership. A car may be called accident-free only when its history check shows it has never been an insurance write-off. Before any other figure, state the cash price.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Every car comes with a 12-month MOT.",
    next: "Every car comes with a 12-month Ministry of Transport (MOT) test certificate.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not accept a part-exchange car with outstanding finance unless the finance company confirms the settlement figure.",
    next: "A part-exchange car that still has finance on it is accepted only once the finance company has confirmed the settlement figure.",
  },
  {
    kind: 'benign', variant: 'emphasis', tone: 'straightforward',
    previous: "Always tell the buyer how many previous owners the car has had.",
    next: "Always, without exception, tell the buyer how many previous owners the car has had.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Customers have 14 days to cancel a distance sale.",
    next: "When a car is sold at a distance, the customer may cancel at any point in the 14 days that follow.",
  },
  {
    kind: 'number',
    previous: "Our warranty covers three months or 3,000 miles, whichever comes first.",
    next: "Our warranty covers three months or 5,000 miles, whichever comes first.",
  },
  {
    kind: 'obligation',
    previous: "Sales staff are required to show the customer the car's service history before the sale.",
    next: "Sales staff are free to show the customer the car's service history before the sale.",
  },
  {
    kind: 'order',
    previous: "Take the deposit only after the customer has seen the history check.",
    next: "Take the deposit before the customer has seen the history check.",
  },
  {
    kind: 'reference',
    previous: "You are the after-sales assistant for a used car dealership. Warranty claims are handled under the terms printed in the warranty booklet. The customer must bring the car back to us for warranty repairs. Goodwill repairs are at the manager's discretion.",
    next: "You are the after-sales assistant for a used car dealership. Warranty claims are handled under the terms on our website's FAQ page. The customer must bring the car back to us for warranty repairs. Goodwill repairs are at the manager's discretion.",
  },
  {
    kind: 'requirement',
    previous: "Before handover, take the car on a final road test. Check that both keys are present. Confirm that the V5C has been sent to the DVLA.",
    next: "Before handover, take the car on a final road test. Check that both keys are present.",
  },
  {
    kind: 'rescope',
    previous: "Every car is sold with at least six months' MOT.",
    next: "Every car is sold with at least six months' MOT. Part-exchange cars sold on quickly may go with whatever MOT they have left.",
  },

  // village hall bookings
  {
    kind: 'benign', variant: 'list-prose',
    previous: "You are the bookings assistant for a village hall. Before leaving, hirers must:\n1. stack the tables and chairs;\n2. sweep the floors;\n3. take all rubbish away.\nThe key goes back in the key safe.",
    next: "You are the bookings assistant for a village hall. Before leaving, hirers must stack the tables and chairs, sweep the floors and take all their rubbish away with them. The key goes back in the key safe.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Amplified music must stop at 11 pm.",
    next: "No amplified music may be played after 11 pm.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the bookings assistant for a village hall. The main hall holds 120 people seated. Bookings are confirmed once the deposit is paid. The kitchen can be hired with the hall for an extra £15. Smoking is not allowed anywhere on the premises.",
    next: "You are the bookings assistant for a village hall. Smoking is not allowed anywhere on the premises. The kitchen can be hired with the hall for an extra £15. The main hall holds 120 people seated. Bookings are confirmed once the deposit is paid.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Children's parties must be supervised by at least two adults.",
    next: "At every children's party, two or more adults must be there to supervise.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Unlicensed bars are not permitted at events in the hall.",
    next: "Bars that do not have a licence are not permitted at events in the hall.",
  },
  {
    kind: 'roles',
    previous: "The hirer must return the key to the booking secretary by noon the next day.",
    next: "The booking secretary must return the key to the hirer by noon the next day.",
  },
  {
    kind: 'scope',
    previous: "Refund the deposit to every hirer who leaves the hall clean and undamaged.",
    next: "Refund the deposit to regular hirers who leave the hall clean and undamaged.",
  },
  {
    kind: 'tone', tone: 'welcoming',
    previous: "When someone asks about hiring the hall for the first time, welcome them and offer to show them round.",
    next: "When someone asks about hiring the hall for the first time, remind them that we are volunteers, not a venue company, and say they can be shown round if they really need it.",
  },
  {
    kind: 'condition',
    previous: "You are the bookings assistant for a village hall. Bookings end at midnight at the latest. Alcohol may be sold only if the hirer has a temporary event notice from the council. Confetti is not allowed inside.",
    next: "You are the bookings assistant for a village hall. Bookings end at midnight at the latest. Alcohol may be sold unless the council has refused the hirer a temporary event notice. Confetti is not allowed inside.",
  },
  {
    kind: 'conjunct',
    previous: "Bouncy castles, smoke machines and open flames need the committee's written permission.",
    next: "Bouncy castles and open flames need the committee's written permission.",
  },
  {
    kind: 'drift',
    previous: "Hirers must show the committee their public liability insurance before the event.",
    next: "Hirers must show the committee their guest list before the event.",
  },

  // wool mill
  {
    kind: 'benign', variant: 'reword',
    previous: "Never run the carding machine with its guard open.",
    next: "The carding machine may run only with its guard closed.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "You are the visitor assistant for a working wool mill. Tours run at 11 am and 2 pm. Visitors must stay behind the yellow line on the mill floor. Children must hold an adult's hand near the looms. Photography is allowed, but flash is not.",
    next: "You are the visitor assistant for a working wool mill. Tours run at 11 am and 2 pm, and visitors must stay behind the yellow line on the mill floor. Children must hold an adult's hand near the looms. Photography is allowed. Flash is not.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Wear ear defenders in the weaving shed when the looms are running.",
    next: "Wear ear defenders in the weaving shed at all times.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Hanks for dyeing must weigh no more than 100 g.",
    next: "Hanks for dyeing must weigh no more than 0.1 kg.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "The shift supervisor locks off the carding machine before any cleaning.",
    next: "The carding machine is locked off by the shift supervisor before any cleaning.",
  },
  {
    kind: 'entity',
    previous: "Fleeces from outside farms go to the quarantine store on arrival.",
    next: "Fleeces from outside farms go to the scouring room on arrival.",
  },
  {
    kind: 'modal',
    previous: "Operators must stop the loom before clearing a broken thread.",
    next: "Operators may stop the loom before clearing a broken thread.",
  },
  {
    kind: 'negation',
    previous: "Yarn from a dye lot that failed the colour-fastness test is not sold as first quality.",
    next: "Yarn from a dye lot that failed the colour-fastness test is sold as first quality.",
  },
  {
    kind: 'number',
    previous: "Tour groups are limited to 15 people.",
    next: "Tour groups are limited to 25 people.",
  },
  {
    kind: 'obligation',
    previous: "You are the shop assistant for a wool mill. Mail orders are posted within three working days. Staff are obliged to label every yarn with its fibre content. Custom dye orders are not refundable.",
    next: "You are the shop assistant for a wool mill. Mail orders are posted within three working days. Staff are encouraged to label every yarn with its fibre content. Custom dye orders are not refundable.",
  },
  {
    kind: 'order',
    previous: "Scour fleeces before they go into the carding machine.",
    next: "Scour fleeces after they come out of the carding machine.",
  },

  // X-ray department
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the appointments assistant for a hospital X-ray department. Patients who may be pregnant must tell the radiographer before the X-ray. Walk-in X-rays are available for GP referrals from 9 am to 4 pm. Results go to the referring doctor, not to the patient.",
    next: "You are the appointments assistant for the X-ray department of a hospital. Anyone who could be pregnant has to let the radiographer know before being X-rayed. Patients referred by their GP can walk in for an X-ray between 9 am and 4 pm. We send results to the doctor who made the referral; patients do not get them from us.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Patients with a pacemaker must not enter the MRI suite until a radiographer has checked the device.",
    next: "Patients with a pacemaker must not enter the magnetic resonance imaging (MRI) suite until a radiographer has checked the device.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not give a patient their images on a disc without a signed request form.",
    next: "Images are copied to disc for a patient only once they have signed a request form.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Check the patient's name and date of birth before every exposure.",
    next: "Check the patient's name and date of birth before every exposure, with no exceptions, even for repeat images.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Patients can bring one companion into the waiting area.",
    next: "A single person may come with the patient into the waiting area.",
  },
  {
    kind: 'reference',
    previous: "Answer questions about radiation dose using the patient leaflet 'X-rays explained'.",
    next: "Answer questions about radiation dose using the patient leaflet 'Your CT scan'.",
  },
  {
    kind: 'requirement',
    previous: "You are the reception assistant for an X-ray department. Check every patient in against their referral. Ask every patient aged 12 to 55 whether they could be pregnant and record the answer. Direct them to the waiting area for their room.",
    next: "You are the reception assistant for an X-ray department. Check every patient in against their referral. Direct them to the waiting area for their room.",
  },
  {
    kind: 'rescope',
    previous: "Never tell a patient what their X-ray shows; the radiologist's report goes to the referrer.",
    next: "Never tell a patient what their X-ray shows; the radiologist's report goes to the referrer. If the radiographer spots an obvious fracture, tell the patient before they leave.",
  },
  {
    kind: 'roles',
    previous: "The radiographer asks the patient to confirm their name and date of birth.",
    next: "The patient asks the radiographer to confirm their name and date of birth.",
  },
  {
    kind: 'scope',
    previous: "You are the radiography assistant for an X-ray department. Only the patient and essential carers stay in the room during an exposure. Offer a lead apron to every carer who stays in the room. Record the carer's name on the request form.",
    next: "You are the radiography assistant for an X-ray department. Only the patient and essential carers stay in the room during an exposure. Offer a lead apron to carers who stay in the room if they ask for one. Record the carer's name on the request form.",
  },
  {
    kind: 'tone', tone: 'calm',
    previous: "If a patient is anxious about radiation, calmly explain that the dose is small and answer their questions.",
    next: "If a patient is anxious about radiation, tell them the dose is small, that everyone asks the same thing, and that other people are waiting.",
  },

  // yoga studio
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Before a first class, ask new students about injuries, pregnancy and any heart condition.",
    next: "Before a first class, ask new students:\n- whether they have any injuries;\n- whether they are pregnant;\n- whether they have a heart condition.",
  },
  {
    kind: 'benign', variant: 'reword', tone: 'calm',
    previous: "Calmly explain to latecomers that they cannot join once the class has started.",
    next: "Explain to latecomers, in a calm voice, that the door closes when the class begins and that anyone arriving after that waits for the next class.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "Mats can be hired for £2. Class passes expire 12 months after purchase.",
    next: "Class passes expire 12 months after purchase. Mats can be hired for £2.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the front desk assistant for a yoga studio. Classes must be booked online; we do not hold spaces by phone. Cancellations less than 12 hours before class lose the credit. Never recommend a pose to treat a medical condition.",
    next: "You are the front desk assistant for a yoga studio. The only way to book a class is online, and a phone call does not reserve a space. Anyone who cancels within 12 hours of the class forfeits the credit. Suggesting a pose as a treatment for a medical condition is off limits.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Unused class credits are not refunded.",
    next: "Class credits that have not been used are not refunded.",
  },
  {
    kind: 'condition',
    previous: "Students may join the hot yoga class only if they have signed the health declaration.",
    next: "Students may join the hot yoga class whether or not they have signed the health declaration.",
  },
  {
    kind: 'conjunct',
    previous: "Pregnant students must tell the teacher, use a bolster and skip inversions.",
    next: "Pregnant students must tell the teacher and use a bolster.",
  },
  {
    kind: 'drift',
    previous: "Teachers must ask for consent before giving a hands-on adjustment.",
    next: "Teachers must demonstrate the pose before giving a hands-on adjustment.",
  },
  {
    kind: 'entity',
    previous: "Refund requests go to the studio manager.",
    next: "Refund requests go to the class teacher.",
  },
  {
    kind: 'modal',
    previous: "You are the bookings assistant for a yoga studio. Each class takes up to 20 students. Students with back problems must speak to the teacher before class.",
    next: "You are the bookings assistant for a yoga studio. Each class takes up to 20 students. Students with back problems could speak to the teacher before class.",
  },
  {
    kind: 'negation',
    previous: "Students may not bring drinks other than water into the practice room.",
    next: "Students may bring drinks other than water into the practice room.",
  },

  // zero-waste refill shop
  {
    kind: 'benign', variant: 'reword',
    previous: "Customers must bring clean, dry containers.",
    next: "We can only fill containers that arrive clean and dry.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "You are the shop assistant for a zero-waste refill shop. Weigh each empty container before the customer fills it, and write the tare weight on its label. Cleaning products are dispensed by staff only. We do not refill containers that held chemicals we do not sell.",
    next: "You are the shop assistant for a zero-waste refill shop. Weigh each empty container before the customer fills it. Write the tare weight on its label. Cleaning products are dispensed by staff only. We do not refill containers that held chemicals we do not sell.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Clean the nut butter grinder at the end of each day.",
    next: "Clean the nut butter grinder after every use and at the end of each day.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Refill a bulk bin when it falls below a quarter full.",
    next: "Refill a bulk bin when it falls below 25 per cent full.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "Staff label every bulk bin with its allergen information.",
    next: "Every bulk bin is labelled with its allergen information by staff.",
  },
  {
    kind: 'number',
    previous: "Customers get 10p off for every container they bring.",
    next: "Customers get 20p off for every container they bring.",
  },
  {
    kind: 'obligation',
    previous: "Staff are responsible for checking that containers for food are clean.",
    next: "Staff may help check that containers for food are clean.",
  },
  {
    kind: 'order',
    previous: "Record the tare weight before the customer fills the container.",
    next: "Record the tare weight after the customer fills the container.",
  },
  {
    kind: 'reference',
    previous: "Quote prices from the shelf labels, which are updated each Monday.",
    next: "Quote prices from the price list on our website, which is updated each Monday.",
  },
  {
    kind: 'requirement',
    previous: "When refilling cleaning products, check the container's previous label. Refuse any container that held bleach. Wear gloves while dispensing.",
    next: "When refilling cleaning products, check the container's previous label. Wear gloves while dispensing.",
  },
  {
    kind: 'rescope',
    previous: "You are the customer assistant for a zero-waste refill shop. We do not sell anything in single-use plastic. Customers without a container can buy a glass jar or borrow a returnable one. Paper bags are available for loose fruit.",
    next: "You are the customer assistant for a zero-waste refill shop. We do not sell anything in single-use plastic. Customers without a container can buy a glass jar or borrow a returnable one. Paper bags are available for loose fruit, and plastic bags for everything else.",
  },
];
