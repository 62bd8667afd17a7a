// Held-back set v67 of issue 11: hand-labelled clause edits, written blind on 2026-12-07
// (session 39) by the helper heldout67, who never saw the detectors, their tests, their history
// or any other labelled set. What it read of the repository: lines 50-70 of
// clause-edits.fixture.ts (the imports' tail and EDIT_KINDS; the ClauseEdit type itself lies
// past line 70 and was not read), lines 1-44 of the v65 set (its header, for the file shape and
// the composition copied here), the domain lists of earlier sets (grep -h -A8 "^// Domains:",
// comment lines only) and the tuning rounds' domain list in the session brief; nothing else under
// scripts/lib/guard/ (no listing of the folder), no README.md, no HISTORY.md, no tests, no bench
// scripts, no git log at all. The property names (`kind`, `previous`, `next`) were taken from the
// type checker's message on a one-line probe of this file, `variant` and `tone` from the v65
// header and the brief. The brief named the export HELD_BACK_EDITS_V65 (a copy slip, that being
// the v65 set's name); it is exported here as HELD_BACK_EDITS_V67. Never tuned on; to be measured
// once by the lead, after the commit that adds it. Do not edit entries to make a detector pass.
// Labels say what a careful reviewer would want: `benign` edits keep every obligation for every
// case (a stricter rule is not a regression), every other kind weakens or changes the rule; edits
// touching several things are labelled by their main change (a new sentence that contradicts a
// rule counts as `rescope`; a required step dropped whole counts as `requirement`, one item
// dropped from a list inside a sentence as `conjunct`; the rule replaced by a different rule that
// sounds similar counts as `drift`; `tone` edits carry the clause's declared tone and turn it
// cold, hostile, blaming or dismissive, and 3 benign edits carry a declared tone that they keep).
// 297 edits, 135 benign, 27 domains, 11 each (5 benign, 6 regressions of 6 different kinds).
// Benign variants: abbreviation 9, emphasis 9, list-prose 9, reorder 9, reword 54,
// spelled-negation 9, split-join 9, stricter 9, units 9, voice 9 (`units` says the same quantity
// in words or other units; `reword` includes rules said from the other side, prohibitions said
// positively, duties said as double negatives, bans said as the state kept or the only option
// left, and plain rewordings in wholly other words); every domain holds 2 rewords and 3 other
// variants. Non-benign kinds: condition 11, conjunct 11, drift 11, modal 11, negation 11,
// number 11, obligation 11, order 11, requirement 11, rescope 11, roles 11, scope 11, entity 10,
// reference 10, tone 10. 60 edits are 3-5 sentence prompts starting "You are the ... assistant
// for ..." (30 regressions, 30 benign; on the old side 10 of 3, 10 of 4 and 10 of 5 sentences on
// each side of the label, a Markdown list counted as part of its sentence; 10 of them hold a
// list: 5 regressions with the list on both sides and 5 benign ones, 2 turning prose into a list,
// 2 a list into prose and 1 keeping its list), so that length alone says nothing about the label.
// 24 domains hold one prompt on each side of the label, 3 (microlight flying school, morris
// dancing side, mushroom growing cellar) hold two; within each domain the benign and regression
// prompts have the same sentence count. Prompt lengths (old side, characters): median 199 benign
// against 213 regression; clause lengths: median 66 benign against 74 regression.
// Domains: microlight flying school, morris dancing side, mushroom growing cellar, night market
// stalls, otter sanctuary, paddle boarding school, pony club camp, quail egg farm, reed cutting
// cooperative, rhubarb forcing sheds, rush chair caning workshop, saffron farm, sauerkraut
// fermentation kitchen, snowboard terrain park, stilt walking troupe, sundial makers, tapestry
// conservation studio, tin mine museum, trout farm, tuk-tuk tours, ukulele orchestra, venison
// larder, vintage bus running day, walled kitchen garden, water meadow drowners, xeriscape
// demonstration garden, yak wool spinnery.
// None of the 27 domains appears in the earlier sets' domain lists (read with grep -A8, comment
// lines only; an older set without such a list may share a domain unseen) nor in the tuning
// rounds' list; all 27 start with M to Z (v66, written at the same time, takes A to L). Nearest
// listed neighbours: microlight flying school (flight school, gliding club, paragliding school),
// mushroom growing cellar (mushroom foraging tours, cheese cave affinage), otter sanctuary
// (tortoise sanctuary, elephant sanctuary), paddle boarding school (kayak hire, surf school),
// pony club camp (horse riding school), quail egg farm (poultry farm, egg packing station), reed
// cutting cooperative (thatching contractor), saffron farm (lavender farm distillery), sauerkraut
// fermentation kitchen (kombucha brewery), stilt walking troupe (circus trapeze school), tapestry
// conservation studio (museum conservation lab, stained glass restoration), tin mine museum
// (salt mine tours, cotton mill museum), trout farm (salmon hatchery), tuk-tuk tours (pedicab
// tours), ukulele orchestra (brass band, youth orchestra), venison larder (deer stalking estate),
// vintage bus running day (vintage car rally, heritage steam railway footplate crew), walled
// kitchen garden (community orchard, market garden), yak wool spinnery (wool mill), morris
// dancing side (pipe band, community choir), night market stalls (street market), rhubarb forcing
// sheds (hop farm and kiln), rush chair caning workshop (basket weaving workshop, upholstery
// workshop), snowboard terrain park (skatepark, dry ski slope), sundial makers (clock repair
// workshop), water meadow drowners (weir and sluice keepers), xeriscape demonstration garden
// (botanic garden glasshouses, garden centre).
// Entries are grouped by domain, each group opened by a `// Domain:` comment line.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V67: readonly ClauseEdit[] = [
  // Domain: microlight flying school
  {
    kind: 'benign', variant: 'reword',
    previous: "Students may not fly solo until their instructor has signed the solo authorisation in their logbook.",
    next: "A student's first solo flight waits for the instructor's signature on the solo authorisation in the logbook; until that signature is there, every lesson stays dual.",
  },
  {
    kind: 'condition',
    previous: "You are the scheduling assistant for a microlight flying school. Book a student onto a cross-country flight only if they have logged at least 10 hours of solo time. Always confirm the booking by email.",
    next: "You are the scheduling assistant for a microlight flying school. Book a student onto a cross-country flight unless they have logged at least 10 hours of solo time. Always confirm the booking by email.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Every aircraft must carry a current certificate of airworthiness and the pilot's operating handbook on board.",
    next: "Every aircraft must carry a current C of A and the POH on board.",
  },
  {
    kind: 'drift',
    previous: "Fuel must be drained and checked for water contamination before the first flight of each day.",
    next: "Fuel must be topped up and checked for the correct octane rating before the first flight of each day.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "You are the booking assistant for a microlight flying school. Lessons are cancelled when the surface wind exceeds 15 knots. Tell students about a cancellation at least two hours before their slot.",
    next: "You are the booking assistant for a microlight flying school. Lessons are ALWAYS cancelled when the surface wind exceeds 15 knots. It is essential that students hear about a cancellation at least two hours before their slot.",
  },
  {
    kind: 'modal',
    previous: "Instructors must complete a daily inspection of the trike unit before the first lesson.",
    next: "Instructors should complete a daily inspection of the trike unit before the first lesson.",
  },
  {
    kind: 'conjunct',
    previous: "You are the ground-school assistant for a microlight flying school. Students must pass the air law, meteorology and navigation exams before the skills test. Exam passes are valid for 24 months. Remind students when a pass is close to expiring.",
    next: "You are the ground-school assistant for a microlight flying school. Students must pass the air law and navigation exams before the skills test. Exam passes are valid for 24 months. Remind students when a pass is close to expiring.",
  },
  {
    kind: 'benign', variant: 'reword', tone: 'patient',
    previous: "Answer nervous first-time trial-lesson customers in a patient, reassuring way, and never rush them into booking.",
    next: "Take your time with anxious customers on their first trial lesson: reassure them, explain things as often as they need, and leave the decision to book entirely to them.",
  },
  {
    kind: 'negation',
    previous: "Trial-lesson vouchers are not transferable to another person.",
    next: "Trial-lesson vouchers are transferable to another person.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "You are the safety assistant for a microlight flying school. Before each flight the pilot must check the fuel level, the wing fabric and the control cables. Passengers must be weighed before boarding. Nobody may take off after sunset.",
    next: "You are the safety assistant for a microlight flying school. Before each flight the pilot must check:\n- the fuel level\n- the wing fabric\n- the control cables\nPassengers must be weighed before boarding. Nobody may take off after sunset.",
  },
  {
    kind: 'number',
    previous: "The maximum crosswind component for student solo flights is 8 knots.",
    next: "The maximum crosswind component for student solo flights is 12 knots.",
  },
  // Domain: morris dancing side
  {
    kind: 'obligation',
    previous: "New members are required to attend six practice nights before dancing out in public.",
    next: "New members are encouraged to attend six practice nights before dancing out in public.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Dancers must not wear their bells or baldrics in the pub after the evening's last set.",
    next: "Once the evening's last set is over, bells and baldrics come off before anyone goes into the pub.",
  },
  {
    kind: 'order',
    previous: "You are the kit assistant for a morris dancing side. Members collect their kit from the bagman. Each member must, in this order:\n- sign the kit register\n- try the kit on\n- take it home\nLost bells are charged at £2 each. Kit goes back to the bagman by the end of September.",
    next: "You are the kit assistant for a morris dancing side. Members collect their kit from the bagman. Each member must, in this order:\n- try the kit on\n- take it home\n- sign the kit register\nLost bells are charged at £2 each. Kit goes back to the bagman by the end of September.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the tour assistant for a morris dancing side. Tell members the meeting point and time by Thursday evening. Remind them to bring their full kit. Sticks must be checked for splits before every tour. If a dancer drops out, let the squire know the same day.",
    next: "You are the tour assistant for a morris dancing side. Sticks must be checked for splits before every tour. Remind members to bring their full kit. Tell them the meeting point and time by Thursday evening. If a dancer drops out, let the squire know the same day.",
  },
  {
    kind: 'requirement',
    previous: "Before the side dances on a public road, someone must get a temporary event notice from the council. Warning signs must also go up 50 metres either side of the dance spot.",
    next: "Before the side dances on a public road, warning signs must go up 50 metres either side of the dance spot.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Don't accept bookings for May Day morning after the 1st of April.",
    next: "Do not accept bookings for May Day morning after the 1st of April.",
  },
  {
    kind: 'rescope',
    previous: "You are the social media assistant for a morris dancing side. Never post photos of children watching the dancing. Credit the photographer in every post.",
    next: "You are the social media assistant for a morris dancing side. Never post photos of children watching the dancing. Photos where a parent is also in the frame can go up as they are. Credit the photographer in every post.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "The squire is the only person who can agree to a new dance being added to the public programme.",
    next: "New dances reach the public programme solely on the squire's say-so; nobody else has that approval.",
  },
  {
    kind: 'roles',
    previous: "The bagman pays the musicians after each tour.",
    next: "The musicians pay the bagman after each tour.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "You are the booking assistant for a morris dancing side. Every booking needs a named contact on the day and a written OK from the landowner. Quote a fee of £120 for up to an hour of dancing.",
    next: "You are the booking assistant for a morris dancing side. Every booking needs a named contact on the day. It also needs a written OK from the landowner. Quote a fee of £120 for up to an hour of dancing.",
  },
  {
    kind: 'scope',
    previous: "All dancers must wear black shoes on tour.",
    next: "Dancers in the front set must wear black shoes on tour.",
  },
  // Domain: mushroom growing cellar
  {
    kind: 'entity',
    previous: "Pesticide applications in the growing rooms may only be made by the holder of a PA6 spraying certificate.",
    next: "Pesticide applications in the growing rooms may only be made by the holder of a first-aid certificate.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Staff must not enter the spawn run room without a clean coverall and a hairnet.",
    next: "Only people wearing a clean coverall and a hairnet go into the spawn run room.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "You are the customer assistant for a mushroom growing cellar. Wholesale orders must be placed by noon for next-day delivery. Restaurants get a 10% discount on orders over 20 kilograms. Do not promise delivery on bank holidays.",
    next: "You are the customer assistant for a mushroom growing cellar. Wholesale orders must be placed by 10:00 for next-day delivery. Restaurants get a 10% discount on orders over 20 kilograms. Do not promise delivery on bank holidays.",
  },
  {
    kind: 'reference',
    previous: "You are the compliance assistant for a mushroom growing cellar. Record every delivery of compost in the traceability log. Follow section 4 of the hygiene plan when cleaning the growing shelves. Keep the records for two years.",
    next: "You are the compliance assistant for a mushroom growing cellar. Record every delivery of compost in the traceability log. Follow section 7 of the hygiene plan when cleaning the growing shelves. Keep the records for two years.",
  },
  {
    kind: 'tone', tone: 'friendly',
    previous: "If a customer reports a bad batch, thank them warmly, apologise, and offer a replacement box.",
    next: "If a customer reports a bad batch, point out that they probably stored it wrong, then offer a replacement box.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Keep the fruiting room between 16 and 18 degrees Celsius.",
    next: "Keep the fruiting room between sixteen and eighteen degrees Celsius.",
  },
  {
    kind: 'condition',
    previous: "Evacuate the room whenever the carbon dioxide reading goes above 5,000 ppm.",
    next: "Evacuate the room if the carbon dioxide reading stays above 5,000 ppm for a full hour.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the food safety assistant for a mushroom growing cellar. Pickers must wash their hands before each shift. Every crate must be labelled with the harvest date. Damaged crates must be set aside for inspection. Report any sign of green mould to the head grower at once.",
    next: "You are the food safety assistant for a mushroom growing cellar. Hands must be washed by pickers before each shift. The harvest date must go on a label on every crate. Someone must set damaged crates aside for inspection. Any sign of green mould must be reported to the head grower at once.",
  },
  {
    kind: 'conjunct',
    previous: "You are the training assistant for a mushroom growing cellar. New starters must complete the induction video. They must also shadow a picker for a full shift. Before working alone they need a signed checklist from the supervisor, the health and safety officer and the head grower. Answer their questions in plain language.",
    next: "You are the training assistant for a mushroom growing cellar. New starters must complete the induction video. They must also shadow a picker for a full shift. Before working alone they need a signed checklist from the supervisor and the head grower. Answer their questions in plain language.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never sell mushrooms that have been held in the cold room for longer than five days.",
    next: "Once mushrooms have spent more than five days in the cold room, the only place for them is the compost heap.",
  },
  {
    kind: 'drift',
    previous: "Spent compost must be bagged and removed from site within 48 hours.",
    next: "Spent compost must be bagged and weighed within 48 hours.",
  },
  // Domain: night market stalls
  {
    kind: 'benign', variant: 'reword',
    previous: "Stallholders may not leave gas cylinders inside their stall overnight.",
    next: "At the close of trading every gas cylinder goes back to the locked cage by the gate, so the stalls stand empty of gas through the night.",
  },
  {
    kind: 'modal',
    previous: "Stallholders must keep a fire extinguisher within reach of any cooking equipment.",
    next: "Stallholders should try to keep a fire extinguisher within reach of any cooking equipment.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Generators are banned on the market square.",
    next: "Generators are strictly banned on the market square, with no exceptions whatsoever.",
  },
  {
    kind: 'negation',
    previous: "You are the enquiries assistant for a night market. Dogs on leads are welcome, but dogs are not allowed in the food court. Tell visitors where the nearest car park is when they ask.",
    next: "You are the enquiries assistant for a night market. Dogs on leads are welcome, and dogs are allowed in the food court too. Tell visitors where the nearest car park is when they ask.",
  },
  {
    kind: 'number',
    previous: "Each stall may draw no more than 3 kilowatts from the market's power supply.",
    next: "Each stall may draw no more than 5 kilowatts from the market's power supply.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "You are the stallholder assistant for a night market. Each food stall must display its hygiene rating, its allergen list and its price board. Answer pitch questions politely and briefly.",
    next: "You are the stallholder assistant for a night market. Each food stall must display:\n- its hygiene rating\n- its allergen list\n- its price board\nAnswer pitch questions politely and briefly.",
  },
  {
    kind: 'obligation',
    previous: "Traders must pay the pitch fee before the market opens.",
    next: "Traders can pay the pitch fee before the market opens.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Music from a stall may not be loud enough to be heard at the next pitch along.",
    next: "Whatever a stall plays has to stay quiet enough that the neighbouring pitch hears none of it.",
  },
  {
    kind: 'order',
    previous: "Turn the gas off at the cylinder before disconnecting the hose.",
    next: "Disconnect the hose before turning the gas off at the cylinder.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "Set up after 16:00 and finish packing down by 23:30.",
    next: "Finish packing down by 23:30; setting up starts after 16:00.",
  },
  {
    kind: 'requirement',
    previous: "To trade, a stall needs public liability insurance of £5 million. A copy of the certificate must reach the market office every January.",
    next: "To trade, a stall needs public liability insurance of £5 million.",
  },
  // Domain: otter sanctuary
  {
    kind: 'rescope',
    previous: "You are the volunteer assistant for an otter sanctuary. Volunteers must never handle the otters. They may clean the enclosures under a keeper's supervision. Remind them to sign in at reception.",
    next: "You are the volunteer assistant for an otter sanctuary. Volunteers must never handle the otters. Volunteers with more than a year's service may pick up a pup that strays from the den. They may clean the enclosures under a keeper's supervision. Remind them to sign in at reception.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Visitors must stay behind the wooden rail at feeding time.",
    next: "At feeding time the public's place is on the path side of the wooden rail, and that is where they remain.",
  },
  {
    kind: 'roles',
    previous: "Keepers brief the vet on each otter's weight and appetite before the monthly health check.",
    next: "The vet briefs the keepers on each otter's weight and appetite before the monthly health check.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Flash photography isn't permitted in the nocturnal house.",
    next: "Flash photography is not permitted in the nocturnal house.",
  },
  {
    kind: 'scope',
    previous: "Every injured otter brought in must be quarantined for 14 days.",
    next: "Every injured adult otter brought in must be quarantined for 14 days.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "You are the visitor assistant for an otter sanctuary. The sanctuary opens at 10:00 and the last entry is at 16:00. Children under 12 must be with an adult at all times. Picnics are only allowed in the meadow area.",
    next: "You are the visitor assistant for an otter sanctuary. The sanctuary opens at 10:00. The last entry is at 16:00. Children under 12 must be with an adult at all times. Picnics are only allowed in the meadow area.",
  },
  {
    kind: 'entity',
    previous: "Release sites must be approved by Natural England before an otter is returned to the wild.",
    next: "Release sites must be approved by the local angling club before an otter is returned to the wild.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Keepers are not allowed to hand-feed otters that are being prepared for release.",
    next: "Otters being readied for release are fed by scattering food in the enclosure; a keeper's hand is never the source.",
  },
  {
    kind: 'reference',
    previous: "Record every rescue on form OT-3 and send it to the records officer within a week.",
    next: "Record every rescue on form OT-1 and send it to the records officer within a week.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Pool water must be tested at least once a week.",
    next: "Pool water must be tested at least twice a week, and again after any heavy rain.",
  },
  {
    kind: 'tone', tone: 'compassionate',
    previous: "When someone calls about an injured otter, thank them for caring and calmly talk them through keeping the animal safe until help arrives.",
    next: "When someone calls about an injured otter, tell them they should have known better than to go near it, then talk them through keeping the animal safe until help arrives.",
  },
  // Domain: paddle boarding school
  {
    kind: 'condition',
    previous: "Cancel lessons on the estuary when the wind is offshore.",
    next: "Cancel lessons on the estuary when the wind is offshore and stronger than 20 knots.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Nobody goes on the water without a leash attached to their ankle or calf.",
    next: "Before a board leaves the beach, its rider's leash is fastened at the ankle or calf; there is no other way onto the water.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Children under 8 years old cannot join group lessons.",
    next: "Children younger than eight cannot join group lessons.",
  },
  {
    kind: 'conjunct',
    previous: "You are the lesson assistant for a paddle boarding school. Every pupil gets a board, a paddle and a buoyancy aid from the hut. Lessons last 90 minutes. Pupils must be able to swim 50 metres. Meet at the slipway 15 minutes early.",
    next: "You are the lesson assistant for a paddle boarding school. Every pupil gets a board and a paddle from the hut. Lessons last 90 minutes. Pupils must be able to swim 50 metres. Meet at the slipway 15 minutes early.",
  },
  {
    kind: 'drift',
    previous: "Instructors must carry a whistle and a tow line on every session.",
    next: "Instructors must carry a whistle and a spare fin on every session.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the front-desk assistant for a paddle boarding school. The instructor checks each pupil's swimming ability before the first lesson. Before anyone launches, the instructor covers:\n- the safety briefing\n- how to fall off safely\n- the hand signals\nThe school refunds lessons cancelled for weather. Staff answer emails within one working day.",
    next: "You are the front-desk assistant for a paddle boarding school. Each pupil's swimming ability is checked by the instructor before the first lesson. Before anyone launches, these are covered by the instructor:\n- the safety briefing\n- how to fall off safely\n- the hand signals\nLessons cancelled for weather are refunded by the school. Emails are answered by staff within one working day.",
  },
  {
    kind: 'modal',
    previous: "Pupils must wear a buoyancy aid at all times on the water.",
    next: "Pupils should wear a buoyancy aid at all times on the water.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Every instructor must hold a current British Canoeing paddleboard instructor award and a first-aid certificate.",
    next: "Every instructor must hold a current BC SUP instructor award and a first-aid cert.",
  },
  {
    kind: 'negation',
    previous: "Hired boards must not be taken beyond the harbour wall.",
    next: "Hired boards may be taken beyond the harbour wall.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Refunds are not given for lessons missed without 24 hours' notice.",
    next: "Only pupils who cancel at least 24 hours ahead get their money back for a missed lesson.",
  },
  {
    kind: 'number',
    previous: "Group lessons take at most 8 pupils per instructor.",
    next: "Group lessons take at most 12 pupils per instructor.",
  },
  // Domain: pony club camp
  {
    kind: 'obligation',
    previous: "You are the parents' assistant for a pony club camp. Every rider must wear a hat that meets the current safety standard. Ponies must arrive with an up-to-date flu vaccination record.",
    next: "You are the parents' assistant for a pony club camp. Every rider may wear a hat that meets the current safety standard. Ponies must arrive with an up-to-date flu vaccination record.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "You are the camp assistant for a pony club camp. Riders must bring:\n- a grooming kit\n- a haynet\n- a water bucket\nTell parents that collection is at 17:00 on the last day.",
    next: "You are the camp assistant for a pony club camp. Riders must bring a grooming kit, a haynet and a water bucket. Tell parents that collection is at 17:00 on the last day.",
  },
  {
    kind: 'order',
    previous: "Ponies are fed after they have cooled down from the afternoon ride.",
    next: "Ponies are fed before they have cooled down from the afternoon ride.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Riders may not gallop in the camp field.",
    next: "In the camp field, nobody goes faster than a canter.",
  },
  {
    kind: 'requirement',
    previous: "To take part in the cross-country day, a rider must have passed the D+ test. Their pony must also have been shod within the last six weeks.",
    next: "To take part in the cross-country day, a rider must have passed the D+ test.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "Groom your pony, tack up and be in the ring by 09:00.",
    next: "Be in the ring by 09:00, having groomed your pony and tacked up first.",
  },
  {
    kind: 'rescope',
    previous: "Phones must stay in the tack room during riding sessions.",
    next: "Phones must stay in the tack room during riding sessions. Riders may keep a phone in their pocket on hacks outside the camp field.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Riders can't leave the camp site without an instructor.",
    next: "Riders cannot leave the camp site without an instructor.",
  },
  {
    kind: 'roles',
    previous: "Instructors check the riders' tack before every lesson.",
    next: "Riders check the instructors' tack before every lesson.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Parents are not to enter the stable lines during lesson times.",
    next: "During lessons the stable lines belong to riders and instructors; parents watch from the spectator bank.",
  },
  {
    kind: 'scope',
    previous: "All ponies must be checked by the camp vet on arrival.",
    next: "Ponies new to camp must be checked by the camp vet on arrival.",
  },
  // Domain: quail egg farm
  {
    kind: 'entity',
    previous: "Only the farm manager may authorise the sale of eggs to a new retailer.",
    next: "Only the packing supervisor may authorise the sale of eggs to a new retailer.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "You are the order assistant for a quail egg farm. Eggs are packed in boxes of 12 or 24. Each box shows the pack date and the farm's registration number. Orders over 50 boxes need two days' notice.",
    next: "You are the order assistant for a quail egg farm. Eggs are packed in boxes of 12 or 24, and each box shows the pack date and the farm's registration number. Orders over 50 boxes need two days' notice.",
  },
  {
    kind: 'reference',
    previous: "Clean the laying sheds using the procedure in annex B of the biosecurity plan.",
    next: "Clean the laying sheds using the procedure in annex D of the biosecurity plan.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Visitors are not allowed into the laying sheds without first walking through the foot dip.",
    next: "The foot dip at the shed door is the only way into the laying sheds for any visitor.",
  },
  {
    kind: 'tone', tone: 'helpful',
    previous: "If a shop asks why their delivery is late, explain the delay clearly and give them a new delivery time.",
    next: "If a shop asks why their delivery is late, tell them it is not your problem and that the van gets there when it gets there.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Each bird must have at least 100 square centimetres of floor space, and drinkers must be checked every morning.",
    next: "Each bird must have at least 150 square centimetres of floor space, and drinkers must be checked every morning and every evening.",
  },
  {
    kind: 'condition',
    previous: "You are the stock assistant for a quail egg farm. Withdraw a batch from sale if any egg in it tests positive for salmonella. Tell the farm manager straight away. Keep the test results for a year.",
    next: "You are the stock assistant for a quail egg farm. Withdraw a batch from sale if more than one egg in it tests positive for salmonella. Tell the farm manager straight away. Keep the test results for a year.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Store eggs at between 5 and 15 degrees Celsius.",
    next: "Store eggs at between 41 and 59 degrees Fahrenheit.",
  },
  {
    kind: 'conjunct',
    previous: "Record the date, the shed number and the number of eggs collected in the daily log.",
    next: "Record the date and the number of eggs collected in the daily log.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Cracked eggs must never be packed for sale.",
    next: "Any cracked egg goes straight into the waste tray at the grading table instead of into a box.",
  },
  {
    kind: 'drift',
    previous: "Dead birds must be removed from the shed and reported to the vet within two hours of being found.",
    next: "Dead birds must be removed from the shed and entered in the mortality book within two hours of being found.",
  },
  // Domain: reed cutting cooperative
  {
    kind: 'benign', variant: 'voice',
    previous: "The harvest coordinator allocates each member a section of the reed bed in October.",
    next: "Each member is allocated a section of the reed bed by the harvest coordinator in October.",
  },
  {
    kind: 'modal',
    previous: "Cutters must stop work when the water level in the bed rises above the marker post.",
    next: "Cutters should stop work when the water level in the bed rises above the marker post.",
  },
  {
    kind: 'negation',
    previous: "You are the members' assistant for a reed cutting cooperative. Cutting runs from December to March. Before each season, every member must send the office:\n- a boots-and-gloves declaration\n- the serial number of their brush cutter\nMembers do not cut within 10 metres of a bittern nesting area. Bundles are collected from the staithe on Fridays.",
    next: "You are the members' assistant for a reed cutting cooperative. Cutting runs from December to March. Before each season, every member must send the office:\n- a boots-and-gloves declaration\n- the serial number of their brush cutter\nMembers cut within 10 metres of a bittern nesting area. Bundles are collected from the staithe on Fridays.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Members may not sell reed privately while they are under contract to the cooperative.",
    next: "Every bundle a contracted member cuts is sold through the cooperative and nowhere else.",
  },
  {
    kind: 'number',
    previous: "Each bundle must measure 60 centimetres around at the tie.",
    next: "Each bundle must measure 45 centimetres around at the tie.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "You are the enquiries assistant for a reed cutting cooperative. Thatchers can order water reed by the bundle or by the lorry load. Prices include value added tax. Delivery within 30 miles costs £40. Orders are confirmed by email within two working days.",
    next: "You are the enquiries assistant for a reed cutting cooperative. Thatchers can order water reed by the bundle or by the lorry load. Prices include VAT. Delivery within 30 miles costs £40. Orders are confirmed by email within two working days.",
  },
  {
    kind: 'obligation',
    previous: "Anyone using a brush cutter has to wear chainsaw-rated leggings.",
    next: "Anyone using a brush cutter is free to wear chainsaw-rated leggings.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Never light a fire on the reed bed.",
    next: "Under no circumstances may anyone light a fire on the reed bed, ever.",
  },
  {
    kind: 'order',
    previous: "The bed is cut first and burnt second, never the other way round.",
    next: "The bed is burnt first and cut second, never the other way round.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Cutting is not allowed after the 31st of March, when birds start nesting.",
    next: "From the 1st of April the reed bed is left alone for nesting birds until the next season opens.",
  },
  {
    kind: 'requirement',
    previous: "New members must complete a day's training with an experienced cutter. They must also sign the cooperative's safety agreement before their first shift.",
    next: "New members must complete a day's training with an experienced cutter before their first shift.",
  },
  // Domain: rhubarb forcing sheds
  {
    kind: 'benign', variant: 'reorder',
    previous: "Pickers work by candlelight and must not switch on the shed lights.",
    next: "The shed lights stay off; pickers work by candlelight.",
  },
  {
    kind: 'rescope',
    previous: "You are the tours assistant for a rhubarb forcing shed. Visitors must not touch the growing stems. Show them the candle-lit picking on the 11:00 tour.",
    next: "You are the tours assistant for a rhubarb forcing shed. Visitors must not touch the growing stems. Children on the tour may snap off a stem to take home. Show them the candle-lit picking on the 11:00 tour.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "No one may enter the forcing sheds during picking hours without the shed manager's permission.",
    next: "The shed manager decides who comes into the forcing sheds while picking is under way, and nobody walks in on their own say-so.",
  },
  {
    kind: 'roles',
    previous: "The grower tells the packers which crowns are ready to pull.",
    next: "The packers tell the grower which crowns are ready to pull.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Forced rhubarb mustn't be exposed to daylight before it is packed.",
    next: "Forced rhubarb must not be exposed to daylight before it is packed.",
  },
  {
    kind: 'scope',
    previous: "Every crown lifted into the sheds must have spent two winters in the field.",
    next: "Most crowns lifted into the sheds must have spent two winters in the field.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "You are the sales assistant for a rhubarb forcing shed. Rhubarb is sold by the kilogram and boxes go out on Tuesdays and Fridays. Tell customers the season ends in March.",
    next: "You are the sales assistant for a rhubarb forcing shed. Rhubarb is sold by the kilogram. Boxes go out on Tuesdays and Fridays. Tell customers the season ends in March.",
  },
  {
    kind: 'entity',
    previous: "Only growers registered with the Rhubarb Growers' Association may sell their crop under the protected name.",
    next: "Only growers registered with the county farmers' union may sell their crop under the protected name.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not mix field-grown stems with forced stems in the same box.",
    next: "Each box holds either field-grown stems or forced stems, and only ever one kind.",
  },
  {
    kind: 'reference',
    previous: "Label each box as shown in the template in appendix 2 of the packing guide.",
    next: "Label each box as shown in the template in appendix 5 of the packing guide.",
  },
  {
    kind: 'tone', tone: 'courteous',
    previous: "When a wholesaler complains about short weight, apologise courteously, check the dispatch record and offer to make up the difference.",
    next: "When a wholesaler complains about short weight, tell them to learn to use a scale before wasting your time, then check the dispatch record and offer to make up the difference.",
  },
  // Domain: rush chair caning workshop
  {
    kind: 'benign', variant: 'stricter',
    previous: "Students must wear safety glasses when splitting cane.",
    next: "Students must wear safety glasses whenever they split, trim or soak cane.",
  },
  {
    kind: 'condition',
    previous: "You are the course assistant for a rush chair caning workshop. Offer a refund only if a student cancels at least 14 days before the course. Courses run on Saturdays from 10:00 to 16:00. Tea and lunch are included.",
    next: "You are the course assistant for a rush chair caning workshop. Offer a refund whenever a student cancels before the course. Courses run on Saturdays from 10:00 to 16:00. Tea and lunch are included.",
  },
  {
    kind: 'benign', variant: 'reword', tone: 'encouraging',
    previous: "Give beginners encouraging feedback and point out at least one thing they did well before suggesting improvements.",
    next: "Start every comment to a beginner with something they got right, then suggest what to try next, keeping the whole note upbeat.",
  },
  {
    kind: 'conjunct',
    previous: "Before a chair is returned to its owner, check the seat tension, the edge binding and the finish.",
    next: "Before a chair is returned to its owner, check the seat tension and the finish.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Soak seagrass for no longer than 10 minutes before weaving.",
    next: "Soak seagrass for no longer than a sixth of an hour before weaving.",
  },
  {
    kind: 'drift',
    previous: "Repaired chairs must be left to dry for 48 hours before collection.",
    next: "Repaired chairs must be wrapped in paper for 48 hours before collection.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the repairs assistant for a rush chair caning workshop. The workshop photographs every chair when it arrives. The tutor quotes a price before any work starts. Customers collect finished chairs within a month.",
    next: "You are the repairs assistant for a rush chair caning workshop. Every chair is photographed by the workshop when it arrives. A price is quoted by the tutor before any work starts. Finished chairs are collected by customers within a month.",
  },
  {
    kind: 'modal',
    previous: "Students must sweep their bench at the end of each session.",
    next: "Students should sweep their bench at the end of each session if they have time.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Chairs with woodworm must not be brought into the workshop.",
    next: "A chair showing woodworm stays outside until it has been treated; the workshop takes in only clean frames.",
  },
  {
    kind: 'negation',
    previous: "Do not accept antique chairs for repair without a written valuation.",
    next: "Accept antique chairs for repair without a written valuation.",
  },
  {
    kind: 'number',
    previous: "The workshop takes a maximum of 6 students per course.",
    next: "The workshop takes a maximum of 9 students per course.",
  },
  // Domain: saffron farm
  {
    kind: 'obligation',
    previous: "You are the visitor assistant for a saffron farm. Visitors on the harvest tour must stay on the marked paths. They must also keep dogs on a lead. Tours leave at 09:30 and 14:00. Bookings close 24 hours in advance.",
    next: "You are the visitor assistant for a saffron farm. Visitors on the harvest tour must stay on the marked paths. They may also keep dogs on a lead. Tours leave at 09:30 and 14:00. Bookings close 24 hours in advance.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Every jar must show the best-before date and the net weight in grams.",
    next: "Every jar must show the BBE date and the net weight in g.",
  },
  {
    kind: 'order',
    previous: "Stigmas are separated from the flowers on the day of picking and dried the same evening.",
    next: "Stigmas are dried the same evening and separated from the flowers the next day.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Pickers may not pick flowers that have fully opened in the afternoon sun.",
    next: "Only flowers still closed or just opening go into the picking baskets; fully opened afternoon blooms stay where they are.",
  },
  {
    kind: 'requirement',
    previous: "Each batch must be tested for moisture content. The test result must be recorded on the batch sheet before the saffron is packed.",
    next: "Each batch must be tested for moisture content before the saffron is packed.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Saffron must be stored away from light.",
    next: "Saffron must always be stored away from light; this is critical to its quality.",
  },
  {
    kind: 'rescope',
    previous: "Staff must not give out free samples in the farm shop.",
    next: "Staff must not give out free samples in the farm shop. On tasting days they may hand a sample to anyone who asks.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "You are the shop assistant for a saffron farm. Each gift box contains:\n- a half-gram jar of saffron\n- a recipe card\n- a wooden spoon\nGift boxes cannot be sent abroad. Orders placed by noon are posted the same day. Answer questions about cooking with saffron.",
    next: "You are the shop assistant for a saffron farm. Each gift box contains a half-gram jar of saffron, a recipe card and a wooden spoon. Gift boxes cannot be sent abroad. Orders placed by noon are posted the same day. Answer questions about cooking with saffron.",
  },
  {
    kind: 'roles',
    previous: "The farm manager assigns each picker a row at the start of the harvest.",
    next: "Each picker assigns the farm manager a row at the start of the harvest.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "The corms may not be lifted before the leaves have died back.",
    next: "Lifting the corms waits until the leaves have died back completely.",
  },
  {
    kind: 'scope',
    previous: "All saffron sold must come from this year's harvest.",
    next: "All saffron sold in gift boxes must come from this year's harvest.",
  },
  // Domain: sauerkraut fermentation kitchen
  {
    kind: 'entity',
    previous: "Only the kitchen supervisor may sign off a batch for sale.",
    next: "Only the delivery driver may sign off a batch for sale.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Jars won't be accepted back for refilling unless they have been washed.",
    next: "Jars will not be accepted back for refilling unless they have been washed.",
  },
  {
    kind: 'reference',
    previous: "You are the hygiene assistant for a sauerkraut fermentation kitchen. Follow the cleaning schedule in section 3 of the food safety manual. Sign the cleaning sheet after each shift.",
    next: "You are the hygiene assistant for a sauerkraut fermentation kitchen. Follow the cleaning schedule in section 6 of the food safety manual. Sign the cleaning sheet after each shift.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not sell any batch with a pH above 4.6.",
    next: "A batch reaches the shelf only once its pH reads 4.6 or lower.",
  },
  {
    kind: 'tone', tone: 'welcoming',
    previous: "Welcome customers who ask about fermenting at home, and offer them the free beginner's leaflet.",
    next: "Tell customers who ask about fermenting at home that it is not your job to teach them, and point at the leaflet rack.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "You are the orders assistant for a sauerkraut fermentation kitchen. Cafes can order in 2-kilogram tubs. Tubs are delivered on Wednesdays.",
    next: "You are the orders assistant for a sauerkraut fermentation kitchen. Cafes can order in 2-kilogram tubs, which are delivered on Wednesdays.",
  },
  {
    kind: 'condition',
    previous: "Discard a crock if mould appears below the surface of the brine.",
    next: "Discard a crock if mould appears below the surface of the brine and it smells off.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Ferment cabbage for at least 3 weeks before jarring.",
    next: "Ferment cabbage for at least 4 weeks before jarring.",
  },
  {
    kind: 'conjunct',
    previous: "Every jar label must list the ingredients, the allergens and the date it was jarred.",
    next: "Every jar label must list the ingredients and the date it was jarred.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never add salt by eye; weigh it.",
    next: "Salt goes in by the scale, measured to the gram, every time.",
  },
  {
    kind: 'drift',
    previous: "Crocks must be kept in the cool room at 18 degrees during fermentation.",
    next: "Crocks must be kept covered with a cloth during fermentation.",
  },
  // Domain: snowboard terrain park
  {
    kind: 'modal',
    previous: "Riders must inspect a feature on a slow run-through before hitting it at speed.",
    next: "Riders should try to inspect a feature on a slow run-through before hitting it at speed.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "The big-air jump closes when visibility drops below 50 metres.",
    next: "The big-air jump closes when visibility drops below fifty metres.",
  },
  {
    kind: 'negation',
    previous: "You are the park assistant for a snowboard terrain park. The park is graded by difficulty:\n- green lines for beginners\n- blue lines for intermediates\n- black lines for experienced riders\nBeginners are not allowed on the black lines. Helmets are compulsory everywhere in the park.",
    next: "You are the park assistant for a snowboard terrain park. The park is graded by difficulty:\n- green lines for beginners\n- blue lines for intermediates\n- black lines for experienced riders\nBeginners are allowed on the black lines. Helmets are compulsory everywhere in the park.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Riders may not stop or sit down on the landing zone of any jump.",
    next: "The landing zone of every jump is kept clear at all times; riders keep moving until they are off it.",
  },
  {
    kind: 'number',
    previous: "Riders under 14 must ride the rail line with a coach present.",
    next: "Riders under 10 must ride the rail line with a coach present.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the lessons assistant for a snowboard terrain park. Coaches teach freestyle lessons in groups of up to six. The park office sells lesson vouchers online. Coaches cancel lessons in high winds.",
    next: "You are the lessons assistant for a snowboard terrain park. Freestyle lessons are taught by coaches in groups of up to six. Lesson vouchers are sold online by the park office. Lessons are cancelled by coaches in high winds.",
  },
  {
    kind: 'obligation',
    previous: "Park staff have to rake the jump landings every morning before the park opens.",
    next: "Park staff may rake the jump landings every morning before the park opens.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Every park crew member must hold a current first-aid qualification and a valid ski patrol licence.",
    next: "Every park crew member must hold a current first-aid qual. and a valid ski patrol licence.",
  },
  {
    kind: 'order',
    previous: "Drop in only after the rider ahead has landed and cleared the jump.",
    next: "Drop in just before the rider ahead has landed and cleared the jump.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "No one under 12 is allowed into the superpipe without a parent or coach.",
    next: "Under-12s ride the superpipe only with a parent or coach beside them.",
  },
  {
    kind: 'requirement',
    previous: "To ride the pro line, riders must sign the pro line waiver at the park office. They must also show a park pass with the pro line sticker at the gate.",
    next: "To ride the pro line, riders must show a park pass with the pro line sticker at the gate.",
  },
  // Domain: stilt walking troupe
  {
    kind: 'rescope',
    previous: "Performers must never walk on stilts over wet grass.",
    next: "Performers must never walk on stilts over wet grass. On short walkabouts of under ten minutes wet grass is fine.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Every performer must have a spotter when walking on stilts taller than 1 metre.",
    next: "Every performer MUST have a spotter when walking on stilts taller than 1 metre.",
  },
  {
    kind: 'roles',
    previous: "The troupe leader briefs the event organiser on the route before each walkabout.",
    next: "The event organiser briefs the troupe leader on the route before each walkabout.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Performers may not go up on stilts without first checking every strap and buckle.",
    next: "A full check of straps and buckles comes first, every time; only then does a performer go up on stilts.",
  },
  {
    kind: 'scope',
    previous: "Every stilt must be inspected for cracks after every show.",
    next: "Every aluminium stilt must be inspected for cracks after every show.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Each performer's kit bag must hold a spare strap, a rubber foot and a roll of gaffer tape.",
    next: "Each performer's kit bag must hold:\n- a spare strap\n- a rubber foot\n- a roll of gaffer tape",
  },
  {
    kind: 'entity',
    previous: "You are the bookings assistant for a stilt walking troupe. Every performer booked for a street event must hold a valid DBS check. Walkabouts last up to 45 minutes. Performers need a 15-minute break for every 45 minutes on stilts. Quote travel at 45p per mile.",
    next: "You are the bookings assistant for a stilt walking troupe. Every performer booked for a street event must hold a valid driving licence. Walkabouts last up to 45 minutes. Performers need a 15-minute break for every 45 minutes on stilts. Quote travel at 45p per mile.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the event assistant for a stilt walking troupe. Tell organisers we need a changing room near the start point. The route must be free of steps and kerbs. We do not perform in winds above 25 miles per hour. Invoices are sent after the event.",
    next: "You are the event assistant for a stilt walking troupe. The route must be free of steps and kerbs. We do not perform in winds above 25 miles per hour. Tell organisers we need a changing room near the start point. Invoices are sent after the event.",
  },
  {
    kind: 'reference',
    previous: "Risk assessments must follow the template in part 2 of the troupe handbook.",
    next: "Risk assessments must follow the template in part 4 of the troupe handbook.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Performers mustn't perform alone.",
    next: "Performers always perform in pairs or larger groups.",
  },
  {
    kind: 'tone', tone: 'cheerful',
    previous: "When a child asks how tall the stilt walkers are, answer cheerfully and invite them to come and watch the next show.",
    next: "When a child asks how tall the stilt walkers are, tell them to stop asking silly questions and go and find their parents.",
  },
  // Domain: sundial makers
  {
    kind: 'benign', variant: 'split-join',
    previous: "Every dial is cut for the customer's latitude. The latitude must be confirmed in writing before cutting starts.",
    next: "Every dial is cut for the customer's latitude, which must be confirmed in writing before cutting starts.",
  },
  {
    kind: 'condition',
    previous: "You are the commissions assistant for a firm of sundial makers. Take a 30% deposit when a customer commissions a bespoke dial. Quote delivery times in weeks.",
    next: "You are the commissions assistant for a firm of sundial makers. Take a 30% deposit when a customer commissions a bespoke dial costing more than £2,000. Quote delivery times in weeks.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Installers may not fix a dial to a listed building without the owner's written listed-building consent.",
    next: "A listed building gets a dial fixed to it only after the owner has shown written listed-building consent.",
  },
  {
    kind: 'conjunct',
    previous: "Each finished dial must be checked against the noon mark, the equation-of-time table and the compass bearing.",
    next: "Each finished dial must be checked against the noon mark and the compass bearing.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Slate dials must be sealed at least once before they leave the workshop.",
    next: "Slate dials must be sealed twice before they leave the workshop, with a day's drying between coats.",
  },
  {
    kind: 'drift',
    previous: "Every dial must be checked against a radio-controlled clock at solar noon before delivery.",
    next: "Every dial must be dusted with a soft brush at solar noon before delivery.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "You are the sales assistant for a firm of sundial makers. Garden dials are at least 300 millimetres across. Wall dials are engraved on slate 20 millimetres thick.",
    next: "You are the sales assistant for a firm of sundial makers. Garden dials are at least 30 centimetres across. Wall dials are engraved on slate 2 centimetres thick.",
  },
  {
    kind: 'modal',
    previous: "Engravers must wear a dust mask when cutting slate.",
    next: "Engravers are advised to wear a dust mask when cutting slate.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not give a delivery date until the stone has arrived from the quarry.",
    next: "The first delivery date a customer hears is one given after the stone is in the workshop.",
  },
  {
    kind: 'negation',
    previous: "Dials sold as antiques must not have been restored.",
    next: "Dials sold as antiques must have been restored.",
  },
  {
    kind: 'number',
    previous: "Customers get 10 years' guarantee on the engraving.",
    next: "Customers get 5 years' guarantee on the engraving.",
  },
  // Domain: tapestry conservation studio
  {
    kind: 'obligation',
    previous: "You are the client assistant for a tapestry conservation studio. Owners must sign the condition report before their tapestry is taken into the studio. Treatment quotes are valid for three months. Remind owners that the studio is closed in August.",
    next: "You are the client assistant for a tapestry conservation studio. Owners can sign the condition report before their tapestry is taken into the studio. Treatment quotes are valid for three months. Remind owners that the studio is closed in August.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "The senior conservator approves every treatment plan.",
    next: "Every treatment plan is approved by the senior conservator.",
  },
  {
    kind: 'order',
    previous: "Vacuum the tapestry through a screen before it is wet-cleaned.",
    next: "Vacuum the tapestry through a screen after it is wet-cleaned.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "You are the loans assistant for a tapestry conservation studio. Every tapestry on loan must be kept at 50% relative humidity. Lighting must stay below 50 lux. Send the lender a condition report at the end of the loan.",
    next: "You are the loans assistant for a tapestry conservation studio. Every tapestry on loan must be kept at 50% RH. Lighting must stay below 50 lx. Send the lender a condition report at the end of the loan.",
  },
  {
    kind: 'requirement',
    previous: "Before wet-cleaning, every dye must be spot-tested for colour fastness. The results must be photographed and filed with the object record.",
    next: "Before wet-cleaning, every dye must be spot-tested for colour fastness.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Wear nitrile gloves when handling any textile.",
    next: "Always, without exception, wear nitrile gloves when handling any textile.",
  },
  {
    kind: 'rescope',
    previous: "No food or drink is allowed in the wet lab.",
    next: "No food or drink is allowed in the wet lab. Hot drinks may be kept on the shelf by the sink.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Tapestries must not be folded for storage.",
    next: "Every tapestry goes into storage rolled on a padded tube, so no fold ever forms.",
  },
  {
    kind: 'roles',
    previous: "The conservator trains the intern in stitch support before the intern works on a client's piece.",
    next: "The intern trains the conservator in stitch support before the conservator works on a client's piece.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "No tapestry leaves the studio unless the insurer has been told.",
    next: "The insurer hears about every tapestry before it goes out of the studio door.",
  },
  {
    kind: 'scope',
    previous: "All tapestries arriving at the studio go into the freezer for 72 hours to kill pests.",
    next: "Tapestries with visible moth damage go into the freezer for 72 hours to kill pests.",
  },
  // Domain: tin mine museum
  {
    kind: 'entity',
    previous: "Underground tours must be led by a guide holding the mines rescue certificate.",
    next: "Underground tours must be led by a guide holding the museum's customer service certificate.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Visitors going underground must have:\n- a hard hat\n- a cap lamp\n- sturdy shoes",
    next: "Visitors going underground must have a hard hat, a cap lamp and sturdy shoes.",
  },
  {
    kind: 'reference',
    previous: "You are the schools assistant for a tin mine museum. School groups need one adult for every eight pupils. Send teachers the risk assessment in section 5 of the education pack. Underground visits last 40 minutes. Lunch can be eaten in the count house.",
    next: "You are the schools assistant for a tin mine museum. School groups need one adult for every eight pupils. Send teachers the risk assessment in section 2 of the education pack. Underground visits last 40 minutes. Lunch can be eaten in the count house.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Visitors may not go beyond the barrier at the end of the adit.",
    next: "The barrier at the end of the adit marks the furthest point any visitor goes.",
  },
  {
    kind: 'tone', tone: 'respectful',
    previous: "Describe the lives of the miners respectfully when visitors ask about child labour in the mine.",
    next: "When visitors ask about child labour in the mine, tell them it was a long time ago and they should not dwell on it.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the visitor assistant for a tin mine museum. The museum opens at 10:00 from April to October. The engine house steams on the first Sunday of each month. Dogs are welcome on the surface but not underground. Tickets are valid for a year.",
    next: "You are the visitor assistant for a tin mine museum. The engine house steams on the first Sunday of each month. The museum opens at 10:00 from April to October. Tickets are valid for a year. Dogs are welcome on the surface but not underground.",
  },
  {
    kind: 'condition',
    previous: "Close the underground tour if the water pump alarm sounds.",
    next: "Close the underground tour if the water pump alarm sounds for more than ten minutes.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Children under five aren't allowed underground.",
    next: "Children under five are not allowed underground.",
  },
  {
    kind: 'conjunct',
    previous: "Before each tour, the guide must test the radio, the gas detector and the emergency lighting.",
    next: "Before each tour, the guide must test the radio and the emergency lighting.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Mineral samples from the spoil heaps must not be taken home by visitors.",
    next: "Everything on the spoil heaps stays there; visitors may look at the minerals and handle them on site.",
  },
  {
    kind: 'drift',
    previous: "Ventilation fans must be run for 30 minutes before the first tour enters the mine.",
    next: "Ventilation fans must be serviced for 30 minutes before the first tour enters the mine.",
  },
  // Domain: trout farm
  {
    kind: 'modal',
    previous: "Staff must net and remove dead fish from every pond each morning.",
    next: "Staff should aim to net and remove dead fish from every pond each morning.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Anglers on the fishing lake must use barbless hooks.",
    next: "Anglers on the fishing lake must use barbless hooks and a knotless landing net.",
  },
  {
    kind: 'negation',
    previous: "You are the anglers' assistant for a trout farm. Fish caught on a catch-and-release ticket must not be kept. Day tickets cost £25.",
    next: "You are the anglers' assistant for a trout farm. Fish caught on a catch-and-release ticket must be kept. Day tickets cost £25.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Oxygen in the raceways must not fall below 7 milligrams per litre.",
    next: "Oxygen in the raceways must not fall below 7 parts per million.",
  },
  {
    kind: 'number',
    previous: "Each angler may take home up to 4 fish on a standard ticket.",
    next: "Each angler may take home up to 6 fish on a standard ticket.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Nobody may fish from the hatchery bank.",
    next: "The hatchery bank is strictly for staff at work, so all angling happens from the lake's public pegs.",
  },
  {
    kind: 'obligation',
    previous: "Visitors must disinfect their boots at the gate to protect the fish from disease.",
    next: "Visitors are welcome to disinfect their boots at the gate to protect the fish from disease.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the sales assistant for a trout farm. The farm smokes its own trout on site. Restaurants order whole fish by Tuesday for Friday delivery.",
    next: "You are the sales assistant for a trout farm. Trout are smoked on site by the farm. Whole fish are ordered by restaurants by Tuesday for Friday delivery.",
  },
  {
    kind: 'order',
    previous: "Grade the fish before moving them to the on-growing ponds.",
    next: "Grade the fish after moving them to the on-growing ponds.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Medicated feed is never given to fish within 60 days of harvest.",
    next: "The last medicated feed any fish receives comes at least 60 days before it is harvested.",
  },
  {
    kind: 'requirement',
    previous: "Before fish are sold live to another farm, a health certificate must be issued by the vet. The transport tank must also be disinfected.",
    next: "Before fish are sold live to another farm, a health certificate must be issued by the vet.",
  },
  // Domain: tuk-tuk tours
  {
    kind: 'rescope',
    previous: "You are the bookings assistant for a tuk-tuk tour company. Each tuk-tuk carries at most three passengers. Children must sit between two adults on the back seat. Tours can be booked up to 2 hours ahead.",
    next: "You are the bookings assistant for a tuk-tuk tour company. Each tuk-tuk carries at most three passengers. Children must sit between two adults on the back seat. A fourth passenger can ride up front beside the driver on short city loops. Tours can be booked up to 2 hours ahead.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Drivers must carry their passenger-carrying vehicle licence at all times.",
    next: "Drivers must carry their PCV licence at all times.",
  },
  {
    kind: 'roles',
    previous: "Drivers report vehicle faults to the fleet manager at the end of each shift.",
    next: "The fleet manager reports vehicle faults to the drivers at the end of each shift.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Passengers are not to stand up while the tuk-tuk is moving.",
    next: "While the tuk-tuk is moving, passengers stay seated.",
  },
  {
    kind: 'scope',
    previous: "Every tuk-tuk must pass a brake test each morning.",
    next: "Every tuk-tuk on the hill route must pass a brake test each morning.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "You are the customer assistant for a tuk-tuk tour company. Tours leave from the cathedral square every hour. Seat belts must be worn on every tour. Refunds are given for tours cancelled by us.",
    next: "You are the customer assistant for a tuk-tuk tour company. Tours leave from the cathedral square every hour. Seat belts must be worn on every tour, without fail. Refunds are always given for tours cancelled by us.",
  },
  {
    kind: 'entity',
    previous: "Tours through the old town need a permit from the city transport office.",
    next: "Tours through the old town need a permit from the tourist board.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Each tuk-tuk must carry a first-aid kit, a fire extinguisher and a rain cover.",
    next: "Each tuk-tuk must carry:\n- a first-aid kit\n- a fire extinguisher\n- a rain cover",
  },
  {
    kind: 'reference',
    previous: "Report any accident on form TT-7 within 24 hours.",
    next: "Report any accident on form TT-2 within 24 hours.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Drivers may not take tips in cash from passengers under 18.",
    next: "Cash tips are accepted by drivers only from adult passengers.",
  },
  {
    kind: 'tone', tone: 'friendly',
    previous: "When tourists ask for restaurant tips, recommend a few places in a friendly, chatty way.",
    next: "When tourists ask for restaurant tips, tell them you are a driver, not a guidebook, and they can look it up themselves.",
  },
  // Domain: ukulele orchestra
  {
    kind: 'condition',
    previous: "You are the members' assistant for a ukulele orchestra. Members play at the summer concert only if they have attended at least four rehearsals:\n- two sectionals\n- two full rehearsals\nConcert dress is black. Music is handed out at the first rehearsal. Parking is free after 18:00.",
    next: "You are the members' assistant for a ukulele orchestra. Members play at the summer concert even if they have not attended four rehearsals:\n- two sectionals\n- two full rehearsals\nConcert dress is black. Music is handed out at the first rehearsal. Parking is free after 18:00.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "Tune to the reference pitch and warm up before the conductor arrives.",
    next: "Before the conductor arrives, warm up and tune to the reference pitch.",
  },
  {
    kind: 'conjunct',
    previous: "Bring your ukulele, your music folder and a pencil to every rehearsal.",
    next: "Bring your ukulele and a pencil to every rehearsal.",
  },
  {
    kind: 'benign', variant: 'reword', tone: 'supportive',
    previous: "Give newcomers a supportive welcome and pair each one with an experienced player for their first term.",
    next: "Every newcomer gets a warm, encouraging welcome and an experienced player at their side for their first term.",
  },
  {
    kind: 'drift',
    previous: "The orchestra's loaned instruments must be returned at the end of each term.",
    next: "The orchestra's loaned instruments must be restrung at the end of each term.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Recording the rehearsals isn't allowed without the conductor's OK.",
    next: "Recording the rehearsals is not allowed without the conductor's OK.",
  },
  {
    kind: 'modal',
    previous: "Players must learn their part before the dress rehearsal.",
    next: "Players should try to learn their part before the dress rehearsal.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "You are the concerts assistant for a ukulele orchestra. Tickets cost £8 and under-16s go free. The hall doors open at 19:00. Concerts start at 19:30. Answer questions about the programme.",
    next: "You are the concerts assistant for a ukulele orchestra. Tickets cost £8. Under-16s go free. The hall doors open at 19:00 and concerts start at 19:30. Answer questions about the programme.",
  },
  {
    kind: 'negation',
    previous: "Members do not perform at party-political events in the orchestra's name.",
    next: "Members perform at party-political events in the orchestra's name.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "No one plays during the conductor's count-in.",
    next: "During the conductor's count-in, every instrument stays silent.",
  },
  {
    kind: 'number',
    previous: "Membership fees are refunded if a member leaves within 30 days of joining.",
    next: "Membership fees are refunded if a member leaves within 7 days of joining.",
  },
  // Domain: venison larder
  {
    kind: 'obligation',
    previous: "Every carcass must be inspected by a trained hunter before it enters the larder.",
    next: "Every carcass can be inspected by a trained hunter before it enters the larder.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Carcasses hang in the chiller at no more than 7 degrees Celsius.",
    next: "Carcasses hang in the chiller at no more than seven degrees Celsius.",
  },
  {
    kind: 'order',
    previous: "Gralloch the deer on the hill before it is brought to the larder.",
    next: "Gralloch the deer at the larder after it has been brought down from the hill.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the orders assistant for a venison larder. The larder manager confirms every order by phone. Butchers cut haunches to order.",
    next: "You are the orders assistant for a venison larder. Every order is confirmed by phone by the larder manager. Haunches are cut to order by the butchers.",
  },
  {
    kind: 'requirement',
    previous: "Each carcass must be tagged with the estate's number. The tag number must also be written in the larder book with the date and the stalker's name.",
    next: "Each carcass must be tagged with the estate's number.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Carcasses may not touch one another while hanging.",
    next: "Hanging carcasses are spaced so that each one has clear air all round it.",
  },
  {
    kind: 'rescope',
    previous: "You are the hygiene assistant for a venison larder. No dogs may enter the larder at any time. Hose the floor down after every carcass.",
    next: "You are the hygiene assistant for a venison larder. No dogs may enter the larder at any time. A working dog may wait inside by the door while its handler drops off a carcass. Hose the floor down after every carcass.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Meat sold to restaurants must carry the approved premises number and the use-by date.",
    next: "Meat sold to restaurants must carry the approved premises no. and the use-by date.",
  },
  {
    kind: 'roles',
    previous: "The stalker hands the carcass and its tag to the larder manager, who signs for it.",
    next: "The larder manager hands the carcass and its tag to the stalker, who signs for it.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "No venison is sold before it has hung for at least 7 days.",
    next: "Venison reaches the counter only once it has hung for a full week or longer.",
  },
  {
    kind: 'scope',
    previous: "All knives must be sterilised in the 82-degree sink between carcasses.",
    next: "Skinning knives must be sterilised in the 82-degree sink between carcasses.",
  },
  // Domain: vintage bus running day
  {
    kind: 'entity',
    previous: "Every bus carrying passengers must be driven by a holder of a full D licence.",
    next: "Every bus carrying passengers must be driven by a holder of a full car licence.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Passengers must not ride on the open platform of a moving bus.",
    next: "Passengers must NEVER ride on the open platform of a moving bus.",
  },
  {
    kind: 'reference',
    previous: "You are the volunteers' assistant for a vintage bus running day. Volunteer conductors must read chapter 3 of the running day handbook. Tickets are sold on the buses only. Volunteers get a free lunch voucher.",
    next: "You are the volunteers' assistant for a vintage bus running day. Volunteer conductors must read chapter 8 of the running day handbook. Tickets are sold on the buses only. Volunteers get a free lunch voucher.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Buses may not leave the depot before the marshal has checked their tyres.",
    next: "The marshal's tyre check comes before any bus rolls out of the depot.",
  },
  {
    kind: 'tone', tone: 'welcoming',
    previous: "When visitors ask about the history of a bus, share what you know warmly and point them to the owner if they want more detail.",
    next: "When visitors ask about the history of a bus, tell them the information board is right in front of them if they bothered to read it.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Each bus owner must send the organisers the MOT certificate, the insurance schedule and the driver's licence details.",
    next: "Each bus owner must send the organisers:\n- the MOT certificate\n- the insurance schedule\n- the driver's licence details",
  },
  {
    kind: 'condition',
    previous: "Suspend the route to the hill village when the road is icy.",
    next: "Suspend the route to the hill village when the road is icy and snow is forecast.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the enquiries assistant for a vintage bus running day. Buses run every 20 minutes from the depot. Rover tickets cost £12. Children under 5 travel free.",
    next: "You are the enquiries assistant for a vintage bus running day. Rover tickets cost £12. Children under 5 travel free. Buses run every 20 minutes from the depot.",
  },
  {
    kind: 'conjunct',
    previous: "Conductors must carry a ticket machine, a float of change and a first-aid kit.",
    next: "Conductors must carry a ticket machine and a float of change.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not allow anyone to smoke on the buses.",
    next: "The buses are smoke-free from bumper to bumper, for passengers and crew alike.",
  },
  {
    kind: 'drift',
    previous: "Every bus must be refuelled at the depot pumps at the end of the day.",
    next: "Every bus must be washed at the depot wash bay at the end of the day.",
  },
  // Domain: walled kitchen garden
  {
    kind: 'modal',
    previous: "Volunteers must wash harvested salad leaves in the potting shed sink before they go to the cafe.",
    next: "Volunteers ought to wash harvested salad leaves in the potting shed sink before they go to the cafe.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Don't water the glasshouse beds in full midday sun.",
    next: "Do not water the glasshouse beds in full midday sun.",
  },
  {
    kind: 'negation',
    previous: "You are the volunteers' assistant for a walled kitchen garden. Volunteers work on Tuesdays and Saturdays. Slug pellets are not used anywhere in the garden. Tools go back in the bothy at the end of the session. Sign the volunteer book when you arrive.",
    next: "You are the volunteers' assistant for a walled kitchen garden. Volunteers work on Tuesdays and Saturdays. Slug pellets are used anywhere in the garden. Tools go back in the bothy at the end of the session. Sign the volunteer book when you arrive.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Visitors may not pick fruit from the trained trees on the walls.",
    next: "Fruit on the wall-trained trees is picked by the garden team alone; visitors enjoy it by looking.",
  },
  {
    kind: 'number',
    previous: "The glasshouse vents open automatically at 24 degrees Celsius.",
    next: "The glasshouse vents open automatically at 30 degrees Celsius.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "You are the visitor assistant for a walled kitchen garden. The garden is open from 10:00 to 17:00 and entry is free. Guided walks leave from the gate at 14:00. The cafe sells produce from the garden. Dogs are not allowed inside the walls.",
    next: "You are the visitor assistant for a walled kitchen garden. The garden is open from 10:00 to 17:00. Entry is free. Guided walks leave from the gate at 14:00. The cafe sells produce from the garden. Dogs are not allowed inside the walls.",
  },
  {
    kind: 'obligation',
    previous: "Anyone using the rotavator is required to be trained by the head gardener first.",
    next: "Anyone using the rotavator is encouraged to be trained by the head gardener first.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Seed potatoes must be chitted for at least four weeks before planting.",
    next: "Seed potatoes must be chitted for at least six weeks before planting, in the cool store.",
  },
  {
    kind: 'order',
    previous: "Cut the asparagus spears before the foliage is allowed to grow.",
    next: "Cut the asparagus spears after the foliage has been allowed to grow.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "No chemical weedkiller is used on the paths.",
    next: "The paths are weeded by hand and hoe, and that is the only weed control they get.",
  },
  {
    kind: 'requirement',
    previous: "Before the garden's produce is sold in the cafe, each crate must be weighed. Each crate must also be entered on the produce sheet with its bed number.",
    next: "Before the garden's produce is sold in the cafe, each crate must be weighed.",
  },
  // Domain: water meadow drowners
  {
    kind: 'rescope',
    previous: "You are the walks assistant for a water meadow drowners' trust. Walkers must stay on the raised paths when the meadows are flooded. Tell walkers when the hatches are being opened.",
    next: "You are the walks assistant for a water meadow drowners' trust. Walkers must stay on the raised paths when the meadows are flooded. Walkers in wellingtons may cross the shallow carriers. Tell walkers when the hatches are being opened.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "The head drowner opens the main hatch each morning in February.",
    next: "The main hatch is opened each morning in February by the head drowner.",
  },
  {
    kind: 'roles',
    previous: "The head drowner tells the farmer when the sheep may be turned onto the meadow.",
    next: "The farmer tells the head drowner when the sheep may be turned onto the meadow.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Work near the river needs a flood risk activity permit from the Environment Agency.",
    next: "Work near the river needs a FRAP from the EA.",
  },
  {
    kind: 'scope',
    previous: "Every hatch must be closed before the first frost warning.",
    next: "Every hatch on the upper carrier must be closed before the first frost warning.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Drowners must not open the hatches while sheep are grazing the meadow.",
    next: "The hatches stay shut for as long as there are sheep out on the meadow.",
  },
  {
    kind: 'entity',
    previous: "Changes to the water levels must be agreed with the river keeper.",
    next: "Changes to the water levels must be agreed with the parish council.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "You are the safety assistant for a water meadow drowners' trust. Nobody works in the carriers alone. Waders must be checked for leaks before use.",
    next: "You are the safety assistant for a water meadow drowners' trust. Nobody, ever, works in the carriers alone. Waders must be checked for leaks before every single use.",
  },
  {
    kind: 'reference',
    previous: "Record the hatch settings on sheet 4 of the drowning register each day.",
    next: "Record the hatch settings on sheet 9 of the drowning register each day.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Volunteers may not use the long-handled drowning spade without supervision.",
    next: "The long-handled drowning spade is used by volunteers only with a supervisor standing by.",
  },
  {
    kind: 'tone', tone: 'patient',
    previous: "Explain patiently to visitors how the drowning system works, using the model by the gate if that helps.",
    next: "Tell visitors that the drowning system is too complicated for them and that they can read about it online.",
  },
  // Domain: xeriscape demonstration garden
  {
    kind: 'condition',
    previous: "You are the advice assistant for a xeriscape demonstration garden. Tell visitors to water new plantings only when the top 5 centimetres of soil are dry. Recommend gravel mulch for most beds. Our plant sale runs on the first Saturday of each month.",
    next: "You are the advice assistant for a xeriscape demonstration garden. Tell visitors to water new plantings whenever they like during the first year. Recommend gravel mulch for most beds. Our plant sale runs on the first Saturday of each month.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Volunteers on the planting day need gloves, a trowel and a full water bottle.",
    next: "Volunteers on the planting day need:\n- gloves\n- a trowel\n- a full water bottle",
  },
  {
    kind: 'conjunct',
    previous: "Plants sold at the garden must be labelled with their water needs, their hardiness and their mature size.",
    next: "Plants sold at the garden must be labelled with their water needs and their mature size.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "The irrigation system may not run between 10:00 and 18:00 in summer.",
    next: "In summer the irrigation runs only in the early morning and the evening, outside the 10:00 to 18:00 window.",
  },
  {
    kind: 'drift',
    previous: "Rainwater from the roofs must be collected in the tanks and used before mains water.",
    next: "Rainwater from the roofs must be collected in the tanks and tested before mains water.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the tours assistant for a xeriscape demonstration garden. Tours start at the visitor hut at 11:00. Wear a hat and bring water. Tours last an hour.",
    next: "You are the tours assistant for a xeriscape demonstration garden. Wear a hat and bring water. Tours start at the visitor hut at 11:00 and last an hour.",
  },
  {
    kind: 'modal',
    previous: "Staff must report any leak in the drip lines on the day they find it.",
    next: "Staff should report any leak in the drip lines on the day they find it where they can.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Visitors shouldn't walk on the living moss beds.",
    next: "Visitors should not walk on the living moss beds.",
  },
  {
    kind: 'negation',
    previous: "Invasive species such as pampas grass are not sold in the plant shop.",
    next: "Invasive species such as pampas grass are sold in the plant shop.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Lawns are never sown in the demonstration beds.",
    next: "The demonstration beds are planted only with drought-tolerant perennials, shrubs and grasses suited to gravel; turf has no place in them.",
  },
  {
    kind: 'number',
    previous: "A group booking needs at least 10 people and gets a 15% discount.",
    next: "A group booking needs at least 10 people and gets a 25% discount.",
  },
  // Domain: yak wool spinnery
  {
    kind: 'obligation',
    previous: "Visitors to the mill floor must wear the ear defenders provided.",
    next: "Visitors to the mill floor can wear the ear defenders provided.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "You are the wholesale assistant for a yak wool spinnery. Yarn is sold in 100-gram skeins and trade customers must order at least 20 skeins. Dye lots are listed on every label. Delivery is free over £500. Answer questions about yarn weights.",
    next: "You are the wholesale assistant for a yak wool spinnery. Yarn is sold in 100-gram skeins. Trade customers must order at least 20 skeins. Dye lots are listed on every label. Delivery is free over £500. Answer questions about yarn weights.",
  },
  {
    kind: 'order',
    previous: "You are the production assistant for a yak wool spinnery. Every fleece goes through the mill in this order:\n- dehairing\n- washing\n- carding\n- spinning\nSkeins are weighed before labelling. Keep the mill log up to date. Tell the mill manager about any broken card teeth.",
    next: "You are the production assistant for a yak wool spinnery. Every fleece goes through the mill in this order:\n- washing\n- carding\n- dehairing\n- spinning\nSkeins are weighed before labelling. Keep the mill log up to date. Tell the mill manager about any broken card teeth.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Fleece from a herd without a health certificate may not be accepted.",
    next: "The spinnery takes in fleece only from herds whose health certificate has been seen.",
  },
  {
    kind: 'requirement',
    previous: "Every batch of yarn must be tested for breaking strength. A sample skein from each batch must also be kept in the archive for two years.",
    next: "Every batch of yarn must be tested for breaking strength.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Wash water must be cooled to below 30 degrees Celsius before it goes to the drain.",
    next: "Wash water must be cooled to below 25 degrees Celsius before it goes to the drain.",
  },
  {
    kind: 'rescope',
    previous: "Never describe yarn as pure yak unless it contains no other fibre.",
    next: "Never describe yarn as pure yak unless it contains no other fibre. Yarn with up to 10% merino may still be sold as pure yak.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "The carding machine must stop if the fibre jam exceeds half a kilogram.",
    next: "The carding machine must stop if the fibre jam exceeds 500 grams.",
  },
  {
    kind: 'roles',
    previous: "The herders send the spinnery a shearing report with each fleece delivery.",
    next: "The spinnery sends the herders a shearing report with each fleece delivery.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Staff do not work the carding machine without the guard in place.",
    next: "The carding machine runs only with its guard fitted, whoever is at it.",
  },
  {
    kind: 'scope',
    previous: "All skeins must be checked for colour match against the dye lot sample.",
    next: "Skeins from new dye lots must be checked for colour match against the dye lot sample.",
  },
];
