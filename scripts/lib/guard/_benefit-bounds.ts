// A figure in a right the people a rule serves hold: a benefit they get or a remedy they may use
// ("Buyers may return a book within 14 days", "A caller can stay in emergency refuge accommodation
// for up to 16 weeks", "Each picker gets a 30-minute paid break for every 6 hours worked", "Refunds
// are allowed within 14 days of the charge", "Patients over 60 are exempt from the charge"), or a
// reservation held for them ("Hold a reserved gown for 48 hours": held longer, a sale waits). The
// number reading reads a grant's bound as a cap (a grant narrowed is stricter: "Staff may accept
// gifts up to $50" -> "$20"), which holds for what a rule lets its own people do; a right held by
// the people served is the other side's: narrowed, the holder loses part of it, widened, the one who
// grants it gives more. Either way it is another rule, so its direction is not read (round 37d: the
// read sets' benefit windows and breaks cut, read as tightenings). Only a right received is read:
// a party that hands the benefit out ("Agents may approve refunds up to $250", "can offer a discount
// of up to 15%", "can waive a fee of up to $25") keeps the cap reading. Pure.

/** Things a holder gets that cost the one granting them. */
const BENEFIT = String.raw`(?:refunds?|free|discount|credit|compensation|allowance|accommodation|paid (?:break|leave|time off)|break|breaks|leave|rebate|reimbursement|voucher|concession|reduced|reduction|grace period|warranty)`;
/** A right received: get, receive, be entitled to, or "may/can" with an act of having or using. */
const RECEIVED = new RegExp(String.raw`\b(?:gets?|getting|receives?|(?:is|are) (?:entitled|eligible) (?:to|for)|qualif(?:y|ies) for|(?:may|can|could) (?:still |also |then )?(?:get|have|receive|claim|take|stay|use|enjoy|keep))\b.*\b${BENEFIT}\b`, 'i');
/** A remedy the holder may use on what they bought or booked: "may return a book", "can cancel free of charge". */
const REMEDY = /\b(?:may|can|could|are allowed to|is allowed to|are free to|have the right to|has the right to)\s+(?:still\s+|also\s+)?(?:return|exchange|swap) (?:a|an|the|their|his|her|any|unwanted|faulty|unused)\b|\b(?:may|can|could|are allowed to|is allowed to|are free to|have the right to|has the right to)\s+(?:still\s+|also\s+)?(?:cancel|rebook|claim)\b/i;
/** A remedy said in the passive: "Refunds are allowed within 14 days", "Returns are accepted up to 30 days". */
const PASSIVE_REMEDY = /\b(?:refunds?|returns?|exchanges?|cancellations?|compensation)\b(?:\s+[a-z-]+){0,4}?\s+(?:is|are)\s+(?:allowed|accepted|given|offered|available|free|possible|paid)\b/i;
/** A reservation held for the holder: "Hold a reserved gown for 48 hours", "Tables are held for 20 minutes after the booking time". */
const RESERVATION_HELD = /\b(?:hold|holds|held|keep|keeps|kept)\b.*\b(?:reserved|reservation|reservations|booking|booked)\b|\b(?:reserved|booked)\b.*\b(?:is|are) (?:held|kept)\b/i;
/** An exemption the holder has: "are exempt from". */
const EXEMPT = /\b(?:is|are|remain|remains)\s+exempt\b/i;
/** A duty or a ban in the sentence: the figure then binds whoever it binds, read as before. */
const BINDING = /\b(?:must|shall|should|never|not|no|cannot|required|have to|has to)\b|n't\b/i;

/** Whether `sentence` (lower case) grants the people it serves a right received, with no duty or ban of its own. */
export function grantsARightReceived(sentence: string): boolean {
  if (BINDING.test(sentence)) return false;
  return RECEIVED.test(sentence) || REMEDY.test(sentence) || PASSIVE_REMEDY.test(sentence) || RESERVATION_HELD.test(sentence) || EXEMPT.test(sentence);
}
