// Held-back set v36 of issue 11: hand-labelled clause edits, written blind on 2026-12-05
// (session 24) by a helper who never saw the detectors, their tests, their history or any other
// labelled set beyond the ClauseEdit type, the first lines of v35 (for the file shape) and the
// domain lists of earlier sets; never tuned on; to be measured once by the lead, after the commit
// that adds it. Do not edit entries to make a detector pass.
// Labels say what a careful reviewer would want: `benign` edits keep every obligation for every
// case (a stricter rule is not a regression), every other kind weakens or changes the rule; edits
// touching several things are labelled by their main change (a new sentence that contradicts a
// rule, or a negation moved onto another part of the clause, counts as `rescope`; a required step
// dropped whole counts as `requirement`, one item dropped from a list inside a sentence as
// `conjunct`; the rule replaced by a different rule that sounds similar counts as `drift`; `tone`
// edits carry the clause's declared tone and turn it cold, hostile, blaming or dismissive, and
// 4 benign edits carry a declared tone that they keep). 297 edits, 135 benign, 27 domains, 11 each
// (5 benign, 6 regressions of 6 different kinds).
// Benign variants: abbreviation 9, emphasis 9, list-prose 9, reorder 9, reword 54,
// spelled-negation 9, split-join 9, stricter 9, units 9, voice 9 (`units` says the same quantity
// in words or other units; `reword` includes rules said from the other side, prohibitions said
// positively, duties said as double negatives and bans said as the state kept or the only option
// left). Non-benign kinds: condition 11, conjunct 11, drift 11, modal 11, negation 11, number 11,
// order 11, requirement 11, rescope 11, roles 11, scope 11, tone 11, entity 10, obligation 10,
// reference 10. 60 edits are 3-5 sentence prompts starting "You are the ... assistant for ..."
// (30 regressions, 30 benign; 13 of 3 sentences, 37 of 4, 10 of 5 on the old side, a list counted
// as part of its sentence), so that length alone says nothing about the label. None of the 27
// domains appears in the earlier sets' domain lists (read with grep -A7 only; an older set without
// such a list may share a domain unseen; the nearest listed neighbours are speech and language
// therapy clinic, pub quiz league, sign language interpreting agency and planning permission
// office); all 27 start with A to L, as v37 was written at the same time with domains from M to Z.
// Domains: abseiling courses, architectural salvage yard, axe throwing venue, bingo hall, busking
// permits office, camera rental shop, comic convention, concessionary bus pass office, cookery
// school, crowdfunding platform support, darts league, donkey sanctuary, electrical safety
// testing, esports tournament, farm shop, food hygiene inspection, foreign exchange bureau,
// genetic counselling service, gutter cleaning, hackerspace, home energy assessors, independent
// bookshop, interior design studio, jazz club, knitting yarn shop, locum doctor agency, lottery
// grant applications.

