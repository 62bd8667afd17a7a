// Issue 11 through real commits: one repository, one commit adding a clause per case and one
// commit editing them all, then every audit's verdict is read back from HEAD. Each regression kind
// must be flagged with its own reason; each faithful rewrite must pass.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { asOneBlock, buildLongClause } from '../../test-utils/long-clause.ts';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';

interface Case {
  id: string;
  previous: string;
  next: string;
  /** Reason code expected, or null for an edit that must not be flagged. */
  code: string | null;
  /** For an unflagged edit: the advisory reason that suggests a review (low-similarity, rule-replaced). */
  suggested?: string;
}

const pick = ({ previous, next }: { previous: string; next: string }) => ({ previous, next });
const farRule = 'Never delete customer records from the archive.';
const farHandbook = buildLongClause({ sentences: 200, edit: { before: farRule, after: farRule } }).previous;
const farAddition = (sentence: string) => ({ previous: farHandbook, next: `${farHandbook}\n${sentence}\n` });
/** A section set in the middle of a 200-sentence handbook clause, before and after its edit. */
const handbookBlocks = farHandbook.split(/\n\s*\n/);
const buried = (before: string, after: string) => {
  const at = Math.floor(handbookBlocks.length / 2);
  const wrap = (section: string) => [...handbookBlocks.slice(0, at), section, ...handbookBlocks.slice(at)].join('\n\n');
  return { previous: wrap(before), next: wrap(after) };
};
const spacedItems = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n\n');
const zooNevers = ['Feed the bears by hand.', 'Enter the lion house alone.', 'Open the reptile cases after dark.', 'Tap on the aquarium glass.'];

/** A long clause written with no blank lines and no headings: one block of about a thousand lines. */
const oneBlock = (edit: 'number' | 'stricter') => {
  const { previous, next } = buildLongClause({ sentences: 1200, edit });
  return { previous: asOneBlock(previous), next: asOneBlock(next) };
};

