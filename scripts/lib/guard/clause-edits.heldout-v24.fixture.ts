// Held-back set v24 of issue 11: hand-labelled clause edits, written blind on 2026-12-03
// (session 15) by a helper who never saw the detectors, their tests, their history or any other
// labelled set beyond the first lines of v23 (for the file shape); never tuned on; to be measured
// once by the lead, after the commit that adds it. Do not edit entries to make a detector pass.
// Labels say what a careful reviewer would want: `benign` edits keep the rule (a stricter rule is
// not a regression), every other kind weakens or changes it; edits touching several things are
// labelled by their main change (grades, levels and classes count as `number`; a new sentence
// that contradicts a rule counts as `rescope`). 292 edits, 134 benign, 27 domains. Benign
// variant `units` says the same quantity in words or other units.
// Domains: paragliding school, truffle hunting tours, paper marbling studio, sea salt works,
// charcoal burning, sheepdog trials, rope access window cleaning, natural dye studio, braille
// transcription service, stage magic society, quarry blasting, bat survey ecologists, mountain
// rescue team, salmon hatchery, neon sign workshop, pigeon racing club, cobbler and shoe repair,
// kayak hire, lapidary workshop, pinball arcade, cricket umpires' association, theatre stage
// rigging and fly tower, public mural programme, special collections reading room, mosaic studio,
// hedge laying association, wildfire lookout tower volunteers.

