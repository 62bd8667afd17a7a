// Held-back set v5 of issue 11: clause edits written blind on 2026-12-02 by someone who never saw
// the detectors, their tests or the other labelled sets (only the ClauseEdit type and the kind and
// variant names), and never tuned on. The lead measures it once (scripts/bench/clause-edits.ts
// --held-back --v5). Do not edit entries to make a detector pass: a wrong label may be fixed only
// with a reason a careful reviewer would accept, written in the commit.
//
// Labels say what a careful reviewer would want: `benign` edits keep the rule or make it stricter;
// every other kind weakens, loosens or changes it. Domains: support, billing, banking, healthcare,
// HR, security, coding assistants, legal, education, logistics, insurance, public sector, retail.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V5: readonly ClauseEdit[] = [
  // ── Regressions: order and direction (before/after, above/below, more/less, at least/at most,
  // first/last, earlier/later, steps of a numbered procedure swapped).
  { kind: 'order', previous: 'Confirm the shipping address with the customer before you create the replacement order.', next: 'Confirm the shipping address with the customer after you create the replacement order.' },
  { kind: 'order', tone: 'formal', previous: "When a customer reports a lost card, freeze the card first, then verify the customer's identity, then order a replacement. Tell them the new card arrives in 5 to 7 business days. Do not read out the full card number at any point.", next: "When a customer reports a lost card, verify the customer's identity first, then freeze the card, then order a replacement. Tell them the new card arrives in 5 to 7 business days. Do not read out the full card number at any point." },
  { kind: 'order', previous: "Page the on-call nurse if the patient's temperature is above 39.5 °C.", next: "Page the on-call nurse if the patient's temperature is below 39.5 °C." },
  { kind: 'order', previous: 'Offer the instalment plan only to accounts with more than 90 days of payment history.', next: 'Offer the instalment plan only to accounts with fewer than 90 days of payment history.' },
  { kind: 'order', previous: 'Service account passwords must be at least 24 characters long and rotated every quarter.', next: 'Service account passwords must be at most 24 characters long and rotated every quarter.' },
  { kind: 'order', previous: 'Before you hand a change back to the user:\n1. Run the full test suite.\n2. Commit the change with a descriptive message.\n3. Push the branch and open a pull request.', next: 'Before you hand a change back to the user:\n1. Commit the change with a descriptive message.\n2. Push the branch and open a pull request.\n3. Run the full test suite.' },
  { kind: 'order', previous: 'Send the offer letter no earlier than the day the background check clears.', next: 'Send the offer letter no later than the day the background check clears.' },
  { kind: 'order', previous: "Release the claim payment after the adjuster's report has been filed and reviewed by a team lead.", next: "Release the claim payment before the adjuster's report has been filed and reviewed by a team lead." },

  // ── Regressions: numbers loosened (deadline lengthened, cap raised, floor lowered, threshold
  // moved so fewer cases are covered).
  { kind: 'number', tone: 'friendly', previous: 'Reply to priority tickets within 2 hours, even outside business hours.', next: 'Reply to priority tickets within 8 hours, even outside business hours.' },
  { kind: 'number', previous: 'Agents may issue a goodwill credit of up to $25 without a supervisor’s approval.', next: 'Agents may issue a goodwill credit of up to $75 without a supervisor’s approval.' },
  { kind: 'number', previous: 'Hold any outgoing international transfer above $10,000 for manual review by the fraud desk.', next: 'Hold any outgoing international transfer above $50,000 for manual review by the fraud desk.' },
  { kind: 'number', previous: 'Lock the account after 5 failed sign-in attempts within 15 minutes.', next: 'Lock the account after 10 failed sign-in attempts within 15 minutes.' },
  { kind: 'number', previous: 'Patients must not eat for at least 8 hours before the procedure. Clear water is allowed up to 2 hours before.', next: 'Patients must not eat for at least 4 hours before the procedure. Clear water is allowed up to 2 hours before.' },
  { kind: 'number', previous: "Managers must complete each performance review within 14 days of the quarter's end. Reviews not submitted by then are escalated to the HR business partner. Employees receive a copy of their review within 3 business days of submission.", next: "Managers must complete each performance review within 14 days of the quarter's end. Reviews not submitted by then are escalated to the HR business partner. Employees receive a copy of their review within 10 business days of submission." },
  { kind: 'number', previous: 'Cold-chain shipments must have their temperature logged every 15 minutes while in transit.', next: 'Cold-chain shipments must have their temperature logged every 60 minutes while in transit.' },
  { kind: 'number', previous: 'Students may use the exam retake option at most once per course.', next: 'Students may use the exam retake option at most three times per course.' },

  // ── Regressions: condition flips (only if -> unless, only when -> whenever, if -> even if, a
  // condition removed, a trigger narrowed).
  { kind: 'condition', previous: 'Issue a service credit only if the outage lasted more than 4 hours.', next: 'Issue a service credit unless the outage lasted more than 4 hours.' },
  { kind: 'condition', previous: 'Send a full account statement to the customer only when they ask for one in writing.', next: 'Send a full account statement to the customer whenever they ask for one in writing.' },
  { kind: 'condition', previous: 'Ship the order on the same day if the payment has cleared.', next: 'Ship the order on the same day even if the payment has not cleared.' },
  { kind: 'condition', previous: 'If the caller has passed two-factor verification, you may read out the last four digits of the account number.', next: 'You may read out the last four digits of the account number.' },
  { kind: 'condition', previous: 'Page the on-call engineer when any production alert fires.', next: 'Page the on-call engineer when a critical production alert fires during business hours.' },
  { kind: 'condition', previous: 'Refer the claim to the special investigations unit if the policy was bought less than 30 days before the loss.', next: 'Refer the claim to the special investigations unit if the policy was bought less than 30 days before the loss and the amount claimed exceeds $20,000.' },
  { kind: 'condition', previous: "Share a candidate's salary history with the hiring manager only if the candidate has given written consent.", next: "Share a candidate's salary history with the hiring manager unless the candidate has refused in writing." },
  { kind: 'condition', previous: 'You are working in the user\'s repository. Ask the user for confirmation before deleting any file, unless they started the session with --yes. Show the list of files first.', next: 'You are working in the user\'s repository. Ask the user for confirmation before deleting any file, only if they started the session with --yes. Show the list of files first.' },

  // ── Regressions: scope narrowed or widened (every -> some / new customers / when asked; "to X"
  // -> "to X or anyone").
  { kind: 'scope', previous: 'Read the call-recording notice to every caller before the recording starts.', next: 'Read the call-recording notice to new callers before the recording starts.' },
  { kind: 'scope', previous: 'Send invoice copies only to the billing contact on file.', next: 'Send invoice copies to the billing contact on file or any member of their team.' },
  { kind: 'scope', previous: 'All access to the production database must go through the bastion host. Sessions are recorded and kept for one year.', next: 'Most access to the production database must go through the bastion host. Sessions are recorded and kept for one year.' },
  { kind: 'scope', previous: "Offer a professional interpreter to every patient whose preferred language is not English.", next: "Offer a professional interpreter to patients whose preferred language is not English when they ask for one." },
  { kind: 'scope', previous: 'Exit interviews are held with all departing employees within their last week.', next: 'Exit interviews are held with departing employees in the engineering department within their last week.' },
  { kind: 'scope', previous: 'Discuss account balances and recent transactions only with the account holder.', next: 'Discuss account balances and recent transactions with the account holder or a member of their household.' },
  { kind: 'scope', previous: 'Never commit API keys, passwords or tokens to any repository.', next: 'Never commit API keys, passwords or tokens to a public repository.' },
  { kind: 'scope', previous: 'Drivers must photograph every parcel at the point of delivery.', next: 'Drivers must photograph parcels worth more than $100 at the point of delivery.' },

  // ── Regressions: weakening qualifiers (where practical, if possible, ideally, usually, in most
  // cases, after the second request, try to, when feasible).
  { kind: 'scope', tone: 'friendly', previous: "Answer in the customer's language.", next: "Answer in the customer's language where practical." },
  { kind: 'scope', previous: 'Rotate API keys for third-party integrations every 90 days.', next: 'Rotate API keys for third-party integrations every 90 days if possible.' },
  { kind: 'scope', previous: 'Before discharge, the nurse reviews every new medication with the patient. The patient is given a written summary of the doses. A follow-up call is booked for the following week.', next: 'Before discharge, the nurse reviews every new medication with the patient. Ideally, the patient is given a written summary of the doses. A follow-up call is booked for the following week.' },
  { kind: 'scope', previous: "Include the customer's VAT number on every invoice issued to a business.", next: "In most cases, include the customer's VAT number on every invoice issued to a business." },
  { kind: 'scope', previous: 'Escalate any report of suspected financial abuse of an older customer to the safeguarding team.', next: 'Escalate reports of suspected financial abuse of an older customer to the safeguarding team after the second report.' },
  { kind: 'scope', previous: 'When you fix a bug, add a regression test that fails without the fix.', next: 'When you fix a bug, add a regression test that fails without the fix, when feasible.' },
  { kind: 'scope', tone: 'formal', previous: 'Respond to formal complaints from residents within 10 working days.', next: 'Try to respond to formal complaints from residents within 10 working days.' },
  { kind: 'scope', previous: 'Managers must hold a one-to-one with each direct report every two weeks.', next: 'Managers must, where workload allows, hold a one-to-one with each direct report every two weeks.' },

  // ── Regressions: a conjunct or list item dropped inside one sentence or one bullet list.
  { kind: 'conjunct', previous: 'If a caller mentions self-harm, stay on the line, give them the crisis line number and alert the duty manager.', next: 'If a caller mentions self-harm, stay on the line and give them the crisis line number.' },
  { kind: 'conjunct', previous: 'Escalate refund disputes, chargebacks and fraud reports to the finance team the same day.', next: 'Escalate refund disputes and chargebacks to the finance team the same day.' },
  { kind: 'conjunct', previous: 'Before granting admin access, check that:\n- the request is approved by the team lead\n- the user has completed security training this year\n- the account has two-factor authentication enabled', next: 'Before granting admin access, check that:\n- the request is approved by the team lead\n- the account has two-factor authentication enabled' },
  { kind: 'conjunct', previous: 'Record the dose, the time and the route of every medication given.', next: 'Record the dose and the time of every medication given.' },
  { kind: 'conjunct', previous: 'Hazardous goods must be labelled, declared on the manifest and stored away from food products.', next: 'Hazardous goods must be labelled and declared on the manifest.' },
  { kind: 'conjunct', previous: "On a new hire's first day, IT must provide a laptop, a building badge and VPN access.", next: "On a new hire's first day, IT must provide a laptop and a building badge." },
  { kind: 'conjunct', previous: 'When you change a public API:\n- update the changelog\n- bump the minor version\n- add a migration note to the docs', next: 'When you change a public API:\n- bump the minor version\n- add a migration note to the docs' },
  { kind: 'conjunct', previous: 'Ask the claimant for the police report number and photos of the damage before booking an assessor.', next: 'Ask the claimant for photos of the damage before booking an assessor.' },

  // ── Regressions: obligation words beyond must/shall (required to, needs to, has to, is
  // responsible for, may not, is prohibited, requires), and a new permission.
  { kind: 'obligation', previous: "The agent is required to read back the card's last four digits before charging it.", next: "The agent may read back the card's last four digits before charging it." },
  { kind: 'obligation', previous: 'Staff may not open patient records on personal devices.', next: 'Staff are allowed to open patient records on personal devices.' },
  { kind: 'obligation', previous: 'Sharing customer data with third-party advertisers is prohibited.', next: 'Sharing customer data with third-party advertisers is discouraged.' },
  { kind: 'obligation', previous: 'Every pull request needs to be approved by a code owner before it is merged.', next: 'Every pull request can be approved by a code owner before it is merged.' },
  { kind: 'obligation', previous: 'The shift lead is responsible for signing off the cash count at closing.', next: 'The shift lead may sign off the cash count at closing.' },
  { kind: 'obligation', previous: 'Do not offer discounts on subscription renewals. Direct pricing questions to the account manager.', next: 'Do not offer discounts on subscription renewals. Agents may offer up to 10% off to customers who say they will cancel. Direct pricing questions to the account manager.' },
  { kind: 'obligation', tone: 'formal', previous: 'Tenants have to give 60 days’ written notice before ending the lease.', next: 'Tenants are encouraged to give 60 days’ written notice before ending the lease.' },
  { kind: 'obligation', previous: 'Any purchase over $500 requires approval from the budget holder.', next: 'Approval from the budget holder is recommended for any purchase over $500.' },

  // ── Regressions: negation moved or rescoped, the number of negations unchanged.
  { kind: 'rescope', previous: "Don't send test results by email; share them through the patient portal.", next: "Send test results by email; don't share them through the patient portal." },
  { kind: 'rescope', previous: 'Do not log the request body; log only the request ID and the status code.', next: 'Log the request body; do not log the request ID and the status code.' },
  { kind: 'rescope', previous: 'Never run database migrations automatically in production; ask the user first and wait for a yes.', next: 'Run database migrations automatically in production; never ask the user first or wait for a yes.' },
  { kind: 'rescope', previous: 'The assistant must not draft contracts for users, but it may explain what a contract term means.', next: 'The assistant may draft contracts for users, but it must not explain what a contract term means.' },
  { kind: 'rescope', previous: 'Do not give the student the answer; give a hint that points them to the right method.', next: 'Give the student the answer when they seem stuck; do not spend time on hints.' },
  { kind: 'rescope', previous: "Do not require a fixed address to register a voter; accept a shelter's address instead.", next: "Require a fixed address to register a voter; do not accept a shelter's address instead." },
  { kind: 'rescope', previous: 'Never leave a parcel with a neighbour. If nobody answers, take it back to the depot and leave a card.', next: 'If nobody answers, leave the parcel with a neighbour. Never take it back to the depot; leave a card.' },
  { kind: 'rescope', previous: 'Never guess at a policy you are unsure of; check the knowledge base and quote it.', next: 'Guess at the policy when the knowledge base has no answer; never leave the customer waiting.' },

  // ── Regressions: a new sentence contradicting an existing rule in other words.
  { kind: 'rescope', previous: 'Never promise a specific delivery date. Share the carrier’s tracking link instead.', next: 'Never promise a specific delivery date. Share the carrier’s tracking link instead. If the customer insists, it is fine to tell them the parcel will arrive by Friday.' },
  { kind: 'rescope', previous: 'Do not waive overdraft fees. Explain how the customer can avoid them next time.', next: 'Do not waive overdraft fees. Explain how the customer can avoid them next time. For customers who have banked with us for more than five years, removing the charge is fine.' },
  { kind: 'rescope', previous: 'Do not recommend doses of prescription medication. Tell the patient to ask their prescriber or pharmacist.', next: 'Do not recommend doses of prescription medication. Tell the patient to ask their prescriber or pharmacist. If they ask how much of their antibiotic to take, give them the standard adult amount.' },
  { kind: 'rescope', previous: 'Secrets must never appear in log output.', next: 'Secrets must never appear in log output. While debugging a failed login, printing the session token to the console is acceptable.' },
  { kind: 'rescope', previous: 'Salary information is confidential and must not be shared with other employees.', next: 'Salary information is confidential and must not be shared with other employees. Team leads can tell their team what each member earns if someone asks.' },
  { kind: 'rescope', previous: 'Do not push directly to the main branch; open a pull request for every change.', next: 'Do not push directly to the main branch; open a pull request for every change. Small typo fixes can go straight onto main.' },
  { kind: 'rescope', previous: "Returns require the original receipt. Items without a receipt may be exchanged for store credit at the manager's discretion. Refunds go back to the original payment method.", next: "Returns require the original receipt. Items without a receipt may be exchanged for store credit at the manager's discretion. Refunds go back to the original payment method. For purchases under $50, give cash back even without a receipt." },
  { kind: 'rescope', previous: 'Every claim above $5,000 needs an on-site inspection before it is settled.', next: 'Every claim above $5,000 needs an on-site inspection before it is settled. Water damage claims can be settled from the photos alone, whatever the amount.' },

  // ── Regressions: roles swapped (who does what to whom).
  { kind: 'roles', previous: 'The bank will call the customer to confirm any new payee.', next: 'The customer will call the bank to confirm any new payee.' },
  { kind: 'roles', previous: "The pharmacist must check each prescription against the doctor's notes.", next: "The doctor must check each prescription against the pharmacist's notes." },
  { kind: 'roles', previous: 'Managers approve the timesheets that employees submit each Friday.', next: 'Employees approve the timesheets that managers submit each Friday.' },
  { kind: 'roles', previous: "The reviewer must approve the author's changes before anything is merged.", next: "The author must approve the reviewer's changes before anything is merged." },
  { kind: 'roles', previous: 'The client signs the engagement letter after the firm sends it. No work starts before it is signed.', next: 'The firm signs the engagement letter after the client sends it. No work starts before it is signed.' },
  { kind: 'roles', previous: 'The driver must collect a signature from the recipient for every signed-for parcel.', next: 'The recipient must collect a signature from the driver for every signed-for parcel.' },
  { kind: 'roles', previous: 'The security team grants access to the data warehouse after the data owner approves the request.', next: 'The data owner grants access to the data warehouse after the security team approves the request.' },
  { kind: 'roles', previous: 'The adjuster must inform the policyholder of the settlement offer in writing.', next: 'The policyholder must inform the adjuster of the settlement offer in writing.' },

  // ── Regressions: classic kinds (must -> should, a requirement sentence deleted, entity changed,
  // drift that keeps the sentence frame).
  { kind: 'modal', previous: 'Agents must log every call in the CRM before ending their shift.', next: 'Agents should log every call in the CRM before ending their shift.' },
  { kind: 'modal', tone: 'formal', previous: 'Clinicians shall document informed consent before the procedure. The signed form is scanned into the record.', next: 'Clinicians should document informed consent before the procedure. The signed form is scanned into the record.' },
  { kind: 'modal', previous: 'Vendors must complete the security questionnaire before they are onboarded.', next: 'Vendors should complete the security questionnaire before they are onboarded.' },
  { kind: 'requirement', previous: 'Quote all prices including tax. Mention the 14-day cancellation right when a customer signs up. Never store card numbers in ticket notes.', next: 'Quote all prices including tax. Never store card numbers in ticket notes.' },
  { kind: 'requirement', tone: 'friendly', previous: 'Greet the customer by name. Verify the account PIN before making any change to the account. Close with a short summary of what was done.', next: 'Greet the customer by name. Close with a short summary of what was done.' },
  { kind: 'entity', previous: 'Send the refund confirmation to the billing contact.', next: 'Send the refund confirmation to the requester.' },
  { kind: 'entity', previous: 'Report suspected data breaches to the Data Protection Officer within 24 hours.', next: 'Report suspected data breaches to your line manager within 24 hours.' },
  { kind: 'drift', previous: 'Suggest the self-service portal for password resets.', next: 'Suggest calling the sales team for password resets.' },
  { kind: 'drift', previous: 'Recommend a low-sodium diet plan when the patient has high blood pressure.', next: 'Recommend a high-protein diet plan when the patient has high blood pressure.' },
  { kind: 'drift', previous: 'When a customer asks how to cancel, explain the cancellation steps.', next: 'When a customer asks how to cancel, offer them a discount to stay.' },

  // ── Benign: faithful rewordings in other words.
  { kind: 'benign', variant: 'reword', previous: 'Tell the customer how long a refund takes to reach their account.', next: 'Let the buyer know when to expect the money back in their bank.' },
  { kind: 'benign', variant: 'reword', previous: 'Never paste credentials into a chat message.', next: 'Passwords, tokens and other secrets must not go into chat, ever.' },
  { kind: 'benign', variant: 'reword', previous: 'Advise anyone showing signs of a stroke to call emergency services immediately.', next: 'If someone has stroke symptoms, tell them to ring for an ambulance at once.' },
  { kind: 'benign', variant: 'reword', tone: 'friendly', previous: 'Keep candidates informed about where they stand in the hiring process.', next: 'Update applicants regularly on the status of their application.' },
  { kind: 'benign', variant: 'reword', previous: 'Prefer small, focused commits with descriptive messages.', next: 'Favour compact commits that each do one thing and say clearly what they do.' },
  { kind: 'benign', variant: 'reword', previous: 'Explain the policy excess before the customer files a claim. Many customers do not realise they pay the first part of any claim.', next: 'Before a claim is lodged, make clear to the policyholder that the opening portion of any claim comes out of their own pocket; plenty of people are unaware of it.' },

  // ── Benign: active <-> passive voice.
  { kind: 'benign', variant: 'voice', previous: "The agent must verify the caller's identity before changing the delivery address.", next: "The caller's identity must be verified by the agent before the delivery address is changed." },
  { kind: 'benign', variant: 'voice', previous: 'The finance team approves all refunds over $200.', next: 'All refunds over $200 are approved by the finance team.' },
  { kind: 'benign', variant: 'voice', previous: 'Nurses must record vital signs every four hours.', next: 'Vital signs must be recorded by nurses every four hours.' },
  { kind: 'benign', variant: 'voice', previous: 'The assistant must not be used to draft binding legal contracts.', next: 'You must not use the assistant to draft binding legal contracts.' },
  { kind: 'benign', variant: 'voice', previous: 'Backups must be restored and tested by the on-call engineer once a month.', next: 'The on-call engineer must restore and test the backups once a month.' },
  { kind: 'benign', variant: 'voice', previous: 'Drivers scan each parcel at pickup. The depot checks the scans against the manifest at the end of the day. Missing parcels are reported to the customer within one hour.', next: 'Each parcel is scanned by the driver at pickup. At the end of the day, the scans are checked against the manifest by the depot. Missing parcels are reported to the customer within one hour.' },

  // ── Benign: sentences split or joined.
  { kind: 'benign', variant: 'split-join', previous: "Verify the customer's identity and then read back the changes before saving them.", next: "Verify the customer's identity. Then read back the changes before saving them." },
  { kind: 'benign', variant: 'split-join', previous: 'Do not share account numbers over chat. Use the secure message centre instead.', next: 'Do not share account numbers over chat; use the secure message centre instead.' },
  { kind: 'benign', variant: 'split-join', previous: "Confirm the patient's allergies before prescribing, and document the check in the chart.", next: "Confirm the patient's allergies before prescribing. Document the check in the chart." },
  { kind: 'benign', variant: 'split-join', previous: 'Job postings must list the salary range. They must also state whether the role is remote. Postings go live only after HR has reviewed them.', next: 'Job postings must list the salary range and state whether the role is remote. Postings go live only after HR has reviewed them.' },
  { kind: 'benign', variant: 'split-join', previous: 'Run the linter before committing. Fix every error it reports. Do not disable rules to make it pass.', next: 'Run the linter before committing and fix every error it reports, without disabling rules to make it pass.' },
  { kind: 'benign', variant: 'split-join', previous: 'Gift cards cannot be exchanged for cash, and they cannot be used to buy other gift cards.', next: 'Gift cards cannot be exchanged for cash. They also cannot be used to buy other gift cards.' },

  // ── Benign: independent sentences or unordered bullets reordered.
  { kind: 'benign', variant: 'reorder', tone: 'friendly', previous: "Use the customer's first name. Keep replies under 150 words. Never share internal ticket links.", next: "Never share internal ticket links. Use the customer's first name. Keep replies under 150 words." },
  { kind: 'benign', variant: 'reorder', previous: 'Every company laptop must have:\n- full-disk encryption\n- a screen lock after 5 minutes of inactivity\n- the endpoint protection agent installed', next: 'Every company laptop must have:\n- the endpoint protection agent installed\n- full-disk encryption\n- a screen lock after 5 minutes of inactivity' },
  { kind: 'benign', variant: 'reorder', previous: 'State interest rates as an annual percentage. Do not predict future rate changes. Point customers to the fee schedule for any charges.', next: 'Point customers to the fee schedule for any charges. State interest rates as an annual percentage. Do not predict future rate changes.' },
  { kind: 'benign', variant: 'reorder', tone: 'formal', previous: 'Use plain English. Give the case reference number in every reply. Do not ask residents for information the council already holds.', next: 'Do not ask residents for information the council already holds. Use plain English. Give the case reference number in every reply.' },
  { kind: 'benign', variant: 'reorder', previous: 'The claim form must include:\n- the policy number\n- the date of the loss\n- a description of what happened\n- contact details for any witnesses', next: 'The claim form must include:\n- a description of what happened\n- the policy number\n- contact details for any witnesses\n- the date of the loss' },
  { kind: 'benign', variant: 'reorder', previous: 'Be patient with beginners. Cite the textbook chapter when you explain a concept. Do not complete graded assignments for students.', next: 'Do not complete graded assignments for students. Be patient with beginners. Cite the textbook chapter when you explain a concept.' },

  // ── Benign: abbreviations expanded (or a standard one introduced).
  { kind: 'benign', variant: 'abbreviation', previous: 'Escalate any PII exposure to the DPO.', next: 'Escalate any exposure of personally identifiable information to the Data Protection Officer.' },
  { kind: 'benign', variant: 'abbreviation', previous: "Ask for the customer's DOB before discussing their account.", next: "Ask for the customer's date of birth before discussing their account." },
  { kind: 'benign', variant: 'abbreviation', previous: 'Acknowledge P1 incidents within 15 min and post an update every 30 min.', next: 'Acknowledge priority-1 incidents within 15 minutes and post an update every 30 minutes.' },
  { kind: 'benign', variant: 'abbreviation', previous: 'Do not give ETAs for RMA shipments.', next: 'Do not give estimated times of arrival for return merchandise authorization shipments.' },
  { kind: 'benign', variant: 'abbreviation', previous: "Check the patient's BP and HR before giving the medication.", next: "Check the patient's blood pressure and heart rate before giving the medication." },
  { kind: 'benign', variant: 'abbreviation', previous: 'New hires must sign the NDA before their first day.', next: 'New hires must sign the non-disclosure agreement before their first day.' },
  { kind: 'benign', variant: 'abbreviation', previous: 'Make sure two-factor authentication is enabled on every administrator account.', next: 'Make sure 2FA is enabled on every admin account.' },

  // ── Benign: emphasis added to a rule that keeps it.
  { kind: 'benign', variant: 'emphasis', previous: 'Never store card numbers in ticket notes.', next: 'Never store card numbers in ticket notes — no exceptions.' },
  { kind: 'benign', variant: 'emphasis', previous: "Do not share a patient's diagnosis with their employer.", next: "Do NOT share a patient's diagnosis with their employer." },
  { kind: 'benign', variant: 'emphasis', previous: 'Always confirm the amount with the customer before sending a wire transfer.', next: 'IMPORTANT: always confirm the amount with the customer before sending a wire transfer.' },
  { kind: 'benign', variant: 'emphasis', previous: 'Wear a high-visibility vest in the loading bay.', next: 'Wear a high-visibility vest in the loading bay at all times.' },
  { kind: 'benign', variant: 'emphasis', previous: "The assistant must not run shell commands without the user's approval.", next: "It is essential that the assistant never runs shell commands without the user's explicit approval." },
  { kind: 'benign', variant: 'emphasis', previous: 'Do not give an opinion on the likely outcome of a case.', next: 'Do not, in any form, give an opinion on the likely outcome of a case.' },

  // ── Benign: a negated word spelled out.
  { kind: 'benign', variant: 'spelled-negation', previous: 'Chase unpaid invoices after 14 days.', next: 'Chase invoices that have not been paid after 14 days.' },
  { kind: 'benign', variant: 'spelled-negation', previous: 'Flag unsigned consent forms to the ward manager.', next: 'Flag consent forms that have not been signed to the ward manager.' },
  { kind: 'benign', variant: 'spelled-negation', previous: 'Exclude unverified accounts from the payout run.', next: 'Exclude accounts that are not verified from the payout run.' },
  { kind: 'benign', variant: 'spelled-negation', previous: 'Return undeliverable parcels to the sender within 10 days.', next: 'Return parcels that cannot be delivered to the sender within 10 days.' },
  { kind: 'benign', variant: 'spelled-negation', previous: 'Report unauthorised access attempts to the security team immediately.', next: 'Report access attempts that were not authorised to the security team immediately.' },
  { kind: 'benign', variant: 'spelled-negation', previous: 'Give a full refund for unopened items.', next: 'Give a full refund for items that have not been opened.' },

  // ── Benign: stricter (a tighter number, should -> must, an added duty, wider coverage).
  { kind: 'benign', variant: 'stricter', previous: 'Reply to written complaints within 5 working days.', next: 'Reply to written complaints within 3 working days.' },
  { kind: 'benign', variant: 'stricter', previous: 'Agents should confirm the callback number before ending the call.', next: 'Agents must confirm the callback number before ending the call.' },
  { kind: 'benign', variant: 'stricter', previous: 'Lock the account after 10 failed sign-in attempts.', next: 'Lock the account after 5 failed sign-in attempts.' },
  { kind: 'benign', variant: 'stricter', previous: 'Log every refund in the ledger.', next: 'Log every refund in the ledger and attach the approval email.' },
  { kind: 'benign', variant: 'stricter', previous: 'Patients should be asked about allergies before any medication is given.', next: 'Patients must be asked about allergies before any medication is given, and the answer must be recorded in the chart.' },
  { kind: 'benign', variant: 'stricter', previous: 'Hold cash deposits over $10,000 for review.', next: 'Hold cash deposits over $5,000 for review.' },
  { kind: 'benign', variant: 'stricter', previous: 'Offer a translated copy of the letter when the resident asks for one.', next: 'Offer a translated copy of the letter to every resident whose preferred language is not English, and whenever a resident asks for one.' },

  // ── Benign: markdown only (bold, italics, code, a heading added, list markers).
  { kind: 'benign', variant: 'markdown', previous: 'Never share your password with anyone, including support staff.', next: '**Never** share your password with anyone, including support staff.' },
  { kind: 'benign', variant: 'markdown', previous: "Quote prices in the customer's currency. Show tax as a separate line.", next: "## Pricing\n\nQuote prices in the customer's currency. Show tax as a separate line." },
  { kind: 'benign', variant: 'markdown', previous: 'Never run git push --force on the main branch.', next: 'Never run `git push --force` on the `main` branch.' },
  { kind: 'benign', variant: 'markdown', previous: "- Verify the member ID.\n- Confirm the plan year.\n- Read the coverage limits from the policy, not from memory.", next: "* Verify the member ID.\n* Confirm the plan year.\n* Read the coverage limits from the policy, not from memory." },
  { kind: 'benign', variant: 'markdown', previous: "Always use the student's preferred name.", next: "Always use the student's *preferred* name." },
  { kind: 'benign', variant: 'markdown', previous: "Do not discuss a colleague's medical leave with the rest of the team.", next: "### Confidentiality\n\n**Do not** discuss a colleague's medical leave with the rest of the team." },

  // ── Benign: misspellings corrected.
  { kind: 'benign', variant: 'typo', previous: "Confirm the recipent's adress before dispatch.", next: "Confirm the recipient's address before dispatch." },
  { kind: 'benign', variant: 'typo', previous: 'Never disclose a patients diagnosis to thier employer.', next: "Never disclose a patient's diagnosis to their employer." },
  { kind: 'benign', variant: 'typo', previous: "Agents must verfy the caller's identty before any acount change.", next: "Agents must verify the caller's identity before any account change." },
  { kind: 'benign', variant: 'typo', previous: 'Do not recomend specific stocks or garantee returns.', next: 'Do not recommend specific stocks or guarantee returns.' },
  { kind: 'benign', variant: 'typo', previous: 'The assistant must not delete files outside the the workspace wihtout asking.', next: 'The assistant must not delete files outside the workspace without asking.' },
  { kind: 'benign', variant: 'typo', previous: 'Teh claim must be acknowleged within 48 hours of reciept.', next: 'The claim must be acknowledged within 48 hours of receipt.' },

  // ── Benign: a list turned into prose or prose into a list.
  { kind: 'benign', variant: 'list-prose', previous: 'Before shipping, check the address, the parcel weight and the customs form.', next: 'Before shipping, check:\n- the address\n- the parcel weight\n- the customs form' },
  { kind: 'benign', variant: 'list-prose', previous: 'When a customer cancels:\n- stop the next billing run\n- send the cancellation confirmation\n- keep their data for 30 days, then delete it', next: 'When a customer cancels, stop the next billing run, send the cancellation confirmation, and keep their data for 30 days before deleting it.' },
  { kind: 'benign', variant: 'list-prose', previous: "Before surgery, the team confirms:\n- the patient's identity\n- the procedure and the site\n- that the consent form is signed", next: "Before surgery, the team confirms the patient's identity, the procedure and the site, and that the consent form is signed." },
  { kind: 'benign', variant: 'list-prose', previous: 'Every incident report must include the time of detection, the affected systems, the actions taken and the name of the responder.', next: 'Every incident report must include:\n- the time of detection\n- the affected systems\n- the actions taken\n- the name of the responder' },
  { kind: 'benign', variant: 'list-prose', previous: 'Managers must:\n- approve or decline leave requests within 3 working days\n- record the decision in the HR system', next: 'Managers must approve or decline leave requests within 3 working days and record the decision in the HR system.' },
  { kind: 'benign', variant: 'list-prose', previous: 'When you open a pull request, link the issue, describe how you tested the change and add screenshots for any UI change.', next: 'When you open a pull request:\n- link the issue\n- describe how you tested the change\n- add screenshots for any UI change' },
];