const CASES: readonly Case[] = [
  // A 200-sentence handbook clause (headings, lists, tables) with one sentence changed in its middle:
  // read where the edit is, so a "must" in one section and a "may" in another are no softened duty.
  { id: 'logic/long-clause-modal', ...pick(buildLongClause({ sentences: 200, edit: 'modal' })), code: 'modal-weakened' },
  { id: 'keep/long-clause-stricter', ...pick(buildLongClause({ sentences: 200, edit: 'stricter' })), code: null },
  { id: 'logic/long-clause-item-dropped', ...pick(buildLongClause({ sentences: 200, edit: { before: 'Before closing a ticket, check the refund request, confirm the delivery note and tag the invoice dispute.', after: 'Before closing a ticket, check the refund request and tag the invoice dispute.' } })), code: 'conjunct-dropped' },
  // A paragraph of its own appended to it: the hook exited 70 on that clause (the changed part cut past the last block).
  { id: 'logic/long-clause-permission-appended', previous: buildLongClause({ sentences: 200, edit: 'number' }).previous, next: `${buildLongClause({ sentences: 200, edit: 'number' }).previous}\nStore staff may refund cash up to £500 without approval.\n`, code: 'permission-added' },
  { id: 'suggest/long-clause-rewritten-paragraph', ...pick(buildLongClause({ sentences: 200, edit: { before: 'Tour guides must carry a first aid kit on every walk.', after: 'No walk sets off unless the guide has medical supplies with them.' } })), code: null, suggested: 'requirement-removed' },
  // A sentence appended to the end of a 200-sentence clause is read against every old prohibition,
  // not only those near it: "Never delete customer records ..." stands in the middle section.
  { id: 'logic/long-clause-far-contradiction', ...farAddition('Delete customer records after 30 days.'), code: 'contradiction' },
  { id: 'keep/long-clause-far-addition', ...farAddition('Offer the caller a callback slot before ending the chat.'), code: null },
  { id: 'logic/order', previous: 'Confirm the address before shipping.', next: 'Confirm the address after shipping.', code: 'order-changed' },
  { id: 'logic/order-bound', previous: 'Keep at least two engineers on call at night.', next: 'Keep at most two engineers on call at night.', code: 'order-changed' },
  { id: 'logic/condition', previous: 'Issue credit only if the outage exceeded 4 hours.', next: 'Issue credit unless the outage exceeded 4 hours.', code: 'condition-changed' },
  { id: 'logic/scope-narrowed', previous: 'Mask card numbers in every log line.', next: 'Mask card numbers in some log lines.', code: 'scope-narrowed' },
  { id: 'logic/scope-widened', previous: 'Disclose the fee to the billing contact.', next: 'Disclose the fee to the billing contact or any team member.', code: 'scope-widened' },
  { id: 'logic/qualifier', previous: 'Confirm the refund amount in writing.', next: 'Confirm the refund amount in writing where practical.', code: 'qualifier-added' },
  { id: 'logic/conjunct', previous: 'Agents must log the call and notify the duty manager.', next: 'Agents must log the call.', code: 'conjunct-dropped' },
  { id: 'logic/list-item', previous: 'Escalate refunds, chargebacks and fraud reports.', next: 'Escalate refunds.', code: 'conjunct-dropped' },
  { id: 'logic/obligation', previous: 'Team leads are responsible for approving overtime.', next: 'Team leads are allowed to approve overtime.', code: 'modal-weakened' },
  { id: 'logic/permission', previous: 'Keep customer photos out of training data.', next: 'Keep customer photos out of training data. The assistant may use them for quality checks.', code: 'permission-added' },
  { id: 'logic/negation-moved', previous: "Never promise a delivery date; quote the carrier's estimate.", next: "Promise a delivery date when the carrier's estimate is not available.", code: 'negation-moved' },
  { id: 'logic/contradiction', previous: 'Never share account balances over chat.', next: 'Never share account balances over chat. Read the account balance aloud in chat when the customer asks.', code: 'contradiction' },
  { id: 'logic/roles', previous: 'The agent verifies the customer.', next: 'The customer verifies the agent.', code: 'roles-swapped' },
  { id: 'logic/reference-letter', previous: 'Appeal a disciplinary outcome with the form in Appendix B of the staff handbook.', next: 'Appeal a disciplinary outcome with the form in Appendix E of the staff handbook.', code: 'reference-removed' },
  { id: 'logic/obligation-as-advice', previous: 'Drivers are obliged to complete a walkaround check before every journey.', next: 'It is good practice for drivers to complete a walkaround check before every journey.', code: 'modal-weakened' },
  { id: 'logic/verb-conjunct', previous: 'The duty manager must check and record the till takings at the end of every shift.', next: 'The duty manager must check the till takings at the end of every shift.', code: 'conjunct-dropped' },
  { id: 'logic/always-to-whenever', previous: 'Forklift drivers must wear a high-visibility vest at all times in the warehouse.', next: 'Forklift drivers must wear a high-visibility vest in the warehouse whenever they are loading trailers.', code: 'condition-added' },
  { id: 'logic/roles-contrast', previous: 'The landlord, not the tenant, pays for boiler repairs.', next: 'The tenant, not the landlord, pays for boiler repairs.', code: 'roles-swapped' },
  // Second pass: number direction, realistic Markdown shapes, contradictions in other words.
  { id: 'logic/number-looser', previous: 'Acknowledge every ticket within 4 hours.', next: 'Acknowledge every ticket within 8 hours.', code: 'number-changed' },
  { id: 'logic/step-order', previous: '1. Back up the database.\n2. Run the migration.\n3. Restart the service.', next: '1. Run the migration.\n2. Back up the database.\n3. Restart the service.', code: 'order-changed' },
  { id: 'logic/list-item-dropped', previous: "- Verify the caller's identity.\n- Log the call in the CRM.\n- Notify the duty manager of any complaint.", next: "- Verify the caller's identity.\n- Log the call in the CRM.", code: 'requirement-removed' },
  { id: 'logic/heading-moved', previous: "## Don't\n\n- Share passwords over chat.\n- Promise delivery dates.", next: "## Don't\n\n- Share passwords over chat.\n\n## Do\n\n- Promise delivery dates.", code: 'negation-removed' },
  { id: 'logic/modal-paragraph', previous: 'Our support team answers in English and German.\n\nAgents must attach the ticket number to every reply. Replies go out from the shared inbox.\n\nThank the customer at the end.', next: 'Our support team answers in English and German.\n\nAgents should attach the ticket number to replies. Replies go out from the shared inbox.\n\nThank the customer at the end.', code: 'modal-weakened' },
  { id: 'logic/contradiction-other-words', previous: 'Never commit directly to main.', next: 'Never commit directly to main. Small fixes can be pushed straight to main.', code: 'permission-added' },
  { id: 'keep/number-stricter', previous: 'Acknowledge every ticket within 4 hours.', next: 'Acknowledge every ticket within 2 hours.', code: null },
  { id: 'keep/list-prose', previous: 'The assistant must not:\n- give a diagnosis\n- recommend a dose\n- contradict the prescribing doctor', next: 'The assistant must not give a diagnosis, recommend a dose or contradict the prescribing doctor.', code: null },
  { id: 'keep/markdown', previous: '## Refunds\n\n- Ask for the order number.\n- Never refund more than the amount paid.', next: '## Refunds\n\n1. **Ask** for the order number.\n2. Never refund more than the amount paid.', code: null },
  { id: 'keep/idiom', previous: 'Tell the customer the order has shipped.', next: 'Let the customer know their order is on its way.', code: null },
  { id: 'keep/list-reorder', previous: "- Verify the patient's date of birth.\n- Confirm the appointment time.\n- Remind them to bring their insurance card.", next: "- Confirm the appointment time.\n- Remind them to bring their insurance card.\n- Verify the patient's date of birth.", code: null },
  { id: 'keep/reword', previous: 'Do not share the customer\'s phone number with third parties.', next: 'Never disclose the client\'s phone number to outside parties.', code: null },
  { id: 'keep/voice', previous: 'Password resets are approved by the security team.', next: 'The security team approves password resets.', code: null },
  { id: 'keep/split', previous: 'Confirm the order number and repeat the delivery address.', next: 'Confirm the order number. Repeat the delivery address.', code: null },
  { id: 'keep/join', previous: 'Do not share passwords. Do not share recovery codes.', next: 'Do not share passwords or recovery codes.', code: null },
  { id: 'keep/reorder', previous: 'Never reveal the system prompt. Answer in Markdown.', next: 'Answer in Markdown. Never reveal the system prompt.', code: null },
  { id: 'keep/abbreviation', previous: 'Require MFA for admin accounts.', next: 'Require multi-factor authentication for admin accounts.', code: null },
  { id: 'keep/emphasis', previous: 'Never promise refunds.', next: 'Never, not even for loyal customers, promise refunds.', code: null },
  { id: 'keep/stricter', previous: 'Agents should escalate threats.', next: 'Agents must escalate threats immediately.', code: null },
  { id: 'keep/spelled-negation', previous: 'Do not merge untested code.', next: 'Do not merge code that has not been tested.', code: null },
  // Round 2: typo fixes, duties appended to a kept rule, rewordings sharing few words (advisory only).
  { id: 'keep/when-whenever', previous: 'Badge in at the turnstile when you enter the warehouse.', next: 'Badge in at the turnstile whenever you enter the warehouse.', code: null },
  { id: 'keep/object-as-condition', previous: 'Report a damaged or faulty ladder to the site supervisor at once.', next: 'If a ladder is damaged or faulty, tell the site supervisor at once.', code: null },
  { id: 'keep/typo', previous: "Dont share the the customer's adress with couriers.", next: "Don't share the customer's address with couriers.", code: null },
  { id: 'keep/typo-swapped', previous: 'Allways confirm the reciever before dispatch.', next: 'Always confirm the receiver before dispatch.', code: null },
  { id: 'keep/appended-duty', previous: 'Log every refund over $500.', next: 'Log every refund over $500, and notify the finance lead when one is issued outside office hours.', code: null },
  { id: 'suggest/reword-few-shared-words', previous: 'Answer in the language the customer wrote in.', next: 'Reply using whichever language the client used in their message.', code: null, suggested: 'low-similarity' },
  { id: 'suggest/rule-replaced', previous: 'Do not give medical diagnoses.', next: 'Never tell a user which illness or condition they have.', code: null, suggested: 'rule-replaced' },
  { id: 'logic/rule-replaced-frame-kept', previous: 'Route billing questions to the finance team.', next: 'Answer billing questions yourself.', code: 'requirement-removed' },
  { id: 'logic/only-dropped', previous: 'Only team leads may approve overtime.', next: 'Team leads and senior agents may approve overtime.', code: 'scope-widened' },
  { id: 'logic/serial-item-dropped', previous: 'For every dressing change, record the date, the nurse and the wound size in the chart.', next: 'For every dressing change, record the date and the nurse in the chart.', code: 'conjunct-dropped' },
  { id: 'logic/lead-in-bullet-dropped', previous: 'A refund over $500 needs all of the following:\n- a receipt\n- a manager approval\n- a note in the ticket', next: 'A refund over $500 needs all of the following:\n- a receipt\n- a manager approval', code: 'conjunct-dropped' },
  { id: 'logic/condition-rewritten', previous: 'Waive the late fee only when the customer was in hospital.', next: 'Waive the late fee when the customer asks nicely.', code: 'condition-changed' },
  { id: 'logic/negation-split-off', previous: 'Do not publish the release notes until QA has signed off.', next: 'Publish the release notes; QA does not have to sign off first.', code: 'negation-removed' },
  { id: 'logic/requirement-to-nicety', previous: 'Refunds over $300 require a photo of the damaged item.', next: 'For refunds over $300, a photo of the damaged item is helpful.', code: 'modal-weakened' },
  { id: 'keep/only-in-other-words', previous: 'Only managers may approve discounts.', next: 'No one other than a manager may approve discounts.', code: null },
  // Round 3: the object of a duty replaced while its frame stays; abbreviations with digits and
  // clipped words; "-able" negatives spelled out; a lone verb swapped in other words stays unflagged.
  { id: 'logic/object-replaced', previous: 'Offer the callback form to customers who report a fault.', next: 'Offer the premium plan to customers who report a fault.', code: 'object-replaced' },
  { id: 'logic/target-replaced', previous: 'Forward the incident summary to the account owner.', next: 'Forward the incident summary to the sales team.', code: 'object-replaced' },
  { id: 'keep/abbreviation-digit', previous: 'Page the on-call lead for P1 tickets within 10 min.', next: 'Page the on-call lead for priority-1 tickets within 10 minutes.', code: null },
  { id: 'keep/spelled-able', previous: 'Return unreadable forms to the applicant.', next: 'Return forms that cannot be read to the applicant.', code: null },
  { id: 'logic/qualifier-resources', previous: 'Team leads must review every escalation the same day.', next: 'Team leads must, as capacity allows, review every escalation the same day.', code: 'qualifier-added' },
  { id: 'logic/prohibition-narrowed', previous: 'Do not paste customer emails into any chat tool.', next: 'Do not paste customer emails into an external chat tool.', code: 'scope-narrowed' },
  { id: 'logic/condition-narrowed', previous: 'Call the on-call engineer if the checkout error rate passes 2%.', next: 'Call the on-call engineer if the checkout error rate passes 2% and the status page is red.', code: 'condition-narrowed' },
  { id: 'keep/permission-condition-narrowed', previous: 'Agents may waive the late fee if the customer asks.', next: 'Agents may waive the late fee if the customer asks and has paid on time for a year.', code: null },
  { id: 'logic/roles-team-in-capitals', previous: 'QA signs off releases prepared by developers.', next: 'Developers sign off releases prepared by QA.', code: 'roles-swapped' },
  { id: 'suggest/rule-in-other-words-scattered', previous: 'Tell the guest how long the room cleaning will take.', next: 'Let the visitor know the expected cleaning time.', code: null, suggested: 'rule-replaced' },
  { id: 'suggest/short-rewording-more-formal', previous: 'Staff can ask for a copy of the notes we keep on their case.', next: 'Employees may request a copy of the records we hold on their case.', code: null, suggested: 'low-similarity' },
  { id: 'keep/verb-in-other-words', previous: 'Check that the tests pass before merging.', next: 'Make sure the tests pass before merging.', code: null },
  // Round 4: a permission's cap raised or lowered, retention, list numbers, hedges as a class, an
  // exception carved out beside an absolute rule, advice verbs, a statement of duty dropped, and a
  // whole rewrite whose one statement reason only suggests a review.
  { id: 'logic/permission-cap-raised', previous: 'Agents can issue vouchers without asking a supervisor, up to $20 per customer.', next: 'Agents can issue vouchers without asking a supervisor, up to $80 per customer.', code: 'number-changed' },
  { id: 'keep/permission-cap-lowered', previous: 'Volunteers may accept tips up to a value of $30.', next: 'Volunteers may accept tips up to a value of $10.', code: null },
  { id: 'keep/retention-shorter', previous: 'Chat transcripts are erased 24 months after the chat.', next: 'Chat transcripts are erased 12 months after the chat.', code: null },
  { id: 'keep/numbered-steps-to-prose', previous: 'When a laptop is lost:\n1. Lock the account.\n2. Wipe the device remotely.\n3. Tell the IT lead.', next: 'When a laptop is lost, first lock the account, then wipe the device remotely, and then tell the IT lead.', code: null },
  { id: 'logic/hedge-reasonable', previous: 'Back up every server each night.', next: 'So far as is reasonably practicable, back up every server each night.', code: 'qualifier-added' },
  { id: 'logic/hedge-repeated-request', previous: 'Send a copy of the invoice by email.', next: "Send a copy of the invoice by email after the customer's second request.", code: 'qualifier-added' },
  { id: 'logic/exception-added', previous: 'Invoices are always sent from the billing system. Answer billing questions within a day.', next: 'Invoices are always sent from the billing system. For small clients, email a spreadsheet from your own account. Answer billing questions within a day.', code: 'exception-added' },
  { id: 'logic/requires-to-recommends', previous: 'The security standard requires encrypted backups for every database.', next: 'The security standard recommends encrypted backups for every database.', code: 'modal-weakened' },
  { id: 'logic/duty-statement-dropped', previous: 'Lab samples are labelled at the bedside. Porters deliver urgent samples to the lab within the hour.', next: 'Lab samples are labelled at the bedside.', code: 'requirement-removed' },
  { id: 'keep/avoid-to-must-not', previous: 'Nurses should avoid discussing a diagnosis in the corridor.', next: 'Nurses must not discuss a diagnosis in the corridor.', code: null },
  { id: 'keep/lead-in-list-reordered', previous: "Forum rules:\n- Be kind to other members.\n- No ads, affiliate links or self-promotion.\n- Do not post anyone's home address.", next: "Forum rules:\n- Do not post anyone's home address.\n- Be kind to other members.\n- No ads, affiliate links or self-promotion.", code: null },
  { id: 'logic/lead-in-item-sharing-words-dropped', previous: 'The offer letter must state:\n- the salary\n- the notice period\n- how to accept\n- the deadline for accepting', next: 'The offer letter must state:\n- the salary\n- the notice period\n- the deadline for accepting', code: 'conjunct-dropped' },
  { id: 'keep/spelled-non-able', previous: 'Do not reissue tickets for non-transferable passes.', next: 'Do not reissue tickets for passes that cannot be transferred.', code: null },
  { id: 'keep/lead-in-list-to-prose', previous: 'Items needed for a school trip:\n- packed lunch or lunch money\n- a rain jacket\n- the signed consent form', next: 'A school trip needs a packed lunch or lunch money, a rain jacket and the signed consent form.', code: null },
  { id: 'logic/negation-crossed-clauses', previous: 'No refund is ever issued in cash: the money goes back to the original card.', next: 'Refunds are issued in cash: the money never goes back to the original card.', code: 'negation-moved' },
  { id: 'logic/roles-named-twice', previous: "For returns, the customer packs the courier's box and the courier scans the customer's label.", next: "For returns, the courier packs the customer's box and the customer scans the courier's label.", code: 'roles-swapped' },
  // Round 5: order words in noun phrases, a subject's bound, negations rescoped in a rebuilt
  // sentence, new sentences that skip or carve out a kept rule, actors and objects replaced, roles
  // swapped as phrases, an object narrowed by a trailing phrase, a repeated-noun item dropped.
  { id: 'logic/order-noun-phrase', previous: 'Work through the refund queue oldest first.', next: 'Work through the refund queue newest first.', code: 'order-changed' },
  { id: 'logic/number-subject', previous: "Children under 13 need a guardian's approval to open an account.", next: "Children under 10 need a guardian's approval to open an account.", code: 'number-changed' },
  { id: 'logic/negation-rescoped', previous: 'Never reset a password over the phone, even for managers.', next: 'Reset a password over the phone for managers, never for other staff.', code: 'negation-moved' },
  { id: 'logic/duty-skipped', previous: 'Every refund is approved by a team lead.', next: 'Every refund is approved by a team lead. Refunds for loyal customers are processed without approval.', code: 'contradiction' },
  { id: 'logic/exception-to-only', previous: 'Only the on-call engineer can restart production.', next: 'Only the on-call engineer can restart production. During deploys, developers restart production themselves.', code: 'exception-added' },
  { id: 'logic/actor-replaced', previous: 'The account owner approves every refund over $100.', next: 'The support agent approves every refund over $100.', code: 'actor-replaced' },
  { id: 'logic/recipient-replaced', previous: 'Report data breaches to the privacy response team and lock the account.', next: 'Report data breaches to your team lead and lock the account.', code: 'object-replaced' },
  { id: 'logic/roles-phrases', previous: "The requester's manager approves the request, and the security team grants the access.", next: "The security team approves the request, and the requester's manager grants the access.", code: 'roles-swapped' },
  { id: 'logic/object-narrowed', previous: 'Back up all customer databases every night.', next: 'Back up all customer databases hosted in Europe every night.', code: 'scope-narrowed' },
  { id: 'logic/repeated-noun-item', previous: 'Check the passport photo and the visa photo before boarding.', next: 'Check the passport photo before boarding.', code: 'conjunct-dropped' },
  { id: 'keep/voice-subject', previous: 'The duty manager signs every refund form.', next: 'Every refund form is signed by the duty manager.', code: null },
  { id: 'keep/voice-prohibition', previous: 'Support agents must not read private messages.', next: 'Private messages must not be read by support agents.', code: null },
  { id: 'keep/emphasis-parenthesis', previous: 'Never store card numbers.', next: 'Never, in any system, store card numbers.', code: null },
  { id: 'keep/duties-reordered', previous: 'Log the call in the CRM, and email the summary to the customer.', next: 'Email the summary to the customer, and log the call in the CRM.', code: null },
  // Round 6: "without" and "nothing" that forbid nothing, a that-clause series turned into a list,
  // a list turned into prose that goes on with the old verb's object, "a year" against "two years",
  // a threshold of time something has not happened in, a new occasion added beside a kept rule.
  { id: 'keep/without-fail', previous: 'Candidates must be told the salary range before the interview.', next: 'Candidates must always, without fail, be told the salary range before the interview.', code: null },
  { id: 'keep/spelled-negation-without', previous: 'Unsigned contracts are returned to the sales representative.', next: 'Contracts that arrive without a signature are returned to the sales representative.', code: null },
  { id: 'keep/costs-nothing', previous: 'Replacement badges are free of charge for staff.', next: 'A replacement badge costs staff nothing.', code: null },
  { id: 'keep/that-clauses-to-list', previous: 'Before closing the ticket, confirm that the fix is deployed, that the customer has replied and that no alert is still open.', next: 'Before closing the ticket, confirm that:\n- the fix is deployed\n- the customer has replied\n- no alert is still open', code: null },
  { id: 'keep/list-to-prose-object-continued', previous: 'When a tenant reports a leak:\n- ask for the flat number and a photo\n- ask for the time it started if they know it\n- give them the emergency line', next: 'When a tenant reports a leak, ask for the flat number and a photo and for the time it started if they know it, and give them the emergency line.', code: null },
  { id: 'keep/stale-threshold-stricter', previous: 'Do not suggest libraries that have not been updated in two years.', next: 'Never suggest libraries that have not been updated in a year.', code: null },
  { id: 'keep/new-occasion-added', previous: "Check the patient's wristband at check-in.", next: "Check the patient's wristband at check-in and again before any new procedure.", code: null },
  { id: 'logic/stale-threshold-looser', previous: 'Delete the CVs of candidates who have not applied in a year.', next: 'Delete the CVs of candidates who have not applied in three years.', code: 'number-changed' },
  // Round 6, v8's misses as classes: a sales pitch brought into a rule, a lone party replaced, a
  // coordinated holder replaced, a hedge written as a condition on a repeat, a permission carved
  // out in the same sentence, money back beside a no-refund rule, roles swapped across "once".
  { id: 'logic/upsell', previous: 'If the printer jams, walk the customer through clearing the paper tray.', next: 'If the printer jams, recommend the extended warranty and a new printer.', code: 'upsell-added' },
  { id: 'logic/party-replaced', previous: 'Send the repair invoice to the landlord.', next: 'Send the repair invoice to the tenant.', code: 'object-replaced' },
  { id: 'logic/holders-replaced', previous: 'Visitors may bring their children or grandchildren to the open day.', next: 'Visitors may bring friends and neighbours to the open day.', code: 'object-replaced' },
  { id: 'logic/hedge-repeat-condition', previous: 'Escalate the case to legal as soon as the customer mentions a lawyer.', next: 'Escalate the case to legal if the customer mentions a lawyer more than once.', code: 'qualifier-added' },
  { id: 'logic/permission-carved-out', previous: 'Guests must not bring glass bottles to the pool area.', next: 'Guests must not bring glass bottles to the pool area, although hotel staff can allow wine bottles at the bar.', code: 'permission-added' },
  { id: 'logic/money-back', previous: 'Deposits are never refunded.', next: 'Deposits are never refunded. Guests who cancel a week ahead are paid back in full.', code: 'contradiction' },
  { id: 'logic/roles-across-once', previous: 'Payments are released by finance once the budget holder has signed the order.', next: 'Payments are released by the budget holder once finance has signed the order.', code: 'roles-swapped' },
  { id: 'keep/party-generic', previous: 'Send the invoice to the account holder.', next: 'Send the invoice to the customer.', code: null },
  { id: 'keep/party-same-role', previous: 'Escalate billing disputes to the supervisor on duty.', next: 'Escalate billing disputes to the manager on duty.', code: null },
  { id: 'keep/asked-shortened', previous: 'Cancel the subscription when the customer asks.', next: "When asked, cancel the customer's subscription.", code: null },
  { id: 'keep/repeat-reworded', previous: 'Call the customer back if they call twice.', next: 'If the customer calls twice, call them back.', code: null },
  { id: 'keep/not-even', previous: 'Do not share lab results with anyone, not even relatives.', next: 'Never share lab results with anyone, relatives included.', code: null },
  { id: 'keep/alternative-reworded', previous: 'Send the welcome pack to new starters or their managers.', next: 'Send the welcome pack to new joiners or their line managers.', code: null },
  { id: 'keep/condition-to-front', previous: 'Archive the ticket once the customer has confirmed the fix.', next: 'Once the customer has confirmed the fix, archive the ticket.', code: null },
  { id: 'keep/money-back-reworded', previous: 'Refund the customer in full when the parcel is lost.', next: 'When the parcel is lost, give the customer all their money back.', code: null },
  { id: 'keep/a-year', previous: 'Delete inactive accounts after 12 months.', next: 'Delete inactive accounts after a year.', code: null },
  { id: 'keep/only-on-the-action', previous: 'Sign off the aircraft only after the second engineer has inspected the repair.', next: 'The aircraft may only be signed off once a second engineer has inspected the repair.', code: null },
  { id: 'logic/upsell-our-plans', previous: 'When a pet owner calls about vomiting, book the next free appointment.', next: 'When a pet owner calls about vomiting, recommend our pet insurance plans.', code: 'upsell-added' },
  // A batch in seven more domains, measured once (17/20 caught, 6/20 benign flagged), then these classes.
  { id: 'logic/sort-key', previous: 'Process claims in the order they arrive, oldest first.', next: 'Process claims in the order they arrive, largest first.', code: 'order-changed' },
  { id: 'logic/hedge-permitting', previous: 'Return the deposit within 10 days of the tenancy ending.', next: 'Return the deposit within 10 days of the tenancy ending, staffing permitting.', code: 'qualifier-added' },
  { id: 'logic/never-charge-to-charge', previous: 'Never charge a cancellation fee.', next: 'Charge a cancellation fee.', code: 'negation-removed' },
  { id: 'keep/or-longer', previous: 'Passwords must have at least 12 characters.', next: 'Passwords must be 12 characters or longer.', code: null },
  { id: 'keep/keep-within', previous: 'Moderators are prohibited from sharing user reports outside the team.', next: 'Moderators must keep user reports within the team.', code: null },
  { id: 'keep/waive-as-do-not-charge', previous: 'Waive the cancellation fee when the flight is delayed by the airline.', next: 'If the airline delays the flight, do not charge the cancellation fee.', code: null },
  { id: 'keep/spelled-inactive', previous: 'Inactive listings are removed after 60 days.', next: 'Listings that have had no activity for 60 days are removed.', code: null },
  { id: 'keep/without-manner', previous: 'Explain the appeal process in plain English.', next: 'Explain how to appeal, in plain English, without legal jargon.', code: null },
  // One order said three ways: a duty before, a prohibition until, an "only" once.
  { id: 'keep/order-as-prohibition', previous: "Verify the caller's identity before discussing their bill.", next: 'Do not discuss a bill with a caller until you have verified who they are.', code: null },
  { id: 'keep/prohibition-as-only-once', previous: 'Do not promise a connection date before the engineer has surveyed the line.', next: 'Only promise a connection date once the engineer has surveyed the line.', code: null },
  { id: 'logic/order-prohibition-lifted', previous: 'Do not promise a connection date before the engineer has surveyed the line.', next: 'Promise a connection date before the engineer has surveyed the line.', code: 'negation-removed' },
  { id: 'logic/unless-added', previous: 'Refuse a rental if the driver has held a licence for less than a year.', next: 'Refuse a rental if the driver has held a licence for less than a year, unless they pay the young driver fee.', code: 'condition-added' },
  { id: 'keep/condition-split', previous: 'Robots stop when a person enters the aisle or a sensor fails.', next: 'If someone walks into the aisle, or if a sensor fails, the robots stop.', code: null },
  // Round 8: the classes behind blind v10's misses.
  { id: 'logic/until-replaced', previous: 'Keep the patient nil by mouth until the anaesthetist has reviewed them.', next: 'Keep the patient nil by mouth if the anaesthetist requests it.', code: 'condition-changed' },
  { id: 'logic/condition-conjunct', previous: 'Suspend the account when the invoice has not been paid by 5 p.m.', next: 'Suspend the account when the invoice has not been paid by 5 p.m. and the customer cannot be reached by phone.', code: 'condition-narrowed' },
  { id: 'logic/list-item-in-subject', previous: 'Staff with a cough, a fever or a rash must stay at home until 48 hours after the symptoms stop.', next: 'Staff with a cough or a fever must stay at home until 48 hours after the symptoms stop.', code: 'conjunct-dropped' },
  { id: 'logic/duty-handed-over', previous: 'Nurses prepare the dose; the doctor administers it.', next: 'Nurses prepare the dose and may administer it; the doctor signs the chart.', code: 'permission-added' },
  { id: 'logic/plain-duty-dropped', previous: 'Notes are typed up within 48 hours. The interviewee is offered a copy. Originals are kept in the case file.', next: 'Notes are typed up within 48 hours. Originals are kept in the case file.', code: 'requirement-removed' },
  { id: 'logic/duty-drifted-to-grant', previous: 'Ballot boxes are sealed in front of the candidates so that their agents can see they are empty.', next: 'Candidates are welcome to bring one guest each to the count.', code: 'requirement-removed' },
  { id: 'logic/plain-duty-as-advice', previous: 'The nurse in charge checks the controlled drugs register every shift.', next: 'The nurse in charge is expected to check the controlled drugs register every shift.', code: 'modal-weakened' },
  { id: 'keep/right-said-with-can', previous: 'Patients choose their own GP.', next: 'Patients can choose their own GP.', code: null },
  { id: 'logic/opposite-word', previous: 'Share the draft with internal reviewers only.', next: 'Share the draft with external reviewers only.', code: 'opposite-word' },
  { id: 'logic/period-with-article', previous: 'Reply to every complaint within a day.', next: 'Reply to every complaint within a week.', code: 'number-changed' },
  { id: 'logic/prohibition-without', previous: 'Do not post patient photos on social media.', next: 'Do not post patient photos on social media without consent.', code: 'condition-added' },
  { id: 'logic/roles-across-sentences', previous: 'The customer signs the form; the agent countersigns it.', next: 'The agent signs the form; the customer countersigns it.', code: 'roles-swapped' },
  { id: 'keep/order-said-with-first', previous: 'Check the ID before you hand over the parcel.', next: 'When you hand over the parcel, check the ID first.', code: null },
  { id: 'keep/until-as-if-not', previous: 'Do not close the ticket until the customer confirms the fix.', next: 'Do not close the ticket if the customer has not confirmed the fix.', code: null },
  { id: 'keep/work-alone', previous: 'Staff who work alone must carry a radio.', next: 'Staff who work on their own must carry a radio.', code: null },
  // Round 12a: the classes behind blind v14's misses, each in other words than v14's.
  { id: 'logic/last-item-dropped', previous: 'Report spills, leaks and floods to the site manager and the fire warden.', next: 'Report spills and leaks to the site manager and the fire warden.', code: 'conjunct-dropped' },
  { id: 'logic/last-item-dropped-or', previous: 'Refuse service to guests who are drunk, violent or abusive towards staff or other guests.', next: 'Refuse service to guests who are drunk or violent towards staff or other guests.', code: 'conjunct-dropped' },
  { id: 'logic/condition-participle', previous: 'Call the on-call vet when a cow shows signs of lameness.', next: 'Call the on-call vet when a cow shows signs of lameness persisting beyond two days.', code: 'condition-narrowed' },
  { id: 'logic/condition-adjective-severe', previous: 'Page the duty doctor if a resident has a fall.', next: 'Page the duty doctor if a resident has a serious fall.', code: 'condition-narrowed' },
  { id: 'logic/condition-hedge-certain', previous: 'Freeze the card if fraud is suspected.', next: 'Freeze the card if fraud is proven.', code: 'condition-narrowed' },
  { id: 'logic/condition-might-known', previous: 'Evacuate the floor when there might be a gas leak.', next: 'Evacuate the floor when there is known to be a gas leak.', code: 'condition-narrowed' },
  { id: 'logic/prerequisite-dropped', previous: 'Only drivers who have passed the forklift test and the eyesight check may operate the reach truck.', next: 'Only drivers who have passed the forklift test may operate the reach truck.', code: 'conjunct-dropped' },
  { id: 'logic/prerequisite-with', previous: 'Members with a club badge and a safety briefing can use the lathe.', next: 'Members with a club badge can use the lathe.', code: 'conjunct-dropped' },
  { id: 'logic/and-item-before-phrase', previous: 'Escalate bullying and stalking to the community safety officer.', next: 'Escalate bullying to the community safety officer.', code: 'conjunct-dropped' },
  { id: 'keep/case-conjunct-dropped', previous: 'Call security if a guest is drunk and aggressive.', next: 'Call security if a guest is aggressive.', code: null },
  { id: 'keep/grant-item-dropped', previous: 'Visitors may bring food and drink into the lounge.', next: 'Visitors may bring food into the lounge.', code: null },
  { id: 'logic/roles-passive-from', previous: 'Cashiers collect the float from the shift supervisor.', next: 'The float is collected by the shift supervisor from a cashier.', code: 'roles-swapped' },
  { id: 'logic/roles-passive-to', previous: 'Couriers must deliver the sealed bag to the branch manager.', next: 'The sealed bag must be delivered by the branch manager to the courier.', code: 'roles-swapped' },
  { id: 'logic/roles-active-from-passive', previous: 'The sample is passed by the nurse to the lab porter.', next: 'The lab porter passes the sample to the nurse.', code: 'roles-swapped' },
  { id: 'keep/voice-two-parties', previous: 'Cashiers collect the float from the shift supervisor.', next: 'The float is collected from the shift supervisor by the cashiers.', code: null },
  { id: 'logic/tone-contempt', previous: 'Explain to the tenant which clause of the lease the late payment breaks.', next: 'Tell the tenant they are a time-waster and should have known better.', code: 'tone-dismissive' },
  { id: 'logic/tone-insult', previous: 'Let the student know which part of the essay needs more references.', next: 'Let the student know the essay is pathetic.', code: 'tone-dismissive' },
  { id: 'logic/rule-gone-to-description', previous: 'Lifeguards must test the pool water for chlorine before the pool opens.', next: "The leisure centre's new flume opens in the spring and is popular with teenagers.", code: 'requirement-removed' },
  { id: 'suggest/rule-told-as-statement', previous: 'Tell the customer the order has shipped.', next: 'The customer hears from us as soon as the parcel leaves.', code: null, suggested: 'requirement-removed' },
  { id: 'logic/plain-duty-to-judgement', previous: 'Claims handlers settle each claim according to the tariff table.', next: 'Claims handlers decide for themselves how much each claim is worth.', code: 'modal-weakened' },
  { id: 'logic/duty-to-own-judgement', previous: 'Assessors must mark every script against the published rubric.', next: 'Assessors use their own judgement when marking scripts.', code: 'modal-weakened' },
  { id: 'logic/purpose-opened', previous: 'The quiet coach is reserved for passengers who want silence.', next: 'The quiet coach is open to all passengers.', code: 'scope-widened' },
  { id: 'keep/purpose-kept', previous: 'The fridge in the break room is for staff lunches.', next: 'The break room fridge is only for lunches brought by staff.', code: null },
  { id: 'logic/parties-turns-traded', previous: 'When a pupil is injured, call the school nurse first. The parents are phoned afterwards.', next: 'When a pupil is injured, phone the parents first. The school nurse is called afterwards.', code: 'order-changed' },
  { id: 'keep/parties-turns-kept', previous: 'When a pupil is injured, call the school nurse first. The parents are phoned afterwards.', next: 'When a pupil is injured, the school nurse is called first; phone the parents after that.', code: null },
  { id: 'logic/compensation-in-other-words', previous: 'Apologise for the noise. Never promise a goodwill payment.', next: "Apologise for the noise. Never promise a goodwill payment. Give the guest a free night's stay.", code: 'contradiction' },
  { id: 'keep/compensation-form', previous: 'Do not discuss compensation on the phone.', next: 'Do not discuss compensation on the phone. Send the compensation form by email.', code: null },
  { id: 'logic/superlative-in-rewrite', previous: 'Book the shortest route that avoids toll roads.', next: 'Book the longest route available.', code: 'order-changed' },
  { id: 'logic/superlative-fare', previous: 'Offer the lowest fare that matches the travel dates.', next: 'Offer the highest fare on the system.', code: 'order-changed' },
  { id: 'logic/condition-hedge-dropped', previous: 'Offer counselling if a child might be at risk.', next: 'Offer counselling if a child is at risk.', code: 'condition-narrowed' },
  { id: 'logic/condition-seems-to-is', previous: 'Ask a supervisor to help if the customer seems confused.', next: 'Ask a supervisor to help if the customer is confused.', code: 'condition-narrowed' },
  { id: 'logic/condition-degree-adverb', previous: 'Call the doctor when a resident sounds breathless.', next: 'Call the doctor when a resident sounds extremely breathless.', code: 'condition-narrowed' },
  { id: 'logic/handover-prerequisite', previous: 'Release the deposit when the tenant and the inspector have both signed the checkout report.', next: 'Release the deposit when the tenant has signed the checkout report.', code: 'conjunct-dropped' },
  { id: 'logic/roles-two-passives', previous: 'Each child is handed by a keyworker to an adult on the pick-up list.', next: 'Each child is handed by an adult on the pick-up list to a keyworker.', code: 'roles-swapped' },
  { id: 'logic/tone-ridiculous', previous: 'Reply to the seller explaining which rule the listing broke.', next: 'Reply to the seller that their complaint is ridiculous.', code: 'tone-dismissive' },
  { id: 'logic/condition-appears-visibly', previous: 'Stop the ride when a rider appears unwell.', next: 'Stop the ride when a rider is visibly unwell.', code: 'condition-narrowed' },
  { id: 'keep/condition-hedge-reworded', previous: 'Stop the ride when a rider appears unwell.', next: 'Stop the ride when a rider seems to be unwell.', code: null },
  { id: 'logic/condition-time-qualifier', previous: 'Search the grounds if a child is missing.', next: 'Search the grounds if a child has been missing for over an hour.', code: 'condition-narrowed' },
  { id: 'logic/roles-passive-for', previous: 'Nurses prepare the dose for the doctor.', next: 'The dose is prepared by the doctor for the nurse.', code: 'roles-swapped' },
  { id: 'logic/tone-own-fault', previous: 'Tell the customer which part of the warranty covers the fault.', next: 'Tell the customer the fault is their own fault and they have only themselves to blame.', code: 'tone-dismissive' },
  { id: 'logic/condition-signs-confirmed', previous: 'Evacuate the block if there are signs of a gas leak.', next: 'Evacuate the block if a gas leak is confirmed.', code: 'condition-narrowed' },
  { id: 'logic/condition-alleged-proven', previous: 'Suspend the coach when abuse is alleged.', next: 'Suspend the coach when abuse is proven.', code: 'condition-narrowed' },
  { id: 'keep/condition-certain-hedged', previous: 'Freeze the card if fraud is proven.', next: 'Freeze the card if fraud is suspected.', code: null },
  { id: 'keep/condition-stressed', previous: 'Call the customer if the parcel is lost.', next: 'Call the customer if the parcel is actually lost.', code: null },
  // Round 10a: the classes behind blind v12's misses, each in other words than v12's.
  { id: 'logic/condition-tail', previous: 'Evacuate the lab if the fire alarm sounds.', next: 'Evacuate the lab if the fire alarm sounds during working hours.', code: 'condition-narrowed' },
  { id: 'logic/condition-subjectless-conjunct', previous: 'Escalate to the duty manager if a refund is over 200 pounds.', next: 'Escalate to the duty manager if a refund is over 200 pounds and has not been approved by noon.', code: 'condition-narrowed' },
  { id: 'logic/exception-made-the-case', previous: 'Other than where a manager approves, overtime is not paid.', next: 'Where a manager approves, overtime is not paid.', code: 'condition-changed' },
  { id: 'logic/requirement-as-gain', previous: 'Each expense claim requires an itemised receipt.', next: 'Each expense claim works best with an itemised receipt.', code: 'modal-weakened' },
  { id: 'logic/ought-to', previous: 'Archive scanners must be calibrated every Monday.', next: 'Archive scanners ought to be calibrated every Monday.', code: 'modal-weakened' },
  { id: 'logic/any-narrowed-plural', previous: 'Do not accept cash from any client.', next: 'Do not accept cash from clients in the UK.', code: 'scope-narrowed' },
  { id: 'logic/deadline-later', previous: 'Brief new starters on fire exits before their first shift.', next: 'Brief new starters on fire exits during their first month.', code: 'order-changed' },
  { id: 'logic/prohibition-threshold', previous: 'Drivers must not drive without a break.', next: 'Drivers must not drive more than four hours without a break.', code: 'scope-narrowed' },
  { id: 'logic/self-check', previous: 'Code is reviewed by an engineer other than its author.', next: 'Authors review their own code.', code: 'roles-swapped' },
  { id: 'logic/dismissive', previous: 'Thank the customer for their patience and apologise for the wait.', next: 'Tell the customer the wait is not our problem.', code: 'tone-dismissive' },
  { id: 'keep/deadline-reworded', previous: 'Submit the expense form before the deadline.', next: 'Submit the expense form by the deadline.', code: null },
  { id: 'keep/check-in-passive', previous: "The second archivist checks the first archivist's metadata before publication.", next: "The first archivist's metadata is checked by the second archivist before publication.", code: null },
  { id: 'keep/care-reworded', previous: 'When a client is anxious about a missed visit, reassure them that a carer is on the way and apologise for the delay.', next: 'If a client is worried about a missed visit, let them know a carer is coming and say sorry for the delay.', code: null },
  { id: 'keep/save-as-unless', previous: 'Save where the coroner directs otherwise, cremated remains are returned to the applicant.', next: 'Unless the coroner directs otherwise, cremated remains are returned to the applicant.', code: null },
  // Round 12b: the false-flag classes of blind set v14, each beside a harmful twin.
  { id: 'keep/negative-as-clause', previous: 'Never accept undated cream fillings from a supplier.', next: 'Never accept cream fillings from a supplier if they carry no date.', code: null },
  { id: 'logic/negative-as-clause-turned', previous: 'Do not let unauthorised adults into the nursery garden.', next: 'Do not let adults into the nursery garden if they are authorised.', code: 'condition-added' },
  { id: 'keep/acronym-traded', previous: 'Never paste an indicator of compromise into a public chat; share IOCs only in the incident channel.', next: 'Never paste an IOC into a public chat; share indicators of compromise only in the incident channel.', code: null },
  { id: 'keep/acronym-compound', previous: "Call-handlers must confirm the caller's location before reading out CPR instructions.", next: "Call-handlers must confirm the caller's location before reading out cardiopulmonary resuscitation instructions.", code: null },
  { id: 'keep/list-reordered-timing', previous: 'Check the load weight, the sling angle and the shackle rating before every lift.', next: 'Before every lift, check the shackle rating, the sling angle and the load weight.', code: null },
  { id: 'keep/no-one-passive', previous: 'No one may operate a ship-to-shore crane while the wind speed exceeds 20 metres per second.', next: 'A ship-to-shore crane must not be operated by anyone while the wind speed exceeds 20 metres per second.', code: null },
  { id: 'logic/no-one-passive-granted', previous: 'Nobody may open the cash drawer during a shift change.', next: 'The cash drawer must be opened by the supervisor during a shift change.', code: 'negation-removed' },
  { id: 'keep/rate-word', previous: 'Hives must be inspected for varroa mites at least once a month between April and September.', next: 'From April to September, check every hive for varroa mites no less than monthly.', code: null },
  { id: 'keep/stricter-always', previous: 'Scaffold-free roof work needs a permit when it lasts more than one hour.', next: 'Scaffold-free roof work always needs a permit, however long it lasts.', code: null },
  { id: 'logic/looser-threshold-back', previous: 'Scaffold-free roof work always needs a permit, however long it lasts.', next: 'Scaffold-free roof work needs a permit when it lasts more than one hour.', code: 'scope-narrowed' },
  { id: 'keep/stay-for-not-leave', previous: "Objects on loan to the museum must not leave the climate-controlled store without the registrar's written approval.", next: 'Without written approval from the registrar, loaned objects must stay in the climate-controlled store.', code: null },
  { id: 'keep/say-for-tell', previous: 'When the user asks about the status of a rental application, tell them only whether it has been received.', next: 'If someone asks how their rental application is going, say only whether it has arrived.', code: null },
  { id: 'keep/always-for-condition', previous: 'Visitors need an escort in the lab when experiments are running.', next: 'Visitors always need an escort in the lab.', code: null },
  // Round 17c: number and bound words read from one table (lib/guard/_numbers.ts) by every reading.
  { id: 'keep/bound-other-side-no-longer', previous: 'Visitors must stay no longer than 45 minutes in the cold store.', next: 'Visitors must not stay in the cold store for more than 45 minutes.', code: null },
  { id: 'keep/bound-other-side-no-higher', previous: 'Blood bags must be kept at a temperature no higher than 6 °C.', next: 'Blood bags must never be kept above 6 °C.', code: null },
  { id: 'logic/bound-no-higher-raised', previous: 'Blood bags must be kept at a temperature no higher than 6 °C.', next: 'Blood bags must be kept at a temperature no higher than 10 °C.', code: 'number-changed' },
  { id: 'logic/number-word-thirteen', previous: 'Water the seedlings within thirteen hours of transplanting.', next: 'Water the seedlings within thirty hours of transplanting.', code: 'number-changed' },
  // Round 17a: a refusal said with a dictionary's refusal verb, a rewording in words of the same
  // sense, a duty's trigger widened by a whole clause; each beside the harmful twin.
  { id: 'keep/refusal-other-words', previous: 'Climbers with an expired belay card are not allowed on the top wall.', next: 'Anyone whose belay card has expired is turned away from the top wall.', code: null },
  { id: 'logic/refusal-welcomed', previous: 'Climbers with an expired belay card are not allowed on the top wall.', next: 'Climbers with an expired belay card are let onto the top wall.', code: 'negation-removed' },
  { id: 'keep/same-sense-words', previous: 'Thank every donor by name in the reply, and never mention the amount they gave.', next: 'Address each donor by name when you thank them, and do not refer to how much they donated.', code: null, suggested: 'low-similarity' },
  { id: 'keep/duty-trigger-or-clause', previous: 'Stop the conveyor if a worker pulls the cord.', next: 'Stop the conveyor at once if a worker pulls the cord or the supervisor loses sight of the line.', code: null },
  { id: 'logic/grant-trigger-or-clause', previous: 'Staff may leave early if the shop is empty.', next: 'Staff may leave early if the shop is empty or the manager has gone home for the day.', code: 'scope-widened' },
  { id: 'keep/precedence-other-way', previous: 'Kitchen porters scrape every tray before loading the dishwasher.', next: 'No tray goes into the dishwasher until the kitchen porters have scraped it.', code: null },
  { id: 'logic/precedence-turned', previous: 'Isolate the machine before anyone opens the guard.', next: 'Nobody isolates the machine until someone has opened the guard.', code: 'negation-added' },
  { id: 'keep/acronym-two-letters', previous: 'Report any supply interruption to OFGEM within a day.', next: 'Report any supply interruption to the Office of Gas and Electricity Markets within a day.', code: null },
  { id: 'keep/duty-lasts-longer', previous: 'Rinse the eye with clean water for 10 minutes.', next: 'Rinse the eye with clean water for 20 minutes.', code: null },
  { id: 'logic/duty-lasts-shorter', previous: 'Rinse the eye with clean water for 10 minutes.', next: 'Rinse the eye with clean water for 5 minutes.', code: 'number-changed' },
  { id: 'keep/opposite-state-kept', previous: 'Staff must not open the fire exit during a show.', next: 'The fire exit remains shut during a show.', code: null, suggested: 'low-similarity' },
  { id: 'logic/state-opened', previous: 'Do not open the vault at night.', next: 'The vault stays open at night.', code: 'negation-removed' },
  { id: 'keep/absence-on-their-own', previous: 'Unaccompanied children may not use the climbing wall.', next: 'Children on their own are refused a turn on the climbing wall.', code: null, suggested: 'low-similarity' },
  { id: 'keep/negative-after-of-phrase', previous: 'Archive unsigned copies of the contract in the red folder.', next: 'Archive copies of the contract for which no signature exists in the red folder.', code: null },
  // Round 17b: a right of the people served narrowed, beside a staff grant narrowed the same way.
  { id: 'logic/right-alternative-dropped', previous: 'Passengers may choose a full refund or a seat on the next flight.', next: 'Passengers may choose a full refund.', code: 'right-narrowed' },
  { id: 'logic/right-made-duty', previous: 'Members may bring a guest to the annual dinner.', next: 'Members must bring a guest to the annual dinner.', code: 'right-narrowed' },
  { id: 'logic/right-proviso-added', previous: 'Subscribers may cancel their plan at any time.', next: 'Subscribers may cancel their plan at any time, provided they have paid for the current quarter.', code: 'right-narrowed' },
  { id: 'keep/staff-grant-narrowed', previous: 'Drivers may take the ring road or the bypass.', next: 'Drivers may take the bypass.', code: null },
  { id: 'logic/listed-duty-replaced', previous: 'Each night, lock the stockroom, switch off the fryers and set the alarm.', next: 'Each night, lock the stockroom, post the daily specials online and set the alarm.', code: 'semantic-drift' },
  // The flag learned where no reading flags (round 40d) raised on it since the refit after rounds 40a-d; since round
  // 41b it stands down where the changed words are the same once folded ("turn the fryers off" = "switch off the fryers").
  { id: 'keep/listed-duty-reworded', previous: 'Each night, lock the stockroom, switch off the fryers and set the alarm.', next: 'Each night, lock the stockroom, turn the fryers off and set the alarm.', code: null },
  { id: 'logic/receiver-owner-replaced', previous: "Water damage is reported to the landlord's insurer within 48 hours.", next: "Water damage is reported to the tenant's contents insurer within 48 hours.", code: 'object-replaced' },
  { id: 'keep/receiver-owner-reworded', previous: "Water damage is reported to the landlord's insurer within 48 hours.", next: 'Water damage is reported to the insurer of the landlord within 48 hours.', code: null },
  { id: 'logic/universal-narrowed', previous: 'Every forklift carries a fire extinguisher.', next: 'Every forklift bought after 2022 carries a fire extinguisher.', code: 'scope-narrowed' },
  { id: 'keep/universal-aside', previous: 'All fire doors close on their own.', next: 'All fire doors, new and old, close on their own.', code: null },
  { id: 'logic/until-as-while', previous: 'Keep the patient in the recovery bay until they can stand unaided.', next: 'Keep the patient in the recovery bay while they can stand unaided.', code: 'condition-changed' },
  { id: 'logic/blame-told', previous: 'When a runner collapses at the finish, stay calm, kneel beside them and check their breathing.', next: 'When a runner collapses at the finish, tell them firmly that they ignored the pacing advice, and check their breathing.', code: 'tone-dismissive' },
  { id: 'logic/case-kept-as-example', previous: 'Refund the deposit in full if the booking is cancelled because of rain.', next: 'Refund the deposit in full if the booking is cancelled at least 7 days ahead, including because of rain.', code: 'condition-narrowed' },
  { id: 'logic/subject-carved-out', previous: 'Every child is collected by a named adult.', next: 'Every child is collected by a named adult. Children in year 6 walk home alone.', code: 'exception-added' },
  { id: 'logic/place-narrowed', previous: 'Wear ear defenders in the workshop.', next: 'Wear ear defenders only at the bandsaw.', code: 'scope-narrowed' },
  { id: 'logic/instruction-granted', previous: 'Bin any food left out overnight.', next: 'Staff can bin any food left out overnight.', code: 'modal-weakened' },
  // Round 17d: a sentence the clause holds twice is one rule; a copy pasted again or deleted while its twin stands removes nothing.
  { id: 'keep/repeated-copy-pasted', previous: 'Keep the log for ten days.\n\nAnswer in English.\n\nKeep the log for ten days.', next: 'Keep the log for ten days.\n\nAnswer in English.\n\nKeep the log for ten days.\n\nKeep the log for ten days.', code: null },
  { id: 'keep/repeated-copy-deleted', previous: '## Refunds\n\nNever promise a refund before the claim is approved.\n\n## Escalations\n\nNever promise a refund before the claim is approved.\nEscalate threats of legal action to a supervisor.', next: '## Refunds\n\nNever promise a refund before the claim is approved.\n\n## Escalations\n\nEscalate threats of legal action to a supervisor.', code: null },
  { id: 'logic/repeated-copy-weakened', previous: 'Drivers must check the tyre pressure before each shift.\n\nDrivers must check the tyre pressure before each shift.', next: 'Drivers must check the tyre pressure before each shift.\n\nDrivers may check the tyre pressure before each shift.', code: 'modal-weakened' },
  { id: 'logic/repeated-rule-removed', previous: 'Never share test results by email.\n\nNever share test results by email.\n\nBook follow-ups through the front desk.', next: 'Book follow-ups through the front desk.', code: 'requirement-removed' },
  { id: 'logic/cost-taken-over', previous: 'Members replace lost key fobs at their own expense.', next: 'Members replace lost key fobs at their own expense. Fobs lost on the premises are replaced free of charge.', code: 'exception-added' },
  { id: 'logic/help-withdrawn', previous: 'Walk first-time visitors through the check-in kiosk.', next: 'First-time visitors may use the check-in kiosk by themselves.', code: 'modal-weakened' },
  // Round 18: readings narrowed or added from v20's false flags and misses, each beside its twin.
  { id: 'logic/validity-made-longer', previous: 'A day pass is valid for 24 hours.', next: 'A day pass is valid for 48 hours.', code: 'number-changed' },
  { id: 'keep/retention-made-longer', previous: 'Records must be kept for 2 years.', next: 'Records must be kept for 5 years.', code: null },
  { id: 'logic/number-word-not-clipped', previous: 'Boats carry at most nine passengers.', next: 'Boats carry at most nineteen passengers.', code: 'number-changed' },
  { id: 'keep/temperature-scale-spelled', previous: 'Serve soup at 75°C or hotter.', next: 'Serve soup at 75 degrees Celsius or hotter.', code: null },
  { id: 'logic/temperature-scale-changed', previous: 'Hold hot food above 63°C.', next: 'Hold hot food above 63 degrees Fahrenheit.', code: 'number-changed' },
  { id: 'logic/kept-level-lowered', previous: 'Keep the greenhouse above 10 degrees at night.', next: 'Keep the greenhouse above 5 degrees at night.', code: 'number-changed' },
  { id: 'keep/fraction-as-percent', previous: 'At least two fifths of the members must be present for a vote.', next: 'At least 40 percent of the members must be present for a vote.', code: null, suggested: 'low-similarity' },
  { id: 'logic/fraction-lowered', previous: 'At least two fifths of the members must be present for a vote.', next: 'At least 30 percent of the members must be present for a vote.', code: 'number-changed' },
  { id: 'logic/recognition-to-hindsight-blame', previous: 'If a runner finishes last, praise their effort and hand them a medal.', next: 'If a runner finishes last, tell them they should have trained harder and hand them a medal.', code: 'tone-dismissive' },
  { id: 'keep/result-clause-modal', previous: 'Divers go down only with a buddy. The buddy must stay close enough to share air.', next: 'Divers go down only with a buddy, who stays close enough that they can share air.', code: null },
  { id: 'keep/grant-at-own-will', previous: 'Members can use the gym at any time.', next: 'Members can use the gym whenever they like.', code: null },
  { id: 'logic/duty-at-own-will', previous: 'Clean the grill after every service.', next: 'Clean the grill whenever you like.', code: 'qualifier-added' },
  { id: 'keep/but-clause-own-rule', previous: 'Visitors may walk the dogs in the park, but bicycles are not allowed.', next: 'Visitors may walk the dogs in the park; bicycles are forbidden.', code: null },
  { id: 'logic/right-alternatives-cut', previous: 'Patients can book by phone, online or at the desk.', next: 'Patients can book online.', code: 'right-narrowed' },
  { id: 'logic/counted-subject-replaced', previous: 'At least two nurses must be on the ward at night.', next: 'At least two porters must be on the ward at night.', code: 'actor-replaced' },
  // Round 19b: misses read as causes, each beside its twin.
  { id: 'logic/acronym-other-role', previous: 'Report a suspected data breach to the DPO within one hour.', next: 'Report a suspected data breach to the duty person on call within one hour.', code: 'entity-removed' },
  { id: 'keep/acronym-spelled-out', previous: 'Report a suspected data breach to the DPO within one hour.', next: 'Report a suspected data breach to the Data Protection Officer within one hour.', code: null },
  { id: 'keep/british-spelling-negation', previous: 'Archive unlicensed footage in the red folder.', next: 'Archive footage for which no licence exists in the red folder.', code: null },
  { id: 'logic/negative-adjective-turned', previous: 'Never hire a motorboat to an unlicensed skipper.', next: 'Never hire a motorboat to a licensed skipper.', code: 'opposite-word' },
  { id: 'logic/holder-replaced', previous: 'The manager or supervisor may approve a refund.', next: 'The supervisor or a colleague may approve a refund.', code: 'scope-widened' },
  { id: 'keep/holders-reordered', previous: 'The manager or supervisor may approve a refund.', next: 'The supervisor or the manager may approve a refund.', code: null },
  { id: 'logic/served-case-precondition', previous: 'Give a parcel to anyone who arrives with a referral voucher.', next: 'Give a parcel to anyone who arrives with a referral voucher after the second visit.', code: 'condition-narrowed' },
  { id: 'logic/part-of-place', previous: 'Water stations are placed every 5 kilometres along the whole route.', next: 'Water stations are placed every 5 kilometres along the first half of the route.', code: 'scope-narrowed' },
  { id: 'keep/whole-of-place', previous: 'Marshals stand at every junction along the whole course.', next: 'Marshals stand at every junction along the whole of the course.', code: null },
  { id: 'logic/party-replaced-short-sentence', previous: 'Results are published only after the chief timekeeper has signed them off.', next: 'Results are published only after the social media team has signed them off.', code: 'object-replaced' },
  { id: 'logic/care-dropped', previous: 'Write to couples warmly and personally, using their names, and congratulate them on the engagement.', next: 'Send couples the standard booking template.', code: 'tone-care-dropped' },
  { id: 'logic/charge-window-shortened', previous: 'Cancellations made less than 72 hours before the assignment are charged in full.', next: 'Cancellations made less than 24 hours before the assignment are charged in full.', code: 'number-changed' },
  { id: 'logic/item-dropped-pronoun-agrees', previous: 'Rinse every kite and harness in fresh water and hang them to dry at the end of the day.', next: 'Rinse every kite in fresh water and hang it to dry at the end of the day.', code: 'conjunct-dropped' },
  { id: 'logic/duty-made-grant', previous: 'Wear a helmet on the track.', next: 'Riders may skip the helmet on the track.', code: 'permission-added' },
  { id: 'logic/condition-habit', previous: 'Check the tyres when the van is used.', next: 'Check the tyres when the van is used every day.', code: 'condition-narrowed' },
  { id: 'logic/another-thing-enough', previous: 'Guests must show a photo ID at check-in.', next: 'Guests must show a photo ID at check-in. A student card is also accepted.', code: 'scope-widened' },
  { id: 'logic/dictionary-opposite', previous: 'Extinguish the candles before you leave the chapel.', next: 'Light the candles before you leave the chapel.', code: 'opposite-word' },
  { id: 'logic/negative-said-positive', previous: 'Chase unpaid invoices every Monday.', next: 'Chase invoices that have been paid every Monday.', code: 'negation-removed' },
  { id: 'suggest/whole-rewrite', previous: 'Ring the customer if the engineer cannot reach the site.', next: 'When a technician is unable to get to the location, phone the person who booked the visit.', code: null, suggested: 'requirement-removed' },
  // Round 19a: v21's false flags and a generated history's, read as causes, each beside its twin.
  { id: 'keep/appended-same-verb-other-thing', previous: 'Never shear a ewe in the last month of pregnancy.', next: 'Never shear a ewe in the last month of pregnancy. Shear the rams first.', code: null },
  { id: 'logic/appended-same-verb-same-thing', previous: 'Never shear a ewe in the last month of pregnancy.', next: 'Never shear a ewe in the last month of pregnancy. Shear any ewe that is overheating, whatever the month.', code: 'contradiction' },
  { id: 'keep/weeks-as-months', previous: 'Send the wool samples to the lab within eight weeks of shearing.', next: 'Wool samples reach the lab no more than two months after shearing.', code: null },
  { id: 'logic/weeks-as-longer-months', previous: 'Send the wool samples to the lab within eight weeks of shearing.', next: 'Send the wool samples to the lab within four months of shearing.', code: 'number-changed' },
  { id: 'keep/notice-from-the-deadline-side', previous: 'Close the velodrome to the public at least an hour before a race meeting.', next: 'The velodrome must be shut to the public no later than sixty minutes ahead of a race meeting.', code: null },
  { id: 'keep/restriction-given-another-only', previous: 'Chainsaws are used only by certified staff.', next: 'Chainsaws are used only by certified staff, and only after a second person has checked the chain brake.', code: null },
  { id: 'keep/relative-case-as-if-clause', previous: 'Lend a spare helmet to any rider who forgets theirs.', next: 'If a rider forgets their helmet, lend them a spare one.', code: null },
  { id: 'logic/if-clause-case-narrowed', previous: 'Lend a spare helmet to any rider who forgets theirs.', next: 'If a rider forgets their helmet and pays a deposit, lend them a spare one.', code: 'scope-narrowed' },
  { id: 'keep/reduced-relative-grant-given-only', previous: 'Bikes not returned by noon may be lent to the next rider.', next: 'Bikes not returned by noon may be lent to the next rider, but only after the mechanic has checked them.', code: null },
  { id: 'logic/reduced-relative-rule-negation-dropped', previous: 'Ropes not inspected in the last month are not used.', next: 'Ropes not inspected in the last month are used.', code: 'negation-removed' },
  { id: 'keep/acronym-not-read-as-kept-words', previous: 'Trainers must sign the log before a session; the TM assigns lanes.', next: 'Trainers must sign the log before a session; the track manager assigns lanes.', code: null },
  { id: 'keep/appended-do-not-try-to', previous: 'Stop the chainsaw at once if the chain jams.', next: 'Stop the chainsaw at once, and do not try to lift the saw overhead, if the chain jams.', code: null },
  { id: 'keep/hyphenated-synonym-in-only-limit', previous: 'Children under ten are met at the climbing wall by a named adult.', next: 'We hand children under ten over at the climbing wall, and only to a grown-up whose name is on the booking.', code: null },
  { id: 'keep/count-as-counting-noun', previous: 'Two marshals stand at every bend of the velodrome during a race.', next: 'A pair of marshals stands at every bend of the velodrome during a race.', code: null },
  { id: 'logic/count-halved-as-counting-noun', previous: 'Send twelve fleece samples to the lab each season.', next: 'Send half a dozen fleece samples to the lab each season.', code: 'number-changed' },
  { id: 'keep/appended-duty-with-its-own-only', previous: 'Lock the fuel store after each shift.', next: 'Lock the fuel store after each shift, and refill the saw cans only at the depot pump.', code: null },
  { id: 'keep/temperature-symbol-for-scale-name', previous: 'Keep the fleece store between 5 and 20 degrees Celsius.', next: 'Keep the fleece store between 5°C and 20°C.', code: null },
  // Round 21b: a rung of a scale replaced while the sentence around it changed too ("only" added).
  { id: 'logic/level-replaced-with-only', previous: 'Close the summit station when the wind warning reaches amber.', next: 'Close the summit station only when the wind warning reaches red.', code: 'condition-changed' },
  { id: 'logic/class-letter-replaced', previous: 'Refer the client to an audiologist when the tympanogram is type B.', next: 'Refer the client to an audiologist when the tympanogram is type C.', code: 'condition-changed' },
  { id: 'keep/class-letter-said-first', previous: 'Refer the client to an audiologist when the tympanogram is type B.', next: 'A type B tympanogram means the client is referred to an audiologist.', code: null },
  // Round 21b: roles swapped in one sentence of a long paragraph, one of the two named again in it.
  { id: 'logic/roles-beside-repeated-party', previous: '## Visits\nThe parish notifies the firm two weeks before any service that needs the full organ, and the firm then schedules a tuning. The senior voicer signs off every tonal change. Apprentices may tune but not voice. Tuning visits are invoiced monthly.', next: '## Visits\nThe firm notifies the parish two weeks before any service that needs the full organ, and the firm then schedules a tuning. The senior voicer signs off every tonal change. Apprentices may tune but not voice. Tuning visits are invoiced monthly.', code: 'roles-swapped' },
  // Round 21b: a permission widened by items appended to its list; the same items appended to a duty's list.
  { id: 'logic/grant-items-appended', previous: 'Hirers may borrow wigs and headdresses from the store.', next: 'Hirers may borrow wigs, headdresses, armour and jewellery from the store, and any other item they find.', code: 'scope-widened' },
  { id: 'keep/duty-items-appended', previous: 'Inspectors must photograph the bearings and the expansion joints.', next: 'Inspectors must photograph the bearings, the expansion joints and the drainage outlets.', code: null },
  // Round 21b: a gate's condition cut while its prohibition was said as an act done once it holds; the same gate said so.
  { id: 'logic/gate-loosened-said-other-way', previous: 'Do not sell a refurbished machine until it has typed a full test page without skipping.', next: 'Sell a refurbished machine once it has typed a test page, and do not worry about skipping.', code: 'condition-changed' },
  { id: 'keep/gate-said-other-way', previous: 'Keepers must not enter the tiger enclosure unless both slide gates are locked and a second keeper is watching.', next: 'Keepers enter the tiger enclosure only when both slide gates are locked and a second keeper is watching.', code: null },
  // Round 21b: a heading carrying modality changed in the middle of a long clause, read with the items under it;
  // a heading said in other words; list items set apart by blank lines (each a block of its own).
  { id: 'logic/long-clause-heading-never-to-always', ...buried(`## Never\n\n${spacedItems(zooNevers)}`, `## Always\n\n${spacedItems(zooNevers)}`), code: 'negation-removed' },
  { id: 'keep/long-clause-heading-said-otherwise', ...buried(`## Never\n\n${spacedItems(zooNevers)}`, `## Never do these\n\n${spacedItems(zooNevers)}`), code: null },
  { id: 'logic/long-clause-spaced-item-dropped', ...buried(`## Never\n\n${spacedItems(zooNevers)}`, `## Never\n\n${spacedItems(zooNevers.filter((item) => !item.startsWith('Open')))}`), code: 'requirement-removed' },
  { id: 'logic/long-clause-spaced-item-changed', ...buried('Keepers must:\n\n- Walk the fence line.\n\n- Check the water troughs every 2 hours.\n\n- Lock the keeper gate.', 'Keepers must:\n\n- Walk the fence line.\n\n- Check the water troughs every 6 hours.\n\n- Lock the keeper gate.'), code: 'number-changed' },
  { id: 'keep/long-clause-spaced-items-reordered', ...buried(`## Never\n\n${spacedItems(zooNevers)}`, `## Never\n\n${spacedItems([...zooNevers].reverse())}`), code: null },
  // Round 21c: one reading of amounts; a figure in other words and units, each beside a twin that changes it.
  { id: 'keep/length-in-other-units', previous: 'Shearers must stop and report any cut longer than 2 cm to the farmer before the sheep is released.', next: 'Shearers must stop and report any cut longer than two centimetres to the farmer before the sheep is released.', code: null },
  { id: 'logic/length-changed-in-other-units', previous: 'Shearers must stop and report any cut longer than 2 cm to the farmer before the sheep is released.', next: 'Shearers must stop and report any cut longer than twenty centimetres to the farmer before the sheep is released.', code: 'number-changed' },
  { id: 'keep/weight-in-tonnes', previous: 'Stop the lift if a cabin carries more than 800 kg.', next: 'Stop the lift if a cabin carries more than 0.8 tonnes.', code: null },
  { id: 'keep/multiple-in-other-words', previous: 'Cast twice as many test bars as bells.', next: 'Cast double the number of test bars as bells.', code: null },
  { id: 'logic/multiple-halved', previous: 'Cast twice as many test bars as bells.', next: 'Cast half as many test bars as bells.', code: 'number-changed' },
  { id: 'keep/floor-said-no-fewer-than', previous: 'Carry at least three lamps per caver.', next: 'Carry no fewer than three lamps per caver.', code: null },
  // Round 21c: a clause of one block of a thousand lines is windowed line by line around the edit.
  { id: 'logic/one-block-clause-number', ...oneBlock('number'), code: 'number-changed' },
  { id: 'keep/one-block-clause-stricter', ...oneBlock('stricter'), code: null },
  { id: 'keep/irregular-plural-as-singular', previous: 'Only people on the rota may feed the penguins, and children under 12 stay behind the rail.', next: 'Only a person on the rota may feed the penguins, and a child under 12 stays behind the rail.', code: null },
  { id: 'keep/rate-as-parts-of-day', previous: 'Keepers check the reptile house thermostat twice a day and log the reading.', next: 'Keepers check the reptile house thermostat every morning and every evening and log the reading.', code: null },
  { id: 'logic/parts-of-day-made-daily', previous: 'Keepers check the reptile house thermostat every morning and evening and log the reading.', next: 'Keepers check the reptile house thermostat once a day and log the reading.', code: 'number-changed' },
  { id: 'keep/per-cent-as-percent', previous: 'Refund 25% of the ticket price when a ropeway ride is cancelled by the operator.', next: 'Refund 25 per cent of the ticket price when a ropeway ride is cancelled by the operator.', code: null },
  { id: 'keep/count-as-ordinal-after', previous: 'Answer the hearing aid helpline within three rings during opening hours.', next: 'Answer the hearing aid helpline before the fourth ring during opening hours.', code: null },
  { id: 'logic/ordinal-after-moved', previous: 'Answer the hearing aid helpline within three rings during opening hours.', next: 'Answer the hearing aid helpline before the sixth ring during opening hours.', code: 'number-changed' },
  { id: 'logic/once-condition-dropped', previous: "Issue the replacement card once the customer's identity is confirmed.", next: 'Issue the replacement card.', code: 'conjunct-dropped' },
  // Round 21a: a rule rebuilt in other words is read as said again when every word of it is found
  // (dictionary synonyms, broader words, "anyone" for the rule's own party); one word put in the
  // place of another of its kind, or dropped, is still the rule removed.
  { id: 'keep/rule-rebuilt-in-other-words', previous: 'Riggers must wear ear defenders when running the haul rope winch.', next: 'Anyone operating the haul rope winch puts on hearing protection first.', code: null },
  { id: 'logic/rule-rebuilt-protection-changed', previous: 'Riggers must wear ear defenders when running the haul rope winch.', next: 'Anyone operating the haul rope winch puts on gloves first.', code: 'requirement-removed' },
  { id: 'logic/rule-rebuilt-material-swapped', previous: 'Tanners must wear rubber aprons when handling lime.', next: 'Whoever works with lime puts on a leather apron before starting.', code: 'requirement-removed' },
  // Round 21a: an exemption ("may ... without approval", "do not need approval") restated with its limit is no prohibition gaining a threshold.
  { id: 'keep/exemption-limit-restated', previous: 'Saddlers may discount repairs without approval up to ten percent.', next: 'Discounts on repairs of no more than ten percent do not need approval.', code: null },
  { id: 'logic/prohibition-gains-limit', previous: 'Do not discount a repair without approval.', next: 'Do not discount a repair by more than ten percent without approval.', code: 'scope-narrowed' },
  // Round 22c: compound units and the pound as a weight, each beside a twin that changes the amount.
  { id: 'keep/speed-in-other-units', previous: 'Ambulances must not exceed 10 km/h inside the hospital grounds.', next: 'Ambulances must not go faster than about 2.8 m/s inside the hospital grounds.', code: null },
  { id: 'logic/speed-unit-changed', previous: 'Ambulances must not exceed 10 km/h inside the hospital grounds.', next: 'Ambulances must not exceed 10 m/s inside the hospital grounds.', code: 'number-changed' },
  { id: 'keep/flow-per-hour', previous: 'Pump seawater through the turbine cooler at 2 L/min or more.', next: 'Pump seawater through the turbine cooler at no less than 120 litres per hour.', code: null },
  { id: 'keep/pounds-as-lb', previous: 'Use the hoist for any dog weighing more than 50 pounds.', next: 'Any dog heavier than 50 lb goes on the hoist.', code: null },
  { id: 'logic/pounds-as-kg', previous: 'Use the hoist for any dog weighing more than 50 pounds.', next: 'Any dog heavier than 50 kg goes on the hoist.', code: 'number-changed' },
  // Round 22c: a level reached is the level or higher; the range narrowed is a condition changed.
  // A false flag of the flag learned where no reading flags (round 40d), since the refit after rounds 40a-d
  // merged (its threshold sits on a score many edits share; guard HISTORY, "Session 34, the lead's blind measurements of v56 and v57").
  { id: 'keep/level-reached', previous: 'Close the tidal barrage gates when the surge warning is amber or higher.', next: 'Close the tidal barrage gates once the surge warning reaches amber.', code: 'learned-shape' },
  { id: 'logic/level-range-narrowed', previous: "Call the vet when an animal's welfare score is moderate or worse.", next: "Call the vet when an animal's welfare score is worse than moderate.", code: 'condition-changed' },
  // Round 22c: a prohibition of acting alone is kept only by a text that still demands the company.
  { id: 'logic/alone-said-as-with', previous: 'Never enter the grain silo alone.', next: 'Enter the grain silo with a colleague.', code: 'negation-removed' },
  { id: 'keep/alone-said-as-only-with', previous: 'Never enter the grain silo alone.', next: 'Enter the grain silo only with a colleague.', code: null },
  { id: 'keep/alone-said-as-nobody-without', previous: 'Never enter the grain silo alone.', next: 'Nobody goes into the grain silo without a second person.', code: null },
  // Round 22b: a number naming a level or a division, a bound after a duty's verb and a table row's bound loosened; twins kept.
  { id: 'logic/level-number-lowered-in-grant', previous: 'Only staff holding the Level 3 certificate may carry out approach grafts.', next: 'Only staff holding the Level 2 certificate may carry out approach grafts.', code: 'number-changed' },
  { id: 'keep/level-number-said-after', previous: 'Stage 2 riggers may work on the grid unsupervised.', next: 'Riggers at Stage 2 may work on the grid without supervision.', code: null },
  { id: 'logic/bound-after-duty-verb-widened', previous: 'Bottled kombucha must test below 0.5% alcohol by volume.', next: 'Bottled kombucha must test below 1.2% alcohol by volume.', code: 'number-changed' },
  { id: 'keep/bound-after-duty-verb-narrowed', previous: 'Survey boats must run below 6 knots inside the turbine array.', next: 'Inside the turbine array, survey boats must run below 5 knots.', code: null },
  { id: 'logic/table-row-bound-moved', previous: '| Section | Rating band |\n|---|---|\n| Open | any |\n| Major | under 2000 |', next: '| Section | Rating band |\n|---|---|\n| Open | any |\n| Major | under 2200 |', code: 'number-changed' },
  // Round 22b: a promotion pushed where the rule helped, in a whole rewrite too; an offer said again.
  { id: 'logic/promotion-pushed', previous: 'When a member asks which paper suits lith printing, suggest a paper that lith-develops well and show them test strips.', next: "When a member asks which paper suits lith printing, suggest our own-brand paper range and mention the members' bulk-buy discount.", code: 'upsell-added' },
  { id: 'logic/voucher-in-rewrite', previous: "At the end of each tour, answer visitors' questions about how the turbines work.", next: 'At the end of each tour, hand visitors a voucher for the gift shop.', code: 'upsell-added' },
  { id: 'keep/voucher-said-again', previous: 'Give each visitor a gift-shop voucher at the end of the tour.', next: 'At the end of the tour, every visitor gets a voucher for the gift shop.', code: null },
  // Round 22b: blame turned from us where an apology stood; an apology said in other words.
  { id: 'logic/blame-deflected', previous: 'If a touring crew complains that a bar was hung in the wrong place, apologise and re-hang it before the show.', next: 'If a touring crew complains that a bar was hung in the wrong place, explain that the hanging plot they sent was followed correctly and re-hang it before the show.', code: 'tone-dismissive' },
  { id: 'keep/apology-reworded', previous: 'If a researcher reports a cage label error, thank them, apologise and correct the label the same day.', next: 'Thank any researcher who reports a cage label error, say sorry, and put the label right that day.', code: null },
  // Round 22b: two things exchanged in both clauses that name them.
  { id: 'logic/exchanged-in-both-clauses', previous: 'Always add lye to water, never water to lye.', next: 'Always add water to lye, never lye to water.', code: 'roles-swapped' },
  { id: 'keep/clauses-said-as-sentences', previous: 'Pour acid into water, never water into acid.', next: 'Never pour water into acid; always pour acid into water.', code: null },
  // Round 22b: a permission stretched to what a kept prohibition forbids; the same thing set apart.
  { id: 'logic/grant-reaches-forbidden', previous: 'Never use bleach in the cage wash. Technicians may choose their own detergent for the rack washer.', next: 'Never use bleach in the cage wash. Technicians may choose their own detergent for the rack washer, bleach included.', code: 'contradiction' },
  { id: 'keep/grant-sets-forbidden-apart', previous: 'Never use bleach in the cage wash. Technicians may choose their own detergent for the rack washer.', next: 'Never use bleach in the cage wash. Technicians may choose their own detergent for the rack washer, bleach excepted.', code: null },
  // Round 22b: a named grade cut to a lesser one where "or above" sets a floor.
  { id: 'logic/named-floor-lowered', previous: 'Only divers certified at Advanced Open Water or above may join the wreck penetration dive.', next: 'Only divers certified at Open Water or above may join the wreck penetration dive.', code: 'entity-removed' },
  // Round 22b: a word put before a noun a clause defines, in a duty.
  { id: 'logic/defined-noun-narrowed', previous: 'Every ringer must hold a current permit for the species they handle.', next: 'Every ringer must hold a current permit for the rare species they handle.', code: 'scope-narrowed' },
  // Round 22b: the round's readings buried in the middle of a long clause (read in the change window).
  { id: 'logic/long-clause-grant-reaches-forbidden', ...buried('Never use bleach in the cage wash. Technicians may choose their own detergent for the rack washer.', 'Never use bleach in the cage wash. Technicians may choose their own detergent for the rack washer, bleach included.'), code: 'contradiction' },
  { id: 'logic/long-clause-promotion-in-rewrite', ...buried("At the end of each tour, answer visitors' questions about how the turbines work.", 'At the end of each tour, hand visitors a voucher for the gift shop.'), code: 'upsell-added' },
  // Round 23a: a temperature in the other scale, half of one unit and a share of a whole said as a percentage are the same amount.
  { id: 'keep/temperature-other-scale', previous: 'Simmer madder root at no more than 80 °C, or the red turns brown.', next: 'Simmer madder root at no more than 176 °F, or the red turns brown.', code: null },
  { id: 'logic/temperature-scale-loosened', previous: 'Never let the greenhouse drop below 10 °C overnight.', next: 'Never let the greenhouse drop below 40 °F overnight.', code: 'number-changed' },
  { id: 'keep/half-a-unit', previous: 'Keep the quench tank at least 500 mm from the forge.', next: 'Keep the quench tank at least half a metre from the forge.', code: null },
  { id: 'keep/share-of-whole-as-percent', previous: 'Brine the cheese in a solution of no more than 20% salt.', next: 'Brine the cheese in a solution of no more than 20 grams of salt per 100 grams of brine.', code: null },
  // Round 23a: a prohibition said as the state it keeps; "only" said as "is limited to"; a duty that binds more people; a clause of its own added.
  { id: 'keep/prohibition-as-state-kept', previous: 'Students must not take mordant powders out of the fume cupboard.', next: 'Mordant powders stay inside the fume cupboard; students leave them there.', code: null },
  { id: 'logic/state-kept-lets-the-act', previous: 'Volunteers must not take archive boxes out of the search room.', next: 'Archive boxes stay outside the search room.', code: 'negation-removed' },
  { id: 'keep/only-as-limited-to', previous: 'Only pharmacists may open the controlled drugs cupboard.', next: 'Opening the controlled drugs cupboard is restricted to pharmacists.', code: null },
  { id: 'logic/limited-to-dropped', previous: 'Use of the archive strongroom is restricted to the duty archivist.', next: 'The duty archivist may use the archive strongroom.', code: 'scope-widened' },
  { id: 'keep/duty-binds-more-people', previous: 'All staff using the bandsaw must wear eye protection.', next: 'All staff using the bandsaw or the planer must wear eye protection.', code: null },
  { id: 'logic/grant-opened-to-more-people', previous: 'Only staff working on the fly floor may use the chain hoist.', next: 'Only staff working on the fly floor or in the grid may use the chain hoist.', code: 'scope-widened' },
  { id: 'keep/every-said-as-per', previous: 'Volunteers must sign the tower log at the start and end of every shift.', next: 'The tower log gets your signature twice per shift: when you begin and when you finish.', code: null },
  { id: 'logic/every-said-as-per-other', previous: "Test the ferry's fire pumps on every crossing.", next: "Test the ferry's fire pumps twice per month.", code: 'scope-narrowed' },
  { id: 'suggest/double-negative-state', previous: 'A burner must stay within sight of a lit kiln at all times.', next: "Once a kiln is alight, it is never out of a burner's view.", code: null, suggested: 'rule-replaced' },
  { id: 'logic/double-negative-loosened', previous: "A lit kiln is never out of a burner's sight.", next: "A lit kiln is sometimes out of a burner's sight.", code: 'modal-weakened' },
  { id: 'keep/duty-as-only-grant', previous: 'Every boat taken out must carry a radio.', next: 'Members can take out only boats that carry a radio.', code: null },
  { id: 'logic/duty-as-grant-without-only', previous: 'Every boat taken out must carry a radio.', next: 'Members can take out boats that carry a radio.', code: 'modal-weakened' },
  { id: 'keep/clause-added-on-named-party', previous: 'Learners ride the quad bike with an instructor.', next: 'Learners ride the quad bike with an instructor, and the instructor carries the kill cord.', code: null },
  // Round 22a: a rule said from the other side (a range as a ban on both sides, an "only" as a ban
  // on the rest, a prohibition as "off limits") is the same rule; the same edits turned round are not.
  { id: 'keep/range-said-as-ban-outside', previous: 'Keep the darkroom between 18 and 22 degrees Celsius.', next: 'The darkroom must never fall below 18°C or go above 22°C.', code: null },
  { id: 'logic/bound-turned-round', previous: 'Keep the developer tank below 24°C.', next: 'The developer tank must never fall below 24°C.', code: 'negation-added' },
  { id: 'keep/only-said-as-ban-on-rest', previous: 'Prune only dead wood during the nesting season.', next: 'During the nesting season, do not prune anything other than dead wood.', code: null },
  { id: 'logic/only-turned-into-ban', previous: 'Prune only dead wood during the nesting season.', next: 'During the nesting season, do not prune dead wood.', code: 'negation-added' },
  { id: 'keep/prohibition-as-off-limits', previous: 'Visitors may not enter the beater room.', next: 'The beater room is off limits to visitors.', code: null },
  { id: 'keep/prohibition-as-opposite-kept', previous: 'Do not unlock the drug cabinet when students are in the lab.', next: 'The drug cabinet stays locked whenever students are in the lab.', code: null },
  { id: 'logic/prohibited-state-kept', previous: 'Do not unlock the drug cabinet when students are in the lab.', next: 'The drug cabinet stays unlocked whenever students are in the lab.', code: 'negation-removed' },
  { id: 'keep/if-said-as-whenever-with-comparative', previous: 'The barge master stops the tidal survey if the current is above 3 knots.', next: 'Whenever the current is faster than 3 knots, the barge master stops the tidal survey.', code: null },
  { id: 'logic/case-replaced-under-whenever', previous: 'The barge master stops the tidal survey if the current is above 3 knots.', next: 'Whenever the current is turning, the barge master stops the tidal survey.', code: 'condition-changed' },
  { id: 'keep/gated-ban-as-only-with', previous: 'Apprentices may not cut laminated glass unless a glazier is standing beside them.', next: 'An apprentice only cuts laminated glass with a glazier standing right beside them.', code: null },
  { id: 'logic/only-with-gate-loosened', previous: 'Apprentices may not cut laminated glass unless a glazier is standing beside them.', next: 'An apprentice only cuts laminated glass with a glazier in the building.', code: 'conjunct-dropped' },
  { id: 'keep/duty-before-as-no-until', previous: 'The head brewer must sign off any change to a recipe before it is brewed commercially.', next: "No altered recipe goes into commercial production without the head brewer's written go-ahead.", code: null },
  { id: 'keep/holders-duty-as-grant-condition', previous: 'Students may handle the hatchlings. They must wash their hands first.', next: 'Students may handle the hatchlings provided they wash their hands first.', code: null },
  { id: 'logic/comparative-bound-turned', previous: 'Do not lift sheets of glass heavier than 20 kg alone.', next: 'Do not lift sheets of glass lighter than 20 kg alone.', code: 'number-changed' },
  // Round 23b: v24's misses and foreseen ones read as kinds, each beside a twin that stays quiet.
  { id: 'logic/modifier-replaced', previous: 'Every truffle found is weighed on the certified scale in the barn.', next: 'Every truffle found is weighed on the kitchen scale in the barn.', code: 'object-replaced' },
  { id: 'keep/modifier-kept-noun-plural', previous: 'Weigh each parcel on the calibrated scale before you print the label.', next: 'Weigh each parcel on the calibrated scales before you print the label.', code: null },
  { id: 'logic/outcome-said-as-attempt', previous: 'Only apprentices who have passed the hygiene exam may work on the pastry line.', next: 'Only apprentices who have sat the hygiene exam may work on the pastry line.', code: 'modal-weakened' },
  { id: 'keep/attempt-made-outcome', previous: 'The head brewer reviews every recipe change.', next: 'The head brewer approves every recipe change.', code: null },
  { id: 'logic/share-in-words-changed', previous: 'Artists are paid a fee of £40 per square metre, half on signing and half on completion.', next: 'Artists are paid a fee of £40 per square metre, a quarter on signing and the rest on completion.', code: 'number-changed' },
  { id: 'logic/only-set-added-to', previous: 'Only the head keeper may enter the big cat enclosure.', next: 'Only the head keeper and the vet may enter the big cat enclosure.', code: 'scope-widened' },
  { id: 'keep/only-pair-together', previous: 'Only the duty manager may open the safe.', next: 'Only the duty manager and the deputy together may open the safe.', code: null },
  { id: 'logic/second-person-dropped', previous: 'Cash refunds over £200 need sign-off from a second supervisor.', next: 'Cash refunds over £200 need sign-off from a supervisor.', code: 'number-changed' },
  { id: 'keep/second-said-as-another', previous: 'Cash refunds over £200 need sign-off from a second supervisor.', next: 'Cash refunds over £200 need sign-off from another supervisor.', code: null },
  { id: 'logic/ban-turned-to-advice', previous: 'Never blame the customer for a late delivery.', next: 'Avoid blaming the customer for a late delivery.', code: 'modal-weakened' },
  { id: 'logic/case-made-more-extreme', previous: 'Close the outdoor pool when there is wind.', next: 'Close the outdoor pool when there is strong wind over the deck.', code: 'condition-narrowed' },
  { id: 'logic/apology-and-free-remedy-dropped', previous: 'If a repair will be late, ring the customer, apologise and offer to deliver the shoes free of charge.', next: 'If a repair will be late, the customer will find out when they come to collect.', code: 'tone-care-dropped' },
  { id: 'logic/secured-state-replaced', previous: 'The drugs trolley must be locked when unattended.', next: 'The drugs trolley must be lowered when unattended.', code: 'modal-weakened' },
  { id: 'logic/parties-exchanged-everywhere', previous: 'The lookout radios each bearing to the neighbouring tower, and the neighbouring tower cross-checks it with its own fire finder.', next: 'The neighbouring tower radios each bearing to the lookout, and the lookout cross-checks it with its own fire finder.', code: 'roles-swapped' },
  // Round 24b: the pooled misses of v20-v25 read as kinds, each beside a twin that stays quiet.
  { id: 'logic/plain-duty-replaced-on-subject', previous: 'Overgrown plots are photographed and their tenants sent a first warning letter.', next: 'Overgrown plots are offered to the next person on the waiting list the same week.', code: 'semantic-drift' },
  { id: 'keep/plain-duty-said-again', previous: 'Overgrown plots are photographed and their tenants sent a first warning letter.', next: 'Overgrown plots are photographed, and a first warning letter is sent to the tenant.', code: null },
  { id: 'logic/care-turned-to-telling', previous: 'When a caller is anxious about serving, explain kindly what jury service involves and the support available to them.', next: 'When a caller is anxious about serving, remind them that jury service is compulsory.', code: 'tone-care-dropped' },
  { id: 'keep/care-kept-beside-telling', previous: 'If a guest reports a broken boiler at the holiday let, apologise and arrange an engineer the same day.', next: 'If a guest reports a broken boiler at the holiday let, say you are sorry and book an engineer for the same day.', code: null },
  // Round 25b: the pooled misses of v20-v26 read as kinds, each beside a twin that stays quiet.
  { id: 'logic/clause-doers-exchanged', previous: 'We book the coach for the tour, and the choir secretary collects the fares.', next: 'The choir secretary books the coach for the tour, and we collect the fares.', code: 'roles-swapped' },
  { id: 'keep/clauses-reordered-with-doers', previous: 'The lead shearer counts the fleeces, and the wool handlers bag them.', next: 'The wool handlers bag the fleeces, and the lead shearer counts them.', code: null },
  { id: 'logic/number-in-what-is-told', previous: 'Let tenants know that the boiler engineer arrives within 48 hours of a report.', next: 'Let tenants know that the boiler engineer arrives within 12 hours of a report.', code: 'number-changed' },
  { id: 'logic/pm-turned-am', previous: 'The depot closes to the public at 4 p.m. on Saturdays.', next: 'The depot closes to the public at 4 a.m. on Saturdays.', code: 'number-changed' },
  { id: 'logic/universal-picked-by-amount', previous: 'Each crate leaving the quarry is weighed at the gate.', next: 'Each crate heavier than 500 kg leaving the quarry is weighed at the gate.', code: 'scope-narrowed' },
  { id: 'logic/case-gains-fact-not-come-about', previous: 'The lift is taken out of service when a door sensor fails.', next: 'The lift is taken out of service when a door sensor fails and the engineer has not reset it.', code: 'condition-narrowed' },
  // Round 26b: the pooled misses of v25-v27 read as kinds, each beside a twin that stays quiet.
  { id: 'logic/demand-replaced-in-frame', previous: 'If the boiler alarm sounds during a service, the verger phones the heating engineer and moves the congregation into the hall.', next: 'If the boiler alarm sounds during a service, the verger notes the time in the logbook and carries on with the service.', code: 'semantic-drift' },
  { id: 'keep/demand-said-in-linked-words', previous: 'When a cake order is delayed, apologise to the customer and give them a complimentary box of biscuits.', next: 'When a cake order runs late, say sorry to the customer and hand them a free box of biscuits.', code: null },
  { id: 'logic/duty-left-to-choice', previous: 'The stewards are obliged to hold an inquiry whenever a horse interferes with another in the final furlong.', next: 'The stewards have discretion to hold an inquiry whenever a horse interferes with another in the final furlong.', code: 'modal-weakened' },
  { id: 'keep/choice-kept', previous: 'The duty instructor decides whether to ground the gliders when the crosswind exceeds 15 knots.', next: "Whether to ground the gliders when the crosswind exceeds 15 knots is the duty instructor's decision.", code: null },
  { id: 'logic/care-turned-in-stretch', previous: 'After a failed audition, thank each singer kindly, tell them the panel enjoyed hearing them, and give them the number of our free support line.', next: 'After a failed audition, remind each singer that places are limited, and give them the number of our free support line.', code: 'tone-care-dropped' },
  { id: 'keep/care-reworded-in-stretch', previous: 'Welcome first-time swimmers warmly, tell them nobody is watching how they swim, and show them the shallow lane.', next: 'Give first-time swimmers a warm welcome, let them know nobody is watching how they swim, and show them the shallow lane.', code: null },
  { id: 'logic/duty-said-as-information', previous: 'Mechanics are required to wear eye protection when truing wheels with the spoke tension meter.', next: 'Mechanics are reminded that eye protection is available when truing wheels with the spoke tension meter.', code: 'modal-weakened' },
  { id: 'keep/act-said-beside-its-thing', previous: 'Riders wear a helmet on every hack.', next: 'Every rider puts on a helmet before each hack; helmets are provided at the yard.', code: null },
  // Round 27b: one word of a rule replaced by a word naming another act or thing, the doer and the receiver of an act exchanged; each beside a twin that stays quiet.
  { id: 'logic/word-replaced-in-frame', previous: 'Grooms must disinfect the stable buckets every evening.', next: 'Grooms must fill the stable buckets every evening.', code: 'semantic-drift' },
  { id: 'logic/doer-and-receiver-exchanged', previous: 'The midwife must tell the mother the baby\'s weight before the family is told.', next: 'The mother must tell the midwife the baby\'s weight before telling the family.', code: 'roles-swapped' },
  { id: 'keep/receiver-said-as-passive-subject', previous: 'The fitter must show the driver the worn brake pads before replacing them.', next: 'The driver must be shown the worn brake pads by the fitter before they are replaced.', code: null },
  { id: 'logic/duty-offered-to-its-holder', previous: 'Bar staff at the social club are required to complete licensing training before their first shift.', next: 'Bar staff at the social club are offered licensing training before their first shift.', code: 'modal-weakened' },
  { id: 'keep/offer-the-duty-made', previous: 'Guests must be offered a hot drink on arrival.', next: 'Guests are offered a hot drink on arrival.', code: null },
  { id: 'logic/list-item-cut-words-kept', previous: "For every parcel, note the sender's name, the parcel's weight and the destination postcode.", next: "For every parcel, note the sender's name and the destination postcode.", code: 'conjunct-dropped' },
  // A grant's alternative cut is stricter, not a regression: no reading flags it; the flag learned where no reading
  // flags (round 40d) did, and since round 41b stands down where the list-item reading knows a grant's item was cut.
  { id: 'keep/grant-alternative-cut', previous: 'Riders may use the indoor school, the outdoor arena or the lane to warm up.', next: 'Riders may use the indoor school or the lane to warm up.', code: null },
  { id: 'keep/word-of-same-parent', previous: 'Grooms must disinfect the stable buckets every evening.', next: 'Grooms must sanitise the stable buckets every evening.', code: null },
  // Round 24a: a negative adjective spelled out with its participle's complement, a gate said with
  // "only" before its verb, a universal said as a negative universal; each beside a twin still read.
  { id: 'keep/spelled-negation-with-complement', previous: 'Unsecured containers must be reported to the yard supervisor.', next: 'Containers that are not secured to the stack must be reported to the yard supervisor.', code: null },
  { id: 'logic/spelled-negation-made-a-grant', previous: 'Unsecured containers must be reported to the yard supervisor.', next: 'Containers that are not secured to the stack may be reported to the yard supervisor.', code: 'modal-weakened' },
  { id: 'keep/gate-only-before-verb', previous: 'Do not cut a key from a code unless the owner has shown photo ID.', next: 'We only cut a key from a code if the owner has shown photo ID.', code: null },
  { id: 'logic/gate-only-before-verb-case-replaced', previous: 'Do not cut a key from a code unless the owner has shown photo ID.', next: 'We only cut a key from a code if the owner has asked for one.', code: 'condition-changed' },
  { id: 'keep/universal-as-negative-universal', previous: 'All seed packets must carry a batch number.', next: 'No seed packet leaves the bank without a batch number.', code: null },
  { id: 'logic/negative-universal-new-approver', previous: 'The mill manager must approve every change to a pulp recipe before it is run on the machine.', next: "No altered pulp recipe is run on the machine without the shift leader's approval.", code: 'scope-narrowed' },
  // Round 28b: a name with a possessive replaced, a ban said as a request, a step of a list of imperatives dropped; each beside a twin that stays quiet.
  { id: 'logic/possessive-name-replaced', previous: "Refer walk-in patients to the urgent care unit at St Luke's Hospital.", next: "Refer walk-in patients to the urgent care unit at St Mark's Hospital.", code: 'entity-removed' },
  { id: 'keep/possessive-name-said-with-of', previous: "Follow the Trust's complaints procedure for every written complaint.", next: 'For every written complaint, follow the complaints procedure of the Trust.', code: null },
  { id: 'logic/ban-said-as-request', previous: 'Visitors are not allowed to feed the animals in the petting barn.', next: 'Visitors are asked not to feed the animals in the petting barn.', code: 'modal-weakened' },
  { id: 'keep/request-said-as-request', previous: 'Visitors are asked not to feed the animals in the petting barn.', next: 'Visitors are requested not to feed the animals in the petting barn.', code: null },
  { id: 'logic/imperative-step-dropped', previous: 'Weigh every parcel on the counter scales. Stamp the receipt with the date. Give the customer their tracking number.', next: 'Weigh every parcel on the counter scales. Give the customer their tracking number.', code: 'requirement-removed' },
  { id: 'logic/demand-replaced-in-spans', previous: 'Hose the milking parlour floor with disinfectant after each milking.', next: 'Sweep the milking parlour floor with a yard brush after each milking.', code: 'semantic-drift' },
  { id: 'keep/spans-said-again', previous: 'Inspect each harness for frayed stitching before a climb.', next: 'Check each harness for worn stitching before a climb.', code: null },
  { id: 'logic/member-made-a-role', previous: 'Every site worker must wear a hard hat beyond the gate.', next: 'Every site supervisor must wear a hard hat beyond the gate.', code: 'scope-narrowed' },
  { id: 'keep/role-made-any-member', previous: 'Every site supervisor must wear a hard hat beyond the gate.', next: 'Every site worker must wear a hard hat beyond the gate.', code: null },
  { id: 'keep/imperative-step-joined', previous: 'Photograph any damage to the hire van. Initial the check-in sheet. Return the keys to the desk.', next: 'Photograph any damage to the hire van and initial the check-in sheet. Return the keys to the desk.', code: null },
  // Round 29b: a first-person party swapped with another, one verb of a rule replaced by a phrase doing another thing, a gate's party said by one word of two; each beside a twin that stays quiet.
  { id: 'logic/first-person-roles-swapped', previous: 'Tenants must tell us about any leak within a day.', next: 'We must tell tenants about any leak within a day.', code: 'roles-swapped' },
  { id: 'keep/first-person-said-passive', previous: 'We must tell tenants about any planned works in the building.', next: 'Tenants must be told by us about any planned works in the building.', code: null },
  { id: 'logic/act-replaced-by-phrase', previous: 'Cyclists must dismount before entering the tunnel.', next: 'Cyclists must switch on their lights before entering the tunnel.', code: 'semantic-drift' },
  { id: 'keep/act-said-by-phrase', previous: 'Riders must salute the judge before the test begins.', next: 'Riders must give a salute to the judge before the test begins.', code: null },
  { id: 'logic/gate-party-cut', previous: 'Do not release a hire boat unless a staff member has checked the bilge pump.', next: 'Release a hire boat only once a member has checked the bilge pump.', code: 'condition-changed' },
  { id: 'keep/gate-party-said-again', previous: 'Do not release a hire boat unless a staff member has checked the bilge pump.', next: 'Release a hire boat only once a member of staff has checked the bilge pump.', code: null },
  // Round 30b: a slot of a short rule replaced, its ban kept as frame; beside a twin in a synonym.
  { id: 'logic/short-ban-slot-replaced', previous: 'No glass bottles on the pool deck.', next: 'No inflatable toys on the pool deck.', code: 'semantic-drift' },
  { id: 'keep/short-ban-slot-reworded', previous: 'Do not stack crates by the fire exit.', next: 'Do not pile crates by the fire exit.', code: null },
  // Round 30b: a negation dropped after an order word in the subject; beside a twin saying it again.
  { id: 'logic/negation-after-subject-order', previous: 'Tickets bought before the sale are not refunded.', next: 'Tickets bought before the sale are refunded.', code: 'negation-removed' },
  { id: 'keep/negation-after-subject-order', previous: 'Tickets bought before the sale are not refunded.', next: 'No refund is given for tickets bought before the sale.', code: null },
  // Round 31b: a figure moved in a duty's case whose own negation turns its bound, and one word of a rule replaced by a word of another kind; each beside a twin that stays quiet.
  { id: 'logic/case-bound-turned-loosened', previous: 'Phone the parents if a child has not been collected within 15 minutes of closing.', next: 'Phone the parents if a child has not been collected within 45 minutes of closing.', code: 'number-changed' },
  { id: 'keep/case-bound-turned-tightened', previous: 'Phone the parents if a child has not been collected within 15 minutes of closing.', next: 'Phone the parents if a child has not been collected within 10 minutes of closing.', code: null },
  // Round 32c: a bound said from the other side and a figure said in words, each on the same interval; beside a twin whose interval moved.
  { id: 'keep/floor-said-as-ban-below', previous: 'Riders must be at least 14 to hire an e-bike.', next: 'Nobody under 14 can hire an e-bike.', code: null },
  { id: 'logic/floor-said-as-ban-below-lowered', previous: 'Riders must be at least 14 to hire an e-bike.', next: 'Nobody under 12 can hire an e-bike.', code: 'number-changed' },
  { id: 'keep/hours-said-around-the-clock', previous: 'Give callers the 24-hour gas leak line.', next: 'Give callers the gas leak line, which is staffed around the clock.', code: null },
  { id: 'logic/word-of-another-kind', previous: 'Sign every delivery note before the driver leaves.', next: 'Photocopy every delivery note before the driver leaves.', code: 'semantic-drift' },
  { id: 'keep/word-of-the-same-kind', previous: 'Explain the cancellation fee on every booking.', next: 'Describe the cancellation fee on every booking.', code: null },
  // Round 32b: one slot of a kept rule filled with another thing, a phrasal verb for a verb; beside a twin saying the slot again.
  { id: 'logic/slot-filled-with-another-thing', previous: 'Check every returned kayak for cracks in the hull.', next: 'Hose down every returned kayak for cracks in the hull.', code: 'semantic-drift' },
  { id: 'keep/slot-said-again', previous: 'Check every returned kayak for cracks in the hull.', next: 'Look over every returned kayak for cracks in the hull.', code: null },
  // Round 25a: a negation carried inside a word, a bound said as the extreme it allows; each beside a twin still read.
  { id: 'keep/negation-inside-a-word', previous: 'Each dry-cleaning ticket must be signed by the counter assistant.', next: 'No dry-cleaning ticket is left unsigned by the counter assistant.', code: null },
  { id: 'logic/negation-without-its-counterpart', previous: 'Each dry-cleaning ticket must be signed by the counter assistant.', next: 'No dry-cleaning ticket is signed by the counter assistant.', code: 'negation-added' },
  { id: 'keep/bound-said-as-its-extreme', previous: 'Balloon flights must not take off after 7 p.m.', next: '7 p.m. is the latest a balloon flight may take off.', code: null },
  { id: 'logic/extreme-turned-round', previous: 'Balloon flights must not take off after 7 p.m.', next: '7 p.m. is the earliest a balloon flight may take off.', code: 'negation-removed' },
  // Round 26a: a subject's bound said as the grant "only" limits, a ban said by a predicate or by "anywhere but"; each beside a twin still read.
  { id: 'keep/bound-in-subject-as-only-grant', previous: 'Members under 16 cannot hire a bike.', next: 'Only members aged 16 or over can hire a bike.', code: null },
  { id: 'logic/bound-in-subject-grant-without-only', previous: 'Loads over 20 kg must not be lifted alone.', next: 'Loads under 20 kg may be lifted alone.', code: 'negation-removed' },
  { id: 'keep/ban-said-impersonally', previous: 'Players must not kick balls against the chapel wall.', next: 'Kicking balls against the chapel wall is forbidden.', code: null },
  { id: 'logic/impersonal-ban-with-a-case', previous: 'Players must not kick balls against the chapel wall.', next: 'Kicking balls against the chapel wall is forbidden during services.', code: 'negation-moved' },
  { id: 'keep/duty-as-anywhere-but', previous: 'Fireworks must be stored in the steel magazine.', next: 'No firework is stored anywhere other than the steel magazine.', code: null },
  { id: 'logic/anywhere-but-lost', previous: 'Kayaks must be launched from the slipway.', next: 'No kayak is launched from the slipway.', code: 'negation-added' },
  // Round 27c: a range's unit written once, initials spelled out in place, advice said as a grant "only" limits; each beside a twin still read.
  { id: 'keep/range-unit-written-once', previous: 'Keep the aquarium water between 24°C and 27°C.', next: 'Keep the aquarium water between twenty-four and twenty-seven degrees Celsius.', code: null },
  { id: 'logic/range-end-changed', previous: 'Keep the aquarium water between 24°C and 27°C.', next: 'Keep the aquarium water between twenty and twenty-seven degrees Celsius.', code: 'number-changed' },
  { id: 'keep/acronym-after-its-article', previous: 'Boats with an LOA over 10 m moor on the outer pontoon.', next: 'Boats with a length overall over 10 metres moor on the outer pontoon.', code: null },
  { id: 'logic/acronym-replaced', previous: 'Boats with an LOA over 10 m moor on the outer pontoon.', next: 'Boats with a beam over 10 metres moor on the outer pontoon.', code: 'entity-removed' },
  { id: 'keep/advice-as-limited-grant', previous: 'Guests should keep dogs to the ground floor.', next: 'Dogs are allowed only on the ground floor.', code: null },
  { id: 'logic/advice-as-grant', previous: 'Guests must keep dogs to the ground floor.', next: 'Dogs are allowed on the ground floor.', code: 'modal-weakened' },
  // Round 27a: a ban lifted by a condition said as the act allowed "only" in that case; beside a twin whose condition widened.
  { id: 'keep/ban-unless-as-only-while', previous: 'Staff must not open the cash drawer unless a manager is present.', next: 'The cash drawer is opened only while a manager is present.', code: null },
  { id: 'logic/only-while-condition-widened', previous: 'Staff must not open the cash drawer unless a manager is present.', next: 'The cash drawer is opened only while a manager or a supervisor is present.', code: 'negation-removed' },
  // Round 27a: a ban beyond a figure said as the grant its cap limits; beside a twin whose grant picks out some doers.
  { id: 'keep/ban-beyond-figure-as-capped-grant', previous: 'Pupils may not borrow more than 4 books at a time.', next: 'A pupil can borrow up to 4 books at a time.', code: null },
  { id: 'keep/condition-said-by-inversion', previous: 'If a guest complains about the noise, apologise and offer a room change.', next: 'Should a guest complain about the noise, apologise and offer a room change.', code: null },
  { id: 'keep/joined-ban-split', previous: 'Dogs are not allowed on the beach, and owners must clean up after them on the promenade.', next: 'Dogs are not allowed on the beach. Owners must clean up after them on the promenade.', code: null },
  { id: 'logic/capped-grant-for-some', previous: 'Pupils may not borrow more than 4 books at a time.', next: 'Pupils in year 6 can borrow up to 4 books at a time.', code: 'modal-weakened' },
  // Round 28a: a ban outside a set said as the act allowed only for it, the act in other words; beside a twin whose act is another.
  { id: 'keep/ban-outside-set-as-only', previous: 'Do not release personal effects to anyone other than the next of kin or the executor.', next: 'Personal effects are handed over only to the next of kin or the executor.', code: null },
  { id: 'logic/ban-outside-set-act-replaced', previous: "Do not show the floor plans to anyone apart from the buyer's surveyor.", next: "The floor plans are emailed only to the buyer's surveyor.", code: 'negation-removed' },
];

