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

/** Words that end a ban's subject after its "No": its modal ("No player may train"). */
const BAN_SUBJECT_ENDS = new Set([...SUBJECT_ENDS, 'may', 'can', 'could']);
/** A verb of being or having said for one thing and for many: "Every hedgehog is checked" = "Hedgehogs are checked". */
const AGREES: Readonly<Record<string, string>> = { is: 'are', has: 'have', needs: 'need', does: 'do', was: 'were' };
const agreed = (word: string): string => AGREES[word] ?? word;

/**
 * How the new sentence opens on the old one's universal: the same universal, or (round 46a) a
 * bare plural of the old one's first noun ("Every donor contacted about a match is offered" ->
 * "Donors contacted about a first match are offered", "All events above magnitude 3.0" -> "Events
 * above magnitude 3.0 near towns"), which says every one again when nothing after it picks out.
 */
function opening(a: readonly string[], b: readonly string[]): 'same' | 'plural' | null {
  if (!UNIVERSALS.has(a[0] ?? '') && a[0] !== 'no') return null;
  if (a[0] === b[0]) return 'same';
  if (a[0] === 'no' || !a[1] || !b[0] || UNIVERSALS.has(b[0]) || b[0] === 'no' || b[0] === 'the') return null;
  return compared(a[1]) === compared(b[0]) && b[0] !== a[1] ? 'plural' : a[0] === 'all' && b[0] === a[1] ? 'plural' : null;
}

/** The words added inside a universal subject of a kept rule, or null. */
export function universalQualified(previous: string, next: string): { subject: string; added: string[] } | null {
  const a = tokenizeWords(previous);
  const b = tokenizeWords(next);
  const opened = opening(a, b);
  if (!opened) return null;
  // A ban's "No X may ..." (round 46a: "No player may train" -> "No senior player may train"): its modal grants nothing.
  const ban = a[0] === 'no';
  if (!ban && [...a, ...b].some((word) => GRANTS.has(word))) return null;
  const ends = ban ? BAN_SUBJECT_ENDS : SUBJECT_ENDS;
  const endA = a.findIndex((word) => ends.has(word));
  const endB = b.findIndex((word) => ends.has(word));
  if (endA < 2 || endB <= (opened === 'plural' ? endA - 2 : endA)) return null;
  // The rule after the subject kept word for word, two content words at least: the same duty (its verb agreeing with a plural).
  const rest = a.slice(endA);
  const restB = b.slice(endB);
  const restSaid = opened === 'plural' ? [agreed(rest[0] ?? ''), ...rest.slice(1)].join(' ') === restB.join(' ') : rest.join(' ') === restB.join(' ');
  if (!restSaid || rest.filter(isContent).length < 2) return null;
  const added = beyond(a.slice(1, endA), b.slice(opened === 'plural' ? 0 : 1, endB));
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
