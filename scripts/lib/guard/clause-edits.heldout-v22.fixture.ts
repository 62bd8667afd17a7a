// Held-back set v22 of issue 11: hand-labelled clause edits, written blind on 2026-12-03
// (session 13) by someone who never saw the detectors, their tests, their history or any other
// labelled set; never tuned on; measured once, after the commit that adds it. Do not edit entries
// to make a detector pass. Labels say what a careful reviewer would want: `benign` edits keep the
// rule (a stricter rule is not a regression), every other kind weakens or changes it; edits
// touching several things are labelled by their main change. 241 edits, 102 benign,
// 25 domains.
// Domains: pipe organ maintenance, sheep shearing contractors, puppet theatre, stained glass
// restoration, bookbinding workshop, luthier workshop, thatching contractor, circus trapeze school,
// blacksmith forge classes, alpaca trekking farm, maple syrup sugarhouse, oyster farm, opera costume
// hire, community seed bank, cheese cave affinage, dry stone walling, sailmaker loft, model rocketry
// club, pottery kiln co-op, avalanche forecasting service, sled dog kennel tours, cider press co-op,
// cave guiding, typewriter repair shop, pipe band.

import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V22: readonly ClauseEdit[] = [
  // Pipe organ maintenance
  { kind: 'benign', variant: 'reword', previous: `Tuners must not climb into the swell box while the blower is running.`, next: `Nobody on the tuning crew enters the swell enclosure until the wind supply has been switched off.` },
  { kind: 'order', previous: `Switch off the blower and lock the console before removing any pipe from the chest.`, next: `Switch off the blower and lock the console after removing any pipe from the chest.` },
  { kind: 'benign', variant: 'stricter', previous: `Reed pipes may be revoiced on site only with the organist's written consent.`, next: `Reed pipes may be revoiced on site only with the organist's written consent and only after the church's organ adviser has been told which stops are affected.` },
  { kind: 'roles', previous: `## Visits\nThe parish notifies the firm at least two weeks before any service that needs the full organ, and the firm then schedules a tuning in the preceding week. The senior voicer signs off every tonal change; apprentices may tune but not voice.`, next: `## Visits\nThe firm notifies the parish at least two weeks before any service that needs the full organ, and the firm then schedules a tuning in the preceding week. The senior voicer signs off every tonal change; apprentices may tune but not voice.` },
  { kind: 'number', previous: `| Task | Interval |\n|---|---|\n| Full tuning | every 6 months |\n| Reed tuning | before each major festival |\n| Blower service | every 12 months |\n| Humidity log check | monthly |`, next: `| Task | Interval |\n|---|---|\n| Full tuning | every 6 months |\n| Reed tuning | before each major festival |\n| Blower service | every 24 months |\n| Humidity log check | monthly |` },
  { kind: 'benign', variant: 'markdown', previous: `| Task | Interval |\n|---|---|\n| Full tuning | every 6 months |\n| Reed tuning | before each major festival |\n| Blower service | every 12 months |`, next: `| Task           | Interval                   |\n| :------------- | :------------------------- |\n| Full tuning    | every 6 months             |\n| Reed tuning    | before each major festival |\n| Blower service | every 12 months            |` },
  { kind: 'scope', previous: `You are the booking assistant for Hartwell Organ Builders. Answer questions about tuning visits, restoration quotes and emergency cipher repairs. Every quote you draft must list the stops inspected and the hours estimated. Tell callers that the firm does not work on electronic organs. Hand any question about insurance claims to the office manager.`, next: `You are the booking assistant for Hartwell Organ Builders. Answer questions about tuning visits, restoration quotes and emergency cipher repairs. Quotes you draft should usually list the stops inspected and the hours estimated. Tell callers that the firm does not work on electronic organs. Hand any question about insurance claims to the office manager.` },
  { kind: 'conjunct', previous: `Before leaving a church, the technician must close the console, reset the humidifier and record the pipe temperature in the logbook.`, next: `Before leaving a church, the technician must close the console and record the pipe temperature in the logbook.` },
  { kind: 'benign', variant: 'voice', previous: `The lead technician inspects the leather of every pneumatic motor during restoration.`, next: `During restoration, the leather of every pneumatic motor is inspected by the lead technician.` },
  { kind: 'condition', previous: `Use hot hide glue on the wind chest only when the original joints were made with it.`, next: `Use hot hide glue on the wind chest except when the original joints were made with it.` },

  // Sheep shearing contractors
  { kind: 'benign', variant: 'reword', previous: `Shearers must stop and report any cut longer than 2 cm to the farmer before the sheep is released.`, next: `If a blade opens a wound over two centimetres, the shearer pauses and tells the farmer about it while the animal is still in the pen.` },
  { kind: 'condition', previous: `hey crew — we only shear wet sheep if the farmer signs the wet-wool waiver. no waiver, no shearing.`, next: `hey crew — we shear wet sheep unless the farmer signs the wet-wool waiver. no waiver, no problem.` },
  { kind: 'obligation', previous: `The gang leader is required to disinfect every handpiece between farms.`, next: `The gang leader is allowed to disinfect every handpiece between farms.` },
  { kind: 'benign', variant: 'split-join', previous: `Each shearer brings their own moccasins, and they must be washed in foot-rot solution at the gate.`, next: `Each shearer brings their own moccasins. They must be washed in foot-rot solution at the gate.` },
  { kind: 'negation', previous: `Never shear ewes within four weeks of their expected lambing date.`, next: `Shear ewes within four weeks of their expected lambing date.` },
  { kind: 'number', previous: `Wool packs must not exceed 200 kg; the wool handler weighs each one before it is branded.`, next: `Wool packs must not exceed 250 kg; the wool handler weighs each one before it is branded.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Do not accept payment for unfinished runs.`, next: `Do not accept payment for runs that have not been finished.` },
  { kind: 'rescope', previous: `Never shear a sheep that shows signs of flystrike; mark it and tell the farmer.`, next: `Shear a sheep that shows signs of flystrike; never mark it without telling the farmer.` },
  { kind: 'benign', variant: 'emphasis', previous: `Keep dogs out of the shearing board while the gang is working.`, next: `Keep dogs out of the shearing board at all times while the gang is working — no exceptions.` },
  { kind: 'scope', previous: `Crutch all ewes in the mob before the main shear.`, next: `Crutch the older ewes in the mob before the main shear.` },

  // Puppet theatre
  { kind: 'benign', variant: 'reword', previous: `Performers must check every marionette's control bar and strings before the house opens.`, next: `Ahead of letting the audience in, each puppeteer inspects the wires and crossbar of all string puppets.` },
  { kind: 'order', previous: `Lower the fire curtain after the last puppet has been hung in the store.`, next: `Lower the fire curtain before the last puppet has been hung in the store.` },
  { kind: 'benign', variant: 'reorder', previous: `Children under five sit in the front rows with an adult. Flash photography is not allowed during the show.`, next: `Flash photography is not allowed during the show. Children under five sit in the front rows with an adult.` },
  { kind: 'roles', previous: `The stage manager tells the puppeteers when the house is clear, and only then may they start the first scene.`, next: `The puppeteers tell the stage manager when the house is clear, and only then may they start the first scene.` },
  { kind: 'tone', tone: 'friendly', previous: `Hi there! Thanks for booking with the Little Lantern Puppet Theatre. If you need to change your tickets, just reply and we'll sort it out for you.`, next: `Ticket changes are handled by reply only. Do not expect us to sort out problems caused by your own booking mistakes.` },
  { kind: 'benign', variant: 'stricter', previous: `School groups must bring one adult for every ten children.`, next: `School groups must bring one adult for every ten children, and every adult must stay with their group for the whole performance.` },
  { kind: 'scope', previous: `Offer a relaxed performance with house lights up to any family who asks.`, next: `Offer a relaxed performance with house lights up to families who have booked a sensory-friendly date.` },
  { kind: 'reference', previous: `Every new puppet made in the workshop must meet the flammability test in our Workshop Safety Guide section 4.`, next: `Every new puppet made in the workshop must meet a suitable flammability test.` },
  { kind: 'benign', variant: 'list-prose', previous: `Before each tour date the company manager checks:\n- the van's load straps\n- the puppet cases' locks\n- the venue's get-in time`, next: `Before each tour date the company manager checks the van's load straps, the locks on the puppet cases and the venue's get-in time.` },

  // Stained glass restoration
  { kind: 'benign', variant: 'reword', previous: `Panels removed from a listed building must be photographed on both sides before they leave the site.`, next: `Take pictures of the front and back of any window taken out of a listed building while it is still on the premises.` },
  { kind: 'condition', previous: `Replace a cracked quarry with new glass only if the conservation officer agrees it cannot be edge-bonded.`, next: `Replace a cracked quarry with new glass whenever the conservation officer agrees it cannot be edge-bonded, or if the client prefers.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Lead came must be cut and soldered in a room with LEV running.`, next: `Lead came must be cut and soldered in a room with local exhaust ventilation running.` },
  { kind: 'conjunct', previous: `Restorers must wear gloves and a respirator and wash their hands before eating whenever they handle old leaded panels.`, next: `Restorers must wear gloves and wash their hands before eating whenever they handle old leaded panels.` },
  { kind: 'entity', previous: `Send the condition report to the Diocesan Advisory Committee before quoting for any church window.`, next: `Send the condition report to the churchwarden before quoting for any church window.` },
  { kind: 'benign', variant: 'stricter', previous: `Paint on historic glass may be consolidated with approved resin.`, next: `Paint on historic glass may be consolidated with approved resin only after a solubility test on a hidden edge and with the senior conservator present.` },
  { kind: 'modal', previous: `Kiln firings of painted glass must be logged with the peak temperature and the hold time.`, next: `Kiln firings of painted glass should ideally be logged with the peak temperature and the hold time.` },
  { kind: 'rescope', previous: `Never fire original painted glass in the kiln. Repairs to original paint are made cold, with reversible materials.`, next: `Never fire original painted glass in the kiln. Repairs to original paint are made cold, with reversible materials. If the paint is badly flaking, a short low-temperature firing is acceptable.` },
  { kind: 'benign', variant: 'voice', previous: `The studio stores removed panels upright in padded racks.`, next: `Removed panels are stored upright in padded racks by the studio.` },

  // Bookbinding workshop
  { kind: 'benign', variant: 'reword', previous: `Students may not take a board shear blade off its guard without an instructor present.`, next: `The guard on the board cutter stays on unless a tutor is standing beside you.` },
  { kind: 'benign', variant: 'emphasis', previous: `Wash paste brushes before the end of the session.`, next: `Always wash paste brushes before the end of the session, every single time.` },
  { kind: 'scope', previous: `Rebacking a customer's book requires the owner's signed approval for every volume in the order.`, next: `Rebacking a customer's book requires the owner's signed approval for the first volume in the order.` },
  { kind: 'obligation', previous: `The binder has to record the original sewing structure before disbinding a book.`, next: `The binder can record the original sewing structure before disbinding a book.` },
  { kind: 'benign', variant: 'split-join', previous: `Leather is pared on the glass slab only. The paring knife goes back in its sheath afterwards.`, next: `Leather is pared on the glass slab only, and the paring knife goes back in its sheath afterwards.` },
  { kind: 'number', previous: `Books in for conservation are kept at 45 to 55 percent relative humidity.`, next: `Books in for conservation are kept at 35 to 65 percent relative humidity.` },
  { kind: 'order', previous: `## Gold tooling\n1. Heat the finishing tool on the stove.\n2. Test it on a scrap of leather.\n3. Lay glaire on the cover and let it dry.\n4. Lay the gold leaf.\n5. Strike the tool once, firmly.\n6. Wipe away the excess gold with a greasy rag.`, next: `## Gold tooling\n1. Heat the finishing tool on the stove.\n2. Lay glaire on the cover and let it dry.\n3. Lay the gold leaf.\n4. Strike the tool once, firmly.\n5. Test it on a scrap of leather.\n6. Wipe away the excess gold with a greasy rag.` },
  { kind: 'roles', previous: `For a commission, the client approves the binder's design sketch before any leather is cut.`, next: `For a commission, the binder approves the client's design sketch before any leather is cut.` },
  { kind: 'benign', variant: 'reword', previous: `Never use pressure-sensitive tape to repair a tear in a customer's book.`, next: `Torn pages in clients' volumes are mended with Japanese tissue and wheat starch paste; self-adhesive tapes of any kind are off limits.` },

  // Luthier workshop
  { kind: 'benign', variant: 'reword', previous: `Tell the customer the full cost before starting any repair over £80.`, next: `For jobs priced above eighty pounds, the customer hears the complete price before work begins.` },
  { kind: 'conjunct', previous: `Loan instruments go out with a case, a bow and a cake of rosin.`, next: `Loan instruments go out with a case and a bow.` },
  { kind: 'benign', variant: 'markdown', previous: `1. Slacken the strings.\n2. Remove the bridge and tailpiece.\n3. Open the top with the seam knife.`, next: `1) Slacken the strings\n2) Remove the bridge and tailpiece\n3) Open the top with the seam knife` },
  { kind: 'condition', previous: `Regraduate a top only if the owner has agreed in writing that the instrument's value may change.`, next: `Regraduate a top if the owner has agreed in writing or if the luthier believes it will improve the tone.` },
  { kind: 'benign', variant: 'stricter', previous: `Apprentices may spray lacquer in the finishing room.`, next: `Apprentices may spray lacquer in the finishing room only with the extractor running, a respirator on and a senior maker in the building.` },
  { kind: 'negation', previous: `Do not remove a maker's label from inside an instrument, even during a top-off repair.`, next: `Remove a maker's label from inside an instrument during a top-off repair.` },
  { kind: 'reference', previous: `Appraisals follow the valuation method in the Workshop Appraisal Handbook, chapter 2, and cite the comparable sales used.`, next: `Appraisals follow a recognised valuation method and cite the comparable sales used.` },
  { kind: 'scope', previous: `## Customer instruments\nEvery instrument that comes in is tagged with the owner's name and a job number. Photograph it from front, back and both sides. Note any existing cracks on the intake sheet and have the owner initial it. Store it in the locked rack until the job starts.`, next: `## Customer instruments\nEvery instrument that comes in is tagged with the owner's name and a job number. Photograph it from front, back and both sides. Note any existing cracks on the intake sheet and, if possible, have the owner initial it. Store it in the locked rack until the job starts.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Never rehair a bow with unbleached hair without asking first.`, next: `Never rehair a bow with hair that has not been bleached without asking first.` },

  // Thatching contractor
  { kind: 'benign', variant: 'reword', previous: `Thatchers must tie off to the roof ladder whenever they work above the eaves.`, next: `Above eaves level, every thatcher stays clipped to the ladder by harness.` },
  { kind: 'number', previous: `Spars are spaced no more than 15 cm apart along each liggers run.`, next: `Spars are spaced no more than 25 cm apart along each liggers run.` },
  { kind: 'order', previous: `Fix the wire netting after the ridge has dried.`, next: `Fix the wire netting before the ridge has dried.` },
  { kind: 'rescope', previous: `Never light a blowtorch on a thatched roof; use hot-air tools only with a fire watch.`, next: `Never use hot-air tools without a fire watch; light a blowtorch on a thatched roof.` },
  { kind: 'benign', variant: 'voice', previous: `The foreman checks the scaffold ties every morning.`, next: `Every morning the scaffold ties are checked by the foreman.` },
  { kind: 'entity', previous: `Water reed for listed cottages must come from Norfolk beds.`, next: `Water reed for listed cottages must come from imported beds.` },
  { kind: 'benign', variant: 'stricter', previous: `The crew may burn waste straw on site.`, next: `The crew may burn waste straw on site only in a metal bin, at least 30 metres from any thatch, with the homeowner's permission and a hose connected.` },
  { kind: 'drift', previous: `Recommend a full rethatch only when the coat has worn down to the fixings.`, next: `Recommend our premium full rethatch package to every homeowner, and mention the 10% discount for booking this season.` },
  { kind: 'scope', previous: `Apply fire retardant to all new thatch before handover.`, next: `Apply fire retardant to new thatch before handover where the customer has requested it.` },

  // Circus trapeze school
  { kind: 'benign', variant: 'reword', previous: `Students are not allowed on the flying trapeze without the safety lines attached.`, next: `No one leaves the platform on the flying bar unless their lunge belt is clipped in.` },
  { kind: 'roles', previous: `The catcher calls the timing, and the flyer leaves the board on the catcher's "hep".`, next: `The flyer calls the timing, and the catcher leaves the board on the flyer's "hep".` },
  { kind: 'benign', variant: 'split-join', previous: `Students warm up for fifteen minutes. After that they stretch wrists and shoulders.`, next: `Students warm up for fifteen minutes and then stretch wrists and shoulders.` },
  { kind: 'condition', previous: `A student may attempt a release trick only after three clean sessions on the lines.`, next: `A student may attempt a release trick even before three clean sessions on the lines.` },
  { kind: 'obligation', previous: `Coaches are responsible for inspecting the net's tension before each class.`, next: `Coaches are welcome to inspect the net's tension before each class.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Every coach must hold a current PAT certificate for the rigging.`, next: `Every coach must hold a current Performing Arts Trapeze certificate for the rigging.` },
  { kind: 'number', previous: `| Level | Minimum age | Max height |\n|---|---|---|\n| Starter | 8 | 2 m |\n| Flyer | 12 | 6 m |\n| Advanced | 16 | 9 m |`, next: `| Level | Minimum age | Max height |\n|---|---|---|\n| Starter | 8 | 2 m |\n| Flyer | 10 | 6 m |\n| Advanced | 16 | 9 m |` },
  { kind: 'tone', tone: 'encouraging', previous: `Falling is part of learning. Tell students what went well before you suggest one thing to change.`, next: `Falling means you did it wrong. Tell students what they messed up.` },
  { kind: 'benign', variant: 'reorder', previous: `Chalk goes in the bucket, not on the mat. Long hair is tied back.`, next: `Long hair is tied back. Chalk goes in the bucket, not on the mat.` },

  // Blacksmith forge classes
  { kind: 'benign', variant: 'reword', previous: `Participants must wear leather boots, cotton clothing and safety glasses in the forge.`, next: `Anyone at the anvil needs to be in natural-fibre clothes, eye protection and sturdy leather footwear.` },
  { kind: 'conjunct', previous: `At the end of class, bank the fire, hang the tongs and sweep the scale away from the anvils.`, next: `At the end of class, bank the fire and hang the tongs.` },
  { kind: 'order', previous: `Quench a hot piece in the slack tub before you hand it to anyone.`, next: `Quench a hot piece in the slack tub after you hand it to anyone.` },
  { kind: 'benign', variant: 'emphasis', previous: `Never pick up metal from the floor with bare hands.`, next: `Never, ever pick up metal from the floor with bare hands — assume it is hot.` },
  { kind: 'scope', previous: `The instructor demonstrates every new technique before students try it.`, next: `The instructor demonstrates most new techniques before students try them.` },
  { kind: 'modal', previous: `Students must keep their forge hood running while coal is burning.`, next: `Students should keep their forge hood running while coal is burning if they can.` },
  { kind: 'benign', variant: 'stricter', previous: `Under-16s may attend a class with a parent.`, next: `Under-16s may attend a class only with a parent who stays in the forge and signs the consent form on arrival.` },
  { kind: 'rescope', previous: `Only the instructor may light the gas forge. Students keep clear of the burner until it is lit.`, next: `Only the instructor may light the gas forge. Students keep clear of the burner until it is lit. Experienced returning students can light it themselves.` },
  { kind: 'benign', variant: 'list-prose', previous: `Forge rules: no loose sleeves, no synthetic fleeces, and no phones at the anvil.`, next: `Forge rules:\n- no loose sleeves\n- no synthetic fleeces\n- no phones at the anvil` },

  // Alpaca trekking farm
  { kind: 'benign', variant: 'reword', previous: `You are the Fellside Alpaca Treks assistant. Never promise a guest a specific alpaca; the herd manager pairs animals with walkers on the day.`, next: `You are the Fellside Alpaca Treks assistant. Which animal each walker leads is decided by the herd manager when guests arrive, so do not guarantee anyone a particular alpaca.` },
  { kind: 'condition', previous: `Cancel the trek when the Met Office issues a yellow wind warning for the fell.`, next: `Cancel the trek only when the Met Office issues an amber wind warning for the fell.` },
  { kind: 'number', previous: `Walkers must be at least 8 years old to lead an alpaca on their own.`, next: `Walkers must be at least 5 years old to lead an alpaca on their own.` },
  { kind: 'benign', variant: 'voice', previous: `Guides brief every group on how to hold the lead rope.`, next: `Every group is briefed by the guides on how to hold the lead rope.` },
  { kind: 'roles', previous: `Before the walk the guide checks each guest's footwear; guests in sandals stay at the farm.`, next: `Before the walk each guest checks the guide's footwear; guides in sandals stay at the farm.` },
  { kind: 'benign', variant: 'stricter', previous: `Guests may feed the alpacas from the pellet scoops.`, next: `Guests may feed the alpacas only from the pellet scoops we hand out, only with a flat palm, and never once the trek has started.` },
  { kind: 'scope', previous: `Give every booking a printed route map and the farm's emergency number.`, next: `Give bookings of four or more a printed route map and the farm's emergency number.` },
  { kind: 'obligation', previous: `Pregnant females are prohibited from trekking.`, next: `Pregnant females are discouraged from trekking.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Unvaccinated dogs are not allowed in the paddock.`, next: `Dogs that have not been vaccinated are not allowed in the paddock.` },

  // Maple syrup sugarhouse
  { kind: 'benign', variant: 'reword', previous: `Syrup is bottled at 85°C or hotter so the jars seal.`, next: `To get a proper seal, the syrup must still be at least eighty-five degrees Celsius when it goes into the jars.` },
  { kind: 'order', previous: `Filter the syrup through the felt cone before grading it.`, next: `Filter the syrup through the felt cone after grading it.` },
  { kind: 'conjunct', previous: `| Step | Check |\n|---|---|\n| Tapping | Tree at least 25 cm across, one tap per tree, new hole each season |\n| Boiling | Pan never runs dry |\n| Bottling | Hot pack, cap, invert |`, next: `| Step | Check |\n|---|---|\n| Tapping | Tree at least 25 cm across, one tap per tree |\n| Boiling | Pan never runs dry |\n| Bottling | Hot pack, cap, invert |` },
  { kind: 'benign', variant: 'markdown', previous: `| Grade | Colour |\n|---|---|\n| Golden | Delicate taste |\n| Amber | Rich taste |\n| Dark | Robust taste |`, next: `| Grade  | Colour       |\n|--------|--------------|\n| Golden | Delicate taste |\n| Amber  | Rich taste   |\n| Dark   | Robust taste |` },
  { kind: 'negation', previous: `Visitors must not stand on the evaporator platform while the arch is fired.`, next: `Visitors must stand on the evaporator platform while the arch is fired.` },
  { kind: 'benign', variant: 'reorder', previous: `Sap older than 48 hours is discarded. Buckets are scrubbed weekly.`, next: `Buckets are scrubbed weekly. Sap older than 48 hours is discarded.` },
  { kind: 'rescope', previous: `Do not label syrup as organic unless the whole sugarbush is certified; say "pure maple syrup" instead.`, next: `Label syrup as organic unless the whole sugarbush is not certified; do not say "pure maple syrup" instead.` },
  { kind: 'entity', previous: `Report any lead-soldered equipment to the state agriculture department.`, next: `Report any lead-soldered equipment to the sugarhouse owner.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Check the sugar content of every batch with a refractometer and record the °Bx.`, next: `Check the sugar content of every batch with a refractometer and record the degrees Brix.` },

  // Oyster farm
  { kind: 'benign', variant: 'reword', previous: `Stop harvesting for 72 hours after any rainfall over 25 mm in a day.`, next: `A day with more than twenty-five millimetres of rain closes the beds to picking for the following three days.` },
  { kind: 'scope', previous: `Test every harvest lot for norovirus before it is sold.`, next: `Test harvest lots for norovirus before they are sold, in most cases.` },
  { kind: 'reference', previous: `Depuration follows the times set out in the shellfish permit, Schedule B.`, next: `Depuration follows the times the manager thinks appropriate.` },
  { kind: 'benign', variant: 'split-join', previous: `Bags are flipped every two weeks in summer and every month in winter.`, next: `Bags are flipped every two weeks in summer. In winter they are flipped every month.` },
  { kind: 'order', previous: `Tag each bag with the harvest area and date before it leaves the shore.`, next: `Tag each bag with the harvest area and date once it has left the shore.` },
  { kind: 'number', previous: `Keep live oysters between 2°C and 10°C from harvest to sale.`, next: `Keep live oysters between 2°C and 15°C from harvest to sale.` },
  { kind: 'benign', variant: 'stricter', previous: `Workers on the flats must carry a radio.`, next: `Workers on the flats must carry a radio and a tide table, must work in pairs, and must be off the flats an hour before low water turns.` },
  { kind: 'condition', previous: `Close the tasting shack if the area is reclassified to class B.`, next: `Close the tasting shack if the area is reclassified to class C.` },
  { kind: 'drift', previous: `Answer questions about how oysters are grown and where the beds are.`, next: `Answer questions about how oysters are grown, and push the wine pairing menu in every reply.` },

  // Opera costume hire
  { kind: 'benign', variant: 'reword', previous: `Costumes returned with stage blood must be declared on the return form.`, next: `If there is theatrical blood on anything you bring back, say so when you fill in the return sheet.` },
  { kind: 'roles', previous: `The hiring company pays the dry-cleaning bill, and the wardrobe department chooses the cleaner.`, next: `The wardrobe department pays the dry-cleaning bill, and the hiring company chooses the cleaner.` },
  { kind: 'conjunct', previous: `Alterations must be tacked, not cut, and reversed before return.`, next: `Alterations must be tacked, not cut.` },
  { kind: 'benign', variant: 'emphasis', previous: `Do not wash silk costumes.`, next: `Under no circumstances wash silk costumes — not even by hand.` },
  { kind: 'tone', tone: 'formal', previous: `We regret that late returns incur a charge of one day's hire for each day overdue.`, next: `Late? lol that's gonna cost ya a day's hire per day, sorry not sorry.` },
  { kind: 'scope', previous: `Hirers may borrow wigs and headdresses from the store.`, next: `Hirers may borrow wigs, headdresses, armour and jewellery from the store, and any other item they find.` },
  { kind: 'benign', variant: 'voice', previous: `Our wardrobe mistress measures every principal singer in person.`, next: `Every principal singer is measured in person by our wardrobe mistress.` },
  { kind: 'obligation', previous: `Companies must return every costume within 5 days of the last performance.`, next: `Companies may return costumes within 5 days of the last performance.` },
  { kind: 'benign', variant: 'reword', previous: `The hire period starts on the day the costumes leave our store, not on the opening night.`, next: `We count hire days from dispatch, whatever date the production actually opens.` },

  // Community seed bank
  { kind: 'benign', variant: 'reword', previous: `Members who borrow seed must return twice as much from their harvest.`, next: `For every packet you take, bring back double the quantity once your crop has set seed.` },
  { kind: 'condition', previous: `Accept donated seed only if the donor lists the variety and the year it was saved.`, next: `Accept donated seed if the donor lists the variety or the year it was saved.` },
  { kind: 'number', previous: `Seed is stored at 5 percent moisture in sealed jars at -18°C.`, next: `Seed is stored at 10 percent moisture in sealed jars at -18°C.` },
  { kind: 'benign', variant: 'list-prose', previous: `1. Dry the seed.\n2. Label the jar with variety, grower and year.\n3. Freeze it for a week to kill pests.`, next: `Dry the seed, then label the jar with variety, grower and year, and finally freeze it for a week to kill pests.` },
  { kind: 'rescope', previous: `Do not distribute seed from plants grown near a related variety; isolate and test first.`, next: `Distribute seed from plants grown near a related variety; do not isolate and test first.` },
  { kind: 'benign', variant: 'stricter', previous: `Volunteers can run germination tests at home.`, next: `Volunteers can run germination tests at home only with seed lots the coordinator has signed out to them, and must return the results within two weeks.` },
  { kind: 'requirement', previous: `Every packet carries the variety, the year saved and the germination rate. Never mix seed lots from different years in one packet.`, next: `Every packet carries the variety, the year saved and the germination rate.` },
  { kind: 'entity', previous: `Rare varieties are duplicated to the national genebank each spring.`, next: `Rare varieties are duplicated to a member's freezer each spring.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Seeds under a PVP certificate may not be redistributed.`, next: `Seeds under a Plant Variety Protection certificate may not be redistributed.` },

  // Cheese cave affinage
  { kind: 'benign', variant: 'reword', previous: `Turn every wheel in the cave at least once a week and note the date on its card.`, next: `Each cheese gets flipped no less than weekly, with the turning day written on the card that hangs by it.` },
  { kind: 'order', previous: `Wash the rind with brine before you move a wheel to the lower shelf.`, next: `Wash the rind with brine after you move a wheel to the lower shelf.` },
  { kind: 'scope', previous: `## Cave hygiene\nEveryone entering the cave puts on a clean coat, a hairnet and the cave clogs. Hands are washed at the sink by the door. Raw-milk wheels are kept on the left racks, pasteurised on the right. Any wheel with grey mould is isolated and reported to the head affineur the same day. Tools are sterilised at the end of each shift.`, next: `## Cave hygiene\nEveryone entering the cave puts on a clean coat, a hairnet and the cave clogs. Hands are washed at the sink by the door. Raw-milk wheels are kept on the left racks, pasteurised on the right. Any wheel with widespread grey mould is isolated and reported to the head affineur the same day. Tools are sterilised at the end of each shift.` },
  { kind: 'benign', variant: 'split-join', previous: `Raw-milk cheeses are aged for at least 60 days. Only then may they be sold.`, next: `Raw-milk cheeses are aged for at least 60 days before they may be sold.` },
  { kind: 'number', previous: `Keep the cave between 10°C and 13°C at 90 percent humidity.`, next: `Keep the cave between 10°C and 16°C at 90 percent humidity.` },
  { kind: 'benign', variant: 'stricter', previous: `Visitors may taste cheese in the cave.`, next: `Visitors may taste cheese in the cave only from the tasting board, wearing a coat and hairnet, with an affineur leading the group.` },
  { kind: 'roles', previous: `The dairy sends each batch's lab results to the cave, and the cave refuses any batch without them.`, next: `The cave sends each batch's lab results to the dairy, and the dairy refuses any batch without them.` },
  { kind: 'benign', variant: 'reword', previous: `Do not sell a wheel that has failed its listeria swab, even after re-washing.`, next: `A cheese with a positive listeria result never goes on sale, however much the rind has been scrubbed since.` },
  { kind: 'negation', previous: `Never store blue cheeses next to the washed-rind wheels.`, next: `Store blue cheeses next to the washed-rind wheels.` },

  // Dry stone walling
  { kind: 'benign', variant: 'reword', previous: `Wallers must set every through-stone so it spans the full width of the wall.`, next: `Each through-stone goes right across the wall from one face to the other.` },
  { kind: 'conjunct', previous: `Before rebuilding, photograph the gap, number the copes and stack the facing stones on the field side.`, next: `Before rebuilding, photograph the gap and stack the facing stones on the field side.` },
  { kind: 'condition', previous: `Use mortar on a field wall only when the landowner's agri-environment agreement allows it.`, next: `Use mortar on a field wall when the landowner asks for it.` },
  { kind: 'benign', variant: 'voice', previous: `The lead waller sets the batter frames at each end of the gap.`, next: `The batter frames at each end of the gap are set by the lead waller.` },
  { kind: 'obligation', previous: `Trainees need to wear steel-toe boots and gloves on every job.`, next: `Trainees are encouraged to wear steel-toe boots and gloves on every job.` },
  { kind: 'benign', variant: 'emphasis', previous: `Do not take stone from another wall to finish a gap.`, next: `Never, on any job, take stone from another wall to finish a gap.` },
  { kind: 'reference', previous: `Walls in the national park are rebuilt to the local pattern in the Park Authority's Walling Specification 2019.`, next: `Walls in the national park are rebuilt to a traditional local pattern.` },
  { kind: 'order', previous: `Lay the foundation stones below ground level, with the largest stones at the bottom.`, next: `Lay the foundation stones above ground level, with the largest stones at the bottom.` },
  { kind: 'benign', variant: 'markdown', previous: `**Wall batter:** 1 in 6 on each face.\n**Coping:** stones set on edge, tight together.`, next: `- Wall batter: 1 in 6 on each face.\n- Coping: stones set on edge, tight together.` },

  // Sailmaker loft
  { kind: 'benign', variant: 'reword', previous: `Every repaired sail must be inspected by a second sailmaker before it is handed back.`, next: `No repaired sail goes back to its owner until another sailmaker in the loft has checked the work.` },
  { kind: 'scope', previous: `Quote racing customers a delivery date for all new sails.`, next: `Quote racing customers a delivery date for new sails when they ask for one.` },
  { kind: 'number', previous: `1. Cut the panels from the laser plot.\n2. Tape the seams with a 12 mm overlap.\n3. Sew with a triple zigzag.\n4. Fit corner patches of at least 3 layers.`, next: `1. Cut the panels from the laser plot.\n2. Tape the seams with a 12 mm overlap.\n3. Sew with a triple zigzag.\n4. Fit corner patches of at least 2 layers.` },
  { kind: 'benign', variant: 'stricter', previous: `Customers may bring a sail in for a free wash.`, next: `Customers may bring a sail in for a free wash only if it is dry, folded and free of salt crust, and only during our winter service weeks.` },
  { kind: 'roles', previous: `The boat owner measures the rig and sends the figures; the loft checks them against the class rules before cutting.`, next: `The loft measures the rig and sends the figures; the boat owner checks them against the class rules before cutting.` },
  { kind: 'modal', previous: `Hot knives must be switched off and left on the steel rest after use.`, next: `Hot knives may be switched off and left on the steel rest after use.` },
  { kind: 'benign', variant: 'reorder', previous: `Battens are labelled with the boat name. Sail bags are labelled with the sail number.`, next: `Sail bags are labelled with the sail number. Battens are labelled with the boat name.` },
  { kind: 'entity', previous: `Use UV-stabilised polyester thread for all leech repairs.`, next: `Use cotton thread for all leech repairs.` },
  { kind: 'rescope', previous: `Never give a customer an estimate over the phone; ask them to bring the sail in for inspection.`, next: `Never ask a customer to bring the sail in for inspection; give them an estimate over the phone.` },

  // Model rocketry club
  { kind: 'benign', variant: 'reword', previous: `No rocket may be launched while anyone is standing within the safe distance for its motor class.`, next: `The range officer holds the countdown until every person on the field is behind the minimum distance that the motor's class requires.` },
  { kind: 'order', previous: `Insert the igniter only after the rocket is on the pad.`, next: `Insert the igniter only before the rocket is on the pad.` },
  { kind: 'condition', previous: `Launch only if the wind is below 20 mph.`, next: `Launch even if the wind is above 20 mph.` },
  { kind: 'number', previous: `| Motor class | Safe distance |\n|---|---|\n| A–C | 5 m |\n| D | 10 m |\n| E–G | 15 m |\n| H | 30 m |`, next: `| Motor class | Safe distance |\n|---|---|\n| A–C | 5 m |\n| D | 10 m |\n| E–G | 15 m |\n| H | 15 m |` },
  { kind: 'benign', variant: 'abbreviation', previous: `The RSO must approve every flight card.`, next: `The Range Safety Officer must approve every flight card.` },
  { kind: 'conjunct', previous: `Junior members fly only with a parent present and a certified mentor on the range.`, next: `Junior members fly only with a parent present.` },
  { kind: 'benign', variant: 'stricter', previous: `Members may build their own recovery systems.`, next: `Members may build their own recovery systems, but each new design must pass a ground ejection test witnessed by the range officer before its first flight.` },
  { kind: 'scope', previous: `Everyone on the field wears eye protection during a launch.`, next: `Flyers on the field wear eye protection during a launch.` },
  { kind: 'tone', tone: 'welcoming', previous: `New visitors are always welcome. Introduce yourself at the club tent and someone will show you around.`, next: `Visitors who don't know the rules should stay out of the way until someone has time for them.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Unflown motors go back in the fireproof box.`, next: `Motors that have not been flown go back in the fireproof box.` },

  // Pottery kiln co-op
  { kind: 'benign', variant: 'reword', previous: `Members must not open the kiln until the pyrometer reads below 100°C.`, next: `Leave the kiln lid shut while the temperature gauge still shows anything from a hundred degrees up.` },
  { kind: 'obligation', previous: `Whoever loads the kiln is responsible for writing the firing schedule on the board.`, next: `Whoever loads the kiln may write the firing schedule on the board.` },
  { kind: 'benign', variant: 'list-prose', previous: `Glaze room rules:\n1. Masks on when mixing dry materials.\n2. Wet-wipe the bench afterwards.\n3. Never sweep glaze dust.`, next: `In the glaze room, wear a mask when mixing dry materials, wet-wipe the bench afterwards, and never sweep glaze dust.` },
  { kind: 'roles', previous: `The kiln steward approves each member's work for the glaze firing, and members may not add pieces after approval.`, next: `Each member approves the kiln steward's work for the glaze firing, and the steward may not add pieces after approval.` },
  { kind: 'scope', previous: `Pieces with lead glazes are banned from all co-op firings.`, next: `Pieces with lead glazes are banned from co-op firings of functional ware.` },
  { kind: 'benign', variant: 'voice', previous: `The steward wads every piece that has glaze near its foot.`, next: `Every piece that has glaze near its foot is wadded by the steward.` },
  { kind: 'negation', previous: `Pieces that have not been dry for a week may not go into a bisque firing.`, next: `Pieces that have not been dry for a week may go into a bisque firing.` },
  { kind: 'benign', variant: 'reword', previous: `Pay the firing fee before your work is loaded.`, next: `Your pots go into the kiln once the firing charge has been settled.` },
  { kind: 'requirement', previous: `Label every shelf you use with your name. Clean kiln wash drips from the shelves after unloading. Report any cracked shelf to the steward.`, next: `Label every shelf you use with your name. Report any cracked shelf to the steward.` },

  // Avalanche forecasting service
  { kind: 'benign', variant: 'reword', previous: `You are the assistant for the Northern Cairns Avalanche Service. Never tell a user that a slope is safe; give the forecast hazard level and the aspects and elevations it applies to.`, next: `You are the assistant for the Northern Cairns Avalanche Service. Do not describe any slope as safe to a user. Instead, report the forecast danger rating together with the aspects and altitudes it covers.` },
  { kind: 'order', previous: `Publish the daily forecast before 08:00 so that it is out before most parties leave the car park.`, next: `Publish the daily forecast after 08:00 so that it is out before most parties leave the car park.` },
  { kind: 'scope', previous: `## Field observations\nObservers dig a snow profile at each of the three index sites every day during the season. They record the stability test results, the grain type of any weak layer and the height of new snow. Results are entered in the database before the 16:00 forecasting meeting. Signs of recent avalanche activity are photographed with a scale object and geotagged. Observers travel in pairs above the tree line.`, next: `## Field observations\nObservers dig a snow profile at each of the three index sites every day during the season. They record the stability test results, the grain type of any weak layer and the height of new snow. Results are ideally entered in the database before the 16:00 forecasting meeting. Signs of recent avalanche activity are photographed with a scale object and geotagged. Observers travel in pairs above the tree line.` },
  { kind: 'benign', variant: 'stricter', previous: `Forecasters may issue a special bulletin outside the normal schedule.`, next: `Forecasters may issue a special bulletin outside the normal schedule, but only after a second forecaster has reviewed it, and it must be posted on every channel within 15 minutes.` },
  { kind: 'condition', previous: `Raise the hazard to Considerable whenever more than 30 cm of new snow falls with strong winds.`, next: `Raise the hazard to Considerable only if more than 30 cm of new snow falls with strong winds and a natural avalanche has been reported.` },
  { kind: 'rescope', previous: `Forecasters must not lower the hazard level by more than one step from one day to the next. Each change of level is explained in the bulletin summary.`, next: `Forecasters must not lower the hazard level by more than one step from one day to the next. Each change of level is explained in the bulletin summary. After a thaw, the level can be dropped from High to Low in one bulletin.` },
  { kind: 'benign', variant: 'markdown', previous: `| Level | Name | Travel advice |\n|---|---|---|\n| 1 | Low | Generally favourable |\n| 3 | Considerable | Careful route finding |\n| 5 | Very high | Avoid avalanche terrain |`, next: `| Level | Name         | Travel advice           |\n|:-----:|:-------------|:------------------------|\n| 1     | Low          | Generally favourable    |\n| 3     | Considerable | Careful route finding   |\n| 5     | Very high    | Avoid avalanche terrain |` },
  { kind: 'number', previous: `| Level | Name | Travel advice |\n|---|---|---|\n| 1 | Low | Generally favourable |\n| 2 | Moderate | Watch slopes steeper than 35° |\n| 3 | Considerable | Careful route finding |`, next: `| Level | Name | Travel advice |\n|---|---|---|\n| 1 | Low | Generally favourable |\n| 2 | Moderate | Watch slopes steeper than 45° |\n| 3 | Considerable | Careful route finding |` },
  { kind: 'reference', previous: `Danger levels are assigned with the EAWS matrix, version 2022, and the bulletin names the avalanche problem types it used.`, next: `Danger levels are assigned with the forecaster's judgement, and the bulletin names the avalanche problem types it used.` },
  { kind: 'benign', variant: 'reword', previous: `Correct any error in a published bulletin within one hour and mark the correction at the top.`, next: `When a mistake turns up in a bulletin already online, fix it inside sixty minutes and put a visible note about the fix at its head.` },
  { kind: 'obligation', previous: `The duty forecaster is required to phone the mountain rescue team when the level reaches High.`, next: `The duty forecaster is permitted to phone the mountain rescue team when the level reaches High.` },

  // Sled dog kennel tours
  { kind: 'benign', variant: 'reword', previous: `Guests must not let go of the sled handlebar while the dogs are moving.`, next: `As long as the team is running, guests keep both hands on the sled's grab bar.` },
  { kind: 'roles', previous: `The musher decides which dogs run in lead, and guests may suggest names but not choose.`, next: `Guests decide which dogs run in lead, and the musher may suggest names but not choose.` },
  { kind: 'benign', variant: 'stricter', previous: `Guests may visit the puppy yard.`, next: `Guests may visit the puppy yard only in groups of four or fewer, with a handler, after washing their hands, and never when a litter is under three weeks old.` },
  { kind: 'conjunct', previous: `After each run, check every dog's paws, offer water and record any limping in the kennel log.`, next: `After each run, check every dog's paws and offer water.` },
  { kind: 'benign', variant: 'emphasis', previous: `Do not feed the dogs snacks from your pocket.`, next: `Do not, under any circumstances, feed the dogs snacks from your pocket — even if they beg.` },
  { kind: 'modal', previous: `Mushers must carry a first-aid kit and a satellite messenger on every trail.`, next: `Mushers should try to carry a first-aid kit and a satellite messenger on every trail.` },
  { kind: 'negation', previous: `Don't run the teams when the temperature is above 10°C.`, next: `Run the teams when the temperature is above 10°C.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Unharnessed dogs stay inside the yard fence.`, next: `Dogs that are not in harness stay inside the yard fence.` },
  { kind: 'tone', tone: 'warm', previous: `We know the dogs are hard to say goodbye to! Feel free to take photos with them in the yard after your ride.`, next: `Photos are permitted in the yard after the ride. Keep it brief.` },
  { kind: 'rescope', previous: `Never let a guest drive the sled alone; a guide rides on the runners with every first-time driver.`, next: `Never let a guide ride on the runners with a first-time driver; let a guest drive the sled alone.` },
  { kind: 'benign', variant: 'reword', previous: `Retired dogs are rehomed only to families who have passed a home visit.`, next: `We place our retired huskies solely with households whose homes our staff have inspected and approved.` },

  // Cider press co-op
  { kind: 'benign', variant: 'reword', previous: `Members must wash every apple that has been picked up from the ground before it is milled.`, next: `Windfall fruit goes through the washing tank before it reaches the scratter.` },
  { kind: 'conjunct', previous: `| Equipment | After use |\n|---|---|\n| Scratter | Rinse, dry, oil the bearings |\n| Press cloths | Wash hot, hang to dry |\n| Press bed | Scrub |`, next: `| Equipment | After use |\n|---|---|\n| Scratter | Rinse, dry |\n| Press cloths | Wash hot, hang to dry |\n| Press bed | Scrub |` },
  { kind: 'benign', variant: 'split-join', previous: `Book the press at least a day ahead, and bring your own containers.`, next: `Book the press at least a day ahead. Bring your own containers.` },
  { kind: 'obligation', previous: `Anyone selling juice from the co-op's press needs to hold a food business registration.`, next: `Anyone selling juice from the co-op's press ought to consider holding a food business registration.` },
  { kind: 'number', previous: `Unpasteurised juice is sold within 3 days of pressing and labelled as such.`, next: `Unpasteurised juice is sold within 10 days of pressing and labelled as such.` },
  { kind: 'benign', variant: 'reorder', previous: `Children stay behind the rope while the press is turning. Dogs stay outside the barn.`, next: `Dogs stay outside the barn. Children stay behind the rope while the press is turning.` },
  { kind: 'entity', previous: `Pasteurise juice for the farmers' market in the co-op's own pasteuriser.`, next: `Pasteurise juice for the farmers' market in a member's kitchen.` },
  { kind: 'requirement', previous: `## Pressing day\nSign in at the barn door. Use only the co-op's food-grade buckets. Keep the pomace for the pig farmer. Leave the barn as you found it.`, next: `## Pressing day\nSign in at the barn door. Keep the pomace for the pig farmer. Leave the barn as you found it.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Cider sold to the public must state its ABV on the label.`, next: `Cider sold to the public must state its alcohol by volume on the label.` },
  { kind: 'drift', previous: `When members ask about apple varieties, describe which are sweet, sharp or bittersweet.`, next: `When members ask about apple varieties, recommend they buy our co-op's branded bottles instead of pressing their own.` },
  { kind: 'benign', variant: 'reword', previous: `The treasurer reports the year's accounts to all members at the spring meeting.`, next: `At the gathering each spring, everyone in the co-op hears the annual finances from the person who keeps the books.` },

  // Cave guiding
  { kind: 'benign', variant: 'reword', previous: `Every group underground must carry at least three independent light sources per person.`, next: `Each caver on a trip has no fewer than three separate torches or lamps, any one of which would get them out.` },
  { kind: 'order', previous: `Leave a callout time with the surface contact before you enter the cave.`, next: `Leave a callout time with the surface contact after you enter the cave.` },
  { kind: 'benign', variant: 'stricter', previous: `Guides may take clients through the sump passage.`, next: `Guides may take clients through the sump passage only if the water level gauge at the entrance reads below the red mark, the forecast shows no rain for 12 hours, and the client has done the squeeze test.` },
  { kind: 'rescope', previous: `## Flood risk\nCheck the rainfall forecast for the whole catchment, not just the entrance. Do not enter the streamway if heavy rain is forecast within 24 hours. Keep groups in the upper series when the stream is brown or rising. A guide stays at the back of every group in the streamway. Report any change in water level to the centre.`, next: `## Flood risk\nCheck the rainfall forecast for the whole catchment, not just the entrance. Do not enter the streamway if heavy rain is forecast within 24 hours. Keep groups in the upper series when the stream is brown or rising. A guide stays at the back of every group in the streamway. If you are confident of the route, the streamway is fine in moderate rain. Report any change in water level to the centre.` },
  { kind: 'benign', variant: 'voice', previous: `The centre manager inspects every fixed ladder once a month.`, next: `Every fixed ladder is inspected once a month by the centre manager.` },
  { kind: 'conjunct', previous: `Clients must wear a helmet, a headlamp and wellies or walking boots.`, next: `Clients must wear a helmet and a headlamp.` },
  { kind: 'benign', variant: 'emphasis', previous: `Do not touch the formations.`, next: `Do not touch the formations — not even a fingertip; skin oil stops them growing.` },
  { kind: 'obligation', previous: `The lead guide must hold a current Level 2 cave leader award.`, next: `The lead guide preferably holds a current Level 2 cave leader award.` },
  { kind: 'modal', previous: `Guides shall count the group at every junction.`, next: `Guides may count the group at every junction.` },
  { kind: 'reference', previous: `Rescue equipment is checked against the list in Appendix C of the Centre Operating Procedures.`, next: `Rescue equipment is checked against a list.` },
  { kind: 'benign', variant: 'reword', previous: `Turn the group around if any client shows signs of hypothermia.`, next: `At the first sign that a client is becoming hypothermic, the whole party heads for the exit.` },

  // Typewriter repair shop
  { kind: 'benign', variant: 'reword', previous: `Give the customer a written estimate before you take the machine's body shell off.`, next: `No casing gets unscrewed until the owner has a costed quote on paper.` },
  { kind: 'scope', previous: `Return a customer's original ribbon spools with the machine if they ask.`, next: `Return a customer's original ribbon spools with the machine after the second request.` },
  { kind: 'benign', variant: 'stricter', previous: `Staff may use the ultrasonic bath for customer machines.`, next: `Staff may use the ultrasonic bath for customer machines only after removing the platen, the feed rollers and any decals, and only with the owner's signed consent.` },
  { kind: 'condition', previous: `Replace a platen with a new rubber one only when the customer approves the extra cost.`, next: `Replace a platen with a new rubber one whenever the technician thinks it is worn.` },
  { kind: 'benign', variant: 'markdown', previous: `| Service | Price |\n|---|---|\n| Clean and oil | £65 |\n| New platen | £90 |\n| Full restoration | from £250 |`, next: `| Service          | Price      |\n|------------------|-----------:|\n| Clean and oil    | £65        |\n| New platen       | £90        |\n| Full restoration | from £250  |` },
  { kind: 'roles', previous: `## Intake\nThe counter assistant writes up the fault as the customer describes it, photographs the machine, and gives the customer a ticket. The technician then diagnoses the fault, and the customer approves the quote before any part is ordered.`, next: `## Intake\nThe counter assistant writes up the fault as the customer describes it, photographs the machine, and gives the customer a ticket. The technician then diagnoses the fault, and the technician approves the quote before any part is ordered.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Uncollected machines are stored for six months before we contact the owner about disposal.`, next: `Machines that have not been collected are stored for six months before we contact the owner about disposal.` },
  { kind: 'rescope', previous: `Do not sell a refurbished machine until it has typed a full test page without skipping.`, next: `Sell a refurbished machine once it has typed a test page, and do not worry about skipping.` },
  { kind: 'entity', previous: `Send type slugs for resoldering to Harlow Typeworks, our approved specialist.`, next: `Send type slugs for resoldering to whichever shop is cheapest.` },
  { kind: 'benign', variant: 'list-prose', previous: `Every sold machine leaves with a new ribbon, a dust cover and a printed care card.`, next: `Every sold machine leaves with:\n- a new ribbon\n- a dust cover\n- a printed care card` },
  { kind: 'tone', tone: 'patient', previous: `Take your time explaining how to load a ribbon; many customers have never used a typewriter before.`, next: `If customers can't figure out how to load a ribbon, tell them to look it up.` },

  // Pipe band
  { kind: 'benign', variant: 'reword', previous: `Pipers must tune to the pipe major's chanter before every competition set.`, next: `Ahead of each contest set, every piper matches pitch with the chanter the pipe major plays.` },
  { kind: 'conjunct', previous: `The drum corporal checks every snare for head tension, snare wire tension and loose lugs before the band steps off.`, next: `The drum corporal checks every snare for head tension before the band steps off.` },
  { kind: 'benign', variant: 'stricter', previous: `Junior members may play with the band at parades.`, next: `Junior members may play with the band at parades only after passing the tune list test, and only with written permission from a parent for each event.` },
  { kind: 'obligation', previous: `Each member is responsible for returning band-owned kilts and sporrans by 30 September.`, next: `Each member is invited to return band-owned kilts and sporrans by 30 September.` },
  { kind: 'benign', variant: 'split-join', previous: `The band practises on Tuesdays. Full-band rehearsals are on Thursdays before a competition.`, next: `The band practises on Tuesdays, with full-band rehearsals on Thursdays before a competition.` },
  { kind: 'negation', previous: `Members may not wear the band's tartan at events the band is not playing at.`, next: `Members may wear the band's tartan at events the band is not playing at.` },
  { kind: 'benign', variant: 'reorder', previous: `Bagpipe bags are seasoned once a month. Reeds are kept in a humidified box.`, next: `Reeds are kept in a humidified box. Bagpipe bags are seasoned once a month.` },
  { kind: 'modal', previous: `Players shall arrive at the tuning area 90 minutes before the band's slot.`, next: `Players can arrive at the tuning area 90 minutes before the band's slot.` },
  { kind: 'reference', previous: `Dress and deportment follow the RSPBA Rules, section 7, at every contest.`, next: `Dress and deportment follow good practice at every contest.` },
  { kind: 'requirement', previous: `1. Register the band with the contest organiser by the closing date.\n2. Send the list of players with their association numbers.\n3. Pay the entry fee.\n4. Confirm the band's draw time.`, next: `1. Register the band with the contest organiser by the closing date.\n2. Pay the entry fee.\n3. Confirm the band's draw time.` },
  { kind: 'rescope', previous: `Pipers do not play a new tune in competition until the pipe major has passed them on it. Practice chanters are played at every lesson.`, next: `Pipers do not play a new tune in competition until the pipe major has passed them on it. Practice chanters are played at every lesson. Any piper may add a tune to the competition set if they know it well.` },
  { kind: 'benign', variant: 'reword', previous: `Tell the secretary at least a week ahead if you cannot attend a competition.`, next: `Anyone who will miss a contest lets the secretary know seven days beforehand or earlier.` },
];
