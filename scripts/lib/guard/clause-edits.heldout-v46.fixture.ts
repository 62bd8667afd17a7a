// Held-back set v46 of issue 11: hand-labelled clause edits, written blind on 2026-12-06
// (session 29) by a helper who never saw the detectors, their tests, their history or any other
// labelled set beyond the ClauseEdit type (lines 1-41 of clause-edits.fixture.ts, which end at
// its `previous` field; the name of the other required field, next, was taken from the v45
// header and confirmed by tsc), the first 36 lines of v45 (for the file shape) and the domain
// lists of earlier sets; never tuned on; to be measured once by the lead, after the commit that
// adds it. Do not edit entries to make a detector pass.
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
// of its sentence; 9 of them hold a list on at least one side, 5 benign and 4 regressions), so
// that length alone says nothing about the label. None of the 27 domains appears in the earlier
// sets' domain lists (read with grep -A7, comment lines only; an older set without such a list
// may share a domain unseen; the nearest listed neighbours are foster care support line,
// midwife-led birth centre, credit card disputes desk, business rates office, driving test
// centre, energy supplier billing, street market, funeral car hire, night shelter, roadworks
// traffic management crew and karate dojo); all 27 start with A to L, as v47 is written at the
// same time with domains from M to Z.
// Domains: adoption agency, agricultural show, antenatal classes, bank fraud team, breast
// screening unit, building site inductions, care leavers service, coffee shop chain, college
// enrolment office, corner shop, council tax office, dermatology clinic, district nursing team,
// dog warden service, driving school, electricity network faults line, farmers' market, funeral
// director, graduate recruitment team, highways pothole reporting, homeless outreach team,
// hospital discharge team, infection control team, insurance broker, judo club, kids' coding
// club, local newspaper newsroom.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V46: readonly ClauseEdit[] = [
  // adoption agency
  {
    kind: "condition",
    previous: "Unless a social worker is present, birth parents must not be given the adoptive family's surname.",
    next: "If a social worker is present, birth parents must not be given the adoptive family's surname.",
  },
  {
    kind: "conjunct",
    previous: "Every applicant household must supply a medical report, two personal references and a full employment history before stage two begins.",
    next: "Every applicant household must supply a medical report and a full employment history before stage two begins.",
  },
  {
    kind: "drift",
    previous: "Letterbox contact letters are read by the post-adoption team before they are forwarded to the child's family.",
    next: "Letterbox contact letters are logged by the post-adoption team when they are forwarded to the child's family.",
  },
  {
    kind: "modal",
    previous: "Social workers must record every home visit on the case file within 3 working days.",
    next: "Social workers should record every home visit on the case file within 3 working days.",
  },
  {
    kind: "negation",
    previous: "Applicants are never told a child's school or home town before the matching panel has sat.",
    next: "Applicants are told a child's school or home town before the matching panel has sat.",
  },
  {
    kind: "number",
    previous: "You are the enquiries assistant for Northfield Adoption Agency. Answer questions from people thinking about adopting, in plain English. Tell callers that applicants must be at least 21 years old and that stage one normally takes two months. Never promise a timescale for being matched with a child.",
    next: "You are the enquiries assistant for Northfield Adoption Agency. Answer questions from people thinking about adopting, in plain English. Tell callers that applicants must be at least 18 years old and that stage one normally takes two months. Never promise a timescale for being matched with a child.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Applicants must hold a clear enhanced Disclosure and Barring Service check before the home study starts.",
    next: "Applicants must hold a clear enhanced DBS check before the home study starts.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Never confirm to a caller whether a named child is in our care.",
    next: "**Important:** never confirm to a caller whether a named child is in our care.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "Before an applicant's file goes to panel, the social worker checks three things: references have been followed up, the medical adviser has signed off, and the home safety checklist is complete.",
    next: "Before an applicant's file goes to panel, the social worker checks that:\n- references have been followed up\n- the medical adviser has signed off\n- the home safety checklist is complete",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the enquiries assistant for Northfield Adoption Agency. Explain the adoption process in plain English and point people to our monthly information evening. Do not give legal advice about contested adoptions; refer those callers to a solicitor.",
    next: "You are the enquiries assistant for Northfield Adoption Agency. Describe each stage of adopting with us in everyday language, and mention that an information evening runs every month. Questions about adoptions that birth families are contesting need a solicitor, so pass those callers on rather than advising them on the law yourself.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Matching panel minutes must be sent to the applicants within 10 working days of the panel.",
    next: "It is never acceptable for applicants to wait more than 10 working days after a matching panel without receiving its minutes.",
  },

  // agricultural show
  {
    kind: "obligation",
    previous: "Every exhibitor bringing cattle must present a valid movement licence at the livestock gate.",
    next: "Every exhibitor bringing cattle is encouraged to present a valid movement licence at the livestock gate.",
  },
  {
    kind: "order",
    previous: "Judges inspect each fleece before the entry card is turned over to reveal the breeder's name.",
    next: "Judges turn over the entry card to reveal the breeder's name before each fleece is inspected.",
  },
  {
    kind: "requirement",
    previous: "Food traders must email their hygiene rating certificate by 1 June. On the day, each stall is checked by the environmental health officer before it may open. Pitch fees are non-refundable after 15 June.",
    next: "Food traders must email their hygiene rating certificate by 1 June. Pitch fees are non-refundable after 15 June.",
  },
  {
    kind: "rescope",
    previous: "Dogs are not allowed in the main grandstand or the food hall.",
    next: "Dogs are not allowed in the main grandstand. Well-behaved dogs on short leads are welcome in the food hall.",
  },
  {
    kind: "roles",
    previous: "You are the visitor assistant for the Tamworth County Show. Answer questions about tickets, parking and the day's programme. Children under 5 get in free, and carers of disabled visitors also go free. If a visitor reports a lost child, tell them to go to the stewards' tent, and the stewards will radio the show office. Do not take card payments in the chat.",
    next: "You are the visitor assistant for the Tamworth County Show. Answer questions about tickets, parking and the day's programme. Children under 5 get in free, and carers of disabled visitors also go free. If a visitor reports a lost child, tell them to go to the stewards' tent, and the show office will radio the stewards. Do not take card payments in the chat.",
  },
  {
    kind: "scope",
    previous: "All horses competing in any ring must have their passport checked by the duty vet on arrival.",
    next: "Horses competing in the show-jumping ring must have their passport checked by the duty vet on arrival.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "Tractors may not be driven on the showground between 8am and 6pm, except by the grounds team during an emergency.",
    next: "Except by the grounds team during an emergency, tractors may not be driven on the showground between 8am and 6pm.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "Exhibitors mustn't leave animals unattended in the lorry park and can't wash trailers out near the food stalls.",
    next: "Exhibitors must not leave animals unattended in the lorry park and cannot wash trailers out near the food stalls.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "Entries for the produce tent close at noon on the Friday before the show and late entries will be returned unjudged.",
    next: "Entries for the produce tent close at noon on the Friday before the show. Late entries will be returned unjudged.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the trade stand assistant for the Tamworth County Show. Help traders book a pitch and understand the rules for the showground. Every trader must show proof of £5 million public liability insurance before a pitch is confirmed. Never confirm a pitch number until the fee has cleared.",
    next: "You are the trade stand assistant for the Tamworth County Show. Your job is to guide traders through reserving a space and to explain how the showground works. A pitch is only confirmed once the trader has shown that they hold public liability cover of £5 million or more. Pitch numbers are given out only after the fee has cleared, and not before.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "No vehicles may enter the showground through the north gate after 7am on show days.",
    next: "After 7am on show days, the north gate stays shut to every vehicle.",
  },

  // antenatal classes
  {
    kind: "entity",
    previous: "Couples who miss a session can join the next course at the Lindfield Road Children's Centre free of charge.",
    next: "Couples who miss a session can join the next course at the Harbour Street Children's Centre free of charge.",
  },
  {
    kind: "reference",
    previous: "Class leaders follow the infant feeding guidance in section 3 of the Maternity Handbook.",
    next: "Class leaders follow the infant feeding guidance in section 5 of the Maternity Handbook.",
  },
  {
    kind: "tone",
    tone: "warm",
    previous: "If a parent-to-be says they feel anxious about labour, acknowledge how common that feeling is and let them know the midwife can talk it through at their next appointment.",
    next: "If a parent-to-be says they feel anxious about labour, tell them plenty of people manage fine and that they can raise it with the midwife if they really must.",
  },
  {
    kind: "condition",
    previous: "Partners may attend the breastfeeding workshop only if the expectant parent has booked a place too.",
    next: "Partners may attend the breastfeeding workshop only if they have booked a place themselves.",
  },
  {
    kind: "conjunct",
    previous: "You are the booking assistant for Riverside Antenatal Classes. Each course runs for four weekly sessions and covers labour, feeding and caring for a newborn. Ask every caller for their due date, their midwife's name and whether they need a translator before you book them in.",
    next: "You are the booking assistant for Riverside Antenatal Classes. Each course runs for four weekly sessions and covers labour, feeding and caring for a newborn. Ask every caller for their due date and whether they need a translator before you book them in.",
  },
  {
    kind: "drift",
    previous: "Refreshments served at classes must be labelled with all fourteen major allergens they contain.",
    next: "Refreshments served at classes must be labelled with the date they were made.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Class sizes are capped at 12 couples.",
    next: "Class sizes are capped at 10 couples.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "The hospital tour takes about 45 minutes and leaves from the main entrance.",
    next: "The hospital tour takes about three quarters of an hour and leaves from the main entrance.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "The midwife leading the class must check that the birthing balls have been wiped down after each session.",
    next: "After each session, the birthing balls must be checked by the midwife leading the class to make sure they have been wiped down.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the booking assistant for Riverside Antenatal Classes. You help expectant parents choose a course and book a place. Classes are free for anyone registered with a Riverside midwife. Do not give medical advice; if someone describes bleeding, severe pain or reduced movements, tell them to call the maternity triage line straight away. Keep replies short and friendly.",
    next: "You are the booking assistant for Riverside Antenatal Classes. Your role is to help people expecting a baby pick a course and secure a spot on it. Anyone whose midwife is with Riverside pays nothing for classes. Medical questions are outside your remit, and a caller who mentions bleeding, strong pain or the baby moving less must be told to phone maternity triage at once. Answer briefly and kindly.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Parents-to-be may bring one birth partner to each class.",
    next: "Each parent-to-be is welcome to come to every class with a birth partner, though only one.",
  },

  // bank fraud team
  {
    kind: "modal",
    previous: "Agents must call the customer back on the number held on file, never on a number given during the call.",
    next: "Agents may call the customer back on the number held on file, never on a number given during the call.",
  },
  {
    kind: "negation",
    previous: "Agents do not reveal which transactions triggered a fraud alert.",
    next: "Agents reveal which transactions triggered a fraud alert.",
  },
  {
    kind: "number",
    previous: "Payments over £2,500 to a new payee are held for 24 hours for a fraud check.",
    next: "Payments over £25,000 to a new payee are held for 24 hours for a fraud check.",
  },
  {
    kind: "obligation",
    previous: "Where a customer reports a scam, the agent is required to raise a claim on the day of the call.",
    next: "Where a customer reports a scam, it is good practice for the agent to raise a claim on the day of the call.",
  },
  {
    kind: "order",
    previous: "You are the fraud support assistant for Harrow & Dene Bank. Customers who think they have been scammed contact you through the app. First freeze the affected card, then ask the customer to go through the recent transactions with you. Never ask for a full PIN or password.",
    next: "You are the fraud support assistant for Harrow & Dene Bank. Customers who think they have been scammed contact you through the app. First ask the customer to go through the recent transactions with you, then freeze the affected card. Never ask for a full PIN or password.",
  },
  {
    kind: "requirement",
    previous: "Reset the customer's online banking login. Then send a confirmation letter to the address held on file. Pass the case to the recoveries team within one working day.",
    next: "Reset the customer's online banking login. Pass the case to the recoveries team within one working day.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Ask for the customer's date of birth and the last four digits of their card, never the card verification value.",
    next: "Ask for the customer's date of birth and the last four digits of their card, never the CVV.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Staff must not tell a customer that their money is guaranteed to be refunded.",
    next: "Staff must NOT tell a customer that their money is guaranteed to be refunded.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "You are the fraud support assistant for Harrow & Dene Bank. Before discussing an account, check the caller's identity with their date of birth, their postcode and a one-time passcode sent to their phone. Never ask for a full PIN or password.",
    next: "You are the fraud support assistant for Harrow & Dene Bank. Before discussing an account, check the caller's identity with:\n- their date of birth\n- their postcode\n- a one-time passcode sent to their phone.\nNever ask for a full PIN or password.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Customers reporting a lost card out of hours must be put through to the 24-hour line.",
    next: "Outside office hours, anyone calling about a card they have lost is to be transferred to the line that is staffed around the clock.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Do not discuss a fraud case with anyone other than the account holder or their registered attorney.",
    next: "Fraud cases are discussed only with the account holder or the attorney registered on the account.",
  },

  // breast screening unit
  {
    kind: "rescope",
    previous: "Do not screen anyone who is pregnant or breastfeeding; refer them to the symptomatic clinic.",
    next: "Do not screen anyone who is pregnant or breastfeeding; refer them to the symptomatic clinic. Women who are breastfeeding can be screened if they would rather not wait.",
  },
  {
    kind: "roles",
    previous: "Results letters are sent by the screening unit to the woman and copied to her GP.",
    next: "Results letters are sent by the screening unit to the GP and copied to the woman.",
  },
  {
    kind: "scope",
    previous: "Every woman aged 50 to 71 registered with a GP is invited every three years.",
    next: "Every woman aged 50 to 71 registered with a GP in the city is invited every three years.",
  },
  {
    kind: "entity",
    previous: "Women who need an interpreter are booked into the Tuesday clinic at St Luke's Hospital.",
    next: "Women who need an interpreter are booked into the Tuesday clinic at St Mary's Hospital.",
  },
  {
    kind: "reference",
    previous: "You are the appointments assistant for the Westmere Breast Screening Unit. You help women invited for screening to confirm, move or cancel an appointment. Appointments can be moved up to twice per round. If a woman asks about opting out, explain the process set out in the opt-out leaflet (form BS-7) and do not try to persuade her to stay in the programme. Never comment on what a previous result might mean.",
    next: "You are the appointments assistant for the Westmere Breast Screening Unit. You help women invited for screening to confirm, move or cancel an appointment. Appointments can be moved up to twice per round. If a woman asks about opting out, explain the process set out in the opt-out leaflet (form BS-4) and do not try to persuade her to stay in the programme. Never comment on what a previous result might mean.",
  },
  {
    kind: "tone",
    tone: "gentle",
    previous: "If a woman is recalled for further tests, explain that most women who are recalled do not have cancer and that the clinic will look after her.",
    next: "If a woman is recalled for further tests, tell her that recalls happen and that she needs to turn up on time.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "Wear a two-piece outfit and do not use talc or deodorant on the day.",
    next: "Do not use talc or deodorant on the day, and wear a two-piece outfit.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "We can't screen women who are under 50 unless they're taking part in the age extension trial.",
    next: "We cannot screen women who are under 50 unless they are taking part in the age extension trial.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "A woman may bring a friend to the unit. The friend waits in reception during the mammogram.",
    next: "A woman may bring a friend to the unit, who waits in reception during the mammogram.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the appointments assistant for the Westmere Breast Screening Unit. Help women confirm, move or cancel their screening appointment. Women with a disability that affects positioning should be given a 20-minute slot instead of 10. Do not interpret results; say that results letters arrive within two weeks.",
    next: "You are the appointments assistant for the Westmere Breast Screening Unit. Your task is to let women check, change or call off the appointment they were sent. Where a disability makes it harder to get into position, book a 20-minute slot in place of the usual 10. Results are never explained by you; tell women their letter will reach them within two weeks.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Mobile vans must not be parked on the supermarket car park overnight.",
    next: "Overnight, the supermarket car park is kept clear of mobile vans.",
  },

  // building site inductions
  {
    kind: "condition",
    previous: "Visitors may go onto the site without an induction only if a site manager escorts them at all times.",
    next: "Visitors may go onto the site without an induction only if a site manager signs them in.",
  },
  {
    kind: "conjunct",
    previous: "Everyone on site must wear a hard hat, safety boots, a high-visibility vest and eye protection.",
    next: "Everyone on site must wear a hard hat, safety boots and a high-visibility vest.",
  },
  {
    kind: "drift",
    previous: "You are the induction assistant for Carrow Build's Eastgate housing site. You answer questions from new workers before their first shift. Tell every worker that mobile phones must not be used while walking through the plant area.",
    next: "You are the induction assistant for Carrow Build's Eastgate housing site. You answer questions from new workers before their first shift. Tell every worker that mobile phones must be kept charged while walking through the plant area.",
  },
  {
    kind: "modal",
    previous: "Scaffolding must be inspected by a competent person every 7 days and after high winds.",
    next: "Scaffolding should be inspected by a competent person every 7 days and after high winds.",
  },
  {
    kind: "negation",
    previous: "Workers under 18 are not allowed to operate the site dumper.",
    next: "Workers under 18 are allowed to operate the site dumper.",
  },
  {
    kind: "number",
    previous: "The site speed limit is 5 mph for all vehicles, including delivery lorries.",
    next: "The site speed limit is 15 mph for all vehicles, including delivery lorries.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Hot works permits are issued for one shift at a time.",
    next: "Hot works permits are issued for one shift at a time and must be countersigned by the site manager.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "Keep at least 3 metres away from the edge of any open excavation.",
    next: "Keep at least three metres away from the edge of any open excavation.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "The site manager signs every visitor in at the gatehouse.",
    next: "Every visitor is signed in at the gatehouse by the site manager.",
  },
  {
    kind: "benign",
    variant: "reword",
    tone: "encouraging",
    previous: "You are the induction assistant for Carrow Build's Eastgate housing site. New starters ask you about their first day. Remind them that asking a question is always welcome and that nobody will mind if they check twice. Everyone must attend the 7:30am toolbox talk on their first morning. If they see something unsafe, they should stop work and tell their supervisor straight away.",
    next: "You are the induction assistant for Carrow Build's Eastgate housing site. People starting with us come to you with questions about their first day. Let them know that questions are always welcome here and that checking something twice is never a problem. On their first morning, the 7:30am toolbox talk is compulsory for every new starter. Anyone who spots something unsafe should down tools and let their supervisor know immediately.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Every accident, however minor, must be entered in the site accident book.",
    next: "No accident is too minor to be left out of the site accident book.",
  },

  // care leavers service
  {
    kind: "obligation",
    previous: "Personal advisers are required to visit each care leaver at home at least every 8 weeks.",
    next: "Personal advisers aim to visit each care leaver at home at least every 8 weeks.",
  },
  {
    kind: "order",
    previous: "Pathway plans are agreed with the young person before they are signed off by the team manager.",
    next: "Pathway plans are signed off by the team manager before they are agreed with the young person.",
  },
  {
    kind: "requirement",
    previous: "When a young person moves into their own tenancy, the adviser checks the setting-up-home allowance has been paid. They also register the young person for the council tax exemption. Finally, they book a follow-up visit within two weeks.",
    next: "When a young person moves into their own tenancy, the adviser checks the setting-up-home allowance has been paid. Finally, they book a follow-up visit within two weeks.",
  },
  {
    kind: "rescope",
    previous: "You are the information assistant for Wyvern Council's care leavers service. Young people aged 16 to 25 who were in care ask you about their entitlements. Do not tell a young person their support has ended because they turned 21. Say that support continues until 25 if they want it.",
    next: "You are the information assistant for Wyvern Council's care leavers service. Young people aged 16 to 25 who were in care ask you about their entitlements. Do not tell a young person their support has ended because they turned 21. Say that support continues until 25 if they want it. Young people who are not in education or training lose their personal adviser at 21.",
  },
  {
    kind: "roles",
    previous: "The adviser, not the young person, is responsible for chasing housing benefit claims.",
    next: "The young person, not the adviser, is responsible for chasing housing benefit claims.",
  },
  {
    kind: "scope",
    previous: "Every care leaver at university gets a £2,000 bursary paid in three instalments.",
    next: "Every care leaver at a university in the county gets a £2,000 bursary paid in three instalments.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Young people not in education, employment or training are referred to the Pathways jobs programme.",
    next: "Young people who are NEET are referred to the Pathways jobs programme.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Never share a young person's new address with a member of their birth family.",
    next: "**Never** share a young person's new address with a member of their birth family.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "The setting-up-home allowance can be spent on:\n- furniture\n- white goods\n- bedding and kitchen equipment",
    next: "The setting-up-home allowance can be spent on furniture, white goods, and bedding and kitchen equipment.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the information assistant for Wyvern Council's care leavers service. Help young people understand what support they can claim after leaving care. If anyone says they are homeless tonight, give them the emergency duty team number and tell them to call it now.",
    next: "You are the information assistant for Wyvern Council's care leavers service. Explain to young people who have left care which kinds of help they are able to ask for. Someone who has nowhere to sleep tonight should be given the emergency duty team's number and urged to ring it immediately.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Care leavers can keep their personal adviser until they turn 25.",
    next: "Right up to their 25th birthday, a care leaver is entitled to hold on to their personal adviser.",
  },

  // coffee shop chain
  {
    kind: "entity",
    previous: "Loyalty stamps can be redeemed in any Bean & Bough shop except the airport branch.",
    next: "Loyalty stamps can be redeemed in any Bean & Bough shop except the station branch.",
  },
  {
    kind: "reference",
    previous: "Allergen questions are answered from the allergen matrix on page 2 of the menu folder.",
    next: "Allergen questions are answered from the allergen matrix on page 4 of the menu folder.",
  },
  {
    kind: "tone",
    tone: "friendly",
    previous: "If a drink is made wrong, say sorry, thank the customer for telling us and remake it straight away.",
    next: "If a drink is made wrong, it is usually because the customer ordered unclearly; remake it straight away.",
  },
  {
    kind: "condition",
    previous: "Baristas may give a free refill of filter coffee only if the customer is sitting in.",
    next: "Baristas may give a free refill of filter coffee only if the customer brings their own cup.",
  },
  {
    kind: "conjunct",
    previous: "Before close, staff must empty the milk fridges, clean the steam wands and backflush every espresso machine.",
    next: "Before close, staff must empty the milk fridges and backflush every espresso machine.",
  },
  {
    kind: "drift",
    previous: "You are the customer care assistant for Bean & Bough coffee shops. You answer questions about:\n- opening hours\n- the loyalty app\n- refunds.\nOur reusable cup discount is 25p on any hot drink. Customers who paid with the app can get a refund to the app wallet within 30 days. Do not comment on staff members by name.",
    next: "You are the customer care assistant for Bean & Bough coffee shops. You answer questions about:\n- opening hours\n- the loyalty app\n- refunds.\nOur reusable cup discount is 25p on any hot drink. Customers who paid with the app can get a bonus top-up in the app wallet within 30 days. Do not comment on staff members by name.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "Sandwiches are thrown away at close or at their use-by time, whichever comes first.",
    next: "At their use-by time or at close, whichever comes first, sandwiches are thrown away.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "We don't take cheques and we won't accept notes larger than £20.",
    next: "We do not take cheques and we will not accept notes larger than £20.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "Dogs are welcome inside. They must stay on a lead and off the seating.",
    next: "Dogs are welcome inside, but they must stay on a lead and off the seating.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the customer care assistant for Bean & Bough coffee shops. Answer questions about opening hours, the loyalty app and our menu. Never say a product is allergen-free, because everything is made in a shared kitchen. Direct job applicants to the careers page.",
    next: "You are the customer care assistant for Bean & Bough coffee shops. People will ask you when shops open, how the loyalty app works and what is on the menu. As every item is prepared in a kitchen where all ingredients are handled, you must not describe anything as free from allergens. Anyone wanting a job should be sent to our careers page.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Staff must not serve hot drinks in takeaway cups to customers who are sitting in.",
    next: "Hot drinks for customers sitting in go in the shop's own mugs and glasses rather than takeaway cups.",
  },

  // college enrolment office
  {
    kind: "modal",
    previous: "Students under 19 must enrol in person with a parent or carer.",
    next: "Students under 19 can enrol in person with a parent or carer.",
  },
  {
    kind: "negation",
    previous: "Tuition fees are not refunded after the fourth week of term.",
    next: "Tuition fees are refunded after the fourth week of term.",
  },
  {
    kind: "number",
    previous: "You are the enrolment assistant for Highgate Vale College. You help adults and school leavers sign up for courses. Applicants for the access to nursing course need GCSE English and maths at grade 4 or above.",
    next: "You are the enrolment assistant for Highgate Vale College. You help adults and school leavers sign up for courses. Applicants for the access to nursing course need GCSE English and maths at grade 3 or above.",
  },
  {
    kind: "obligation",
    previous: "Staff are required to check proof of residency for every student claiming free tuition.",
    next: "Staff are welcome to check proof of residency for any student claiming free tuition.",
  },
  {
    kind: "order",
    previous: "Learners take the initial maths and English assessment before they choose their timetable.",
    next: "Learners choose their timetable before they take the initial maths and English assessment.",
  },
  {
    kind: "requirement",
    previous: "To complete enrolment, the student signs the learning agreement. Their photo is taken for an ID badge. They are then shown how to log in to Moodle.",
    next: "To complete enrolment, the student signs the learning agreement. They are then shown how to log in to Moodle.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Students must wear their ID badge on campus.",
    next: "Students must wear their ID badge on a visible lanyard at all times on campus and in the car park.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "Enrolment sessions last 90 minutes.",
    next: "Enrolment sessions last an hour and a half.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "The office refunds the deposit if the college cancels the course.",
    next: "If the course is cancelled by the college, the deposit is refunded by the office.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the enrolment assistant for Highgate Vale College. You answer questions about courses, fees and how to enrol. Adults on benefits can have their course fees waived. Do not tell anyone they have a place; only the course tutor can confirm that after the interview. Keep a friendly tone and avoid jargon.",
    next: "You are the enrolment assistant for Highgate Vale College. People ask you what courses we run, what they cost and how to sign up. If an adult is claiming benefits, their course fees can be waived. Places are offered by the course tutor after interview and by nobody else, so never say that a place has been given. Be warm and use everyday language.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "All international students must show a valid visa before enrolment is completed.",
    next: "No international student's enrolment is completed without a valid visa being shown first.",
  },

  // corner shop
  {
    kind: "rescope",
    previous: "Alcohol is sold only to customers who show ID if they look under 25.",
    next: "Alcohol is sold only to customers who show ID if they look under 25. Regulars we know by name do not need to show ID.",
  },
  {
    kind: "roles",
    previous: "The shift worker must count the till with the manager watching at close.",
    next: "The manager must count the till with the shift worker watching at close.",
  },
  {
    kind: "scope",
    previous: "Staff refuse any sale to someone who appears drunk.",
    next: "Staff refuse any alcohol sale to someone who appears drunk.",
  },
  {
    kind: "entity",
    previous: "Parcels for collection are handed over only when the customer shows the Evri tracking barcode.",
    next: "Parcels for collection are handed over only when the customer shows the Royal Mail tracking barcode.",
  },
  {
    kind: "reference",
    previous: "You are the shop assistant for Patel's Corner Store on Hillside Road. You answer customer messages about opening hours, deliveries and the newspaper round. Customers asking about refunds should be told the policy printed on the back of the receipt. Do not take card details over chat.",
    next: "You are the shop assistant for Patel's Corner Store on Hillside Road. You answer customer messages about opening hours, deliveries and the newspaper round. Customers asking about refunds should be told the policy posted on the shop's Facebook page. Do not take card details over chat.",
  },
  {
    kind: "tone",
    tone: "neighbourly",
    previous: "If a customer is short a few pence, let it go and thank them for shopping with us.",
    next: "If a customer is short a few pence, let it go; people ought to count their money before they come in.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Tobacco can only be sold to customers aged 18 or over, and we follow Challenge 25 when asking for identification.",
    next: "Tobacco can only be sold to customers aged 18 or over, and we follow Challenge 25 when asking for ID.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Never leave the till drawer open when you walk away.",
    next: "Never, ever leave the till drawer open when you walk away.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "You are the shop assistant for Patel's Corner Store on Hillside Road. We deliver groceries within one mile for orders over £15, and deliveries go out at 11am, 3pm and 6pm. Cash on delivery is not accepted.",
    next: "You are the shop assistant for Patel's Corner Store on Hillside Road. We deliver groceries within one mile for orders over £15, with deliveries going out at:\n- 11am\n- 3pm\n- 6pm.\nCash on delivery is not accepted.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Newspaper bills are paid monthly, in arrears.",
    next: "At the end of each month, customers pay for the papers they had during it.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Customers may not pay for lottery tickets by credit card.",
    next: "Lottery tickets can be paid for with cash or a debit card only.",
  },

  // council tax office
  {
    kind: "condition",
    previous: "A single person discount is applied only when the resident confirms that no other adult lives at the address.",
    next: "A single person discount is applied only when the resident confirms that no other adult pays bills at the address.",
  },
  {
    kind: "conjunct",
    previous: "To set up a direct debit, ask for the account holder's name, sort code and account number.",
    next: "To set up a direct debit, ask for the account holder's name and account number.",
  },
  {
    kind: "drift",
    previous: "Callers who dispute their band should be told how to appeal to the Valuation Office Agency.",
    next: "Callers who dispute their band should be told how to apply for a discount from the Valuation Office Agency.",
  },
  {
    kind: "modal",
    previous: "You are the council tax assistant for Ashby District Council. You help residents with bills, discounts and payments. Bills are sent each March and can be paid in 10 or 12 monthly instalments. Anyone who says they cannot pay must be offered a referral to the council's welfare advice team. Never threaten enforcement agents in a first reply.",
    next: "You are the council tax assistant for Ashby District Council. You help residents with bills, discounts and payments. Bills are sent each March and can be paid in 10 or 12 monthly instalments. Anyone who says they cannot pay can be offered a referral to the council's welfare advice team. Never threaten enforcement agents in a first reply.",
  },
  {
    kind: "negation",
    previous: "Empty homes are not charged for the first month after they become vacant.",
    next: "Empty homes are charged for the first month after they become vacant.",
  },
  {
    kind: "number",
    previous: "Students on full-time courses of at least 24 weeks a year are exempt.",
    next: "Students on full-time courses of at least 36 weeks a year are exempt.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "Send a reminder if an instalment is missed, and a final notice if a second one is missed.",
    next: "If a second instalment is missed, send a final notice, and if an instalment is missed, send a reminder.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "We won't backdate a discount more than 6 years and can't apply it to a property that isn't your main home.",
    next: "We will not backdate a discount more than 6 years and cannot apply it to a property that is not your main home.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "Residents who move out must tell us their forwarding address. We send a final bill there within 4 weeks.",
    next: "Residents who move out must tell us their forwarding address, where we send a final bill within 4 weeks.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the council tax assistant for Ashby District Council. Help residents understand their bill and the discounts they might be able to claim. Do not ask for bank details in the chat; send residents to the secure payments page instead. If someone mentions a recent bereavement, pause any recovery action and pass the case to the bereavement team.",
    next: "You are the council tax assistant for Ashby District Council. Your job is to explain bills to residents and tell them which reductions they may qualify for. Bank details belong on the secure payments page, so point residents there rather than asking for them in this chat. When a resident tells you someone close to them has recently died, put any recovery action on hold and refer the case to the bereavement team.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Severely mentally impaired residents are disregarded when we count the adults in a home.",
    next: "When we count the adults in a home, we leave out anyone who is severely mentally impaired.",
  },

  // dermatology clinic
  {
    kind: "obligation",
    previous: "Patients starting isotretinoin who could become pregnant are required to have a pregnancy test each month.",
    next: "Patients starting isotretinoin who could become pregnant are advised to consider a pregnancy test each month.",
  },
  {
    kind: "order",
    previous: "The nurse photographs each mole with the dermatoscope before the surgeon removes it.",
    next: "The nurse photographs each mole with the dermatoscope after the surgeon removes it.",
  },
  {
    kind: "requirement",
    previous: "Before phototherapy, patients complete a skin type questionnaire. They also sign a consent form. Eye protection is fitted by the nurse at each session.",
    next: "Before phototherapy, patients complete a skin type questionnaire. Eye protection is fitted by the nurse at each session.",
  },
  {
    kind: "rescope",
    previous: "Steroid creams are not repeat-prescribed without a review, but emollients are.",
    next: "Steroid creams are repeat-prescribed without a review, but emollients are not.",
  },
  {
    kind: "roles",
    previous: "You are the patient assistant for the Elmwood Dermatology Clinic. You answer questions about appointments, treatments and aftercare. Biopsy results are given to the patient by their consultant, and a copy is sent to their GP.",
    next: "You are the patient assistant for the Elmwood Dermatology Clinic. You answer questions about appointments, treatments and aftercare. Biopsy results are given to the patient by their GP, and a copy is sent to their consultant.",
  },
  {
    kind: "scope",
    previous: "Every patient with a changing mole is seen within two weeks of referral.",
    next: "Every patient over 40 with a changing mole is seen within two weeks of referral.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Patients should avoid strong sun for 48 hours after phototherapy.",
    next: "Patients must avoid strong sun for 72 hours after phototherapy.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "Liquid nitrogen is applied for 10 to 15 seconds per lesion.",
    next: "Liquid nitrogen is applied for ten to fifteen seconds per lesion.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "The clinic sends a text reminder two days before each appointment.",
    next: "A text reminder is sent by the clinic two days before each appointment.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the patient assistant for the Elmwood Dermatology Clinic. Patients ask you about appointments, creams and wound care after minor surgery. If a wound is hot, spreading red or oozing pus, tell the patient to contact the clinic the same day. Never advise a patient to stop a prescribed medicine. Photographs sent in chat cannot be reviewed, so ask patients not to send them.",
    next: "You are the patient assistant for the Elmwood Dermatology Clinic. You handle questions about bookings, creams, and looking after a wound after minor surgery. A wound that feels hot, has redness spreading from it or is leaking pus means the patient must call the clinic that same day. Stopping a prescribed medicine is a matter for the prescriber alone, and you never suggest it. Since nobody can look at photos shared through the chat, ask patients to keep them rather than send them here.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Patients must remove nail varnish before a nail clipping sample is taken.",
    next: "A nail clipping sample is never taken from a nail that still has varnish on it.",
  },

  // district nursing team
  {
    kind: "entity",
    previous: "Sharps bins are collected from patients' homes by Initial Medical every fourth Tuesday.",
    next: "Sharps bins are collected from patients' homes by Veolia every fourth Tuesday.",
  },
  {
    kind: "reference",
    previous: "Pressure ulcers of category 2 or above are reported on Datix under the procedure in appendix C of the wound care policy.",
    next: "Pressure ulcers of category 2 or above are reported on Datix under the procedure in appendix D of the wound care policy.",
  },
  {
    kind: "tone",
    tone: "respectful",
    previous: "If a patient is not in for a planned visit, leave a card saying when we will call again and ring them later that day.",
    next: "If a patient is not in for a planned visit, leave a card reminding them that missed visits waste nursing time, and ring them later that day.",
  },
  {
    kind: "condition",
    previous: "You are the referrals assistant for the Brookside District Nursing Team. GP practices and hospital wards send you referrals for housebound patients. Accept a referral for insulin visits only if the patient cannot give their own injections and has no carer who can. Send every other referral to the team leader.",
    next: "You are the referrals assistant for the Brookside District Nursing Team. GP practices and hospital wards send you referrals for housebound patients. Accept a referral for insulin visits only if the patient cannot give their own injections and has no carer who lives with them. Send every other referral to the team leader.",
  },
  {
    kind: "conjunct",
    previous: "At each visit, record the patient's pulse, blood pressure and temperature.",
    next: "At each visit, record the patient's pulse and temperature.",
  },
  {
    kind: "drift",
    previous: "Nurses must phone the GP the same day if a leg ulcer shows signs of infection.",
    next: "Nurses must photograph the leg ulcer the same day if it shows signs of infection.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Any patient with a do not attempt cardiopulmonary resuscitation form must have it kept with their notes at home.",
    next: "Any patient with a DNACPR form must have it kept with their notes at home.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Lone workers must check in with the base by 5pm.",
    next: "Lone workers MUST check in with the base by 5pm.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "You are the referrals assistant for the Brookside District Nursing Team. A referral can only be accepted when it includes:\n- the patient's NHS number\n- their current medication list\n- the reason they are housebound.\nIncomplete referrals are returned to the sender the same day.",
    next: "You are the referrals assistant for the Brookside District Nursing Team. A referral can only be accepted when it includes the patient's NHS number, their current medication list and the reason they are housebound. Incomplete referrals are returned to the sender the same day.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Catheter changes are booked at least 10 days apart unless the urologist says otherwise.",
    next: "Unless the urologist has given other instructions, there must be a gap of 10 days or more between one catheter change and the next.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Controlled drugs must not be left in a patient's home unless they are in the locked box.",
    next: "In a patient's home, controlled drugs stay in the locked box.",
  },

  // dog warden service
  {
    kind: "modal",
    previous: "Stray dogs must be scanned for a microchip as soon as they are collected.",
    next: "Stray dogs may be scanned for a microchip as soon as they are collected.",
  },
  {
    kind: "negation",
    previous: "Dogs seized as strays are not rehomed within 7 days of collection.",
    next: "Dogs seized as strays are rehomed within 7 days of collection.",
  },
  {
    kind: "number",
    previous: "Owners reclaiming a stray pay a £25 statutory fee plus £15 for each night in kennels.",
    next: "Owners reclaiming a stray pay a £25 statutory fee plus £10 for each night in kennels.",
  },
  {
    kind: "obligation",
    previous: "Wardens are required to issue a fixed penalty notice when they see an owner fail to pick up after their dog.",
    next: "Wardens have discretion to issue a fixed penalty notice when they see an owner fail to pick up after their dog.",
  },
  {
    kind: "order",
    previous: "You are the reporting assistant for Fenwick Borough Council's dog warden service. Residents use you to report stray, lost and dangerous dogs. When a resident reports a stray, collect the details in this order:\n- where the dog is now\n- whether it is injured or aggressive\n- a description of the dog.\nIf the dog is aggressive, tell the resident to keep away from it. Never give out a dog owner's details.",
    next: "You are the reporting assistant for Fenwick Borough Council's dog warden service. Residents use you to report stray, lost and dangerous dogs. When a resident reports a stray, collect the details in this order:\n- a description of the dog\n- whether it is injured or aggressive\n- where the dog is now.\nIf the dog is aggressive, tell the resident to keep away from it. Never give out a dog owner's details.",
  },
  {
    kind: "requirement",
    previous: "When a stray is reclaimed, the warden checks the owner's proof of ownership. The owner is then asked to update the microchip details. The warden logs the release on the kennel system.",
    next: "When a stray is reclaimed, the warden checks the owner's proof of ownership. The warden logs the release on the kennel system.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "Dog fouling and stray dogs can be reported online or by phone.",
    next: "Stray dogs and dog fouling can be reported by phone or online.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "Wardens don't collect dead dogs from private land and can't enter a garden without the owner's permission.",
    next: "Wardens do not collect dead dogs from private land and cannot enter a garden without the owner's permission.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "Reports of dangerous dogs go to the police. The dog warden service deals with strays only.",
    next: "Reports of dangerous dogs go to the police, while the dog warden service deals with strays only.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the reporting assistant for Fenwick Borough Council's dog warden service. Help residents report a stray or a lost dog. Strays are held at Orchard Kennels for 7 days before they can be rehomed. The service does not collect cats or other animals.",
    next: "You are the reporting assistant for Fenwick Borough Council's dog warden service. Residents come to you when they have found a stray dog or lost their own. Any stray is kept at Orchard Kennels for 7 days, and only after that can it go to a new home. Cats and animals other than dogs are outside what we collect.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Do not tell callers the address of the kennels where strays are held.",
    next: "The location of the holding kennels is kept confidential from callers.",
  },

  // driving school
  {
    kind: "rescope",
    previous: "Learners do not drive on dual carriageways until they have had 10 lessons, but they do practise roundabouts from the first lesson.",
    next: "Learners drive on dual carriageways from the first lesson, but they do not practise roundabouts until they have had 10 lessons.",
  },
  {
    kind: "roles",
    previous: "The instructor must tell the learner when they are ready to book a practical test.",
    next: "The learner must tell the instructor when they are ready to book a practical test.",
  },
  {
    kind: "scope",
    previous: "Every lesson includes five minutes of feedback at the end.",
    next: "Every lesson booked as a two-hour block includes five minutes of feedback at the end.",
  },
  {
    kind: "entity",
    previous: "Theory test bookings must be made only through the DVSA website.",
    next: "Theory test bookings must be made only through the Post Office.",
  },
  {
    kind: "reference",
    previous: "Cancellation fees are charged as set out in clause 6 of the lesson terms.",
    next: "Cancellation fees are charged as set out in clause 9 of the lesson terms.",
  },
  {
    kind: "tone",
    tone: "patient",
    previous: "You are the booking assistant for Greenlane Driving School. You book lessons and answer learners' questions. If a learner is nervous after failing a test, reassure them that many people pass on their second attempt and offer a refresher lesson.",
    next: "You are the booking assistant for Greenlane Driving School. You book lessons and answer learners' questions. If a learner is nervous after failing a test, tell them nerves are no excuse and offer a refresher lesson.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Learners must bring their glasses if they need them to read a number plate.",
    next: "Learners must bring their glasses if they need them to read a number plate, and before every first lesson the instructor checks that they can read one from 20 metres.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "A standard lesson is 2 hours long.",
    next: "A standard lesson is 120 minutes long.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "Instructors collect payment before the lesson starts.",
    next: "Payment is collected by the instructor before the lesson starts.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the booking assistant for Greenlane Driving School. You book lessons, move them and answer questions about prices. Lessons cancelled with less than 48 hours' notice are charged in full. Learners must hold a provisional licence before their first lesson. Do not promise a pass or say how many lessons someone will need.",
    next: "You are the booking assistant for Greenlane Driving School. Your work is arranging lessons, rearranging them and explaining what they cost. If a learner cancels fewer than 48 hours ahead, they pay the full price. Nobody has a first lesson without already holding a provisional licence. You never predict how many lessons a learner will need, and you never promise that they will pass.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Pupils may bring one passenger on a lesson, and only with the instructor's agreement.",
    next: "A pupil needs the instructor to agree before a passenger comes along on a lesson, and there is never more than one.",
  },

  // electricity network faults line
  {
    kind: "condition",
    previous: "Customers on the priority register get a call back within 1 hour if their power has been off for more than 3 hours.",
    next: "Customers on the priority register get a call back within 1 hour if their power has been off overnight.",
  },
  {
    kind: "conjunct",
    previous: "Tell anyone who reports a fallen power line to stay at least 10 metres away, keep other people away and call 105.",
    next: "Tell anyone who reports a fallen power line to stay at least 10 metres away and call 105.",
  },
  {
    kind: "drift",
    previous: "Customers must be told the estimated restoration time at every update.",
    next: "Customers must be told the estimated arrival time of the engineer at every update.",
  },
  {
    kind: "modal",
    previous: "You are the power cut assistant for Northern Grid Networks. Customers contact you when their electricity is off. You must check the outage map before telling a customer whether the cut is planned. Never tell a customer to touch or reset equipment outside the meter box.",
    next: "You are the power cut assistant for Northern Grid Networks. Customers contact you when their electricity is off. You can check the outage map before telling a customer whether the cut is planned. Never tell a customer to touch or reset equipment outside the meter box.",
  },
  {
    kind: "negation",
    previous: "Staff never close a fault report while the customer's supply is still off.",
    next: "Staff close a fault report while the customer's supply is still off.",
  },
  {
    kind: "number",
    previous: "Planned power cuts are announced by letter at least 2 days in advance.",
    next: "Planned power cuts are announced by letter at least 2 hours in advance.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Customers on the Priority Services Register get a call every 3 hours during a cut.",
    next: "Customers on the PSR get a call every 3 hours during a cut.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "If the customer can see sparks or a damaged cable, tell them to call 999 first.",
    next: "If the customer can see sparks or a damaged cable, tell them to call **999 first**.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "During a cut, advise customers to switch off appliances that were on, leave one light switched on, and keep the freezer door shut.",
    next: "During a cut, advise customers to:\n- switch off appliances that were on\n- leave one light switched on\n- keep the freezer door shut",
  },
  {
    kind: "benign",
    variant: "reword",
    tone: "calm",
    previous: "You are the power cut assistant for Northern Grid Networks. Stay calm and reassuring, and tell customers what we know and when we will update them. If a customer depends on electrically powered medical equipment, add them to the priority register and pass the case to the welfare team.",
    next: "You are the power cut assistant for Northern Grid Networks. Keep a steady, soothing manner, sharing everything we know and the time of our next update. Where a customer relies on medical equipment that runs on electricity, register them for priority services and hand their case to the welfare team.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Every call about a damaged substation must be passed to the control room immediately.",
    next: "No call about a damaged substation is left waiting: the control room hears about each one straight away.",
  },

  // farmers' market
  {
    kind: "obligation",
    previous: "Stallholders are required to be at their pitch and set up by 8:30am.",
    next: "Stallholders are asked, where they can, to be at their pitch and set up by 8:30am.",
  },
  {
    kind: "order",
    previous: "Stallholders pack away their produce before vans are allowed back onto the square.",
    next: "Vans are allowed back onto the square before stallholders pack away their produce.",
  },
  {
    kind: "requirement",
    previous: "New stallholders send a copy of their food hygiene registration. They also send a photo of their stall. The market manager visits their farm or kitchen before their first market.",
    next: "New stallholders send a copy of their food hygiene registration. They also send a photo of their stall.",
  },
  {
    kind: "rescope",
    previous: "Only food grown, reared or made by the stallholder within 30 miles of the market can be sold.",
    next: "Only food grown, reared or made by the stallholder within 30 miles of the market can be sold. In winter, stallholders may top up their stall with bought-in produce.",
  },
  {
    kind: "roles",
    previous: "You are the stallholder assistant for the Ludbury Farmers' Market. You help producers apply for a stall and answer questions about market days. The market runs on the second and fourth Saturday of each month. Pitch fees are paid to the market manager on the day, and the manager gives each stallholder a receipt. No stall may sell hot food without a gas safety certificate.",
    next: "You are the stallholder assistant for the Ludbury Farmers' Market. You help producers apply for a stall and answer questions about market days. The market runs on the second and fourth Saturday of each month. Pitch fees are paid to the market manager on the day, and each stallholder gives the manager a receipt. No stall may sell hot food without a gas safety certificate.",
  },
  {
    kind: "scope",
    previous: "Every stall selling meat must have a temperature probe and keep a fridge log.",
    next: "Every stall selling raw meat must have a temperature probe and keep a fridge log.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "Stalls are 3 metres wide and 2 metres deep.",
    next: "Stalls are 2 metres deep and 3 metres wide.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "You can't run a generator and you mustn't play amplified music.",
    next: "You cannot run a generator and you must not play amplified music.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "Market gazebos are provided. Stallholders bring their own tables and weights.",
    next: "Market gazebos are provided, but stallholders bring their own tables and weights.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the stallholder assistant for the Ludbury Farmers' Market. Help local producers apply for a pitch. Every stallholder must grow, rear, catch or make what they sell. Cancellations made less than a week before market day lose the pitch fee.",
    next: "You are the stallholder assistant for the Ludbury Farmers' Market. Your role is to guide producers from the area through applying for a pitch. Whatever is on a stall has to have been grown, reared, caught or made by the person selling it. A stallholder who cancels with under seven days to go forfeits the pitch fee.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Stallholders may not park on the square during market hours.",
    next: "Throughout market hours, the square is kept free of stallholders' vehicles.",
  },

  // funeral director
  {
    kind: "entity",
    previous: "Cremation paperwork is sent to Hollybank Crematorium at least 3 working days before the service.",
    next: "Cremation paperwork is sent to Westfield Crematorium at least 3 working days before the service.",
  },
  {
    kind: "reference",
    previous: "Quote only the prices set out in section 2 of our published price list.",
    next: "Quote only the prices set out in section 3 of our published price list.",
  },
  {
    kind: "tone",
    tone: "compassionate",
    previous: "When a family calls to say someone has died at home, offer condolences and explain gently what happens next.",
    next: "When a family calls to say someone has died at home, explain what happens next and keep the call short.",
  },
  {
    kind: "condition",
    previous: "You are the arrangements assistant for Harcourt & Sons Funeral Directors. You help families with questions about planning a funeral. The deceased can be brought into our care only once a doctor has confirmed the death.",
    next: "You are the arrangements assistant for Harcourt & Sons Funeral Directors. You help families with questions about planning a funeral. The deceased can be brought into our care only once the family has confirmed the death.",
  },
  {
    kind: "conjunct",
    previous: "Before a viewing, staff check that the name band, the coffin plate and the paperwork all match.",
    next: "Before a viewing, staff check that the name band and the paperwork match.",
  },
  {
    kind: "drift",
    previous: "Jewellery left on the deceased must be listed and signed for by the next of kin.",
    next: "Jewellery left on the deceased must be cleaned and returned to the next of kin.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Hearses are cleaned after every funeral.",
    next: "Hearses are cleaned inside and out after every funeral and inspected by the duty manager before the next one.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "The chapel of rest holds up to 20 people.",
    next: "The chapel of rest holds up to twenty people.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "Two members of staff carry out every transfer from a private home.",
    next: "Every transfer from a private home is carried out by two members of staff.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the arrangements assistant for Harcourt & Sons Funeral Directors. Families contact you after someone has died. Speak gently and do not rush anyone. Never put pressure on a family to choose a more expensive coffin or service. If a family asks about costs, send them our price list and say that a written estimate follows every arrangement meeting.",
    next: "You are the arrangements assistant for Harcourt & Sons Funeral Directors. The people who get in touch with you have just lost someone. Take your time with them and keep your words soft. The choice of coffin and service is left entirely to the family, and you never steer them towards something dearer. When costs come up, share the price list and explain that after each arrangement meeting they receive a written estimate.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "A family member must sign the cremation application before it is sent.",
    next: "No cremation application goes out without a family member's signature on it.",
  },

  // graduate recruitment team
  {
    kind: "modal",
    previous: "Recruiters must reply to every application within 10 working days.",
    next: "Recruiters should reply to every application within 10 working days.",
  },
  {
    kind: "negation",
    previous: "Candidates are not asked about their age, marital status or plans for children.",
    next: "Candidates are asked about their age, marital status or plans for children.",
  },
  {
    kind: "number",
    previous: "The scheme is open to anyone who graduated in the last 3 years.",
    next: "The scheme is open to anyone who graduated in the last 2 years.",
  },
  {
    kind: "obligation",
    previous: "You are the applicant assistant for Marlow Finch LLP's graduate scheme. You answer questions about the application process and the assessment day. Candidates who need adjustments at the assessment day must be offered them without having to give a diagnosis. Never say whether a candidate is likely to be successful.",
    next: "You are the applicant assistant for Marlow Finch LLP's graduate scheme. You answer questions about the application process and the assessment day. Candidates who need adjustments at the assessment day can ask for them, and each request will be considered, without having to give a diagnosis. Never say whether a candidate is likely to be successful.",
  },
  {
    kind: "order",
    previous: "Shortlisted candidates take the online tests before they are invited to the video interview.",
    next: "Shortlisted candidates are invited to the video interview before they take the online tests.",
  },
  {
    kind: "requirement",
    previous: "Each offer letter states the salary and start date. The offer is sent with a pre-employment screening form. Offers lapse after 14 days.",
    next: "Each offer letter states the salary and start date. Offers lapse after 14 days.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Please attach a curriculum vitae of no more than two pages.",
    next: "Please attach a CV of no more than two pages.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Do not use AI tools to write your answers to the motivation questions.",
    next: "Do **not** use AI tools to write your answers to the motivation questions.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "You are the applicant assistant for Marlow Finch LLP's graduate scheme. The assessment day has a group exercise, a written case study and a partner interview, and it runs from 9am to 4pm. Lunch is provided.",
    next: "You are the applicant assistant for Marlow Finch LLP's graduate scheme. The assessment day runs from 9am to 4pm and has:\n- a group exercise\n- a written case study\n- a partner interview.\nLunch is provided.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Travel costs to the assessment day are refunded up to £150 with receipts.",
    next: "With receipts, we pay back what candidates spend travelling to the assessment day, to a limit of £150.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Candidates may reapply only after 12 months.",
    next: "Anyone who has applied must wait 12 months before applying again.",
  },

  // highways pothole reporting
  {
    kind: "rescope",
    previous: "We inspect but do not repair potholes on private roads.",
    next: "We do not inspect but repair potholes on private roads.",
  },
  {
    kind: "roles",
    previous: "Inspectors must photograph each defect and send the photo to the repair gang.",
    next: "The repair gang must photograph each defect and send the photo to the inspectors.",
  },
  {
    kind: "scope",
    previous: "All reported potholes are inspected within 5 working days.",
    next: "All potholes reported online are inspected within 5 working days.",
  },
  {
    kind: "entity",
    previous: "Damage claims are handled by the council's insurer, Zurich Municipal.",
    next: "Damage claims are handled by the council's insurer, Aviva.",
  },
  {
    kind: "reference",
    previous: "You are the highways assistant for Castlebury County Council. Residents tell you about potholes, broken street lights and blocked drains. Ask for:\n- the street name\n- the nearest house number\n- a photo if they have one.\nIf someone wants to claim for damage to their car, send them the claim form on the Roads and Pavements page. Do not admit that the council is liable.",
    next: "You are the highways assistant for Castlebury County Council. Residents tell you about potholes, broken street lights and blocked drains. Ask for:\n- the street name\n- the nearest house number\n- a photo if they have one.\nIf someone wants to claim for damage to their car, send them the claim form on the Parking Permits page. Do not admit that the council is liable.",
  },
  {
    kind: "tone",
    tone: "helpful",
    previous: "If a resident complains that a pothole they reported has not been fixed, apologise for the wait and check the job's status for them.",
    next: "If a resident complains that a pothole they reported has not been fixed, point out that the council has thousands of potholes and check the job's status.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "Repairs are prioritised by depth, traffic volume and whether the road is a bus route.",
    next: "Repairs are prioritised by whether the road is a bus route, traffic volume and depth.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "We can't give a repair date until an inspector has visited, and we don't fix potholes on private land.",
    next: "We cannot give a repair date until an inspector has visited, and we do not fix potholes on private land.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "Emergency defects are made safe within 2 hours. A permanent repair follows within 28 days.",
    next: "Emergency defects are made safe within 2 hours, and a permanent repair follows within 28 days.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the highways assistant for Castlebury County Council. Help residents report potholes and other road defects. If a pothole has caused an accident or is a danger to traffic right now, tell the resident to call the 24-hour highways line instead of using this chat. Never give an exact date for a repair.",
    next: "You are the highways assistant for Castlebury County Council. Your role is taking reports of potholes and other damage to the roads. When a pothole has already led to an accident, or is putting traffic at risk at this moment, the resident should phone the highways line, which is open day and night, and not report it here. You only ever talk about repair timing in general terms, without a specific date.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Do not ask residents to measure a pothole themselves.",
    next: "Measuring a pothole is a job for our inspectors, never for the residents who report it.",
  },

  // homeless outreach team
  {
    kind: "condition",
    previous: "The severe weather shelter opens whenever the overnight temperature is forecast to fall to 0°C or below.",
    next: "The severe weather shelter opens whenever the overnight temperature has fallen to 0°C or below for three nights in a row.",
  },
  {
    kind: "conjunct",
    previous: "Workers go out in pairs and carry a phone, a torch and naloxone.",
    next: "Workers go out in pairs and carry a phone and a torch.",
  },
  {
    kind: "drift",
    previous: "You are the StreetLink referral assistant for the Harbourside Outreach Team. Members of the public tell you about people sleeping rough. Tell the person reporting that an outreach worker will try to find the rough sleeper within 48 hours.",
    next: "You are the StreetLink referral assistant for the Harbourside Outreach Team. Members of the public tell you about people sleeping rough. Tell the person reporting that an outreach worker will try to phone them back within 48 hours.",
  },
  {
    kind: "modal",
    previous: "Outreach workers must offer every person they find a referral to the assessment hub.",
    next: "Outreach workers may offer every person they find a referral to the assessment hub.",
  },
  {
    kind: "negation",
    previous: "Do not wake someone who is asleep unless you are worried about their health.",
    next: "Wake someone who is asleep unless you are worried about their health.",
  },
  {
    kind: "number",
    previous: "A bed at the assessment hub is held for 2 hours after it is offered.",
    next: "A bed at the assessment hub is held for 12 hours after it is offered.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Check on anyone sleeping out in a tent at least once a week.",
    next: "Check on anyone sleeping out in a tent at least twice a week.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "The hub serves breakfast until 10:30am.",
    next: "The hub serves breakfast until half past ten in the morning.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "Outreach workers log every contact on the CHAIN database by the end of their shift.",
    next: "Every contact is logged on the CHAIN database by outreach workers by the end of their shift.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the StreetLink referral assistant for the Harbourside Outreach Team. Members of the public contact you about someone sleeping rough. Ask where the person is, what time they were seen and what they look like. If the person seems unwell or at risk right now, tell the caller to ring 999. Never share any details the team holds about a named person.",
    next: "You are the StreetLink referral assistant for the Harbourside Outreach Team. People write to you when they are concerned about someone sleeping outside. Find out the spot where the person is, when they were there and how to recognise them. A caller who thinks the person is ill or in danger at this moment should be told to phone 999. Whatever the team knows about a named person stays with the team.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Dogs must be allowed to stay with their owners at the assessment hub.",
    next: "Nobody at the assessment hub is separated from their dog.",
  },

  // hospital discharge team
  {
    kind: "obligation",
    previous: "A pharmacist is required to check every discharge prescription before the patient leaves.",
    next: "A pharmacist checks discharge prescriptions before the patient leaves where time allows.",
  },
  {
    kind: "order",
    previous: "Patients are given their medicines to take home before their transport is booked.",
    next: "Patients have their transport booked before they are given their medicines to take home.",
  },
  {
    kind: "requirement",
    previous: "Before a patient goes home, the ward nurse removes any cannula. The discharge letter is printed and explained to the patient. A follow-up call is booked for 48 hours later.",
    next: "The discharge letter is printed and explained to the patient. A follow-up call is booked for 48 hours later.",
  },
  {
    kind: "rescope",
    previous: "Patients who live alone are not discharged after 8pm.",
    next: "Patients who live alone are not discharged after 8pm. They can go home later than that if they arrange their own taxi.",
  },
  {
    kind: "roles",
    previous: "You are the discharge assistant for St Cuthbert's Hospital. You help ward staff plan patients' discharges. For each patient, the ward must send the discharge team:\n- the expected date of discharge\n- the care package needed at home\n- the next of kin's details.\nThe discharge team then confirms the care package with the council.",
    next: "You are the discharge assistant for St Cuthbert's Hospital. You help ward staff plan patients' discharges. For each patient, the discharge team must send the ward:\n- the expected date of discharge\n- the care package needed at home\n- the next of kin's details.\nThe discharge team then confirms the care package with the council.",
  },
  {
    kind: "scope",
    previous: "Every patient over 65 has a falls risk assessment before discharge.",
    next: "Every patient over 65 on an orthopaedic ward has a falls risk assessment before discharge.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Patients going home with a peripherally inserted central catheter need a referral to the district nurses.",
    next: "Patients going home with a PICC line need a referral to the district nurses.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "No patient is discharged without a working way to get into their home.",
    next: "No patient is EVER discharged without a working way to get into their home.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "You are the discharge assistant for St Cuthbert's Hospital. A patient is ready to go home only when they are medically fit, their medicines are ready and their transport is confirmed. Never tell a family a discharge date that the consultant has not agreed.",
    next: "You are the discharge assistant for St Cuthbert's Hospital. A patient is ready to go home only when:\n- they are medically fit\n- their medicines are ready\n- their transport is confirmed.\nNever tell a family a discharge date that the consultant has not agreed.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Patients going home on oxygen must have the home oxygen order form sent before they leave.",
    next: "The home oxygen order form has to be sent off before any patient who needs oxygen at home is allowed to leave.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Patients must not be discharged with a urinary catheter unless the district nurses have accepted the referral.",
    next: "A patient leaving with a urinary catheter always has a referral that the district nurses have already accepted.",
  },

  // infection control team
  {
    kind: "entity",
    previous: "Suspected measles cases are reported to the UKHSA health protection team straight away.",
    next: "Suspected measles cases are reported to the hospital's occupational health team straight away.",
  },
  {
    kind: "reference",
    previous: "Isolation rooms are cleaned with chlorine at 1,000 ppm as set out in table 2 of the cleaning schedule.",
    next: "Isolation rooms are cleaned with chlorine at 1,000 ppm as set out in table 4 of the cleaning schedule.",
  },
  {
    kind: "tone",
    tone: "supportive",
    previous: "When a ward has an outbreak, thank the staff for their hard work and explain the extra precautions clearly.",
    next: "When a ward has an outbreak, remind the staff that outbreaks spread when precautions are ignored, and explain the extra precautions.",
  },
  {
    kind: "condition",
    previous: "Visitors must wear an apron and gloves if the patient is being isolated for C. difficile.",
    next: "Visitors must wear an apron and gloves if the patient has been isolated for more than a week.",
  },
  {
    kind: "conjunct",
    previous: "You are the infection prevention assistant for Meadowbank General Hospital. Ward staff ask you about isolation, cleaning and outbreaks. Patients with diarrhoea and vomiting are moved to a side room within 2 hours. Staff caring for them must wear gloves, an apron and a fluid-resistant mask. Do not advise on antibiotic choice; that is for the microbiologist.",
    next: "You are the infection prevention assistant for Meadowbank General Hospital. Ward staff ask you about isolation, cleaning and outbreaks. Patients with diarrhoea and vomiting are moved to a side room within 2 hours. Staff caring for them must wear gloves and an apron. Do not advise on antibiotic choice; that is for the microbiologist.",
  },
  {
    kind: "drift",
    previous: "Hand hygiene audits are carried out every month on every ward.",
    next: "Hand cream dispensers are checked every month on every ward.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "Wash your hands before and after touching a patient, and after removing gloves.",
    next: "After removing gloves, and before and after touching a patient, wash your hands.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "Staff mustn't wear watches or long sleeves on the ward, and they shouldn't carry pens in their top pockets.",
    next: "Staff must not wear watches or long sleeves on the ward, and they should not carry pens in their top pockets.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "All patients are screened for MRSA on admission. Those who test positive are screened again weekly.",
    next: "All patients are screened for MRSA on admission, and those who test positive are screened again weekly.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the infection prevention assistant for Meadowbank General Hospital. Answer ward staff's questions about isolation and cleaning. A patient with suspected norovirus must stay in a side room until 48 hours after their last symptoms. If a ward has two or more linked cases, tell staff to call the infection control nurse on bleep 4410.",
    next: "You are the infection prevention assistant for Meadowbank General Hospital. Your job is to help ward staff with isolation and cleaning queries. Anyone suspected of having norovirus is kept in a side room until 48 hours have passed since their symptoms stopped. As soon as a ward has more than one linked case, staff should bleep the infection control nurse on 4410.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Commodes must not be used for another patient until they have been cleaned and tagged.",
    next: "Every commode is cleaned and tagged between one patient and the next.",
  },

  // insurance broker
  {
    kind: "modal",
    previous: "Brokers must explain the policy excess before the customer agrees to buy.",
    next: "Brokers should explain the policy excess before the customer agrees to buy.",
  },
  {
    kind: "negation",
    previous: "You are the quotes assistant for Penrose Insurance Brokers. You help customers compare home and motor policies from our panel of insurers. Do not recommend a single insurer as the best for everyone.",
    next: "You are the quotes assistant for Penrose Insurance Brokers. You help customers compare home and motor policies from our panel of insurers. Recommend a single insurer as the best for everyone.",
  },
  {
    kind: "number",
    previous: "Customers have a 14-day cooling-off period on every new policy.",
    next: "Customers have a 7-day cooling-off period on every new policy.",
  },
  {
    kind: "obligation",
    previous: "Brokers are required to record the reason for every recommendation on the client file.",
    next: "Recording the reason for a recommendation on the client file is optional for brokers.",
  },
  {
    kind: "order",
    previous: "Run the credit check only after the customer has agreed to it.",
    next: "Run the credit check, and after that ask the customer to agree to it.",
  },
  {
    kind: "requirement",
    previous: "At renewal, we show the customer last year's premium next to this year's. We remind them to check that their details are still correct. The renewal invitation goes out at least 21 days before the policy ends.",
    next: "At renewal, we show the customer last year's premium next to this year's. The renewal invitation goes out at least 21 days before the policy ends.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Claims calls are answered within 2 minutes.",
    next: "Claims calls are answered within 60 seconds.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "Home cover lapses if the property is left unoccupied for more than 60 days in a row.",
    next: "Home cover lapses if the property is left unoccupied for more than sixty consecutive days.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "The broker sends the policy documents within 2 working days of payment.",
    next: "The policy documents are sent by the broker within 2 working days of payment.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the quotes assistant for Penrose Insurance Brokers. You help customers get quotes for home, motor and travel insurance. Ask about any claims or convictions in the last 5 years, because leaving them out can void a policy. Never tell a customer that something will definitely be covered. If a customer is in vulnerable circumstances, pass them to a senior broker.",
    next: "You are the quotes assistant for Penrose Insurance Brokers. Your job is to get customers prices for insuring their home, car or travel. A policy can be made void if claims or convictions from the past 5 years are left off, so you always ask about both. You avoid ever telling a customer that cover for something is certain. Customers whose circumstances make them vulnerable are handed over to a senior broker.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Every complaint must be acknowledged in writing within 5 working days.",
    next: "No complaint goes more than 5 working days without a written acknowledgement.",
  },

  // judo club
  {
    kind: "rescope",
    previous: "Members must not do randori unless a qualified coach is on the mat.",
    next: "Members must not do randori unless a qualified coach is on the mat. Black belts may do randori with each other after the coach has left.",
  },
  {
    kind: "roles",
    previous: "You are the membership assistant for Ridgeway Judo Club. You answer questions from parents and adult members. Parents must tell the coach about any injury or medical condition before their child trains.",
    next: "You are the membership assistant for Ridgeway Judo Club. You answer questions from parents and adult members. The coach must tell parents about any injury or medical condition before their child trains.",
  },
  {
    kind: "scope",
    previous: "Every member must hold a current British Judo licence to train.",
    next: "Every adult member must hold a current British Judo licence to train.",
  },
  {
    kind: "entity",
    previous: "Gradings are held at the Ridgeway Sports Hall on the last Sunday of each term.",
    next: "Gradings are held at the Kingfisher Leisure Centre on the last Sunday of each term.",
  },
  {
    kind: "reference",
    previous: "You are the membership assistant for Ridgeway Judo Club. Parents and adult members ask you about classes, fees and gradings. Anyone raising a concern about a coach's behaviour must be given the welfare officer's contact details from the safeguarding page of our website. Do not discuss another member's grading result.",
    next: "You are the membership assistant for Ridgeway Judo Club. Parents and adult members ask you about classes, fees and gradings. Anyone raising a concern about a coach's behaviour must be given the welfare officer's contact details from the contact page of our website. Do not discuss another member's grading result.",
  },
  {
    kind: "tone",
    tone: "encouraging",
    previous: "If a child is upset after failing a grading, tell them that many judoka need more than one attempt and that their coach will help them prepare.",
    next: "If a child is upset after failing a grading, tell them they should have trained harder and that their coach will help them prepare.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "The club's Designated Safeguarding Lead can be reached on 07700 900123.",
    next: "The club's DSL can be reached on 07700 900123.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "You are the membership assistant for Ridgeway Judo Club. Help new members book a free taster session. Nobody steps on the mat wearing jewellery or with long nails.",
    next: "You are the membership assistant for Ridgeway Judo Club. Help new members book a free taster session. **Nobody** steps on the mat wearing jewellery or with long nails.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "Beginners need to bring a water bottle, flip-flops for walking to the mat, and a signed consent form.",
    next: "Beginners need to bring:\n- a water bottle\n- flip-flops for walking to the mat\n- a signed consent form",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the membership assistant for Ridgeway Judo Club. Help families choose a class and answer questions about fees. Juniors pay £30 a month and may attend up to three sessions a week.",
    next: "You are the membership assistant for Ridgeway Judo Club. Your role is to guide families to the right class and explain what it costs. The monthly fee for juniors is £30, and a junior can come to no more than three sessions in any week.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Spectators must not walk on the mats in outdoor shoes.",
    next: "Spectators stay off the mats unless they have taken their outdoor shoes off.",
  },

  // kids' coding club
  {
    kind: "condition",
    previous: "Children aged 7 and 8 can attend only if a parent stays in the building.",
    next: "Children aged 7 and 8 can attend only if a parent brings them to the door.",
  },
  {
    kind: "conjunct",
    previous: "You are the parent helpdesk assistant for Byte Club, a kids' coding club in Leeds. Parents ask you about sessions, projects and safety. Children may only share their projects with their name, school and photo removed. Never give a child's details to anyone except their registered parent.",
    next: "You are the parent helpdesk assistant for Byte Club, a kids' coding club in Leeds. Parents ask you about sessions, projects and safety. Children may only share their projects with their name and photo removed. Never give a child's details to anyone except their registered parent.",
  },
  {
    kind: "drift",
    previous: "Every mentor must complete the club's safeguarding course before their first session.",
    next: "Every mentor must complete the club's Python course before their first session.",
  },
  {
    kind: "modal",
    previous: "You are the parent helpdesk assistant for Byte Club, a kids' coding club in Leeds. Sessions run on Saturday mornings for children aged 7 to 14. Each child needs a laptop, or can borrow one of ours if they book it in advance. Parents must collect children under 11 from the room at the end of the session. Do not promise that a place will open up on the waiting list.",
    next: "You are the parent helpdesk assistant for Byte Club, a kids' coding club in Leeds. Sessions run on Saturday mornings for children aged 7 to 14. Each child needs a laptop, or can borrow one of ours if they book it in advance. Parents should collect children under 11 from the room at the end of the session. Do not promise that a place will open up on the waiting list.",
  },
  {
    kind: "negation",
    previous: "Children are not allowed to create accounts on outside websites during sessions.",
    next: "Children are allowed to create accounts on outside websites during sessions.",
  },
  {
    kind: "number",
    previous: "Each mentor looks after no more than 6 children.",
    next: "Each mentor looks after no more than 10 children.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "You are the parent helpdesk assistant for Byte Club, a kids' coding club in Leeds. Answer questions about sessions, kit and costs. Sessions cost £8 each, and siblings pay half price. Do not take payment details in the chat.",
    next: "You are the parent helpdesk assistant for Byte Club, a kids' coding club in Leeds. Answer questions about costs, kit and sessions. Siblings pay half price, and sessions cost £8 each. Do not take payment details in the chat.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "Kids can't bring phones into the coding room, and they shouldn't eat near the laptops.",
    next: "Kids cannot bring phones into the coding room, and they should not eat near the laptops.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "Projects are saved to the club's Scratch account. Parents can view them from home with the class code.",
    next: "Projects are saved to the club's Scratch account, where parents can view them from home with the class code.",
  },
  {
    kind: "benign",
    variant: "reword",
    tone: "playful",
    previous: "You are the parent helpdesk assistant for Byte Club, a kids' coding club in Leeds. Keep a light, playful tone that kids would enjoy if they read over a parent's shoulder. Children who miss three sessions in a row without telling us lose their place. Parents must tell us about allergies before the first session, because we hand out snacks.",
    next: "You are the parent helpdesk assistant for Byte Club, a kids' coding club in Leeds. Write with a bit of fun and bounce, the kind a child peeking at the screen would like too. A child who is absent from three sessions running with no word from home gives up their spot. We hand out snacks, so any allergies have to be shared with us ahead of a child's first session.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Parents may stay and watch the first session only.",
    next: "Parents are welcome to stay and watch the first session; from the second session on, they wait outside.",
  },

  // local newspaper newsroom
  {
    kind: "obligation",
    previous: "Reporters are required to give anyone criticised in a story a chance to respond before it is published.",
    next: "Reporters try, where deadlines allow, to give anyone criticised in a story a chance to respond before it is published.",
  },
  {
    kind: "order",
    previous: "You are the reader contact assistant for the Wexcombe Gazette. Readers ask you about subscriptions, corrections and how to send in stories. When a reader reports a factual error, log the complaint and pass it to the duty editor. The duty editor checks the facts before a correction is published. Do not argue with readers about the paper's editorial line.",
    next: "You are the reader contact assistant for the Wexcombe Gazette. Readers ask you about subscriptions, corrections and how to send in stories. When a reader reports a factual error, log the complaint and pass it to the duty editor. The duty editor checks the facts after a correction is published. Do not argue with readers about the paper's editorial line.",
  },
  {
    kind: "requirement",
    previous: "Every court report names the court and the charge. It states whether the defendant pleaded guilty. Reporters check the spelling of every name against the court list.",
    next: "Every court report names the court and the charge. Reporters check the spelling of every name against the court list.",
  },
  {
    kind: "rescope",
    previous: "You are the reader contact assistant for the Wexcombe Gazette. You answer readers' questions about the paper and its website. Never reveal the identity of a confidential source, even to a reader who says they are the source.",
    next: "You are the reader contact assistant for the Wexcombe Gazette. You answer readers' questions about the paper and its website. Never reveal the identity of a confidential source, even to a reader who says they are the source. If the reader can prove they are the source, you may confirm who it is.",
  },
  {
    kind: "roles",
    previous: "Freelancers send their invoices to the news editor, who passes them to accounts.",
    next: "Freelancers send their invoices to accounts, who pass them to the news editor.",
  },
  {
    kind: "scope",
    previous: "Photos of children under 16 need written consent from a parent.",
    next: "Photos of children under 16 taken at school need written consent from a parent.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "You are the reader contact assistant for the Wexcombe Gazette. Readers write to you about subscriptions, deliveries and stories. Corrections are published on page 2 within one week of an error being confirmed. Do not promise a reader that a story will be removed from the website. Pass any legal threat to the editor the same day.",
    next: "You are the reader contact assistant for the Wexcombe Gazette. Readers write to you about subscriptions, deliveries and stories. Corrections are published on page 2 within three days of an error being confirmed. Do not promise a reader that a story will be removed from the website. Pass any legal threat to the editor within the hour.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "Letters to the editor should be no longer than 300 words.",
    next: "Letters to the editor should be no longer than three hundred words.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "The editor approves every front page before it goes to the printers.",
    next: "Every front page is approved by the editor before it goes to the printers.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the subscriptions assistant for the Wexcombe Gazette. You help readers start, pause and cancel print and digital subscriptions. Print deliveries can be paused for up to 4 weeks a year. Cancellations take effect at the end of the current billing month. Never ask for card details in the chat; send readers to the secure account page.",
    next: "You are the subscriptions assistant for the Wexcombe Gazette. Readers come to you to set up, put on hold or end a subscription in print or online. A print subscriber can stop deliveries for a total of 4 weeks in any year at most. Once a reader cancels, the subscription runs until the current billing month ends. Card details are only ever entered on the secure account page, so direct readers there and never collect them here.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Anonymous letters are never printed.",
    next: "A letter is printed only if the paper knows who wrote it.",
  },
];
