// `scope-widened` for a grant opened to every case and then some: "may borrow the road bikes for
// rides that start at the clubhouse" -> "for any ride, including rides abroad", "may use the glazes
// on pieces that will be fired here" -> "on any piece, including pieces to be fired elsewhere".
// Read by shape, not by words: in a sentence that grants (may, can, allowed, free to; no negation),
// a noun the old sentence named plainly is now taken whole ("any/all/every N"), an "including ..."
// names a case of it, and words of the old sentence that limited it are gone from the new one
// outside that "including" phrase. Where the limit stays ("any bay marked R, including the covered
// ones") nothing widened; in a duty or a prohibition "any N, including M" asks more (stricter). Pure.
import type { Reason } from '../schema/records.ts';
import { alignSentences } from './_align.ts';
import { negationsIn } from './_rule-words.ts';
import { contentStems, normaliseWord, quote, tokenizeWords } from './_text.ts';

/** A grant's own words; "may not"/"cannot" carry a negation and are left out below. */
const GRANT = / (?:may|can|could|allowed to|permitted to|free to|entitled to|welcome to) /;
/** "any ride, including rides abroad", "every session including weekends": the whole, then a named case. */
const WHOLE_INCLUDING = /\b(?:any|all|every)(?: of the)?((?: [a-z'-]+){1,3}?),? (?:including|even|incl\.?)\b([^,;.]*)/i;

export function findGrantsWidenedByIncluding(previous: string, next: string): Reason[] {
  const reasons: Reason[] = [];
  for (const group of alignSentences(previous, next).groups) {
    const before = group.previous.join(' ');
    const after = group.next.join(' ');
    if (!before || !after || !GRANT.test(` ${tokenizeWords(after).join(' ')} `) || negationsIn(after).length > 0) continue;
    const whole = WHOLE_INCLUDING.exec(after);
    if (!whole || WHOLE_INCLUDING.test(before)) continue;
    const noun = tokenizeWords(whole[1] ?? '').at(-1) ?? '';
    const oldWords = tokenizeWords(before);
    // The noun was named before, and not already taken whole ("any of the studio glazes" stays).
    const at = oldWords.findIndex((word) => normaliseWord(word) === normaliseWord(noun));
    if (at < 0 || /^(?:any|all|every|each)$/.test(oldWords[at - 1] ?? '') || /^(?:any|all|every|each)$/.test(oldWords[at - 2] ?? '')) continue;
    const outside = new Set(contentStems(after.replace(whole[0], ` ${whole[1] ?? ''} `)));
    const lost = contentStems(before).filter((stem) => !outside.has(stem));
    if (lost.length === 0) continue;
    reasons.push({ code: 'scope-widened', message: `scope widened: a grant now covers "${whole[0].trim()}" where it was limited (${lost.map((stem) => `"${stem}"`).join(', ')} gone) in ${quote(after)}` });
  }
  return reasons;
}
