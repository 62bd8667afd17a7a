// `exception-added` for a cost a kept rule lays on the people it is about, taken over by another
// party in a new sentence: "Guests who miss the ship are responsible for reaching the next port at
// their own cost." + "If they booked the tour through us, the cruise line pays their onward flight
// and hotel." No word of the old rule recurs, so reason-added-rule sees nothing to contradict; the
// reading is of who pays. The kept rule says the cost is theirs ("at their own cost/expense",
// "responsible for paying", "pay for it themselves"); the new sentence has another party pay,
// cover, reimburse or refund, or makes it "free of charge" / "at no cost", with no negation before
// it ("the club never pays" stresses the rule), about the same things or in a case of its own. Pure.
import type { Reason } from '../schema/records.ts';
import type { StatementDiffInput } from './_statement-groups.ts';
import { quote } from './_text.ts';

const COST_ON_THEM = /\bat (?:their|your|his|her) own (?:cost|expense|risk and cost)\b|\b(?:are|is) responsible for (?:paying|the cost|any cost|all cost)|\bpays? for (?:it|this|that|them|the [a-z]+) (?:themselves|yourself|himself|herself)\b|\bat the (?:[a-z]+['’]s|[a-z]+s['’]) (?:own )?(?:cost|expense)\b/i;
const OTHER_PAYS = /\b(?:we|us|the [a-z]+(?: [a-z]+)?|our [a-z]+(?: [a-z]+)?) (?:will )?(?:pays?|covers?|reimburses?|refunds?|meets? the cost|bears? the cost|picks? up the (?:bill|cost|tab))\b|\bfree of charge\b|\bat no (?:extra )?(?:cost|charge)\b|\b(?:is|are) (?:paid for|covered|reimbursed|refunded) by (?:us|the [a-z]+|our [a-z]+)\b/i;
const CASE_OPENER = /^\s*(?:if|when|whenever|where|for|unless|once|in case)\b/i;
const NEGATED = /\b(?:not|never|no|nobody|none)\b[^,.;]*$/i;

export function findCostsShifted(input: StatementDiffInput): Reason[] {
  const kept = input.groups.filter((group) => COST_ON_THEM.test(group.previousText) && COST_ON_THEM.test(group.nextText));
  if (kept.length === 0) return [];
  for (const added of input.added) {
    const paid = OTHER_PAYS.exec(added.text);
    if (!paid || NEGATED.test(added.text.slice(0, paid.index + paid[0].length)) || COST_ON_THEM.test(added.text)) continue;
    const [rule] = kept;
    // The same cost in a case of its own ("If they booked the tour through us, ...") or of the same
    // things ("Fobs lost on the premises"): "The charity pays for lunch" is another cost.
    const ruleStems = new Set(kept.flatMap((group) => group.previous.flatMap((statement) => statement.stems)));
    if (!CASE_OPENER.test(added.text) && !added.stems.some((stem) => ruleStems.has(stem))) continue;
    return [{ code: 'exception-added', message: `exception added: ${quote(added.text, 70)} has "${paid[0]}" where ${quote(rule?.previousText ?? '', 70)} lays the cost on them` }];
  }
  return [];
}
