// Held-back set v27 of issue 11: hand-labelled clause edits, written blind on 2026-12-04
// (session 19) by a helper who never saw the detectors, their tests, their history or any other
// labelled set beyond the ClauseEdit type, the first lines of v26 (for the file shape) and the
// domain lists of earlier sets; never tuned on; to be measured once by the lead, after the commit
// that adds it. Do not edit entries to make a detector pass.
// Labels say what a careful reviewer would want: `benign` edits keep every obligation for every
// case (a stricter rule is not a regression), every other kind weakens or changes the rule; edits
// touching several things are labelled by their main change (a new sentence that contradicts a
// rule, or a negation moved onto another part of the clause, counts as `rescope`; a required step
// dropped whole counts as `requirement`, one item dropped from a list inside a sentence as
// `conjunct`; the rule replaced by a different rule that sounds similar counts as `drift`; `tone`
// edits carry the clause's declared tone). Work in progress: domains 1-5 of 27 so far.
// Domains: ice road trucking, zip line adventure park, vineyard harvest crew, tea blending house,
// fish auction hall, hot spring bathhouse, radio telescope control room, snowmaking operations,
// horse racing stewards, mushroom foraging tours, sewer inspection crew, tidal power station, stamp
// auction house, bicycle share depot, ice climbing wall, cathedral stonemasons, zoo night tours,
// lost property office, dog agility trials, funeral car hire, desalination plant, urban rooftop
// farm, harp making workshop, jet ski hire, lifeboat station crew, toddler swimming lessons, kennel
// boarding.

