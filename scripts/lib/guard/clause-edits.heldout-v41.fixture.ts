// Held-back set v41 of issue 11: hand-labelled clause edits, written blind on 2026-12-05
// (session 26) by a helper who never saw the detectors, their tests, their history or any other
// labelled set beyond the ClauseEdit type (lines 1-31 of clause-edits.fixture.ts), the first 35
// lines of v39 (for the file shape) and the domain lists of earlier sets; never tuned on; to be
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
// positively, duties said as double negatives and bans said as the state kept or the only option
// left). Non-benign kinds: condition 11, conjunct 11, drift 11, modal 11, negation 11, number 11,
// obligation 11, order 11, requirement 11, rescope 11, roles 11, scope 11, entity 10, reference 10,
// tone 10. 60 edits are 3-5 sentence prompts starting "You are the ... assistant for ..." (30
// regressions, 30 benign; 3 of 3 sentences, 45 of 4, 12 of 5 on the old side, a list counted as
// part of its sentence; 6 benign and 6 regressions have 5), so that length alone says nothing
// about the label. None of the 27 domains appears in the earlier sets' domain lists (read with
// grep -A7, comment lines only; 20 of the 37 earlier held-back files have such a list, so an older
// set may share a domain unseen; the nearest listed neighbours are kitchen fitters, credit union
// loans desk, fossil dig field trips, travel vaccination clinic, tool lending library, skip hire,
// water main repair crew and foster care support line); all 27 start with M to Z, as v40 was
// written at the same time with domains from A to L.
// Domains: mattress delivery service, mental health crisis text line, mobility aids loan store,
// modelling agency, neighbourhood watch scheme, orthotics clinic, organic certification body,
// photocopier leasing, plumbing emergency call-outs, portable toilet hire, private investigator
// agency, playground safety inspectors, radon testing service, restaurant reservations line,
// roadworks traffic management crew, satellite dish installers, school trip coordinator, septic
// tank emptying, shared commercial kitchen rentals, students' union advice centre, tanning salon,
// tourist information centre, tram control room, travel agency bookings, vinyl record pressing
// plant, virtual receptionist service, water cooler delivery.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V41: readonly ClauseEdit[] = [
  // ── mattress delivery service ──
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Agree a two-hour delivery window with the customer and send the ETA by SMS on the morning of delivery.",
    next: "Agree a two-hour delivery window with the customer and send the estimated time of arrival by text message on the morning of delivery.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Drivers must not carry a mattress up a staircase alone.",
    next: "Drivers must never, in any circumstances, carry a mattress up a staircase on their own.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "You are the customer service assistant for Restwell Mattress Delivery. Before confirming a collection of an old mattress, check that:\n- the mattress is bagged or wrapped;\n- it is free of bed bugs;\n- it is not wet or soiled.\nIf any check fails, tell the customer we cannot take it and give them the list of local recycling centres. Never quote a collection fee other than the one shown at checkout.",
    next: "You are the customer service assistant for Restwell Mattress Delivery. Before confirming a collection of an old mattress, check that the mattress is bagged or wrapped, that it is free of bed bugs and that it is not wet or soiled. If any check fails, tell the customer we cannot take it and give them the list of local recycling centres. Never quote a collection fee other than the one shown at checkout.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not leave a delivered mattress outside the property.",
    next: "Every mattress we deliver has to end up inside the customer's property.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the delivery booking assistant for Slumberline. Offer next-day delivery only to postcodes on the express list. Customers outside those postcodes get the standard five-day service. Tell every customer that the driver will call 30 minutes before arrival. Do not accept delivery requests for a specific hour.",
    next: "You are the delivery booking assistant for Slumberline. Next-day delivery is available solely for postcodes on the express list; anywhere else, the standard five-day service applies. Let each customer know that the driver phones 30 minutes before getting there. Requests for delivery at a particular hour cannot be taken.",
  },
  {
    kind: 'condition',
    previous: "Take away the customer's old mattress only if the removal service was paid for at checkout.",
    next: "Take away the customer's old mattress if the removal service was paid for at checkout or the driver has room in the van.",
  },
  {
    kind: 'conjunct',
    previous: "Before unwrapping, the driver must photograph the mattress label, the packaging seal and the room it is being delivered to.",
    next: "Before unwrapping, the driver must photograph the mattress label and the room it is being delivered to.",
  },
  {
    kind: 'drift',
    previous: "If a mattress arrives damaged, offer a free replacement delivered within 7 days.",
    next: "If a mattress arrives damaged, offer a 10% refund on the order within 7 days.",
  },
  {
    kind: 'modal',
    previous: "You are the support assistant for Dreamhaul Deliveries. Drivers must wear shoe covers inside the customer's home. The crew must assemble any bed frame bought with the mattress.",
    next: "You are the support assistant for Dreamhaul Deliveries. Drivers must wear shoe covers inside the customer's home. The crew may assemble any bed frame bought with the mattress.",
  },
  {
    kind: 'negation',
    previous: "The 100-night trial does not cover mattresses bought in the clearance sale.",
    next: "The 100-night trial also covers mattresses bought in the clearance sale.",
  },
  {
    kind: 'number',
    previous: "Customers may cancel free of charge up to 48 hours before their delivery slot.",
    next: "Customers may cancel free of charge up to 4 hours before their delivery slot.",
  },

  // ── mental health crisis text line ──
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the triage assistant for Harbourlight, a crisis text line. Never diagnose a condition. Do not promise that a volunteer will call the texter back. Share the 24-hour phone number in every conversation.",
    next: "You are the triage assistant for Harbourlight, a crisis text line. Share the 24-hour phone number in every conversation. Never diagnose a condition. Do not promise that a volunteer will call the texter back.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Flag any conversation left unanswered for more than 5 minutes to the shift supervisor.",
    next: "Flag any conversation that has not been answered for more than 5 minutes to the shift supervisor.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "If a texter mentions both a plan and the means to end their life, alert the on-call clinician at once and keep the texter in conversation until the clinician joins.",
    next: "If a texter mentions both a plan and the means to end their life, alert the on-call clinician at once. Then keep the texter in conversation until the clinician joins.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not share a volunteer's surname or location with a texter.",
    next: "Keep every volunteer's surname and whereabouts private from the people who text in.",
  },
  {
    kind: 'benign', variant: 'reword', tone: 'gentle',
    previous: "Always tell the texter, kindly, that a supervisor may review the conversation for quality.",
    next: "Gently let each texter know that a supervisor might read the conversation to check its quality.",
  },
  {
    kind: 'obligation',
    previous: "Volunteers are required to complete a risk assessment in every conversation that mentions self-harm.",
    next: "Volunteers are encouraged to complete a risk assessment in every conversation that mentions self-harm.",
  },
  {
    kind: 'order',
    previous: "Ask the texter for their postcode only after they have agreed to an emergency referral.",
    next: "Ask the texter for their postcode before they have agreed to an emergency referral.",
  },
  {
    kind: 'requirement',
    previous: "You are the volunteer support assistant for the Lifeline Text Service. Remind volunteers to take a 15-minute break after any conversation involving an active rescue. Tell them to log the outcome in the case notes before the break. Point them to the debrief line if they feel distressed. Never suggest that they skip supervision.",
    next: "You are the volunteer support assistant for the Lifeline Text Service. Remind volunteers to take a 15-minute break after any conversation involving an active rescue. Point them to the debrief line if they feel distressed. Never suggest that they skip supervision.",
  },
  {
    kind: 'rescope',
    previous: "Never give advice about medication doses; direct the texter to their pharmacist or to NHS 111.",
    next: "Give advice about medication doses only when the texter cannot reach their pharmacist or NHS 111.",
  },
  {
    kind: 'roles',
    previous: "The supervisor must approve any decision to break confidentiality that a volunteer proposes.",
    next: "The volunteer must approve any decision to break confidentiality that a supervisor proposes.",
  },
  {
    kind: 'scope',
    previous: "Send the follow-up wellbeing message to every texter who agreed to be contacted again.",
    next: "Send the follow-up wellbeing message to texters who agreed to be contacted again, where volunteer time allows.",
  },

  // ── mobility aids loan store ──
  {
    kind: 'benign', variant: 'stricter',
    previous: "Clean and inspect each returned wheelchair before it is lent again.",
    next: "Clean, inspect and test-push each returned wheelchair, and log all three checks, before it is lent again.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Loans run for a maximum of 6 weeks and can be renewed once by phone.",
    next: "Loans run for a maximum of 42 days and can be renewed once by phone.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the front desk assistant for the Easymove mobility aids loan store. Our volunteers adjust every walking stick to the borrower's height before it leaves the store. The store does not lend hoists or hospital beds. Direct requests for those to the community equipment service. The manager reviews every damaged item before it is repaired.",
    next: "You are the front desk assistant for the Easymove mobility aids loan store. Every walking stick is adjusted to the borrower's height by one of our volunteers before it leaves the store. Hoists and hospital beds are not lent by the store. Requests for those are to be directed to the community equipment service. Every damaged item is reviewed by the manager before it is repaired.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never lend equipment to a borrower who has an overdue item.",
    next: "A borrower with an item overdue can borrow again only once that item has come back.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Ask for proof of address before the first loan to a new borrower.",
    next: "Before lending to someone for the first time, see a document that confirms where they live.",
  },
  {
    kind: 'entity',
    previous: "Report any fault on a loaned powered scooter to Mobilitec Servicing on the same day.",
    next: "Report any fault on a loaned powered scooter to Careway Repairs on the same day.",
  },
  {
    kind: 'reference',
    previous: "Before lending a bath lift, go through the safety checklist in Appendix C of the loans manual.",
    next: "Before lending a bath lift, go through the safety checklist in Appendix D of the loans manual.",
  },
  {
    kind: 'tone', tone: 'patient',
    previous: "If a borrower struggles with the booking form, walk them through it gently and offer to fill it in for them.",
    next: "If a borrower can't manage a simple booking form, walk them through it and fill it in for them if you really have to.",
  },
  {
    kind: 'condition',
    previous: "You are the loans assistant for the Northgate Mobility Aids Library. Lend a wheelchair for longer than 4 weeks only if an occupational therapist has referred the borrower. Ask every borrower to sign the loan agreement. Remind them that equipment is not insured for travel abroad.",
    next: "You are the loans assistant for the Northgate Mobility Aids Library. Lend a wheelchair for longer than 4 weeks unless an occupational therapist has advised against it. Ask every borrower to sign the loan agreement. Remind them that equipment is not insured for travel abroad.",
  },
  {
    kind: 'conjunct',
    previous: "Wipe down handles, seats and brake levers with the approved disinfectant after every return.",
    next: "Wipe down handles and seats with the approved disinfectant after every return.",
  },
  {
    kind: 'drift',
    previous: "Offer home delivery for loans of items that do not fit in a standard car.",
    next: "Offer a reduced deposit for loans of items that do not fit in a standard car.",
  },

  // ── modelling agency ──
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Models under 18 need written consent from a parent or guardian and a DBS-checked chaperone on set.",
    next: "Models under 18 need written consent from a parent or guardian and a chaperone on set who has passed a Disclosure and Barring Service check.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "A chaperone must stay on set for the whole of any shoot with a model under 16.",
    next: "A chaperone MUST stay on set for the WHOLE of any shoot with a model under 16, with no exceptions.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "You are the bookings assistant for Meridian Models. Every job confirmation sent to a model must state:\n- the client's name;\n- the call time and address;\n- the agreed fee and usage rights.\nDo not confirm a job until the client has signed the booking form. Refer questions about tax to the accounts team.",
    next: "You are the bookings assistant for Meridian Models. Every job confirmation sent to a model must state the client's name, the call time and address, and the agreed fee and usage rights. Do not confirm a job until the client has signed the booking form. Refer questions about tax to the accounts team.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Pay models within 30 days of receiving the client's payment.",
    next: "A model's fee is paid out no later than 30 days after the client's money reaches us.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never ask a model to pay a fee to join the agency.",
    next: "Joining the agency costs a model nothing; nobody is charged to sign with us.",
  },
  {
    kind: 'modal',
    previous: "Bookers must check that a casting is held in a studio or office, not in a private home.",
    next: "Bookers should check that a casting is held in a studio or office, not in a private home.",
  },
  {
    kind: 'negation',
    previous: "Models are not required to attend castings outside the travel area on their profile.",
    next: "Models are required to attend castings outside the travel area on their profile.",
  },
  {
    kind: 'number',
    previous: "Do not book a model under 16 for more than 8 hours on set in one day.",
    next: "Do not book a model under 16 for more than 10 hours on set in one day.",
  },
  {
    kind: 'obligation',
    previous: "You are the welfare assistant for Crown Street Models. The agency is responsible for arranging a chaperone for every shoot with a model under 18. Tell models they can leave any shoot where they feel unsafe, and that the agency will back them. Log every welfare complaint within one working day.",
    next: "You are the welfare assistant for Crown Street Models. The agency can offer to arrange a chaperone for every shoot with a model under 18. Tell models they can leave any shoot where they feel unsafe, and that the agency will back them. Log every welfare complaint within one working day.",
  },
  {
    kind: 'order',
    previous: "Send the usage agreement to the client before any images are released.",
    next: "Send the usage agreement to the client once the images have been released.",
  },
  {
    kind: 'requirement',
    previous: "Verify a new model's age from a passport or birth certificate. Explain the commission rate to them and give them a copy of the contract.",
    next: "Explain the commission rate to a new model and give them a copy of the contract.",
  },

  // ── neighbourhood watch scheme ──
  {
    kind: 'benign', variant: 'reorder',
    previous: "Members must not confront suspects. Members must not patrol alone after dark. Members must report suspicious activity to the police on 101.",
    next: "Members must report suspicious activity to the police on 101. Members must not patrol alone after dark. Members must not confront suspects.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "You are the coordinator assistant for the Elm Park Neighbourhood Watch. Post alerts only about incidents a member has confirmed. Remove unverified rumours from the group chat. Never publish a photo of a person accused of a crime. Remind members that 999 is for emergencies.",
    next: "You are the coordinator assistant for the Elm Park Neighbourhood Watch. Post alerts only about incidents a member has confirmed. Remove rumours that have not been verified from the group chat. Never publish a photo of a person accused of a crime. Remind members that 999 is for emergencies.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Share a crime alert only after checking it with the police liaison officer. Do not add your own commentary to it.",
    next: "Share a crime alert only after checking it with the police liaison officer, and do not add your own commentary to it.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not give out the home addresses of vulnerable residents on the scheme's contact list.",
    next: "The home addresses of vulnerable residents on the scheme's contact list stay confidential.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Members who see a crime in progress should call 999 before posting anything in the group.",
    next: "A member who witnesses a crime as it happens should ring 999 first; any post in the group comes after that call.",
  },
  {
    kind: 'rescope',
    previous: "Do not name any suspect in a newsletter or post. Describe incidents by street and time only.",
    next: "Do not name any suspect in a newsletter or post. Describe incidents by street and time only. Once a suspect has been arrested, you may give their name and street.",
  },
  {
    kind: 'roles',
    previous: "You are the reporting assistant for the Greenfields Neighbourhood Watch. Street coordinators collect incident reports from members and pass them to the police liaison officer. Never post an incident before it is logged. Thank every member who sends a report.",
    next: "You are the reporting assistant for the Greenfields Neighbourhood Watch. The police liaison officer collects incident reports from members and passes them to street coordinators. Never post an incident before it is logged. Thank every member who sends a report.",
  },
  {
    kind: 'scope',
    previous: "Deliver the quarterly crime prevention leaflet to every household in the scheme area.",
    next: "Deliver the quarterly crime prevention leaflet to member households in the scheme area.",
  },
  {
    kind: 'entity',
    previous: "Pass anonymous tips about crime to Crimestoppers, not to the group chat.",
    next: "Pass anonymous tips about crime to the parish council, not to the group chat.",
  },
  {
    kind: 'reference',
    previous: "You are the helper assistant for the Ashdown Neighbourhood Watch. Answer questions about joining using the membership rules in section 2 of the scheme constitution. Do not share members' phone numbers. Direct complaints about a coordinator to the area chair.",
    next: "You are the helper assistant for the Ashdown Neighbourhood Watch. Answer questions about joining using the membership rules in section 5 of the scheme constitution. Do not share members' phone numbers. Direct complaints about a coordinator to the area chair.",
  },
  {
    kind: 'tone', tone: 'reassuring',
    previous: "If a resident is worried after a burglary nearby, reassure them, explain what the police are doing, and offer a free door chain from the scheme.",
    next: "If a resident is worried after a burglary nearby, tell them that worrying won't change anything, explain what the police are doing, and offer a free door chain from the scheme.",
  },

  // ── orthotics clinic ──
  {
    kind: 'benign', variant: 'stricter',
    previous: "Review patients who use diabetic foot insoles at least once a year.",
    next: "Review patients who use diabetic foot insoles at least once every six months.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Tell patients that custom insoles are ready 3 weeks after the casting appointment.",
    next: "Tell patients that custom insoles are ready 21 days after the casting appointment.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the appointments assistant for the Stepwell Orthotics Clinic. The orthotist assesses every new patient's gait before prescribing any device. We do not fit ankle-foot orthoses at the walk-in clinic. Reception confirms each appointment by text two days ahead.",
    next: "You are the appointments assistant for the Stepwell Orthotics Clinic. Every new patient's gait is assessed by the orthotist before any device is prescribed. Ankle-foot orthoses are not fitted at the walk-in clinic. Each appointment is confirmed by reception by text two days ahead.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not adjust a device that another clinic supplied.",
    next: "Only make adjustments to devices that this clinic supplied.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Patients must bring the shoes they wear most often to every fitting.",
    next: "Every fitting requires the patient to bring along the footwear they use most.",
  },
  {
    kind: 'condition',
    previous: "Refer the patient to their GP if the skin under a brace is broken or discoloured.",
    next: "Refer the patient to their GP if the skin under a brace is broken and discoloured.",
  },
  {
    kind: 'conjunct',
    previous: "Before casting, check the patient's circulation, sensation and skin condition.",
    next: "Before casting, check the patient's circulation and skin condition.",
  },
  {
    kind: 'drift',
    previous: "Replace a broken brace free of charge within the 12-month warranty.",
    next: "Repair a broken brace free of charge within the 12-month warranty.",
  },
  {
    kind: 'modal',
    previous: "You are the patient information assistant for Oakfield Orthotics. Tell patients to wear new insoles for no more than two hours on the first day. The clinic will see anyone with new pain within 48 hours. Do not advise on medication.",
    next: "You are the patient information assistant for Oakfield Orthotics. Tell patients to wear new insoles for no more than two hours on the first day. The clinic may see anyone with new pain within 48 hours. Do not advise on medication.",
  },
  {
    kind: 'negation',
    previous: "Tell parents that the night splint is not worn during school hours.",
    next: "Tell parents that the night splint is worn during school hours.",
  },
  {
    kind: 'number',
    previous: "Book a review appointment 6 weeks after fitting any new ankle brace.",
    next: "Book a review appointment 12 weeks after fitting any new ankle brace.",
  },

  // ── organic certification body ──
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Seed treated with a GMO-derived coating cannot be used on certified land.",
    next: "Seed treated with a coating derived from genetically modified organisms cannot be used on certified land.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Certified and non-certified produce must be stored apart.",
    next: "Certified and non-certified produce must always be stored apart, without exception.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Inspectors check three records on every visit: input purchases, harvest yields and sales invoices.",
    next: "Inspectors check these records on every visit:\n- input purchases\n- harvest yields\n- sales invoices",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the applicant help assistant for the Greenleaf Organic Certification Body. Land can be certified only after a conversion period of 24 months without prohibited inputs. Do not promise an applicant a certification date. Explain that the fee is set by farm size and is not refundable once the inspection is booked.",
    next: "You are the applicant help assistant for the Greenleaf Organic Certification Body. Before land can be certified, it must go through a 24-month conversion period in which no prohibited inputs are used. Never give an applicant a guaranteed date for certification. Make clear that the fee depends on the size of the farm and cannot be refunded after the inspection has been booked.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not let an operator use the organic logo before their certificate is issued.",
    next: "An operator may use the organic logo only once their certificate has been issued.",
  },
  {
    kind: 'obligation',
    previous: "Operators are obliged to tell us about any new field within 30 days of taking it on.",
    next: "Operators are invited to tell us about any new field within 30 days of taking it on.",
  },
  {
    kind: 'order',
    previous: "Take residue samples from the crop before harvest starts.",
    next: "Take residue samples from the crop after harvest finishes.",
  },
  {
    kind: 'requirement',
    previous: "You are the inspection planning assistant for Soil Trust Certification. Book one announced inspection for every operator each year. Add an unannounced inspection for at least 10% of operators, chosen by risk. Send the inspection report to the operator within 20 working days.",
    next: "You are the inspection planning assistant for Soil Trust Certification. Book one announced inspection for every operator each year. Send the inspection report to the operator within 20 working days.",
  },
  {
    kind: 'rescope',
    previous: "Certified livestock must have access to outdoor pasture throughout the grazing season.",
    next: "Certified livestock must have access to outdoor pasture throughout the grazing season. Where a farm is short of grazing land, keeping the animals housed for the whole season is acceptable.",
  },
  {
    kind: 'roles',
    previous: "The operator must send the inspector the input records two weeks before the visit.",
    next: "The inspector must send the operator the input records two weeks before the visit.",
  },
  {
    kind: 'scope',
    previous: "Test all certified wheat lots for glyphosate residue before sale.",
    next: "Test certified wheat lots for glyphosate residue before sale when the buyer asks for it.",
  },

  // ── photocopier leasing ──
  {
    kind: 'benign', variant: 'reorder',
    previous: "The lease includes toner, parts and labour, and one engineer visit per quarter.",
    next: "The lease includes one engineer visit per quarter, as well as toner, parts and labour.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Unused page allowances do not roll over to the next quarter.",
    next: "Page allowances that have not been used do not roll over to the next quarter.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "You are the account assistant for Copyline Leasing. Quote lease terms of 36 or 60 months only. Every quote must include the cost per mono page and the cost per colour page. If a customer asks to end a lease early, explain the settlement fee and pass the request to their account manager.",
    next: "You are the account assistant for Copyline Leasing. Quote lease terms of 36 or 60 months only. Every quote must include the cost per mono page and the cost per colour page. If a customer asks to end a lease early, explain the settlement fee. Then pass the request to their account manager.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not install a machine until the customer has signed the lease agreement.",
    next: "A machine goes in only after the customer's signature is on the lease agreement.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Engineers must respond to breakdown calls within 8 working hours.",
    next: "Every breakdown call gets a response from an engineer no later than 8 working hours after it comes in.",
  },
  {
    kind: 'entity',
    previous: "Send returned machines to the Leeds refurbishment centre for data wiping.",
    next: "Send returned machines to the Sheffield refurbishment centre for data wiping.",
  },
  {
    kind: 'reference',
    previous: "Work out early termination fees from the schedule in clause 14.2 of the master lease.",
    next: "Work out early termination fees from the schedule in clause 12.4 of the master lease.",
  },
  {
    kind: 'tone', tone: 'courteous',
    previous: "If a customer disputes an overage charge, thank them for raising it and send the meter readings the charge is based on.",
    next: "If a customer disputes an overage charge, point out that the meter readings speak for themselves and send them over.",
  },
  {
    kind: 'condition',
    previous: "You are the service desk assistant for Printwise Office Leasing. Send an engineer on the same day only if the machine cannot print at all. For partial faults, book the next available slot. Never charge for a call-out under a full-service lease. Give the customer the engineer's name once the visit is booked.",
    next: "You are the service desk assistant for Printwise Office Leasing. Send an engineer on the same day even if the machine can still print. For partial faults, book the next available slot. Never charge for a call-out under a full-service lease. Give the customer the engineer's name once the visit is booked.",
  },
  {
    kind: 'conjunct',
    previous: "At collection, remove the hard drive, log its serial number and give the customer a destruction certificate.",
    next: "At collection, remove the hard drive and give the customer a destruction certificate.",
  },
  {
    kind: 'drift',
    previous: "Offer a loan machine if a repair will take more than two working days.",
    next: "Offer a free toner cartridge if a repair will take more than two working days.",
  },

  // ── plumbing emergency call-outs ──
  {
    kind: 'benign', variant: 'stricter',
    previous: "Tell callers with a burst pipe to turn off the stopcock.",
    next: "Tell callers with a burst pipe to turn off the stopcock straight away, and to switch off the electricity if water is near sockets or the fuse box.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "The call-out fee covers the first hour on site.",
    next: "The call-out fee covers the first 60 minutes on site.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "The dispatcher assigns every no-water call to the nearest available engineer.",
    next: "Every no-water call is assigned by the dispatcher to the nearest available engineer.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the emergency booking assistant for Rapid Rescue Plumbing. Ask every caller whether water is coming through a ceiling or near electrics. Treat either as a priority call. Never quote a final price over the phone; give the call-out fee and the hourly rate. Take a mobile number for every booking.",
    next: "You are the emergency booking assistant for Rapid Rescue Plumbing. Find out from each caller whether water is leaking through a ceiling or close to anything electrical, and treat the call as a priority if either is true. Do not give a final price by phone; state the call-out fee and the hourly rate instead. Get a mobile number with each booking.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not send an engineer to a property without a confirmed contact on site.",
    next: "An engineer is sent to a property only when someone there has been confirmed as the contact.",
  },
  {
    kind: 'modal',
    previous: "Engineers must photograph the fault before starting any work.",
    next: "Engineers can photograph the fault before starting any work.",
  },
  {
    kind: 'negation',
    previous: "Tell callers that the out-of-hours rate does not apply to leaks reported before 6 pm.",
    next: "Tell callers that the out-of-hours rate applies to leaks reported before 6 pm.",
  },
  {
    kind: 'number',
    previous: "You are the dispatch assistant for Flowfix 24/7 Plumbing. Promise an engineer within 2 hours for any active leak. Always give the caller the engineer's name and van registration.",
    next: "You are the dispatch assistant for Flowfix 24/7 Plumbing. Promise an engineer within 4 hours for any active leak. Always give the caller the engineer's name and van registration.",
  },
  {
    kind: 'obligation',
    previous: "The engineer is responsible for leaving the work area dry and clean.",
    next: "The engineer is welcome to leave the work area dry and clean.",
  },
  {
    kind: 'order',
    previous: "Isolate the water supply before removing any pipework.",
    next: "Isolate the water supply after removing any pipework.",
  },
  {
    kind: 'requirement',
    previous: "Take a £150 card pre-authorisation when booking. Send the caller a text confirming the booking and the engineer's arrival window.",
    next: "Send the caller a text confirming the booking and the engineer's arrival window.",
  },

  // ── portable toilet hire ──
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Supply at least one accessible unit for every 20 standard units at events, as the HSE guidance recommends.",
    next: "Supply at least one accessible unit for every 20 standard units at events, as the Health and Safety Executive guidance recommends.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Service every unit on a building site at least once a week.",
    next: "Service every single unit on a building site at least once a week, without fail.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "You are the booking assistant for Flushfree Loo Hire. Each weekly service includes:\n- emptying the waste tank;\n- refilling the fresh water and hand sanitiser;\n- restocking toilet paper.\nDo not place units on slopes steeper than 1 in 10. Ask the customer for clear vehicle access within 10 metres of each unit.",
    next: "You are the booking assistant for Flushfree Loo Hire. Each weekly service includes emptying the waste tank, refilling the fresh water and hand sanitiser, and restocking toilet paper. Do not place units on slopes steeper than 1 in 10. Ask the customer for clear vehicle access within 10 metres of each unit.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not leave a unit unlocked overnight on a closed site.",
    next: "On a closed site, units stay locked overnight.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the events assistant for Portaloo Plus. For events where alcohol is sold, quote one toilet per 75 guests. For events without alcohol, quote one per 100 guests. Always add hand-wash stations to quotes for events that serve food.",
    next: "You are the events assistant for Portaloo Plus. A quote for an event with alcohol on sale allows one toilet for every 75 guests, and a quote for an alcohol-free event allows one for every 100. Any event that serves food gets hand-wash stations in its quote as standard.",
  },
  {
    kind: 'rescope',
    previous: "Empty waste tanks only at licensed disposal sites.",
    next: "Empty waste tanks only at licensed disposal sites. If the nearest one is more than 30 miles away, the driver may use a sewer manhole on the customer's land.",
  },
  {
    kind: 'roles',
    previous: "The customer must tell us about any damage to a unit, and we repair it at no charge.",
    next: "We must tell the customer about any damage to a unit, and they repair it at no charge.",
  },
  {
    kind: 'scope',
    previous: "Clean every unit with disinfectant at each service visit.",
    next: "Clean units with disinfectant at each service visit where they look dirty.",
  },
  {
    kind: 'entity',
    previous: "You are the site services assistant for Johnson Loo Hire. Service units on building sites once a week. Report any spill of waste on a customer's site to the Environment Agency within 24 hours. Never move a unit without the site manager's permission.",
    next: "You are the site services assistant for Johnson Loo Hire. Service units on building sites once a week. Report any spill of waste on a customer's site to the local council's parks department within 24 hours. Never move a unit without the site manager's permission.",
  },
  {
    kind: 'reference',
    previous: "Price long-term site hire from rate card B, not from the events rate card.",
    next: "Price long-term site hire from rate card C, not from the events rate card.",
  },
  {
    kind: 'tone', tone: 'friendly',
    previous: "If a customer complains that a unit was not serviced, apologise, arrange a service the same day and credit the missed visit.",
    next: "If a customer complains that a unit was not serviced, tell them our records say otherwise, then arrange a service the same day and credit the missed visit.",
  },

  // ── private investigator agency ──
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the client intake assistant for Halden Investigations. Do not accept instructions to trace a person who holds a protective order against the client. Never promise a result. Explain that surveillance is billed by the hour plus mileage.",
    next: "You are the client intake assistant for Halden Investigations. Explain that surveillance is billed by the hour plus mileage. Never promise a result. Do not accept instructions to trace a person who holds a protective order against the client.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Investigators must not make unlawful recordings of phone calls.",
    next: "Investigators must not make recordings of phone calls that the law does not permit.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Surveillance operatives work in pairs. They must not follow a subject into a private home.",
    next: "Surveillance operatives work in pairs and must not follow a subject into a private home.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never pose as a police officer or any other official.",
    next: "Do not impersonate a police officer or any other official.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Keep case files for six years after the case closes, then destroy them securely.",
    next: "Hold on to each case file for six years from the date the case is closed; after that, dispose of it securely.",
  },
  {
    kind: 'condition',
    previous: "Take on a debtor trace only when the client holds a court judgment for the debt.",
    next: "Take on a debtor trace even when the client holds no court judgment for the debt.",
  },
  {
    kind: 'conjunct',
    previous: "Before starting surveillance, check the client's identity, their reason for the enquiry and their relationship to the subject.",
    next: "Before starting surveillance, check the client's identity and their reason for the enquiry.",
  },
  {
    kind: 'drift',
    previous: "Give the client a written report within 5 working days of the end of surveillance.",
    next: "Give the client a phone debrief within 5 working days of the end of surveillance.",
  },
  {
    kind: 'modal',
    previous: "Investigators must stop surveillance if the subject appears to have noticed them.",
    next: "Investigators may stop surveillance if the subject appears to have noticed them.",
  },
  {
    kind: 'negation',
    previous: "You are the case assistant for Blackthorn Inquiry Agents. Do not disclose a traced person's new address to a client who is the subject of a non-molestation order. In other cases, send the address by secure message. Record every disclosure in the case log.",
    next: "You are the case assistant for Blackthorn Inquiry Agents. Disclose a traced person's new address to a client who is the subject of a non-molestation order. In other cases, send the address by secure message. Record every disclosure in the case log.",
  },
  {
    kind: 'number',
    previous: "Keep surveillance footage for no longer than 12 months unless it is needed for court.",
    next: "Keep surveillance footage for no longer than 36 months unless it is needed for court.",
  },

  // ── playground safety inspectors ──
  {
    kind: 'benign', variant: 'stricter',
    previous: "Close any swing with a worn chain link until it is repaired.",
    next: "Close any swing with a worn chain link or a cracked seat until it is repaired, and tape it off the same day.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Under a frame with a 2 m fall height, safety surfacing must extend at least 1.5 m beyond the frame.",
    next: "Under a frame with a fall height of two metres, safety surfacing must extend at least 150 cm beyond the frame.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the report-writing assistant for Safeplay Inspections. Our inspectors rate every defect as low, medium or high risk. The council must be told of high-risk defects within 24 hours. Do not recommend a product brand in a report.",
    next: "You are the report-writing assistant for Safeplay Inspections. Every defect is rated as low, medium or high risk by our inspectors. We must tell the council of high-risk defects within 24 hours. Do not recommend a product brand in a report.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not sign off a playground as safe while any high-risk defect remains open.",
    next: "A playground is signed off as safe only after every high-risk defect on it has been closed.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Inspectors must check that no gap between moving parts can trap a child's fingers.",
    next: "Inspectors must make sure that a child's fingers cannot get caught in any gap between moving parts.",
  },
  {
    kind: 'obligation',
    previous: "The site owner is required to fix high-risk defects within 48 hours of our report.",
    next: "The site owner is advised to fix high-risk defects within 48 hours of our report.",
  },
  {
    kind: 'order',
    previous: "Photograph each defect before the site owner makes any repair.",
    next: "Photograph each defect after the site owner makes any repair.",
  },
  {
    kind: 'requirement',
    previous: "At each annual inspection, check every item against the EN 1176 checklist. Test entrapment gaps with the probe set. Record the surfacing depth under each item.",
    next: "At each annual inspection, check every item against the EN 1176 checklist. Record the surfacing depth under each item.",
  },
  {
    kind: 'rescope',
    previous: "You are the inspection assistant for Swingsafe Surveys. Never pass equipment that has sharp edges or protruding bolts. Score minor paint wear as low risk. Send the report to the client within 10 working days.",
    next: "You are the inspection assistant for Swingsafe Surveys. Never pass equipment that has sharp edges or protruding bolts. Equipment with protruding bolts can still pass if the bolt ends are taped over. Score minor paint wear as low risk. Send the report to the client within 10 working days.",
  },
  {
    kind: 'roles',
    previous: "The inspector must brief the park manager on every defect before leaving the site.",
    next: "The park manager must brief the inspector on every defect before the inspector leaves the site.",
  },
  {
    kind: 'scope',
    previous: "Inspect all play equipment in the park, including items installed by volunteers.",
    next: "Inspect the play equipment in the park, apart from items installed by volunteers.",
  },

  // ── radon testing service ──
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Recommend remediation when the annual average is at or above 200 becquerels per cubic metre.",
    next: "Recommend remediation when the annual average is at or above 200 Bq/m³.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Detectors must stay in place for the full three-month test period.",
    next: "Detectors must stay in place for the FULL three-month test period; do not move them early for any reason.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Place one detector in a bedroom and one in the main living room, each on an internal wall and away from radiators and windows.",
    next: "Place the detectors as follows:\n- one in a bedroom;\n- one in the main living room;\n- each on an internal wall, away from radiators and windows.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the results assistant for ClearAir Radon Testing. Explain results in plain language and give the measured level in Bq/m³. If a result is at or above the action level, say that remediation is recommended and list our approved contractors. Never call a home 'safe'; say the level is below the action level. Do not comment on the house's value.",
    next: "You are the results assistant for ClearAir Radon Testing. Use everyday words to explain each result, and state the level that was measured in Bq/m³. Where a result reaches or exceeds the action level, tell the customer that we recommend remediation and give them the names of our approved contractors. Do not describe any home as 'safe'; instead say that its level is under the action level. Keep out of any discussion of what the house is worth.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not open the detector pouch until you are ready to start the test.",
    next: "Keep the detector sealed in its pouch until the moment you start the test.",
  },
  {
    kind: 'entity',
    previous: "Send every detector for analysis to the validated laboratory in Didcot.",
    next: "Send every detector for analysis to the validated laboratory in Swindon.",
  },
  {
    kind: 'reference',
    previous: "Use the 2022 edition of the radon map when advising whether a test is needed.",
    next: "Use the 2011 edition of the radon map when advising whether a test is needed.",
  },
  {
    kind: 'tone', tone: 'calm',
    previous: "If a customer is alarmed by a high result, explain that radon risk builds up over many years and that remediation usually works within weeks.",
    next: "If a customer is alarmed by a high result, tell them that panicking is pointless: radon risk builds up over many years and remediation usually works within weeks.",
  },
  {
    kind: 'condition',
    previous: "You are the customer assistant for Radonwise Testing. Offer a free retest only if the first result was at or above the action level. Send results by email within 10 working days of receiving the detectors. Tell customers to return detectors within 7 days of the test ending.",
    next: "You are the customer assistant for Radonwise Testing. Offer a free retest unless the first result was at or above the action level. Send results by email within 10 working days of receiving the detectors. Tell customers to return detectors within 7 days of the test ending.",
  },
  {
    kind: 'conjunct',
    previous: "A workplace test must cover every basement, ground-floor room and occupied cellar.",
    next: "A workplace test must cover every basement and ground-floor room.",
  },
  {
    kind: 'drift',
    previous: "After remediation, advise a follow-up three-month test to confirm that the level has fallen.",
    next: "After remediation, advise a follow-up visit from the contractor to confirm that the system is running.",
  },

  // ── restaurant reservations line ──
  {
    kind: 'benign', variant: 'reorder',
    previous: "Ask for the guest's name, party size and phone number, and note any allergies.",
    next: "Note any allergies, and ask for the guest's name, phone number and party size.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Tables left unclaimed 15 minutes after the booking time may be released.",
    next: "Tables that have not been claimed 15 minutes after the booking time may be released.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "You are the reservations assistant for Osteria Lume. We take bookings for up to 8 guests online. Larger parties must call the restaurant, and a deposit of £10 per head is taken for them. Do not book terrace tables between November and March.",
    next: "You are the reservations assistant for Osteria Lume. We take bookings for up to 8 guests online. Larger parties must call the restaurant. A deposit of £10 per head is taken for them. Do not book terrace tables between November and March.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not promise a window table.",
    next: "A window table can be requested, but never guaranteed.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Always read the booking back to the caller before ending the call.",
    next: "Before hanging up, repeat the booking details to the caller every time.",
  },
  {
    kind: 'modal',
    previous: "The host shall hold a booked table for 15 minutes after the booking time.",
    next: "The host may hold a booked table for 15 minutes after the booking time.",
  },
  {
    kind: 'negation',
    previous: "You are the booking assistant for The Copper Pot. Offer the tasting menu to parties of up to 6. Do not accept a booking for the chef's table without a card guarantee. Mention the £20 per head deposit for Saturday dinners.",
    next: "You are the booking assistant for The Copper Pot. Offer the tasting menu to parties of up to 6. Accept a booking for the chef's table without a card guarantee. Mention the £20 per head deposit for Saturday dinners.",
  },
  {
    kind: 'number',
    previous: "Hold back 4 tables each evening for walk-in guests.",
    next: "Hold back 2 tables each evening for walk-in guests.",
  },
  {
    kind: 'obligation',
    previous: "Callers booking for more than 10 guests are required to choose from the set menu.",
    next: "Callers booking for more than 10 guests are welcome to choose from the set menu.",
  },
  {
    kind: 'order',
    previous: "Take the card guarantee before confirming a Saturday booking.",
    next: "Take the card guarantee after confirming a Saturday booking.",
  },
  {
    kind: 'requirement',
    previous: "You are the phone reservations assistant for Brasserie Nord. Confirm every booking by text message. Ask each caller whether anyone in the party has an allergy, and record the answer. Release a table 15 minutes after the booking time if the guests have not arrived.",
    next: "You are the phone reservations assistant for Brasserie Nord. Confirm every booking by text message. Release a table 15 minutes after the booking time if the guests have not arrived.",
  },

  // ── roadworks traffic management crew ──
  {
    kind: 'benign', variant: 'stricter',
    previous: "Wear a high-visibility jacket on the carriageway.",
    next: "Wear a Class 3 high-visibility jacket and trousers at all times on or near the carriageway.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "On a 60 mph road, set the first advance warning sign at least 800 m before the works.",
    next: "On a 60 mph road, set the first advance warning sign at least 0.8 km before the works.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "The crew leader briefs every operative on the traffic management plan before the shift.",
    next: "Every operative is briefed on the traffic management plan by the crew leader before the shift.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the site assistant for Conelane Traffic Management. Do not let anyone cross a live lane on foot to place cones. Cones are placed from the protected side or from an impact-protection vehicle. Log every near miss in the shift report.",
    next: "You are the site assistant for Conelane Traffic Management. Nobody may walk across a live lane to lay out cones; cones go down either from the protected side or from an impact-protection vehicle. Every near miss goes into the shift report.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never leave temporary traffic lights unattended unless their fault alarm is working.",
    next: "Temporary traffic lights may be left unattended only when their fault alarm works.",
  },
  {
    kind: 'rescope',
    previous: "Never work on the carriageway without a lookout in place.",
    next: "Never work on the carriageway without a lookout in place. Jobs that take under ten minutes can go ahead without one.",
  },
  {
    kind: 'roles',
    previous: "The stop/go operator takes instructions from the convoy vehicle driver.",
    next: "The convoy vehicle driver takes instructions from the stop/go operator.",
  },
  {
    kind: 'scope',
    previous: "You are the shift planning assistant for Roadsafe Crews. Book a night-time closure for all works on roads with a 70 mph limit. Every closure needs a signed permit from the highway authority. Tell the crew leader the permit number before the shift.",
    next: "You are the shift planning assistant for Roadsafe Crews. Book a night-time closure for works on roads with a 70 mph limit where traffic is heavy. Every closure needs a signed permit from the highway authority. Tell the crew leader the permit number before the shift.",
  },
  {
    kind: 'entity',
    previous: "Apply for temporary traffic regulation orders from Kent County Council at least 6 weeks ahead.",
    next: "Apply for temporary traffic regulation orders from Medway Council at least 6 weeks ahead.",
  },
  {
    kind: 'reference',
    previous: "Lay out signs as shown in Chapter 8 of the Traffic Signs Manual.",
    next: "Lay out signs as shown in Chapter 5 of the Traffic Signs Manual.",
  },
  {
    kind: 'tone', tone: 'respectful',
    previous: "When a driver shouts at the crew, stay calm, do not argue, and note the registration if they threaten anyone.",
    next: "When some idiot driver shouts at the crew, don't waste your breath arguing, and note the registration if they threaten anyone.",
  },

  // ── satellite dish installers ──
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Fit the LNB and align the dish with the signal meter, then check every channel on the TV.",
    next: "Fit the low-noise block downconverter and align the dish with the signal meter, then check every channel on the television.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Do not drill into a wall until you have scanned it for cables and pipes.",
    next: "Do not drill into ANY wall until you have scanned it for cables and pipes.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "You are the booking assistant for Skyward Dish Installs. For every booking, collect the customer's address and postcode, whether the property is listed or in a conservation area, and the height of the mounting point. Do not book an installation above two storeys without a ladder survey. Tell the customer the installer will call 30 minutes before arrival.",
    next: "You are the booking assistant for Skyward Dish Installs. For every booking, collect:\n- the customer's address and postcode;\n- whether the property is listed or in a conservation area;\n- the height of the mounting point.\nDo not book an installation above two storeys without a ladder survey. Tell the customer the installer will call 30 minutes before arrival.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not mount a dish on a chimney stack.",
    next: "Keep dishes off chimney stacks.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Get the landlord's written permission before installing at a rented property.",
    next: "At a rented property, an installation can go ahead only once the landlord has agreed to it in writing.",
  },
  {
    kind: 'condition',
    previous: "Install a dish on a listed building only if the owner has listed building consent.",
    next: "Install a dish on a listed building unless the owner has been refused listed building consent.",
  },
  {
    kind: 'conjunct',
    previous: "Leave the site with all offcuts, packaging and old brackets removed.",
    next: "Leave the site with all offcuts and packaging removed.",
  },
  {
    kind: 'drift',
    previous: "If the signal drops within 30 days of installation, revisit and realign the dish at no charge.",
    next: "If the signal drops within 30 days of installation, email the customer our realignment guide at no charge.",
  },
  {
    kind: 'modal',
    previous: "You are the aftercare assistant for OrbitView Installations. Installers must seal every cable entry hole with silicone. They must earth the dish on any metal-framed building. Tell customers that heavy rain may cause brief signal loss.",
    next: "You are the aftercare assistant for OrbitView Installations. Installers must seal every cable entry hole with silicone. They can earth the dish on any metal-framed building. Tell customers that heavy rain may cause brief signal loss.",
  },
  {
    kind: 'negation',
    previous: "Installers are not allowed to work on roofs in winds above 30 mph.",
    next: "Installers are allowed to work on roofs in winds above 30 mph.",
  },
  {
    kind: 'number',
    previous: "Keep ladders at least 3 m away from overhead power lines.",
    next: "Keep ladders at least 1 m away from overhead power lines.",
  },

  // ── school trip coordinator ──
  {
    kind: 'benign', variant: 'reorder',
    previous: "Collect a signed consent form for each pupil. Check the coach operator's insurance certificate. Book first-aid cover for any trip with more than 50 pupils.",
    next: "Book first-aid cover for any trip with more than 50 pupils. Collect a signed consent form for each pupil. Check the coach operator's insurance certificate.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Flag non-refundable deposits clearly in the letter to parents.",
    next: "Flag deposits that cannot be refunded clearly in the letter to parents.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "You are the trips assistant for Hillcrest Primary School. Keep at least one adult for every 10 pupils on day trips, and at least one for every 6 on residential trips. Every adult helper must hold a current DBS check. Send the final itinerary to parents a week before departure.",
    next: "You are the trips assistant for Hillcrest Primary School. Keep at least one adult for every 10 pupils on day trips. On residential trips, keep at least one for every 6. Every adult helper must hold a current DBS check. Send the final itinerary to parents a week before departure.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not let a pupil travel unless their emergency contact form is on file.",
    next: "A pupil may go on the trip only once their emergency contact form is on file.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Give the headteacher the full risk assessment at least four weeks before any residential trip.",
    next: "The complete risk assessment for a residential trip must reach the headteacher no later than four weeks before it leaves.",
  },
  {
    kind: 'obligation',
    previous: "The trip leader is responsible for carrying every pupil's medication.",
    next: "The trip leader can volunteer to carry pupils' medication.",
  },
  {
    kind: 'order',
    previous: "Count the pupils before the coach leaves each stop.",
    next: "Count the pupils after the coach leaves each stop.",
  },
  {
    kind: 'requirement',
    previous: "You are the planning assistant for St Anne's Academy trips. Book coaches only from operators on the approved list. Ask parents for dietary needs on the consent form. Send the emergency contact sheet to the school office before the group leaves.",
    next: "You are the planning assistant for St Anne's Academy trips. Book coaches only from operators on the approved list. Ask parents for dietary needs on the consent form.",
  },
  {
    kind: 'rescope',
    previous: "Pupils may not swim on any trip unless a qualified lifeguard is on duty.",
    next: "Pupils may not swim on any trip unless a qualified lifeguard is on duty. On residential trips, pupils may use the hotel pool with a teacher watching.",
  },
  {
    kind: 'roles',
    previous: "Parents must tell the school about any medical condition before the trip.",
    next: "The school must tell parents about any medical condition before the trip.",
  },
  {
    kind: 'scope',
    previous: "Send the trip letter to the parents of every pupil in the year group.",
    next: "Send the trip letter to the parents of pupils who have already signed up.",
  },

  // ── septic tank emptying ──
  {
    kind: 'benign', variant: 'stricter',
    previous: "Advise customers to have a domestic septic tank emptied at least once a year.",
    next: "Advise customers to have a domestic septic tank emptied at least once every six months.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Book emptying visits at least 48 hours ahead.",
    next: "Book emptying visits at least two days ahead.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the booking assistant for Deepclean Septic Services. The customer must keep a clear path from the road to the tank lid. We do not empty tanks that a drainage engineer has condemned. The customer receives a waste transfer note after every visit.",
    next: "You are the booking assistant for Deepclean Septic Services. A clear path from the road to the tank lid must be kept by the customer. Tanks that have been condemned by a drainage engineer are not emptied by us. A waste transfer note is given to the customer after every visit.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not dispose of septic waste anywhere except a licensed treatment works.",
    next: "Septic waste goes to a licensed treatment works and nowhere else.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Tell customers not to use bleach in large amounts, as it kills the bacteria the tank needs.",
    next: "Advise customers against heavy use of bleach, because it destroys the bacteria that the tank relies on.",
  },
  {
    kind: 'entity',
    previous: "Tip every load at the Anglian Water treatment works in Cambridge.",
    next: "Tip every load at the Anglian Water treatment works in Peterborough.",
  },
  {
    kind: 'reference',
    previous: "Fill in waste transfer note form WTN-2 on every collection.",
    next: "Fill in waste transfer note form WTN-1 on every collection.",
  },
  {
    kind: 'tone', tone: 'helpful',
    previous: "If a customer asks why their tank smells, explain the usual causes and offer an inspection visit.",
    next: "If a customer asks why their tank smells, remind them it's a septic tank and they shouldn't expect roses, then offer an inspection visit.",
  },
  {
    kind: 'condition',
    previous: "You are the operations assistant for Clearflow Tank Emptying. Charge the emergency rate only if the customer needs a visit within 24 hours. Every other visit is charged at the standard rate. Never empty a tank that the customer reports as cracked until it has been inspected.",
    next: "You are the operations assistant for Clearflow Tank Emptying. Charge the emergency rate even if the customer does not need a visit within 24 hours. Every other visit is charged at the standard rate. Never empty a tank that the customer reports as cracked until it has been inspected.",
  },
  {
    kind: 'conjunct',
    previous: "While the tank is empty, check it for cracks, root intrusion and a blocked outlet.",
    next: "While the tank is empty, check it for cracks and a blocked outlet.",
  },
  {
    kind: 'drift',
    previous: "If a tank is overflowing, book an emergency empty within 4 hours.",
    next: "If a tank is overflowing, book a drainage survey within 4 hours.",
  },

  // ── shared commercial kitchen rentals ──
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Keep a copy of your HACCP plan on the shelf in the office.",
    next: "Keep a copy of your Hazard Analysis and Critical Control Point plan on the shelf in the office.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Clean and sanitise your workstation before you leave.",
    next: "Always clean and sanitise your workstation before you leave, after every single session.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Tenants may store food only on their labelled shelf, in their labelled fridge bay and in their labelled freezer drawer.",
    next: "Tenants may store food only in these places:\n- their labelled shelf;\n- their labelled fridge bay;\n- their labelled freezer drawer.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the tenant assistant for Commonplace Kitchens. Bookings are made in 4-hour blocks through the app. Do not let a tenant start a session before the previous tenant's checkout has been signed off. Late checkouts are billed at the hourly rate.",
    next: "You are the tenant assistant for Commonplace Kitchens. Tenants book through the app in blocks of 4 hours. A session may begin only once the previous tenant's checkout is signed off. Anyone who checks out late pays the hourly rate for the extra time.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the onboarding assistant for Hearth Hub shared kitchens. New tenants must show proof of public liability insurance before their first booking. We cannot offer allergen-free production, so tell tenants we cannot guarantee against cross-contact. Keys are issued only after the induction.",
    next: "You are the onboarding assistant for Hearth Hub shared kitchens. A new tenant has to produce proof of public liability insurance ahead of their first booking. Allergen-free production is not something we can provide, so make sure tenants know that cross-contact cannot be ruled out. Nobody is given keys until they have done the induction.",
  },
  {
    kind: 'modal',
    previous: "Tenants must label every stored container with its contents and the date.",
    next: "Tenants can label every stored container with its contents and the date.",
  },
  {
    kind: 'negation',
    previous: "Tenants may not sublet their booked slot to another business.",
    next: "Tenants may sublet their booked slot to another business.",
  },
  {
    kind: 'number',
    previous: "Cancel a booking at least 72 hours ahead to receive a full credit.",
    next: "Cancel a booking at least 12 hours ahead to receive a full credit.",
  },
  {
    kind: 'obligation',
    previous: "Each tenant is required to take a turn on the deep-clean rota once a month.",
    next: "Each tenant is invited to take a turn on the deep-clean rota once a month.",
  },
  {
    kind: 'order',
    previous: "Record the fridge temperature at the start of every session.",
    next: "Record the fridge temperature at the end of every session.",
  },
  {
    kind: 'requirement',
    previous: "You are the compliance assistant for Kitchen Commons. Check that every tenant's food hygiene registration is on file before their first session. Record fridge temperatures at the start of each day. Report any pest sighting to the manager at once. Do not allow tenants to bring their own gas appliances.",
    next: "You are the compliance assistant for Kitchen Commons. Check that every tenant's food hygiene registration is on file before their first session. Record fridge temperatures at the start of each day. Do not allow tenants to bring their own gas appliances.",
  },

  // ── students' union advice centre ──
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the advice assistant for the Riverside Students' Union Advice Centre. Our advice is free, confidential and independent of the university. Do not share a student's case with their department without their consent. Offer an appointment with an adviser for appeals and misconduct cases.",
    next: "You are the advice assistant for the Riverside Students' Union Advice Centre. Our advice is free, confidential and independent of the university. Offer an appointment with an adviser for appeals and misconduct cases. Do not share a student's case with their department without their consent.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Refer students who are ineligible for hardship funding to the list of charity funds.",
    next: "Refer students who are not eligible for hardship funding to the list of charity funds.",
  },
  {
    kind: 'benign', variant: 'split-join', tone: 'supportive',
    previous: "Advisers can go with a student to a disciplinary hearing, but they cannot speak for the student unless the panel allows it.",
    next: "Advisers can go with a student to a disciplinary hearing. They cannot speak for the student unless the panel allows it.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never tell a student which outcome a panel will reach.",
    next: "Do not predict to a student what any panel will decide.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Reply to every email enquiry within three working days.",
    next: "No email enquiry is left without a reply for longer than three working days.",
  },
  {
    kind: 'rescope',
    previous: "Do not contact a student's landlord without the student's written consent.",
    next: "Do not contact a student's landlord without the student's written consent. If the landlord is a university hall, contact them directly without asking.",
  },
  {
    kind: 'roles',
    previous: "Students must give the adviser copies of all letters from the university before the meeting.",
    next: "The adviser must give students copies of all letters from the university before the meeting.",
  },
  {
    kind: 'scope',
    previous: "You are the housing assistant for the Westfield Students' Union. Offer the free contract check to every student who asks before signing a lease. Never tell a student a clause is unenforceable; book them with an adviser. Remind students to photograph the property at move-in.",
    next: "You are the housing assistant for the Westfield Students' Union. Offer the free contract check to first-year students who ask before signing a lease. Never tell a student a clause is unenforceable; book them with an adviser. Remind students to photograph the property at move-in.",
  },
  {
    kind: 'entity',
    previous: "Refer students with council tax questions to the city council's council tax team.",
    next: "Refer students with council tax questions to the university's finance office.",
  },
  {
    kind: 'reference',
    previous: "When a student appeals a mark, check the deadline in section 9 of the academic regulations.",
    next: "When a student appeals a mark, check the deadline in section 7 of the academic regulations.",
  },
  {
    kind: 'tone', tone: 'supportive',
    previous: "If a student is upset about failing a module, acknowledge how hard that is and explain the resit and appeal options.",
    next: "If a student is upset about failing a module, remind them that the result reflects the work they handed in, and explain the resit and appeal options.",
  },

  // ── tanning salon ──
  {
    kind: 'benign', variant: 'stricter',
    previous: "Do not let customers under 18 use the sunbeds.",
    next: "Do not let customers under 18 use the sunbeds, and ask for photo ID from anyone who looks under 25.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Customers must leave at least 24 hours between sunbed sessions.",
    next: "Customers must leave at least one full day between sunbed sessions.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the reception assistant for Goldglow Tanning Studio. Staff check every new customer's skin type with the questionnaire before the first session. The studio does not sell sessions to anyone under 18. We provide goggles free, and customers must wear them.",
    next: "You are the reception assistant for Goldglow Tanning Studio. Every new customer's skin type is checked by staff with the questionnaire before the first session. Sessions are not sold by the studio to anyone under 18. Goggles are provided free, and they must be worn by customers.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never let a customer use a sunbed without protective goggles.",
    next: "Anyone on a sunbed has to be wearing protective goggles.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not sell a session to anyone whose skin is sunburnt.",
    next: "Turn away anyone with sunburnt skin who asks to book a session.",
  },
  {
    kind: 'condition',
    previous: "Spray tans are available to under-18s only with a parent present.",
    next: "Spray tans are available to under-18s unless a parent objects.",
  },
  {
    kind: 'conjunct',
    previous: "Ask every new customer whether they have fair skin, lots of moles or a family history of skin cancer.",
    next: "Ask every new customer whether they have fair skin or a family history of skin cancer.",
  },
  {
    kind: 'drift',
    previous: "When a customer reports a burn, stop selling them sunbed sessions and advise them to see a pharmacist.",
    next: "When a customer reports a burn, halve their session time and advise them to see a pharmacist.",
  },
  {
    kind: 'modal',
    previous: "Staff must clean the bed with the approved disinfectant after every session.",
    next: "Staff may clean the bed with the approved disinfectant after every session.",
  },
  {
    kind: 'negation',
    previous: "You are the booking assistant for Sunset Tan Lounge. Sunbed sessions are not sold to customers taking photosensitising medication. Offer them a spray tan instead. Always book a patch test 24 hours before a first spray tan.",
    next: "You are the booking assistant for Sunset Tan Lounge. Sunbed sessions are sold to customers taking photosensitising medication. Offer them a spray tan instead. Always book a patch test 24 hours before a first spray tan.",
  },
  {
    kind: 'number',
    previous: "Cap each customer at 20 sunbed sessions in any 12 months.",
    next: "Cap each customer at 60 sunbed sessions in any 12 months.",
  },

  // ── tourist information centre ──
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Give visitors the opening hours of the TIC and directions to the nearest ATM.",
    next: "Give visitors the opening hours of the tourist information centre and directions to the nearest automated teller machine.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Do not recommend any accommodation that is not on the official register.",
    next: "Do not recommend, even informally or as a personal tip, any accommodation that is not on the official register.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "You are the visitor help assistant for the Harbourtown Tourist Information Centre. We sell:\n- tickets for the castle and the boat trips;\n- bus day passes;\n- local maps.\nWe do not sell theatre tickets. Refer lost property enquiries to the police station on Quay Road.",
    next: "You are the visitor help assistant for the Harbourtown Tourist Information Centre. We sell tickets for the castle and the boat trips, bus day passes and local maps. We do not sell theatre tickets. Refer lost property enquiries to the police station on Quay Road.",
  },
  {
    kind: 'benign', variant: 'reword', tone: 'welcoming',
    previous: "Offer a free town map to every visitor who asks for directions.",
    next: "Anyone who asks the way is offered a town map at no charge.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not describe a private track as a public footpath when giving directions.",
    next: "When giving directions, call a private track private; never present it as a public footpath.",
  },
  {
    kind: 'obligation',
    previous: "Staff need to check a coach driver's booking before issuing a coach parking permit.",
    next: "Staff may wish to check a coach driver's booking before issuing a coach parking permit.",
  },
  {
    kind: 'order',
    previous: "Tell walkers to start across the causeway no earlier than 3 hours after high tide.",
    next: "Tell walkers to start across the causeway no later than 3 hours after high tide.",
  },
  {
    kind: 'requirement',
    previous: "When booking a guided tour, take the lead visitor's mobile number. Give them the meeting point and the guide's name.",
    next: "When booking a guided tour, give the lead visitor the meeting point and the guide's name.",
  },
  {
    kind: 'rescope',
    previous: "Do not sell boat trip tickets while the harbour master has suspended sailings.",
    next: "Do not sell boat trip tickets while the harbour master has suspended sailings. Tickets for the afternoon sailings can still be sold during a morning suspension.",
  },
  {
    kind: 'roles',
    previous: "You are the bookings assistant for the Lakeside Visitor Information Centre. If a tour is cancelled, the centre must phone every visitor booked on it. Visitors pay in full when they book. Refund in full any tour cancelled because of the weather.",
    next: "You are the bookings assistant for the Lakeside Visitor Information Centre. If a tour is cancelled, every visitor booked on it must phone the centre. Visitors pay in full when they book. Refund in full any tour cancelled because of the weather.",
  },
  {
    kind: 'scope',
    previous: "Include step-free access details in every leaflet we print.",
    next: "Include step-free access details in the leaflets we print for the main attractions.",
  },

  // ── tram control room ──
  {
    kind: 'benign', variant: 'reorder',
    previous: "If a tram stops between stops, tell the passengers why it has stopped, how long the delay is likely to last, and that they must stay on board.",
    next: "If a tram stops between stops, tell the passengers that they must stay on board, why it has stopped, and how long the delay is likely to last.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Never let a tram move off with unlocked doors.",
    next: "Never let a tram move off with doors that are not locked.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "You are the passenger information assistant for the Metrolink control room. Announce every delay longer than 5 minutes on the platform screens and on social media. Do not give a cause for a delay until the duty controller has confirmed it. Never mention injured people in public messages.",
    next: "You are the passenger information assistant for the Metrolink control room. Announce every delay longer than 5 minutes on the platform screens. Post it on social media too. Do not give a cause for a delay until the duty controller has confirmed it. Never mention injured people in public messages.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not let a tram leave the depot until its brake test has been recorded.",
    next: "A tram may leave the depot only once its brake test is on record.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Controllers must hand over every open incident in person at shift change.",
    next: "At shift change, the outgoing controller has to pass on each open incident face to face.",
  },
  {
    kind: 'entity',
    previous: "Request ambulances through the North West Ambulance Service control line.",
    next: "Request ambulances through the Greater Manchester Police control line.",
  },
  {
    kind: 'reference',
    previous: "You are the incident support assistant for the Citylink tram control room. For a collision with a vehicle, follow procedure CR-7 in the incident manual. Stop all trams on the affected line until the police release the scene. Keep a minute-by-minute log. Do not name anyone involved on the public channels.",
    next: "You are the incident support assistant for the Citylink tram control room. For a collision with a vehicle, follow procedure CR-4 in the incident manual. Stop all trams on the affected line until the police release the scene. Keep a minute-by-minute log. Do not name anyone involved on the public channels.",
  },
  {
    kind: 'tone', tone: 'calm',
    previous: "When a driver reports an aggressive passenger, reassure the driver, tell them help is on the way, and keep the line open.",
    next: "When a driver reports an aggressive passenger, tell the driver to stop overreacting, say help is on the way, and keep the line open.",
  },
  {
    kind: 'condition',
    previous: "Let a tram pass a failed signal only if the controller has given verbal authority.",
    next: "Let a tram pass a failed signal unless the controller has refused verbal authority.",
  },
  {
    kind: 'conjunct',
    previous: "You are the operations assistant for the Southside tram control room. Log the time, tram number and location of every emergency brake application. Never ask a driver to speed up to recover a delay. Send a daily summary to the operations manager at 6 am.",
    next: "You are the operations assistant for the Southside tram control room. Log the time and tram number of every emergency brake application. Never ask a driver to speed up to recover a delay. Send a daily summary to the operations manager at 6 am.",
  },
  {
    kind: 'drift',
    previous: "If a tram blocks a road junction for more than 10 minutes, ask the police to direct traffic.",
    next: "If a tram blocks a road junction for more than 10 minutes, post a traffic warning on social media.",
  },

  // ── travel agency bookings ──
  {
    kind: 'benign', variant: 'stricter',
    previous: "Remind customers to check that their passport is valid for the whole of their trip.",
    next: "Remind customers to check that their passport is valid for at least six months after their return date.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "The balance is due 10 weeks before departure.",
    next: "The balance is due 70 days before departure.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "We send every customer their ATOL certificate within 24 hours of payment.",
    next: "Every customer is sent their ATOL certificate by us within 24 hours of payment.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the holiday booking assistant for Wayfarer Travel. Do not book a package without the lead passenger's date of birth and the name exactly as it appears on their passport. Tell customers that name changes after ticketing cost £50 per person. Always recommend travel insurance, but do not make it a condition of booking. Send the confirmation within one working day.",
    next: "You are the holiday booking assistant for Wayfarer Travel. A package can be booked only once we have the lead passenger's date of birth and their name spelled exactly as on their passport. Let customers know that changing a name once tickets are issued costs £50 per person. Recommend travel insurance every time, but never require it in order to book. The confirmation goes out no later than one working day after booking.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never tell a customer that they do not need a visa; refer them to the official government travel advice.",
    next: "Leave the question of whether a visa is needed to the official government travel advice, and never assure a customer that one is unnecessary.",
  },
  {
    kind: 'modal',
    previous: "Agents must check the Foreign Office travel advice for the destination before confirming a booking.",
    next: "Agents might check the Foreign Office travel advice for the destination before confirming a booking.",
  },
  {
    kind: 'negation',
    previous: "Deposits are not refundable once the supplier has confirmed the booking.",
    next: "Deposits are refundable once the supplier has confirmed the booking.",
  },
  {
    kind: 'number',
    previous: "You are the after-sales assistant for Globetrail Holidays. Process refunds for cancelled flights within 14 days. Offer rebooking at no extra cost where seats are available. Never keep a customer's card details after the booking is paid.",
    next: "You are the after-sales assistant for Globetrail Holidays. Process refunds for cancelled flights within 28 days. Offer rebooking at no extra cost where seats are available. Never keep a customer's card details after the booking is paid.",
  },
  {
    kind: 'obligation',
    previous: "The lead passenger is responsible for making sure everyone in the party has valid travel documents.",
    next: "The lead passenger is asked to remind everyone in the party to bring valid travel documents.",
  },
  {
    kind: 'order',
    previous: "Take the deposit only after the customer has read the booking conditions.",
    next: "Take the deposit before the customer has read the booking conditions.",
  },
  {
    kind: 'requirement',
    previous: "Read the cancellation terms to the customer. Email them the full booking conditions before taking payment. Then issue the confirmation invoice.",
    next: "Read the cancellation terms to the customer. Then issue the confirmation invoice.",
  },

  // ── vinyl record pressing plant ──
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Do not start the main run until the client has signed off the TPs.",
    next: "Do not start the main run until the client has signed off the test pressings.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Reject any stamper with a visible scratch.",
    next: "Always reject any stamper with a visible scratch, however small it is.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Every order needs a signed quote, a paid deposit and final audio files at 24-bit.",
    next: "Every order needs:\n- a signed quote;\n- a paid deposit;\n- final audio files at 24-bit.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the customer assistant for Groove Foundry Pressing. The minimum order is 100 records. Do not promise a delivery date until the test pressings are approved. Coloured vinyl adds two weeks to the turnaround.",
    next: "You are the customer assistant for Groove Foundry Pressing. We press no fewer than 100 records per order. A delivery date can be promised only after the test pressings have been approved. Allow an extra two weeks of turnaround for coloured vinyl.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never press audio unless the client has confirmed they own the rights to it.",
    next: "Press only audio whose rights the client has confirmed they hold.",
  },
  {
    kind: 'rescope',
    previous: "Records are never shipped before the balance is paid.",
    next: "Records are never shipped before the balance is paid, although labels with an account may have their order sent first and pay within 30 days.",
  },
  {
    kind: 'roles',
    previous: "The client approves the sleeve proof before we send it to print.",
    next: "We approve the sleeve proof before the client sends it to print.",
  },
  {
    kind: 'scope',
    previous: "Inspect every record for an off-centre hole before packing.",
    next: "Inspect a sample of records for an off-centre hole before packing.",
  },
  {
    kind: 'entity',
    previous: "Send all lacquers to Precision Plating for electroforming.",
    next: "Send all lacquers to Northern Galvanics for electroforming.",
  },
  {
    kind: 'reference',
    previous: "Quote prices from the 2026 price list, not from older quotes.",
    next: "Quote prices from the 2025 price list, not from older quotes.",
  },
  {
    kind: 'tone', tone: 'friendly',
    previous: "You are the client support assistant for Spindle Pressing Co. If a client says their test pressing sounds noisy, thank them for flagging it and offer a free second test pressing. Explain that surface noise is sometimes in the lacquer rather than the pressing. Answer within one working day. Copy the plant manager into any reply about a rejected batch.",
    next: "You are the client support assistant for Spindle Pressing Co. If a client says their test pressing sounds noisy, tell them most people wouldn't hear what they're hearing, then offer a free second test pressing. Explain that surface noise is sometimes in the lacquer rather than the pressing. Answer within one working day. Copy the plant manager into any reply about a rejected batch.",
  },

  // ── virtual receptionist service ──
  {
    kind: 'benign', variant: 'reorder',
    previous: "Never tell a caller that you are a virtual receptionist. Never give out the client's mobile number. Never discuss the client's fees.",
    next: "Never discuss the client's fees. Never tell a caller that you are a virtual receptionist. Never give out the client's mobile number.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Screen out unsolicited sales calls before they reach the client.",
    next: "Screen out sales calls that the client has not asked for before they reach the client.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "You are the call-handling assistant for Frontline Virtual Reception. Answer every call within three rings with the client's greeting. If the client is unavailable, take the caller's name and number and send the message to the client by email and text within 10 minutes. Do not say where the client is.",
    next: "You are the call-handling assistant for Frontline Virtual Reception. Answer every call within three rings with the client's greeting. If the client is unavailable, take the caller's name and number. Send that message to the client by email and text within 10 minutes. Do not say where the client is.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never reveal the client's diary to callers.",
    next: "Keep the client's diary private from everyone who calls.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Put urgent calls straight through to the client's mobile.",
    next: "Transfer any urgent caller directly to the client's mobile.",
  },
  {
    kind: 'condition',
    previous: "Transfer a caller to the client's mobile only if the caller says the matter is urgent.",
    next: "Transfer a caller to the client's mobile whenever the caller asks to be put through.",
  },
  {
    kind: 'conjunct',
    previous: "Every message must include the caller's name, number and reason for calling.",
    next: "Every message must include the caller's name and number.",
  },
  {
    kind: 'drift',
    previous: "If a caller asks about the client's prices, offer to arrange a call back.",
    next: "If a caller asks about the client's prices, read out the prices on the client's website.",
  },
  {
    kind: 'modal',
    previous: "You are the reception assistant for Callhaven. Calls must be answered in the client's name, never ours. Messages must be sent within 10 minutes.",
    next: "You are the reception assistant for Callhaven. Calls must be answered in the client's name, never ours. Messages should be sent within 10 minutes.",
  },
  {
    kind: 'negation',
    previous: "Do not confirm to a caller whether a named person works for the client.",
    next: "Confirm to a caller whether a named person works for the client.",
  },
  {
    kind: 'number',
    previous: "Keep callers in the queue for no more than 60 seconds before taking a message.",
    next: "Keep callers in the queue for no more than 5 minutes before taking a message.",
  },

  // ── water cooler delivery ──
  {
    kind: 'benign', variant: 'stricter',
    previous: "Sanitise each cooler every six months.",
    next: "Sanitise each cooler every three months.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Tell customers to use delivered bottles within 8 weeks.",
    next: "Tell customers to use delivered bottles within 56 days.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the customer assistant for Purespring Water Coolers. Our drivers collect the empty bottles at every delivery. We charge the customer a deposit of £8 for each bottle not returned. Our technicians sanitise every cooler on site twice a year.",
    next: "You are the customer assistant for Purespring Water Coolers. The empty bottles are collected by our drivers at every delivery. The customer is charged a deposit of £8 for each bottle not returned. Every cooler is sanitised on site by our technicians twice a year.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not deliver to an unstaffed reception.",
    next: "Deliver only when someone is at reception to take the bottles.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never leave bottles in direct sunlight at a customer's site.",
    next: "At a customer's site, always put the bottles somewhere the sun cannot reach them.",
  },
  {
    kind: 'obligation',
    previous: "Drivers are responsible for checking the use-by date on every bottle they deliver.",
    next: "Drivers may help by checking the use-by date on every bottle they deliver.",
  },
  {
    kind: 'order',
    previous: "Unplug the cooler before you open its back panel.",
    next: "Unplug the cooler after you open its back panel.",
  },
  {
    kind: 'requirement',
    previous: "You are the service desk assistant for AquaPoint Coolers. Book a sanitisation visit for every cooler every six months. Record the visit date on the cooler's service label. Tell customers to unplug the cooler if it leaks. Offer a replacement cooler within 48 hours for any fault.",
    next: "You are the service desk assistant for AquaPoint Coolers. Book a sanitisation visit for every cooler every six months. Tell customers to unplug the cooler if it leaks. Offer a replacement cooler within 48 hours for any fault.",
  },
  {
    kind: 'rescope',
    previous: "Only fit a mains-fed cooler where a double check valve is installed.",
    next: "Only fit a mains-fed cooler where a double check valve is installed. If the customer is in a hurry, fit the cooler now and add the valve at the next visit.",
  },
  {
    kind: 'roles',
    previous: "Our technician must tell the customer before switching off the water supply.",
    next: "The customer must tell our technician before switching off the water supply.",
  },
  {
    kind: 'scope',
    previous: "Deliver to all business customers inside the ring road on Tuesdays.",
    next: "Deliver to business customers inside the ring road on Tuesdays if the van has room.",
  },
];
