// `reference-removed` for a code swapped in place: "according to table 4B of the standard" ->
// "table 4A", "tested to method 3B" -> "method 3C", "use form SA-7" -> "form SA-2". The number
// readings leave references alone and reason-reference knows only the parts of a document it
// names (appendix, section, form ...); here the shape decides, whatever the noun before it: the
// only word of the sentence that changed is a code (letters and digits mixed, "4B", "A4", "3-C")
// in both versions, every other word in its place. "Table 4B" -> "table 4B" changes nothing. A
// capital letter standing alone after a word is such a code ("the step-free route on map B" ->
// "map C", round 26b); the article "A" opening a sentence is none. Pure.
import type { Reason } from '../schema/records.ts';
import { oneToOneSentences } from './_align.ts';
import { quote } from './_text.ts';
import { findReferences } from './reason-reference.ts';

/** A code: letters and digits mixed in one token, maybe joined by a dash, dot or slash. */
const CODE = /^(?=[A-Za-z0-9.\/-]*\d)(?=[A-Za-z0-9.\/-]*[A-Za-z])[A-Za-z0-9]+(?:[.\/-][A-Za-z0-9]+)*$/;

/** A figure and a word of three letters or more joined by a dash: an amount with its unit ("1-hour", "60-minute", "3-metre"). */
const AMOUNT_WORD = /^\d+(?:\.\d+)?-[A-Za-z]{3,}$/;

/** A one-letter label, written as a capital: "map B", "zone C" (round 26b). */
const LABEL = /^[A-Z]$/;
/** Words that name a scale its letters grade. */
const SCALES = new Set(['grade', 'class', 'type', 'level', 'category', 'band', 'tier', 'rating']);

function tokens(sentence: string): string[] {
  return sentence.split(/\s+/).map((token) => token.replace(/^[("'“‘]+|[)"'”’.,;:!?]+$/g, '')).filter(Boolean);
}

export function findReferenceCodesChanged(previous: string, next: string): Reason[] {
  const reasons: Reason[] = [];
  for (const [oldSentence, newSentence] of oneToOneSentences(previous, next)) {
    const before = tokens(oldSentence);
    const after = tokens(newSentence);
    if (before.length !== after.length) continue;
    const changed = before.flatMap((token, i) => (token.toLowerCase() === (after[i] ?? '').toLowerCase() ? [] : [i]));
    if (changed.length !== 1) continue;
    const [at] = changed as [number];
    const gone = before[at] ?? '';
    const came = after[at] ?? '';
    // "4 hours" -> "4h" and "3rd" -> "5th" are amounts the number readings compare.
    // A capital letter standing alone after a word is a label too ("map B" -> "map C", "Platform A"), not the article "A" opening a sentence.
    // A letter after a word naming a scale ("class C", "grade E") is a level: the level readings compare it.
    const labels = at > 0 && LABEL.test(gone) && LABEL.test(came) && !SCALES.has((before[at - 1] ?? '').toLowerCase());
    if (!labels && (!CODE.test(gone) || !CODE.test(came) || /^\d+(?:st|nd|rd|th|h|m|s|am|pm|kg|km|mm|cm|ml|gb|mb|kb)$/i.test(gone))) continue;
    // "1-hour blocks" -> "60-minute blocks": a figure joined to its unit word is an amount, the number readings' (round 34c).
    if (AMOUNT_WORD.test(gone) && AMOUNT_WORD.test(came)) continue;
    // "Form HS2" -> "Form HS3": a part of a document reason-reference names is its finding.
    if (findReferences(oldSentence).some((reference) => reference.text.includes(gone))) continue;
    reasons.push({ code: 'reference-removed', message: `reference changed: "${gone}" -> "${came}" in ${quote(newSentence)}` });
  }
  return reasons;
}
