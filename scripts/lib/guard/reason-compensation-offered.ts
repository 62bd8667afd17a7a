// `contradiction` for compensation offered in other words beside a kept rule that forbids it: "Do
// not quote compensation amounts" + a new "Offer a 20% voucher for delays", "Never promise a goodwill
// payment" + "Give the guest a free night's stay". A voucher, a refund, a credit or a discount is
// compensation, but shares no word with it, so the contradiction reading (the forbidden verb or
// object said again) does not see it. Read from words: a kept sentence with a negation names
// compensation in general (compensation, goodwill, payout, recompense, reimbursement); a sentence
// the old text did not have offers, gives, issues or promises a form of it. Pure.
import type { Reason } from '../schema/records.ts';
import { negationsIn } from './_rule-words.ts';
import { quote, splitSentences, tokenizeWords } from './_text.ts';

const GENERAL = /\b(?:compensation|compensate|goodwill|payouts?|recompense|reimburse(?:ment)?s?)\b/;
const OFFERED = /\b(?:offer|offers|give|gives|issue|issues|grant|grants|promise|promises|provide|provides|apply|applies|send|sends|add|adds|credit|credits|refund|refunds|pay|pays)\b(?:\s+[a-z'%£$€0-9-]+){0,4}?\s+(?:vouchers?|credits?|refunds?|discounts?|gift cards?|cash|payments?|money|compensation|goodwill|free (?:month|months|night|nights|meal|meals|upgrade|delivery|shipping|service|stay|drink|drinks|ticket|tickets)|% off|(?:per ?cent|percent) off|rebates?)\b(?!\s+(?:form|forms|policy|policies|process|procedure|claim|claims|request|requests|team|scheme|rules|details|guidance|page|link|amounts?|code of practice))/;

export function findCompensationOffered(previous: string, next: string): Reason[] {
  const oldSentences = splitSentences(previous);
  const forbidding = oldSentences.find((sentence) => negationsIn(sentence).length > 0 && GENERAL.test(tokenizeWords(sentence).join(' ')));
  if (!forbidding) return [];
  const nextSentences = splitSentences(next);
  // The prohibition must still stand: a rule rewritten is the other detectors' to read.
  if (!nextSentences.includes(forbidding)) return [];
  const old = new Set(oldSentences);
  for (const sentence of nextSentences) {
    if (old.has(sentence) || negationsIn(sentence).length > 0) continue;
    const offer = OFFERED.exec(tokenizeWords(sentence).join(' '));
    if (offer) return [{ code: 'contradiction', message: `contradiction: ${quote(sentence, 70)} offers "${offer[0]}", which ${quote(forbidding, 70)} forbids` }];
  }
  return [];
}
