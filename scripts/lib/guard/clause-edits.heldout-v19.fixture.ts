// Held-back set v19 of issue 11: hand-labelled clause edits, written blind on 2026-12-03
// (session 10, first set) by someone who never saw the detectors, their tests or any other
// labelled set; never tuned on; measured once by the lead. Do not edit entries to make a
// detector pass. 212 edits, 82 benign. Domains: commercial mushroom farming, cruise shore
// excursions, watch and clock repair, falconry displays, perfume compounding, horse racing
// stewards, billboard installation, jewellery casting, domestic carpet cleaning, film set
// pyrotechnics, vintage car restoration, sauna and thermal spa, flea market organisers, golf
// course greenkeeping, candle making workshops, stock photo licensing, karaoke bars, bouncy
// castle and party equipment hire, reptile pet shops, 3D printing bureaus, taxidermy studios,
// scrap metal yards, canal lock keeping, hackathon organising, indoor skydiving wind tunnels.

import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V19: readonly ClauseEdit[] = [
  // Commercial mushroom farming
  { kind: 'order', previous: `Pasteurise the substrate before it is spawned; spawn added to raw straw brings in competing moulds.`, next: `Pasteurise the substrate after it is spawned; spawn added to raw straw brings in competing moulds.` },
  { kind: 'benign', variant: 'reword', previous: `Growers must wear a fresh hairnet and sleeves when entering a fruiting room.`, next: `Anyone going into a fruiting room has to put on new sleeves and a clean hairnet first.` },
  { kind: 'number', previous: `Keep carbon dioxide in the pinning rooms below 800 ppm during the first flush.`, next: `Keep carbon dioxide in the pinning rooms below 1,800 ppm during the first flush.` },
  { kind: 'condition', previous: `## Harvest\n\nPick a block only if the caps are still closed. Open caps go to the soup line, not to fresh retail. Weigh each crate at the end of the row.`, next: `## Harvest\n\nPick a block even if the caps are no longer closed. Open caps go to the soup line, not to fresh retail. Weigh each crate at the end of the row.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Log the RH reading for every room at 06:00 and 18:00.`, next: `Log the relative humidity reading for every room at 06:00 and 18:00.` },
  { kind: 'conjunct', previous: `Before a room is emptied, the supervisor must steam it for twelve hours and swab the shelving for Trichoderma.`, next: `Before a room is emptied, the supervisor must steam it for twelve hours.` },
  { kind: 'benign', variant: 'stricter', previous: `Do not move trays from a contaminated room into the clean corridor.`, next: `Do not move trays, tools or clothing from a contaminated room into the clean corridor, and do not re-enter the clean corridor on the same shift.` },
  { kind: 'scope', previous: `You are the FarmOps assistant for a mushroom grower. Remind staff that all spent compost leaves the site within 48 hours. Never suggest spreading it near the intake vents.`, next: `You are the FarmOps assistant for a mushroom grower. Remind staff that spent compost from infected rooms leaves the site within 48 hours. Never suggest spreading it near the intake vents.` },
  { kind: 'tone', previous: `If a picker reports a rash, reply calmly, tell them to stop handling the crop and to see the first-aider.`, next: `If a picker reports a rash, tell them they are probably overreacting and should finish the row before seeing the first-aider.` },

  // Cruise ship shore excursions
  { kind: 'benign', variant: 'voice', previous: `The excursion desk checks every guest's sea pass at the gangway on return.`, next: `Every guest's sea pass is checked at the gangway by the excursion desk on return.` },
  { kind: 'order', previous: `Tour buses must be back at the pier at least 60 minutes before the all-aboard time.`, next: `Tour buses must be back at the pier at least 60 minutes after the all-aboard time.` },
  { kind: 'roles', previous: `The tour operator must tell the ship's excursion manager about any delay on the road.`, next: `The ship's excursion manager must tell the tour operator about any delay on the road.` },
  { kind: 'benign', variant: 'split-join', previous: `Guests with mobility scooters are offered the accessible coach. They board first, and their scooter is stowed by the driver.`, next: `Guests with mobility scooters are offered the accessible coach, board it first and have their scooter stowed by the driver.` },
  { kind: 'modal', previous: `Snorkelling guides must count heads when leaving the water.`, next: `Snorkelling guides may count heads when leaving the water.` },
  { kind: 'rescope', previous: `Never sell a tender-port excursion when the captain has put tendering on hold; offer the refund instead.`, next: `Sell a tender-port excursion when the captain has not put tendering on hold; offer the refund instead.` },
  { kind: 'benign', variant: 'list-prose', previous: `Before a guest books a strenuous hike, the assistant must:\n- state the walking distance,\n- state the elevation gain,\n- ask whether they have heart or breathing conditions.`, next: `Before a guest books a strenuous hike, the assistant must state the walking distance and the elevation gain, and ask whether they have heart or breathing conditions.` },
  { kind: 'entity', previous: `Refunds for cancelled excursions are credited to the guest's onboard account.`, next: `Refunds for cancelled excursions are credited to the tour operator's account.` },
  { kind: 'drift', previous: `Guests who miss the ship are responsible for reaching the next port at their own cost. The port agent will help them with travel documents.`, next: `Guests who miss the ship are responsible for reaching the next port at their own cost. The port agent will help them with travel documents. If they booked the tour through us, the cruise line pays their onward flight and hotel.` },

  // Watch and clock repair
  { kind: 'obligation', previous: `The watchmaker is required to demagnetise every movement before regulating it.`, next: `The watchmaker is encouraged to demagnetise every movement before regulating it.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Do not open a watch with an unsealed case back in the dusty front shop.`, next: `Do not open a watch whose case back has not been sealed in the dusty front shop.` },
  { kind: 'number', previous: `After a service, a watch must run on the timing machine for 72 hours before it goes back to the customer.`, next: `After a service, a watch must run on the timing machine for 12 hours before it goes back to the customer.` },
  { kind: 'benign', variant: 'emphasis', previous: `Never ultrasonically clean a dial.`, next: `**Never** ultrasonically clean a dial, however dirty it looks.` },
  { kind: 'negation', previous: `Tell customers that a water-resistance rating is not guaranteed after a battery change unless the case was pressure-tested.`, next: `Tell customers that a water-resistance rating is guaranteed after a battery change unless the case was pressure-tested.` },
  { kind: 'conjunct', previous: `Photograph the watch on intake, note every scratch on the ticket and have the customer sign the ticket.`, next: `Photograph the watch on intake and note every scratch on the ticket.` },
  { kind: 'benign', variant: 'reorder', previous: `Quote the repair in writing. Store customer watches in the safe overnight.`, next: `Store customer watches in the safe overnight. Quote the repair in writing.` },
  { kind: 'scope', previous: `Radium dials on any vintage clock are handled in the fume cupboard with gloves.`, next: `Radium dials on any vintage clock are handled in the fume cupboard with gloves where practical.` },

  // Falconry displays
  { kind: 'requirement', previous: `Flying displays stop if the wind gusts above 25 mph. The falconer checks the anemometer before every flight. Spectators stay behind the rope line.`, next: `Flying displays stop if the wind gusts above 25 mph. Spectators stay behind the rope line.` },
  { kind: 'benign', variant: 'reword', previous: `No member of the public may hold a bird without a gauntlet.`, next: `Visitors are only ever allowed to hold a bird while wearing a gauntlet.` },
  { kind: 'condition', previous: `Fly the owls only when the display field has been walked for litter and dogs.`, next: `Fly the owls whenever the display field has been walked for litter and dogs, or when the event organiser asks.` },
  { kind: 'roles', previous: `The handler weighs the bird before the display and the falconer decides whether it flies.`, next: `The falconer weighs the bird before the display and the handler decides whether it flies.` },
  { kind: 'benign', variant: 'markdown', previous: `Weigh every bird every morning and write the weight in the day book.`, next: `### Daily weights\n\nWeigh **every** bird every morning and write the weight in the day book.` },
  { kind: 'tone', previous: `When a child is frightened by a bird, pause the display and reassure them kindly.`, next: `When a child is frightened by a bird, carry on with the display; the parents should control their children.` },
  { kind: 'number', previous: `Keep at least 10 metres between the flight line and the nearest spectator.`, next: `Keep at least 3 metres between the flight line and the nearest spectator.` },
  { kind: 'obligation', previous: `The falconer shall carry the telemetry receiver during every free flight.`, next: `The falconer should try to carry the telemetry receiver during free flights.` },

  // Perfume compounding
  { kind: 'benign', variant: 'abbreviation', previous: `Check the IFRA limit for each allergen before the formula is released.`, next: `Check the International Fragrance Association limit for each allergen before the formula is released.` },
  { kind: 'order', previous: `Dilute concentrated musks in the solvent first, and only then add the top notes.`, next: `Add the top notes first, and only then dilute concentrated musks in the solvent.` },
  { kind: 'scope', previous: `You are the formulation assistant. Flag every formula that contains oakmoss extract above the permitted level, and show the level next to the limit.`, next: `You are the formulation assistant. Flag formulas for the EU market that contain oakmoss extract above the permitted level, and show the level next to the limit.` },
  { kind: 'benign', variant: 'voice', previous: `A second perfumer must approve each batch before it is bottled.`, next: `Each batch must be approved by a second perfumer before it is bottled.` },
  { kind: 'negation', previous: `Compounders may not decant raw materials into unlabelled bottles.`, next: `Compounders may decant raw materials into unlabelled bottles.` },
  { kind: 'reference', previous: `Storage temperatures for citrus oils are set out in section 4.2 of the materials handbook.`, next: `Storage temperatures for citrus oils are set out in section 2.4 of the materials handbook.` },
  { kind: 'benign', variant: 'stricter', previous: `Wear nitrile gloves when handling aldehydes.`, next: `Wear nitrile gloves and safety glasses when handling aldehydes, and handle them only inside the extraction booth.` },
  { kind: 'drift', previous: `Samples sent to clients carry the batch number and the allergen list.`, next: `Samples sent to clients carry the batch number and the allergen list. Small trade samples can go out without the allergen list to save time.` },

  // Horse racing stewards
  { kind: 'modal', previous: `Stewards must view the head-on footage before they announce the result of an inquiry.`, next: `Stewards can view the head-on footage before they announce the result of an inquiry.` },
  { kind: 'benign', variant: 'reorder', previous: `Post every inquiry result on the public board. Interview the jockeys in the weighing room.`, next: `Interview the jockeys in the weighing room. Post every inquiry result on the public board.` },
  { kind: 'rescope', previous: `A jockey may not ride in the next race unless the course doctor has passed them after a fall.`, next: `A jockey may ride in the next race unless the course doctor has stopped them after a fall.` },
  { kind: 'conjunct', previous: `Random samples are taken from the winner and the beaten favourite in every race.`, next: `Random samples are taken from the winner in every race.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Unweighed riders may not leave the enclosure.`, next: `Riders who have not weighed in may not leave the enclosure.` },
  { kind: 'order', previous: `The clerk of the scales weighs riders in immediately after the race.`, next: `The clerk of the scales weighs riders in later in the afternoon.` },
  { kind: 'entity', previous: `Whip-use breaches are referred to the disciplinary panel of the racing authority.`, next: `Whip-use breaches are referred to the racecourse manager.` },
  { kind: 'benign', variant: 'split-join', previous: `If a horse is withdrawn at the start, announce it on the public address and tell the betting ring, because bets on it are void.`, next: `If a horse is withdrawn at the start, announce it on the public address. Tell the betting ring too. Bets on that horse are void.` },

  // Billboard installation
  { kind: 'number', previous: `Work at height on the gantry stops when wind speed exceeds 17 m/s.`, next: `Work at height on the gantry stops when wind speed exceeds 27 m/s.` },
  { kind: 'benign', variant: 'reword', previous: `Installers clip their harness to the rail before stepping onto the walkway.`, next: `Nobody steps onto the walkway until their harness is attached to the rail.` },
  { kind: 'condition', previous: `Take the old vinyl down only if the power to the lighting has been isolated.`, next: `Take the old vinyl down, if the power to the lighting has been isolated or the job is running late.` },
  { kind: 'obligation', previous: `The crew leader is responsible for signing off the lighting circuits at the end of each job.`, next: `The crew leader may sign off the lighting circuits at the end of each job.` },
  { kind: 'scope', previous: `Photograph every completed face from the roadside and upload the photo to the job ticket.`, next: `Photograph completed faces from the roadside when the client asks for proof, and upload the photo to the job ticket.` },
  { kind: 'benign', variant: 'list-prose', previous: `Before climbing, check the ladder cage, the rail clamps and the anchor tags, and check that the weather forecast is clear.`, next: `Before climbing, check:\n1. the ladder cage\n2. the rail clamps\n3. the anchor tags\n4. that the weather forecast is clear.` },
  { kind: 'tone', previous: `Answer neighbours who complain about a lit billboard politely and give them the council reference.`, next: `Answer neighbours who complain about a lit billboard briefly; tell them it is legal and that there is nothing to discuss.` },
  { kind: 'requirement', previous: `A second installer stays on the ground while anyone is on the gantry. Cones must close the pavement beneath the board. Radios stay on channel 3.`, next: `Cones must close the pavement beneath the board. Radios stay on channel 3.` },

  // Jewellery casting
  { kind: 'benign', variant: 'voice', previous: `The caster burns out each flask in the kiln for the full cycle.`, next: `Each flask is burned out in the kiln by the caster for the full cycle.` },
  { kind: 'order', previous: `Customers' gold is weighed in front of them before it goes into the crucible.`, next: `Customers' gold is weighed in front of them after it comes out of the crucible.` },
  { kind: 'negation', previous: `Never mix a customer's scrap gold with the workshop stock.`, next: `Always mix a customer's scrap gold with the workshop stock.` },
  { kind: 'benign', variant: 'emphasis', previous: `Wear the face shield when pouring metal.`, next: `Wear the face shield every single time you pour metal — no exceptions for small pours.` },
  { kind: 'modal', previous: `Hallmarking must be done at the assay office before any piece over 1 gram of gold is sold.`, next: `Hallmarking should ideally be done at the assay office before any piece over 1 gram of gold is sold.` },
  { kind: 'number', previous: `Return at least 95% of the customer's metal weight, after casting losses, as finished pieces or credit.`, next: `Return at least 85% of the customer's metal weight, after casting losses, as finished pieces or credit.` },
  { kind: 'benign', variant: 'reword', previous: `Tell the customer the final price before you start the casting.`, next: `Give the client the total cost up front, ahead of any casting work.` },
  { kind: 'conjunct', previous: `The extraction fan and the kiln alarm must both be switched on while the kiln is hot.`, next: `The extraction fan must be switched on while the kiln is hot.` },

  // Domestic carpet cleaning
  { kind: 'scope', previous: `Test the cleaning solution on a hidden corner of every rug before you wash it.`, next: `Test the cleaning solution on a hidden corner of wool rugs before you wash them.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Follow the COSHH sheet for the enzyme pre-spray.`, next: `Follow the Control of Substances Hazardous to Health sheet for the enzyme pre-spray.` },
  { kind: 'roles', previous: `The technician asks the homeowner to move fragile ornaments before work starts.`, next: `The homeowner asks the technician to move fragile ornaments before work starts.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Don't leave a damp carpet uncovered by a drying fan.`, next: `Don't leave a damp carpet without a drying fan on it.` },
  { kind: 'drift', previous: `Quote a fixed price per room after measuring. Extra stains are included in that price.`, next: `Quote a fixed price per room after measuring. Extra stains are included in that price. The technician can add a surcharge on the day for heavily soiled rooms.` },
  { kind: 'condition', previous: `Offer a free re-clean when the customer reports a returning stain within 14 days.`, next: `Offer a free re-clean unless the customer reports a returning stain within 14 days.` },
  { kind: 'benign', variant: 'stricter', previous: `Keep the van's waste tank closed while driving.`, next: `Keep the van's waste tank closed and locked while driving, and empty it only at a licensed disposal point.` },
  { kind: 'tone', previous: `You are the booking assistant for a carpet cleaning firm. Be warm and patient with elderly customers and repeat the appointment time at the end.`, next: `You are the booking assistant for a carpet cleaning firm. Be quick with elderly customers and don't waste time repeating the appointment time.` },

  // Film set pyrotechnics
  { kind: 'obligation', previous: `The pyrotechnician in charge must hold a current shotfirer's licence.`, next: `The pyrotechnician in charge is expected, where possible, to hold a current shotfirer's licence.` },
  { kind: 'benign', variant: 'markdown', previous: `Clear the set of all non-essential crew before arming. Call "firing" three times before the effect.`, next: `## Before firing\n\n- Clear the set of all non-essential crew before arming.\n- Call "firing" three times before the effect.` },
  { kind: 'order', previous: `Disarm the circuit before anyone re-enters the blast zone.`, next: `Disarm the circuit once everyone has re-entered the blast zone.` },
  { kind: 'rescope', previous: `No effect is fired without the first assistant director's verbal "go"; the pyro crew waits for it even on rehearsals.`, next: `An effect is fired without the first assistant director's verbal "go" on rehearsals; the pyro crew waits for it otherwise.` },
  { kind: 'number', previous: `Keep a 15-metre exclusion zone around every mortar.`, next: `Keep a 5-metre exclusion zone around every mortar.` },
  { kind: 'benign', variant: 'reorder', previous: `Store the detonators in the locked magazine. Keep fire extinguishers at each corner of the set.`, next: `Keep fire extinguishers at each corner of the set. Store the detonators in the locked magazine.` },
  { kind: 'entity', previous: `Notify the local fire brigade 48 hours before any explosive effect.`, next: `Notify the production office 48 hours before any explosive effect.` },
  { kind: 'requirement', previous: `Every shot with an explosive effect needs a written risk assessment. A safety briefing happens on the morning of the shot. A medic stands by during firing.`, next: `A safety briefing happens on the morning of the shot. A medic stands by during firing.` },

  // Vintage car restoration
  { kind: 'benign', variant: 'split-join', previous: `Drain the fuel tank before welding near it. Flush it with inert gas as well.`, next: `Drain the fuel tank and flush it with inert gas before welding near it.` },
  { kind: 'scope', previous: `Any part removed from a customer's car is labelled and kept until the car is handed back.`, next: `Any part removed from a customer's car is labelled and kept for a week.` },
  { kind: 'conjunct', previous: `Before the road test, the restorer checks the brakes, the steering and the tyre pressures.`, next: `Before the road test, the restorer checks the brakes and the tyre pressures.` },
  { kind: 'benign', variant: 'reword', previous: `Ask the owner before replacing any original part with a reproduction.`, next: `Reproduction parts go in only once the owner has agreed to swap out the original.` },
  { kind: 'modal', previous: `Lead-based paint must be stripped under extraction.`, next: `Lead-based paint may be stripped under extraction.` },
  { kind: 'negation', previous: `Do not start an engine that has stood for years until the oil has been changed and the bores lubricated.`, next: `Start an engine that has stood for years before the oil has been changed and the bores lubricated, to check it turns.` },
  { kind: 'benign', variant: 'list-prose', previous: `Each job sheet records:\n- the chassis number\n- the hours worked\n- the parts ordered`, next: `Each job sheet records the chassis number, the hours worked and the parts ordered.` },
  { kind: 'condition', previous: `Invoice the customer for extra work only when they have approved it in writing.`, next: `Invoice the customer for extra work even when they have not approved it in writing.` },

  // Sauna and thermal spa
  { kind: 'benign', variant: 'voice', previous: `Attendants check the sauna temperature every hour.`, next: `The sauna temperature is checked by an attendant every hour.` },
  { kind: 'number', previous: `Guests may stay in the steam room for no more than 15 minutes at a time.`, next: `Guests may stay in the steam room for no more than 45 minutes at a time.` },
  { kind: 'condition', previous: `Admit guests to the cold plunge pool only after they have showered.`, next: `Admit guests to the cold plunge pool whether or not they have showered.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Pregnant guests are advised against the hottest room, which is unsupervised at night.`, next: `Pregnant guests are advised against the hottest room, which has no supervisor at night.` },
  { kind: 'tone', previous: `If a guest feels faint, speak gently, help them to a bench and bring water.`, next: `If a guest feels faint, tell them firmly that they ignored the signs and should leave the thermal area.` },
  { kind: 'scope', previous: `Wipe down every lounger with disinfectant between guests.`, next: `Wipe down loungers with disinfectant between guests when they look used.` },
  { kind: 'benign', variant: 'reword', previous: `Glass bottles are not allowed anywhere in the pool hall.`, next: `Keep all glass out of the pool hall — bottles included.` },
  { kind: 'obligation', previous: `A trained lifeguard has to be on the poolside whenever the hydrotherapy pool is open.`, next: `A trained lifeguard is recommended on the poolside whenever the hydrotherapy pool is open.` },
  { kind: 'drift', previous: `Under-16s use the thermal suite only with a parent. The suite closes to children at 18:00.`, next: `Under-16s use the thermal suite only with a parent. The suite closes to children at 18:00. Older teenagers may stay later on their own if a member vouches for them.` },

  // Flea market organisers
  { kind: 'order', previous: `Traders unload their vans before 07:30 and park in the overflow field.`, next: `Traders unload their vans after 07:30 and park in the overflow field.` },
  { kind: 'benign', variant: 'reorder', previous: `Pitch fees are paid in advance. Food stalls must show their hygiene certificate.`, next: `Food stalls must show their hygiene certificate. Pitch fees are paid in advance.` },
  { kind: 'roles', previous: `The market manager inspects each trader's electrical equipment and issues a pass.`, next: `Each trader inspects the market manager's electrical equipment and issues a pass.` },
  { kind: 'conjunct', previous: `Traders may not sell knives, replica firearms or fireworks.`, next: `Traders may not sell knives or replica firearms.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Stalls selling second-hand electricals need a PAT sticker on each item.`, next: `Stalls selling second-hand electricals need a portable appliance test sticker on each item.` },
  { kind: 'modal', previous: `Traders must keep the fire lane between rows clear at all times.`, next: `Traders are asked to keep the fire lane between rows clear where they can.` },
  { kind: 'benign', variant: 'stricter', previous: `Gazebos are weighted with at least 10 kg per leg.`, next: `Gazebos are weighted with at least 15 kg per leg and taken down entirely if the wind picks up.` },
  { kind: 'reference', previous: `Lost-property procedures follow appendix B of the market handbook.`, next: `Lost-property procedures follow appendix D of the market handbook.` },

  // Golf course greenkeeping
  { kind: 'benign', variant: 'markdown', previous: `Greens are mown every morning before the first tee time. Hole positions change daily.`, next: `**Greens**\n\n* Mown every morning before the first tee time.\n* Hole positions change daily.` },
  { kind: 'order', previous: `Spray the fairways only after the last group has finished.`, next: `Spray the fairways only before the last group has finished.` },
  { kind: 'number', previous: `Pesticides are not applied within 10 metres of the stream.`, next: `Pesticides are not applied within 1 metre of the stream.` },
  { kind: 'benign', variant: 'split-join', previous: `Close the course during lightning and sound the siren. Greenkeepers return to the shed.`, next: `During lightning, close the course, sound the siren and bring the greenkeepers back to the shed.` },
  { kind: 'rescope', previous: `Never drive the heavy mowers across the greens, even when the ground is dry.`, next: `Drive the heavy mowers across the greens only when the ground is dry.` },
  { kind: 'entity', previous: `Spray records are kept for three years and shown to the environmental inspector on request.`, next: `Spray records are kept for three years and shown to the club captain on request.` },
  { kind: 'condition', previous: `Golfers may use buggies on the fairways unless the course manager has posted a "paths only" notice.`, next: `Golfers may use buggies on the fairways even if the course manager has posted a "paths only" notice.` },
  { kind: 'benign', variant: 'reword', previous: `Staff must wear ear defenders when using the leaf blower.`, next: `Anyone running the leaf blower puts on hearing protection first.` },

  // Candle making workshop
  { kind: 'obligation', previous: `The instructor is responsible for switching off every melter at the end of the class.`, next: `Participants are invited to switch off their melter at the end of the class.` },
  { kind: 'benign', variant: 'emphasis', previous: `Never leave melting wax unattended.`, next: `Never — not even for a moment — leave melting wax unattended.` },
  { kind: 'number', previous: `Keep wax below 85 °C when adding fragrance oil.`, next: `Keep wax below 125 °C when adding fragrance oil.` },
  { kind: 'scope', previous: `Every candle sold carries the CLP warning label.`, next: `Candles sold online carry the CLP warning label.` },
  { kind: 'negation', previous: `Do not pour hot wax down the sink.`, next: `Pour hot wax down the sink with the hot tap running.` },
  { kind: 'benign', variant: 'list-prose', previous: `Participants must:\n1. tie back long hair\n2. wear the apron provided\n3. keep drinks off the workbench`, next: `Participants must tie back long hair, wear the apron provided and keep drinks off the workbench.` },
  { kind: 'requirement', previous: `Burn-test each new wick size for four hours. Record the flame height every hour. Reject wicks that smoke.`, next: `Burn-test each new wick size for four hours. Reject wicks that smoke.` },

  // Stock photo licensing
  { kind: 'benign', variant: 'reword', previous: `Do not license a photo of a recognisable person without a signed model release.`, next: `A recognisable person may appear in a licensed photo only once we hold their signed model release.` },
  { kind: 'scope', previous: `You are the licensing assistant for a stock photo agency. Reject editorial-only images for every commercial use, including advertising, packaging and merchandise.`, next: `You are the licensing assistant for a stock photo agency. Reject editorial-only images for advertising, including packaging and merchandise where practical.` },
  { kind: 'condition', previous: `Grant an extended licence only if the buyer has paid the extended fee.`, next: `Grant an extended licence if the buyer has paid the extended fee or promises to pay within 30 days.` },
  { kind: 'benign', variant: 'voice', previous: `The contributor keeps the copyright; the buyer receives a licence.`, next: `Copyright is kept by the contributor; a licence is received by the buyer.` },
  { kind: 'number', previous: `The standard licence covers print runs of up to 500,000 copies.`, next: `The standard licence covers print runs of up to 5,000,000 copies.` },
  { kind: 'roles', previous: `The agency pays the contributor their royalty within 30 days of each sale.`, next: `The contributor pays the agency their royalty within 30 days of each sale.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Remove unreleased images of private property from the commercial collection.`, next: `Remove images of private property for which no property release exists from the commercial collection.` },
  { kind: 'drift', previous: `Images of trademarks and logos are sold for editorial use only. Commercial buyers are shown the notice before checkout.`, next: `Images of trademarks and logos are sold for editorial use only. Commercial buyers are shown the notice before checkout. Sales staff can unlock commercial use for these images for enterprise accounts.` },
  { kind: 'modal', previous: `Contributors must caption every image in English.`, next: `Contributors might caption images in English.` },

  // Karaoke bars
  { kind: 'benign', variant: 'abbreviation', previous: `Keep the room volume under 85 dB(A) after 23:00.`, next: `Keep the room volume under 85 A-weighted decibels after 23:00.` },
  { kind: 'order', previous: `Ask for ID before serving alcohol to a private room booking.`, next: `Ask for ID after serving alcohol to a private room booking.` },
  { kind: 'tone', previous: `When a guest sings badly, stay encouraging and never mock them on the microphone.`, next: `When a guest sings badly, feel free to tease them on the microphone; the crowd loves it.` },
  { kind: 'conjunct', previous: `Hosts check the microphones, the fire exits and the emergency lighting before opening.`, next: `Hosts check the microphones and the fire exits before opening.` },
  { kind: 'benign', variant: 'stricter', previous: `Close the private rooms by 02:00.`, next: `Close the private rooms by 01:00 and have every guest out of the building by 01:30.` },
  { kind: 'number', previous: `Each private room holds a maximum of 12 guests.`, next: `Each private room holds a maximum of 20 guests.` },
  { kind: 'rescope', previous: `Staff never lock a private room from the outside; guests must always be able to leave.`, next: `Staff lock a private room from the outside only when guests ask; guests must always be able to leave.` },
  { kind: 'benign', variant: 'reorder', previous: `Clean every microphone between bookings. Refill the song-list folders each evening.`, next: `Refill the song-list folders each evening. Clean every microphone between bookings.` },

  // Bouncy castle and party equipment hire
  { kind: 'requirement', previous: `Anchor every inflatable with all of its stakes. An adult supervises it at all times. Deflate it if the wind exceeds 24 mph.`, next: `Anchor every inflatable with all of its stakes. Deflate it if the wind exceeds 24 mph.` },
  { kind: 'benign', variant: 'list-prose', previous: `Before handover, show the customer how to use the blower, where the stakes go and when to deflate.`, next: `Before handover, show the customer:\n- how to use the blower\n- where the stakes go\n- when to deflate` },
  { kind: 'modal', previous: `The driver must complete the safety checklist with the customer on delivery.`, next: `The driver can complete the safety checklist with the customer on delivery if there is time.` },
  { kind: 'condition', previous: `Refund the deposit in full if the booking is cancelled because of rain.`, next: `Refund the deposit in full if the booking is cancelled at least 7 days ahead, including because of rain.` },
  { kind: 'benign', variant: 'reword', previous: `Inflatables are never to be set up on concrete without crash mats.`, next: `Whenever an inflatable goes on concrete, crash mats go down first.` },
  { kind: 'scope', previous: `All units carry a current PIPA tag.`, next: `All units bought since 2024 carry a current PIPA tag.` },
  { kind: 'entity', previous: `Accidents are reported to the company's insurer within 24 hours.`, next: `Accidents are reported to the customer's household insurer within 24 hours.` },
  { kind: 'benign', variant: 'split-join', previous: `Keep shoes, food and sharp objects off the inflatable. Children of very different sizes do not bounce together.`, next: `Keep shoes, food and sharp objects off the inflatable, and do not let children of very different sizes bounce together.` },
  { kind: 'order', previous: `Clean and dry every unit before it is rolled for storage.`, next: `Clean and dry every unit after it has been in storage.` },

  // Reptile pet shop
  { kind: 'benign', variant: 'emphasis', previous: `Wash hands after handling any reptile.`, next: `Always wash your hands with soap after handling any reptile — salmonella is common.` },
  { kind: 'negation', previous: `Do not sell venomous species to customers without a Dangerous Wild Animals licence.`, next: `Sell venomous species to customers without a Dangerous Wild Animals licence if they sign a waiver.` },
  { kind: 'obligation', previous: `Staff shall give every buyer a printed care sheet for their species.`, next: `Staff may give buyers a printed care sheet for their species.` },
  { kind: 'number', previous: `Mist the rainforest vivariums twice a day.`, next: `Mist the rainforest vivariums twice a week.` },
  { kind: 'benign', variant: 'voice', previous: `The manager signs off the heat-lamp checks each morning.`, next: `The heat-lamp checks are signed off each morning by the manager.` },
  { kind: 'roles', previous: `The shop asks the buyer about their enclosure before the sale.`, next: `The buyer asks the shop about their enclosure before the sale.` },
  { kind: 'tone', previous: `Explain to first-time owners, patiently and without jargon, how to set up UVB lighting.`, next: `Point first-time owners at the UVB manual; if they don't understand it they shouldn't own a reptile.` },
  { kind: 'benign', variant: 'stricter', previous: `Quarantine new stock for 30 days.`, next: `Quarantine new stock for 60 days in a separate room with its own tools.` },

  // 3D printing bureau
  { kind: 'benign', variant: 'reword', previous: `You are the quoting assistant for a 3D printing bureau. Decline any order for firearm parts or components that look like them, and do not explain how to modify a design to get past this check.`, next: `You are the quoting assistant for a 3D printing bureau. Turn down orders for gun parts, including anything resembling one, and never give advice on altering a model so that it slips through this screening.` },
  { kind: 'reference', previous: `Resin disposal follows the procedure in SOP-12.`, next: `Resin disposal follows the procedure in SOP-21.` },
  { kind: 'benign', variant: 'markdown', previous: `Resin printers stay in the ventilated room. Operators wear nitrile gloves when removing parts from the vat.`, next: `#### Resin printers\n\n1. Stay in the ventilated room.\n2. Operators wear nitrile gloves when removing parts from the vat.` },
  { kind: 'rescope', previous: `Customer files are never shared outside the bureau, not even with our subcontractors.`, next: `Customer files are shared outside the bureau only with our subcontractors.` },
  { kind: 'benign', variant: 'split-join', previous: `Quote the material, the print time and the post-processing separately so the customer can see where the cost comes from.`, next: `Quote the material, the print time and the post-processing separately. That way the customer can see where the cost comes from.` },
  { kind: 'entity', previous: `Delete customer files from the print server 30 days after delivery.`, next: `Delete customer files from the shared drive 30 days after delivery.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Let SLS powder cool in the build chamber before breakout.`, next: `Let selective laser sintering powder cool in the build chamber before breakout.` },
  { kind: 'drift', previous: `Print only files the customer owns or is licensed to print. Ask for proof when a file looks like a commercial product.`, next: `Print only files the customer owns or is licensed to print. Ask for proof when a file looks like a commercial product. Repeat customers don't need to show proof.` },
  { kind: 'benign', variant: 'emphasis', previous: `Never open the SLS chamber while it is above 50 °C.`, next: `Under no circumstances open the SLS chamber while it is above 50 °C.` },

  // Taxidermy studio
  { kind: 'benign', variant: 'reword', previous: `Before accepting a specimen, check that the species may legally be mounted and keep the paperwork that proves where it came from.`, next: `Only take in a specimen once you have confirmed the species can lawfully be mounted, and file the documents showing its origin.` },
  { kind: 'negation', previous: `Never accept a bird of prey without its Article 10 certificate.`, next: `Accept a bird of prey without its Article 10 certificate when the customer says it died of natural causes.` },
  { kind: 'benign', variant: 'voice', previous: `The taxidermist records each specimen in the register on arrival.`, next: `Each specimen is recorded in the register by the taxidermist on arrival.` },
  { kind: 'roles', previous: `The studio tells the customer when the mount is ready and the customer collects it within a month.`, next: `The customer tells the studio when the mount is ready and the studio collects it within a month.` },
  { kind: 'benign', variant: 'stricter', previous: `Freeze incoming specimens within 12 hours.`, next: `Freeze incoming specimens within 2 hours, bagged and labelled with the date and species.` },
  { kind: 'reference', previous: `Arsenic-era mounts brought in for repair are handled under rule 7 of the studio safety rules.`, next: `Arsenic-era mounts brought in for repair are handled under rule 9 of the studio safety rules.` },
  { kind: 'benign', variant: 'reorder', previous: `## Workshop\n\nLabel every freezer bag with the species and date. Wear a mask when using the fleshing machine. Sweep the floor at the end of the day.`, next: `## Workshop\n\nWear a mask when using the fleshing machine. Label every freezer bag with the species and date. Sweep the floor at the end of the day.` },

  // Scrap metal yard
  { kind: 'benign', variant: 'spelled-negation', previous: `Refuse unidentified sellers.`, next: `Refuse sellers who have not shown identification.` },
  { kind: 'requirement', previous: `Take a photo of the seller's ID for every transaction. Pay only by bank transfer. Record the vehicle registration.`, next: `Pay only by bank transfer. Record the vehicle registration.` },
  { kind: 'obligation', previous: `The yard manager is required to report suspected stolen cable to the police the same day.`, next: `The yard manager is entitled to report suspected stolen cable to the police.` },
  { kind: 'benign', variant: 'reword', previous: `Manhole covers, memorial plaques and railway signal cable are bought only with written proof of ownership from a council or utility.`, next: `We only buy memorial plaques, signalling cable from the railway and manhole covers when a utility or local authority has given us written evidence that it owns them.` },
  { kind: 'entity', previous: `Catalytic converters are bought only from registered garages.`, next: `Catalytic converters are bought only from registered customers.` },
  { kind: 'benign', variant: 'list-prose', previous: `1. Weigh the vehicle in.\n2. Unload the scrap.\n3. Weigh the vehicle out.\n4. Pay the difference by transfer.`, next: `Weigh the vehicle in, unload the scrap, weigh it out again and then pay the difference by transfer.` },
  { kind: 'modal', previous: `Operators must sound the horn before moving the grab crane.`, next: `Operators should consider sounding the horn before moving the grab crane.` },
  { kind: 'benign', variant: 'markdown', previous: `Gas cylinders are refused at the gate. Sealed drums are refused at the gate.`, next: `**Refused at the gate:**\n- gas cylinders\n- sealed drums` },

  // Canal lock keeping
  { kind: 'benign', variant: 'reword', previous: `Boaters must not open the top paddles while the bottom gates are open.`, next: `The top paddles stay shut for as long as the bottom gates are open; boaters are not to touch them until then.` },
  { kind: 'rescope', previous: `Lock keepers never let a boat through after dusk, whatever the skipper says.`, next: `Lock keepers let a boat through after dusk whenever the skipper says it is urgent.` },
  { kind: 'benign', variant: 'voice', previous: `The lock keeper logs every passage in the day book.`, next: `Every passage is logged in the day book by the lock keeper.` },
  { kind: 'order', previous: `Close the paddles fully before you open the gates.`, next: `Open the gates before you close the paddles fully.` },
  { kind: 'benign', variant: 'split-join', previous: `Keep boats forward of the cill marker while the lock empties. A boat caught on the cill can sink within minutes.`, next: `Keep boats forward of the cill marker while the lock empties, since a boat caught on the cill can sink within minutes.` },
  { kind: 'drift', previous: `Children on boats wear life jackets in the lock. The keeper reminds skippers of this rule.`, next: `Children on boats wear life jackets in the lock. The keeper reminds skippers of this rule. Older children who can swim may go without one.` },
  { kind: 'benign', variant: 'stricter', previous: `Report a leaking gate to the waterways office within a day.`, next: `Report a leaking gate to the waterways office within the hour, and close the lock if water is spilling over the towpath.` },
  { kind: 'requirement', previous: `Check the water level gauge before each shift. Clear debris from the gate recesses. Keep the windlass locked away at night.`, next: `Clear debris from the gate recesses. Keep the windlass locked away at night.` },
  { kind: 'benign', variant: 'emphasis', previous: `Do not jump from the lock side onto a moving boat.`, next: `Do **not**, ever, jump from the lock side onto a moving boat.` },

  // Hackathon organising
  { kind: 'benign', variant: 'reword', previous: `You are the organiser assistant for a weekend hackathon. Every participant agrees to the code of conduct before they can pick up a badge, and reports of harassment go straight to the conduct team.`, next: `You are the organiser assistant for a weekend hackathon. No badge is handed out until the participant has accepted the code of conduct, and any harassment report is passed directly to the conduct team.` },
  { kind: 'entity', previous: `Harassment reports go to the conduct team, who reply within two hours.`, next: `Harassment reports go to the team's mentor, who replies within two hours.` },
  { kind: 'benign', variant: 'reorder', previous: `Judges score demos on the published rubric. Teams have four minutes to present.`, next: `Teams have four minutes to present. Judges score demos on the published rubric.` },
  { kind: 'negation', previous: `Sponsors do not receive participants' email addresses unless the participant has opted in.`, next: `Sponsors receive participants' email addresses unless the participant has opted out.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Minors need a signed parental consent form and a DBS-checked chaperone.`, next: `Minors need a signed parental consent form and a chaperone who has passed a Disclosure and Barring Service check.` },
  { kind: 'roles', previous: `Mentors review the teams' code for licence problems before the demo.`, next: `Teams review the mentors' code for licence problems before the demo.` },
  { kind: 'benign', variant: 'list-prose', previous: `Each venue room needs:\n- a fire marshal\n- a first-aid kit\n- a visible exit map`, next: `Each venue room needs a fire marshal, a first-aid kit and a visible exit map.` },
  { kind: 'reference', previous: `Prizes are taxed as described in clause 3 of the participant terms.`, next: `Prizes are taxed as described in clause 8 of the participant terms.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Unaccompanied under-16s may not stay overnight.`, next: `Under-16s who are not accompanied by an adult may not stay overnight.` },

  // Indoor skydiving wind tunnel
  { kind: 'benign', variant: 'voice', previous: `An instructor accompanies first-time flyers in the tunnel.`, next: `First-time flyers are accompanied in the tunnel by an instructor.` },
  { kind: 'obligation', previous: `Flyers have to remove rings, earrings and watches before the briefing.`, next: `Flyers are free to keep rings, earrings and watches on during the briefing.` },
  { kind: 'benign', variant: 'markdown', previous: `Flyers must be at least four years old and weigh no more than 120 kg.`, next: `### Who can fly\n\n- At least **4 years old**\n- No more than **120 kg**` },
  { kind: 'scope', previous: `Every flyer signs the medical declaration before their first session.`, next: `Every flyer over 60 signs the medical declaration before their first session.` },
  { kind: 'benign', variant: 'reword', previous: `Flyers with a history of shoulder dislocation are not allowed in the tunnel.`, next: `Anyone whose shoulder has dislocated before is turned away from the tunnel.` },
  { kind: 'benign', variant: 'stricter', previous: `Stop the fans if a flyer signals distress.`, next: `Stop the fans at once if a flyer signals distress or the instructor loses contact with them.` },
  { kind: 'benign', variant: 'emphasis', previous: `The tunnel operator keeps a hand on the emergency stop during every session.`, next: `The tunnel operator keeps a hand on the emergency stop during every session, start to finish, without exception.` },
  { kind: 'condition', previous: `Turn the airspeed up for experienced flyers only when their instructor has cleared them for it.`, next: `Turn the airspeed up for experienced flyers when they ask, once their instructor has cleared them or is busy.` },
  { kind: 'benign', variant: 'split-join', previous: `Flyers wear the helmet, goggles and suit provided. Their own clothing goes in the locker.`, next: `Flyers wear the helmet, goggles and suit provided and put their own clothing in the locker.` },

  // Harder edits in the domains above
  { kind: 'entity', previous: `Pause all flying when the weather flag at the falconry field turns amber.`, next: `Pause all flying when the weather flag at the falconry field turns red.` },
  { kind: 'conjunct', previous: `Spa guests may ask to see and to delete the health questionnaire we hold about them.`, next: `Spa guests may ask to see the health questionnaire we hold about them.` },
  { kind: 'number', previous: `Lock keepers reply to a boater's radio call within the hour.`, next: `Lock keepers reply to a boater's radio call by the end of the day.` },
  { kind: 'condition', previous: `Contributors may withdraw an image from sale at any time.`, next: `Contributors may withdraw an image from sale at any time, provided it has not sold in the last twelve months.` },
  { kind: 'drift', previous: `Hackathon teams keep the rights to the code they write. Sponsors get no licence to it.`, next: `Hackathon teams keep the rights to the code they write. Sponsors get no licence to it. The headline sponsor may reuse winning projects in its marketing demos.` },
];