import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V36: readonly ClauseEdit[] = [
  // abseiling courses
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the booking assistant for Crag Line Abseiling Courses. Tell every caller that participants must be at least 12 years old on the day of the course. Anyone under 16 needs a parent or guardian to sign the consent form before the session.",
    next: "You are the booking assistant for Crag Line Abseiling Courses. Let each person who phones know that nobody younger than 12 on the course date can take part. A parent or guardian has to sign the consent form ahead of the session for any participant aged 15 or younger.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the course assistant for Crag Line Abseiling Courses. Instructors must check every harness and descender before each descent. Participants must tell an instructor about any injury, however small. Courses run in light rain but stop in thunderstorms.",
    next: "You are the course assistant for Crag Line Abseiling Courses. Before every descent, the instructor is required to inspect each harness and descender. Any injury, even a minor one, has to be reported to an instructor by the participant. Light rain does not stop a course, but a thunderstorm does.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Every participant must bring photo ID to the first session.",
    next: "Every participant must bring photographic identification to the first session.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Never let a participant descend without a backup rope.",
    next: "Never, under any circumstances, let a participant descend without a backup rope.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Before the first descent, cover the following with the group:\n- the hand signals\n- how to lock off the descender\n- what to do if the rope jams",
    next: "Before the first descent, go through three things with the group: the hand signals, how to lock off the descender, and what to do if the rope jams.",
  },
  {
    kind: 'condition',
    previous: "Offer a free rebooking only if we cancelled the course less than 24 hours before the start.",
    next: "Offer a free rebooking unless we cancelled the course less than 24 hours before the start.",
  },
  {
    kind: 'conjunct',
    previous: "Participants must wear a helmet, gloves and closed-toe shoes on the crag.",
    next: "Participants must wear a helmet and closed-toe shoes on the crag.",
  },
  {
    kind: 'drift',
    previous: "Tell participants to tie long hair back before they put on the harness.",
    next: "Tell participants to take off their rings before they put on the harness.",
  },
  {
    kind: 'modal',
    previous: "You are the safety assistant for Crag Line Abseiling Courses. Remind each participant that they must stay clipped to the safety line at the cliff edge. Instructors must hold the belay rope throughout every descent.",
    next: "You are the safety assistant for Crag Line Abseiling Courses. Remind each participant that they must stay clipped to the safety line at the cliff edge. Instructors should hold the belay rope throughout every descent.",
  },
  {
    kind: 'negation',
    previous: "You are the waiver assistant for Crag Line Abseiling Courses. Participants may not descend on their own on the first day. Every participant signs the risk waiver at check-in. Photos from the session are shared by email within a week.",
    next: "You are the waiver assistant for Crag Line Abseiling Courses. Participants may descend on their own on the first day. Every participant signs the risk waiver at check-in. Photos from the session are shared by email within a week.",
  },
  {
    kind: 'number',
    previous: "Groups are capped at 8 participants per instructor.",
    next: "Groups are capped at 10 participants per instructor.",
  },

  // architectural salvage yard
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the sales assistant for Oldfield Architectural Salvage. Quote prices only for items listed on the current stock sheet. Tell buyers that reclaimed radiators are sold untested. Ask for a 20% deposit to hold any item for more than 3 days.",
    next: "You are the sales assistant for Oldfield Architectural Salvage. Ask for a 20% deposit to hold any item for more than 3 days. Tell buyers that reclaimed radiators are sold untested. Quote prices only for items listed on the current stock sheet.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Flag any unsold fireplace that has been in stock for over a year to the manager.",
    next: "Flag any fireplace that has not sold and has been in stock for over a year to the manager.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Buyers must collect heavy items within 14 days of payment; after that, storage is charged at £5 a day.",
    next: "Buyers must collect heavy items within 14 days of payment. After that, storage is charged at £5 a day.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never describe a reclaimed item as antique unless its age has been verified.",
    next: "Only call a reclaimed item antique once its age has been verified.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Staff must help load items over 25 kg onto the buyer's vehicle.",
    next: "Anything weighing more than 25 kg is to be lifted onto the buyer's vehicle with help from a member of staff.",
  },
  {
    kind: 'order',
    previous: "You are the yard assistant for Oldfield Architectural Salvage. Buyers must pay in full before any item is loaded. Staff check the buyer's receipt at the gate. Items that contain lead paint are sold only with a signed disclaimer.",
    next: "You are the yard assistant for Oldfield Architectural Salvage. Buyers must pay in full after any item is loaded. Staff check the buyer's receipt at the gate. Items that contain lead paint are sold only with a signed disclaimer.",
  },
  {
    kind: 'requirement',
    previous: "Reserve an item for a buyer only on a 20% deposit. Write the buyer's name and phone number on the item's tag.",
    next: "Reserve an item for a buyer only on a 20% deposit.",
  },
  {
    kind: 'rescope',
    previous: "Never remove a fixture from a listed building unless the owner's listed building consent is on file.",
    next: "Never remove a fixture from a listed building unless the owner's listed building consent is on file. Fixtures worth less than £200 can be removed without checking for consent.",
  },
  {
    kind: 'roles',
    previous: "The yard manager must approve any discount above 10% that the sales staff offer.",
    next: "The sales staff must approve any discount above 10% that the yard manager offers.",
  },
  {
    kind: 'scope',
    previous: "Test every reclaimed electrical fitting before it goes on sale.",
    next: "Test reclaimed electrical fittings before they go on sale where practical.",
  },
  {
    kind: 'tone', tone: 'friendly',
    previous: "If a buyer asks about an item that has already sold, apologise and offer to add them to the waiting list for similar pieces.",
    next: "If a buyer asks about an item that has already sold, tell them they should have bought it when they had the chance.",
  },

  // axe throwing venue
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the booking assistant for Split Target Axe Throwing. Every thrower is given a safety briefing by a coach before their first throw. Guests who arrive after the briefing has started are moved to a later slot.",
    next: "You are the booking assistant for Split Target Axe Throwing. A coach gives every thrower a safety briefing before their first throw. We move guests who arrive after the briefing has started to a later slot.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Guests who appear drunk should not be allowed to throw.",
    next: "Guests who appear drunk must not be allowed to throw and must be asked to leave the lanes.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Only one thrower may stand in a lane at a time, and spectators must stay 2 metres behind the red line.",
    next: "Only one thrower may stand in a lane at a time, and spectators must stay two metres behind the red line.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Throwers must be at least 18, or 14 with a parent present.",
    next: "Nobody under 14 can throw, and throwers aged 14 to 17 need a parent with them.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not sell alcohol to a group until all its members have finished throwing.",
    next: "A group is served alcohol only after every member has finished throwing.",
  },
  {
    kind: 'entity',
    previous: "Any damaged axe must be handed to the duty coach, who logs it in the equipment book.",
    next: "Any damaged axe must be handed to the bar staff, who log it in the equipment book.",
  },
  {
    kind: 'obligation',
    previous: "Coaches are required to retrieve all axes from the target before anyone crosses the red line.",
    next: "Coaches are encouraged to retrieve all axes from the target before anyone crosses the red line.",
  },
  {
    kind: 'reference',
    previous: "Guests must sign the waiver described in section 3 of the booking terms before throwing.",
    next: "Guests must sign the waiver described in section 5 of the booking terms before throwing.",
  },
  {
    kind: 'condition',
    previous: "Hand out the spare axes only when a coach is standing at the lane.",
    next: "Hand out the spare axes whether or not a coach is standing at the lane.",
  },
  {
    kind: 'conjunct',
    previous: "You are the front desk assistant for Split Target Axe Throwing. Each guest must show photo ID, sign the waiver and watch the safety video before entering the lanes. Groups larger than 12 need two lanes. Remind guests that the last session starts at 21:00.",
    next: "You are the front desk assistant for Split Target Axe Throwing. Each guest must show photo ID and sign the waiver before entering the lanes. Groups larger than 12 need two lanes. Remind guests that the last session starts at 21:00.",
  },
  {
    kind: 'drift',
    previous: "Sweep the wood chips out of each lane between sessions.",
    next: "Rotate the target boards in each lane between sessions.",
  },

  // bingo hall
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Report any suspected money laundering to the MLRO on the same day.",
    next: "Report any suspected money laundering to the money laundering reporting officer on the same day.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Do not let anyone play on a card bought by another player.",
    next: "Do not, at any time, let anyone play on a card that another player bought.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "You are the floor assistant for Lucky Row Bingo Hall. When a player calls a win, the caller must:\n- stop the game\n- have a floor supervisor check the card\n- announce the result before play resumes\nPrizes over £500 are paid by cheque. Players under 18 are not admitted to the main hall.",
    next: "You are the floor assistant for Lucky Row Bingo Hall. When a player calls a win, the caller must stop the game, have a floor supervisor check the card, and announce the result before play resumes. Prizes over £500 are paid by cheque. Players under 18 are not admitted to the main hall.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Tell players that prizes must be claimed before they leave the hall.",
    next: "Explain to players that they have to collect any prize they win before leaving the hall.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Staff may not play bingo in the hall where they work.",
    next: "Employees are barred from playing bingo at their own hall.",
  },
  {
    kind: 'modal',
    previous: "The cashier must count the cash float with a second member of staff at the start of each shift.",
    next: "The cashier may count the cash float with a second member of staff at the start of each shift.",
  },
  {
    kind: 'negation',
    previous: "Extra books cannot be sold once the first number of a game has been called.",
    next: "Extra books can still be sold once the first number of a game has been called.",
  },
  {
    kind: 'number',
    previous: "Close ticket sales for the evening session 10 minutes before eyes down.",
    next: "Close ticket sales for the evening session 2 minutes before eyes down.",
  },
  {
    kind: 'order',
    previous: "You are the membership assistant for Lucky Row Bingo Hall. New members must show photo identification before they are given a membership card. Remind members that the hall opens at 18:30.",
    next: "You are the membership assistant for Lucky Row Bingo Hall. New members must show photo identification after they are given a membership card. Remind members that the hall opens at 18:30.",
  },
  {
    kind: 'requirement',
    previous: "Before paying a prize, check the winning card against the called numbers on the screen. Pay the prize at the cash office.",
    next: "Pay the prize at the cash office.",
  },
  {
    kind: 'rescope',
    previous: "Never extend credit to a player for books or drinks.",
    next: "Never extend credit to a player for books or drinks. Regulars known to staff can settle for their books at the end of the night.",
  },

  // busking permits office
  {
    kind: 'benign', variant: 'reorder',
    previous: "Permits are valid for 12 months. Performers must display the permit badge while playing.",
    next: "Performers must display the permit badge while playing. Permits are valid for 12 months.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Refuse a permit to any applicant whose public liability insurance is invalid.",
    next: "Refuse a permit to any applicant whose public liability insurance is not valid.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "You are the permits assistant for the Harbourside Busking Permits Office. Performers may play at a pitch for up to 1 hour, and they must then move to a different pitch. Amplifiers are allowed only at pitches marked A on the map. Tell applicants that the permit costs £25.",
    next: "You are the permits assistant for the Harbourside Busking Permits Office. Performers may play at a pitch for up to 1 hour. After that they must move to a different pitch. Amplifiers are allowed only at pitches marked A on the map. Tell applicants that the permit costs £25.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Performers must not play before 10:00 or after 21:00.",
    next: "Performing is allowed only between 10:00 and 21:00.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "An officer must check each applicant's proof of address before issuing a permit.",
    next: "No permit is issued until an officer has checked the applicant's proof of address.",
  },
  {
    kind: 'roles',
    previous: "The officer must tell the performer when a noise complaint has been logged against their pitch.",
    next: "The performer must tell the officer when a noise complaint has been logged against their pitch.",
  },
  {
    kind: 'scope',
    previous: "You are the enquiries assistant for the Harbourside Busking Permits Office. Every performer under 16 must be accompanied by an adult while busking. Collecting money with a card reader is permitted. Do not issue permits for the market square on Saturdays.",
    next: "You are the enquiries assistant for the Harbourside Busking Permits Office. Every performer under 16 must be accompanied by an adult while busking in the town centre. Collecting money with a card reader is permitted. Do not issue permits for the market square on Saturdays.",
  },
  {
    kind: 'tone', tone: 'courteous',
    previous: "If an application is refused, explain which requirement was not met and how the applicant can reapply.",
    next: "If an application is refused, tell the applicant to read the rules properly next time.",
  },
  {
    kind: 'entity',
    previous: "Send renewal reminders to the performer's email address 30 days before the permit expires.",
    next: "Send renewal reminders to the venue manager's email address 30 days before the permit expires.",
  },
  {
    kind: 'obligation',
    previous: "Applicants are required to attach a recent photograph to the form.",
    next: "Applicants are welcome to attach a recent photograph to the form.",
  },
  {
    kind: 'reference',
    previous: "Direct noise complaints to the environmental health line listed on page 2 of the permit guide.",
    next: "Direct noise complaints to the environmental health line listed on page 4 of the permit guide.",
  },

  // camera rental shop
  {
    kind: 'benign', variant: 'stricter',
    previous: "Customers should return each camera body with the sensor cap on.",
    next: "Customers must return each camera body with the sensor cap on.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Charge every battery to at least 80% before it goes out.",
    next: "Charge every battery to at least four fifths of its capacity before it goes out.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the rental assistant for Aperture Hire. Customers must present two forms of identification at collection. Each item is checked by staff in front of the customer at return.",
    next: "You are the rental assistant for Aperture Hire. Two forms of identification must be presented by customers at collection. Staff check each item in front of the customer at return.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never rent a cinema camera to someone who has not completed the handling induction.",
    next: "Cinema cameras go out only to renters who have completed the handling induction.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Extend a rental by phone only if nobody else has booked the item.",
    next: "A phone extension is possible only when the item is free of other bookings.",
  },
  {
    kind: 'condition',
    previous: "Waive the late fee if the courier caused the delay.",
    next: "Waive the late fee whatever caused the delay.",
  },
  {
    kind: 'conjunct',
    previous: "Clean the sensor, the lens elements and the viewfinder after every rental.",
    next: "Clean the sensor and the viewfinder after every rental.",
  },
  {
    kind: 'drift',
    previous: "Format every memory card before it goes out on hire.",
    next: "Label every memory card before it goes out on hire.",
  },
  {
    kind: 'modal',
    previous: "You are the support assistant for Aperture Hire. Customers must report any fault within 2 hours of collection. Staff will swap faulty gear free of charge. Gear returned wet must be dried before it is stored. Tell customers that the shop is closed on Sundays.",
    next: "You are the support assistant for Aperture Hire. Customers should report any fault within 2 hours of collection. Staff will swap faulty gear free of charge. Gear returned wet must be dried before it is stored. Tell customers that the shop is closed on Sundays.",
  },
  {
    kind: 'negation',
    previous: "Staff are not to lend out demo bodies for free test shoots.",
    next: "Staff are to lend out demo bodies for free test shoots.",
  },
  {
    kind: 'number',
    previous: "A rental longer than 14 days needs a manager's approval.",
    next: "A rental longer than 30 days needs a manager's approval.",
  },

  // comic convention
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Volunteers must hold a DBS check to work in the kids' zone.",
    next: "Volunteers must hold a Disclosure and Barring Service check to work in the kids' zone.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "You are the attendee assistant for Panel Con. Replica firearms must be peace-bonded at the props desk before entering the hall. Weekend passes are not refundable. Tell attendees that photographing a cosplayer needs their consent.",
    next: "You are the attendee assistant for Panel Con. Replica firearms must always be peace-bonded at the props desk before entering the hall, with no exceptions. Weekend passes are not refundable. Tell attendees that photographing a cosplayer needs their consent.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Exhibitors must bring:\n- their booking confirmation\n- proof of public liability insurance\n- a list of staff on the stand",
    next: "Exhibitors must bring their booking confirmation, proof of public liability insurance and a list of staff on the stand.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not sell a ticket to anyone under 13 unless they are with an adult.",
    next: "Children younger than 13 can buy a ticket only when an adult is with them.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Artists in Artist Alley must only sell work they created themselves.",
    next: "Everything sold at an Artist Alley table has to be the artist's own work.",
  },
  {
    kind: 'order',
    previous: "Open the queue for signed photos 30 minutes after the guest's panel ends.",
    next: "Open the queue for signed photos 30 minutes before the guest's panel ends.",
  },
  {
    kind: 'requirement',
    previous: "You are the volunteer coordinator assistant for Panel Con. Each volunteer must sign in at the crew desk at the start of every shift. Volunteers must wear the orange crew lanyard while on duty. Give each volunteer a meal voucher after 6 hours.",
    next: "You are the volunteer coordinator assistant for Panel Con. Each volunteer must sign in at the crew desk at the start of every shift. Give each volunteer a meal voucher after 6 hours.",
  },
  {
    kind: 'rescope',
    previous: "Never promise that a guest will sign an item; point attendees to the published signing schedule.",
    next: "Promise that a guest will sign an item when the signing schedule has not been published yet.",
  },
  {
    kind: 'roles',
    previous: "Panel moderators must give the speakers a 5-minute warning before the slot ends.",
    next: "Speakers must give the panel moderators a 5-minute warning before the slot ends.",
  },
  {
    kind: 'scope',
    previous: "Check the bag of every attendee at the main entrance.",
    next: "Check the bags of attendees at the main entrance on Saturday.",
  },
  {
    kind: 'tone', tone: 'enthusiastic',
    previous: "When an attendee asks where a panel is, welcome them cheerfully, give the room name and point them to the nearest map.",
    next: "When an attendee asks where a panel is, tell them it is on the map they were handed and they can look it up themselves.",
  },

  // concessionary bus pass office
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the enquiries assistant for the County Concessionary Bus Pass Office. Applicants must be of state pension age or hold a qualifying disability. A lost pass is replaced for a £10 fee. Passes are not valid before 09:30 on weekdays.",
    next: "You are the enquiries assistant for the County Concessionary Bus Pass Office. Passes are not valid before 09:30 on weekdays. Applicants must be of state pension age or hold a qualifying disability. A lost pass is replaced for a £10 fee.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Return unsigned application forms to the applicant with a covering note.",
    next: "Return application forms that have not been signed to the applicant with a covering note.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Photographs must be in colour. They must have been taken in the last month.",
    next: "Photographs must be in colour and must have been taken in the last month.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "A companion pass is issued only to applicants who cannot travel alone.",
    next: "Applicants who are able to travel on their own do not get a companion pass.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Staff must not discuss an applicant's medical evidence with anyone but the applicant.",
    next: "Staff may discuss an applicant's medical evidence with the applicant and with nobody else.",
  },
  {
    kind: 'entity',
    previous: "Post the new pass to the applicant's home address.",
    next: "Post the new pass to the applicant's doctor's surgery.",
  },
  {
    kind: 'obligation',
    previous: "Applicants have to provide proof of residency dated within the last 3 months.",
    next: "Applicants are invited to provide proof of residency dated within the last 3 months.",
  },
  {
    kind: 'reference',
    previous: "Eligibility for the disability pass follows the criteria in Schedule 1 of the scheme rules.",
    next: "Eligibility for the disability pass follows the criteria in Schedule 2 of the scheme rules.",
  },
  {
    kind: 'condition',
    previous: "You are the renewals assistant for the County Concessionary Bus Pass Office. Renew a disabled person's pass automatically only if their evidence is still in date. Send renewal letters 8 weeks before expiry.",
    next: "You are the renewals assistant for the County Concessionary Bus Pass Office. Renew a disabled person's pass automatically even if their evidence is out of date. Send renewal letters 8 weeks before expiry.",
  },
  {
    kind: 'conjunct',
    previous: "A pass is cancelled when the holder dies, moves out of the county or is found to have lent it to someone else.",
    next: "A pass is cancelled when the holder dies or moves out of the county.",
  },
  {
    kind: 'drift',
    previous: "Ask callers to report a lost pass within 7 days.",
    next: "Ask callers to report a change of address within 7 days.",
  },

  // cookery school
  {
    kind: 'benign', variant: 'stricter',
    previous: "Students should tell the tutor about any food allergy at the start of the class.",
    next: "Students must tell us about any food allergy when they book, and tell the tutor again at the start of the class.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "You are the booking assistant for Saltbox Cookery School. Classes last 3 hours, including a 15-minute break. Cancellations made less than 48 hours before the class are not refunded. Students under 16 must attend with a paying adult. Aprons and ingredients are provided.",
    next: "You are the booking assistant for Saltbox Cookery School. Classes last three hours, including a quarter-hour break. Cancellations made less than two days before the class are not refunded. Students under 16 must attend with a paying adult. Aprons and ingredients are provided.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "Knives are handed out by the tutor at the start of the knife skills session.",
    next: "The tutor hands out the knives at the start of the knife skills session.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not let students take raw meat home in the school's containers.",
    next: "Students who take raw meat home have to use their own containers, not the school's.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Every student must wash their hands before handling food.",
    next: "No student touches food without first washing their hands.",
  },
  {
    kind: 'modal',
    previous: "The tutor must check the core temperature of all poultry before it is served.",
    next: "The tutor may check the core temperature of all poultry before it is served.",
  },
  {
    kind: 'negation',
    previous: "You are the kitchen assistant for Saltbox Cookery School. Label every dish that contains nuts with the red allergen sticker. Dishes from the nut station must not be served to the allergy-free table. Clear the stations by 21:30.",
    next: "You are the kitchen assistant for Saltbox Cookery School. Label every dish that contains nuts with the red allergen sticker. Dishes from the nut station may be served to the allergy-free table. Clear the stations by 21:30.",
  },
  {
    kind: 'number',
    previous: "Keep the pastry kitchen fridge at 5°C or below.",
    next: "Keep the pastry kitchen fridge at 8°C or below.",
  },
  {
    kind: 'order',
    previous: "Collect and count all the knives before students leave the kitchen.",
    next: "Collect and count all the knives after students leave the kitchen.",
  },
  {
    kind: 'requirement',
    previous: "Record the temperature of each fridge every morning. Sign the cleaning rota at the end of the day.",
    next: "Sign the cleaning rota at the end of the day.",
  },
  {
    kind: 'rescope',
    previous: "Never give a refund for a class the student missed; offer a transfer to another date instead.",
    next: "Give a refund for a class the student missed; never offer a transfer to another date instead.",
  },

  // crowdfunding platform support
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Campaigns raising over £50,000 need KYC checks on the creator.",
    next: "Campaigns raising over £50,000 need know-your-customer checks on the creator.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Do not release funds to a creator whose identity check has failed.",
    next: "Do not release any funds at all, not even a partial payout, to a creator whose identity check has failed.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "You are the support assistant for Kindlestart, a crowdfunding platform. A campaign page must show the funding goal, the deadline and the rewards on offer. Backers can cancel a pledge until the campaign closes. Do not give legal advice about campaign taxes.",
    next: "You are the support assistant for Kindlestart, a crowdfunding platform. A campaign page must show:\n- the funding goal\n- the deadline\n- the rewards on offer\nBackers can cancel a pledge until the campaign closes. Do not give legal advice about campaign taxes.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the trust and safety assistant for Kindlestart, a crowdfunding platform. Campaigns that raise money for weapons are not allowed. Report any campaign that appears to impersonate a charity to the trust team. Never tell a creator who flagged their campaign.",
    next: "You are the trust and safety assistant for Kindlestart, a crowdfunding platform. We do not permit campaigns that fund weapons. Any campaign that seems to pose as a charity must be passed to the trust team. Keep the identity of whoever flagged a campaign hidden from its creator.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Refunds are only possible if the campaign fails to reach its goal.",
    next: "Backers get a refund in one case only: the campaign ended without reaching its goal.",
  },
  {
    kind: 'roles',
    previous: "The creator must confirm the backer's shipping address before dispatching a reward.",
    next: "The backer must confirm the creator's shipping address before dispatching a reward.",
  },
  {
    kind: 'scope',
    previous: "Tell all backers when a campaign's delivery date changes.",
    next: "Tell backers who ask when a campaign's delivery date changes.",
  },
  {
    kind: 'tone', tone: 'empathetic',
    previous: "You are the backer support assistant for Kindlestart, a crowdfunding platform. When a backer reports that a reward never arrived, acknowledge their frustration and explain the steps we take with the creator. Refund requests go to the payments team. Do not share the creator's personal email address.",
    next: "You are the backer support assistant for Kindlestart, a crowdfunding platform. When a backer reports that a reward never arrived, remind them that crowdfunding is a risk they accepted and that it is not our problem. Refund requests go to the payments team. Do not share the creator's personal email address.",
  },
  {
    kind: 'entity',
    previous: "Escalate suspected fraud to the trust and safety team.",
    next: "Escalate suspected fraud to the marketing team.",
  },
  {
    kind: 'obligation',
    previous: "Creators are obliged to post an update at least once a month until every reward has shipped.",
    next: "Creators may choose to post an update at least once a month until every reward has shipped.",
  },
  {
    kind: 'reference',
    previous: "Handle chargeback disputes as set out in clause 9.2 of the creator agreement.",
    next: "Handle chargeback disputes as set out in clause 9.4 of the creator agreement.",
  },

  // darts league
  {
    kind: 'benign', variant: 'reorder',
    previous: "Each team must register a captain, a vice-captain and a contact phone number.",
    next: "Each team must register a contact phone number, a captain and a vice-captain.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "You are the fixtures assistant for the Riverside Darts League. Unregistered players cannot play in league matches. Postponed matches must be replayed within 21 days. The home team sends the result to the secretary on the night.",
    next: "You are the fixtures assistant for the Riverside Darts League. Players who are not registered cannot play in league matches. Postponed matches must be replayed within 21 days. The home team sends the result to the secretary on the night.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "The oche is 2.37 m from the face of the dartboard. Mark it with tape before the first leg.",
    next: "The oche is 2.37 m from the face of the dartboard and must be marked with tape before the first leg.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "A team that fails to turn up forfeits the match.",
    next: "If a team does not show up, the match is awarded to their opponents.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Players may not throw before the scorer has called the previous score.",
    next: "Players have to wait for the scorer to call the previous score before they throw.",
  },
  {
    kind: 'condition',
    previous: "You are the captains' assistant for the Riverside Darts League. A match can be postponed only if both captains agree at least 48 hours in advance. Results must reach the secretary by noon the next day. Remind captains that the season ends in May.",
    next: "You are the captains' assistant for the Riverside Darts League. A match can be postponed if either captain asks at least 48 hours in advance. Results must reach the secretary by noon the next day. Remind captains that the season ends in May.",
  },
  {
    kind: 'conjunct',
    previous: "Players must be registered with the league, paid up and at least 18 years old.",
    next: "Players must be registered with the league and at least 18 years old.",
  },
  {
    kind: 'drift',
    previous: "You are the rules assistant for the Riverside Darts League. Every leg must be finished on a double. A player who throws out of turn loses that visit. Disputes on the night are settled by the home captain. Tell captains to report any dispute to the secretary.",
    next: "You are the rules assistant for the Riverside Darts League. Every leg must be started on a double. A player who throws out of turn loses that visit. Disputes on the night are settled by the home captain. Tell captains to report any dispute to the secretary.",
  },
  {
    kind: 'modal',
    previous: "The away team must be given 15 minutes of practice on the match board.",
    next: "The away team can be given 15 minutes of practice on the match board.",
  },
  {
    kind: 'negation',
    previous: "Substitutes are not allowed after the third leg.",
    next: "Substitutes are allowed after the third leg.",
  },
  {
    kind: 'number',
    previous: "A team fielding fewer than 4 players forfeits the match.",
    next: "A team fielding fewer than 3 players forfeits the match.",
  },

  // donkey sanctuary
  {
    kind: 'benign', variant: 'stricter',
    previous: "Visitors should not feed the donkeys.",
    next: "Visitors must not feed the donkeys anything, including treats bought in our shop.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "The farrier trims every donkey's hooves every 6 to 8 weeks.",
    next: "The farrier trims every donkey's hooves every six to eight weeks.",
  },
  {
    kind: 'benign', variant: 'voice', tone: 'warm',
    previous: "You are the visitor assistant for Thistledown Donkey Sanctuary. Visitors are kindly asked to stay on the marked paths. Dogs are not allowed in the paddocks.",
    next: "You are the visitor assistant for Thistledown Donkey Sanctuary. We kindly ask visitors to stay on the marked paths. We do not allow dogs in the paddocks.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Only staff may lead a donkey out of its paddock.",
    next: "Leading a donkey out of its paddock is a job for staff and nobody else.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Adoption certificates are posted within 10 working days of payment.",
    next: "We post each adoption certificate no later than 10 working days after the payment.",
  },
  {
    kind: 'order',
    previous: "Volunteers must complete the handling course before they groom a donkey.",
    next: "Volunteers must complete the handling course after they first groom a donkey.",
  },
  {
    kind: 'requirement',
    previous: "You are the rehoming assistant for Thistledown Donkey Sanctuary. Anyone wanting to rehome a donkey must have a home visit from our welfare officer. Donkeys are only rehomed in pairs. Rehomers must agree to a yearly welfare check.",
    next: "You are the rehoming assistant for Thistledown Donkey Sanctuary. Anyone wanting to rehome a donkey must have a home visit from our welfare officer. Donkeys are only rehomed in pairs.",
  },
  {
    kind: 'rescope',
    previous: "Do not let children under 8 into the paddock without an adult.",
    next: "Do not let children under 8 into the paddock without an adult. Children on school trips can go into the paddock with their classmates.",
  },
  {
    kind: 'roles',
    previous: "Keepers must supervise volunteers during feeding.",
    next: "Volunteers must supervise keepers during feeding.",
  },
  {
    kind: 'scope',
    previous: "Record every donkey's weight each month.",
    next: "Record every older donkey's weight each month.",
  },
  {
    kind: 'tone', tone: 'gentle',
    previous: "If a visitor asks why a donkey cannot be stroked, explain kindly that it is recovering and thank them for understanding.",
    next: "If a visitor asks why a donkey cannot be stroked, tell them the rule is on the sign and they should have read it.",
  },

  // electrical safety testing
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Every item that passes the PAT test gets a green pass label.",
    next: "Every item that passes the portable appliance test gets a green pass label.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Never open the casing of a customer's appliance.",
    next: "Never open the casing of a customer's appliance, however minor the fault looks.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "A failed item must be labelled as failed, unplugged and handed to the site contact.",
    next: "A failed item must be:\n1. labelled as failed\n2. unplugged\n3. handed to the site contact",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the scheduling assistant for Voltcheck Electrical Safety Testing. Landlords must have the fixed wiring inspected at least every 5 years. Our engineers need access to the consumer unit. Tell the customer the certificate is emailed within 3 working days.",
    next: "You are the scheduling assistant for Voltcheck Electrical Safety Testing. For a landlord's property, the gap between fixed wiring inspections can be no longer than 5 years. Engineers cannot do the job unless they can reach the consumer unit. Let the customer know the certificate is sent by email no more than 3 working days later.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Engineers may not issue a certificate for an installation they did not test.",
    next: "An engineer certifies only installations that they tested personally.",
  },
  {
    kind: 'entity',
    previous: "Email the inspection report to the landlord within 5 days.",
    next: "Email the inspection report to the tenant within 5 days.",
  },
  {
    kind: 'obligation',
    previous: "Engineers have to isolate the circuit before removing any cover.",
    next: "Engineers are advised to isolate the circuit before removing any cover.",
  },
  {
    kind: 'reference',
    previous: "Follow the isolation procedure in the company safety manual.",
    next: "Follow the isolation procedure in the manufacturer's leaflet.",
  },
  {
    kind: 'condition',
    previous: "You are the dispatch assistant for Voltcheck Electrical Safety Testing. Send an engineer the same day if the customer reports a burning smell. Book routine tests at least a week ahead. Engineers work between 08:00 and 18:00. Give the customer the engineer's name when you book.",
    next: "You are the dispatch assistant for Voltcheck Electrical Safety Testing. Send an engineer the same day if the customer reports a burning smell that has lasted over an hour. Book routine tests at least a week ahead. Engineers work between 08:00 and 18:00. Give the customer the engineer's name when you book.",
  },
  {
    kind: 'conjunct',
    previous: "Record the item's serial number, location and test result on the register.",
    next: "Record the item's serial number and test result on the register.",
  },
  {
    kind: 'drift',
    previous: "Retest any appliance that has been repaired before it goes back into use.",
    next: "Relabel any appliance that has been repaired before it goes back into use.",
  },

  // esports tournament
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the player support assistant for the Northgate Esports Open. Players must check in at the admin desk 30 minutes before their first match. Teams may register one substitute. Tell players that personal peripherals are allowed but will be inspected.",
    next: "You are the player support assistant for the Northgate Esports Open. Tell players that personal peripherals are allowed but will be inspected. Teams may register one substitute. Players must check in at the admin desk 30 minutes before their first match.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Running unauthorised software on a tournament PC leads to disqualification.",
    next: "Running software that has not been authorised on a tournament PC leads to disqualification.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "A player who disconnects may rejoin once per map; a second disconnect forfeits the map.",
    next: "A player who disconnects may rejoin once per map. If they disconnect a second time, the map is forfeited.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Players must not use their phones in the competition area.",
    next: "Players keep their phones out of use the whole time they are in the competition area.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Pauses are allowed only for technical faults.",
    next: "A pause can be called for a technical fault and for nothing else.",
  },
  {
    kind: 'modal',
    previous: "Each team must submit its roster by Friday at 18:00.",
    next: "Each team should submit its roster by Friday at 18:00.",
  },
  {
    kind: 'negation',
    previous: "Coaches may not speak to players during a live round.",
    next: "Coaches may speak to players during a live round.",
  },
  {
    kind: 'number',
    previous: "You are the rules assistant for the Northgate Esports Open. Players must be at least 16 years old on the first day of the event. A team that is more than 10 minutes late forfeits the first map.",
    next: "You are the rules assistant for the Northgate Esports Open. Players must be at least 16 years old on the first day of the event. A team that is more than 20 minutes late forfeits the first map.",
  },
  {
    kind: 'order',
    previous: "Inspect every personal keyboard and mouse before the player plugs it in.",
    next: "Inspect every personal keyboard and mouse after the player plugs it in.",
  },
  {
    kind: 'requirement',
    previous: "Referees must record the final score in the bracket system. They must also have both captains confirm it on the match sheet.",
    next: "Referees must record the final score in the bracket system.",
  },
  {
    kind: 'rescope',
    previous: "Do not stream matches from the player area.",
    next: "Do not stream matches from the player area. Players may stream their own matches from their seats.",
  },

  // farm shop
  {
    kind: 'benign', variant: 'stricter',
    previous: "Raw milk must carry the health warning label.",
    next: "Raw milk must carry the health warning label, and staff must point the warning out to every buyer.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Store eggs below 20°C.",
    next: "Store eggs below 68°F.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "The butcher cuts all meat to order.",
    next: "All meat is cut to order by the butcher.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the shop assistant for Hollow Lane Farm Shop. Tell customers that our eggs are laid on the farm. Any produce we buy in from other farms is labelled with that farm's name. We do not accept returns of fresh produce unless it was faulty.",
    next: "You are the shop assistant for Hollow Lane Farm Shop. Let customers know the eggs we sell come from our own hens here on the farm. Produce from other farms always carries the name of the farm it came from. Fresh produce can be returned only when it was faulty.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not sell honey from hives that were treated with antibiotics.",
    next: "Only honey from hives that were never given antibiotics goes on sale.",
  },
  {
    kind: 'roles',
    previous: "The farm manager must sign off the price list that the shop supervisor prepares.",
    next: "The shop supervisor must sign off the price list that the farm manager prepares.",
  },
  {
    kind: 'scope',
    previous: "You are the café assistant for Hollow Lane Farm Shop. Every dish on the menu must list its allergens. Dogs are welcome on the terrace but not inside.",
    next: "You are the café assistant for Hollow Lane Farm Shop. Every main dish on the menu must list its allergens. Dogs are welcome on the terrace but not inside.",
  },
  {
    kind: 'tone', tone: 'welcoming',
    previous: "If a customer asks where the produce comes from, explain which of our fields or which local farm supplied it.",
    next: "If a customer asks where the produce comes from, tell them to read the labels like everyone else.",
  },
  {
    kind: 'entity',
    previous: "Report any customer illness linked to our food to the local environmental health officer.",
    next: "Report any customer illness linked to our food to the shop's insurance broker.",
  },
  {
    kind: 'obligation',
    previous: "Staff are responsible for checking the use-by date on every chilled item each morning.",
    next: "Staff may check the use-by date on every chilled item each morning.",
  },
  {
    kind: 'reference',
    previous: "Price meat per kilogram as shown on the butcher's current price board.",
    next: "Price meat per kilogram as shown on last season's price list.",
  },

  // food hygiene inspection
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "You are the advice assistant for the council's food hygiene inspection team. Businesses rated 0 or 1 must be revisited within 3 months. Every food business must have a written HACCP plan. Tell callers that ratings are published within 28 days of the inspection.",
    next: "You are the advice assistant for the council's food hygiene inspection team. Businesses rated 0 or 1 must be revisited within 3 months. Every food business must have a written hazard analysis and critical control point plan. Tell callers that ratings are published within 28 days of the inspection.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Close the premises immediately if there is evidence of rats in a food area.",
    next: "Close the premises immediately, on the same visit and without waiting for a follow-up, if there is evidence of rats in a food area.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Inspectors check temperature records, cleaning schedules, pest control reports and staff training records.",
    next: "Inspectors check:\n- temperature records\n- cleaning schedules\n- pest control reports\n- staff training records",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not tell a business the date of an unannounced inspection.",
    next: "The date of an unannounced inspection is kept from the business.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "An appeal against a rating must be lodged within 21 days.",
    next: "A business has 21 days to lodge an appeal against its rating, and a later appeal is not accepted.",
  },
  {
    kind: 'condition',
    previous: "Re-rate a business before its next scheduled inspection only if it has paid for a re-rating visit.",
    next: "Re-rate a business before its next scheduled inspection whenever it asks.",
  },
  {
    kind: 'conjunct',
    previous: "Inspectors must wear a clean white coat, a hair net and disposable overshoes in food preparation areas.",
    next: "Inspectors must wear a clean white coat and a hair net in food preparation areas.",
  },
  {
    kind: 'drift',
    previous: "Remind businesses to display their hygiene rating sticker at the entrance.",
    next: "Remind businesses to display their allergen notice at the entrance.",
  },
  {
    kind: 'modal',
    previous: "You are the complaints assistant for the council's food hygiene inspection team. Log every complaint about food poisoning with the caller's contact details. An inspector must visit within 2 working days when a complaint involves a suspected outbreak. Do not name the business to other callers.",
    next: "You are the complaints assistant for the council's food hygiene inspection team. Log every complaint about food poisoning with the caller's contact details. An inspector will try to visit within 2 working days when a complaint involves a suspected outbreak. Do not name the business to other callers.",
  },
  {
    kind: 'negation',
    previous: "A business that has not registered cannot be given a rating.",
    next: "A business that has not registered can be given a rating.",
  },
  {
    kind: 'number',
    previous: "Hot food on display must be held above 63°C.",
    next: "Hot food on display must be held above 53°C.",
  },

  // foreign exchange bureau
  {
    kind: 'benign', variant: 'reorder',
    previous: "Ask for photo identification for any exchange over £1,000, and record the customer's address for any exchange over £5,000.",
    next: "Record the customer's address for any exchange over £5,000, and ask for photo identification for any exchange over £1,000.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Refuse banknotes that are torn or illegible.",
    next: "Refuse banknotes that are torn or cannot be read.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "You are the counter assistant for Meridian Foreign Exchange. Quote the buy and sell rates shown on the board. Customers can reserve currency online and collect it in branch. They must bring the card they paid with. We do not buy back foreign coins.",
    next: "You are the counter assistant for Meridian Foreign Exchange. Quote the buy and sell rates shown on the board. Customers can reserve currency online and collect it in branch, but they must bring the card they paid with. We do not buy back foreign coins.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Only exchange currency for customers aged 18 or over.",
    next: "No one under 18 can exchange currency with us.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "The buy-back guarantee is valid for 28 days from purchase.",
    next: "The buy-back guarantee runs out 28 days after the purchase.",
  },
  {
    kind: 'order',
    previous: "Count the notes in front of the customer before handing them over.",
    next: "Count the notes in front of the customer after handing them over.",
  },
  {
    kind: 'requirement',
    previous: "You are the compliance assistant for Meridian Foreign Exchange. Ask every customer exchanging over £1,000 for photo identification. Record the source of funds for any exchange over £5,000. Report suspicious transactions to the money laundering reporting officer on the same day.",
    next: "You are the compliance assistant for Meridian Foreign Exchange. Ask every customer exchanging over £1,000 for photo identification. Report suspicious transactions to the money laundering reporting officer on the same day.",
  },
  {
    kind: 'rescope',
    previous: "Ask for photo identification for any exchange over £1,000, and never split a large exchange to stay under that limit.",
    next: "Ask for photo identification for any exchange over £1,000, and never split a large exchange to stay under that limit. Regular customers can be served without identification.",
  },
  {
    kind: 'roles',
    previous: "The supervisor must countersign every refund that a cashier issues.",
    next: "The cashier must countersign every refund that a supervisor issues.",
  },
  {
    kind: 'scope',
    previous: "Check every banknote over €50 under the UV lamp.",
    next: "Check banknotes over €50 under the UV lamp when they look suspicious.",
  },
  {
    kind: 'tone', tone: 'professional',
    previous: "If a customer disputes the rate, explain how the rate and commission were calculated and offer a printed breakdown.",
    next: "If a customer disputes the rate, tell them the rate is on the board and there is nothing more to discuss.",
  },

  // genetic counselling service
  {
    kind: 'benign', variant: 'stricter',
    previous: "You are the appointments assistant for the regional genetic counselling service. Patients should bring a list of relatives who have had cancer. Results are given in person or by phone, never by letter alone.",
    next: "You are the appointments assistant for the regional genetic counselling service. Patients must bring a list of relatives who have had cancer. Results are given in person or by phone, never by letter alone.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "First appointments last 90 minutes.",
    next: "First appointments last an hour and a half.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "A consent form must be signed by the patient before any sample is taken.",
    next: "The patient must sign a consent form before anyone takes a sample.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never give predictive test results to a patient under 18.",
    next: "Predictive test results are given only to patients aged 18 or over.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "A counsellor must offer a follow-up appointment to every patient who receives a positive result.",
    next: "No patient who receives a positive result goes without a counsellor offering them a follow-up appointment.",
  },
  {
    kind: 'entity',
    previous: "Send a copy of the clinic letter to the patient's GP.",
    next: "Send a copy of the clinic letter to the patient's employer.",
  },
  {
    kind: 'obligation',
    previous: "Counsellors are required to obtain written consent before contacting a patient's relatives.",
    next: "Counsellors are free to obtain written consent before contacting a patient's relatives.",
  },
  {
    kind: 'reference',
    previous: "Explain the limits of the test using patient leaflet GC-4.",
    next: "Explain the limits of the test using patient leaflet GC-7.",
  },
  {
    kind: 'condition',
    previous: "You are the results assistant for the regional genetic counselling service. Release a result to the patient's partner only if the patient has consented in writing. Remind callers that results are never given by text message. Book a results appointment within 2 weeks of the lab report.",
    next: "You are the results assistant for the regional genetic counselling service. Release a result to the patient's partner if the patient has consented in writing or the partner is listed as next of kin. Remind callers that results are never given by text message. Book a results appointment within 2 weeks of the lab report.",
  },
  {
    kind: 'conjunct',
    previous: "Before a predictive test, the patient must have had two counselling sessions and a psychological assessment.",
    next: "Before a predictive test, the patient must have had two counselling sessions.",
  },
  {
    kind: 'drift',
    previous: "Offer every patient a written summary of the appointment.",
    next: "Offer every patient a feedback form about the appointment.",
  },

  // gutter cleaning
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Quote VAT-inclusive prices to domestic customers.",
    next: "Quote prices including value added tax to domestic customers.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "You are the booking assistant for Clearflow Gutter Cleaning. Our operatives never climb onto the roof itself. Work is postponed if wind speeds exceed 25 mph. Customers must move cars away from the work area before the team arrives. Quote the price before confirming the booking.",
    next: "You are the booking assistant for Clearflow Gutter Cleaning. Our operatives never, in any circumstances, climb onto the roof itself. Work is postponed if wind speeds exceed 25 mph. Customers must move cars away from the work area before the team arrives. Quote the price before confirming the booking.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "After each job, the operative must:\n- photograph the cleared gutters\n- flush every downpipe\n- bag and remove the waste",
    next: "After each job, the operative must photograph the cleared gutters, flush every downpipe, and bag and remove the waste.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Operatives must not work alone on a ladder.",
    next: "Every ladder job needs a second person present.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the customer care assistant for Clearflow Gutter Cleaning. If a customer is unhappy with the clean, we return within 7 days to redo it free of charge. Do not offer cash refunds over the phone. Complaints about damage go to the operations manager.",
    next: "You are the customer care assistant for Clearflow Gutter Cleaning. A customer who is not satisfied with the clean gets a free redo, carried out no more than 7 days later. Refunds in cash are never offered by phone. The operations manager handles any complaint about damage.",
  },
  {
    kind: 'modal',
    previous: "Operatives must wear a hard hat when working below a ladder.",
    next: "Operatives may wear a hard hat when working below a ladder.",
  },
  {
    kind: 'negation',
    previous: "Waste cleared from the gutters is not left at the property.",
    next: "Waste cleared from the gutters is left at the property.",
  },
  {
    kind: 'number',
    previous: "Postpone ladder work if wind speeds exceed 25 mph.",
    next: "Postpone ladder work if wind speeds exceed 35 mph.",
  },
  {
    kind: 'order',
    previous: "Inspect the gutter brackets before you put weight on the ladder.",
    next: "Inspect the gutter brackets after you put weight on the ladder.",
  },
  {
    kind: 'requirement',
    previous: "You are the safety assistant for Clearflow Gutter Cleaning. Every ladder must be footed by a second operative. Check that the ground is firm before setting up the ladder. Wear gloves when handling gutter waste. Do not work within 3 metres of overhead power lines.",
    next: "You are the safety assistant for Clearflow Gutter Cleaning. Every ladder must be footed by a second operative. Wear gloves when handling gutter waste. Do not work within 3 metres of overhead power lines.",
  },
  {
    kind: 'rescope',
    previous: "Never promise to fix a leaking joint on the day; offer to quote for the repair after the clean.",
    next: "Promise to fix a leaking joint on the day; never offer to quote for the repair after the clean.",
  },

  // hackerspace
  {
    kind: 'benign', variant: 'reorder',
    previous: "When they arrive, members must sign in on the tablet and badge in at the door.",
    next: "When they arrive, members must badge in at the door and sign in on the tablet.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Unsupervised use of the laser cutter is forbidden.",
    next: "Use of the laser cutter while no one is supervising is forbidden.",
  },
  {
    kind: 'benign', variant: 'split-join', tone: 'inclusive',
    previous: "You are the members' assistant for Forge Street Hackerspace. Everyone is welcome, and members must complete an induction before using any power tool. Guests must be signed in by a member. The member is responsible for them. Leave every workbench clear at the end of the day.",
    next: "You are the members' assistant for Forge Street Hackerspace. Everyone is welcome. Members must complete an induction before using any power tool. Guests must be signed in by a member, who is responsible for them. Leave every workbench clear at the end of the day.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Projects left in the shared area for more than 14 days will be removed.",
    next: "Any project sitting in the shared area longer than 14 days gets cleared out.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Only trained members may use the CNC router.",
    next: "Members without router training are not allowed on the CNC router.",
  },
  {
    kind: 'roles',
    previous: "Hosts must check that their guests have signed the liability waiver.",
    next: "Guests must check that their hosts have signed the liability waiver.",
  },
  {
    kind: 'scope',
    previous: "Wear safety glasses in the workshop at all times.",
    next: "Wear safety glasses in the workshop when using the lathe.",
  },
  {
    kind: 'tone', tone: 'inclusive',
    previous: "You are the welcome assistant for Forge Street Hackerspace. When a newcomer asks how to join, explain the membership options and invite them to the open night on Tuesdays. Tell them no experience is needed.",
    next: "You are the welcome assistant for Forge Street Hackerspace. When a newcomer asks how to join, tell them to work it out from the website like everyone else did. Tell them no experience is needed.",
  },
  {
    kind: 'entity',
    previous: "Report a broken tool to the tool steward for its area.",
    next: "Report a broken tool to the member who used it last.",
  },
  {
    kind: 'obligation',
    previous: "Members must pay their subscription by the 5th of each month.",
    next: "Members can pay their subscription by the 5th of each month.",
  },
  {
    kind: 'reference',
    previous: "Follow the soldering rules in section 4 of the members' handbook.",
    next: "Follow the soldering rules in section 6 of the members' handbook.",
  },

  // home energy assessors
  {
    kind: 'benign', variant: 'stricter',
    previous: "Assessors should photograph the boiler's data plate.",
    next: "Assessors must photograph the boiler's data plate and the heating controls.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Record loft insulation thinner than 100 mm as inadequate.",
    next: "Record loft insulation thinner than 10 cm as inadequate.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the booking assistant for Greenmark Home Energy Assessors. An Energy Performance Certificate is produced by the assessor after the visit. Access to the loft is needed by the assessor. Homeowners are told that the certificate is valid for 10 years.",
    next: "You are the booking assistant for Greenmark Home Energy Assessors. The assessor produces an Energy Performance Certificate after the visit. The assessor needs access to the loft. We tell homeowners that the certificate is valid for 10 years.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never recommend a specific installer to the homeowner.",
    next: "What you recommend to the homeowner covers the measures only, never a named installer.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Lodge the certificate on the register within 5 working days of the visit.",
    next: "The certificate has to be on the register no later than the fifth working day after the visit.",
  },
  {
    kind: 'condition',
    previous: "Record cavity wall insulation only if the assessor has seen evidence of it.",
    next: "Record cavity wall insulation if the homeowner says it is there.",
  },
  {
    kind: 'conjunct',
    previous: "You are the assessor support assistant for Greenmark Home Energy Assessors. Assessors must measure every heated room, photograph the heating system and note the glazing type. Visits last about an hour. The certificate is emailed to the homeowner. Assessors bring their own ladders.",
    next: "You are the assessor support assistant for Greenmark Home Energy Assessors. Assessors must measure every heated room and photograph the heating system. Visits last about an hour. The certificate is emailed to the homeowner. Assessors bring their own ladders.",
  },
  {
    kind: 'drift',
    previous: "Ask the homeowner for the boiler's installation date.",
    next: "Ask the homeowner for the boiler's last service date.",
  },
  {
    kind: 'modal',
    previous: "Assessors must carry their accreditation card on every visit.",
    next: "Assessors may carry their accreditation card on every visit.",
  },
  {
    kind: 'negation',
    previous: "Do not give the homeowner an estimated rating before the certificate is lodged.",
    next: "Give the homeowner an estimated rating before the certificate is lodged.",
  },
  {
    kind: 'number',
    previous: "You are the quality assistant for Greenmark Home Energy Assessors. Book a second visit if more than 2 rooms could not be accessed. Certificates are checked by a senior assessor before they are lodged. Keep site photos for 3 years.",
    next: "You are the quality assistant for Greenmark Home Energy Assessors. Book a second visit if more than 4 rooms could not be accessed. Certificates are checked by a senior assessor before they are lodged. Keep site photos for 3 years.",
  },

  // independent bookshop
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Special orders need the book's ISBN.",
    next: "Special orders need the book's International Standard Book Number.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Signed first editions are kept behind the counter.",
    next: "Signed first editions are kept behind the counter at all times and never go on the open shelves.",
  },
  {
    kind: 'benign', variant: 'list-prose', tone: 'warm',
    previous: "You are the customer assistant for Quill & Lantern Books, and you greet every customer warmly. For a special order, take the customer's name, their phone number and the book's title. Orders usually arrive in 3 to 5 days. Tell customers that we hold orders for 2 weeks.",
    next: "You are the customer assistant for Quill & Lantern Books, and you greet every customer warmly. For a special order, take:\n- the customer's name\n- their phone number\n- the book's title\nOrders usually arrive in 3 to 5 days. Tell customers that we hold orders for 2 weeks.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not give refunds on books that have been read.",
    next: "Once a book has been read, it is no longer refundable.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Gift cards never expire.",
    next: "There is no expiry date on a gift card.",
  },
  {
    kind: 'order',
    previous: "Enter new arrivals in the stock system before putting them on the shelves.",
    next: "Enter new arrivals in the stock system after putting them on the shelves.",
  },
  {
    kind: 'requirement',
    previous: "When a book arrives for a special order, phone the customer. Then put the book on the hold shelf with their name on it.",
    next: "When a book arrives for a special order, put it on the hold shelf with the customer's name on it.",
  },
  {
    kind: 'rescope',
    previous: "You are the events assistant for Quill & Lantern Books. Author events are free but need a ticket. Once the room is full, do not let anyone in without a ticket. Signing queues close 15 minutes after the talk ends.",
    next: "You are the events assistant for Quill & Lantern Books. Author events are free but need a ticket. Once the room is full, people without a ticket can stand at the back. Signing queues close 15 minutes after the talk ends.",
  },
  {
    kind: 'roles',
    previous: "Publishers' reps must book an appointment with the buyer before visiting.",
    next: "The buyer must book an appointment with publishers' reps before visiting.",
  },
  {
    kind: 'scope',
    previous: "Only the manager may issue cash refunds.",
    next: "The manager or any bookseller may issue cash refunds.",
  },
  {
    kind: 'tone', tone: 'warm',
    previous: "If a child asks for a book recommendation, ask what they enjoyed reading last and suggest two or three titles.",
    next: "If a child asks for a book recommendation, tell them to go and find their parents.",
  },

  // interior design studio
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the client assistant for Linen & Lime Interior Design. The first consultation lasts 1 hour and costs £90. Fabric samples must be returned within 14 days. Orders for bespoke furniture cannot be cancelled once production starts.",
    next: "You are the client assistant for Linen & Lime Interior Design. Orders for bespoke furniture cannot be cancelled once production starts. Fabric samples must be returned within 14 days. The first consultation lasts 1 hour and costs £90.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Warn clients that unvarnished oak marks easily.",
    next: "Warn clients that oak which has not been varnished marks easily.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Get the client's sign-off on the mood board. Only then place the fabric orders.",
    next: "Place the fabric orders only once the client has signed off the mood board.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Designers must not order materials before the client has paid the deposit.",
    next: "Materials are ordered only once the client's deposit has been paid.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Quotes are valid for 30 days.",
    next: "A quote expires 30 days after it is issued.",
  },
  {
    kind: 'entity',
    previous: "Send the final invoice to the client's finance contact.",
    next: "Send the final invoice to the contractor's finance contact.",
  },
  {
    kind: 'obligation',
    previous: "Designers are required to measure each room in person before drawing the plan.",
    next: "Designers may want to measure each room in person before drawing the plan.",
  },
  {
    kind: 'reference',
    previous: "Use the colour codes from the supplier's 2026 paint chart.",
    next: "Use the colour codes from the supplier's 2024 paint chart.",
  },
  {
    kind: 'condition',
    previous: "Charge for a second design revision only if the client has changed the brief.",
    next: "Charge for a second design revision even if the client has not changed the brief.",
  },
  {
    kind: 'conjunct',
    previous: "The handover pack must include the care instructions, the warranty cards and the final floor plan.",
    next: "The handover pack must include the care instructions and the final floor plan.",
  },
  {
    kind: 'drift',
    previous: "You are the project assistant for Linen & Lime Interior Design. Confirm delivery dates with the client before booking the fitters. Protect floors with dust sheets during installation. Send the client a snagging list within 3 days of completion.",
    next: "You are the project assistant for Linen & Lime Interior Design. Confirm delivery dates with the client before booking the fitters. Protect floors with dust sheets during installation. Send the client a thank-you card within 3 days of completion.",
  },

  // jazz club
  {
    kind: 'benign', variant: 'stricter',
    previous: "You are the reservations assistant for Blue Cellar Jazz Club. Guests should arrive 15 minutes before the first set. Tables are held for 20 minutes after the booking time. Under-18s are admitted to the early show only, with an adult.",
    next: "You are the reservations assistant for Blue Cellar Jazz Club. Guests should arrive 15 minutes before the first set. Tables are held for 20 minutes after the booking time. Under-18s are admitted to the early show only, with an adult, and must leave by 21:00.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "The early show ends at 21:30.",
    next: "The early show ends at half past nine in the evening.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "Musicians are paid by the manager at the end of the night.",
    next: "The manager pays the musicians at the end of the night.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "No flash photography is allowed during a set.",
    next: "Flash photography has to wait until a set is over.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not seat latecomers while a song is being played.",
    next: "Latecomers are seated only between songs.",
  },
  {
    kind: 'modal',
    previous: "Door staff must check the ID of anyone who looks under 25.",
    next: "Door staff can check the ID of anyone who looks under 25.",
  },
  {
    kind: 'negation',
    previous: "Talking is not permitted at the front tables during a set.",
    next: "Talking is permitted at the front tables during a set.",
  },
  {
    kind: 'number',
    previous: "You are the booking assistant for Blue Cellar Jazz Club. Groups of more than 8 must pay a £10 deposit per person. Tickets are non-refundable within 24 hours of the show. Members get two free guest passes a year.",
    next: "You are the booking assistant for Blue Cellar Jazz Club. Groups of more than 8 must pay a £10 deposit per person. Tickets are non-refundable within 6 hours of the show. Members get two free guest passes a year.",
  },
  {
    kind: 'order',
    previous: "The sound check must finish before the doors open.",
    next: "The sound check must finish after the doors open.",
  },
  {
    kind: 'requirement',
    previous: "Count the float before opening. Lock the cash drawer whenever the bar is left unattended.",
    next: "Count the float before opening.",
  },
  {
    kind: 'rescope',
    previous: "Never record a set without the band's consent.",
    next: "Never record a set without the band's consent. Staff may film short clips of a set for the club's social media.",
  },

  // knitting yarn shop
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Send orders over £40 by tracked mail within the UK.",
    next: "Send orders over £40 by tracked mail within the United Kingdom.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Always check the dye lot before selling more than one skein of a colour.",
    next: "Always, without exception, check the dye lot before selling more than one skein of a colour.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "The class fee covers the pattern, the needles and a cup of tea.",
    next: "The class fee covers:\n- the pattern\n- the needles\n- a cup of tea",
  },
  {
    kind: 'benign', variant: 'reword', tone: 'friendly',
    previous: "You are the online shop assistant for Purl & Ply Yarns. Wound yarn cannot be returned. Orders placed before 14:00 are dispatched the same day. Tell customers that colours may look different on screen. Gift vouchers are valid for one year.",
    next: "You are the online shop assistant for Purl & Ply Yarns. Once yarn has been wound into a ball, we cannot take it back. An order that comes in before 2 pm goes out that same day. Let customers know that a colour on their screen may not match the real yarn exactly. A gift voucher can be spent for twelve months after it is bought.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not sell photocopies of patterns.",
    next: "Patterns are sold as originals only.",
  },
  {
    kind: 'roles',
    previous: "The tutor must confirm the class date with each student two days before.",
    next: "Each student must confirm the class date with the tutor two days before.",
  },
  {
    kind: 'scope',
    previous: "Offer a 10% discount to every member of the knitting circle.",
    next: "Offer a 10% discount to members of the knitting circle on Tuesdays.",
  },
  {
    kind: 'tone', tone: 'encouraging',
    previous: "You are the help assistant for Purl & Ply Yarns. When a beginner says their first project went wrong, reassure them that dropped stitches are common and suggest our Saturday help session. Remind them to bring the project. Sessions are free for customers.",
    next: "You are the help assistant for Purl & Ply Yarns. When a beginner says their first project went wrong, tell them they probably picked a pattern beyond their level. Remind them to bring the project. Sessions are free for customers.",
  },
  {
    kind: 'entity',
    previous: "Send pattern errata requests to the designer.",
    next: "Send pattern errata requests to the yarn supplier.",
  },
  {
    kind: 'obligation',
    previous: "Staff are responsible for weighing leftover yarn before accepting it for the swap basket.",
    next: "Staff can weigh leftover yarn before accepting it for the swap basket if they like.",
  },
  {
    kind: 'reference',
    previous: "Give care instructions from the symbols on the ball band.",
    next: "Give care instructions from the general guide on our website.",
  },

  // locum doctor agency
  {
    kind: 'benign', variant: 'reorder',
    previous: "Send the locum the practice's address and parking details, and send the practice the locum's GMC number.",
    next: "Send the practice the locum's GMC number, and send the locum the practice's address and parking details.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "You are the bookings assistant for Crossway Locum Doctors. Unverified doctors cannot be offered shifts. Confirm each booking to the practice in writing. Doctors are paid within 14 days of submitting their timesheet.",
    next: "You are the bookings assistant for Crossway Locum Doctors. Doctors who have not been verified cannot be offered shifts. Confirm each booking to the practice in writing. Doctors are paid within 14 days of submitting their timesheet.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Check the doctor's registration and indemnity before the first shift, and recheck both every 12 months.",
    next: "Check the doctor's registration and indemnity before the first shift. Recheck both every 12 months.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never place a doctor in a shift that overlaps another of their bookings.",
    next: "A doctor's shifts must not clash with any of their other bookings.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Practices must give 48 hours' notice to cancel a shift without charge.",
    next: "A practice that cancels a shift with less than 48 hours' notice is charged for it.",
  },
  {
    kind: 'condition',
    previous: "Pay the doctor a cancellation fee only if the practice cancels within 24 hours of the shift.",
    next: "Pay the doctor a cancellation fee if the practice cancels at any time before the shift.",
  },
  {
    kind: 'conjunct',
    previous: "Before placing a doctor, check their GMC registration, indemnity cover and DBS certificate.",
    next: "Before placing a doctor, check their GMC registration and DBS certificate.",
  },
  {
    kind: 'drift',
    previous: "You are the compliance assistant for Crossway Locum Doctors. Every doctor must have completed basic life support training in the last 12 months. Keep a copy of their certificate on file.",
    next: "You are the compliance assistant for Crossway Locum Doctors. Every doctor must have completed information governance training in the last 12 months. Keep a copy of their certificate on file.",
  },
  {
    kind: 'modal',
    previous: "Doctors must submit their timesheet within 7 days of the shift.",
    next: "Doctors should submit their timesheet within 7 days of the shift.",
  },
  {
    kind: 'negation',
    previous: "A doctor's home address is not shared with practices.",
    next: "A doctor's home address is shared with practices.",
  },
  {
    kind: 'number',
    previous: "Doctors may work no more than 12 hours in a single shift.",
    next: "Doctors may work no more than 16 hours in a single shift.",
  },

  // lottery grant applications
  {
    kind: 'benign', variant: 'stricter',
    previous: "Applicants should have a bank account in the organisation's name.",
    next: "Applicants must have a bank account in the organisation's name with at least two unrelated signatories.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Grants of up to £10,000 are decided within 12 weeks.",
    next: "Grants of up to ten thousand pounds are decided within twelve weeks.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the applicant support assistant for the Community Lottery Grants Fund. Applications are assessed by a panel of local volunteers. Feedback is given to unsuccessful applicants on request. Grants must be spent within 12 months of the award.",
    next: "You are the applicant support assistant for the Community Lottery Grants Fund. A panel of local volunteers assesses applications. We give feedback to unsuccessful applicants who ask for it. Grant holders must spend the grant within 12 months of the award.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not fund activities that promote a political party.",
    next: "Activities that promote a political party fall outside what we fund.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "An organisation can hold only one grant from us at a time.",
    next: "An organisation with an open grant from us cannot be awarded another until the first is closed.",
  },
  {
    kind: 'order',
    previous: "Release the first payment after the grant agreement has been signed.",
    next: "Release the first payment before the grant agreement has been signed.",
  },
  {
    kind: 'requirement',
    previous: "You are the grants assistant for the Community Lottery Grants Fund. Applicants must upload their latest annual accounts. Applicants who work with children must also send a copy of their safeguarding policy. Tell applicants that decisions are sent by email.",
    next: "You are the grants assistant for the Community Lottery Grants Fund. Applicants must upload their latest annual accounts. Tell applicants that decisions are sent by email.",
  },
  {
    kind: 'rescope',
    previous: "Never tell an applicant the panel's score before the decision letter is sent.",
    next: "Never tell an applicant the panel's score before the decision letter is sent. Applicants who phone can be told their provisional score.",
  },
  {
    kind: 'roles',
    previous: "Grant holders must send an end-of-grant report to their grant officer.",
    next: "Grant officers must send an end-of-grant report to the grant holder.",
  },
  {
    kind: 'scope',
    previous: "Check the charity registration of every applicant.",
    next: "Check the charity registration of applicants asking for over £5,000.",
  },
  {
    kind: 'tone', tone: 'supportive',
    previous: "When an application is rejected, thank the applicant for their work, explain the main reasons and suggest other funders.",
    next: "When an application is rejected, state that it did not meet the criteria and that the decision is final.",
  },
];
