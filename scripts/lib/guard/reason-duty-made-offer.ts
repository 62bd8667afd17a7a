// `modal-weakened`: a duty's act turned into an offer, its modal kept ("Staff must check the vehicle
// registration ..." -> "Staff must offer to check the vehicle registration ..."; round 37a, v48's
// obligation). The modal reading compares modals, and the "must" stayed; what it binds now is only
// the offer, which the person served may decline, so the act itself is no longer done. Read: the
// sentences an edit changed paired, the new one the old with "offer to" (volunteer, propose)
// inserted right before the act's verb and nothing else changed, the verb after a binding modal or
// opening the instruction. Pure.
import type { Reason } from '../schema/records.ts';
import { changedSentencePairs } from './_changed-stretch.ts';
import { quote, tokenizeWords } from './_text.ts';

/** Words that make the act an offer: "offer to check", "volunteer to check", "propose to check". */
const OFFERS = new Set(['offer', 'offers', 'volunteer', 'volunteers', 'propose', 'proposes']);
/** Binding words the act stood after: a modal of duty, "required to", "responsible for" said with "to". */
const BINDING = new Set(['must', 'shall', 'to', 'always']);

export function findDutiesMadeOffers(previous: string, next: string): Reason[] {
  for (const [old, now] of changedSentencePairs(previous, next)) {
    const was = tokenizeWords(old);
    const is = tokenizeWords(now);
    if (is.length !== was.length + 2) continue;
    const at = is.findIndex((word, i) => word !== was[i]);
    if (at < 0 || !OFFERS.has(is[at] ?? '') || is[at + 1] !== 'to') continue;
    // The rest word for word, the act's verb right after the offer.
    if (is.slice(at + 2).join(' ') !== was.slice(at).join(' ')) continue;
    if (at > 0 && !BINDING.has(was[at - 1] ?? '')) continue;
    return [{ code: 'modal-weakened', message: `modal weakened: "${was[at]}" made an offer ("${is[at]} to ${was[at]}") in ${quote(now)}` }];
  }
  return [];
}
