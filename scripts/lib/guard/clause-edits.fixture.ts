// Hand-labelled clause edits for measuring the guard (scripts/bench/clause-edits.ts and
// clause-edits.test.ts). Labels were written before the detectors were tuned against them, and
// say what a careful reviewer would want: `benign` edits keep the rule, every other kind weakens
// or changes it. Edits touching several things are labelled by their main change.

export const EDIT_KINDS = [
  'benign', 'modal', 'negation', 'number', 'requirement', 'entity', 'reference', 'tone', 'drift',
  // Issue 11: edits that change a rule's logic while keeping most of its words.
  'order', 'condition', 'scope', 'conjunct', 'obligation', 'rescope', 'roles',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

export interface ClauseEdit {
  kind: EditKind;
  /** For benign edits, what kind of rewrite it is (reword, voice, split-join, reorder, abbreviation, emphasis, spelled-negation). */
  variant?: string;
  /** Declared `tone` of the clause, if any. */
  tone?: string;
  previous: string;
  next: string;
}

export const CLAUSE_EDITS: readonly ClauseEdit[] = [
  // Benign: paraphrases, reorderings, added politeness, typo fixes, reformatting.
  { kind: 'benign', tone: 'formal', previous: "The assistant must verify the customer's identity before discussing account details.", next: 'Before discussing account details, the assistant must verify the identity of the customer.' },
  { kind: 'benign', previous: 'Greet the customer by name. Never share internal ticket notes.', next: 'Never share internal ticket notes. Greet the customer by name.' },
  { kind: 'benign', previous: 'Ask for the order number before processing a refund.', next: 'Please politely ask for the order number before processing a refund.' },
  { kind: 'benign', previous: 'Refunds must be issued within 30 days of purchse.', next: 'Refunds must be issued within 30 days of purchase.' },
  { kind: 'benign', previous: 'The assistant must never disclose account numbers.', next: 'The assistant must never reveal account numbers.' },
  { kind: 'benign', previous: 'Do not give medical diagnoses. Suggest consulting a doctor instead.', next: "Don't give medical diagnoses; instead, suggest that the user consult a doctor." },
  { kind: 'benign', previous: 'The assistant cannot process payments over the phone.', next: "The assistant can't process payments over the phone." },
  { kind: 'benign', previous: 'Agents must log every escalation in Zendesk.', next: 'Every escalation must be logged in Zendesk by agents.' },
  { kind: 'benign', previous: 'Customers may request up to three replacement cards per year.', next: 'Customers may request up to 3 replacement cards per year.' },
  { kind: 'benign', previous: 'Chat transcripts are deleted after 14 days.', next: 'Chat transcripts are deleted after two weeks.' },
  { kind: 'benign', previous: 'Never ask for a full card number.', next: 'Never ask for a full card number, even if the customer offers to provide it.' },
  { kind: 'benign', previous: '- Verify the caller\'s identity.\n- Confirm the refund amount.', next: "Verify the caller's identity. Then confirm the refund amount." },
  { kind: 'benign', previous: 'Handle personal data in line with the General Data Protection Regulation.', next: 'Handle personal data in line with the GDPR.' },
  { kind: 'benign', previous: 'Follow [[privacy/pii]] when handling postal addresses.', next: 'Follow codex/privacy/pii when handling postal addresses.' },
  { kind: 'benign', previous: 'Escalate to a supervisor when a customer threatens legal action.', next: 'When a customer threatens legal action, escalate the conversation to a supervisor.' },
  { kind: 'benign', tone: 'formal', previous: 'The assistant shall respond in the language the customer writes in.', next: 'The assistant must respond in the language the customer uses.' },
  { kind: 'benign', previous: 'Keep responses under 200 words.', next: 'Keep every response under 200 words.' },
  { kind: 'benign', previous: 'Passwords must never be requested.', next: 'Never request passwords.' },
  { kind: 'benign', previous: 'Always cite the relevant policy section when refusing a request.', next: 'When refusing a request, always cite the relevant policy section.' },
  { kind: 'benign', previous: 'Tell the customer that the refund was denied.', next: 'Politely tell the customer that the refund was denied.' },
  { kind: 'benign', previous: 'The assistant must not speculate about shiping delays.', next: 'The assistant must not speculate about shipping delays.' },
  { kind: 'benign', previous: 'Offer a callback if the wait time exceeds 10 minutes.', next: 'If the wait time exceeds 10 minutes, offer the customer a callback.' },
  { kind: 'benign', previous: 'Do not recommend competitor products.', next: 'Never recommend products from competitors.' },
  { kind: 'benign', previous: 'Users under 18 must not be offered credit products.', next: 'Credit products must not be offered to users under 18.' },
  { kind: 'benign', previous: 'Mask all but the last four digits of a card number.', next: 'Mask every digit of a card number except the last four.' },
  { kind: 'benign', tone: 'empathetic', previous: 'Acknowledge the customer\'s frustration and apologise for the delay.', next: 'Acknowledge how frustrating this is for the customer and apologise sincerely for the delay.' },

  // Modal weakened.
  { kind: 'modal', previous: "The assistant must verify the customer's identity before discussing account details.", next: "The assistant should verify the customer's identity before discussing account details." },
  { kind: 'modal', previous: 'Refund requests shall be approved by a supervisor.', next: 'Refund requests may be approved by a supervisor.' },
  { kind: 'modal', previous: 'Agents are required to log every escalation.', next: 'Agents can log escalations.' },
  { kind: 'modal', previous: 'Always confirm the shipping address before dispatch.', next: 'Where possible, confirm the shipping address before dispatch.' },
  { kind: 'modal', previous: 'The assistant must include the risk disclaimer in every investment answer.', next: 'The assistant should ideally include the risk disclaimer in investment answers.' },
  { kind: 'modal', previous: "Verify the caller's identity before resetting a password.", next: "You may want to verify the caller's identity before resetting a password." },
  { kind: 'modal', previous: 'Transcripts must be encrypted at rest.', next: 'Transcripts should be encrypted at rest.' },

  // Negation added or removed.
  { kind: 'negation', previous: 'Never share account numbers in chat.', next: 'Always share account numbers in chat.' },
  { kind: 'negation', previous: 'Do not promise delivery dates.', next: 'Promise delivery dates.' },
  { kind: 'negation', previous: 'The assistant must not store card details.', next: 'The assistant must store card details.' },
  { kind: 'negation', previous: 'Share the tracking link with the customer.', next: 'Do not share the tracking link with the customer.' },
  { kind: 'negation', previous: 'Refunds are not available for digital goods.', next: 'Refunds are available for digital goods.' },
  { kind: 'negation', previous: 'Never offer legal advice.', next: 'Offer legal advice when asked.' },
  { kind: 'negation', previous: "Only collect a phone number with the customer's consent.", next: "Collect a phone number without the customer's consent." },

  // Number, limit or unit changed or removed.
  { kind: 'number', previous: 'Refunds are accepted within 30 days of purchase.', next: 'Refunds are accepted within 60 days of purchase.' },
  { kind: 'number', previous: 'Attachments larger than 5 MB must be rejected.', next: 'Attachments larger than 5 GB must be rejected.' },
  { kind: 'number', previous: 'Customers may request three replacement cards per year.', next: 'Customers may request five replacement cards per year.' },
  { kind: 'number', previous: 'Lock the account after 3 failed login attempts.', next: 'Lock the account after 10 failed login attempts.' },
  { kind: 'number', previous: 'Keep responses under 150 words.', next: 'Keep responses under 1500 words.' },
  { kind: 'number', previous: 'Discounts of up to 10% may be offered.', next: 'Discounts of up to 25% may be offered.' },
  { kind: 'number', previous: 'Delete voice recordings after 90 days.', next: 'Delete voice recordings after a reasonable period.' },
  { kind: 'number', previous: 'Offer at most two goodwill credits per customer.', next: 'Offer at least two goodwill credits per customer.' },

  // A hard requirement dropped.
  { kind: 'requirement', previous: 'Greet the customer by name. Never share internal ticket notes. Close with a summary.', next: 'Greet the customer by name. Close with a summary.' },
  { kind: 'requirement', previous: 'The assistant must verify identity before account changes. It should keep a friendly tone.', next: 'The assistant should keep a friendly tone.' },
  { kind: 'requirement', previous: "Answer billing questions clearly. Do not discuss other customers' accounts.", next: 'Answer billing questions clearly and concisely.' },
  { kind: 'requirement', previous: 'Transcripts are stored for quality review. Agents are required to redact card numbers from transcripts.', next: 'Transcripts are stored for quality review.' },
  { kind: 'requirement', previous: 'Always disclose that you are an AI assistant. Use plain language.', next: 'Use plain language and short sentences.' },
  { kind: 'requirement', previous: "Recommend products that match the customer's needs. The assistant shall not recommend products the customer cannot afford.", next: "Recommend products that match the customer's needs and budget." },
  { kind: 'requirement', previous: 'Threats of self-harm must be escalated to the safety team immediately. Provide crisis line numbers. Stay calm and supportive.', next: 'Provide crisis line numbers. Stay calm and supportive.' },

  // A named entity dropped.
  { kind: 'entity', previous: 'Log every escalation in Zendesk and notify the Trust and Safety team.', next: 'Log every escalation and notify the team.' },
  { kind: 'entity', previous: 'Card data must be handled according to PCI DSS.', next: 'Card data must be handled carefully.' },
  { kind: 'entity', previous: 'Direct privacy requests to privacy@acme.com.', next: 'Direct privacy requests to the support team.' },
  { kind: 'entity', previous: 'Refer customers to https://acme.com/returns for the returns form.', next: 'Refer customers to the returns form.' },
  { kind: 'entity', previous: 'Only recommend Acme Premium plans to business customers.', next: 'Only recommend premium plans to business customers.' },
  { kind: 'entity', previous: 'Personal data of EU residents is processed under GDPR.', next: 'Personal data of residents is processed under local rules.' },

  // A referenced clause or link dropped.
  { kind: 'reference', previous: 'Handle postal addresses as described in [[privacy/pii]].', next: 'Handle postal addresses carefully.' },
  { kind: 'reference', previous: 'See codex/security/passwords for password reset rules.', next: 'Follow the usual password reset rules.' },
  { kind: 'reference', previous: 'Exceptions are listed in clause 4.2.', next: 'Exceptions are listed in the appendix.' },
  { kind: 'reference', previous: 'Apply the refund rules in [refunds](codex/billing/refunds.md) to every order.', next: 'Apply the refund rules to every order.' },
  { kind: 'reference', previous: 'As set out in section 3, confirm consent before recording a call.', next: 'Confirm consent before recording a call.' },
  { kind: 'reference', previous: 'Follow [[support/escalation]] and [[support/tone]] in every reply.', next: 'Follow [[support/tone]] in every reply.' },

  // Tone moved away from the declared one (the rule itself kept).
  { kind: 'tone', tone: 'formal', previous: 'The assistant shall inform the customer that the request cannot be processed.', next: "Hey, just let the customer know we can't process that, no biggie lol!" },
  { kind: 'tone', tone: 'empathetic', previous: "Acknowledge the customer's frustration and apologise for the inconvenience before explaining the delay.", next: 'Explain the delay. Complaints about it are pointless and a waste of time.' },
  { kind: 'tone', tone: 'formal', previous: 'Customers must be addressed by their surname and title.', next: 'Yo, call folks by their last name, cool? Super easy!' },
  { kind: 'tone', tone: 'friendly', previous: 'Welcome the customer warmly and thank them for reaching out.', next: 'Process the request. Thanking the customer is unnecessary and wastes time.' },
  { kind: 'tone', tone: 'neutral', previous: 'State the refund policy without commentary.', next: 'Gleefully celebrate the wonderful refund policy with tons of excitement!!! It is amazing!' },
  { kind: 'tone', tone: 'formal', previous: 'Please accept our apologies for the delay; we will respond within two business days.', next: "sorry bout the delay, we'll get back to ya in like two business days, no worries!" },

  // Meaning changed without any of the cues above.
  { kind: 'drift', previous: 'Keep answers concise and focused on the question asked.', next: 'Feel free to chat about related products and current promotions.' },
  { kind: 'drift', previous: "Use the customer's preferred name in replies.", next: "Use the customer's account number in replies." },
  { kind: 'drift', previous: 'Summarise the conversation at the end of each chat.', next: 'Offer a discount code at the end of each chat.' },
  { kind: 'drift', previous: 'Explain fees in plain language.', next: 'Explain fees using precise legal terminology.' },
  { kind: 'drift', previous: 'Route billing questions to the finance team.', next: 'Answer billing questions yourself.' },
  { kind: 'drift', previous: 'Suggest self-service articles for simple questions.', next: 'Suggest upgrading to a paid plan for simple questions.' },
  { kind: 'drift', previous: "Recommend the cheapest plan that meets the customer's needs.", next: 'Recommend the most expensive plan available.' },
];

/**
 * Written after the detectors were built and scored once, with no change made afterwards: a
 * small, honest check on overfitting to `CLAUSE_EDITS`. Do not tune against it; add new
 * held-out edits instead when the detectors change.
 */
export const HELD_OUT_EDITS: readonly ClauseEdit[] = [
  { kind: 'benign', previous: "Confirm the customer's email address before sending a receipt.", next: "Before you send a receipt, confirm the customer's email address." },
  { kind: 'benign', previous: 'The assistant must not guess order statuses; it should check the order system.', next: 'The assistant must not guess the status of an order. It should look it up in the order system.' },
  { kind: 'benign', previous: 'Offer a refund or a replacement for damaged items.', next: 'For damaged items, offer either a replacement or a refund.' },
  { kind: 'benign', previous: 'Respond to complaints within 24 hours.', next: 'Respond to every complaint within 24 hours.' },
  { kind: 'benign', previous: 'Never mention internal discount codes to customers.', next: 'Never mention internal discount codes to customers, even when asked directly.' },
  { kind: 'benign', previous: 'Use simple words and avoid jargon.', next: 'Avoid jargon and use simple words.' },
  { kind: 'benign', previous: 'Escalate fraud reports to the Fraud Operations team.', next: 'Fraud reports must be escalated to the Fraud Operations team.' },
  { kind: 'benign', previous: 'Ask customers to rate the conversation at the end.', next: 'At the end of the conversation, kindly ask customers for a rating.' },
  { kind: 'modal', previous: 'Agents shall record the reason for every refund.', next: 'Agents should record the reason for refunds when convenient.' },
  { kind: 'modal', previous: 'The assistant must escalate chargebacks.', next: 'The assistant could escalate chargebacks.' },
  { kind: 'negation', previous: 'Do not reset passwords over chat.', next: 'Reset passwords over chat.' },
  { kind: 'negation', previous: 'Customers may not transfer gift cards.', next: 'Customers may transfer gift cards.' },
  { kind: 'number', previous: 'Hold disputed payments for 7 days.', next: 'Hold disputed payments for 2 days.' },
  { kind: 'number', previous: 'Cap goodwill credits at $50 per order.', next: 'Cap goodwill credits at $500 per order.' },
  { kind: 'requirement', previous: "Quote the order number in replies. Never include the full card number. Sign off with the agent's name.", next: "Quote the order number in replies. Sign off with the agent's name." },
  { kind: 'entity', previous: 'Send disputes to Stripe Radar for review.', next: 'Send disputes for review.' },
  { kind: 'reference', previous: 'Apply the retention limits of [[privacy/retention]].', next: 'Apply the usual retention limits.' },
  { kind: 'tone', tone: 'empathetic', previous: 'Gently reassure the customer that we will fix the problem.', next: 'Inform the customer that the problem will be fixed eventually, and that complaining will not speed it up.' },
  { kind: 'drift', previous: 'Offer to send a transcript of the chat by email.', next: 'Offer to call the customer back by phone.' },
  { kind: 'drift', previous: 'Explain why a claim was rejected.', next: 'Explain how to file a new claim.' },
];
