// Round 28b (session 22, issue 11): edits written for the readings of round 28b before each was
// built, in domains no labelled set used, each class of regression beside faithful twins that must
// stay unflagged. Part of the tuning set (`CLAUSE_EDITS` spreads them); kept in a file of its own
// so that the rounds working at once in this folder touch one line of the shared fixture.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_28B_EDITS: readonly ClauseEdit[] = [
  // A name with a possessive ("St Mary's Hospital", "King's Hall", "Addenbrooke's") replaced by
  // another: the possessive word was no name to the entity reading, so the name went unread
  // (v28's St Mary's -> St Mark's). Read by form, wherever it stands.
  { kind: 'entity', previous: `Refer walk-in patients to the urgent care unit at St Luke's Hospital.`, next: `Refer walk-in patients to the urgent care unit at St Mark's Hospital.` },
  { kind: 'entity', previous: `Park visiting coaches in the overflow area behind King's Hall.`, next: `Park visiting coaches in the overflow area behind Queen's Hall.` },
  { kind: 'entity', previous: `Post signed consent forms to the records office at Guy's Campus by Friday.`, next: `Post signed consent forms to the records office at Tommy's Campus by Friday.` },
  { kind: 'entity', previous: `Runners collect their race numbers from Foster's Yard on the Friday evening.`, next: `Runners collect their race numbers from Porter's Yard on the Friday evening.` },
  { kind: 'entity', previous: `Blood samples from the mobile unit go to the laboratory at Addenbrooke's for screening.`, next: `Blood samples from the mobile unit go to the laboratory at Papworth for screening.` },
  { kind: 'entity', previous: `New singers are sent to the Tuesday rehearsal at St Anne's Church hall.`, next: `New singers are sent to the Tuesday rehearsal at St Agnes's Church hall.` },
  { kind: 'benign', variant: 'reword', previous: `Refer walk-in patients to the urgent care unit at St Luke's Hospital.`, next: `Walk-in patients must be referred to St Luke's Hospital's urgent care unit.` },
  { kind: 'benign', variant: 'voice', previous: `Park visiting coaches in the overflow area behind King's Hall.`, next: `Visiting coaches are to be parked in the overflow area behind King's Hall.` },
  { kind: 'benign', variant: 'reword', previous: `Follow the Trust's complaints procedure for every written complaint.`, next: `For every written complaint, follow the complaints procedure of the Trust.` },
  { kind: 'benign', variant: 'reword', previous: `Take lost children to the Harbourmaster's Office on the quay.`, next: `Lost children are taken to the harbourmaster's office on the quay.` },
  { kind: 'benign', variant: 'reword', previous: `Runners collect their race numbers from Foster's Yard on the Friday evening.`, next: `On the Friday evening, runners pick up their race numbers at Foster’s Yard.` },
  { kind: 'benign', variant: 'reword', previous: `Blood samples from the mobile unit go to the laboratory at Addenbrooke's for screening.`, next: `The laboratory at Addenbrooke's screens the blood samples from the mobile unit.` },

  // A ban said as a request or advice to the people it bound ("are not allowed to use" -> "are
  // asked not to use", v31's rehab gym): the ban-softening reading knew "avoid" and "try not to".
  { kind: 'obligation', previous: `Visitors are not allowed to feed the animals in the petting barn.`, next: `Visitors are asked not to feed the animals in the petting barn.` },
  { kind: 'obligation', previous: `Staff must not park in the patient bays at the front of the clinic.`, next: `Staff are requested not to park in the patient bays at the front of the clinic.` },
  { kind: 'obligation', previous: `Tenants may not keep dogs in the flats above the shop.`, next: `Tenants are encouraged not to keep dogs in the flats above the shop.` },
  { kind: 'obligation', previous: `Never leave the kiln door open while a firing is in progress.`, next: `Potters are advised not to leave the kiln door open while a firing is in progress.` },
  { kind: 'obligation', previous: `Riders are forbidden to overtake on the descent into the valley.`, next: `Riders are urged not to overtake on the descent into the valley.` },
  { kind: 'benign', variant: 'reword', previous: `Visitors are asked not to feed the animals in the petting barn.`, next: `Visitors are requested not to feed the animals in the petting barn.` },
  { kind: 'benign', variant: 'reword', previous: `Visitors are not allowed to feed the animals in the petting barn.`, next: `Visitors are not permitted to feed the animals in the petting barn.` },
  { kind: 'benign', variant: 'voice', previous: `Staff must not park in the patient bays at the front of the clinic.`, next: `The patient bays at the front of the clinic must not be used by staff for parking.` },
  { kind: 'benign', variant: 'reword', previous: `Riders are forbidden to overtake on the descent into the valley.`, next: `Riders may not overtake on the descent into the valley.` },
  { kind: 'benign', variant: 'stricter', previous: `Tenants are asked not to keep dogs in the flats above the shop.`, next: `Tenants must not keep dogs in the flats above the shop.` },

  // A duty said as liability ("Charterers are liable for any damage" -> "may contribute towards",
  // v31): "liable for", "accountable for", "answerable for" bind like "responsible for".
  { kind: 'obligation', previous: `The hirer is liable for any parking fines incurred during the rental.`, next: `The hirer may pay any parking fines incurred during the rental.` },
  { kind: 'obligation', previous: `Contractors are liable for the cost of repairing any damage to the verge.`, next: `Contractors can contribute to the cost of repairing any damage to the verge.` },
  { kind: 'obligation', previous: `Club members are accountable for the behaviour of the guests they sign in.`, next: `Club members may keep an eye on the behaviour of the guests they sign in.` },
  { kind: 'obligation', previous: `Each site manager is answerable for the safety briefing of new starters.`, next: `Each site manager is welcome to help with the safety briefing of new starters.` },
  { kind: 'benign', variant: 'reword', previous: `The hirer is liable for any parking fines incurred during the rental.`, next: `The hirer is responsible for any parking fines incurred during the rental.` },
  { kind: 'benign', variant: 'reword', previous: `Contractors are liable for the cost of repairing any damage to the verge.`, next: `Contractors must pay the cost of repairing any damage to the verge.` },
  { kind: 'benign', variant: 'reword', previous: `Club members are accountable for the behaviour of the guests they sign in.`, next: `Club members are responsible for how the guests they sign in behave.` },
  { kind: 'benign', variant: 'voice', previous: `Each site manager is answerable for the safety briefing of new starters.`, next: `The safety briefing of new starters is the responsibility of each site manager.` },

  // A step of a list of imperatives dropped whole, its verb one no list of ours knew ("Count
  // passengers on and off the boat", v31): short, with no modal, it read as no rule. Beside kept
  // sentences that are imperatives, an imperative of any verb the dictionary knows is a step.
  { kind: 'requirement', previous: `You assist the ferry ticket office. Check every ticket at the ramp. Count cars on and off the deck. Report any delay to the harbour master.`, next: `You assist the ferry ticket office. Check every ticket at the ramp. Report any delay to the harbour master.` },
  { kind: 'requirement', previous: `Sweep the workshop floor at the end of each day. Unplug the bench grinder. Lock the tool cage.`, next: `Sweep the workshop floor at the end of each day. Lock the tool cage.` },
  { kind: 'requirement', previous: `Weigh every parcel on the counter scales. Stamp the receipt with the date. Give the customer their tracking number.`, next: `Weigh every parcel on the counter scales. Give the customer their tracking number.` },
  { kind: 'requirement', previous: `Rinse the mash tun after each brew. Drain the hot liquor tank. Record the gravity in the brew log.`, next: `Rinse the mash tun after each brew. Record the gravity in the brew log.` },
  { kind: 'requirement', previous: `Photograph any damage to the hire van. Initial the check-in sheet. Return the keys to the desk.`, next: `Photograph any damage to the hire van. Return the keys to the desk.` },
  { kind: 'benign', variant: 'reorder', previous: `You assist the ferry ticket office. Check every ticket at the ramp. Count cars on and off the deck. Report any delay to the harbour master.`, next: `You assist the ferry ticket office. Count cars on and off the deck. Check every ticket at the ramp. Report any delay to the harbour master.` },
  { kind: 'benign', variant: 'split-join', previous: `Sweep the workshop floor at the end of each day. Unplug the bench grinder. Lock the tool cage.`, next: `At the end of each day, sweep the workshop floor and unplug the bench grinder. Lock the tool cage.` },
  { kind: 'benign', variant: 'reword', previous: `Weigh every parcel on the counter scales. Stamp the receipt with the date. Give the customer their tracking number.`, next: `Weigh every parcel on the counter scales. Date-stamp the receipt. Give the customer their tracking number.` },
  { kind: 'benign', variant: 'reword', previous: `Rinse the mash tun after each brew. Drain the hot liquor tank. Record the gravity in the brew log.`, next: `Rinse the mash tun after each brew. Empty the hot liquor tank. Record the gravity in the brew log.` },
  { kind: 'benign', variant: 'split-join', previous: `Photograph any damage to the hire van. Initial the check-in sheet. Return the keys to the desk.`, next: `Photograph any damage to the hire van and initial the check-in sheet. Return the keys to the desk.` },
  { kind: 'benign', variant: 'reword', previous: `Check the till float at opening. Stock levels vary. Lock the safe at closing.`, next: `Check the till float at opening. Lock the safe at closing.` },

  // A rule's demand replaced in two or more places while the words between stay ("Test an inside
  // seam for colour fastness" -> "Check an inside seam for loose threads", v30): the stretch reading
  // took the run from the first changed word to the last as one stretch, so a reworded verb at the
  // opening left it no frame. Each changed span read on its own.
  { kind: 'drift', previous: `Inspect each harness for frayed stitching before a climb.`, next: `Check each harness for a name tag before a climb.` },
  { kind: 'drift', previous: `Examine every returned kayak for hull cracks before it goes back on the rack.`, next: `Check every returned kayak for missing stickers before it goes back on the rack.` },
  { kind: 'drift', previous: `Store the vaccine trays in the pharmacy fridge until the clinic opens.`, next: `Keep the vaccine trays in the reception drawer until the clinic opens.` },
  { kind: 'drift', previous: `Hose the milking parlour floor with disinfectant after each milking.`, next: `Sweep the milking parlour floor with a yard brush after each milking.` },
  { kind: 'drift', previous: `Photograph the meter reading and the serial plate on every visit.`, next: `Photograph the front door and the garden gate on every visit.` },
  { kind: 'drift', previous: `Seal each sample bag with tamper tape and label it with the donor code.`, next: `Seal each sample bag with a rubber band and label it with the collection date.` },
  { kind: 'benign', variant: 'reword', previous: `Inspect each harness for frayed stitching before a climb.`, next: `Check each harness for worn stitching before a climb.` },
  { kind: 'benign', variant: 'reword', previous: `Store the vaccine trays in the pharmacy fridge until the clinic opens.`, next: `Keep the vaccine trays in the pharmacy refrigerator until the clinic opens.` },
  { kind: 'benign', variant: 'reword', previous: `Hose the milking parlour floor with disinfectant after each milking.`, next: `Wash the milking parlour floor down with disinfectant after each milking.` },
  { kind: 'benign', variant: 'reword', previous: `Photograph the meter reading and the serial plate on every visit.`, next: `Take a photo of the meter reading and of the serial plate at every visit.` },
  { kind: 'benign', variant: 'reword', previous: `Seal each sample bag with tamper tape and label it with the donor code.`, next: `Close each sample bag with tamper-evident tape and mark it with the donor code.` },
  { kind: 'benign', variant: 'reword', previous: `Wipe down the treatment couch with a sanitising wipe between clients.`, next: `Clean the treatment couch with an antibacterial wipe between each client.` },

  // One word replaced by a noun of two words, the head the last ("the original passport" -> "the
  // original driving licence", v31): the one-word reading asked for a swap of one word each side.
  { kind: 'drift', previous: `Keep the spare van keys in the safe in the site office.`, next: `Keep the spare van keys in the desk drawer in the site office.` },
  { kind: 'drift', previous: `Check every ladder for damage before each use on site.`, next: `Check every ladder for paint splashes before each use on site.` },
  { kind: 'entity', previous: `Accept a parcel for a neighbour only when the sender shows a receipt.`, next: `Accept a parcel for a neighbour only when the sender shows a bank card.` },
  { kind: 'drift', previous: `Wipe the chopping boards with the blue cloth after raw meat.`, next: `Wipe the chopping boards with the kitchen roll after raw meat.` },
  { kind: 'drift', previous: `Sterilise the ear piercing gun with the autoclave between clients.`, next: `Sterilise the ear piercing gun with hand gel between clients.` },
  { kind: 'benign', variant: 'reword', previous: `Keep the spare van keys in the safe in the site office.`, next: `Keep the spare van keys in the key safe in the site office.` },
  { kind: 'benign', variant: 'reword', previous: `Check every ladder for damage before each use on site.`, next: `Check every ladder for visible damage before each use on site.` },
  { kind: 'benign', variant: 'reword', previous: `Lock the hire bikes to the rail beside the shed.`, next: `Lock the hire bikes to the rail beside the bike shed.` },
  { kind: 'benign', variant: 'reword', previous: `Store the club oars in the boathouse after every outing.`, next: `Store the club oars in the boat shed after every outing.` },
  { kind: 'benign', variant: 'reword', previous: `Leave the signed form at reception before the session.`, next: `Leave the signed form at the front desk before the session.` },
  { kind: 'benign', variant: 'reword', previous: `Wipe the chopping boards with the blue cloth after raw meat.`, next: `Wipe the chopping boards with the blue dishcloth after raw meat.` },

  // An adverb of doing a thing often put after the case a rule covers ("Every adult who helps at
  // training" -> "... helps at training regularly", v31): only those who do it often are covered.
  { kind: 'scope', previous: `Every volunteer who drives the minibus must hold a D1 licence.`, next: `Every volunteer who drives the minibus regularly must hold a D1 licence.` },
  { kind: 'scope', previous: `Any member who uses the rowing machines must complete an induction.`, next: `Any member who often uses the rowing machines must complete an induction.` },
  { kind: 'scope', previous: `Staff who handle cash must sign the till log at the end of each shift.`, next: `Staff who handle cash routinely must sign the till log at the end of each shift.` },
  { kind: 'scope', previous: `Anyone who works at height on the scaffold must wear a harness.`, next: `Anyone who works at height on the scaffold frequently must wear a harness.` },
  { kind: 'scope', previous: `Report every pupil who arrives late to the head of year.`, next: `Report every pupil who arrives late repeatedly to the head of year.` },
  { kind: 'benign', variant: 'emphasis', previous: `Every volunteer who drives the minibus must hold a D1 licence.`, next: `Every volunteer who drives the minibus, even once, must hold a D1 licence.` },
  { kind: 'benign', variant: 'emphasis', previous: `Staff who handle cash must sign the till log at the end of each shift.`, next: `Staff who handle cash must always sign the till log at the end of each shift.` },
  { kind: 'benign', variant: 'reword', previous: `Anyone who works at height on the scaffold must wear a harness.`, next: `Anyone working at height on the scaffold must wear a harness.` },
  { kind: 'benign', variant: 'emphasis', previous: `Any member who uses the rowing machines must complete an induction.`, next: `Any member who uses the rowing machines, however rarely, must complete an induction.` },
  { kind: 'benign', variant: 'stricter', previous: `Members who train at the club may book the sauna after a session.`, next: `Members who train at the club regularly may book the sauna after a session.` },

  // A word for anyone in a group replaced by a role within it ("Every crew member must be vetted" ->
  // "Every crew leader", v28): the one-word reading leaves people to the party readings.
  { kind: 'scope', previous: `Every team member must sign the lone-working register before a home visit.`, next: `Every team leader must sign the lone-working register before a home visit.` },
  { kind: 'scope', previous: `All club members must wear a high-visibility vest on the towpath.`, next: `All club coaches must wear a high-visibility vest on the towpath.` },
  { kind: 'scope', previous: `Every choir member must warm up in the vestry before the concert.`, next: `Every choir leader must warm up in the vestry before the concert.` },
  { kind: 'scope', previous: `Send the weekly rota to every volunteer at the food bank.`, next: `Send the weekly rota to every volunteer coordinator at the food bank.` },
  { kind: 'scope', previous: `Every site worker must wear a hard hat beyond the gate.`, next: `Every site supervisor must wear a hard hat beyond the gate.` },
  { kind: 'benign', variant: 'reword', previous: `Every team member must sign the lone-working register before a home visit.`, next: `Every member of the team must sign the lone-working register before a home visit.` },
  { kind: 'benign', variant: 'reword', previous: `Every site worker must wear a hard hat beyond the gate.`, next: `Every site employee must wear a hard hat beyond the gate.` },
  { kind: 'benign', variant: 'stricter', previous: `Every site supervisor must wear a hard hat beyond the gate.`, next: `Every site worker must wear a hard hat beyond the gate.` },
  { kind: 'benign', variant: 'stricter', previous: `Any club member may borrow the spare kayak paddles.`, next: `Any club coach may borrow the spare kayak paddles.` },
  { kind: 'benign', variant: 'reword', previous: `Each staff member must complete fire training every year.`, next: `Each colleague must complete fire training every year.` },

  // A document, list or edition the rule points to moved back in time ("the yard's current tariff
  // sheet" -> "last season's tariff sheet", v30): the noun is kept, so no reading saw a reference go.
  { kind: 'reference', previous: `Price every repair from the current parts catalogue.`, next: `Price every repair from last year's parts catalogue.` },
  { kind: 'reference', previous: `Check guests' names against the latest booking list before boarding.`, next: `Check guests' names against yesterday's booking list before boarding.` },
  { kind: 'reference', previous: `Fit every boiler to the current edition of the gas regulations.`, next: `Fit every boiler to the previous edition of the gas regulations.` },
  { kind: 'reference', previous: `Use the most recent risk assessment for each site visit.`, next: `Use the old risk assessment for each site visit.` },
  { kind: 'reference', previous: `Give callers the up-to-date timetable for the island ferry.`, next: `Give callers the outdated timetable for the island ferry.` },
  { kind: 'benign', variant: 'reword', previous: `Price every repair from the current parts catalogue.`, next: `Price every repair from the latest parts catalogue.` },
  { kind: 'benign', variant: 'reword', previous: `Check guests' names against the latest booking list before boarding.`, next: `Check guests' names against the most recent booking list before boarding.` },
  { kind: 'benign', variant: 'reword', previous: `Send members last year's accounts before the annual meeting.`, next: `Send members the previous year's accounts before the annual meeting.` },
  { kind: 'benign', variant: 'reword', previous: `Quote haul-out prices from the yard's current tariff sheet.`, next: `Quote haul-out prices from the current tariff sheet of the yard.` },
  { kind: 'benign', variant: 'reword', previous: `Use the current risk assessment for each site visit and file the old one.`, next: `Use the current risk assessment for each site visit and archive the old one.` },

  // A party after a kept owner replaced by an acronym naming another party ("the patient's
  // consultant" -> "the patient's GP", v30): every acronym was read as one that may stand for the
  // words it replaced. It stands for them when its letters are their initials.
  { kind: 'entity', previous: `Copy the discharge letter to the patient's surgeon at the clinic.`, next: `Copy the discharge letter to the patient's GP at the clinic.` },
  { kind: 'entity', previous: `Pass any safeguarding concern to the school's headteacher the same day.`, next: `Pass any safeguarding concern to the school's DSL the same day.` },
  { kind: 'entity', previous: `Send the signed contract to the client's solicitor by recorded post.`, next: `Send the signed contract to the client's PA by recorded post.` },
  { kind: 'entity', previous: `Report any data breach to the company's legal counsel within an hour.`, next: `Report any data breach to the company's CTO within an hour.` },
  { kind: 'entity', previous: `Forward the audit findings to the charity's treasurer before the board meets.`, next: `Forward the audit findings to the charity's CEO before the board meets.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Send the invoice to the client's chief financial officer by email.`, next: `Send the invoice to the client's CFO by email.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Report any data breach to the company's data protection officer within an hour.`, next: `Report any data breach to the company's DPO within an hour.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Pass any safeguarding concern to the school's designated safeguarding lead the same day.`, next: `Pass any safeguarding concern to the school's DSL the same day.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Send the scan results to the patient's general practitioner.`, next: `Send the scan results to the patient's GP.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Forward the audit findings to the charity's CEO before the board meets.`, next: `Forward the audit findings to the charity's chief executive officer before the board meets.` },
];
