// Round 27c (session 21, issue 11): edits written for the readings of round 27c before each was
// built, in domains no labelled set used, each benign edit beside twins that must stay flagged.
// Part of the tuning set (`CLAUSE_EDITS` spreads them); kept in a file of its own so that the
// rounds working at once in this folder touch one line of the shared fixture.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_27C_EDITS: readonly ClauseEdit[] = [
  // A new sentence read against a prohibition the new version no longer states (the sentences not
  // aligned: a one-sentence rule rewritten in words of its own): a rewording shares the rule's
  // words, a contradiction does the forbidden act. Measured at 126e6ac first: `contradiction` on 3
  // of the 6 benign (each also flagged by requirement-removed, which stays), on 4 of the 6 twins.
  { kind: 'benign', variant: 'reword', previous: `Never hand a hot soldering iron to another student tip first.`, next: `When someone asks for the soldering iron, offer them the cool grip end.` },
  { kind: 'benign', variant: 'reword', previous: `Members must not open the drying room door while the dehumidifier cycle is running.`, next: `Until the dehumidifier finishes, that door stays closed.` },
  { kind: 'benign', variant: 'reword', previous: `Lifeguards must not leave the high chair empty during public sessions.`, next: `Through every public session, somebody from the team sits up in the high chair.` },
  { kind: 'benign', variant: 'reword', previous: `Do not let visitors climb on the stone walls of the ruined chapel.`, next: `Visitors stay on the grass paths and keep their feet off the chapel's old walls.` },
  { kind: 'benign', variant: 'reword', previous: `Never store spare gas cylinders anywhere inside the main workshop building overnight.`, next: `Spare gas cylinders go out to the locked cage in the yard each night.` },
  { kind: 'benign', variant: 'reword', previous: `You are the help desk assistant for Elm Road Surgery. Never tell a caller a test result over the phone. Book callers in with the practice nurse when they ask about results.`, next: `You are the help desk assistant for Elm Road Surgery. Test results are only ever given to patients face to face in the surgery. Book callers in with the practice nurse when they ask about results.` },
  { kind: 'rescope', previous: `Never hand a hot soldering iron to another student tip first.`, next: `Pass the soldering iron across the bench to whoever asks for it.` },
  { kind: 'rescope', previous: `Members must not open the drying room door while the dehumidifier cycle is running.`, next: `If something is needed from inside, open the door mid-cycle and shut it quickly.` },
  { kind: 'rescope', previous: `Lifeguards must not leave the high chair empty during public sessions.`, next: `During quiet public sessions, the high chair can be left for short tidying jobs.` },
  { kind: 'rescope', previous: `Never store spare gas cylinders anywhere inside the main workshop building overnight.`, next: `At the end of the day, spare gas cylinders are stacked by the workshop's back door.` },
  { kind: 'rescope', previous: `Never pour used oil down the drain.`, next: `Never pour used oil down the drain. After service, pour the leftover oil down the drain with hot water.` },
  { kind: 'rescope', previous: `You are the help desk assistant for Elm Road Surgery. Never tell a caller a test result over the phone. Book callers in with the practice nurse when they ask about results.`, next: `You are the help desk assistant for Elm Road Surgery. If a caller gives their date of birth, tell them their test result over the phone. Book callers in with the practice nurse when they ask about results.` },
  // The same doer told something else about the same things, the old rule gone: a first version of
  // the reading above lost v11's translators (a whole rewrite that contradiction and
  // requirement-removed held). Caught before and after, contradiction kept on each.
  { kind: 'drift', previous: `Proofreaders must check the whole manuscript line by line, without skipping any page.`, next: `Proofreaders should dip into a few chapters of the manuscript and trust the author for everything else.` },
  { kind: 'drift', previous: `Auditors must trace every single invoice to its purchase order, without relying on samples.`, next: `Auditors should pick a handful of invoices at random and take the remaining ones on trust.` },
  { kind: 'drift', previous: `Inspectors must open every crate on the pallet, without relying on the shipper's manifest.`, next: `Inspectors should go by the shipper's paperwork and wave the pallet through when it looks tidy.` },

  // A range's unit written once after its last figure ("between two and eight degrees Celsius"),
  // a share said as a fraction of a possessive's whole ("half their capacity"), short forms of
  // units ("yrs", "mths", "wks"); twins change a figure. Measured at 126e6ac first: all 8 benign
  // flagged (number-changed), all 9 twins caught.
  { kind: 'benign', variant: 'units', previous: `Keep the aquarium water between 24°C and 27°C.`, next: `Keep the aquarium water between twenty-four and twenty-seven degrees Celsius.` },
  { kind: 'benign', variant: 'units', previous: `Inflate the trailer tyres to between 30 psi and 35 psi.`, next: `Inflate the trailer tyres to between thirty and thirty-five psi.` },
  { kind: 'benign', variant: 'units', previous: `Parcels of between 5 kg and 10 kg go on the middle shelf.`, next: `Parcels of between five and ten kilograms go on the middle shelf.` },
  { kind: 'benign', variant: 'units', previous: `Fill the heating oil tanks to 50% before winter.`, next: `Fill the heating oil tanks to half their capacity before winter.` },
  { kind: 'benign', variant: 'units', previous: `Charge the mower batteries to 50% before they are stored.`, next: `Charge the mower batteries to half their capacity before they are stored.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Keep the signed waivers for 7 yrs.`, next: `Keep the signed waivers for 7 years.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Inspect every climbing harness every 6 mths.`, next: `Inspect every climbing harness every 6 months.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Book the boiler service approx. 3 wks ahead.`, next: `Book the boiler service approximately 3 weeks ahead.` },
  { kind: 'number', previous: `Keep the aquarium water between 24°C and 27°C.`, next: `Keep the aquarium water between twenty and twenty-seven degrees Celsius.` },
  { kind: 'number', previous: `Inflate the trailer tyres to between 30 psi and 35 psi.`, next: `Inflate the trailer tyres to between twenty and thirty-five psi.` },
  { kind: 'number', previous: `Parcels of between 5 kg and 10 kg go on the middle shelf.`, next: `Parcels of between five and twelve kilograms go on the middle shelf.` },
  { kind: 'number', previous: `Seat no more than 208 guests in the marquee.`, next: `Seat no more than two hundred and eighty guests in the marquee.` },
  { kind: 'number', previous: `Fill the heating oil tanks to 75% before winter.`, next: `Fill the heating oil tanks to half their capacity before winter.` },
  { kind: 'number', previous: `Charge the mower batteries to 50% before they are stored.`, next: `Charge the mower batteries to a quarter of their capacity before they are stored.` },
  { kind: 'number', previous: `Keep the signed waivers for 7 yrs.`, next: `Keep the signed waivers for 5 years.` },
  { kind: 'number', previous: `Inspect every climbing harness every 6 mths.`, next: `Inspect every climbing harness every 12 months.` },
  { kind: 'number', previous: `Book the boiler service approx. 3 wks ahead.`, next: `Book the boiler service approximately 3 days ahead.` },
  // Initials spelled out: one compound word for two letters ("IM" = "intramuscular"), a "with"
  // skipped ("passengers with reduced mobility"), an article that follows the sound ("an LOA" -> "a
  // length overall", "an MRI scan" -> "a magnetic resonance scan"); twins put another thing in the
  // acronym's place. Measured at 126e6ac first: 3 of 6 benign flagged (entity-removed), 4 of 5
  // twins caught (the PRMs twin missed: a plural acronym is read as no entity; missed after too).
  { kind: 'benign', variant: 'abbreviation', previous: `Switch the UV lamp on for ten minutes after each session.`, next: `Switch the ultraviolet lamp on for ten minutes after each session.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Only the practice nurse gives an IM injection.`, next: `Only the practice nurse gives an intramuscular injection.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Seat PRMs in the front carriage.`, next: `Seat passengers with reduced mobility in the front carriage.` },
  { kind: 'benign', variant: 'abbreviation', previous: `CWD get free entry to the sensory garden on Tuesdays.`, next: `Children with disabilities get free entry to the sensory garden on Tuesdays.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Book an MRI scan only after the consultant has signed the request.`, next: `Book a magnetic resonance scan only after the consultant has signed the request.` },
  { kind: 'benign', variant: 'abbreviation', previous: `Boats with an LOA over 10 m moor on the outer pontoon.`, next: `Boats with a length overall over 10 metres moor on the outer pontoon.` },
  { kind: 'entity', previous: `Switch the UV lamp on for ten minutes after each session.`, next: `Switch the heat lamp on for ten minutes after each session.` },
  { kind: 'entity', previous: `Only the practice nurse gives an IM injection.`, next: `Only the practice nurse gives an injection.` },
  { kind: 'entity', previous: `Seat PRMs in the front carriage.`, next: `Seat passengers with luggage in the front carriage.` },
  { kind: 'entity', previous: `Book an MRI scan only after the consultant has signed the request.`, next: `Book a routine scan only after the consultant has signed the request.` },
  { kind: 'entity', previous: `Boats with an LOA over 10 m moor on the outer pontoon.`, next: `Boats with a beam over 10 metres moor on the outer pontoon.` },
  // Advice to keep a thing to one place said as a grant that "only" limits ("Guests should keep
  // dogs to the ground floor" -> "Dogs are allowed only on the ground floor"): stricter; twins drop
  // the "only", add a place or a case. Measured at 126e6ac first: all 4 benign flagged
  // (modal-weakened), all 6 twins caught.
  { kind: 'benign', variant: 'stricter', previous: `Guests should keep dogs to the ground floor.`, next: `Dogs are allowed only on the ground floor.` },
  { kind: 'benign', variant: 'stricter', previous: `Campers should keep fires to the marked pits.`, next: `Fires are permitted only in the marked pits.` },
  { kind: 'benign', variant: 'stricter', previous: `Members should use the rear entrance after 8 p.m.`, next: `After 8 p.m., members may use only the rear entrance.` },
  { kind: 'benign', variant: 'stricter', previous: `Pupils should keep phones in their lockers during lessons.`, next: `During lessons, phones are allowed only in pupils' lockers.` },
  { kind: 'obligation', previous: `Guests must keep dogs to the ground floor.`, next: `Dogs are allowed on the ground floor.` },
  { kind: 'obligation', previous: `Members must use the rear entrance after 8 p.m.`, next: `After 8 p.m., members may use the rear entrance.` },
  { kind: 'modal', previous: `Pupils must keep phones in their lockers during lessons.`, next: `During lessons, phones are allowed in pupils' lockers.` },
  { kind: 'scope', previous: `Campers must keep fires to the marked pits.`, next: `Fires are permitted only in the marked pits and on the beach.` },
  { kind: 'scope', previous: `Guests should keep dogs to the ground floor.`, next: `Dogs are allowed only on the ground floor and the first floor.` },
  { kind: 'condition', previous: `Visitors must stay on the marked paths.`, next: `Visitors are allowed only on the marked paths when a ranger is with them.` },
  // The same classes pooled with v20-v27 (v25's road tyres and jury service, v26's bouncy castle):
  // a unit spelled out ("pounds per square inch" = "psi"), a working week of five working days, a
  // cap on a count said as "No more than N ... may" (a prohibition, as "No N may" is); twins change
  // the figure, or weaken the cap's modal. Measured at 4d513f1 first: 5 of 6 benign flagged
  // (number-changed, modal-weakened), 4 of 5 twins caught ("No more than 6 ... may" -> "should" is
  // missed before and after: "No ... should" reads as a prohibition too).
  { kind: 'benign', variant: 'units', previous: `Set the pressure washer to 1500 psi for the patio.`, next: `Set the pressure washer to 1500 pounds per square inch for the patio.` },
  { kind: 'benign', variant: 'units', previous: `Keep the coach tyres at 110 psi.`, next: `Keep the coach tyres at 110 pounds per square inch.` },
  { kind: 'benign', variant: 'units', previous: `Refunds are processed within 15 working days.`, next: `Refunds are processed within three working weeks.` },
  { kind: 'benign', variant: 'units', previous: `A supply teacher is booked for at least 5 working days.`, next: `A supply teacher is booked for at least one working week.` },
  { kind: 'benign', variant: 'stricter', previous: `No more than 4 riders should share the trail guide at once.`, next: `No more than 3 riders may share the trail guide at once.` },
  { kind: 'benign', variant: 'stricter', previous: `No more than 10 guests should be in the sauna at a time.`, next: `No more than 8 guests may be in the sauna at a time.` },
  { kind: 'number', previous: `Set the pressure washer to 1500 psi for the patio.`, next: `Set the pressure washer to 2500 pounds per square inch for the patio.` },
  { kind: 'number', previous: `Refunds are processed within 10 working days.`, next: `Refunds are processed within three working weeks.` },
  { kind: 'number', previous: `A supply teacher is booked for at least 10 working days.`, next: `A supply teacher is booked for at least one working week.` },
  { kind: 'number', previous: `No more than 6 children may be on the castle at once.`, next: `No more than 8 children may be on the castle at once.` },
  { kind: 'modal', previous: `No more than 6 children may be on the castle at once.`, next: `No more than 6 children should be on the castle at once.` },
];
