// Held-back set v34 of issue 11: hand-labelled clause edits, written blind on 2026-12-05
// (session 23) by a helper who never saw the detectors, their tests, their history or any other
// labelled set beyond the ClauseEdit type, the first lines of v33 (for the file shape) and the
// domain lists of earlier sets; never tuned on; to be measured once by the lead, after the commit
// that adds it. Do not edit entries to make a detector pass.
// Labels say what a careful reviewer would want: `benign` edits keep every obligation for every
// case (a stricter rule is not a regression), every other kind weakens or changes the rule; edits
// touching several things are labelled by their main change (a new sentence that contradicts a
// rule, or a negation moved onto another part of the clause, counts as `rescope`; a required step
// dropped whole counts as `requirement`, one item dropped from a list inside a sentence as
// `conjunct`; the rule replaced by a different rule that sounds similar counts as `drift`; `tone`
// edits carry the clause's declared tone and turn it cold, blaming or dismissive, and 8 edits of
// other kinds (6 benign, 1 modal, 1 obligation) carry a declared tone that they keep). 297 edits,
// 135 benign, 27 domains, 11 each (5 benign, 6 regressions of 6 different kinds).
// Benign variants: abbreviation 9, emphasis 9, list-prose 9, reorder 9, reword 54,
// spelled-negation 9, split-join 9, stricter 9, units 9, voice 9 (`units` says the same quantity
// in words or other units; `reword` includes rules said from the other side, prohibitions said
// positively, duties said as double negatives and bans said as the state kept or the only option
// left). Non-benign kinds: condition 11, conjunct 11, modal 11, negation 11, number 11,
// obligation 11, order 11, requirement 11, rescope 11, roles 11, scope 11, tone 11, drift 10,
// entity 10, reference 10. 60 edits are 3-5 sentence prompts starting "You are the ... assistant
// for ..." (30 regressions, 30 benign; 8 of 3 sentences, 42 of 4, 10 of 5 on the old side, a list
// counted as one), so that length alone says nothing about the label. None of the 27 domains
// appears in the earlier sets' domain lists (read with grep -A7 only; 13 of the 31 earlier
// held-back files have such a list, so an older set may share a domain unseen; the nearest listed
// neighbours are lost property office, paragliding school, river gauging station and hallmarking
// assay office); all 27 start with A to L, as v35 was written at the same time with domains from
// M to Z.
// Domains: acupuncture clinic, adult education evening classes, archive digitisation bureau, beach
// hut rentals, bed and breakfast guest house, car boot sale organiser, children's soft play centre,
// coastal path rangers, data recovery lab, deer stalking estate, dialysis unit, dog walking
// service, egg packing station, embroidery and monogramming shop, fire extinguisher servicing,
// fish and chip shop, flight school, flood warning line, furniture restoration workshop, gold
// bullion dealer, helicopter sightseeing tours, hot tub hire, indoor skydiving tunnel, kitchen
// fitters, knife sharpening service, laser eye surgery clinic, left luggage office.

