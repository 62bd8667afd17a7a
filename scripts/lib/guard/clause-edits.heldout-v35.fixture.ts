// Held-back set v35 of issue 11: hand-labelled clause edits, written blind on 2026-12-05
// (session 23) by a helper who never saw the detectors, their tests, their history or any other
// labelled set beyond the ClauseEdit type, the first lines of v33 (for the file shape) and the
// domain lists of earlier sets; never tuned on; to be measured once by the lead, after the commit
// that adds it. Do not edit entries to make a detector pass.
// Labels say what a careful reviewer would want: `benign` edits keep every obligation for every
// case (a stricter rule is not a regression), every other kind weakens or changes the rule; edits
// touching several things are labelled by their main change (a new sentence that contradicts a
// rule, or a negation moved onto another part of the clause, counts as `rescope`; a required step
// dropped whole counts as `requirement`, one item dropped from a list inside a sentence as
// `conjunct`; the rule replaced by a different rule that sounds similar counts as `drift`; `tone`
// edits carry the clause's declared tone and turn it cold, hostile, blaming or dismissive, and
// 3 benign edits carry a declared tone that they keep). 297 edits, 135 benign, 27 domains, 11 each
// (5 benign, 6 regressions of 6 different kinds).
// Benign variants: abbreviation 9, emphasis 9, list-prose 9, reorder 9, reword 54,
// spelled-negation 9, split-join 9, stricter 9, units 9, voice 9 (`units` says the same quantity
// in words or other units; `reword` includes rules said from the other side, prohibitions said
// positively, duties said as double negatives and bans said as the state kept or the only option
// left). Non-benign kinds: condition 11, conjunct 11, drift 11, entity 11, modal 11, negation 11,
// number 11, obligation 11, order 11, reference 11, requirement 11, rescope 11, roles 10, scope 10,
// tone 10. 60 edits are 3-5 sentence prompts starting "You are the ... assistant for ..." (30
// regressions, 30 benign; 13 of 3 sentences, 37 of 4, 10 of 5 on the old side, a list counted as
// part of its sentence), so that length alone says nothing about the label. None of the 27 domains
// appears in the earlier sets' domain lists (read with grep -A7 only; 14 of the 31 earlier
// held-back files have such a list, so an older set may share a domain unseen; the nearest listed
// neighbours are bicycle share depot, tool lending library, crane hire and recording studio); all
// 27 start with M to Z, as v34 was written at the same time with domains from A to L.
// Domains: meals on wheels service, moped rental, mortgage brokers, nightclub door staff,
// occupational health clinic, orthodontic practice, pilates studio, planning permission office,
// plant hire depot, prison visits booking line, pub quiz league, pumpkin patch farm, puppy
// training classes, rehearsal room hire, school admissions office, scooter share scheme, sewing
// machine repair, sheltered housing wardens, shipping container depot, skatepark, tax return
// preparers, toy library, translation agency, ultrasound scan clinic, vehicle recovery service,
// wallpaper and paint shop, yurt glamping site.

