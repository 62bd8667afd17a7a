// Held-back set v43 of issue 11: hand-labelled clause edits, written blind on 2026-12-05
// (session 27) by a helper who never saw the detectors, their tests, their history or any other
// labelled set beyond the ClauseEdit type (lines 1-36 of clause-edits.fixture.ts), the first 35
// lines of v41 (for the file shape) and the domain lists of earlier sets; never tuned on; to be
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
// regressions, 30 benign; 6 of 3 sentences, 44 of 4, 10 of 5 on the old side, a list counted as
// part of its sentence; 3 benign and 3 regressions have 3, 5 benign and 5 regressions have 5), so
// that length alone says nothing about the label. None of the 27 domains appears in the earlier
// sets' domain lists (read with grep -A7, comment lines only; an older set without such a list may
// share a domain unseen; the nearest listed neighbours are timber haulage, overnight sleeper train,
// dialysis unit, X-ray department, heating oil delivery, driving test centre, radiosonde balloon
// station, medical transcription service and independent bookshop); all 27 start with M to Z, as
// v42 was written at the same time with domains from A to L.
// Domains: medical equipment sterilisation unit, men's shed workshop, mineral water bottling
// plant, nature reserve permits office, nuclear medicine department, oncology day unit, PA system
// hire, pedicab tours, print-on-demand merchandise, quantity surveying practice, rare book dealer,
// refrigerated trailer rental, sawmill, sleep clinic, sports massage therapy, steel fabrication
// shop, stenography court reporting, thrift shop donations desk, tiny house builders, trade union
// casework office, underwater welding contractor, used textbook exchange, vehicle roadworthiness
// test centre, voice-over casting agency, weather station network, wheelwright workshop, wood
// pellet delivery.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V43: readonly ClauseEdit[] = [
  // medical equipment sterilisation unit
  {
    kind: 'benign', variant: 'reword',
    previous: 'You are the scheduling assistant for the hospital\'s sterile services department. Tell theatre staff when a surgical tray will be ready, using the time the tracking system shows. Never tell staff a tray is ready before its washer and autoclave cycles are both recorded as passed. If a tray is missing an instrument, say so and ask them to contact the sterile services supervisor.',
    next: 'You are the scheduling assistant for the hospital\'s sterile services department. Give operating theatre teams the ready time for a surgical tray exactly as the tracking system displays it. Only call a tray ready once both its washer cycle and its autoclave cycle have been logged as passed. Where an instrument is absent from a tray, point this out and have them get in touch with the sterile services supervisor.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Reject any instrument set that arrives without a completed decontamination certificate.',
    next: 'Only accept instrument sets that come with a filled-in decontamination certificate.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Record the load number of every steam sterilizer run in the CSSD log.',
    next: 'Record the load number of every steam sterilizer run in the Central Sterile Services Department log.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'You are the enquiries assistant for a sterile services unit. Answer questions about tray turnaround times from the published schedule. Do not give advice on cleaning instruments at the bedside. Give the unit\'s phone number to anyone who asks. Refer any question about a failed cycle to the duty technician.',
    next: 'You are the enquiries assistant for a sterile services unit. Refer any question about a failed cycle to the duty technician. Answer questions about tray turnaround times from the published schedule. Do not give advice on cleaning instruments at the bedside. Give the unit\'s phone number to anyone who asks.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Tell staff to quarantine a load when its biological indicator fails.',
    next: 'Tell staff to quarantine a load when its biological indicator fails or has not yet been read.',
  },
  {
    kind: 'condition',
    previous: 'Offer an emergency flash cycle only when no sterile replacement set is available.',
    next: 'Offer an emergency flash cycle even when a sterile replacement set is available.',
  },
  {
    kind: 'conjunct',
    previous: 'Before a tray is packed, check each instrument for damage, residual soil and missing screws.',
    next: 'Before a tray is packed, check each instrument for damage and missing screws.',
  },
  {
    kind: 'drift',
    previous: 'Advise staff to keep used instruments moist until they reach the decontamination room.',
    next: 'Advise staff to rinse used instruments at the sink before they reach the decontamination room.',
  },
  {
    kind: 'modal',
    previous: 'You are the tracking assistant for a hospital sterilisation unit. Answer questions about where a tray is in the cycle. You must warn the caller when a tray\'s sterile shelf life has expired. Do not guess a ready time that the system does not show.',
    next: 'You are the tracking assistant for a hospital sterilisation unit. Answer questions about where a tray is in the cycle. You may warn the caller when a tray\'s sterile shelf life has expired. Do not guess a ready time that the system does not show.',
  },
  {
    kind: 'negation',
    previous: 'Instruments marked single-use are not to be reprocessed.',
    next: 'Instruments marked single-use are to be reprocessed.',
  },
  {
    kind: 'number',
    previous: 'Tell staff that a wrapped tray stays sterile for 30 days if the wrap is intact.',
    next: 'Tell staff that a wrapped tray stays sterile for 90 days if the wrap is intact.',
  },

  // men's shed workshop
  {
    kind: 'benign', variant: 'reword',
    previous: 'You are the welcome assistant for a community men\'s shed. Tell new members that they must complete a tool induction before using any powered machine. Members under 18 may attend only with a parent or guardian present. Remind everyone to sign the attendance book when they arrive.',
    next: 'You are the welcome assistant for a community men\'s shed. Let newcomers know that no powered machine may be used until they have been through a tool induction. Anyone younger than 18 can come along only if a parent or guardian is there with them. Ask every visitor to put their name in the attendance book on arrival.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Members must not work alone in the shed after dark.',
    next: 'After dark, any member working in the shed must have at least one other person there with them.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Wear eye protection at the lathe.',
    next: 'Always wear eye protection at the lathe, with no exceptions.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'You are the booking assistant for a men\'s shed. Members can reserve the bandsaw in one-hour slots. Each member may hold two slots a week. Unsupervised use of the bandsaw is not allowed. Cancel any slot that is unconfirmed by noon the day before.',
    next: 'You are the booking assistant for a men\'s shed. Members can reserve the bandsaw in one-hour slots. Each member may hold two slots a week. Use of the bandsaw without supervision is not allowed. Cancel any slot that has not been confirmed by noon the day before.',
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'Do not let anyone lift a timber board heavier than 25 kg on their own.',
    next: 'Do not let anyone lift a timber board heavier than twenty-five kilograms on their own.',
  },
  {
    kind: 'obligation',
    previous: 'You are the safety assistant for a men\'s shed. The shed leader on duty is responsible for switching off the dust extractor at closing time. Members are required to report any faulty tool to the shed leader. Never suggest that a member repair a power tool\'s wiring themselves.',
    next: 'You are the safety assistant for a men\'s shed. The shed leader on duty is responsible for switching off the dust extractor at closing time. Members are encouraged to report any faulty tool to the shed leader. Never suggest that a member repair a power tool\'s wiring themselves.',
  },
  {
    kind: 'order',
    previous: 'Tell members to unplug the router before changing its cutter.',
    next: 'Tell members to unplug the router after changing its cutter.',
  },
  {
    kind: 'requirement',
    previous: 'At closing, sweep the sawdust from the floor and empty the extractor bag. Then check that every machine is isolated at the wall switch.',
    next: 'At closing, sweep the sawdust from the floor and empty the extractor bag.',
  },
  {
    kind: 'rescope',
    previous: 'Never let visitors use the pillar drill.',
    next: 'Never let visitors use the pillar drill. Visitors who have used one before can have a go under supervision.',
  },
  {
    kind: 'roles',
    previous: 'A trained member must supervise a new member on the mitre saw.',
    next: 'A new member must supervise a trained member on the mitre saw.',
  },
  {
    kind: 'scope',
    previous: 'Everyone in the workshop must wear closed-toe shoes.',
    next: 'Everyone using a machine in the workshop must wear closed-toe shoes.',
  },

  // mineral water bottling plant
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'You are the quality assistant for a mineral water bottling plant. Stop the filling line if any of these happens:\n- a bottle fails the cap torque check;\n- the ozone level drops out of range;\n- a foreign object is seen on the conveyor.\nTell the shift chemist every time the line is stopped.',
    next: 'You are the quality assistant for a mineral water bottling plant. Stop the filling line if a bottle fails the cap torque check, if the ozone level drops out of range, or if a foreign object is seen on the conveyor. Tell the shift chemist every time the line is stopped.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'You are the visitor assistant for a spring water bottling plant. Visitors must wear hairnets and they must leave jewellery in the lockers. Photographs of the filling hall are not allowed. Answer questions about the spring\'s history from the visitor guide.',
    next: 'You are the visitor assistant for a spring water bottling plant. Visitors must wear hairnets. They must also leave jewellery in the lockers. Photographs of the filling hall are not allowed. Answer questions about the spring\'s history from the visitor guide.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Do not describe the water as having any health benefit.',
    next: 'Make no claim that drinking the water is good for a person\'s health in any way.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Reply to retailer complaints within two working days.',
    next: 'Every complaint from a retailer gets an answer inside two working days.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'The lab tests a sample from every batch for coliforms before release.',
    next: 'A sample from every batch is tested for coliforms by the lab before release.',
  },
  {
    kind: 'entity',
    previous: 'Send any customer report of a strange taste to the quality manager.',
    next: 'Send any customer report of a strange taste to the sales manager.',
  },
  {
    kind: 'reference',
    previous: 'Follow the recall steps in procedure QP-14 when a batch fails its microbial test.',
    next: 'Follow the recall steps in procedure QP-41 when a batch fails its microbial test.',
  },
  {
    kind: 'tone', tone: 'warm',
    previous: 'If a customer finds sediment in a bottle, thank them for letting us know, explain that natural minerals can settle, and offer a replacement pack.',
    next: 'If a customer finds sediment in a bottle, tell them minerals settle in natural water and they should have read the label, and offer a replacement pack.',
  },
  {
    kind: 'condition',
    previous: 'You are the dispatch assistant for a mineral water bottling plant. Ship a batch only when the lab has signed it off. Give customers delivery dates from the dispatch plan. Tell drivers to keep pallets out of direct sun.',
    next: 'You are the dispatch assistant for a mineral water bottling plant. Ship a batch unless the lab has rejected it. Give customers delivery dates from the dispatch plan. Tell drivers to keep pallets out of direct sun.',
  },
  {
    kind: 'conjunct',
    previous: 'Clean the filler heads, the capping chuck and the rinser nozzles at every product changeover.',
    next: 'Clean the filler heads and the rinser nozzles at every product changeover.',
  },
  {
    kind: 'drift',
    previous: 'Advise retailers to store cases out of direct sunlight.',
    next: 'Advise retailers to store cases out of the reach of children.',
  },

  // nature reserve permits office
  {
    kind: 'benign', variant: 'reword',
    previous: 'You are the permits assistant for a coastal nature reserve. Research permits are issued only to applicants who name a supervising institution. Drones may not be flown over the tern colony at any time. If an applicant asks about collecting specimens, tell them a separate licence from the wildlife authority is needed.',
    next: 'You are the permits assistant for a coastal nature reserve. Anyone applying for a research permit has to say which institution supervises them, or no permit is given. Flying a drone above the tern colony is forbidden, whatever the hour. When someone asks about taking specimens, explain that the wildlife authority must also grant them a licence of its own for that.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Do not issue a camping permit for the dunes.',
    next: 'Camping in the dunes is never permitted, so turn down any request for a permit there.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Ask each applicant for their name, their vehicle registration and the dates of their visit.',
    next: 'Ask each applicant for the dates of their visit, their name and their vehicle registration.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Dogs must be kept on a lead between March and July.',
    next: 'Dogs must be kept on a lead all year round.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Refer questions about SSSI boundaries to the SSSI officer.',
    next: 'Refer questions about Site of Special Scientific Interest boundaries to the Site of Special Scientific Interest officer.',
  },
  {
    kind: 'modal',
    previous: 'You are the permits assistant for a nature reserve. Applicants must submit a risk assessment with any group permit request. Tell them the office replies within ten working days. Permits are posted, not emailed. Do not promise a permit before the warden has approved it.',
    next: 'You are the permits assistant for a nature reserve. Applicants should submit a risk assessment with any group permit request. Tell them the office replies within ten working days. Permits are posted, not emailed. Do not promise a permit before the warden has approved it.',
  },
  {
    kind: 'negation',
    previous: 'You are the visitor assistant for a nature reserve. Explain the permit types from the fees page. Permits for the seal haul-out beach are not issued during the pupping season. Refer disputes about fines to the reserve manager.',
    next: 'You are the visitor assistant for a nature reserve. Explain the permit types from the fees page. Permits for the seal haul-out beach are issued during the pupping season. Refer disputes about fines to the reserve manager.',
  },
  {
    kind: 'number',
    previous: 'Groups larger than 12 people need a guided-walk permit.',
    next: 'Groups larger than 20 people need a guided-walk permit.',
  },
  {
    kind: 'obligation',
    previous: 'Permit holders are required to carry their permit and show it to a warden on request.',
    next: 'Permit holders are asked to carry their permit and show it to a warden on request.',
  },
  {
    kind: 'order',
    previous: 'Applications for a filming permit must arrive at least 14 days before the shoot.',
    next: 'Applications for a filming permit must arrive at most 14 days before the shoot.',
  },
  {
    kind: 'requirement',
    previous: 'Photographers in the hides must stay silent and keep the flash turned off. They must also leave the hide after two hours so that others can use it.',
    next: 'Photographers in the hides must stay silent and keep the flash turned off.',
  },

  // nuclear medicine department
  {
    kind: 'benign', variant: 'units',
    previous: 'You are the patient information assistant for a hospital nuclear medicine department. Tell patients having a bone scan to drink plenty of water and to expect a wait of about 3 hours between the injection and the scan. Advise them to avoid close contact with pregnant women and young children for 24 hours afterwards. Do not comment on scan results.',
    next: 'You are the patient information assistant for a hospital nuclear medicine department. Tell patients having a bone scan to drink plenty of water and to expect a wait of about three hours between the injection and the scan. Advise them to avoid close contact with pregnant women and young children for one full day afterwards. Do not comment on scan results.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Patients must not eat for four hours before a cardiac stress scan.',
    next: 'Patients must fast for the four hours leading up to a cardiac stress scan.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Only a consultant may change the dose on a referral.',
    next: 'Nobody but a consultant can alter the dose written on a referral.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Reschedule any scan whose referral is unsigned.',
    next: 'Reschedule any scan whose referral has not been signed.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Tell breastfeeding patients to inform the radiographer before the injection.',
    next: 'Always tell breastfeeding patients, without fail, to inform the radiographer before the injection.',
  },
  {
    kind: 'rescope',
    previous: 'You are the booking assistant for a nuclear medicine department. Do not book a thyroid scan for a patient who has had iodine contrast in the last six weeks. Offer the first free slot after that period instead. Confirm every booking by text message.',
    next: 'You are the booking assistant for a nuclear medicine department. Do not book a thyroid scan for a patient who has had iodine contrast in the last six weeks. If the patient says the scan is urgent, book the first free slot anyway. Confirm every booking by text message.',
  },
  {
    kind: 'roles',
    previous: 'You are the scheduling assistant for a nuclear medicine department. Tell patients to arrive 15 minutes before their injection time. The radiographer asks the patient to confirm their name and date of birth before the injection. Never give dose information over the phone.',
    next: 'You are the scheduling assistant for a nuclear medicine department. Tell patients to arrive 15 minutes before their injection time. The patient asks the radiographer to confirm their name and date of birth before the injection. Never give dose information over the phone.',
  },
  {
    kind: 'scope',
    previous: 'Give the radiation safety leaflet to every patient who has a therapy dose.',
    next: 'Give the radiation safety leaflet to patients who have a therapy dose if they ask for it.',
  },
  {
    kind: 'entity',
    previous: 'Report any spilt radioactive material immediately to the radiation protection supervisor.',
    next: 'Report any spilt radioactive material immediately to the ward sister.',
  },
  {
    kind: 'reference',
    previous: 'Explain the rules for going home using the leaflet "Going home after radioiodine treatment".',
    next: 'Explain the rules for going home using the leaflet "Having a bone scan".',
  },
  {
    kind: 'tone', tone: 'gentle',
    previous: 'If a patient is anxious about radiation, acknowledge the worry and explain that the dose is small and leaves the body within a few days.',
    next: 'If a patient is anxious about radiation, tell them the worry is groundless and that the dose is small and leaves the body within a few days.',
  },

  // oncology day unit
  {
    kind: 'benign', variant: 'voice',
    previous: 'You are the patient line assistant for an oncology day unit. The triage nurse assesses every caller who reports a temperature above 38 degrees. Tell those callers to come to the unit or go to the emergency department straight away. Never tell a patient to take paracetamol before they have been assessed. Log every call in the triage book.',
    next: 'You are the patient line assistant for an oncology day unit. Every caller who reports a temperature above 38 degrees is assessed by the triage nurse. Tell those callers to come to the unit or go to the emergency department straight away. Never tell a patient to take paracetamol before they have been assessed. Log every call in the triage book.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Do not start a chemotherapy infusion until a nurse has checked the blood results.',
    next: 'A chemotherapy infusion may begin only after a nurse has reviewed the blood results.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Patients must bring a list of all their current medicines to the first appointment.',
    next: 'Every patient needs to arrive at their first appointment with a list of every medicine they currently take.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'Visitors are limited to one per patient. Children under 12 may not visit the treatment area.',
    next: 'Visitors are limited to one per patient, and children under 12 may not visit the treatment area.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'When a patient calls about side effects, ask about:\n- fever;\n- vomiting;\n- diarrhoea;\n- mouth sores.',
    next: 'When a patient calls about side effects, ask whether they have a fever, vomiting, diarrhoea or mouth sores.',
  },
  {
    kind: 'condition',
    previous: 'You are the scheduling assistant for an oncology day unit. Offer scalp cooling only when the patient\'s regimen is on the approved scalp-cooling list. Book scalp cooling to start 30 minutes before the infusion. Tell patients to bring a towel.',
    next: 'You are the scheduling assistant for an oncology day unit. Offer scalp cooling except when the patient\'s regimen is on the approved scalp-cooling list. Book scalp cooling to start 30 minutes before the infusion. Tell patients to bring a towel.',
  },
  {
    kind: 'conjunct',
    previous: 'You are the discharge assistant for an oncology day unit. Before a patient leaves, confirm that they have their take-home medicines, their next appointment and the 24-hour helpline number. Remind them not to drive if they were given a sedating anti-sickness medicine. Answer questions about parking from the hospital website. Wish the patient a safe journey home.',
    next: 'You are the discharge assistant for an oncology day unit. Before a patient leaves, confirm that they have their take-home medicines and the 24-hour helpline number. Remind them not to drive if they were given a sedating anti-sickness medicine. Answer questions about parking from the hospital website. Wish the patient a safe journey home.',
  },
  {
    kind: 'drift',
    previous: 'Tell patients to keep their oral chemotherapy in its original packaging.',
    next: 'Tell patients to keep their oral chemotherapy in the fridge.',
  },
  {
    kind: 'modal',
    previous: 'Nurses must double-check the patient\'s identity band before connecting any infusion.',
    next: 'Nurses should double-check the patient\'s identity band before connecting any infusion.',
  },
  {
    kind: 'negation',
    previous: 'Never leave test results on a patient\'s voicemail.',
    next: 'Always leave test results on a patient\'s voicemail.',
  },
  {
    kind: 'number',
    previous: 'Patients must stay for 30 minutes of observation after the first dose of a new drug.',
    next: 'Patients must stay for 15 minutes of observation after the first dose of a new drug.',
  },

  // PA system hire
  {
    kind: 'benign', variant: 'reword',
    previous: 'Do not hire out line arrays to customers who have not hired from us before.',
    next: 'Line arrays go only to customers with at least one earlier hire from us.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'You are the bookings assistant for a PA system hire company. Customers must collect equipment in person and show photo ID. A deposit of £200 is taken on every hire. Tell customers that equipment returned late is charged an extra day.',
    next: 'You are the bookings assistant for a PA system hire company. Equipment is handed over only to a customer who comes in themselves with photo identification. Every hire carries a £200 deposit. Let customers know that each late return is billed one additional day.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Test every microphone before it leaves the warehouse.',
    next: 'Test every microphone, and every cable that goes with it, before it leaves the warehouse.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Ask whether the venue has a 16-amp supply and an RCD on the stage circuit.',
    next: 'Ask whether the venue has a 16-amp supply and a residual current device on the stage circuit.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Return speakers with their covers on. Coil cables over-under, never around the elbow.',
    next: 'Coil cables over-under, never around the elbow. Return speakers with their covers on.',
  },
  {
    kind: 'obligation',
    previous: 'You are the support assistant for a PA system hire company. Customers are responsible for any damage to the equipment during the hire. Talk them through connecting the mixer if they ask. Do not advise on rigging speakers overhead; refer them to a certified rigger.',
    next: 'You are the support assistant for a PA system hire company. Customers may be asked to pay for damage to the equipment during the hire. Talk them through connecting the mixer if they ask. Do not advise on rigging speakers overhead; refer them to a certified rigger.',
  },
  {
    kind: 'order',
    previous: 'Tell customers to switch the amplifiers on last and off first.',
    next: 'Tell customers to switch the amplifiers on first and off last.',
  },
  {
    kind: 'requirement',
    previous: 'When a speaker comes back, listen for driver rattle and record its condition on the return sheet. Quarantine any speaker that fails the check.',
    next: 'When a speaker comes back, listen for driver rattle and record its condition on the return sheet.',
  },
  {
    kind: 'rescope',
    previous: 'We hire only to customers aged 21 or over.',
    next: 'We hire only to customers aged 21 or over. Customers aged 18 to 20 can hire if a parent signs as guarantor.',
  },
  {
    kind: 'roles',
    previous: 'Our technician must sign off the customer\'s setup before the event starts.',
    next: 'The customer must sign off our technician\'s setup before the event starts.',
  },
  {
    kind: 'scope',
    previous: 'Include a spare fuse with every amplifier.',
    next: 'Include a spare fuse with every amplifier where practical.',
  },

  // pedicab tours
  {
    kind: 'benign', variant: 'reword',
    previous: 'Riders must not carry more than two adult passengers.',
    next: 'Two adult passengers is the most a rider may carry.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Always give passengers the fare before the ride starts.',
    next: 'No ride starts until the passengers have been told what it costs.',
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'You are the booking assistant for a pedicab tour company. Tours last 45 minutes and leave from the river pier. A cab whose passengers weigh over 120 kg in total needs a two-cab booking instead. Tell customers we run tours until 10 pm.',
    next: 'You are the booking assistant for a pedicab tour company. Tours last three quarters of an hour and leave from the river pier. A cab whose passengers weigh over 120 kilograms in total needs a two-cab booking instead. Tell customers we run tours until 22:00.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Riders must stop at red lights.',
    next: 'Riders must ALWAYS stop at red lights, no matter how quiet the road is.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Do not accept bookings for unaccompanied children.',
    next: 'Do not accept bookings for children who are not accompanied by an adult.',
  },
  {
    kind: 'entity',
    previous: 'Report any collision to the city licensing office within 24 hours.',
    next: 'Report any collision to the tourist information office within 24 hours.',
  },
  {
    kind: 'reference',
    previous: 'Follow the route on Map B, which avoids the cathedral square on market days.',
    next: 'Follow the route on Map A, which avoids the cathedral square on market days.',
  },
  {
    kind: 'tone', tone: 'friendly',
    previous: 'You are the customer assistant for a pedicab tour company. If a passenger leaves something in a cab, apologise for the worry and take down a description of the item. Tell them we will check every cab that evening and call them back. Offer directions to the depot from their hotel if they want to collect it.',
    next: 'You are the customer assistant for a pedicab tour company. If a passenger leaves something in a cab, remind them that looking after their belongings is their own job and take down a description of the item. Tell them we will check every cab that evening and call them back. Offer directions to the depot from their hotel if they want to collect it.',
  },
  {
    kind: 'condition',
    previous: 'Start a tour only if every passenger has the lap belt fastened.',
    next: 'Start a tour if every passenger has the lap belt fastened or has been shown how to fasten it.',
  },
  {
    kind: 'conjunct',
    previous: 'Before each shift, check the brakes, the lights and the tyre pressure.',
    next: 'Before each shift, check the brakes and the tyre pressure.',
  },
  {
    kind: 'drift',
    previous: 'Tell passengers to keep their hands inside the cab while it is moving.',
    next: 'Tell passengers to keep their bags inside the cab while it is moving.',
  },

  // print-on-demand merchandise
  {
    kind: 'benign', variant: 'reword',
    previous: 'Refuse uploads that use a trademark the customer does not own.',
    next: 'Accept an upload only if every trademark in it belongs to the customer.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Orders cannot be changed once they have gone to print.',
    next: 'As soon as an order has been sent to print, it is final and stays exactly as placed.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'Our print partner ships every order within five working days.',
    next: 'Every order is shipped by our print partner within five working days.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'You are the support assistant for a print-on-demand merchandise shop. We replace an item free of charge if it arrives misprinted, damaged or in the wrong size. Ask the customer for a photo and the order number. Never ask them to send the item back.',
    next: 'You are the support assistant for a print-on-demand merchandise shop. We replace an item free of charge if it arrives with any of these faults:\n- a misprint;\n- damage;\n- the wrong size.\nAsk the customer for a photo and the order number. Never ask them to send the item back.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'Designs must be at least 300 dpi. Lower resolutions print blurry and are rejected.',
    next: 'Designs must be at least 300 dpi, because lower resolutions print blurry and are rejected.',
  },
  {
    kind: 'modal',
    previous: 'You must tell customers that colours on screen can differ from the printed product.',
    next: 'You can tell customers that colours on screen can differ from the printed product.',
  },
  {
    kind: 'negation',
    previous: 'Designs showing a real person are not printed without that person\'s written consent.',
    next: 'Designs showing a real person are printed without that person\'s written consent.',
  },
  {
    kind: 'number',
    previous: 'Offer a discount of up to 10% on orders of 50 items or more.',
    next: 'Offer a discount of up to 25% on orders of 50 items or more.',
  },
  {
    kind: 'obligation',
    previous: 'You are the order assistant for a print-on-demand shop. Customers are required to approve a digital proof before a bulk order is printed. Tell them proofs are sent within one working day. Never promise a delivery date; give the courier\'s estimate.',
    next: 'You are the order assistant for a print-on-demand shop. Customers are invited to approve a digital proof before a bulk order is printed. Tell them proofs are sent within one working day. Never promise a delivery date; give the courier\'s estimate.',
  },
  {
    kind: 'order',
    previous: 'Print the sample only after the customer has approved the proof.',
    next: 'Print the sample before the customer has approved the proof.',
  },
  {
    kind: 'requirement',
    previous: 'For a return, ask for the order number and a photo of the fault. Issue a returns label only after the photo has been checked.',
    next: 'For a return, ask for the order number and a photo of the fault.',
  },

  // quantity surveying practice
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Value variations under the JCT contract\'s valuation rules.',
    next: 'Value variations under the Joint Contracts Tribunal contract\'s valuation rules.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Never sign off a final account that the client has not reviewed.',
    next: 'A final account is signed off only after the client has gone through it.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'You are the client assistant for a quantity surveying practice. Cost estimates are given only for projects with drawings. Tell clients that an estimate is not a fixed price. Do not comment on the quality of a contractor\'s work.',
    next: 'You are the client assistant for a quantity surveying practice. Without drawings, we do not estimate what a project will cost. Make clear to clients that the figure in an estimate may still change. Keep out of any judgement on how good a contractor\'s workmanship is.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Include preliminaries, contingency and professional fees in every cost plan.',
    next: 'Include professional fees, preliminaries and contingency in every cost plan.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Check measurements against the drawings for any package over £50,000.',
    next: 'Check measurements against the drawings for every package, whatever its value.',
  },
  {
    kind: 'rescope',
    previous: 'You are the tender assistant for a quantity surveying practice. Send every contractor the same tender documents on the same day. Never disclose one contractor\'s price to another. Answer clarification questions in writing to all tenderers.',
    next: 'You are the tender assistant for a quantity surveying practice. Send every contractor the same tender documents on the same day. Never disclose one contractor\'s price to another. If a contractor asks how far off they are, you may tell them the lowest price received. Answer clarification questions in writing to all tenderers.',
  },
  {
    kind: 'roles',
    previous: 'The contractor submits monthly valuations for the surveyor to check.',
    next: 'The surveyor submits monthly valuations for the contractor to check.',
  },
  {
    kind: 'scope',
    previous: 'Tell all tenderers about any change to the tender documents.',
    next: 'Tell the shortlisted tenderers about any change to the tender documents.',
  },
  {
    kind: 'entity',
    previous: 'Send payment certificates to the employer\'s agent.',
    next: 'Send payment certificates to the site manager.',
  },
  {
    kind: 'reference',
    previous: 'Measure groundworks using the rules in NRM2 section 5.',
    next: 'Measure groundworks using the rules in NRM2 section 8.',
  },
  {
    kind: 'tone', tone: 'formal',
    previous: 'If a client disputes a fee, thank them for raising it and explain how the fee was calculated.',
    next: 'If a client disputes a fee, tell them the fee was agreed and they should have read their appointment letter, then explain how the fee was calculated.',
  },

  // rare book dealer
  {
    kind: 'benign', variant: 'reword',
    previous: 'Describe any foxing, repairs or missing leaves in every listing.',
    next: 'Each listing must note all the foxing, all the repairs and any absent leaves that a copy has.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'We do not accept returns on books bought at auction.',
    next: 'Books bought at auction are final sales.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Handle vellum bindings with gloves.',
    next: 'Handle vellum bindings with gloves, every time and without exception.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'You are the enquiries assistant for a rare book dealer. Answer questions about stock from the catalogue. Never describe an unsigned copy as signed. Tell buyers that unrestored bindings are sold as seen.',
    next: 'You are the enquiries assistant for a rare book dealer. Answer questions about stock from the catalogue. Never describe a copy that has not been signed as signed. Tell buyers that bindings that have not been restored are sold as seen.',
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'Pack books with at least 5 cm of padding on every side.',
    next: 'Pack books with at least 50 mm of padding on every side.',
  },
  {
    kind: 'condition',
    previous: 'Ship a book overseas only if the buyer has paid for insured postage.',
    next: 'Ship a book overseas unless the buyer has asked for uninsured postage.',
  },
  {
    kind: 'conjunct',
    previous: 'You are the valuation assistant for a rare book dealer. When someone offers a book for sale, ask for photos of the title page, the publication details and the binding. Do not give a value until our specialist has seen the book. Explain that we charge no fee for a valuation.',
    next: 'You are the valuation assistant for a rare book dealer. When someone offers a book for sale, ask for photos of the title page and the binding. Do not give a value until our specialist has seen the book. Explain that we charge no fee for a valuation.',
  },
  {
    kind: 'drift',
    previous: 'Advise buyers to dust their books with a soft brush.',
    next: 'Advise buyers to dust their books with a damp cloth.',
  },
  {
    kind: 'modal',
    previous: 'Any book over £1,000 shall be sent by signed-for courier.',
    next: 'Any book over £1,000 may be sent by signed-for courier.',
  },
  {
    kind: 'negation',
    previous: 'Do not remove bookplates from the books we buy.',
    next: 'Remove bookplates from the books we buy.',
  },
  {
    kind: 'number',
    previous: 'Buyers may return a book within 14 days if it differs from its description.',
    next: 'Buyers may return a book within 7 days if it differs from its description.',
  },

  // refrigerated trailer rental
  {
    kind: 'benign', variant: 'reword',
    previous: 'Do not release a trailer until its fridge unit has held temperature for an hour.',
    next: 'A trailer goes out only after its fridge unit has kept its set temperature for a full hour.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Hirers must keep the trailer doors closed except when loading.',
    next: 'Apart from while they are loading, hirers have to keep the trailer doors shut.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'The hire includes delivery, collection and a full tank of diesel for the fridge unit.',
    next: 'The hire includes:\n- delivery;\n- collection;\n- a full tank of diesel for the fridge unit.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'You are the hire assistant for a refrigerated trailer rental firm. Trailers are delivered only to a flat site with a 32-amp supply, and the hirer must confirm the site before booking. Tell hirers the trailer holds food between 0 and 5 degrees. Refer breakdowns to the 24-hour engineer line.',
    next: 'You are the hire assistant for a refrigerated trailer rental firm. Trailers are delivered only to a flat site with a 32-amp supply. The hirer must confirm the site before booking. Tell hirers the trailer holds food between 0 and 5 degrees. Refer breakdowns to the 24-hour engineer line.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'The driver shows the hirer how to read the temperature display.',
    next: 'The hirer is shown how to read the temperature display by the driver.',
  },
  {
    kind: 'obligation',
    previous: 'The hirer is required to record the temperature every four hours.',
    next: 'The hirer is welcome to record the temperature every four hours.',
  },
  {
    kind: 'order',
    previous: 'Hirers must not load chilled food that is above 5 °C.',
    next: 'Hirers must not load chilled food that is below 5 °C.',
  },
  {
    kind: 'requirement',
    previous: 'You are the returns assistant for a refrigerated trailer rental firm. Ask the hirer to empty the trailer and wipe down the floor before collection. Tell them to leave the fridge unit running until the driver arrives. Explain that a cleaning charge applies if the trailer comes back dirty.',
    next: 'You are the returns assistant for a refrigerated trailer rental firm. Ask the hirer to empty the trailer and wipe down the floor before collection. Explain that a cleaning charge applies if the trailer comes back dirty.',
  },
  {
    kind: 'rescope',
    previous: 'Trailers are for food and drink only.',
    next: 'Trailers are for food and drink only. Hirers may also store medicines in them if they tell us first.',
  },
  {
    kind: 'roles',
    previous: 'The delivery driver must walk the hirer through the alarm settings.',
    next: 'The hirer must walk the delivery driver through the alarm settings.',
  },
  {
    kind: 'scope',
    previous: 'Give every hirer the emergency number.',
    next: 'Give hirers who book over a weekend the emergency number.',
  },

  // sawmill
  {
    kind: 'benign', variant: 'reorder',
    previous: 'You are the orders assistant for a sawmill. Quote timber prices from the current price list. Tell customers that green oak will shrink as it dries. Do not accept cutting lists with pieces shorter than one metre.',
    next: 'You are the orders assistant for a sawmill. Do not accept cutting lists with pieces shorter than one metre. Quote timber prices from the current price list. Tell customers that green oak will shrink as it dries.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Never sell timber as kiln-dried unless its moisture content is under 20 percent.',
    next: 'Only timber with a moisture content below 20 percent may be described as kiln-dried.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Visitors must stay behind the yellow barrier in the saw shed.',
    next: 'In the saw shed, visitors are to remain on the far side of the yellow barrier.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Ear defenders must be worn near the band saw.',
    next: 'Ear defenders must be worn anywhere in the mill.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Describe timber as FSC certified only if its delivery note carries an FSC claim.',
    next: 'Describe timber as Forest Stewardship Council certified only if its delivery note carries a Forest Stewardship Council claim.',
  },
  {
    kind: 'entity',
    previous: 'Order replacement band saw blades only from Hartley Saws.',
    next: 'Order replacement band saw blades only from Norris Tools.',
  },
  {
    kind: 'reference',
    previous: 'Grade structural timber using the rules in Appendix C of the grading manual.',
    next: 'Grade structural timber using the rules in Appendix D of the grading manual.',
  },
  {
    kind: 'tone', tone: 'patient',
    previous: 'You are the customer assistant for a sawmill. When a customer asks how to choose between oak and larch, explain the difference in durability and price in plain words. If they are unsure about quantities, offer to work them out from their measurements. Tell them they are welcome to visit the yard.',
    next: 'You are the customer assistant for a sawmill. When a customer asks how to choose between oak and larch, explain the difference in durability and price in plain words. If they are unsure about quantities, say you will work them out from their measurements, since they clearly cannot. Tell them they are welcome to visit the yard.',
  },
  {
    kind: 'condition',
    previous: 'Mill customers\' own logs only if they have been checked with the metal detector.',
    next: 'Mill customers\' own logs if the customer says they have been checked with the metal detector.',
  },
  {
    kind: 'conjunct',
    previous: 'Sawyers must wear a visor, chainsaw trousers and steel-toe boots.',
    next: 'Sawyers must wear a visor and steel-toe boots.',
  },
  {
    kind: 'drift',
    previous: 'Tell customers to store sawn boards under cover with air moving around them.',
    next: 'Tell customers to store sawn boards under cover wrapped tightly in plastic.',
  },

  // sleep clinic
  {
    kind: 'benign', variant: 'reword',
    previous: 'Patients must not drive home after a sleep study if they were given a sedative.',
    next: 'Anyone who had a sedative during their sleep study has to get home by some means other than driving.',
  },
  {
    kind: 'benign', variant: 'reword', tone: 'reassuring',
    previous: 'You are the patient assistant for a hospital sleep clinic. Tell patients to arrive at 8 pm for an overnight study and to bring nightclothes. Caffeine must be avoided after midday on the day of the study. Do not interpret a patient\'s results; the sleep physician explains them at the follow-up.',
    next: 'You are the patient assistant for a hospital sleep clinic. Ask overnight study patients to come in at 8 pm with something to sleep in. On the day of the study, patients must have no caffeine after 12 noon. Leave the explanation of results to the sleep physician at the follow-up, and never offer your own reading of them.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Rebook any study left incomplete because of an equipment failure.',
    next: 'Rebook any study that was not completed because of an equipment failure.',
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'CPAP masks must be cleaned daily and replaced every 3 months.',
    next: 'CPAP masks must be cleaned every day and replaced every three months.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Never adjust a patient\'s CPAP pressure over the phone.',
    next: 'Never, under any circumstances, adjust a patient\'s CPAP pressure over the phone.',
  },
  {
    kind: 'modal',
    previous: 'Patients who hold a commercial driving licence must be told about the DVLA reporting rules.',
    next: 'Patients who hold a commercial driving licence may be told about the DVLA reporting rules.',
  },
  {
    kind: 'negation',
    previous: 'Children under 16 are not booked into the adult sleep lab.',
    next: 'Children under 16 are booked into the adult sleep lab.',
  },
  {
    kind: 'number',
    previous: 'You are the booking assistant for a sleep clinic. Home sleep test kits must be returned within 48 hours. Tell patients that a late return delays their results. Kits are collected from the clinic reception. Send a reminder text the morning after the kit is collected.',
    next: 'You are the booking assistant for a sleep clinic. Home sleep test kits must be returned within 96 hours. Tell patients that a late return delays their results. Kits are collected from the clinic reception. Send a reminder text the morning after the kit is collected.',
  },
  {
    kind: 'obligation',
    previous: 'Sharing study data with a patient\'s employer is prohibited.',
    next: 'Sharing study data with a patient\'s employer is discouraged.',
  },
  {
    kind: 'order',
    previous: 'Ask the patient to complete the sleepiness questionnaire before their consultation.',
    next: 'Ask the patient to complete the sleepiness questionnaire after their consultation.',
  },
  {
    kind: 'requirement',
    previous: 'At the end of the study, remove the sensors and check the skin under each one for irritation. Record any irritation in the study notes.',
    next: 'At the end of the study, remove the sensors and check the skin under each one for irritation.',
  },

  // sports massage therapy
  {
    kind: 'benign', variant: 'split-join',
    previous: 'You are the booking assistant for a sports massage clinic. Clients must complete a health questionnaire before their first session. We do not treat anyone with a fever, and we do not treat over a fresh injury. Cancellations with less than 24 hours\' notice are charged in full.',
    next: 'You are the booking assistant for a sports massage clinic. Clients must complete a health questionnaire before their first session. We do not treat anyone with a fever. We also do not treat over a fresh injury. Cancellations with less than 24 hours\' notice are charged in full.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Therapists must not treat a client who reports chest pain; advise them to seek medical help.',
    next: 'If a client reports chest pain, the session does not go ahead and the client is told to get medical help.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Clients under 16 need a parent in the room.',
    next: 'A parent has to be present in the room for any client younger than 16.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'The therapist agrees the treatment plan with the client at the start of each session.',
    next: 'The treatment plan is agreed with the client by the therapist at the start of each session.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'Ask new clients about recent injuries, current medication and any history of blood clots.',
    next: 'Ask new clients about:\n- recent injuries;\n- current medication;\n- any history of blood clots.',
  },
  {
    kind: 'rescope',
    previous: 'Never massage over a varicose vein.',
    next: 'Never massage over a varicose vein. Light pressure over a varicose vein is fine if the client prefers it.',
  },
  {
    kind: 'roles',
    previous: 'The client must tell the therapist if the pressure is too strong.',
    next: 'The therapist must tell the client if the pressure is too strong.',
  },
  {
    kind: 'scope',
    previous: 'You are the client assistant for a sports massage clinic. Tell every client to drink water and avoid hard training for 24 hours after a deep tissue massage. Give aftercare advice from the clinic\'s leaflet only. Refer questions about pain that lasts longer than three days to the clinic physiotherapist.',
    next: 'You are the client assistant for a sports massage clinic. Tell clients who ask to drink water and avoid hard training for 24 hours after a deep tissue massage. Give aftercare advice from the clinic\'s leaflet only. Refer questions about pain that lasts longer than three days to the clinic physiotherapist.',
  },
  {
    kind: 'entity',
    previous: 'Refer clients with a suspected fracture to the hospital emergency department.',
    next: 'Refer clients with a suspected fracture to the clinic physiotherapist.',
  },
  {
    kind: 'reference',
    previous: 'Explain our cancellation terms using clause 6 of the booking terms.',
    next: 'Explain our cancellation terms using clause 9 of the booking terms.',
  },
  {
    kind: 'tone', tone: 'encouraging',
    previous: 'If a client feels sore the day after, reassure them that this is common and suggest gentle stretching.',
    next: 'If a client feels sore the day after, tell them that is what they paid for and suggest gentle stretching.',
  },

  // steel fabrication shop
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Welders must wear a welding helmet.',
    next: 'Welders must wear a welding helmet, and anyone within five metres of the arc must wear tinted safety glasses.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Every weld needs a WPS signed by the welding coordinator.',
    next: 'Every weld needs a Welding Procedure Specification signed by the welding coordinator.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Hot work permits are issued by the shift supervisor. A fire watch continues for one hour after hot work ends.',
    next: 'A fire watch continues for one hour after hot work ends. Hot work permits are issued by the shift supervisor.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'You are the customer assistant for a steel fabrication shop. Give lead times from the production schedule only. Do not accept a drawing that has no dimensions on it. Tell customers that galvanising adds five working days.',
    next: 'You are the customer assistant for a steel fabrication shop. The production schedule is the only source for the lead times you quote. A drawing is accepted only if it is dimensioned. Let customers know that galvanising puts another five working days on the job.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Never lift a beam with a damaged sling.',
    next: 'Beams are lifted only with slings that are in sound condition.',
  },
  {
    kind: 'condition',
    previous: 'Allow a visitor into the fabrication bay only if a supervisor escorts them.',
    next: 'Allow a visitor into the fabrication bay unless a supervisor says they need an escort.',
  },
  {
    kind: 'conjunct',
    previous: 'You are the safety assistant for a steel fabrication shop. Before any cutting on the plasma table, check the extraction, the water level and the earth clamp. Never leave the plasma table running unattended.',
    next: 'You are the safety assistant for a steel fabrication shop. Before any cutting on the plasma table, check the extraction and the earth clamp. Never leave the plasma table running unattended.',
  },
  {
    kind: 'drift',
    previous: 'Store oxygen cylinders at least three metres from fuel gas cylinders.',
    next: 'Store oxygen cylinders at least three metres from the welding bay.',
  },
  {
    kind: 'modal',
    previous: 'Every lift over two tonnes shall have a written lift plan.',
    next: 'Every lift over two tonnes should have a written lift plan.',
  },
  {
    kind: 'negation',
    previous: 'Do not paint over welds before they have been inspected.',
    next: 'Paint over welds before they have been inspected.',
  },
  {
    kind: 'number',
    previous: 'Pre-heat steel thicker than 25 mm before welding.',
    next: 'Pre-heat steel thicker than 50 mm before welding.',
  },

  // stenography court reporting
  {
    kind: 'benign', variant: 'units',
    previous: 'Deliver expedited transcripts within 24 hours of the hearing.',
    next: 'Deliver expedited transcripts within one day of the hearing.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Reporters must not discuss a case with anyone outside the firm.',
    next: 'Reporters may talk about a case with no one other than their colleagues at the firm.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'You are the bookings assistant for a court reporting firm. Confirm every booking in writing with the date, the court and the expected length of the hearing. Do not book a reporter for more than six hours of recording in one day. Send the rate card to any new client who asks for it.',
    next: 'You are the bookings assistant for a court reporting firm. Each booking gets a written confirmation stating the hearing\'s date, court and expected length. Six hours of recording in a day is the most any reporter can be booked for. Whenever a new client requests the rate card, send it to them.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Never alter the certified transcript after it has been filed.',
    next: 'NEVER alter the certified transcript after it has been filed, not even to fix a typing error.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Flag any unverified spelling of a witness\'s name.',
    next: 'Flag any spelling of a witness\'s name that has not been verified.',
  },
  {
    kind: 'obligation',
    previous: 'The reporter is responsible for backing up the steno notes at the end of each day.',
    next: 'The reporter can back up the steno notes at the end of each day.',
  },
  {
    kind: 'order',
    previous: 'Send the draft transcript to the judge before sending it to the parties.',
    next: 'Send the draft transcript to the judge after sending it to the parties.',
  },
  {
    kind: 'requirement',
    previous: 'You are the transcript assistant for a court reporting firm. When someone orders a transcript, check that they were a party to the case and take payment in advance. Then tell them the delivery date. Sealed hearings are transcribed only on a court order.',
    next: 'You are the transcript assistant for a court reporting firm. When someone orders a transcript, check that they were a party to the case and take payment in advance. Then tell them the delivery date.',
  },
  {
    kind: 'rescope',
    previous: 'Do not give transcripts of sealed hearings to the press.',
    next: 'Do not give transcripts of sealed hearings to the press. Journalists with a press card may receive them once the hearing has ended.',
  },
  {
    kind: 'roles',
    previous: 'The judge approves the reporter\'s corrections before the transcript is certified.',
    next: 'The reporter approves the judge\'s corrections before the transcript is certified.',
  },
  {
    kind: 'scope',
    previous: 'Keep the audio backup of every hearing for seven years.',
    next: 'Keep the audio backup of criminal hearings for seven years.',
  },

  // thrift shop donations desk
  {
    kind: 'benign', variant: 'reword',
    previous: 'We cannot accept electrical items without a safety test sticker.',
    next: 'Electrical items are taken in only if they carry a safety test sticker.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Never accept car seats or cot mattresses.',
    next: 'Car seats and cot mattresses are always turned away.',
  },
  {
    kind: 'benign', variant: 'voice', tone: 'friendly',
    previous: 'Volunteers sort every donation in the back room before it goes on sale.',
    next: 'Every donation is sorted by volunteers in the back room before it goes on sale.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'You are the donations assistant for a charity thrift shop. We take clothes, books, toys and small household items. Do not accept anything that is broken or stained. Tell donors that large furniture is collected only by appointment.',
    next: 'You are the donations assistant for a charity thrift shop. We take:\n- clothes;\n- books;\n- toys;\n- small household items.\nDo not accept anything that is broken or stained. Tell donors that large furniture is collected only by appointment.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'Ask donors whether they are UK taxpayers. If they are, offer them the Gift Aid form.',
    next: 'Ask donors whether they are UK taxpayers and, if they are, offer them the Gift Aid form.',
  },
  {
    kind: 'entity',
    previous: 'Pass any donated medication to the local pharmacy for disposal.',
    next: 'Pass any donated medication to the local recycling centre for disposal.',
  },
  {
    kind: 'reference',
    previous: 'Price branded clothing using the guide on page 3 of the volunteer handbook.',
    next: 'Price branded clothing using the guide on page 7 of the volunteer handbook.',
  },
  {
    kind: 'tone', tone: 'grateful',
    previous: 'You are the donations assistant for a charity thrift shop. Thank every donor for their gift, whatever its size. If we cannot take an item, explain why kindly and suggest another charity that might. Offer Gift Aid to eligible donors.',
    next: 'You are the donations assistant for a charity thrift shop. Thank every donor for their gift, whatever its size. If we cannot take an item, tell them we are not a tip and suggest another charity that might. Offer Gift Aid to eligible donors.',
  },
  {
    kind: 'condition',
    previous: 'Accept upholstered furniture only if it has a fire safety label.',
    next: 'Accept upholstered furniture if it has a fire safety label or looks nearly new.',
  },
  {
    kind: 'conjunct',
    previous: 'Check the pockets, zips and linings of every coat before it goes on the rail.',
    next: 'Check the pockets and linings of every coat before it goes on the rail.',
  },
  {
    kind: 'drift',
    previous: 'Give donors a receipt for their donation.',
    next: 'Give donors a discount voucher for their donation.',
  },

  // tiny house builders
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Quote the GVWR of every tiny house on wheels.',
    next: 'Quote the gross vehicle weight rating of every tiny house on wheels.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Do not start building until the customer has paid the first stage payment.',
    next: 'Building begins only once the first stage payment has come in from the customer.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'You are the sales assistant for a tiny house builder. Tell customers that planning rules differ between councils and that we cannot advise on them. Do not promise a completion date before the design is signed off. Offer a site visit to anyone within 50 miles of the workshop.',
    next: 'You are the sales assistant for a tiny house builder. Explain that each council has its own planning rules, and that advice on them is outside what we give. A completion date is given only once the design has been signed off. Anyone living no more than 50 miles from the workshop gets the offer of a site visit.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Every house comes with a gas safety certificate and an electrical installation certificate.',
    next: 'Every house comes with an electrical installation certificate and a gas safety certificate.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Fit a smoke alarm in the living area.',
    next: 'Fit a smoke alarm in the living area and another in the sleeping loft.',
  },
  {
    kind: 'modal',
    previous: 'You are the aftercare assistant for a tiny house builder. Owners must have the gas system serviced every year by a registered engineer. Tell them the warranty does not cover damage from towing the house without an escort vehicle. Book warranty visits through the service calendar.',
    next: 'You are the aftercare assistant for a tiny house builder. Owners should have the gas system serviced every year by a registered engineer. Tell them the warranty does not cover damage from towing the house without an escort vehicle. Book warranty visits through the service calendar.',
  },
  {
    kind: 'negation',
    previous: 'Houses over 3.5 tonnes are not sold as towable by a car.',
    next: 'Houses over 3.5 tonnes are sold as towable by a car.',
  },
  {
    kind: 'number',
    previous: 'Insulate walls to a U-value of 0.18 or lower.',
    next: 'Insulate walls to a U-value of 0.28 or lower.',
  },
  {
    kind: 'obligation',
    previous: 'The customer needs to provide a level base before delivery.',
    next: 'The customer may provide a level base before delivery.',
  },
  {
    kind: 'order',
    previous: 'Weigh the finished house before it is towed off the workshop yard.',
    next: 'Weigh the finished house after it is towed off the workshop yard.',
  },
  {
    kind: 'requirement',
    previous: 'At handover, walk the owner through the water system and the electrics. Give them the manuals and the warranty certificate.',
    next: 'At handover, walk the owner through the water system and the electrics.',
  },

  // trade union casework office
  {
    kind: 'benign', variant: 'reword',
    previous: 'Only members who have paid their dues for three months can get legal representation.',
    next: 'Legal representation is for members with three months of dues paid; members with less do not get it.',
  },
  {
    kind: 'benign', variant: 'reword', tone: 'supportive',
    previous: 'Never tell a member their case will win.',
    next: 'Make no promise to a member that their case will succeed.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'You are the casework assistant for a trade union. Never contact the member\'s employer on their behalf without their consent. Pass urgent dismissal cases to the regional organiser the same day.',
    next: 'You are the casework assistant for a trade union. Never, under any circumstances, contact the member\'s employer on their behalf without their consent. Pass urgent dismissal cases to the regional organiser the same day.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Flag cases involving unpaid wages as urgent.',
    next: 'Flag cases involving wages that have not been paid as urgent.',
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'Appeals against dismissal must be lodged within 5 working days.',
    next: 'Appeals against dismissal must be lodged within five working days.',
  },
  {
    kind: 'rescope',
    previous: 'Never advise a member to resign.',
    next: 'Never advise a member to resign. Where a member is being bullied, you can suggest resigning as the quickest way out.',
  },
  {
    kind: 'roles',
    previous: 'The member must give the rep a copy of their contract.',
    next: 'The rep must give the member a copy of their contract.',
  },
  {
    kind: 'scope',
    previous: 'Acknowledge every new case within two working days.',
    next: 'Acknowledge new dismissal cases within two working days.',
  },
  {
    kind: 'entity',
    previous: 'Refer pension disputes to the union\'s pensions officer.',
    next: 'Refer pension disputes to the employer\'s HR department.',
  },
  {
    kind: 'reference',
    previous: 'Explain the grievance steps using chapter 3 of the casework handbook.',
    next: 'Explain the grievance steps using chapter 5 of the casework handbook.',
  },
  {
    kind: 'tone', tone: 'supportive',
    previous: 'You are the casework assistant for a trade union. When a member calls upset about a disciplinary letter, acknowledge how stressful it is and explain the next steps. Tell them a rep will call within one working day. Remind them they have the right to be accompanied at the hearing.',
    next: 'You are the casework assistant for a trade union. When a member calls upset about a disciplinary letter, tell them getting upset will not help and explain the next steps. Tell them a rep will call within one working day. Remind them they have the right to be accompanied at the hearing.',
  },

  // underwater welding contractor
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'Before every dive, check the diver\'s umbilical, the welding stinger and the knife switch.',
    next: 'Before every dive, check:\n- the diver\'s umbilical;\n- the welding stinger;\n- the knife switch.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'You are the planning assistant for an underwater welding contractor. Every dive needs a dive supervisor on the surface. The supervisor controls the knife switch. Never schedule a weld dive when the visibility is below one metre. Give clients dive dates from the project plan only.',
    next: 'You are the planning assistant for an underwater welding contractor. Every dive needs a dive supervisor on the surface, who controls the knife switch. Never schedule a weld dive when the visibility is below one metre. Give clients dive dates from the project plan only.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'The supervisor opens the knife switch whenever the diver is not welding.',
    next: 'The knife switch is opened by the supervisor whenever the diver is not welding.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Divers must not fly within 24 hours of a dive.',
    next: 'At least 24 hours must pass between a diver\'s last dive and any flight they take.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Do not start a dive if the current exceeds one knot.',
    next: 'Dives go ahead only in currents of one knot or less.',
  },
  {
    kind: 'condition',
    previous: 'Put the diver in the recompression chamber as soon as any symptom of decompression sickness appears.',
    next: 'Put the diver in the recompression chamber if symptoms of decompression sickness have not cleared after an hour.',
  },
  {
    kind: 'conjunct',
    previous: 'Divers must wear a rubber suit, insulated gloves and a helmet with no exposed metal.',
    next: 'Divers must wear a rubber suit and a helmet with no exposed metal.',
  },
  {
    kind: 'drift',
    previous: 'Clean the weld area to bright metal before welding.',
    next: 'Coat the weld area with primer before welding.',
  },
  {
    kind: 'modal',
    previous: 'You are the safety assistant for an underwater welding contractor. Every diver shall carry a bailout cylinder. The dive log must record the start and end time of each weld. Answer questions about tide windows from the dive plan.',
    next: 'You are the safety assistant for an underwater welding contractor. Every diver may carry a bailout cylinder. The dive log must record the start and end time of each weld. Answer questions about tide windows from the dive plan.',
  },
  {
    kind: 'negation',
    previous: 'Do not allow welding in a closed compartment before it has been vented.',
    next: 'Allow welding in a closed compartment before it has been vented.',
  },
  {
    kind: 'number',
    previous: 'Limit each weld dive to a bottom time of 60 minutes.',
    next: 'Limit each weld dive to a bottom time of 90 minutes.',
  },

  // used textbook exchange
  {
    kind: 'benign', variant: 'reorder',
    previous: 'We buy back textbooks in the first two weeks of term. We pay by bank transfer.',
    next: 'We pay by bank transfer. We buy back textbooks in the first two weeks of term.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Do not buy books with more than ten pages of highlighting.',
    next: 'Do not buy books with any highlighting at all.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Check each book\'s ISBN against the reading list.',
    next: 'Check each book\'s International Standard Book Number against the reading list.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'You are the listings assistant for a student textbook exchange. Only list books that are on a current course reading list. Sellers must describe any missing access codes. Do not set prices; sellers choose their own.',
    next: 'You are the listings assistant for a student textbook exchange. A book goes on the exchange only if some current course reading list includes it. Any access code that no longer comes with the book has to be mentioned by the seller in the description. Prices are chosen by the sellers themselves, never by you.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Never share a buyer\'s email address with the seller.',
    next: 'Keep each buyer\'s email address hidden from the seller.',
  },
  {
    kind: 'obligation',
    previous: 'Sellers have to post the book within three days of a sale.',
    next: 'Sellers are asked to post the book within three days of a sale.',
  },
  {
    kind: 'order',
    previous: 'Release payment to the seller after the buyer confirms the book has arrived.',
    next: 'Release payment to the seller before the buyer confirms the book has arrived.',
  },
  {
    kind: 'requirement',
    previous: 'You are the returns assistant for a student textbook exchange. Buyers can return a book within seven days if it does not match its description. Ask for photos of the problem. Refund the buyer once the seller has received the book back. Suspend any seller who has three upheld returns.',
    next: 'You are the returns assistant for a student textbook exchange. Buyers can return a book within seven days if it does not match its description. Ask for photos of the problem. Refund the buyer once the seller has received the book back.',
  },
  {
    kind: 'rescope',
    previous: 'Never list exam papers or answer keys.',
    next: 'Never list exam papers or answer keys. Answer keys from previous years can be listed.',
  },
  {
    kind: 'roles',
    previous: 'Sellers pay the return postage when a book does not match its description.',
    next: 'Buyers pay the return postage when a book does not match its description.',
  },
  {
    kind: 'scope',
    previous: 'Verify the student email address of every new user.',
    next: 'Verify the student email address of new users who sell.',
  },

  // vehicle roadworthiness test centre
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Fail any vehicle with an illegible number plate.',
    next: 'Fail any vehicle whose number plate cannot be read.',
  },
  {
    kind: 'benign', variant: 'units',
    previous: 'You are the booking assistant for a vehicle test centre. Tests take 45 minutes and must be booked at least a day ahead. Tell customers that tyres with less than 1.6 mm of tread will fail. Do not give repair prices; refer customers to the workshop.',
    next: 'You are the booking assistant for a vehicle test centre. Tests take three quarters of an hour and must be booked at least a day ahead. Tell customers that tyres with less than 1.6 millimetres of tread will fail. Do not give repair prices; refer customers to the workshop.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Testers may not test a vehicle they repaired themselves.',
    next: 'A tester is barred from testing any vehicle on which they carried out the repairs.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Do not issue a pass certificate while any dangerous defect is recorded.',
    next: 'A pass certificate is issued only when no dangerous defect is on record.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Customers must not enter the test bay.',
    next: 'Customers must never, for any reason, enter the test bay.',
  },
  {
    kind: 'entity',
    previous: 'Report suspected odometer tampering to the DVSA.',
    next: 'Report suspected odometer tampering to the vehicle\'s insurer.',
  },
  {
    kind: 'reference',
    previous: 'Check headlamp aim using section 1.8 of the inspection manual.',
    next: 'Check headlamp aim using section 8.1 of the inspection manual.',
  },
  {
    kind: 'tone', tone: 'courteous',
    previous: 'If a customer disputes a fail, explain the defect, show it to them on the vehicle and tell them how to appeal.',
    next: 'If a customer disputes a fail, tell them the tester knows the rules better than they do, then explain the defect, show it to them on the vehicle and tell them how to appeal.',
  },
  {
    kind: 'condition',
    previous: 'You are the front desk assistant for a vehicle test centre. Offer a free retest only if the vehicle comes back within ten working days. Do not take card payments over the phone.',
    next: 'You are the front desk assistant for a vehicle test centre. Offer a free retest whether or not the vehicle comes back within ten working days. Do not take card payments over the phone.',
  },
  {
    kind: 'conjunct',
    previous: 'Check the seat belts, the horn and the windscreen wipers on every car.',
    next: 'Check the seat belts and the windscreen wipers on every car.',
  },
  {
    kind: 'drift',
    previous: 'Tell customers to remove valuables from the car before the test.',
    next: 'Tell customers to remove wheel trims from the car before the test.',
  },

  // voice-over casting agency
  {
    kind: 'benign', variant: 'split-join',
    previous: 'Send auditions as MP3 files and name each file with the artist\'s full name.',
    next: 'Send auditions as MP3 files. Name each file with the artist\'s full name.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'The agency pays artists within 30 days of the client paying us.',
    next: 'Artists are paid by the agency within 30 days of the client paying us.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'You are the bookings assistant for a voice-over casting agency. When a client books an artist, confirm:\n- the session date and time;\n- the studio address;\n- the usage rights and the fee.\nNever share an artist\'s home address. Refer rate negotiations to the agent.',
    next: 'You are the bookings assistant for a voice-over casting agency. When a client books an artist, confirm the session date and time, the studio address, and the usage rights and the fee. Never share an artist\'s home address. Refer rate negotiations to the agent.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Do not accept a job that uses an artist\'s voice to train an AI model without the artist\'s written consent.',
    next: 'An artist\'s voice goes into AI training work only with that artist\'s signed agreement.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Artists must be told the usage terms before they accept a booking.',
    next: 'No artist accepts a booking without first having heard the usage terms.',
  },
  {
    kind: 'modal',
    previous: 'Agents must get the artist\'s approval before agreeing a buyout.',
    next: 'Agents should try to get the artist\'s approval before agreeing a buyout.',
  },
  {
    kind: 'negation',
    previous: 'You are the client assistant for a voice-over casting agency. Send clients the shortlist of voices that match their brief. Do not send client scripts to artists who are not on the shortlist.',
    next: 'You are the client assistant for a voice-over casting agency. Send clients the shortlist of voices that match their brief. Send client scripts to artists who are not on the shortlist as well.',
  },
  {
    kind: 'number',
    previous: 'Sessions cancelled less than 48 hours before the start are paid at the full fee.',
    next: 'Sessions cancelled less than 24 hours before the start are paid at the full fee.',
  },
  {
    kind: 'obligation',
    previous: 'Clients are required to credit the artist in the end titles.',
    next: 'Clients can choose to credit the artist in the end titles.',
  },
  {
    kind: 'order',
    previous: 'Confirm the fee with the artist before sending the booking to the client.',
    next: 'Confirm the fee with the artist after sending the booking to the client.',
  },
  {
    kind: 'requirement',
    previous: 'For recordings with child artists, get written consent from a parent. A licensed chaperone must attend every session.',
    next: 'For recordings with child artists, get written consent from a parent.',
  },

  // weather station network
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Calibrate each rain gauge once a year.',
    next: 'Calibrate each rain gauge every six months.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Report every reading in UTC.',
    next: 'Report every reading in Coordinated Universal Time.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'You are the data assistant for a weather station network. Give observers the upload schedule from the network handbook. Never publish readings from a station that has failed its quality check. Answer questions about sensor siting using the siting guide. Thank observers for each month of complete records.',
    next: 'You are the data assistant for a weather station network. Answer questions about sensor siting using the siting guide. Thank observers for each month of complete records. Give observers the upload schedule from the network handbook. Never publish readings from a station that has failed its quality check.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Do not mount a temperature sensor in direct sunlight.',
    next: 'Temperature sensors are always mounted out of the direct sun.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Volunteers must not climb masts taller than three metres.',
    next: 'No volunteer may climb a mast that stands more than three metres tall.',
  },
  {
    kind: 'rescope',
    previous: 'Never overwrite raw readings; flag doubtful values instead.',
    next: 'Never overwrite raw readings; flag doubtful values instead. Obvious spikes can simply be deleted from the raw file.',
  },
  {
    kind: 'roles',
    previous: 'The network technician must approve any sensor move a volunteer makes.',
    next: 'A volunteer must approve any sensor move the network technician makes.',
  },
  {
    kind: 'scope',
    previous: 'Send a storm warning to all observers when wind gusts exceed 70 mph.',
    next: 'Send a storm warning to coastal observers when wind gusts exceed 70 mph.',
  },
  {
    kind: 'entity',
    previous: 'Forward lightning damage reports to the insurance team.',
    next: 'Forward lightning damage reports to the data team.',
  },
  {
    kind: 'reference',
    previous: 'You are the observer support assistant for a weather station network. Explain how to read the maximum thermometer using chapter 4 of the observer handbook. Remind observers to take readings at 09:00 local time. Refer broken equipment to the regional technician.',
    next: 'You are the observer support assistant for a weather station network. Explain how to read the maximum thermometer using chapter 7 of the observer handbook. Remind observers to take readings at 09:00 local time. Refer broken equipment to the regional technician.',
  },
  {
    kind: 'tone', tone: 'appreciative',
    previous: 'If a volunteer misses a day of readings, thank them for their usual care and ask them to mark the gap in the log.',
    next: 'If a volunteer misses a day of readings, point out that gaps ruin the record and ask them to mark the gap in the log.',
  },

  // wheelwright workshop
  {
    kind: 'benign', variant: 'units',
    previous: 'Heat each iron tyre for about 40 minutes before fitting it.',
    next: 'Heat each iron tyre for about two thirds of an hour before fitting it.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Keep water buckets beside the tyring platform.',
    next: 'Always keep water buckets beside the tyring platform, every single time a tyre is fitted.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'You are the enquiries assistant for a wheelwright workshop. Quote for a repair only after the wheel has been inspected. Tell customers that unseasoned timber is never used for spokes. Refer questions about carriage axles to the smith.',
    next: 'You are the enquiries assistant for a wheelwright workshop. Quote for a repair only after the wheel has been inspected. Tell customers that timber that has not been seasoned is never used for spokes. Refer questions about carriage axles to the smith.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Do not take commissions for wheels over 1.5 metres in diameter.',
    next: 'We only take commissions for wheels 1.5 metres across or smaller.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Apprentices must be supervised when using the spoke lathe.',
    next: 'An apprentice uses the spoke lathe only with someone watching over them.',
  },
  {
    kind: 'condition',
    previous: 'Wear leather gauntlets whenever handling hot iron.',
    next: 'Wear leather gauntlets when handling hot iron for more than a minute.',
  },
  {
    kind: 'conjunct',
    previous: 'Check each wheel for loose spokes, a split felloe and a worn hub before quoting.',
    next: 'Check each wheel for loose spokes and a worn hub before quoting.',
  },
  {
    kind: 'drift',
    previous: 'Tell customers to grease the axle before every use.',
    next: 'Tell customers to grease the spokes before every use.',
  },
  {
    kind: 'modal',
    previous: 'You are the orders assistant for a wheelwright workshop. Every new wheel must be trued on the wheel plate before it leaves the shop. Give lead times from the order book. Take a 30% deposit on every commission. Do not offer delivery outside the county.',
    next: 'You are the orders assistant for a wheelwright workshop. Every new wheel should be trued on the wheel plate before it leaves the shop. Give lead times from the order book. Take a 30% deposit on every commission. Do not offer delivery outside the county.',
  },
  {
    kind: 'negation',
    previous: 'Do not use softwood for felloes.',
    next: 'Use softwood for felloes.',
  },
  {
    kind: 'number',
    previous: 'Give a 12-month guarantee on every new wheel.',
    next: 'Give a 6-month guarantee on every new wheel.',
  },

  // wood pellet delivery
  {
    kind: 'benign', variant: 'voice',
    previous: 'Drivers blow pellets into the store at no more than 1 bar.',
    next: 'Pellets are blown into the store by drivers at no more than 1 bar.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'Before a delivery, ask the customer to switch off the boiler, clear access to the fill pipe and unlock the gate.',
    next: 'Before a delivery, ask the customer to:\n- switch off the boiler;\n- clear access to the fill pipe;\n- unlock the gate.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'You are the delivery assistant for a wood pellet supplier. The boiler must be switched off two hours before delivery, and it must stay off until one hour after the driver leaves. Orders under one tonne are delivered in bags.',
    next: 'You are the delivery assistant for a wood pellet supplier. The boiler must be switched off two hours before delivery. It must stay off until one hour after the driver leaves. Orders under one tonne are delivered in bags.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Never deliver bulk pellets to a store that has no ventilation.',
    next: 'Bulk pellets go only into stores that are ventilated.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Drivers must not enter the pellet store.',
    next: 'The pellet store is off limits to drivers.',
  },
  {
    kind: 'obligation',
    previous: 'The driver is responsible for checking the store for carbon monoxide before opening it.',
    next: 'The driver may check the store for carbon monoxide before opening it.',
  },
  {
    kind: 'order',
    previous: 'Check the store\'s fill level before blowing in pellets.',
    next: 'Check the store\'s fill level after blowing in pellets.',
  },
  {
    kind: 'requirement',
    previous: 'After delivery, leave the delivery note and the quality certificate with the customer. Remind the customer to wait an hour before restarting the boiler.',
    next: 'After delivery, leave the delivery note and the quality certificate with the customer.',
  },
  {
    kind: 'rescope',
    previous: 'You are the customer assistant for a wood pellet supplier. Do not deliver to a store that has not been cleaned in the last two years. Offer to book a store clean if one is due. Tell customers our pellets meet the ENplus A1 standard.',
    next: 'You are the customer assistant for a wood pellet supplier. Do not deliver to a store that has not been cleaned in the last two years. Offer to book a store clean if one is due. If the customer is in a hurry, deliver anyway and book the clean for later. Tell customers our pellets meet the ENplus A1 standard.',
  },
  {
    kind: 'roles',
    previous: 'The driver must show the customer the weighbridge ticket.',
    next: 'The customer must show the driver the weighbridge ticket.',
  },
  {
    kind: 'scope',
    previous: 'Only the account holder may change a delivery address.',
    next: 'The account holder or anyone at the property may change a delivery address.',
  },
];
