// `modal-weakened` for one duty of a joined sentence softened while another keeps its "must" ("must
// check the gauge at opening, and must close hire above 1.2 m" -> "..., and is encouraged to close
// hire"): reason-modal weighs the sentence's strongest modal, which the first duty still holds.
// Read per duty: each verb phrase the old text put after a strong modal ("must", "shall", "has
// to", "is required to") is found again in the new text, and the few words before it there hold
// no strong modal but a soft one ("may", "can", "should", "is encouraged/invited/free to",
// "ideally"). Pure.
import type { Reason } from '../schema/records.ts';
import { quote, tokenizeWords } from './_text.ts';
import { findModalWeakened } from './reason-modal.ts';

const STRONG = /^(?:must|shall)$/;
const STRONG_PHRASE = /\b(?:must|shall|has to|have to|(?:is|are) required to|(?:is|are) obliged to)\s*$/;
const SOFT = /\b(?:may|can|could|might|should|encouraged|invited|welcome|free|recommended|advised|ideally|optionally|try to|aim to)\b/;
/** A verb phrase after a strong modal: its first words, to find it again. */
const PHRASE_WORDS = 3;

export function findJoinedModalsWeakened(previous: string, next: string): Reason[] {
  if (findModalWeakened(previous, next).length > 0) return [];
  const old = tokenizeWords(previous);
  const now = tokenizeWords(next);
  const nowText = ` ${now.join(' ')} `;
  const oldText = ` ${old.join(' ')} `;
  for (let at = 0; at < old.length; at++) {
    const before = old.slice(Math.max(0, at - 3), at).join(' ');
    if (!(STRONG.test(old[at - 1] ?? '') || STRONG_PHRASE.test(before)) || old[at] === 'not' || old[at] === 'never') continue;
    const phrase = old.slice(at, at + PHRASE_WORDS);
    if (phrase.length < PHRASE_WORDS) continue;
    const found = nowText.indexOf(` ${phrase.join(' ')} `);
    if (found < 0) continue;
    const lead = nowText.slice(0, found).trim().split(' ').slice(-4).join(' ');
    if (STRONG_PHRASE.test(lead) || /\b(?:must|shall|required|obliged|not|never)\b/.test(lead) || !SOFT.test(lead)) continue;
    // The soft duty found is one the old text held too ("Team leads may check the incident ticket
    // up to £50" a section away from "Team leads must check the incident ticket"): nothing softened.
    if (oldText.includes(` ${lead.split(' ').slice(-2).join(' ')} ${phrase.join(' ')} `)) continue;
    return [{ code: 'modal-weakened', message: `a duty of a joined sentence was softened: "${lead.split(' ').slice(-3).join(' ')} ${phrase.join(' ')}" was a "must" in ${quote(previous)}` }];
  }
  return [];
}
