// `conjunct-dropped` for one right of a pair dropped: "Participants may withdraw at any time and
// have their data deleted" -> "may withdraw at any time", "Tenants may inspect and copy their
// file" -> "inspect their file", "entitled to 25 days of paid leave and 5 days of study leave" ->
// "25 days of paid leave". A grant to the people a service is for, or said as a right ("entitled
// to", "have the right to", "Tell users they can ..."), is theirs to keep: one item fewer takes
// something from them. A grant to whoever the codex instructs ("Agents may offer a refund or a
// voucher" -> "a voucher", "The assistant may summarise or translate") allows less, which is
// stricter, and stays quiet. Pure.
import type { Reason } from '../schema/records.ts';
import { wordsInserted } from './_condition-tail.ts';
import { isImperativeVerb, readModal } from './_rule-words.ts';
import { oneToOneGroups, type StatementDiffInput } from './_statement-groups.ts';
import { clauseBreaks, isContent, type Statement } from './_statements.ts';
import { normaliseWord, quote } from './_text.ts';

/** People a service is for: a grant to them is a right. */
export const BENEFICIARIES: ReadonlySet<string> = new Set([
  'customers', 'clients', 'users', 'patients', 'participants', 'tenants', 'residents', 'students', 'pupils', 'members', 'guests',
  'visitors', 'passengers', 'applicants', 'candidates', 'learners', 'families', 'parents', 'consumers', 'callers', 'subscribers',
  'borrowers', 'policyholders', 'claimants', 'complainants', 'voters', 'donors', 'attendees', 'travellers', 'shoppers', 'buyers',
  'citizens', 'individuals',
].map(normaliseWord));
/** A grant said as a right, whoever holds it. */
const RIGHT_WORDS = /\b(?:entitled to|(?:has|have|had) the right to|(?:is|are) free to|at any time|without giving (?:a|any) reason)\b/;
/** A right passed on: "Tell users they can ...", "Remind patients that they may ...". */
const TOLD_RIGHT = /\b(?:tell|inform|remind|explain to|let) (?:the |every |all |any )?[a-z]+ (?:know )?(?:that )?(?:they|he|she) (?:can|may|are entitled|have the right)\b/;

/** How a grant reads as a right: said as one, or granted to the people served (an action of theirs only), or not. */
export function rightKind(statement: Statement): 'said' | 'served' | null {
  const text = statement.words.join(' ');
  // "without giving a reason" frees the right; only a "not"/"never" makes the grant a prohibition.
  if (statement.mainNegations.some((word) => word !== 'without') || /\bonly\b/.test(text)) return null;
  if (TOLD_RIGHT.test(text) || RIGHT_WORDS.test(text)) return 'said';
  if (readModal(statement.text)?.strength !== 1) return null;
  // The holder: the subject before the modal.
  const modal = statement.words.findIndex((word) => /^(?:may|can|could)$/.test(word));
  return modal > 0 && statement.words.slice(0, modal).some((word) => BENEFICIARIES.has(normaliseWord(word))) ? 'served' : null;
}

/** Words after a dropped item's first word that make it a verb with its object ("copy their file", "delete the data"). */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'its', 'your', 'our', 'them', 'it', 'any', 'every', 'all']);

/** The dropped item opens with a verb: another thing the holder may do, not one more thing granted ("food and drink"). */
export function dropsAnAction(cut: readonly string[], previous: Statement): boolean {
  // "ask us to remove an episode and to delete their recording": an infinitive's "to" opens the verb.
  const first = cut.findIndex((word) => !COORDINATORS.has(word) && word !== 'to');
  const word = cut[first] ?? '';
  if (word === 'have' || word === 'get' || isImperativeVerb(word)) return true;
  // "inspect and copy their file": the verb's object follows the kept verb and the cut one alike.
  const at = previous.words.indexOf(word);
  return at >= 0 && OBJECT_OPENERS.has(previous.words[at + 1] ?? '') && !OBJECT_OPENERS.has(previous.words[at - 1] ?? '');
}

