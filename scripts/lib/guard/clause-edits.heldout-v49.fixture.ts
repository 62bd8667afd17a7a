// Held-back set v49 of issue 11: hand-labelled clause edits, written blind on 2026-12-06
// (session 30) by a helper who never saw the detectors, their tests, their history or any other
// labelled set beyond the ClauseEdit type (lines 1-41 of clause-edits.fixture.ts; the names of
// its required field previous and its optional field tone were read from tsc's error messages on
// throwaway probe objects, next from the v47 header), the first 36 lines of v47 (for the file
// shape) and the domain lists of earlier sets; never tuned on; to be measured once by the lead,
// after the commit that adds it. Do not edit entries to make a detector pass.
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
// of its sentence; 6 of them hold a list on one side or both: 2 regressions with the list kept on
// both sides and 4 benign ones, 1 turning a list into prose and 3 prose into a list), so that
// length alone says nothing about the label. None of the 27 domains appears in the earlier sets'
// domain lists (read with grep -A7, comment lines only; an older set without such a list may
// share a domain unseen; the nearest listed neighbours are ski lift operations, parking
// enforcement office, midwife-led birth centre, tattoo studio, toy library, occupational health
// clinic and rope access window cleaning); all 27 start with M to Z, as v48 was written at the
// same time with domains from A to L.
// Domains: meal kit subscription, mini golf course, mobile network customer helpline, nappy
// laundry service, occupational therapy service, online marketplace seller support, paediatric
// ward, park and ride service, police custody suite, probate solicitors, residents' parking
// permits office, school photographer, scout group, ski school, smart meter installers, social
// prescribing service, sushi restaurant, telephone befriending service, town centre CCTV control
// room, toy shop, underground car park operator, volunteer centre, water company leak reporting
// line, weight management clinic, work experience placements office, youth offending team,
// Zumba fitness classes.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V49: readonly ClauseEdit[] = [
  // mini golf course
  {
    kind: "benign", variant: "abbreviation",
    previous: "Groups of more than 12 players must book a tee time at least 24 hours ahead, and every player under 8 years old needs an adult on the course with them.",
    next: "Groups of 13+ players must book a tee time at least 24 hrs ahead; every player under 8 yrs old needs an adult on the course with them.",
  },
  {
    kind: "benign", variant: "emphasis",
    previous: "Putters and balls are handed back at the kiosk before the deposit is returned.",
    next: "**Putters and balls are handed back at the kiosk BEFORE the deposit is returned.**",
  },
  {
    kind: "benign", variant: "list-prose",
    previous: "You are the booking assistant for Crazy Fairways, an indoor mini golf course in Leeds. Answer questions about opening hours, prices and party packages. Birthday parties need a £40 deposit, paid online at least 7 days before the date. The party host must give us the number of children and any food allergies when paying the deposit. Never promise a specific course slot for a party before the deposit has cleared.",
    next: "You are the booking assistant for Crazy Fairways, an indoor mini golf course in Leeds. Answer questions about opening hours, prices and party packages. Birthday parties need:\n- a £40 deposit, paid online at least 7 days before the date\n- the number of children and any food allergies, which the party host must give us when paying the deposit\nNever promise a specific course slot for a party before the deposit has cleared.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "You are the front desk assistant for Pirate Cove Adventure Golf. Tell customers that the course closes when lightning is seen within 10 km, and that rounds stopped by the weather get a free return ticket valid for 30 days. Do not offer cash refunds for weather closures.",
    next: "You are the front desk assistant for Pirate Cove Adventure Golf. If lightning is spotted 10 km away or closer, the course shuts, and anyone whose round is cut short by it is given a free return ticket they can use within 30 days. Weather closures are made good with that ticket only, never with money back.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Children under 5 play free when they share a putter with a paying adult.",
    next: "A paying adult who shares a putter with a child aged 4 or younger pays nothing extra for that child.",
  },
  {
    kind: "condition",
    previous: "Staff may close holes 7 to 9 early only when the water feature pump fails.",
    next: "Staff may close holes 7 to 9 early whenever the water feature pump is switched off for cleaning.",
  },
  {
    kind: "conjunct",
    previous: "No food, drinks or glass bottles are allowed past the first tee.",
    next: "No food or glass bottles are allowed past the first tee.",
  },
  {
    kind: "drift",
    previous: "Players who score a hole-in-one on the 18th get a free ice cream, claimed at the kiosk on the same day.",
    next: "Players who score a hole-in-one on the 18th are entered into the free ice cream draw at the kiosk each day.",
  },
  {
    kind: "modal",
    previous: "You are the customer assistant for Glowputt, a blacklight mini golf venue for all ages. The venue uses UV lighting and strobe effects on holes 12 and 13. Before booking, you must warn anyone who mentions epilepsy or light sensitivity about the strobe effects. You must also tell them that the strobes can be switched off for their group if they ask at the desk.",
    next: "You are the customer assistant for Glowputt, a blacklight mini golf venue for all ages. The venue uses UV lighting and strobe effects on holes 12 and 13. Before booking, you may warn anyone who mentions epilepsy or light sensitivity about the strobe effects. You must also tell them that the strobes can be switched off for their group if they ask at the desk.",
  },
  {
    kind: "negation",
    previous: "Balls hit over the fence are not retrieved by staff during opening hours.",
    next: "Balls hit over the fence are retrieved by staff during opening hours.",
  },
  {
    kind: "number",
    previous: "The last round starts 45 minutes before closing, and a round for a group of four takes about an hour.",
    next: "The last round starts 25 minutes before closing, and a round for a group of four takes about an hour.",
  },

  // meal kit subscription
  {
    kind: "benign", variant: "reorder",
    previous: "Customers can skip a week, change recipes or pause the plan until 23:59 on the Wednesday before delivery.",
    next: "Until 23:59 on the Wednesday before delivery, customers can pause the plan, change recipes or skip a week.",
  },
  {
    kind: "benign", variant: "spelled-negation",
    previous: "We don't ship raw fish to postcodes we can't reach within 24 hours, and we won't swap an allergen-free recipe for one that isn't.",
    next: "We do not ship raw fish to postcodes we cannot reach within 24 hours, and we will not swap an allergen-free recipe for one that is not.",
  },
  {
    kind: "benign", variant: "split-join",
    previous: "You are the support assistant for FreshCrate, a weekly meal kit subscription. Customers who report a missing or damaged ingredient get a credit for that recipe. The credit is added to their next box. Do not ask for photos of missing items, but do ask for a photo when an item arrives damaged.",
    next: "You are the support assistant for FreshCrate, a weekly meal kit subscription. Customers who report a missing or damaged ingredient get a credit for that recipe, added to their next box. Do not ask for photos of missing items. Do ask for a photo when an item arrives damaged.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "A plan cannot be cancelled by email; cancellations are only accepted through the account page or by phone.",
    next: "To cancel, the customer uses the account page or phones us; an email asking to cancel does not end the plan.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Every recipe card lists the 14 major allergens it contains, even when the amount is small.",
    next: "However small the quantity, any of the 14 major allergens present in a dish is named on its recipe card.",
  },
  {
    kind: "obligation",
    previous: "Drivers are required to leave boxes in the safe place named on the account and to photograph them there.",
    next: "Drivers are welcome to leave boxes in the safe place named on the account and to photograph them there.",
  },
  {
    kind: "order",
    previous: "When a box is lost in transit, issue the refund before asking whether the customer wants a replacement delivery.",
    next: "When a box is lost in transit, ask whether the customer wants a replacement delivery before issuing the refund.",
  },
  {
    kind: "requirement",
    previous: "You are the account assistant for GreenPlate Kitchen, a vegetarian meal kit service. Customers can change their delivery address in the app until Sunday at 18:00. If someone asks you to change it after that, check the order status first. Then tell them the box may still go to the old address. Offer to redirect it only if the courier label has not been printed.",
    next: "You are the account assistant for GreenPlate Kitchen, a vegetarian meal kit service. Customers can change their delivery address in the app until Sunday at 18:00. If someone asks you to change it after that, tell them the box may still go to the old address. Offer to redirect it only if the courier label has not been printed.",
  },
  {
    kind: "rescope",
    previous: "Promo codes apply to the first box only and cannot be combined with the referral discount.",
    next: "Promo codes apply to the first box only and cannot be combined with the referral discount. Customers who ask nicely may use both on their first box.",
  },
  {
    kind: "roles",
    previous: "The customer must tell us about a delivery problem within 48 hours, and we then reply within one working day.",
    next: "We must tell the customer about a delivery problem within 48 hours, and they then reply within one working day.",
  },
  {
    kind: "scope",
    previous: "Boxes sent anywhere in the UK travel with two ice packs.",
    next: "Boxes sent to Scotland travel with two ice packs.",
  },

  // mobile network customer helpline
  {
    kind: "benign", variant: "stricter",
    previous: "Verify identity before giving out a PUK code.",
    next: "Verify identity with the account PIN and a one-time code sent to the email on file before giving out a PUK code.",
  },
  {
    kind: "benign", variant: "units",
    previous: "A handset sent for repair is returned within 10 working days.",
    next: "A handset sent for repair is returned within two working weeks.",
  },
  {
    kind: "benign", variant: "voice",
    previous: "The retentions team approves any discount above 20%.",
    next: "Any discount above 20% is approved by the retentions team.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "You are the billing assistant for Orbit Mobile. Customers ask you about bills, payments and when their contract ends. Explain any charge the customer asks about. Do not change a payment date unless the account holder agrees. Never read out a customer's full card number; the last four digits are the most you may say.",
    next: "You are the billing assistant for Orbit Mobile. Your callers want help with what they owe, how they pay and the date their contract runs out. Whatever charge a customer queries, tell them what it is for. A payment date stays where it is until the account holder says yes to moving it. When a card comes up, say at most its final four digits and keep the rest of the number to yourself.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "A contract can be cancelled without a fee within 14 days of the phone arriving.",
    next: "For the first 14 days after the phone arrives, leaving the contract costs the customer nothing.",
  },
  {
    kind: "entity",
    previous: "You are the support assistant for Orbit Mobile. Customers who want a PAC code to move their number to another network can get it by texting PAC to 65075, free of charge. Do not try to talk them out of leaving.",
    next: "You are the support assistant for Orbit Mobile. Customers who want a PAC code to move their number to another network can get it by texting STAC to 65075, free of charge. Do not try to talk them out of leaving.",
  },
  {
    kind: "reference",
    previous: "Roaming charges in the EU follow the Roam Like at Home terms in section 6.2 of the Price Guide.",
    next: "Roaming charges in the EU follow the Roam Like at Home terms in section 2.6 of the Price Guide.",
  },
  {
    kind: "tone", tone: "patient and friendly",
    previous: "If a customer is upset about a high bill, say you understand how worrying that is, go through the charges line by line with them and explain each one in plain words.",
    next: "If a customer is upset about a high bill, remind them that they agreed to these charges, go through the charges line by line with them and explain each one in plain words.",
  },
  {
    kind: "condition",
    previous: "Offer a goodwill credit of up to £10 only when a network outage lasted longer than 24 hours in the customer's area.",
    next: "Offer a goodwill credit of up to £10 whenever a customer reports a network outage in their area.",
  },
  {
    kind: "conjunct",
    previous: "Before discussing an account, confirm the customer's full name, date of birth and account PIN.",
    next: "Before discussing an account, confirm the customer's full name and date of birth.",
  },
  {
    kind: "drift",
    previous: "Customers can cap their monthly spend on extras at any amount from £0 to £50 in the app.",
    next: "Customers can set a monthly spend alert for extras at any amount from £0 to £50 in the app.",
  },

  // nappy laundry service
  {
    kind: "benign", variant: "abbreviation",
    previous: "Collection bags are picked up on Monday and Thursday mornings between 7 and 10 o'clock, and clean nappies are dropped off at the same visit.",
    next: "Collection bags are picked up Mon and Thu mornings, 7-10am; clean nappies are dropped off at the same visit.",
  },
  {
    kind: "benign", variant: "emphasis",
    previous: "You are the customer assistant for Little Loop Nappy Laundry. Nappies soiled by a baby on antibiotics or with a stomach bug must be sealed in the red bag, not the grey one. Tell parents this whenever they mention illness.",
    next: "You are the customer assistant for Little Loop Nappy Laundry. **Important:** nappies soiled by a baby on antibiotics or with a stomach bug must be sealed in the **red** bag, not the grey one. Always tell parents this whenever they mention illness.",
  },
  {
    kind: "benign", variant: "list-prose",
    previous: "Do not put these in the nappy bin:\n- wet wipes\n- disposable liners\n- nappy cream tubes",
    next: "Wet wipes, disposable liners and nappy cream tubes must not go in the nappy bin.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Lost nappies are charged at £4.50 each after the third missing nappy in a calendar month.",
    next: "The first three nappies that go missing in any calendar month cost nothing; from the fourth on, each one is billed at £4.50.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Washing is done at 60°C with no fabric softener.",
    next: "Every wash runs at 60°C, and fabric softener is left out of all of them.",
  },
  {
    kind: "modal",
    previous: "Drivers must wear gloves when handling collection bags.",
    next: "Drivers should wear gloves when handling collection bags where possible.",
  },
  {
    kind: "negation",
    previous: "A family's own nappies are never pooled with other families' stock.",
    next: "A family's own nappies are always pooled with other families' stock.",
  },
  {
    kind: "number",
    previous: "A bin that has not been put out for 2 collections in a row triggers a phone call to the parent.",
    next: "A bin that has not been put out for 4 collections in a row triggers a phone call to the parent.",
  },
  {
    kind: "obligation",
    previous: "You are the scheduling assistant for Bumble Wash, a nappy laundry service in Bristol. Families choose a weekly or twice-weekly collection plan. When a family goes on holiday, you must pause their collections for the dates they give. You are required to confirm the pause by email on the same day.",
    next: "You are the scheduling assistant for Bumble Wash, a nappy laundry service in Bristol. Families choose a weekly or twice-weekly collection plan. When a family goes on holiday, you must pause their collections for the dates they give. You are welcome to confirm the pause by email on the same day.",
  },
  {
    kind: "order",
    previous: "Every bag is weighed before it is opened, so that any dispute about the count can be checked.",
    next: "Every bag is opened before it is weighed, so that any dispute about the count can be checked.",
  },
  {
    kind: "requirement",
    previous: "When a family cancels, collect the last bag and refund the £30 deposit. Before the refund, count the returned nappies against the loan record.",
    next: "When a family cancels, collect the last bag and refund the £30 deposit.",
  },

  // occupational therapy service
  {
    kind: "benign", variant: "reorder",
    previous: "Clients can bring a family member to the first appointment, and they should wear comfortable shoes.",
    next: "Clients should wear comfortable shoes, and they can bring a family member to the first appointment.",
  },
  {
    kind: "benign", variant: "spelled-negation",
    previous: "Therapists mustn't lift a client alone, and they shouldn't use a hoist they haven't been trained on.",
    next: "Therapists must not lift a client alone, and they should not use a hoist they have not been trained on.",
  },
  {
    kind: "benign", variant: "split-join",
    previous: "You are the appointment assistant for Westside Community Occupational Therapy. Clients can move an appointment up to 48 hours before it starts. Later changes must go through the duty therapist. Never cancel an appointment on a client's behalf without speaking to them.",
    next: "You are the appointment assistant for Westside Community Occupational Therapy. Clients can move an appointment up to 48 hours before it starts, but later changes must go through the duty therapist. Never cancel an appointment on a client's behalf without speaking to them.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Equipment must be returned within 28 days once it is no longer needed.",
    next: "Once a client has finished with a piece of equipment, it has to be back with us no later than 28 days after that.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Do not discharge a client while a referral to another service is still open.",
    next: "A client stays on our caseload for as long as any onward referral of theirs remains open.",
  },
  {
    kind: "rescope",
    previous: "You are the referral assistant for Westside Community Occupational Therapy. Anyone registered with a GP in the borough can refer themselves. Ask for their name, address and the daily tasks they struggle with. Do not give clinical advice about equipment or exercises. Explain that a therapist will phone within 10 working days.",
    next: "You are the referral assistant for Westside Community Occupational Therapy. Anyone registered with a GP in the borough can refer themselves. Ask for their name, address and the daily tasks they struggle with. Do not give clinical advice about equipment or exercises. Explain that a therapist will phone within 10 working days, and in the meantime suggest which grab rails or bath seats they could buy.",
  },
  {
    kind: "roles",
    previous: "The therapist must assess the home before the council fits any rails or ramps.",
    next: "The council must assess the home before the therapist fits any rails or ramps.",
  },
  {
    kind: "scope",
    previous: "You are the equipment assistant for Westside Community Occupational Therapy. Every piece of loaned equipment, from bath boards to hoists, is serviced once a year by our contractor. Remind clients of their service visit a week ahead.",
    next: "You are the equipment assistant for Westside Community Occupational Therapy. Every hoist we loan is serviced once a year by our contractor. Remind clients of their service visit a week ahead.",
  },
  {
    kind: "entity",
    previous: "Requests for a wheelchair are passed to the Wheelchair Service, not handled by our team.",
    next: "Requests for a wheelchair are passed to the Community Equipment Store, not handled by our team.",
  },
  {
    kind: "reference",
    previous: "Home visits follow the lone working procedure in Appendix C of the staff handbook.",
    next: "Home visits follow the lone working procedure in Appendix E of the staff handbook.",
  },
  {
    kind: "tone", tone: "warm and encouraging",
    previous: "When a client finds an exercise hard, acknowledge the effort they made, suggest a smaller step and agree together when to try again.",
    next: "When a client finds an exercise hard, point out that they are not trying enough, suggest a smaller step and agree together when to try again.",
  },

  // online marketplace seller support
  {
    kind: "benign", variant: "stricter",
    previous: "Sellers must reply to buyer messages within 48 hours.",
    next: "Sellers must reply to buyer messages within 24 hours, weekends included.",
  },
  {
    kind: "benign", variant: "units",
    previous: "Parcels over 30 kg cannot be sent with the marketplace's own shipping labels.",
    next: "Parcels heavier than thirty kilograms cannot be sent with the marketplace's own shipping labels.",
  },
  {
    kind: "benign", variant: "voice",
    previous: "Our trust team reviews every new seller's first five listings before they go live.",
    next: "Every new seller's first five listings are reviewed by our trust team before they go live.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "You are the help assistant for Tradeloft sellers. Answer questions about fees, listings and payouts. The final value fee is 8% of the sale price, including delivery. Do not promise fee refunds; only the billing team can grant them. Point sellers to the Fees page for the full table.",
    next: "You are the help assistant for Tradeloft sellers. You handle their questions on payouts, listings and what they are charged. On each sale we take 8% of what the buyer pays, delivery included. Fee refunds are for the billing team alone to decide, so give the seller no promise of one. For the complete table, send sellers to the Fees page.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "A seller account may only be linked to one bank account at a time.",
    next: "At any moment, one bank account is the most a seller account can be linked to.",
  },
  {
    kind: "condition",
    previous: "Payouts are held for 7 days when a seller has fewer than 10 completed orders.",
    next: "Payouts are held for 7 days when a seller has an open dispute.",
  },
  {
    kind: "conjunct",
    previous: "Listings must show the item's condition, the delivery cost and the returns policy.",
    next: "Listings must show the item's condition and the delivery cost.",
  },
  {
    kind: "drift",
    previous: "You are the seller support assistant for Tradeloft, an online marketplace. Sellers must dispatch orders within 3 working days of payment. Tell sellers who miss this that their listing ranking will drop for 30 days.",
    next: "You are the seller support assistant for Tradeloft, an online marketplace. Sellers must confirm orders within 3 working days of payment. Tell sellers who miss this that their listing ranking will drop for 30 days.",
  },
  {
    kind: "modal",
    previous: "Sellers must not ask buyers to pay outside the platform.",
    next: "Sellers should try not to ask buyers to pay outside the platform.",
  },
  {
    kind: "negation",
    previous: "Counterfeit reports are never closed without a reply to the rights holder.",
    next: "Counterfeit reports are closed without a reply to the rights holder.",
  },
  {
    kind: "number",
    previous: "Sellers can relist an item removed for a policy breach only after 14 days.",
    next: "Sellers can relist an item removed for a policy breach only after 4 days.",
  },

  // park and ride service
  {
    kind: "benign", variant: "abbreviation",
    previous: "Buses leave the Riverside site every 12 minutes from 06:30 until 19:30, Monday to Saturday.",
    next: "Buses leave the Riverside site every 12 mins, 06:30-19:30, Mon-Sat.",
  },
  {
    kind: "benign", variant: "emphasis",
    previous: "Cars left overnight will be reported to the police after 48 hours.",
    next: "Please note: cars left overnight WILL be reported to the police after 48 hours.",
  },
  {
    kind: "benign", variant: "list-prose",
    previous: "You are the travel assistant for Northgate Park and Ride. The ticket price covers parking and a return bus trip for the driver and up to four passengers, and children under 16 travel free. Tickets are bought at the machines or in the app, and they are not sold on the bus.",
    next: "You are the travel assistant for Northgate Park and Ride. A ticket covers:\n- parking\n- a return bus trip for the driver and up to four passengers\n- free travel for children under 16\nTickets are bought at the machines or in the app, and they are not sold on the bus.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Motorhomes and vehicles taller than 2.1 m cannot use the covered car park.",
    next: "The covered car park takes only vehicles no taller than 2.1 m, and never motorhomes.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Drivers must display their ticket face up on the dashboard.",
    next: "A ticket tucked away out of sight does not count: it has to lie face up on the dashboard where it can be read.",
  },
  {
    kind: "obligation",
    previous: "Bus drivers must wait for passengers they can see running to the stop.",
    next: "Bus drivers are free to wait for passengers they can see running to the stop.",
  },
  {
    kind: "order",
    previous: "You are the customer assistant for Northgate Park and Ride. Customers who lose their ticket can still leave the car park. They must pay the £5 lost ticket fee at the pay machine before pressing the intercom at the exit barrier. Do not suggest any other way out of the car park.",
    next: "You are the customer assistant for Northgate Park and Ride. Customers who lose their ticket can still leave the car park. They must press the intercom at the exit barrier before paying the £5 lost ticket fee at the pay machine. Do not suggest any other way out of the car park.",
  },
  {
    kind: "requirement",
    previous: "Wheelchair users are helped on board with the ramp. The driver must secure the wheelchair with the floor straps before moving off.",
    next: "Wheelchair users are helped on board with the ramp.",
  },
  {
    kind: "rescope",
    previous: "The car park is for bus passengers only; drivers who do not take the bus are charged the £20 non-user fee.",
    next: "The car park is for bus passengers only; drivers who do not take the bus are charged the £20 non-user fee. Shoppers walking into town may park for free.",
  },
  {
    kind: "roles",
    previous: "The site attendant checks that each parked car has a valid ticket, and the council issues the penalty notice.",
    next: "The council checks that each parked car has a valid ticket, and the site attendant issues the penalty notice.",
  },
  {
    kind: "scope",
    previous: "Electric vehicle bays at every site may only be used while the car is charging.",
    next: "Electric vehicle bays at the Riverside site may only be used while the car is charging.",
  },

  // paediatric ward
  {
    kind: "benign", variant: "reorder",
    previous: "Before discharge, the nurse goes through the medicines with the parents and books the follow-up appointment.",
    next: "Before discharge, the nurse books the follow-up appointment and goes through the medicines with the parents.",
  },
  {
    kind: "benign", variant: "spelled-negation",
    previous: "Parents can't sleep in the bed with their child, and food isn't to be eaten at the bedside.",
    next: "Parents cannot sleep in the bed with their child, and food is not to be eaten at the bedside.",
  },
  {
    kind: "benign", variant: "split-join",
    previous: "You are the ward information assistant for the children's ward at Kingsmead Hospital. Parents can use the parents' kitchen at any time. Hot drinks must be carried in lidded cups. Do not give advice about a child's treatment; refer those questions to the nurse in charge.",
    next: "You are the ward information assistant for the children's ward at Kingsmead Hospital. Parents can use the parents' kitchen at any time, but hot drinks must be carried in lidded cups. Do not give advice about a child's treatment. Refer those questions to the nurse in charge.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "A child may only leave the ward with a parent or a member of staff.",
    next: "Whenever a child is off the ward, a parent or a staff member is with them.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Do not photograph other children on the ward.",
    next: "The only children a parent may photograph on the ward are their own.",
  },
  {
    kind: "entity",
    previous: "Visitors with cold or flu symptoms must speak to the nurse in charge before entering the ward.",
    next: "Visitors with cold or flu symptoms must speak to the ward receptionist before entering the ward.",
  },
  {
    kind: "reference",
    previous: "Medicines brought from home are handled as set out in section 9 of the Medicines Policy.",
    next: "Medicines brought from home are handled as set out in section 19 of the Medicines Policy.",
  },
  {
    kind: "tone", tone: "gentle and reassuring",
    previous: "When a parent asks why their child's test results are taking so long, explain that the lab is busy today, give the expected time and offer to ask the nurse in charge for an update.",
    next: "When a parent asks why their child's test results are taking so long, tell them the lab is busy and they will have to wait like everyone else, give the expected time and offer to ask the nurse in charge for an update.",
  },
  {
    kind: "condition",
    previous: "You are the family information assistant for Ward 4, the children's ward at St Anne's Hospital. One parent or carer may stay overnight beside their child. Siblings may visit between 14:00 and 19:00. Siblings under 12 can only visit if no child on the bay has an infection alert. Ask parents to check at the nurses' station before bringing siblings.",
    next: "You are the family information assistant for Ward 4, the children's ward at St Anne's Hospital. One parent or carer may stay overnight beside their child. Siblings may visit between 14:00 and 19:00. Siblings under 12 can only visit if they themselves have no cold or fever. Ask parents to check at the nurses' station before bringing siblings.",
  },
  {
    kind: "conjunct",
    previous: "Nuts, latex balloons and hot drinks are not allowed in the play room.",
    next: "Nuts and hot drinks are not allowed in the play room.",
  },
  {
    kind: "drift",
    previous: "Every child must wear two identity bands, one on a wrist and one on an ankle.",
    next: "Every child must have two identity checks, one on admission and one on discharge.",
  },

  // police custody suite
  {
    kind: "benign", variant: "stricter",
    previous: "Detainees assessed as at risk are checked at least every 30 minutes.",
    next: "Detainees assessed as at risk are checked at least every 15 minutes.",
  },
  {
    kind: "benign", variant: "units",
    previous: "A detainee can normally be held for up to 24 hours before being charged or released.",
    next: "A detainee can normally be held for up to one day before being charged or released.",
  },
  {
    kind: "benign", variant: "voice",
    previous: "You are the information assistant for the Eastbrook custody suite, answering calls from families and solicitors. You can confirm whether a named person is in custody only if they have agreed to it. The custody officer decides whether a detainee can receive a visit. Families may leave clothing and medicine at the front desk. Staff check every item before it is given to the detainee.",
    next: "You are the information assistant for the Eastbrook custody suite; calls from families and solicitors are answered by you. Whether a named person is in custody can be confirmed by you only if they have agreed to it. Whether a detainee can receive a visit is decided by the custody officer. Clothing and medicine may be left at the front desk by families. Every item is checked by staff before it is given to the detainee.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "No detainee is interviewed without being told of their right to free legal advice.",
    next: "Every detainee hears of their right to free legal advice before any interview.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Children under 18 must have an appropriate adult present during interview.",
    next: "If the person being interviewed is 17 or younger, an appropriate adult has to be in the room.",
  },
  {
    kind: "modal",
    previous: "The duty inspector must review detention 6 hours after it was first authorised.",
    next: "The duty inspector may review detention 6 hours after it was first authorised.",
  },
  {
    kind: "negation",
    previous: "Belts, shoelaces and cords are removed before a detainee is placed in a cell.",
    next: "Belts, shoelaces and cords are not removed before a detainee is placed in a cell.",
  },
  {
    kind: "number",
    previous: "You are the custody records assistant for Eastbrook police station. Solicitors can request the custody record for their client up to 12 months after release. Send copies only to the email address registered with the Law Society.",
    next: "You are the custody records assistant for Eastbrook police station. Solicitors can request the custody record for their client up to 6 months after release. Send copies only to the email address registered with the Law Society.",
  },
  {
    kind: "obligation",
    previous: "Custody staff are required to offer a meal at regular meal times.",
    next: "Custody staff have discretion to offer a meal at regular meal times.",
  },
  {
    kind: "order",
    previous: "Search the detainee before they are placed in a cell, and record the items found before they are sealed in a property bag.",
    next: "Search the detainee before they are placed in a cell, and seal the items found in a property bag before recording them.",
  },
  {
    kind: "requirement",
    previous: "When a detainee says they feel unwell, call the healthcare practitioner without waiting for the next check. Every such call is written up in the custody log with the time it was made.",
    next: "When a detainee says they feel unwell, call the healthcare practitioner without waiting for the next check.",
  },

  // probate solicitors
  {
    kind: "benign", variant: "abbreviation",
    previous: "You are the client assistant for Harrow & Lyle Probate Solicitors. Inheritance tax must be paid by the end of the sixth month after the death, or HM Revenue and Customs charges interest. Remind executors of this date when they first call.",
    next: "You are the client assistant for Harrow & Lyle Probate Solicitors. IHT must be paid by the end of the 6th month after the death, or HMRC charges interest. Remind executors of this date when they first call.",
  },
  {
    kind: "benign", variant: "emphasis",
    previous: "Do not distribute any money to beneficiaries until the six-month claims period has passed.",
    next: "Do **not** distribute any money to beneficiaries until the six-month claims period has passed.",
  },
  {
    kind: "benign", variant: "list-prose",
    previous: "To start a probate file we need the death certificate, the original will and a list of the person's bank accounts.",
    next: "To start a probate file we need:\n1. the death certificate\n2. the original will\n3. a list of the person's bank accounts",
  },
  {
    kind: "benign", variant: "reword",
    previous: "You are the billing assistant for Harrow & Lyle Probate Solicitors. Our fee is paid from the estate, never by the executor personally. If the estate cannot cover it, refer the caller to the partner in charge.",
    next: "You are the billing assistant for Harrow & Lyle Probate Solicitors. The money for our fee comes out of the estate; executors are not asked to pay it from their own pockets. Where the estate is too small to meet it, put the caller through to the partner in charge.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Keep every probate file for at least 15 years after the estate is closed.",
    next: "No probate file is destroyed until 15 years have passed since the estate was closed.",
  },
  {
    kind: "rescope",
    previous: "You are the enquiries assistant for Harrow & Lyle Probate Solicitors. You can explain our fixed fees and the steps of a grant of probate. Do not tell callers whether a will is valid. Only a solicitor can give that view after reading it.",
    next: "You are the enquiries assistant for Harrow & Lyle Probate Solicitors. You can explain our fixed fees and the steps of a grant of probate. Do not tell callers whether a will is valid. Only a solicitor can give that view after reading it, but if the will is handwritten you can tell them it is probably invalid.",
  },
  {
    kind: "roles",
    previous: "The executor signs the estate accounts after the solicitor has drafted them.",
    next: "The solicitor signs the estate accounts after the executor has drafted them.",
  },
  {
    kind: "scope",
    previous: "We check the identity of every executor before opening a file.",
    next: "We check the identity of the lead executor before opening a file.",
  },
  {
    kind: "entity",
    previous: "The IHT400 account is sent to HMRC before the probate application is made.",
    next: "The IHT400 account is sent to the Probate Registry before the probate application is made.",
  },
  {
    kind: "reference",
    previous: "Our fees for a full estate administration are set out in Schedule 2 of the client care letter.",
    next: "Our fees for a full estate administration are set out in Schedule 3 of the client care letter.",
  },
  {
    kind: "tone", tone: "compassionate and unhurried",
    previous: "Many callers have recently lost someone; let them take their time, and say you are sorry for their loss before asking about the estate.",
    next: "Many callers have recently lost someone; do not let them take up your time, and ask about the estate straight away without saying you are sorry for their loss.",
  },

  // residents' parking permits office
  {
    kind: "benign", variant: "reorder",
    previous: "Replacement permits cost £10 and are posted within 5 working days; a stolen permit needs a crime reference number.",
    next: "A stolen permit needs a crime reference number; replacement permits cost £10 and are posted within 5 working days.",
  },
  {
    kind: "benign", variant: "spelled-negation",
    previous: "You are the parking permits assistant for Millbrook Borough Council. Residents can't apply for more than one permit per vehicle. Don't accept a photo of a logbook that's been cropped. If you aren't sure which zone an address is in, check the zone map.",
    next: "You are the parking permits assistant for Millbrook Borough Council. Residents cannot apply for more than one permit per vehicle. Do not accept a photo of a logbook that has been cropped. If you are not sure which zone an address is in, check the zone map.",
  },
  {
    kind: "benign", variant: "split-join",
    previous: "Permits are checked by civil enforcement officers. They may issue a penalty charge notice if no valid permit is shown.",
    next: "Permits are checked by civil enforcement officers, who may issue a penalty charge notice if no valid permit is shown.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Suspending bays for a house move must be requested at least 10 working days in advance.",
    next: "Anyone needing bays suspended for a house move has to ask us no later than 10 working days before the move.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Never issue a permit for a vehicle that is not taxed.",
    next: "A vehicle receives a permit only when its tax is up to date.",
  },
  {
    kind: "condition",
    previous: "A visitor permit is refunded only if it is returned unused before its start date.",
    next: "A visitor permit is refunded only if it is returned before its end date.",
  },
  {
    kind: "conjunct",
    previous: "Applicants must upload proof of address, the V5C logbook and, for company cars, a letter from the employer.",
    next: "Applicants must upload proof of address and, for company cars, a letter from the employer.",
  },
  {
    kind: "drift",
    previous: "Each household can hold at most two resident permits.",
    next: "Each household can hold at most two visitor permit books.",
  },
  {
    kind: "modal",
    previous: "You are the permits assistant for Millbrook Borough Council's parking office. You help residents apply for, renew and replace parking permits. Permits run for 12 months from the date they are issued. You must remind residents of their renewal date when they contact us in the last month of a permit. You must not issue a permit to an address outside the zone.",
    next: "You are the permits assistant for Millbrook Borough Council's parking office. You help residents apply for, renew and replace parking permits. Permits run for 12 months from the date they are issued. You must remind residents of their renewal date when they contact us in the last month of a permit. You should avoid issuing a permit to an address outside the zone.",
  },
  {
    kind: "negation",
    previous: "Permits are not transferable between vehicles registered at different addresses.",
    next: "Permits are transferable between vehicles registered at different addresses.",
  },
  {
    kind: "number",
    previous: "Blue Badge holders get a resident permit free; everyone else pays £85 a year.",
    next: "Blue Badge holders get a resident permit free; everyone else pays £58 a year.",
  },

  // school photographer
  {
    kind: "benign", variant: "stricter",
    previous: "Memory cards are emptied onto the studio server within 3 days of each session.",
    next: "Memory cards are emptied onto the studio server by the end of the day of each session, and wiped once the copy is checked.",
  },
  {
    kind: "benign", variant: "units",
    previous: "Online galleries stay open for 6 weeks after the session.",
    next: "Online galleries stay open for 42 days after the session.",
  },
  {
    kind: "benign", variant: "voice",
    previous: "Parents can request a retake on the school's retake day if they are unhappy with the photo.",
    next: "A retake on the school's retake day can be requested by parents who are unhappy with the photo.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "You are the orders assistant for Brightframe School Photography. Parents ask you about prints, sibling photos and delivery. Prints are sent to the school, not home, unless the parent pays £3.95 for home delivery. Sibling photos can only be taken if every child has a signed form. Never send a photo to anyone other than the parent who ordered it.",
    next: "You are the orders assistant for Brightframe School Photography. Your questions come from parents and cover delivery, prints and photos of brothers and sisters together. Printed orders go to the school by default; home delivery costs £3.95 extra and is the only way to have them posted to the family. Brothers and sisters are photographed together only when each of them has a signed form. The one person who may receive a photo is the parent who ordered it.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "We do not edit out braces, glasses or birthmarks unless the parent asks.",
    next: "Braces, glasses and birthmarks stay in the picture as they are, except when a parent requests their removal.",
  },
  {
    kind: "obligation",
    previous: "Photographers must have an enhanced DBS check before working at any school.",
    next: "Photographers are advised to have an enhanced DBS check before working at any school.",
  },
  {
    kind: "order",
    previous: "You are the customer assistant for Brightframe School Photography. Parents must order prints within 14 days of receiving the proof card, and orders are printed only after payment clears. Answer questions about:\n- packs and prices\n- delivery to school or home\n- retake days",
    next: "You are the customer assistant for Brightframe School Photography. Parents must order prints within 14 days of receiving the proof card, and payment is taken only after orders are printed. Answer questions about:\n- packs and prices\n- delivery to school or home\n- retake days",
  },
  {
    kind: "requirement",
    previous: "Before a class photo session, collect the school's list of pupils whose parents have refused consent. Keep those pupils out of every group shot. Check the list again before any print leaves the studio.",
    next: "Before a class photo session, collect the school's list of pupils whose parents have refused consent. Keep those pupils out of every group shot.",
  },
  {
    kind: "rescope",
    previous: "Pupils' photos are deleted 12 months after the session unless a parent has ordered prints.",
    next: "Pupils' photos are deleted 12 months after the session unless a parent has ordered prints. Photos of pupils who appear in our brochure are kept indefinitely.",
  },
  {
    kind: "roles",
    previous: "The school sends parents the online ordering code; the photographer never contacts parents directly.",
    next: "The photographer sends parents the online ordering code; the school never contacts parents directly.",
  },
  {
    kind: "scope",
    previous: "No pupil is photographed alone with the photographer; a member of school staff stays in the room for every session.",
    next: "No pupil is photographed alone with the photographer; a member of school staff stays in the room for nursery sessions.",
  },

  // scout group
  {
    kind: "benign", variant: "abbreviation",
    previous: "Beavers, aged 6 to 8 years, meet on Tuesdays from 6pm to 7pm at the Scout Hut on Mill Lane.",
    next: "Beavers (aged 6-8 yrs) meet Tues, 6-7pm, at the Scout Hut, Mill Ln.",
  },
  {
    kind: "benign", variant: "emphasis",
    previous: "You are the camp information assistant for the 3rd Ashford Scout Group. Every camper must hand in a completed health form at the start of camp. A camper without one cannot stay overnight.",
    next: "You are the camp information assistant for the 3rd Ashford Scout Group. Please note: every camper MUST hand in a completed health form at the start of camp. A camper without one **cannot** stay overnight.",
  },
  {
    kind: "benign", variant: "list-prose",
    previous: "Uniform for Cubs:\n- green sweatshirt\n- group necker and woggle\n- activity trousers or a skirt",
    next: "Cubs' uniform is a green sweatshirt, the group necker and woggle, and activity trousers or a skirt.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Medicines must stay in the locked first aid box and are given out only by the camp's first aider.",
    next: "The first aider is the one person who hands out medicines at camp, and between doses they are kept locked in the first aid box.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Leaders don't post photos in which a young person can be identified by name.",
    next: "Any photo a leader posts keeps the young people in it nameless.",
  },
  {
    kind: "entity",
    previous: "Every camp must be approved by the District Commissioner at least 4 weeks before it starts.",
    next: "Every camp must be approved by the Group Scout Leader at least 4 weeks before it starts.",
  },
  {
    kind: "reference",
    previous: "You are the parent helper assistant for the 3rd Ashford Scout Group. Answer questions about meeting times, uniform and subscriptions. For questions about safeguarding, point parents to the Yellow Card in the joining pack. Never give out a leader's personal phone number.",
    next: "You are the parent helper assistant for the 3rd Ashford Scout Group. Answer questions about meeting times, uniform and subscriptions. For questions about safeguarding, point parents to the Orange Card in the joining pack. Never give out a leader's personal phone number.",
  },
  {
    kind: "tone", tone: "friendly and welcoming",
    previous: "When a parent asks why their child is still on the waiting list, thank them for their patience, tell them their place on the list and mention that we are always looking for new volunteer leaders.",
    next: "When a parent asks why their child is still on the waiting list, tell them their place on the list and that it would move faster if parents like them bothered to volunteer as leaders.",
  },
  {
    kind: "condition",
    previous: "Young people may leave a meeting early only when a parent collects them in person.",
    next: "Young people may leave a meeting early when a parent has texted a leader.",
  },
  {
    kind: "conjunct",
    previous: "For any activity on water, leaders need the activity permit, the signed parental consent and a headcount on the boat log.",
    next: "For any activity on water, leaders need the activity permit and a headcount on the boat log.",
  },
  {
    kind: "drift",
    previous: "Phones are handed to a leader at the start of each camp and returned at the end.",
    next: "Phones are switched off at the start of each camp and kept in tents until the end.",
  },

  // ski school
  {
    kind: "benign", variant: "reorder",
    previous: "Lift passes are not included in the lesson price, and they must be bought before the first lesson.",
    next: "Lift passes must be bought before the first lesson, and they are not included in the lesson price.",
  },
  {
    kind: "benign", variant: "spelled-negation",
    previous: "Instructors won't take a group off-piste, and pupils mustn't ski ahead of the instructor.",
    next: "Instructors will not take a group off-piste, and pupils must not ski ahead of the instructor.",
  },
  {
    kind: "benign", variant: "split-join",
    previous: "You are the lessons assistant for Alpenglow Ski School. Groups have at most 8 pupils, and each group is matched by level on the first morning. Pupils may change group only with the head instructor's agreement. Answer in the customer's language when you can.",
    next: "You are the lessons assistant for Alpenglow Ski School. Groups have at most 8 pupils. Each group is matched by level on the first morning, and pupils may change group only with the head instructor's agreement. Answer in the customer's language when you can.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Children under 12 must be collected by an adult named on the booking.",
    next: "Only an adult whose name is on the booking can take a child aged 11 or younger home from a lesson.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "A lesson cancelled by the school because of weather is credited in full.",
    next: "When we call off a lesson because of the weather, the pupil gets the whole price back as a credit.",
  },
  {
    kind: "modal",
    previous: "You are the booking assistant for Alpenglow Ski School in Morzine. Group lessons run from 09:15 to 11:45, Sunday to Friday. Children aged 4 and 5 join the Snow Garden group, not the main classes. In every lesson each child must wear:\n- a helmet\n- gloves\n- the ski school bib\nInstructors must be told of any allergy or medical condition at booking.",
    next: "You are the booking assistant for Alpenglow Ski School in Morzine. Group lessons run from 09:15 to 11:45, Sunday to Friday. Children aged 4 and 5 join the Snow Garden group, not the main classes. In every lesson each child should wear:\n- a helmet\n- gloves\n- the ski school bib\nInstructors must be told of any allergy or medical condition at booking.",
  },
  {
    kind: "negation",
    previous: "Lessons are not refunded when the lifts are open but the pupil decides not to come.",
    next: "Lessons are refunded when the lifts are open but the pupil decides not to come.",
  },
  {
    kind: "number",
    previous: "You are the customer assistant for Alpenglow Ski School. Private lessons can be cancelled free of charge up to 48 hours before they start. After that, the full price is charged unless the ski area is closed. Do not make exceptions for illness without a doctor's note.",
    next: "You are the customer assistant for Alpenglow Ski School. Private lessons can be cancelled free of charge up to 4 hours before they start. After that, the full price is charged unless the ski area is closed. Do not make exceptions for illness without a doctor's note.",
  },
  {
    kind: "obligation",
    previous: "Pupils are required to have third-party insurance for skiing.",
    next: "Pupils are invited to take out third-party insurance for skiing.",
  },
  {
    kind: "order",
    previous: "At the end of a children's lesson, the instructor checks the parent's collection card before handing the child over.",
    next: "At the end of a children's lesson, the instructor hands the child over before checking the parent's collection card.",
  },
  {
    kind: "requirement",
    previous: "Beginners meet at the ski school hut 20 minutes before their first lesson to collect a bib. An instructor checks their boots and bindings before they go on the slope.",
    next: "Beginners meet at the ski school hut 20 minutes before their first lesson to collect a bib.",
  },

  // smart meter installers
  {
    kind: "benign", variant: "stricter",
    previous: "Engineers wear shoe covers inside the home.",
    next: "Engineers wear shoe covers inside the home and lay a dust sheet under the meter before they start.",
  },
  {
    kind: "benign", variant: "units",
    previous: "A standard installation takes about 2 hours, and the power is off for up to 30 minutes.",
    next: "A standard installation takes about 120 minutes, and the power is off for up to half an hour.",
  },
  {
    kind: "benign", variant: "voice",
    previous: "The engineer explains the in-home display to the customer before leaving the property.",
    next: "The in-home display is explained to the customer by the engineer before the property is left.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "You are the customer assistant for Brightwatt Metering. Customers may refuse a smart meter. If they do, note the refusal and do not book a visit. Do not tell customers that smart meters are compulsory. Offer the information leaflet by post or email.",
    next: "You are the customer assistant for Brightwatt Metering. A smart meter is the customer's choice, and saying no is allowed. Where someone declines, record that they declined and leave the diary empty for them. Never suggest the law makes them have one. Offer to send our information leaflet, by email or in the post.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Never leave an old meter at the customer's home.",
    next: "Every old meter goes away in the engineer's van.",
  },
  {
    kind: "rescope",
    previous: "Engineers must not start work if the existing meter shows signs of tampering; they report it to the supplier instead.",
    next: "Engineers must start work if the existing meter shows no signs of tampering; they report it to the supplier instead.",
  },
  {
    kind: "roles",
    previous: "You are the appointment assistant for Brightwatt Metering, which installs smart meters for energy suppliers. The customer must make sure an adult aged 18 or over is at home for the whole visit. The engineer must show their ID badge to the customer at the door before entering.",
    next: "You are the appointment assistant for Brightwatt Metering, which installs smart meters for energy suppliers. The customer must make sure an adult aged 18 or over is at home for the whole visit. The customer must show their ID to the engineer at the door before the engineer enters.",
  },
  {
    kind: "scope",
    previous: "Before leaving, engineers test every gas appliance in the home.",
    next: "Before leaving, engineers test the gas boiler in the home.",
  },
  {
    kind: "entity",
    previous: "If the engineer smells gas, they call the National Gas Emergency Service and leave the property.",
    next: "If the engineer smells gas, they call the energy supplier's helpline and leave the property.",
  },
  {
    kind: "reference",
    previous: "Asbestos found near the meter is handled under procedure SM-07 of the field manual.",
    next: "Asbestos found near the meter is handled under procedure SM-17 of the field manual.",
  },
  {
    kind: "tone", tone: "polite and clear",
    previous: "If the customer is not home at the booked time, leave a card saying sorry we missed you and explaining how to rebook.",
    next: "If the customer is not home at the booked time, leave a card saying they wasted an engineer's visit and explaining how to rebook.",
  },

  // social prescribing service
  {
    kind: "benign", variant: "abbreviation",
    previous: "You are the information assistant for the Greenway Social Prescribing Service. We are open Monday to Friday, 9am to 5pm, and closed on bank holidays. Anyone who needs urgent medical help should call 999 or NHS 111, not this service.",
    next: "You are the info assistant for the Greenway Social Prescribing Service. We are open Mon-Fri, 9am-5pm, and closed on bank hols. Anyone who needs urgent medical help should call 999 or NHS 111, not this service.",
  },
  {
    kind: "benign", variant: "emphasis",
    previous: "Link workers never give medical advice.",
    next: "Link workers NEVER give medical advice.",
  },
  {
    kind: "benign", variant: "list-prose",
    previous: "A referral needs the client's name, a phone number and the reason for the referral, and it needs the client's consent.",
    next: "A referral needs:\n- the client's name\n- a phone number\n- the reason for the referral\n- the client's consent",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Clients may bring a friend or carer to any session.",
    next: "Nobody is turned away from a session for bringing a carer or a friend along.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "A client's records are kept for at least 8 years after the last contact.",
    next: "Nothing in a client's record is deleted before 8 years have passed since we last heard from them.",
  },
  {
    kind: "condition",
    previous: "Link workers visit a client at home only if the client cannot travel to the surgery.",
    next: "Link workers visit a client at home if the client prefers not to travel to the surgery.",
  },
  {
    kind: "conjunct",
    previous: "Referrals are accepted from GPs, practice nurses and pharmacists.",
    next: "Referrals are accepted from GPs and pharmacists.",
  },
  {
    kind: "drift",
    previous: "Each client gets up to 6 sessions with a link worker.",
    next: "Each client gets up to 6 referrals to community groups from a link worker.",
  },
  {
    kind: "modal",
    previous: "You are the intake assistant for the Greenway Social Prescribing Service. You take self-referrals from adults who feel lonely, stressed or stuck. If someone mentions thoughts of suicide, you must give them the Samaritans number, 116 123, straight away. You must also alert the duty link worker.",
    next: "You are the intake assistant for the Greenway Social Prescribing Service. You take self-referrals from adults who feel lonely, stressed or stuck. If someone mentions thoughts of suicide, you can give them the Samaritans number, 116 123, straight away. You must also alert the duty link worker.",
  },
  {
    kind: "negation",
    previous: "Link workers do not share a client's notes with community groups.",
    next: "Link workers share a client's notes with community groups.",
  },
  {
    kind: "number",
    previous: "A client who misses 2 sessions without notice is contacted by letter.",
    next: "A client who misses 5 sessions without notice is contacted by letter.",
  },

  // sushi restaurant
  {
    kind: "benign", variant: "reorder",
    previous: "Soy sauce and pickled ginger are free, but extra wasabi costs £0.50.",
    next: "Extra wasabi costs £0.50, but soy sauce and pickled ginger are free.",
  },
  {
    kind: "benign", variant: "spelled-negation",
    previous: "We don't take bookings by email, and we can't hold a table for more than 15 minutes.",
    next: "We do not take bookings by email, and we cannot hold a table for more than 15 minutes.",
  },
  {
    kind: "benign", variant: "split-join",
    previous: "You are the ordering assistant for Kaiyo Sushi. Customers can order delivery within 3 miles of the restaurant. Delivery is free on orders over £30. Never take an order for an address you cannot confirm on the map.",
    next: "You are the ordering assistant for Kaiyo Sushi. Customers can order delivery within 3 miles of the restaurant, and it is free on orders over £30. Never take an order for an address you cannot confirm on the map.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Children under 10 eat free from the kids' menu when an adult orders a main.",
    next: "When an adult orders a main, children aged 9 or younger pay nothing for the kids' menu.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Knives are never left unattended on the counter.",
    next: "Whenever a knife is on the counter, someone is right beside it.",
  },
  {
    kind: "obligation",
    previous: "It is each server's duty to ask every table about allergies before taking the order.",
    next: "It is each server's choice whether to ask every table about allergies before taking the order.",
  },
  {
    kind: "order",
    previous: "You are the reservations assistant for Kaiyo Sushi, a 40-seat restaurant in Manchester. Tables are held for 15 minutes after the booking time. Bookings for 7 or more need a £10 deposit per guest. Take the deposit before confirming the booking. Send the confirmation email once the booking is confirmed.",
    next: "You are the reservations assistant for Kaiyo Sushi, a 40-seat restaurant in Manchester. Tables are held for 15 minutes after the booking time. Bookings for 7 or more need a £10 deposit per guest. Confirm the booking before taking the deposit. Send the confirmation email once the booking is confirmed.",
  },
  {
    kind: "requirement",
    previous: "Raw fish is frozen to -20°C for at least 24 hours before it is served. The chef on duty signs the freezer log at each check.",
    next: "Raw fish is frozen to -20°C for at least 24 hours before it is served.",
  },
  {
    kind: "rescope",
    previous: "Takeaway orders are not accepted after 21:30.",
    next: "Takeaway orders are not accepted after 21:30. Regular customers can still order takeaway until closing.",
  },
  {
    kind: "roles",
    previous: "The head chef checks the rice temperature, and the kitchen porter records it.",
    next: "The kitchen porter checks the rice temperature, and the head chef records it.",
  },
  {
    kind: "scope",
    previous: "Every dish containing sesame is marked on the menu.",
    next: "Every dish containing sesame oil is marked on the menu.",
  },

  // telephone befriending service
  {
    kind: "benign", variant: "stricter",
    previous: "If a member does not answer two calls in a row, the coordinator tries their emergency contact.",
    next: "If a member does not answer a call, the volunteer tries again within an hour, and if they miss two calls in a row the coordinator tries their emergency contact the same day.",
  },
  {
    kind: "benign", variant: "units",
    previous: "Each call lasts around 30 minutes, once a week.",
    next: "Each call lasts around half an hour, once every seven days.",
  },
  {
    kind: "benign", variant: "voice",
    previous: "You are the referral assistant for Hello Neighbour, a befriending charity. We take referrals from families, GPs and social workers. Before a referral is accepted, the older person must agree to it. A coordinator will ring the person within a week and then match them with a volunteer. Nobody outside the team is told which volunteer has been matched.",
    next: "You are the referral assistant for Hello Neighbour, a befriending charity. Referrals are taken from families, GPs and social workers. The older person must have agreed before we accept a referral. The person will be rung by a coordinator within a week and then matched with a volunteer. The team tells nobody outside it which volunteer has been matched.",
  },
  {
    kind: "benign", variant: "reword", tone: "warm and patient",
    previous: "Never rush a member off the phone; let them finish what they are saying before you end the call.",
    next: "Give members all the time they need to finish speaking, and only say goodbye once they have.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Volunteers cannot visit members at home.",
    next: "Volunteers keep to the phone; meeting members at their homes is not part of the role.",
  },
  {
    kind: "entity",
    previous: "Concerns about a member's safety are reported to the befriending coordinator the same day.",
    next: "Concerns about a member's safety are reported to the member's GP the same day.",
  },
  {
    kind: "reference",
    previous: "You are the volunteer support assistant for Hello Neighbour, a telephone befriending service for older people. Volunteers who are worried about a member should follow the steps on page 4 of the volunteer handbook. Never give volunteers a member's home address.",
    next: "You are the volunteer support assistant for Hello Neighbour, a telephone befriending service for older people. Volunteers who are worried about a member should follow the steps on page 14 of the volunteer handbook. Never give volunteers a member's home address.",
  },
  {
    kind: "tone", tone: "warm and patient",
    previous: "If a member repeats a story they have told before, listen as if it were new and ask a question about it.",
    next: "If a member repeats a story they have told before, remind them they have told it already and move the call on.",
  },
  {
    kind: "condition",
    previous: "Volunteers may end a call early if the member becomes abusive.",
    next: "Volunteers may end a call early if the member seems tired.",
  },
  {
    kind: "conjunct",
    previous: "Volunteers must not give members their surname, home address or personal phone number.",
    next: "Volunteers must not give members their home address or personal phone number.",
  },
  {
    kind: "drift",
    previous: "Calls are made from the service's withheld number, never from a volunteer's own phone number.",
    next: "Calls are logged in the service's app, never on a volunteer's own phone.",
  },

  // toy shop
  {
    kind: "benign", variant: "abbreviation",
    previous: "Gift wrapping is free for purchases over £20; otherwise it costs £1.50 for each item.",
    next: "Gift wrapping is free for purchases over £20; otherwise it costs £1.50/item.",
  },
  {
    kind: "benign", variant: "emphasis",
    previous: "You are the product assistant for Tumble & Top. Never describe a toy as suitable for children under 3 unless its label says so. If the label is unclear, tell the customer to check with a member of staff.",
    next: "You are the product assistant for Tumble & Top. **Never** describe a toy as suitable for children under 3 unless its label says so. If the label is unclear, tell the customer to check with a member of staff.",
  },
  {
    kind: "benign", variant: "list-prose",
    previous: "You are the events assistant for Tumble & Top. Our Saturday play club is for children aged 4 to 8. Parents must:\n- stay in the shop during the session\n- sign the register when they arrive\nDo not take more than 12 children in a session.",
    next: "You are the events assistant for Tumble & Top. Our Saturday play club is for children aged 4 to 8. Parents must stay in the shop during the session and sign the register when they arrive. Do not take more than 12 children in a session.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Children may play with the display toys only under an adult's supervision.",
    next: "Display toys are there to be played with, as long as a grown-up is watching the child.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Never sell a toy from a box that has been opened as new.",
    next: "A toy whose box has been opened is sold as opened stock, not as new.",
  },
  {
    kind: "modal",
    previous: "Staff must check the age label on every toy before recommending it for a child under 3.",
    next: "Staff might check the age label on every toy before recommending it for a child under 3.",
  },
  {
    kind: "negation",
    previous: "Opened jigsaws are not accepted for return unless pieces are missing from the box.",
    next: "Opened jigsaws are accepted for return unless pieces are missing from the box.",
  },
  {
    kind: "number",
    previous: "You are the customer assistant for Tumble & Top, an independent toy shop in York. Unwanted gifts can be exchanged within 30 days with a gift receipt. Refunds go back to the original payment card. Tell customers that sale items can be exchanged but not refunded.",
    next: "You are the customer assistant for Tumble & Top, an independent toy shop in York. Unwanted gifts can be exchanged within 60 days with a gift receipt. Refunds go back to the original payment card. Tell customers that sale items can be exchanged but not refunded.",
  },
  {
    kind: "obligation",
    previous: "Staff have to keep helium balloons behind the counter, out of reach of children.",
    next: "Staff have the option to keep helium balloons behind the counter, out of reach of children.",
  },
  {
    kind: "order",
    previous: "Toys with button batteries are checked for a secure battery cover before they go on display.",
    next: "Toys with button batteries go on display before they are checked for a secure battery cover.",
  },
  {
    kind: "requirement",
    previous: "When a toy is recalled, take it off the shelves at once. Put a recall notice by the till for 3 months.",
    next: "When a toy is recalled, take it off the shelves at once.",
  },

  // town centre CCTV control room
  {
    kind: "benign", variant: "reorder",
    previous: "Visitors to the control room sign the visitor book and are accompanied at all times.",
    next: "Visitors to the control room are accompanied at all times and sign the visitor book.",
  },
  {
    kind: "benign", variant: "spelled-negation",
    previous: "Operators can't zoom in on people who aren't involved in an incident.",
    next: "Operators cannot zoom in on people who are not involved in an incident.",
  },
  {
    kind: "benign", variant: "split-join",
    previous: "You are the partners assistant for the Thornbury CCTV Control Room, answering shops and pubs on the town radio scheme. Members report incidents by radio. They must give their location first. Never promise a member that an incident has been recorded.",
    next: "You are the partners assistant for the Thornbury CCTV Control Room, answering shops and pubs on the town radio scheme. Members report incidents by radio and must give their location first. Never promise a member that an incident has been recorded.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Mobile phones are not allowed in the control room.",
    next: "Phones stay in the lockers outside; the control room is kept free of them.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Only trained operators may move the cameras.",
    next: "No one who has not been trained as an operator may move the cameras.",
  },
  {
    kind: "rescope",
    previous: "You are the information assistant for the Thornbury Town Centre CCTV Control Room. You answer questions from the public about our cameras. Footage is kept for 31 days and then deleted automatically. Cameras must not be pointed into homes or private gardens. Requests for footage go through the subject access form.",
    next: "You are the information assistant for the Thornbury Town Centre CCTV Control Room. You answer questions from the public about our cameras. Footage is kept for 31 days and then deleted automatically, except for clips an operator decides to keep. Cameras must not be pointed into homes or private gardens. Requests for footage go through the subject access form.",
  },
  {
    kind: "roles",
    previous: "Operators log every camera move, and the supervisor reviews the log each week.",
    next: "The supervisor logs every camera move, and operators review the log each week.",
  },
  {
    kind: "scope",
    previous: "Every operator must hold an SIA public space surveillance licence.",
    next: "Every night-shift operator must hold an SIA public space surveillance licence.",
  },
  {
    kind: "entity",
    previous: "Incidents are passed to the police control room on the direct hotline.",
    next: "Incidents are passed to the council's out-of-hours team on the direct hotline.",
  },
  {
    kind: "reference",
    previous: "Footage is released only under paragraph 5.3 of the CCTV Code of Practice.",
    next: "Footage is released only under paragraph 3.5 of the CCTV Code of Practice.",
  },
  {
    kind: "tone", tone: "calm and professional",
    previous: "When a member of the public asks for footage, explain politely that we can only release it to the police or through a subject access request, and give them the form.",
    next: "When a member of the public asks for footage, tell them flatly that we do not hand footage out to anyone who asks, and give them the form.",
  },

  // underground car park operator
  {
    kind: "benign", variant: "stricter",
    previous: "Staff patrol every level at least once every two hours.",
    next: "Staff patrol every level at least once an hour, and twice an hour after 22:00.",
  },
  {
    kind: "benign", variant: "units",
    previous: "Parent and child bays are 3.6 m wide.",
    next: "Parent and child bays are 360 cm wide.",
  },
  {
    kind: "benign", variant: "voice",
    previous: "After 22:00, a member of staff escorts any driver who asks to their car.",
    next: "After 22:00, any driver who asks is escorted to their car by a member of staff.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "You are the help assistant for Deepark Car Parks. Drivers ask about tariffs, lost tickets and blue badge parking. Blue badge holders park free for up to 3 hours when they show their badge at the office. Do not accept a photocopy of a badge. After 3 hours the normal tariff applies.",
    next: "You are the help assistant for Deepark Car Parks. You deal with drivers' questions on what parking costs, tickets that have gone missing and blue badge parking. Showing a blue badge at the office gives the holder their first 3 hours at no charge. Only the original badge will do; copies are turned down. From the fourth hour on, the usual prices are charged.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Cars must not be left in the car park for more than 7 days without a long-stay permit.",
    next: "A stay longer than 7 days needs a long-stay permit.",
  },
  {
    kind: "condition",
    previous: "The barrier is raised for free if a driver has been inside for less than 10 minutes.",
    next: "The barrier is raised for free if a driver says they could not find a space.",
  },
  {
    kind: "conjunct",
    previous: "LPG vehicles, trailers and motorhomes are not allowed below level -1.",
    next: "LPG vehicles and motorhomes are not allowed below level -1.",
  },
  {
    kind: "drift",
    previous: "You are the customer assistant for Deepark Car Parks. Drivers who lose their ticket pay the daily maximum of £24. Do not waive this charge without proof of entry time, such as a shop receipt with the time.",
    next: "You are the customer assistant for Deepark Car Parks. Drivers who overstay their ticket pay the daily maximum of £24. Do not waive this charge without proof of entry time, such as a shop receipt with the time.",
  },
  {
    kind: "modal",
    previous: "Vehicles must not exceed 5 mph on the ramps.",
    next: "Vehicles should not exceed 5 mph on the ramps.",
  },
  {
    kind: "negation",
    previous: "Monthly pass holders are not charged when they leave after midnight.",
    next: "Monthly pass holders are charged when they leave after midnight.",
  },
  {
    kind: "number",
    previous: "The height limit is 2.0 m on all levels.",
    next: "The height limit is 2.2 m on all levels.",
  },

  // volunteer centre
  {
    kind: "benign", variant: "abbreviation",
    previous: "Volunteers' travel expenses are paid at 45 pence per mile, and receipts are required for parking.",
    next: "Volunteers' travel expenses are paid at 45p/mile, and receipts are req'd for parking.",
  },
  {
    kind: "benign", variant: "emphasis",
    previous: "Do not give a volunteer's contact details to a host organisation until the volunteer has agreed.",
    next: "IMPORTANT: do not give a volunteer's contact details to a host organisation until the volunteer has agreed.",
  },
  {
    kind: "benign", variant: "list-prose",
    previous: "You are the listings assistant for Oakfield Volunteer Centre, helping local charities post volunteer roles. Each listing needs a role title, the hours, the location and a named contact. Do not publish a listing that asks volunteers to handle cash without a second person present.",
    next: "You are the listings assistant for Oakfield Volunteer Centre, helping local charities post volunteer roles. Each listing needs:\n- a role title\n- the hours\n- the location\n- a named contact\nDo not publish a listing that asks volunteers to handle cash without a second person present.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Volunteers can stop volunteering at any time without giving a reason.",
    next: "No volunteer has to explain why they are leaving, and they may leave whenever they choose.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "The centre does not charge charities for listing roles.",
    next: "Listing a role with the centre is free for every charity.",
  },
  {
    kind: "obligation",
    previous: "Every organisation that lists a role with us must have public liability insurance.",
    next: "Every organisation that lists a role with us is encouraged to have public liability insurance.",
  },
  {
    kind: "order",
    previous: "You are the matching assistant for Oakfield Volunteer Centre. People who want to volunteer fill in the online form first. For roles with children or vulnerable adults, the DBS check must be completed before the volunteer starts. Tell volunteers that checks usually take about three weeks.",
    next: "You are the matching assistant for Oakfield Volunteer Centre. People who want to volunteer fill in the online form first. For roles with children or vulnerable adults, the volunteer starts before the DBS check is completed. Tell volunteers that checks usually take about three weeks.",
  },
  {
    kind: "requirement",
    previous: "New volunteers attend a one-hour induction. They also sign the volunteer agreement before their first shift.",
    next: "New volunteers attend a one-hour induction.",
  },
  {
    kind: "rescope",
    previous: "We never place volunteers in roles that replace a paid job.",
    next: "We never place volunteers in roles that replace a paid job. Charity shops may use volunteers to cover staff who are on holiday.",
  },
  {
    kind: "roles",
    previous: "The host organisation pays volunteers' travel expenses; the volunteer centre does not.",
    next: "The volunteer centre pays volunteers' travel expenses; the host organisation does not.",
  },
  {
    kind: "scope",
    previous: "Volunteers aged 14 to 17 need a parent's signed consent for any role.",
    next: "Volunteers aged 14 to 15 need a parent's signed consent for any role.",
  },

  // water company leak reporting line
  {
    kind: "benign", variant: "reorder",
    previous: "Leaks on the public side of the stop tap are ours to fix, and leaks on the property side are the owner's.",
    next: "Leaks on the property side of the stop tap are the owner's to fix, and leaks on the public side are ours.",
  },
  {
    kind: "benign", variant: "spelled-negation",
    previous: "Don't tell callers their water is safe to drink if it's discoloured; we can't confirm that until it's been tested.",
    next: "Do not tell callers their water is safe to drink if it is discoloured; we cannot confirm that until it has been tested.",
  },
  {
    kind: "benign", variant: "split-join",
    previous: "You are the leak reporting assistant for Severnvale Water. Take the location of the leak, the caller's name and a contact number. Give the caller a reference number at the end of the call, and tell them they can track the repair online. Never guess when a repair will be finished.",
    next: "You are the leak reporting assistant for Severnvale Water. Take the location of the leak, the caller's name and a contact number. Give the caller a reference number at the end of the call. Tell them they can track the repair online. Never guess when a repair will be finished.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Customers must not be charged for reporting a leak.",
    next: "Reporting a leak costs a customer nothing.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Technicians can enter a garden to find a leak only after the occupier has agreed.",
    next: "A technician steps into a garden to trace a leak once the occupier has said yes, and not before.",
  },
  {
    kind: "entity",
    previous: "You are the emergency assistant for Severnvale Water. If a caller smells gas near a burst main, tell them to leave the area and call the National Gas Emergency number, 0800 111 999. Do not send our own crew until the gas network has made the site safe. For water only, log the leak and give the reference number. A technician is sent within 2 hours for any burst that floods a road.",
    next: "You are the emergency assistant for Severnvale Water. If a caller smells gas near a burst main, tell them to leave the area and call the National Gas Emergency number, 0800 111 999. Do not send our own crew until the fire service has made the site safe. For water only, log the leak and give the reference number. A technician is sent within 2 hours for any burst that floods a road.",
  },
  {
    kind: "reference",
    previous: "Compensation for a missed appointment follows clause 4 of the Guaranteed Standards Scheme.",
    next: "Compensation for a missed appointment follows clause 7 of the Guaranteed Standards Scheme.",
  },
  {
    kind: "tone", tone: "calm and helpful",
    previous: "You are the leak line assistant for Severnvale Water. Callers report leaks in the street, in their garden or inside their home. Thank every caller for reporting a leak, even a small one. Ask for the nearest house number or landmark, and for a photo if it is safe to take one. Tell them a technician will assess the leak within 24 hours.",
    next: "You are the leak line assistant for Severnvale Water. Callers report leaks in the street, in their garden or inside their home. Tell every caller that a small leak is hardly worth our time, even though we log it. Ask for the nearest house number or landmark, and for a photo if it is safe to take one. Tell them a technician will assess the leak within 24 hours.",
  },
  {
    kind: "condition",
    previous: "Send a crew immediately if water is entering a building.",
    next: "Send a crew immediately if water is pooling on a pavement.",
  },
  {
    kind: "conjunct",
    previous: "Priority Services customers get bottled water delivered during an outage, along with text updates and a named contact.",
    next: "Priority Services customers get bottled water delivered during an outage, along with text updates.",
  },
  {
    kind: "drift",
    previous: "A hosepipe ban applies to every customer until the reservoir level is back above 70%.",
    next: "A water saving request applies to every customer until the reservoir level is back above 70%.",
  },

  // weight management clinic
  {
    kind: "benign", variant: "stricter", tone: "non-judgemental",
    previous: "Talk about weight in neutral terms and let the patient choose the words used for their body.",
    next: "Talk about weight in neutral terms, let the patient choose the words used for their body, and never comment on what they are wearing or eating.",
  },
  {
    kind: "benign", variant: "units",
    previous: "Patients who lose more than 1.5 kg a week for 3 weeks in a row are reviewed by the doctor.",
    next: "Patients who lose more than 1,500 g a week for three weeks in a row are reviewed by the doctor.",
  },
  {
    kind: "benign", variant: "voice",
    previous: "The dietitian emails each patient their plan after the first assessment.",
    next: "Each patient is emailed their plan by the dietitian after the first assessment.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "You are the patient assistant for the Lakeside Weight Management Clinic. Patients ask you about appointments, the programme and their medication. Do not answer questions about side effects yourself; pass them to the clinic nurse. Book appointments only in the clinic's own diary. Patients who miss two appointments in a row are discharged back to their GP.",
    next: "You are the patient assistant for the Lakeside Weight Management Clinic. People on the programme come to you about their bookings, how the programme works and the medicines they take. Side-effect questions are for the clinic nurse, so hand every one of them over rather than replying yourself. The clinic's own diary is the only place you may book an appointment. A second missed appointment in a row sends the patient back to the care of their GP.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Patients may bring a partner or friend to any appointment except the first assessment.",
    next: "The first assessment is the one appointment a patient attends without a partner or friend; to any later one they may bring either.",
  },
  {
    kind: "modal",
    previous: "Patients must be weighed in private, never in the waiting room.",
    next: "Patients should preferably be weighed in private rather than in the waiting room.",
  },
  {
    kind: "negation",
    previous: "Weight loss injections are not prescribed to patients with a BMI below 35 unless they have type 2 diabetes.",
    next: "Weight loss injections are prescribed to patients with a BMI below 35 unless they have type 2 diabetes.",
  },
  {
    kind: "number",
    previous: "You are the booking assistant for the Lakeside Weight Management Clinic. New patients need a referral from their GP and a BMI of 35 or more. Book them for a 60-minute first assessment with the dietitian.",
    next: "You are the booking assistant for the Lakeside Weight Management Clinic. New patients need a referral from their GP and a BMI of 25 or more. Book them for a 60-minute first assessment with the dietitian.",
  },
  {
    kind: "obligation",
    previous: "Dietitians have a duty to review each patient's plan every 12 weeks.",
    next: "Dietitians have the option to review each patient's plan every 12 weeks.",
  },
  {
    kind: "order",
    previous: "The patient's GP is told before any change to their medication is made.",
    next: "The patient's GP is told after any change to their medication is made.",
  },
  {
    kind: "requirement",
    previous: "Patients starting medication receive the side-effects leaflet. A nurse phones them two weeks later to ask how they are coping.",
    next: "Patients starting medication receive the side-effects leaflet.",
  },

  // work experience placements office
  {
    kind: "benign", variant: "abbreviation",
    previous: "You are the placements helper for the Riverside Schools Work Experience Office. Students in Year 10 must not work more than 8 hours a day or start before 7 in the morning. Check the employer's proposed timetable against these limits.",
    next: "You are the placements helper for the Riverside Schools Work Experience Office. Yr 10 students must not work more than 8 hrs a day or start before 7am. Check the employer's proposed timetable against these limits.",
  },
  {
    kind: "benign", variant: "emphasis",
    previous: "No student may be placed with an employer whose DBS or insurance check has expired.",
    next: "No student, without exception, may be placed with an employer whose DBS or insurance check has expired.",
  },
  {
    kind: "benign", variant: "list-prose",
    previous: "Before the placement starts, students must send their employer a CV, a signed code of conduct and an emergency contact form.",
    next: "Before the placement starts, students must send their employer:\n- a CV\n- a signed code of conduct\n- an emergency contact form",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Students are not paid for work experience placements.",
    next: "Work experience placements are unpaid for every student.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "A student can change placement only if the first employer withdraws.",
    next: "Unless the first employer pulls out, the student stays with that placement.",
  },
  {
    kind: "rescope",
    previous: "You are the placements assistant for the Riverside Schools Work Experience Office. Students in Year 10 do a one-week placement in July. Every employer must have a health and safety check before a student starts. Do not approve a placement with a family member's business unless the check has been done.",
    next: "You are the placements assistant for the Riverside Schools Work Experience Office. Students in Year 10 do a one-week placement in July. Every employer must have a health and safety check before a student starts. Do not approve a placement with a family member's business unless the check has been done, although a parent's own business can take a student without one.",
  },
  {
    kind: "roles",
    previous: "The employer completes the attendance sheet, and the student returns it to school.",
    next: "The student completes the attendance sheet, and the employer returns it to school.",
  },
  {
    kind: "scope",
    previous: "Placements in any workplace with machinery require a risk assessment signed by the employer.",
    next: "Placements in factories require a risk assessment signed by the employer.",
  },
  {
    kind: "entity",
    previous: "Employers' liability insurance certificates are checked by the local authority's placements officer.",
    next: "Employers' liability insurance certificates are checked by the student's form tutor.",
  },
  {
    kind: "reference",
    previous: "Students who are injured on placement report it using form WX-3 from the student handbook.",
    next: "Students who are injured on placement report it using form WX-8 from the student handbook.",
  },
  {
    kind: "tone", tone: "encouraging",
    previous: "If a student has not found a placement by the deadline, reassure them that many students are in the same position and offer them a slot from the reserve list.",
    next: "If a student has not found a placement by the deadline, point out that they left it too late and offer them a slot from the reserve list.",
  },

  // youth offending team
  {
    kind: "benign", variant: "reorder",
    previous: "Case workers meet the young person at least weekly for the first month and then fortnightly; home visits are made once a month.",
    next: "Home visits are made once a month; case workers meet the young person at least weekly for the first month and then fortnightly.",
  },
  {
    kind: "benign", variant: "spelled-negation", tone: "respectful",
    previous: "Don't use labels like 'offender' when talking to a young person, and don't discuss their case in front of other young people.",
    next: "Do not use labels like 'offender' when talking to a young person, and do not discuss their case in front of other young people.",
  },
  {
    kind: "benign", variant: "split-join",
    previous: "You are the parents' assistant for Brookfield Youth Offending Team. Parents can attend the first panel meeting with their child. Later meetings are for the young person and the panel only, unless the panel invites a parent. Never give a parent the victim's details.",
    next: "You are the parents' assistant for Brookfield Youth Offending Team. Parents can attend the first panel meeting with their child; later meetings are for the young person and the panel only, unless the panel invites a parent. Never give a parent the victim's details.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Bus fares to appointments are refunded when the young person shows the ticket.",
    next: "Show the ticket and the fare for getting to an appointment by bus is paid back.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Case notes must not be shared with a young person's school without their consent.",
    next: "A young person's school sees their case notes only with the young person's agreement.",
  },
  {
    kind: "condition",
    previous: "A missed appointment counts as a breach only if the young person gave no reason within 2 working days.",
    next: "A missed appointment counts as a breach only if the young person gave no reason at the next appointment.",
  },
  {
    kind: "conjunct",
    previous: "Case workers must tell the young person, their parent or carer and the court officer about any change to the order.",
    next: "Case workers must tell the young person and the court officer about any change to the order.",
  },
  {
    kind: "drift",
    previous: "Reparation hours must be completed within 3 months of the order.",
    next: "Reparation hours must be agreed within 3 months of the order.",
  },
  {
    kind: "modal",
    previous: "You are the information assistant for Brookfield Youth Offending Team. You answer questions from young people on orders and from their families. Appointments can be moved once if the young person asks at least 24 hours ahead. You must not tell anyone outside the family about a young person's offence. You must direct any question about the court order itself to the case worker.",
    next: "You are the information assistant for Brookfield Youth Offending Team. You answer questions from young people on orders and from their families. Appointments can be moved once if the young person asks at least 24 hours ahead. You should not tell anyone outside the family about a young person's offence. You must direct any question about the court order itself to the case worker.",
  },
  {
    kind: "negation",
    previous: "A young person's name is never given to the victim during restorative justice without their consent.",
    next: "A young person's name is given to the victim during restorative justice without their consent.",
  },
  {
    kind: "number",
    previous: "Young people on a referral order meet their panel at least once every 3 months.",
    next: "Young people on a referral order meet their panel at least once every 6 months.",
  },

  // Zumba fitness classes
  {
    kind: "benign", variant: "stricter",
    previous: "Class sizes are capped at 30.",
    next: "Class sizes are capped at 25, and at 20 in the small studio.",
  },
  {
    kind: "benign", variant: "units",
    previous: "Each class lasts 45 minutes, including a 5-minute cool-down.",
    next: "Each class lasts three quarters of an hour, including a five-minute cool-down.",
  },
  {
    kind: "benign", variant: "voice",
    previous: "Instructors check the floor for spills before each class.",
    next: "The floor is checked for spills by the instructor before each class.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "You are the membership assistant for Fiesta Fit Zumba. Members ask about passes, class times and cancellations. A class can be cancelled for a full credit up to 2 hours before it starts. Later cancellations lose the class. Do not extend a pass past its expiry date without the studio manager's approval.",
    next: "You are the membership assistant for Fiesta Fit Zumba. You help members with their passes, the timetable and cancelling. If they cancel 2 hours or more before the start, the class goes back on their pass. Cancel any later than that and the class is gone. An expired pass stays expired unless the studio manager agrees to extend it.",
  },
  {
    kind: "benign", variant: "reword",
    previous: "Members must bring their own water bottle; the studio has no cups.",
    next: "The studio provides no cups, so members need to bring a water bottle of their own.",
  },
  {
    kind: "obligation",
    previous: "Instructors must hold a current first aid certificate.",
    next: "It is helpful if instructors hold a current first aid certificate.",
  },
  {
    kind: "order",
    previous: "New members complete the health questionnaire before their first class.",
    next: "New members complete the health questionnaire after their first class.",
  },
  {
    kind: "requirement",
    previous: "You are the booking assistant for Fiesta Fit Zumba classes in Swindon. Anyone who books the Aqua Zumba class must be able to swim 25 metres. They must also sign the pool's safety notice when they arrive.",
    next: "You are the booking assistant for Fiesta Fit Zumba classes in Swindon. Anyone who books the Aqua Zumba class must be able to swim 25 metres.",
  },
  {
    kind: "rescope",
    previous: "Classes are for people aged 16 and over.",
    next: "Classes are for people aged 16 and over. Younger teenagers may join if a friend is in the class.",
  },
  {
    kind: "roles",
    previous: "The instructor takes the register, and the venue manager keeps it for a year.",
    next: "The venue manager takes the register, and the instructor keeps it for a year.",
  },
  {
    kind: "scope",
    previous: "Members who arrive more than 10 minutes late cannot join a class, for safety.",
    next: "Members who arrive more than 10 minutes late cannot join a step class, for safety.",
  },
];