import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V24: readonly ClauseEdit[] = [
  // Paragliding school
  { kind: 'benign', variant: 'reword', previous: `Students must not fly solo until an instructor has signed off their ground-handling assessment.`, next: `A student's first solo flight waits until an instructor's signature is on their ground-handling assessment.` },
  { kind: 'order', previous: `Instructors read the wind meter before each student launch and cancel the slot if gusts exceed 25 km/h.`, next: `Instructors read the wind meter after each student launch and cancel the slot if gusts exceed 25 km/h.` },
  { kind: 'benign', variant: 'units', previous: `Do not launch students when the wind is stronger than 25 km/h.`, next: `Do not launch students when the wind is stronger than twenty-five kilometres per hour.` },
  { kind: 'condition', previous: `Refund the tandem deposit only if we cancel the flight because of the weather.`, next: `Refund the tandem deposit unless we cancel the flight because of the weather.` },
  { kind: 'scope', previous: `You are the booking assistant for Ridgeline Paragliding. Tell every tandem customer that flights can be moved at short notice because of the weather. Never guarantee a take-off time.`, next: `You are the booking assistant for Ridgeline Paragliding. Tell first-time tandem customers that flights can be moved at short notice because of the weather. Never guarantee a take-off time.` },
  { kind: 'benign', variant: 'stricter', previous: `Helmets must be worn on every flight.`, next: `Helmets must be worn on every flight and during ground handling, and the chin strap must be fastened before the student clips into the wing.` },
  { kind: 'roles', previous: `On every final approach the instructor radios the student, and the student acknowledges each call by raising a hand.`, next: `On every final approach the student radios the instructor, and the instructor acknowledges each call by raising a hand.` },
  { kind: 'benign', variant: 'voice', previous: `The chief instructor inspects every school wing once a month.`, next: `Every school wing is inspected once a month by the chief instructor.` },
  { kind: 'number', previous: `Students may fly the coastal ridge only after they have completed Stage 3 of the course.`, next: `Students may fly the coastal ridge only after they have completed Stage 2 of the course.` },
  { kind: 'negation', previous: `Students must not repack their own reserve parachute; the school rigger does it every six months.`, next: `Students must repack their own reserve parachute; the school rigger does it every six months.` },
  { kind: 'benign', variant: 'split-join', previous: `Students must log every flight and have the entry countersigned by the duty instructor on the same day.`, next: `Students must log every flight. The entry has to be countersigned by the duty instructor on the same day.` },

  // Truffle hunting tours
  { kind: 'benign', variant: 'reword', previous: `Guests may keep up to 50 grams of the truffles they find; anything above that is sold by the farm.`, next: `Whatever guests dig up beyond 50 grams goes to the farm to sell; they take home the first 50 grams.` },
  { kind: 'drift', previous: `Dogs rest in the shade for ten minutes after every hour of searching, and water is offered at each rest.`, next: `Dogs keep searching through the heat so that guests get the full three hours, and rests are given once the tour is over.` },
  { kind: 'roles', previous: `The handler tells guests where to dig, and guests never dig before the dog has marked the spot.`, next: `Guests tell the handler where to dig, and the handler never digs before the dog has marked the spot.` },
  { kind: 'entity', previous: `Every truffle found is weighed on the certified scale in the barn and entered in the harvest ledger.`, next: `Every truffle found is weighed on the kitchen scale in the barn and entered in the harvest ledger.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Unaccompanied children are not allowed on the tour.`, next: `Children who are not accompanied by an adult are not allowed on the tour.` },
  { kind: 'scope', previous: `Guests must keep to the marked paths between the oak rows.`, next: `Guests must keep to the marked paths between the oak rows where practical.` },
  { kind: 'benign', variant: 'units', previous: `Tours last three hours, including a 30-minute tasting at the end.`, next: `Tours last 180 minutes, including a half-hour tasting at the end.` },
  { kind: 'condition', previous: `Cancel the tour whenever the ground is frozen, and offer the guests another date.`, next: `Cancel the tour when the ground is frozen and fewer than four guests have booked, and offer the guests another date.` },
  { kind: 'benign', variant: 'list-prose', previous: `Before the walk:\n- wear boots;\n- leave your own dogs at home;\n- do not pick up a truffle our dog has not marked.`, next: `Before the walk, wear boots, leave your own dogs at home, and do not pick up any truffle that our dog has not marked.` },
  { kind: 'tone', tone: 'warm and welcoming', previous: `Greet each guest by name at the gate and thank them for coming before the safety briefing starts.`, next: `Start the safety briefing at the gate; latecomers can catch up on their own.` },

  // Paper marbling studio
  { kind: 'benign', variant: 'reword', previous: `Wear nitrile gloves whenever you handle the alum mordant.`, next: `Put nitrile gloves on before touching the alum mordant, every single time.` },
  { kind: 'requirement', previous: `## Size bath\nStir the carrageenan size the evening before a class. Let it stand overnight at room temperature. Skim the surface with a strip of newsprint before every sheet. Throw the size away after three days, even if it looks clean.`, next: `## Size bath\nStir the carrageenan size the evening before a class. Let it stand overnight at room temperature. Throw the size away after three days, even if it looks clean.` },
  { kind: 'obligation', previous: `Students are required to rinse each marbled sheet under the cold tap before hanging it.`, next: `Students are allowed to rinse each marbled sheet under the cold tap before hanging it.` },
  { kind: 'benign', variant: 'reorder', previous: `Write your name in pencil on the back of every sheet. Hang wet sheets on the upper rack only.`, next: `Hang wet sheets on the upper rack only. Write your name in pencil on the back of every sheet.` },
  { kind: 'number', previous: `| Paper | Drying time on the rack |\n|---|---|\n| Laid text | 2 hours |\n| Cotton rag | 6 hours |\n| Japanese kozo | 12 hours |`, next: `| Paper | Drying time on the rack |\n|---|---|\n| Laid text | 2 hours |\n| Cotton rag | 3 hours |\n| Japanese kozo | 12 hours |` },
  { kind: 'benign', variant: 'markdown', previous: `| Paper | Drying time on the rack |\n|---|---|\n| Laid text | 2 hours |\n| Cotton rag | 6 hours |\n| Japanese kozo | 12 hours |`, next: `| Paper          | Drying time on the rack |\n| :------------- | ----------------------: |\n| Laid text      |                 2 hours |\n| Cotton rag     |                 6 hours |\n| Japanese kozo  |                12 hours |` },
  { kind: 'order', previous: `Mordant the paper at least one hour before it goes on the size.`, next: `Mordant the paper at most one hour before it goes on the size.` },
  { kind: 'benign', variant: 'emphasis', previous: `Never pour used size down the sink.`, next: `Never pour used size down the sink, not even a cupful, not even when it is diluted.` },
  { kind: 'rescope', previous: `Do not sell students' sheets in the shop; post them to the students who made them.`, next: `Sell students' sheets in the shop when the students who made them do not collect them.` },
  { kind: 'modal', previous: `Ox gall must be measured with the glass dropper, never poured from the bottle.`, next: `Ox gall should be measured with the glass dropper rather than poured from the bottle.` },

  // Sea salt works
  { kind: 'benign', variant: 'voice', previous: `The duty harvester rakes the crystallising pans at dawn.`, next: `At dawn the crystallising pans are raked by the duty harvester.` },
  { kind: 'conjunct', previous: `Before packing, the flakes must be dried, sieved and checked for grit under the lamp.`, next: `Before packing, the flakes must be dried and sieved.` },
  { kind: 'reference', previous: `Follow the harvest procedure in Appendix C of the Food Safety Plan, and record each batch number on the pan board.`, next: `Follow the harvest procedure, and record each batch number on the pan board.` },
  { kind: 'modal', previous: `Visitors must stay behind the rope at the evaporation pans.`, next: `Visitors are asked to stay behind the rope at the evaporation pans where they can.` },
  { kind: 'scope', previous: `All batches are tested for heavy metals by the county laboratory before they are sold.`, next: `Most batches are tested for heavy metals by the county laboratory before they are sold.` },
  { kind: 'benign', variant: 'stricter', previous: `Cover the pans when rain is forecast.`, next: `Cover the pans when rain is forecast, and also when the wind is blowing sand off the dunes.` },
  { kind: 'condition', previous: `Open the sluice gate only at high tide.`, next: `Open the sluice gate except at high tide.` },
  { kind: 'benign', variant: 'units', previous: `Start the harvest when the brine in the last pan reaches 26% salt.`, next: `Start the harvest when the brine in the last pan reaches 26 grams of salt per 100 grams of brine.` },
  { kind: 'benign', variant: 'reword', previous: `No one walks on the pan walls after dark without a head torch.`, next: `After nightfall, anyone crossing the pan walls carries a lit head torch.` },
  { kind: 'number', previous: `Each retail pouch holds 250 g of flakes; reject pouches that weigh less than 245 g on the check scale.`, next: `Each retail pouch holds 250 g of flakes; reject pouches that weigh less than 225 g on the check scale.` },

  // Charcoal burning
  { kind: 'benign', variant: 'reword', previous: `A burner must stay within sight of a lit kiln at all times.`, next: `Once a kiln is alight, it is never out of a burner's view.` },
  { kind: 'number', previous: `Keep the kiln lid vents open for 45 minutes after lighting, then close all but two.`, next: `Keep the kiln lid vents open for 15 minutes after lighting, then close all but two.` },
  { kind: 'roles', previous: `The night watch wakes the kiln master if the smoke turns thin and blue.`, next: `The kiln master wakes the night watch if the smoke turns thin and blue.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Burners must wear FR overalls when the kiln is opened.`, next: `Burners must wear flame-resistant overalls when the kiln is opened.` },
  { kind: 'obligation', previous: `The site lead is responsible for phoning the fire service control room before every burn.`, next: `The site lead may phone the fire service control room before a burn.` },
  { kind: 'benign', variant: 'split-join', previous: `Only seasoned hardwood goes in the kiln. Softwood and painted timber are refused.`, next: `Only seasoned hardwood goes in the kiln, and softwood and painted timber are refused.` },
  { kind: 'entity', previous: `Bag the finished charcoal in the paper sacks printed with the FSC woodland licence number.`, next: `Bag the finished charcoal in the plastic sacks printed with the FSC woodland licence number.` },
  { kind: 'benign', variant: 'stricter', previous: `Never leave a lit kiln unattended.`, next: `Never leave a lit kiln unattended, and hand over to the next burner face to face, with the vent settings written down.` },
  { kind: 'rescope', previous: `Do not open a kiln while it is still warm to the touch; wait until the lid is cold.`, next: `Do not open a kiln while it is still warm to the touch. A kiln may be opened warm when the buyer is waiting.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Unburnt pieces (brands) go back into the next kiln.`, next: `Pieces that have not burnt through (brands) go back into the next kiln.` },

  // Sheepdog trials
  { kind: 'benign', variant: 'reword', previous: `A handler whose dog grips a sheep is disqualified from that run.`, next: `If a dog bites and holds a sheep, its handler's run ends there with no score.` },
  { kind: 'order', previous: `Handlers walk the course before the draw and may not walk it again once the draw has been made.`, next: `Handlers walk the course after the draw and may not walk it again once the draw has been made.` },
  { kind: 'benign', variant: 'list-prose', previous: `The judge deducts points for:\n1. a wide or tight outrun;\n2. a lift that startles the sheep;\n3. missed gates on the drive.`, next: `The judge deducts points for a wide or tight outrun, for a lift that startles the sheep, and for missed gates on the drive.` },
  { kind: 'conjunct', previous: `The course director must rest the sheep for twenty minutes between classes and replace any sheep that is lame or heavily in lamb.`, next: `The course director must rest the sheep for twenty minutes between classes and replace any sheep that is lame.` },
  { kind: 'number', previous: `| Class | Run time |\n|---|---|\n| Nursery | 10 minutes |\n| Novice | 12 minutes |\n| Open | 15 minutes |`, next: `| Class | Run time |\n|---|---|\n| Nursery | 10 minutes |\n| Novice | 12 minutes |\n| Open | 18 minutes |` },
  { kind: 'benign', variant: 'voice', previous: `The course director sets out the pen gates on the morning of the trial.`, next: `The pen gates are set out by the course director on the morning of the trial.` },
  { kind: 'scope', previous: `Dogs entered in the Open class must have been placed in at least one Novice trial.`, next: `Dogs entered in the Open class must have run in at least one Novice trial.` },
  { kind: 'benign', variant: 'stricter', previous: `Bitches in season may not run.`, next: `Bitches in season may not run, and they must stay in their handler's vehicle, away from the spectators' car park, for the whole day.` },
  { kind: 'rescope', previous: `Spectators may not bring dogs onto the field. Only entered dogs are allowed past the gate.`, next: `Spectators may not bring dogs onto the field. Spectators' dogs on a lead are allowed past the gate.` },
  { kind: 'benign', variant: 'emphasis', previous: `The judge's decision is final.`, next: `The judge's decision is final and is not open to appeal on the day or afterwards.` },

  // Rope access window cleaning
  { kind: 'benign', variant: 'reword', previous: `Each technician must be attached to two independently anchored ropes at all times while on the façade.`, next: `Whenever a technician is on the façade, two ropes hold them, and the two ropes never share an anchor.` },
  { kind: 'modal', previous: `Technicians must inspect their descender and back-up device at the start of every shift.`, next: `Technicians are encouraged to inspect their descender and back-up device at the start of every shift.` },
  { kind: 'number', previous: `No one works on a rope alone: a team has at least one Level 3 supervisor on site.`, next: `No one works on a rope alone: a team has at least one Level 2 supervisor on site.` },
  { kind: 'condition', previous: `Stop work and come down if the wind at roof level exceeds 30 km/h.`, next: `Stop work and come down if the wind at roof level exceeds 30 km/h for more than an hour.` },
  { kind: 'benign', variant: 'abbreviation', previous: `All work follows the IRATA ICOP.`, next: `All work follows the Industrial Rope Access Trade Association's International Code of Practice.` },
  { kind: 'roles', previous: `The rope access supervisor briefs the building manager on the drop plan before anyone goes over the edge.`, next: `The building manager briefs the rope access supervisor on the drop plan before anyone goes over the edge.` },
  { kind: 'benign', variant: 'units', previous: `Keep a 2 m exclusion zone around the landing point on the pavement.`, next: `Keep an exclusion zone of 200 centimetres around the landing point on the pavement.` },
  { kind: 'entity', previous: `Anchor only to the roof eyebolts tested in the last twelve months by Apex Height Safety.`, next: `Anchor only to the roof eyebolts tested in the last twelve months by the building's caretaker.` },
  { kind: 'benign', variant: 'split-join', previous: `The rescue kit stays rigged at roof level. It must be ready to lower a casualty within five minutes.`, next: `The rescue kit stays rigged at roof level, ready to lower a casualty within five minutes.` },
  { kind: 'drift', previous: `You are the dispatch assistant for Skyline Rope Access. Book drops only for teams with a named rescue-trained technician, and never promise a finish time to the client.`, next: `You are the dispatch assistant for Skyline Rope Access. Book drops for whichever team is free first, and give the client a firm finish time so they can plan around it.` },

  // Natural dye studio
  { kind: 'benign', variant: 'reword', previous: `Students must not take mordant powders out of the fume cupboard.`, next: `Mordant powders stay inside the fume cupboard; students leave them there.` },
  { kind: 'obligation', previous: `Every dye bath needs to be labelled with the plant, the date and the mordant used.`, next: `Dye baths can be labelled with the plant, the date and the mordant used.` },
  { kind: 'benign', variant: 'units', previous: `Simmer madder root at no more than 80 °C, or the red turns brown.`, next: `Simmer madder root at no more than 176 °F, or the red turns brown.` },
  { kind: 'number', previous: `Use 10 g of alum for every 100 g of dry wool.`, next: `Use 20 g of alum for every 100 g of dry wool.` },
  { kind: 'benign', variant: 'stricter', previous: `Wear a dust mask when weighing out iron mordant.`, next: `Wear a dust mask when weighing out iron mordant, and weigh it only inside the fume cupboard with the fan switched on.` },
  { kind: 'negation', previous: `Never use the dye pots for food, even after washing.`, next: `Use the dye pots for food only after washing.` },
  { kind: 'conjunct', previous: `Spent baths of copper and chrome go into the labelled waste drums, not down the drain.`, next: `Spent baths of copper go into the labelled waste drums, not down the drain.` },
  { kind: 'benign', variant: 'reorder', previous: `- Tie back long hair.\n- Wear an apron.\n- Keep the lids on the indigo vats.`, next: `- Wear an apron.\n- Keep the lids on the indigo vats.\n- Tie back long hair.` },
  { kind: 'scope', previous: `Anyone using the indigo vat must complete the vat safety induction first.`, next: `New members using the indigo vat must complete the vat safety induction first.` },
  { kind: 'benign', variant: 'voice', previous: `The studio manager orders the mordants.`, next: `Mordants are ordered by the studio manager.` },

  // Braille transcription service
  { kind: 'benign', variant: 'reword', previous: `Every transcription is proofread by a second certified transcriber before it is embossed.`, next: `Nothing goes to the embosser until another certified transcriber, not the original one, has checked it.` },
  { kind: 'order', previous: `Tactile diagrams are reviewed by a blind proofreader before the volume is bound.`, next: `Tactile diagrams are reviewed by a blind proofreader once the volume is bound.` },
  { kind: 'number', previous: `Textbooks are transcribed in Unified English Braille, Grade 2 (contracted).`, next: `Textbooks are transcribed in Unified English Braille, Grade 1 (uncontracted).` },
  { kind: 'reference', previous: `Format maths according to the BANA Nemeth Code guidelines (2022 edition), and note the edition on the title page.`, next: `Format maths sensibly, and note the edition on the title page.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Files are delivered as BRF and PEF.`, next: `Files are delivered as Braille Ready Format and Portable Embosser Format.` },
  { kind: 'scope', previous: `Return every print original to the client within five working days of delivery.`, next: `Return print originals to the client within five working days of delivery when the client asks.` },
  { kind: 'benign', variant: 'markdown', previous: `**Turnaround**: standard orders 15 working days, rush orders 5 working days.`, next: `## Turnaround\n- Standard orders: 15 working days\n- Rush orders: 5 working days` },
  { kind: 'roles', previous: `The client approves the transcriber's sample pages before the full volume is started.`, next: `The transcriber approves the client's sample pages before the full volume is started.` },
  { kind: 'benign', variant: 'stricter', previous: `Keep client files on the encrypted share.`, next: `Keep client files on the encrypted share only, and delete local copies on the day the order is delivered.` },
  { kind: 'tone', tone: 'respectful', previous: `When a reader reports an error, thank them, apologise for it and tell them when the corrected pages will arrive.`, next: `When a reader reports an error, tell them errors happen and that corrected pages will come when we get to them.` },

  // Stage magic society
  { kind: 'benign', variant: 'reword', previous: `Members must not reveal the method of any effect performed at a society meeting.`, next: `Whatever a member sees performed at a society meeting, they keep its workings to themselves.` },
  { kind: 'condition', previous: `A member may perform another member's original effect only with the creator's written permission.`, next: `A member may perform another member's original effect without the creator's written permission.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Unpublished effects may be shown only in the closed lecture room.`, next: `Effects that have not been published may be shown only in the closed lecture room.` },
  { kind: 'rescope', previous: `Live animals are never used in society shows. Doves and rabbits are represented by props.`, next: `Live animals are never used in society shows. Members may bring their own trained doves to the annual gala.` },
  { kind: 'benign', variant: 'voice', previous: `The safety officer checks every fire effect at the technical rehearsal.`, next: `Every fire effect is checked at the technical rehearsal by the safety officer.` },
  { kind: 'obligation', previous: `Performers who use fire, blades or escapes are required to hold the society's stunt insurance.`, next: `Performers who use fire, blades or escapes are advised to hold the society's stunt insurance.` },
  { kind: 'benign', variant: 'stricter', previous: `Volunteers from the audience must be adults.`, next: `Volunteers from the audience must be adults, and they must be asked on stage whether they consent before anything touches them.` },
  { kind: 'scope', previous: `Effects involving sharp objects may be performed only by members holding the Gold Wand grade.`, next: `Effects involving sharp objects may be performed by members holding the Silver Wand or Gold Wand grade.` },
  { kind: 'tone', tone: 'courteous', previous: `You are the society's enquiries assistant. Answer the public politely and point them to the next open evening; never explain how a trick is done.`, next: `You are the society's enquiries assistant. Tell the public to stop asking how tricks are done and to come to an open evening if they care that much; never explain how a trick is done.` },

  // Quarry blasting
  { kind: 'benign', variant: 'reword', previous: `Nobody may enter the blast exclusion zone until the shotfirer has sounded the all-clear.`, next: `The exclusion zone stays empty until the shotfirer's all-clear has sounded.` },
  { kind: 'order', previous: `## Firing sequence\nThe shotfirer clears the bench and posts sentries at every access road. The warning siren sounds for one minute. The shotfirer checks the circuit with the blasting ohmmeter before connecting the exploder. The blast is fired. The all-clear siren sounds only after the shotfirer has inspected the face for misfires.`, next: `## Firing sequence\nThe shotfirer clears the bench and posts sentries at every access road. The warning siren sounds for one minute. The shotfirer checks the circuit with the blasting ohmmeter after connecting the exploder. The blast is fired. The all-clear siren sounds only after the shotfirer has inspected the face for misfires.` },
  { kind: 'number', previous: `Sentries stand at least 500 metres from the nearest charged hole.`, next: `Sentries stand at least 300 metres from the nearest charged hole.` },
  { kind: 'benign', variant: 'units', previous: `Sentries stand at least 500 metres from the nearest charged hole.`, next: `Sentries stand at least half a kilometre from the nearest charged hole.` },
  { kind: 'conjunct', previous: `After a misfire, the shotfirer must wait thirty minutes, disconnect the exploder and report to the quarry manager before returning to the face.`, next: `After a misfire, the shotfirer must wait thirty minutes and disconnect the exploder before returning to the face.` },
  { kind: 'benign', variant: 'voice', previous: `The quarry manager signs every blast specification.`, next: `Every blast specification is signed by the quarry manager.` },
  { kind: 'condition', previous: `Postpone the blast if a thunderstorm is within 10 km.`, next: `Postpone the blast if a thunderstorm is directly overhead.` },
  { kind: 'benign', variant: 'stricter', previous: `Neighbours within 1 km are told the blast time the day before.`, next: `Neighbours within 1 km are told the blast time the day before, by letter and by text message, and again by text an hour before firing.` },
  { kind: 'entity', previous: `Store detonators in the magazine licensed by the county police, never in the explosives store.`, next: `Store detonators in the site office safe, never in the explosives store.` },
  { kind: 'benign', variant: 'list-prose', previous: `Vibration readings are taken at the school, at Hill Farm and at the church after every blast.`, next: `After every blast, vibration readings are taken at:\n- the school\n- Hill Farm\n- the church` },

  // Bat survey ecologists
  { kind: 'benign', variant: 'reword', previous: `Only surveyors holding a Natural England class licence may handle bats.`, next: `Handling bats is limited to surveyors with a Natural England class licence.` },
  { kind: 'order', previous: `Emergence surveys start 15 minutes before sunset and run for 90 minutes.`, next: `Emergence surveys start 15 minutes after sunset and run for 90 minutes.` },
  { kind: 'number', previous: `| Survey | Minimum surveyors |\n|---|---|\n| Dusk emergence, small roof | 2 |\n| Dusk emergence, large barn | 4 |\n| Dawn re-entry | 2 |`, next: `| Survey | Minimum surveyors |\n|---|---|\n| Dusk emergence, small roof | 2 |\n| Dusk emergence, large barn | 2 |\n| Dawn re-entry | 2 |` },
  { kind: 'benign', variant: 'markdown', previous: `| Survey | Minimum surveyors |\n|---|---|\n| Dusk emergence, small roof | 2 |\n| Dusk emergence, large barn | 4 |\n| Dawn re-entry | 2 |`, next: `Minimum surveyors per survey:\n- Dusk emergence, small roof: 2\n- Dusk emergence, large barn: 4\n- Dawn re-entry: 2` },
  { kind: 'condition', previous: `Do not survey if the temperature at sunset is below 10 °C or it is raining heavily.`, next: `Do not survey if the temperature at sunset is below 10 °C and it is raining heavily.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Record every unidentified call for later sound analysis.`, next: `Record every call that has not been identified for later sound analysis.` },
  { kind: 'scope', previous: `Disinfect all handling gloves and bags between roosts.`, next: `Disinfect handling gloves and bags between roosts in different counties.` },
  { kind: 'benign', variant: 'stricter', previous: `Surveyors must carry a torch with a red filter.`, next: `Surveyors must carry a torch with a red filter and a spare, and white light may not be shone at a roost entrance at any time.` },
  { kind: 'modal', previous: `A roost found during a survey must be reported to the local records centre within a month.`, next: `A roost found during a survey may be reported to the local records centre within a month.` },
  { kind: 'reference', previous: `Surveys follow the Bat Conservation Trust Good Practice Guidelines, 4th edition, section 7.`, next: `Surveys follow good practice.` },
  { kind: 'benign', variant: 'reword', previous: `Lone working at night is not permitted; surveyors work in pairs at minimum.`, next: `At night every surveyor has at least one colleague with them; nobody works alone.` },

  // Mountain rescue team
  { kind: 'benign', variant: 'reword', previous: `The team leader decides whether a casualty is moved by stretcher or by helicopter.`, next: `Stretcher or helicopter: that call belongs to the team leader.` },
  { kind: 'roles', previous: `The team leader reports the casualty's condition to the air ambulance doctor before the helicopter lands.`, next: `The air ambulance doctor reports the casualty's condition to the team leader before the helicopter lands.` },
  { kind: 'obligation', previous: `Members on call have to answer a callout page within ten minutes.`, next: `Members on call are welcome to answer a callout page within ten minutes.` },
  { kind: 'benign', variant: 'split-join', previous: `Every member carries a radio and a first aid kit on every callout, and checks the radio battery before leaving base.`, next: `Every member carries a radio and a first aid kit on every callout. They check the radio battery before leaving base.` },
  { kind: 'number', previous: `A casualty care certificate is renewed every three years.`, next: `A casualty care certificate is renewed every five years.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Members renew their REC Level 3 every three years.`, next: `Members renew their Rescue Emergency Care Level 3 every three years.` },
  { kind: 'drift', previous: `We never charge for a rescue. Donations are welcome but never asked for at the scene.`, next: `We never charge for a rescue. At the scene, remind rescued walkers that the team runs on donations and hand them a donation card.` },
  { kind: 'benign', variant: 'emphasis', previous: `Do not speak to the press about a casualty.`, next: `Do not speak to the press about a casualty, on or off the record, at any time.` },
  { kind: 'rescope', previous: `Trainees do not go above the snow line on callouts. They staff the base radio and the vehicles.`, next: `Trainees do not staff the base radio or the vehicles on callouts. They go above the snow line with a full member.` },
  { kind: 'scope', previous: `Every callout is logged in the incident database by midnight on the day.`, next: `Every callout is logged in the incident database by midnight on the day, if time allows.` },
  { kind: 'benign', variant: 'units', previous: `Each team rucksack must weigh no more than 15 kg when packed.`, next: `Each team rucksack must weigh no more than 15,000 g when packed.` },

  // Salmon hatchery
  { kind: 'benign', variant: 'reword', previous: `Staff disinfect their boots in the footbath every time they enter the egg room.`, next: `Nobody steps into the egg room without first standing in the footbath.` },
  { kind: 'number', previous: `Keep incubator water between 6 and 8 °C; raise the alarm if it passes 10 °C.`, next: `Keep incubator water between 6 and 8 °C; raise the alarm if it passes 14 °C.` },
  { kind: 'condition', previous: `Release smolts into the river only when the flow gauge at Weir 2 reads above 3 cubic metres per second.`, next: `Release smolts into the river even when the flow gauge at Weir 2 reads below 3 cubic metres per second.` },
  { kind: 'benign', variant: 'voice', previous: `The fish health inspector samples each broodstock batch for disease.`, next: `Each broodstock batch is sampled for disease by the fish health inspector.` },
  { kind: 'conjunct', previous: `Dead eggs are picked out daily, counted and recorded on the tray card.`, next: `Dead eggs are picked out daily and recorded on the tray card.` },
  { kind: 'entity', previous: `Broodstock are taken only from the River Tay catchment.`, next: `Broodstock are taken only from the River Tweed catchment.` },
  { kind: 'benign', variant: 'stricter', previous: `Visitors may look into the egg room through the window.`, next: `Visitors may look into the egg room only through the window, and only when a member of staff is with them.` },
  { kind: 'order', previous: `Anaesthetise broodstock before stripping eggs, never the other way round.`, next: `Strip eggs before anaesthetising broodstock, never the other way round.` },
  { kind: 'benign', variant: 'list-prose', previous: `1. Check the oxygen meter.\n2. Check the water temperature.\n3. Sign the tank sheet.`, next: `Check the oxygen meter, then check the water temperature, then sign the tank sheet.` },
  { kind: 'benign', variant: 'reword', previous: `Fish that show signs of disease must be isolated in the quarantine tank at once.`, next: `The moment a fish looks diseased, it goes into the quarantine tank.` },

  // Neon sign workshop
  { kind: 'benign', variant: 'reword', previous: `Never touch a sign while the transformer is plugged in.`, next: `Unplug the transformer before your hands go anywhere near a sign.` },
  { kind: 'modal', previous: `Benders must wear didymium glasses while working at the ribbon burner.`, next: `Benders may wear didymium glasses while working at the ribbon burner.` },
  { kind: 'number', previous: `Bombard each tube until the electrodes reach 250 °C before pumping.`, next: `Bombard each tube until the electrodes reach 150 °C before pumping.` },
  { kind: 'benign', variant: 'units', previous: `Run a new sign for a 12-hour burn-in before it is collected.`, next: `Run a new sign for a half-day burn-in before it is collected.` },
  { kind: 'roles', previous: `The electrician certifies the installer's wiring before the sign is switched on at the customer's site.`, next: `The installer certifies the electrician's wiring before the sign is switched on at the customer's site.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Outdoor signs must have a GFCI on the supply.`, next: `Outdoor signs must have a ground-fault circuit interrupter on the supply.` },
  { kind: 'requirement', previous: `You are the quoting assistant for Glowline Neon. Ask for the wall material and the distance to the nearest socket. Ask whether the sign is indoors or outdoors. Quote only in writing. Never quote for mercury-filled tubes in a child's bedroom.`, next: `You are the quoting assistant for Glowline Neon. Ask for the wall material and the distance to the nearest socket. Ask whether the sign is indoors or outdoors. Quote only in writing.` },
  { kind: 'benign', variant: 'stricter', previous: `Mercury tubes are filled only in the vented booth.`, next: `Mercury tubes are filled only in the vented booth, by staff who have signed the mercury handling sheet, and spills are reported the same day.` },
  { kind: 'scope', previous: `Test every finished sign at full voltage for an hour.`, next: `Test finished signs over two metres long at full voltage for an hour.` },
  { kind: 'benign', variant: 'reorder', previous: `Store glass tubes horizontally in the rack. Keep the argon cylinders chained to the wall.`, next: `Keep the argon cylinders chained to the wall. Store glass tubes horizontally in the rack.` },

  // Pigeon racing club
  { kind: 'benign', variant: 'reword', previous: `Every bird entered in a race must wear a ring registered to the member entering it.`, next: `A member can enter only birds whose rings are registered in that member's own name.` },
  { kind: 'order', previous: `Clocks are set and sealed by the clock committee before basketing, and opened only at the club house after the race.`, next: `Clocks are set and sealed by the clock committee after basketing, and opened only at the club house after the race.` },
  { kind: 'roles', previous: `The convoyer hands the liberation report to the race secretary, who posts it on the club board.`, next: `The race secretary hands the liberation report to the convoyer, who posts it on the club board.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Unvaccinated birds cannot be basketed.`, next: `Birds that have not been vaccinated cannot be basketed.` },
  { kind: 'number', previous: `Birds must be vaccinated against paramyxovirus at least 14 days before their first race.`, next: `Birds must be vaccinated against paramyxovirus at least 4 days before their first race.` },
  { kind: 'benign', variant: 'units', previous: `Birds must be vaccinated against paramyxovirus at least 14 days before their first race.`, next: `Birds must be vaccinated against paramyxovirus at least a fortnight before their first race.` },
  { kind: 'condition', previous: `The convoyer holds the birds if there is rain along the route, and releases them only once the weather clears.`, next: `The convoyer holds the birds if there is heavy rain at the liberation site, and releases them only once the weather clears.` },
  { kind: 'benign', variant: 'stricter', previous: `Members verify their clock times with the race secretary.`, next: `Members verify their clock times with the race secretary within one hour of their last bird arriving, in person or by phone.` },
  { kind: 'negation', previous: `Members may not enter a bird that has been found sick in the last 21 days.`, next: `Members may enter a bird that has been found sick in the last 21 days.` },
  { kind: 'benign', variant: 'voice', previous: `The race secretary calculates each bird's velocity.`, next: `Each bird's velocity is calculated by the race secretary.` },

  // Cobbler and shoe repair
  { kind: 'benign', variant: 'reword', previous: `Give the customer a numbered ticket for every pair left with us, and keep the matching stub on the shoes.`, next: `Each pair handed in gets a numbered tag tied to it, and the customer keeps the ticket with the same number.` },
  { kind: 'scope', previous: `Photograph every pair when it is handed in, so damage already there is on record.`, next: `Photograph designer pairs when they are handed in, so damage already there is on record.` },
  { kind: 'number', previous: `| Repair | Price |\n|---|---|\n| Heels, men's | £18 |\n| Heels, women's | £14 |\n| Full soles, leather | £65 |\n| Stitch repair | £10 |`, next: `| Repair | Price |\n|---|---|\n| Heels, men's | £18 |\n| Heels, women's | £14 |\n| Full soles, leather | £56 |\n| Stitch repair | £10 |` },
  { kind: 'benign', variant: 'markdown', previous: `| Repair | Price |\n|---|---|\n| Heels, men's | £18 |\n| Heels, women's | £14 |\n| Full soles, leather | £65 |\n| Stitch repair | £10 |`, next: `| Repair | Price |\n| --- | --- |\n| Heels (men's) | £18 |\n| Heels (women's) | £14 |\n| Full soles (leather) | £65 |\n| Stitch repair | £10 |` },
  { kind: 'obligation', previous: `Staff shall use the extraction hood when applying contact adhesive.`, next: `Staff may use the extraction hood when applying contact adhesive.` },
  { kind: 'benign', variant: 'split-join', previous: `Uncollected shoes are kept for 90 days. After that they are donated to the shelter on Mill Street.`, next: `Uncollected shoes are kept for 90 days and then donated to the shelter on Mill Street.` },
  { kind: 'entity', previous: `Resole Goodyear-welted shoes only with oak-bark tanned leather from Baker's of Colyton.`, next: `Resole Goodyear-welted shoes only with rubber soling from Baker's of Colyton.` },
  { kind: 'benign', variant: 'reword', previous: `Key cutting is refused for any key stamped "Do not copy" unless the customer shows a letter of authority from the key's registered holder.`, next: `A key stamped "Do not copy" is cut only for a customer who brings a letter of authority from the key's registered holder.` },
  { kind: 'tone', tone: 'friendly', previous: `If a repair will be late, ring the customer, apologise and offer to deliver the shoes free of charge.`, next: `If a repair will be late, the customer will find out when they come to collect.` },
  { kind: 'condition', previous: `Refund the deposit only if we cannot repair the shoes.`, next: `Refund the deposit if the customer changes their mind.` },

  // Kayak hire
  { kind: 'benign', variant: 'reword', previous: `Every paddler wears a buoyancy aid, fastened, for the whole time they are on the water.`, next: `From launch to landing, each paddler keeps a fastened buoyancy aid on.` },
  { kind: 'modal', previous: `Hirers must be back at the landing stage by 6 pm.`, next: `Hirers should try to be back at the landing stage by 6 pm.` },
  { kind: 'order', previous: `Under-16s may hire a single kayak only if they paddle upstream of the weir.`, next: `Under-16s may hire a single kayak only if they paddle downstream of the weir.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Staff on the bank hold a current RYA Safety Boat certificate.`, next: `Staff on the bank hold a current Royal Yachting Association Safety Boat certificate.` },
  { kind: 'number', previous: `Do not hire boats when the river gauge at Bridge End reads above 1.2 m.`, next: `Do not hire boats when the river gauge at Bridge End reads above 1.8 m.` },
  { kind: 'benign', variant: 'units', previous: `Do not hire boats when the river gauge at Bridge End reads above 1.2 m.`, next: `Do not hire boats when the river gauge at Bridge End reads above 120 cm.` },
  { kind: 'conjunct', previous: `Before a group launches, the instructor must explain the capsize drill, point out the weir and check every buoyancy aid.`, next: `Before a group launches, the instructor must explain the capsize drill and point out the weir.` },
  { kind: 'benign', variant: 'stricter', previous: `Children under 12 paddle in a double with an adult.`, next: `Children under 12 paddle in a double with an adult, and the adult sits in the rear seat.` },
  { kind: 'rescope', previous: `Never lend a hirer's boat to a person who has not signed the safety form.`, next: `Never lend a hirer's boat to a person who has not signed the safety form. Friends of a hirer may join without signing if the hirer vouches for them.` },
  { kind: 'scope', previous: `Check every boat for cracks and missing drain plugs before it goes out.`, next: `Check boats for cracks and missing drain plugs before they go out, usually.` },
  { kind: 'benign', variant: 'voice', previous: `The duty manager closes the river when a flood warning is issued.`, next: `When a flood warning is issued the river is closed by the duty manager.` },

  // Lapidary workshop
  { kind: 'benign', variant: 'reword', previous: `Always wet-grind; dry grinding is forbidden on every machine.`, next: `Every machine in the workshop runs with water on the wheel; no stone is ever ground dry.` },
  { kind: 'entity', previous: `Cut stones are sent for grading to the Gem-A laboratory in London.`, next: `Cut stones are sent for grading to the jeweller across the road.` },
  { kind: 'benign', variant: 'stricter', previous: `Members must wear safety glasses at the saw.`, next: `Members must wear safety glasses at the saw and at the grinding wheels, and visitors standing nearby must wear them too.` },
  { kind: 'number', previous: `Members may book the faceting machine for up to 3 hours a week.`, next: `Members may book the faceting machine for up to 8 hours a week.` },
  { kind: 'negation', previous: `Do not cut malachite or other copper minerals without the extraction fan on.`, next: `Cut malachite or other copper minerals without the extraction fan on.` },
  { kind: 'benign', variant: 'list-prose', previous: `Members must:\n- top up the coolant;\n- clean the splash guard;\n- switch off at the wall when they leave.`, next: `Members must top up the coolant, clean the splash guard, and switch off at the wall when they leave.` },
  { kind: 'roles', previous: `The customer inspects the rough under the loupe before the cutter quotes a price.`, next: `The cutter inspects the rough under the loupe before the customer quotes a price.` },
  { kind: 'benign', variant: 'emphasis', previous: `Never cut a customer's stone without a signed job sheet.`, next: `Never, for any customer however regular, cut a stone without a signed job sheet.` },
  { kind: 'requirement', previous: `## Radioactive specimens\nAutunite, torbernite and other uranium minerals are kept in the lead-lined box. Handle them with gloves. Do not cut or polish them. Log every time the box is opened.`, next: `## Radioactive specimens\nAutunite, torbernite and other uranium minerals are kept in the lead-lined box. Handle them with gloves. Log every time the box is opened.` },

  // Pinball arcade
  { kind: 'benign', variant: 'reword', previous: `Switch a machine off at the wall before opening the backbox.`, next: `Nobody opens a backbox until that machine's wall switch is off.` },
  { kind: 'scope', previous: `Tech staff test the tilt bob on all machines every Monday.`, next: `Tech staff test the tilt bob on machines that players have complained about every Monday.` },
  { kind: 'condition', previous: `Refund a credit when a machine eats a coin and the player has not started a game.`, next: `Refund a credit when a machine eats a coin, even if the player has started a game.` },
  { kind: 'benign', variant: 'reorder', previous: `Clean the playfield glass each morning. Wax the playfields every month.`, next: `Wax the playfields every month. Clean the playfield glass each morning.` },
  { kind: 'number', previous: `League night: each player plays 4 games per machine, and the top 8 make the finals.`, next: `League night: each player plays 4 games per machine, and the top 16 make the finals.` },
  { kind: 'benign', variant: 'units', previous: `League night: each player plays 4 games per machine, and the top 8 make the finals.`, next: `League night: each player plays four games per machine, and the best eight players make the finals.` },
  { kind: 'drift', previous: `You are the arcade's chat assistant. Answer questions about opening times, prices and which machines are working. Never take bookings for private parties; give the manager's email instead.`, next: `You are the arcade's chat assistant. Answer questions about opening times, prices and which machines are working. Take bookings for private parties and collect a deposit by card in the chat.` },
  { kind: 'benign', variant: 'voice', previous: `The floor manager resets the high-score tables on the first of each month.`, next: `High-score tables are reset on the first of each month by the floor manager.` },
  { kind: 'obligation', previous: `Players are prohibited from lifting or rocking the machines.`, next: `Players are discouraged from lifting or rocking the machines.` },
  { kind: 'tone', tone: 'upbeat', previous: `When a machine goes down, put up the "Back soon!" sign and offer the player a free credit on another table.`, next: `When a machine goes down, put up a sign saying "Broken".` },

  // Cricket umpires' association
  { kind: 'benign', variant: 'reword', previous: `Umpires must inspect the match ball before each innings and keep it in their pocket during intervals.`, next: `At the start of every innings the umpires examine the ball, and between sessions it stays in an umpire's pocket.` },
  { kind: 'roles', previous: `The bowler's end umpire consults the square leg umpire before giving a run out at that end.`, next: `The square leg umpire consults the bowler's end umpire before giving a run out at that end.` },
  { kind: 'number', previous: `Play is suspended for bad light when the light meter reads below the level agreed at 11:00, and resumes only when it rises above it.`, next: `Play is suspended for bad light when the light meter reads below the level agreed at 14:00, and resumes only when it rises above it.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Reports of suspect bowling actions go to the ECB ACO.`, next: `Reports of suspect bowling actions go to the England and Wales Cricket Board Association of Cricket Officials.` },
  { kind: 'scope', previous: `Umpires report every incident of dissent to the league disciplinary secretary.`, next: `Umpires report repeated incidents of dissent to the league disciplinary secretary.` },
  { kind: 'benign', variant: 'stricter', previous: `Umpires arrive at the ground 45 minutes before the start.`, next: `Umpires arrive at the ground 45 minutes before the start, inspect the pitch with both captains, and confirm the hours of play with the scorers.` },
  { kind: 'order', previous: `The toss takes place no later than 30 minutes before the scheduled start.`, next: `The toss takes place no earlier than 30 minutes before the scheduled start.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `An umpire who is unavailable must tell the appointments officer 7 days in advance.`, next: `An umpire who is not available must tell the appointments officer 7 days in advance.` },
  { kind: 'modal', previous: `Umpires shall wear the association's white coat in all first-team matches.`, next: `Umpires can wear the association's white coat in first-team matches.` },
  { kind: 'reference', previous: `Ball tampering is dealt with under Law 41.3 of the MCC Laws of Cricket: change the ball and award five penalty runs.`, next: `Ball tampering is dealt with by the umpires: change the ball and award five penalty runs.` },
  { kind: 'benign', variant: 'reword', previous: `Neither umpire may discuss a decision with spectators.`, next: `Decisions are never talked over with spectators by either umpire.` },

  // Theatre stage rigging and fly tower
  { kind: 'benign', variant: 'reword', previous: `No one stands under a flown piece while it is moving.`, next: `While a flown piece is travelling, the stage beneath it is kept clear of people.` },
  { kind: 'order', previous: `The flyman loads the counterweight arbor after the scenery is attached to the bar, never before.`, next: `The flyman loads the counterweight arbor before the scenery is attached to the bar, never after.` },
  { kind: 'conjunct', previous: `Before each performance the head flyman checks every rope lock, every spot line and every safety bond on the lighting bars.`, next: `Before each performance the head flyman checks every rope lock and every spot line.` },
  { kind: 'benign', variant: 'voice', previous: `The stage manager calls every fly cue from the prompt desk.`, next: `Every fly cue is called from the prompt desk by the stage manager.` },
  { kind: 'number', previous: `| Bar | Working load limit |\n|---|---|\n| LX1 | 500 kg |\n| LX2 | 500 kg |\n| Cloth bars 1-20 | 250 kg |\n| Iron safety curtain | fixed, not for loading |`, next: `| Bar | Working load limit |\n|---|---|\n| LX1 | 500 kg |\n| LX2 | 750 kg |\n| Cloth bars 1-20 | 250 kg |\n| Iron safety curtain | fixed, not for loading |` },
  { kind: 'benign', variant: 'markdown', previous: `| Bar | Working load limit |\n|---|---|\n| LX1 | 500 kg |\n| LX2 | 500 kg |\n| Cloth bars 1-20 | 250 kg |\n| Iron safety curtain | fixed, not for loading |`, next: `| Bar | Working load limit |\n|:--|--:|\n| LX1 | 500 kg |\n| LX2 | 500 kg |\n| Cloth bars 1-20 | 250 kg |\n| Iron safety curtain | fixed, not for loading |` },
  { kind: 'condition', previous: `The iron safety curtain is lowered in the presence of the audience at every performance.`, next: `The iron safety curtain is lowered in the presence of the audience when the fire officer attends a performance.` },
  { kind: 'benign', variant: 'stricter', previous: `Anyone working on the fly floor wears a hard hat.`, next: `Anyone working on the fly floor or in the grid wears a hard hat, and tools carried aloft are tethered to the wrist.` },
  { kind: 'rescope', previous: `Performers are not allowed on the fly floor. Only the fly crew and the technical manager go up there.`, next: `Performers are not allowed on the fly floor during the show. Before the half, they may go up there to watch the crew.` },
  { kind: 'entity', previous: `All rigging is inspected every six months by Stagecraft Inspections Ltd.`, next: `All rigging is inspected every six months by the resident technician.` },
  { kind: 'benign', variant: 'split-join', previous: `Fly cues are rehearsed at walking pace first. Full speed comes only once the stage manager is satisfied.`, next: `Fly cues are rehearsed at walking pace first, and run at full speed only once the stage manager is satisfied.` },

  // Public mural painting programme
  { kind: 'benign', variant: 'reword', previous: `No design goes on a wall until the building owner has approved it in writing.`, next: `Painting starts only once the owner of the building has given written approval of the design.` },
  { kind: 'scope', previous: `Every mural design is shown to the neighbourhood forum for comment before painting starts.`, next: `Every mural design over 20 square metres is shown to the neighbourhood forum for comment before painting starts.` },
  { kind: 'obligation', previous: `Artists working above 2 metres must use the scaffold tower, not ladders.`, next: `Artists working above 2 metres can use the scaffold tower instead of ladders.` },
  { kind: 'benign', variant: 'units', previous: `Artists working above 2 metres must use the scaffold tower, not ladders.`, next: `Artists working above 200 centimetres must use the scaffold tower, not ladders.` },
  { kind: 'number', previous: `Artists are paid a fee of £40 per square metre, half on signing and half on completion.`, next: `Artists are paid a fee of £40 per square metre, a quarter on signing and the rest on completion.` },
  { kind: 'benign', variant: 'list-prose', previous: `Designs must not include:\n- brand logos;\n- political party slogans;\n- images of living people without their consent.`, next: `Designs must not include brand logos, political party slogans, or images of living people without their consent.` },
  { kind: 'conjunct', previous: `Designs must not include brand logos, political party slogans or images of living people without their consent.`, next: `Designs must not include brand logos or images of living people without their consent.` },
  { kind: 'benign', variant: 'stricter', previous: `Apply an anti-graffiti coat when the mural is finished.`, next: `Apply two anti-graffiti coats when the mural is finished, and record the product and batch number in the wall's file.` },
  { kind: 'drift', previous: `Murals belong to the community: they are never painted over without a public consultation.`, next: `Murals belong to the building owner, who may paint over them whenever the wall is needed for advertising.` },
  { kind: 'benign', variant: 'reorder', previous: `Artists sign the wall in the bottom right corner. The programme's plaque goes at eye level beside the mural.`, next: `The programme's plaque goes at eye level beside the mural. Artists sign the wall in the bottom right corner.` },

  // Special collections reading room
  { kind: 'benign', variant: 'reword', previous: `Readers may use only pencils in the reading room.`, next: `Pens of every kind stay in the lockers; in the reading room, readers write with pencil.` },
  { kind: 'conjunct', previous: `Bags, coats and food must be left in the lockers.`, next: `Bags and coats must be left in the lockers.` },
  { kind: 'number', previous: `Readers may have up to 3 items at their desk at once.`, next: `Readers may have up to 6 items at their desk at once.` },
  { kind: 'benign', variant: 'units', previous: `Readers may have up to 3 items at their desk at once.`, next: `Readers may have no more than three items at their desk at any one time.` },
  { kind: 'condition', previous: `Manuscripts are photographed by readers only if the curator has granted a photography permit for that item.`, next: `Manuscripts are photographed by readers unless the curator has refused a photography permit for that item.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Fragile volumes are viewed on the digital surrogate, not the original, per the PCA.`, next: `Fragile volumes are viewed on the digital surrogate, not the original, per the Preservation Condition Assessment.` },
  { kind: 'roles', previous: `The invigilator turns the pages of vellum manuscripts while the reader watches.`, next: `The reader turns the pages of vellum manuscripts while the invigilator watches.` },
  { kind: 'order', previous: `Orders placed before 11:00 are delivered to the desk the same day.`, next: `Orders placed after 11:00 are delivered to the desk the same day.` },
  { kind: 'benign', variant: 'stricter', previous: `Readers wash their hands before handling originals.`, next: `Readers wash and dry their hands before handling originals and again after any break.` },
  { kind: 'requirement', previous: `You are the enquiries assistant for the Wren Library's special collections. Help readers find catalogue references. Tell them that a reader's ticket and photo ID are needed on arrival. Tell them that items must be ordered at least two days ahead. Never state the insurance value of an item.`, next: `You are the enquiries assistant for the Wren Library's special collections. Help readers find catalogue references. Tell them that a reader's ticket and photo ID are needed on arrival. Never state the insurance value of an item.` },
  { kind: 'benign', variant: 'emphasis', previous: `Do not lean on open volumes.`, next: `Do not lean on open volumes, not with your elbows, your hands or your notes.` },

  // Mosaic studio
  { kind: 'benign', variant: 'reword', previous: `Students must wear eye protection while nipping tiles.`, next: `Whoever is cutting tiles with the nippers has goggles on.` },
  { kind: 'negation', previous: `Smalti offcuts are never swept with a dry brush; vacuum them with the HEPA cleaner.`, next: `Smalti offcuts are swept with a dry brush; vacuum them with the HEPA cleaner when you have time.` },
  { kind: 'number', previous: `Grout must cure for 72 hours before a piece leaves the studio.`, next: `Grout must cure for 24 hours before a piece leaves the studio.` },
  { kind: 'benign', variant: 'units', previous: `Grout must cure for 72 hours before a piece leaves the studio.`, next: `Grout must cure for three full days before a piece leaves the studio.` },
  { kind: 'entity', previous: `Outdoor commissions use only frost-proof porcelain from Casa Tessera.`, next: `Outdoor commissions use only glazed ceramic from Casa Tessera.` },
  { kind: 'conjunct', previous: `Students clean their tools and their bench at the end of every session.`, next: `Students clean their tools at the end of every session.` },
  { kind: 'benign', variant: 'voice', previous: `The tutor mixes the thinset adhesive for beginners.`, next: `For beginners, the thinset adhesive is mixed by the tutor.` },
  { kind: 'tone', tone: 'encouraging', previous: `When a student's piece cracks in the kiln, reassure them, show them how to repair it and offer a free bench session to finish it.`, next: `When a student's piece cracks in the kiln, tell them that is what happens with rushed work.` },
  { kind: 'modal', previous: `Pieces for public spaces are required to be grouted with the epoxy grout.`, next: `Pieces for public spaces are ideally grouted with the epoxy grout.` },

  // Hedge laying association
  { kind: 'benign', variant: 'reword', previous: `Competitors must not use chainsaws on the competition plot; hand tools only.`, next: `On the competition plot every cut is made with hand tools such as billhooks and bow saws; a chainsaw never starts there.` },
  { kind: 'benign', variant: 'reword', previous: `Each competitor lays a 10-metre length of hedge within five hours.`, next: `Competitors get five hours to lay their own ten-metre stretch of hedge.` },
  { kind: 'order', previous: `Stakes are driven in before the pleachers are laid, and the binders are woven last.`, next: `Stakes are driven in after the pleachers are laid, and the binders are woven last.` },
  { kind: 'number', previous: `1. Cut out dead wood and brambles.\n2. Cut each pleacher two-thirds through at the base.\n3. Lay pleachers at an angle of about 35 degrees.\n4. Drive stakes every 45 cm.\n5. Weave hazel binders along the top.`, next: `1. Cut out dead wood and brambles.\n2. Cut each pleacher two-thirds through at the base.\n3. Lay pleachers at an angle of about 35 degrees.\n4. Drive stakes every 90 cm.\n5. Weave hazel binders along the top.` },
  { kind: 'negation', previous: `Do not lay hedges between March and August, when birds are nesting.`, next: `Lay hedges between March and August, when birds are nesting.` },
  { kind: 'benign', variant: 'reword', previous: `The judges' scores are not disclosed until every plot has been judged.`, next: `Scores stay sealed until the judges have finished with the last plot.` },
  { kind: 'rescope', previous: `Competitors may not receive help on their plot once the start horn has gone.`, next: `Competitors may not receive help on their plot once the start horn has gone. A helper may carry brash and cut stakes for a competitor in the Open class.` },
  { kind: 'benign', variant: 'reword', previous: `Spectators stay behind the tape unless a steward invites them onto a plot.`, next: `Only a steward's invitation takes a spectator past the tape and onto a plot.` },
  { kind: 'reference', previous: `Plots are judged against the Midland style criteria in the association's Judging Handbook, section 4.`, next: `Plots are judged against the Midland style criteria.` },

  // Wildfire lookout tower volunteers
  { kind: 'benign', variant: 'reword', previous: `Report any smoke you see to the fire dispatch centre immediately, even if you think it is a controlled burn.`, next: `The instant smoke appears, call fire dispatch; do not wait to decide whether it might be a planned burn.` },
  { kind: 'benign', variant: 'reword', previous: `Lookouts may not leave the tower during a lightning storm.`, next: `Once lightning is about, a lookout stays inside the tower until the storm has passed.` },
  { kind: 'requirement', previous: `When you report smoke, give the dispatcher the bearing from the fire finder, your estimate of the distance, the colour and size of the column, and the wind direction.`, next: `When you report smoke, give the dispatcher the bearing from the fire finder, the colour and size of the column, and the wind direction.` },
  { kind: 'roles', previous: `The lookout radios each bearing to the neighbouring tower, and the neighbouring tower cross-checks it with its own fire finder.`, next: `The neighbouring tower radios each bearing to the lookout, and the lookout cross-checks it with its own fire finder.` },
  { kind: 'benign', variant: 'reword', previous: `Volunteers must sign the tower log at the start and end of every shift.`, next: `The tower log gets your signature twice per shift: when you begin and when you finish.` },
  { kind: 'condition', previous: `Close the tower to visitors whenever the fire danger rating is High or above.`, next: `Close the tower to visitors whenever the fire danger rating is Extreme.` },
  { kind: 'benign', variant: 'reword', previous: `You are the visitor line assistant for the Cedar Ridge fire lookout. Tell callers the tower's opening hours and that the last climb is 30 minutes before closing. Do not give out the lookout's radio frequency.`, next: `You are the visitor line assistant for the Cedar Ridge fire lookout. Give callers the tower's opening and closing times, and explain that nobody starts the climb in the final half hour before closing. Never share the lookout's radio frequency.` },
  { kind: 'rescope', previous: `Only trained volunteers operate the fire finder.`, next: `Only trained volunteers operate the fire finder. Visitors may try the fire finder while the lookout watches.` },
  { kind: 'negation', previous: `Volunteers never speak to the media about an active fire; they refer reporters to the forest service press office.`, next: `Volunteers speak to the media about an active fire; they refer reporters to the forest service press office for anything else.` },

  // Further rewordings and regressions across the domains above
  { kind: 'benign', variant: 'reword', previous: `Paragliding students must attend the morning weather briefing before they are allowed on the hill.`, next: `No student goes up the hill without having sat through that morning's weather briefing.` },
  { kind: 'benign', variant: 'reword', previous: `The sea salt shop must not describe our flakes as a health product.`, next: `In the shop, our salt flakes are sold as salt; nobody claims they are good for your health.` },
  { kind: 'benign', variant: 'reword', previous: `Kayak hirers who capsize must report it to the bank staff when they return, so the boat can be checked.`, next: `Anyone who goes over in a hired kayak tells the staff on the bank once they are back, and the boat then gets checked.` },
  { kind: 'benign', variant: 'reword', previous: `Hatchery staff may not take fish home, whatever their condition.`, next: `No fish leaves the hatchery in a staff member's possession, healthy or not.` },
  { kind: 'benign', variant: 'reword', previous: `Cricket umpires must notify the league of a result within two hours of stumps.`, next: `The league hears the result from the umpires no later than two hours after close of play.` },
  { kind: 'benign', variant: 'reword', previous: `Rope access technicians must not work alone on a drop under any circumstances.`, next: `Every drop has at least two technicians on it, without exception.` },
  { kind: 'benign', variant: 'reword', previous: `Neon benders must let a tube cool on the rack before handling it with bare hands.`, next: `Bare hands touch a tube only after it has cooled down on the rack.` },
  { kind: 'benign', variant: 'reword', previous: `Pigeon race results are published only after the objection period has closed.`, next: `The club waits for the objection period to close and then publishes the race results.` },
  { kind: 'reference', previous: `Quarry blast records are kept for three years as required by regulation 12 of the Quarries Regulations 1999.`, next: `Quarry blast records are kept for three years.` },
  { kind: 'requirement', previous: `Team notes (pinball): before you leave at night, lock the coin doors, switch the machines off at the main board, and put the day's takings in the safe.`, next: `Team notes (pinball): before you leave at night, lock the coin doors and put the day's takings in the safe.` },
  { kind: 'scope', previous: `hey all, quick reminder for the dye studio: everyone signs the chemicals book when they take mordant out, no exceptions.`, next: `hey all, quick reminder for the dye studio: new members sign the chemicals book when they take mordant out.` },
  { kind: 'order', previous: `Truffle dogs are fed after the tour, never before, so they stay keen to search.`, next: `Truffle dogs are fed before the tour, never after, so they stay keen to search.` },
  { kind: 'entity', previous: `Braille volumes are posted free of charge under the Articles for the Blind scheme with Royal Mail.`, next: `Braille volumes are posted by courier at the client's expense.` },
  { kind: 'benign', variant: 'stricter', previous: `Shotfirers hold a current shotfiring certificate.`, next: `Shotfirers hold a current shotfiring certificate and have attended a refresher course in the last two years.` },
  { kind: 'modal', previous: `Magic society members performing for children must have a current DBS check.`, next: `Magic society members performing for children ought to have a current DBS check.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Illegible tower log entries are rewritten by the shift lead the same day.`, next: `Tower log entries that cannot be read are rewritten by the shift lead the same day.` },
  { kind: 'benign', variant: 'voice', previous: `## Firing sequence\nThe shotfirer clears the bench and posts sentries at every access road. The warning siren sounds for one minute. The shotfirer checks the circuit with the blasting ohmmeter before connecting the exploder. The blast is fired. The all-clear siren sounds only after the shotfirer has inspected the face for misfires.`, next: `## Firing sequence\nThe shotfirer clears the bench and posts sentries at every access road. The warning siren sounds for one minute. The circuit is checked by the shotfirer with the blasting ohmmeter before the exploder is connected. The blast is fired. The all-clear siren sounds only after the shotfirer has inspected the face for misfires.` },
  { kind: 'benign', variant: 'reword', previous: `## Callout procedure\nWhen the pager goes, reply with your arrival time. Go to base, not to the incident. Sign in on the board and collect a radio. The team leader allocates you to a party. Parties leave base only when they have at least three members.`, next: `## Callout procedure\nWhen the pager goes, reply with your arrival time. Head for base rather than straight to the incident. Sign in on the board and collect a radio. The team leader allocates you to a party. Parties leave base only when they have at least three members.` },
  { kind: 'scope', previous: `## Callout procedure\nWhen the pager goes, reply with your arrival time. Go to base, not to the incident. Sign in on the board and collect a radio. The team leader allocates you to a party. Parties leave base only when they have at least three members.`, next: `## Callout procedure\nWhen the pager goes, reply with your arrival time. Go to base, not to the incident. Sign in on the board and, if you can, collect a radio. The team leader allocates you to a party. Parties leave base only when they have at least three members.` },
  { kind: 'roles', previous: `## Reading room rules\nReaders present their ticket at the desk. Staff fetch items from the strongroom; readers never enter it. The invigilator checks each item against the order slip when it is returned. Readers leave by the main door, where bags are checked.`, next: `## Reading room rules\nReaders present their ticket at the desk. Staff fetch items from the strongroom; readers never enter it. The reader checks each item against the order slip when it is returned. Readers leave by the main door, where bags are checked.` },
];
