// Held-back set v53 of issue 11: hand-labelled clause edits, written blind on 2026-12-06
// (session 32) by a helper who never saw the detectors, their tests, their history or any other
// labelled set beyond the ClauseEdit type (lines 1-41 of clause-edits.fixture.ts; the field names
// kind, variant, previous, next and the optional tone were checked against tsc's answer on this
// file), the first 36 lines of v51 (for the file shape) and the domain lists of earlier sets;
// never tuned on; to be measured once by the lead, after the commit that adds it. Do not edit
// entries to make a detector pass.
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
// each side of the label, 3 (ombudsman complaints service, stroke rehabilitation ward,
// underground station staff) hold two.
// None of the 27 domains appears in the earlier sets' domain lists (read with grep -A7, comment
// lines only; an older set without such a list may share a domain unseen; the nearest listed
// neighbours are museum conservation lab, newborn hearing screening, farmers' market, nurse
// staffing bank, pharmacy dispensary, underground car park operator, domestic abuse helpline and
// toddler swimming lessons); all 27 start with M to W, as v52 was written at the same time with
// domains from A to L.
// Domains: market garden, maternity unit, museum education team, national statistics survey
// interviewers, newborn photography studio, ombudsman complaints service, online bank account
// opening team, pallet delivery network, pharmaceutical wholesaler, poultry farm, pub kitchen,
// railway carriage cleaning crew, rheumatology clinic, road gritting depot, shopping centre
// management office, sixth form college, stroke rehabilitation ward, swimming club, tapas
// restaurant, textile recycling collection, travel insurance helpline, underground station staff,
// vascular clinic, vegetable wholesale market, women's refuge, workwear supplier, wound care clinic.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V53: readonly ClauseEdit[] = [
  // maternity unit
  {
    kind: "condition",
    previous: "Anyone whose waters break before 37 weeks must be told to come straight to the unit, whatever the colour of the fluid.",
    next: "Anyone whose waters break before 37 weeks must be told to come straight to the unit if the fluid is green or brown.",
  },
  {
    kind: "conjunct",
    previous: "Before a birth partner stays overnight on the postnatal ward, the midwife in charge checks their name, their relationship to the mother and that they have signed the visitor agreement.",
    next: "Before a birth partner stays overnight on the postnatal ward, the midwife in charge checks their name and that they have signed the visitor agreement.",
  },
  {
    kind: "drift",
    previous: "Mothers who have had a caesarean are not discharged until they have passed urine twice after the catheter is removed.",
    next: "Mothers who have had a caesarean are not discharged until they have been shown how to care for the wound.",
  },
  {
    kind: "modal",
    previous: "You are the booking assistant for Riverside Maternity Unit. You help pregnant women arrange antenatal appointments and answer questions about the unit. If someone reports that their baby is moving less than usual, you must tell them to call triage on 01632 960412 immediately and not wait for their next appointment.",
    next: "You are the booking assistant for Riverside Maternity Unit. You help pregnant women arrange antenatal appointments and answer questions about the unit. If someone reports that their baby is moving less than usual, you can tell them to call triage on 01632 960412 immediately and not wait for their next appointment.",
  },
  {
    kind: "negation",
    previous: "Hot drinks may not be carried along the neonatal corridor, because a spill near an open cot can scald a baby within seconds.",
    next: "Hot drinks may be carried along the neonatal corridor, because a spill near an open cot can scald a baby within seconds.",
  },
  {
    kind: "number",
    previous: "A newborn's temperature is taken within one hour of birth and then every four hours for the first 24 hours.",
    next: "A newborn's temperature is taken within one hour of birth and then every eight hours for the first 24 hours.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Any woman with a body mass index over 40 at booking is referred to the consultant anaesthetist before 34 weeks.",
    next: "Any woman with a BMI over 40 at booking is referred to the consultant anaesthetist before 34 weeks.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Do not give formula to a breastfed baby without the mother's consent.",
    next: "Important: do **not** give formula to a breastfed baby without the mother's consent.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "You are the visiting assistant for Maple Ward, the postnatal ward of Riverside Maternity Unit. You answer questions from families about when and how they can visit. Visiting runs from 2pm to 8pm, with birth partners welcome at any hour. Each mother may have two visitors at the bedside at a time, children under 16 must be siblings of the baby, and anyone with a cough, cold or stomach bug is asked to stay away until 48 hours after their symptoms stop.",
    next: "You are the visiting assistant for Maple Ward, the postnatal ward of Riverside Maternity Unit. You answer questions from families about when and how they can visit. Visiting runs from 2pm to 8pm, with birth partners welcome at any hour. At the bedside:\n- each mother may have two visitors at a time;\n- children under 16 must be siblings of the baby;\n- anyone with a cough, cold or stomach bug is asked to stay away until 48 hours after their symptoms stop.",
  },
  {
    kind: "benign",
    variant: "reword",
    tone: "warm and reassuring",
    previous: "If you are feeling low or anxious after the birth, please tell any midwife; you will not be judged, and we can arrange for someone to talk with you before you go home.",
    next: "Feeling low or worried after having your baby is common, and it's fine to mention it to whichever midwife you see. Nobody will think less of you, and we can set up a chat with someone before you leave.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Midwives sign the controlled drugs register at the moment a dose is drawn up.",
    next: "No dose of a controlled drug is drawn up without a midwife signing the register there and then.",
  },

  // museum education team
  {
    kind: "obligation",
    previous: "Group leaders are required to send us a risk assessment for their visit at least 10 working days beforehand.",
    next: "Group leaders are invited to send us a risk assessment for their visit at least 10 working days beforehand.",
  },
  {
    kind: "order",
    previous: "Handling sessions start with every pupil washing and drying their hands; only then are the gloves handed out and the objects brought up from the store.",
    next: "Handling sessions start with the gloves being handed out and the objects brought up from the store; only then does every pupil wash and dry their hands.",
  },
  {
    kind: "requirement",
    previous: "You are the schools bookings assistant for the Harbour Museum learning team. You help teachers choose a workshop and book a date for their class. Before confirming any booking, collect the number of pupils, their ages and any access or medical needs the team should know about. Once a booking is confirmed, send the teacher the pre-visit pack and remind them that one adult is needed for every eight pupils.",
    next: "You are the schools bookings assistant for the Harbour Museum learning team. You help teachers choose a workshop and book a date for their class. Once a booking is confirmed, send the teacher the pre-visit pack and remind them that one adult is needed for every eight pupils.",
  },
  {
    kind: "rescope",
    previous: "Photographs may be taken in every gallery except the Textile Room, where flash fades the dyes.",
    next: "Photographs may be taken in every gallery except the Textile Room, where flash fades the dyes. Pupils on a booked workshop may photograph the textiles too, as long as they stay behind the rope.",
  },
  {
    kind: "roles",
    previous: "The visiting teacher remains responsible for pupils' behaviour throughout the day; museum educators lead the activities but do not take over supervision.",
    next: "Museum educators remain responsible for pupils' behaviour throughout the day; the visiting teacher leads the activities but does not take over supervision.",
  },
  {
    kind: "scope",
    previous: "Accompanying adults on any school visit, whether from a state school, an independent school or a home-education group, get in free.",
    next: "Accompanying adults on any school visit from a state school get in free.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "Packed lunches may be eaten only in the Clore learning room. Coats and bags are left on the trolleys in the lower cloakroom.",
    next: "Coats and bags are left on the trolleys in the lower cloakroom. Packed lunches may be eaten only in the Clore learning room.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "Pupils don't touch any object on open display, and educators won't take items out of their cases during a gallery tour.",
    next: "Pupils do not touch any object on open display, and educators will not take items out of their cases during a gallery tour.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "You are the family learning assistant for the City Museum. You answer questions about holiday trails, craft sessions and baby-friendly tours. Craft sessions are free but must be booked online, and places are released at 9am on the Monday of the week before. Children under eight must be accompanied by an adult throughout. If a session is full, offer the waiting list and suggest the self-led trail instead.",
    next: "You are the family learning assistant for the City Museum. You answer questions about holiday trails, craft sessions and baby-friendly tours. Craft sessions are free. They must still be booked online, though, and places are released at 9am on the Monday of the week before. Children under eight must be accompanied by an adult throughout. If a session is full, offer the waiting list and suggest the self-led trail instead.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Do not leave pupils unattended in the galleries at any time.",
    next: "Whenever pupils are in the galleries, an adult is right there with them.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Cancellations made less than 14 days before the visit are charged at the full workshop fee.",
    next: "A school that calls off its visit with under a fortnight's notice pays the whole workshop fee.",
  },

  // market garden
  {
    kind: "entity",
    previous: "Pickers wash their hands at the sink by the packing shed before handling salad leaves.",
    next: "Pickers wash their hands at the sink by the packing shed before handling root vegetables.",
  },
  {
    kind: "reference",
    previous: "Follow the wash-down steps on the laminated card above the sink before any crate goes back into the cold store.",
    next: "Follow the wash-down steps in the volunteer induction booklet before any crate goes back into the cold store.",
  },
  {
    kind: "tone",
    tone: "friendly and patient",
    previous: "If your veg box is missing something, just let us know by Sunday evening and we'll add it to next week's box or refund it, whichever you prefer.",
    next: "Report missing items by Sunday evening; we will add them to next week's box or refund them, whichever you prefer, but check the box properly before complaining.",
  },
  {
    kind: "condition",
    previous: "You are the customer assistant for Longacre Market Garden. You handle questions about weekly veg boxes, deliveries and the farm gate shop. Boxes are delivered on Thursdays between 8am and 6pm. If nobody is home, the driver leaves the box in the safe place noted on the account, unless the forecast is above 25 °C, in which case the box goes back to the farm and the customer is called. Never promise a delivery slot narrower than the whole day.",
    next: "You are the customer assistant for Longacre Market Garden. You handle questions about weekly veg boxes, deliveries and the farm gate shop. Boxes are delivered on Thursdays between 8am and 6pm. If nobody is home, the driver leaves the box in the safe place noted on the account, unless the box holds eggs, in which case the box goes back to the farm and the customer is called. Never promise a delivery slot narrower than the whole day.",
  },
  {
    kind: "conjunct",
    previous: "Every crate leaving the farm is labelled with the crop, the date of picking and the field number.",
    next: "Every crate leaving the farm is labelled with the crop and the field number.",
  },
  {
    kind: "drift",
    previous: "Customers can pause their box for up to four weeks a year without being charged.",
    next: "Customers can swap their box for a fruit bag up to four weeks a year without being charged.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Hoses used on the salad beds are flushed for at least one minute before use.",
    next: "Hoses used on the salad beds are flushed for at least three minutes before use, and the first water is run into the drain, not onto the beds.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "Chilled produce is held below 5 °C from picking to dispatch.",
    next: "Chilled produce is held below 41 °F from picking to dispatch.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "You are the volunteer rota assistant for Longacre Market Garden. You help volunteers sign up for weeding, planting and harvest mornings. Volunteers are briefed on tool safety by the site lead before their first session.",
    next: "You are the volunteer rota assistant for Longacre Market Garden. You help volunteers sign up for weeding, planting and harvest mornings. The site lead briefs volunteers on tool safety before their first session.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Dogs are not allowed in the pick-your-own fields.",
    next: "The pick-your-own fields are kept free of dogs.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Cash is not accepted at the farm gate shop.",
    next: "At the farm gate shop, payment is by card or phone and nothing else.",
  },

  // national statistics survey interviewers
  {
    kind: "modal",
    previous: "Interviewers must show their photo identity card at the door before asking any questions.",
    next: "Interviewers should show their photo identity card at the door before asking any questions.",
  },
  {
    kind: "negation",
    previous: "You are the interviewer support assistant for the National Household Survey. You answer field interviewers' questions about procedures, pay claims and equipment. Remind them that a household which refuses an interview is not to be visited again during the same quarter.",
    next: "You are the interviewer support assistant for the National Household Survey. You answer field interviewers' questions about procedures, pay claims and equipment. Remind them that a household which refuses an interview is to be visited again during the same quarter.",
  },
  {
    kind: "number",
    previous: "No more than four calls are made at an address before it is recorded as a non-contact, and at least two of them must fall on a weekday evening or at the weekend.",
    next: "No more than four calls are made at an address before it is recorded as a non-contact, and at least one of them must fall on a weekday evening or at the weekend.",
  },
  {
    kind: "obligation",
    previous: "Returning completed paper consent forms to head office within five working days is compulsory.",
    next: "Returning completed paper consent forms to head office within five working days is good practice.",
  },
  {
    kind: "order",
    previous: "At the end of each interview, the interviewer uploads the case and only afterwards deletes the local copy from the laptop.",
    next: "At the end of each interview, the interviewer deletes the local copy from the laptop and only afterwards uploads the case.",
  },
  {
    kind: "requirement",
    previous: "Each evening, charge the laptop and back up the day's cases to the encrypted memory stick. Lock the laptop and the stick away in separate places overnight.",
    next: "Each evening, charge the laptop and back up the day's cases to the encrypted memory stick.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Never record a respondent's National Insurance number, even if they offer it.",
    next: "Never record a respondent's NI number, even if they offer it.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Interviewers do not go into a home where they feel unsafe; they leave and call the field office.",
    next: "Your safety comes first: interviewers do NOT go into a home where they feel unsafe; they leave and call the field office.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "Each interviewer's kit bag holds:\n- the identity card and lanyard;\n- the laptop and its charger;\n- blank paper consent forms;\n- a torch.",
    next: "Each interviewer's kit bag holds the identity card and lanyard, the laptop and its charger, blank paper consent forms and a torch.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the respondent helpline assistant for the National Household Survey. You answer calls from people who have received a letter saying an interviewer will visit. Taking part is voluntary, and nobody is penalised for declining. If a caller wants to opt out, record their address on the refusals list so that no interviewer calls.",
    next: "You are the respondent helpline assistant for the National Household Survey. People ring you after a letter tells them an interviewer is coming. Explain that the survey is optional and that saying no carries no penalty of any kind. When someone asks not to take part, add their address to the refusals list, which stops any interviewer from visiting.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Interviewers may not accept gifts or payment from respondents.",
    next: "Whatever a respondent offers an interviewer, whether a gift or money, is politely turned down.",
  },

  // newborn photography studio
  {
    kind: "rescope",
    previous: "Babies are never left alone on the posing beanbag, not even for a moment.",
    next: "Babies are never left alone on the posing beanbag, not even for a moment. When a baby is fast asleep and the heater is on, a parent may pop out to the waiting room while the photographer fetches props.",
  },
  {
    kind: "roles",
    previous: "The photographer, not the parent, decides when a pose is unsafe and stops the shot.",
    next: "The parent, not the photographer, decides when a pose is unsafe and stops the shot.",
  },
  {
    kind: "scope",
    previous: "You are the booking assistant for Little Lights Newborn Photography. You help parents book a session and prepare for it. Sessions for babies up to 14 days old are held in the studio, which is heated to 26 °C. Everyone attending, including siblings and grandparents, must be free of coughs, colds and stomach bugs for 48 hours beforehand.",
    next: "You are the booking assistant for Little Lights Newborn Photography. You help parents book a session and prepare for it. Sessions for babies up to 14 days old are held in the studio, which is heated to 26 °C. Both parents must be free of coughs, colds and stomach bugs for 48 hours beforehand.",
  },
  {
    kind: "entity",
    previous: "Wraps, blankets and hats are washed at 60 °C after every session using fragrance-free non-bio detergent.",
    next: "Wraps, blankets and hats are washed at 60 °C after every session using fragrance-free bio detergent.",
  },
  {
    kind: "reference",
    previous: "If a baby arrives early or late, the session is moved free of charge as set out in clause 7 of the booking terms.",
    next: "If a baby arrives early or late, the session is moved free of charge as set out in clause 4 of the booking terms.",
  },
  {
    kind: "tone",
    tone: "gentle and understanding",
    previous: "If your baby is unsettled, we'll pause for a feed or a cuddle as often as you need; there is no rush.",
    next: "If your baby is unsettled, we'll pause for a feed or a cuddle as often as you need. Unsettled babies slow everything down, so feed yours before you arrive.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "Parents are asked to bring a spare nappy, a dummy if the baby uses one, and a warm feed.",
    next: "Parents are asked to bring a warm feed, a spare nappy, and a dummy if the baby uses one.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "We can't edit out birthmarks unless a parent asks, and we don't share any image on social media without written consent.",
    next: "We cannot edit out birthmarks unless a parent asks, and we do not share any image on social media without written consent.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "Composite shots, where a baby seems to hold up its own head, are made from two photographs. A parent's hand supports the baby in both.",
    next: "Composite shots, where a baby seems to hold up its own head, are made from two photographs, in each of which a parent's hand supports the baby.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the aftercare assistant for Little Lights Newborn Photography. You answer questions from parents after their session. The edited gallery is ready within 21 days. Parents choose their images from the online gallery. Prints are ordered through the studio only, so that colours are checked before printing.",
    next: "You are the aftercare assistant for Little Lights Newborn Photography. Parents come to you once their session is over. Their edited gallery will be with them no more than 21 days later. They pick the pictures they want online, from that gallery. Every print goes through the studio, because we check the colours before anything is printed.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Hands are washed and sanitised before touching any baby.",
    next: "Nobody touches a baby without first washing and sanitising their hands.",
  },

  // ombudsman complaints service
  {
    kind: "condition",
    previous: "You are the enquiries assistant for the Energy and Water Ombudsman. You help people understand whether we can look at their complaint. We can investigate once the company has had eight weeks to resolve the complaint or has sent a final response letter, whichever comes first. Complaints must reach us within 12 months of that final response. Never tell anyone that we will decide in their favour.",
    next: "You are the enquiries assistant for the Energy and Water Ombudsman. You help people understand whether we can look at their complaint. We can investigate once the company has had eight weeks to resolve the complaint and has sent a final response letter. Complaints must reach us within 12 months of that final response. Never tell anyone that we will decide in their favour.",
  },
  {
    kind: "conjunct",
    previous: "Our decision letter sets out what we found, what the company must do and the date by which it must do it.",
    next: "Our decision letter sets out what we found and what the company must do.",
  },
  {
    kind: "drift",
    previous: "Every case is reviewed by a second caseworker before a final decision is issued.",
    next: "Every case is reviewed by a second caseworker before it is closed as withdrawn.",
  },
  {
    kind: "modal",
    previous: "You are the case progress assistant for the Energy and Water Ombudsman. You tell complainants where their case has reached and what happens next. When a complainant asks for a copy of the company's evidence, you must send it within ten working days unless it contains another customer's personal data.",
    next: "You are the case progress assistant for the Energy and Water Ombudsman. You tell complainants where their case has reached and what happens next. When a complainant asks for a copy of the company's evidence, you can send it within ten working days unless it contains another customer's personal data.",
  },
  {
    kind: "negation",
    previous: "Once a final decision has been accepted, the company is not allowed to reopen the complaint or ask for the award back.",
    next: "Once a final decision has been accepted, the company is allowed to reopen the complaint or ask for the award back.",
  },
  {
    kind: "number",
    previous: "Both sides have 28 days from our provisional decision to send further evidence or comments.",
    next: "Both sides have 14 days from our provisional decision to send further evidence or comments.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Caseworkers acknowledge every new complaint within five working days.",
    next: "Caseworkers acknowledge every new complaint within two working days, by the channel the complainant used.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "You are the enquiries assistant for the Energy and Water Ombudsman. You explain our process to people who are thinking of complaining. Tell callers that a complaint must reach us within 12 months of the company's final response.",
    next: "You are the enquiries assistant for the Energy and Water Ombudsman. You explain our process to people who are thinking of complaining. Tell callers that a complaint must reach us within a year of the company's final response.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "The company is told about the complaint only after the complainant has agreed to it being shared.",
    next: "We tell the company about the complaint only after the complainant has agreed to us sharing it.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the accessibility assistant for the Energy and Water Ombudsman. You help people who need adjustments to use our service. We accept complaints by phone, letter, email, text relay or in British Sign Language by video call. Do not ask anyone to justify why they need an adjustment.",
    next: "You are the accessibility assistant for the Energy and Water Ombudsman. Your job is to help anyone who needs our service adapted to them. Complaints can reach us by phone, letter, email, text relay, or as a video call in British Sign Language. Accept every request for an adjustment at face value, without asking the person to explain why they need it.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Companies must pay any award within 28 days of the complainant accepting our decision.",
    next: "A complainant who accepts our decision receives any award from the company no later than 28 days afterwards.",
  },

  // online bank account opening team
  {
    kind: "obligation",
    previous: "Applicants are required to upload a photo of their passport or driving licence and a selfie taken in the app.",
    next: "Applicants are encouraged to upload a photo of their passport or driving licence and a selfie taken in the app.",
  },
  {
    kind: "order",
    previous: "The account number is issued only after the sanctions and fraud checks have both come back clear.",
    next: "The sanctions and fraud checks are run only after the account number has been issued.",
  },
  {
    kind: "requirement",
    previous: "New customers are sent their debit card by post. The PIN follows in a separate letter at least two days later.",
    next: "New customers are sent their debit card by post.",
  },
  {
    kind: "rescope",
    previous: "Applications are never approved while the address check is still pending.",
    next: "Applications are approved while the address check is still pending, never before the identity check clears.",
  },
  {
    kind: "roles",
    previous: "If an application is flagged, the agent passes it to the fraud team, which makes the decision and tells the customer.",
    next: "If an application is flagged, the fraud team passes it to the agent, who makes the decision and tells the customer.",
  },
  {
    kind: "scope",
    previous: "You are the account opening assistant for Northgate Bank. You guide customers through opening a current account in the app. Before any application is submitted, confirm that every applicant:\n- is aged 18 or over;\n- lives in the UK;\n- has read the account terms and the privacy notice.",
    next: "You are the account opening assistant for Northgate Bank. You guide customers through opening a current account in the app. Before any application is submitted, confirm that the first applicant:\n- is aged 18 or over;\n- lives in the UK;\n- has read the account terms and the privacy notice.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Customers who are tax resident outside the UK must complete the Common Reporting Standard self-certification before the account opens.",
    next: "Customers who are tax resident outside the UK must complete the CRS self-certification before the account opens.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Never ask a customer to read out their full card number or a one-time passcode.",
    next: "NEVER ask a customer to read out their full card number or a one-time passcode.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "Accepted proof of address is a utility bill, a council tax bill or a bank statement, each dated within the last three months.",
    next: "Accepted proof of address (each dated within the last three months):\n- a utility bill\n- a council tax bill\n- a bank statement",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the account opening assistant for Northgate Bank. You help customers who get stuck during the identity check in the app. If the selfie check fails three times, offer a video call with an agent instead. Do not suggest that the customer visit a branch, because we have none.",
    next: "You are the account opening assistant for Northgate Bank. Your role is to help customers whose identity check in the app has stalled. After a third failed selfie check, what you offer next is a video call with an agent. Northgate has no branches, so a branch visit is never among your suggestions.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Every new account is checked against the sanctions list.",
    next: "No account is opened without a sanctions list check.",
  },

  // pallet delivery network
  {
    kind: "entity",
    previous: "Deliveries to residential addresses are made with a tail-lift vehicle and a pallet truck.",
    next: "Deliveries to residential addresses are made with a curtain-sider and a pallet truck.",
  },
  {
    kind: "reference",
    previous: "A pallet refused by the consignee is brought back to the depot and handled as set out in chapter 4 of the depot manual ('Refusals and returns').",
    next: "A pallet refused by the consignee is brought back to the depot and handled as set out in chapter 6 of the depot manual ('Claims').",
  },
  {
    kind: "tone",
    tone: "courteous and helpful",
    previous: "If a delivery has been missed, we're sorry; please call us and we'll rebook it for the next working day at no extra cost.",
    next: "If a delivery has been missed, it is usually because nobody was there to take it; call us and we'll rebook it for the next working day at no extra cost.",
  },
  {
    kind: "condition",
    previous: "You are the tracking assistant for Midway Pallet Network. You answer customers' questions about where their pallet is and when it will arrive. If a pallet has not been scanned at the hub within 24 hours of collection, open a trace with the collecting depot. Give the customer the trace reference and tell them when they will next hear from us.",
    next: "You are the tracking assistant for Midway Pallet Network. You answer customers' questions about where their pallet is and when it will arrive. If a pallet has not been scanned at the hub within 24 hours of collection and the customer asks for a trace, open one with the collecting depot. Give the customer the trace reference and tell them when they will next hear from us.",
  },
  {
    kind: "conjunct",
    previous: "Walk-round checks cover the tyres, the lights, the tail-lift and every load strap, and are logged before the vehicle leaves the yard.",
    next: "Walk-round checks cover the tyres, the lights and every load strap, and are logged before the vehicle leaves the yard.",
  },
  {
    kind: "drift",
    previous: "Timed deliveries that arrive late are refunded the timed-delivery surcharge.",
    next: "Timed deliveries that arrive late are rebooked for the next morning.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "A pallet may be no taller than 2.2 metres. It may also weigh no more than 1,200 kg.",
    next: "A pallet may weigh no more than 1,200 kg. It may also be no taller than 2.2 metres.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "Drivers won't take a pallet inside a property, and they can't wait more than 20 minutes at any drop.",
    next: "Drivers will not take a pallet inside a property, and they cannot wait more than 20 minutes at any drop.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "You are the booking assistant for Midway Pallet Network. You help small businesses book pallet collections. Collections booked by 2pm can be picked up the next working day. Each pallet must be shrink-wrapped, labelled on two sides and no heavier than 1,200 kg. Fragile goods are accepted only if they are boxed on the pallet.",
    next: "You are the booking assistant for Midway Pallet Network. You help small businesses book pallet collections. Collections booked by 2pm can be picked up the next working day. Each pallet must be shrink-wrapped and labelled on two sides. It must also weigh no more than 1,200 kg. Fragile goods are accepted only if they are boxed on the pallet.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Do not stack anything on top of a pallet marked 'Do not double stack'.",
    next: "A pallet marked 'Do not double stack' always travels with nothing above it.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Customers who book a delivery to a postcode in the Scottish Highlands or islands are charged the remote area surcharge.",
    next: "The remote area surcharge applies to every booking going to a Highlands or island postcode in Scotland.",
  },

  // pharmaceutical wholesaler
  {
    kind: "modal",
    previous: "Returned medicines must be quarantined until the Responsible Person has decided whether they can go back into saleable stock.",
    next: "Returned medicines should be quarantined until the Responsible Person has decided whether they can go back into saleable stock.",
  },
  {
    kind: "negation",
    previous: "Original manufacturer's packs are not split to fill a part order, even when a pharmacy asks for a single strip.",
    next: "Original manufacturer's packs are split to fill a part order when a pharmacy asks for a single strip.",
  },
  {
    kind: "number",
    previous: "The warehouse temperature is logged every 15 minutes, and an alarm sounds if it leaves the 15–25 °C range.",
    next: "The warehouse temperature is logged every 60 minutes, and an alarm sounds if it leaves the 15–25 °C range.",
  },
  {
    kind: "obligation",
    previous: "You are the customer service assistant for Medline Wholesale. You help pharmacies and dispensing GP practices with orders, deliveries and returns. Orders placed by 5pm are delivered the next working morning. Reports of a suspected falsified medicine are always passed to the quality team on the same day. Do not give clinical advice about any product.",
    next: "You are the customer service assistant for Medline Wholesale. You help pharmacies and dispensing GP practices with orders, deliveries and returns. Orders placed by 5pm are delivered the next working morning. Reports of a suspected falsified medicine are passed to the quality team on the same day where practical. Do not give clinical advice about any product.",
  },
  {
    kind: "order",
    previous: "When a recall notice arrives, quarantine the affected batches in the warehouse first, then tell the customers who received them.",
    next: "When a recall notice arrives, tell the customers who received the affected batches first, then quarantine them in the warehouse.",
  },
  {
    kind: "requirement",
    previous: "Every delivery of controlled drugs is signed for by a pharmacist, and the signed delivery note comes back to the warehouse within seven days.",
    next: "Every delivery of controlled drugs is signed for by a pharmacist.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "You are the cold chain assistant for Medline Wholesale. You answer pharmacies' questions about fridge lines. Tell them every fridge line is packed with at least two frozen gel packs and a temperature logger.",
    next: "You are the cold chain assistant for Medline Wholesale. You answer pharmacies' questions about fridge lines. Tell them every fridge line is packed with at least three frozen gel packs and a temperature logger, and that the tote is sealed within five minutes of leaving the fridge.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "Returns are accepted within 14 days of delivery if they are unopened and carry a returns number from us.",
    next: "Returns are accepted within two weeks of delivery if they are unopened and carry a returns number from us.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "The Responsible Person signs off every return before it goes back into stock.",
    next: "Every return is signed off by the Responsible Person before it goes back into stock.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Never accept an order for a prescription-only medicine from a customer without a valid licence or registration.",
    next: "Prescription-only medicines are supplied solely to customers who hold a valid licence or registration.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Customers must report any shortage or damage within 24 hours of delivery.",
    next: "A shortage or damage that a customer has not told us about by 24 hours after delivery is not accepted as a claim.",
  },

  // poultry farm
  {
    kind: "rescope",
    previous: "Visitors do not enter the laying sheds; the egg collection point is as far as they go.",
    next: "Visitors do not enter the laying sheds; the egg collection point is as far as they go. School groups may walk through Shed 2 with the farm manager.",
  },
  {
    kind: "roles",
    previous: "Staff report any sudden rise in deaths to the vet, who decides whether to notify the Animal and Plant Health Agency.",
    next: "The vet reports any sudden rise in deaths to the staff, who decide whether to notify the Animal and Plant Health Agency.",
  },
  {
    kind: "scope",
    previous: "You are the farm shop assistant for Hollins Free Range Eggs. You answer customers' questions about our eggs, opening times and farm visits. While a bird flu housing order is in force, tell every customer that all our eggs are labelled 'barn eggs' until the hens can go outside again.",
    next: "You are the farm shop assistant for Hollins Free Range Eggs. You answer customers' questions about our eggs, opening times and farm visits. While a bird flu housing order is in force, tell every customer that our eggs from Shed 1 are labelled 'barn eggs' until the hens can go outside again.",
  },
  {
    kind: "entity",
    previous: "Boot dips at each shed door are refilled with approved disinfectant every Monday and Thursday.",
    next: "Boot dips at the farm gate are refilled with approved disinfectant every Monday and Thursday.",
  },
  {
    kind: "reference",
    previous: "If more than 1% of a flock dies in a day, follow the steps in the bird flu contingency plan (version 3, May 2026).",
    next: "If more than 1% of a flock dies in a day, follow the steps in the bird flu contingency plan (version 2, March 2025).",
  },
  {
    kind: "tone",
    tone: "warm and welcoming",
    previous: "Families are welcome to buy eggs from the honesty box any day from 8am to 6pm; if it's empty, ring the bell and we'll bring more out.",
    next: "Families may buy eggs from the honesty box from 8am to 6pm. If it's empty, ring the bell and someone will bring more out when they get round to it.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Every flock is tested for Salmonella under the National Control Programme.",
    next: "Every flock is tested for Salmonella under the NCP.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Wash your hands after handling hens or eggs.",
    next: "Wash your hands after handling hens or eggs, **every single time**.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "You are the visits assistant for Hollins Free Range Eggs. You book school and family visits to see the hens. Before any visit, make sure the group knows that:\n- boots are dipped at the gate on arrival and on leaving;\n- nobody under 5 holds a hen;\n- hands are washed at the sinks before lunch.\n\nVisits are cancelled if a bird flu prevention zone is declared.",
    next: "You are the visits assistant for Hollins Free Range Eggs. You book school and family visits to see the hens. Before any visit, make sure the group knows that boots are dipped at the gate on arrival and on leaving, that nobody under 5 holds a hen, and that hands are washed at the sinks before lunch. Visits are cancelled if a bird flu prevention zone is declared.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Wild birds must not be able to get into the feed store.",
    next: "The feed store is kept sealed against wild birds at all times.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Cracked or dirty eggs are never sold as Class A.",
    next: "Only clean, uncracked eggs go into Class A packs.",
  },

  // pub kitchen
  {
    kind: "condition",
    previous: "Servers ask every customer about allergies before taking a food order.",
    next: "Servers ask about allergies before taking a food order if the customer mentions a special diet.",
  },
  {
    kind: "conjunct",
    previous: "Chopping boards are colour-coded: red for raw meat, blue for raw fish, green for salad and fruit, and yellow for cooked meat.",
    next: "Chopping boards are colour-coded: red for raw meat, green for salad and fruit, and yellow for cooked meat.",
  },
  {
    kind: "drift",
    previous: "Chips are fried at 175 °C, and the fryer oil is changed every Saturday after close.",
    next: "Chips are fried at 175 °C, and the fryer oil is filtered every Saturday after close.",
  },
  {
    kind: "modal",
    previous: "You are the table booking assistant for The Fox and Hounds. You take table bookings and answer questions about the menu. When a customer tells you about a food allergy, you must add it to the booking notes and tell them to remind their server when they order. Sunday roasts sell out, so suggest booking a table before 1pm.",
    next: "You are the table booking assistant for The Fox and Hounds. You take table bookings and answer questions about the menu. When a customer tells you about a food allergy, you could add it to the booking notes and tell them to remind their server when they order. Sunday roasts sell out, so suggest booking a table before 1pm.",
  },
  {
    kind: "negation",
    previous: "Frozen joints are not thawed on the prep counter overnight.",
    next: "Frozen joints are thawed on the prep counter overnight.",
  },
  {
    kind: "number",
    previous: "Hot food held on the pass above 63 °C is thrown away after 2 hours.",
    next: "Hot food held on the pass above 63 °C is thrown away after 4 hours.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "The kitchen closes at 9pm on weekdays and at 8pm on Sundays.",
    next: "On Sundays the kitchen closes at 8pm, and on weekdays at 9pm.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "We don't serve food in the beer garden after dark, and children can't sit at the bar.",
    next: "We do not serve food in the beer garden after dark, and children cannot sit at the bar.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "Buffets for the function room must be ordered at least seven days ahead. Final numbers are needed 48 hours before the event.",
    next: "Buffets for the function room must be ordered at least seven days ahead, and final numbers are needed 48 hours before the event.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the events assistant for The Fox and Hounds. You handle enquiries about the function room and party buffets. The room holds up to 60 people seated. Under-18s must leave the room by 9pm. Never confirm a date until the £100 deposit has been paid.",
    next: "You are the events assistant for The Fox and Hounds. People come to you about hiring the function room or ordering a party buffet. Seated, the room takes 60 guests at most. From 9pm onwards, nobody under 18 may remain in the room. A date counts as confirmed only once the £100 deposit is in.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Every delivery is temperature-checked before it goes into the fridge.",
    next: "Nothing from a delivery goes into the fridge without its temperature being taken first.",
  },

  // rheumatology clinic
  {
    kind: "obligation",
    previous: "Patients on methotrexate are required to have a blood test every three months.",
    next: "Patients on methotrexate are advised to have a blood test every three months.",
  },
  {
    kind: "order",
    previous: "Check the latest blood results before a repeat prescription for methotrexate is issued.",
    next: "Issue the repeat prescription for methotrexate, then check the latest blood results.",
  },
  {
    kind: "requirement",
    previous: "You are the advice line assistant for Westbridge Rheumatology Clinic. You help patients with appointments and questions about their treatment. If a patient on a biologic has a fever or signs of infection, tell them to skip their next injection. Tell them also to call the advice line nurse the same day. Never advise any change to a dose.",
    next: "You are the advice line assistant for Westbridge Rheumatology Clinic. You help patients with appointments and questions about their treatment. If a patient on a biologic has a fever or signs of infection, tell them to skip their next injection. Never advise any change to a dose.",
  },
  {
    kind: "rescope",
    previous: "Steroid injections are not given at a patient's first appointment.",
    next: "Steroid injections are not given at a patient's first appointment. If a joint is very swollen, the consultant may inject it at that visit.",
  },
  {
    kind: "roles",
    previous: "The patient books the next blood test at reception; the nurse checks the result before the next clinic.",
    next: "The nurse books the next blood test at reception; the patient checks the result before the next clinic.",
  },
  {
    kind: "scope",
    previous: "All patients starting a biologic are screened for tuberculosis first.",
    next: "Patients over 65 starting a biologic are screened for tuberculosis first.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Advice line messages are returned within two working days.",
    next: "Advice line messages are returned on the same working day.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "You are the advice line assistant for Westbridge Rheumatology Clinic. You answer questions about medicines and appointments. Remind patients on hydroxychloroquine that, after five years of treatment, they need an eye check once every 12 months.",
    next: "You are the advice line assistant for Westbridge Rheumatology Clinic. You answer questions about medicines and appointments. Remind patients on hydroxychloroquine that, after five years of treatment, they need an eye check once a year.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "Biologic injections are delivered to the patient's home by the homecare company.",
    next: "The homecare company delivers biologic injections to the patient's home.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Patients may not start a new biologic until their hepatitis B result is back.",
    next: "A new biologic starts only once the patient's hepatitis B result has come in.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Flare appointments are kept free each morning for patients whose joints have suddenly worsened.",
    next: "Each morning, a few slots are held back for anyone whose joints have flared up without warning.",
  },

  // railway carriage cleaning crew
  {
    kind: "entity",
    previous: "Sharps found on a train go straight into the yellow sharps box on the cleaning trolley.",
    next: "Sharps found on a train go straight into the yellow sharps box in the depot mess room.",
  },
  {
    kind: "reference",
    previous: "Report graffiti on form C12 ('Vandalism') on the depot tablet before the train leaves the sidings.",
    next: "Report graffiti on form C21 ('Lost property') on the depot tablet before the train leaves the sidings.",
  },
  {
    kind: "tone",
    tone: "respectful and friendly",
    previous: "If passengers are still on board when you start cleaning at the terminus, politely let them know the train is going out of service and help them with their luggage if they need it.",
    next: "If passengers are still on board when you start cleaning at the terminus, tell them the train is out of service and they should have got off already; help them with their luggage if they need it.",
  },
  {
    kind: "condition",
    previous: "You are the shift assistant for the Eastfield depot cleaning crew. You answer cleaners' questions about rotas, kit and procedures. If a cleaner finds a bag left on a train, tell them not to open it, to move away and to call the British Transport Police on 61016 straight away.",
    next: "You are the shift assistant for the Eastfield depot cleaning crew. You answer cleaners' questions about rotas, kit and procedures. If a cleaner finds a bag left on a train that looks suspicious, tell them not to open it, to move away and to call the British Transport Police on 61016 straight away.",
  },
  {
    kind: "conjunct",
    previous: "Each toilet clean covers the bowl, the sink, the mirror, the floor and the baby-change table.",
    next: "Each toilet clean covers the bowl, the sink, the mirror and the floor.",
  },
  {
    kind: "drift",
    previous: "Cleaners work in pairs on any train in the sidings after 10pm.",
    next: "Cleaners sign in and out on any train in the sidings after 10pm.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Cleaning chemicals are used only as shown on their Control of Substances Hazardous to Health data sheet.",
    next: "Cleaning chemicals are used only as shown on their COSHH data sheet.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Never step down onto the track to reach a carriage door.",
    next: "NEVER, for any reason, step down onto the track to reach a carriage door.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "You are the kit assistant for the Eastfield depot cleaning crew. You help cleaners order and replace equipment. Every cleaner must carry gloves, a high-visibility vest, a torch and a personal radio on every shift. Lost or broken kit is replaced from the stores cage by the shift supervisor.",
    next: "You are the kit assistant for the Eastfield depot cleaning crew. You help cleaners order and replace equipment. Every cleaner must carry the following on every shift:\n- gloves\n- a high-visibility vest\n- a torch\n- a personal radio\n\nLost or broken kit is replaced from the stores cage by the shift supervisor.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Toilets must be restocked with paper and soap at the end of every clean.",
    next: "No clean is finished until the toilet has paper and soap in it again.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Lost property is handed in at the station office within an hour of the train arriving.",
    next: "Found items never stay with the cleaner: they reach the station office no more than an hour after the train gets in.",
  },

  // road gritting depot
  {
    kind: "modal",
    previous: "Drivers are to rest for at least 11 hours between shifts, even during a prolonged cold spell.",
    next: "Drivers ought to rest for at least 11 hours between shifts, even during a prolonged cold spell.",
  },
  {
    kind: "negation",
    previous: "Salt is not spread on routes where the road surface is forecast to stay above 1 °C overnight.",
    next: "Salt is spread on routes where the road surface is forecast to stay above 1 °C overnight.",
  },
  {
    kind: "number",
    previous: "You are the winter service assistant for the County Highways gritting depot. You answer questions from the public about which roads are gritted and when. Priority 1 routes, which carry about 45% of the county's traffic, are treated within 3 hours of a decision to grit. Explain that pavements and residential side roads are not gritted except during prolonged snow.",
    next: "You are the winter service assistant for the County Highways gritting depot. You answer questions from the public about which roads are gritted and when. Priority 1 routes, which carry about 45% of the county's traffic, are treated within 5 hours of a decision to grit. Explain that pavements and residential side roads are not gritted except during prolonged snow.",
  },
  {
    kind: "obligation",
    previous: "Each driver is responsible for checking the spreader calibration before the season starts.",
    next: "Each driver can ask for the spreader calibration to be checked before the season starts.",
  },
  {
    kind: "order",
    previous: "At 1pm the duty officer reads the road weather forecast, then decides whether to grit, then calls out the drivers.",
    next: "At 1pm the duty officer decides whether to grit, then reads the road weather forecast, then calls out the drivers.",
  },
  {
    kind: "requirement",
    previous: "Before a run, drivers walk round the gritter and check the lights, the beacon and the spinner. They also confirm by radio that the route has no closures.",
    next: "Before a run, drivers walk round the gritter and check the lights, the beacon and the spinner.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "Depot visitors sign in at the gatehouse and wear a hard hat in the salt barn.",
    next: "Depot visitors wear a hard hat in the salt barn and sign in at the gatehouse.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "You are the salt bin assistant for the County Highways gritting depot. You handle requests from residents about roadside grit bins. Bins are refilled once before Christmas and again when they're reported empty. Grit from the bins is for public roads and pavements only. It mustn't be taken for private drives, and we don't deliver grit to homes.",
    next: "You are the salt bin assistant for the County Highways gritting depot. You handle requests from residents about roadside grit bins. Bins are refilled once before Christmas and again when they are reported empty. Grit from the bins is for public roads and pavements only. It must not be taken for private drives, and we do not deliver grit to homes.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "Gritters don't stop to help stranded motorists, because the route has to be finished on time; drivers radio the control room instead.",
    next: "Gritters don't stop to help stranded motorists, because the route has to be finished on time. Drivers radio the control room instead.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Drivers never grit with the beacon switched off.",
    next: "The beacon stays on for the whole of every gritting run.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "No gritter leaves the yard with less than a full load of salt.",
    next: "Every gritter is filled to capacity with salt before it pulls out of the yard.",
  },

  // shopping centre management office
  {
    kind: "rescope",
    previous: "Skateboards and scooters are not ridden anywhere inside the centre.",
    next: "Skateboards and scooters are not ridden anywhere inside the centre. Children's scooters are fine in the food court.",
  },
  {
    kind: "roles",
    previous: "You are the tenant support assistant for Riverside Shopping Centre. You help shop managers with deliveries, waste and access. Before any fit-out work starts, the tenant must send the management office:\n- the contractor's public liability insurance;\n- the risk assessment and method statement;\n- the name of the person in charge on site.\n\nThe management office then issues a permit to work. No work starts without a permit displayed in the shop window.",
    next: "You are the tenant support assistant for Riverside Shopping Centre. You help shop managers with deliveries, waste and access. Before any fit-out work starts, the management office must send the tenant:\n- the contractor's public liability insurance;\n- the risk assessment and method statement;\n- the name of the person in charge on site.\n\nThe tenant then issues a permit to work. No work starts without a permit displayed in the shop window.",
  },
  {
    kind: "scope",
    previous: "Delivery vehicles use the service yard before 10am only.",
    next: "Delivery vehicles over 7.5 tonnes use the service yard before 10am only.",
  },
  {
    kind: "entity",
    previous: "Lost children are taken to the customer service desk on the ground floor, not to the security control room.",
    next: "Lost children are taken to the security control room, not to the customer service desk on the ground floor.",
  },
  {
    kind: "reference",
    previous: "Tenants sort waste into the categories listed in the previous section and take it to the compactor between 6pm and 8pm.",
    next: "Tenants sort waste into the categories listed in the next section and take it to the compactor between 6pm and 8pm.",
  },
  {
    kind: "tone",
    tone: "polite and helpful",
    previous: "If a shopper can't find their car in the multi-storey, help them check the level signs and offer to walk the floors with them.",
    next: "If a shopper can't find their car in the multi-storey, help them check the level signs, which they should have noted, and offer to walk the floors with them.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Fire doors are checked once a week.",
    next: "Fire doors are checked every morning before the centre opens.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "Parking is free for the first 3 hours, and after paying, drivers have up to 15 minutes to leave before the barrier charges again.",
    next: "Parking is free for the first three hours, and after paying, drivers have up to a quarter of an hour to leave before the barrier charges again.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "You are the security assistant for Riverside Shopping Centre. You answer questions from shop staff about safety after hours. Tell them the car park is patrolled by security officers every hour after 6pm.",
    next: "You are the security assistant for Riverside Shopping Centre. You answer questions from shop staff about safety after hours. Tell them security officers patrol the car park every hour after 6pm.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Promotional staff may not stop shoppers who are walking past.",
    next: "Promotional staff speak only to shoppers who come over to them of their own accord.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Spillages are coned off within five minutes of being reported.",
    next: "Once someone reports a spill, cones go round it in no more than five minutes.",
  },

  // sixth form college
  {
    kind: "condition",
    previous: "Year 12 students may leave site during free periods only if a parent has given written consent.",
    next: "Year 12 students may leave site during free periods only if they have signed out at reception.",
  },
  {
    kind: "conjunct",
    previous: "A student who misses a coursework deadline is referred to their tutor, their head of department and the exams officer.",
    next: "A student who misses a coursework deadline is referred to their tutor and their head of department.",
  },
  {
    kind: "drift",
    previous: "You are the admissions assistant for Greenhill Sixth Form College. You answer questions from applicants and parents about courses and entry requirements. Tell applicants that they need at least a grade 6 at GCSE in a subject to study it at A level.",
    next: "You are the admissions assistant for Greenhill Sixth Form College. You answer questions from applicants and parents about courses and entry requirements. Tell applicants that they need at least a grade 6 at GCSE in English to study any A level.",
  },
  {
    kind: "modal",
    previous: "Students must wear their lanyard where it can be seen at all times on site.",
    next: "Students should wear their lanyard where it can be seen at all times on site.",
  },
  {
    kind: "negation",
    previous: "Bursary payments are not made for any week in which attendance falls below 95%.",
    next: "Bursary payments are made for any week in which attendance falls below 95%.",
  },
  {
    kind: "number",
    previous: "Students need at least 90% attendance over the autumn term to go on the residential field trip.",
    next: "Students need at least 80% attendance over the autumn term to go on the residential field trip.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Students with an Education, Health and Care Plan meet the special educational needs coordinator in their first week.",
    next: "Students with an EHCP meet the SENCo in their first week.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Students do not bring visitors onto site without signing them in.",
    next: "Please note: students do **not** bring visitors onto site without signing them in.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "An application for extra time in exams needs a report from a specialist assessor, a statement from a teacher and evidence of the student's normal way of working.",
    next: "An application for extra time in exams needs:\n1. a report from a specialist assessor;\n2. a statement from a teacher;\n3. evidence of the student's normal way of working.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the wellbeing assistant for Greenhill Sixth Form College. You help students find support and book time with a counsellor. If a student says they are thinking about harming themselves, give them the safeguarding team's number straight away and tell them someone will talk to them today. Do not promise to keep it secret.",
    next: "You are the wellbeing assistant for Greenhill Sixth Form College. Students come to you to find support or to book a counsellor. Any student who mentions thoughts of self-harm gets the safeguarding team's number at once, along with the assurance that someone will speak to them that same day. Be honest that this is something you will pass on rather than keep to yourself.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Students who arrive after 9:15 sign in at reception.",
    next: "Anyone turning up later than 9:15 has to go through reception and sign in.",
  },

  // stroke rehabilitation ward
  {
    kind: "obligation",
    previous: "A swallow screen is required before any patient is given food or drink by mouth.",
    next: "A swallow screen is recommended before any patient is given food or drink by mouth.",
  },
  {
    kind: "order",
    previous: "You are the family information assistant for Ward 22, the stroke rehabilitation ward at Northfield Hospital. You answer relatives' questions about visiting and about how the ward works. When relatives want to bring food in, tell them to speak to the nurse first and to bring it only once the patient's swallow plan has been checked. Thickened drinks are prepared only by staff.",
    next: "You are the family information assistant for Ward 22, the stroke rehabilitation ward at Northfield Hospital. You answer relatives' questions about visiting and about how the ward works. When relatives want to bring food in, tell them to bring it first and to speak to the nurse once the patient's swallow plan has been checked. Thickened drinks are prepared only by staff.",
  },
  {
    kind: "requirement",
    previous: "Patients at risk of falls have a bed alarm fitted, and the alarm is tested at the start of every shift.",
    next: "Patients at risk of falls have a bed alarm fitted.",
  },
  {
    kind: "rescope",
    previous: "Patients on a modified diet are not given food brought in by visitors unless the nurse has checked it.",
    next: "Patients on a modified diet are not given food brought in by visitors unless the nurse has checked it. Visitors may give snacks that melt in the mouth, like chocolate, without asking.",
  },
  {
    kind: "roles",
    previous: "You are the discharge planning assistant for Ward 22 at Northfield Hospital. You help patients and families get ready for going home. The occupational therapist visits the home before discharge and recommends any equipment, and the family arranges for it to be fitted. Nobody is discharged before the equipment is in place.",
    next: "You are the discharge planning assistant for Ward 22 at Northfield Hospital. You help patients and families get ready for going home. The family visits the home before discharge and recommends any equipment, and the occupational therapist arranges for it to be fitted. Nobody is discharged before the equipment is in place.",
  },
  {
    kind: "scope",
    previous: "Every patient on the ward is weighed each Monday and the result plotted on their nutrition chart.",
    next: "Every patient on a feeding tube is weighed each Monday and the result plotted on their nutrition chart.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "Physiotherapy sessions run in the morning; speech and language therapy runs in the afternoon.",
    next: "Speech and language therapy runs in the afternoon; physiotherapy sessions run in the morning.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "You are the visiting assistant for Ward 22 at Northfield Hospital. You answer questions about visiting times and ward rules. Visiting is from 3pm to 8pm so that therapy isn't interrupted. Children under 12 can visit but mustn't be left alone with a patient. Flowers aren't allowed on the ward.",
    next: "You are the visiting assistant for Ward 22 at Northfield Hospital. You answer questions about visiting times and ward rules. Visiting is from 3pm to 8pm so that therapy is not interrupted. Children under 12 can visit but must not be left alone with a patient. Flowers are not allowed on the ward.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "Patients are sat out of bed for meals unless the physiotherapist has said otherwise. Sitting up helps with swallowing and builds strength.",
    next: "Unless the physiotherapist has said otherwise, patients are sat out of bed for meals, which helps with swallowing and builds strength.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the rehabilitation goals assistant for Ward 22 at Northfield Hospital. You help patients and relatives understand the weekly goal-setting meeting. Every patient has goals agreed with them each Tuesday. Relatives may attend if the patient agrees. Never present a goal as decided without the patient's agreement.",
    next: "You are the rehabilitation goals assistant for Ward 22 at Northfield Hospital. Patients and their families ask you about the weekly goal-setting meeting. On Tuesdays, each patient agrees their goals for the week with the team. Family members can join in, provided the patient is happy for them to. A goal counts as set only once the patient has said yes to it.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Bed rails are used only after a documented assessment.",
    next: "No bed rail goes up unless an assessment has been carried out and written down.",
  },

  // swimming club
  {
    kind: "entity",
    previous: "Poolside helpers hold a current safeguarding certificate from Swim England.",
    next: "Poolside helpers hold a current safeguarding certificate from the Royal Life Saving Society.",
  },
  {
    kind: "reference",
    previous: "Parents follow the spectators' code of conduct pinned on the club noticeboard.",
    next: "Parents follow the code of conduct printed in last season's newsletter.",
  },
  {
    kind: "tone",
    tone: "encouraging",
    previous: "If your child isn't ready to move up a squad yet, the coach will explain what to work on and check again at the end of the term.",
    next: "If your child isn't ready to move up a squad yet, the coach will list what they're doing wrong and check again at the end of the term.",
  },
  {
    kind: "condition",
    previous: "You are the membership assistant for Tideway Swimming Club. You help families join the club and book trial sessions. A child can have one free trial session if they can swim 25 metres unaided. Trials are booked for Saturday mornings only. Membership fees are paid by direct debit each month.",
    next: "You are the membership assistant for Tideway Swimming Club. You help families join the club and book trial sessions. A child can have one free trial session if they hold a Stage 7 certificate. Trials are booked for Saturday mornings only. Membership fees are paid by direct debit each month.",
  },
  {
    kind: "conjunct",
    previous: "Swimmers bring a hat, goggles and a water bottle to every session.",
    next: "Swimmers bring a hat and goggles to every session.",
  },
  {
    kind: "drift",
    previous: "No swimmer dives in from the side until a coach has checked the depth of the water at that spot.",
    next: "No swimmer dives in from the side until a coach has blown the whistle to start the set.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Two adults with enhanced DBS checks are on the poolside at every session.",
    next: "Three adults with enhanced DBS checks are on the poolside at every session.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "You are the galas assistant for Tideway Swimming Club. You help families enter swimmers for galas. Entries close 14 days before each gala, and swimmers must arrive 45 minutes before the warm-up.",
    next: "You are the galas assistant for Tideway Swimming Club. You help families enter swimmers for galas. Entries close two weeks before each gala, and swimmers must arrive three quarters of an hour before the warm-up.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "Coaches record each swimmer's times in the club app.",
    next: "Each swimmer's times are recorded in the club app by the coaches.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Nobody swims without a coach or lifeguard watching.",
    next: "A coach or lifeguard has eyes on every swimmer for as long as they are in the water.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Photos are never taken on the poolside.",
    next: "Cameras and phones stay in bags and lockers while anyone is on the poolside.",
  },

  // tapas restaurant
  {
    kind: "modal",
    previous: "You are the reservations assistant for Casa Lola tapas bar. You take table bookings by chat and answer questions about the menu. Groups of eight or more must pay a £10 deposit per person when they book.",
    next: "You are the reservations assistant for Casa Lola tapas bar. You take table bookings by chat and answer questions about the menu. Groups of eight or more may pay a £10 deposit per person when they book.",
  },
  {
    kind: "negation",
    previous: "Dishes containing nuts are not cooked in the same pans as nut-free ones.",
    next: "Dishes containing nuts are cooked in the same pans as nut-free ones.",
  },
  {
    kind: "number",
    previous: "Fried dishes wait on the pass for no more than 3 minutes before they go out.",
    next: "Fried dishes wait on the pass for no more than 8 minutes before they go out.",
  },
  {
    kind: "obligation",
    previous: "It is the bar staff's job to check ID for anyone who looks under 25 before serving alcohol.",
    next: "Bar staff are welcome to check ID for anyone who looks under 25 before serving alcohol.",
  },
  {
    kind: "order",
    previous: "Allergy orders are plated first and carried to the table on their own, before the rest of the order.",
    next: "Allergy orders are plated last and carried to the table on their own, after the rest of the order.",
  },
  {
    kind: "requirement",
    previous: "When a guest declares an allergy, the server writes it on the ticket and tells the head chef in person.",
    next: "When a guest declares an allergy, the server writes it on the ticket.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "We take all major cards except American Express.",
    next: "We take all major cards except Amex.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Never reheat paella rice.",
    next: "NEVER reheat paella rice (no exceptions).",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "You are the takeaway assistant for Casa Lola tapas bar. You take orders for collection. For every order, confirm:\n- the collection time;\n- the customer's name and phone number;\n- any allergies.\n\nOrders are ready 30 minutes after they are placed.",
    next: "You are the takeaway assistant for Casa Lola tapas bar. You take orders for collection. For every order, confirm the collection time, the customer's name and phone number, and any allergies. Orders are ready 30 minutes after they are placed.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Sangria jugs are served only to tables where everyone is 18 or over.",
    next: "A table with anyone under 18 at it doesn't get a sangria jug.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "The last food order is taken at 10pm.",
    next: "After 10pm the kitchen stops accepting food orders.",
  },

  // textile recycling collection
  {
    kind: "rescope",
    previous: "We do not collect wet or mouldy textiles.",
    next: "We do not collect wet or mouldy textiles. Bags that got soaked in the rain on the kerb are fine to leave out.",
  },
  {
    kind: "roles",
    previous: "You are the doorstep collection assistant for ReWear Textile Recycling. You help households book a free collection of unwanted clothes and textiles. The household puts the bags outside by 8am on collection day, and the driver texts a photo once they have been picked up. Bags put out after 8am may be missed.",
    next: "You are the doorstep collection assistant for ReWear Textile Recycling. You help households book a free collection of unwanted clothes and textiles. The household puts the bags outside by 8am on collection day, and the household texts a photo once they have been picked up. Bags put out after 8am may be missed.",
  },
  {
    kind: "scope",
    previous: "Clothing banks at every site in the borough are emptied on Mondays and Thursdays.",
    next: "Clothing banks at every supermarket site in the borough are emptied on Mondays and Thursdays.",
  },
  {
    kind: "entity",
    previous: "Donated school uniform is passed on to the Parkside uniform bank.",
    next: "Donated school uniform is passed on to the Parkside food bank.",
  },
  {
    kind: "reference",
    previous: "Drivers leave behind anything on the 'not accepted' list printed on the back of our leaflet.",
    next: "Drivers leave behind anything on the 'not accepted' list printed on the collection bag label.",
  },
  {
    kind: "tone",
    tone: "friendly and appreciative",
    previous: "Thank you for donating! If we couldn't take something, we'll leave it with a note explaining why.",
    next: "If we couldn't take something, we'll leave it with a note explaining why. Please read the list properly next time.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "You are the business recycling assistant for ReWear Textile Recycling. You help shops, schools and hotels arrange textile collections. Collections are free for 20 bags or more. Every business collection is weighed and a certificate is emailed within seven days. Smaller loads can be taken to any clothing bank.",
    next: "You are the business recycling assistant for ReWear Textile Recycling. You help shops, schools and hotels arrange textile collections. Collections are free for 20 bags or more. Smaller loads can be taken to any clothing bank. Every business collection is weighed and a certificate is emailed within seven days.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "We don't take carpets, and we can't collect from above the ground floor.",
    next: "We do not take carpets, and we cannot collect from above the ground floor.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "Bags are tied at the top and kept dry, and they are left where the driver can see them from the road.",
    next: "Bags are tied at the top and kept dry. They are left where the driver can see them from the road.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Clothing banks must not be left overflowing.",
    next: "Each clothing bank is emptied before it fills up, so nothing ever spills out around it.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Collections cancelled less than 24 hours ahead cannot be rebooked for the same week.",
    next: "Cancel with under a day's notice and the earliest new collection will be the following week.",
  },

  // travel insurance helpline
  {
    kind: "condition",
    previous: "Medical expenses abroad are covered only if the policyholder declared all pre-existing conditions when buying the policy.",
    next: "Medical expenses abroad are covered only if the policyholder declared any heart or lung conditions when buying the policy.",
  },
  {
    kind: "conjunct",
    previous: "To claim for lost luggage, send us the airline's property irregularity report, receipts for the items and a copy of your boarding pass.",
    next: "To claim for lost luggage, send us the airline's property irregularity report and a copy of your boarding pass.",
  },
  {
    kind: "drift",
    previous: "You are the emergency assistance assistant for Harbour Travel Insurance. You help policyholders who fall ill or are injured abroad. If a policyholder is admitted to hospital, tell them to call our 24-hour medical line on +44 20 7946 0321 before agreeing to any treatment that is not urgent. Our doctors speak to the hospital and arrange payment directly. Never tell a policyholder that a claim will be paid before it has been assessed.",
    next: "You are the emergency assistance assistant for Harbour Travel Insurance. You help policyholders who fall ill or are injured abroad. If a policyholder is admitted to hospital, tell them to call our 24-hour medical line on +44 20 7946 0321 within 48 hours of being discharged. Our doctors speak to the hospital and arrange payment directly. Never tell a policyholder that a claim will be paid before it has been assessed.",
  },
  {
    kind: "modal",
    previous: "Policyholders must tell us about any change in their health between buying the policy and travelling.",
    next: "Policyholders can tell us about any change in their health between buying the policy and travelling.",
  },
  {
    kind: "negation",
    previous: "Claims are not paid for trips to countries the Foreign Office advised against all travel to at the time of booking.",
    next: "Claims are paid for trips to countries the Foreign Office advised against all travel to at the time of booking.",
  },
  {
    kind: "number",
    previous: "A lost or stolen passport must be reported to the local police within 24 hours.",
    next: "A lost or stolen passport must be reported to the local police within 72 hours.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "You are the claims assistant for Harbour Travel Insurance. You help policyholders make a claim after they get home. Before discussing any claim, confirm the caller's date of birth and postcode.",
    next: "You are the claims assistant for Harbour Travel Insurance. You help policyholders make a claim after they get home. Before discussing any claim, confirm the caller's date of birth, postcode and policy number.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "Claims must reach us within 28 days of the end of the trip.",
    next: "Claims must reach us within four weeks of the end of the trip.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "A doctor from our medical team reviews every claim over £5,000.",
    next: "Every claim over £5,000 is reviewed by a doctor from our medical team.",
  },
  {
    kind: "benign",
    variant: "reword",
    tone: "calm and reassuring",
    previous: "If your flight has been cancelled and you're stuck at the airport, don't worry: keep your receipts for food and a hotel and we'll cover reasonable costs up to £250.",
    next: "A cancelled flight that leaves you stranded is stressful, but you're covered: hold on to the receipts for meals and somewhere to sleep, and we'll pay reasonable costs up to £250.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Winter sports are not covered unless the policy has the winter sports add-on.",
    next: "Only policies with the winter sports add-on pay out for skiing, snowboarding and other winter sports.",
  },

  // underground station staff
  {
    kind: "obligation",
    previous: "Platform staff are required to make an announcement whenever a train is held for more than five minutes.",
    next: "Platform staff are free to make an announcement whenever a train is held for more than five minutes.",
  },
  {
    kind: "order",
    previous: "During an evacuation, staff sweep the platforms and toilets, then close the gates and leave by the Exit 2 stairs.",
    next: "During an evacuation, staff close the gates and leave by the Exit 2 stairs, then sweep the platforms and toilets.",
  },
  {
    kind: "requirement",
    previous: "You are the customer help point assistant for Kingsway Underground station. You answer passengers who press the help point button. If a passenger reports someone unwell on a platform, radio the station supervisor before you do anything else, then tell the passenger that help is on its way.",
    next: "You are the customer help point assistant for Kingsway Underground station. You answer passengers who press the help point button. If a passenger reports someone unwell on a platform, tell the passenger that help is on its way.",
  },
  {
    kind: "rescope",
    previous: "You are the accessibility assistant for Kingsway Underground station. You help passengers who need step-free access or assistance. Ramps are provided at every platform on request. Staff will meet a passenger at the ticket hall and help them board. Never tell a passenger that assistance must be booked in advance.",
    next: "You are the accessibility assistant for Kingsway Underground station. You help passengers who need step-free access or assistance. Ramps are provided at every platform on request. Staff will meet a passenger at the ticket hall and help them board. Never tell a passenger that assistance must be booked in advance. Passengers using a wheelchair should book at least 24 hours ahead.",
  },
  {
    kind: "roles",
    previous: "The station supervisor decides when to close the station because of overcrowding, and the line controller is told straight away.",
    next: "The line controller decides when to close the station because of overcrowding, and the station supervisor is told straight away.",
  },
  {
    kind: "scope",
    previous: "Staff wear a body camera on every shift.",
    next: "Staff wear a body camera on night shifts.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "A customer service assistant stands on each platform during the evening peak.",
    next: "A CSA stands on each platform during the evening peak.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "You are the lost property assistant for Kingsway Underground station. You help passengers who have left something on a train or in the station. Never give out another passenger's details, even if they handed the item in.",
    next: "You are the lost property assistant for Kingsway Underground station. You help passengers who have left something on a train or in the station. **Never** give out another passenger's details, even if they handed the item in.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "You are the ticket hall assistant for Kingsway Underground station. You help passengers with tickets, fares and refunds. Refunds for a delay of 15 minutes or more can be claimed online, at the ticket office or by phone. Do not process a refund for a journey you cannot see in the card's history.",
    next: "You are the ticket hall assistant for Kingsway Underground station. You help passengers with tickets, fares and refunds. Refunds for a delay of 15 minutes or more can be claimed:\n- online;\n- at the ticket office;\n- by phone.\n\nDo not process a refund for a journey you cannot see in the card's history.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Nobody goes onto the track until the traction current has been confirmed off.",
    next: "Stepping down onto the track is allowed only after confirmation that the traction current is off.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "An escalator stopped for maintenance is not to be used as a staircase.",
    next: "While an escalator is stopped for maintenance, it stays closed to passengers, who use the fixed stairs or the lift.",
  },

  // vascular clinic
  {
    kind: "entity",
    previous: "Patients with a leg ulcer bring their compression stockings to every appointment.",
    next: "Patients with a leg ulcer bring their dressing kit to every appointment.",
  },
  {
    kind: "reference",
    previous: "Patients on warfarin follow the instructions in their pre-procedure letter about when to stop taking it.",
    next: "Patients on warfarin follow the instructions in their appointment reminder text about when to stop taking it.",
  },
  {
    kind: "tone",
    tone: "kind and clear",
    previous: "We know needles can be frightening; let the nurse know if you're anxious and we'll take things at your pace.",
    next: "Let the nurse know if you're anxious about needles; we'll take things at your pace, although most people manage without making a fuss.",
  },
  {
    kind: "condition",
    previous: "You are the appointments assistant for the Riverside Vascular Clinic. You help patients book and move scans and clinic appointments. If a patient reports a cold, pale or painful foot that came on suddenly, tell them to go to A&E now rather than wait for their appointment. Do not give any other medical advice.",
    next: "You are the appointments assistant for the Riverside Vascular Clinic. You help patients book and move scans and clinic appointments. If a patient reports a cold, pale or painful foot that came on suddenly and has lasted more than a day, tell them to go to A&E now rather than wait for their appointment. Do not give any other medical advice.",
  },
  {
    kind: "conjunct",
    previous: "Smokers are offered a referral to the stop-smoking service, nicotine patches and a follow-up call after four weeks.",
    next: "Smokers are offered a referral to the stop-smoking service and a follow-up call after four weeks.",
  },
  {
    kind: "drift",
    previous: "An aneurysm scan result is always explained to the patient by a doctor, never just sent by post.",
    next: "An aneurysm scan result is always copied to the patient's GP, never just sent by post.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "On the day of your scan, wear loose clothing, bring a list of your current medicines and arrive ten minutes early.",
    next: "On the day of your scan, arrive ten minutes early, bring a list of your current medicines and wear loose clothing.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "Don't eat for six hours before an abdominal scan, but you needn't stop drinking water.",
    next: "Do not eat for six hours before an abdominal scan, but you need not stop drinking water.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "You are the pre-assessment assistant for the Riverside Vascular Clinic. You prepare patients for surgery under general anaesthetic. Patients must not eat for six hours before surgery. They may drink water up to two hours before. Anyone on blood thinners is told by the nurse when to stop them.",
    next: "You are the pre-assessment assistant for the Riverside Vascular Clinic. You prepare patients for surgery under general anaesthetic. Patients must not eat for six hours before surgery, though they may drink water up to two hours before. Anyone on blood thinners is told by the nurse when to stop them.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Patients may not drive themselves home after an angiogram.",
    next: "After an angiogram, patients go home with someone else at the wheel or in a taxi.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Compression bandages are reapplied by a trained nurse only.",
    next: "Nobody but a trained nurse puts compression bandages back on.",
  },

  // vegetable wholesale market
  {
    kind: "modal",
    previous: "Forklift drivers shall sound the horn at every blind corner in the market hall.",
    next: "Forklift drivers may sound the horn at every blind corner in the market hall.",
  },
  {
    kind: "negation",
    previous: "Traders do not leave empty pallets in the aisles after 6am.",
    next: "Traders leave empty pallets in the aisles after 6am.",
  },
  {
    kind: "number",
    previous: "Buyers' vans may stay in the loading bay for up to 20 minutes.",
    next: "Buyers' vans may stay in the loading bay for up to 45 minutes.",
  },
  {
    kind: "obligation",
    previous: "You are the tenant services assistant for Eastgate Wholesale Fruit and Vegetable Market. You help traders with stand rents, waste and market rules. Each trader is responsible for:\n- clearing waste from their stand by 11am;\n- weighing produce on stamped scales;\n- showing the country of origin on every price card.\n\nRents are invoiced quarterly. Refer disputes between traders to the market manager.",
    next: "You are the tenant services assistant for Eastgate Wholesale Fruit and Vegetable Market. You help traders with stand rents, waste and market rules. Each trader is encouraged to take care of:\n- clearing waste from their stand by 11am;\n- weighing produce on stamped scales;\n- showing the country of origin on every price card.\n\nRents are invoiced quarterly. Refer disputes between traders to the market manager.",
  },
  {
    kind: "order",
    previous: "Produce is weighed in front of the buyer before the price is agreed.",
    next: "The price is agreed before the produce is weighed in front of the buyer.",
  },
  {
    kind: "requirement",
    previous: "Food waste goes in the brown bins. Cardboard is flattened and stacked by the baler.",
    next: "Food waste goes in the brown bins.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Traders wear high-visibility vests on the loading dock.",
    next: "Traders wear high-visibility vests everywhere in the market hall, the loading dock included.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "You are the buyer registration assistant for Eastgate Wholesale Fruit and Vegetable Market. You help restaurants and shops register for a buyer's card. Tell applicants that the market opens at 3am and that a new card takes 48 hours to activate.",
    next: "You are the buyer registration assistant for Eastgate Wholesale Fruit and Vegetable Market. You help restaurants and shops register for a buyer's card. Tell applicants that the market opens at three in the morning and that a new card takes two days to activate.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "The market manager inspects every stand on the first Monday of the month.",
    next: "Every stand is inspected by the market manager on the first Monday of the month.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Nobody under 16 is allowed on the trading floor.",
    next: "The trading floor is open to those aged 16 and over only.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Prices must be displayed on every line of produce.",
    next: "No produce is on show without its price next to it.",
  },

  // women's refuge
  {
    kind: "rescope",
    previous: "The refuge's address is never given to anyone, including the family members of residents.",
    next: "The refuge's address is never given to anyone outside the staff team. The family members of residents may be told it if the resident agrees.",
  },
  {
    kind: "roles",
    previous: "Residents decide whether to involve the police; support workers give information but do not decide for them.",
    next: "Support workers decide whether to involve the police; residents give information but do not decide for them.",
  },
  {
    kind: "scope",
    previous: "You are the referrals assistant for Haven House women's refuge. You take calls from agencies and from women looking for a place. Ask every caller whether they are safe to talk right now before asking anything else.",
    next: "You are the referrals assistant for Haven House women's refuge. You take calls from agencies and from women looking for a place. Ask first-time callers whether they are safe to talk right now before asking anything else.",
  },
  {
    kind: "entity",
    previous: "Residents' post is redirected to the PO Box, never to the refuge itself.",
    next: "Residents' post is redirected to the council housing office, never to the refuge itself.",
  },
  {
    kind: "reference",
    previous: "Staff follow the lone working procedure in the staff handbook.",
    next: "Staff follow the lone working procedure in the volunteer handbook.",
  },
  {
    kind: "tone",
    tone: "warm, calm and non-judgemental",
    previous: "If you need to leave the refuge and come back, that's okay; just tell a support worker so we know you're safe.",
    next: "If you leave the refuge and come back, tell a support worker. We can't keep you safe if you keep disappearing.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Every resident is offered an independent domestic violence adviser.",
    next: "Every resident is offered an IDVA.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Do not post photos or check-ins that could show where the refuge is.",
    next: "Please, do **not** post photos or check-ins that could show where the refuge is.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "Residents share the cleaning rota, keep their room key with them and tell staff when they will be out overnight.",
    next: "Residents:\n- share the cleaning rota;\n- keep their room key with them;\n- tell staff when they will be out overnight.",
  },
  {
    kind: "benign",
    variant: "reword",
    tone: "warm, calm and non-judgemental",
    previous: "Whatever you decide about your relationship, we will keep supporting you for as long as you live here.",
    next: "You don't have to make any decision about your relationship to keep our support; it stays with you for your whole time here.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the resident support assistant for Haven House women's refuge. You help residents with questions about house life and support. When a resident asks about moving on, tell her that her support worker will help with:\n- a housing application;\n- benefits and money;\n- school places for her children.\n\nNever share anything a resident tells you with another resident.",
    next: "You are the resident support assistant for Haven House women's refuge. Residents come to you with questions about daily life in the house and the support on offer. A resident thinking about moving on can count on her support worker for help with:\n- applying for housing;\n- benefits and money;\n- finding school places for her children.\n\nWhat one resident tells you stays private from every other resident.",
  },

  // workwear supplier
  {
    kind: "condition",
    previous: "Trade account customers get free next-day delivery on orders over £150.",
    next: "Trade account customers get free next-day delivery on orders over £150 placed before noon.",
  },
  {
    kind: "conjunct",
    previous: "Before an embroidery order goes to the machine, check the logo proof, the thread colours and the position on the garment with the customer.",
    next: "Before an embroidery order goes to the machine, check the logo proof and the position on the garment with the customer.",
  },
  {
    kind: "drift",
    previous: "Hi-vis garments are sold only with their EN ISO 20471 class shown on the label.",
    next: "Hi-vis garments are sold only with their wash instructions shown on the label.",
  },
  {
    kind: "modal",
    previous: "You are the sales assistant for ProKit Workwear. You help businesses choose and order uniforms and safety clothing. When a customer asks for safety footwear, you must ask which hazards it needs to protect against before suggesting a boot. Never claim a product meets a safety standard unless its listing says so.",
    next: "You are the sales assistant for ProKit Workwear. You help businesses choose and order uniforms and safety clothing. When a customer asks for safety footwear, you might ask which hazards it needs to protect against before suggesting a boot. Never claim a product meets a safety standard unless its listing says so.",
  },
  {
    kind: "negation",
    previous: "Embroidered items are not refundable unless they are faulty.",
    next: "Embroidered items are refundable unless they are faulty.",
  },
  {
    kind: "number",
    previous: "Bulk orders of 50 garments or more need a 30% deposit before production starts.",
    next: "Bulk orders of 50 garments or more need a 10% deposit before production starts.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "To return an item, include the order number and send it back in its original packaging.",
    next: "To return an item, send it back in its original packaging and include the order number.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "We can't embroider waterproof jackets, because the needle holes let water in, and we won't print on fleece.",
    next: "We cannot embroider waterproof jackets, because the needle holes let water in, and we will not print on fleece.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "Invoices are due 30 days from the end of the month. A late payment puts new orders on hold.",
    next: "Invoices are due 30 days from the end of the month, and a late payment puts new orders on hold.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the accounts assistant for ProKit Workwear. You help trade customers with invoices and credit limits. Invoices are due 30 days from the end of the month. Credit limits above £5,000 need a director's approval. Never agree a payment plan on the phone without it being confirmed in writing.",
    next: "You are the accounts assistant for ProKit Workwear. Trade customers come to you about invoices and credit limits. Payment is due 30 days after the close of the month the invoice is dated in. Any credit limit over £5,000 has to be approved by a director. A payment plan agreed by phone only stands once it has been confirmed in writing.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Logo files must be vector files (.ai, .eps or .svg); photos of logos are not accepted.",
    next: "We work only from vector logo files (.ai, .eps or .svg), so a photo of a logo won't do.",
  },

  // wound care clinic
  {
    kind: "obligation",
    previous: "Photographing the wound at the first visit and every fourth week after is part of the standard assessment.",
    next: "Photographing the wound at the first visit and every fourth week after is an optional extra to the standard assessment.",
  },
  {
    kind: "order",
    previous: "Take off the old dressing and dispose of it before opening the new dressing pack.",
    next: "Open the new dressing pack before taking off the old dressing and disposing of it.",
  },
  {
    kind: "requirement",
    previous: "You are the appointments assistant for the Greenway Community Wound Care Clinic. You book and rearrange dressing changes and leg ulcer reviews. If a patient reports spreading redness, a fever or a bad smell from their wound, tell them to ring the clinic nurse today. If the clinic is closed, tell them to call 111. Do not advise on dressings yourself.",
    next: "You are the appointments assistant for the Greenway Community Wound Care Clinic. You book and rearrange dressing changes and leg ulcer reviews. If a patient reports spreading redness, a fever or a bad smell from their wound, tell them to ring the clinic nurse today. Do not advise on dressings yourself.",
  },
  {
    kind: "rescope",
    previous: "Compression is never started until the ankle pressure check has been done.",
    next: "Compression is never started until the ankle pressure check has been done. If the clinic's Doppler machine is away for repair, start compression and do the check when it returns.",
  },
  {
    kind: "roles",
    previous: "The tissue viability nurse signs off any change to a dressing plan; healthcare assistants carry it out.",
    next: "Healthcare assistants sign off any change to a dressing plan; the tissue viability nurse carries it out.",
  },
  {
    kind: "scope",
    previous: "Wound measurements are taken and recorded at each visit for every patient on the caseload.",
    next: "Wound measurements are taken and recorded at each visit for every patient with a leg ulcer.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Hands are washed before and after each patient.",
    next: "Hands are washed before and after each patient, and again before any sterile pack is opened.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "Home visits are offered within a 5-mile radius of the clinic and last about 30 minutes.",
    next: "Home visits are offered within a five-mile radius of the clinic and last about half an hour.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "You are the home visits assistant for the Greenway Community Wound Care Clinic. You book nurse visits for housebound patients. Every patient is given a dressing diary by the nurse at the first visit.",
    next: "You are the home visits assistant for the Greenway Community Wound Care Clinic. You book nurse visits for housebound patients. At the first visit, the nurse gives every patient a dressing diary.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Do not soak a leg ulcer in the bath.",
    next: "Keep leg ulcers out of bath water and wash around them instead.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Patients who miss two appointments in a row are phoned by the nurse.",
    next: "A second missed appointment in a row always leads to a phone call from the nurse.",
  },
];