import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V35: readonly ClauseEdit[] = [
  // ── meals on wheels service ──────────────────────────────────────────────────────────────────
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the scheduling assistant for a meals on wheels service. Drivers must knock and wait for the client to answer before leaving a meal. If a client does not answer, the driver must phone the office before moving on to the next address. Never leave a meal on a doorstep.",
    next: "You are the scheduling assistant for a meals on wheels service. Before handing over a meal, a driver knocks and waits until the client comes to the door. When a client does not come to the door, the driver rings the office and only then carries on to the next address. Every meal is handed to a person; none is left outside on the step.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Meals for clients on a diabetic diet must not contain added sugar.",
    next: "Clients on a diabetic diet are given only meals without added sugar.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Drivers must report a client's fall to the GP surgery and the NOK on the same day.",
    next: "Drivers must report a client's fall to the general practitioner's surgery and the next of kin on the same day.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Do not reheat a meal that has already been reheated once.",
    next: "Under no circumstances reheat a meal that has already been reheated once.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "You are the kitchen assistant for a meals on wheels service. Each delivery note must show:\n- the client's name\n- the meal type\n- any allergens the meal contains\nNotes are printed at 09:00 each morning. Drivers collect them with the cool boxes.",
    next: "You are the kitchen assistant for a meals on wheels service. Each delivery note must show the client's name, the meal type and any allergens the meal contains. Notes are printed at 09:00 each morning. Drivers collect them with the cool boxes.",
  },
  {
    kind: 'condition',
    previous: "You are the client-contact assistant for a meals on wheels service. Drivers carry a key-safe list for clients who live alone. Use the key safe to enter only if the client has agreed to it in their care plan. Once inside, call out your name before going any further.",
    next: "You are the client-contact assistant for a meals on wheels service. Drivers carry a key-safe list for clients who live alone. Use the key safe to enter unless the client has refused it in their care plan. Once inside, call out your name before going any further.",
  },
  {
    kind: 'conjunct',
    previous: "You are the round-planning assistant for a meals on wheels service. Each driver gets a printed round sheet at 10:30. Before a meal leaves the van, check its label for the client's name, diet code and use-by date. Report any missing meal to the kitchen by phone.",
    next: "You are the round-planning assistant for a meals on wheels service. Each driver gets a printed round sheet at 10:30. Before a meal leaves the van, check its label for the client's name and use-by date. Report any missing meal to the kitchen by phone.",
  },
  {
    kind: 'drift',
    previous: "Drivers must tell the office about any client who seems confused or unwell.",
    next: "Drivers must tell the office about any client who seems unhappy with the meals.",
  },
  {
    kind: 'entity',
    previous: "Changes to a client's allergy list must be confirmed with the client's dietitian before the menu is updated.",
    next: "Changes to a client's allergy list must be confirmed with the client's driver before the menu is updated.",
  },
  {
    kind: 'modal',
    previous: "Drivers must show photo ID at the door on every visit.",
    next: "Drivers may show photo ID at the door on every visit.",
  },
  {
    kind: 'negation',
    previous: "A client's meals are not stopped after a single missed payment.",
    next: "A client's meals are stopped after a single missed payment.",
  },

  // ── moped rental ─────────────────────────────────────────────────────────────────────────────
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the booking assistant for a moped rental shop. Renters must hold a full car licence or a CBT certificate. Helmets are included in the price and must be worn at all times while riding. Never rent a moped to anyone who seems to have been drinking.",
    next: "You are the booking assistant for a moped rental shop. Only renters with a full car licence or a CBT certificate can take a moped. The price covers a helmet, which the rider keeps on for the whole time they are riding. Anyone who appears to have been drinking is turned away without a moped.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Customers are charged for fuel only if the tank is returned less than full.",
    next: "A customer who brings the moped back with a full tank pays nothing for fuel.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "Check the tyres and brakes before each rental. Photograph any existing scratches with the customer present. Give every renter a printed map of the hire zone.",
    next: "Give every renter a printed map of the hire zone. Check the tyres and brakes before each rental. Photograph any existing scratches with the customer present.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Unlicensed riders may not take a moped out, even for a test ride.",
    next: "Riders who do not hold a licence may not take a moped out, even for a test ride.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Deposits are taken by card and released within 3 working days of the moped's return; cash deposits are not accepted.",
    next: "Deposits are taken by card. They are released within 3 working days of the moped's return. Cash deposits are not accepted.",
  },
  {
    kind: 'number',
    previous: "Renters must be at least 18 years old to hire a 125cc moped.",
    next: "Renters must be at least 16 years old to hire a 125cc moped.",
  },
  {
    kind: 'obligation',
    previous: "Staff are required to check each renter's licence online before handing over the keys.",
    next: "Staff are allowed to check each renter's licence online before handing over the keys.",
  },
  {
    kind: 'order',
    previous: "Brief the renter on the controls and the hire zone before they sign the hire agreement.",
    next: "Brief the renter on the controls and the hire zone after they sign the hire agreement.",
  },
  {
    kind: 'reference',
    previous: "Apply the damage charges listed on page 2 of the hire agreement.",
    next: "Apply the damage charges listed on page 3 of the hire agreement.",
  },
  {
    kind: 'requirement',
    previous: "You are the returns assistant for a moped rental shop. When a moped comes back, check the fuel gauge and the odometer. Inspect the bodywork against the photos taken at pick-up. Release the deposit once both checks are done.",
    next: "You are the returns assistant for a moped rental shop. When a moped comes back, check the fuel gauge and the odometer. Release the deposit once the check is done.",
  },
  {
    kind: 'rescope',
    previous: "Mopeds must stay within the city limits shown on the hire map.",
    next: "Mopeds must stay within the city limits shown on the hire map. Day trips to the coast are fine if the renter lets the shop know first.",
  },

  // ── mortgage brokers ─────────────────────────────────────────────────────────────────────────
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the client-support assistant for a firm of mortgage brokers. Do not tell a client which lender will approve them before the lender has made a decision. Always say that the client's home may be repossessed if they do not keep up repayments. Refer questions about tax to a qualified adviser. Calls are recorded for training.",
    next: "You are the client-support assistant for a firm of mortgage brokers. Until a lender has decided, keep any view on which lender will accept the client to yourself. Every time, include the warning that falling behind on repayments can lead to the home being repossessed. Questions on tax go to a qualified adviser rather than being answered here. Every call is recorded for training purposes.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Brokers must disclose the fee they receive from the lender before the client applies.",
    next: "Before a client applies, they are told what fee the lender pays the broker.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Do not recommend an interest-only mortgage to first-time buyers.",
    next: "Do not recommend an interest-only mortgage to any client.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "A second broker must review each application file within 48 hours.",
    next: "A second broker must review each application file within two days.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "A compliance officer must sign off every recommendation letter before it is sent.",
    next: "Every recommendation letter must be signed off by a compliance officer before it is sent.",
  },
  {
    kind: 'roles',
    previous: "The broker must verify the client's identity before discussing any products.",
    next: "The client must verify the broker's identity before discussing any products.",
  },
  {
    kind: 'scope',
    previous: "Give every client the full list of lenders the firm works with.",
    next: "Give first-time buyers the full list of lenders the firm works with.",
  },
  {
    kind: 'tone', tone: 'warm',
    previous: "If an application is declined, explain gently what the lender said and offer to look at other options together.",
    next: "If an application is declined, tell the client the lender said no and that they should have sorted out their credit file first.",
  },
  {
    kind: 'condition',
    previous: "You are the case-handling assistant for a firm of mortgage brokers. Each client has one named broker. Pass the client's details to a lender only if the client has agreed in writing. Keep a copy of the client's instructions on the file.",
    next: "You are the case-handling assistant for a firm of mortgage brokers. Each client has one named broker. Pass the client's details to a lender unless the client has objected in writing. Keep a copy of the client's instructions on the file.",
  },
  {
    kind: 'conjunct',
    previous: "Before recommending a mortgage, ask about the client's income, outgoings and existing debts.",
    next: "Before recommending a mortgage, ask about the client's income and existing debts.",
  },
  {
    kind: 'drift',
    previous: "Tell clients that early repayment charges may apply if they leave a fixed rate early.",
    next: "Tell clients that arrangement fees may apply if they take a fixed rate.",
  },

  // ── nightclub door staff ─────────────────────────────────────────────────────────────────────
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the briefing assistant for a nightclub's door staff. Check photo ID for anyone who looks under 25. Refuse entry to anyone who is visibly drunk. Door supervisors must wear their licence badge where it can be seen.",
    next: "You are the briefing assistant for a nightclub's door staff. Anyone who looks younger than 25 shows photo ID before coming in. A guest who is clearly drunk stays outside. Every door supervisor keeps their licence badge on display.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not search a guest without asking for their consent first.",
    next: "A guest is searched only once they have agreed to it.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Incidents must be written up in the log and reported to the DPS before close.",
    next: "Incidents must be written up in the log and reported to the designated premises supervisor before close.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Never use a restraint hold on a guest's neck.",
    next: "Never, not even in self-defence, use a restraint hold on a guest's neck.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Keep glass bottles, aerosol cans and laser pens out of the venue.",
    next: "Keep the following out of the venue:\n- glass bottles\n- aerosol cans\n- laser pens",
  },
  {
    kind: 'entity',
    previous: "Call the police if a guest is found with a weapon.",
    next: "Call the venue manager if a guest is found with a weapon.",
  },
  {
    kind: 'modal',
    previous: "Staff must log each refusal in the refusals book, with the time and the reason.",
    next: "Staff should log each refusal in the refusals book, with the time and the reason.",
  },
  {
    kind: 'negation',
    previous: "You are the shift assistant for a nightclub's door team. The queue opens at 22:00. Do not let guests re-enter after 02:00.",
    next: "You are the shift assistant for a nightclub's door team. The queue opens at 22:00. Let guests re-enter after 02:00.",
  },
  {
    kind: 'number',
    previous: "The venue's capacity is 450; stop admitting guests when the clicker reaches that number.",
    next: "The venue's capacity is 550; stop admitting guests when the clicker reaches that number.",
  },
  {
    kind: 'obligation',
    previous: "Each door supervisor is responsible for checking the fire exits at the start of the shift.",
    next: "Each door supervisor may check the fire exits at the start of the shift.",
  },
  {
    kind: 'order',
    previous: "Check the guest's ID before their hand is stamped.",
    next: "Check the guest's ID after their hand is stamped.",
  },

  // ── occupational health clinic ───────────────────────────────────────────────────────────────
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the referrals assistant for an occupational health clinic. An employer's referral must be shared with the employee before the appointment. Do not send the report to the employer until the employee has seen it. Medical details stay in the clinical record; the employer receives only fitness-for-work advice.",
    next: "You are the referrals assistant for an occupational health clinic. The employee gets to see their employer's referral ahead of the appointment. The report reaches the employer only once the employee has seen it. The employer is given advice on fitness for work and nothing from the medical record itself.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Employees may not be charged for a health surveillance test.",
    next: "Health surveillance tests are free to the employee.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the bookings assistant for an occupational health clinic. Hearing tests take 30 minutes. Before a lung function test, the employee must not smoke for 24 hours.",
    next: "You are the bookings assistant for an occupational health clinic. Before a lung function test, the employee must not smoke for 24 hours. Hearing tests take 30 minutes.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Unvaccinated staff must not handle the sharps bins.",
    next: "Staff who have not been vaccinated must not handle the sharps bins.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Drug and alcohol tests must be witnessed by a trained collector. The collector seals the sample in front of the employee.",
    next: "Drug and alcohol tests must be witnessed by a trained collector, who seals the sample in front of the employee.",
  },
  {
    kind: 'reference',
    previous: "Night-worker health assessments follow section 6 of the clinic manual.",
    next: "Night-worker health assessments follow section 8 of the clinic manual.",
  },
  {
    kind: 'requirement',
    previous: "You are the case-management assistant for an occupational health clinic. After each appointment, write up the report within 2 working days. Send the draft to the employee for factual corrections. Then send the final report to the referring manager. Keep the file for 40 years after the employee leaves.",
    next: "You are the case-management assistant for an occupational health clinic. After each appointment, write up the report within 2 working days. Then send the final report to the referring manager. Keep the file for 40 years after the employee leaves.",
  },
  {
    kind: 'rescope',
    previous: "You are the reporting assistant for an occupational health clinic. Reports go to the employer by secure email. Never share a diagnosis with the employer; describe only the functional effects and the adjustments advised. Copy the employee in on every report.",
    next: "You are the reporting assistant for an occupational health clinic. Reports go to the employer by secure email. Never share a diagnosis with the employer; describe only the functional effects and the adjustments advised. If a manager asks directly, the diagnosis can be confirmed by phone. Copy the employee in on every report.",
  },
  {
    kind: 'roles',
    previous: "The clinician explains the results to the employee before the manager is told.",
    next: "The manager explains the results to the employee before the clinician is told.",
  },
  {
    kind: 'scope',
    previous: "Offer a follow-up appointment to every employee placed on restricted duties.",
    next: "Offer a follow-up appointment to employees placed on restricted duties for more than a month.",
  },
  {
    kind: 'tone', tone: 'supportive',
    previous: "If an employee is anxious about the assessment, reassure them that its purpose is to support them at work.",
    next: "If an employee is anxious about the assessment, remind them that it is not optional and that their manager will hear if they fail to turn up.",
  },

  // ── orthodontic practice ─────────────────────────────────────────────────────────────────────
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the patient-messaging assistant for an orthodontic practice. Do not give any advice about adjusting a brace at home. If a wire is poking the cheek, tell the patient to cover it with orthodontic wax and call the practice. Appointments missed without notice are charged at £25.",
    next: "You are the patient-messaging assistant for an orthodontic practice. Questions about adjusting a brace at home are passed to the clinicians with no advice from you. When a wire is digging into the cheek, the patient should put orthodontic wax over it and ring the practice. A missed appointment with no notice costs £25.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Retainers must be worn every night for at least the first year after braces come off.",
    next: "After braces come off, a retainer goes in each night for no less than a year.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Patients under 16 must be accompanied by a parent at the first consultation.",
    next: "Patients under 16 must be accompanied by a parent at every appointment.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Aligners must be worn for 22 hours a day.",
    next: "Aligners must be worn for all but two hours of every day.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "The orthodontist reviews every new X-ray before the treatment plan is sent.",
    next: "Every new X-ray is reviewed by the orthodontist before the treatment plan is sent.",
  },
  {
    kind: 'condition',
    previous: "Replace a lost retainer free of charge only if the patient is still in active treatment.",
    next: "Replace a lost retainer free of charge unless the patient is still in active treatment.",
  },
  {
    kind: 'conjunct',
    previous: "You are the clinic assistant for an orthodontic practice. New patients fill in a medical history form online. At the first visit, take photographs, X-rays and impressions. The orthodontist then talks the patient through the options. Under-18s need a parent to sign the consent form.",
    next: "You are the clinic assistant for an orthodontic practice. New patients fill in a medical history form online. At the first visit, take photographs and X-rays. The orthodontist then talks the patient through the options. Under-18s need a parent to sign the consent form.",
  },
  {
    kind: 'drift',
    previous: "Tell patients to avoid hard and sticky foods while wearing fixed braces.",
    next: "Tell patients to avoid hot and fizzy drinks while wearing fixed braces.",
  },
  {
    kind: 'entity',
    previous: "When treatment ends, send the treatment summary to the referring dentist.",
    next: "When treatment ends, send the treatment summary to the patient's insurer.",
  },
  {
    kind: 'modal',
    previous: "Patients must brush their teeth before each adjustment appointment.",
    next: "Patients are advised to brush their teeth before each adjustment appointment.",
  },
  {
    kind: 'negation',
    previous: "Do not book the brace removal before the final review with the orthodontist.",
    next: "Book the brace removal before the final review with the orthodontist.",
  },

  // ── pilates studio ───────────────────────────────────────────────────────────────────────────
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the front-desk assistant for a pilates studio. New clients must complete a health questionnaire before their first class. Anyone who is pregnant needs the instructor's approval before joining a mat class. Classes cancelled with less than 12 hours' notice are not refunded.",
    next: "You are the front-desk assistant for a pilates studio. A new client's first class comes only after their health questionnaire is filled in. Pregnant clients join a mat class once the instructor has said yes. Refunds are given only for classes cancelled 12 hours or more in advance.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Grip socks are required on the reformers.",
    next: "No one gets on a reformer without grip socks on.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Clients recovering from surgery need a note from their GP or a physio before booking reformer sessions.",
    next: "Clients recovering from surgery need a note from their general practitioner or a physiotherapist before booking reformer sessions.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Do not leave a client alone on a reformer with the springs loaded.",
    next: "Do not, even for a moment, leave a client alone on a reformer with the springs loaded.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Before class, instructors check each reformer's:\n1. springs\n2. straps\n3. footbar",
    next: "Before class, instructors check each reformer's springs, straps and footbar.",
  },
  {
    kind: 'number',
    previous: "Reformer classes take no more than 8 clients.",
    next: "Reformer classes take no more than 12 clients.",
  },
  {
    kind: 'obligation',
    previous: "You are the membership assistant for a pilates studio. The studio is required to give members 30 days' notice of any price change. Members can freeze their membership for up to two months a year.",
    next: "You are the membership assistant for a pilates studio. The studio aims to give members 30 days' notice of any price change. Members can freeze their membership for up to two months a year.",
  },
  {
    kind: 'order',
    previous: "Set the springs to the lightest setting before the client steps onto the carriage.",
    next: "Set the springs to the lightest setting after the client steps onto the carriage.",
  },
  {
    kind: 'reference',
    previous: "If a client is injured in class, follow the emergency procedure in appendix B of the studio handbook.",
    next: "If a client is injured in class, follow the emergency procedure in appendix D of the studio handbook.",
  },
  {
    kind: 'requirement',
    previous: "Wipe down each reformer after use. Restock the towels at the end of the day. Lock the equipment store before leaving.",
    next: "Wipe down each reformer after use. Lock the equipment store before leaving.",
  },
  {
    kind: 'rescope',
    previous: "Members may use the mats without an instructor, but never the reformers.",
    next: "Members may use the reformers without an instructor, but never the mats.",
  },

  // ── planning permission office ───────────────────────────────────────────────────────────────
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the public enquiries assistant for a council planning permission office. Do not tell an applicant whether their application will be approved. Explain that neighbours are notified and have 21 days to comment. Direct questions about building regulations to the building control team.",
    next: "You are the public enquiries assistant for a council planning permission office. Leave any prediction of the decision out of what you tell an applicant. Explain that the neighbours get a letter and then have three weeks to comment. Questions about building regulations belong to the building control team, so send people there.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Applications without a site location plan are not validated.",
    next: "An application is validated only once a site location plan is included.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "Site notices are posted within 5 working days of validation. Consultation closes 21 days after the notice goes up. The case officer visits the site before writing the report.",
    next: "The case officer visits the site before writing the report. Site notices are posted within 5 working days of validation. Consultation closes 21 days after the notice goes up.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Unsigned application forms must be returned to the applicant.",
    next: "Application forms that have not been signed must be returned to the applicant.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Pre-application advice costs £120 for householders and is given in writing within 30 days.",
    next: "Pre-application advice costs £120 for householders. It is given in writing within 30 days.",
  },
  {
    kind: 'roles',
    previous: "Planning officers must consult the highways authority on every application that creates a new access.",
    next: "The highways authority must consult the planning officers on every application that creates a new access.",
  },
  {
    kind: 'scope',
    previous: "Notify all adjoining neighbours of every householder application.",
    next: "Notify all adjoining neighbours of every householder application where practical.",
  },
  {
    kind: 'tone', tone: 'patient',
    previous: "When an objector is upset about a decision, acknowledge how they feel and explain the routes open to them.",
    next: "When an objector is upset about a decision, tell them the decision has been made and you are not going to go over it again.",
  },
  {
    kind: 'condition',
    previous: "You are the case-allocation assistant for a council planning permission office. Each valid application is given a case officer within two days. Put an application before the planning committee only when more than five objections have been received. Otherwise the decision is delegated to officers.",
    next: "You are the case-allocation assistant for a council planning permission office. Each valid application is given a case officer within two days. Put an application before the planning committee unless more than five objections have been received. Otherwise the decision is delegated to officers.",
  },
  {
    kind: 'conjunct',
    previous: "Each decision notice must state the conditions, the reasons for them and the right of appeal.",
    next: "Each decision notice must state the conditions and the right of appeal.",
  },
  {
    kind: 'drift',
    previous: "Remind householders that work on a listed building needs listed building consent as well as planning permission.",
    next: "Remind householders that work in a conservation area needs a tree survey as well as planning permission.",
  },

  // ── plant hire depot ─────────────────────────────────────────────────────────────────────────
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the hire-desk assistant for a plant hire depot. Do not hire out an excavator to anyone who cannot show a CPCS or NPORS card. Every machine leaves the yard with its daily check sheet. Breakdowns on site must be reported to the depot by phone, not by email.",
    next: "You are the hire-desk assistant for a plant hire depot. An excavator goes only to a hirer who shows a CPCS or NPORS card. No machine leaves the yard without its daily check sheet. When a machine breaks down on site, the depot is told by phone; email is not the way to report it.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Customers pay for the fuel used during the hire.",
    next: "The hire price does not include fuel: the customer covers whatever is used.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Check the hydraulic hoses for leaks before each hire.",
    next: "Check the hydraulic hoses for leaks before each hire and again when the machine comes back.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "A telehandler must not lift more than 2,000 kg with the boom fully extended.",
    next: "A telehandler must not lift more than 2 tonnes with the boom fully extended.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the yard assistant for a plant hire depot. The fitter inspects every returned machine within 24 hours. The yard manager signs the inspection sheet.",
    next: "You are the yard assistant for a plant hire depot. Every returned machine is inspected by the fitter within 24 hours. The inspection sheet is signed by the yard manager.",
  },
  {
    kind: 'entity',
    previous: "You are the compliance assistant for a plant hire depot. Lifting equipment needs a thorough examination every 6 months. The depot's appointed engineer carries out each examination. Machines that are overdue stay in the yard.",
    next: "You are the compliance assistant for a plant hire depot. Lifting equipment needs a thorough examination every 6 months. The hirer carries out each examination. Machines that are overdue stay in the yard.",
  },
  {
    kind: 'modal',
    previous: "Hirers must use a banksman when reversing a dumper on site.",
    next: "Hirers can use a banksman when reversing a dumper on site.",
  },
  {
    kind: 'negation',
    previous: "Hirers may not sub-hire our machines to a third party.",
    next: "Hirers may sub-hire our machines to a third party.",
  },
  {
    kind: 'number',
    previous: "Hirers must report damage to the depot within 24 hours.",
    next: "Hirers must report damage to the depot within 72 hours.",
  },
  {
    kind: 'obligation',
    previous: "The hirer is responsible for securing the machine on site overnight.",
    next: "The hirer may choose to secure the machine on site overnight.",
  },
  {
    kind: 'order',
    previous: "You are the delivery assistant for a plant hire depot. Drivers book a delivery slot with the site manager. Walk the site manager through the machine's controls before the hirer signs the handover note. Take photos of the machine at drop-off.",
    next: "You are the delivery assistant for a plant hire depot. Drivers book a delivery slot with the site manager. Walk the site manager through the machine's controls after the hirer signs the handover note. Take photos of the machine at drop-off.",
  },

  // ── prison visits booking line ───────────────────────────────────────────────────────────────
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the booking assistant for a prison visits booking line. Visitors must book at least 24 hours before the visit. Every adult visitor must bring photo ID. Do not discuss a prisoner's offence or release date with the caller.",
    next: "You are the booking assistant for a prison visits booking line. A visit has to be booked no later than 24 hours before it takes place. No adult visitor is let in without photo ID. A prisoner's offence and release date are kept out of any conversation with the caller.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Children under 18 may visit only with an adult who is also booked on the visit.",
    next: "Anyone under 18 needs an adult booked on the same visit to come with them.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Legal visits are booked through the OMU, not through this line.",
    next: "Legal visits are booked through the Offender Management Unit, not through this line.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Never tell a caller which wing a prisoner is on.",
    next: "Never, whoever is asking, tell a caller which wing a prisoner is on.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Visitors may bring in only a locker key, up to £20 in coins for the café, and baby items for a child on the visit.",
    next: "Visitors may bring in only:\n- a locker key\n- up to £20 in coins for the café\n- baby items for a child on the visit",
  },
  {
    kind: 'reference',
    previous: "Read the conditions of visiting in notice V2 to every first-time caller.",
    next: "Read the conditions of visiting in notice V4 to every first-time caller.",
  },
  {
    kind: 'requirement',
    previous: "You are the booking assistant for a prison visits booking line. When booking, take each visitor's full name and date of birth. Check the prisoner's visiting order number against the system. Confirm the booking to the lead visitor by text.",
    next: "You are the booking assistant for a prison visits booking line. When booking, take each visitor's full name and date of birth. Confirm the booking to the lead visitor by text.",
  },
  {
    kind: 'rescope',
    previous: "Do not book a visit for anyone on the banned visitors list.",
    next: "Do not book a visit for anyone on the banned visitors list. A banned visitor can still come if another family member makes the booking for them.",
  },
  {
    kind: 'roles',
    previous: "The booking line confirms each visit with the visitor by text the day before.",
    next: "The visitor confirms each visit with the booking line by text the day before.",
  },
  {
    kind: 'scope',
    previous: "Tell every caller about the assisted prison visits scheme, which helps with travel costs.",
    next: "Tell callers on benefits about the assisted prison visits scheme, which helps with travel costs.",
  },
  {
    kind: 'tone', tone: 'compassionate',
    previous: "Callers may be distressed; listen, take your time and explain the booking steps clearly.",
    next: "Callers may be distressed; that is not your concern, so take the booking details and end the call.",
  },

  // ── pub quiz league ──────────────────────────────────────────────────────────────────────────
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the league assistant for a pub quiz league. Teams may have no more than six players on the night. Phones must stay in pockets or bags during every round.",
    next: "You are the league assistant for a pub quiz league. Six players is the most a team can field on the night. Throughout each round, phones are kept in pockets or bags.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "A team that fails to turn up without telling the secretary forfeits the match.",
    next: "Teams that do not show and have not let the secretary know lose the match by forfeit.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "Scores are sent to the secretary by Sunday evening. Each venue supplies its own answer sheets. Fixtures are published at the start of the season.",
    next: "Fixtures are published at the start of the season. Each venue supplies its own answer sheets. Scores are sent to the secretary by Sunday evening.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Unregistered players cannot play in cup matches.",
    next: "Players who are not registered cannot play in cup matches.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "The host team sets the questions; the visiting team checks the answer sheet before the scores are announced.",
    next: "The host team sets the questions. The visiting team checks the answer sheet before the scores are announced.",
  },
  {
    kind: 'condition',
    previous: "A team may bring in a reserve at half-time only if a registered player has been taken ill.",
    next: "A team may bring in a reserve at half-time, whether or not a registered player has been taken ill.",
  },
  {
    kind: 'conjunct',
    previous: "A team caught using a phone loses the round's points, a bonus point and its place in the cup.",
    next: "A team caught using a phone loses the round's points and its place in the cup.",
  },
  {
    kind: 'drift',
    previous: "Misspelled answers are accepted if the answer is clearly recognisable.",
    next: "Abbreviated answers are accepted if the team can explain them.",
  },
  {
    kind: 'entity',
    previous: "You are the results assistant for a pub quiz league. Disputed answers are referred to the league secretary within 48 hours. The result stands until a ruling is made.",
    next: "You are the results assistant for a pub quiz league. Disputed answers are referred to the home team's captain within 48 hours. The result stands until a ruling is made.",
  },
  {
    kind: 'modal',
    previous: "The home team must provide a quizmaster who is not playing.",
    next: "The home team should provide a quizmaster who is not playing.",
  },
  {
    kind: 'negation',
    previous: "Teams may not swap players between the halves.",
    next: "Teams may swap players between the halves.",
  },

  // ── pumpkin patch farm ───────────────────────────────────────────────────────────────────────
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the visitor assistant for a pumpkin patch farm. Tickets must be booked online; there are no sales at the gate. Children under 12 must be with an adult at all times. Do not let visitors cut pumpkins from the vine themselves; staff cut them.",
    next: "You are the visitor assistant for a pumpkin patch farm. Tickets are sold online only, and the gate sells none. An adult stays with every child under 12 for the whole visit. Cutting pumpkins from the vine is left to staff; visitors choose from pumpkins that have already been cut.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Dogs are not allowed in the patch, except assistance dogs.",
    next: "Assistance dogs are the only dogs allowed in the patch.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Visitors are advised to wear boots in the field.",
    next: "Visitors must wear boots in the field.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Hay rides leave every 20 minutes from 10:00.",
    next: "Hay rides leave three times an hour from 10 am.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "Staff check the trailer's guard rails every morning before the first hay ride.",
    next: "The trailer's guard rails are checked by staff every morning before the first hay ride.",
  },
  {
    kind: 'number',
    previous: "The hay ride trailer carries no more than 20 passengers.",
    next: "The hay ride trailer carries no more than 30 passengers.",
  },
  {
    kind: 'obligation',
    previous: "Visitors are required to stay on the marked paths around the pond.",
    next: "Visitors are encouraged to stay on the marked paths around the pond.",
  },
  {
    kind: 'order',
    previous: "Lock the gate to the pond field before the first visitors arrive.",
    next: "Lock the gate to the pond field after the first visitors arrive.",
  },
  {
    kind: 'reference',
    previous: "Tractor drivers follow the rules in section 2 of the farm safety plan.",
    next: "Tractor drivers follow the rules in section 12 of the farm safety plan.",
  },
  {
    kind: 'requirement',
    previous: "You are the opening-up assistant for a pumpkin patch farm. Before opening each day, walk the field for holes and broken glass. Check the petting pen fence for gaps. Put out the hand-washing stations. Then open the gate.",
    next: "You are the opening-up assistant for a pumpkin patch farm. Before opening each day, walk the field for holes and broken glass. Put out the hand-washing stations. Then open the gate.",
  },
  {
    kind: 'rescope',
    previous: "Visitors must not feed the animals; staff feed them at 14:00.",
    next: "Visitors must not feed the animals before 14:00, when staff feed them.",
  },

  // ── puppy training classes ───────────────────────────────────────────────────────────────────
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the enquiries assistant for puppy training classes. Puppies must have had their first vaccinations before joining a class. Owners must bring treats and a lead that is not extendable. Puppies older than 20 weeks join the adolescent class instead.",
    next: "You are the enquiries assistant for puppy training classes. Only puppies that have had their first vaccinations can join a class. Owners come with treats and a fixed-length lead; extendable leads are not used. Once a puppy is past 20 weeks, it goes to the adolescent class rather than this one.",
  },
  {
    kind: 'benign', variant: 'reword', tone: 'encouraging',
    previous: "Trainers never use choke chains or prong collars in class.",
    next: "In class, trainers keep to flat collars and harnesses; choke chains and prong collars stay out of it.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Owners must tell the trainer about any medication, including NSAIDs, before the class starts.",
    next: "Owners must tell the trainer about any medication, including non-steroidal anti-inflammatory drugs, before the class starts.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Do not punish a puppy for toileting in the hall.",
    next: "**Do not** punish a puppy for toileting in the hall.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "The course covers recall, loose-lead walking and settling on a mat.",
    next: "The course covers:\n- recall\n- loose-lead walking\n- settling on a mat",
  },
  {
    kind: 'roles',
    previous: "The trainer must give each owner a written homework sheet after class.",
    next: "Each owner must give the trainer a written homework sheet after class.",
  },
  {
    kind: 'scope',
    previous: "Every puppy must be on a lead when it is not in the training ring.",
    next: "Puppies under 12 weeks must be on a lead when they are not in the training ring.",
  },
  {
    kind: 'tone', tone: 'encouraging',
    previous: "If a puppy struggles with an exercise, reassure the owner that progress takes time and suggest a simpler step.",
    next: "If a puppy struggles with an exercise, tell the owner it is obvious they have not been practising.",
  },
  {
    kind: 'condition',
    previous: "You are the refunds assistant for puppy training classes. Courses are paid in full at booking. Refund a missed class only if the owner gives at least 48 hours' notice. Missed classes cannot be carried over to a later course.",
    next: "You are the refunds assistant for puppy training classes. Courses are paid in full at booking. Refund a missed class if the owner gives at least 48 hours' notice or says the puppy was unwell. Missed classes cannot be carried over to a later course.",
  },
  {
    kind: 'conjunct',
    previous: "Puppies with diarrhoea, a cough or vomiting must stay at home.",
    next: "Puppies with a cough or vomiting must stay at home.",
  },
  {
    kind: 'drift',
    previous: "Owners must pick up after their puppy in the car park.",
    next: "Owners must keep their puppy on a lead in the car park.",
  },

  // ── rehearsal room hire ──────────────────────────────────────────────────────────────────────
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the booking assistant for a rehearsal room hire business. Bands must finish and leave the room by the end of their booked slot. Drum kits belong to the studio and must not be taken out of the rooms. Noise must stop by 23:00 on weeknights.",
    next: "You are the booking assistant for a rehearsal room hire business. By the time a band's slot ends, the band has packed up and left the room. The studio's drum kits stay in the rooms at all times. On weeknights, the rooms are quiet from 23:00.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Cancellations made less than 24 hours before a session are charged in full.",
    next: "Only cancellations made 24 hours or more ahead escape the full charge.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "The PA is included with every room. Cymbals can be hired at the desk. Rooms are cleaned between sessions.",
    next: "Rooms are cleaned between sessions. The PA is included with every room. Cymbals can be hired at the desk.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Unattended equipment left in the corridor will be moved to the office.",
    next: "Equipment left in the corridor with nobody looking after it will be moved to the office.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Bands may store gear overnight in the lockers. Locker keys must be returned by 10:00 the next day.",
    next: "Bands may store gear overnight in the lockers, but locker keys must be returned by 10:00 the next day.",
  },
  {
    kind: 'entity',
    previous: "Report any damage to the duty engineer before leaving the building.",
    next: "Report any damage to the next band before leaving the building.",
  },
  {
    kind: 'modal',
    previous: "Guests of the band must sign in at reception on arrival.",
    next: "Guests of the band should sign in at reception on arrival.",
  },
  {
    kind: 'negation',
    previous: "You are the house-rules assistant for a rehearsal room hire business. Smoking is banned throughout the building. Alcohol may not be brought into the rooms.",
    next: "You are the house-rules assistant for a rehearsal room hire business. Smoking is banned throughout the building. Alcohol may be brought into the rooms.",
  },
  {
    kind: 'number',
    previous: "No more than 6 people are allowed in Room 2 at once.",
    next: "No more than 9 people are allowed in Room 2 at once.",
  },
  {
    kind: 'obligation',
    previous: "The hirer is liable for any damage to the studio's equipment during the session.",
    next: "The hirer is asked to take care of the studio's equipment during the session.",
  },
  {
    kind: 'order',
    previous: "Turn the PA off before unplugging any instruments.",
    next: "Turn the PA off after unplugging any instruments.",
  },

  // ── school admissions office ─────────────────────────────────────────────────────────────────
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the parent-enquiries assistant for a school admissions office. Do not promise a parent a place at any school. Applications received after the closing date are considered only after all on-time applications. Parents must be told of their right to appeal if a place is refused. The office is open from 08:30 to 16:30 on weekdays.",
    next: "You are the parent-enquiries assistant for a school admissions office. A parent is given no assurance that a place will be offered at any school. Late applications wait until every application that arrived on time has been dealt with. If a place is refused, the parent is told they can appeal. Weekdays from 08:30 to 16:30 are the office's opening hours.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Siblings of current pupils are given priority over children who live in the catchment area.",
    next: "Children living in the catchment area rank below siblings of current pupils.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Check proof of address for applicants who claim a catchment place.",
    next: "Check proof of address for every applicant.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Parents must accept or decline an offer within 14 days.",
    next: "Parents must accept or decline an offer within two weeks.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "The admissions panel ranks all applications against the published criteria.",
    next: "All applications are ranked by the admissions panel against the published criteria.",
  },
  {
    kind: 'reference',
    previous: "Rank applications using the oversubscription criteria in the 2027 admission arrangements.",
    next: "Rank applications using the oversubscription criteria in the 2025 admission arrangements.",
  },
  {
    kind: 'requirement',
    previous: "You are the in-year admissions assistant for a school admissions office. When a family moves into the area, take the application by phone or online. Ask for proof of the new address. Tell the family the outcome within 15 school days.",
    next: "You are the in-year admissions assistant for a school admissions office. When a family moves into the area, take the application by phone or online. Tell the family the outcome within 15 school days.",
  },
  {
    kind: 'rescope',
    previous: "Places are offered strictly by the published criteria; staff never make exceptions.",
    next: "Places are offered strictly by the published criteria; staff never make exceptions. Headteachers may offer a place directly to a family they already know.",
  },
  {
    kind: 'roles',
    previous: "The admissions office informs the school of each accepted offer.",
    next: "The school informs the admissions office of each accepted offer.",
  },
  {
    kind: 'scope',
    previous: "Give every family that is refused a place the appeal form.",
    next: "Give a family that is refused a place the appeal form if they ask for it.",
  },
  {
    kind: 'tone', tone: 'respectful',
    previous: "When a parent disagrees with a decision, thank them for raising it and explain how the criteria were applied.",
    next: "When a parent disagrees with a decision, point out that every parent thinks their child deserves a place and the criteria were applied anyway.",
  },

  // ── scooter share scheme ─────────────────────────────────────────────────────────────────────
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the rider-support assistant for an e-scooter share scheme. Riders must be 18 or over and hold a driving licence. Scooters must not be ridden on pavements. End every ride in a marked parking bay.",
    next: "You are the rider-support assistant for an e-scooter share scheme. Only licence holders aged 18 and up can ride. Pavements are off limits to scooters. A ride can be ended only in a marked parking bay.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Riders who park outside a bay are charged a £10 fee.",
    next: "Leaving a scooter outside a bay costs the rider £10.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Pass reports of property left on a scooter to the CS team within 24 hours.",
    next: "Pass reports of property left on a scooter to the customer services team within 24 hours.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Never carry a passenger on a scooter.",
    next: "Never carry a passenger on a scooter, not even a small child.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Before each ride, check:\n- the brakes\n- the lights\n- the tyres",
    next: "Before each ride, check the brakes, the lights and the tyres.",
  },
  {
    kind: 'condition',
    previous: "Cap scooters at 8 mph when they enter the pedestrian zone.",
    next: "Cap scooters at 8 mph when they enter the pedestrian zone during market hours.",
  },
  {
    kind: 'conjunct',
    previous: "You are the operations assistant for an e-scooter share scheme. Field staff collect scooters with low batteries each night. During each collection, check the brakes, the bell and the lights. Faulty scooters go to the workshop. Log each collection in the fleet app.",
    next: "You are the operations assistant for an e-scooter share scheme. Field staff collect scooters with low batteries each night. During each collection, check the brakes and the lights. Faulty scooters go to the workshop. Log each collection in the fleet app.",
  },
  {
    kind: 'drift',
    previous: "Riders must get off and walk the scooter through the market square.",
    next: "Riders must slow down and ring the bell through the market square.",
  },
  {
    kind: 'entity',
    previous: "Send accident reports to the scheme's insurer within 24 hours.",
    next: "Send accident reports to the council within 24 hours.",
  },
  {
    kind: 'modal',
    previous: "First-time riders must complete the in-app safety tutorial.",
    next: "First-time riders should complete the in-app safety tutorial.",
  },
  {
    kind: 'negation',
    previous: "Scooters may not be parked on the station forecourt.",
    next: "Scooters may be parked on the station forecourt.",
  },

  // ── sewing machine repair ────────────────────────────────────────────────────────────────────
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the customer assistant for a sewing machine repair shop. Every repair starts with a free estimate. Do not begin work costing more than the estimate without the customer's approval. Machines not collected within 90 days may be sold to cover costs.",
    next: "You are the customer assistant for a sewing machine repair shop. The estimate that opens each repair costs the customer nothing. Any work beyond the estimated cost waits until the customer says yes. If a machine is still uncollected after 90 days, the shop may sell it to cover its costs.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Customers must bring the foot pedal and power cable with the machine.",
    next: "A machine is booked in only together with its foot pedal and power cable.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "We service all brands. Parts are ordered from the manufacturer. A service includes oiling and setting the tension.",
    next: "A service includes oiling and setting the tension. We service all brands. Parts are ordered from the manufacturer.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Irreparable machines are returned free of charge.",
    next: "Machines that cannot be repaired are returned free of charge.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Industrial machines are repaired on site. The engineer brings the parts, and the customer pays the call-out fee before the visit.",
    next: "Industrial machines are repaired on site. The engineer brings the parts. The customer pays the call-out fee before the visit.",
  },
  {
    kind: 'number',
    previous: "Repairs are guaranteed for 6 months from collection.",
    next: "Repairs are guaranteed for 3 months from collection.",
  },
  {
    kind: 'obligation',
    previous: "The shop is responsible for any damage to a machine while it is in the workshop.",
    next: "The shop will try to avoid damage to a machine while it is in the workshop.",
  },
  {
    kind: 'order',
    previous: "Call the customer before ordering any part that costs more than £30.",
    next: "Call the customer after ordering any part that costs more than £30.",
  },
  {
    kind: 'reference',
    previous: "Machines still under the maker's warranty are sent back using the steps in section 2 of the warranty guide.",
    next: "Machines still under the maker's warranty are sent back using the steps in section 5 of the warranty guide.",
  },
  {
    kind: 'requirement',
    previous: "You are the intake assistant for a sewing machine repair shop. Label each machine with the customer's name and ticket number. Photograph the machine on arrival. Store it on the intake rack.",
    next: "You are the intake assistant for a sewing machine repair shop. Label each machine with the customer's name and ticket number. Store it on the intake rack.",
  },
  {
    kind: 'rescope',
    previous: "Never open a machine's electrics while it is plugged in; a bobbin can be changed with the machine plugged in.",
    next: "Never change a bobbin while the machine is plugged in; the electrics can be opened with the machine plugged in.",
  },

  // ── sheltered housing wardens ────────────────────────────────────────────────────────────────
  {
    kind: 'benign', variant: 'reword', tone: 'kind',
    previous: "You are the scheme assistant for a team of sheltered housing wardens. Each resident gets a daily call by 10:00. If a resident does not answer, the warden must visit the flat within 30 minutes. Do not enter a flat without knocking and calling out first.",
    next: "You are the scheme assistant for a team of sheltered housing wardens. By 10:00 every resident has had their daily call. When a resident does not pick up, the warden goes round to the flat within half an hour. A warden knocks and calls out before going into any flat.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Residents' spare keys are never kept outside the locked key cabinet.",
    next: "Residents' spare keys stay in the locked key cabinet at all times.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Log visitors to the communal lounge after 20:00.",
    next: "Log every visitor to the communal lounge, whatever the time.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "The weekly fire alarm test lasts no longer than 30 seconds.",
    next: "The weekly fire alarm test lasts no longer than half a minute.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "Wardens must record every fall in the incident book.",
    next: "Every fall must be recorded in the incident book by a warden.",
  },
  {
    kind: 'roles',
    previous: "Residents must tell the warden when they will be away overnight.",
    next: "The warden must tell residents when they will be away overnight.",
  },
  {
    kind: 'scope',
    previous: "Offer a welfare check to every resident during a heatwave.",
    next: "Offer a welfare check to residents over 85 during a heatwave.",
  },
  {
    kind: 'tone', tone: 'kind',
    previous: "When a lonely resident calls often, listen patiently and offer to arrange a visit from the befriending service.",
    next: "When a lonely resident calls often, tell them the line is for emergencies and they are wasting the warden's time.",
  },
  {
    kind: 'condition',
    previous: "You are the out-of-hours assistant for a team of sheltered housing wardens. Between 22:00 and 07:00 the alarm centre takes the calls. Call an ambulance when a resident has fallen and cannot get up. Always let the on-call warden know.",
    next: "You are the out-of-hours assistant for a team of sheltered housing wardens. Between 22:00 and 07:00 the alarm centre takes the calls. Call an ambulance when a resident has fallen, cannot get up and has hit their head. Always let the on-call warden know.",
  },
  {
    kind: 'conjunct',
    previous: "After any fall, tell the resident's GP, next of kin and care agency.",
    next: "After any fall, tell the resident's GP and care agency.",
  },
  {
    kind: 'drift',
    previous: "On the morning call, check that each resident has taken their morning medication.",
    next: "On the morning call, check that each resident has enough medication for the week.",
  },

  // ── shipping container depot ─────────────────────────────────────────────────────────────────
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the gate assistant for a shipping container depot. Hauliers must book a slot before arriving at the gate. Drivers must stay in their cab while the container is lifted. Containers are not stacked more than five high.",
    next: "You are the gate assistant for a shipping container depot. A haulier comes to the gate only with a slot already booked. While the container is being lifted, the driver remains inside the cab. Five containers is the tallest any stack goes.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Reefer containers must stay plugged in while they are in the yard.",
    next: "Reefer containers are kept on power for the whole time they spend in the yard.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Damage to a box is noted on the EIR before it leaves the gate.",
    next: "Damage to a box is noted on the equipment interchange receipt before it leaves the gate.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Never walk between stacks while a reach stacker is moving.",
    next: "NEVER walk between stacks while a reach stacker is moving.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "At the gate, drivers show a booking reference, photo ID and the release number.",
    next: "At the gate, drivers show:\n1. a booking reference\n2. photo ID\n3. the release number",
  },
  {
    kind: 'entity',
    previous: "Dangerous goods declarations are checked by the depot's dangerous goods adviser.",
    next: "Dangerous goods declarations are checked by the gate clerk.",
  },
  {
    kind: 'modal',
    previous: "Drivers must wear hi-vis whenever they are out of the cab in the yard.",
    next: "Drivers may wear hi-vis whenever they are out of the cab in the yard.",
  },
  {
    kind: 'negation',
    previous: "You are the yard assistant for a shipping container depot. Do not open the doors of a container under customs seal. Report broken seals to the duty manager.",
    next: "You are the yard assistant for a shipping container depot. Open the doors of a container under customs seal. Report broken seals to the duty manager.",
  },
  {
    kind: 'number',
    previous: "Storage is free for the first 5 days after discharge.",
    next: "Storage is free for the first 10 days after discharge.",
  },
  {
    kind: 'obligation',
    previous: "Hauliers are required to show their booking reference at the gate.",
    next: "Hauliers are invited to show their booking reference at the gate.",
  },
  {
    kind: 'order',
    previous: "Check the seal number before the container is loaded onto the trailer.",
    next: "Check the seal number after the container is loaded onto the trailer.",
  },

  // ── skatepark ────────────────────────────────────────────────────────────────────────────────
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the information assistant for a council skatepark. Helmets must be worn by all riders under 16. The park is closed when the ramps are wet.",
    next: "You are the information assistant for a council skatepark. Every rider younger than 16 wears a helmet. Wet ramps mean the park stays shut.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Glass bottles are not allowed inside the fence.",
    next: "Anything in a glass bottle stays outside the fence.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "The park opens at 09:00. Music is allowed at low volume. Litter goes in the bins by the gate.",
    next: "Litter goes in the bins by the gate. The park opens at 09:00. Music is allowed at low volume.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Unsupervised children under 8 are not allowed in the park.",
    next: "Children under 8 who are not being supervised are not allowed in the park.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Coaching sessions run on Saturday mornings; the park is closed to the public while they run.",
    next: "Coaching sessions run on Saturday mornings. The park is closed to the public while they run.",
  },
  {
    kind: 'reference',
    previous: "Refunds for coaching sessions follow clause 7 of the booking terms.",
    next: "Refunds for coaching sessions follow clause 3 of the booking terms.",
  },
  {
    kind: 'requirement',
    previous: "You are the events assistant for a council skatepark. Competitions need a booking form sent two weeks ahead. Organisers must provide a first aider for the day. Organisers must also bring their own barriers. Confirm the booking by email.",
    next: "You are the events assistant for a council skatepark. Competitions need a booking form sent two weeks ahead. Organisers must bring their own barriers. Confirm the booking by email.",
  },
  {
    kind: 'rescope',
    previous: "Scooters are not allowed in the bowl; they may use the street section.",
    next: "Scooters are allowed in the bowl; they may not use the street section.",
  },
  {
    kind: 'roles',
    previous: "Staff must check the ramps for damage before riders are let in.",
    next: "Riders must check the ramps for damage before staff let them in.",
  },
  {
    kind: 'scope',
    previous: "Riders of every age must sign in at the hut on their first visit.",
    next: "Riders under 12 must sign in at the hut on their first visit.",
  },
  {
    kind: 'tone', tone: 'friendly',
    previous: "If someone is riding without a helmet, ask them nicely to grab a loan helmet from the hut.",
    next: "If someone is riding without a helmet, tell them off in front of everyone and send them to get a loan helmet from the hut.",
  },

  // ── tax return preparers ─────────────────────────────────────────────────────────────────────
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the client assistant for a firm of tax return preparers. Do not file a return until the client has approved the final draft. Tell clients that the online filing deadline is 31 January. Penalties caused by late information from the client are the client's responsibility.",
    next: "You are the client assistant for a firm of tax return preparers. A return is filed only after the client has signed off the final draft. Clients are told that returns filed online are due by 31 January. If a penalty arises because the client sent information late, the client bears it.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never give an opinion on a client's investments.",
    next: "Opinions on a client's investments are outside what we offer.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Check the client's ID at the first meeting.",
    next: "Check the client's ID at the first meeting and again whenever their address changes.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Bookkeeping is charged at £60 per hour.",
    next: "Bookkeeping is charged at £1 per minute.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "A preparer reviews each upload to the portal within a week, and the partner signs every return before it is filed.",
    next: "Each upload to the portal is reviewed by a preparer within a week, and every return is signed by the partner before it is filed.",
  },
  {
    kind: 'condition',
    previous: "Charge the late-information fee if the client sends their records after 31 December.",
    next: "Charge the late-information fee if the client sends their records after 31 December and has been reminded twice.",
  },
  {
    kind: 'conjunct',
    previous: "Ask every self-employed client for their invoices, bank statements and mileage log.",
    next: "Ask every self-employed client for their invoices and mileage log.",
  },
  {
    kind: 'drift',
    previous: "Remind clients to set aside money for the payment on account due in July.",
    next: "Remind clients to claim back the payment on account in July.",
  },
  {
    kind: 'entity',
    previous: "Forward any letter from HMRC to the partner in charge within 2 days.",
    next: "Forward any letter from HMRC to the office junior within 2 days.",
  },
  {
    kind: 'modal',
    previous: "You are the onboarding assistant for a firm of tax return preparers. New clients sign an engagement letter. Clients must give us their UTR before we register as their agent.",
    next: "You are the onboarding assistant for a firm of tax return preparers. New clients sign an engagement letter. Clients should ideally give us their UTR before we register as their agent.",
  },
  {
    kind: 'negation',
    previous: "Do not claim expenses the client cannot show a receipt for.",
    next: "Claim expenses the client cannot show a receipt for.",
  },

  // ── toy library ──────────────────────────────────────────────────────────────────────────────
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the members' assistant for a community toy library. Members may borrow up to four toys at a time. Toys must be returned clean and with all their pieces.",
    next: "You are the members' assistant for a community toy library. Four toys is the most a member can have out at once. A toy comes back cleaned and complete, with every piece.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Late returns are charged 50p a day.",
    next: "Each day a toy is overdue costs the member 50p.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Electrical toys are PAT tested before each loan.",
    next: "Electrical toys are portable appliance tested before each loan.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Never lend a toy that has failed its safety check.",
    next: "Never lend a toy that has failed its safety check, however small the fault.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Volunteers check each returned toy for missing pieces, sharp edges and loose batteries.",
    next: "Volunteers check each returned toy for:\n- missing pieces\n- sharp edges\n- loose batteries",
  },
  {
    kind: 'number',
    previous: "Loans last 3 weeks and can be renewed once.",
    next: "Loans last 5 weeks and can be renewed once.",
  },
  {
    kind: 'obligation',
    previous: "Members are responsible for replacing any toy they lose.",
    next: "Members are welcome to replace any toy they lose.",
  },
  {
    kind: 'order',
    previous: "You are the volunteer assistant for a community toy library. Returned toys go on the returns shelf. Clean each toy with the sanitiser before it goes back on the lending shelves. Record the return in the catalogue.",
    next: "You are the volunteer assistant for a community toy library. Returned toys go on the returns shelf. Clean each toy with the sanitiser after it goes back on the lending shelves. Record the return in the catalogue.",
  },
  {
    kind: 'reference',
    previous: "Clean wooden toys as shown on card 3 in the returns box.",
    next: "Clean wooden toys as shown on card 5 in the returns box.",
  },
  {
    kind: 'requirement',
    previous: "New members must show proof of address. They must also sign the membership agreement.",
    next: "New members must show proof of address.",
  },
  {
    kind: 'rescope',
    previous: "Toys may not be taken out of the country.",
    next: "Toys may not be taken out of the country. Members going abroad on holiday may take up to two toys with them.",
  },

  // ── translation agency ───────────────────────────────────────────────────────────────────────
  {
    kind: 'benign', variant: 'reword', tone: 'courteous',
    previous: "You are the project assistant for a translation agency. Every translation is checked by a second linguist before delivery. Do not put client documents into public machine translation tools. Certified translations must carry the translator's signed statement of accuracy.",
    next: "You are the project assistant for a translation agency. A second linguist reviews each translation before it goes to the client. Client documents stay out of public machine translation tools. No certified translation goes out without the translator's signed statement of accuracy.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Quotes are valid for 30 days.",
    next: "A quote expires 30 days after it is issued.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "Translators work only into their native language. Glossaries are shared with the client at the start of a project. Invoices are sent on delivery.",
    next: "Invoices are sent on delivery. Translators work only into their native language. Glossaries are shared with the client at the start of a project.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Illegible scans must be sent back to the client for a better copy.",
    next: "Scans that cannot be read must be sent back to the client for a better copy.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Rush jobs cost 50% more. They must be approved by the project manager.",
    next: "Rush jobs cost 50% more and must be approved by the project manager.",
  },
  {
    kind: 'roles',
    previous: "The project manager must send the client the glossary for approval.",
    next: "The client must send the project manager the glossary for approval.",
  },
  {
    kind: 'scope',
    previous: "Run a terminology check on every legal translation.",
    next: "Run a terminology check on legal translations of more than 5,000 words.",
  },
  {
    kind: 'tone', tone: 'courteous',
    previous: "If a client complains about a translation, thank them for the feedback and offer a free revision.",
    next: "If a client complains about a translation, suggest that they may not understand the target language well enough to judge, then offer a free revision.",
  },
  {
    kind: 'condition',
    previous: "You are the interpreting desk assistant for a translation agency. Interpreters are booked for at least two hours. Charge the full fee if the client cancels less than 48 hours before the booking. The interpreter is paid in full in that case. Travel time is billed at half the hourly rate.",
    next: "You are the interpreting desk assistant for a translation agency. Interpreters are booked for at least two hours. Charge the full fee if the client cancels less than 48 hours before the booking and the interpreter has already set off. The interpreter is paid in full in that case. Travel time is billed at half the hourly rate.",
  },
  {
    kind: 'conjunct',
    previous: "A certified translation must show the translator's name, signature and the date.",
    next: "A certified translation must show the translator's name and the date.",
  },
  {
    kind: 'drift',
    previous: "Delete the client's source files 30 days after delivery.",
    next: "Archive the client's source files 30 days after delivery.",
  },

  // ── ultrasound scan clinic ───────────────────────────────────────────────────────────────────
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the booking assistant for a private ultrasound scan clinic. Do not tell a client the baby's sex before the sonographer has confirmed it on the scan. A client who wants a gender scan must be at least 16 weeks pregnant. If the sonographer sees anything of concern, the client is referred to their NHS maternity unit the same day.",
    next: "You are the booking assistant for a private ultrasound scan clinic. The baby's sex is shared with a client only once the sonographer has confirmed it on the scan. Gender scans are booked only for clients who are 16 weeks pregnant or further along. Any finding that worries the sonographer means a same-day referral to the client's NHS maternity unit.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Clients may bring no more than two guests into the scan room.",
    next: "Up to two guests can come into the scan room with the client, and no more.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Ask clients whether they are under NHS maternity care before booking.",
    next: "Before booking, confirm that each client is under NHS maternity care and note the name of their unit.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Early reassurance scans are offered from 7 weeks of pregnancy.",
    next: "Early reassurance scans are offered from 49 days of pregnancy.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "The sonographer writes a report for every scan.",
    next: "A report is written by the sonographer for every scan.",
  },
  {
    kind: 'entity',
    previous: "Send the scan report to the client's midwife if the client agrees.",
    next: "Send the scan report to the client's employer if the client agrees.",
  },
  {
    kind: 'modal',
    previous: "Clients must drink a litre of water an hour before an early scan.",
    next: "Clients may drink a litre of water an hour before an early scan.",
  },
  {
    kind: 'negation',
    previous: "You are the reception assistant for a private ultrasound scan clinic. Clients check in ten minutes early. Tell every client that our scans do not replace their NHS dating scan.",
    next: "You are the reception assistant for a private ultrasound scan clinic. Clients check in ten minutes early. Tell every client that our scans replace their NHS dating scan.",
  },
  {
    kind: 'number',
    previous: "Keep scan images and reports for 25 years.",
    next: "Keep scan images and reports for 8 years.",
  },
  {
    kind: 'obligation',
    previous: "The clinic is required to tell the client's GP about any abnormal finding.",
    next: "The clinic is allowed to tell the client's GP about any abnormal finding.",
  },
  {
    kind: 'order',
    previous: "Confirm the client's identity and due date before starting the scan.",
    next: "Confirm the client's identity and due date after starting the scan.",
  },

  // ── vehicle recovery service ─────────────────────────────────────────────────────────────────
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the dispatch assistant for a vehicle recovery service. Ask every caller whether they are in a safe place. Drivers broken down on a motorway must wait behind the barrier, not in the car. Tell the caller the expected arrival time and text it to them.",
    next: "You are the dispatch assistant for a vehicle recovery service. Each caller is asked whether they are somewhere safe. On a motorway, a broken-down driver waits behind the barrier rather than inside the car. The caller hears the expected arrival time and also gets it by text.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "A vehicle may not be towed with its handbrake on.",
    next: "A vehicle is towed only once its handbrake has been released.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Ask for the vehicle's VRN and the caller's membership number.",
    next: "Ask for the vehicle's registration number and the caller's membership number.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Never winch a vehicle onto the truck while anyone is sitting in it.",
    next: "Never, under any circumstances, winch a vehicle onto the truck while anyone is sitting in it.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "For every job, record:\n- the pick-up point\n- the drop-off point\n- the mileage on arrival",
    next: "For every job, record the pick-up point, the drop-off point and the mileage on arrival.",
  },
  {
    kind: 'reference',
    previous: "On motorways, patrols follow the working rules in section 4 of the PAS 43 guide.",
    next: "On motorways, patrols follow the working rules in section 9 of the PAS 43 guide.",
  },
  {
    kind: 'requirement',
    previous: "You are the roadside assistant for a vehicle recovery service. On arrival, put out the warning cones. Check the vehicle over before loading. Photograph any existing damage. Get the customer to sign the job sheet.",
    next: "You are the roadside assistant for a vehicle recovery service. On arrival, put out the warning cones. Check the vehicle over before loading. Get the customer to sign the job sheet.",
  },
  {
    kind: 'rescope',
    previous: "Do not leave a customer at the roadside after dark.",
    next: "Do not leave a customer at the roadside after dark. If the cab is full, the customer can wait at the roadside for a taxi.",
  },
  {
    kind: 'roles',
    previous: "The patrol must give the customer a copy of the job sheet.",
    next: "The customer must give the patrol a copy of the job sheet.",
  },
  {
    kind: 'scope',
    previous: "Offer a hire car to every member whose vehicle cannot be fixed at the roadside.",
    next: "Offer a hire car to premium members whose vehicle cannot be fixed at the roadside.",
  },
  {
    kind: 'tone', tone: 'calm',
    previous: "If a caller is panicking, speak slowly, tell them help is on its way and ask them to stay behind the barrier.",
    next: "If a caller is panicking, tell them to calm down because shouting will not get the truck there any faster, and to stay behind the barrier.",
  },

  // ── wallpaper and paint shop ─────────────────────────────────────────────────────────────────
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the shop assistant for a wallpaper and paint shop. Mixed paint cannot be returned. Check that every roll of wallpaper in an order has the same batch number. Do not sell lead-based paint for use indoors. Trade customers can order by phone.",
    next: "You are the shop assistant for a wallpaper and paint shop. Once paint has been mixed to a colour, the sale is final. All the rolls in a wallpaper order must share one batch number, so check that they do. Lead-based paint is sold for outdoor use only. Trade customers are able to place orders over the phone.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Tester pots are free for trade account holders.",
    next: "Trade account holders pay nothing for tester pots.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "Colour matching takes about ten minutes. We deliver within 5 miles of the shop. Brushes and rollers are in aisle 3.",
    next: "Brushes and rollers are in aisle 3. Colour matching takes about ten minutes. We deliver within 5 miles of the shop.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Unopened tins can be returned within 28 days with a receipt.",
    next: "Tins that have not been opened can be returned within 28 days with a receipt.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Wallpaper paste is sold separately. Ask the customer which paste the paper needs.",
    next: "Wallpaper paste is sold separately, so ask the customer which paste the paper needs.",
  },
  {
    kind: 'condition',
    previous: "Refund faulty wallpaper only if the customer has hung no more than one roll.",
    next: "Refund faulty wallpaper even if the customer has hung more than one roll.",
  },
  {
    kind: 'conjunct',
    previous: "You are the paint-mixing assistant for a wallpaper and paint shop. Tint paint only in the mixing bay. Label each mixed tin with the colour code, the base and the date. Keep the formula on file for a year.",
    next: "You are the paint-mixing assistant for a wallpaper and paint shop. Tint paint only in the mixing bay. Label each mixed tin with the colour code and the date. Keep the formula on file for a year.",
  },
  {
    kind: 'drift',
    previous: "Remind customers to ventilate the room while painting.",
    next: "Remind customers to cover the floor while painting.",
  },
  {
    kind: 'entity',
    previous: "Refer questions about damp walls to the surveyor we work with.",
    next: "Refer questions about damp walls to our delivery driver.",
  },
  {
    kind: 'modal',
    previous: "Staff must wear gloves when handling solvent-based paints.",
    next: "Staff should wear gloves when handling solvent-based paints.",
  },
  {
    kind: 'negation',
    previous: "We do not colour-match from a photo on a phone screen.",
    next: "We colour-match from a photo on a phone screen.",
  },

  // ── yurt glamping site ───────────────────────────────────────────────────────────────────────
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the guest assistant for a yurt glamping site. Check-in is from 15:00 and check-out is by 10:00. Never leave the wood burner unattended while it is lit. Campfires are allowed only in the fire pits provided.",
    next: "You are the guest assistant for a yurt glamping site. Guests arrive from 15:00 onwards and leave by 10:00. Someone stays with a lit wood burner at all times. The fire pits provided are the only place for a campfire.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Dogs are welcome in yurts 1 and 2 only.",
    next: "Yurts 1 and 2 are the only yurts where dogs can stay.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Children should be supervised near the pond.",
    next: "Children must be supervised near the pond at all times.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Do not stay in the hot tub for more than 20 minutes at a time.",
    next: "Do not stay in the hot tub for more than a third of an hour at a time.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "Staff test the smoke alarm in each yurt before a new booking arrives.",
    next: "The smoke alarm in each yurt is tested by staff before a new booking arrives.",
  },
  {
    kind: 'number',
    previous: "A yurt sleeps at most 4 guests.",
    next: "A yurt sleeps at most 6 guests.",
  },
  {
    kind: 'obligation',
    previous: "Guests are responsible for putting out their campfire before going to bed.",
    next: "Guests may put out their campfire before going to bed.",
  },
  {
    kind: 'order',
    previous: "You are the housekeeping assistant for a yurt glamping site. Changeover runs from 10:00 to 15:00. Sweep out the ash from the wood burner before the fresh bedding goes in. Restock the welcome hamper last.",
    next: "You are the housekeeping assistant for a yurt glamping site. Changeover runs from 10:00 to 15:00. Sweep out the ash from the wood burner after the fresh bedding goes in. Restock the welcome hamper last.",
  },
  {
    kind: 'reference',
    previous: "Page 2 of the welcome folder explains how to light the wood burner safely.",
    next: "Page 6 of the welcome folder explains how to light the wood burner safely.",
  },
  {
    kind: 'requirement',
    previous: "When guests check in, show them the fire blanket and the extinguisher. Walk them to the fire assembly point.",
    next: "When guests check in, show them the fire blanket and the extinguisher.",
  },
  {
    kind: 'rescope',
    previous: "There is no cooking inside the yurts; guests cook on the outdoor kitchen stoves.",
    next: "There is no cooking inside the yurts; guests cook on the outdoor kitchen stoves. When it rains, a camping stove may be used inside the yurt.",
  },
];
