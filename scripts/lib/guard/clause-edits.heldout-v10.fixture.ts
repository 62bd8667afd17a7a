// Held-back set v10 of issue 11: hand-labelled clause edits, written blind on 2026-12-02 by
// someone who never saw the detectors, their tests or any other labelled set (only the
// `ClauseEdit` type and `EDIT_KINDS` above them in clause-edits.fixture.ts); never tuned on;
// measured once by the lead after guard round 7 on 2026-12-02 (scripts/bench/clause-edits.ts
// --held-back --v10: precision 0.933, recall 0.947, false-flag rate 0.101). Do not edit entries to make a detector pass.
//
// Labels follow issue 11's "What must be caught" / "What must not be flagged": `benign` keeps or
// strengthens the rule (its `variant` says which kind of rewrite); every other kind weakens,
// loosens or changes it, labelled by its main change. Domains and sentence shapes were chosen away
// from customer support: clinical trials, construction sites, newsrooms, content moderation,
// banking KYC, cabin crew, release management, veterinary practice, elections, museums, food
// safety, tax preparation, pharmacy, aircraft maintenance, HR, trading compliance, safeguarding,
// security operations, logistics, research ethics, energy, insurance, schools and the public
// sector; British and American spelling both appear on purpose.

import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V10: readonly ClauseEdit[] = [
  // ---------------------------------------------------------------- order and direction
  {
    kind: 'order',
    previous: "Site staff must obtain the participant's signed consent form before any screening procedure, including blood draws and questionnaires.",
    next: "Site staff must obtain the participant's signed consent form after any screening procedure, including blood draws and questionnaires.",
  },
  {
    kind: 'order',
    previous: 'Scaffolding must be inspected by a competent person before first use in each shift and after any severe weather.',
    next: 'Scaffolding must be inspected by a competent person at the end of each shift and after any severe weather.',
  },
  {
    kind: 'order',
    previous: 'Research analysts may not trade in a covered company earlier than five business days after their report on it is published.',
    next: 'Research analysts may not trade in a covered company later than five business days after their report on it is published.',
  },
  {
    kind: 'order',
    previous: 'Hot food on the pass must be held at 63°C or above; probe it every two hours and log the reading.',
    next: 'Hot food on the pass must be held at 63°C or below; probe it every two hours and log the reading.',
  },
  {
    kind: 'order',
    previous: 'Torque the main wheel nuts to no less than the value in the maintenance manual, then fit the locking wire.',
    next: 'Torque the main wheel nuts to no more than the value in the maintenance manual, then fit the locking wire.',
  },
  {
    kind: 'order',
    previous: `Release steps:
1. Freeze the release branch.
2. Run the full regression suite on staging.
3. Publish the packages to the registry.
4. Announce the release in #releases.`,
    next: `Release steps:
1. Freeze the release branch.
2. Publish the packages to the registry.
3. Run the full regression suite on staging.
4. Announce the release in #releases.`,
  },
  {
    kind: 'order',
    previous: "Weigh the animal on the day of surgery before the anaesthetist calculates the induction dose.",
    next: "Weigh the animal on the day of surgery once the anaesthetist has calculated the induction dose.",
  },
  {
    kind: 'order',
    previous: 'Postal ballots received later than 8 p.m. on polling day are set aside unopened and recorded as late.',
    next: 'Postal ballots received earlier than 8 p.m. on polling day are set aside unopened and recorded as late.',
  },
  {
    kind: 'order',
    previous: 'Crated objects arriving from a loan must acclimatise in the gallery for at least 24 hours before the crate is opened.',
    next: 'Crated objects arriving from a loan must acclimatise in the gallery for at most 24 hours before the crate is opened.',
  },
  {
    kind: 'order',
    previous: 'File the amended return no later than 30 days after the client signs the engagement letter.',
    next: 'File the amended return no earlier than 30 days after the client signs the engagement letter.',
  },
  {
    kind: 'order',
    previous: 'Cabin crew arm the doors before pushback and disarm them only after the aircraft has come to a complete stop on stand.',
    next: 'Cabin crew arm the doors after pushback and disarm them only after the aircraft has come to a complete stop on stand.',
  },
  {
    kind: 'order',
    previous: 'A correction is printed at the top of the corrected article, above the original text, and is dated.',
    next: 'A correction is printed at the foot of the corrected article, below the original text, and is dated.',
  },
  {
    kind: 'order',
    previous: 'Samples are shipped to the central laboratory only once the courier confirms the dry ice has been topped up, never the other way round.',
    next: 'Samples are shipped to the central laboratory and the courier then confirms the dry ice has been topped up.',
  },

  // ---------------------------------------------------------------- condition
  {
    kind: 'condition',
    previous: 'Escalate the file to the financial crime team only when the customer is a politically exposed person.',
    next: 'Escalate the file to the financial crime team except when the customer is a politically exposed person.',
  },
  {
    kind: 'condition',
    previous: "Remove a post when it reveals a private individual's home address.",
    next: "Remove a post when it reveals a private individual's home address and that individual has reported it.",
  },
  {
    kind: 'condition',
    previous: 'Counsel the patient in person if the medicine is new to them.',
    next: 'Counsel the patient in person if the medicine is new to them and they ask for advice.',
  },
  {
    kind: 'condition',
    previous: 'Hot work is permitted only if a trained fire watch is posted for the duration of the work and 60 minutes after it.',
    next: 'Hot work is permitted even if no trained fire watch is posted for the duration of the work and 60 minutes after it.',
  },
  {
    kind: 'condition',
    previous: 'Report every serious adverse event to the sponsor within 24 hours, even if the investigator believes it is unrelated to the study drug.',
    next: 'Report every serious adverse event to the sponsor within 24 hours if the investigator believes it is related to the study drug.',
  },
  {
    kind: 'condition',
    previous: 'Keep any animal with a suspected notifiable disease in isolation until the official veterinarian has been informed.',
    next: 'Keep any animal with a suspected notifiable disease in isolation if the official veterinarian asks for it.',
  },
  {
    kind: 'condition',
    previous: 'A voter whose name is missing from the register may cast a provisional ballot only if they sign the declaration of eligibility.',
    next: 'A voter whose name is missing from the register may cast a provisional ballot whether or not they sign the declaration of eligibility.',
  },
  {
    kind: 'condition',
    previous: 'Do not e-file the return until the client has signed Form 8879.',
    next: 'Do not e-file the return if the client has refused to sign Form 8879.',
  },
  {
    kind: 'condition',
    previous: 'Roll the deployment back immediately if the error rate exceeds 2% in the first hour.',
    next: 'Roll the deployment back immediately if the error rate exceeds 2% in the first hour and the on-call lead agrees.',
  },
  {
    kind: 'condition',
    previous: 'Discard cooked rice that has been held at room temperature for more than one hour.',
    next: 'Discard cooked rice that has been held at room temperature for more than one hour if it smells or looks spoiled.',
  },
  {
    kind: 'condition',
    previous: 'An exit interview is offered to every leaver unless they were dismissed for gross misconduct.',
    next: 'An exit interview is offered to every leaver only if they were dismissed for gross misconduct.',
  },
  {
    kind: 'condition',
    previous: 'Suspend trading in the client\'s account when the margin call has not been met by 4 p.m.',
    next: 'Suspend trading in the client\'s account when the margin call has not been met by 4 p.m. and the client cannot be reached by phone.',
  },

  // ---------------------------------------------------------------- scope
  {
    kind: 'scope',
    previous: 'Verify the identity of every beneficial owner holding 25% or more of the company.',
    next: 'Verify the identity of the largest beneficial owner holding 25% or more of the company.',
  },
  {
    kind: 'scope',
    previous: 'Apply an interstitial warning to all images of graphic violence, including those in news reporting.',
    next: 'Apply an interstitial warning to images of graphic violence where practical, including those in news reporting.',
  },
  {
    kind: 'scope',
    previous: 'Everyone entering the site, including visitors and delivery drivers, must wear a hard hat and safety boots.',
    next: 'Everyone working on the site must wear a hard hat and safety boots.',
  },
  {
    kind: 'scope',
    previous: 'Every anonymous source must be known by name to the section editor.',
    next: 'In most cases, an anonymous source must be known by name to the section editor.',
  },
  {
    kind: 'scope',
    previous: 'Record all concomitant medications the participant took in the 30 days before enrolment, including herbal remedies.',
    next: 'Record the prescription medications the participant took in the 30 days before enrolment.',
  },
  {
    kind: 'scope',
    previous: 'Keep copies of all supporting documents for six years after the return is filed.',
    next: 'Keep copies of supporting documents for six years after the return is filed, where the client has provided them electronically.',
  },
  {
    kind: 'scope',
    previous: 'Check every lavatory smoke detector for tampering before each departure.',
    next: 'Check the lavatory smoke detectors for tampering before the first departure of the day.',
  },
  {
    kind: 'scope',
    previous: 'Security fixes are backported to all supported release lines within 14 days.',
    next: 'Security fixes are backported to the latest supported release line within 14 days.',
  },
  {
    kind: 'scope',
    previous: 'Any object leaving the building, for whatever reason, requires a removal form signed by the registrar.',
    next: 'Any object leaving the building on loan requires a removal form signed by the registrar.',
  },
  {
    kind: 'scope',
    previous: "Check the patient's allergy record before handing over any medicine.",
    next: "Check the patient's allergy record before handing over antibiotics.",
  },
  {
    kind: 'scope',
    previous: "Share a pupil's disclosure only with the designated safeguarding lead.",
    next: "Share a pupil's disclosure with the designated safeguarding lead or any senior member of staff.",
  },
  {
    kind: 'scope',
    previous: 'Identifiable participant data must be stored on university-managed servers.',
    next: "Identifiable participant data must be stored on university-managed servers or, if encrypted, on researchers' own laptops.",
  },
  {
    kind: 'scope',
    previous: 'Label each container in the walk-in chiller with the date it was prepared.',
    next: 'Ideally, label each container in the walk-in chiller with the date it was prepared.',
  },
  {
    kind: 'scope',
    previous: 'All customer complaints about a claims decision are logged in the complaints register.',
    next: 'Customer complaints about a claims decision are logged in the complaints register when the customer asks for it to be logged.',
  },
  {
    kind: 'scope',
    previous: 'Whenever a pupil discloses abuse, the teacher writes down the pupil\'s own words the same day.',
    next: 'If a pupil discloses abuse for the second time, the teacher writes down the pupil\'s own words the same day.',
  },

  // ---------------------------------------------------------------- dropped conjunct or list item
  {
    kind: 'conjunct',
    previous: 'After replacing the part, record the serial number, the work order number and your licence number in the technical log.',
    next: 'After replacing the part, record the serial number and the work order number in the technical log.',
  },
  {
    kind: 'conjunct',
    previous: 'When ransomware is suspected, isolate the host from the network, capture a memory image and page the incident commander.',
    next: 'When ransomware is suspected, isolate the host from the network and page the incident commander.',
  },
  {
    kind: 'conjunct',
    previous: 'Food handlers with vomiting, diarrhoea or jaundice must stay away from work for 48 hours after symptoms stop.',
    next: 'Food handlers with vomiting or diarrhoea must stay away from work for 48 hours after symptoms stop.',
  },
  {
    kind: 'conjunct',
    previous: 'At the close of poll, the presiding officer seals the ballot box, signs the seal log and photographs the seal number.',
    next: 'At the close of poll, the presiding officer seals the ballot box and signs the seal log.',
  },
  {
    kind: 'conjunct',
    previous: 'Stop dosing and notify the medical monitor if ALT rises above three times the upper limit of normal.',
    next: 'Stop dosing if ALT rises above three times the upper limit of normal.',
  },
  {
    kind: 'conjunct',
    previous: "Reject the application if the passport is expired, damaged or does not match the applicant's photograph.",
    next: "Reject the application if the passport is expired or does not match the applicant's photograph.",
  },
  {
    kind: 'conjunct',
    previous: `Minimum PPE in the fabrication shop:
- hard hat
- high-visibility vest
- safety boots
- eye protection`,
    next: `Minimum PPE in the fabrication shop:
- hard hat
- high-visibility vest
- safety boots`,
  },
  {
    kind: 'conjunct',
    previous: 'For every verbal warning, the manager documents the reason, the date and the names of any witnesses.',
    next: 'For every verbal warning, the manager documents the reason and the date.',
  },
  {
    kind: 'conjunct',
    previous: 'Before publishing a leaked document, verify where it came from, redact the personal data of bystanders and ask the people named in it for comment.',
    next: 'Before publishing a leaked document, verify where it came from and ask the people named in it for comment.',
  },
  {
    kind: 'conjunct',
    previous: 'Dangerous goods must be declared, labelled and segregated from foodstuffs in the trailer.',
    next: 'Dangerous goods must be declared and labelled in the trailer.',
  },
  {
    kind: 'conjunct',
    previous: 'For every vaccination, record the product, dose, route and batch number on the clinical record.',
    next: 'For every vaccination, record the product, dose and route on the clinical record.',
  },

  // ---------------------------------------------------------------- obligation words beyond must/shall
  {
    kind: 'obligation',
    previous: 'The sponsor is responsible for reporting suspected unexpected serious adverse reactions to the regulator.',
    next: 'The sponsor may report suspected unexpected serious adverse reactions to the regulator.',
  },
  {
    kind: 'obligation',
    previous: 'Contractors are required to attend the site induction before starting work.',
    next: 'Contractors are encouraged to attend the site induction before starting work.',
  },
  {
    kind: 'obligation',
    previous: 'Moderators are prohibited from reviewing reports about people they know personally.',
    next: 'Moderators are discouraged from reviewing reports about people they know personally.',
  },
  {
    kind: 'obligation',
    previous: 'Cabin crew need to demonstrate the life jacket on every flight that routes over water.',
    next: 'Cabin crew may choose to demonstrate the life jacket on flights that route over water.',
  },
  {
    kind: 'obligation',
    previous: 'A release manager has to sign off every production deployment.',
    next: 'A release manager is welcome to sign off production deployments.',
  },
  {
    kind: 'obligation',
    previous: 'Preparers may not sign a return that someone else prepared.',
    next: 'Preparers are allowed to sign a return that someone else prepared.',
  },
  {
    kind: 'obligation',
    previous: 'Accepting gifts or hospitality from a source is prohibited.',
    next: 'Accepting gifts or hospitality from a source is discouraged.',
  },
  {
    kind: 'obligation',
    previous: 'Technicians assemble the prescription; the pharmacist alone hands it to the patient.',
    next: 'Technicians assemble the prescription and may hand it to the patient; the pharmacist checks it.',
  },
  {
    kind: 'obligation',
    previous: 'Each school is required to appoint a designated safeguarding lead and a deputy.',
    next: 'Each school should consider appointing a designated safeguarding lead and a deputy.',
  },
  {
    kind: 'obligation',
    previous: 'The data protection officer is responsible for answering subject access requests within one month.',
    next: 'The data protection officer can answer subject access requests within one month.',
  },
  {
    kind: 'obligation',
    previous: 'Building control inspectors need to witness the drainage pressure test in person.',
    next: 'Building control inspectors are invited to witness the drainage pressure test in person.',
  },

  // ---------------------------------------------------------------- negation moved or rescoped, contradicting sentence
  {
    kind: 'rescope',
    previous: 'Never discuss an open investigation with the press; refer every question to the communications office.',
    next: 'Discuss an open investigation with the press when the communications office is not available.',
  },
  {
    kind: 'rescope',
    previous: 'Cabin crew remain seated with harnesses fastened whenever the seat-belt sign is on.',
    next: 'Cabin crew remain seated with harnesses fastened whenever the seat-belt sign is on. In light turbulence the drinks service may continue.',
  },
  {
    kind: 'rescope',
    previous: 'Do not deploy to production on Fridays; schedule the release for Monday to Thursday.',
    next: 'Deploy to production on Fridays when no Monday to Thursday slot is free.',
  },
  {
    kind: 'rescope',
    previous: 'All fire exits must be kept clear at all times.',
    next: 'All fire exits must be kept clear at all times. Pallets may be stacked in front of the loading-bay exit while a delivery is being unloaded.',
  },
  {
    kind: 'rescope',
    previous: 'Do not name a child who is the victim of a crime, even if the family agrees.',
    next: 'Name a child who is the victim of a crime only if the family does not object.',
  },
  {
    kind: 'rescope',
    previous: 'Never reuse a needle or syringe between animals; open a new sterile set for each patient.',
    next: 'Reuse a needle or syringe between animals only when a new sterile set is not to hand.',
  },
  {
    kind: 'rescope',
    previous: 'Ballot boxes stay sealed from the close of poll until the count begins.',
    next: 'Ballot boxes stay sealed from the close of poll until the count begins. The presiding officer may open a box earlier to clear a jammed slot.',
  },
  {
    kind: 'rescope',
    previous: 'Tax advice is not given over the phone; ask the client to book an appointment.',
    next: 'Tax advice is given over the phone when the client is not able to book an appointment.',
  },
  {
    kind: 'rescope',
    previous: 'Client money is never used to settle the firm\'s own trades.',
    next: 'Client money is used to settle the firm\'s own trades only when it is not needed for client settlements that day.',
  },
  {
    kind: 'rescope',
    previous: 'Claims handlers must not settle a claim above £10,000 without a loss adjuster\'s report.',
    next: 'Claims handlers must not settle a claim above £10,000 without a loss adjuster\'s report. Handlers with five years\' experience may settle any claim on their own judgement.',
  },

  // ---------------------------------------------------------------- roles swapped
  {
    kind: 'roles',
    previous: 'The clinical monitor verifies the source data entered by the site coordinator.',
    next: 'The site coordinator verifies the source data entered by the clinical monitor.',
  },
  {
    kind: 'roles',
    previous: 'The certifying engineer inspects the work done by the mechanic before the aircraft is released to service.',
    next: 'The mechanic inspects the work done by the certifying engineer before the aircraft is released to service.',
  },
  {
    kind: 'roles',
    previous: 'Compliance must pre-approve every personal trade placed by a research analyst.',
    next: 'A research analyst must pre-approve every personal trade placed by compliance.',
  },
  {
    kind: 'roles',
    previous: "The night editor reads the reporter's copy before it goes online.",
    next: "The reporter reads the night editor's copy before it goes online.",
  },
  {
    kind: 'roles',
    previous: "Candidates' agents may observe the count, but only counting staff may handle ballot papers.",
    next: "Counting staff may observe the count, but only candidates' agents may handle ballot papers.",
  },
  {
    kind: 'roles',
    previous: 'Before any procedure, the vet gives the owner a written estimate of the cost.',
    next: 'Before any procedure, the owner gives the vet a written estimate of the cost.',
  },
  {
    kind: 'roles',
    previous: 'An appeal against a dismissal is heard by a manager more senior than the one who dismissed the employee.',
    next: 'An appeal against a dismissal is heard by the manager who dismissed the employee, not by a more senior one.',
  },
  {
    kind: 'roles',
    previous: 'The relationship manager collects the documents and the KYC analyst approves the file.',
    next: 'The KYC analyst collects the documents and the relationship manager approves the file.',
  },
  {
    kind: 'roles',
    previous: "The lender's courier watches while the borrower's technicians unpack the object.",
    next: "The borrower's technicians watch while the lender's courier unpacks the object.",
  },
  {
    kind: 'roles',
    previous: 'The SOC analyst who raised an alert may not close it; a second analyst reviews and closes it.',
    next: 'A second analyst may not close an alert; the SOC analyst who raised it reviews and closes it.',
  },

  // ---------------------------------------------------------------- negation added or removed
  {
    kind: 'negation',
    previous: 'Do not pre-fill any part of the consent form for the participant. Witnesses sign only after the participant has signed.',
    next: 'Pre-fill the routine parts of the consent form for the participant. Witnesses sign only after the participant has signed.',
  },
  {
    kind: 'negation',
    previous: 'Moderators never reveal the identity of the person who reported a post, including to the person reported.',
    next: 'Moderators reveal the identity of the person who reported a post, including to the person reported.',
  },
  {
    kind: 'negation',
    previous: 'Public release notes do not list internal ticket numbers or customer names.',
    next: 'Public release notes list internal ticket numbers or customer names.',
  },
  {
    kind: 'negation',
    previous: 'Ice from the bar machine is not used to chill seafood on the display counter.',
    next: 'Ice from the bar machine is used to chill seafood on the display counter.',
  },
  {
    kind: 'negation',
    previous: 'Do not claim mileage for journeys between the client\'s home and their regular workplace.',
    next: 'Claim mileage for journeys between the client\'s home and their regular workplace.',
  },
  {
    kind: 'negation',
    previous: 'Researchers do not contact participants who have withdrawn from the study.',
    next: 'Researchers contact participants who have withdrawn from the study to ask why they left.',
  },
  {
    kind: 'negation',
    previous: 'Claims handlers must tell the policyholder the reason a claim was declined.',
    next: 'Claims handlers must not tell the policyholder the reason a claim was declined.',
  },
  {
    kind: 'negation',
    previous: 'Do not give the customer a reconnection date before the field engineer has confirmed it.',
    next: 'Give the customer a reconnection date before the field engineer has confirmed it.',
  },
  {
    kind: 'negation',
    previous: 'Temperature-controlled parcels are never left with a neighbour or in a safe place.',
    next: 'Temperature-controlled parcels are left with a neighbour or in a safe place.',
  },
  {
    kind: 'negation',
    previous: 'Passengers seated in an exit row must be willing and able to help; do not seat anyone there who cannot understand the crew\'s instructions in English.',
    next: 'Passengers seated in an exit row must be willing and able to help; seat anyone there who cannot understand the crew\'s instructions in English.',
  },

  // ---------------------------------------------------------------- number
  {
    kind: 'number',
    previous: 'Report a suspected unexpected serious adverse reaction to the ethics committee within 7 days if it is fatal.',
    next: 'Report a suspected unexpected serious adverse reaction to the ethics committee within 15 days if it is fatal.',
  },
  {
    kind: 'number',
    previous: 'Edge protection must have a top guard rail at least 950 mm above the working platform.',
    next: 'Edge protection must have a top guard rail at least 900 mm above the working platform.',
  },
  {
    kind: 'number',
    previous: 'Two registered staff count the controlled drugs at every shift change and both sign the register.',
    next: 'One registered member of staff counts the controlled drugs at every shift change and signs the register.',
  },
  {
    kind: 'number',
    previous: 'Chilled food must be kept at 8°C or below.',
    next: 'Chilled food must be kept at 10°C or below.',
  },
  {
    kind: 'number',
    previous: 'Retain customer due diligence records for five years after the business relationship ends.',
    next: 'Retain customer due diligence records for three years after the business relationship ends.',
  },
  {
    kind: 'number',
    previous: 'Lock a user account after five failed sign-in attempts within 15 minutes.',
    next: 'Lock a user account after ten failed sign-in attempts within 15 minutes.',
  },
  {
    kind: 'number',
    previous: 'Any allegation of wrongdoing needs at least two independent sources before publication.',
    next: 'Any allegation of wrongdoing needs at least one independent source before publication.',
  },
  {
    kind: 'number',
    previous: 'Children under 12 may only visit the archive search room with an adult.',
    next: 'Children under 8 may only visit the archive search room with an adult.',
  },
  {
    kind: 'number',
    previous: 'Relative humidity in the textile store must stay between 45% and 55%.',
    next: 'Relative humidity in the textile store must stay between 40% and 65%.',
  },
  {
    kind: 'number',
    previous: 'A flight duty period for cabin crew may not exceed 13 hours, including standby at the airport.',
    next: 'A flight duty period for cabin crew may not exceed 14 hours, including standby at the airport.',
  },

  // ---------------------------------------------------------------- modal
  {
    kind: 'modal',
    previous: 'Investigators must keep the randomisation list in a locked cabinet that only the unblinded pharmacist can open.',
    next: 'Investigators should keep the randomisation list in a locked cabinet that only the unblinded pharmacist can open.',
  },
  {
    kind: 'modal',
    previous: 'A full-body harness shall be worn when working more than 2 metres above ground.',
    next: 'A full-body harness should be worn when working more than 2 metres above ground.',
  },
  {
    kind: 'modal',
    previous: "Before landing, cabin crew must check that every passenger's seat belt is fastened.",
    next: "Before landing, cabin crew may check that every passenger's seat belt is fastened.",
  },
  {
    kind: 'modal',
    previous: 'Reporters must declare any personal or financial connection to the subject of a story.',
    next: 'Reporters should declare any personal or financial connection to the subject of a story.',
  },
  {
    kind: 'modal',
    previous: 'Release artefacts must be signed with the project key before they are published.',
    next: 'Release artefacts could be signed with the project key before they are published.',
  },
  {
    kind: 'modal',
    previous: 'The returning officer must record the reason for rejecting each postal vote statement.',
    next: 'The returning officer may record the reason for rejecting each postal vote statement.',
  },
  {
    kind: 'modal',
    previous: 'Registrars shall photograph every new acquisition within five working days of accession.',
    next: 'Registrars should photograph every new acquisition within five working days of accession.',
  },
  {
    kind: 'modal',
    previous: 'You must sign every return you prepare as the paid preparer and enter your PTIN.',
    next: 'You can sign every return you prepare as the paid preparer and enter your PTIN.',
  },
  {
    kind: 'modal',
    previous: 'Vets must scan every stray for a microchip before starting treatment.',
    next: 'Vets might scan every stray for a microchip before starting treatment.',
  },
  {
    kind: 'modal',
    previous: 'Moderators must escalate credible threats of violence to the trust and safety team within one hour.',
    next: 'Moderators should escalate credible threats of violence to the trust and safety team within one hour.',
  },

  // ---------------------------------------------------------------- whole requirement dropped
  {
    kind: 'requirement',
    previous: 'Store vaccines between 2°C and 8°C. Log the fridge temperature at the start and end of each day. If the reading is out of range, quarantine the stock and call the manufacturer.',
    next: 'Store vaccines between 2°C and 8°C. If the reading is out of range, quarantine the stock and call the manufacturer.',
  },
  {
    kind: 'requirement',
    previous: `Before a permit to work is closed:
1. The area is inspected by the permit issuer.
2. All isolations are removed and recorded.
3. The control room is told the plant can be restarted.`,
    next: `Before a permit to work is closed:
1. The area is inspected by the permit issuer.
2. The control room is told the plant can be restarted.`,
  },
  {
    kind: 'requirement',
    previous: 'Interview notes are typed up within 48 hours. The interviewee is offered a copy. Originals are kept in the locked case file.',
    next: 'Interview notes are typed up within 48 hours. Originals are kept in the locked case file.',
  },
  {
    kind: 'requirement',
    previous: 'Tag each release with its semantic version. Attach the software bill of materials to the release page. Keep the previous two releases available for rollback.',
    next: 'Tag each release with its semantic version. Keep the previous two releases available for rollback.',
  },
  {
    kind: 'requirement',
    previous: 'Applicants must show proof of address dated within three months. Applicants must also show photo identification. A copy of both is kept on file.',
    next: 'Applicants must show proof of address dated within three months. A copy is kept on file.',
  },

  // ---------------------------------------------------------------- entity
  {
    kind: 'entity',
    previous: 'Suspicious activity is reported to the Money Laundering Reporting Officer, who decides whether to file with the National Crime Agency.',
    next: 'Suspicious activity is reported to the branch manager, who decides whether to file with the National Crime Agency.',
  },
  {
    kind: 'entity',
    previous: 'Notify the Civil Aviation Authority of any bird strike that damages the engine.',
    next: 'Notify the airline\'s maintenance control of any bird strike that damages the engine.',
  },
  {
    kind: 'entity',
    previous: 'Foreign contractors must complete Form W-8BEN before their first invoice is paid.',
    next: 'Foreign contractors must complete Form W-9 before their first invoice is paid.',
  },
  {
    kind: 'entity',
    previous: 'Concerns about a member of staff are referred to the Local Authority Designated Officer within one working day.',
    next: 'Concerns about a member of staff are referred to the head of HR within one working day.',
  },

  // ---------------------------------------------------------------- reference
  {
    kind: 'reference',
    previous: 'Dose modifications follow the table in section 6.3 of the protocol.',
    next: 'Dose modifications follow the table in section 3.6 of the protocol.',
  },
  {
    kind: 'reference',
    previous: 'Lifting operations are planned in line with SOP-LIFT-004, Appendix B.',
    next: 'Lifting operations are planned in line with SOP-LIFT-001, Appendix B.',
  },
  {
    kind: 'reference',
    previous: 'Personal data in a safeguarding referral is processed under Article 6(1)(e) and Article 9(2)(g) of the UK GDPR.',
    next: 'Personal data in a safeguarding referral is processed under Article 6(1)(f) and Article 9(2)(g) of the UK GDPR.',
  },
  {
    kind: 'reference',
    previous: 'Handle an allergen complaint following steps 1 to 5 of the allergen procedure in the kitchen manual, chapter 4.',
    next: 'Handle an allergen complaint following steps 1 to 5 of the allergen procedure in the kitchen manual, chapter 7.',
  },

  // ---------------------------------------------------------------- tone (rule kept, declared tone broken)
  {
    kind: 'tone',
    tone: 'compassionate',
    previous: 'When a family asks about their pet\'s prognosis, explain it gently, in plain words, and give them time to ask questions.',
    next: 'When a family asks about their pet\'s prognosis, tell them straight, in plain words, and let them ask questions if they really must.',
  },
  {
    kind: 'tone',
    tone: 'courteous',
    previous: 'Please remind passengers, politely, to keep their seat belts fastened while seated.',
    next: 'Tell passengers to keep their belts on while seated. No excuses, no arguments.',
  },
  {
    kind: 'tone',
    tone: 'neutral',
    previous: 'When a post is removed, tell the author which rule it broke and how to appeal.',
    next: 'When a post is removed, tell the author which rule they were foolish enough to break and how to appeal, if they can be bothered.',
  },
  {
    kind: 'tone',
    tone: 'formal',
    previous: 'Correspondence with the tax authority is addressed to the named inspector and signed by the responsible partner.',
    next: 'Stuff you send the taxman goes to whichever inspector it is and the partner in charge signs it, cheers.',
  },

  // ---------------------------------------------------------------- drift (the clause now says something else)
  {
    kind: 'drift',
    previous: 'Vaccines are stored between 2°C and 8°C and the fridge temperature is logged twice a day.',
    next: 'The dispensary closes at 6 p.m. on weekdays and at 1 p.m. on Saturdays.',
  },
  {
    kind: 'drift',
    previous: 'Every fall from height, however small, is reported to the site manager before the end of the shift.',
    next: 'The site canteen serves hot food from 7 a.m. until 2 p.m.; the site manager chooses the weekly menu.',
  },
  {
    kind: 'drift',
    previous: 'Ballot papers are counted face up so that observers can see every mark.',
    next: 'Observers are welcome to bring their own refreshments to the count venue.',
  },
  {
    kind: 'drift',
    previous: 'Release candidates stay on staging for at least 48 hours before promotion to production.',
    next: 'Release names are chosen from a list of rivers, in alphabetical order.',
  },

  // ================================================================ benign: faithful rewordings
  {
    kind: 'benign', variant: 'reword',
    previous: 'Tell participants they may leave the study at any time without giving a reason.',
    next: 'Let participants know they are free to withdraw from the trial whenever they wish, and that they do not have to explain why.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Workers must wear a hard hat anywhere on site.',
    next: 'A safety helmet is mandatory for workers in every part of the site.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Send posts that encourage self-harm to the wellbeing queue.',
    next: 'Route any post promoting self-injury to the wellbeing queue.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Confirm the client's identity before discussing their tax affairs.",
    next: "Make sure you know who the client is before you talk to them about their taxes.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Keep the release branch frozen while the regression suite is running.',
    next: 'No changes may be merged into the release branch during the regression run.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Inform the owner of any complication during surgery as soon as it is safe to do so.',
    next: 'As soon as it is safe, let the owner know about any complication that arises in the operation.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Staff must not accept cash from claimants.',
    next: 'Employees may never take cash payments from people making a claim.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Write to the applicant with the outcome of their Freedom of Information request within 20 working days.',
    next: 'The applicant gets a written answer to their Freedom of Information request no more than 20 working days after we receive it.',
  },
  {
    kind: 'benign', variant: 'reword',
    previous: 'Handle every incoming shipment of lithium batteries as dangerous goods.',
    next: 'Treat any delivery of lithium batteries that arrives at the depot as dangerous goods.',
  },

  // ---------------------------------------------------------------- benign: active <-> passive
  {
    kind: 'benign', variant: 'voice',
    previous: 'The pharmacist checks every prescription before it is handed over.',
    next: 'Every prescription is checked by the pharmacist before it is handed over.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'Licensed engineers record each defect in the aircraft technical log.',
    next: 'Each defect is recorded in the aircraft technical log by licensed engineers.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'The returning officer must publish the provisional results at the count venue.',
    next: 'The provisional results must be published at the count venue by the returning officer.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'Outgoing loans are approved by the collections committee.',
    next: 'The collections committee approves outgoing loans.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'The investigator must report any protocol deviation to the sponsor within five working days.',
    next: 'Any protocol deviation must be reported to the sponsor by the investigator within five working days.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'Personal data in an incident ticket is redacted by the analyst before the ticket is shared outside the SOC.',
    next: 'The analyst redacts personal data in an incident ticket before sharing the ticket outside the SOC.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'A competent person must inspect every excavation at the start of each shift.',
    next: 'Every excavation must be inspected by a competent person at the start of each shift.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'All child protection records are reviewed by the headteacher once a term.',
    next: 'The headteacher reviews all child protection records once a term.',
  },

  // ---------------------------------------------------------------- benign: split or join sentences
  {
    kind: 'benign', variant: 'split-join',
    previous: 'Quarantine any returned stock and inform the supplier within two working days.',
    next: 'Quarantine any returned stock. Inform the supplier within two working days.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'Lock your workstation when you leave your desk. This applies even to short breaks.',
    next: 'Lock your workstation whenever you leave your desk, even for a short break.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'Each dose is prepared by one nurse and checked by a second nurse, who also signs the chart.',
    next: 'Each dose is prepared by one nurse. A second nurse checks it and signs the chart.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'The courier collects the samples at 3 p.m. The samples must be packed in dry ice by then.',
    next: 'The samples must be packed in dry ice by 3 p.m., when the courier collects them.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'Publish the correction within one working day and link it from the original article.',
    next: 'Publish the correction within one working day. Link it from the original article.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'Tellers verify the customer\'s identity. They then record the document number in the onboarding system.',
    next: 'Tellers verify the customer\'s identity and then record the document number in the onboarding system.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'Gas engineers must carry a working carbon monoxide detector on every visit and must test the flue before leaving.',
    next: 'Gas engineers must carry a working carbon monoxide detector on every visit. Before leaving, they must test the flue.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'Insurance claims over £5,000 need a second signature. The second signatory must be a team leader.',
    next: 'Insurance claims over £5,000 need a second signature, which must come from a team leader.',
  },

  // ---------------------------------------------------------------- benign: reorder independent sentences
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Wear gloves when handling raw chicken. Wash chopping boards in the dishwasher after each use.',
    next: 'Wash chopping boards in the dishwasher after each use. Wear gloves when handling raw chicken.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Keep the hangar doors closed during de-icing. Report fuel spills to the duty engineer at once.',
    next: 'Report fuel spills to the duty engineer at once. Keep the hangar doors closed during de-icing.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Every release has a named owner. Changelogs are written in the past tense. Breaking changes are listed first.',
    next: 'Changelogs are written in the past tense. Breaking changes are listed first. Every release has a named owner.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: `- Never leave a dog in a car on a warm day.
- Check the water bowls in the kennels every two hours.
- Record every walk on the kennel sheet.`,
    next: `- Record every walk on the kennel sheet.
- Never leave a dog in a car on a warm day.
- Check the water bowls in the kennels every two hours.`,
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Poll cards are not required to vote. Voters must bring photo identification.',
    next: 'Voters must bring photo identification. Poll cards are not required to vote.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Gloves are worn when handling metal objects. Pencils, not pens, are used in the store room.',
    next: 'Pencils, not pens, are used in the store room. Gloves are worn when handling metal objects.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Do not discuss a candidate with other applicants. Interview scores are entered on the day of the interview.',
    next: 'Interview scores are entered on the day of the interview. Do not discuss a candidate with other applicants.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: 'Researchers store consent forms separately from the data. Participants receive a copy of the information sheet.',
    next: 'Participants receive a copy of the information sheet. Researchers store consent forms separately from the data.',
  },

  // ---------------------------------------------------------------- benign: abbreviations expanded or introduced
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Complete KYC checks before the account is opened.',
    next: 'Complete know-your-customer checks before the account is opened.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Report every SAE to the sponsor within 24 hours of the site becoming aware of it.',
    next: 'Report every serious adverse event to the sponsor within 24 hours of the site becoming aware of it.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Wear the personal protective equipment listed on the permit to work.',
    next: 'Wear the PPE listed on the permit to work.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'No study may begin recruiting until the IRB has approved the protocol.',
    next: 'No study may begin recruiting until the institutional review board has approved the protocol.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Escalate indicators of compromise to the security operations centre within 30 minutes.',
    next: 'Escalate IOCs to the SOC within 30 minutes.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'The MLRO signs off every file for a politically exposed person.',
    next: 'The Money Laundering Reporting Officer signs off every file for a politically exposed person.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Check the minimum equipment list before accepting an aircraft with a deferred defect.',
    next: 'Check the MEL before accepting an aircraft with a deferred defect.',
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Clients must give their SSN or ITIN before we can prepare the return.',
    next: 'Clients must give their Social Security number or Individual Taxpayer Identification Number before we can prepare the return.',
  },

  // ---------------------------------------------------------------- benign: emphasis that keeps the rule
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Never share a participant\'s allocation with the outcome assessor.',
    next: 'Never, under any circumstances, share a participant\'s allocation with the outcome assessor.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Clip your lanyard to the anchor point before stepping onto the roof.',
    next: 'Always clip your lanyard to the anchor point before stepping onto the roof. No exceptions.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Do not publish the home address of anyone involved in a court case.',
    next: 'Do not publish the home address of anyone involved in a court case. This matters: it puts people at real risk.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Controlled drugs are kept in the locked cabinet.',
    next: 'Controlled drugs are kept in the locked cabinet at all times.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Do not approve your own change request.',
    next: 'It is essential that you do not approve your own change request.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Cabin crew must not serve alcohol to a passenger who appears intoxicated.',
    next: 'Cabin crew must absolutely not serve alcohol to a passenger who appears intoxicated.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Tell the donor that the object will be accessioned only once the transfer of title form is signed.',
    next: 'Tell the donor clearly that the object will be accessioned only once the transfer of title form is signed.',
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: 'Never leave a child alone with an unvetted adult.',
    next: 'Never, even for a moment, leave a child alone with an unvetted adult.',
  },

  // ---------------------------------------------------------------- benign: a negated word spelled out
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Do not process unsigned consent forms.',
    next: 'Do not process consent forms that have not been signed.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Unverified accounts cannot send international payments.',
    next: 'Accounts that have not been verified cannot send international payments.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Remove unlabelled food from the chiller at the end of each service.',
    next: 'Remove food without a label from the chiller at the end of each service.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Escalate any unresolved alert to the on-call lead after four hours.',
    next: 'Escalate any alert that has not been resolved to the on-call lead after four hours.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Mark illegible ballot papers as doubtful and put them aside for the returning officer.',
    next: 'Mark ballot papers that cannot be read as doubtful and put them aside for the returning officer.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Chase unpaid invoices from the client before filing their next return.',
    next: 'Chase invoices the client has not paid before filing their next return.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Unaccompanied minors are escorted by a crew member from the gate to the seat.',
    next: 'Minors travelling without an adult are escorted by a crew member from the gate to the seat.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Do not dispense unlicensed medicines without the prescriber\'s written request.',
    next: 'Do not dispense medicines that have no marketing licence without the prescriber\'s written request.',
  },

  // ---------------------------------------------------------------- benign: a stricter rule
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Investigators should file the signed consent form in the site file.',
    next: 'Investigators must file the signed consent form in the site file on the day it is signed.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Report a near miss to the site manager within 24 hours.',
    next: 'Report a near miss to the site manager before the end of the shift, and in any case within 24 hours.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Any allegation needs at least two independent sources before publication.',
    next: 'Any allegation needs at least three independent sources before publication, one of them on the record.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Do not deploy to production on Friday afternoons.',
    next: 'Do not deploy to production on Fridays or on the day before a public holiday.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Cash deposits above $10,000 are reported to the compliance team.',
    next: 'Cash deposits above $5,000 are reported to the compliance team.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Staff may share a pupil\'s disclosure with the designated safeguarding lead or their deputy.',
    next: 'Staff may share a pupil\'s disclosure only with the designated safeguarding lead.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Probe the core temperature of reheated food; it must reach 75°C, unless the dish is served within 10 minutes.',
    next: 'Probe the core temperature of reheated food; it must reach 75°C.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Change the anaesthetic circuit between patients where possible.',
    next: 'Change the anaesthetic circuit between patients.',
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: 'Passwords for the trading platform are at least 12 characters long.',
    next: 'Passwords for the trading platform are at least 16 characters long and are never reused from another system.',
  },

  // ---------------------------------------------------------------- benign: Markdown only
  {
    kind: 'benign', variant: 'markdown',
    previous: 'Never store a patient\'s full card number in the practice system.',
    next: 'Never store a patient\'s **full card number** in the practice system.',
  },
  {
    kind: 'benign', variant: 'markdown',
    previous: 'Isolation: lock off the supply, test for dead, then apply your personal padlock.',
    next: '**Isolation:** lock off the supply, test for dead, then apply your personal padlock.',
  },
  {
    kind: 'benign', variant: 'markdown',
    previous: `* Hard hat
* Safety boots
* Hi-vis vest`,
    next: `- Hard hat
- Safety boots
- Hi-vis vest`,
  },
  {
    kind: 'benign', variant: 'markdown',
    previous: 'Ballot papers must be counted face up.',
    next: '### Counting\n\nBallot papers **must** be counted face up.',
  },
  {
    kind: 'benign', variant: 'markdown',
    previous: 'Unblinding requests go to the medical monitor, by phone, 24/7.',
    next: 'Unblinding requests go to the _medical monitor_, by phone, 24/7.',
  },
  {
    kind: 'benign', variant: 'markdown',
    previous: `1. Freeze the branch.
2. Run the regression suite.
3. Tag the release.`,
    next: `1. **Freeze** the branch.
2. **Run** the regression suite.
3. **Tag** the release.`,
  },
  {
    kind: 'benign', variant: 'markdown',
    previous: 'Note: objects on open display are checked against the inventory every month.',
    next: '> **Note:** objects on open display are checked against the inventory every month.',
  },
  {
    kind: 'benign', variant: 'markdown',
    previous: 'Do not file a return the client has not reviewed and signed.',
    next: 'Do **not** file a return the client has not reviewed *and* signed.',
  },

  // ---------------------------------------------------------------- benign: list <-> prose
  {
    kind: 'benign', variant: 'list-prose',
    previous: `Before a lift, the appointed person checks:
- the load weight,
- the crane's rated capacity at that radius,
- the ground bearing pressure.`,
    next: "Before a lift, the appointed person checks the load weight, the crane's rated capacity at that radius and the ground bearing pressure.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'Reject a KYC file if the proof of address is older than three months, the photo ID has expired or the name differs between documents.',
    next: `Reject a KYC file if any of these is true:
- the proof of address is older than three months;
- the photo ID has expired;
- the name differs between documents.`,
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: `When you remove a post:
1. Record the rule it broke.
2. Notify the author.
3. Tell the author how to appeal.`,
    next: 'When you remove a post, record the rule it broke, then notify the author and tell them how to appeal.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'Cabin crew check the emergency equipment, the galley latches and the lavatory smoke detectors before boarding starts.',
    next: `Before boarding starts, cabin crew check:
- the emergency equipment
- the galley latches
- the lavatory smoke detectors`,
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: `Every loan agreement records:
- the object number,
- the insurance value,
- the return date.`,
    next: 'Every loan agreement records the object number, the insurance value and the return date.',
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'On admission, record the animal\'s weight, temperature, heart rate and the owner\'s consent for treatment.',
    next: `On admission, record:
- the animal's weight;
- its temperature;
- its heart rate;
- the owner's consent for treatment.`,
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: `A tax engagement letter states:
- the services covered,
- the fee,
- the client's responsibilities.`,
    next: "A tax engagement letter states the services covered, the fee and the client's responsibilities.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'Research data is encrypted at rest, backed up nightly and deleted ten years after the project ends.',
    next: `Research data is:
1. encrypted at rest;
2. backed up nightly;
3. deleted ten years after the project ends.`,
  },

  // ---------------------------------------------------------------- benign: more domains (insurance, logistics, HR, schools, energy, public sector)
  {
    kind: 'benign', variant: 'reword',
    previous: 'Acknowledge every new claim within one working day of receiving it.',
    next: 'Each new claim gets an acknowledgement no later than one working day after it reaches us.',
  },
  {
    kind: 'benign', variant: 'voice',
    previous: 'The driver must photograph the trailer seal before the doors are opened.',
    next: 'The trailer seal must be photographed by the driver before the doors are opened.',
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: 'Disabled candidates are offered reasonable adjustments at every stage of recruitment; ask them what they need when you invite them to interview.',
    next: 'Disabled candidates are offered reasonable adjustments at every stage of recruitment. When you invite them to interview, ask them what they need.',
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: 'Incomplete coursework is returned to the student with written feedback.',
    next: 'Coursework that is not complete is returned to the student with written feedback.',
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "Meter readers carry photo ID at all times. No meter reader enters a property without the occupier's permission.",
    next: "No meter reader enters a property without the occupier's permission. Meter readers carry photo ID at all times.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: 'Every decision letter from the council states the decision, the reasons for it and how to ask for a review.',
    next: `Every decision letter from the council states:
- the decision;
- the reasons for it;
- how to ask for a review.`,
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: 'Report every RIDDOR-reportable incident to the HSE within 10 days.',
    next: 'Report every incident reportable under the Reporting of Injuries, Diseases and Dangerous Occurrences Regulations to the Health and Safety Executive within 10 days.',
  },
];
