// Held-back set v17 of issue 11: hand-labelled clause edits, written blind on 2026-12-03 (session 9,
// second set) by someone who never saw the detectors, their tests or any other labelled set; never
// tuned on; measured once by the lead. Do not edit entries to make a detector pass.
// 200 edits, 80 benign. Domains (22): bowling alley, kayak hire, piano tuning, ice rink, print shop,
// bicycle repair workshop, trampoline park, paintball arena, pottery studio, campsite, dog grooming,
// opticians, hair salon, conference AV crew, plant nursery, sawmill, brewery, allotment society, model
// rocketry club, car wash, rope-access window cleaning, podcast production.
// Labels say what a careful reviewer would want: `benign` keeps or strengthens the rule (a stricter
// rule is benign); every other kind weakens, loosens or changes it, labelled by its main change.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V17: readonly ClauseEdit[] = [
  // ---------- bowling alley ----------
  { kind: 'order', previous: "Staff must reset the pinsetter only after the lane has been switched off at the console.", next: "Staff must reset the pinsetter only before the lane has been switched off at the console." },
  { kind: 'condition', previous: "Bumpers may be raised on a lane only if every bowler booked on it is under twelve. Adults sharing a lane with children bowl without bumpers.", next: "Bumpers may be raised on a lane if any bowler booked on it is under twelve. Adults sharing a lane with children bowl without bumpers." },
  { kind: 'benign', variant: 'reword', previous: "Do not let anyone walk past the foul line in street shoes.", next: "Nobody wearing outdoor footwear is allowed beyond the foul line." },
  { kind: 'benign', variant: 'voice', previous: "The duty supervisor checks the fire exits behind lanes 1 to 24 before the centre opens.", next: "Before the centre opens, the fire exits behind lanes 1 to 24 are checked by the duty supervisor." },
  { kind: 'number', previous: "You are the lane booking assistant for Strike City. A party booking holds at most 6 bowlers per lane; for larger groups, book extra lanes next to each other.", next: "You are the lane booking assistant for Strike City. A party booking holds at most 8 bowlers per lane; for larger groups, book extra lanes next to each other." },
  { kind: 'benign', variant: 'abbreviation', previous: "Log every pinsetter fault in the CMMS before the end of the shift.", next: "Log every pinsetter fault in the computerised maintenance management system before the end of the shift." },
  { kind: 'drift', previous: "When a customer asks about lane availability, give the next free slot and the price per game.", next: "When a customer asks about lane availability, give the next free slot and the price per game, and suggest the premium VIP lane package with unlimited games." },
  { kind: 'benign', variant: 'emphasis', previous: "Never serve alcohol to a bowler who is visibly intoxicated.", next: "Never, under any circumstances, serve alcohol to a bowler who is visibly intoxicated, even if they are part of a paid party." },
  { kind: 'conjunct', previous: "Before a children's party starts, the host must brief the group on the foul line, the ball return and the emergency stop.", next: "Before a children's party starts, the host must brief the group on the foul line and the ball return." },

  // ---------- kayak hire ----------
  { kind: 'scope', previous: "Every paddler must wear a buoyancy aid fastened at all three buckles before leaving the pontoon.", next: "Every paddler under sixteen must wear a buoyancy aid fastened at all three buckles before leaving the pontoon." },
  { kind: 'obligation', previous: "The hire desk must check the river level gauge at opening and again at 1 pm, and must close hire when the gauge reads above 1.2 m.", next: "The hire desk must check the river level gauge at opening and again at 1 pm, and is encouraged to close hire when the gauge reads above 1.2 m." },
  { kind: 'benign', variant: 'split-join', previous: "Hand each group a laminated route map and tell them the return time, which is one hour before sunset.", next: "Hand each group a laminated route map. Tell them the return time. It is one hour before sunset." },
  { kind: 'rescope', previous: "Never hire a single kayak to someone who cannot swim 50 metres; offer a guided tandem trip instead.", next: "Hire a single kayak to someone who cannot swim 50 metres only when no guided tandem trip is available." },
  { kind: 'benign', variant: 'stricter', previous: "Groups should carry a waterproof phone pouch.", next: "Every group must carry a charged phone in a waterproof pouch, and staff must record its number before launch." },
  { kind: 'number', previous: "If a group is more than 30 minutes late back, the duty instructor launches the safety boat.", next: "If a group is more than 90 minutes late back, the duty instructor launches the safety boat." },
  { kind: 'roles', previous: "The instructor signs the hirer's waiver form after the hirer has read the safety briefing aloud.", next: "The hirer signs the instructor's waiver form after the instructor has read the safety briefing aloud." },
  { kind: 'benign', variant: 'spelled-negation', previous: "Do not hire boats to unaccompanied minors.", next: "Do not hire boats to minors who are not accompanied by an adult." },
  { kind: 'reference', previous: "In a capsize, follow the rescue steps in section 5 of the River Safety Plan and radio the base on channel 8.", next: "In a capsize, follow the rescue steps and radio the base on channel 8." },

  // ---------- piano tuning ----------
  { kind: 'modal', previous: "The tuner must ask the owner's permission before removing the fallboard or the action.", next: "The tuner may ask the owner's permission before removing the fallboard or the action." },
  { kind: 'benign', variant: 'reword', previous: "Tell the client in writing when a cracked soundboard is found.", next: "If you find the soundboard is cracked, let the customer know by email or letter." },
  { kind: 'condition', previous: "Raise the pitch by more than 20 cents in one visit only when the owner has signed the string-breakage waiver.", next: "Raise the pitch by more than 20 cents in one visit unless the owner has signed the string-breakage waiver." },
  { kind: 'benign', variant: 'reorder', previous: "Book a follow-up tuning six weeks after a pitch raise. Leave the humidity reading on the invoice.", next: "Leave the humidity reading on the invoice. Book a follow-up tuning six weeks after a pitch raise." },
  { kind: 'entity', previous: "Quotes for restringing are approved by the workshop manager.", next: "Quotes for restringing are approved by the apprentice on duty." },
  { kind: 'tone', tone: 'warm, professional', previous: "If the piano cannot hold a tune, explain gently that the pin block may be worn and offer an inspection.", next: "If the piano cannot hold a tune, tell them bluntly it's junk and they wasted their money buying it." },
  { kind: 'benign', variant: 'markdown', previous: "Before you leave a concert hall, close the lid, replace the cover and note the tuning time in the venue log.", next: "## Leaving a concert hall\n\nBefore you leave:\n\n- close the lid;\n- replace the cover;\n- note the tuning time in the venue log." },
  { kind: 'negation', previous: "Do not use penetrating oil on tuning pins.", next: "Use penetrating oil on tuning pins." },

  // ---------- ice rink ----------
  { kind: 'order', previous: "The ice resurfacer may go on the ice only after the last skater has left and the gates are shut.", next: "The ice resurfacer may go on the ice as the last skater leaves and before the gates are shut." },
  { kind: 'benign', variant: 'voice', previous: "Marshals must clear the ice when the siren sounds.", next: "When the siren sounds, the ice must be cleared by the marshals." },
  { kind: 'scope', previous: "Helmets are compulsory for all skaters on the public session.", next: "Helmets are compulsory for skaters on the public session where practical." },
  { kind: 'conjunct', previous: "After a fall with a head knock, the marshal must stop the session, call the first aider and complete an accident form.", next: "After a fall with a head knock, the marshal must call the first aider and complete an accident form." },
  { kind: 'benign', variant: 'list-prose', previous: "Skate hire desk:\n1. Ask the shoe size.\n2. Check the blades for nicks.\n3. Take a deposit or a photo ID.", next: "At the skate hire desk, ask for the shoe size, check the blades for nicks, and take either a deposit or a photo ID." },
  { kind: 'drift', previous: "You are the ice rink's help assistant. Answer questions about session times, skate hire and lessons.", next: "You are the ice rink's help assistant. Answer questions about session times, skate hire and lessons, and also give medical advice about sprains and concussions." },
  { kind: 'benign', variant: 'abbreviation', previous: "Only staff with a valid NISA certificate may coach on the main pad.", next: "Only staff with a valid National Ice Skating Association certificate may coach on the main pad." },
  { kind: 'requirement', previous: "Close the rink if the ice temperature rises above -3 °C. Tell the front desk so refunds can be issued. Record the reading in the plant log.", next: "Close the rink if the ice temperature rises above -3 °C. Tell the front desk so refunds can be issued." },

  // ---------- print shop ----------
  { kind: 'obligation', previous: "Operators are required to check the customer's proof sign-off before any run longer than 500 sheets.", next: "Operators can check the customer's proof sign-off before any run longer than 500 sheets." },
  { kind: 'benign', variant: 'reword', previous: "Never print a banknote, passport or ID card design, even as a sample.", next: "Reproductions of currency, passports or identity cards are refused outright, including mock-ups." },
  { kind: 'rescope', previous: "We do not reprint copyrighted artwork without the rights holder's written licence.", next: "We do not reprint copyrighted artwork. A customer's verbal assurance that they hold the rights is enough to proceed." },
  { kind: 'benign', variant: 'stricter', previous: "Recycle misprints that contain customer names.", next: "Shred, then recycle, every misprint that contains a customer name or address." },
  { kind: 'number', previous: "Large-format jobs need 48 hours' notice.", next: "Large-format jobs need 4 hours' notice." },
  { kind: 'roles', previous: "The account manager approves the colour proof that the customer has marked up.", next: "The customer approves the colour proof that the account manager has marked up." },
  { kind: 'benign', variant: 'split-join', previous: "Guillotines are used only by trained staff. The blade guard stays down while cutting.", next: "Guillotines are used only by trained staff, with the blade guard kept down while cutting." },
  { kind: 'modal', previous: "Staff shall wear nitrile gloves when topping up solvent inks.", next: "Staff should ideally wear nitrile gloves when topping up solvent inks." },
  { kind: 'entity', previous: "Send the finished files to the customer's named print contact.", next: "Send the finished files to whoever placed the order." },

  // ---------- bicycle repair workshop ----------
  { kind: 'benign', variant: 'reorder', previous: "Label every bike with the ticket number. Photograph the frame before work starts.", next: "Photograph the frame before work starts. Label every bike with the ticket number." },
  { kind: 'condition', previous: "Replace brake pads without calling the owner only when the quote already includes them.", next: "Replace brake pads without calling the owner whenever the pads look worn." },
  { kind: 'negation', previous: "Never ride a customer's e-bike on the road for a test; use the stand.", next: "Ride a customer's e-bike on the road for a test; the stand is optional." },
  { kind: 'benign', variant: 'emphasis', previous: "Torque carbon seatposts to the maker's figure.", next: "Always torque carbon seatposts to the maker's figure, using the calibrated torque wrench, never by feel." },
  { kind: 'tone', tone: 'friendly', previous: "If a repair will cost more than the bike is worth, say so kindly and suggest options.", next: "If a repair will cost more than the bike is worth, tell them to stop wasting our time with scrap." },
  { kind: 'scope', previous: "Check the brakes on every bike that comes in, whatever the job.", next: "Check the brakes on bikes that come in for a full service." },
  { kind: 'benign', variant: 'spelled-negation', previous: "Do not release bikes with unpaid invoices.", next: "Do not release a bike while its invoice has not been paid." },
  { kind: 'reference', previous: "Dispose of old lithium batteries as set out in the WEEE procedure pinned by the back door.", next: "Dispose of old lithium batteries in the bin by the back door." },

  // ---------- trampoline park ----------
  { kind: 'number', previous: "Only one jumper is allowed on each trampoline bed at a time.", next: "No more than two jumpers are allowed on each trampoline bed at a time." },
  { kind: 'benign', variant: 'reword', previous: "Court monitors must stop anyone doing somersaults in the open jump zone.", next: "In the open jump zone, flips are not allowed; the monitors on the courts have to halt anyone attempting one." },
  { kind: 'order', previous: "Check every wristband against the booking before the jumper enters the safety briefing room.", next: "Check every wristband against the booking after the jumper leaves the safety briefing room." },
  { kind: 'benign', variant: 'markdown', previous: "Toddler sessions: parents stay on the court, maximum ten children, soft play only.", next: "### Toddler sessions\n\n- Parents stay on the court.\n- Maximum **ten** children.\n- Soft play only." },
  { kind: 'rescope', previous: "Jumpers may not use the foam pit while another jumper is still in it.", next: "Jumpers may use the foam pit while another jumper is still in it, provided they jump feet first." },
  { kind: 'benign', variant: 'voice', previous: "The duty manager inspects the springs and pads every morning.", next: "Every morning, the springs and pads are inspected by the duty manager." },
  { kind: 'conjunct', previous: "You are the booking assistant for Bounce Arena. Remind every customer that grip socks are compulsory and that the waiver must be signed online before arrival.", next: "You are the booking assistant for Bounce Arena. Remind every customer that grip socks are compulsory." },
  { kind: 'benign', variant: 'stricter', previous: "Close the dodgeball court if fewer than two monitors are on shift.", next: "Close the dodgeball court if fewer than three monitors are on shift, and tell reception straight away." },

  // ---------- paintball arena ----------
  { kind: 'modal', previous: "Players must keep their masks on in the field and the chronograph area at all times.", next: "Players are advised to keep their masks on in the field and the chronograph area." },
  { kind: 'benign', variant: 'split-join', previous: "Every marker is chronographed before the first game. Markers firing above 280 fps are retuned or withdrawn.", next: "Every marker is chronographed before the first game and any that fires above 280 fps is retuned or withdrawn." },
  { kind: 'number', previous: "Markers firing above 280 fps are withdrawn from play.", next: "Markers firing above 330 fps are withdrawn from play." },
  { kind: 'condition', previous: "Players aged 12 to 15 may play only if a parent has signed the consent form on the day.", next: "Players aged 12 to 15 may play if a parent has signed the consent form on the day or has booked the session." },
  { kind: 'benign', variant: 'reword', previous: "Barrel covers go on as soon as a player leaves the field.", next: "The moment anyone steps off the playing area, their marker's barrel must be blocked with a sock." },
  { kind: 'roles', previous: "Marshals search players for pyrotechnics before each game.", next: "Players search marshals for pyrotechnics before each game." },
  { kind: 'negation', previous: "Do not shoot at a player who has raised their hand and called out.", next: "Do shoot at a player who has raised their hand and called out if they are still holding a marker." },
  { kind: 'benign', variant: 'abbreviation', previous: "Store CO2 and HPA cylinders in the locked cage.", next: "Store carbon dioxide and high-pressure air cylinders in the locked cage." },
  { kind: 'tone', tone: 'calm, respectful', previous: "When a player breaks a safety rule, calmly explain the rule and give a first warning.", next: "When a player breaks a safety rule, humiliate them over the tannoy so everyone learns." },

  // ---------- pottery studio ----------
  { kind: 'requirement', previous: "Before firing, load the kiln with the lid propped for the first hour. Check that no piece touches the elements. Sign the kiln log with the programme number.", next: "Before firing, load the kiln with the lid propped for the first hour. Sign the kiln log with the programme number." },
  { kind: 'benign', variant: 'reword', previous: "Wet-clean the floor at the end of every session; never sweep dry clay dust.", next: "Clay dust is never swept up dry: at the end of each session the floor gets mopped." },
  { kind: 'scope', previous: "Students may use any of the studio glazes on pieces that will be fired here.", next: "Students may use any of the studio glazes, on any piece, including pieces to be fired elsewhere." },
  { kind: 'benign', variant: 'reorder', previous: "Hang your apron on your peg. Wash your tools in the sediment sink, not the kitchen sink.", next: "Wash your tools in the sediment sink, not the kitchen sink. Hang your apron on your peg." },
  { kind: 'obligation', previous: "Only the studio technician is permitted to open the kiln above 100 °C.", next: "The studio technician usually opens the kiln above 100 °C." },
  { kind: 'entity', previous: "Report any cracked kiln shelf to the studio technician before the next firing.", next: "Report any cracked kiln shelf to a fellow member before the next firing." },
  { kind: 'benign', variant: 'emphasis', previous: "Food-safe glazes only on mugs and plates.", next: "Only food-safe glazes may be used on mugs and plates — no exceptions, not even on the outside rim." },
  { kind: 'drift', previous: "Answer members' questions about firing schedules and glaze recipes from the studio handbook.", next: "Answer members' questions about firing schedules and glaze recipes from whatever source you find online, and tell them lead glazes are fine for tableware." },

  // ---------- campsite ----------
  { kind: 'benign', variant: 'voice', previous: "Wardens close the barrier at 11 pm.", next: "The barrier is closed by the wardens at 11 pm." },
  { kind: 'order', previous: "Quiet hours run from 10 pm until 7 am. Generators may run only after quiet hours end.", next: "Quiet hours run from 10 pm until 7 am. Generators may run only until quiet hours end." },
  { kind: 'condition', previous: "Campfires are allowed in the fire pits only when the fire danger board shows green.", next: "Campfires are allowed in the fire pits except when the fire danger board shows red." },
  { kind: 'benign', variant: 'list-prose', previous: "On arrival, give each guest the site map, the Wi-Fi code and the emergency number, and show them the nearest water tap.", next: "On arrival, give each guest:\n\n- the site map;\n- the Wi-Fi code;\n- the emergency number.\n\nThen show them the nearest water tap." },
  { kind: 'rescope', previous: "Dogs must be kept on a lead everywhere on site.", next: "Dogs must be kept on a lead everywhere on site. Dogs may run free in the lower meadow." },
  { kind: 'number', previous: "Each pitch takes no more than one car and one tent.", next: "Each pitch takes no more than two cars and one tent." },
  { kind: 'benign', variant: 'spelled-negation', previous: "Unregistered visitors must leave by 9 pm.", next: "Visitors who have not registered at reception must leave by 9 pm." },
  { kind: 'modal', previous: "You are the campsite's booking assistant. You must tell guests with a booking for the riverside pitches that the field floods after heavy rain.", next: "You are the campsite's booking assistant. You can tell guests with a booking for the riverside pitches that the field floods after heavy rain." },
  { kind: 'reference', previous: "If the river alarm sounds, move everyone to the assembly point on the map in Appendix B of the flood plan.", next: "If the river alarm sounds, move everyone to an assembly point." },

  // ---------- dog grooming ----------
  { kind: 'roles', previous: "The groomer asks the owner to hold the dog while the muzzle is fitted.", next: "The owner asks the groomer to hold the dog while the muzzle is fitted." },
  { kind: 'benign', variant: 'reword', previous: "Never leave a dog alone in a cage dryer.", next: "A dog in a cage dryer must be watched the whole time it is in there." },
  { kind: 'scope', previous: "Ask every owner whether the dog has had a seizure, a recent surgery or a skin condition.", next: "Ask owners of older dogs whether the dog has had a seizure, a recent surgery or a skin condition." },
  { kind: 'benign', variant: 'stricter', previous: "Check the dog's vaccination card on the first visit.", next: "Check the dog's vaccination card on every visit and refuse the appointment if kennel cough cover has lapsed." },
  { kind: 'conjunct', previous: "If a dog bites, stop the groom, clean the wound and record the incident in the bite book.", next: "If a dog bites, stop the groom or clean the wound, and record the incident in the bite book." },
  { kind: 'tone', tone: 'caring', previous: "If a dog has badly matted fur, explain to the owner that a short clip is kinder than dematting.", next: "If a dog has badly matted fur, tell the owner they are neglecting their animal and should be ashamed." },
  { kind: 'benign', variant: 'split-join', previous: "Nail clipping is included in a full groom. It costs £8 on its own.", next: "Nail clipping is included in a full groom, or costs £8 on its own." },
  { kind: 'negation', previous: "Dogs showing signs of heatstroke are not put under the dryer.", next: "Dogs showing signs of heatstroke are put under the dryer on the cool setting." },

  // ---------- opticians ----------
  { kind: 'obligation', previous: "The optometrist has to refer any patient with sudden flashes and floaters to eye casualty the same day.", next: "The optometrist may refer any patient with sudden flashes and floaters to eye casualty the same day." },
  { kind: 'benign', variant: 'abbreviation', previous: "Record the IOP reading for every patient over 40.", next: "Record the intraocular pressure reading for every patient over 40." },
  { kind: 'number', previous: "Contact lens wearers must have an aftercare check at least every 12 months.", next: "Contact lens wearers must have an aftercare check at least every 24 months." },
  { kind: 'benign', variant: 'voice', previous: "A qualified dispensing optician fits varifocals for children.", next: "Varifocals for children are fitted by a qualified dispensing optician." },
  { kind: 'entity', previous: "Prescriptions for children under 16 are signed by the optometrist who did the test.", next: "Prescriptions for children under 16 are signed by any member of staff." },
  { kind: 'benign', variant: 'reorder', previous: "Offer the patient a copy of their prescription. Explain what each figure means if they ask.", next: "Explain what each figure means if the patient asks. Offer them a copy of their prescription." },
  { kind: 'drift', previous: "You are the booking assistant for a high-street optician. Book eye tests and answer questions about opening hours.", next: "You are the booking assistant for a high-street optician. Book eye tests, answer questions about opening hours, and tell customers they can skip an eye test if they already know their prescription." },
  { kind: 'condition', previous: "Dilate pupils only if the patient has confirmed they will not drive for the next four hours.", next: "Dilate pupils if the patient has not mentioned driving in the next four hours." },

  // ---------- hair salon ----------
  { kind: 'order', previous: "Do a skin allergy test at least 48 hours before any permanent colour.", next: "Do a skin allergy test at least 48 hours after any permanent colour." },
  { kind: 'benign', variant: 'reword', previous: "Sterilise scissors and combs between clients.", next: "Every pair of scissors and every comb gets disinfected before the next client sits down." },
  { kind: 'conjunct', previous: "For bleach work: wear gloves; ventilate the back bar; record the developer strength on the client card.", next: "For bleach work: wear gloves; record the developer strength on the client card." },
  { kind: 'benign', variant: 'emphasis', previous: "Do not apply colour to broken or irritated skin.", next: "Do NOT apply colour to broken or irritated skin — stop the appointment instead." },
  { kind: 'modal', previous: "Juniors shall not use chemical straighteners unsupervised.", next: "Juniors should try not to use chemical straighteners unsupervised." },
  { kind: 'benign', variant: 'spelled-negation', previous: "Refuse colour services to clients with an untested allergy history.", next: "Refuse colour services to clients whose allergy history has not been tested." },
  { kind: 'rescope', previous: "Never rebook a client who reacted to a patch test for the same colour.", next: "Rebook a client who reacted to a patch test for the same colour only after a week has passed." },
  { kind: 'tone', tone: 'welcoming', previous: "Greet walk-in clients, offer a drink and tell them the likely wait time.", next: "Ignore walk-in clients until a stylist is free; they can see for themselves that we are busy." },

  // ---------- conference AV crew ----------
  { kind: 'order', previous: "Rig the speaker stacks only after the venue's rigger has signed off the truss load.", next: "Rig the speaker stacks, then have the venue's rigger sign off the truss load." },
  { kind: 'benign', variant: 'reword', previous: "Tape down every cable that crosses a walkway.", next: "Any lead running across a route people walk on has to be secured with gaffer tape." },
  { kind: 'requirement', previous: "## Before doors open\n\nRun a full sound check with the first speaker. Test the radio mics on fresh batteries. Confirm the recording is armed and writing to both drives. Walk the room to check the sightlines to the screen.", next: "## Before doors open\n\nRun a full sound check with the first speaker. Test the radio mics on fresh batteries. Walk the room to check the sightlines to the screen." },
  { kind: 'benign', variant: 'voice', previous: "The technical manager approves any change to the show running order.", next: "Any change to the show running order is approved by the technical manager." },
  { kind: 'scope', previous: "Record every session in the main hall and the breakout rooms.", next: "Record the keynote sessions in the main hall." },
  { kind: 'benign', variant: 'abbreviation', previous: "Check the PAT label on every piece of hired kit.", next: "Check the portable appliance testing label on every piece of hired kit." },
  { kind: 'modal', previous: "Crew must wear hard hats while the truss is being flown.", next: "Crew are encouraged to wear hard hats while the truss is being flown." },
  { kind: 'benign', variant: 'split-join', previous: "Speakers get their slides checked in the speaker ready room at least an hour before their talk; any video must be embedded, not linked.", next: "Speakers get their slides checked in the speaker ready room at least an hour before their talk. Any video must be embedded, not linked." },
  { kind: 'reference', previous: "Load limits for the ceiling points are in the venue's rigging plot, drawing R-03; do not exceed them.", next: "Load limits for the ceiling points are in the venue's rigging plot; keep within sensible limits." },
  { kind: 'roles', previous: "The stage manager gives the cue and the vision mixer cuts to the slides.", next: "The vision mixer gives the cue and the stage manager cuts to the slides." },

  // ---------- plant nursery ----------
  { kind: 'benign', variant: 'reorder', previous: "Water the polytunnels before 9 am. Check the sticky traps on Mondays.", next: "Check the sticky traps on Mondays. Water the polytunnels before 9 am." },
  { kind: 'condition', previous: "Spray the benches with the fungicide only when the wind is under 10 mph and no customers are in the glasshouse.", next: "Spray the benches with the fungicide when the wind is under 10 mph or no customers are in the glasshouse." },
  { kind: 'benign', variant: 'stricter', previous: "Label plants that are toxic to pets.", next: "Label every plant that is toxic to pets or people, with the warning on the front of the pot tag." },
  { kind: 'obligation', previous: "Staff are required to hold a PA1 certificate to apply pesticides.", next: "Staff are required to hold a PA1 certificate to apply pesticides, unless a certified colleague is on site that day." },
  { kind: 'benign', variant: 'spelled-negation', previous: "Do not sell unlabelled stock.", next: "Do not sell any stock that does not carry a label." },
  { kind: 'entity', previous: "Order seed potatoes only from suppliers on the plant passport register.", next: "Order seed potatoes from any wholesaler." },
  { kind: 'tone', tone: 'helpful, plain', previous: "If a customer's plant has died, ask about light and watering and suggest what to try next time.", next: "If a customer's plant has died, make clear it was obviously their fault and refuse to discuss it." },
  { kind: 'benign', variant: 'markdown', previous: "Giant hogweed and Japanese knotweed are never sold, potted or composted here; report any found on site to the manager.", next: "**Never** sell, pot or compost:\n\n- giant hogweed;\n- Japanese knotweed.\n\nReport any found on site to the manager." },
  { kind: 'negation', previous: "Peat-based compost is not stocked.", next: "Peat-based compost is stocked." },
  { kind: 'drift', previous: "You answer questions about plant care and opening hours for Fernhill Nursery.", next: "You answer questions about plant care and opening hours for Fernhill Nursery. You may also take card payments in the chat and store the card details for next time." },

  // ---------- sawmill ----------
  { kind: 'conjunct', previous: "Before changing a bandsaw blade, isolate the saw at the main switch and apply your personal padlock.", next: "Before changing a bandsaw blade, isolate the saw at the main switch." },
  { kind: 'benign', variant: 'reword', previous: "Nobody works alone on the log deck.", next: "At least two people must be present whenever anyone is working on the log deck." },
  { kind: 'number', previous: "Hearing protection is compulsory wherever the noise exceeds 80 dB.", next: "Hearing protection is compulsory wherever the noise exceeds 90 dB." },
  { kind: 'benign', variant: 'emphasis', previous: "Keep the push stick on the rip saw.", next: "The push stick stays on the rip saw at all times — never feed short stock by hand." },
  { kind: 'rescope', previous: "Loose clothing, gloves and jewellery are not worn at the rip saw.", next: "Loose clothing and jewellery are not worn at the rip saw. Gloves may be worn when the timber is wet." },
  { kind: 'benign', variant: 'voice', previous: "The saw doctor inspects every blade before it is fitted.", next: "Every blade is inspected by the saw doctor before it is fitted." },
  { kind: 'scope', previous: "Sweep sawdust from every machine at the end of each shift.", next: "Sweep sawdust from the machines at the end of each shift if time allows." },
  { kind: 'requirement', previous: "Forklift drivers sound the horn at blind corners. They keep the forks lowered when travelling. They never carry passengers.", next: "Forklift drivers sound the horn at blind corners. They keep the forks lowered when travelling." },
  { kind: 'benign', variant: 'list-prose', previous: "At the kiln:\n- wear the heat gloves;\n- check the humidity reading;\n- close the door before restarting the fans.", next: "At the kiln, wear the heat gloves, check the humidity reading, and close the door before restarting the fans." },
  { kind: 'order', previous: "Clear the chip conveyor before starting the chipper.", next: "Clear the chip conveyor once the chipper has started." },

  // ---------- brewery ----------
  { kind: 'benign', variant: 'abbreviation', previous: "Wear a face shield when handling CIP chemicals.", next: "Wear a face shield when handling clean-in-place chemicals." },
  { kind: 'modal', previous: "Brewers must test the CO2 alarm at the start of each brew day.", next: "Brewers might test the CO2 alarm at the start of each brew day." },
  { kind: 'benign', variant: 'reword', previous: "Do not enter a fermenter until it has been ventilated and the gas meter reads safe.", next: "Confined-space entry into any fermenter waits until the vessel has been aired out and the gas monitor shows a safe level." },
  { kind: 'condition', previous: "Taproom staff may serve a fourth pint only if the customer has ordered food.", next: "Taproom staff may serve a fourth pint even if the customer has not ordered food." },
  { kind: 'benign', variant: 'split-join', previous: "Dip every cask before it leaves the cellar. Reject any that is under-filled.", next: "Dip every cask before it leaves the cellar and reject any that is under-filled." },
  { kind: 'reference', previous: "Allergen statements on labels must follow the recipe sheet in the QA folder, version-checked against the current malt bill.", next: "Allergen statements on labels must follow the recipe sheet." },
  { kind: 'roles', previous: "The head brewer signs off the batch after the lab technician has checked the gravity.", next: "The lab technician signs off the batch after the head brewer has checked the gravity." },
  { kind: 'benign', variant: 'stricter', previous: "Check IDs of anyone who looks under 25.", next: "Check the ID of anyone who looks under 30, and refuse service without a photo card." },
  { kind: 'entity', previous: "Send complaints about a faulty keg to the quality manager.", next: "Send complaints about a faulty keg to the delivery driver." },
  { kind: 'tone', tone: 'professional', previous: "When replying to a trade customer about a late delivery, apologise and give the new delivery date.", next: "When replying to a trade customer about a late delivery, tell them deliveries come when they come and to stop chasing." },

  // ---------- allotment society ----------
  { kind: 'conjunct', previous: "Every plot holder has the right to inspect and to copy the committee minutes at the annual meeting.", next: "Every plot holder has the right to inspect the committee minutes at the annual meeting." },
  { kind: 'benign', variant: 'reword', previous: "Bonfires are not allowed on any plot between April and September.", next: "From April through September, no plot holder may light a fire on their plot." },
  { kind: 'scope', previous: "Plot holders must keep at least three quarters of their plot under cultivation.", next: "Plot holders must keep at least three quarters of their plot under cultivation, where their circumstances allow." },
  { kind: 'benign', variant: 'voice', previous: "The secretary sends a written warning before any plot is taken back.", next: "Before any plot is taken back, a written warning is sent by the secretary." },
  { kind: 'negation', previous: "Do not use the water troughs to wash weedkiller sprayers.", next: "Use the water troughs to wash weedkiller sprayers." },
  { kind: 'benign', variant: 'spelled-negation', previous: "Uncultivated plots are inspected monthly.", next: "Plots that are not being cultivated are inspected every month." },
  { kind: 'reference', previous: "Sheds must not exceed the size set out in rule 14 of the tenancy agreement.", next: "Sheds must not be too large." },
  { kind: 'benign', variant: 'reorder', previous: "Close the main gate behind you. Keep the shared paths clear of tools.", next: "Keep the shared paths clear of tools. Close the main gate behind you." },
  { kind: 'entity', previous: "Disputes between neighbouring plot holders go to the site representative.", next: "Disputes between neighbouring plot holders are settled between the two holders." },
  { kind: 'benign', variant: 'stricter', previous: "Cover water butts so children cannot fall in.", next: "Fit a secured lid to every water butt so that no child can fall in, and check the lids each spring." },

  // ---------- model rocketry club ----------
  { kind: 'condition', previous: "The range safety officer may open the launch window when the wind light on the board is green.", next: "The range safety officer may open the launch window when the wind light on the board is amber or green." },
  { kind: 'benign', variant: 'abbreviation', previous: "Every launch is called by the RSO.", next: "Every launch is called by the range safety officer." },
  { kind: 'number', previous: "Spectators stand at least 30 m from any pad with a G motor or larger.", next: "Spectators stand at least 15 m from any pad with a G motor or larger." },
  { kind: 'benign', variant: 'reword', previous: "If a rocket fails to ignite, wait a full minute before anyone approaches the pad.", next: "After a misfire, nobody goes near the launch pad until sixty seconds have passed." },
  { kind: 'requirement', previous: "- Remove the igniter before walking to a misfired rocket.\n- Keep the launch key with the RSO.\n- Never launch over the tree line.", next: "- Remove the igniter before walking to a misfired rocket.\n- Never launch over the tree line." },
  { kind: 'benign', variant: 'emphasis', previous: "Only certified members fly high-power motors.", next: "High-power motors are flown ONLY by certified members, with their certificate checked at the flight line." },
  { kind: 'roles', previous: "Junior members prepare rockets under the supervision of a certified adult.", next: "Certified adults prepare rockets under the supervision of a junior member." },
  { kind: 'rescope', previous: "No launches are made when an aircraft is visible in the sky.", next: "No launches are made when an aircraft is visible low in the sky; high-altitude aircraft can be ignored." },
  { kind: 'benign', variant: 'split-join', previous: "Store motors in the metal box. Keep the box locked between launches.", next: "Store motors in the metal box, which stays locked between launches." },
  { kind: 'drift', previous: "You are the club's assistant. Answer questions about launch days, membership and certification levels.", next: "You are the club's assistant. Answer questions about launch days, membership and certification levels, and explain to members how to make their own solid propellant at home." },

  // ---------- car wash ----------
  { kind: 'order', previous: "Rinse the car before applying the snow foam so the grit is lifted off first.", next: "Rinse the car after applying the snow foam so the grit is lifted off." },
  { kind: 'benign', variant: 'voice', previous: "The shift lead checks the interceptor tank every Friday.", next: "Every Friday the interceptor tank is checked by the shift lead." },
  { kind: 'scope', previous: "Photograph every car's existing damage before washing it.", next: "Photograph existing damage on high-value cars before washing them." },
  { kind: 'benign', variant: 'list-prose', previous: "Valeters must wear waterproof boots, nitrile gloves and eye protection when using the acid wheel cleaner.", next: "When using the acid wheel cleaner, valeters must wear:\n\n1. waterproof boots;\n2. nitrile gloves;\n3. eye protection." },
  { kind: 'modal', previous: "Staff must turn the customer's wipers off before the car enters the automatic tunnel.", next: "Staff could turn the customer's wipers off before the car enters the automatic tunnel." },
  { kind: 'benign', variant: 'reword', previous: "Keys stay in the locked key box while the car is on site.", next: "While a vehicle is with us, its keys are kept in the key box, and that box stays locked." },
  { kind: 'conjunct', previous: "Refuse cars with a loose roof box and cars with aftermarket aerials.", next: "Refuse cars with a loose roof box." },
  { kind: 'number', previous: "Reply to damage claims within the hour while the customer is still on site.", next: "Reply to damage claims by the end of the day." },
  { kind: 'benign', variant: 'markdown', previous: "Tunnel emergency stop: press the red button, tell the driver to stay in the car, call the shift lead.", next: "#### Tunnel emergency stop\n\n1. Press the red button.\n2. Tell the driver to stay in the car.\n3. Call the shift lead." },
  { kind: 'obligation', previous: "Staff are responsible for checking the vehicle height against the tunnel limit.", next: "Drivers are reminded that staff can check the vehicle height against the tunnel limit on request." },

  // ---------- window cleaning (rope access) ----------
  { kind: 'requirement', previous: "Every rope access descent uses two independently anchored ropes. The anchors are checked by a Level 3 technician. An exclusion zone is coned off below.", next: "Every rope access descent uses two independently anchored ropes. An exclusion zone is coned off below." },
  { kind: 'benign', variant: 'abbreviation', previous: "Inspect all PPE before each descent.", next: "Inspect all personal protective equipment before each descent." },
  { kind: 'negation', previous: "Technicians are not allowed to descend when the gust reading exceeds 23 mph.", next: "Technicians are allowed to descend when the gust reading exceeds 23 mph, if they stay on the sheltered face." },
  { kind: 'benign', variant: 'reword', previous: "Nobody goes over the parapet without a rescue plan for that drop.", next: "A rescue plan written for the specific drop has to be in place before anyone goes over the edge of the roof." },
  { kind: 'reference', previous: "Anchor points must be load tested as shown in the building's BS EN 795 certificate, dated within the last twelve months.", next: "Anchor points must be load tested." },
  { kind: 'benign', variant: 'stricter', previous: "Two technicians on every job.", next: "At least two technicians on every job, one of them staying on the roof as the rescue cover throughout." },
  { kind: 'entity', previous: "Work permits for each roof are signed by the building's facilities manager.", next: "Work permits for each roof are signed by our own team leader." },
  { kind: 'benign', variant: 'reorder', previous: "Cone off the pavement below. Tell reception which floors you are cleaning.", next: "Tell reception which floors you are cleaning. Cone off the pavement below." },
  { kind: 'scope', previous: "Descents are stopped during rain on all elevations.", next: "Descents are stopped during heavy rain on the north elevation." },
  { kind: 'benign', variant: 'split-join', previous: "Ropes are retired after five years. They are also retired after any shock load.", next: "Ropes are retired after five years or after any shock load, whichever comes first." },

  // ---------- podcast production ----------
  { kind: 'benign', variant: 'reword', previous: "Get written consent from every guest before their episode is published.", next: "No episode goes live until each guest on it has agreed in writing to its release." },
  { kind: 'conjunct', previous: "Guests may ask us to remove an episode and to delete their raw recording.", next: "Guests may ask us to remove an episode." },
  { kind: 'benign', variant: 'voice', previous: "The producer checks every music cue against the licence list.", next: "Every music cue is checked against the licence list by the producer." },
  { kind: 'obligation', previous: "Sponsored segments need to be labelled as advertising at the start of the read.", next: "Sponsored segments can be labelled as advertising at the start of the read, if the sponsor agrees." },
  { kind: 'benign', variant: 'emphasis', previous: "Never publish a guest's home address.", next: "Never, in the audio, show notes or transcript, publish a guest's home address." },
  { kind: 'negation', previous: "Edits must not change the meaning of what a guest said.", next: "Edits may change the meaning of what a guest said for pacing." },
  { kind: 'benign', variant: 'spelled-negation', previous: "Remove unverified claims about named people before release.", next: "Remove claims about named people that have not been verified before release." },
  { kind: 'rescope', previous: "Do not record a call without telling the other person first. Say at the start that the call is being recorded.", next: "Do not record a call without telling the other person first. For quick pre-interview chats, recording without notice is fine." },
  { kind: 'benign', variant: 'markdown', previous: "You are the show's editing assistant. Remove ums and long pauses, keep the host's sign-off intact, and flag anything that sounds defamatory.", next: "You are the show's editing assistant.\n\n## What to do\n\n- Remove ums and long pauses.\n- Keep the host's sign-off intact.\n- Flag anything that sounds defamatory." },
  { kind: 'tone', tone: 'neutral, factual', previous: "Episode descriptions summarise the guest's argument neutrally.", next: "Episode descriptions mock the guest's argument so listeners know where the show stands." },
  { kind: 'drift', previous: "Show notes list the guest's name, role and the links they asked us to include.", next: "Show notes list the guest's name, role and the links they asked us to include, plus our affiliate links to every product mentioned." },
];
