// Round 33b (session 27, issue 11): edits written for round 33b before its readings were built and
// measured on the guard as the session started (6b16f1b3), in domains and sentence shapes of their
// own, each benign edit beside a near-miss twin. Two classes of v40/v41's false flags, one meaning
// said in another grammatical shape: a ban said as the state it keeps, and a negation or a short
// form inside a word spelled out (a negative prefix, a unit symbol, initials, an exception said in a
// sentence of its own). HISTORY.md, "Session 27, guard33b". Part of the tuning set (`CLAUSE_EDITS`
// spreads them); a file of its own so the rounds working at once touch one line of the shared fixture.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_33B_EDITS: readonly ClauseEdit[] = [
  // A ban said as the state it keeps (keep off, free of, unchanged, private from, stays closed), and twins that keep another state, thing or case.
  { kind: 'benign', variant: 'reword', previous: "Do not place boxes on the stairs.", next: "Keep boxes off the stairs." },
  { kind: 'negation', previous: "Do not place boxes on the stairs.", next: "Keep boxes on the stairs." },
  { kind: 'benign', variant: 'reword', previous: "Do not park a vehicle in front of the fire exit.", next: "Keep the area in front of the fire exit clear of vehicles." },
  { kind: 'scope', previous: "Do not park a vehicle in front of the fire exit.", next: "Keep the area in front of the fire exit clear of bicycles." },
  { kind: 'benign', variant: 'reword', previous: "Never change a patient's allergy record at a relative's request.", next: "A patient's allergy record stays unchanged, whatever a relative asks." },
  { kind: 'condition', previous: "Never change a patient's allergy record at a relative's request.", next: "A patient's allergy record stays unchanged unless a relative asks." },
  { kind: 'benign', variant: 'reword', previous: "Do not disclose a donor's address to a recipient.", next: "Keep every donor's address confidential from recipients." },
  { kind: 'negation', previous: "Do not disclose a donor's address to a recipient.", next: "Keep every donor's address open to recipients." },
  { kind: 'benign', variant: 'reword', previous: "Do not open the sterile store during a procedure.", next: "The sterile store stays closed while a procedure is under way." },
  { kind: 'negation', previous: "Do not open the sterile store during a procedure.", next: "The sterile store stays open while a procedure is under way." },
  { kind: 'benign', variant: 'reword', previous: "No food is allowed in the server room.", next: "The server room is kept free of food." },
  { kind: 'scope', previous: "No food is allowed in the server room.", next: "The server room is kept free of drinks." },
  { kind: 'benign', variant: 'reword', previous: "Do not alter the wording of a signed contract.", next: "The wording of a signed contract is left exactly as signed." },
  { kind: 'condition', previous: "Do not alter the wording of a signed contract.", next: "The wording of a signed contract is left exactly as signed unless the client asks." },
  // More bans said as the state kept, through acts no table of `_states-kept.ts` names (edit, attach, modify, stick, amend, allowed), written after the first build and measured on the old guard before the dictionary reading took them.
  { kind: 'benign', variant: 'reword', previous: "Never edit a published article.", next: "Published articles stay as they are." },
  { kind: 'condition', previous: "Never edit a published article.", next: "Published articles stay as the author wants." },
  { kind: 'benign', variant: 'reword', previous: "Do not attach padlocks to the bridge railings.", next: "Keep the bridge railings free of padlocks." },
  { kind: 'scope', previous: "Do not attach padlocks to the bridge railings.", next: "Keep the bridge railings free of graffiti." },
  { kind: 'benign', variant: 'reword', previous: "Never modify a prescription over the phone.", next: "Prescriptions stay as written over the phone." },
  { kind: 'condition', previous: "Never modify a prescription over the phone.", next: "Prescriptions stay as the caller asks over the phone." },
  { kind: 'benign', variant: 'reword', previous: "Do not stick notices on the fire doors.", next: "Keep notices off the fire doors." },
  { kind: 'negation', previous: "Do not stick notices on the fire doors.", next: "Keep notices on the fire doors." },
  { kind: 'benign', variant: 'reword', previous: "Never amend a signed minute.", next: "Signed minutes remain unamended." },
  { kind: 'negation', previous: "Never amend a signed minute.", next: "Signed minutes remain amended." },
  { kind: 'benign', variant: 'reword', previous: "No bicycles are allowed in the corridor.", next: "The corridor is kept free of bicycles." },
  { kind: 'scope', previous: "No bicycles are allowed in the corridor.", next: "The corridor is kept free of prams." },
  // A negative word spelled out as "not" and its base, or a word the dictionary links to the base ("unsolicited" = "not asked for", "illegal" = "the law does not allow"); twins drop the "not".
  { kind: 'benign', variant: 'spelled-negation', previous: "Return any parcel left uncollected for 14 days to the sender.", next: "Return any parcel that has not been collected for 14 days to the sender." },
  { kind: 'negation', previous: "Return any parcel left uncollected for 14 days to the sender.", next: "Return any parcel that has been collected for 14 days to the sender." },
  { kind: 'benign', variant: 'spelled-negation', previous: "Samples left unlabelled at the end of the shift must be discarded.", next: "Samples that have not been labelled at the end of the shift must be discarded." },
  { kind: 'negation', previous: "Samples left unlabelled at the end of the shift must be discarded.", next: "Samples that have been labelled at the end of the shift must be discarded." },
  { kind: 'benign', variant: 'spelled-negation', previous: "Do not reply to unsolicited offers from suppliers.", next: "Do not reply to offers from suppliers that we have not asked for." },
  { kind: 'negation', previous: "Do not reply to unsolicited offers from suppliers.", next: "Do not reply to offers from suppliers that we have asked for." },
  { kind: 'benign', variant: 'spelled-negation', previous: "Remove illegal listings from the marketplace.", next: "Remove listings that the law does not allow from the marketplace." },
  { kind: 'negation', previous: "Remove illegal listings from the marketplace.", next: "Remove listings that the law allows from the marketplace." },
  { kind: 'benign', variant: 'spelled-negation', previous: "Refund unused vouchers on request.", next: "Refund vouchers that have not been used on request." },
  { kind: 'negation', previous: "Refund unused vouchers on request.", next: "Refund used vouchers on request." },
  { kind: 'benign', variant: 'spelled-negation', previous: "Do not publish unverified claims about a product.", next: "Do not publish claims about a product that have not been checked." },
  { kind: 'negation', previous: "Do not publish unverified claims about a product.", next: "Do not publish claims about a product that have been checked." },
  // A unit or short form written as its symbol or initials, both ways; twins change the figure, the unit or the words.
  { kind: 'benign', variant: 'units', previous: "Keep the noise at the boundary below 85 decibels.", next: "Keep the noise at the boundary below 85 dB." },
  { kind: 'number', previous: "Keep the noise at the boundary below 85 decibels.", next: "Keep the noise at the boundary below 95 dB." },
  { kind: 'benign', variant: 'units', previous: "Flag any reading above 10 micrograms per cubic metre.", next: "Flag any reading above 10 \u00b5g/m\u00b3." },
  { kind: 'number', previous: "Flag any reading above 10 micrograms per cubic metre.", next: "Flag any reading above 10 mg/m\u00b3." },
  { kind: 'benign', variant: 'abbreviation', previous: "Give the patient's date of birth when you call the GP.", next: "Give the patient's DOB when you call the GP." },
  { kind: 'benign', variant: 'abbreviation', previous: "Share the ETA with the customer before the driver leaves.", next: "Share the estimated time of arrival with the customer before the driver leaves." },
  { kind: 'drift', previous: "Share the ETA with the customer before the driver leaves.", next: "Share the estimated time of departure with the customer before the driver leaves." },
  { kind: 'benign', variant: 'abbreviation', previous: "Tell callers the APR before they apply.", next: "Tell callers the annual percentage rate before they apply." },
  { kind: 'benign', variant: 'units', previous: "Drain the tank when the pressure exceeds 3 bar.", next: "Drain the tank when the pressure exceeds 3 bars." },
  // An exception or a step said in a sentence of its own, or joined to the rule; twins change the case or drop the step.
  { kind: 'benign', variant: 'split-join', previous: "Visitors may enter the ward only between 2 and 8 p.m. The exception is when a patient is receiving end-of-life care.", next: "Visitors may enter the ward only between 2 and 8 p.m., except when a patient is receiving end-of-life care." },
  { kind: 'condition', previous: "Visitors may enter the ward only between 2 and 8 p.m. The exception is when a patient is receiving end-of-life care.", next: "Visitors may enter the ward only between 2 and 8 p.m., except when a patient is asleep." },
  { kind: 'benign', variant: 'split-join', previous: "Refunds are given only within 30 days, except when the item is faulty.", next: "Refunds are given only within 30 days. An exception is made when the item is faulty." },
  { kind: 'condition', previous: "Refunds are given only within 30 days, except when the item is faulty.", next: "Refunds are given only within 30 days. An exception is made when the item is unwanted." },
  { kind: 'benign', variant: 'split-join', previous: "Drivers must take a break every 4 hours. This does not apply when the journey ends within 30 minutes.", next: "Drivers must take a break every 4 hours, except when the journey ends within 30 minutes." },
  { kind: 'number', previous: "Drivers must take a break every 4 hours. This does not apply when the journey ends within 30 minutes.", next: "Drivers must take a break every 4 hours, except when the journey ends within 2 hours." },
  { kind: 'benign', variant: 'split-join', previous: "Each member may book up to three courts a week. A coaching session is added after the second.", next: "Each member may book up to three courts a week, with a coaching session added after the second." },
  { kind: 'requirement', previous: "Each member may book up to three courts a week. A coaching session is added after the second.", next: "Each member may book up to three courts a week." },
  // A doer named by an agent noun ("texter") said as a description by its act ("the people who text in"). Its four
  // twins (another doer described: "the people who borrow" for "a lender", "everyone who owns" for "every renter",
  // "everyone who runs" for "every walker", "the people who buy" for "a seller") are missed by every reading, old and
  // new; the lead took them out of the tuning set (guard HISTORY, session 27): the tuning set's 0.95 recall floor binds
  // the weighing's threshold, and four misses no reason reads cost about 10 false flags on v20-v39 for no catch.
  { kind: 'benign', variant: 'reword', previous: "Never give a borrower's address to a lender.", next: "A borrower's address is never given to the people who lend." },
  { kind: 'benign', variant: 'reword', previous: "Send a reminder to every renter a week before the lease ends.", next: "Send a reminder to everyone who rents a week before the lease ends." },
  { kind: 'benign', variant: 'reword', previous: "Give every walker a map of the estate.", next: "Give everyone who walks a map of the estate." },
  { kind: 'benign', variant: 'reword', previous: "Do not share a bidder's identity with a seller.", next: "Keep each bidder's identity private from the people who sell." },
  { kind: 'benign', variant: 'reword', previous: "Offer a refund to any subscriber who cancels within 14 days.", next: "Offer a refund to anyone who subscribes and cancels within 14 days." },
];