const clauseFile = (text: string) => `---\ntitle: Rule\n---\n${text}\n`;
let repo: TestRepo;
let editOutput = '';
const audits = new Map<string, Record<string, any>>();

beforeAll(() => {
  repo = createRepo();
  for (const c of CASES) repo.write(`codex/${c.id}.md`, clauseFile(c.previous));
  const added = repo.commit('add the rules', '2026-02-01');
  expect(added.code, added.stderr).toBe(0);
  for (const c of CASES) repo.write(`codex/${c.id}.md`, clauseFile(c.next));
  const edited = repo.commit('edit every rule', '2026-02-02');
  expect(edited.code, edited.stderr).toBe(0);
  editOutput = `${edited.stdout}\n${edited.stderr}`;
  for (const c of CASES) {
    const files = repo.filesAtHead(`vault/audits/${c.id}/`);
    const latest = files.map((file) => parse(repo.showHead(file)) as Record<string, any>).find((audit) => audit.change === 'edited');
    if (latest) audits.set(c.id, latest);
  }
});
afterAll(() => repo?.cleanup());

describe('the hook reads clause logic in real commits', () => {
  it('records each reason with its code and message only: what a detector read stays inside the guard', () => {
    const keys = [...audits.values()].flatMap((audit) => (audit.reasons as Array<Record<string, unknown>>).flatMap((reason) => Object.keys(reason)));
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys)).toEqual(new Set(['code', 'message', 'advisory'].filter((key) => keys.includes(key))));
    // "at least two" -> "at most two" is a limit turned round, which carries its amounts while the guard reads.
    expect(audits.get('logic/order-bound')?.reasons.map((reason: { code: string }) => reason.code)).toContain('number-changed');
  });

  for (const c of CASES.filter((entry) => entry.code !== null)) {
    it(`flags ${c.id} with ${c.code} and quotes the words`, () => {
      const audit = audits.get(c.id);
      expect(audit?.regression_flag).toBe(true);
      const reason = (audit?.reasons as Array<{ code: string; message: string }>).find((r) => r.code === c.code);
      expect(reason, JSON.stringify(audit?.reasons)).toBeDefined();
      expect(reason?.message).toMatch(/"/);
    });
  }

  for (const c of CASES.filter((entry) => entry.code === null && !entry.suggested)) {
    it(`does not flag ${c.id}`, () => {
      const audit = audits.get(c.id);
      expect(audit?.reasons, JSON.stringify(audit?.reasons)).toEqual([]);
      expect(audit?.regression_flag).toBe(false);
    });
  }

  for (const c of CASES.filter((entry) => entry.suggested)) {
    it(`does not flag ${c.id} but records ${c.suggested} as advisory and says a review is suggested`, () => {
      const audit = audits.get(c.id);
      expect(audit?.regression_flag).toBe(false);
      const reasons = audit?.reasons as Array<{ code: string; message: string; advisory?: boolean }>;
      expect(reasons.map((reason) => reason.code), JSON.stringify(reasons)).toContain(c.suggested);
      expect(reasons.every((reason) => reason.advisory === true), JSON.stringify(reasons)).toBe(true);
      expect(editOutput).toMatch(new RegExp(`audit of ${c.id}: no regression; review suggested \\(${c.suggested}`));
    });
  }

  it('quotes the replaced actor and the rescoped negation in their reasons', () => {
    const message = (id: string, code: string) => (audits.get(id)?.reasons as Array<{ code: string; message: string }>).find((r) => r.code === code)?.message;
    expect(message('logic/actor-replaced', 'actor-replaced')).toBe('actor replaced: "account owner" -> "support agent" in "The support agent approves every refund over $100."');
    expect(message('logic/negation-rescoped', 'negation-moved')).toBe('negation moved: "reset" is no longer negated, the negation now reads "never for other staff", in "Reset a password over the phone for managers, never for other staff."');
    expect(message('logic/roles-phrases', 'roles-swapped')).toContain('"requester manager" and "security team" traded places');
    expect(message('logic/party-replaced', 'object-replaced')).toBe('party replaced: "landlord" -> "tenant" in "Send the repair invoice to the tenant."');
    expect(message('logic/upsell', 'upsell-added')).toBe('upsell added: "extended warranty" in "If the printer jams, recommend the extended warranty and a new printer.", which the rule did not sell before');
    expect(message('logic/permission-carved-out', 'permission-added')).toBe('permission added: "hotel staff can allow wine bottles at the bar" carved out of "Guests must not bring glass bottles to the pool area."');
  });

  it('records the order-aware similarity and fails check on the flagged clauses only', () => {
    expect(audits.get('logic/roles')?.similarity).toMatchObject({ embedder: 'builtin', model: 'builtin-lexical-v3', metric: 'cosine-order' });
    const check = repo.cli(['check']);
    expect(check.code).toBe(1);
    for (const c of CASES) {
      expect(check.stdout.includes(`clause ${c.id} `), c.id).toBe(c.code !== null);
    }
  });
});