import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V27: readonly ClauseEdit[] = [
  // Ice road trucking
  { kind: 'benign', variant: 'reword', previous: `Drivers must keep at least 500 metres between trucks on the ice road at all times.`, next: `On the ice road, the gap between any two trucks is never allowed to shrink below 500 metres.` },
  { kind: 'order', previous: `You are the dispatch assistant for Northern Lakes Winter Haul. Loads are weighed at the Tibbitt checkpoint before a truck is allowed onto the ice. Tell drivers that loaded trucks may travel at most 25 km/h on the lake sections and that empty trucks may do 35 km/h. Remind them to radio the portage camp when they leave each lake.`, next: `You are the dispatch assistant for Northern Lakes Winter Haul. Loads are weighed at the Tibbitt checkpoint before a truck is allowed onto the ice. Tell drivers that loaded trucks may travel at least 25 km/h on the lake sections and that empty trucks may do 35 km/h. Remind them to radio the portage camp when they leave each lake.` },
  { kind: 'condition', previous: `A driver may continue past a wet crack only if the ice crew has flagged it as safe.`, next: `A driver may continue past a wet crack unless the ice crew has flagged it as unsafe.` },
  { kind: 'benign', variant: 'voice', previous: `The ice crew drills a test hole every 500 metres each morning.`, next: `Each morning a test hole is drilled every 500 metres by the ice crew.` },
  { kind: 'scope', previous: `Drivers must report any cracking sound under the truck to dispatch immediately.`, next: `Drivers must report any cracking sound under the truck to dispatch immediately where practical.` },
  { kind: 'benign', variant: 'split-join', previous: `Never stop a loaded truck on the ice for longer than five minutes. A stationary load makes the ice sag.`, next: `Never stop a loaded truck on the ice for longer than five minutes, because a stationary load makes the ice sag.` },
  { kind: 'conjunct', previous: `Before each run, drivers check their tyre chains, their survival kit and their satellite phone battery.`, next: `Before each run, drivers check their tyre chains and their satellite phone battery.` },
  { kind: 'benign', variant: 'reword', previous: `Drivers must always carry a survival kit on the ice road.`, next: `No driver goes out on the ice road without a survival kit.` },
  { kind: 'obligation', previous: `The convoy lead is responsible for confirming that every truck in the convoy has cleared the checkpoint before the convoy sets off across the first lake.`, next: `The convoy lead is encouraged to confirm that every truck in the convoy has cleared the checkpoint before the convoy sets off across the first lake.` },
  { kind: 'benign', variant: 'reorder', previous: `Switch to low beam when another truck approaches. Keep the cab heater running while parked at a camp.`, next: `Keep the cab heater running while parked at a camp. Switch to low beam when another truck approaches.` },
  { kind: 'rescope', previous: `Do not overtake another truck on the ice, except in the marked passing lanes at the portage camps.`, next: `Do not overtake another truck on the ice in the marked passing lanes at the portage camps.` },

  // Zip line adventure park
  { kind: 'roles', previous: `You are the guest assistant for Canopy Rush Adventure Park. On every line, the guide at the landing platform radios the guide at the launch platform that the cable is clear before the next guest is sent. Guests keep their gloved hand behind the trolley while riding. Tell guests the course takes about two hours.`, next: `You are the guest assistant for Canopy Rush Adventure Park. On every line, the guide at the launch platform radios the guide at the landing platform that the cable is clear before the next guest is sent. Guests keep their gloved hand behind the trolley while riding. Tell guests the course takes about two hours.` },
  { kind: 'benign', variant: 'reword', previous: `Guests weighing more than 120 kg cannot ride the zip lines.`, next: `The zip lines are open only to guests who weigh 120 kg or less.` },
  { kind: 'number', previous: `Close the upper course when wind gusts exceed forty kilometres an hour.`, next: `Close the upper course when wind gusts exceed fifty kilometres an hour.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Staff run a PPE check on every guest before each session.`, next: `Staff run a personal protective equipment check on every guest before each session.` },
  { kind: 'entity', previous: `Send any guest who reports chest pain or dizziness to the first-aid post at Base Camp, where a paramedic is on duty.`, next: `Send any guest who reports chest pain or dizziness to the ticket office at Base Camp, where a paramedic is on duty.` },
  { kind: 'benign', variant: 'emphasis', previous: `Guests must keep both hands on the strap while riding.`, next: `Guests must keep BOTH hands on the strap while riding.` },
  { kind: 'reference', previous: `Before the first line, read guests the safety rules in section 3 of the Guest Briefing Card.`, next: `Before the first line, read guests the safety rules in section 5 of the Guest Briefing Card.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Do not let unaccompanied minors onto the course.`, next: `Do not let minors who are not accompanied onto the course.` },
  { kind: 'tone', tone: 'reassuring', previous: `If a guest freezes on a platform, reassure them calmly that they are clipped in and safe, give them all the time they need, and only then mention the walk-down route.`, next: `If a guest freezes on a platform, tell them they are holding up the rest of the group and point them to the walk-down route.` },
  { kind: 'benign', variant: 'reword', previous: `A guide must stay on the launch platform until the last guest in the group has left it.`, next: `The last guest in the group leaves the launch platform before the guide does.` },
  { kind: 'drift', previous: `If a guest's trolley stops short of the landing platform, the guest waits with their back to the landing for a guide to come out and tow them in.`, next: `If a guest's trolley stops short of the landing platform, the guest turns to face the landing and pulls themselves in hand over hand along the cable.` },

  // Vineyard harvest crew
  { kind: 'modal', previous: `Pickers must wear cut-resistant gloves when using secateurs.`, next: `Pickers should wear cut-resistant gloves when using secateurs.` },
  { kind: 'benign', variant: 'stricter', previous: `When it is above 30 °C, pickers take a ten-minute shade break every two hours.`, next: `When it is above 30 °C, pickers take a ten-minute shade break every hour.` },
  { kind: 'negation', previous: `Pickers who are not on today's crew list may not ride in the harvest trailer.`, next: `Pickers who are on today's crew list may not ride in the harvest trailer.` },
  { kind: 'benign', variant: 'units', previous: `A full picking bin must not weigh more than 20 kg.`, next: `A full picking bin must not weigh more than twenty kilograms.` },
  { kind: 'requirement', previous: `You are the crew assistant for Haskett Ridge Vineyards. New pickers watch the secateur safety video on their first morning. They sign the crew list at the shed before picking starts. Lunch is at 12:30 under the big oak, and water refills are at the end of every row.`, next: `You are the crew assistant for Haskett Ridge Vineyards. New pickers watch the secateur safety video on their first morning. Lunch is at 12:30 under the big oak, and water refills are at the end of every row.` },
  { kind: 'benign', variant: 'reword', previous: `Harvest starts at first light and stops once the grapes are warmer than 25 °C.`, next: `Picking begins at dawn and ends as soon as the fruit rises past 25 °C.` },
  { kind: 'order', previous: `Pick the Pinot Noir block first and the Chardonnay block last, so the Pinot reaches the press while it is still cool.`, next: `Pick the Chardonnay block first and the Pinot Noir block last, so the Pinot reaches the press while it is still cool.` },
  { kind: 'benign', variant: 'list-prose', previous: `Every picker carries secateurs, gloves, a water bottle and a sun hat.`, next: `Every picker carries:\n- secateurs\n- gloves\n- a water bottle\n- a sun hat` },
  { kind: 'condition', previous: `A picker may leave their row before it is finished only if their crew leader agrees.`, next: `A picker may leave their row before it is finished if their crew leader does not object.` },
  { kind: 'benign', variant: 'reword', previous: `Do not eat grapes from the bins.`, next: `Grapes in the bins go to the press and nowhere else, pickers' mouths included.` },
  { kind: 'scope', previous: `Every picker must drink at least one litre of water before the midday break.`, next: `Every picker must drink at least one litre of water before the midday break on days above 30 °C.` },

  // Tea blending house
  { kind: 'conjunct', previous: `Blends containing nuts or dried fruit must carry an allergen warning and be packed on the separate line.`, next: `Blends containing nuts must carry an allergen warning and be packed on the separate line.` },
  { kind: 'benign', variant: 'voice', previous: `The head blender approves every new recipe before it goes on sale.`, next: `Every new recipe is approved by the head blender before it goes on sale.` },
  { kind: 'obligation', previous: `You are the customer assistant for Marlow & Finch Tea Blenders. You are required to state the caffeine level whenever you recommend a blend. Offer a caffeine-free alternative when a customer says they are pregnant or sensitive to caffeine. Orders ship within two working days.`, next: `You are the customer assistant for Marlow & Finch Tea Blenders. You may state the caffeine level when you recommend a blend. Offer a caffeine-free alternative when a customer says they are pregnant or sensitive to caffeine. Orders ship within two working days.` },
  { kind: 'benign', variant: 'reword', previous: `Every tin must carry a best-before date.`, next: `No tin leaves the blending room without a best-before date on it.` },
  { kind: 'rescope', previous: `Never describe any of our teas as curing or treating an illness. You can say how a tea tastes and what it is traditionally drunk with.`, next: `Never describe any of our teas as curing or treating an illness. You can say how a tea tastes, what it is traditionally drunk with, and that our chamomile blend clears up insomnia.` },
  { kind: 'benign', variant: 'split-join', previous: `Weigh each component on the calibrated scale and record the batch number in the blending log.`, next: `Weigh each component on the calibrated scale. Record the batch number in the blending log as well.` },
  { kind: 'roles', previous: `Customer service issues a refund only after the warehouse confirms that the returned tin arrived unopened.`, next: `The warehouse issues a refund only after customer service confirms that the returned tin arrived unopened.` },
  { kind: 'benign', variant: 'reorder', previous: `Store black teas in the north room. Keep scented teas in sealed tins away from unscented ones.`, next: `Keep scented teas in sealed tins away from unscented ones. Store black teas in the north room.` },
  { kind: 'number', previous: `Tell customers to brew our green teas at eighty degrees for two minutes, never with boiling water.`, next: `Tell customers to brew our green teas at eighty degrees for four minutes, never with boiling water.` },
  { kind: 'benign', variant: 'reword', previous: `If a customer asks whether a blend is organic, only say yes when the blend page shows the Soil Association logo.`, next: `Confirm that a blend is organic only for blends whose page carries the Soil Association logo; for any other blend, make no organic claim.` },
  { kind: 'entity', previous: `Source Assam leaf only from the Halmari estate, which holds our ethical audit.`, next: `Source Assam leaf only from the Mangalam estate, which holds our ethical audit.` },

  // Fish auction hall
  { kind: 'reference', previous: `Buyers must hold a registration number issued under clause 4.2 of the Harbour Market Rules before they may bid.`, next: `Buyers must hold a registration number issued under clause 2.4 of the Harbour Market Rules before they may bid.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Keep all fish at or below 2 °C, as the HACCP plan requires.`, next: `Keep all fish at or below 2 °C, as the Hazard Analysis and Critical Control Points plan requires.` },
  { kind: 'tone', tone: 'courteous', previous: `You are the buyer help assistant for Peterhead Quay Fish Market. When a buyer disputes the weight of a lot, thank them for raising it, apologise for the trouble, and explain that the weighmaster will re-weigh the box in front of them. Bidding opens at 07:00 sharp.`, next: `You are the buyer help assistant for Peterhead Quay Fish Market. When a buyer disputes the weight of a lot, remind them that the scales are certified and that they should have checked before bidding, and explain that the weighmaster will re-weigh the box in front of them. Bidding opens at 07:00 sharp.` },
  { kind: 'benign', variant: 'emphasis', previous: `Never bid on behalf of a buyer.`, next: `Never, under any circumstances, bid on behalf of a buyer.` },
  { kind: 'drift', previous: `Lots that fail the freshness check are withdrawn from the auction and written in the rejects book.`, next: `Lots that fail the freshness check are moved to the end of the auction and written in the rejects book.` },
  { kind: 'benign', variant: 'reword', previous: `The auctioneer may not open a lot before the buyer of the previous lot has been announced.`, next: `Each lot opens only once the buyer of the lot before it has been announced.` },
  { kind: 'modal', previous: `Buyers shall settle their account within seven days of the sale.`, next: `Buyers should aim to settle their account within seven days of the sale.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Unlabelled boxes cannot be sold.`, next: `Boxes that are not labelled cannot be sold.` },
  { kind: 'negation', previous: `Never refreeze fish that has been thawed for display.`, next: `Always refreeze fish that has been thawed for display.` },
  { kind: 'benign', variant: 'reword', previous: `Buyers must wear white boots and a hairnet on the auction floor.`, next: `White boots and a hairnet are compulsory for any buyer on the auction floor.` },
  { kind: 'requirement', previous: `You are the floor assistant for Peterhead Quay Fish Market. Sellers declare the catch area for each lot on the landing sheet. The quality inspector temperature-checks every box before it reaches the floor. Buyers collect their sold lots by 10:00.`, next: `You are the floor assistant for Peterhead Quay Fish Market. Sellers declare the catch area for each lot on the landing sheet. Buyers collect their sold lots by 10:00.` },
];
