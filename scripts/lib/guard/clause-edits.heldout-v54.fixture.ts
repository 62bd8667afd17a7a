// Held-back set v54 of issue 11: hand-labelled clause edits, written blind on 2026-12-06
// (session 33) by a helper who never saw the detectors, their tests, their history or any other
// labelled set's entries; it read only lines 1-41 of clause-edits.fixture.ts (its header and
// imports: the ClauseEdit type itself lies beyond them, so the field names kind, variant,
// previous, next and the optional tone were checked against tsc's answer on this file), the
// first 36 lines of v53 (for the file shape) and the domain lists of earlier sets; never tuned
// on; to be measured once by the lead, after the commit that adds it. Do not edit entries to
// make a detector pass.
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
// left, and plain rewordings in wholly other words). Non-benign kinds: condition 11, conjunct 11,
// drift 11, modal 11, negation 11, number 11, obligation 11, order 11, requirement 11, rescope 11,
// roles 11, scope 11, entity 10, reference 10, tone 10. 60 edits are 3-5 sentence prompts
// starting "You are the ... assistant for ..." (30 regressions, 30 benign; on the old side 10 of
// 3, 10 of 4 and 10 of 5 sentences on each side of the label, a Markdown list counted as part
// of its sentence; 9 of them hold a list on one side or both: 3 regressions with the list kept on
// both sides and 6 benign ones, 3 turning prose into a list, 2 a list into prose and 1 keeping
// its list), so that length alone says nothing about the label. 24 domains hold one prompt on
// each side of the label, 3 (carers' support centre, eviction prevention team, live music venue)
// hold two.
// None of the 27 domains appears in the earlier sets' domain lists (read with grep -A7, comment
// lines only, and checked word by word; an older set without such a list may share a domain
// unseen; the nearest listed neighbours are allergy testing clinic, cash-in-transit crew,
// community radio station, harbour pilotage, rent arrears team, roofing contractor, dry cleaners,
// marquee hire and microbrewery taproom); all 27 start with A to L, as v55 was written at the
// same time with domains from M to Z.
// Domains: airport lounge reception, animal welfare inspectors, asthma clinic, beer festival,
// bricklaying contractor, carers' support centre, cash machine servicing, chocolate shop, concrete
// batching plant, cosmetic surgery clinic, doula service, dry dock ship repair, early intervention
// in psychosis team, eviction prevention team, fleet maintenance workshop, frozen food home
// delivery, guitar shop, gynaecology outpatients clinic, harbour master's office, hospital radio
// volunteers, independent school bursary office, infant feeding support team, ironing service, jam
// and preserves maker, kitchen equipment hire, lawnmower repair shop, live music venue.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V54: readonly ClauseEdit[] = [
  // airport lounge reception
  {
    kind: "condition",
    previous: "Children under 12 must stay with an accompanying adult at all times while in the lounge.",
    next: "Children under 12 must stay with an accompanying adult while the lounge is busy.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Passengers with reduced mobility who booked assistance must be handed over to the airport's special assistance team at least 45 minutes before the scheduled time of departure.",
    next: "PRM passengers who booked assistance must be handed over to the airport's special assistance team at least 45 min before STD.",
  },
  {
    kind: "conjunct",
    previous: "Before a guest is admitted, reception checks the boarding pass, the departure time and the membership card against the booking.",
    next: "Before a guest is admitted, reception checks the boarding pass and the membership card against the booking.",
  },
  {
    kind: "modal",
    previous: "You are the front-desk assistant for the Northern Terminal business lounge at Manchester Airport. You must confirm a guest's airline and cabin class from their boarding pass before offering entry. Guests arriving more than three hours before departure are asked to wait outside until their entry window opens.",
    next: "You are the front-desk assistant for the Northern Terminal business lounge at Manchester Airport. You may want to confirm a guest's airline and cabin class from their boarding pass before offering entry. Guests arriving more than three hours before departure are asked to wait outside until their entry window opens.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "You are the reservations assistant for Skyview Lounges at Bristol Airport. Bookings can be made up to 90 days ahead and no later than two hours before arrival. A booking is confirmed only after payment has been taken in full. Cancellations made at least 24 hours before the booked time receive a full refund. Later cancellations and no-shows are not refunded.",
    next: "You are the reservations assistant for Skyview Lounges at Bristol Airport. Bookings follow these rules:\n- they can be made up to 90 days ahead and no later than two hours before arrival;\n- a booking is confirmed only after payment has been taken in full;\n- cancellations made at least 24 hours before the booked time receive a full refund;\n- later cancellations and no-shows are not refunded.",
  },
  {
    kind: "drift",
    previous: "Reception must tell each guest when their gate closes, as the lounge does not make boarding announcements.",
    next: "Reception must tell each guest where their gate is, as the lounge does not make boarding announcements.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Unattended bags must be reported to airport security straight away and must not be moved by staff.",
    next: "**Unattended bags must be reported to airport security straight away** and must NOT be moved by staff.",
  },
  {
    kind: "negation",
    previous: "A guest's name and flight details may not be given to callers who ask whether that person is in the lounge.",
    next: "A guest's name and flight details may be given to callers who ask whether that person is in the lounge.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Staff may not serve alcohol to any guest who appears intoxicated.",
    next: "For a guest who appears intoxicated, the only drinks on offer are non-alcoholic ones.",
  },
  {
    kind: "number",
    previous: "Each member may bring up to two guests free of charge; further guests pay the £35 walk-in rate.",
    next: "Each member may bring up to four guests free of charge; further guests pay the £35 walk-in rate.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "The lounge closes at 22:00, and last admission is 30 minutes before closing.",
    next: "Nobody is let in after 21:30, and the doors shut for the night at ten o'clock.",
  },

  // animal welfare inspectors
  {
    kind: "benign",
    variant: "reorder",
    previous: "Each visit report records the date, the animals seen, their body condition scores and any advice given.",
    next: "Each visit report records any advice given, the animals seen, their body condition scores and the date.",
  },
  {
    kind: "obligation",
    previous: "Inspectors must photograph every animal seen on a visit, with a scale marker in frame, before leaving the premises.",
    next: "Photographs of every animal seen on a visit, with a scale marker in frame, are good practice before leaving the premises.",
  },
  {
    kind: "order",
    previous: "Inspectors must call the duty vet before seizing any animal, and record the vet's advice in the case file.",
    next: "Inspectors must seize the animal before calling the duty vet, and record the vet's advice in the case file.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "Inspectors don't accept gifts or payment of any kind from owners, and they can't sell or rehome seized animals themselves.",
    next: "Inspectors do not accept gifts or payment of any kind from owners, and they cannot sell or rehome seized animals themselves.",
  },
  {
    kind: "requirement",
    previous: "You are the case intake assistant for the Wessex Animal Welfare inspectorate. For every cruelty report, take the address, a description of the animals and the caller's contact number. Tell callers that reports can be made anonymously, but that an anonymous caller cannot be updated on the outcome. If an animal is described as collapsed, trapped or bleeding, transfer the call to the emergency line at once.",
    next: "You are the case intake assistant for the Wessex Animal Welfare inspectorate. For every cruelty report, take the address, a description of the animals and the caller's contact number. Tell callers that reports can be made anonymously, but that an anonymous caller cannot be updated on the outcome.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "You are the public enquiries assistant for the Wessex Animal Welfare inspectorate. You explain how to report a concern and what happens after a report, but you never say whether a named person is under investigation. Calls about wildlife are passed to the county wildlife rescue line on 01305 448 210.",
    next: "You are the public enquiries assistant for the Wessex Animal Welfare inspectorate. You explain how to report a concern and what happens after a report. You never say whether a named person is under investigation. Calls about wildlife are passed to the county wildlife rescue line on 01305 448 210.",
  },
  {
    kind: "rescope",
    previous: "Inspectors must not enter private premises without the owner's consent or a warrant.",
    next: "Inspectors must not enter private premises without the owner's consent or a warrant. Outbuildings and gardens may be entered whenever an animal can be heard in distress.",
  },
  {
    kind: "roles",
    previous: "The owner signs the care plan, and the inspector keeps the signed copy on file.",
    next: "The inspector signs the care plan, and the owner keeps the signed copy on file.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "An inspector must never attend a reported dog fight alone.",
    next: "Reported dog fights are always attended by two or more officers; no inspector goes to one on their own.",
  },
  {
    kind: "scope",
    previous: "All complaints, including those about farm animals, are assigned to an inspector within two working days.",
    next: "All complaints about pets are assigned to an inspector within two working days.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Seized animals must be kept at an approved boarding establishment until the court decides their future.",
    next: "Until the court rules on what happens to them, seized animals stay at an approved boarding establishment and nowhere else.",
  },

  // asthma clinic
  {
    kind: "entity",
    previous: "Patients must bring their reliever inhaler and their spacer to every review appointment.",
    next: "Patients must bring their preventer inhaler and their spacer to every review appointment.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Spirometry must be repeated at least every three years for adults with asthma.",
    next: "Spirometry must be repeated at least every two years for adults with asthma.",
  },
  {
    kind: "reference",
    previous: "Peak flow readings below 50% of the patient's best are handled under section 4 (urgent escalation) of the clinic protocol.",
    next: "Peak flow readings below 50% of the patient's best are handled under section 6 (review scheduling) of the clinic protocol.",
  },
  {
    kind: "tone",
    tone: "warm and reassuring",
    previous: "You are the patient support assistant for the Riverside Asthma Clinic. Many of the people who write to you are anxious parents, so answer with warmth and patience. Explain inhaler technique step by step and check that the person has understood. If a child is breathless, cannot finish sentences or has blue lips, tell the parent to call 999 now. Never suggest changing a dose without speaking to the asthma nurse.",
    next: "You are the patient support assistant for the Riverside Asthma Clinic. Many of the people who write to you are anxious parents, so answer briefly and do not indulge them. Explain inhaler technique step by step and check that the person has understood, even though most of them clearly never read the leaflet. If a child is breathless, cannot finish sentences or has blue lips, tell the parent to call 999 now. Never suggest changing a dose without speaking to the asthma nurse.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "Patients are observed for two hours after their first biologic injection.",
    next: "Patients are observed for 120 minutes after their first biologic injection.",
  },
  {
    kind: "condition",
    previous: "If a patient has needed oral steroids twice in the last 12 months, book a review with the respiratory consultant.",
    next: "If a patient has needed oral steroids twice in the last 12 months and has been admitted to hospital, book a review with the respiratory consultant.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "You are the appointments assistant for the Riverside Asthma Clinic. The clinic runs on Tuesdays and Thursdays from 08:30 to 16:00. Reception staff must offer an urgent same-day slot to any patient who reports using their reliever more than three times a day. You do not book patients in for spirometry within four weeks of a chest infection.",
    next: "You are the appointments assistant for the Riverside Asthma Clinic. The clinic runs on Tuesdays and Thursdays from 08:30 to 16:00. An urgent same-day slot must be offered by reception staff to any patient who reports using their reliever more than three times a day. Patients are not booked in by you for spirometry within four weeks of a chest infection.",
  },
  {
    kind: "conjunct",
    previous: "At each review the nurse checks inhaler technique, symptom control and adherence, and updates the written action plan.",
    next: "At each review the nurse checks inhaler technique and symptom control, and updates the written action plan.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "No inhaler is to be prescribed without a technique check in the same appointment.",
    next: "Every inhaler that is prescribed comes with a technique check in that same appointment.",
  },
  {
    kind: "drift",
    previous: "Patients who smoke are offered a referral to the stop smoking service at every review.",
    next: "Patients who smoke are asked how much they smoke at every review.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Nebulisers are lent to patients only on the written instruction of a consultant.",
    next: "Without a consultant's written instruction, patients cannot borrow a nebuliser.",
  },

  // beer festival
  {
    kind: "modal",
    previous: "You are the volunteer rota assistant for the Kingston Beer and Cider Festival. Every bar volunteer must complete the 20-minute responsible serving briefing before their first shift. Volunteers under 18 cannot work behind the bars.",
    next: "You are the volunteer rota assistant for the Kingston Beer and Cider Festival. Every bar volunteer should try to complete the 20-minute responsible serving briefing before their first shift. Volunteers under 18 cannot work behind the bars.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "The Campaign for Real Ale's cask standards apply to every beer on the main bar, and the alcohol by volume is shown on every pump clip.",
    next: "CAMRA cask standards apply to every beer on the main bar, and the ABV is shown on every pump clip.",
  },
  {
    kind: "negation",
    previous: "Tokens bought on the day are not refundable, even if unused.",
    next: "Tokens bought on the day are refundable, even if unused.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the ticket desk assistant for the Kingston Beer and Cider Festival. Entry is for over-18s only on the Friday evening session. On Saturday, under-18s may come in with an adult until 18:00. Anyone who appears to be under 25 must show photo ID at the door. Re-entry is allowed once per session with a hand stamp.",
    next: "You are the ticket desk assistant for the Kingston Beer and Cider Festival. Friday evening is an adults-only session, and nobody under 18 is let in. On Saturday, someone under 18 can be let in until 18:00, provided an adult comes with them. Door staff see photo ID from anyone who looks younger than 25 before letting them through. Each session allows one re-entry, marked with a hand stamp.",
  },
  {
    kind: "number",
    previous: "Third-pint measures must be available for every beer stronger than 6.5% ABV.",
    next: "Third-pint measures must be available for every beer stronger than 8.5% ABV.",
  },
  {
    kind: "obligation",
    previous: "Bar managers must keep a log of every cask tapped, with the time and the name of the person who tapped it.",
    next: "A log of every cask tapped, with the time and the name of the person who tapped it, is kept where bar managers find it useful.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Under no circumstances may volunteers drink alcohol while on shift.",
    next: "Under NO circumstances may volunteers drink alcohol while on shift.",
  },
  {
    kind: "order",
    previous: "Staff must check ID before taking payment from anyone who looks under 25.",
    next: "Staff must take payment before checking ID from anyone who looks under 25.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "A lost child is taken to the information desk, an announcement is made within ten minutes and the child stays with two DBS-checked stewards until collected.",
    next: "When a lost child is found:\n- take them to the information desk;\n- make an announcement within ten minutes;\n- keep them with two DBS-checked stewards until they are collected.",
  },
  {
    kind: "requirement",
    previous: "Anyone refused service is reported to the duty manager by radio. The duty manager then tells the door team and the other bars, so the person is not served anywhere else.",
    next: "Anyone refused service is reported to the duty manager by radio.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Food must not be brought in from outside.",
    next: "The only food allowed in the hall is food bought from the festival's own stalls.",
  },

  // bricklaying contractor
  {
    kind: "benign",
    variant: "reword",
    tone: "friendly and plain-spoken",
    previous: "If a neighbour complains about noise, apologise, explain our working hours of 08:00 to 17:00 on weekdays, and give them the foreman's mobile number.",
    next: "Should a neighbour raise a noise complaint, say sorry, let them know we only work weekdays between 8 am and 5 pm, and pass on the foreman's mobile number.",
  },
  {
    kind: "rescope",
    previous: "Bricklayers must not remove any temporary propping until the site engineer has signed it off.",
    next: "Bricklayers must not remove any temporary propping until the site engineer has signed it off. On small domestic jobs the foreman can sign it off instead.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "Each morning the foreman checks the scaffold tags, the mixer guards and the first-aid kit.",
    next: "Each morning the foreman checks the first-aid kit, the mixer guards and the scaffold tags.",
  },
  {
    kind: "roles",
    previous: "The client approves the brick sample panel before the bricks are ordered from the supplier.",
    next: "The supplier approves the brick sample panel before the bricks are ordered by the client.",
  },
  {
    kind: "scope",
    previous: "Hard hats, safety boots and hi-vis vests are worn by everyone on site, visitors included.",
    next: "Hard hats, safety boots and hi-vis vests are worn by everyone working on site.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "Cutting with a disc cutter isn't allowed without water suppression, and operatives mustn't dry-sweep the dust.",
    next: "Cutting with a disc cutter is not allowed without water suppression, and operatives must not dry-sweep the dust.",
  },
  {
    kind: "entity",
    previous: "You are the quoting assistant for Hartley & Sons Bricklaying in Leeds. Before giving any price, collect:\n- the length and height of the wall;\n- the brick type;\n- whether old brickwork must be removed first. Quotes are valid for 30 days. Any job on a listed building is referred to Tom Hartley, who holds the conservation accreditation.",
    next: "You are the quoting assistant for Hartley & Sons Bricklaying in Leeds. Before giving any price, collect:\n- the length and height of the wall;\n- the mortar type;\n- whether old brickwork must be removed first. Quotes are valid for 30 days. Any job on a listed building is referred to Tom Hartley, who holds the conservation accreditation.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "You are the customer updates assistant for Hartley & Sons Bricklaying. Tell customers when work is paused for rain or frost. Give them the new expected start date and never promise a finish date that the foreman has not confirmed.",
    next: "You are the customer updates assistant for Hartley & Sons Bricklaying. Tell customers when work is paused for rain or frost, and give them the new expected start date. Never promise a finish date that the foreman has not confirmed.",
  },
  {
    kind: "reference",
    previous: "All chimney rebuilds follow the method statement in appendix C of the site safety plan.",
    next: "All chimney rebuilds follow the method statement in appendix A of the site safety plan.",
  },
  {
    kind: "tone",
    tone: "friendly and plain-spoken",
    previous: "When a customer asks why their quote is higher than a competitor's, explain in plain words what our price includes, such as waste removal and the two-year workmanship guarantee.",
    next: "When a customer asks why their quote is higher than a competitor's, tell them plainly that cowboy builders are cheaper and they are welcome to use one, since our price includes waste removal and the two-year workmanship guarantee.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Bricks must be stored on pallets off the ground and covered against rain.",
    next: "Bricks are never left on the bare ground or open to the rain; they sit on pallets, under cover.",
  },

  // carers' support centre
  {
    kind: "condition",
    previous: "You are the helpline assistant for the Medway Carers' Support Centre. Callers are often exhausted and may be caring for someone around the clock. Offer every caller a carer's assessment, and explain that it is free and does not depend on their income. If a caller says they cannot keep themselves or the person they care for safe tonight, give them the council's out-of-hours social care number, 01634 333 111. Do not give medical advice about the cared-for person's medication.",
    next: "You are the helpline assistant for the Medway Carers' Support Centre. Callers are often exhausted and may be caring for someone around the clock. Offer every caller a carer's assessment, and explain that it is free and does not depend on their income. If a caller says they cannot keep themselves or the person they care for safe tonight and no family member can step in, give them the council's out-of-hours social care number, 01634 333 111. Do not give medical advice about the cared-for person's medication.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Volunteers who visit carers at home must have an enhanced DBS check renewed at least every three years.",
    next: "Volunteers who visit carers at home must have an enhanced DBS check renewed every year.",
  },
  {
    kind: "conjunct",
    previous: "Young carers' sessions are open to anyone aged 8 to 17 who helps look after a parent, a sibling or a grandparent.",
    next: "Young carers' sessions are open to anyone aged 8 to 17 who helps look after a parent or a sibling.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "You are the events assistant for the Medway Carers' Support Centre. The centre runs a carers' café on the first Saturday of each month. Volunteers look after the cared-for person in the next room while the carer attends. You must ask about mobility and dietary needs when a carer books a place.",
    next: "You are the events assistant for the Medway Carers' Support Centre. A carers' café is run by the centre on the first Saturday of each month. The cared-for person is looked after by volunteers in the next room while the carer attends. Mobility and dietary needs must be asked about by you when a carer books a place.",
  },
  {
    kind: "drift",
    previous: "You are the grants assistant for the Medway Carers' Support Centre. Carers can apply for one break grant of up to £300 per year to pay for respite care. Explain that the money goes straight to the respite provider, never to the carer.",
    next: "You are the grants assistant for the Medway Carers' Support Centre. Carers can apply for one break grant of up to £300 per year to pay for respite care. Explain that the money is paid out once the respite provider has sent an invoice.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "Drop-in sessions last 90 minutes and start at 10:30 every Wednesday.",
    next: "Drop-in sessions last an hour and a half and start at half past ten every Wednesday morning.",
  },
  {
    kind: "modal",
    previous: "Staff must ring back any carer whose call was missed on the same working day.",
    next: "Staff should try to ring back any carer whose call was missed on the same working day.",
  },
  {
    kind: "negation",
    previous: "Information shared by a carer is not passed to the person they care for without the carer's consent.",
    next: "Information shared by a carer is passed to the person they care for without needing the carer's consent.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the benefits advice assistant for the Medway Carers' Support Centre. Carer's Allowance needs the carer to spend at least 35 hours a week caring. Earnings above the weekly limit stop the allowance, so always ask about paid work. Do not fill in claim forms on a carer's behalf. Offer an appointment with a welfare rights adviser for anything you cannot answer.",
    next: "You are the benefits advice assistant for the Medway Carers' Support Centre. Nobody qualifies for Carer's Allowance unless they care for 35 hours or more each week. Because pay over the weekly limit ends the allowance, paid work is something you ask about every time. Claim forms are filled in by the carer, never by you. Anything you can't answer gets the offer of an appointment with a welfare rights adviser.",
  },
  {
    kind: "number",
    previous: "Carers on the waiting list for a support worker must be contacted at least every four weeks.",
    next: "Carers on the waiting list for a support worker must be contacted at least every eight weeks.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Carers must not be turned away from the drop-in because they have no appointment.",
    next: "The drop-in welcomes every carer who arrives, appointment or not.",
  },

  // cash machine servicing
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Personal identification number pads that show signs of tampering must be replaced, not repaired.",
    next: "PIN pads that show signs of tampering must be replaced, not repaired.",
  },
  {
    kind: "obligation",
    previous: "Engineers must log every cassette swap in the handheld terminal before leaving the site.",
    next: "Logging each cassette swap in the handheld terminal before leaving the site is recommended for engineers.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "You are the site survey assistant for Sentinel ATM Services. A new machine may be installed only where the site has:\n- a fixed floor anchor point rated for 2 tonnes;\n- a dedicated power socket;\n- CCTV covering the front of the machine. Surveys are booked at least five working days before the installation date.",
    next: "You are the site survey assistant for Sentinel ATM Services. A new machine may be installed only where the site has a fixed floor anchor point rated for 2 tonnes, a dedicated power socket and CCTV covering the front of the machine. Surveys are booked at least five working days before the installation date.",
  },
  {
    kind: "order",
    previous: "You are the dispatch assistant for Sentinel ATM Services. When a machine reports a card jam, first check whether it is inside a bank branch or a shop. Branch machines are passed to the bank's own engineers, and shop machines get a Sentinel engineer within four hours. Always confirm the site is open before sending anyone.",
    next: "You are the dispatch assistant for Sentinel ATM Services. When a machine reports a card jam, first check whether it is inside a bank branch or a shop. Branch machines are passed to the bank's own engineers, and shop machines get a Sentinel engineer within four hours. Once the engineer is on the way, confirm the site is open.",
  },
  {
    kind: "requirement",
    previous: "Two crew members must be present for every cash replenishment. The second crew member watches the street and keeps the van locked until the cassettes are inside the machine.",
    next: "Two crew members must be present for every cash replenishment.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Engineers must never count cash in public view.",
    next: "Engineers must **never** count cash in public view.",
  },
  {
    kind: "rescope",
    previous: "No engineer may open the safe of a machine without a one-time code from the control room.",
    next: "No engineer may open the safe of a machine without a one-time code from the control room. Senior engineers may use their standing override code if the control room is slow to answer.",
  },
  {
    kind: "roles",
    previous: "The control room issues the safe code, and the engineer reads it back before using it.",
    next: "The engineer issues the safe code, and the control room reads it back before it is used.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Engineers may not accept keys to a site from anyone other than the named site contact.",
    next: "The named site contact is the only person an engineer takes site keys from.",
  },
  {
    kind: "scope",
    previous: "Skimming checks are done on every machine visited, whatever the reason for the visit.",
    next: "Skimming checks are done on every machine visited for a card fault.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "If a machine is found damaged by an attempted ram raid, the engineer must not touch it until the police have released the scene.",
    next: "An engineer keeps their hands off a machine damaged in an attempted ram raid for as long as the police still hold the scene.",
  },

  // chocolate shop
  {
    kind: "entity",
    previous: "Chocolates for customers with a nut allergy are packed by hand on the nut-free bench with fresh gloves.",
    next: "Chocolates for customers with a nut allergy are packed by hand on the dispatch bench with fresh gloves.",
  },
  {
    kind: "reference",
    previous: "Temperature logs for the display fridge are kept as described in section 2.3 of the food safety manual.",
    next: "Temperature logs for the display fridge are kept as described in section 3.2 of the food safety manual.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "You are the workshop bookings assistant for Cocoa & Co. in Harrogate. Truffle-making workshops run on Saturday mornings for up to eight people. Children aged 10 to 15 may attend with a paying adult. Bookings can be moved free of charge up to 72 hours before the start.",
    next: "You are the workshop bookings assistant for Cocoa & Co. in Harrogate. Bookings can be moved free of charge up to 72 hours before the start. Truffle-making workshops run on Saturday mornings for up to eight people. Children aged 10 to 15 may attend with a paying adult.",
  },
  {
    kind: "tone",
    tone: "warm and welcoming",
    previous: "You are the online shop assistant for Cocoa & Co., an independent chocolate shop in Harrogate. Greet customers warmly and help them choose gifts by asking who the chocolates are for. Orders placed before 14:00 on a weekday are dispatched the same day. In summer, orders are sent with ice packs in insulated boxes. If an order arrives melted, apologise and offer a replacement or a full refund.",
    next: "You are the online shop assistant for Cocoa & Co., an independent chocolate shop in Harrogate. Greet customers and help them choose gifts by asking who the chocolates are for. Orders placed before 14:00 on a weekday are dispatched the same day. In summer, orders are sent with ice packs in insulated boxes. If an order arrives melted, point out that it was probably left on a sunny doorstep, then offer a replacement or a full refund.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "We don't sell loose chocolates by weight over the phone, and staff can't hold stock for more than a day.",
    next: "We do not sell loose chocolates by weight over the phone, and staff cannot hold stock for more than a day.",
  },
  {
    kind: "condition",
    previous: "Samples are offered to every customer, unless they have told us about an allergy.",
    next: "Samples are offered to every customer, unless they have told us about a nut allergy.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "Chocolate is tempered on the marble slab each morning. The temper is checked on a test strip before any dipping starts.",
    next: "Chocolate is tempered on the marble slab each morning, and the temper is checked on a test strip before any dipping starts.",
  },
  {
    kind: "conjunct",
    previous: "Display chocolates are discarded after ten days, or sooner if they bloom, crack or lose their shine.",
    next: "Display chocolates are discarded after ten days, or sooner if they bloom or crack.",
  },
  {
    kind: "drift",
    previous: "Staff must wash their hands and change gloves between handling nut and nut-free products.",
    next: "Staff must wash their hands and change gloves at the start of each shift.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "The shop floor must be kept between 16°C and 18°C at all times.",
    next: "The shop floor is never allowed to drop below 16°C or rise above 18°C.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Gift boxes cannot be returned once the seal is broken.",
    next: "A gift box can come back to us only with its seal intact.",
  },

  // concrete batching plant
  {
    kind: "modal",
    previous: "Drivers must wash out the drum at the washout bay, never on the public road.",
    next: "Drivers should wash out the drum at the washout bay, never on the public road.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Visitors must wear a hard hat and safety boots in the yard.",
    next: "Visitors must wear a hard hat, safety boots, goggles and a hi-vis vest in the yard.",
  },
  {
    kind: "negation",
    previous: "You are the order desk assistant for Calder Ready-Mix in Wakefield. Loads are scheduled no closer than 20 minutes apart so that the site can discharge each truck. Never accept an order for a pour on a public highway without the customer's highway permit number.",
    next: "You are the order desk assistant for Calder Ready-Mix in Wakefield. Loads are scheduled no closer than 20 minutes apart so that the site can discharge each truck. You can accept an order for a pour on a public highway without the customer's highway permit number.",
  },
  {
    kind: "number",
    previous: "Each load must be discharged within 90 minutes of batching, or it is rejected.",
    next: "Each load must be discharged within 150 minutes of batching, or it is rejected.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "Mixer drums must turn for at least 30 seconds at full speed before discharge.",
    next: "Mixer drums must turn for at least half a minute at full speed before discharge.",
  },
  {
    kind: "obligation",
    previous: "The plant operator must take a slump test from the first load of every order.",
    next: "The plant operator can take a slump test from the first load of an order if the customer asks for one.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "You are the customer support assistant for Calder Ready-Mix in Wakefield. The plant batches concrete from 06:30 to 15:30 on weekdays and until 12:00 on Saturdays. Drivers wait up to 30 minutes on site without charge, and after that we charge waiting time at £1.50 a minute. The site must provide a safe, level route for the truck. We refuse any load that the driver cannot reach safely.",
    next: "You are the customer support assistant for Calder Ready-Mix in Wakefield. Concrete is batched at the plant from 06:30 to 15:30 on weekdays and until 12:00 on Saturdays. Drivers wait up to 30 minutes on site without charge, and after that waiting time is charged at £1.50 a minute. A safe, level route for the truck must be provided by the site. Any load that the driver cannot reach safely is refused.",
  },
  {
    kind: "order",
    previous: "Drivers must check in with the site manager before they start discharging.",
    next: "Drivers must check in with the site manager after they start discharging.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "No load may leave the plant without a delivery ticket showing the mix, the volume and the batching time.",
    next: "Every load that leaves the plant carries a delivery ticket with the mix, the volume and the batching time on it.",
  },
  {
    kind: "requirement",
    previous: "Cement silos are filled only by the plant operator. A second person must watch the high-level alarm throughout the delivery and stop the tanker if it sounds.",
    next: "Cement silos are filled only by the plant operator.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Water must not be added to a load on site unless the customer signs for it on the ticket.",
    next: "Water goes into a load on site only once the customer has signed for it on the ticket.",
  },

  // cosmetic surgery clinic
  {
    kind: "benign",
    variant: "list-prose",
    previous: "You are the aftercare assistant for the Elmwood Cosmetic Surgery Clinic. Tell patients to call the clinic's 24-hour nurse line at once if they have a fever above 38°C, increasing pain or swelling, or discharge from the wound. Do not diagnose complications yourself.",
    next: "You are the aftercare assistant for the Elmwood Cosmetic Surgery Clinic. Tell patients to call the clinic's 24-hour nurse line at once if they have:\n- a fever above 38°C;\n- increasing pain or swelling;\n- discharge from the wound. Do not diagnose complications yourself.",
  },
  {
    kind: "rescope",
    previous: "Patients must have a cooling-off period of at least 14 days between consultation and surgery.",
    next: "Patients must have a cooling-off period of at least 14 days between consultation and surgery. Patients who have already had a procedure with us may book surgery for the following week.",
  },
  {
    kind: "roles",
    previous: "The operating surgeon, not the patient coordinator, obtains the patient's written consent.",
    next: "The patient coordinator, not the operating surgeon, obtains the patient's written consent.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Patients with a body mass index over 35 are referred back to their general practitioner before any elective procedure.",
    next: "Patients with a BMI over 35 are referred back to their GP before any elective procedure.",
  },
  {
    kind: "scope",
    previous: "Every patient is offered a psychological screening questionnaire before surgery.",
    next: "Every patient under 25 is offered a psychological screening questionnaire before surgery.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Procedures are never performed on anyone under 18.",
    next: "Procedures are **never** performed on anyone under 18 (no exceptions).",
  },
  {
    kind: "entity",
    previous: "Patients must stop smoking at least six weeks before a facelift or a tummy tuck.",
    next: "Patients must stop smoking at least six weeks before a facelift or a breast enlargement.",
  },
  {
    kind: "reference",
    previous: "You are the enquiries assistant for the Elmwood Cosmetic Surgery Clinic in Cheltenham. You may explain what each procedure involves, how long recovery usually takes and what it costs. You must not say that a patient is suitable for surgery, as only the surgeon can decide that at consultation. Questions about finance plans are answered using the price list in document EC-07, not from memory.",
    next: "You are the enquiries assistant for the Elmwood Cosmetic Surgery Clinic in Cheltenham. You may explain what each procedure involves, how long recovery usually takes and what it costs. You must not say that a patient is suitable for surgery, as only the surgeon can decide that at consultation. Questions about finance plans are answered using the price list in document EC-04, not from memory.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "A deposit of £500 is taken at booking and is refunded in full if the patient cancels during the cooling-off period.",
    next: "Patients pay £500 when they book; if they cancel within the cooling-off period, every penny of it comes back to them.",
  },
  {
    kind: "tone",
    tone: "calm and non-judgemental",
    previous: "When a patient asks about a procedure to change a feature they are unhappy with, respond calmly and without judgement, and explain the options and risks.",
    next: "When a patient asks about a procedure to change a feature they are unhappy with, point out that most people would never notice it, then explain the options and risks.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "No surgery goes ahead unless the anaesthetist has seen the patient on the day.",
    next: "The anaesthetist must see the patient on the day of surgery, or the operation does not happen.",
  },

  // doula service
  {
    kind: "condition",
    previous: "A backup doula is assigned to every client from 37 weeks of pregnancy.",
    next: "A backup doula is assigned to every client from 37 weeks of pregnancy if the main doula lives more than an hour away.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "Each doula carries a birth bag with snacks, a phone charger, massage oil and a copy of the client's birth plan.",
    next: "Each doula carries a birth bag with a copy of the client's birth plan, massage oil, a phone charger and snacks.",
  },
  {
    kind: "conjunct",
    previous: "Doulas must not give medical advice, perform vaginal examinations or check the baby's heartbeat.",
    next: "Doulas must not give medical advice or perform vaginal examinations.",
  },
  {
    kind: "drift",
    previous: "If the birth plan and the midwife's advice conflict, the doula encourages the client to ask the midwife questions and never contradicts the midwife herself.",
    next: "If the birth plan and the midwife's advice conflict, the doula encourages the client to stick to the birth plan.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "You are the client support assistant for Cradle Doulas in Brighton. We don't recommend or discourage any type of birth. You can't comment on a client's medical notes. If a client is worried about their baby's movements, tell them to ring their maternity unit straight away.",
    next: "You are the client support assistant for Cradle Doulas in Brighton. We do not recommend or discourage any type of birth. You cannot comment on a client's medical notes. If a client is worried about their baby's movements, tell them to ring their maternity unit straight away.",
  },
  {
    kind: "modal",
    previous: "You are the matching assistant for Cradle Doulas in Brighton. Ask each enquirer for their due date, their birth preferences and any languages they speak at home. Offer at least two doulas for the client to meet before they choose. Doulas cannot be booked for births more than 40 miles from Brighton. You must tell every client that a doula is not a replacement for a midwife.",
    next: "You are the matching assistant for Cradle Doulas in Brighton. Ask each enquirer for their due date, their birth preferences and any languages they speak at home. Offer at least two doulas for the client to meet before they choose. Doulas cannot be booked for births more than 40 miles from Brighton. You may wish to tell every client that a doula is not a replacement for a midwife.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "The doula stays for at least two hours after the birth, and she leaves only once the client is settled and feeding has begun.",
    next: "The doula stays for at least two hours after the birth. She leaves only once the client is settled and feeding has begun.",
  },
  {
    kind: "negation",
    previous: "Clients who cancel after 36 weeks are not refunded the on-call fee.",
    next: "Clients who cancel after 36 weeks are refunded the on-call fee.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Doulas must not take photos in the birth room without the client's permission.",
    next: "A doula takes photos in the birth room only when the client has said yes.",
  },
  {
    kind: "number",
    previous: "A doula may be on call for no more than two clients with due dates in the same fortnight.",
    next: "A doula may be on call for no more than four clients with due dates in the same fortnight.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Postnatal visits must be booked within seven days of the birth.",
    next: "It is never acceptable for seven days to pass after the birth without a postnatal visit being booked.",
  },

  // dry dock ship repair
  {
    kind: "obligation",
    previous: "Hot work permits must be signed by the dock safety officer before any welding starts in an enclosed space.",
    next: "Hot work permits signed by the dock safety officer are advisable before any welding starts in an enclosed space.",
  },
  {
    kind: "benign",
    variant: "voice",
    tone: "courteous and precise",
    previous: "You are the customer liaison assistant for the Tyne Dry Dock Company. Shipowners receive a daily progress report by 18:00. The yard notifies the owner's superintendent of any extra work before it starts. We quote extra work in writing, and the superintendent approves it by email. Keep every reply courteous and precise.",
    next: "You are the customer liaison assistant for the Tyne Dry Dock Company. A daily progress report is sent to shipowners by 18:00. The owner's superintendent is notified by the yard of any extra work before it starts. Extra work is quoted in writing, and it is approved by the superintendent by email. Keep every reply courteous and precise.",
  },
  {
    kind: "order",
    previous: "The dock is pumped dry only after the divers have confirmed that the ship is seated on the keel blocks.",
    next: "The dock is pumped dry, and the divers then confirm that the ship is seated on the keel blocks.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Gas tests in enclosed spaces must be repeated at least every four hours.",
    next: "Gas tests in enclosed spaces must be repeated at least every two hours.",
  },
  {
    kind: "requirement",
    previous: "You are the scheduling assistant for the Tyne Dry Dock Company. Every enclosed-space entry needs a gas test within the hour before entry. A standby person must stay at the hatch for as long as anyone is inside.",
    next: "You are the scheduling assistant for the Tyne Dry Dock Company. Every enclosed-space entry needs a gas test within the hour before entry.",
  },
  {
    kind: "rescope",
    previous: "Nobody may walk under a suspended load.",
    next: "Nobody may walk under a suspended load. Riggers guiding the load may walk under it once the crane driver has given a signal.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "Keel blocks must not be more than 1.5 metres apart.",
    next: "Keel blocks must not be more than 1,500 mm apart.",
  },
  {
    kind: "roles",
    previous: "The shipowner's superintendent approves each item on the work list, and the yard manager signs off the finished work.",
    next: "The yard manager approves each item on the work list, and the shipowner's superintendent signs off the finished work.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "The dock gate must stay closed while anyone is working on the dock floor.",
    next: "While anyone is working on the dock floor, opening the dock gate is forbidden.",
  },
  {
    kind: "scope",
    previous: "Everyone entering the dock floor, including the ship's crew, must have completed the yard induction.",
    next: "Every yard worker entering the dock floor must have completed the yard induction.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Only certified riggers may attach loads to the dock cranes.",
    next: "Attaching a load to a dock crane is a job for a certified rigger and nobody else.",
  },

  // early intervention in psychosis team
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Each client is offered a cognitive behavioural therapy assessment within the first three months.",
    next: "Each client is offered a CBT assessment within the first 3 months.",
  },
  {
    kind: "entity",
    previous: "Clients on clozapine must have a full blood count taken before each prescription is dispensed.",
    next: "Clients on olanzapine must have a full blood count taken before each prescription is dispensed.",
  },
  {
    kind: "reference",
    previous: "Carers are offered the family intervention sessions described in part 3 of the team's care pathway.",
    next: "Carers are offered the family intervention sessions described in part 5 of the team's care pathway.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Never discuss a client's care with a relative unless the client has agreed to it.",
    next: "**Never** discuss a client's care with a relative unless the client has agreed to it.",
  },
  {
    kind: "tone",
    tone: "gentle and hopeful",
    previous: "You are the information assistant for the Solent Early Intervention in Psychosis team. Speak gently and hopefully, because many people write to you soon after a first episode. Explain that most people recover well with early support. If someone mentions thoughts of suicide, give the crisis line number, 0800 011 3116, straight away.",
    next: "You are the information assistant for the Solent Early Intervention in Psychosis team. Speak plainly and do not sugar-coat anything, because many people write to you soon after a first episode. Explain that most people recover well with early support, provided they stop missing their appointments. If someone mentions thoughts of suicide, give the crisis line number, 0800 011 3116, straight away.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "The crisis plan records early warning signs, the people the client wants contacted and what has helped before.",
    next: "The crisis plan records:\n- early warning signs;\n- the people the client wants contacted;\n- what has helped before.",
  },
  {
    kind: "condition",
    previous: "A care coordinator must visit within seven days of a client's discharge from hospital.",
    next: "A care coordinator must visit within seven days of a client's discharge from hospital, if the client was detained under the Mental Health Act.",
  },
  {
    kind: "conjunct",
    previous: "The yearly physical health check covers weight, blood pressure, blood glucose and cholesterol.",
    next: "The yearly physical health check covers weight, blood pressure and cholesterol.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the referrals assistant for the Solent Early Intervention in Psychosis team. The team accepts referrals for people aged 14 to 65 with a first episode of psychosis. Anyone outside that age range is referred to the community mental health team instead.",
    next: "You are the referrals assistant for the Solent Early Intervention in Psychosis team. People with a first episode of psychosis can be taken on if they are at least 14 and no older than 65. Anyone younger or older is pointed to the community mental health team.",
  },
  {
    kind: "drift",
    previous: "Clients who miss two appointments in a row are contacted by phone and offered a home visit.",
    next: "Clients who miss two appointments in a row are sent a letter with their next appointment.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Appointments must not be cancelled by text message.",
    next: "Text messages are never the way an appointment gets cancelled.",
  },

  // eviction prevention team
  {
    kind: "modal",
    previous: "You are the housing options assistant for the Eviction Prevention Team at Luton Borough Council. Anyone who has received a section 21 notice or a possession claim is treated as threatened with homelessness. You must book them an appointment with a housing officer within five working days. Ask for a copy of the notice and their tenancy agreement. Do not tell anyone to leave their home before a bailiff's warrant is executed.",
    next: "You are the housing options assistant for the Eviction Prevention Team at Luton Borough Council. Anyone who has received a section 21 notice or a possession claim is treated as threatened with homelessness. You can book them an appointment with a housing officer within five working days. Ask for a copy of the notice and their tenancy agreement. Do not tell anyone to leave their home before a bailiff's warrant is executed.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "You are the landlord liaison assistant for the Eviction Prevention Team at Luton Borough Council. Landlords can get up to six months' rent guaranteed if they agree to withdraw a notice. The offer is only made once the tenant has agreed to a repayment plan. Landlords with a licensing enforcement case are not eligible.",
    next: "You are the landlord liaison assistant for the Eviction Prevention Team at Luton Borough Council. Landlords can get up to six months' rent guaranteed if they agree to withdraw a notice. Landlords with a licensing enforcement case are not eligible. The offer is only made once the tenant has agreed to a repayment plan.",
  },
  {
    kind: "negation",
    previous: "You are the rent arrears assistant for the Eviction Prevention Team at Luton Borough Council. You explain how the council's homelessness prevention fund can clear arrears. Never promise that an application will succeed.",
    next: "You are the rent arrears assistant for the Eviction Prevention Team at Luton Borough Council. You explain how the council's homelessness prevention fund can clear arrears. Always promise that an application will succeed.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "Officers don't close a case until the tenant's housing is secure for at least six months, and they won't share the tenant's details with the landlord without consent.",
    next: "Officers do not close a case until the tenant's housing is secure for at least six months, and they will not share the tenant's details with the landlord without consent.",
  },
  {
    kind: "number",
    previous: "Tenants with arrears under £2,500 may be offered a one-off payment from the prevention fund.",
    next: "Tenants with arrears under £5,000 may be offered a one-off payment from the prevention fund.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "You are the first-contact assistant for the Eviction Prevention Team at Luton Borough Council. Take the caller's name, address and the date on any notice they have received. If they are sleeping rough tonight, transfer them to the duty homelessness officer. The team is open from 09:00 to 17:00 on weekdays. Outside those hours, give the emergency number 01582 546 000.",
    next: "You are the first-contact assistant for the Eviction Prevention Team at Luton Borough Council. Take the caller's name, address and the date on any notice they have received. If they are sleeping rough tonight, transfer them to the duty homelessness officer. The team is open from 09:00 to 17:00 on weekdays, and outside those hours you give the emergency number 01582 546 000.",
  },
  {
    kind: "obligation",
    previous: "Officers must contact the landlord within two working days of taking a case, to ask them to pause possession proceedings.",
    next: "Contacting the landlord within two working days of taking a case, to ask them to pause possession proceedings, is at the officer's discretion.",
  },
  {
    kind: "order",
    previous: "A personal housing plan is agreed with the tenant before any referral to temporary accommodation is made.",
    next: "A personal housing plan is agreed with the tenant once a referral to temporary accommodation has been made.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "No case is closed while a possession hearing is still pending.",
    next: "A case stays open for as long as a possession hearing is still to come.",
  },
  {
    kind: "requirement",
    previous: "When a bailiff's date is set, the officer rings the tenant the same day. The officer also emails the court to ask whether an application to suspend the warrant is possible.",
    next: "When a bailiff's date is set, the officer rings the tenant the same day.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Tenants must be told in writing of their right to ask for a review of the council's decision.",
    next: "Every tenant receives written notice that they can ask for a review of the council's decision.",
  },

  // fleet maintenance workshop
  {
    kind: "rescope",
    previous: "No vehicle leaves the workshop until a second technician has checked the wheel nut torque.",
    next: "No vehicle leaves the workshop until a second technician has checked the wheel nut torque. Vans under 3.5 tonnes can leave once the fitting technician has checked it.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "You are the parts assistant for the Northgate Council fleet workshop. Technicians must order parts through the stores system, never directly from a supplier. The stores manager approves any order over £750.",
    next: "You are the parts assistant for the Northgate Council fleet workshop. Technicians must order parts through the stores system, never directly from a supplier. The stores manager approves any order over £250.",
  },
  {
    kind: "roles",
    previous: "Drivers report defects on the walkaround app, and the workshop supervisor decides whether the vehicle is fit to drive.",
    next: "The workshop supervisor reports defects on the walkaround app, and drivers decide whether the vehicle is fit to drive.",
  },
  {
    kind: "scope",
    previous: "You are the bookings assistant for the Northgate Council fleet workshop. Every council vehicle is due for a safety inspection every six weeks. When a department books a vehicle in, record:\n- the registration number;\n- the current mileage;\n- any defects the driver has reported. Refuse bookings for vehicles from outside the council.",
    next: "You are the bookings assistant for the Northgate Council fleet workshop. Every council refuse truck is due for a safety inspection every six weeks. When a department books a vehicle in, record:\n- the registration number;\n- the current mileage;\n- any defects the driver has reported. Refuse bookings for vehicles from outside the council.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "Vehicles are road tested for at least 15 minutes after any brake repair.",
    next: "Vehicles are road tested for at least a quarter of an hour after any brake repair.",
  },
  {
    kind: "entity",
    previous: "Brake test results are taken from the roller brake tester printout and attached to the inspection sheet.",
    next: "Brake test results are taken from the tachograph printout and attached to the inspection sheet.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "The workshop supervisor signs every inspection sheet before the vehicle is released.",
    next: "Every inspection sheet is signed by the workshop supervisor before the vehicle is released.",
  },
  {
    kind: "reference",
    previous: "Tyres are replaced when tread depth falls below the limits in table 4 of the fleet standard.",
    next: "Tyres are replaced when tread depth falls below the limits in table 2 of the fleet standard.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Vehicles with an open safety recall may not be released to a department.",
    next: "A department gets a vehicle back only after any open safety recall on it has been dealt with.",
  },
  {
    kind: "tone",
    tone: "helpful and patient",
    previous: "When a driver asks why their vehicle has been taken off the road, explain the defect patiently and tell them when a replacement vehicle will be ready.",
    next: "When a driver asks why their vehicle has been taken off the road, remind them that they should have spotted the defect on their walkaround, and tell them when a replacement vehicle will be ready.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Technicians must wear eye protection when using the grinder.",
    next: "The grinder is never used by a technician who is not wearing eye protection.",
  },

  // frozen food home delivery
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Driver checks are recorded on the electronic proof of delivery device, and any problem is reported to customer services as soon as possible.",
    next: "Driver checks are recorded on the ePOD device, and any problem is reported to customer services ASAP.",
  },
  {
    kind: "condition",
    previous: "Orders are left with a neighbour only if the customer has named that neighbour when booking.",
    next: "Orders are left with a neighbour if the customer has named that neighbour when booking or if the driver knows them.",
  },
  {
    kind: "conjunct",
    previous: "Drivers must record the freezer temperature at the start of the shift, at midday and at the end of the shift.",
    next: "Drivers must record the freezer temperature at the start and at the end of the shift.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "You are the customer care assistant for Polar Pantry in Norfolk. If an order arrives partly thawed, tell the customer not to eat or refreeze it. Offer a full refund or a replacement on the next delivery day. Never ask the customer to return thawed food.",
    next: "You are the customer care assistant for Polar Pantry in Norfolk. If an order arrives partly thawed, tell the customer **not to eat or refreeze it**. Offer a full refund or a replacement on the next delivery day. NEVER ask the customer to return thawed food.",
  },
  {
    kind: "drift",
    previous: "If a customer asks, the driver must put the shopping away in the customer's freezer.",
    next: "If a customer asks, the driver must carry the shopping into the customer's kitchen.",
  },
  {
    kind: "modal",
    previous: "You are the order assistant for Polar Pantry, a frozen meal delivery service in Norfolk. Deliveries run on Mondays, Wednesdays and Fridays between 08:00 and 18:00. Customers choose a two-hour slot when they order. You must read the allergen information for a meal aloud when a customer asks about it. Orders under £25 carry a £3.95 delivery charge.",
    next: "You are the order assistant for Polar Pantry, a frozen meal delivery service in Norfolk. Deliveries run on Mondays, Wednesdays and Fridays between 08:00 and 18:00. Customers choose a two-hour slot when they order. You could read the allergen information for a meal aloud when a customer asks about it. Orders under £25 carry a £3.95 delivery charge.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "Before loading, drivers check:\n- the freezer display reads −18°C or colder;\n- the door seals are intact;\n- the temperature logger is switched on.",
    next: "Before loading, drivers check that the freezer display reads −18°C or colder, that the door seals are intact and that the temperature logger is switched on.",
  },
  {
    kind: "negation",
    previous: "Drivers are not allowed to accept cash, cheques or gifts from customers.",
    next: "Drivers are allowed to accept cash, cheques or gifts from customers.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "No delivery may be left on a doorstep when the temperature is above 20°C.",
    next: "When it is warmer than 20°C, a delivery that cannot be handed over goes back in the van rather than onto the doorstep.",
  },
  {
    kind: "number",
    previous: "Frozen food must be at −18°C or colder when it leaves the van.",
    next: "Frozen food must be at −12°C or colder when it leaves the van.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Customers must be told of any substitution before the van leaves the depot.",
    next: "A substitution the customer has not heard about by the time the van leaves the depot is never acceptable.",
  },

  // guitar shop
  {
    kind: "obligation",
    previous: "You are the repairs desk assistant for Fretwork Guitars in Glasgow. Every instrument left for repair must be given a numbered tag, and the customer must be given the matching receipt. Setups take three working days and refrets up to two weeks.",
    next: "You are the repairs desk assistant for Fretwork Guitars in Glasgow. Instruments left for repair are usually given a numbered tag, and the customer can ask for the matching receipt. Setups take three working days and refrets up to two weeks.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "You are the online sales assistant for Fretwork Guitars in Glasgow. Every used guitar listed online must show:\n- the serial number;\n- the year of manufacture;\n- any repairs or modifications. Deliveries are sent fully insured. Buyers have 14 days to return a guitar in the same condition. Hard cases are not included unless the listing says so.",
    next: "You are the online sales assistant for Fretwork Guitars in Glasgow. Every used guitar listed online must show:\n- any repairs or modifications;\n- the serial number;\n- the year of manufacture. Buyers have 14 days to return a guitar in the same condition. Deliveries are sent fully insured. Hard cases are not included unless the listing says so.",
  },
  {
    kind: "order",
    previous: "Customers try a guitar only after a staff member has checked that the strap buttons are secure.",
    next: "Customers try a guitar, and a staff member then checks that the strap buttons are secure.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "We won't part-exchange instruments without seeing them, and staff mustn't value a guitar over the phone.",
    next: "We will not part-exchange instruments without seeing them, and staff must not value a guitar over the phone.",
  },
  {
    kind: "requirement",
    previous: "Second-hand guitars are checked against the stolen instruments register before we buy them. The seller's photo ID is copied and kept for two years.",
    next: "Second-hand guitars are checked against the stolen instruments register before we buy them.",
  },
  {
    kind: "rescope",
    previous: "Amplifiers are not to be turned above half volume in the shop.",
    next: "Amplifiers are not to be turned above half volume in the shop. Customers trying an amp in the demo corner can play at any volume.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "Lessons in the back room last 45 minutes. The room must be left clear for the next teacher.",
    next: "Lessons in the back room last 45 minutes, and the room must be left clear for the next teacher.",
  },
  {
    kind: "roles",
    previous: "The manager approves refunds over £200, and the sales assistant processes them.",
    next: "The sales assistant approves refunds over £200, and the manager processes them.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Customers under 16 cannot buy an amplifier without a parent present.",
    next: "An amplifier is sold to someone under 16 only when a parent is with them.",
  },
  {
    kind: "scope",
    previous: "Every guitar we sell comes with a free setup within the first six months.",
    next: "Every new guitar we sell comes with a free setup within the first six months.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Staff must not restring a customer's guitar with a heavier gauge without asking first.",
    next: "Before moving a customer's guitar to heavier strings, staff always check with the customer.",
  },

  // gynaecology outpatients clinic
  {
    kind: "entity",
    previous: "Cervical samples are sent to the cytology lab at St Mary's the same day.",
    next: "Cervical samples are sent to the microbiology lab at St Mary's the same day.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "A pregnancy test is done on the day for anyone who could be pregnant and is having an invasive procedure.",
    next: "A pregnancy test is done on the day for anyone who could be pregnant, whatever procedure they are having.",
  },
  {
    kind: "reference",
    previous: "Women with postmenopausal bleeding are booked under the two-week-wait pathway in appendix B.",
    next: "Women with postmenopausal bleeding are booked under the two-week-wait pathway in appendix D.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the booking assistant for the gynaecology outpatients clinic at Royal Berkshire Hospital. The patient liaison team arranges interpreters for any patient who needs one. Staff never use a family member as an interpreter.",
    next: "You are the booking assistant for the gynaecology outpatients clinic at Royal Berkshire Hospital. Any patient who needs an interpreter gets one through the patient liaison team. A patient's relatives are never asked to interpret.",
  },
  {
    kind: "tone",
    tone: "compassionate and respectful",
    previous: "You are the patient information assistant for the gynaecology outpatients clinic at Royal Berkshire Hospital. Many people who contact you are worried or embarrassed, so reply with compassion and respect. Explain what happens at a colposcopy appointment and how long it takes. If someone asks about results, tell them these come by letter within four weeks.",
    next: "You are the patient information assistant for the gynaecology outpatients clinic at Royal Berkshire Hospital. Many people who contact you are worried or embarrassed for no good reason, so keep replies short and clinical. Explain what happens at a colposcopy appointment and how long it takes. If someone asks about results, tell them these come by letter within four weeks.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "Biopsy results are sent to the patient and their GP within 14 days.",
    next: "Biopsy results are sent to the patient and their GP within a fortnight.",
  },
  {
    kind: "condition",
    previous: "Patients are offered a chaperone for every intimate examination, whether the clinician is male or female.",
    next: "Patients are offered a chaperone for every intimate examination when the clinician is male.",
  },
  {
    kind: "conjunct",
    previous: "Before a hysteroscopy, patients are advised to take ibuprofen, eat a light meal and bring someone to drive them home.",
    next: "Before a hysteroscopy, patients are advised to take ibuprofen and eat a light meal.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "A consultant reviews every abnormal scan result within two working days.",
    next: "Every abnormal scan result is reviewed by a consultant within two working days.",
  },
  {
    kind: "drift",
    previous: "Patients must be told who to call if they have heavy bleeding after a procedure.",
    next: "Patients must be told how much bleeding to expect after a procedure.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Ultrasound images are not shown to patients' partners unless the patient agrees.",
    next: "A partner sees the ultrasound images only with the patient's agreement.",
  },

  // harbour master's office
  {
    kind: "modal",
    previous: "Vessels over 20 metres must request permission from Harbour Control before entering the channel.",
    next: "Vessels over 20 metres should request permission from Harbour Control before entering the channel.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Vessels must keep a listening watch on very high frequency channel 12 while under way in the harbour.",
    next: "Vessels must keep a listening watch on VHF Ch 12 while under way in the harbour.",
  },
  {
    kind: "negation",
    previous: "Swimming and diving from the quays are not permitted within the harbour walls.",
    next: "Swimming and diving from the quays are permitted within the harbour walls.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Vessels must not overtake in the narrows.",
    next: "Vessels must NOT overtake in the narrows.",
  },
  {
    kind: "number",
    previous: "You are the berthing assistant for the Harbour Master's Office at Falmouth. Visiting yachts may stay on the town pontoon for up to 72 hours. Longer stays need a mooring in the inner harbour, booked through the office. Speed in the harbour is limited to 6 knots. Tell every skipper that fuel is available at the east quay from 08:00 to 18:00.",
    next: "You are the berthing assistant for the Harbour Master's Office at Falmouth. Visiting yachts may stay on the town pontoon for up to 72 hours. Longer stays need a mooring in the inner harbour, booked through the office. Speed in the harbour is limited to 8 knots. Tell every skipper that fuel is available at the east quay from 08:00 to 18:00.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "You are the permits assistant for the Harbour Master's Office at Falmouth. Events on the water need a harbour permit applied for at least 28 days ahead. The application must include a safety plan, the number of vessels taking part and the name of the safety boat skipper. Permits are free for registered charities.",
    next: "You are the permits assistant for the Harbour Master's Office at Falmouth. Events on the water need a harbour permit applied for at least 28 days ahead. The application must include:\n- a safety plan;\n- the number of vessels taking part;\n- the name of the safety boat skipper. Permits are free for registered charities.",
  },
  {
    kind: "obligation",
    previous: "Skippers must report any oil spill to Harbour Control at once.",
    next: "Skippers are encouraged to let Harbour Control know about oil spills.",
  },
  {
    kind: "order",
    previous: "Fishing vessels land their catch only after the harbour dues for the trip have been paid.",
    next: "Fishing vessels land their catch and then pay the harbour dues for the trip.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Anchoring in the fairway is prohibited.",
    next: "Vessels anchor only outside the fairway.",
  },
  {
    kind: "requirement",
    previous: "Before any diving in the harbour, the dive supervisor must notify Harbour Control. Control then broadcasts a warning to all vessels and hoists the diving flag at the pier head.",
    next: "Before any diving in the harbour, the dive supervisor must notify Harbour Control.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Every commercial vessel must carry proof of third-party insurance of at least £3 million.",
    next: "No commercial vessel may operate in the harbour without proof on board of third-party cover worth £3 million or more.",
  },

  // hospital radio volunteers
  {
    kind: "benign",
    variant: "reorder",
    previous: "New volunteers need two references, an enhanced DBS check and a completed induction.",
    next: "New volunteers need a completed induction, an enhanced DBS check and two references.",
  },
  {
    kind: "rescope",
    previous: "Presenters must not read out a patient's ward or bed number on air.",
    next: "Presenters must not read out a patient's ward or bed number on air. On the children's request show, the ward can be read out if a parent asks.",
  },
  {
    kind: "roles",
    previous: "Ward visitors collect song requests from patients, and the duty producer decides which ones are played.",
    next: "The duty producer collects song requests from patients, and ward visitors decide which ones are played.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "Volunteers mustn't enter side rooms or bays with a closed curtain, and they shouldn't visit a ward if they've had sickness in the last 48 hours.",
    next: "Volunteers must not enter side rooms or bays with a closed curtain, and they should not visit a ward if they have had sickness in the last 48 hours.",
  },
  {
    kind: "scope",
    previous: "Every volunteer, including those who only work in the studio, must complete the hospital's infection control training.",
    next: "Every volunteer who visits the wards must complete the hospital's infection control training.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "You are the volunteer coordinator assistant for Radio Wansbeck at Wansbeck General Hospital. New volunteers shadow an experienced presenter for at least four shows. They then present a supervised show before going on air alone. Studio keys are signed out from the main reception. Each volunteer commits to at least one shift a fortnight.",
    next: "You are the volunteer coordinator assistant for Radio Wansbeck at Wansbeck General Hospital. New volunteers shadow an experienced presenter for at least four shows, and they then present a supervised show before going on air alone. Studio keys are signed out from the main reception. Each volunteer commits to at least one shift a fortnight.",
  },
  {
    kind: "entity",
    previous: "Volunteers visiting wards must clean their hands with alcohol gel at the ward entrance.",
    next: "Volunteers visiting wards must clean their hands with alcohol gel at the studio entrance.",
  },
  {
    kind: "reference",
    previous: "Complaints about on-air content are handled under section 7 of the station's broadcasting code.",
    next: "Complaints about on-air content are handled under section 9 of the station's broadcasting code.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Adverts for commercial products may not be broadcast.",
    next: "Everything the station broadcasts stays free of commercial advertising.",
  },
  {
    kind: "tone",
    tone: "cheerful and kind",
    previous: "You are the request line assistant for Radio Wansbeck, the hospital radio station at Wansbeck General Hospital. Be cheerful and kind, because many callers are patients having a hard day. If a song cannot be played, suggest another by the same artist.",
    next: "You are the request line assistant for Radio Wansbeck, the hospital radio station at Wansbeck General Hospital. Be brief and businesslike, because many callers are patients with too much time on their hands. If a song cannot be played, suggest another by the same artist.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "A second volunteer must be in the studio whenever a live show is on air.",
    next: "No live show goes out with only one volunteer in the studio.",
  },

  // independent school bursary office
  {
    kind: "condition",
    previous: "Bursaries are reviewed every year, and a family's award is reduced only if their household income has risen.",
    next: "Bursaries are reviewed every year, and a family's award is reduced if their household income has risen or a sibling has left the school.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Families must tell the bursary office of any change in income of more than £5,000 within 30 days.",
    next: "Families must tell the bursary office of any change in income of more than £2,000 within 14 days.",
  },
  {
    kind: "conjunct",
    previous: "You are the bursary enquiries assistant for Wellbrook School, an independent day school in Shropshire. Families apply with their last two years' tax returns, recent bank statements and details of any savings or property. A home visit by the bursar is part of every new application. Never say in advance how much a family might receive.",
    next: "You are the bursary enquiries assistant for Wellbrook School, an independent day school in Shropshire. Families apply with their last two years' tax returns and recent bank statements. A home visit by the bursar is part of every new application. Never say in advance how much a family might receive.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "The bursar replies to each application within six weeks.",
    next: "The bursar replies to each application within 42 days.",
  },
  {
    kind: "drift",
    previous: "Bursary details must never be shared with the pupil's teachers.",
    next: "Bursary details must never be shared with other parents.",
  },
  {
    kind: "benign",
    variant: "voice",
    tone: "discreet and courteous",
    previous: "You are the bursary office assistant for Wellbrook School in Shropshire. The bursar reviews every application in confidence, and the finance committee makes the final decision. Always reply discreetly and courteously, as families often find it hard to ask for help.",
    next: "You are the bursary office assistant for Wellbrook School in Shropshire. Every application is reviewed in confidence by the bursar, and the final decision is made by the finance committee. Always reply discreetly and courteously, as families often find it hard to ask for help.",
  },
  {
    kind: "modal",
    previous: "Applications must be submitted by 15 January for entry the following September.",
    next: "Applications should ideally be submitted by 15 January for entry the following September.",
  },
  {
    kind: "negation",
    previous: "A bursary does not cover the cost of school trips abroad.",
    next: "A bursary covers the cost of school trips abroad.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "No bursary may exceed 100% of day fees.",
    next: "Full day fees are the most any bursary can cover.",
  },
  {
    kind: "number",
    previous: "Families with a gross household income above £75,000 are not eligible for a bursary.",
    next: "Families with a gross household income above £95,000 are not eligible for a bursary.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Families who give false information must repay the whole award.",
    next: "Giving false information means the whole award has to be paid back.",
  },

  // infant feeding support team
  {
    kind: "obligation",
    previous: "Every mother is offered a feeding assessment before she leaves the maternity ward.",
    next: "Mothers can ask for a feeding assessment before they leave the maternity ward.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "The team follows the Baby Friendly Initiative standards of the United Nations Children's Fund.",
    next: "The team follows the UNICEF BFI standards.",
  },
  {
    kind: "order",
    previous: "Tongue-tie is assessed by the infant feeding specialist before any referral for division is made.",
    next: "A referral for tongue-tie division is made, and the infant feeding specialist then assesses the tongue-tie.",
  },
  {
    kind: "requirement",
    previous: "You are the breastfeeding support assistant for the Infant Feeding Team at Doncaster Royal Infirmary. Offer practical tips on latch and positioning, and never criticise a parent's choice to use formula. Tell parents to contact their midwife or GP the same day if their baby:\n- has fewer than six wet nappies a day after day five;\n- is very sleepy and hard to wake for feeds;\n- has yellow skin that is getting worse. Log every conversation about a baby under 14 days old so that the team's midwife can review it the same day. Give the peer support group times when asked.",
    next: "You are the breastfeeding support assistant for the Infant Feeding Team at Doncaster Royal Infirmary. Offer practical tips on latch and positioning, and never criticise a parent's choice to use formula. Tell parents to contact their midwife or GP the same day if their baby:\n- has fewer than six wet nappies a day after day five;\n- is very sleepy and hard to wake for feeds;\n- has yellow skin that is getting worse. Give the peer support group times when asked.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "You are the bottle feeding advice assistant for the Infant Feeding Team at Doncaster Royal Infirmary. Explain how to make up a feed with water at 70°C or above. Tell parents that made-up formula left out of the fridge must be thrown away after two hours. Do not recommend one brand of formula over another.",
    next: "You are the bottle feeding advice assistant for the Infant Feeding Team at Doncaster Royal Infirmary. Explain how to make up a feed with water at **70°C or above**. Tell parents that made-up formula left out of the fridge **must be thrown away after two hours**. Do **not** recommend one brand of formula over another.",
  },
  {
    kind: "rescope",
    previous: "Staff must not give out free formula samples or vouchers.",
    next: "Staff must not give out free formula samples or vouchers. Supermarket formula vouchers can be handed to families who ask for them.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "Peer supporters must:\n- complete the 12-week training course;\n- attend supervision once a month;\n- pass on any safeguarding concern to a team member the same day.",
    next: "Peer supporters must complete the 12-week training course, attend supervision once a month and pass on any safeguarding concern to a team member the same day.",
  },
  {
    kind: "roles",
    previous: "The parent decides how the baby is fed, and the team supports that decision.",
    next: "The team decides how the baby is fed, and the parent supports that decision.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Hospital-grade breast pumps may only be lent to parents whose baby is in the neonatal unit.",
    next: "A hospital-grade breast pump goes on loan only to parents with a baby in the neonatal unit.",
  },
  {
    kind: "scope",
    previous: "All babies discharged within 24 hours of birth get a feeding check call the next day.",
    next: "All first babies discharged within 24 hours of birth get a feeding check call the next day.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Staff must never tell a parent that their milk supply is too low without first watching a full feed.",
    next: "Before telling a parent their supply is too low, staff always watch a full feed.",
  },

  // ironing service
  {
    kind: "entity",
    previous: "Silk and wool items are pressed on the low setting with a pressing cloth.",
    next: "Silk and linen items are pressed on the low setting with a pressing cloth.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "Prices are per item for shirts, per kilogram for mixed bags and per piece for bedding.",
    next: "Prices are per piece for bedding, per item for shirts and per kilogram for mixed bags.",
  },
  {
    kind: "reference",
    previous: "Damaged items are compensated according to the price table in clause 9 of our terms.",
    next: "Damaged items are compensated according to the price table in clause 6 of our terms.",
  },
  {
    kind: "tone",
    tone: "friendly",
    previous: "You are the customer messaging assistant for Crease Free, a collect-and-deliver ironing service in Reading. Keep replies friendly and thank customers for their patience if a delivery is late. If a customer reports a scorch mark, apologise and arrange collection of the item for inspection.",
    next: "You are the customer messaging assistant for Crease Free, a collect-and-deliver ironing service in Reading. Keep replies short and remind customers that deliveries run late when they book at busy times. If a customer reports a scorch mark, ask whether they are sure it was not there already, and arrange collection of the item for inspection.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "We can't accept leather or suede, and we don't iron school uniforms with iron-on badges.",
    next: "We cannot accept leather or suede, and we do not iron school uniforms with iron-on badges.",
  },
  {
    kind: "condition",
    previous: "Items with a care label saying 'do not iron' are returned unpressed, unless the customer has signed a waiver.",
    next: "Items with a care label saying 'do not iron' are returned unpressed, unless the customer has asked for them to be pressed.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "You are the bookings assistant for Crease Free in Reading. Collections run on Mondays and Thursdays between 07:00 and 09:00. Ironing is returned within 48 hours of collection. Customers must be in, or leave the bag in a safe place they name. The minimum order is £15.",
    next: "You are the bookings assistant for Crease Free in Reading. Collections run on Mondays and Thursdays between 07:00 and 09:00, and ironing is returned within 48 hours of collection. Customers must be in, or leave the bag in a safe place they name. The minimum order is £15.",
  },
  {
    kind: "conjunct",
    previous: "Before ironing, each item is checked for stains, missing buttons and pens left in pockets.",
    next: "Before ironing, each item is checked for stains and pens left in pockets.",
  },
  {
    kind: "drift",
    previous: "Any item found with a stain is set aside, and the customer is asked whether they want it washed first.",
    next: "Any item found with a stain is set aside and washed before ironing.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Staff must never iron over zips or plastic buttons.",
    next: "Zips and plastic buttons are always kept out from under the iron.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "No bag leaves the shop without a printed item count.",
    next: "Every bag that goes out carries a printed item count.",
  },

  // jam and preserves maker
  {
    kind: "modal",
    previous: "Every batch must be labelled with its batch number and best-before date.",
    next: "Every batch may be labelled with its batch number and best-before date.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Opened jars in the kitchen are thrown away after four weeks.",
    next: "Opened jars in the kitchen are thrown away after two weeks.",
  },
  {
    kind: "negation",
    previous: "Refilled or reused jars are not accepted from customers for filling.",
    next: "Refilled or reused jars are accepted from customers for filling.",
  },
  {
    kind: "number",
    previous: "Anything labelled as jam must have a total sugar content of at least 60%.",
    next: "Anything labelled as jam must have a total sugar content of at least 50%.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "You are the farm shop assistant for Bramble Hill Preserves in Herefordshire. Every jam is made in small batches of no more than 2.5 kg of fruit. Staff answer allergy questions only from the printed allergen sheet.",
    next: "You are the farm shop assistant for Bramble Hill Preserves in Herefordshire. Every jam is made in small batches of no more than 2,500 grams of fruit. Staff answer allergy questions only from the printed allergen sheet.",
  },
  {
    kind: "obligation",
    previous: "You are the wholesale orders assistant for Bramble Hill Preserves, a small jam maker in Herefordshire. Trade customers order by the case of 12 jars, with a minimum of 4 cases. Each order must come with the allergen sheet for every product in it. Deliveries within 30 miles are made on Thursdays.",
    next: "You are the wholesale orders assistant for Bramble Hill Preserves, a small jam maker in Herefordshire. Trade customers order by the case of 12 jars, with a minimum of 4 cases. The allergen sheet for each product can be sent with an order on request. Deliveries within 30 miles are made on Thursdays.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "We list every ingredient on the label, including the pectin.",
    next: "Every ingredient, including the pectin, is listed on the label.",
  },
  {
    kind: "order",
    previous: "The pan is washed and checked for nut traces before any nut-free batch is made.",
    next: "The pan is washed and checked for nut traces after each nut-free batch is made.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Hair must be tied back and covered in the kitchen.",
    next: "Nobody works in the kitchen with their hair loose or uncovered.",
  },
  {
    kind: "requirement",
    previous: "Each batch has a sample jar kept back for six months. The sample is checked for mould at three months, and the result is written in the batch log.",
    next: "Each batch has a sample jar kept back for six months.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Jam that has not reached setting point must not be jarred.",
    next: "Only jam that has reached setting point goes into jars.",
  },

  // kitchen equipment hire
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Portable appliance testing is done before each hire, and the results are kept for at least twelve months.",
    next: "PAT testing is done before each hire, and the results are kept for at least 12 months.",
  },
  {
    kind: "rescope",
    previous: "Gas appliances are not hired out without a current gas safety certificate.",
    next: "Gas appliances are not hired out without a current gas safety certificate. Barbecues on short weekend hires can go out without one.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Customers must not move a fryer while the oil is hot.",
    next: "Customers must NOT move a fryer while the oil is hot.",
  },
  {
    kind: "roles",
    previous: "Our engineer connects gas equipment on site, and the customer signs to confirm the handover.",
    next: "The customer connects gas equipment on site, and our engineer signs to confirm the handover.",
  },
  {
    kind: "scope",
    previous: "Every electrical item is checked before each hire, not just once a year.",
    next: "Every electrical item worth over £500 is checked before each hire, not just once a year.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "You are the returns assistant for Catering Kit Hire in Nottingham. Items must come back:\n- cleaned;\n- with all parts and manuals;\n- by 10:00 on the return date. A cleaning charge of £40 is made for any item returned dirty. Late returns are charged at the daily rate.",
    next: "You are the returns assistant for Catering Kit Hire in Nottingham. Items must come back cleaned, with all parts and manuals, by 10:00 on the return date. A cleaning charge of £40 is made for any item returned dirty. Late returns are charged at the daily rate.",
  },
  {
    kind: "entity",
    previous: "Customers must return fryers with the oil drained.",
    next: "Customers must return fryers with the filters removed.",
  },
  {
    kind: "reference",
    previous: "You are the hire desk assistant for Catering Kit Hire in Nottingham. Equipment is hired by the day, with weekend rates from Friday noon to Monday noon. A deposit of 20% is taken when the booking is made. Damage is charged as set out in schedule 2 of the hire agreement. Tell every customer that gas equipment must be used outdoors or in a ventilated kitchen.",
    next: "You are the hire desk assistant for Catering Kit Hire in Nottingham. Equipment is hired by the day, with weekend rates from Friday noon to Monday noon. A deposit of 20% is taken when the booking is made. Damage is charged as set out in schedule 3 of the hire agreement. Tell every customer that gas equipment must be used outdoors or in a ventilated kitchen.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Deliveries are not made before 07:00.",
    next: "The earliest we deliver is 07:00.",
  },
  {
    kind: "tone",
    tone: "helpful and upbeat",
    previous: "If equipment breaks down during an event, apologise, tell the customer help is on the way and send an engineer or a replacement within three hours.",
    next: "If equipment breaks down during an event, tell the customer that breakdowns are usually caused by misuse and send an engineer or a replacement within three hours.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Customers who have not paid the deposit may not collect equipment.",
    next: "Equipment is released only to customers whose deposit has been paid.",
  },

  // lawnmower repair shop
  {
    kind: "condition",
    previous: "Mowers are drained of fuel before they go on the workbench, whatever the repair.",
    next: "Mowers are drained of fuel before they go on the workbench if the repair involves the engine.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "Before a machine is returned, the mechanic checks the blade brake, the throttle and the grass box catch.",
    next: "Before a machine is returned, the mechanic checks the grass box catch, the blade brake and the throttle.",
  },
  {
    kind: "conjunct",
    previous: "A full service includes an oil change, a new spark plug, blade sharpening and an air filter clean.",
    next: "A full service includes an oil change, a new spark plug and blade sharpening.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "We don't repair mowers more than 20 years old, and we can't source parts for brands that have closed down.",
    next: "We do not repair mowers more than 20 years old, and we cannot source parts for brands that have closed down.",
  },
  {
    kind: "drift",
    previous: "You are the booking assistant for Greenacre Mower Repairs in Ipswich. Tell customers that machines not collected within 60 days of our repair notice may be sold to cover the bill. Quote only from the current price list.",
    next: "You are the booking assistant for Greenacre Mower Repairs in Ipswich. Tell customers that machines not collected within 60 days of our repair notice are charged a daily storage fee. Quote only from the current price list.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "You are the customer updates assistant for Greenacre Mower Repairs in Ipswich. Spring is our busiest season, so repairs can take up to three weeks between March and May. Customers are phoned when the machine is ready. Collection is from the workshop on weekdays, 08:30 to 17:00. We offer delivery within 10 miles for £15.",
    next: "You are the customer updates assistant for Greenacre Mower Repairs in Ipswich. Spring is our busiest season, so repairs can take up to three weeks between March and May. Customers are phoned when the machine is ready, and collection is from the workshop on weekdays, 08:30 to 17:00. We offer delivery within 10 miles for £15.",
  },
  {
    kind: "modal",
    previous: "Blades must be balanced after sharpening.",
    next: "Blades should be balanced after sharpening where possible.",
  },
  {
    kind: "negation",
    previous: "Ride-on mowers are not test-driven on the public road.",
    next: "Ride-on mowers are test-driven on the public road.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Petrol must be stored only in the locked metal cabinet.",
    next: "The locked metal cabinet is the one place petrol may be kept.",
  },
  {
    kind: "number",
    previous: "Customers are phoned with a quote, and no work over £60 is done without their approval.",
    next: "Customers are phoned with a quote, and no work over £150 is done without their approval.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "A machine that fails its safety check must not be handed back until the customer has been told about the fault in writing.",
    next: "Customers get back a machine that failed its safety check only after the fault has been explained to them in writing.",
  },

  // live music venue
  {
    kind: "obligation",
    previous: "You are the box office assistant for The Foundry, a 400-capacity live music venue in Sheffield. Under-16s must be accompanied by an adult over 18 at all shows. You must tell every customer buying a standing ticket that the venue has no seating. Tickets are non-refundable unless the show is cancelled.",
    next: "You are the box office assistant for The Foundry, a 400-capacity live music venue in Sheffield. Under-16s must be accompanied by an adult over 18 at all shows. You can mention to customers buying a standing ticket that the venue has no seating, if it comes up. Tickets are non-refundable unless the show is cancelled.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "You are the accessibility assistant for The Foundry in Sheffield. The viewing platform holds 12 wheelchair users and one companion each. Bookings for the platform must be made at least 48 hours before the show.",
    next: "You are the accessibility assistant for The Foundry in Sheffield. The viewing platform holds 12 wheelchair users and one companion each. Bookings for the platform must be made at least two days before the show.",
  },
  {
    kind: "order",
    previous: "You are the artist liaison assistant for The Foundry in Sheffield. Load-in is through the rear doors on Mill Lane from 14:00. Bands must finish their soundcheck before the doors open at 19:00. The curfew is 23:00, and overrunning costs the promoter £200 per 15 minutes. Backstage passes are handed out only by the tour manager.",
    next: "You are the artist liaison assistant for The Foundry in Sheffield. Load-in is through the rear doors on Mill Lane from 14:00. The doors open at 19:00, and bands finish their soundcheck after that. The curfew is 23:00, and overrunning costs the promoter £200 per 15 minutes. Backstage passes are handed out only by the tour manager.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Sound levels at the mixing desk must not exceed 102 dB over any 15-minute period.",
    next: "Sound levels at the mixing desk must not exceed 99 dB over any 15-minute period.",
  },
  {
    kind: "requirement",
    previous: "Before doors open, the duty manager walks every fire exit route. Any blocked exit is cleared and recorded in the fire log.",
    next: "Before doors open, the duty manager walks every fire exit route.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "You are the lost property assistant for The Foundry in Sheffield. Door staff hand all found items to the duty manager at the end of the night. We keep items for 30 days. We hand items over only to people who can describe them or show ID matching a name inside.",
    next: "You are the lost property assistant for The Foundry in Sheffield. All found items are handed to the duty manager by door staff at the end of the night. Items are kept for 30 days. Items are handed over only to people who can describe them or show ID matching a name inside.",
  },
  {
    kind: "rescope",
    previous: "Glass is not allowed in the standing area.",
    next: "Glass is not allowed in the standing area. Glass bottles bought at the bar may be taken in.",
  },
  {
    kind: "roles",
    previous: "Security staff search bags at the door, and the duty manager decides whether to refuse entry.",
    next: "The duty manager searches bags at the door, and security staff decide whether to refuse entry.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Nobody may be admitted once the venue has reached 400.",
    next: "Entry stops as soon as 400 people are inside.",
  },
  {
    kind: "scope",
    previous: "Free earplugs are offered at the bar to everyone attending.",
    next: "Free earplugs are offered at the bar to anyone under 18.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Staff must not drink alcohol before or during their shift.",
    next: "Staff keep off alcohol both before their shift and for the whole of it.",
  },
];
