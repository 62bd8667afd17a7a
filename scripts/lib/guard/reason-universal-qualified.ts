// `scope-narrowed` for a rule said of every thing of a kind whose subject gained a word that picks
// out some of them inside its phrase, the rest kept word for word: "Every stall selling meat must
// have a temperature probe" -> "Every stall selling raw meat must ...", "Every complaint about a car
// dealer is logged" -> "... about a franchised car dealer is logged", "All reported potholes are
// inspected" -> "All potholes reported online are inspected" (round 36a, v46/v47's scope misses).
// reason-narrowed-subject.ts and reason-universal-narrowed.ts read words added right after the
// subject's noun or a kept subject opening the new one; a modifier put before a noun deeper in the
// phrase, or after a participle moved behind its noun, fell between them. Read as a rule of
// English, not a list: the sentence opens with "all", "every" or "each" both sides, the subject
// runs to its modal or verb of being, everything from there on is kept word for word, every word
// of the old subject is in the new one (in any order), and what the new one adds is one to three
// words, a content word among them the old sentence did not have. Left alone: a grant (its
// subject narrowed grants fewer people: stricter), words set off by a comma or brackets (an
// aside), an added "and"/"or" item (more things covered: stricter), words that widen or stress
// ("every single", "of any kind", "including"), "of" (a noun said as "members of staff"), and
// amounts (the amount readings'). Pure.
import type { Reason } from '../schema/records.ts';
import { changedSentencePairs } from './_changed-stretch.ts';
import { normaliseWord, quote, STOP_WORDS, tokenizeWords } from './_text.ts';

const UNIVERSALS = new Set(['all', 'every', 'each']);
/** Words that end a subject: its modal or verb of being. */
const SUBJECT_ENDS = new Set(['must', 'shall', 'should', 'will', 'need', 'needs', 'has', 'have', 'is', 'are', 'do', 'does']);
/** A grant's subject narrowed grants fewer people: stricter. */
const GRANTS = new Set(['may', 'can', 'could', 'might', 'allowed', 'permitted', 'entitled', 'welcome', 'free']);
/** Words that make what was added widen, stress, add an item or restate the noun, not pick out. */
const NOT_PICKING = new Set(['and', 'or', 'nor', 'including', 'also', 'even', 'any', 'every', 'all', 'each', 'whatever', 'whichever', 'whether', 'regardless', 'single', 'one', 'whatsoever', 'kind', 'kinds', 'sort', 'sorts', 'type', 'types', 'other', 'of', 'alike', 'both', 'too', 'else', 'such']);
const MAX_ADDED = 3;

const isContent = (word: string): boolean => /^[a-z]{3,}$/.test(word) && !STOP_WORDS.has(word);

/** A word as the subjects are compared: "an" is "a" ("an eye injury" -> "a penetrating eye injury"). */
const compared = (word: string): string => (word === 'an' ? 'a' : normaliseWord(word));

/** The words `more` holds beyond every word of `fewer` (each word of `fewer` taken once), or null when one is missing. */
function beyond(fewer: readonly string[], more: readonly string[]): string[] | null {
  const left = [...more];
  for (const word of fewer) {
    const at = left.findIndex((other) => compared(other) === compared(word));
    if (at < 0) return null;
    left.splice(at, 1);
  }
  return left;
}

/** The words added inside a universal subject of a kept rule, or null. */
export function universalQualified(previous: string, next: string): { subject: string; added: string[] } | null {
  const a = tokenizeWords(previous);
  const b = tokenizeWords(next);
  if (!UNIVERSALS.has(a[0] ?? '') || a[0] !== b[0] || [...a, ...b].some((word) => GRANTS.has(word))) return null;
  const endA = a.findIndex((word) => SUBJECT_ENDS.has(word));
  const endB = b.findIndex((word) => SUBJECT_ENDS.has(word));
  if (endA < 2 || endB <= endA) return null;
  // The rule after the subject kept word for word, two content words at least: the same duty.
  const rest = a.slice(endA);
  if (rest.join(' ') !== b.slice(endB).join(' ') || rest.filter(isContent).length < 2) return null;
  const added = beyond(a.slice(1, endA), b.slice(1, endB));
  if (!added || added.length === 0 || added.length > MAX_ADDED || added.some((word) => NOT_PICKING.has(word) || /\d/.test(word))) return null;
  const oldStems = new Set(a.map(normaliseWord));
  if (!added.some((word) => isContent(word) && !oldStems.has(normaliseWord(word)))) return null;
  // An aside set off by a comma or brackets in the new subject ("All stalls, selling meat or not,") is no restriction.
  const subjectWritten = next.split(new RegExp(`\\b${b[endB]}\\b`, 'i'))[0] ?? '';
  if (/[,(]/.test(subjectWritten.replace(/(\d),(?=\d{3})/g, '$1')) && !/[,(]/.test(previous.split(new RegExp(`\\b${a[endA]}\\b`, 'i'))[0] ?? '')) return null;
  return { subject: b.slice(0, endB).join(' '), added };
}

export function findUniversalsQualified(previous: string, next: string): Reason[] {
  const reasons: Reason[] = [];
  for (const [old, now] of changedSentencePairs(previous, next)) {
    const read = universalQualified(old, now);
    if (read) reasons.push({ code: 'scope-narrowed', message: `scope narrowed: "${read.added.join(' ')}" added inside "${read.subject}", the rule now covers only those, in ${quote(now)}` });
  }
  return reasons;
}
