// Round 32a (session 26, issue 11): faithful rewordings that carry a ban by a verb of keeping, a
// preposition or a thing moving, which a word list of modals cannot read ("Keep the route from
// callers" = "Do not tell callers the route"; "The pitch is off limits to spectators" =
// "Spectators may not enter the pitch"; "Skip any door with a sign" = "Do not knock on doors with a
// sign"; "Results go only to people who signed" = "Do not release results to anyone who did not
// sign"), read as classes by cause from v36-v39; edits of our own in other domains, each benign
// edit with a near-miss twin that must stay flagged, written and measured with the old guard
// (4a7518a3) before `_clause-reading.ts` and `_frame-relations.ts` were built. Part of the tuning
// set (`CLAUSE_EDITS` spreads them); a file of its own so the rounds working at once touch one line
// of the shared fixture.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_32A_EDITS: readonly ClauseEdit[] = [
  // B. "keep X (secret) from Y" / "withhold X from Y" / "hide X from Y" / "X stays confidential from Y": not give or tell X to Y. Twins: the
  // other party, "keep ... with" / "keep ... for" (no ban), the case turned, the roles swapped.
  { kind: 'benign', variant: 'reword', previous: `Do not tell callers the address of the shelter.`, next: `Keep the address of the shelter from callers.` },
  { kind: 'entity', previous: `Do not tell callers the address of the shelter.`, next: `Keep the address of the shelter from volunteers.` },
  { kind: 'benign', variant: 'reword', previous: `Never give the alarm code to contractors.`, next: `Keep the alarm code from contractors.` },
  { kind: 'negation', previous: `Never give the alarm code to contractors.`, next: `Keep the alarm code with contractors.` },
  { kind: 'benign', variant: 'reword', previous: `Do not show students the answers before the exam.`, next: `Keep the answers from students before the exam.` },
  { kind: 'condition', previous: `Do not show students the answers before the exam.`, next: `Keep the answers from students after the exam.` },
  { kind: 'benign', variant: 'reword', previous: `Never share a donor's name with the recipient.`, next: `Withhold a donor's name from the recipient.` },
  { kind: 'roles', previous: `Never share a donor's name with the recipient.`, next: `Withhold a recipient's name from the donor.` },
  { kind: 'benign', variant: 'reword', previous: `Do not reveal the tasting notes to the judges.`, next: `Hide the tasting notes from the judges.` },
  { kind: 'negation', previous: `Do not reveal the tasting notes to the judges.`, next: `Keep the tasting notes for the judges.` },
  { kind: 'benign', variant: 'reword', previous: `Never disclose a patient's test results to their employer.`, next: `Keep a patient's test results from their employer.` },
  { kind: 'entity', previous: `Never disclose a patient's test results to their employer.`, next: `Keep a patient's test results from their family.` },
  { kind: 'benign', variant: 'reword', previous: `Do not tell the landlord the tenant's new address.`, next: `The tenant's new address stays confidential from the landlord.` },
  { kind: 'entity', previous: `Do not tell the landlord the tenant's new address.`, next: `The tenant's new address stays confidential from the neighbours.` },
  { kind: 'benign', variant: 'reword', previous: `Never share the seller's name with the buyer.`, next: `Keep the seller's name secret from the buyer.` },
  { kind: 'roles', previous: `Never share the seller's name with the buyer.`, next: `Keep the buyer's name secret from the seller.` },
  { kind: 'benign', variant: 'reword', previous: `Do not tell drivers the code or the location of the depot.`, next: `Keep the code and the location of the depot from drivers.` },
  { kind: 'conjunct', previous: `Do not tell drivers the code or the location of the depot.`, next: `Keep the code of the depot from drivers.` },
  { kind: 'benign', variant: 'reword', previous: `Never show candidates the shortlist before the panel has met.`, next: `Keep the shortlist from candidates until the panel has met.` },
  { kind: 'condition', previous: `Never show candidates the shortlist before the panel has met.`, next: `Keep the shortlist from candidates after the panel has met.` },
  // C. "X is off limits to Y", "X is (kept) closed to Y", "Y are to stay out of X", "do not let Y into X": Y may not enter X.
  // Twins: "open to", the other party, the case turned, the figure moved, the other place.
  { kind: 'benign', variant: 'reword', previous: `Spectators must not enter the pitch.`, next: `The pitch is off limits to spectators.` },
  { kind: 'negation', previous: `Spectators must not enter the pitch.`, next: `The pitch is open to spectators.` },
  { kind: 'benign', variant: 'reword', previous: `Children may not enter the workshop.`, next: `The workshop is closed to children.` },
  { kind: 'entity', previous: `Children may not enter the workshop.`, next: `The workshop is closed to adults.` },
  { kind: 'benign', variant: 'reword', previous: `Cyclists must not use the towpath after dark.`, next: `After dark, the towpath is off limits to cyclists.` },
  { kind: 'condition', previous: `Cyclists must not use the towpath after dark.`, next: `Before dark, the towpath is off limits to cyclists.` },
  { kind: 'benign', variant: 'reword', previous: `Delivery vans may not enter the yard before 7am.`, next: `The yard is closed to delivery vans before 7am.` },
  { kind: 'number', previous: `Delivery vans may not enter the yard before 7am.`, next: `The yard is closed to delivery vans before 5am.` },
  { kind: 'benign', variant: 'reword', previous: `Guests must not enter the kitchen.`, next: `Guests are to stay out of the kitchen.` },
  { kind: 'entity', previous: `Guests must not enter the kitchen.`, next: `Guests are to stay out of the garden.` },
  { kind: 'benign', variant: 'reword', previous: `Swimmers must not enter the deep end during lessons.`, next: `Swimmers must keep out of the deep end during lessons.` },
  { kind: 'condition', previous: `Swimmers must not enter the deep end during lessons.`, next: `Swimmers must keep out of the deep end after lessons.` },
  { kind: 'benign', variant: 'reword', previous: `Do not let dogs into the dining room.`, next: `Keep the dining room closed to dogs.` },
  { kind: 'entity', previous: `Do not let dogs into the dining room.`, next: `Keep the dining room closed to cats.` },
  { kind: 'benign', variant: 'reword', previous: `Do not let visitors into the cellar after 6pm.`, next: `The cellar is closed to visitors after 6pm.` },
  { kind: 'condition', previous: `Do not let visitors into the cellar after 6pm.`, next: `The cellar is closed to visitors before 6pm.` },
  // D. "skip X" / "omit X" / "leave out X": do not do the act to X. Twins: the case turned, the
  // relative clause turned, a case added, the thing replaced, an opposite state.
  { kind: 'benign', variant: 'reword', previous: `Do not knock on doors with a sign.`, next: `Skip doors with a sign.` },
  { kind: 'condition', previous: `Do not knock on doors with a sign.`, next: `Skip doors without a sign.` },
  { kind: 'benign', variant: 'reword', previous: `Do not call customers who have opted out.`, next: `Skip customers who have opted out.` },
  { kind: 'negation', previous: `Do not call customers who have opted out.`, next: `Skip customers who have not opted out.` },
  { kind: 'benign', variant: 'reword', previous: `Never include the staff discount in a quote.`, next: `Omit the staff discount from a quote.` },
  { kind: 'condition', previous: `Never include the staff discount in a quote.`, next: `Omit the staff discount from a quote when the customer asks.` },
  { kind: 'benign', variant: 'reword', previous: `Do not mark questions that the student crossed out.`, next: `Skip questions that the student crossed out.` },
  { kind: 'drift', previous: `Do not mark questions that the student crossed out.`, next: `Skip questions that the student answered.` },
  { kind: 'benign', variant: 'reword', previous: `Do not survey houses that are empty.`, next: `Skip houses that are empty.` },
  { kind: 'drift', previous: `Do not survey houses that are empty.`, next: `Skip houses that are occupied.` },
  { kind: 'benign', variant: 'reword', previous: `Never print the card number on a receipt.`, next: `Leave out the card number on a receipt.` },
  { kind: 'entity', previous: `Never print the card number on a receipt.`, next: `Leave out the order number on a receipt.` },
  // E. A thing said to go to a party, in place of someone giving or sending it ("Results go only
  // to people who signed"). Twins: the "only" dropped, the ban dropped, the other party.
  { kind: 'benign', variant: 'reword', previous: `Never hand keys to anyone who has not signed the register.`, next: `Keys go only to people who have signed the register.` },
  { kind: 'scope', previous: `Never hand keys to anyone who has not signed the register.`, next: `Keys go to people who have signed the register.` },
  { kind: 'benign', variant: 'reword', previous: `Never send invoices to a customer's personal email.`, next: `Invoices never go to a customer's personal email.` },
  { kind: 'negation', previous: `Never send invoices to a customer's personal email.`, next: `Invoices go to a customer's personal email.` },
  { kind: 'benign', variant: 'reword', previous: `Do not pass complaints to the sales team.`, next: `Complaints do not go to the sales team.` },
  { kind: 'entity', previous: `Do not pass complaints to the sales team.`, next: `Complaints do not go to the legal team.` },
  { kind: 'benign', variant: 'reword', previous: `Send each signed contract to the legal team.`, next: `Each signed contract goes to the legal team.` },
  { kind: 'entity', previous: `Send each signed contract to the legal team.`, next: `Each signed contract goes to the sales team.` },
  { kind: 'benign', variant: 'reword', previous: `Do not forward a tenant's complaint to the landlord without the tenant's consent.`, next: `A tenant's complaint does not go to the landlord without the tenant's consent.` },
  { kind: 'condition', previous: `Do not forward a tenant's complaint to the landlord without the tenant's consent.`, next: `A tenant's complaint does not go to the landlord with the tenant's consent.` },
];
