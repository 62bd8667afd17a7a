// Held-back set v9 of issue 11: hand-labelled clause edits, written blind on 2026-12-02 by someone
// who never saw the detectors, their tests or any other labelled set; never tuned on; measured once
// by the lead (scripts/bench/clause-edits.ts --held-back --v9). Do not edit entries to make a
// detector pass.
//
// Labels say what a careful reviewer would want: `benign` keeps or strengthens the rule, every other
// kind weakens, loosens or changes it; an edit touching several things is labelled by its main
// change. Clauses come from many domains (pharmacy, aviation maintenance, legal intake, HR, trading
// compliance, child safety, security operations, logistics, public sector, research ethics, retail,
// energy, insurance, education), in British and American spelling, as prose, bullet lists and
// numbered steps. Harmful edits keep most words; benign edits mostly use other words.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V9: readonly ClauseEdit[] = [
  // ---- order and direction -------------------------------------------------------------------
  {
    kind: 'order',
    previous: `A licensed engineer signs the certificate of release to service only after the independent inspection of the flight controls is complete.`,
    next: `A licensed engineer signs the certificate of release to service only before the independent inspection of the flight controls is complete.`,
  },
  {
    kind: 'order',
    previous: `Check the patient's allergy record before dispensing any new prescription. If the record is missing, ask the patient and note their answer.`,
    next: `Check the patient's allergy record after dispensing any new prescription. If the record is missing, ask the patient and note their answer.`,
  },
  {
    kind: 'order',
    previous: `Client orders above £250,000 need a second approver from the desk before they are sent to the market.`,
    next: `Client orders below £250,000 need a second approver from the desk before they are sent to the market.`,
  },
  {
    kind: 'order',
    previous: `Dangerous goods are loaded last and unloaded first, so that they stay next to the doors for the whole trip.`,
    next: `Dangerous goods are loaded first and unloaded last, so that they stay next to the doors for the whole trip.`,
  },
  {
    kind: 'order',
    previous: `Fit your personal lock and tag to the isolator before removing the machine guard. Take the lock off only after the guard has been refitted.`,
    next: `Fit your personal lock and tag to the isolator after removing the machine guard. Take the lock off only after the guard has been refitted.`,
  },
  {
    kind: 'order',
    previous: `Successful candidates must receive their written offer no later than 10 working days before their start date.`,
    next: `Successful candidates must receive their written offer no earlier than 10 working days before their start date.`,
  },
  {
    kind: 'order',
    previous: `Adjusters may settle a claim without a manager's sign-off when the payout is at most $5,000.`,
    next: `Adjusters may settle a claim without a manager's sign-off when the payout is at least $5,000.`,
  },
  {
    kind: 'order',
    previous: `Participant data must be pseudonymised before it leaves the secure research environment.`,
    next: `Participant data must be pseudonymised once it has left the secure research environment.`,
  },
  {
    kind: 'order',
    previous: `When a host is compromised, take a forensic image of its disk first and reimage it afterwards.`,
    next: `When a host is compromised, reimage its disk first and take a forensic image of it afterwards.`,
  },
  {
    kind: 'order',
    previous: `Module marks are published to students no earlier than the day after the exam board has met.`,
    next: `Module marks are published to students no later than the day after the exam board has met.`,
  },
  {
    kind: 'order',
    previous: `If a child discloses abuse, inform the designated safeguarding lead first; the parents are contacted only afterwards, and only if the lead agrees.`,
    next: `If a child discloses abuse, contact the parents first; the designated safeguarding lead is informed only afterwards, and only if the parents agree.`,
  },
  {
    kind: 'order',
    previous: `Top up the hydraulic reservoir when the sight glass shows the fluid below the ADD mark.`,
    next: `Top up the hydraulic reservoir when the sight glass shows the fluid above the ADD mark.`,
  },

  // ---- condition flips ------------------------------------------------------------------------
  {
    kind: 'condition',
    previous: `Pay the courtesy car benefit only if the policy includes the Motor Plus add-on.`,
    next: `Pay the courtesy car benefit unless the policy includes the Motor Plus add-on.`,
  },
  {
    kind: 'condition',
    previous: `Working remotely from another country is allowed only once HR has confirmed the tax and visa position in writing.`,
    next: `Working remotely from another country is allowed until HR has confirmed the tax and visa position in writing.`,
  },
  {
    kind: 'condition',
    previous: `Run a conflict check before accepting any new matter, even if the client has instructed the firm before.`,
    next: `Run a conflict check before accepting any new matter, if the client has not instructed the firm before.`,
  },
  {
    kind: 'condition',
    previous: `Personal trades in any security on the firm's restricted list must be pre-cleared by compliance, unless the trade is in a broad-based index fund.`,
    next: `Personal trades in any security on the firm's restricted list must be pre-cleared by compliance, if the trade is in a broad-based index fund.`,
  },
  {
    kind: 'condition',
    previous: `Pass every concern to the designated safeguarding lead, even if the child asks you to keep it a secret.`,
    next: `Pass every concern to the designated safeguarding lead, unless the child asks you to keep it a secret.`,
  },
  {
    kind: 'condition',
    previous: `A supply can be disconnected for debt only if the customer has been offered a payment plan and has not replied within 28 days.`,
    next: `A supply can be disconnected for debt if the customer has been offered a payment plan or has not replied within 28 days.`,
  },
  {
    kind: 'condition',
    previous: `Release the requested records within 20 working days, except where a statutory exemption applies.`,
    next: `Release the requested records within 20 working days, only where a statutory exemption applies.`,
  },
  {
    kind: 'condition',
    previous: `The aircraft stays on the ground after any reported bird strike until an engineer has inspected it.`,
    next: `The aircraft stays on the ground after a reported bird strike that left visible damage until an engineer has inspected it.`,
  },
  {
    kind: 'condition',
    previous: `Rotate the shared service credentials whenever an engineer who had access to them leaves the team.`,
    next: `Rotate the shared service credentials when an engineer who had access to them leaves the team and a rotation is not already scheduled this quarter.`,
  },
  {
    kind: 'condition',
    previous: `Accept a return without a receipt only if the item still has its original tags attached.`,
    next: `Accept a return without a receipt if the item still has its original tags attached or the customer insists.`,
  },
  {
    kind: 'condition',
    previous: `Pharmacists may make an emergency supply of a repeat medicine only when the prescriber cannot be contacted and the patient has taken the medicine before.`,
    next: `Pharmacists may make an emergency supply of a repeat medicine whenever the patient has taken the medicine before.`,
  },

  // ---- scope narrowed or widened, weakening qualifiers ----------------------------------------
  {
    kind: 'scope',
    previous: `Every package containing lithium batteries must carry the Class 9 hazard label and the battery handling mark.`,
    next: `Packages containing lithium batteries must carry the Class 9 hazard label and the battery handling mark where practical.`,
  },
  {
    kind: 'scope',
    previous: `All interview panels must include at least one member from outside the hiring team.`,
    next: `Interview panels for senior roles must include at least one member from outside the hiring team.`,
  },
  {
    kind: 'scope',
    previous: `Counsel every patient who collects a new medicine about its common side effects and how to take it.`,
    next: `Counsel patients who collect a new medicine about its common side effects and how to take it when they ask.`,
  },
  {
    kind: 'scope',
    previous: `Send the final incident report to the CISO within two working days of closing the incident.`,
    next: `Send the final incident report to the CISO or any member of the security team within two working days of closing the incident.`,
  },
  {
    kind: 'scope',
    previous: `Raw audio recordings of interviews are deleted within 30 days of transcription.`,
    next: `Raw audio recordings of interviews are deleted within 30 days of transcription in most cases.`,
  },
  {
    kind: 'scope',
    previous: `Record every call with a client on the recorded line, including calls on your mobile.`,
    next: `Record calls with new clients on the recorded line, including calls on your mobile.`,
  },
  {
    kind: 'scope',
    previous: `Discuss the details of a claim only with the named policyholder.`,
    next: `Discuss the details of a claim only with the named policyholder or a member of their household.`,
  },
  {
    kind: 'scope',
    previous: `Each tool taken onto the aircraft must be signed out of the tool store and signed back in before the aircraft is released.`,
    next: `Tools taken onto the aircraft should usually be signed out of the tool store and signed back in before the aircraft is released.`,
  },
  {
    kind: 'scope',
    previous: `Redact the personal data of all third parties before any document is disclosed.`,
    next: `Redact the personal data of third parties who have asked for it before any document is disclosed.`,
  },
  {
    kind: 'scope',
    previous: `Ask for proof of age on every sale of knives, solvents, fireworks and alcohol.`,
    next: `Ask for proof of age on sales of knives, solvents, fireworks and alcohol to customers who look under 18.`,
  },
  {
    kind: 'scope',
    previous: `Return all marked coursework to students with written feedback within three weeks.`,
    next: `Return marked coursework to students with written feedback within three weeks, if possible.`,
  },
  {
    kind: 'scope',
    previous: `Staff must wear a gown, a hairnet and overshoes at all times in the cleanroom.`,
    next: `Staff must wear a gown, a hairnet and overshoes in the cleanroom whenever they are handling product.`,
  },

  {
    kind: 'scope',
    previous: `If a caller asks to speak to a supervisor about a disconnection, transfer them to the duty supervisor.`,
    next: `If a caller asks twice to speak to a supervisor about a disconnection, transfer them to the duty supervisor.`,
  },

  // ---- dropped conjunct or list item inside one sentence -------------------------------------
  {
    kind: 'conjunct',
    previous: `Before entering a substation, the technician must notify the control room and log the entry in the site access register.`,
    next: `Before entering a substation, the technician must notify the control room.`,
  },
  {
    kind: 'conjunct',
    previous: `Record the prospective client's full name, the name of the opposing party and the limitation date on the intake form.`,
    next: `Record the prospective client's full name and the name of the opposing party on the intake form.`,
  },
  {
    kind: 'conjunct',
    previous: `Controlled drugs must be counted by two people, entered in the register and stored in the locked cabinet.`,
    next: `Controlled drugs must be counted by two people and stored in the locked cabinet.`,
  },
  {
    kind: 'conjunct',
    previous: `Escalate to the designated safeguarding lead the same day if you see any of the following:\n\n- a disclosure of abuse or neglect\n- signs of self-harm\n- an adult asking to meet a child away from the club`,
    next: `Escalate to the designated safeguarding lead the same day if you see any of the following:\n\n- a disclosure of abuse or neglect\n- an adult asking to meet a child away from the club`,
  },
  {
    kind: 'conjunct',
    previous: `On a confirmed malware alert, isolate the host, revoke the user's active sessions and open a P1 incident.`,
    next: `On a confirmed malware alert, isolate the host and open a P1 incident.`,
  },
  {
    kind: 'conjunct',
    previous: `Exit interviews must cover the reason for leaving, any concerns about bullying or harassment, and the return of company equipment.`,
    next: `Exit interviews must cover the reason for leaving and the return of company equipment.`,
  },
  {
    kind: 'conjunct',
    previous: `Drivers must check the tyres, brakes and lights of the vehicle before every journey.`,
    next: `Drivers must check the tyres and lights of the vehicle before every journey.`,
  },
  {
    kind: 'conjunct',
    previous: `Refer the claim to the fraud team if the policy is less than 30 days old or the claimant has made three or more claims in the past year.`,
    next: `Refer the claim to the fraud team if the policy is less than 30 days old.`,
  },
  {
    kind: 'conjunct',
    previous: `Compliance must approve and record every gift or hospitality worth more than £100 given to or received from a client.`,
    next: `Compliance must approve every gift or hospitality worth more than £100 received from a client.`,
  },
  {
    kind: 'conjunct',
    previous: `The participant information sheet must state the purpose of the study, how the data will be stored, and the participant's right to withdraw without giving a reason.`,
    next: `The participant information sheet must state the purpose of the study and how the data will be stored.`,
  },
  {
    kind: 'conjunct',
    previous: `1. Open access panel 192BL.\n2. Inspect the hydraulic lines for chafing, corrosion and leaks.\n3. Close the panel and record the inspection on the task card.`,
    next: `1. Open access panel 192BL.\n2. Inspect the hydraulic lines for leaks.\n3. Close the panel and record the inspection on the task card.`,
  },

  // ---- obligation words beyond must/shall ----------------------------------------------------
  {
    kind: 'obligation',
    previous: `All people managers are required to complete the anti-harassment course every year.`,
    next: `All people managers are encouraged to complete the anti-harassment course every year.`,
  },
  {
    kind: 'obligation',
    previous: `Dispensing technicians may not hand out a prescription for a controlled drug without a pharmacist's final check.`,
    next: `Dispensing technicians may hand out a prescription for a controlled drug without a pharmacist's final check.`,
  },
  {
    kind: 'obligation',
    previous: `Sharing production credentials over chat or email is prohibited.`,
    next: `Sharing production credentials over chat or email is discouraged.`,
  },
  {
    kind: 'obligation',
    previous: `The shift lead is responsible for checking that every task card is stamped and signed before handover.`,
    next: `The shift lead can check that every task card is stamped and signed before handover.`,
  },
  {
    kind: 'obligation',
    previous: `Drivers need to take a 45-minute break after no more than 4.5 hours of driving.`,
    next: `Drivers are entitled to take a 45-minute break after no more than 4.5 hours of driving.`,
  },
  {
    kind: 'obligation',
    previous: `Employees have to hold any personal investment for at least 30 days before selling it.`,
    next: `Employees are advised to hold any personal investment for at least 30 days before selling it.`,
  },
  {
    kind: 'obligation',
    previous: `Intake staff are not allowed to give legal advice during the first call.`,
    next: `Intake staff are not expected to give legal advice during the first call.`,
  },
  {
    kind: 'obligation',
    previous: `Form tutors are required to report any unexplained absence to the attendance officer on the same day.`,
    next: `Form tutors are welcome to report any unexplained absence to the attendance officer on the same day.`,
  },
  {
    kind: 'obligation',
    previous: `Caseworkers are obliged to record the reason for every decision on the case file.`,
    next: `It is good practice for caseworkers to record the reason for every decision on the case file.`,
  },
  {
    kind: 'obligation',
    previous: `Agents must not predict the outcome of a claim before the adjuster's report is in. Quote only the policy wording.`,
    next: `Agents must not predict the outcome of a claim before the adjuster's report is in. Quote only the policy wording. Agents may share a likely outcome if the customer presses for one.`,
  },
  {
    kind: 'obligation',
    previous: `Line crews need to wear arc-rated clothing and face shields for all live-line work.`,
    next: `Line crews are permitted to wear arc-rated clothing and face shields for all live-line work.`,
  },

  // ---- negation moved or rescoped, contradicting sentence added -------------------------------
  {
    kind: 'rescope',
    previous: `Never quote a freight price over the phone; email the customer a written quotation.`,
    next: `Quote a freight price over the phone when a written quotation cannot be emailed.`,
  },
  {
    kind: 'rescope',
    previous: `Do not recommend a change of dose; refer the patient back to their prescriber.`,
    next: `Recommend a change of dose when the patient cannot be referred back to their prescriber.`,
  },
  {
    kind: 'rescope',
    previous: `Do not record the reason for sickness absence in the shared team calendar; record it only in the HR system.`,
    next: `Record the reason for sickness absence in the shared team calendar; do not record it in the HR system.`,
  },
  {
    kind: 'rescope',
    previous: `Never turn off multi-factor authentication for a user; reset their second factor instead.`,
    next: `Turn off multi-factor authentication for a user when their second factor cannot be reset.`,
  },
  {
    kind: 'rescope',
    previous: `Never be alone with a child behind a closed door; keep the door open or bring in a second adult.`,
    next: `Be alone with a child behind a closed door only when a second adult is not available.`,
  },
  {
    kind: 'rescope',
    previous: `Never defer a defect on a primary flight control; rectify it before the next flight.`,
    next: `Defer a defect on a primary flight control when it cannot be rectified before the next flight.`,
  },
  {
    kind: 'rescope',
    previous: `Do not use identifiable quotations in publications; paraphrase them instead.`,
    next: `Use identifiable quotations in publications when they cannot be paraphrased.`,
  },
  {
    kind: 'rescope',
    previous: `Never sell alcohol to anyone who cannot show valid photo ID when asked. Refuse the sale politely and log the refusal.`,
    next: `Never sell alcohol to anyone who cannot show valid photo ID when asked. Refuse the sale politely and log the refusal. Regular customers known to the staff do not need to show ID.`,
  },
  {
    kind: 'rescope',
    previous: `Meter readers must never enter a property when no adult is present.`,
    next: `Meter readers must never enter a property when no adult is present. If a teenager answers the door, the reader can go in to read the meter.`,
  },
  {
    kind: 'rescope',
    previous: `No one may approve their own expense claim. Claims are approved by the claimant's line manager.`,
    next: `No one may approve their own expense claim. Claims are approved by the claimant's line manager. Directors can approve their own claims up to £500.`,
  },

  // ---- roles swapped ---------------------------------------------------------------------------
  {
    kind: 'roles',
    previous: `The pharmacist checks every prescription that the dispensing technician has assembled.`,
    next: `The dispensing technician checks every prescription that the pharmacist has assembled.`,
  },
  {
    kind: 'roles',
    previous: `The inspector must verify the mechanic's work before the aircraft is released to service.`,
    next: `The mechanic must verify the inspector's work before the aircraft is released to service.`,
  },
  {
    kind: 'roles',
    previous: `The supervising solicitor approves every engagement letter the paralegal drafts.`,
    next: `The paralegal approves every engagement letter the supervising solicitor drafts.`,
  },
  {
    kind: 'roles',
    previous: `HR, not the line manager, decides whether a grievance is upheld.`,
    next: `The line manager, not HR, decides whether a grievance is upheld.`,
  },
  {
    kind: 'roles',
    previous: `Access requests for production are approved by the system owner, never by the requester.`,
    next: `Access requests for production are approved by the requester, never by the system owner.`,
  },
  {
    kind: 'roles',
    previous: `Each quarter, the compliance officer reviews the personal account dealing of every trader.`,
    next: `Each quarter, every trader reviews the personal account dealing of the compliance officer.`,
  },
  {
    kind: 'roles',
    previous: `Volunteers report every concern to the designated safeguarding lead, who decides whether to refer it to children's services.`,
    next: `The designated safeguarding lead reports every concern to the volunteers, who decide whether to refer it to children's services.`,
  },
  {
    kind: 'roles',
    previous: `The claims handler must verify the caller's identity before discussing the claim.`,
    next: `The caller must verify the claims handler's identity before discussing the claim.`,
  },
  {
    kind: 'roles',
    previous: `Class teachers mark the mock exam papers, and the head of department moderates a sample of them.`,
    next: `The head of department marks the mock exam papers, and class teachers moderate a sample of them.`,
  },
  {
    kind: 'roles',
    previous: `The consignee, not the carrier, signs the proof of delivery.`,
    next: `The carrier, not the consignee, signs the proof of delivery.`,
  },
  {
    kind: 'roles',
    previous: `The ethics committee must approve the protocol before the principal investigator recruits any participant.`,
    next: `The principal investigator must approve the protocol before the ethics committee recruits any participant.`,
  },

  // ---- negation added or removed ---------------------------------------------------------------
  {
    kind: 'negation',
    previous: `Do not substitute a branded anti-epileptic medicine with a generic one without the prescriber's agreement.`,
    next: `Substitute a branded anti-epileptic medicine with a generic one without the prescriber's agreement.`,
  },
  {
    kind: 'negation',
    previous: `Logs that contain access tokens must not be forwarded to the third-party SIEM.`,
    next: `Logs that contain access tokens must be forwarded to the third-party SIEM.`,
  },
  {
    kind: 'negation',
    previous: `References for former employees must not mention their sickness record or any disability.`,
    next: `References for former employees must mention their sickness record or any disability.`,
  },
  {
    kind: 'negation',
    previous: `An aircraft with an inoperative stall warning system is not to be dispatched.`,
    next: `An aircraft with an inoperative stall warning system is to be dispatched.`,
  },
  {
    kind: 'negation',
    previous: `Do not pass details of a client's pending order to anyone on another desk.`,
    next: `Pass details of a client's pending order to anyone on another desk.`,
  },
  {
    kind: 'negation',
    previous: `Staff never photograph pupils on their personal phones; only the school's own cameras and tablets are used.`,
    next: `Staff photograph pupils on their personal phones; the school's own cameras and tablets are also used.`,
  },
  {
    kind: 'negation',
    previous: `Never admit liability on the policyholder's behalf, even when the facts seem clear.`,
    next: `Admit liability on the policyholder's behalf when the facts seem clear.`,
  },
  {
    kind: 'negation',
    previous: `Do not take instructions from a third party on a client's behalf without the client's written authority.`,
    next: `Take instructions from a third party on a client's behalf without the client's written authority.`,
  },
  {
    kind: 'negation',
    previous: `Prepayment customers who run out of credit are not cut off overnight, at weekends or on public holidays.`,
    next: `Prepayment customers who run out of credit are cut off overnight, at weekends or on public holidays.`,
  },
  {
    kind: 'negation',
    previous: `When you refuse an information request, tell the applicant which exemption was applied and how to ask for a review.`,
    next: `When you refuse an information request, do not tell the applicant which exemption was applied or how to ask for a review.`,
  },
  {
    kind: 'negation',
    previous: `Staff must not ask a customer why they are returning an item that is within the 28-day window.`,
    next: `Staff must ask a customer why they are returning an item that is within the 28-day window.`,
  },

  // ---- numbers ------------------------------------------------------------------------------
  {
    kind: 'number',
    previous: `Re-torque the main wheel nuts after the first 25 flight hours following a wheel change.`,
    next: `Re-torque the main wheel nuts after the first 50 flight hours following a wheel change.`,
  },
  {
    kind: 'number',
    previous: `Reconcile the controlled drugs register against the stock at least once every 7 days.`,
    next: `Reconcile the controlled drugs register against the stock at least once every 14 days.`,
  },
  {
    kind: 'number',
    previous: `Keep interview notes for 6 months after the hiring decision, then delete them.`,
    next: `Keep interview notes for 6 years after the hiring decision, then delete them.`,
  },
  {
    kind: 'number',
    previous: `Report any suspicious transaction to the MLRO within 24 hours of noticing it.`,
    next: `Report any suspicious transaction to the MLRO within 72 hours of noticing it.`,
  },
  {
    kind: 'number',
    previous: `Passwords for user accounts must be at least 14 characters long.`,
    next: `Passwords for user accounts must be at least 10 characters long.`,
  },
  {
    kind: 'number',
    previous: `Refrigerated containers carrying vaccines must be kept between 2 °C and 8 °C for the whole journey.`,
    next: `Refrigerated containers carrying vaccines must be kept between 2 °C and 12 °C for the whole journey.`,
  },
  {
    kind: 'number',
    previous: `Acknowledge every complaint within 5 working days and send the final response within 8 weeks.`,
    next: `Acknowledge every complaint within 5 working days and send the final response within 12 weeks.`,
  },
  {
    kind: 'number',
    previous: `Children under 13 cannot create an account, even with a parent's permission.`,
    next: `Children under 11 cannot create an account, even with a parent's permission.`,
  },
  {
    kind: 'number',
    previous: `Give affected customers at least seven days' written notice before a planned power cut.`,
    next: `Give affected customers at least two days' written notice before a planned power cut.`,
  },
  {
    kind: 'number',
    previous: `A student who misses more than 3 consecutive seminars is referred to the welfare officer.`,
    next: `A student who misses more than 5 consecutive seminars is referred to the welfare officer.`,
  },
  {
    kind: 'number',
    previous: `Answer written questions from councillors not later than 10 working days after they are received.`,
    next: `Answer written questions from councillors not later than 15 working days after they are received.`,
  },

  // ---- modal weakened --------------------------------------------------------------------------
  {
    kind: 'modal',
    previous: `Officers must give written reasons for every refusal of a licence.`,
    next: `Officers should give written reasons for every refusal of a licence.`,
  },
  {
    kind: 'modal',
    previous: `Drivers shall secure every load with at least four ratchet straps before leaving the yard.`,
    next: `Drivers may secure every load with at least four ratchet straps before leaving the yard.`,
  },
  {
    kind: 'modal',
    previous: `The pharmacist must speak to the patient in the consultation room before supplying emergency contraception.`,
    next: `The pharmacist should speak to the patient in the consultation room before supplying emergency contraception.`,
  },
  {
    kind: 'modal',
    previous: `Technicians shall use only calibrated torque wrenches issued from the tool store.`,
    next: `Technicians can use calibrated torque wrenches issued from the tool store.`,
  },
  {
    kind: 'modal',
    previous: `Hiring managers must score every interview on the structured scorecard.`,
    next: `Hiring managers could score every interview on the structured scorecard.`,
  },
  {
    kind: 'modal',
    previous: `Administrators must connect to production servers through the bastion host.`,
    next: `Administrators should connect to production servers through the bastion host.`,
  },
  {
    kind: 'modal',
    previous: `Traders must not use personal messaging apps for client business.`,
    next: `Traders should not use personal messaging apps for client business.`,
  },
  {
    kind: 'modal',
    previous: `Researchers shall store identifiable data only on encrypted, university-managed drives.`,
    next: `Researchers should store identifiable data only on encrypted, university-managed drives.`,
  },
  {
    kind: 'modal',
    previous: `You must read the key facts to the customer before taking the first premium.`,
    next: `You might read the key facts to the customer before taking the first premium.`,
  },
  {
    kind: 'modal',
    previous: `- Teachers **must** log every behaviour incident on the school system.\n- Teachers must inform the parents of the pupils involved on the same day.`,
    next: `- Teachers **must** log every behaviour incident on the school system.\n- Teachers should inform the parents of the pupils involved on the same day.`,
  },
  {
    kind: 'modal',
    previous: `Moderators will remove any image that shows a child in a state of undress, whatever the caption says.`,
    next: `Moderators may remove any image that shows a child in a state of undress, whatever the caption says.`,
  },

  // ---- a whole requirement dropped ---------------------------------------------------------
  {
    kind: 'requirement',
    previous: `Lock your screen whenever you leave your desk. Never plug in a USB stick you found or were given at an event. Report any lost laptop or phone to the service desk within one hour.`,
    next: `Lock your screen whenever you leave your desk. Report any lost laptop or phone to the service desk within one hour.`,
  },
  {
    kind: 'requirement',
    previous: `## Dispensary rules\n\n- Check the name, date of birth and address on every bag before handing it over.\n- Keep the controlled drugs cabinet locked at all times.\n- Refer any request for a pharmacy-only medicine to the pharmacist.`,
    next: `## Dispensary rules\n\n- Check the name, date of birth and address on every bag before handing it over.\n- Refer any request for a pharmacy-only medicine to the pharmacist.`,
  },
  {
    kind: 'requirement',
    previous: `1. Chock the main wheels.\n2. Fit the landing gear safety pins.\n3. Connect ground power.\n4. Open the cargo doors.`,
    next: `1. Chock the main wheels.\n2. Connect ground power.\n3. Open the cargo doors.`,
  },
  {
    kind: 'requirement',
    previous: `Managers must hold a return-to-work meeting after every sickness absence. The meeting is recorded on the HR system. If the absence was related to a disability, offer a referral to occupational health.`,
    next: `Managers must hold a return-to-work meeting after every sickness absence. The meeting is recorded on the HR system.`,
  },

  // ---- entity changed -----------------------------------------------------------------------
  {
    kind: 'entity',
    previous: `Report suspected adverse drug reactions through the Yellow Card scheme.`,
    next: `Report suspected adverse drug reactions through the manufacturer's customer helpline.`,
  },
  {
    kind: 'entity',
    previous: `Refer every new immigration enquiry to the Leeds office, which holds the firm's immigration accreditation.`,
    next: `Refer every new immigration enquiry to the Bristol office, which holds the firm's immigration accreditation.`,
  },
  {
    kind: 'entity',
    previous: `Suspected insider dealing is reported to the Financial Conduct Authority by the compliance officer.`,
    next: `Suspected insider dealing is reported to the head of trading by the compliance officer.`,
  },
  {
    kind: 'entity',
    previous: `Fit only parts that come with an EASA Form 1 or an equivalent airworthiness release certificate.`,
    next: `Fit only parts that come with a supplier's certificate of conformity or an equivalent delivery note.`,
  },

  // ---- reference changed --------------------------------------------------------------------
  {
    kind: 'reference',
    previous: `Apply only the exemptions listed in section 4.2 of the Disclosure Policy.`,
    next: `Apply only the exemptions listed in section 6.2 of the Disclosure Policy.`,
  },
  {
    kind: 'reference',
    previous: `For a suspected ransomware infection, follow runbook IR-07 from the first step.`,
    next: `For a suspected ransomware infection, follow runbook IR-01 from the first step.`,
  },
  {
    kind: 'reference',
    previous: `Handle a formal grievance under the procedure in Appendix B of the Employee Handbook.`,
    next: `Handle a formal grievance under the procedure in Appendix D of the Employee Handbook.`,
  },
  {
    kind: 'reference',
    previous: `Exclusions are explained with the wording of clause 12 of the policy schedule.`,
    next: `Exclusions are explained with the wording of clause 21 of the policy schedule.`,
  },

  // ---- tone moved away from the declared one -------------------------------------------------
  {
    kind: 'tone',
    tone: 'formal',
    previous: `Please inform the prospective client that the firm will confirm in writing, within five working days, whether it is able to act on their behalf.`,
    next: `Just tell them we'll drop them an email in five days or so to say if we can take it on 🙂`,
  },
  {
    kind: 'tone',
    tone: 'empathetic',
    previous: `Acknowledge the employee's loss, offer our sincere condolences, and explain gently the bereavement leave they can take and how to ask for more time if they need it.`,
    next: `State the bereavement leave entitlement. Requests for additional time must be submitted through the HR system and will be assessed against policy.`,
  },
  {
    kind: 'tone',
    tone: 'friendly',
    previous: `Thank the customer for shopping with us and let them know we're happy to help with their return.`,
    next: `Inform the customer that returns are processed strictly in accordance with the returns policy. Requests outside the policy will be refused.`,
  },
  {
    kind: 'tone',
    tone: 'neutral',
    previous: `Explain the council tax band of the property and how the resident can appeal against it.`,
    next: `Explain the council tax band of the property (the fun bit!) and how the resident can appeal against it. Good luck with that, haha! 😂`,
  },

  // ---- drift: the rule rewritten into something else -------------------------------------------
  {
    kind: 'drift',
    previous: `Participants may withdraw from the study at any time without giving a reason, and their data will be deleted if they ask.`,
    next: `Participants who wish to withdraw should discuss their reasons with the research team, who will decide what happens to the data already collected.`,
  },
  {
    kind: 'drift',
    previous: `Report every temperature excursion to the quality team and quarantine the affected stock until QA releases it.`,
    next: `Temperature excursions are common in summer, so drivers use their judgement about whether the stock is still fit to deliver.`,
  },
  {
    kind: 'drift',
    previous: `Customers on the Priority Services Register get advance notice of planned power cuts and a welfare call during any outage longer than 6 hours.`,
    next: `Customers can join the Priority Services Register online to receive news and updates about power cuts in their area.`,
  },

  // ==== benign: the rule is kept or made stricter =============================================
  // ---- reword: the same rule in other words ----------------------------------------------------
  {
    kind: 'benign',
    variant: 'reword',
    previous: `Check the patient's date of birth and address before handing over any prescription.`,
    next: `Before you give anyone a prescription, confirm the patient's address and date of birth.`,
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: `Tell every candidate the outcome of their interview within 10 working days.`,
    next: `Let each applicant know whether they were successful no more than 10 working days after their interview.`,
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: `Report a lost or stolen laptop to the service desk straight away.`,
    next: `If your laptop goes missing or is stolen, tell the service desk immediately.`,
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: `Do not give an opinion on the merits of the case during the intake call.`,
    next: `During the intake call, refrain from commenting on whether the case is likely to succeed.`,
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: `Drivers must not accept cash on delivery.`,
    next: `Drivers are not permitted to take cash payments when they deliver goods.`,
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: `Offer a refund or an exchange for faulty goods returned within 30 days of purchase.`,
    next: `When faulty goods come back within 30 days of being bought, give the customer the choice of their money back or a replacement.`,
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: `Store signed consent forms separately from the research data.`,
    next: `Keep the signed consent forms apart from the study data.`,
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: `Every fault found on the walk-round must be entered in the technical log before the next flight.`,
    next: `Anything wrong that you spot on the walk-round has to be written up in the technical log before the aircraft flies again.`,
  },
  {
    kind: 'benign',
    variant: 'reword',
    previous: `Give the customer the reference number of their complaint at the end of the call.`,
    next: `Before the call ends, make sure the customer has their complaint reference number.`,
  },

  // ---- voice: active <-> passive ---------------------------------------------------------------
  {
    kind: 'benign',
    variant: 'voice',
    previous: `The responsible pharmacist must sign the controlled drugs register at the end of each day.`,
    next: `The controlled drugs register must be signed by the responsible pharmacist at the end of each day.`,
  },
  {
    kind: 'benign',
    variant: 'voice',
    previous: `Payslips are issued by payroll on the last working day of the month.`,
    next: `Payroll issues payslips on the last working day of the month.`,
  },
  {
    kind: 'benign',
    variant: 'voice',
    previous: `A licensed engineer must certify each repair to the airframe.`,
    next: `Each repair to the airframe must be certified by a licensed engineer.`,
  },
  {
    kind: 'benign',
    variant: 'voice',
    previous: `Staff must forward suspicious emails to the phishing mailbox without opening any attachment.`,
    next: `Suspicious emails must be forwarded by staff to the phishing mailbox without any attachment being opened.`,
  },
  {
    kind: 'benign',
    variant: 'voice',
    previous: `The compliance team reviews all marketing material before it is published.`,
    next: `All marketing material is reviewed by the compliance team before it is published.`,
  },
  {
    kind: 'benign',
    variant: 'voice',
    previous: `Applications for a disabled parking permit are assessed by an occupational therapist.`,
    next: `An occupational therapist assesses applications for a disabled parking permit.`,
  },
  {
    kind: 'benign',
    variant: 'voice',
    previous: `The loss adjuster must inspect the vehicle before any repair is authorized.`,
    next: `The vehicle must be inspected by the loss adjuster before anyone authorizes a repair.`,
  },
  {
    kind: 'benign',
    variant: 'voice',
    previous: `Parents must be told by the class teacher about any injury at school on the same day.`,
    next: `The class teacher must tell parents about any injury at school on the same day.`,
  },
  {
    kind: 'benign',
    variant: 'voice',
    previous: `Only the warehouse supervisor can override a failed scan.`,
    next: `A failed scan can be overridden only by the warehouse supervisor.`,
  },

  // ---- split-join: sentences split or joined ---------------------------------------------------
  {
    kind: 'benign',
    variant: 'split-join',
    previous: `Lock your screen when you leave your desk. This applies in the office and when working from home.`,
    next: `Lock your screen whenever you leave your desk, both in the office and when working from home.`,
  },
  {
    kind: 'benign',
    variant: 'split-join',
    previous: `Pharmacists must check for interactions with the patient's other medicines and must record the check in the patient medication record.`,
    next: `Pharmacists must check for interactions with the patient's other medicines. They must record the check in the patient medication record.`,
  },
  {
    kind: 'benign',
    variant: 'split-join',
    previous: `Every shipment of dangerous goods needs a declaration signed by the shipper, and the declaration must be kept for two years.`,
    next: `Every shipment of dangerous goods needs a declaration signed by the shipper. Keep the declaration for two years.`,
  },
  {
    kind: 'benign',
    variant: 'split-join',
    previous: `Brief the whole towing team before the aircraft moves. Post a wing walker on each side.`,
    next: `Brief the whole towing team before the aircraft moves and post a wing walker on each side.`,
  },
  {
    kind: 'benign',
    variant: 'split-join',
    previous: `Notify the data protection officer of any personal data breach within 24 hours; the officer decides whether the regulator must be told.`,
    next: `Notify the data protection officer of any personal data breach within 24 hours. The officer then decides whether the regulator must be told.`,
  },
  {
    kind: 'benign',
    variant: 'split-join',
    previous: `Interviewers score each answer on their own. They must not discuss a candidate until every score has been submitted.`,
    next: `Interviewers score each answer on their own and must not discuss a candidate until every score has been submitted.`,
  },
  {
    kind: 'benign',
    variant: 'split-join',
    previous: `Meter installers must show their ID badge and explain the work before they start.`,
    next: `Meter installers must show their ID badge. Before they start, they must also explain the work.`,
  },
  {
    kind: 'benign',
    variant: 'split-join',
    previous: `All trades must be booked on the day they are executed. Late bookings must be reported to the head of the desk.`,
    next: `All trades must be booked on the day they are executed, and any late booking must be reported to the head of the desk.`,
  },
  {
    kind: 'benign',
    variant: 'split-join',
    previous: `Students may use a calculator in Paper 2, but it must not be programmable and it must not connect to the internet.`,
    next: `Students may use a calculator in Paper 2. It must not be programmable. It must not connect to the internet.`,
  },

  // ---- reorder: independent sentences or list items in another order -------------------------
  {
    kind: 'benign',
    variant: 'reorder',
    previous: `Wear a hard hat and high-visibility vest on site. Sign in at the gatehouse.`,
    next: `Sign in at the gatehouse. Wear a hard hat and high-visibility vest on site.`,
  },
  {
    kind: 'benign',
    variant: 'reorder',
    previous: `- Keep itemised receipts for every expense.\n- Submit claims within 60 days of spending.\n- Book travel with the corporate card.`,
    next: `- Book travel with the corporate card.\n- Keep itemised receipts for every expense.\n- Submit claims within 60 days of spending.`,
  },
  {
    kind: 'benign',
    variant: 'reorder',
    previous: `Never discuss a patient in a public area. Lock the medicines trolley whenever it is unattended. Put used sharps in the yellow bins.`,
    next: `Put used sharps in the yellow bins. Never discuss a patient in a public area. Lock the medicines trolley whenever it is unattended.`,
  },
  {
    kind: 'benign',
    variant: 'reorder',
    previous: `Escalate any threat of violence to the security team. Log every complaint in the CRM.`,
    next: `Log every complaint in the CRM. Escalate any threat of violence to the security team.`,
  },
  {
    kind: 'benign',
    variant: 'reorder',
    previous: `Anonymise the transcripts before analysis. Give every participant a copy of the information sheet to keep.`,
    next: `Give every participant a copy of the information sheet to keep. Anonymise the transcripts before analysis.`,
  },
  {
    kind: 'benign',
    variant: 'reorder',
    previous: `Do not send research to clients before it has been published. Keep chat logs for five years.`,
    next: `Keep chat logs for five years. Do not send research to clients before it has been published.`,
  },
  {
    kind: 'benign',
    variant: 'reorder',
    previous: `Take the register at the start of every lesson. Report any bullying to the head of year.`,
    next: `Report any bullying to the head of year. Take the register at the start of every lesson.`,
  },
  {
    kind: 'benign',
    variant: 'reorder',
    previous: `Quote the policy number in every letter. Do not promise a settlement figure over the phone. Send a copy of every letter to the broker.`,
    next: `Do not promise a settlement figure over the phone. Quote the policy number in every letter and send a copy of each letter to the broker.`,
  },
  {
    kind: 'benign',
    variant: 'reorder',
    previous: `Wear your ID badge where it can be seen at all times in the building. Do not let anyone follow you through a security door without badging in.`,
    next: `Do not let anyone follow you through a security door without badging in. Wear your ID badge where it can be seen at all times in the building.`,
  },

  // ---- abbreviation expanded or introduced ---------------------------------------------------
  {
    kind: 'benign',
    variant: 'abbreviation',
    previous: `Report any personal data breach to the DPO within 24 hours.`,
    next: `Report any personal data breach to the data protection officer (DPO) within 24 hours.`,
  },
  {
    kind: 'benign',
    variant: 'abbreviation',
    previous: `Every AOG event must be escalated to maintenance control within 15 minutes.`,
    next: `Every aircraft-on-ground event must be escalated to maintenance control within 15 minutes.`,
  },
  {
    kind: 'benign',
    variant: 'abbreviation',
    previous: `Check the patient's ID before handing over any CD.`,
    next: `Check the patient's identification before handing over any controlled drug.`,
  },
  {
    kind: 'benign',
    variant: 'abbreviation',
    previous: `Require MFA for every admin login.`,
    next: `Require multi-factor authentication for every administrator login.`,
  },
  {
    kind: 'benign',
    variant: 'abbreviation',
    previous: `No one may work unsupervised with children until their enhanced DBS check has come back clear.`,
    next: `No one may work unsupervised with children until their enhanced Disclosure and Barring Service check has come back clear.`,
  },
  {
    kind: 'benign',
    variant: 'abbreviation',
    previous: `File a SAR with the NCA as soon as money laundering is suspected.`,
    next: `File a suspicious activity report with the National Crime Agency as soon as money laundering is suspected.`,
  },
  {
    kind: 'benign',
    variant: 'abbreviation',
    previous: `Keep the personal protective equipment log up to date for every crew.`,
    next: `Keep the PPE log up to date for every crew.`,
  },
  {
    kind: 'benign',
    variant: 'abbreviation',
    previous: `Answer every freedom of information request within 20 working days.`,
    next: `Answer every FOI request within 20 working days.`,
  },
  {
    kind: 'benign',
    variant: 'abbreviation',
    previous: `Send the proof of delivery to the customer within 24 hrs.`,
    next: `Send the proof of delivery to the customer within 24 hours.`,
  },

  // ---- emphasis: the same rule said more forcefully --------------------------------------------
  {
    kind: 'benign',
    variant: 'emphasis',
    previous: `Do not share patient records by email.`,
    next: `Do **not** share patient records by email.`,
  },
  {
    kind: 'benign',
    variant: 'emphasis',
    previous: `Never leave a child unsupervised on the premises.`,
    next: `Never, under any circumstances, leave a child unsupervised on the premises.`,
  },
  {
    kind: 'benign',
    variant: 'emphasis',
    previous: `Confirm the isolation with a voltage tester before work begins.`,
    next: `**Always** confirm the isolation with a voltage tester before work begins.`,
  },
  {
    kind: 'benign',
    variant: 'emphasis',
    previous: `Do not discuss unpublished results with anyone outside the deal team.`,
    next: `Do not discuss unpublished results with anyone outside the deal team, not even with colleagues at the firm.`,
  },
  {
    kind: 'benign',
    variant: 'emphasis',
    previous: `Passwords must not be written down.`,
    next: `Passwords must *never* be written down.`,
  },
  {
    kind: 'benign',
    variant: 'emphasis',
    previous: `Verify the caller's identity before making any change to the policy.`,
    next: `IMPORTANT: verify the caller's identity before making any change to the policy.`,
  },
  {
    kind: 'benign',
    variant: 'emphasis',
    previous: `Aircraft must not be towed without a qualified brake operator in the flight deck.`,
    next: `Aircraft must not be towed without a qualified brake operator in the flight deck. There are no exceptions to this rule.`,
  },
  {
    kind: 'benign',
    variant: 'emphasis',
    previous: `Report every near miss to the site safety officer.`,
    next: `Report every near miss to the site safety officer, however minor it seems.`,
  },
  {
    kind: 'benign',
    variant: 'emphasis',
    previous: `Staff must not accept gifts from suppliers.`,
    next: `Staff must not accept gifts of any kind or value from suppliers.`,
  },

  // ---- spelled-negation: a negated word spelled out, or the reverse --------------------------
  {
    kind: 'benign',
    variant: 'spelled-negation',
    previous: `Send a reminder for unpaid invoices 30 days after the due date.`,
    next: `Send a reminder for invoices that have not been paid 30 days after the due date.`,
  },
  {
    kind: 'benign',
    variant: 'spelled-negation',
    previous: `Unaccompanied minors must be met at the gate by a member of staff.`,
    next: `Minors who are travelling without an adult must be met at the gate by a member of staff.`,
  },
  {
    kind: 'benign',
    variant: 'spelled-negation',
    previous: `Delete unverified accounts 14 days after they are created.`,
    next: `Delete accounts that have not been verified 14 days after they are created.`,
  },
  {
    kind: 'benign',
    variant: 'spelled-negation',
    previous: `Unlicensed staff may not sign a certificate of release to service.`,
    next: `Staff who do not hold a licence may not sign a certificate of release to service.`,
  },
  {
    kind: 'benign',
    variant: 'spelled-negation',
    previous: `Unsigned timesheets are returned to the employee for signature.`,
    next: `Timesheets that have not been signed are returned to the employee for signature.`,
  },
  {
    kind: 'benign',
    variant: 'spelled-negation',
    previous: `Quarantine any stock that comes from an unapproved supplier.`,
    next: `Quarantine any stock that comes from a supplier that has not been approved.`,
  },
  {
    kind: 'benign',
    variant: 'spelled-negation',
    previous: `Tell participants that incomplete questionnaires will be discarded.`,
    next: `Tell participants that questionnaires which are not complete will be discarded.`,
  },
  {
    kind: 'benign',
    variant: 'spelled-negation',
    previous: `Do not release grades that have not been moderated.`,
    next: `Do not release unmoderated grades.`,
  },
  {
    kind: 'benign',
    variant: 'spelled-negation',
    previous: `Flag every transaction with an unidentified beneficiary for review.`,
    next: `Flag every transaction whose beneficiary has not been identified for review.`,
  },

  // ---- stricter: the rule tightened ----------------------------------------------------------
  {
    kind: 'benign',
    variant: 'stricter',
    previous: `Send a written reply to every complaint within 10 working days.`,
    next: `Send a written reply to every complaint within 5 working days.`,
  },
  {
    kind: 'benign',
    variant: 'stricter',
    previous: `Staff should wear gloves when handling cytotoxic medicines.`,
    next: `Staff must wear gloves when handling cytotoxic medicines.`,
  },
  {
    kind: 'benign',
    variant: 'stricter',
    previous: `Require multi-factor authentication for administrators.`,
    next: `Require multi-factor authentication for all users, including administrators.`,
  },
  {
    kind: 'benign',
    variant: 'stricter',
    previous: `Log visitors to the hangar.`,
    next: `Log every visitor to the hangar and escort them at all times.`,
  },
  {
    kind: 'benign',
    variant: 'stricter',
    previous: `Two people must be present when the cash safe is opened.`,
    next: `Two people, one of them a manager, must be present when the cash safe is opened.`,
  },
  {
    kind: 'benign',
    variant: 'stricter',
    previous: `Keep hazardous waste separate from general waste.`,
    next: `Keep hazardous waste separate from general waste and label each container with what it holds.`,
  },
  {
    kind: 'benign',
    variant: 'stricter',
    previous: `Pre-clear personal trades above £10,000 with compliance.`,
    next: `Pre-clear every personal trade with compliance, whatever its size.`,
  },
  {
    kind: 'benign',
    variant: 'stricter',
    previous: `Passwords must be at least 12 characters long.`,
    next: `Passwords must be at least 16 characters long.`,
  },
  {
    kind: 'benign',
    variant: 'stricter',
    previous: `Volunteers may drive children to matches if a parent has given consent.`,
    next: `Volunteers may drive children to matches only if a parent has given written consent and a second adult is in the car.`,
  },

  // ---- markdown: formatting changed, words kept ----------------------------------------------
  {
    kind: 'benign',
    variant: 'markdown',
    previous: `Escalation contacts: the duty manager first, then the regional director.`,
    next: `**Escalation contacts:** the duty manager first, then the regional director.`,
  },
  {
    kind: 'benign',
    variant: 'markdown',
    previous: `# Dispensing\nCheck the label against the prescription before bagging.`,
    next: `## Dispensing\n\nCheck the label against the prescription before bagging.`,
  },
  {
    kind: 'benign',
    variant: 'markdown',
    previous: `Never share the door code with visitors or contractors.`,
    next: `> Never share the door code with visitors or contractors.`,
  },
  {
    kind: 'benign',
    variant: 'markdown',
    previous: `* Wear ear defenders in the turbine hall.\n* Wear safety boots everywhere on site.`,
    next: `- Wear ear defenders in the turbine hall.\n- Wear safety boots everywhere on site.`,
  },
  {
    kind: 'benign',
    variant: 'markdown',
    previous: `1) Verify the caller.\n2) Read the disclosure statement.\n3) Take the payment.`,
    next: `1. Verify the caller.\n2. Read the disclosure statement.\n3. Take the payment.`,
  },
  {
    kind: 'benign',
    variant: 'markdown',
    previous: `Accept returns of unworn clothing within 28 days with a receipt.`,
    next: `### Returns\n\nAccept returns of unworn clothing within 28 days with a receipt.`,
  },
  {
    kind: 'benign',
    variant: 'markdown',
    previous: `Follow the lockout procedure LOTO-3 before any maintenance on the conveyor.`,
    next: `Follow the lockout procedure \`LOTO-3\` before any maintenance on the conveyor.`,
  },
  {
    kind: 'benign',
    variant: 'markdown',
    previous: `Researchers must obtain written consent from every participant before the first interview, and must give them a copy of the signed form.`,
    next: `Researchers must obtain written consent from every participant before the\nfirst interview, and must give them a copy of the signed form.`,
  },
  {
    kind: 'benign',
    variant: 'markdown',
    previous: `Complaints about a teacher go to the headteacher; complaints about the headteacher go to the chair of governors.`,
    next: `Complaints about a teacher go to the _headteacher_; complaints about the headteacher go to the _chair of governors_.`,
  },

  // ---- list-prose: a list written as prose or the reverse ------------------------------------
  {
    kind: 'benign',
    variant: 'list-prose',
    previous: `Before a parcel is shipped, check:\n\n- the delivery address\n- the declared weight\n- the customs form`,
    next: `Before a parcel is shipped, check the delivery address, the declared weight and the customs form.`,
  },
  {
    kind: 'benign',
    variant: 'list-prose',
    previous: `Interview notes must record the question asked, the candidate's answer and the score given.`,
    next: `Interview notes must record:\n\n- the question asked\n- the candidate's answer\n- the score given`,
  },
  {
    kind: 'benign',
    variant: 'list-prose',
    previous: `1. Isolate the supply.\n2. Prove the circuit dead with an approved tester.\n3. Apply the earths.`,
    next: `Isolate the supply, then prove the circuit dead with an approved tester, and only then apply the earths.`,
  },
  {
    kind: 'benign',
    variant: 'list-prose',
    previous: `The consent form must cover the purpose of the study, how the data is stored and the right to withdraw.`,
    next: `The consent form must cover:\n\n1. the purpose of the study;\n2. how the data is stored;\n3. the right to withdraw.`,
  },
  {
    kind: 'benign',
    variant: 'list-prose',
    previous: `Refer to the pharmacist any patient who:\n\n- is pregnant or breastfeeding\n- takes a blood thinner\n- asks for more than one pack of painkillers`,
    next: `Refer to the pharmacist any patient who is pregnant or breastfeeding, takes a blood thinner, or asks for more than one pack of painkillers.`,
  },
  {
    kind: 'benign',
    variant: 'list-prose',
    previous: `Report phishing emails, lost devices and suspected malware to the security operations centre.`,
    next: `Report these to the security operations centre:\n\n- phishing emails\n- lost devices\n- suspected malware`,
  },
  {
    kind: 'benign',
    variant: 'list-prose',
    previous: `A first notification of loss must include:\n\n- the date and place of the incident\n- a description of the damage\n- the crime reference number, if there is one`,
    next: `A first notification of loss must include the date and place of the incident, a description of the damage and, if there is one, the crime reference number.`,
  },
  {
    kind: 'benign',
    variant: 'list-prose',
    previous: `Teachers must record attendance, lateness and any uniform issue on the school system every morning.`,
    next: `Every morning, teachers must record on the school system:\n\n- attendance\n- lateness\n- any uniform issue`,
  },
  {
    kind: 'benign',
    variant: 'list-prose',
    previous: `Do not release an aircraft if:\n\n- a required inspection is overdue\n- the technical log has an open entry\n- the fuel sample showed water`,
    next: `Do not release an aircraft if a required inspection is overdue, if the technical log has an open entry, or if the fuel sample showed water.`,
  },
];
