// Round 30c (session 24, issue 11): benign edits of every variant but `reword` flagged in v30-v35,
// read as classes by cause; edits of our own in other domains and shapes, each class with
// near-miss twins that must stay flagged, measured with the old guard (d94b5433) first. Part of the
// tuning set (`CLAUSE_EDITS` spreads them); a file of its own so that the rounds working at once in
// this folder touch one line of the shared fixture.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_30C_EDITS: readonly ClauseEdit[] = [
  // Units: a length raised to a power said in litres or smaller units (old guard: the benign ones
  // flagged, "cubic" read as the noun a number counts; "1.5 square metres" -> "1.5 square feet"
  // passed, both read as "1.5 square").
  { kind: 'benign', variant: 'units', previous: `The grease trap holds 2 cubic metres of waste water.`, next: `The grease trap holds 2,000 litres of waste water.` },
  { kind: 'number', previous: `The grease trap holds 2 cubic metres of waste water.`, next: `The grease trap holds 200 litres of waste water.` },
  { kind: 'benign', variant: 'units', previous: `Each pen must give a calf at least 1.5 square metres of floor.`, next: `Each pen must give a calf at least 15,000 square centimetres of floor.` },
  { kind: 'number', previous: `Each pen must give a calf at least 1.5 square metres of floor.`, next: `Each pen must give a calf at least 1.5 square feet of floor.` },
  { kind: 'benign', variant: 'units', previous: `Do not store more than 500 litres of diesel in the shed.`, next: `Do not store more than 0.5 m³ of diesel in the shed.` },
  { kind: 'number', previous: `Do not store more than 500 litres of diesel in the shed.`, next: `Do not store more than 5 m³ of diesel in the shed.` },
  // Units: one of a unit said with "a"/"an" (old guard: every benign one flagged, "number removed").
  { kind: 'benign', variant: 'units', previous: `Keep the hose at least 1 metre from the electrical panel.`, next: `Keep the hose at least a metre from the electrical panel.` },
  { kind: 'number', previous: `Keep the hose at least 1 metre from the electrical panel.`, next: `Keep the hose at least a foot from the electrical panel.` },
  { kind: 'benign', variant: 'units', previous: `Children under 1 metre tall must sit in a booster seat.`, next: `Children under a metre tall must sit in a booster seat.` },
  { kind: 'benign', variant: 'units', previous: `After a long walk, never give a dog more than 1 litre of water at once.`, next: `After a long walk, never give a dog more than a litre of water at once.` },
  { kind: 'number', previous: `After a long walk, never give a dog more than 1 litre of water at once.`, next: `After a long walk, never give a dog more than a gallon of water at once.` },
  // Units: one rate said over another period (old guard: the benign ones flagged, amount and
  // period each read as changed; "a fortnight" written as "14 days" lost its amount).
  { kind: 'benign', variant: 'units', previous: `Parking in the staff car park costs £3 per hour.`, next: `Parking in the staff car park costs £0.05 per minute.` },
  { kind: 'number', previous: `Parking in the staff car park costs £3 per hour.`, next: `Parking in the staff car park costs £3 per day.` },
  { kind: 'benign', variant: 'units', previous: `Volunteers on the night shelter rota are paid $12 an hour for sleeping in.`, next: `Volunteers on the night shelter rota are paid $0.20 a minute for sleeping in.` },
  { kind: 'number', previous: `Volunteers on the night shelter rota are paid $12 an hour for sleeping in.`, next: `Volunteers on the night shelter rota are paid $12 a night for sleeping in.` },
  { kind: 'benign', variant: 'units', previous: `Agency nurses may work at most 48 hours a week.`, next: `Agency nurses may work at most 96 hours a fortnight.` },
  { kind: 'number', previous: `Agency nurses may work at most 48 hours a week.`, next: `Agency nurses may work at most 48 hours a fortnight.` },
  { kind: 'benign', variant: 'units', previous: `Drivers may claim £2.10 per day for meals on the road.`, next: `Drivers may claim £14.70 per week for meals on the road.` },
  { kind: 'number', previous: `Drivers may claim £2.10 per day for meals on the road.`, next: `Drivers may claim £14.70 per month for meals on the road.` },
  // Units: an offer said again with its age in other units (old guard: both right; the v35 shape,
  // "offered from 7 weeks" -> "from 49 days", read the unit as a duty's act) and a duty turned
  // into an offer, which stays flagged.
  { kind: 'benign', variant: 'units', previous: `Hearing tests are offered to every baby at 4 weeks old.`, next: `Hearing tests are offered to every baby at 28 days old.` },
  { kind: 'benign', variant: 'units', previous: `Swimming lessons for babies are offered from 26 weeks of age.`, next: `Swimming lessons for babies are offered from 182 days of age.` },
  { kind: 'benign', variant: 'units', previous: `Home visits are offered for 6 weeks after discharge.`, next: `Home visits are offered for 42 days after discharge.` },
  { kind: 'modal', previous: `Parents must book a hearing test for their baby at 4 weeks old.`, next: `Parents are offered a hearing test for their baby at 28 days old.` },
  // Lists said as prose and back: a lead-in naming its items by a placeholder ("the following",
  // "in any of these cases": `_list-placeholders.ts`), a "keep ... out of" whose list of things
  // pushed "out of" past its reach, a quantifier of the lead-in read into each item, an item said
  // by a word of its root ("pregnancy" -> "whether they are pregnant"), one amount shared by the
  // items that each said it (old guard: every benign one flagged; the "near" twin passed).
  { kind: 'benign', variant: 'list-prose', previous: `Keep kitchen knives, sewing scissors and cigarette lighters out of the children's room.`, next: `Keep the following out of the children's room:\n- kitchen knives\n- sewing scissors\n- cigarette lighters` },
  { kind: 'conjunct', previous: `Keep kitchen knives, sewing scissors and cigarette lighters out of the children's room.`, next: `Keep the following out of the children's room:\n- kitchen knives\n- sewing scissors` },
  { kind: 'benign', variant: 'list-prose', previous: `Keep hot drinks, open food and mobile phones away from the mixing desk.`, next: `Keep the following away from the mixing desk:\n- hot drinks\n- open food\n- mobile phones` },
  { kind: 'negation', previous: `Keep hot drinks, open food and mobile phones away from the mixing desk.`, next: `Keep the following near the mixing desk:\n- hot drinks\n- open food\n- mobile phones` },
  { kind: 'benign', variant: 'list-prose', previous: `Cancel the lesson if the instructor is not available or if the pool is not heated.`, next: `Cancel the lesson in any of the following cases:\n- the instructor is not available\n- the pool is not heated` },
  { kind: 'condition', previous: `Cancel the lesson if the instructor is not available or if the pool is not heated.`, next: `Cancel the lesson in any of the following cases:\n- the instructor is not available\n- the pool is heated` },
  { kind: 'conjunct', previous: `Cancel the lesson if the instructor is not available or if the pool is not heated.`, next: `Cancel the lesson in any of the following cases:\n- the instructor is not available` },
  { kind: 'benign', variant: 'list-prose', previous: `Every parcel label must show:\n- the sender's name\n- the weight\n- the postcode of the recipient`, next: `Every parcel label must show the sender's name, the weight and the postcode the parcel is going to.` },
  { kind: 'scope', previous: `Every parcel label must show:\n- the sender's name\n- the weight\n- the postcode of the recipient`, next: `Some parcel labels must show the sender's name, the weight and the postcode the parcel is going to.` },
  { kind: 'benign', variant: 'list-prose', previous: `Before a massage, ask clients about recent surgery, pregnancy and any allergies.`, next: `Before a massage, ask clients:\n- whether they have had surgery recently;\n- whether they are pregnant;\n- whether they have any allergies.` },
  { kind: 'conjunct', previous: `Before a massage, ask clients about recent surgery, pregnancy and any allergies.`, next: `Before a massage, ask clients:\n- whether they have had surgery recently;\n- whether they have any allergies.` },
  { kind: 'conjunct', previous: `Report the fault to the manager and to the management team.`, next: `Report the fault to the manager.` },
  { kind: 'conjunct', previous: `If a parcel arrives damaged, apologise to the customer, explain the cause and offer a refund.`, next: `If a parcel arrives damaged, offer the customer a refund; damage happens in transit and needs no apology or explanation.` },
  { kind: 'benign', variant: 'split-join', previous: `Keep invoices for 6 years. Keep payslips for 6 years.`, next: `Keep invoices and payslips for 6 years.` },
  { kind: 'number', previous: `Keep invoices for 6 years. Keep payslips for 6 years.`, next: `Keep invoices for 6 years. Keep payslips.` },
  { kind: 'benign', variant: 'list-prose', previous: `Accepted ID is:\n- a passport issued in the last ten years\n- a driving licence issued in the last ten years`, next: `Accepted ID is a passport or a driving licence issued in the last ten years.` },
  { kind: 'number', previous: `Accepted ID is:\n- a passport issued in the last ten years\n- a driving licence issued in the last ten years`, next: `Accepted ID is a passport issued in the last ten years or a driving licence.` },
  // Stricter rules: a ceiling said outright on a figure whose larger value loosens ("after 3 hours"
  // -> "after no more than 2 hours"), and a duty made daily said at its period's end or start
  // ("once a week" -> "at the end of every working day"; old guard: the benign ones flagged).
  { kind: 'benign', variant: 'stricter', previous: `Lifeguards must rotate posts after 60 minutes in the chair.`, next: `Lifeguards must rotate posts after at most 45 minutes in the chair.` },
  { kind: 'benign', variant: 'stricter', previous: `Crane operators must rest after 3 hours in the cab.`, next: `Crane operators must rest after no more than 2 hours in the cab.` },
  { kind: 'benign', variant: 'emphasis', previous: `Replace the disposable gloves after 4 hours of use.`, next: `Replace the disposable gloves after no more than 4 hours of use.` },
  { kind: 'number', previous: `Crane operators must rest after 3 hours in the cab.`, next: `Crane operators must rest after no more than 4 hours in the cab.` },
  { kind: 'number', previous: `Lifeguards must rotate posts after 60 minutes in the chair.`, next: `Lifeguards must rotate posts after at least 45 minutes in the chair.` },
  { kind: 'number', previous: `Patients may eat after 6 hours of fasting.`, next: `Patients may eat after no more than 4 hours of fasting.` },
  { kind: 'benign', variant: 'stricter', previous: `Wipe down the gym mats once a week.`, next: `Wipe down the gym mats at the end of every working day.` },
  { kind: 'benign', variant: 'stricter', previous: `Check the defibrillator pads once a month.`, next: `Check the defibrillator pads at the start of every working week.` },
  { kind: 'number', previous: `Clean the tanker's hose couplings every day.`, next: `Clean the tanker's hose couplings every working day.` },
  { kind: 'number', previous: `Check the defibrillator pads every week.`, next: `Check the defibrillator pads at the start of every month.` },
  { kind: 'number', previous: `Back up the till records every day.`, next: `Back up the till records at the end of every working week.` },
  // A negative word spelled out as "nobody/no ... in or near": the "or" under the negative shuts
  // both out, it adds no case (old guard: the benign ones flagged as an alternative added); an "or"
  // that lets a case into a permission stays flagged.
  { kind: 'benign', variant: 'spelled-negation', previous: `Clamp any unattended van in the delivery bay.`, next: `Clamp any van in the delivery bay with nobody in or beside it.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Report any unsupervised child in the pool area to the duty manager.`, next: `Report any child in the pool area with no adult in or near the water to the duty manager.` },
  { kind: 'scope', previous: `Staff may take home any unlabelled food left in the fridge on Friday.`, next: `Staff may take home any food left in the fridge on Friday that is unlabelled or out of date.` },
  { kind: 'scope', previous: `Members may bring one guest to the pool.`, next: `Members may bring one guest or a child to the pool.` },
  // An acronym both versions use, read from words of an unchanged rule that spell it ("MRI" as
  // "minutes and record it"): the words both versions say are no spelling of it (old guard: the
  // benign ones flagged, "in the water temperature and pH area" read as an item dropped).
  { kind: 'benign', variant: 'reword', previous: `Log the arrival time in minutes and record it on the sheet. Never leave a patient alone in the MRI room.`, next: `Log the arrival time in minutes and record it on the sheet. A patient in the MRI room must always have someone with them.` },
  { kind: 'benign', variant: 'reword', previous: `Check the water temperature and pH levels daily. Never leave a child alone in the WTP area.`, next: `Check the water temperature and pH levels daily. A child in the WTP area must always have an adult with them.` },
  { kind: 'benign', variant: 'reword', previous: `Record the heart rate and blood pressure of each donor. Never leave a donor alone in the HRB bay.`, next: `Record the heart rate and blood pressure of each donor. A donor in the HRB bay must always have a nurse with them.` },
  { kind: 'negation', previous: `Check the water temperature and pH levels daily. Never leave a child alone in the WTP area.`, next: `Check the water temperature and pH levels daily. Leave a child alone in the WTP area.` },
  { kind: 'obligation', previous: `Keep the stock of spare parts and fuses up to date. Never leave the SPF cabinet unlocked.`, next: `Keep the stock of spare parts and fuses up to date. The SPF cabinet may be left unlocked.` },
];