export const COORDINATORS = new Set(['and', 'or']);
/** Words that open another clause's verb between the right's modal and the item: another rule. */
const OTHER_CLAUSE = /^(?:must|should|shall|will|may|can|is|are|do|does)$/;

/** The item cut from the right, or null: a stretch after the modal, in its clause, joined by and/or. */
export function rightCut(previous: Statement, next: Statement): string[] | null {
  const modal = previous.words.findIndex((word) => /^(?:may|can|could|entitled|right|free)$/.test(word));
  if (modal < 0) return null;
  const kept = new Set(next.stems);
  const lostWords = (words: readonly string[]) => words.filter((word) => isContent(word) && !kept.has(normaliseWord(word)));
  // The new sentence is the old one with one stretch cut out ("inspect and copy" -> "inspect").
  const cut = wordsInserted(next.words, previous.words);
  if (cut && cut.at > modal) {
    // An item of the right itself, in its clause: a holder dropped ("Parents and carers may
    // attend") grants fewer people, and a duty joined by ", and agents ..." is conjunct-dropped's.
    const breaks = clauseBreaks(previous.text);
    const joined = COORDINATORS.has(cut.words[0] ?? '') || COORDINATORS.has(cut.words.at(-1) ?? '');
    if (joined && ![...breaks].some((at) => at > modal && at <= cut.at) && lostWords(cut.words).length > 0) return cut.words;
    return null;
  }
  // A serial list lost an item and its "and" moved ("inspect, copy and correct" -> "inspect and copy").
  const strip = (words: readonly string[]) => words.filter((word) => !COORDINATORS.has(word));
  const stripped = wordsInserted(strip(next.words), strip(previous.words));
  if (!stripped) return alternativesCut(previous.words, next.words, modal, lostWords);
  if (!previous.words.some((word, i) => i > modal && COORDINATORS.has(word))) return null;
  const modalStripped = strip(previous.words.slice(0, modal)).length;
  if (stripped.at <= modalStripped || strip(previous.words).slice(modalStripped + 1, stripped.at).some((word) => OTHER_CLAUSE.test(word))) return null;
  return lostWords(stripped.words).length > 0 ? stripped.words : null;
}

/**
 * A list of alternatives cut to fewer at once, the rest kept word for word ("withdraw by phone,
 * online or by post" -> "withdraw online"): every removed word after the grant, an "or" among
 * them, all within one list of at most 12 words.
 */
function alternativesCut(previous: readonly string[], next: readonly string[], modal: number, lostWords: (words: readonly string[]) => string[]): string[] | null {
  const removed: number[] = [];
  let j = 0;
  for (let i = 0; i < previous.length; i++) {
    if (j < next.length && previous[i] === next[j]) j++;
    else removed.push(i);
  }
  if (j < next.length || removed.length === 0) return null;
  const first = removed[0] ?? 0;
  const last = removed.at(-1) ?? 0;
  const words = removed.map((i) => previous[i] ?? '');
  if (first <= modal || last - first >= 12 || !words.includes('or') || previous.slice(first, last + 1).some((word) => OTHER_CLAUSE.test(word))) return null;
  return lostWords(words).length > 0 ? words : null;
}

export function findRightsDropped(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const { group, previous, next } of oneToOneGroups(input.groups)) {
    const kind = rightKind(previous);
    if (!kind || !rightKind(next)) continue;
    const cut = rightCut(previous, next);
    // Granted to the people served, only an action dropped takes a right away: "Visitors may bring
    // food and drink" -> "food" grants less (stricter), "Tenants may inspect and copy their file"
    // -> "inspect" takes the copy away.
    if (cut && (kind === 'said' || dropsAnAction(cut, previous))) reasons.push({ code: 'conjunct-dropped', message: `conjunct dropped: the right "${cut.filter((word) => !COORDINATORS.has(word)).join(' ')}" is gone from ${quote(group.nextText)}` });
  }
  return reasons;
}