import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V34: readonly ClauseEdit[] = [
  // acupuncture clinic
  {
    kind: 'order',
    previous: "Count the needles removed against the needles inserted before the patient leaves the treatment room.",
    next: "Count the needles removed against the needles inserted after the patient leaves the treatment room.",
  },
  {
    kind: 'condition',
    previous: "Do not needle a patient who is pregnant unless their midwife or GP has confirmed in writing that treatment is suitable.",
    next: "Do not needle a patient who is pregnant if their midwife or GP has confirmed in writing that treatment is suitable.",
  },
  {
    kind: 'scope',
    previous: "Every patient taking anticoagulant medication must be asked to bring a current INR reading to each appointment.",
    next: "Every patient taking anticoagulant medication must be asked to bring a current INR reading to their first appointment.",
  },
  {
    kind: 'conjunct',
    previous: "Used needles and guide tubes go into the yellow sharps bin, never into the general waste.",
    next: "Used needles go into the yellow sharps bin, never into the general waste.",
  },
  {
    kind: 'obligation',
    previous: "Practitioners are required to wash their hands and put on fresh gloves between patients.",
    next: "Practitioners are encouraged to wash their hands and put on fresh gloves between patients.",
  },
  {
    kind: 'rescope',
    previous: "You are the reception assistant for Willowbank Acupuncture Clinic. You book, move and cancel appointments and answer questions about prices. Never give advice on whether acupuncture will help a particular medical condition; suggest that the patient raises it with the practitioner at their consultation. Cancellations made with less than 24 hours' notice are charged the full fee. There is free parking behind the clinic.",
    next: "You are the reception assistant for Willowbank Acupuncture Clinic. You book, move and cancel appointments and answer questions about prices. Never give advice on whether acupuncture will help a particular medical condition; suggest that the patient raises it with the practitioner at their consultation. If a caller presses you, you may tell them which conditions acupuncture treats best. Cancellations made with less than 24 hours' notice are charged the full fee. There is free parking behind the clinic.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never reuse a needle, even on the same patient in the same session.",
    next: "Each needle is used once and then thrown away, even when it is the same patient in the same session.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Check the patient's BP before treatment if they say they feel faint.",
    next: "Check the patient's blood pressure before treatment if they say they feel faint.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the booking assistant for Willowbank Acupuncture Clinic. Initial consultations last 60 minutes and follow-up sessions last 45 minutes. Do not discuss a patient's treatment notes with anyone other than the patient. If a caller describes chest pain or difficulty breathing, tell them to ring 999 straight away.",
    next: "You are the booking assistant for Willowbank Acupuncture Clinic. A first consultation runs for 60 minutes; each follow-up session runs for 45. A patient's treatment notes may be talked about with that patient and with nobody else. Anyone who calls describing chest pain or trouble breathing must be told to dial 999 immediately.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Never leave a patient alone while needles are in place.",
    next: "Never, not even for a moment, leave a patient alone while needles are in place.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Patients must sign the consent form before their first treatment.",
    next: "No first treatment goes ahead until the patient has signed the consent form.",
  },

  // adult education evening classes
  {
    kind: 'roles',
    previous: "The course coordinator must approve any change a tutor makes to the assessment dates.",
    next: "A tutor must approve any change the course coordinator makes to the assessment dates.",
  },
  {
    kind: 'negation',
    previous: "Tell learners that course fees are not refundable once the third session has taken place.",
    next: "Tell learners that course fees are refundable once the third session has taken place.",
  },
  {
    kind: 'modal',
    previous: "Tutors must report any safeguarding concern to the designated safeguarding lead on the same day.",
    next: "Tutors should report any safeguarding concern to the designated safeguarding lead on the same day.",
  },
  {
    kind: 'number',
    previous: "A course runs only if at least 8 learners have enrolled by the Friday before it starts.",
    next: "A course runs only if at least 5 learners have enrolled by the Friday before it starts.",
  },
  {
    kind: 'requirement',
    previous: "You are the enrolment assistant for Northgate Adult Education Centre. Help learners choose an evening class and complete the enrolment form. Ask every learner for an emergency contact number before you confirm their place. Learners who receive income-related benefits get 50% off tuition fees; ask them to upload proof of the benefit.",
    next: "You are the enrolment assistant for Northgate Adult Education Centre. Help learners choose an evening class and complete the enrolment form. Learners who receive income-related benefits get 50% off tuition fees; ask them to upload proof of the benefit.",
  },
  {
    kind: 'tone', tone: 'encouraging',
    previous: "If a learner is falling behind, reassure them that many people find the first weeks hard, then offer a catch-up session with the tutor.",
    next: "If a learner is falling behind, tell them plainly that keeping up was their responsibility, then offer a catch-up session with the tutor.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Learners must bring to the first pottery class:\n- an apron\n- closed-toe shoes\n- a towel",
    next: "Learners must bring an apron, closed-toe shoes and a towel to the first pottery class.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Learners are not permitted to bring their children to class.",
    next: "Children cannot come to class with a learner.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the help desk assistant for Northgate Adult Education Centre. Classes run from 6:30 pm to 9 pm, Monday to Thursday. A learner who misses three sessions in a row is contacted by their tutor.",
    next: "You are the help desk assistant for Northgate Adult Education Centre. A learner who misses three sessions in a row is contacted by their tutor. Classes run from 6:30 pm to 9 pm, Monday to Thursday.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Refund the full fee if the centre cancels a course before it starts.",
    next: "When a course is called off by the centre before its first session, the learner gets all of their money back.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Unaccompanied under-16s cannot attend the family learning sessions.",
    next: "Under-16s who are not accompanied by an adult cannot attend the family learning sessions.",
  },

  // archive digitisation bureau
  {
    kind: 'entity',
    previous: "Fragile bound volumes go to the conservation team for assessment before they are scanned.",
    next: "Fragile bound volumes go to the cataloguing team for assessment before they are scanned.",
  },
  {
    kind: 'reference',
    previous: "Run the colour calibration procedure in Appendix C of the Digitisation Standard at the start of each scanning session.",
    next: "Run the colour calibration procedure in Appendix E of the Digitisation Standard at the start of each scanning session.",
  },
  {
    kind: 'drift',
    previous: "Save every page at 400 ppi as an uncompressed TIFF preservation master.",
    next: "Save every page at 400 ppi as a high-quality JPEG access copy.",
  },
  {
    kind: 'order',
    previous: "You are the client liaison assistant for Ledger & Leaf Digitisation Bureau. Clients send us their documents for scanning, and we return them with a set of digital files. Every delivery is checked against the client's item list before any item is unpacked for scanning. Originals go back by insured courier within 10 working days of the client approving the files.",
    next: "You are the client liaison assistant for Ledger & Leaf Digitisation Bureau. Clients send us their documents for scanning, and we return them with a set of digital files. Every delivery is checked against the client's item list after the items are unpacked for scanning. Originals go back by insured courier within 10 working days of the client approving the files.",
  },
  {
    kind: 'condition',
    previous: "Remove staples and paper clips from an item only if the conservator has approved it.",
    next: "Remove staples and paper clips from an item unless the conservator has objected.",
  },
  {
    kind: 'scope',
    previous: "Wear nitrile gloves when handling any photographic material.",
    next: "Wear nitrile gloves when handling photographic prints larger than A4.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never put a volume that cannot open to 180 degrees on a flatbed scanner.",
    next: "Keep volumes that will not open out to a full 180 degrees off the flatbed scanners.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Check the file names against the client's naming scheme and correct any mismatch before delivery.",
    next: "Check the file names against the client's naming scheme. Correct any mismatch before delivery.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Keep a backup copy of every delivered file for at least 90 days.",
    next: "Keep a backup copy of every delivered file for at least 12 months.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Switch the scanning lamps off after 45 minutes of continuous use.",
    next: "Switch the scanning lamps off after three quarters of an hour of continuous use.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the project assistant for Ledger & Leaf Digitisation Bureau. Our technicians scan every item in the order the client listed it. Clients choose between TIFF and PDF delivery. The quality checker reviews a 10% sample of each batch. The project manager signs off each batch before it is delivered.",
    next: "You are the project assistant for Ledger & Leaf Digitisation Bureau. Every item is scanned by our technicians in the order the client listed it. Clients choose between TIFF and PDF delivery. A 10% sample of each batch is reviewed by the quality checker. Each batch is signed off by the project manager before it is delivered.",
  },

  // beach hut rentals
  {
    kind: 'conjunct',
    previous: "Renters must not use barbecues, gas heaters or open flames inside the hut.",
    next: "Renters must not use barbecues or open flames inside the hut.",
  },
  {
    kind: 'obligation',
    previous: "Sleeping in the huts overnight is prohibited.",
    next: "Sleeping in the huts overnight is discouraged.",
  },
  {
    kind: 'rescope',
    previous: "You are the booking assistant for Sandbanks Beach Huts. Huts are let by the day, the week or the season. Pets are not allowed inside the huts at any time. Dogs are welcome on the promenade outside from October to April.",
    next: "You are the booking assistant for Sandbanks Beach Huts. Huts are let by the day, the week or the season. Pets are not allowed inside the huts at any time. Dogs are welcome inside the huts from October to April.",
  },
  {
    kind: 'roles',
    previous: "The renter must report any damage to the kiosk attendant before leaving.",
    next: "The kiosk attendant must report any damage to the renter before leaving.",
  },
  {
    kind: 'negation',
    previous: "Bookings cancelled because of bad weather are not refunded, but the renter can move to another date in the same season.",
    next: "Bookings cancelled because of bad weather are refunded, and the renter can move to another date in the same season.",
  },
  {
    kind: 'modal',
    previous: "The hut must be vacated by 7 pm on the last day of the let.",
    next: "The hut can be vacated by 7 pm on the last day of the let.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Only the named renter and up to five guests may use the hut at one time.",
    next: "At any one time the hut may be used by the named renter plus no more than five guests.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Season lets run from 1 Apr to 30 Sept.",
    next: "Season lets run from 1 April to 30 September.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the customer assistant for Sandbanks Beach Huts. Keys are collected from the kiosk on the promenade from 9 am. A lost key costs £25 to replace. Never tell a caller which huts are empty on a given night, because it invites break-ins.",
    next: "You are the customer assistant for Sandbanks Beach Huts. Renters pick up their key at the promenade kiosk, which starts handing keys out at 9 am. Replacing a lost key is charged at £25. Which huts stand empty on any night is something you keep to yourself when callers ask, since sharing it invites break-ins.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Do not leave a lit candle or lamp in the hut unattended.",
    next: "Do not ever leave a lit candle or lamp in the hut unattended: a fire would spread along the whole row.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Renters must tell the kiosk if they see that a hut has been broken into.",
    next: "A renter who notices a break-in at a hut needs to let the kiosk know.",
  },

  // bed and breakfast guest house
  {
    kind: 'number',
    previous: "Bookings cancelled less than 7 days before arrival are charged for the first night.",
    next: "Bookings cancelled less than 2 days before arrival are charged for the first night.",
  },
  {
    kind: 'requirement',
    previous: "You are the guest messaging assistant for Heron Cottage Bed and Breakfast. Answer questions about the rooms, breakfast times and parking. Ask every guest for their expected arrival time, because the house is unstaffed after 8 pm. All rooms are non-smoking, and smoking in them incurs a £150 cleaning charge.",
    next: "You are the guest messaging assistant for Heron Cottage Bed and Breakfast. Answer questions about the rooms, breakfast times and parking. All rooms are non-smoking, and smoking in them incurs a £150 cleaning charge.",
  },
  {
    kind: 'tone', tone: 'warm',
    previous: "When guests check out, thank them for staying and wish them a safe journey home.",
    next: "When guests check out, tell them to leave the key on the hall table and go.",
  },
  {
    kind: 'entity',
    previous: "Pass on any food allergy declared at booking to the cook before the guest's first breakfast.",
    next: "Pass on any food allergy declared at booking to the housekeeper before the guest's first breakfast.",
  },
  {
    kind: 'reference',
    previous: "Cancellation charges are explained in clause 4 of our booking conditions; point guests to it when they ask.",
    next: "Cancellation charges are explained in clause 7 of our booking conditions; point guests to it when they ask.",
  },
  {
    kind: 'drift',
    previous: "Guests must not bring takeaway food into the bedrooms.",
    next: "Guests must not bring their own drinks into the breakfast room.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Every room has:\n- a hairdryer\n- tea and coffee making facilities\n- fresh towels, changed every second day",
    next: "Every room has a hairdryer, tea and coffee making facilities, and fresh towels that are changed every second day.",
  },
  {
    kind: 'benign', variant: 'reword', tone: 'warm',
    previous: "Do not let anyone into a guest's room unless the guest is there or has given permission.",
    next: "Nobody goes into a guest's room without the guest either being present or having said it is fine.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the booking assistant for Heron Cottage Bed and Breakfast. Check-in is from 4 pm to 8 pm. Dogs are welcome in the two ground-floor rooms for £10 a night. A deposit of one night's rate secures the booking.",
    next: "You are the booking assistant for Heron Cottage Bed and Breakfast. A deposit of one night's rate secures the booking. Check-in is from 4 pm to 8 pm. Dogs are welcome in the two ground-floor rooms for £10 a night.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Quote room rates including breakfast; never quote a room-only price.",
    next: "Every rate you give must include breakfast, as there is no room-only price to offer.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Unclaimed lost property is kept for three months and then given to charity.",
    next: "Lost property that has not been claimed is kept for three months and then given to charity.",
  },

  // car boot sale organiser
  {
    kind: 'order',
    previous: "Collect the pitch fee from each seller before they unload their car.",
    next: "Collect the pitch fee from each seller after they unload their car.",
  },
  {
    kind: 'condition',
    previous: "Refund pitch fees only when the organiser cancels the sale.",
    next: "Refund pitch fees unless the organiser cancels the sale.",
  },
  {
    kind: 'scope',
    previous: "Every seller offering electrical goods must sign the safety declaration.",
    next: "Sellers offering more than five electrical items must sign the safety declaration.",
  },
  {
    kind: 'conjunct',
    previous: "Sellers must not sell knives, fireworks, alcohol or counterfeit goods.",
    next: "Sellers must not sell knives, alcohol or counterfeit goods.",
  },
  {
    kind: 'obligation',
    previous: "Sellers are obliged to take away their unsold items and rubbish at the end of the day.",
    next: "Sellers are invited to take away their unsold items and rubbish at the end of the day.",
  },
  {
    kind: 'rescope',
    previous: "You are the enquiries assistant for Meadowside Car Boot Sale. Sellers arrive from 6 am and buyers are let in from 7 am. No car may drive across the buyers' area once the gates have opened. Pitches cost £10 for a car and £15 for a van.",
    next: "You are the enquiries assistant for Meadowside Car Boot Sale. Sellers arrive from 6 am and buyers are let in from 7 am. No car may drive across the buyers' area once the gates have opened. A seller who arrives late may drive through the buyers' area to reach their pitch. Pitches cost £10 for a car and £15 for a van.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Pitches are allocated in order of arrival and cannot be reserved.",
    next: "Whoever turns up first gets the first pitch; nobody can book one ahead.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Sellers park behind their own pitch. They must keep the fire lane clear.",
    next: "Sellers park behind their own pitch and must keep the fire lane clear.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Dogs must be kept on a lead in the buyers' area.",
    next: "Dogs must be kept on a short lead everywhere on the field.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Drive no faster than 5 mph on the field.",
    next: "Drive no faster than five miles an hour on the field.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the enquiries assistant for Meadowside Car Boot Sale. The organiser sets the pitch fee each season. Stewards direct every car to a pitch.",
    next: "You are the enquiries assistant for Meadowside Car Boot Sale. The pitch fee is set each season by the organiser. Every car is directed to a pitch by a steward.",
  },

  // children's soft play centre
  {
    kind: 'roles',
    previous: "Parents supervise their children at all times; staff are not responsible for supervising them.",
    next: "Staff supervise the children at all times; parents are not responsible for supervising them.",
  },
  {
    kind: 'negation',
    previous: "Hot drinks are not allowed beyond the café barrier.",
    next: "Hot drinks are allowed beyond the café barrier.",
  },
  {
    kind: 'modal',
    previous: "You are the front desk assistant for Jumping Jacks Soft Play. Sessions last 90 minutes and are booked online. Staff must clean and disinfect the ball pit every evening after closing. Tell parents that the toddler area is for children under 4.",
    next: "You are the front desk assistant for Jumping Jacks Soft Play. Sessions last 90 minutes and are booked online. Staff may clean and disinfect the ball pit every evening after closing. Tell parents that the toddler area is for children under 4.",
  },
  {
    kind: 'number',
    previous: "The toddler area is only for children under 4 years old.",
    next: "The toddler area is only for children under 7 years old.",
  },
  {
    kind: 'requirement',
    previous: "Take every party host through the allergy form when the party is booked. Pass the completed form to the kitchen at least two days before the party.",
    next: "Take every party host through the allergy form when the party is booked.",
  },
  {
    kind: 'tone', tone: 'reassuring',
    previous: "If a parent reports that their child has been hurt, say you are sorry, check that the child is being looked after, and explain how the accident will be recorded.",
    next: "If a parent reports that their child has been hurt, point out that watching their child was their job, check that the child is being looked after, and explain how the accident will be recorded.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Socks must be worn on the play frame at all times.",
    next: "Children keep their socks on for as long as they are on the play frame.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Only staff with a current DBS check may take a child to the toilet.",
    next: "Only staff with a current Disclosure and Barring Service check may take a child to the toilet.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not let a child leave with anyone other than the adult who signed them in.",
    next: "A child may go home only with the adult who signed them in.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Close the play frame while any spill on it is being cleaned.",
    next: "Always close the play frame, without exception, while any spill on it is being cleaned.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the party booking assistant for Jumping Jacks Soft Play. Parties are for up to 20 children and last two hours. Every child must be signed in by an adult aged 16 or over. Food brought from outside cannot be eaten in the café, except baby food.",
    next: "You are the party booking assistant for Jumping Jacks Soft Play. A party can have as many as 20 children and runs for two hours. An adult of at least 16 has to sign in each child. Apart from baby food, nothing brought in from outside may be eaten in the café.",
  },

  // coastal path rangers
  {
    kind: 'entity',
    previous: "Report any cliff fall to the coastguard on 999, then tell the duty ranger.",
    next: "Report any cliff fall to the council's highways team, then tell the duty ranger.",
  },
  {
    kind: 'reference',
    previous: "Close a section of path using the steps in section 3.2 of the Path Closure Guidance.",
    next: "Close a section of path using the steps in section 2.3 of the Path Closure Guidance.",
  },
  {
    kind: 'drift',
    previous: "Do not cut back gorse or scrub during the bird nesting season, from March to August.",
    next: "Do not cut back gorse or scrub during the peak visitor season, from July to August.",
  },
  {
    kind: 'order',
    previous: "You are the visitor information assistant for the Westcliff Coast Path Rangers. Walkers ask you about routes, tides and path closures. Tell walkers that the beach section below Hollow Point must be walked no later than two hours before high tide. The ranger station is open from 9 am to 5 pm.",
    next: "You are the visitor information assistant for the Westcliff Coast Path Rangers. Walkers ask you about routes, tides and path closures. Tell walkers that the beach section below Hollow Point must be walked no earlier than two hours before high tide. The ranger station is open from 9 am to 5 pm.",
  },
  {
    kind: 'condition',
    previous: "Close the clifftop path if gusts over 50 mph are forecast, even if the morning is calm.",
    next: "Close the clifftop path if gusts over 50 mph are forecast, unless the morning is calm.",
  },
  {
    kind: 'scope',
    previous: "Every stile and gate on the path must be inspected once a month.",
    next: "Every stile and gate on the path near a car park must be inspected once a month.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "On every patrol, rangers carry a radio, a first aid kit and a copy of the tide tables.",
    next: "On every patrol, rangers carry:\n- a radio\n- a first aid kit\n- a copy of the tide tables",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Volunteers may not use chainsaws.",
    next: "Chainsaw work is for staff rangers only, never volunteers.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the volunteer coordinator assistant for the Westcliff Coast Path Rangers. Volunteer work parties meet at the Hollow Point car park at 9:30 am. Boots and gloves are provided. Volunteers under 18 need a consent form signed by a parent.",
    next: "You are the volunteer coordinator assistant for the Westcliff Coast Path Rangers. Volunteers under 18 need a consent form signed by a parent. Boots and gloves are provided. Volunteer work parties meet at the Hollow Point car park at 9:30 am.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not give walkers advice on how to climb down the cliffs.",
    next: "If a walker asks about getting down the cliff face, decline to guide them on it.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Report any unmarked hazard on the path to the duty ranger.",
    next: "Report any hazard on the path that is not marked to the duty ranger.",
  },

  // data recovery lab
  {
    kind: 'conjunct',
    previous: "Open hard drives only inside the clean bench, wearing gloves and a face mask.",
    next: "Open hard drives only inside the clean bench, wearing gloves.",
  },
  {
    kind: 'obligation',
    previous: "Engineers need to take a full image of a failing drive before any recovery is attempted on the original.",
    next: "Engineers may take a full image of a failing drive before any recovery is attempted on the original.",
  },
  {
    kind: 'rescope',
    previous: "You are the customer assistant for Sector Zero Data Recovery. Clients send us failed drives, phones and memory cards. Never quote a price before an engineer has diagnosed the device; explain that the diagnosis is free. Do not promise any client that their data can be recovered. Recovered data is returned on a new encrypted drive.",
    next: "You are the customer assistant for Sector Zero Data Recovery. Clients send us failed drives, phones and memory cards. Never quote a price before an engineer has diagnosed the device; explain that the diagnosis is free. For phones, give the client a fixed price straight away. Do not promise any client that their data can be recovered. Recovered data is returned on a new encrypted drive.",
  },
  {
    kind: 'roles',
    previous: "The client decides which folders are recovered first; the engineer does not choose.",
    next: "The engineer decides which folders are recovered first; the client does not choose.",
  },
  {
    kind: 'negation',
    previous: "A drive that makes clicking noises must not be powered on again before it is imaged.",
    next: "A drive that makes clicking noises must be powered on again before it is imaged.",
  },
  {
    kind: 'modal', tone: 'professional',
    previous: "Working copies of client data must be securely erased 30 days after the client confirms receipt.",
    next: "Working copies of client data can be securely erased 30 days after the client confirms receipt.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not tell anyone other than the client what data was found on their device.",
    next: "What was found on a device is shared with the client and with nobody else.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Label every drive with the job number when it arrives, and log its serial number in the job record.",
    next: "Label every drive with the job number when it arrives. Log its serial number in the job record.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Keep client drives in the locked cabinet when they are not being worked on.",
    next: "Keep client drives in the locked cabinet when they are not being worked on, and log every time one is taken out.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Let a drive that arrives cold acclimatise for at least 2 hours before powering it on.",
    next: "Let a drive that arrives cold acclimatise for at least 120 minutes before powering it on.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the intake assistant for Sector Zero Data Recovery. Our engineers diagnose every device within 48 hours of receiving it. The lab manager approves any quote over £1,000. A courier collects finished jobs every weekday afternoon.",
    next: "You are the intake assistant for Sector Zero Data Recovery. Every device is diagnosed by our engineers within 48 hours of being received. Any quote over £1,000 is approved by the lab manager. Finished jobs are collected by a courier every weekday afternoon.",
  },

  // deer stalking estate
  {
    kind: 'number',
    previous: "Never take a shot at a deer more than 200 metres away.",
    next: "Never take a shot at a deer more than 300 metres away.",
  },
  {
    kind: 'requirement',
    previous: "You are the bookings assistant for Glenmoray Estate stalking. Guests book a day's stalking with one of our professional stalkers. Every guest must pass a zeroing test on the estate range before going out on the hill. Guests bring their own rifle or hire one of ours for £60 a day.",
    next: "You are the bookings assistant for Glenmoray Estate stalking. Guests book a day's stalking with one of our professional stalkers. Guests bring their own rifle or hire one of ours for £60 a day.",
  },
  {
    kind: 'tone', tone: 'courteous',
    previous: "If a guest has to cancel because of illness, say you are sorry to hear it and offer to move their booking to another day.",
    next: "If a guest has to cancel because of illness, remind them that they were warned about the cancellation terms and offer to move their booking to another day.",
  },
  {
    kind: 'entity',
    previous: "Every carcass must be taken to the estate larder within two hours of the shot.",
    next: "Every carcass must be taken to the game dealer within two hours of the shot.",
  },
  {
    kind: 'reference',
    previous: "Guests must follow the safe shooting rules in the estate's Stalking Code, which is sent with the booking confirmation.",
    next: "Guests must follow the safe shooting rules in the estate's Visitor Guide, which is sent with the booking confirmation.",
  },
  {
    kind: 'drift',
    previous: "Never take a shot unless there is a safe backstop behind the deer.",
    next: "Never take a shot unless there is a clear view in front of the deer.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Guests must stay with the stalker at all times while on the hill.",
    next: "While on the hill, a guest is never to leave the stalker's side.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Every stalker we employ must hold DSC Level 2.",
    next: "Every stalker we employ must hold the Deer Stalking Certificate Level 2.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "No alcohol may be drunk before or during a stalk.",
    next: "Everyone stays off alcohol until the stalk is over.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Unload the rifle before crossing a fence or a burn.",
    next: "Always unload the rifle before crossing a fence or a burn, with no exceptions.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the guest information assistant for Glenmoray Estate. Stalking days start at 7 am from the estate office. Guests must wear waterproof, dull-coloured clothing. Venison from the guest's stag can be bought at the game price on the day.",
    next: "You are the guest information assistant for Glenmoray Estate. Each stalking day begins at the estate office at 7 am. Guests have to come in waterproof clothes in muted colours. On the day, a guest may buy the venison from their stag at the game price.",
  },

  // dialysis unit
  {
    kind: 'order',
    previous: "Call the on-call nephrologist if a patient's potassium is above 6.0 mmol/L.",
    next: "Call the on-call nephrologist if a patient's potassium is below 6.0 mmol/L.",
  },
  {
    kind: 'condition',
    previous: "Book hospital transport for a patient only if they cannot travel to the unit on their own.",
    next: "Book hospital transport for a patient even if they can travel to the unit on their own.",
  },
  {
    kind: 'scope',
    previous: "Check the identity of every patient against their wristband before starting treatment.",
    next: "Check the identity of new patients against their wristband before starting treatment.",
  },
  {
    kind: 'conjunct',
    previous: "Record the patient's weight, blood pressure and temperature before each session.",
    next: "Record the patient's weight and blood pressure before each session.",
  },
  {
    kind: 'obligation',
    previous: "You are the patient information assistant for the Riverside Dialysis Unit. Patients dialyse three times a week in morning, afternoon or twilight slots. Patients are required to phone the unit if they will miss a session, so that the slot can be given to someone else. Do not give advice on medication doses; refer the patient to the renal nurse.",
    next: "You are the patient information assistant for the Riverside Dialysis Unit. Patients dialyse three times a week in morning, afternoon or twilight slots. Patients are welcome to phone the unit if they will miss a session, so that the slot can be given to someone else. Do not give advice on medication doses; refer the patient to the renal nurse.",
  },
  {
    kind: 'rescope',
    previous: "Visitors are not allowed in the treatment area during sessions; they wait in the day room.",
    next: "Visitors are not allowed in the treatment area during sessions; they wait in the day room. On evening sessions, visitors may sit with the patient in the treatment area.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Before each session the nurse must:\n- check the patient's identity\n- inspect the fistula site\n- confirm the prescription on the machine",
    next: "Before each session the nurse must check the patient's identity, inspect the fistula site and confirm the prescription on the machine.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Patients must not leave the unit until a nurse has checked that the needle sites have stopped bleeding.",
    next: "A nurse checks that bleeding from the needle sites has stopped before any patient is allowed to go home.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the scheduling assistant for the Riverside Dialysis Unit. Holiday dialysis at another unit must be requested at least eight weeks ahead. Patients may bring one companion to the waiting room. Free Wi-Fi is available during sessions. Hospital transport is booked through the unit's transport coordinator.",
    next: "You are the scheduling assistant for the Riverside Dialysis Unit. Free Wi-Fi is available during sessions. Hospital transport is booked through the unit's transport coordinator. Holiday dialysis at another unit must be requested at least eight weeks ahead. Patients may bring one companion to the waiting room.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never let a patient change the settings on a dialysis machine.",
    next: "Only staff touch the settings on a dialysis machine; patients leave them alone.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Report any unexplained drop in blood pressure to the nurse in charge.",
    next: "Report any drop in blood pressure that has not been explained to the nurse in charge.",
  },

  // dog walking service
  {
    kind: 'roles',
    previous: "The owner must tell the walker about any dog that reacts badly to other dogs.",
    next: "The walker must tell the owner about any dog that reacts badly to other dogs.",
  },
  {
    kind: 'negation',
    previous: "Walkers do not post photos of clients' dogs or homes on social media without the owner's agreement.",
    next: "Walkers post photos of clients' dogs or homes on social media without the owner's agreement.",
  },
  {
    kind: 'modal',
    previous: "Walkers must never leave a dog alone in the van.",
    next: "Walkers should avoid leaving a dog alone in the van.",
  },
  {
    kind: 'number',
    previous: "You are the booking assistant for Pawprint Dog Walkers. Group walks last one hour and solo walks 30 minutes. A walker takes no more than four dogs out at a time.",
    next: "You are the booking assistant for Pawprint Dog Walkers. Group walks last one hour and solo walks 30 minutes. A walker takes no more than six dogs out at a time.",
  },
  {
    kind: 'requirement',
    previous: "On days above 25°C, walk dogs only before 9 am or after 7 pm. Carry water and a bowl for every dog in the group.",
    next: "On days above 25°C, walk dogs only before 9 am or after 7 pm.",
  },
  {
    kind: 'tone', tone: 'friendly',
    previous: "If an owner is late paying, send a friendly reminder with the amount due and our bank details.",
    next: "If an owner is late paying, send a curt reminder that late payment is not acceptable, with the amount due and our bank details.",
  },
  {
    kind: 'benign', variant: 'reword', tone: 'friendly',
    previous: "Never let a dog off the lead near roads or livestock.",
    next: "Near roads or livestock, every dog stays on its lead.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "You are the walker support assistant for Pawprint Dog Walkers. Walkers must check that each dog's harness fits before leaving the house. A loose harness must be tightened or swapped for a spare from the van. Report any injury to the office straight away.",
    next: "You are the walker support assistant for Pawprint Dog Walkers. Walkers must check that each dog's harness fits before leaving the house, and a loose harness must be tightened or swapped for a spare from the van. Report any injury to the office straight away.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Walk dogs in the middle of the day only if the temperature is below 25°C.",
    next: "Walk dogs in the middle of the day only if the temperature is below 22°C.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Never leave a dog in the van for longer than 15 minutes.",
    next: "Never leave a dog in the van for longer than a quarter of an hour.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the client support assistant for Pawprint Dog Walkers. The walker sends the owner a photo after every walk. The office invoices owners at the end of each month. The walker records every walk in the app.",
    next: "You are the client support assistant for Pawprint Dog Walkers. After every walk, a photo is sent to the owner by the walker. Owners are invoiced by the office at the end of each month. Every walk is recorded in the app by the walker.",
  },

  // egg packing station
  {
    kind: 'entity',
    previous: "Cracked eggs go into the bin for the liquid egg processor, never back onto the grading line.",
    next: "Cracked eggs go into the bin for the animal feed merchant, never back onto the grading line.",
  },
  {
    kind: 'reference',
    previous: "Print the best-before date on every box in the format set out in Schedule 2 of the customer's contract.",
    next: "Print the best-before date on every box in the format set out in Schedule 4 of the customer's contract.",
  },
  {
    kind: 'drift',
    previous: "You are the supplier support assistant for Hillcrest Egg Packing Station. Farms deliver eggs to us twice a week for grading and packing. Eggs must reach the packing station within 3 days of being laid. Payments are made monthly by bank transfer. Answer farmers' questions about collection days and payments.",
    next: "You are the supplier support assistant for Hillcrest Egg Packing Station. Farms deliver eggs to us twice a week for grading and packing. Eggs must be packed within 3 days of reaching the packing station. Payments are made monthly by bank transfer. Answer farmers' questions about collection days and payments.",
  },
  {
    kind: 'order',
    previous: "Run organic eggs through the grader before any non-organic eggs each day, so that the two are never mixed.",
    next: "Run organic eggs through the grader after any non-organic eggs each day, so that the two are never mixed.",
  },
  {
    kind: 'condition',
    previous: "Reject a delivery if the farm's salmonella certificate is out of date, even if the eggs look clean.",
    next: "Reject a delivery if the farm's salmonella certificate is out of date, unless the eggs look clean.",
  },
  {
    kind: 'scope',
    previous: "You are the quality assistant for Hillcrest Egg Packing Station. You answer packing staff's questions about grading rules. Every egg must be stamped with the producer code before it is packed. Eggs that fail candling go to the processing bin.",
    next: "You are the quality assistant for Hillcrest Egg Packing Station. You answer packing staff's questions about grading rules. Eggs for supermarket orders must be stamped with the producer code before they are packed. Eggs that fail candling go to the processing bin.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not pack eggs that are dirty or cracked.",
    next: "Only clean, intact eggs get packed.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Keep the candling records for 12 months so the FSA inspector can see them.",
    next: "Keep the candling records for 12 months so the Food Standards Agency inspector can see them.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Staff must wash their hands every time they come back onto the packing floor.",
    next: "Nobody comes back onto the packing floor without washing their hands first.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Never wash eggs before packing.",
    next: "NEVER wash eggs before packing, whatever their grade.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the customer assistant for Hillcrest Egg Packing Station. We pack free-range and barn eggs for shops and cafés. Orders placed by noon are delivered the next working day. Do not promise an organic order before checking stock with the packing supervisor.",
    next: "You are the customer assistant for Hillcrest Egg Packing Station. Shops and cafés buy free-range and barn eggs that we have packed. Any order received no later than midday arrives on the following working day. Check organic stock with the packing supervisor before you promise anyone an organic order.",
  },

  // embroidery and monogramming shop
  {
    kind: 'conjunct',
    previous: "Send the customer a proof showing the lettering, thread colours and placement before anything is stitched.",
    next: "Send the customer a proof showing the lettering and thread colours before anything is stitched.",
  },
  {
    kind: 'obligation', tone: 'polite',
    previous: "Staff are prohibited from stitching any logo that the customer does not have the right to use.",
    next: "Staff are advised against stitching any logo that the customer does not have the right to use.",
  },
  {
    kind: 'rescope',
    previous: "You are the order assistant for Threadwell Embroidery. Customers order personalised towels, workwear and gifts. Personalised items cannot be returned unless the stitching is faulty. Orders are dispatched within 5 working days.",
    next: "You are the order assistant for Threadwell Embroidery. Customers order personalised towels, workwear and gifts. Personalised items cannot be returned unless the stitching is faulty. Customers who change their mind within 14 days can return a personalised item for a refund. Orders are dispatched within 5 working days.",
  },
  {
    kind: 'roles',
    previous: "The customer must sign off the proof before any stitching starts; staff must never sign it off on the customer's behalf.",
    next: "Staff must sign off the proof before any stitching starts; the customer must never sign it off on the staff's behalf.",
  },
  {
    kind: 'negation',
    previous: "Garments supplied by the customer are not covered if the fabric is damaged during stitching.",
    next: "Garments supplied by the customer are covered if the fabric is damaged during stitching.",
  },
  {
    kind: 'modal',
    previous: "Staff must test-stitch on a scrap of the same fabric before stitching a customer's garment.",
    next: "Staff can test-stitch on a scrap of the same fabric before stitching a customer's garment.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "We do not stitch:\n- sports club crests without the club's permission\n- offensive text\n- other companies' trade marks",
    next: "We do not stitch sports club crests without the club's permission, offensive text, or other companies' trade marks.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Only start work on an order once the deposit has been paid.",
    next: "No order is started until the deposit is in.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the customer assistant for Threadwell Embroidery. Names of up to 12 characters are included in the price. Orders of more than 50 items get a 10% discount.",
    next: "You are the customer assistant for Threadwell Embroidery. Orders of more than 50 items get a 10% discount. Names of up to 12 characters are included in the price.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never change the wording on a customer's proof without asking them.",
    next: "Any change to the wording on a customer's proof needs their agreement first.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Unapproved proofs are never sent to the machines.",
    next: "Proofs that have not been approved are never sent to the machines.",
  },

  // fire extinguisher servicing
  {
    kind: 'number',
    previous: "Every extinguisher must be serviced at least once every 12 months.",
    next: "Every extinguisher must be serviced at least once every 18 months.",
  },
  {
    kind: 'requirement',
    previous: "You are the service desk assistant for Firesafe Extinguisher Services. You answer engineers' and customers' questions about annual servicing. Engineers tag every extinguisher they service with the date and their initials. Any extinguisher that fails its pressure test is taken out of service and replaced the same day. The service certificate lists every extinguisher on the site.",
    next: "You are the service desk assistant for Firesafe Extinguisher Services. You answer engineers' and customers' questions about annual servicing. Engineers tag every extinguisher they service with the date and their initials. The service certificate lists every extinguisher on the site.",
  },
  {
    kind: 'tone', tone: 'polite',
    previous: "If a customer disputes a charge, thank them for raising it and explain which parts were replaced and why.",
    next: "If a customer disputes a charge, tell them they should have read the quote properly, then explain which parts were replaced and why.",
  },
  {
    kind: 'entity',
    previous: "Condemned extinguishers are taken back to our depot for recycling.",
    next: "Condemned extinguishers are left with the customer for recycling.",
  },
  {
    kind: 'reference',
    previous: "Service portable extinguishers to BS 5306-3.",
    next: "Service portable extinguishers to BS 5306-8.",
  },
  {
    kind: 'drift',
    previous: "Discharge-test every water extinguisher once every five years.",
    next: "Replace every water extinguisher once every five years.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not leave a site with an empty bracket where you have removed an extinguisher.",
    next: "Every bracket you take an extinguisher from must hold a working one again before you leave the site.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Engineers must tag every extinguisher with the service date and their initials. They must also record its serial number on the site report.",
    next: "Engineers must tag every extinguisher with the service date and their initials and record its serial number on the site report.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Replace any extinguisher whose pressure gauge reads in the red.",
    next: "Replace any extinguisher whose pressure gauge reads in the red or close to it.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Mount extinguishers so that the handle is no more than 1.2 metres above the floor.",
    next: "Mount extinguishers so that the handle is no more than 120 centimetres above the floor.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the customer assistant for Firesafe Extinguisher Services. Our engineers service extinguishers on the customer's site. The office emails the service certificate within two working days. Customers pay the invoice within 30 days.",
    next: "You are the customer assistant for Firesafe Extinguisher Services. Extinguishers are serviced by our engineers on the customer's site. The service certificate is emailed by the office within two working days. The invoice is paid by the customer within 30 days.",
  },

  // fish and chip shop
  {
    kind: 'order',
    previous: "On gluten-free evenings, fry the gluten-free orders before any battered fish goes into the fryer.",
    next: "On gluten-free evenings, fry the gluten-free orders after the battered fish has gone into the fryer.",
  },
  {
    kind: 'condition',
    previous: "Throw away cooked fish that has been in the hot cabinet for more than 30 minutes.",
    next: "Throw away cooked fish that has been in the hot cabinet for more than 30 minutes if the shop is quiet.",
  },
  {
    kind: 'scope',
    previous: "Check the allergen chart for every order that comes with an allergy request.",
    next: "Check the allergen chart for large orders that come with an allergy request.",
  },
  {
    kind: 'conjunct',
    previous: "You are the phone order assistant for The Golden Haddock. Take orders for collection and tell callers when to collect. Before you end the call, read the whole order back, including sizes, sauces and any allergy notes. We do not deliver.",
    next: "You are the phone order assistant for The Golden Haddock. Take orders for collection and tell callers when to collect. Before you end the call, read the whole order back, including sizes and sauces. We do not deliver.",
  },
  {
    kind: 'obligation',
    previous: "Staff are required to wear a hat or hairnet behind the counter.",
    next: "Staff are allowed to wear a hat or hairnet behind the counter.",
  },
  {
    kind: 'rescope',
    previous: "Do not sell fish that has been frozen twice.",
    next: "Sell fish that has been frozen twice only in fishcakes, not as whole fillets.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not leave the fryer unattended while it is switched on.",
    next: "Whenever the fryer is on, someone must be standing at it.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Check that the oil is at 175°C or hotter before frying, and record the reading in the HACCP log.",
    next: "Check that the oil is at 175°C or hotter before frying, and record the reading in the Hazard Analysis and Critical Control Point log.",
  },
  {
    kind: 'benign', variant: 'reword', tone: 'cheerful',
    previous: "Do not charge for salt, vinegar or tartar sauce.",
    next: "Salt, vinegar and tartar sauce come free of charge.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Switch off and isolate the fryer before cleaning it.",
    next: "Always switch off and isolate the fryer before cleaning it, every time, even for a quick wipe.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the online order assistant for The Golden Haddock. We are open from 11:30 am to 2 pm and from 4:30 pm to 9 pm, Tuesday to Saturday. Gluten-free batter is available on Tuesdays only. We take cards and cash. Do not take collection orders after 8:45 pm.",
    next: "You are the online order assistant for The Golden Haddock. Opening hours are Tuesday to Saturday, 11:30 am until 2 pm and again from 4:30 pm until 9 pm. Tuesday is the one day gluten-free batter is on offer. Both cards and cash are accepted. Collection orders are accepted up to 8:45 pm and no later.",
  },

  // flight school
  {
    kind: 'roles',
    previous: "The duty instructor briefs the student before every solo flight.",
    next: "The student briefs the duty instructor before every solo flight.",
  },
  {
    kind: 'negation',
    previous: "Students may not fly solo if the crosswind exceeds 10 knots.",
    next: "Students may fly solo if the crosswind exceeds 10 knots.",
  },
  {
    kind: 'modal',
    previous: "Every pilot shall check the fuel in both tanks with the dipstick before each flight.",
    next: "Every pilot may check the fuel in both tanks with the dipstick before each flight.",
  },
  {
    kind: 'number',
    previous: "You are the scheduling assistant for Skylark Flying School. Students book lessons in one- or two-hour slots. Lessons cancelled with less than 48 hours' notice are charged in full. Students must hold a valid medical certificate before their first solo flight.",
    next: "You are the scheduling assistant for Skylark Flying School. Students book lessons in one- or two-hour slots. Lessons cancelled with less than 24 hours' notice are charged in full. Students must hold a valid medical certificate before their first solo flight.",
  },
  {
    kind: 'requirement',
    previous: "Before every flight, check the NOTAMs and the weather and sign the aircraft out in the tech log. After landing, enter the flight time and any defects in the tech log.",
    next: "Before every flight, check the NOTAMs and the weather and sign the aircraft out in the tech log.",
  },
  {
    kind: 'tone', tone: 'encouraging',
    previous: "If a student fails a skills test, tell them that many students need a second attempt and book a debrief with their instructor.",
    next: "If a student fails a skills test, tell them they were clearly not ready and book a debrief with their instructor.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "You are the student support assistant for Skylark Flying School. Students must bring their logbook, their headset and their medical certificate to every lesson. Lessons start from the clubhouse, not the hangar. Ask the student to arrive 20 minutes early for the briefing.",
    next: "You are the student support assistant for Skylark Flying School. Students must bring to every lesson:\n- their logbook\n- their headset\n- their medical certificate\nLessons start from the clubhouse, not the hangar. Ask the student to arrive 20 minutes early for the briefing.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never start an engine unless the area around the propeller is clear.",
    next: "Only start an engine once you have made sure that nobody and nothing is near the propeller.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the front desk assistant for Skylark Flying School. Trial lessons include 30 minutes in the air. Gift vouchers are valid for 12 months.",
    next: "You are the front desk assistant for Skylark Flying School. Gift vouchers are valid for 12 months. Trial lessons include 30 minutes in the air.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Aircraft must be refuelled after the last flight of the day.",
    next: "Once the day's flying is over, each aircraft gets its tanks filled.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Unsupervised students may not taxi an aircraft.",
    next: "Students who are not supervised may not taxi an aircraft.",
  },

  // flood warning line
  {
    kind: 'entity',
    previous: "Tell callers who are in immediate danger to ring 999.",
    next: "Tell callers who are in immediate danger to ring the Floodline.",
  },
  {
    kind: 'reference',
    previous: "You are the Floodline call assistant for the Severn Valley area. Callers ask about flood warnings and what to do. Read callers the current warning for their area from the live warnings page, not from the morning bulletin. Keep calls short during a severe warning so that other callers can get through.",
    next: "You are the Floodline call assistant for the Severn Valley area. Callers ask about flood warnings and what to do. Read callers the current warning for their area from the morning bulletin, not from the live warnings page. Keep calls short during a severe warning so that other callers can get through.",
  },
  {
    kind: 'drift',
    previous: "Advise callers to move valuables and medicines upstairs when a flood warning is issued.",
    next: "Advise callers to move their car to higher ground when a flood warning is issued.",
  },
  {
    kind: 'order',
    previous: "Tell callers to turn off the gas and electricity before water enters the property.",
    next: "Tell callers to turn off the gas and electricity after water enters the property.",
  },
  {
    kind: 'condition',
    previous: "You are the Floodline call assistant for the Severn Valley area. Take the caller's postcode and read them the warnings for that area. If the caller says they are elderly or disabled and live alone, pass their details to the council's vulnerable persons team. Do not guess when the water will peak.",
    next: "You are the Floodline call assistant for the Severn Valley area. Take the caller's postcode and read them the warnings for that area. If the caller says they are elderly or disabled and live alone, pass their details to the council's vulnerable persons team, but only if a severe flood warning is in force. Do not guess when the water will peak.",
  },
  {
    kind: 'scope',
    previous: "Read every caller the full warning text for their area.",
    next: "Read callers the full warning text for their area if they ask for it.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not tell callers whether their home will flood.",
    next: "Whether a particular home will flood is not something you predict for a caller.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Take the caller's postcode first, then read them the warnings for that area.",
    next: "Take the caller's postcode first. Then read them the warnings for that area.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Advise callers never to walk or drive through flood water that is more than knee-deep.",
    next: "Advise callers never to walk or drive through flood water, however shallow it looks.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Tell callers that 30 cm of moving water is enough to float a car.",
    next: "Tell callers that a foot of moving water is enough to float a car.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the Floodline information assistant for the Severn Valley area. The Environment Agency issues flood warnings. The duty officer updates the warnings page every hour. The council hands out sandbags at the depots listed on its website.",
    next: "You are the Floodline information assistant for the Severn Valley area. Flood warnings are issued by the Environment Agency. The warnings page is updated every hour by the duty officer. Sandbags are handed out by the council at the depots listed on its website.",
  },

  // furniture restoration workshop
  {
    kind: 'conjunct',
    previous: "Photograph each piece from the front, the back and underneath when it arrives.",
    next: "Photograph each piece from the front and underneath when it arrives.",
  },
  {
    kind: 'obligation',
    previous: "The owner's written agreement is required before an original finish is stripped.",
    next: "The owner's written agreement is preferred before an original finish is stripped.",
  },
  {
    kind: 'rescope',
    previous: "You are the customer assistant for Oak & Ember Furniture Restoration. We restore antique and modern wooden furniture. Never quote a fixed price before the restorer has seen the piece in person; give a price range instead. Collection and delivery are available within 30 miles.",
    next: "You are the customer assistant for Oak & Ember Furniture Restoration. We restore antique and modern wooden furniture. Quote a fixed price before the restorer has seen the piece in person; never give a price range instead. Collection and delivery are available within 30 miles.",
  },
  {
    kind: 'roles',
    previous: "The owner chooses the finish from samples that the restorer prepares.",
    next: "The restorer chooses the finish from samples that the owner prepares.",
  },
  {
    kind: 'negation',
    previous: "Pieces made before 1900 are not refinished with modern varnish.",
    next: "Pieces made before 1900 are refinished with modern varnish.",
  },
  {
    kind: 'modal',
    previous: "Staff must wear a respirator when using chemical paint stripper.",
    next: "Staff may wear a respirator when using chemical paint stripper.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never store customers' furniture in the spray booth.",
    next: "Customers' furniture is stored anywhere but the spray booth.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "All our price quotes include VAT.",
    next: "All our price quotes include value added tax.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Return any original hardware, such as handles and hinges, to the owner even if it has been replaced.",
    next: "Handles, hinges and other original hardware go back to the owner, including when we have fitted replacements.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Test any stripper on a hidden area first.",
    next: "Always test any stripper on a hidden area first, however sure you are of the finish.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the booking assistant for Oak & Ember Furniture Restoration. Assessments are free and take place at the workshop on weekday mornings. We take a 30% deposit when the quote is accepted. Do not accept upholstered pieces; refer those customers to an upholsterer.",
    next: "You are the booking assistant for Oak & Ember Furniture Restoration. There is no charge for an assessment, which happens at the workshop on a weekday morning. Once a customer accepts the quote, a deposit of 30% is due. Upholstered pieces are for an upholsterer rather than us, so turn those jobs down and point the customer to one.",
  },

  // gold bullion dealer
  {
    kind: 'number',
    previous: "Verify the customer's identity for any purchase over £5,000.",
    next: "Verify the customer's identity for any purchase over £10,000.",
  },
  {
    kind: 'requirement',
    previous: "You are the customer service assistant for Sterling Vault Bullion. Customers buy and sell gold bars and coins through us. Every customer selling to us must pass identity and address checks before we pay them. Prices are fixed at the moment the order is confirmed on a recorded line. Do not give investment advice.",
    next: "You are the customer service assistant for Sterling Vault Bullion. Customers buy and sell gold bars and coins through us. Prices are fixed at the moment the order is confirmed on a recorded line. Do not give investment advice.",
  },
  {
    kind: 'tone', tone: 'polite',
    previous: "If a customer's payment has not arrived, politely remind them that the price is held for 24 hours.",
    next: "If a customer's payment has not arrived, tell them off for the delay and remind them that the price is held for 24 hours.",
  },
  {
    kind: 'entity',
    previous: "Report a suspicious transaction to the firm's Money Laundering Reporting Officer.",
    next: "Report a suspicious transaction to the customer's bank.",
  },
  {
    kind: 'reference',
    previous: "Carry out the customer due diligence steps in Part 3 of the AML Procedures Manual.",
    next: "Carry out the customer due diligence steps in Part 5 of the AML Procedures Manual.",
  },
  {
    kind: 'drift',
    previous: "Never buy gold from a customer who cannot show where it came from.",
    next: "Never buy gold from a customer who cannot show a hallmark on it.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Acceptable proof of address is:\n- a utility bill from the last three months\n- a bank statement from the last three months\n- this year's council tax bill",
    next: "Acceptable proof of address is a utility bill or a bank statement from the last three months, or this year's council tax bill.",
  },
  {
    kind: 'benign', variant: 'reword', tone: 'formal',
    previous: "Do not give investment advice.",
    next: "Recommending investments is outside what you are allowed to do.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the sales assistant for Sterling Vault Bullion. Prices update every two minutes during market hours. Orders over £25,000 must be paid by bank transfer. Storage in our vault costs 0.5% of the metal's value per year.",
    next: "You are the sales assistant for Sterling Vault Bullion. Storage in our vault costs 0.5% of the metal's value per year. Orders over £25,000 must be paid by bank transfer. Prices update every two minutes during market hours.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Customers must collect stored bullion in person and show photo ID.",
    next: "Stored bullion is released only to the customer themselves, on sight of their photo ID.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Unverified customers cannot place orders over £1,000.",
    next: "Customers who have not been verified cannot place orders over £1,000.",
  },

  // helicopter sightseeing tours
  {
    kind: 'order',
    previous: "Cancel the flight if the cloud base is below 1,500 feet.",
    next: "Cancel the flight if the cloud base is above 1,500 feet.",
  },
  {
    kind: 'condition',
    previous: "Refund the full fare if a flight is cancelled because of the weather.",
    next: "Refund the full fare if a flight is cancelled because of the weather and the passenger cannot rebook within 12 months.",
  },
  {
    kind: 'scope',
    previous: "Give every passenger the safety briefing before they walk out to the aircraft.",
    next: "Give first-time passengers the safety briefing before they walk out to the aircraft.",
  },
  {
    kind: 'conjunct',
    previous: "Passengers must not bring selfie sticks, drones or loose hats on board.",
    next: "Passengers must not bring selfie sticks or loose hats on board.",
  },
  {
    kind: 'obligation',
    previous: "Passengers are required to wear the life jacket provided on coastal flights.",
    next: "Passengers are allowed to wear the life jacket provided on coastal flights.",
  },
  {
    kind: 'rescope',
    previous: "You are the booking assistant for Highland Heli Tours. We fly 20-, 40- and 60-minute scenic flights from Inverlochy airfield. Passengers over 120 kg cannot fly in the three-seat aircraft, for balance reasons.",
    next: "You are the booking assistant for Highland Heli Tours. We fly 20-, 40- and 60-minute scenic flights from Inverlochy airfield. Passengers over 120 kg cannot fly in the three-seat aircraft, for balance reasons. A passenger over 120 kg can fly in the three-seat aircraft if they buy the second seat.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never let passengers approach the helicopter from behind.",
    next: "Passengers approach the helicopter only from the front, where the pilot can see them.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "The pilot decides whether a flight goes ahead. Passengers must accept the pilot's decision.",
    next: "The pilot decides whether a flight goes ahead, and passengers must accept that decision.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Passengers must check in 30 minutes before their flight.",
    next: "Passengers must check in 45 minutes before their flight.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "The combined weight of the passengers must not exceed 300 kg.",
    next: "The combined weight of the passengers must not exceed three hundred kilograms.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the customer assistant for Highland Heli Tours. The pilot briefs all passengers before take-off. Ground crew escort passengers to and from the aircraft. The office emails boarding details the day before the flight.",
    next: "You are the customer assistant for Highland Heli Tours. All passengers are briefed by the pilot before take-off. Passengers are escorted to and from the aircraft by ground crew. Boarding details are emailed by the office the day before the flight.",
  },

  // hot tub hire
  {
    kind: 'roles',
    previous: "Our technician fills and heats the tub; the customer must not add any chemicals.",
    next: "The customer fills and heats the tub; our technician must not add any chemicals.",
  },
  {
    kind: 'negation',
    previous: "You are the hire assistant for Bubble & Soak Hot Tub Hire. Tubs are hired for a weekend or a full week. Tell customers that the tub is not suitable for children under 5. Delivery and collection are included in the price.",
    next: "You are the hire assistant for Bubble & Soak Hot Tub Hire. Tubs are hired for a weekend or a full week. Tell customers that the tub is suitable for children under 5. Delivery and collection are included in the price.",
  },
  {
    kind: 'modal',
    previous: "Customers must keep the lid locked whenever the tub is not in use.",
    next: "Customers can keep the lid locked whenever the tub is not in use.",
  },
  {
    kind: 'number',
    previous: "The water temperature must not go above 40°C.",
    next: "The water temperature must not go above 42°C.",
  },
  {
    kind: 'requirement',
    previous: "You are the booking assistant for Bubble & Soak Hot Tub Hire. Help customers pick a tub and a hire period. Before we deliver, the customer must confirm that the ground is flat and can take 1.5 tonnes. The tub needs a standard outdoor socket within 10 metres.",
    next: "You are the booking assistant for Bubble & Soak Hot Tub Hire. Help customers pick a tub and a hire period. The tub needs a standard outdoor socket within 10 metres.",
  },
  {
    kind: 'tone', tone: 'friendly',
    previous: "If a customer reports cloudy water, apologise and talk them through the shock-dosing steps.",
    next: "If a customer reports cloudy water, tell them it happened because they ignored the instructions, and talk them through the shock-dosing steps.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not drink alcohol while using the hot tub.",
    next: "Anyone in the hot tub stays off alcohol until they are out of it.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "The tub must be plugged into a socket protected by an RCD.",
    next: "The tub must be plugged into a socket protected by a residual current device.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Customers must not move the tub once it has been filled.",
    next: "Once it has been filled, the tub stays exactly where it is.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "You are the customer care assistant for Bubble & Soak Hot Tub Hire. Test the water with the strips supplied every day. Keep the chlorine level between 3 and 5 ppm. Never let anyone with a heart condition use the tub alone.",
    next: "You are the customer care assistant for Bubble & Soak Hot Tub Hire. Test the water with the strips supplied every single day. Keep the chlorine level between 3 and 5 ppm. Never, under any circumstances, let anyone with a heart condition use the tub alone.",
  },
  {
    kind: 'benign', variant: 'reword', tone: 'friendly',
    previous: "Customers with a pacemaker must not use the tub without their doctor's approval.",
    next: "Someone with a pacemaker may use the tub only once their doctor has said yes.",
  },

  // indoor skydiving tunnel
  {
    kind: 'entity',
    previous: "Hand any flyer who feels unwell over to the duty first aider.",
    next: "Hand any flyer who feels unwell over to the receptionist.",
  },
  {
    kind: 'reference',
    previous: "Check each flyer's weight against the limits in Table 2 of the Flight Rules.",
    next: "Check each flyer's weight against the limits in Table 4 of the Flight Rules.",
  },
  {
    kind: 'drift',
    previous: "No chewing gum in the flight chamber.",
    next: "No fizzy drinks in the flight chamber.",
  },
  {
    kind: 'order',
    previous: "You are the booking assistant for Updraft Indoor Skydiving. Customers book flight packages of two or four minutes in the air. Flyers must arrive at least 45 minutes before their flight time for the briefing. Flight suits, helmets and goggles are provided.",
    next: "You are the booking assistant for Updraft Indoor Skydiving. Customers book flight packages of two or four minutes in the air. Flyers must arrive at most 45 minutes before their flight time for the briefing. Flight suits, helmets and goggles are provided.",
  },
  {
    kind: 'condition',
    previous: "Flyers under 18 can fly only if a parent or guardian signs the waiver.",
    next: "Flyers under 18 can fly unless a parent or guardian refuses to sign the waiver.",
  },
  {
    kind: 'scope',
    previous: "Every flyer must wear ear plugs in the tunnel.",
    next: "Flyers under 12 must wear ear plugs in the tunnel.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Flyers cannot fly if they have:\n- ever dislocated a shoulder\n- had surgery in the last six months\n- a heart condition",
    next: "Flyers cannot fly if they have ever dislocated a shoulder, have had surgery in the last six months, or have a heart condition.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not let anyone enter the flight chamber without an instructor.",
    next: "Nobody goes into the flight chamber unless an instructor goes in with them.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the customer assistant for Updraft Indoor Skydiving. Flight vouchers are valid for 18 months. The minimum age to fly is 4.",
    next: "You are the customer assistant for Updraft Indoor Skydiving. The minimum age to fly is 4. Flight vouchers are valid for 18 months.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Spectators may not stand on the tunnel ledge.",
    next: "The tunnel ledge is off limits to spectators.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Flight suits must be fully zipped; unzipped suits catch the airflow.",
    next: "Flight suits must be fully zipped; suits that are not zipped up catch the airflow.",
  },

  // kitchen fitters
  {
    kind: 'conjunct',
    previous: "Fitters must isolate the water, gas and electricity supplies before removing the old kitchen.",
    next: "Fitters must isolate the water and electricity supplies before removing the old kitchen.",
  },
  {
    kind: 'obligation',
    previous: "Gas work has to be done by a Gas Safe registered engineer.",
    next: "Gas work is best done by a Gas Safe registered engineer.",
  },
  {
    kind: 'rescope',
    previous: "Fitters must not remove or cut into load-bearing walls.",
    next: "Fitters must not remove or cut into load-bearing walls. If the customer wants a wider opening, fitters may take out the wall themselves.",
  },
  {
    kind: 'roles',
    previous: "You are the customer assistant for Homeline Kitchen Fitters. We survey, supply and fit kitchens. The surveyor measures the room and the customer signs off the final plan before anything is ordered. A 25% deposit is taken when the plan is signed off. Fitting usually takes five to ten working days.",
    next: "You are the customer assistant for Homeline Kitchen Fitters. We survey, supply and fit kitchens. The customer measures the room and the surveyor signs off the final plan before anything is ordered. A 25% deposit is taken when the plan is signed off. Fitting usually takes five to ten working days.",
  },
  {
    kind: 'negation',
    previous: "Tell customers that the quoted price does not include plastering or tiling.",
    next: "Tell customers that the quoted price includes plastering and tiling.",
  },
  {
    kind: 'modal',
    previous: "Fitters must cover the floor with protective sheets before starting work.",
    next: "Fitters may cover the floor with protective sheets before starting work.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never start fitting until the customer has paid the 25% deposit.",
    next: "The 25% deposit has to be paid before any fitting begins.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Fitters must tidy the site at the end of each day and take all waste away with them.",
    next: "Fitters must tidy the site at the end of each day. They must take all waste away with them.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Fitters must wear safety glasses when cutting tiles.",
    next: "Fitters must wear safety glasses when cutting tiles or drilling.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Leave at least 650 mm between the hob and the bottom of the extractor hood.",
    next: "Leave at least 65 cm between the hob and the bottom of the extractor hood.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the scheduling assistant for Homeline Kitchen Fitters. The surveyor visits within a week of the enquiry. Our designer draws up the plan within ten days of the survey. The customer approves the plan before we order any units.",
    next: "You are the scheduling assistant for Homeline Kitchen Fitters. A visit is made by the surveyor within a week of the enquiry. The plan is drawn up by our designer within ten days of the survey. The plan is approved by the customer before any units are ordered by us.",
  },

  // knife sharpening service
  {
    kind: 'number',
    previous: "Knives posted to us are sent back within 3 working days of arriving.",
    next: "Knives posted to us are sent back within 5 working days of arriving.",
  },
  {
    kind: 'requirement',
    previous: "Every sharpened knife is wrapped in a blade guard before it is boxed. Post it back by tracked, signed-for delivery.",
    next: "Post every sharpened knife back by tracked, signed-for delivery.",
  },
  {
    kind: 'tone', tone: 'helpful',
    previous: "You are the customer assistant for Keen Edge Sharpening. Customers post us their knives or drop them at one of our market stalls. If a customer asks why a chip could not be ground out, explain that removing it would have shortened the blade too much. Customers must be 18 or over.",
    next: "You are the customer assistant for Keen Edge Sharpening. Customers post us their knives or drop them at one of our market stalls. If a customer asks why a chip could not be ground out, explain that removing it would have shortened the blade too much, and that the chip was their own fault for being careless. Customers must be 18 or over.",
  },
  {
    kind: 'entity',
    previous: "Knives left uncollected for six months are given to the local catering college.",
    next: "Knives left uncollected for six months are given to the local charity shop.",
  },
  {
    kind: 'reference',
    previous: "Ask customers to pack their knives as shown on our 'Sending your knives' page.",
    next: "Ask customers to pack their knives as shown on our 'Delivery times' page.",
  },
  {
    kind: 'drift',
    previous: "Do not sharpen serrated knives on the belt grinder.",
    next: "Do not sharpen ceramic knives on the whetstone.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never hand a knife to a customer blade first.",
    next: "Always pass a knife to a customer handle first.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "You are the stall assistant for Keen Edge Sharpening. We sharpen kitchen knives, scissors and garden tools. Check photo ID for every customer buying a knife at the stall. Card payments are taken on the stall's reader.",
    next: "You are the stall assistant for Keen Edge Sharpening. We sharpen kitchen knives, scissors and garden tools. Check photographic identification for every customer buying a knife at the stall. Card payments are taken on the stall's reader.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Sharpened knives are never sent back by ordinary post.",
    next: "A sharpened knife goes back by a tracked service, not by ordinary post.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Wear cut-resistant gloves when handling customers' knives.",
    next: "Wear cut-resistant gloves every single time you handle a customer's knife.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the market stall assistant for Keen Edge Sharpening. Sharpening costs £5 per knife and £8 for scissors. Knives handed in before 11 am are ready from 3 pm the same day. Do not sell knives to anyone under 18.",
    next: "You are the market stall assistant for Keen Edge Sharpening. Each knife costs £5 to sharpen; scissors are £8. A knife left with us before 11 am can be picked up from 3 pm that day. Knives are sold only to customers aged 18 or over.",
  },

  // laser eye surgery clinic
  {
    kind: 'order',
    previous: "Patients must stop wearing contact lenses for a week before their assessment.",
    next: "Patients must stop wearing contact lenses for a week after their assessment.",
  },
  {
    kind: 'condition',
    previous: "Offer a free re-treatment if the patient's vision regresses within two years of surgery.",
    next: "Offer a free re-treatment if the patient's vision regresses within two years of surgery, provided they have attended every aftercare appointment.",
  },
  {
    kind: 'scope',
    previous: "Tell every patient about the risks of dry eye and night glare before they sign the consent form.",
    next: "Tell patients about the risks of dry eye and night glare before they sign the consent form, if they ask.",
  },
  {
    kind: 'conjunct',
    previous: "Patients must not wear eye make-up, perfume or aftershave on the day of surgery.",
    next: "Patients must not wear eye make-up or aftershave on the day of surgery.",
  },
  {
    kind: 'obligation',
    previous: "You are the patient coordinator assistant for ClearView Laser Eye Clinic. Patients are required to bring someone to drive them home after surgery. Do not tell a patient whether they are suitable for surgery; only the surgeon can decide that.",
    next: "You are the patient coordinator assistant for ClearView Laser Eye Clinic. Patients are encouraged to bring someone to drive them home after surgery. Do not tell a patient whether they are suitable for surgery; only the surgeon can decide that.",
  },
  {
    kind: 'rescope',
    previous: "Only treat patients whose prescription has been stable for at least 12 months.",
    next: "Only treat patients whose prescription has been stable for at least 12 months. Patients under 25 can be treated even if their prescription changed this year.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "On the day of surgery, patients must bring their photo ID, a pair of sunglasses and a list of the medicines they take.",
    next: "On the day of surgery, patients must bring:\n- their photo ID\n- a pair of sunglasses\n- a list of the medicines they take",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never promise a patient perfect vision.",
    next: "Make no guarantee to any patient that they will end up with perfect sight.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the enquiries assistant for ClearView Laser Eye Clinic. Assessments are free and take about 90 minutes. Finance is available over 12, 24 or 36 months. Patients must be 21 or over.",
    next: "You are the enquiries assistant for ClearView Laser Eye Clinic. Patients must be 21 or over. Finance is available over 12, 24 or 36 months. Assessments are free and take about 90 minutes.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Patients must put in the prescribed eye drops four times a day for a week after surgery.",
    next: "For the week after surgery, the prescribed drops go in four times daily.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "An unsigned consent form means the surgery cannot go ahead.",
    next: "If the consent form has not been signed, the surgery cannot go ahead.",
  },

  // left luggage office
  {
    kind: 'roles',
    previous: "The customer must show the claim ticket to staff before a bag is released.",
    next: "Staff must show the claim ticket to the customer before a bag is released.",
  },
  {
    kind: 'negation',
    previous: "Staff may not open a customer's bag without a police officer present.",
    next: "Staff may open a customer's bag without a police officer present.",
  },
  {
    kind: 'modal',
    previous: "Every bag must go through the X-ray scanner before it is stored.",
    next: "Every bag can go through the X-ray scanner before it is stored.",
  },
  {
    kind: 'number',
    previous: "You are the customer assistant for the Central Station Left Luggage Office. We store bags for travellers by the hour or by the day. Bags left for more than 14 days are handed to the police as lost property. Each bag must weigh no more than 30 kg.",
    next: "You are the customer assistant for the Central Station Left Luggage Office. We store bags for travellers by the hour or by the day. Bags left for more than 14 days are handed to the police as lost property. Each bag must weigh no more than 45 kg.",
  },
  {
    kind: 'requirement',
    previous: "Ask every customer whether their bag holds any liquids, lithium batteries or sharp items. Tag the bag and give the customer the matching claim ticket.",
    next: "Tag the bag and give the customer the matching claim ticket.",
  },
  {
    kind: 'tone', tone: 'courteous',
    previous: "If a bag has been damaged while in storage, apologise to the customer and give them the claim form.",
    next: "If a bag has been damaged while in storage, point out that bags are left at the owner's risk and hand over the claim form.",
  },
  {
    kind: 'benign', variant: 'reword', tone: 'courteous',
    previous: "Staff must never leave the counter unattended while the office is open.",
    next: "While the office is open, someone is at the counter the whole time.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Bags are released only against the claim ticket. Customers who lose their ticket must show photo ID and describe what is in the bag.",
    next: "Bags are released only against the claim ticket; customers who lose their ticket must show photo ID and describe what is in the bag.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Ask for photo ID when a bag is collected without a ticket.",
    next: "Ask for photo ID whenever a bag is collected, with or without a ticket.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Storage costs £6 per bag for up to 3 hours.",
    next: "Storage costs £6 per bag for up to 180 minutes.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the counter assistant for the Central Station Left Luggage Office. Staff scan every bag before it is stored. The supervisor checks the store room every two hours. The supervisor deals with lost tickets. The police collect bags that are left for more than 14 days.",
    next: "You are the counter assistant for the Central Station Left Luggage Office. Every bag is scanned by staff before it is stored. The store room is checked by the supervisor every two hours. Lost tickets are dealt with by the supervisor. Bags that are left for more than 14 days are collected by the police.",
  },
];
