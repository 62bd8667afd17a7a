// `reference-removed` for a code swapped in place: "according to table 4B of the standard" ->
// "table 4A", "tested to method 3B" -> "method 3C", "use form SA-7" -> "form SA-2". The number
// readings leave references alone and reason-reference knows only the parts of a document it
// names (appendix, section, form ...); here the shape decides, whatever the noun before it: the
// only word of the sentence that changed is a code (letters and digits mixed, "4B", "A4", "3-C")
// in both versions, every other word in its place. "Table 4B" -> "table 4B" changes nothing. Pure.
import type { Reason } from '../schema/records.ts';
import { alignSentences } from './_align.ts';
import { quote } from './_text.ts';

/** A code: letters and digits mixed in one token, maybe joined by a dash, dot or slash. */
const CODE = /^(?=[A-Za-z0-9.\/-]*\d)(?=[A-Za-z0-9.\/-]*[A-Za-z])[A-Za-z0-9]+(?:[.\/-][A-Za-z0-9]+)*$/;

function tokens(sentence: string): string[] {
  return sentence.split(/\s+/).map((token) => token.replace(/^[("'“‘]+|[)"'”’.,;:!?]+$/g, '')).filter(Boolean);
}

export function findReferenceCodesChanged(previous: string, next: string): Reason[] {
  const reasons: Reason[] = [];
  for (const group of alignSentences(previous, next).groups) {
    if (group.previous.length !== 1 || group.next.length !== 1) continue;
    const before = tokens(group.previous[0] ?? '');
    const after = tokens(group.next[0] ?? '');
    if (before.length !== after.length) continue;
    const changed = before.flatMap((token, i) => (token.toLowerCase() === (after[i] ?? '').toLowerCase() ? [] : [i]));
    if (changed.length !== 1) continue;
    const [at] = changed as [number];
    const gone = before[at] ?? '';
    const came = after[at] ?? '';
    // "4 hours" -> "4h" and "3rd" -> "5th" are amounts the number readings compare.
    if (!CODE.test(gone) || !CODE.test(came) || /^\d+(?:st|nd|rd|th|h|m|s|am|pm|kg|km|mm|cm|ml|gb|mb|kb)$/i.test(gone)) continue;
    reasons.push({ code: 'reference-removed', message: `reference changed: "${gone}" -> "${came}" in ${quote(group.next[0] ?? '')}` });
  }
  return reasons;
}
