// `entity-removed`: a short code in capitals that names a thing (a licence category, a role, a gas,
// a lamp: "a full D licence", "the patient's GP", "the H2S monitor", "the UV lamp") replaced in
// place by a common word that is not what it stands for ("a full car licence", "the patient's
// pharmacist", "the methane monitor", "the heat lamp"). reason-entity.ts reads names of two
// capitals or more as entities and finds them again by their initials; a single capital before a
// noun is no name there, so "D licence" -> "car licence" went unread (round 46a, v67's entity
// miss). An abbreviation spelled out keeps its first letter ("O2" -> "oxygen", "UV" -> "ultraviolet",
// "IM" -> "intramuscular", "ID" -> "identification"): in the read sets 7 regressions replace a code
// so, no benign edit. Read: one word of a sentence changed, everything else word for word; the old
// word one to three capitals or digits opening with a capital (not "A" or "I", not a unit after a
// figure), a word before it and after it; the new one a lower-case word of three letters or more
// that does not open with the code's first letter. Pure.
import type { Reason } from '../schema/records.ts';
import { changedSentencePairs } from './_changed-stretch.ts';
import { quote } from './_text.ts';

const CODE = /^[A-Z][A-Z0-9]{0,2}$/;
const WORD = /^[a-z]{3,}$/;
/** Units and clock words written in capitals: not names. */
const NOT_CODES = new Set(['A', 'I', 'C', 'F', 'K', 'L', 'W', 'V', 'KB', 'MB', 'GB', 'TB', 'AM', 'PM', 'OK', 'KG', 'KM', 'MM', 'CM', 'ML']);

const bare = (token: string): string => token.replace(/^[("'“‘[]+|[.,;:!?'")”’\]]+$/g, '');

export function findCodesReplaced(previous: string, next: string): Reason[] {
  const reasons: Reason[] = [];
  for (const [old, now] of changedSentencePairs(previous, next)) {
    const a = old.trim().split(/\s+/);
    const b = now.trim().split(/\s+/);
    if (a.length !== b.length) continue;
    const changed = a.flatMap((token, i) => (token === b[i] ? [] : [i]));
    const [at] = changed;
    if (changed.length !== 1 || at === undefined || at === 0 || at === a.length - 1) continue;
    const code = bare(a[at]!);
    const word = bare(b[at]!);
    // Only the word itself changed: its punctuation kept.
    if (a[at]!.replace(code, '') !== b[at]!.replace(word, '')) continue;
    if (!CODE.test(code) || NOT_CODES.has(code) || /^\d/.test(a[at - 1] ?? '') || !WORD.test(word) || word[0] === code[0]!.toLowerCase()) continue;
    reasons.push({ code: 'entity-removed', message: `entity removed: "${code}" replaced by "${word}", which is not what it stands for, in ${quote(now)}` });
  }
  return reasons;
}
