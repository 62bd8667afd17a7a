// Held-back set v23 of issue 11: hand-labelled clause edits, written blind on 2026-12-03
// (session 14) by someone who never saw the detectors, their tests, their history or any other
// labelled set; never tuned on; measured once, after the commit that adds it. Do not edit entries
// to make a detector pass. Labels say what a careful reviewer would want: `benign` edits keep the
// rule (a stricter rule is not a regression), every other kind weakens or changes it; edits
// touching several things are labelled by their main change. 276 edits, 127 benign,
// 27 domains. Benign variant `units` says the same quantity in words or other units.
// Domains: bonsai nursery, alpine mountain hut wardens, crossword magazine desk, hydroponic
// vertical farm, ice sculpture studio, public observatory nights, fountain pen repair, velodrome
// track sessions, bird ringing station, millinery workshop, curling club, fencing club, coffee
// roastery, hovercraft rides, quilting guild, scuba dive centre, radiosonde balloon station, chess
// tournament arbiters, fossil dig field trips, water well drilling, calligraphy studio, cinema
// projection booth, orienteering events, saddlery workshop, soap making workshop, kombucha
// brewery, beach lifeguard patrol.

import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V23: readonly ClauseEdit[] = [
  // Bonsai nursery
  { kind: 'benign', variant: 'reword', previous: `Never wire a deciduous tree during the weeks its buds are opening.`, next: `While a deciduous tree is breaking bud, leave the wire off it entirely.` },
  { kind: 'order', previous: `Apprentices must let the root ball dry for a day before root pruning a pine, and soak it again afterwards.`, next: `Apprentices must let the root ball dry for a day after root pruning a pine, and soak it again afterwards.` },
  { kind: 'scope', previous: `You are the care advisor for Kiyomi Bonsai. Give an aftercare sheet to every customer who buys a tree over ten years old. Do not diagnose pests from photos; ask the customer to bring the tree in.`, next: `You are the care advisor for Kiyomi Bonsai. Give an aftercare sheet to customers who ask for one when they buy a tree over ten years old. Do not diagnose pests from photos; ask the customer to bring the tree in.` },
  { kind: 'benign', variant: 'stricter', previous: `Trees left with us for boarding must be labelled with the owner's name.`, next: `Trees left with us for boarding must be labelled with the owner's name and phone number, and the label must be tied to the trunk rather than stuck on the pot.` },
  { kind: 'number', previous: `| Species | Minimum age for sale |\n|---|---|\n| Juniper | 5 years |\n| Japanese maple | 4 years |\n| Trident maple | 3 years |\n| Chinese elm | 3 years |`, next: `| Species | Minimum age for sale |\n|---|---|\n| Juniper | 5 years |\n| Japanese maple | 2 years |\n| Trident maple | 3 years |\n| Chinese elm | 3 years |` },
  { kind: 'benign', variant: 'voice', previous: `The head grower approves every export phytosanitary certificate.`, next: `Every export phytosanitary certificate is approved by the head grower.` },
  { kind: 'conjunct', previous: `Before a tree leaves the boarding benches, staff must check it for scale insects, trim the new growth and photograph it for the owner's file.`, next: `Before a tree leaves the boarding benches, staff must trim the new growth and photograph it for the owner's file.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Only staff holding the RHS Level 2 certificate may apply systemic insecticide.`, next: `Only staff holding the Royal Horticultural Society Level 2 certificate may apply systemic insecticide.` },
  { kind: 'number', previous: `Only staff holding the Level 3 certificate may carry out approach grafts on customers' trees.`, next: `Only staff holding the Level 2 certificate may carry out approach grafts on customers' trees.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Unsold trees stay in the shade house over winter.`, next: `Trees that have not been sold stay in the shade house over winter.` },

  // Alpine mountain hut wardens
  { kind: 'condition', previous: `Wardens shall open the winter room only when the main hut is closed for the season.`, next: `Wardens shall open the winter room unless the main hut is closed for the season.` },
  { kind: 'benign', variant: 'reword', previous: `Guests must remove their boots before entering the dormitory.`, next: `Nobody walks into the sleeping quarters in mountain boots; footwear comes off first.` },
  { kind: 'rescope', previous: `Never send a party onto the glacier after 2 pm; advise them to wait for the next morning.`, next: `Send a party onto the glacier after 2 pm when they do not want to wait for the next morning.` },
  { kind: 'benign', variant: 'units', previous: `Carry at least 2 litres of water per person on the hut-to-hut route.`, next: `Carry no less than 2,000 millilitres of water for each person on the hut-to-hut route.` },
  { kind: 'obligation', previous: `## Night routine\nWardens shall lock the supply store at 21:00. The generator is switched off at 22:00 and the emergency lights stay on all night. The duty warden is required to check the radio at 06:00 and log the weather bulletin. Guests leaving before dawn sign the route book at the door. Any party overdue by two hours is reported to mountain rescue.`, next: `## Night routine\nWardens shall lock the supply store at 21:00. The generator is switched off at 22:00 and the emergency lights stay on all night. The duty warden may check the radio at 06:00 and log the weather bulletin. Guests leaving before dawn sign the route book at the door. Any party overdue by two hours is reported to mountain rescue.` },
  { kind: 'benign', variant: 'split-join', previous: `Wardens shall record every overnight guest in the register and shall send the register to the club office at the end of each month.`, next: `Wardens shall record every overnight guest in the register. At the end of each month, they shall send the register to the club office.` },
  { kind: 'roles', previous: `The warden briefs each guided group's mountain leader on the avalanche bulletin before the group departs.`, next: `Each guided group's mountain leader briefs the warden on the avalanche bulletin before the group departs.` },
  { kind: 'benign', variant: 'emphasis', previous: `Do not light the wood stove in the dormitory.`, next: `Do not light the wood stove in the dormitory under any circumstances, not even on the coldest night.` },
  { kind: 'number', previous: `Bookings cancelled less than 7 days before arrival are charged in full.`, next: `Bookings cancelled less than 3 days before arrival are charged in full.` },
  { kind: 'benign', variant: 'reorder', previous: `Guests must carry their own sleeping sheet. Dogs are not allowed inside the hut.`, next: `Dogs are not allowed inside the hut. Guests must carry their own sleeping sheet.` },

  // Crossword magazine editorial desk
  { kind: 'benign', variant: 'reword', previous: `Every grid gets test-solved by someone who did not set it before it goes to print.`, next: `No puzzle reaches the printer until a solver other than its setter has worked through it.` },
  { kind: 'conjunct', previous: `Setters must keep brand names, living politicians and diseases out of their clues.`, next: `Setters must keep brand names and diseases out of their clues.` },
  { kind: 'scope', previous: `Check every answer against the house dictionary.`, next: `Where practical, check each answer against the house dictionary.` },
  { kind: 'benign', variant: 'list-prose', previous: `Before sign-off, the puzzle editor checks that:\n- the grid is symmetrical\n- every clue has an enumeration\n- no answer appeared in the previous four issues`, next: `Before sign-off, the puzzle editor checks that the grid is symmetrical, that every clue has an enumeration, and that no answer appeared in the previous four issues.` },
  { kind: 'order', previous: `Pay the setter's fee once the grid has passed test-solving, not earlier.`, next: `Pay the setter's fee before the grid has passed test-solving, not later.` },
  { kind: 'number', previous: `Entries for the prize crossword close 14 days after the issue date.`, next: `Entries for the prize crossword close 21 days after the issue date.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Queries about a clue go to the PE, not to the setter.`, next: `Queries about a clue go to the puzzle editor, not to the setter.` },
  { kind: 'negation', previous: `We don't print winners' full addresses, only their town.`, next: `We print winners' full addresses as well as their town.` },
  { kind: 'benign', variant: 'voice', previous: `The production team inserts the grid numbers after the puzzle editor approves the clues.`, next: `Grid numbers are inserted by the production team once the clues have been approved by the puzzle editor.` },
  { kind: 'tone', tone: 'friendly', previous: `When a reader writes in about an error, thank them warmly, admit the mistake plainly and tell them the correction will run next issue.`, next: `When a reader writes in about an error, point out that errors are very rare, suggest they read the clue again more carefully, and tell them the correction will run next issue.` },

  // Hydroponic vertical farm
  { kind: 'number', previous: `1. Check nutrient EC at 06:00.\n2. Keep EC between 1.2 and 1.8 mS/cm for lettuce.\n3. Flush any tower whose pH leaves 5.5-6.5 for more than 2 hours.\n4. Record both readings on the tower card.`, next: `1. Check nutrient EC at 06:00.\n2. Keep EC between 1.2 and 1.8 mS/cm for lettuce.\n3. Flush any tower whose pH leaves 5.5-6.5 for more than 12 hours.\n4. Record both readings on the tower card.` },
  { kind: 'benign', variant: 'units', previous: `Keep the germination room at 21 °C.`, next: `Hold the germination room at twenty-one degrees Celsius.` },
  { kind: 'condition', previous: `Harvest crews may enter the grow room only if they have changed into clean overalls.`, next: `Harvest crews may enter the grow room even if they have not changed into clean overalls.` },
  { kind: 'benign', variant: 'stricter', previous: `Wash your hands before touching the seedling trays.`, next: `Wash your hands and put on fresh nitrile gloves before touching the seedling trays, and change gloves between trays.` },
  { kind: 'obligation', previous: `The shift lead is responsible for signing the daily food-safety checklist.`, next: `The shift lead can sign the daily food-safety checklist.` },
  { kind: 'benign', variant: 'reword', previous: `Discard any batch that touched the floor.`, next: `A batch that has been in contact with the floor is never sold; it goes in the waste.` },
  { kind: 'scope', previous: `All LED panels are inspected weekly.`, next: `LED panels on the top three tiers are inspected weekly.` },
  { kind: 'roles', previous: `The grower notifies the quality manager whenever a tower shows root rot.`, next: `The quality manager notifies the grower whenever a tower shows root rot.` },
  { kind: 'benign', variant: 'markdown', previous: `### CO2 enrichment\nNever open the enrichment valve while people are in the room.`, next: `**CO2 enrichment:** never open the enrichment valve while people are in the room.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Log every reading in the FMS before the end of the shift.`, next: `Log every reading in the farm management system before the end of the shift.` },

  // Ice sculpture studio
  { kind: 'rescope', previous: `You are the events assistant for Frostline Ice Studio. Quote delivery only for venues within 40 miles. Tell clients that every sculpture must stand on a drip tray. Never promise a sculpture will last longer than 6 hours outdoors.`, next: `You are the events assistant for Frostline Ice Studio. Quote delivery only for venues within 40 miles. Tell clients that every sculpture must stand on a drip tray. Promise a sculpture will last longer than 6 hours outdoors when it is displayed in the shade.` },
  { kind: 'benign', variant: 'reword', previous: `You are the events assistant for Frostline Ice Studio. Quote delivery only for venues within 40 miles.`, next: `You handle event enquiries for Frostline Ice Studio. We deliver to venues no further than 40 miles away, so never quote delivery beyond that distance.` },
  { kind: 'conjunct', previous: `Carvers must wear cut-resistant gloves and safety glasses whenever the chainsaw is running.`, next: `Carvers must wear cut-resistant gloves whenever the chainsaw is running.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Unrefrigerated vans may not be used for deliveries longer than 30 minutes.`, next: `Vans that are not refrigerated may not be used for deliveries longer than 30 minutes.` },
  { kind: 'modal', previous: `Staff must store ice blocks at -10 °C or colder.`, next: `Staff should store ice blocks at -10 °C or colder.` },
  { kind: 'order', previous: `Reject any block whose core temperature is above -5 °C.`, next: `Reject any block whose core temperature is below -5 °C.` },
  { kind: 'benign', variant: 'split-join', previous: `The client must sign the damage waiver before the sculpture is unloaded, and the driver keeps a copy.`, next: `Before the sculpture is unloaded, the client must sign the damage waiver. The driver keeps a copy of it.` },
  { kind: 'entity', previous: `Hand any request for a logo sculpture to the design lead.`, next: `Hand any request for a logo sculpture to the delivery driver.` },
  { kind: 'benign', variant: 'emphasis', previous: `Do not leave a lit candle inside an ice luge.`, next: `Never, not even for a moment, leave a lit candle inside an ice luge.` },
  { kind: 'scope', previous: `Refund the deposit in full if the studio cancels for any reason.`, next: `Refund the deposit in full if the studio cancels because of a freezer failure.` },

  // Public observatory nights
  { kind: 'number', previous: `- Children under 12 must be accompanied by an adult at the telescope.\n- Visitors stay on the lit path between the car park and the dome.\n- Phones are kept in pockets with screens off.`, next: `- Children under 8 must be accompanied by an adult at the telescope.\n- Visitors stay on the lit path between the car park and the dome.\n- Phones are kept in pockets with screens off.` },
  { kind: 'benign', variant: 'reword', previous: `Volunteers must not point the telescope at the sun without the solar filter fitted.`, next: `Unless the solar filter is in place, a volunteer keeps the telescope aimed away from the sun.` },
  { kind: 'condition', previous: `Keep the dome shutter open only while the wind stays below 30 km/h.`, next: `Keep the dome shutter open even while the wind is above 30 km/h.` },
  { kind: 'benign', variant: 'stricter', previous: `Only red torches may be used inside the dome.`, next: `Only red torches, dimmed to their lowest setting, may be used inside the dome, and only by volunteers.` },
  { kind: 'roles', previous: `## Public nights\nDoors open at 19:30 and the talk begins at 20:00. The duty astronomer gives the safety briefing to the volunteers before the first group enters the dome. Groups are limited to 15 people. Visitors may photograph the telescope but not use flash. The session ends at 22:30 or earlier if the sky clouds over.`, next: `## Public nights\nDoors open at 19:30 and the talk begins at 20:00. The volunteers give the safety briefing to the duty astronomer before the first group enters the dome. Groups are limited to 15 people. Visitors may photograph the telescope but not use flash. The session ends at 22:30 or earlier if the sky clouds over.` },
  { kind: 'benign', variant: 'reorder', previous: `- Tickets are checked at the gate.\n- Visitors stay on the lit path.\n- Flash photography is not allowed.`, next: `- Flash photography is not allowed.\n- Tickets are checked at the gate.\n- Visitors stay on the lit path.` },
  { kind: 'reference', previous: `Follow the dark-sky lighting plan in appendix C when setting up the car park.`, next: `Follow a sensible lighting plan when setting up the car park.` },
  { kind: 'obligation', previous: `Volunteers are prohibited from letting visitors adjust the telescope focus unsupervised.`, next: `Volunteers are allowed to let visitors adjust the telescope focus unsupervised.` },
  { kind: 'benign', variant: 'units', previous: `Each viewing session lasts 90 minutes.`, next: `Each viewing session lasts an hour and a half.` },
  { kind: 'scope', previous: `Offer a free return ticket to every visitor whose session was clouded out.`, next: `Offer a free return ticket to members whose session was clouded out.` },

  // Fountain pen repair shop
  { kind: 'benign', variant: 'reword', previous: `We never regrind a vintage nib without the owner's written approval.`, next: `A vintage nib gets reground only after its owner has agreed to it in writing.` },
  { kind: 'number', previous: `Every repair is guaranteed for 12 months from collection.`, next: `Every repair is guaranteed for 6 months from collection.` },
  { kind: 'drift', previous: `When a customer asks which ink suits a celluloid pen, recommend a pH-neutral bottled ink and explain that iron gall ink can stain and weaken the barrel.`, next: `When a customer asks which ink suits a celluloid pen, recommend our house ink range and mention this month's three-bottle discount.` },
  { kind: 'benign', variant: 'voice', previous: `The technician pressure-tests every replaced ink sac before the pen goes back to its owner.`, next: `Every replaced ink sac is pressure-tested by the technician before the pen goes back to its owner.` },
  { kind: 'scope', previous: `Photograph each pen on arrival, showing any existing cracks or brassing.`, next: `Ideally, photograph each pen on arrival, showing any existing cracks or brassing.` },
  { kind: 'negation', previous: `Do not use heat to free a stuck section on a celluloid pen.`, next: `Use gentle heat to free a stuck section on a celluloid pen.` },
  { kind: 'benign', variant: 'split-join', previous: `Pens returned by post must be packed in a rigid box. The parcel must be insured for the declared value.`, next: `Pens returned by post must be packed in a rigid box and sent in a parcel insured for the declared value.` },
  { kind: 'conjunct', previous: `Every repair ticket records:\n1. the owner's name and phone number\n2. the pen model and serial number\n3. the fault the owner reported\n4. the agreed price`, next: `Every repair ticket records:\n1. the owner's name and phone number\n2. the pen model and serial number\n3. the agreed price` },
  { kind: 'benign', variant: 'abbreviation', previous: `Any estimate above £100 needs the GM's approval before work starts.`, next: `Any estimate above £100 needs the general manager's approval before work starts.` },
  { kind: 'rescope', previous: `Never fill a customer's pen with India ink. Customers may bring their own bottle for a test fill.`, next: `Never fill a customer's pen with India ink. Customers may bring their own bottle for a test fill, India ink included.` },

  // Velodrome track sessions
  { kind: 'order', previous: `When overtaking, riders must pass above the slower rider, never below.`, next: `When overtaking, riders must pass below the slower rider, never above.` },
  { kind: 'benign', variant: 'reword', previous: `Only riders who have passed accreditation may book open track sessions.`, next: `Open track sessions cannot be booked by anyone who has yet to complete accreditation.` },
  { kind: 'roles', previous: `During paced laps, novice riders follow the experienced rider and never overtake the derny.`, next: `During paced laps, the experienced rider follows the novice riders and never overtakes the derny.` },
  { kind: 'benign', variant: 'stricter', previous: `Helmets must be worn on the track.`, next: `Helmets meeting the current safety standard must be worn, strap fastened, on the track and in the infield warm-up area.` },
  { kind: 'number', previous: `Under-16s are limited to a maximum gear of 92 inches.`, next: `Under-16s are limited to a maximum gear of 102 inches.` },
  { kind: 'condition', previous: `Stop the session as soon as any rider crashes.`, next: `Stop the session if two or more riders crash.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Unaccompanied juniors may not enter the infield.`, next: `Juniors who are not accompanied may not enter the infield.` },
  { kind: 'obligation', previous: `Riders need to sign in at reception before every session.`, next: `Riders are encouraged to sign in at reception before every session.` },
  { kind: 'benign', variant: 'markdown', previous: `| Session | Minimum accreditation |\n|---|---|\n| Taster | none |\n| Open track | Level 2 |\n| Race training | Level 3 |`, next: `| Session       | Minimum accreditation |\n|:--------------|:---------------------:|\n| Taster        | none                  |\n| Open track    | Level 2               |\n| Race training | Level 3               |` },
  { kind: 'number', previous: `| Session | Minimum accreditation |\n|---|---|\n| Taster | none |\n| Open track | Level 2 |\n| Race training | Level 3 |`, next: `| Session | Minimum accreditation |\n|---|---|\n| Taster | none |\n| Open track | Level 2 |\n| Race training | Level 2 |` },

  // Bird ringing station
  { kind: 'benign', variant: 'reword', previous: `Trainees may not extract a bird from a mist net unless a licensed ringer is standing beside them.`, next: `A trainee only takes a bird out of a mist net with a licensed ringer right next to them.` },
  { kind: 'order', previous: `Furl the nets at least 30 minutes before sunset.`, next: `Furl the nets at least 30 minutes after sunset.` },
  { kind: 'conjunct', previous: `For every bird caught, record the species, ring number, age, sex and wing length.`, next: `For every bird caught, record the species, ring number and wing length.` },
  { kind: 'benign', variant: 'voice', previous: `A permit holder checks every net at least every 30 minutes.`, next: `Every net is checked at least every 30 minutes by a permit holder.` },
  { kind: 'condition', previous: `Close all nets when the temperature drops below 2 °C or rain starts.`, next: `Close all nets when the temperature drops below 2 °C and rain starts.` },
  { kind: 'benign', variant: 'units', previous: `Check every net at least every 30 minutes.`, next: `Check every net at least twice an hour.` },
  { kind: 'entity', previous: `Report any ringed bird found dead to the national ringing scheme.`, next: `Report any ringed bird found dead to the station's social media page.` },
  { kind: 'benign', variant: 'stricter', previous: `Release each bird within 20 minutes of extraction.`, next: `Release each bird within 20 minutes of extraction, at the spot where it was caught, and never in the dark.` },
  { kind: 'scope', previous: `Every ringer must hold a current permit for the species they handle.`, next: `Every ringer must hold a current permit for the rare species they handle.` },
  { kind: 'benign', variant: 'emphasis', previous: `Do not ring nestlings that are less than five days old.`, next: `**Do not**, in any circumstances, ring nestlings that are less than five days old.` },

  // Millinery workshop
  { kind: 'benign', variant: 'reword', previous: `Steam blocking is done only by staff who have completed the burns induction.`, next: `Nobody operates the blocking steamer until they have been through the burns induction.` },
  { kind: 'number', previous: `Bespoke hats need a deposit of 50% at the first fitting.`, next: `Bespoke hats need a deposit of 25% at the first fitting.` },
  { kind: 'roles', previous: `The client approves the final sketch before the milliner orders any materials.`, next: `The milliner approves the final sketch before the client orders any materials.` },
  { kind: 'benign', variant: 'list-prose', previous: `At the first fitting, take the client's head measurement, note whether they wear their hair up or down, and photograph the outfit fabric.`, next: `At the first fitting:\n1. take the client's head measurement\n2. note whether they wear their hair up or down\n3. photograph the outfit fabric` },
  { kind: 'obligation', previous: `Apprentices are not allowed to cut sinamay from the roll without a supervisor present.`, next: `Apprentices are allowed to cut sinamay from the roll without a supervisor present.` },
  { kind: 'benign', variant: 'split-join', previous: `Feathers are stored in sealed boxes. Each box carries a moth-check date.`, next: `Feathers are stored in sealed boxes, each carrying a moth-check date.` },
  { kind: 'scope', previous: `All race-day orders must be collected by the Wednesday before the event.`, next: `Race-day orders should, in most cases, be collected by the Wednesday before the event.` },
  { kind: 'order', previous: `Hats for Royal Ascot must be finished no later than ten days before the meeting.`, next: `Hats for Royal Ascot must be finished no earlier than ten days before the meeting.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Quote a price only after checking stock in the ERP.`, next: `Quote a price only after checking stock in the enterprise resource planning system.` },
  { kind: 'tone', tone: 'warm', previous: `If a client is unhappy with the fit, apologise, offer a free adjustment and book it at a time that suits them.`, next: `If a client is unhappy with the fit, explain that the measurements they gave were used correctly, offer an adjustment and book it at a time that suits us.` },

  // Curling club
  { kind: 'benign', variant: 'reword', previous: `Members must wear clean, dedicated shoes on the ice; outdoor footwear is not permitted past the gate.`, next: `Street shoes stop at the gate: on the sheet, members wear only clean shoes kept for curling.` },
  { kind: 'condition', previous: `The ice technician pebbles the sheets before every draw, unless the previous draw finished less than 20 minutes earlier.`, next: `The ice technician pebbles the sheets before every draw, but only if the previous draw finished less than 20 minutes earlier.` },
  { kind: 'number', previous: `Keep the ice surface at -5 °C and the air at 5 °C during league nights.`, next: `Keep the ice surface at -3 °C and the air at 5 °C during league nights.` },
  { kind: 'benign', variant: 'voice', previous: `The skip decides every disputed measurement with the opposing skip.`, next: `Every disputed measurement is decided by the two skips together.` },
  { kind: 'roles', previous: `In club games, the lead sweeps for the skip's stones, and the skip holds the broom for the lead.`, next: `In club games, the skip sweeps for the lead's stones, and the lead holds the broom for the skip.` },
  { kind: 'benign', variant: 'stricter', previous: `Novices must wear a head protector during their first season.`, next: `Novices must wear a head protector during their first two seasons, and must use a stabiliser until a coach signs them off.` },
  { kind: 'entity', previous: `League teams may field one substitute from the Division 2 pool.`, next: `League teams may field one substitute from the Division 1 pool.` },
  { kind: 'benign', variant: 'reorder', previous: `The bar closes at 23:00. Stones are returned to the home end after the last end.`, next: `Stones are returned to the home end after the last end. The bar closes at 23:00.` },
  { kind: 'requirement', previous: `## Bonspiel entries\nTeams enter through the club website. Each team must name an alternate player when it enters. Entry fees are paid by bank transfer within seven days.`, next: `## Bonspiel entries\nTeams enter through the club website. Entry fees are paid by bank transfer within seven days.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Unmarked stones must not be used in league play.`, next: `Stones that have not been marked must not be used in league play.` },

  // Fencing club
  { kind: 'benign', variant: 'reword', previous: `Nobody fences without a mask, jacket, plastron, glove and breeches that pass the weekly equipment check.`, next: `Every fencer on the piste wears a mask, jacket, plastron, glove and breeches, all of which have passed this week's equipment check.` },
  { kind: 'scope', previous: `Any blade that breaks during a bout must be reported to the armourer.`, next: `Any blade that breaks during a competition bout must be reported to the armourer.` },
  { kind: 'conjunct', previous: `Coaches must check every junior's mask for dents and test the bib strap before each lesson.`, next: `Coaches must check every junior's mask for dents before each lesson.` },
  { kind: 'benign', variant: 'units', previous: `Masks must withstand a punch test of 12 kilograms.`, next: `Masks must withstand a punch test of 12,000 grams.` },
  { kind: 'modal', previous: `Fencers under 14 shall use a size 2 blade.`, next: `Fencers under 14 may use a size 2 blade.` },
  { kind: 'benign', variant: 'split-join', previous: `Referees salute both fencers at the start of a bout. They also check the scoring box is at zero.`, next: `At the start of a bout, referees salute both fencers and check that the scoring box is at zero.` },
  { kind: 'rescope', previous: `Never fence with a blade that has a bare tip; replace the point cap first.`, next: `Fence with a blade that has a bare tip only when no point cap is available.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Competitors must hold a valid BF membership on the day of the event.`, next: `Competitors must hold a valid British Fencing membership on the day of the event.` },
  { kind: 'order', previous: `The armourer tests each body wire before it is plugged into the reel.`, next: `The armourer tests each body wire after it is plugged into the reel.` },
  { kind: 'benign', variant: 'stricter', previous: `Juniors must be collected by a parent after evening sessions.`, next: `Juniors must be collected by a parent inside the hall after evening sessions, and coaches must wait until every junior has been collected.` },

  // Coffee roastery
  { kind: 'number', previous: `| Roast | Drop temperature | Rest before sale |\n|---|---|---|\n| Filter | 205 °C | 3 days |\n| Espresso | 215 °C | 7 days |\n| Decaf | 210 °C | 5 days |`, next: `| Roast | Drop temperature | Rest before sale |\n|---|---|---|\n| Filter | 205 °C | 3 days |\n| Espresso | 215 °C | 1 day |\n| Decaf | 210 °C | 5 days |` },
  { kind: 'benign', variant: 'reword', previous: `Roasters must never leave the drum unattended while it is above 150 °C.`, next: `As long as the drum is hotter than 150 °C, somebody from the roasting team stays beside it.` },
  { kind: 'condition', previous: `Re-cup a batch only if its colour reading differs from the profile by more than 3 points.`, next: `Re-cup a batch whenever its colour reading differs from the profile.` },
  { kind: 'benign', variant: 'markdown', previous: `- Roast dates go on every bag.\n- Bags are sealed within an hour of packing.`, next: `1. Roast dates go on every bag.\n2. Bags are sealed within an hour of packing.` },
  { kind: 'entity', previous: `Wholesale price lists are sent only to the café owner, not to the baristas.`, next: `Wholesale price lists are sent only to the baristas, not to the café owner.` },
  { kind: 'benign', variant: 'stricter', previous: `Clean the chaff collector every day.`, next: `Clean the chaff collector at the end of every roasting day and again after every tenth batch, and log each clean.` },
  { kind: 'drift', previous: `You are the roastery's wholesale assistant. Answer questions about grind sizes, delivery days and invoice copies. Recommend a coffee only from the beans the customer already buys.`, next: `You are the roastery's wholesale assistant. Answer questions about grind sizes, delivery days and invoice copies. Recommend the new premium single-origin subscription in every reply.` },
  { kind: 'benign', variant: 'emphasis', previous: `Do not roast with the afterburner switched off.`, next: `Do not roast with the afterburner switched off. This rule has no exceptions.` },
  { kind: 'obligation', previous: `The head roaster has to approve every new profile before it is used for sale batches.`, next: `The head roaster is welcome to review new profiles before they are used for sale batches.` },
  { kind: 'benign', variant: 'voice', previous: `Green beans are inspected for defects by the quality lead on delivery.`, next: `The quality lead inspects green beans for defects on delivery.` },

  // Hovercraft rides
  { kind: 'benign', variant: 'reword', previous: `Passengers must keep their life jackets fastened from boarding until they are back on the slipway.`, next: `From the moment they board until they step back onto the slipway, riders keep their buoyancy aids done up.` },
  { kind: 'number', previous: `Rides are suspended when the wind exceeds 20 knots.`, next: `Rides are suspended when the wind exceeds 30 knots.` },
  { kind: 'condition', previous: `Pilots may cross the sandbank only at high tide.`, next: `Pilots may cross the sandbank at any tide except high tide.` },
  { kind: 'benign', variant: 'units', previous: `Rides are suspended when the wind exceeds 20 knots.`, next: `Rides are suspended when the wind speed is more than twenty knots.` },
  { kind: 'scope', previous: `Every passenger receives the safety briefing before boarding.`, next: `First-time passengers receive the safety briefing before boarding.` },
  { kind: 'roles', previous: `The pilot reports to the harbourmaster by radio before leaving the slipway.`, next: `The harbourmaster reports to the pilot by radio before the craft leaves the slipway.` },
  { kind: 'benign', variant: 'stricter', previous: `Children under 8 may not ride in the front seat.`, next: `Children under 10 may not ride in the front seat, and children under 8 must sit beside an adult.` },
  { kind: 'conjunct', previous: `## Pre-ride checks\nThe pilot checks the skirt for tears, tests the kill cord and confirms the radio works before the first ride of the day. The booking office prints the passenger list. Any failed check grounds the craft until an engineer signs it off.`, next: `## Pre-ride checks\nThe pilot checks the skirt for tears and confirms the radio works before the first ride of the day. The booking office prints the passenger list. Any failed check grounds the craft until an engineer signs it off.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Unbooked passengers may board only if a seat is free.`, next: `Passengers who have not booked may board only if a seat is free.` },
  { kind: 'reference', previous: `Pilots must follow the speed limits set out in the harbour byelaws, section 4.`, next: `Pilots must follow reasonable speed limits.` },

  // Quilting guild
  { kind: 'benign', variant: 'reword', previous: `Quilts entered in the show must have been finished within the last two years.`, next: `Only work completed in the two years before the show is eligible for entry.` },
  { kind: 'scope', previous: `Judges must give written feedback on every entry.`, next: `Judges must give written feedback on entries that win a prize.` },
  { kind: 'benign', variant: 'list-prose', previous: `Show entries need:\n- a completed entry form\n- a label sewn to the back corner\n- a hanging sleeve of at least 10 cm`, next: `Show entries need a completed entry form, a label sewn to the back corner and a hanging sleeve of at least 10 cm.` },
  { kind: 'negation', previous: `Members' names are not shown on quilts during judging.`, next: `Members' names are shown on quilts during judging.` },
  { kind: 'benign', variant: 'voice', previous: `The show secretary returns every quilt to its maker within a week of the show.`, next: `Every quilt is returned to its maker by the show secretary within a week of the show.` },
  { kind: 'order', previous: `Hang the largest quilts first and the miniatures last.`, next: `Hang the miniatures first and the largest quilts last.` },
  { kind: 'benign', variant: 'emphasis', previous: `White gloves must be worn when handling show quilts.`, next: `White gloves must always be worn when handling show quilts, by everyone, stewards included.` },
  { kind: 'number', previous: `The raffle quilt is drawn at 15:00 on the final day.`, next: `The raffle quilt is drawn at 12:00 on the final day.` },
  { kind: 'requirement', previous: `Sales on the guild stall are recorded in the till book, and makers are paid by the end of the month.`, next: `Makers are paid by the end of the month for sales on the guild stall.` },
  { kind: 'benign', variant: 'reword', previous: `Loaned sewing machines must be back in the guild cupboard by the next meeting.`, next: `Anyone who borrows a guild sewing machine returns it to the cupboard no later than the following meeting.` },

  // Scuba dive centre
  { kind: 'benign', variant: 'reword', previous: `Instructors must check every student's air supply before the group descends.`, next: `No group goes down until the instructor has confirmed how much gas each student is carrying.` },
  { kind: 'number', previous: `Open Water students may not dive deeper than 18 metres.`, next: `Open Water students may not dive deeper than 30 metres.` },
  { kind: 'entity', previous: `Only divers certified at Advanced Open Water or above may join the wreck penetration dive.`, next: `Only divers certified at Open Water or above may join the wreck penetration dive.` },
  { kind: 'benign', variant: 'units', previous: `Divers must surface with at least 50 bar left in the cylinder.`, next: `Divers must surface with no less than fifty bar remaining in the cylinder.` },
  { kind: 'order', previous: `Complete a safety stop of three minutes at 5 metres before surfacing.`, next: `Complete a safety stop of three minutes at 5 metres after surfacing.` },
  { kind: 'benign', variant: 'stricter', previous: `Every diver must carry a surface marker buoy.`, next: `Every diver must carry a surface marker buoy and a whistle, and must show the guide both before entering the water.` },
  { kind: 'condition', previous: `Cancel the boat dive if the swell forecast is over 1.5 metres.`, next: `Cancel the boat dive if the swell forecast is over 1.5 metres and the skipper agrees.` },
  { kind: 'benign', variant: 'split-join', previous: `Students log each dive in their logbook, and the instructor signs every entry.`, next: `Students log each dive in their logbook. The instructor signs every entry.` },
  { kind: 'roles', previous: `The divemaster counts the divers back onto the boat and reports the count to the skipper.`, next: `The skipper counts the divers back onto the boat and reports the count to the divemaster.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Nitrox fills require the diver's EANx card.`, next: `Nitrox fills require the diver's enriched air nitrox card.` },
  { kind: 'scope', previous: `You are the booking assistant for Blue Reef Divers. Ask every customer for their certification level and the date of their last dive. Refer anyone who has not dived for more than a year to a refresher session. Never book a medical-risk customer without the signed medical form.`, next: `You are the booking assistant for Blue Reef Divers. Ask customers for their certification level and, if possible, the date of their last dive. Refer anyone who has not dived for more than a year to a refresher session. Never book a medical-risk customer without the signed medical form.` },

  // Radiosonde weather balloon station
  { kind: 'benign', variant: 'reword', previous: `Launches must not take place while a thunderstorm is within 10 km of the site.`, next: `With a thunderstorm closer than 10 km to the site, no balloon goes up.` },
  { kind: 'number', previous: `Synoptic launches are released 45 minutes before 00:00 and 12:00 UTC.`, next: `Synoptic launches are released 15 minutes before 00:00 and 12:00 UTC.` },
  { kind: 'conjunct', previous: `Before each release, the observer must check the sonde's pressure, temperature and humidity against the ground reference.`, next: `Before each release, the observer must check the sonde's pressure against the ground reference.` },
  { kind: 'benign', variant: 'voice', previous: `The duty observer notifies air traffic control before every launch.`, next: `Air traffic control is notified by the duty observer before every launch.` },
  { kind: 'modal', previous: `Observers must wear the face shield when filling balloons with hydrogen.`, next: `Observers are advised to wear the face shield when filling balloons with hydrogen.` },
  { kind: 'benign', variant: 'reorder', previous: `## Filling shed\nNo phones in the filling shed. The shed door stays open during filling. Only one balloon is filled at a time.`, next: `## Filling shed\nOnly one balloon is filled at a time. No phones in the filling shed. The shed door stays open during filling.` },
  { kind: 'rescope', previous: `## Hydrogen\nNever fill a balloon with hydrogen when the shed's gas detector is faulty. Keep the cylinders chained upright. Vent the shed for five minutes after each fill. Report every leak alarm to the station manager the same day.`, next: `## Hydrogen\nNever fill a balloon with hydrogen when the shed's gas detector is faulty. Keep the cylinders chained upright. Vent the shed for five minutes after each fill. If the detector is faulty, the observer may still fill using the handheld meter. Report every leak alarm to the station manager the same day.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Send the TEMP message to the GTS within 30 minutes of burst.`, next: `Send the TEMP message to the Global Telecommunication System within 30 minutes of burst.` },
  { kind: 'obligation', previous: `Observers may not release a sonde without a confirmed GPS lock.`, next: `Observers need not wait for a confirmed GPS lock before releasing a sonde.` },
  { kind: 'benign', variant: 'stricter', previous: `Record the surface observation at release time.`, next: `Record the surface observation at release time and again five minutes later, and note any cloud base below 300 metres.` },

  // Chess tournament arbiters
  { kind: 'benign', variant: 'reword', previous: `A player whose mobile phone makes a sound in the playing hall loses the game.`, next: `If a competitor's phone rings or beeps anywhere in the playing hall, the game is scored as a loss for that competitor.` },
  { kind: 'number', previous: `A player arriving more than 30 minutes after the scheduled start forfeits the game.`, next: `A player arriving more than 60 minutes after the scheduled start forfeits the game.` },
  { kind: 'order', previous: `Pairings for the next round are published only after all results of the current round have been entered.`, next: `Pairings for the next round are published before all results of the current round have been entered.` },
  { kind: 'benign', variant: 'voice', previous: `The chief arbiter decides every appeal about an illegal move.`, next: `Every appeal about an illegal move is decided by the chief arbiter.` },
  { kind: 'roles', previous: `The player who claims a draw by repetition must show the arbiter the scoresheet.`, next: `The arbiter must show the player who claims a draw by repetition the scoresheet.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Unrated players start in the lowest section.`, next: `Players who do not yet have a rating start in the lowest section.` },
  { kind: 'scope', previous: `Arbiters must record every illegal move on the incident sheet.`, next: `Arbiters must record an illegal move on the incident sheet after the second one in the same game.` },
  { kind: 'benign', variant: 'markdown', previous: `| Section | Rating band |\n|---|---|\n| Open | any |\n| Major | under 2000 |\n| Minor | under 1600 |`, next: `| Section | Rating band |\n| --- | --- |\n| **Open** | any |\n| **Major** | under 2000 |\n| **Minor** | under 1600 |` },
  { kind: 'number', previous: `| Section | Rating band |\n|---|---|\n| Open | any |\n| Major | under 2000 |\n| Minor | under 1600 |`, next: `| Section | Rating band |\n|---|---|\n| Open | any |\n| Major | under 2200 |\n| Minor | under 1600 |` },
  { kind: 'tone', tone: 'formal', previous: `Arbiters shall address players courteously and explain every decision by citing the relevant article of the Laws of Chess.`, next: `Arbiters shall tell players what the decision is; if a player keeps arguing, tell them to stop wasting everyone's time.` },

  // Fossil dig field trips
  { kind: 'benign', variant: 'reword', previous: `Participants may keep loose fossils found on the beach, but nothing may be hammered out of the cliff face.`, next: `Fossils lying loose on the beach can go home with whoever finds them; extracting anything from the cliff with a hammer is forbidden.` },
  { kind: 'condition', previous: `Lead groups onto the foreshore only when the tide is falling.`, next: `Lead groups onto the foreshore unless the tide is falling.` },
  { kind: 'benign', variant: 'stricter', previous: `Everyone on the trip wears a hard hat near the cliffs.`, next: `Everyone on the trip wears a hard hat near the cliffs and stays at least 10 metres from the cliff foot.` },
  { kind: 'conjunct', previous: `Significant finds must be photographed in place, logged with GPS coordinates and reported to the heritage coast warden.`, next: `Significant finds must be photographed in place and logged with GPS coordinates.` },
  { kind: 'benign', variant: 'units', previous: `Groups are limited to 12 people per leader.`, next: `Groups are limited to a dozen people per leader.` },
  { kind: 'number', previous: `Trips end no later than two hours before high water.`, next: `Trips end no later than half an hour before high water.` },
  { kind: 'obligation', previous: `The trip leader is required to carry a first-aid kit and a charged radio.`, next: `The trip leader can carry a first-aid kit and a charged radio if they wish.` },
  { kind: 'benign', variant: 'list-prose', previous: `1. Meet at the car park at 09:00.\n2. Listen to the safety talk.\n3. Sign the attendance sheet.`, next: `Meet at the car park at 09:00, listen to the safety talk, and then sign the attendance sheet.` },
  { kind: 'entity', previous: `Any find that looks like a vertebrate bone is handed to the museum's curator.`, next: `Any find that looks like a vertebrate bone is handed to the gift shop.` },
  { kind: 'benign', variant: 'emphasis', previous: `Do not climb the cliffs.`, next: `Do not climb the cliffs, at any point, for any reason.` },

  // Water well drilling contractor
  { kind: 'benign', variant: 'reword', previous: `Drillers must not start a borehole until the utility search has been completed and filed.`, next: `A borehole is begun only once the buried-services search is finished and on file.` },
  { kind: 'number', previous: `New wells must be at least 15 metres from any septic tank.`, next: `New wells must be at least 5 metres from any septic tank.` },
  { kind: 'order', previous: `Disinfect the well after the pump is installed and before the first water sample is taken.`, next: `Disinfect the well after the pump is installed and after the first water sample is taken.` },
  { kind: 'benign', variant: 'split-join', previous: `Every well gets a sanitary seal. The seal is inspected at handover.`, next: `Every well gets a sanitary seal, which is inspected at handover.` },
  { kind: 'scope', previous: `Send water test results to all owners within ten working days.`, next: `Send water test results to owners who request them within ten working days.` },
  { kind: 'benign', variant: 'voice', previous: `The site supervisor signs the drilling log at the end of each shift.`, next: `At the end of each shift, the drilling log is signed by the site supervisor.` },
  { kind: 'roles', previous: `The contractor notifies the landowner 48 hours before the rig arrives.`, next: `The landowner notifies the contractor 48 hours before the rig arrives.` },
  { kind: 'benign', variant: 'stricter', previous: `Cap an unfinished borehole at the end of each day.`, next: `Cap and lock an unfinished borehole at the end of each day, and fence it off if the site is open to the public.` },
  { kind: 'negation', previous: `Drilling fluid must not be discharged into watercourses.`, next: `Drilling fluid may be discharged into watercourses.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Record the static water level in mbgl.`, next: `Record the static water level in metres below ground level.` },

  // Calligraphy studio
  { kind: 'benign', variant: 'reword', previous: `Students must not take studio gold leaf home.`, next: `Gold leaf belonging to the studio stays in the studio; nobody carries it out.` },
  { kind: 'conjunct', previous: `Commissions are quoted only after the client has sent the final wording, the spelling of every name and the paper size.`, next: `Commissions are quoted only after the client has sent the final wording and the paper size.` },
  { kind: 'benign', variant: 'stricter', previous: `Proofs go to the client before any lettering on the final sheet.`, next: `Proofs go to the client, and the client must approve them in writing, before any lettering on the final sheet.` },
  { kind: 'modal', previous: `Wedding envelopes must be addressed in waterproof ink.`, next: `Wedding envelopes can be addressed in waterproof ink.` },
  { kind: 'benign', variant: 'voice', previous: `The studio owner approves every certificate before it is posted.`, next: `Every certificate is approved by the studio owner before it is posted.` },
  { kind: 'scope', previous: `Every misspelled name is rewritten free of charge.`, next: `Misspelled names are usually rewritten free of charge.` },
  { kind: 'benign', variant: 'reword', previous: `You are the studio's enquiries assistant. Never quote a price for a commission; ask the client to book a consultation instead.`, next: `You reply to enquiries for the studio. Prices for commissions are given only at a consultation, so invite the client to book one rather than naming a figure.` },
  { kind: 'number', previous: `Orders of more than 100 place cards need four weeks' notice.`, next: `Orders of more than 100 place cards need two weeks' notice.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Unpaid commissions are not released to the client.`, next: `Commissions that have not been paid for are not released to the client.` },
  { kind: 'roles', previous: `The tutor marks each student's practice sheet at the end of the class.`, next: `Each student marks the tutor's practice sheet at the end of the class.` },

  // Cinema projection booth
  { kind: 'benign', variant: 'reword', previous: `Nobody except a trained projectionist may thread a 35mm print.`, next: `Threading a 35mm print is a job for trained projectionists only.` },
  { kind: 'order', previous: `Check the house lights are down before the projector lamp is struck.`, next: `Check the house lights are down after the projector lamp is struck.` },
  { kind: 'benign', variant: 'units', previous: `A standard 35mm reel runs for about 20 minutes at 24 frames per second.`, next: `A standard 35mm reel runs for about a third of an hour at 24 frames per second.` },
  { kind: 'number', previous: `## Xenon lamps\nWear the face shield and gloves whenever a xenon lamp is handled. Lamps are replaced after 2,000 hours. Store spare lamps in their protective cases. The chief projectionist logs every lamp change.`, next: `## Xenon lamps\nWear the face shield and gloves whenever a xenon lamp is handled. Lamps are replaced after 3,500 hours. Store spare lamps in their protective cases. The chief projectionist logs every lamp change.` },
  { kind: 'benign', variant: 'split-join', previous: `Prints on loan from the archive are inspected on arrival and are inspected again before they are returned.`, next: `Prints on loan from the archive are inspected on arrival. They are inspected again before they are returned.` },
  { kind: 'condition', previous: `Stop the show immediately if the film catches in the gate.`, next: `Stop the show if the film catches in the gate for more than a few seconds.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Load the DCP into the TMS at least a day before the first screening.`, next: `Load the Digital Cinema Package into the theatre management system at least a day before the first screening.` },
  { kind: 'reference', previous: `Handle nitrate prints only as described in the archive's Nitrate Handling Procedure NHP-3.`, next: `Handle nitrate prints carefully.` },
  { kind: 'benign', variant: 'emphasis', previous: `Never leave the booth while a nitrate print is running.`, next: `Never leave the booth, not even for a minute, while a nitrate print is running.` },
  { kind: 'obligation', previous: `The duty projectionist must test the fire shutter before the first show each day.`, next: `The duty projectionist may test the fire shutter before the first show each day.` },

  // Orienteering events
  { kind: 'benign', variant: 'reword', previous: `Every competitor must download their timing chip at the finish, even if they retired.`, next: `Retired or not, each runner reports to the download tent at the finish and reads out their chip.` },
  { kind: 'condition', previous: `Courses are closed at 14:00, and the search procedure starts if any competitor has not downloaded by then.`, next: `Courses are closed at 14:00, and the search procedure starts if several competitors have not downloaded by then.` },
  { kind: 'benign', variant: 'stricter', previous: `Juniors on the yellow course must carry a whistle.`, next: `Juniors on the yellow course must carry a whistle and a waterproof jacket, and must start with a shadowing adult until they have completed three events.` },
  { kind: 'entity', previous: `Juniors under 12 may only run the White or Yellow courses.`, next: `Juniors under 12 may only run the White or Orange courses.` },
  { kind: 'benign', variant: 'reorder', previous: `- Dogs must be kept on leads in the assembly area.\n- Toilets are at the car park.\n- Results are posted online the same evening.`, next: `- Results are posted online the same evening.\n- Dogs must be kept on leads in the assembly area.\n- Toilets are at the car park.` },
  { kind: 'scope', previous: `The planner must visit every control site before the event.`, next: `The planner must visit every control site on the long courses before the event.` },
  { kind: 'benign', variant: 'voice', previous: `The controller checks every control flag on the morning of the event.`, next: `Every control flag is checked by the controller on the morning of the event.` },
  { kind: 'roles', previous: `The organiser obtains written permission from the landowner before advertising the event.`, next: `The landowner obtains written permission from the organiser before advertising the event.` },
  { kind: 'number', previous: `| Course | Length | Climb |\n|---|---|---|\n| White | 1.5 km | 20 m |\n| Yellow | 2.5 km | 40 m |\n| Orange | 3.5 km | 80 m |\n| Brown | 9 km | 300 m |`, next: `| Course | Length | Climb |\n|---|---|---|\n| White | 1.5 km | 20 m |\n| Yellow | 2.5 km | 40 m |\n| Orange | 3.5 km | 180 m |\n| Brown | 9 km | 300 m |` },
  { kind: 'benign', variant: 'markdown', previous: `Start times are allocated in order of entry.`, next: `> Start times are allocated in order of entry.` },

  // Saddlery workshop
  { kind: 'benign', variant: 'reword', previous: `Every saddle fitting must be done with the horse standing square on level ground.`, next: `We only fit a saddle once the horse is standing evenly on a flat surface.` },
  { kind: 'number', previous: `Re-check a new saddle's fit six weeks after delivery.`, next: `Re-check a new saddle's fit six months after delivery.` },
  { kind: 'conjunct', previous: `Before returning a repaired bridle, test every buckle and stitch line and oil the leather.`, next: `Before returning a repaired bridle, oil the leather.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Uncollected repairs are held for 90 days.`, next: `Repairs that have not been collected are held for 90 days.` },
  { kind: 'rescope', previous: `Do not alter a saddle's tree width without the owner's vet report; refer the owner to a vet first.`, next: `Alter a saddle's tree width without the owner's vet report when the owner cannot get a vet appointment first.` },
  { kind: 'benign', variant: 'list-prose', previous: `A fitting visit covers the horse's back profile, the rider's seat size and the discipline the saddle is for.`, next: `A fitting visit covers:\n- the horse's back profile\n- the rider's seat size\n- the discipline the saddle is for` },
  { kind: 'order', previous: `Cut leather only after the pattern has been checked against the horse's tracing.`, next: `Cut leather, and then check the pattern against the horse's tracing.` },
  { kind: 'benign', variant: 'voice', previous: `The master saddler approves every new tree before it is stitched.`, next: `Every new tree is approved by the master saddler before it is stitched.` },
  { kind: 'scope', previous: `All second-hand saddles are checked for a broken tree before resale.`, next: `Second-hand saddles are checked for a broken tree before resale if they look damaged.` },
  { kind: 'tone', tone: 'warm', previous: `When a rider brings back a saddle that does not fit, listen to their concerns, thank them for their patience and arrange a free refit visit.`, next: `When a rider brings back a saddle that does not fit, tell them fit problems are usually the rider's fault and arrange a refit visit.` },

  // Soap making workshop
  { kind: 'benign', variant: 'reword', previous: `Participants must wear goggles and gloves whenever lye is being weighed or mixed.`, next: `As long as lye is out, for weighing or mixing, everyone in the room has goggles and gloves on.` },
  { kind: 'order', previous: `Always add lye to water, never water to lye.`, next: `Always add water to lye, never lye to water.` },
  { kind: 'number', previous: `Cold-process bars cure for at least four weeks before sale.`, next: `Cold-process bars cure for at least one week before sale.` },
  { kind: 'benign', variant: 'units', previous: `Cold-process bars cure for at least four weeks before sale.`, next: `Cold-process bars cure for at least 28 days before sale.` },
  { kind: 'condition', previous: `Sell a batch only if its pH test reads 10 or below.`, next: `Sell a batch even if its pH test reads above 10.` },
  { kind: 'benign', variant: 'stricter', previous: `Label every bar with its ingredients.`, next: `Label every bar with its full ingredient list in descending order of weight, including every fragrance allergen.` },
  { kind: 'obligation', previous: `Each batch requires a safety assessment before it can be sold.`, next: `Each batch benefits from a safety assessment before it is sold.` },
  { kind: 'benign', variant: 'split-join', previous: `Children may attend the melt-and-pour class. They must be accompanied by an adult.`, next: `Children may attend the melt-and-pour class if an adult accompanies them.` },
  { kind: 'entity', previous: `Send customer complaints about skin reactions to the safety assessor.`, next: `Send customer complaints about skin reactions to the marketing team.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Keep an SDS for every essential oil on the shelf.`, next: `Keep a safety data sheet for every essential oil on the shelf.` },

  // Kombucha brewery
  { kind: 'benign', variant: 'reword', previous: `Brewers must test the pH of every fermenter daily and discard any batch that is still above 4.2 after ten days.`, next: `Each fermenter gets a daily pH reading; a batch that has not dropped to 4.2 or lower by day ten is thrown away.` },
  { kind: 'benign', variant: 'reword', previous: `Do not bottle a batch until its alcohol test result has been recorded.`, next: `Bottling waits for the alcohol reading to be in the batch log.` },
  { kind: 'number', previous: `Bottled kombucha must test below 0.5% alcohol by volume.`, next: `Bottled kombucha must test below 1.2% alcohol by volume.` },
  { kind: 'rescope', previous: `## Cold chain\nFinished bottles are kept at 4 °C or below from bottling to dispatch. Delivery vans are pre-chilled before loading. Bottles left unrefrigerated for more than two hours are destroyed. Retail customers are told to keep bottles in the fridge.`, next: `## Cold chain\nFinished bottles are kept at 4 °C or below from bottling to dispatch. Delivery vans are pre-chilled before loading. Bottles left unrefrigerated for more than two hours are destroyed. Bottles left out over a weekend can be sold at the Monday market. Retail customers are told to keep bottles in the fridge.` },
  { kind: 'requirement', previous: `Each bottle label shows the batch number and a best-before date.`, next: `Each bottle label shows the batch number.` },
  { kind: 'benign', variant: 'reword', previous: `The head brewer must sign off any change to a recipe before it is brewed commercially.`, next: `No altered recipe goes into commercial production without the head brewer's written go-ahead.` },
  { kind: 'drift', previous: `When a customer reports a bottle that tasted off, apologise, ask for the batch number and offer a replacement.`, next: `When a customer reports a bottle that tasted off, ask for the batch number and suggest they try our new ginger range instead.` },
  { kind: 'negation', previous: `Staff must not reuse a scoby from a batch that failed its pH test.`, next: `Staff must reuse the scoby from a batch that failed its pH test.` },
  { kind: 'benign', variant: 'reword', previous: `Visitors on the brewery tour may not enter the fermentation room.`, next: `The fermentation room is off limits to tour guests.` },
  { kind: 'modal', previous: `Brewers are required to wear hairnets in the production area.`, next: `Brewers are expected, where possible, to wear hairnets in the production area.` },
  { kind: 'reference', previous: `Clean the fermenters following cleaning schedule CS-7 on the wall of the wash bay.`, next: `Clean the fermenters regularly.` },
  { kind: 'benign', variant: 'reword', previous: `Samples given out at markets must come from bottles opened that day.`, next: `Market tasters are poured only from bottles that were first opened on the same day.` },

  // Beach lifeguard patrol
  { kind: 'benign', variant: 'reword', previous: `Lifeguards must not leave the tower unattended while the flags are up.`, next: `As long as the flags are flying, somebody from the patrol is in the tower at all times.` },
  { kind: 'condition', previous: `Raise the red flag whenever a rip current is observed.`, next: `Raise the red flag when a rip current is observed and swimmers are nearby.` },
  { kind: 'benign', variant: 'reword', previous: `Before every patrol, the senior lifeguard checks the rescue board, the defibrillator and the radios.`, next: `The rescue board, defibrillator and radios are each checked by the senior lifeguard ahead of every patrol.` },
  { kind: 'roles', previous: `## Incidents\nThe patrol opens at 10:00 and closes at 18:00. When a casualty is brought ashore, the first-aider assesses the casualty and the senior lifeguard calls the coastguard. Every incident goes into the log before the end of the shift. The beach manager reviews the log weekly.`, next: `## Incidents\nThe patrol opens at 10:00 and closes at 18:00. When a casualty is brought ashore, the senior lifeguard assesses the casualty and the first-aider calls the coastguard. Every incident goes into the log before the end of the shift. The beach manager reviews the log weekly.` },
  { kind: 'benign', variant: 'reword', previous: `## Incidents\nThe patrol opens at 10:00 and closes at 18:00. Every incident goes into the log before the end of the shift. The beach manager reviews the log weekly.`, next: `## Incidents\nPatrol hours run from ten in the morning to six in the evening. No shift ends with an incident still missing from the log, and once a week the beach manager reads through it.` },
  { kind: 'scope', previous: `Lost children are taken to the patrol tower and the public address announcement is made at once.`, next: `Lost children are taken to the patrol tower and, if they are not found within 30 minutes, the public address announcement is made.` },
  { kind: 'tone', tone: 'calm', previous: `Speak to swimmers calmly and explain why they need to move between the flags.`, next: `Shout at swimmers until they move between the flags.` },
  { kind: 'benign', variant: 'reword', previous: `Jet skis are not allowed within 200 metres of the flagged area.`, next: `Keep personal watercraft at least 200 metres away from the zone between the flags.` },
  { kind: 'obligation', previous: `Lifeguards have to complete a 400-metre pool swim test every season.`, next: `Lifeguards are invited to complete a 400-metre pool swim test every season.` },
  { kind: 'benign', variant: 'stricter', previous: `Lifeguards must carry a whistle on patrol.`, next: `Lifeguards must carry a whistle and a rescue tube on patrol, and must test the whistle at the start of every shift.` },
  { kind: 'modal', previous: `Only qualified lifeguards shall drive the beach vehicle.`, next: `Only qualified lifeguards should ideally drive the beach vehicle.` },
  { kind: 'benign', variant: 'reword', previous: `Lifeguards rotate between the tower and the water every 45 minutes.`, next: `Nobody spends more than three quarters of an hour in the same position: the tower and water posts swap on that cycle.` },
  { kind: 'negation', previous: `Swimmers are not allowed in the water after the flags come down.`, next: `Swimmers are allowed in the water after the flags come down.` },
];
