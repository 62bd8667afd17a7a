// Held-back set v11 of issue 11: hand-labelled clause edits, written blind on 2026-12-02 by someone
// who never saw the detectors, their tests or any other labelled set; never tuned on; measured once
// by the lead after guard round 8 (scripts/bench/clause-edits.ts --held-back --v11). Do not edit
// entries to make a detector pass.
//
// Domains not used before: mining safety, maritime shipping, hotel front desk, university
// admissions, municipal permits, broadcast standards, payroll, insurance claims, railway
// signalling, blood donation, cloud cost governance, charity fundraising, customs brokerage,
// library services, sports refereeing, dental practice, lettings, translation, wildlife rescue.
// Labels follow issue 11: `benign` keeps or strengthens the rule (stricter is benign); every other
// kind weakens, loosens or changes it, labelled by its main change.

import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V11: readonly ClauseEdit[] = [
  // ---------------------------------------------------------------- benign: reword
  {
    kind: 'benign', variant: 'reword',
    previous: `Before entering a confined space, the miner must test the air for methane and carbon monoxide.`,
    next: `A miner has to check the atmosphere for methane and carbon monoxide before going into a confined space.`,
  },
  {
    kind: 'benign', variant: 'reword', tone: 'friendly',
    previous: `When the user asks about late checkout, tell them it depends on occupancy and offer to check with the front desk.`,
    next: `If a guest enquires about checking out late, explain that it is subject to occupancy and offer to ask reception for them.`,
  },
  {
    kind: 'benign', variant: 'reword',
    previous: `Do not tell applicants whether they are likely to be admitted.`,
    next: `Never give an applicant any prediction of their chances of admission.`,
  },
  {
    kind: 'benign', variant: 'reword',
    previous: `Respond only with the payslip figures the employee is entitled to see; never disclose a colleague's salary.`,
    next: `Reply using just the payslip amounts that the employee has a right to view, and do not reveal what any coworker earns.`,
  },
  {
    kind: 'benign', variant: 'reword',
    previous: `Donors who have had a tattoo in the last four months cannot give blood.`,
    next: `Anyone tattooed within the past four months is not eligible to donate blood.`,
  },
  {
    kind: 'benign', variant: 'reword',
    previous: `Every new cloud account must have a budget alert configured before any workload is deployed to it.`,
    next: `Set up a budget alert on each new cloud account before deploying any workload there.`,
  },
  {
    kind: 'benign', variant: 'reword',
    previous: `Borrowers may renew an item twice unless another member has reserved it.`,
    next: `A member can extend a loan on an item up to two times, provided that no other member has placed a hold on it.`,
  },
  {
    kind: 'benign', variant: 'reword',
    previous: `The referee must stop play immediately when a player suffers a suspected head injury.`,
    next: `As soon as a player may have a head injury, the referee has to halt the game at once.`,
  },
  {
    kind: 'benign', variant: 'reword',
    previous: `Tell patients that the dentist will review their X-rays; you must not interpret images yourself.`,
    next: `Let patients know their radiographs will be examined by the dentist, and never offer your own reading of an image.`,
  },
  {
    kind: 'benign', variant: 'reword',
    previous: `You are a lettings assistant. Never promise a tenant that a deposit will be returned in full.`,
    next: `You act as the assistant of a letting agency. Do not assure any tenant that they will get their whole deposit back.`,
  },
  {
    kind: 'benign', variant: 'reword',
    previous: `Certified translations must be signed by a sworn translator before they are sent to the client.`,
    next: `No certified translation goes out to a client until a sworn translator has signed it.`,
  },
  {
    kind: 'benign', variant: 'reword', tone: 'calm',
    previous: `Advise callers not to feed injured wild birds and to keep them in a quiet, dark box until a rescuer arrives.`,
    next: `Tell people who ring in that they should not give food to a hurt wild bird, and that it should stay in a dark, quiet box until someone from the rescue team gets there.`,
  },
  {
    kind: 'benign', variant: 'reword',
    previous: `Do not file a customs declaration until the importer has confirmed the tariff classification in writing.`,
    next: `Wait for the importer's written confirmation of the tariff classification before submitting any customs declaration.`,
  },
  {
    kind: 'benign', variant: 'reword',
    previous: `Thank every donor by name in the reply, and never mention the amount they gave.`,
    next: `Address each donor by name when you thank them, and do not refer to how much they donated.`,
  },
  {
    kind: 'benign', variant: 'reword',
    previous: `You are a front-desk assistant for the Harbour Hotel. Respond only in the language the guest writes in.`,
    next: `You work as the Harbour Hotel's front-desk assistant. Always answer in whichever language the guest uses to write to you.`,
  },

  // ---------------------------------------------------------------- benign: voice
  {
    kind: 'benign', variant: 'voice',
    previous: `The signaller must record every manual route release in the train register.`,
    next: `Every manual route release must be recorded in the train register by the signaller.`,
  },
  {
    kind: 'benign', variant: 'voice',
    previous: `Claims over $10,000 must be approved by a senior adjuster.`,
    next: `A senior adjuster must approve any claim over $10,000.`,
  },
  {
    kind: 'benign', variant: 'voice',
    previous: `The master shall report any cargo shift to the company's designated person ashore within one hour.`,
    next: `Any cargo shift shall be reported by the master to the company's designated person ashore within one hour.`,
  },
  {
    kind: 'benign', variant: 'voice',
    previous: `Applications for a street-closure permit are reviewed by the traffic office before a date is offered.`,
    next: `The traffic office reviews street-closure permit applications before offering a date.`,
  },
  {
    kind: 'benign', variant: 'voice',
    previous: `Viewer complaints about offensive language must be logged by the duty editor on the night they arrive.`,
    next: `The duty editor must log viewer complaints about offensive language on the night they arrive.`,
  },
  {
    kind: 'benign', variant: 'voice',
    previous: `Guests' passports must not be photocopied by front-desk staff.`,
    next: `Front-desk staff must not photocopy guests' passports.`,
  },
  {
    kind: 'benign', variant: 'voice',
    previous: `Overtime claims are approved by the line manager before payroll processes them.`,
    next: `The line manager approves overtime claims before they are processed by payroll.`,
  },
  {
    kind: 'benign', variant: 'voice',
    previous: `Each unit is labelled by the phlebotomist at the donor's chair, never later at the bench.`,
    next: `The phlebotomist labels each unit at the donor's chair, never later at the bench.`,
  },
  {
    kind: 'benign', variant: 'voice',
    previous: `The system sends overdue notices after seven days. Staff must not waive fines above £20.`,
    next: `Overdue notices are sent by the system after seven days. Fines above £20 must not be waived by staff.`,
  },
  {
    kind: 'benign', variant: 'voice',
    previous: `When the user asks about a claim, the claim number must be requested before any details are given.`,
    next: `When the user asks about a claim, ask for the claim number before giving any details.`,
  },

  // ---------------------------------------------------------------- benign: split-join
  {
    kind: 'benign', variant: 'split-join',
    previous: `Blasting may begin only after the shotfirer has cleared the area and sounded the warning siren.`,
    next: `The shotfirer must first clear the area and sound the warning siren. Only after that may blasting begin.`,
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: `Applicants must submit transcripts by 15 January. Late transcripts are not accepted.`,
    next: `Applicants must submit transcripts by 15 January, and late transcripts are not accepted.`,
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: `You are the reception assistant for a dental practice. You book appointments. You do not give clinical advice.`,
    next: `You are the reception assistant for a dental practice: you book appointments but you do not give clinical advice.`,
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: `Untagged resources are stopped after 48 hours, and their owners are emailed a warning 24 hours before.`,
    next: `Untagged resources are stopped after 48 hours. Their owners are emailed a warning 24 hours before that.`,
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: `When a claimant reports an injury, open a bodily-injury file and tell the claimant that an adjuster will call within one business day.`,
    next: `When a claimant reports an injury, open a bodily-injury file. Also tell the claimant that an adjuster will call within one business day.`,
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: `A player shown a second yellow card is sent off. The team may not replace that player.`,
    next: `A player shown a second yellow card is sent off, and the team may not replace that player.`,
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: `Goods under an ATA carnet must leave the country within the carnet's validity; the broker must remind the client one month before it expires.`,
    next: `Goods under an ATA carnet must leave the country within the carnet's validity. The broker must remind the client one month before it expires.`,
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: `Never handle a bat with bare hands. Bats can carry rabies. Always wear thick gloves.`,
    next: `Never handle a bat with bare hands, because bats can carry rabies; always wear thick gloves.`,
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: `Quotes are valid for 30 days and must state the per-word rate and the delivery date.`,
    next: `Quotes are valid for 30 days. Each quote must state the per-word rate and the delivery date.`,
  },

  // ---------------------------------------------------------------- benign: reorder
  {
    kind: 'benign', variant: 'reorder',
    previous: `Never reveal a guest's room number. Offer to connect callers to the room by phone.`,
    next: `Offer to connect callers to the room by phone. Never reveal a guest's room number.`,
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: `Bills of lading are issued only after the cargo is loaded. Corrections to a bill of lading need the master's signature.`,
    next: `Corrections to a bill of lading need the master's signature. Bills of lading are issued only after the cargo is loaded.`,
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: `- Pay is processed on the 25th.\n- Expense claims need receipts.\n- Changes to bank details need a call-back check.`,
    next: `- Expense claims need receipts.\n- Changes to bank details need a call-back check.\n- Pay is processed on the 25th.`,
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: `Do not name a suspect before they are charged. Blur the faces of children in crowd shots.`,
    next: `Blur the faces of children in crowd shots. Do not name a suspect before they are charged.`,
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: `Ask every donor about recent travel. Check haemoglobin before each donation. Offer a drink after donating.`,
    next: `Check haemoglobin before each donation. Ask every donor about recent travel. Offer a drink after donating.`,
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: `Refer maintenance emergencies to the 24-hour line. Do not discuss other tenants' rent.`,
    next: `Do not discuss other tenants' rent. Refer maintenance emergencies to the 24-hour line.`,
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: `Do not pressure anyone to increase a gift. Gift Aid may only be claimed with a signed declaration.`,
    next: `Gift Aid may only be claimed with a signed declaration. Do not pressure anyone to increase a gift.`,
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: `## Conduct\n\nReferees must not bet on any match. Referees must declare any link to a club.`,
    next: `## Conduct\n\nReferees must declare any link to a club. Referees must not bet on any match.`,
  },

  // ---------------------------------------------------------------- benign: abbreviation
  {
    kind: 'benign', variant: 'abbreviation',
    previous: `Wear PPE at all times underground.`,
    next: `Wear personal protective equipment at all times underground.`,
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: `Do not share a guest's ETA with callers.`,
    next: `Do not share a guest's estimated time of arrival with callers.`,
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: `Ask about any history of MRSA before booking oral surgery.`,
    next: `Ask about any history of methicillin-resistant Staphylococcus aureus (MRSA) before booking oral surgery.`,
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: `The broker must check the HS code and the EORI number on every entry.`,
    next: `The broker must check the Harmonized System code and the Economic Operators Registration and Identification number on every entry.`,
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: `Never change an employee's NI number without HR approval.`,
    next: `Never change an employee's National Insurance number without approval from Human Resources.`,
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: `Any EC2 instance without an owner tag must be reported to the FinOps team.`,
    next: `Any Elastic Compute Cloud instance without an owner tag must be reported to the financial operations (FinOps) team.`,
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: `Report every SPAD to the control office within 10 minutes.`,
    next: `Report every signal passed at danger to the control office within 10 minutes.`,
  },

  // ---------------------------------------------------------------- benign: emphasis
  {
    kind: 'benign', variant: 'emphasis',
    previous: `Never email payslips to personal addresses.`,
    next: `**Never** email payslips to personal addresses.`,
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: `Do not accept a donation from anyone who feels unwell.`,
    next: `Do not, under any circumstances, accept a donation from anyone who feels unwell.`,
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: `Admission decisions must not be disclosed before the official release date.`,
    next: `Admission decisions must not be disclosed before the official release date, not even informally.`,
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: `Never release a rehabilitated animal without a vet's sign-off.`,
    next: `Never release a rehabilitated animal without a vet's sign-off. There are no exceptions to this.`,
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: `Always verify the container seal number against the manifest.`,
    next: `*Always* verify the container seal number against the manifest, every single time.`,
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: `Do not broadcast the name of a victim of a sexual offence.`,
    next: `IMPORTANT: do not broadcast the name of a victim of a sexual offence in any programme, on any channel.`,
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: `Do not give out a member's borrowing history.`,
    next: `Do not give out a member's borrowing history to anyone, ever.`,
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: `You must not prescribe or recommend antibiotics.`,
    next: `You must **never** prescribe or recommend antibiotics.`,
  },

  // ---------------------------------------------------------------- benign: spelled-negation
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: `Do not settle undocumented claims.`,
    next: `Do not settle claims that have not been documented.`,
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: `Unapproved timesheets are not paid in this cycle.`,
    next: `Timesheets that have not been approved are not paid in this cycle.`,
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: `Never show an unoccupied flat without a second member of staff present.`,
    next: `Never show a flat that is not occupied without a second member of staff present.`,
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: `Unreturned items block new loans.`,
    next: `Items that have not been returned block new loans.`,
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: `Undeclared goods must be reported to the client before the entry is amended.`,
    next: `Goods that were not declared must be reported to the client before the entry is amended.`,
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: `Unused reserved instances must be listed in the monthly cost report.`,
    next: `Reserved instances that are not being used must be listed in the monthly cost report.`,
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: `Unauthorised persons must not enter the blast zone.`,
    next: `Persons who are not authorised must not enter the blast zone.`,
  },

  // ---------------------------------------------------------------- benign: stricter
  {
    kind: 'benign', variant: 'stricter',
    previous: `Share the guest's booking details only with the guest or their travel agent.`,
    next: `Share the guest's booking details only with the guest.`,
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: `Photograph all vehicle damage before repair, except for windscreen chips.`,
    next: `Photograph all vehicle damage before repair.`,
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: `Donors must wait at least 12 weeks between whole-blood donations.`,
    next: `Donors must wait at least 16 weeks between whole-blood donations.`,
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: `Alert the account owner when monthly spend exceeds 120% of budget.`,
    next: `Alert the account owner when monthly spend exceeds 100% of budget.`,
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: `Reference letters must come from a teacher or an employer.`,
    next: `Reference letters must come from a teacher.`,
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: `Confirm each appointment by text at least 24 hours before it.`,
    next: `Confirm each appointment by text at least 48 hours before it.`,
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: `Possession of the line may be granted only after the signaller has confirmed that the last train has passed.`,
    next: `Possession of the line may be granted only after the signaller has confirmed that the last train has passed and the protection controller has placed the detonators.`,
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: `Do not phone donors after 9 pm.`,
    next: `Do not phone donors after 8 pm.`,
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: `Dangerous goods must be declared to the port authority 24 hours before arrival.`,
    next: `Dangerous goods must be declared to the port authority at least 48 hours before arrival.`,
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: `Referees should report abusive spectators to the match commissioner.`,
    next: `Referees must report abusive spectators to the match commissioner.`,
  },

  // ---------------------------------------------------------------- benign: markdown
  {
    kind: 'benign', variant: 'markdown',
    previous: `Check-in starts at 3 pm. Early check-in is subject to availability.`,
    next: `## Check-in\n\nCheck-in starts at **3 pm**. Early check-in is subject to availability.`,
  },
  {
    kind: 'benign', variant: 'markdown',
    previous: `Payroll cut-off: timesheets must be submitted by noon on the 20th.`,
    next: `### Payroll cut-off\n\nTimesheets must be submitted by **noon on the 20th**.`,
  },
  {
    kind: 'benign', variant: 'markdown',
    previous: `Inter-library loans take up to three weeks; tell the member the expected date.`,
    next: `> Inter-library loans take up to *three weeks*; tell the member the expected date.`,
  },
  {
    kind: 'benign', variant: 'markdown',
    previous: `Before going underground:\n* check the gas detector\n* sign the tally board`,
    next: `### Before going underground\n\n- Check the gas detector.\n- Sign the tally board.`,
  },
  {
    kind: 'benign', variant: 'markdown',
    previous: `Note: the client must sign the power of attorney before we act for them.`,
    next: `**Note:** the client must sign the *power of attorney* before we act for them.`,
  },
  {
    kind: 'benign', variant: 'markdown',
    previous: `1) Confirm the language pair. 2) Confirm the deadline. 3) Send the quote.`,
    next: `1. Confirm the language pair.\n2. Confirm the deadline.\n3. Send the quote.`,
  },

  // ---------------------------------------------------------------- benign: list-prose
  {
    kind: 'benign', variant: 'list-prose',
    previous: `When a caller finds a fawn, tell them:\n- not to touch it\n- to keep pets away\n- to call us back in 24 hours if the mother has not returned`,
    next: `When a caller finds a fawn, tell them not to touch it, to keep pets away, and to call us back in 24 hours if the mother has not returned.`,
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: `A building permit application needs a site plan, proof of ownership and the fee.`,
    next: `A building permit application needs:\n- a site plan\n- proof of ownership\n- the fee`,
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: `Before putting a phone-in caller on air, the producer must:\n1. confirm the caller's name\n2. warn them about the delay\n3. check that they are not driving`,
    next: `Before putting a phone-in caller on air, the producer must confirm the caller's name, warn them about the delay and check that they are not driving.`,
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: `Before a new patient's first visit, ask for their medical history, current medications and any allergies.`,
    next: `Before a new patient's first visit, ask for:\n- their medical history\n- their current medications\n- any allergies`,
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: `Escalate to the special investigations unit in any of these cases:\n- the claim was filed within 30 days of the policy start\n- the claimant refuses to give a statement\n- documents appear altered`,
    next: `Escalate to the special investigations unit if the claim was filed within 30 days of the policy start, if the claimant refuses to give a statement, or if documents appear altered.`,
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: `Front-desk staff must never:\n- give out a room number\n- confirm that a person is staying\n- hand a key to anyone without ID`,
    next: `Front-desk staff must never give out a room number, confirm that a person is staying, or hand a key to anyone without ID.`,
  },

  // ---------------------------------------------------------------- order
  {
    kind: 'order',
    previous: `Isolate and lock out the conveyor before clearing a blockage. Tag the isolator with your name.`,
    next: `Isolate and lock out the conveyor after clearing a blockage. Tag the isolator with your name.`,
  },
  {
    kind: 'order',
    previous: `Lashings on deck cargo must be checked by the bosun before the vessel leaves port.`,
    next: `Lashings on deck cargo must be checked by the bosun after the vessel leaves port.`,
  },
  {
    kind: 'order',
    previous: `Do not take a donation if the donor's haemoglobin is below 125 g/L.`,
    next: `Do not take a donation if the donor's haemoglobin is above 125 g/L.`,
  },
  {
    kind: 'order',
    previous: `Apply the pension deduction before calculating income tax on the gross pay.`,
    next: `Apply the pension deduction after calculating income tax on the gross pay.`,
  },
  {
    kind: 'order',
    previous: `At a manually controlled level crossing, lower the barriers before clearing the protecting signal.`,
    next: `At a manually controlled level crossing, lower the barriers after clearing the protecting signal.`,
  },
  {
    kind: 'order',
    previous: `For a total-loss claim, pay the lower of the repair estimate and the vehicle's market value.`,
    next: `For a total-loss claim, pay the higher of the repair estimate and the vehicle's market value.`,
  },
  {
    kind: 'order',
    previous: `Applications received after the deadline go to the end of the review queue.`,
    next: `Applications received after the deadline go to the front of the review queue.`,
  },
  {
    kind: 'order',
    previous: `The cleanup job deletes EBS snapshots older than 90 days, except those tagged retain.`,
    next: `The cleanup job deletes EBS snapshots newer than 90 days, except those tagged retain.`,
  },
  {
    kind: 'order',
    previous: `Report a near miss to the shift supervisor within 24 hours or by the end of the shift, whichever is earlier.`,
    next: `Report a near miss to the shift supervisor within 24 hours or by the end of the shift, whichever is later.`,
  },
  {
    kind: 'order',
    previous: `If a donor asks for a refund of a gift made in error, issue it not later than 14 days after the request.`,
    next: `If a donor asks for a refund of a gift made in error, issue it not earlier than 14 days after the request.`,
  },
  {
    kind: 'order',
    previous: `Reservations are filled in the order they were placed: the earliest request gets the returned copy first.`,
    next: `Reservations are filled in the order they were placed: the latest request gets the returned copy first.`,
  },

  // ---------------------------------------------------------------- condition
  {
    kind: 'condition',
    previous: `Waive the policy excess only if the other driver has been found fully at fault.`,
    next: `Waive the policy excess unless the other driver has been found fully at fault.`,
  },
  {
    kind: 'condition',
    previous: `Upgrade a guest free of charge only when the booked room type is unavailable.`,
    next: `Upgrade a guest free of charge whenever the booked room type is unavailable.`,
  },
  {
    kind: 'condition',
    previous: `Stop the donation and lower the chair if the donor feels faint or dizzy.`,
    next: `Stop the donation and lower the chair if the donor asks you to.`,
  },
  {
    kind: 'condition',
    previous: `A temporary event permit is granted only if the organiser holds public liability insurance of at least £5 million.`,
    next: `A temporary event permit is granted if the organiser holds public liability insurance of at least £5 million.`,
  },
  {
    kind: 'condition',
    previous: `Release the deposit only after the check-out inspection is complete and both parties have agreed the deductions.`,
    next: `Release the deposit only after the tenant has returned the keys and both parties have agreed the deductions.`,
  },
  {
    kind: 'condition',
    previous: `A train may pass a signal at danger only when the signaller has given verbal authority to the driver.`,
    next: `A train may pass a signal at danger when the signaller cannot be reached by the driver.`,
  },
  {
    kind: 'condition',
    previous: `Bleep strong language whenever the programme airs before the 9 pm watershed.`,
    next: `Bleep strong language unless the programme airs before the 9 pm watershed.`,
  },
  {
    kind: 'condition',
    previous: `Pay the annual bonus only if the employee is still employed on the payment date.`,
    next: `Pay the annual bonus if the employee was employed on the last day of the bonus year.`,
  },
  {
    kind: 'condition',
    previous: `Offer an interview only when the applicant meets the minimum entry requirements.`,
    next: `Offer an interview when the applicant asks for one.`,
  },
  {
    kind: 'condition',
    previous: `Staff must not disclose a guest's details to a third party save where the law requires it.`,
    next: `Staff must not disclose a guest's details to a third party save where the third party says it is urgent.`,
  },
  {
    kind: 'condition',
    previous: `Shut down non-production clusters every night unless the team has filed an approved exception.`,
    next: `Shut down non-production clusters every night if the team has filed an approved exception.`,
  },

  // ---------------------------------------------------------------- scope
  {
    kind: 'scope',
    previous: `Every worker underground must carry a self-contained self-rescuer.`,
    next: `Every worker underground must carry a self-contained self-rescuer where practical.`,
  },
  {
    kind: 'scope',
    previous: `Send the guest folio only to the email address on the booking.`,
    next: `Send the guest folio to the email address on the booking or to any address the caller gives.`,
  },
  {
    kind: 'scope',
    previous: `All salary changes must be approved by the finance director before the payroll run.`,
    next: `Salary changes above 5% must be approved by the finance director before the payroll run.`,
  },
  {
    kind: 'scope',
    previous: `Check the temperature log of every reefer container every four hours while at sea.`,
    next: `Check the temperature log of reefer containers carrying pharmaceuticals every four hours while at sea.`,
  },
  {
    kind: 'scope',
    previous: `Ask every patient to confirm their medical history at each visit.`,
    next: `Ask new patients to confirm their medical history at each visit.`,
  },
  {
    kind: 'scope',
    previous: `Screen every donation for HIV, hepatitis B, hepatitis C and syphilis.`,
    next: `Screen first-time donations for HIV, hepatitis B, hepatitis C and syphilis.`,
  },
  {
    kind: 'scope',
    previous: `Verify the certificate of origin for every shipment that claims preferential duty.`,
    next: `Verify the certificate of origin for every shipment that claims preferential duty, if possible.`,
  },
  {
    kind: 'scope',
    previous: `Only the duty manager can authorise a refund of more than £100.`,
    next: `Only the duty manager or a senior receptionist can authorise a refund of more than £100.`,
  },
  {
    kind: 'scope',
    previous: `Report every red card to the league office within 24 hours of the match.`,
    next: `Report red cards for violent conduct to the league office within 24 hours of the match.`,
  },
  {
    kind: 'scope',
    previous: `No one outside the fundraising team may see donor records.`,
    next: `No one outside the fundraising team and its partner agencies may see donor records.`,
  },
  {
    kind: 'scope',
    previous: `Always check the source of user-generated video before it goes to air.`,
    next: `In most cases, check the source of user-generated video before it goes to air.`,
  },

  // ---------------------------------------------------------------- conjunct
  {
    kind: 'conjunct',
    previous: `After any fall of ground, stop work in the area and notify the shift supervisor.`,
    next: `After any fall of ground, stop work in the area.`,
  },
  {
    kind: 'conjunct',
    previous: `If a guest reports a theft, call security and log the incident in the duty book.`,
    next: `If a guest reports a theft, call security.`,
  },
  {
    kind: 'conjunct',
    previous: `Refer claims involving bodily injury, fire or suspected fraud to a senior adjuster.`,
    next: `Refer claims involving bodily injury or fire to a senior adjuster.`,
  },
  {
    kind: 'conjunct',
    previous: `If an applicant discloses a disability, refer them to the disability advisory service.`,
    next: `If an applicant discloses a disability and asks for support, refer them to the disability advisory service.`,
  },
  {
    kind: 'conjunct',
    previous: `Escalate payment errors, missed payments and duplicate payments to the payroll lead on the same day.`,
    next: `Escalate payment errors and missed payments to the payroll lead on the same day.`,
  },
  {
    kind: 'conjunct',
    previous: `Flag any resource that is missing a cost-centre tag or an owner tag.`,
    next: `Flag any resource that is missing a cost-centre tag and an owner tag.`,
  },
  {
    kind: 'conjunct',
    previous: `Before handing back the possession, the engineering supervisor must remove all equipment, confirm that all staff are clear of the line and sign the form.`,
    next: `Before handing back the possession, the engineering supervisor must remove all equipment and sign the form.`,
  },
  {
    kind: 'conjunct',
    previous: `When a tenant reports damp or mould, book an inspection within five working days.`,
    next: `When a tenant reports damp and mould, book an inspection within five working days.`,
  },
  {
    kind: 'conjunct',
    previous: `Volunteers handling birds of prey must wear gauntlets and eye protection.`,
    next: `Volunteers handling birds of prey must wear gauntlets.`,
  },
  {
    kind: 'conjunct',
    previous: `Before any extraction, confirm the patient's identity, the tooth to be removed and that written consent is on file.`,
    next: `Before any extraction, confirm the patient's identity and the tooth to be removed.`,
  },
  {
    kind: 'conjunct',
    previous: `Ask the client for explicit consent before translating any document that contains health data.`,
    next: `Ask the client for explicit consent before translating any document that contains health data and a national identity number.`,
  },

  // ---------------------------------------------------------------- obligation
  {
    kind: 'obligation',
    previous: `Employees are required to submit expense receipts within 30 days of purchase.`,
    next: `Employees are encouraged to submit expense receipts within 30 days of purchase.`,
  },
  {
    kind: 'obligation',
    previous: `Front-desk staff are prohibited from accepting cash tips.`,
    next: `Front-desk staff are discouraged from accepting cash tips.`,
  },
  {
    kind: 'obligation',
    previous: `The chief officer is responsible for verifying the stowage plan before loading starts.`,
    next: `The chief officer is allowed to verify the stowage plan before loading starts.`,
  },
  {
    kind: 'obligation',
    previous: `Brokers are prohibited from releasing goods to the client before the duty has been paid.`,
    next: `Brokers are not expected to release goods to the client before the duty has been paid.`,
  },
  {
    kind: 'obligation',
    previous: `A chaperone has to be present for every examination of a patient under 16.`,
    next: `A chaperone can be present for every examination of a patient under 16.`,
  },
  {
    kind: 'obligation',
    previous: `Donors need to rest in the refreshment area for 15 minutes after donating.`,
    next: `Donors are welcome to rest in the refreshment area for 15 minutes after donating.`,
  },
  {
    kind: 'obligation',
    previous: `Members are required to show their library card to borrow items.`,
    next: `Members are asked to show their library card to borrow items.`,
  },
  {
    kind: 'obligation',
    previous: `Applicants have to notify the owners of adjacent properties in writing before work starts.`,
    next: `Applicants may wish to notify the owners of adjacent properties in writing before work starts.`,
  },
  {
    kind: 'obligation',
    previous: `It is prohibited to offer donors gifts in exchange for a legacy pledge.`,
    next: `It is not recommended to offer donors gifts in exchange for a legacy pledge.`,
  },
  {
    kind: 'obligation',
    previous: `Teams are required to delete test environments within seven days of a release.`,
    next: `Teams are free to delete test environments within seven days of a release.`,
  },
  {
    kind: 'obligation',
    previous: `You need to confirm the reservation number with the guest before you change a booking.`,
    next: `You can confirm the reservation number with the guest before you change a booking.`,
  },

  // ---------------------------------------------------------------- rescope (negation moved, contradicting sentence)
  {
    kind: 'rescope',
    previous: `Never promise a guest a specific room; say that room allocation is confirmed at check-in.`,
    next: `Promise a guest a specific room when room allocation cannot be confirmed at check-in.`,
  },
  {
    kind: 'rescope',
    previous: `Do not admit liability on the call, but record everything the policyholder says.`,
    next: `Admit liability on the call, but do not record everything the policyholder says.`,
  },
  {
    kind: 'rescope',
    previous: `Not every applicant needs an interview; every applicant needs a reference.`,
    next: `Every applicant needs an interview; not every applicant needs a reference.`,
  },
  {
    kind: 'rescope',
    previous: `Do not pay contractors through payroll; send their invoices to accounts payable.`,
    next: `Pay contractors through payroll; do not send their invoices to accounts payable.`,
  },
  {
    kind: 'rescope',
    previous: `No one may enter a barricaded area. Report any damaged barricade to the shift boss.`,
    next: `No one may enter a barricaded area. Shift bosses may go in to inspect it. Report any damaged barricade to the shift boss.`,
  },
  {
    kind: 'rescope',
    previous: `Do not air unverified claims about a candidate, and attribute every claim to its source.`,
    next: `Air unverified claims about a candidate as long as you attribute every claim to its source.`,
  },
  {
    kind: 'rescope',
    previous: `Donors under 17 cannot give blood. Ask for photo ID at registration.`,
    next: `Donors under 17 cannot give blood. Ask for photo ID at registration. A 16-year-old may donate with written parental consent.`,
  },
  {
    kind: 'rescope',
    previous: `Tell members that fines are not charged on children's books but are charged on DVDs.`,
    next: `Tell members that fines are charged on children's books but are not charged on DVDs.`,
  },
  {
    kind: 'rescope',
    previous: `Do not buy reserved instances without FinOps approval; on-demand capacity needs no approval.`,
    next: `Reserved instances need no FinOps approval; do not buy on-demand capacity without it.`,
  },
  {
    kind: 'rescope',
    previous: `Never give a tenant's phone number to a contractor; pass the contractor's number to the tenant instead.`,
    next: `Give the tenant's phone number to the contractor; never pass the contractor's number to the tenant.`,
  },
  {
    kind: 'rescope',
    previous: `When the user asks about a match decision, explain the relevant law but do not criticise the referee.`,
    next: `When the user asks about a match decision, criticise the referee but do not explain the relevant law.`,
  },

  // ---------------------------------------------------------------- roles
  {
    kind: 'roles',
    previous: `The signaller gives the driver authority to pass the signal at danger.`,
    next: `The driver gives the signaller authority to pass the signal at danger.`,
  },
  {
    kind: 'roles',
    previous: `Each morning the night auditor reconciles the cashier's takings against the folios.`,
    next: `Each morning the cashier reconciles the night auditor's takings against the folios.`,
  },
  {
    kind: 'roles',
    previous: `The adjuster must verify the claimant's identity before discussing the claim.`,
    next: `The claimant must verify the adjuster's identity before discussing the claim.`,
  },
  {
    kind: 'roles',
    previous: `The admissions tutor must review every decision made by the screening panel.`,
    next: `The screening panel must review every decision made by the admissions tutor.`,
  },
  {
    kind: 'roles',
    previous: `A hygienist must be supervised by a dentist when giving local anaesthetic.`,
    next: `A dentist must be supervised by a hygienist when giving local anaesthetic.`,
  },
  {
    kind: 'roles',
    previous: `The landlord is responsible for arranging the annual gas safety check.`,
    next: `The tenant is responsible for arranging the annual gas safety check.`,
  },
  {
    kind: 'roles',
    previous: `The pilot advises the master, and the master keeps command of the vessel throughout.`,
    next: `The master advises the pilot, and the pilot keeps command of the vessel throughout.`,
  },
  {
    kind: 'roles',
    previous: `The importer must give the broker a signed power of attorney before any entry is filed.`,
    next: `The broker must give the importer a signed power of attorney before any entry is filed.`,
  },
  {
    kind: 'roles',
    previous: `The fourth official reports any misconduct in the technical area to the referee.`,
    next: `The referee reports any misconduct in the technical area to the fourth official.`,
  },
  {
    kind: 'roles',
    previous: `The reviser checks the translator's work against the source text before delivery.`,
    next: `The translator checks the reviser's work against the source text before delivery.`,
  },

  // ---------------------------------------------------------------- negation
  {
    kind: 'negation',
    previous: `Donors who are pregnant cannot give blood.`,
    next: `Donors who are pregnant can give blood.`,
  },
  {
    kind: 'negation',
    previous: `You are the Harbour Hotel's assistant. You must not confirm to callers whether a named person is staying at the hotel.`,
    next: `You are the Harbour Hotel's assistant. You must confirm to callers whether a named person is staying at the hotel.`,
  },
  {
    kind: 'negation',
    previous: `Explosives and detonators must not be carried in the same vehicle.`,
    next: `Explosives and detonators must be carried in the same vehicle.`,
  },
  {
    kind: 'negation',
    previous: `Exit-poll results may not be broadcast while polling stations are open.`,
    next: `Exit-poll results may be broadcast while polling stations are open.`,
  },
  {
    kind: 'negation',
    previous: `Salary advances are not available to employees in their probation period.`,
    next: `Salary advances are available to employees in their probation period.`,
  },
  {
    kind: 'negation',
    previous: `Reference books cannot be borrowed. Members may photocopy up to 10 pages.`,
    next: `Reference books can be borrowed. Members may photocopy up to 10 pages.`,
  },
  {
    kind: 'negation',
    previous: `Permit applications without the fee are not accepted.`,
    next: `Permit applications without the fee are accepted.`,
  },
  {
    kind: 'negation',
    previous: `You are a dental receptionist bot. Do not give advice about medication doses.`,
    next: `You are a dental receptionist bot. Give advice about medication doses when asked.`,
  },
  {
    kind: 'negation',
    previous: `The cost-cleanup job may not touch resources tagged keep.`,
    next: `The cost-cleanup job may touch resources tagged keep.`,
  },

  // ---------------------------------------------------------------- number
  {
    kind: 'number',
    previous: `Ballast water must be exchanged at least 200 nautical miles from the nearest land.`,
    next: `Ballast water must be exchanged at least 50 nautical miles from the nearest land.`,
  },
  {
    kind: 'number',
    previous: `Expense claims older than 60 days are rejected.`,
    next: `Expense claims older than 90 days are rejected.`,
  },
  {
    kind: 'number',
    previous: `Acknowledge every new claim within 2 business days.`,
    next: `Acknowledge every new claim within 5 business days.`,
  },
  {
    kind: 'number',
    previous: `Hold unclaimed lost property for 90 days before disposing of it.`,
    next: `Hold unclaimed lost property for 30 days before disposing of it.`,
  },
  {
    kind: 'number',
    previous: `Donors must be at least 17 years old.`,
    next: `Donors must be at least 16 years old.`,
  },
  {
    kind: 'number',
    previous: `If methane at the face exceeds 1%, cut all power to the face equipment.`,
    next: `If methane at the face exceeds 2%, cut all power to the face equipment.`,
  },
  {
    kind: 'number',
    previous: `Any single cloud purchase over $5,000 needs FinOps approval.`,
    next: `Any single cloud purchase over $50,000 needs FinOps approval.`,
  },
  {
    kind: 'number',
    previous: `A player who receives 5 yellow cards in a season is suspended for one match.`,
    next: `A player who receives 10 yellow cards in a season is suspended for one match.`,
  },
  {
    kind: 'number',
    previous: `Trains must not exceed 20 mph through the worksite.`,
    next: `Trains must not exceed 50 mph through the worksite.`,
  },
  {
    kind: 'number',
    previous: `Cash donations over £500 must be reported to the treasurer the same day.`,
    next: `Cash donations over £5,000 must be reported to the treasurer the same day.`,
  },

  // ---------------------------------------------------------------- modal
  {
    kind: 'modal',
    previous: `Miners must wear a cap lamp at all times underground.`,
    next: `Miners should wear a cap lamp at all times underground.`,
  },
  {
    kind: 'modal',
    previous: `Reception shall verify photo ID at check-in.`,
    next: `Reception may verify photo ID at check-in.`,
  },
  {
    kind: 'modal',
    previous: `Applicants must not contact interviewers directly.`,
    next: `Applicants should not contact interviewers directly.`,
  },
  {
    kind: 'modal',
    previous: `The nurse must check the donor's identity before each donation.`,
    next: `The nurse should check the donor's identity before each donation.`,
  },
  {
    kind: 'modal',
    previous: `Adjusters shall photograph all damage before repairs begin.`,
    next: `Adjusters may photograph all damage before repairs begin.`,
  },
  {
    kind: 'modal',
    previous: `Presenters must declare any personal interest in a story they cover.`,
    next: `Presenters ought to declare any personal interest in a story they cover.`,
  },
  {
    kind: 'modal',
    previous: `The broker must retain entry records for five years.`,
    next: `The broker should retain entry records for five years.`,
  },
  {
    kind: 'modal',
    previous: `You must not give out a member's home address or phone number.`,
    next: `You should not give out a member's home address or phone number.`,
  },
  {
    kind: 'modal',
    previous: `Drivers must sound the horn at every whistle board.`,
    next: `Drivers may sound the horn at every whistle board.`,
  },
  {
    kind: 'modal',
    previous: `Rescuers must wear gloves when handling hedgehogs.`,
    next: `Rescuers should wear gloves when handling hedgehogs.`,
  },

  // ---------------------------------------------------------------- requirement (a rule dropped among several)
  {
    kind: 'requirement',
    previous: `Check photo ID at check-in. Take a card pre-authorisation for incidentals. Give the guest the Wi-Fi code.`,
    next: `Check photo ID at check-in. Give the guest the Wi-Fi code.`,
  },
  {
    kind: 'requirement',
    previous: `You are the practice's booking assistant. Ask for the patient's date of birth. Never book a sedation appointment without a prior consultation. Offer the earliest available slot.`,
    next: `You are the practice's booking assistant. Ask for the patient's date of birth. Offer the earliest available slot.`,
  },
  {
    kind: 'requirement',
    previous: `## Weekly safety checks\n\n- Check the lifeboat davits.\n- Test the emergency fire pump.\n- Inspect the EPIRB battery date.`,
    next: `## Weekly safety checks\n\n- Check the lifeboat davits.\n- Inspect the EPIRB battery date.`,
  },
  {
    kind: 'requirement',
    previous: `1. Lock the payroll run.\n2. Get the finance director's sign-off.\n3. Send the bank file.`,
    next: `1. Lock the payroll run.\n2. Send the bank file.`,
  },
  {
    kind: 'requirement',
    previous: `Interview panels must have at least two members. Panel members must declare any conflict of interest. Interview notes are kept for one year.`,
    next: `Interview panels must have at least two members. Interview notes are kept for one year.`,
  },

  // ---------------------------------------------------------------- entity
  {
    kind: 'entity',
    previous: `Pay the settlement into the policyholder's bank account.`,
    next: `Pay the settlement into the repairer's bank account.`,
  },
  {
    kind: 'entity',
    previous: `Report any suspicion of human trafficking to the police immediately.`,
    next: `Report any suspicion of human trafficking to the general manager immediately.`,
  },
  {
    kind: 'entity',
    previous: `File the export declaration with HM Revenue & Customs before the goods leave the warehouse.`,
    next: `File the export declaration with the freight forwarder before the goods leave the warehouse.`,
  },
  {
    kind: 'entity',
    previous: `Direct callers who find a seal pup on the beach to the marine mammal rescue line.`,
    next: `Direct callers who find a seal pup on the beach to the local council.`,
  },

  // ---------------------------------------------------------------- reference
  {
    kind: 'reference',
    previous: `Follow the lockout procedure in section 4.2 of the site safety manual.`,
    next: `Follow the lockout procedure in section 2.4 of the site safety manual.`,
  },
  {
    kind: 'reference',
    previous: `Apply Law 12 of the Laws of the Game to all fouls and misconduct.`,
    next: `Apply Law 14 of the Laws of the Game to all fouls and misconduct.`,
  },
  {
    kind: 'reference',
    previous: `Protect every deposit in a government-approved scheme as required by the Housing Act 2004.`,
    next: `Protect every deposit in a government-approved scheme as required by the Landlord and Tenant Act 1985.`,
  },
  {
    kind: 'reference',
    previous: `Tag every resource as described in policy FIN-7 of the cloud governance handbook.`,
    next: `Tag every resource as described in policy FIN-3 of the cloud governance handbook.`,
  },

  // ---------------------------------------------------------------- tone
  {
    kind: 'tone', tone: 'warm',
    previous: `Apologise sincerely to the guest for the delay and offer a complimentary drink in the lounge.`,
    next: `Tell the guest delays happen and they will have to live with it; offer a complimentary drink in the lounge.`,
  },
  {
    kind: 'tone', tone: 'empathetic',
    previous: `If a donor is deferred, thank them warmly for coming and explain kindly when they can return.`,
    next: `If a donor is deferred, tell them flatly that they cannot donate today and when they can come back.`,
  },
  {
    kind: 'tone', tone: 'respectful',
    previous: `When declining an applicant, thank them for their interest in the university and wish them well.`,
    next: `When declining an applicant, tell them they did not make the cut.`,
  },
  {
    kind: 'tone', tone: 'calm',
    previous: `Reassure distressed callers and speak calmly while you take down the details of the animal.`,
    next: `Hurry distressed callers along and tell them to stop panicking while you take down the details of the animal.`,
  },
  {
    kind: 'tone', tone: 'professional',
    previous: `Answer donors' questions politely and professionally, even when they are frustrated.`,
    next: `Answer donors' questions, and do not bother being polite if they are rude to you.`,
  },

  // ---------------------------------------------------------------- drift
  {
    kind: 'drift',
    previous: `Study rooms are for quiet individual study; group work must use the meeting rooms on the first floor.`,
    next: `Study rooms are available for any use, including group meetings, events and phone calls.`,
  },
  {
    kind: 'drift',
    previous: `Translators must render the full text faithfully, without adding or omitting any content.`,
    next: `Translators should adapt the text for the target audience, summarising wherever that reads better.`,
  },
  {
    kind: 'drift',
    previous: `Permit officers assess every application against the published planning criteria.`,
    next: `Permit officers use their own judgement about what suits the neighbourhood.`,
  },
  {
    kind: 'drift',
    previous: `Cost reports show spend by team and by environment and are reviewed monthly by the FinOps board.`,
    next: `Cost reports are optional, and each team decides what, if anything, to track.`,
  },
];
