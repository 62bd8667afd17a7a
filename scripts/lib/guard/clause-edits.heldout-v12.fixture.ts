// Held-back set v12 of issue 11: hand-labelled clause edits, written blind on 2026-12-02 by someone
// who never saw the detectors, their tests or any other labelled set; measured once by the lead
// after guard round 9, then read (tuning data) in round 10 (scripts/bench/clause-edits.ts --held-back --v12). Do not edit
// entries to make a detector pass.
//
// Labels follow issue 11's spec: `benign` keeps or strengthens the rule (with `variant` naming the
// rewrite), every other kind weakens, loosens or changes it. Edits touching several things are
// labelled by their main change.

import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V12: readonly ClauseEdit[] = [
  // ---------------------------------------------------------------- benign: reword
  { kind: 'benign', variant: 'reword', previous: "Operators must log every alarm acknowledgement in the control room journal.", next: "Each time an operator acknowledges an alarm, they must record it in the control room journal." },
  { kind: 'benign', variant: 'reword', previous: "Tell the family when the cremation has been completed.", next: "Let the relatives know once the cremation is finished." },
  { kind: 'benign', variant: 'reword', previous: "You are a ticketing assistant. Never reveal another buyer's seat numbers.", next: "You are an assistant for ticket sales. Do not ever disclose the seat numbers of a different purchaser." },
  { kind: 'benign', variant: 'reword', previous: "Vaccine shipments must be kept between 2 and 8 degrees Celsius from dispatch to administration.", next: "From the moment a vaccine shipment leaves until the dose is given, its temperature must stay between 2 and 8 degrees Celsius." },
  { kind: 'benign', variant: 'reword', previous: "When the user asks about a pension transfer, explain that the transfer value is not guaranteed until the scheme confirms it.", next: "If someone asks about moving their pension, tell them the transfer value is only guaranteed once the scheme has confirmed it." },
  { kind: 'benign', variant: 'reword', previous: "Interpreters must declare any prior relationship with a party before the hearing begins.", next: "Before the hearing starts, an interpreter must disclose any earlier connection to either party." },
  { kind: 'benign', variant: 'reword', previous: "Respond only in plain language. Avoid legal jargon when explaining legal aid eligibility.", next: "Use plain words only. Keep legal terminology out of explanations of who qualifies for legal aid." },
  { kind: 'benign', variant: 'reword', previous: "Drone pilots must keep the aircraft within visual line of sight at all times.", next: "At no point may the pilot lose direct sight of the drone; it must stay within visual line of sight throughout the flight." },
  { kind: 'benign', variant: 'reword', previous: "Community managers must not promise release dates for unannounced features.", next: "Community managers are not to commit to a launch date for any feature that has not been announced." },

  // ---------------------------------------------------------------- benign: voice
  { kind: 'benign', variant: 'voice', previous: "The duty cashier counts the till in front of a second member of staff.", next: "The till is counted by the duty cashier in front of a second member of staff." },
  { kind: 'benign', variant: 'voice', previous: "Every visit note must be signed by the carer before they leave the client's home.", next: "The carer must sign every visit note before leaving the client's home." },
  { kind: 'benign', variant: 'voice', previous: "Ski patrollers close a run when the avalanche risk reaches level 4.", next: "A run is closed by ski patrol when the avalanche risk reaches level 4." },
  { kind: 'benign', variant: 'voice', previous: "Scanned originals are checked by a second archivist against the catalogue entry.", next: "A second archivist checks scanned originals against the catalogue entry." },
  { kind: 'benign', variant: 'voice', previous: "The installer must isolate the inverter before any panel is disconnected.", next: "The inverter must be isolated by the installer before anyone disconnects a panel." },
  { kind: 'benign', variant: 'voice', previous: "Prison officers search all incoming parcels in the presence of a second officer.", next: "All incoming parcels are searched by prison officers in the presence of a second officer." },
  { kind: 'benign', variant: 'voice', previous: "Meter readings are verified by the water utility before a bill is issued.", next: "The water utility verifies meter readings before it issues a bill." },
  { kind: 'benign', variant: 'voice', previous: "The licensing team must approve every sync licence before the track is delivered to the client.", next: "Every sync licence must be approved by the licensing team before the track is delivered to the client." },

  // ---------------------------------------------------------------- benign: split-join
  { kind: 'benign', variant: 'split-join', previous: "Controllers must read back every clearance and must confirm the runway in use.", next: "Controllers must read back every clearance. They must also confirm the runway in use." },
  { kind: 'benign', variant: 'split-join', previous: "Skippers must report their catch daily. The report must include species and weight.", next: "Skippers must report their catch daily, and the report must include species and weight." },
  { kind: 'benign', variant: 'split-join', previous: "Never discuss the deceased's medical history with callers; refer such questions to the family.", next: "Never discuss the deceased's medical history with callers. Refer such questions to the family." },
  { kind: 'benign', variant: 'split-join', previous: "You are the bank's branch assistant. You help staff with cash handling procedures. You never approve overrides yourself.", next: "You are the bank's branch assistant and help staff with cash handling procedures, but you never approve overrides yourself." },
  { kind: 'benign', variant: 'split-join', previous: "Reactor shift supervisors must attend the handover briefing, and they must sign the handover log before taking charge.", next: "Reactor shift supervisors must attend the handover briefing. Before taking charge, they must sign the handover log." },
  { kind: 'benign', variant: 'split-join', previous: "Refunds are issued only to the original payment card. They are issued within 14 days of the cancellation.", next: "Refunds are issued only to the original payment card and within 14 days of the cancellation." },
  { kind: 'benign', variant: 'split-join', previous: "Record the freezer temperature at the start of each shift; if it reads above -15 C, quarantine the stock and call the pharmacist.", next: "Record the freezer temperature at the start of each shift. If it reads above -15 C, quarantine the stock. In that case, also call the pharmacist." },
  { kind: 'benign', variant: 'split-join', previous: "Archive staff must wear gloves when handling originals. They must not use ink pens in the reading room.", next: "Archive staff must wear gloves when handling originals and must not use ink pens in the reading room." },

  // ---------------------------------------------------------------- benign: reorder
  { kind: 'benign', variant: 'reorder', previous: "Do not give medical advice. Do not quote prices for care packages. Always offer to pass a message to the care coordinator.", next: "Always offer to pass a message to the care coordinator. Do not quote prices for care packages. Do not give medical advice." },
  { kind: 'benign', variant: 'reorder', previous: "- Wear a helmet on every patrol.\n- Carry a transceiver.\n- Check in with base every hour.", next: "- Carry a transceiver.\n- Check in with base every hour.\n- Wear a helmet on every patrol." },
  { kind: 'benign', variant: 'reorder', previous: "Never disclose an inmate's release date. Never confirm whether a person is held at the prison.", next: "Never confirm whether a person is held at the prison. Never disclose an inmate's release date." },
  { kind: 'benign', variant: 'reorder', previous: "Moderators must remove slurs. Moderators must not ban players for criticism of the studio. Moderators must log every ban.", next: "Moderators must log every ban. Moderators must remove slurs. Moderators must not ban players for criticism of the studio." },
  { kind: 'benign', variant: 'reorder', previous: "Keep answers under 150 words. Use British spelling.", next: "Use British spelling. Keep answers under 150 words." },
  { kind: 'benign', variant: 'reorder', previous: "Each drone flight needs a filed flight plan, a battery check and a weather briefing.", next: "Each drone flight needs a weather briefing, a battery check and a filed flight plan." },
  { kind: 'benign', variant: 'reorder', previous: "Quote the contract number in every reply. Do not speculate about litigation outcomes.", next: "Do not speculate about litigation outcomes. Quote the contract number in every reply." },
  { kind: 'benign', variant: 'reorder', previous: "Escalate leaks, contamination reports and pressure complaints to the network control centre.", next: "Escalate contamination reports, pressure complaints and leaks to the network control centre." },

  // ---------------------------------------------------------------- benign: abbreviation
  { kind: 'benign', variant: 'abbreviation', previous: "Any ATC instruction that conflicts with a TCAS resolution advisory must be reported.", next: "Any air traffic control instruction that conflicts with a traffic collision avoidance system resolution advisory must be reported." },
  { kind: 'benign', variant: 'abbreviation', previous: "Never share a customer's PIN, even with branch staff.", next: "Never share a customer's personal identification number, even with branch staff." },
  { kind: 'benign', variant: 'abbreviation', previous: "Log every excursion outside the cold chain range in the VVM register.", next: "Log every excursion outside the cold chain range in the vaccine vial monitor register." },
  { kind: 'benign', variant: 'abbreviation', previous: "Drone operators must hold a valid remote pilot certificate before flying BVLOS.", next: "Drone operators must hold a valid remote pilot certificate before flying beyond visual line of sight." },
  { kind: 'benign', variant: 'abbreviation', previous: "Installers must wear PPE on every roof.", next: "Installers must wear personal protective equipment on every roof." },
  { kind: 'benign', variant: 'abbreviation', previous: "Do not process a pension transfer without the member's National Insurance number.", next: "Do not process a pension transfer without the member's NI number." },
  { kind: 'benign', variant: 'abbreviation', previous: "The SRO must sign off any change to the emergency operating procedures.", next: "The senior reactor operator must sign off any change to the emergency operating procedures." },
  { kind: 'benign', variant: 'abbreviation', previous: "Community managers should answer DMs within 24 hours.", next: "Community managers should answer direct messages within 24 hours." },

  // ---------------------------------------------------------------- benign: emphasis
  { kind: 'benign', variant: 'emphasis', previous: "Never bypass a reactor trip signal.", next: "**Never**, under any circumstances, bypass a reactor trip signal." },
  { kind: 'benign', variant: 'emphasis', previous: "Confirm the identity of the deceased with two independent checks before cremation.", next: "IMPORTANT: Confirm the identity of the deceased with two independent checks before cremation." },
  { kind: 'benign', variant: 'emphasis', previous: "Do not give out the personal phone numbers of developers.", next: "Do **not**, ever, give out the personal phone numbers of developers." },
  { kind: 'benign', variant: 'emphasis', previous: "Cash must be counted under camera.", next: "Cash must *always* be counted under camera." },
  { kind: 'benign', variant: 'emphasis', previous: "Patrollers must check avalanche transceivers at the start of each shift.", next: "Patrollers absolutely must check avalanche transceivers at the start of each shift, without exception." },
  { kind: 'benign', variant: 'emphasis', previous: "You must not tell a caller whether a named person is in custody.", next: "You must not, in any form, tell a caller whether a named person is in custody. This is critical." },
  { kind: 'benign', variant: 'emphasis', previous: "Discard any vial that has been frozen.", next: "Discard **any** vial that has been frozen." },
  { kind: 'benign', variant: 'emphasis', previous: "Interpreters must interpret everything said, including insults.", next: "Interpreters must interpret everything said, word for word, including insults. No exceptions." },

  // ---------------------------------------------------------------- benign: spelled-negation
  { kind: 'benign', variant: 'spelled-negation', previous: "Do not reissue tickets for unpaid orders.", next: "Do not reissue tickets for orders that have not been paid." },
  { kind: 'benign', variant: 'spelled-negation', previous: "Flag any unlabelled vaccine box to the pharmacist.", next: "Flag any vaccine box that has no label to the pharmacist." },
  { kind: 'benign', variant: 'spelled-negation', previous: "Escalate unresolved complaints to the branch manager after two working days.", next: "Escalate complaints that have not been resolved to the branch manager after two working days." },
  { kind: 'benign', variant: 'spelled-negation', previous: "Never fly over unsecured crowds.", next: "Never fly over crowds that are not secured." },
  { kind: 'benign', variant: 'spelled-negation', previous: "Invalid consent forms must be returned to the family.", next: "Consent forms that are not valid must be returned to the family." },
  { kind: 'benign', variant: 'spelled-negation', previous: "Quarantine any catch landed from unlicensed vessels.", next: "Quarantine any catch landed from vessels that do not hold a licence." },
  { kind: 'benign', variant: 'spelled-negation', previous: "Do not publish undigitised material in the online catalogue.", next: "Do not publish material that has not been digitised in the online catalogue." },
  { kind: 'benign', variant: 'spelled-negation', previous: "Report any unaccounted-for keys to the duty governor immediately.", next: "Report any keys that are not accounted for to the duty governor immediately." },

  // ---------------------------------------------------------------- benign: stricter
  { kind: 'benign', variant: 'stricter', previous: "Share the outage estimate with the customer or their named contact.", next: "Share the outage estimate with the customer only." },
  { kind: 'benign', variant: 'stricter', previous: "Refunds may be approved by the box office manager or the duty supervisor.", next: "Refunds may be approved only by the box office manager." },
  { kind: 'benign', variant: 'stricter', previous: "Never store a client's medication list on a personal phone, except in an emergency.", next: "Never store a client's medication list on a personal phone." },
  { kind: 'benign', variant: 'stricter', previous: "Cash deposits above 5,000 pounds must be counted by two members of staff.", next: "Cash deposits above 2,000 pounds must be counted by two members of staff." },
  { kind: 'benign', variant: 'stricter', previous: "Reply to community reports of harassment within 48 hours.", next: "Reply to community reports of harassment within 24 hours." },
  { kind: 'benign', variant: 'stricter', previous: "Panels should be inspected at least once a year.", next: "Panels must be inspected at least twice a year." },
  { kind: 'benign', variant: 'stricter', previous: "Do not fly within 1 km of an airport.", next: "Do not fly within 5 km of an airport." },
  { kind: 'benign', variant: 'stricter', previous: "Interpreters must take a break after at most 60 minutes of continuous interpreting.", next: "Interpreters must take a break after at most 30 minutes of continuous interpreting." },

  // ---------------------------------------------------------------- benign: markdown
  { kind: 'benign', variant: 'markdown', previous: "Handover: the outgoing controller must brief the incoming controller on all active traffic.", next: "## Handover\n\nThe outgoing controller must brief the incoming controller on all active traffic." },
  { kind: 'benign', variant: 'markdown', previous: "Never disclose a member's pension value to a third party.", next: "> **Never** disclose a member's pension value to a third party." },
  { kind: 'benign', variant: 'markdown', previous: "Use the term remains, not body, when talking to families.", next: "Use the term *remains*, not *body*, when talking to families." },
  { kind: 'benign', variant: 'markdown', previous: "Cold chain: if a logger shows an excursion, quarantine the batch.", next: "### Cold chain\n\nIf a logger shows an excursion, quarantine the batch." },
  { kind: 'benign', variant: 'markdown', previous: "Licence fees are quoted per territory and per medium.", next: "Licence fees are quoted **per territory** and **per medium**." },
  { kind: 'benign', variant: 'markdown', previous: "Never reveal the location of a patrol hut to the public.", next: "__Never__ reveal the location of a patrol hut to the public." },
  { kind: 'benign', variant: 'markdown', previous: "Scope: this rule applies to all visitors, including legal visitors.", next: "#### Scope\nThis rule applies to **all** visitors, including legal visitors." },
  { kind: 'benign', variant: 'markdown', previous: "Do not quote a fishing quota figure unless it is from the current season's allocation table.", next: "Do not quote a fishing quota figure unless it is from the *current season's* allocation table." },

  // ---------------------------------------------------------------- benign: list-prose
  { kind: 'benign', variant: 'list-prose', previous: "Before a flight, the pilot must:\n- check the batteries\n- file the flight plan\n- brief the observer", next: "Before a flight, the pilot must check the batteries, file the flight plan and brief the observer." },
  { kind: 'benign', variant: 'list-prose', previous: "Carers must wash their hands, wear gloves and record the visit time.", next: "Carers must:\n1. wash their hands;\n2. wear gloves;\n3. record the visit time." },
  { kind: 'benign', variant: 'list-prose', previous: "Escalate to the duty manager:\n- counterfeit notes\n- till shortfalls over 50 pounds\n- threats to staff", next: "Escalate counterfeit notes, till shortfalls over 50 pounds and threats to staff to the duty manager." },
  { kind: 'benign', variant: 'list-prose', previous: "Never share a buyer's name, email address or payment details with the promoter.", next: "Never share any of these with the promoter:\n* the buyer's name\n* the buyer's email address\n* the buyer's payment details" },
  { kind: 'benign', variant: 'list-prose', previous: "When the user asks for legal aid, ask for:\n1. their household income\n2. the type of case\n3. any court dates", next: "When the user asks for legal aid, ask for their household income, the type of case and any court dates." },
  { kind: 'benign', variant: 'list-prose', previous: "Archivists must record the box number, the folio range and the scanner settings for every batch.", next: "For every batch, archivists must record:\n- the box number\n- the folio range\n- the scanner settings" },
  { kind: 'benign', variant: 'list-prose', previous: "Steps for a hot-work permit:\n1. isolate the line\n2. test for gas\n3. post a fire watch", next: "For a hot-work permit, first isolate the line, then test for gas, then post a fire watch." },
  { kind: 'benign', variant: 'list-prose', previous: "Do not discuss the following with callers:\n- cause of death\n- cost of the funeral\n- other families' arrangements", next: "Do not discuss with callers the cause of death, the cost of the funeral or other families' arrangements." },

  // ---------------------------------------------------------------- order
  { kind: 'order', previous: "Verify the identity tag against the cremation order before the coffin enters the cremator.", next: "Verify the identity tag against the cremation order after the coffin enters the cremator." },
  { kind: 'order', previous: "The installer must isolate the DC side before opening the combiner box.", next: "The installer must isolate the DC side after opening the combiner box." },
  { kind: 'order', previous: "Quarantine any vaccine batch whose logger shows a temperature above 8 degrees Celsius.", next: "Quarantine any vaccine batch whose logger shows a temperature below 8 degrees Celsius." },
  { kind: 'order', previous: "Report the catch not later than 48 hours after landing.", next: "Report the catch not earlier than 48 hours after landing." },
  { kind: 'order', previous: "Each ticket order may contain at most 6 tickets.", next: "Each ticket order may contain at least 6 tickets." },
  { kind: 'order', previous: "Controllers must issue the descent clearance first and the frequency change last.", next: "Controllers must issue the frequency change first and the descent clearance last." },
  { kind: 'order', previous: "Close the run when wind speed at the summit is more than 70 km/h.", next: "Close the run when wind speed at the summit is less than 70 km/h." },
  { kind: 'order', previous: "Pension payments are made on the 1st or the next working day, whichever is earlier.", next: "Pension payments are made on the 1st or the next working day, whichever is later." },
  { kind: 'order', previous: "Carers must read the care plan before the first visit.", next: "Carers must read the care plan by the end of the first week." },
  { kind: 'order', previous: "Drone pilots must return to base before the battery drops below 30%.", next: "Drone pilots must return to base after the battery drops below 30%." },

  // ---------------------------------------------------------------- condition
  { kind: 'condition', previous: "Issue a refund only if the event is cancelled by the organiser.", next: "Issue a refund unless the event is cancelled by the organiser." },
  { kind: 'condition', previous: "Release the body to the funeral director only when the coroner has signed the release form.", next: "Release the body to the funeral director even if the coroner has not yet signed the release form." },
  { kind: 'condition', previous: "Stop the pump if the chlorine residual is below 0.2 mg/l.", next: "Stop the pump if the chlorine residual is below 0.2 mg/l and the supervisor confirms the reading." },
  { kind: 'condition', previous: "Open the avalanche gate only after the patrol director authorises it.", next: "Open the avalanche gate only after the patrol director authorises it or the morning control work is finished." },
  { kind: 'condition', previous: "Escalate to the legal aid supervisor when the client has a court date within 7 days.", next: "Escalate to the legal aid supervisor when the client has a court date within 7 days and has already been refused once." },
  { kind: 'condition', previous: "Suspend a flight whenever the observer loses sight of the drone.", next: "Suspend a flight if the observer loses sight of the drone for more than a minute." },
  { kind: 'condition', previous: "When a visitor is on the banned list, refuse entry and inform the security office.", next: "When a visitor is on the banned list and has no booking, refuse entry and inform the security office." },
  { kind: 'condition', previous: "Trip the reactor manually if two or more coolant pumps fail.", next: "Trip the reactor manually if two or more coolant pumps fail during start-up." },
  { kind: 'condition', previous: "Report a cash shortfall to the area manager if it exceeds 100 pounds.", next: "Report a cash shortfall to the area manager if it exceeds 100 pounds and cannot be found by close of business." },
  { kind: 'condition', previous: "Respond only in Welsh when the user writes in Welsh.", next: "Respond only in Welsh when the user writes in Welsh and asks for a Welsh reply." },

  // ---------------------------------------------------------------- scope
  { kind: 'scope', previous: "Every incoming parcel must be X-rayed.", next: "Incoming parcels for high-risk prisoners must be X-rayed." },
  { kind: 'scope', previous: "Send the licence quote to the rights holder's registered agent.", next: "Send the licence quote to the rights holder's registered agent or anyone on their team." },
  { kind: 'scope', previous: "All controllers must complete the fatigue self-assessment before each shift.", next: "Most controllers must complete the fatigue self-assessment before each shift." },
  { kind: 'scope', previous: "Sign the visit log at every visit.", next: "Sign the visit log at every visit where practical." },
  { kind: 'scope', previous: "Vaccines must be transported in validated cool boxes.", next: "Vaccines should ideally be transported in validated cool boxes." },
  { kind: 'scope', previous: "Moderators must explain the reason for every ban.", next: "Moderators must explain the reason for a ban when the player asks." },
  { kind: 'scope', previous: "Never reveal a member's address to any caller.", next: "Never reveal a member's address to callers who fail security questions." },
  { kind: 'scope', previous: "Wear a harness on all roofs.", next: "Wear a harness on roofs steeper than 30 degrees." },
  { kind: 'scope', previous: "Digitised images must be checked against the original for every page.", next: "Digitised images must be checked against the original for a sample of pages." },
  { kind: 'scope', previous: "Interpreters must interpret every exchange in court, including side remarks by counsel.", next: "Interpreters must interpret every exchange in court, in most cases including side remarks by counsel." },
  { kind: 'scope', previous: "Only the two key holders can open the vault.", next: "The two key holders and the branch manager can open the vault." },

  // ---------------------------------------------------------------- conjunct
  { kind: 'conjunct', previous: "After a near-miss, the controller must file an occurrence report and notify the watch supervisor.", next: "After a near-miss, the controller must file an occurrence report." },
  { kind: 'conjunct', previous: "Escalate threats, self-harm disclosures and doxxing reports to the trust and safety team.", next: "Escalate threats and doxxing reports to the trust and safety team." },
  { kind: 'conjunct', previous: "The funeral director must check the name, date of birth and reference number on the coffin plate.", next: "The funeral director must check the name and reference number on the coffin plate." },
  { kind: 'conjunct', previous: "Before leaving, the carer must lock the door, return the key to the key safe and record the departure time.", next: "Before leaving, the carer must lock the door and record the departure time." },
  { kind: 'conjunct', previous: "If the meter is tampered with, photograph it, seal the chamber and report it to the revenue protection team.", next: "If the meter is tampered with, photograph it and report it to the revenue protection team." },
  { kind: 'conjunct', previous: "Do not discuss a prisoner's offence, sentence or release date with visitors.", next: "Do not discuss a prisoner's offence or sentence with visitors." },
  { kind: 'conjunct', previous: "When a user asks for a refund on a resale ticket, confirm the order number and the seller's account and explain the 7-day window.", next: "When a user asks for a refund on a resale ticket, confirm the order number and explain the 7-day window." },
  { kind: 'conjunct', previous: "Patrollers must carry a transceiver, a probe and a shovel on every sweep.", next: "Patrollers must carry a transceiver and a shovel on every sweep." },
  { kind: 'conjunct', previous: "If a logger alarm sounds or the fridge door is found open, move the stock to the backup fridge.", next: "If a logger alarm sounds, move the stock to the backup fridge." },
  { kind: 'conjunct', previous: "A licence request must name the track, the territory, the medium and the term.", next: "A licence request must name the track, the territory and the term." },

  // ---------------------------------------------------------------- obligation
  { kind: 'obligation', previous: "Installers are required to test earth continuity before commissioning.", next: "Installers are encouraged to test earth continuity before commissioning." },
  { kind: 'obligation', previous: "Branch staff may not open the night safe alone.", next: "Branch staff may open the night safe alone." },
  { kind: 'obligation', previous: "The duty pharmacist is responsible for signing off every cold chain excursion.", next: "The duty pharmacist can sign off cold chain excursions." },
  { kind: 'obligation', previous: "Skippers need to carry the vessel monitoring system at all times at sea.", next: "Skippers are allowed to carry the vessel monitoring system at all times at sea." },
  { kind: 'obligation', previous: "Using personal email for client files is prohibited.", next: "Using personal email for client files is discouraged." },
  { kind: 'obligation', previous: "Interpreters have to stay neutral and must not advise either party.", next: "Interpreters have to stay neutral and may advise either party on procedure." },
  { kind: 'obligation', previous: "Every drone flight requires written landowner permission.", next: "Every drone flight benefits from written landowner permission." },
  { kind: 'obligation', previous: "The archivist is required to record the provenance of every item.", next: "The archivist may record the provenance of every item." },
  { kind: 'obligation', previous: "Community managers are not allowed to share build numbers before patch notes are published.", next: "Community managers are free to share build numbers before patch notes are published." },
  { kind: 'obligation', previous: "Operators shall complete a pre-job briefing for every maintenance task on safety systems.", next: "Operators are expected, where time permits, to hold a pre-job briefing for maintenance tasks on safety systems." },

  // ---------------------------------------------------------------- rescope
  { kind: 'rescope', previous: "Never confirm an inmate's location; refer the caller to the prisoner location service.", next: "Confirm an inmate's location when the prisoner location service is not available." },
  { kind: 'rescope', previous: "Do not quote a release date for a track; tell the user the label will announce it.", next: "Quote a release date for a track if the label has not announced it." },
  { kind: 'rescope', previous: "Do not release pension funds without the member's signed declaration.", next: "Release pension funds without the member's signed declaration if the scheme does not require one." },
  { kind: 'rescope', previous: "Never allow a skier onto a closed run, even if they sign a waiver.", next: "Never allow a skier onto a closed run, unless they sign a waiver." },
  { kind: 'rescope', previous: "Do not use the cremator if the temperature log is missing.", next: "Use the cremator if the temperature log is not missing or the technician approves." },
  { kind: 'rescope', previous: "You must not give legal advice. Explain the process and refer the user to a solicitor.", next: "You must give legal advice when the user cannot reach a solicitor. Explain the process." },
  { kind: 'rescope', previous: "Never fly over people who are not involved in the operation.", next: "Never fly over people, except those who are not involved in the operation and have been warned." },
  { kind: 'rescope', previous: "No one may enter the reactor hall without dosimetry.", next: "No one without dosimetry may stay in the reactor hall for more than ten minutes." },
  { kind: 'rescope', previous: "Do not sell tickets above face value; direct buyers to the official resale page.", next: "Sell tickets above face value only when the official resale page is not open." },
  { kind: 'rescope', previous: "Carers must not administer medication that is not listed on the MAR chart.", next: "Carers must not refuse to administer medication that is not listed on the MAR chart if the family asks for it." },

  // ---------------------------------------------------------------- roles
  { kind: 'roles', previous: "The cashier verifies the customer's identity before any withdrawal over 1,000 pounds.", next: "The customer verifies the cashier's identity before any withdrawal over 1,000 pounds." },
  { kind: 'roles', previous: "The pilot briefs the observer before every flight.", next: "The observer briefs the pilot before every flight." },
  { kind: 'roles', previous: "The outgoing operator hands the keys to the incoming operator only after the walk-down.", next: "The incoming operator hands the keys to the outgoing operator only after the walk-down." },
  { kind: 'roles', previous: "The second archivist checks the first archivist's metadata before publication.", next: "The first archivist checks their own metadata before publication." },
  { kind: 'roles', previous: "The funeral director must obtain the family's written consent before embalming.", next: "The family must obtain the funeral director's written consent before embalming." },
  { kind: 'roles', previous: "The supervising officer must countersign every use-of-force report written by an officer.", next: "The officer who used force must countersign the supervising officer's report." },
  { kind: 'roles', previous: "The scheme administrator must notify the member of any change to their benefits.", next: "The member must notify the scheme administrator of any change to their benefits." },
  { kind: 'roles', previous: "The home care coordinator must call the client's next of kin if a visit is missed.", next: "The client's next of kin must call the home care coordinator if a visit is missed." },
  { kind: 'roles', previous: "The installer must hand the commissioning certificate to the homeowner.", next: "The homeowner must obtain the commissioning certificate and hand it to the installer." },
  { kind: 'roles', previous: "The fisheries officer inspects the skipper's logbook at landing.", next: "The skipper inspects the fisheries officer's logbook at landing." },

  // ---------------------------------------------------------------- negation
  { kind: 'negation', previous: "Do not reveal the location of prisoners on escort.", next: "Reveal the location of prisoners on escort." },
  { kind: 'negation', previous: "Never restart a cremator cycle before the chamber has cooled.", next: "Restart a cremator cycle before the chamber has cooled." },
  { kind: 'negation', previous: "You must not share a player's account email with other players.", next: "You must share a player's account email with other players when asked." },
  { kind: 'negation', previous: "Vials that have been frozen are not to be used.", next: "Vials that have been frozen are to be used first." },
  { kind: 'negation', previous: "The system must not allow a teller to approve their own override.", next: "The system must allow a teller to approve their own override." },
  { kind: 'negation', previous: "Patrollers do not lift the rope line without radio clearance.", next: "Patrollers lift the rope line without radio clearance." },
  { kind: 'negation', previous: "No one may change the chlorine dose without a second signature.", next: "Anyone may change the chlorine dose without a second signature." },
  { kind: 'negation', previous: "Never interpret in a case where you know one of the parties.", next: "You may interpret in a case where you know one of the parties." },
  { kind: 'negation', previous: "Do not publish scans of documents closed under the 100-year rule.", next: "Publish scans of documents closed under the 100-year rule." },
  { kind: 'negation', previous: "Controllers cannot clear an aircraft to land on an occupied runway.", next: "Controllers can clear an aircraft to land on an occupied runway." },

  // ---------------------------------------------------------------- number
  { kind: 'number', previous: "Respond to legal aid enquiries within 2 working days.", next: "Respond to legal aid enquiries within 10 working days." },
  { kind: 'number', previous: "Keep each vaccine fridge between 2 and 8 degrees Celsius.", next: "Keep each vaccine fridge between 2 and 12 degrees Celsius." },
  { kind: 'number', previous: "A single customer may buy no more than 4 tickets per event.", next: "A single customer may buy no more than 8 tickets per event." },
  { kind: 'number', previous: "Tills must be counted by two people when they hold more than 2,000 pounds.", next: "Tills must be counted by two people when they hold more than 20,000 pounds." },
  { kind: 'number', previous: "The drone must stay below 120 metres above ground level.", next: "The drone must stay below 150 metres above ground level." },
  { kind: 'number', previous: "The daily cod quota per vessel is 500 kg.", next: "The daily cod quota per vessel is 800 kg." },
  { kind: 'number', previous: "Each carer may make at most three visits per shift without a break.", next: "Each carer may make at most six visits per shift without a break." },
  { kind: 'number', previous: "Keep cremated remains uncollected for at least 12 months before scattering them in the garden of remembrance.", next: "Keep cremated remains uncollected for at least 3 months before scattering them in the garden of remembrance." },
  { kind: 'number', previous: "Controllers must not work more than 2 hours at a position without a 30-minute break.", next: "Controllers must not work more than 4 hours at a position without a 15-minute break." },
  { kind: 'number', previous: "Pension transfer requests must be completed within 6 months of the guaranteed quote.", next: "Pension transfer requests must be completed within 12 months of the guaranteed quote." },

  // ---------------------------------------------------------------- modal
  { kind: 'modal', previous: "Operators must wear a dosimeter in the controlled area.", next: "Operators should wear a dosimeter in the controlled area." },
  { kind: 'modal', previous: "Moderators shall log every ban in the moderation tracker.", next: "Moderators may log bans in the moderation tracker." },
  { kind: 'modal', previous: "The installer must fit a fire-rated isolator on every array.", next: "The installer could fit a fire-rated isolator on every array." },
  { kind: 'modal', previous: "You must cite the relevant fee schedule when quoting a licence.", next: "You might cite the relevant fee schedule when quoting a licence." },
  { kind: 'modal', previous: "Ski patrollers must sweep every run after the lifts close.", next: "Ski patrollers should sweep every run after the lifts close." },
  { kind: 'modal', previous: "The interpreter shall take the oath before each hearing.", next: "The interpreter should take the oath before each hearing." },
  { kind: 'modal', previous: "Staff must count the bag contents in front of the courier.", next: "Staff can count the bag contents in front of the courier." },
  { kind: 'modal', previous: "Officers must record every cell search in the wing log.", next: "Officers are advised to record every cell search in the wing log." },
  { kind: 'modal', previous: "The cold chain officer must download the logger data at each handover.", next: "The cold chain officer may download the logger data at each handover." },
  { kind: 'modal', previous: "Archive scanners must be calibrated every Monday.", next: "Archive scanners ought to be calibrated every Monday." },

  // ---------------------------------------------------------------- requirement
  { kind: 'requirement', previous: "You are the box office assistant. Answer questions about seating and access. Never take card details in chat. Direct payment questions to the secure checkout.", next: "You are the box office assistant. Answer questions about seating and access. Direct payment questions to the secure checkout." },
  { kind: 'requirement', previous: "Check the chamber pressure. Confirm that the filter bank is online. Record both readings in the shift log.", next: "Check the chamber pressure. Record the reading in the shift log." },
  { kind: 'requirement', previous: "## Visiting\n\nVisitors must show photo ID. Visitors must store phones in the lockers. Visitors may bring one clear plastic bag.", next: "## Visiting\n\nVisitors must show photo ID. Visitors may bring one clear plastic bag." },
  { kind: 'requirement', previous: "1. Isolate the main.\n2. Notify affected customers at least 48 hours ahead.\n3. Flush the main before it returns to service.", next: "1. Isolate the main.\n2. Flush the main before it returns to service." },

  // ---------------------------------------------------------------- entity
  { kind: 'entity', previous: "Report any laser strike on a drone to the Civil Aviation Authority.", next: "Report any laser strike on a drone to the site manager." },
  { kind: 'entity', previous: "Refer requests for inmate records to the Ministry of Justice data protection team.", next: "Refer requests for inmate records to the wing office." },
  { kind: 'entity', previous: "Quota questions must be answered from the Marine Management Organisation's published allocations.", next: "Quota questions must be answered from the Fishermen's Association newsletter." },
  { kind: 'entity', previous: "Only licences cleared through PRS for Music may be quoted to broadcasters.", next: "Only licences cleared through the label's own sync desk may be quoted to broadcasters." },

  // ---------------------------------------------------------------- reference
  { kind: 'reference', previous: "Follow emergency operating procedure EOP-3 for a loss of feedwater.", next: "Follow emergency operating procedure EOP-7 for a loss of feedwater." },
  { kind: 'reference', previous: "Handle excursions as set out in section 4.2 of the cold chain SOP.", next: "Handle excursions as set out in section 6.1 of the cold chain SOP." },
  { kind: 'reference', previous: "Apply the eligibility test in regulation 12 of the Civil Legal Aid Regulations.", next: "Apply the eligibility test in regulation 21 of the Civil Legal Aid Regulations." },
  { kind: 'reference', previous: "Close runs according to the avalanche matrix in appendix B.", next: "Close runs according to the avalanche matrix in appendix D." },

  // ---------------------------------------------------------------- tone
  { kind: 'tone', tone: 'compassionate', previous: "Speak gently with bereaved families and give them time to ask questions.", next: "Keep calls with bereaved families short and move on once the booking is done." },
  { kind: 'tone', tone: 'formal', previous: "Address court users formally and use their title and surname.", next: "Chat with court users casually, first names are fine, keep it friendly and loose." },
  { kind: 'tone', tone: 'friendly', previous: "When a player reports a bug, thank them warmly and explain what happens next.", next: "When a player reports a bug, tell them it is probably their own fault and close the ticket." },
  { kind: 'tone', tone: 'reassuring', previous: "When a client is anxious about a missed visit, reassure them that a carer is on the way and apologise for the delay.", next: "When a client is anxious about a missed visit, tell them delays happen and they will have to wait." },

  // ---------------------------------------------------------------- drift
  { kind: 'drift', previous: "Never give out a member's pension balance over the phone. Send statements by post to the registered address.", next: "Never give out a member's pension balance over the phone. Send statements by post to the registered address. If the member is in a hurry, read the balance to them over the phone." },
  { kind: 'drift', previous: "Only the licensed ticket agent can sell tickets for this venue.", next: "Only the licensed ticket agent can sell tickets for this venue. Street sellers with a venue wristband may also sell tickets." },
  { kind: 'drift', previous: "Keep installers off roofs when winds exceed 40 km/h.", next: "Keep installers off roofs when winds exceed 40 km/h. Experienced installers may judge for themselves whether it is safe to continue." },
  { kind: 'drift', previous: "Controllers must maintain 3 nautical miles of separation between arrivals on final approach.", next: "Controllers must maintain 3 nautical miles of separation between arrivals on final approach. When traffic is heavy, 2 nautical miles is acceptable." },

  // ---------------------------------------------------------------- more sentence shapes (benign)
  { kind: 'benign', variant: 'reword', previous: "Save where the coroner directs otherwise, cremated remains are returned to the applicant.", next: "Cremated remains go back to the applicant, except where the coroner gives a different direction." },
  { kind: 'benign', variant: 'reword', previous: "Pay the lump sum not later than 30 days after retirement or 14 days after the forms arrive, whichever is earlier.", next: "The lump sum must be paid by whichever comes first: 30 days after retirement or 14 days after the forms arrive." },
  { kind: 'benign', variant: 'voice', previous: "No one may authorize a grid connection except the utility's interconnection engineer.", next: "A grid connection may be authorized only by the utility's interconnection engineer." },
  { kind: 'benign', variant: 'split-join', previous: "If a caller reports a burst main, take their address and a callback number. Then log the report as priority one.", next: "If a caller reports a burst main, take their address and a callback number, then log the report as priority one." },
  { kind: 'benign', variant: 'reword', previous: "Provided that the venue has approved it, a ticket may be transferred to another named person.", next: "A ticket may be transferred to another named person, but only if the venue has approved it." },
  { kind: 'benign', variant: 'stricter', previous: "Only a supervisor or a senior controller can approve a runway change.", next: "Only a supervisor can approve a runway change." },
  { kind: 'benign', variant: 'reword', previous: "When the user asks about a licensing fee, respond only with the published rate card; do not negotiate.", next: "If a user wants to know a licensing fee, give nothing but the published rate card and never bargain over it." },
  { kind: 'benign', variant: 'spelled-negation', previous: "Visitors who are unaccompanied must not enter the residential wings.", next: "Visitors without an escort must not enter the residential wings." },

  // ---------------------------------------------------------------- more sentence shapes (harmful)
  { kind: 'condition', previous: "Save where the coroner directs otherwise, cremated remains are returned to the applicant.", next: "Where the coroner directs otherwise, cremated remains are returned to the applicant." },
  { kind: 'condition', previous: "Provided that the venue has approved it, a ticket may be transferred to another named person.", next: "Unless the venue has refused it, a ticket may be transferred to another named person." },
  { kind: 'scope', previous: "No one may authorize a grid connection except the utility's interconnection engineer.", next: "No one may authorize a grid connection except the utility's interconnection engineer or the lead installer." },
  { kind: 'order', previous: "Pay the lump sum not later than 30 days after retirement or 14 days after the forms arrive, whichever is earlier.", next: "Pay the lump sum not later than 30 days after retirement or 14 days after the forms arrive, whichever is later." },
  { kind: 'conjunct', previous: "If a caller reports a burst main, take their address and a callback number. Then log the report as priority one.", next: "If a caller reports a burst main, take their address. Then log the report as priority one." },
  { kind: 'obligation', previous: "When the user asks about a licensing fee, respond only with the published rate card; do not negotiate.", next: "When the user asks about a licensing fee, respond with the published rate card; you may negotiate a discount." },
];
