// Round 28d (session 22, issue 11): edits written for guard28d's two fixes, measured with the old
// guard first. Part of the tuning set (`CLAUSE_EDITS` spreads them); a file of its own so that the
// rounds working at once in this folder touch one line of the shared fixture.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_28D_EDITS: readonly ClauseEdit[] = [
  // An unchanged sentence beside one reworded: ", even if X" / ", including when X" read as a case
  // moved into it, and "TG20:21" as a name "TG20" the same text never names again (flagged before).
  { kind: 'benign', variant: 'reword', previous: `Log each call in the register. Never share your password, even if a manager asks for it.`, next: `Record each call in the register. Never share your password, even if a manager asks for it.` },
  { kind: 'benign', variant: 'reword', previous: `Sweep the pool deck every morning. Never drive the heavy mowers across the greens, even when the ground is dry.`, next: `Sweep the pool deck each morning. Never drive the heavy mowers across the greens, even when the ground is dry.` },
  { kind: 'benign', variant: 'reword', previous: `Offer the free pressure test whenever a customer asks, including when the battery was changed with us in the last twelve months. Thank them for their visit.`, next: `Offer the free pressure test whenever a customer asks, including when the battery was changed with us in the last twelve months. Thank them for coming in.` },
  { kind: 'benign', variant: 'reword', previous: `Scaffolds are inspected against TG20:21 and the results recorded on form SC-3. Keep the yard gate shut.`, next: `Scaffolds are inspected against TG20:21 and the results recorded on form SC-3. Keep the gate of the yard shut.` },
  // The edition after a colon is the name's own: another edition is still a name gone.
  { kind: 'reference', previous: `Harnesses are checked against EN361:2002 before every climb.`, next: `Harnesses are checked against EN361:1992 before every climb.` },
  // A whole demand reworded behind the verb alone, two of its words kept: those words are what any
  // rewording keeps, not a frame (v13's "Tell the customer the full deposit amount ..." flagged since round 27b).
  { kind: 'benign', variant: 'reword', previous: `Tell the member the full joining fee before they sign the membership form.`, next: `Let the newcomer know the complete joining cost prior to their signing the application.` },
  { kind: 'benign', variant: 'reword', previous: `Tell the tenant the full service charge before they sign the lease.`, next: `Let the leaseholder know the complete service fee prior to their signing the tenancy.` },
  { kind: 'benign', variant: 'reword', previous: `Give the borrower the full repayment schedule before they sign the loan agreement.`, next: `Hand the applicant the complete repayment plan prior to their signing the credit contract.` },
  // Twins that must stay flagged: the act and whom it is for replaced, two words kept, none of the rest said again.
  { kind: 'drift', previous: `Remind guests to return their room keys at checkout.`, next: `Remind staff to photograph the room keys at the desk.` },
  { kind: 'drift', previous: `Ask volunteers to sign the safeguarding register on arrival.`, next: `Ask parents to photograph the safeguarding register for the newsletter.` },
  { kind: 'drift', previous: `Remind campers to pack the tent pegs before departure.`, next: `Remind leaders to count the tent pegs at the campsite.` },
];
