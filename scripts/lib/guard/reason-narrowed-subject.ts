// `scope-narrowed` for a duty whose subject gained words that pick out only some of
// it: "Guests must be signed in" -> "Guests staying longer than an hour must be signed in",
// "Contractors must sign the log" -> "Contractors working at height must ...", "Children must be
// collected" -> "Children under eight must ...". The old subject opens the new one, the words
// after it are the sentence's own (none set off by commas: "Drivers, including agency drivers,"
// widens, "Guests, however short their stay," stresses), and everything after the subject stays.
// In a grant the same edit grants fewer people (stricter); a prohibition's narrowed subject is
// reason-narrowed-object's. Pure.
import type { Reason } from '../schema/records.ts';
import { ruleKind } from './_rule-kind.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { isContent, stemSet, type Statement } from './_statements.ts';
import { normaliseWord, quote } from './_text.ts';

/** Words that end a subject: its modal or verb of being. */
const SUBJECT_ENDS = new Set(['must', 'shall', 'should', 'may', 'might', 'can', 'cannot', 'could', 'will', 'would', 'need', 'needs', 'has', 'have', 'is', 'are', 'do', 'does']);
/** Openers of an added phrase that widens or stresses rather than picks out. */
// "by an adult" completes a participle the old subject ended with ("minors who are not accompanied");
// "and doctors", "or their deputies" add people (wider, stricter).
const NOT_PICKING = new Set(['including', 'such', 'whatever', 'however', 'whoever', 'alike', 'too', 'also', 'themselves', 'both', 'all', 'each', 'every', 'by', 'and', 'or', 'as']);
/** Words that make an added phrase cover every case ("at every site", "of any grade"). */
const EVERY = new Set(['every', 'all', 'any', 'each', 'whatever', 'whichever', 'regardless']);
/** Words that stress the modal after them ("Patrollers absolutely must"). */
const STRESS = new Set(['really', 'still', 'always', 'certainly', 'definitely', 'absolutely', 'indeed', 'themselves', 'too']);
const CONDITION_OPENERS = new Set(['if', 'when', 'whenever', 'once', 'unless', 'before', 'after', 'while', 'where']);

function subjectLength(words: readonly string[]): number {
  const end = words.findIndex((word) => SUBJECT_ENDS.has(word));
  return end;
}

/** Participles and relative words that open a phrase picking out some of a subject ("using", "fitted", "who hold"). */
const PICKING_OPENER = /^(?:who|that|whose|[a-z]{2,}ing|[a-z]{3,}ed|bought|built|made|sold|sent|kept|held|taken|given|written|paid|hired|lent|driven|ridden|worn|chosen)$/;
/** Determiners an object opens with inside such a phrase ("using a machine", "holding their own keys"). */
const DETERMINER = /^(?:a|an|the|their|his|her|its|our|your|some)$/;

/**
 * The words inserted inside a subject, its first word and its last kept on either side: "Everyone
 * in the workshop" -> "Everyone using a machine in the workshop" (round 34b: v43). Only a phrase
 * that opens with a participle or a relative word and holds an object of its own, a determiner and
 * a word after it, is read: "Everyone working in the workshop" or "Staff who are in the kitchen"
 * say where they are again, and pick out nobody.
 */
function insertedInside(old: readonly string[], now: readonly string[]): string[] | null {
  const extra = now.length - old.length;
  if (extra < 2) return null;
  let at = 0;
  while (at < old.length && old[at] === now[at]) at++;
  if (at < 1 || old.slice(at).some((word, i) => now[at + extra + i] !== word)) return null;
  const inserted = now.slice(at, at + extra);
  const object = inserted.findIndex((word, i) => i > 0 && DETERMINER.test(word));
  return PICKING_OPENER.test(inserted[0] ?? '') && object > 0 && object < inserted.length - 1 ? inserted : null;
}

/** The words the subject gained, or null. */
function narrowedSubject(previous: Statement, next: Statement): string[] | null {
  // A prohibition's subject narrowed is reason-narrowed-object's ("Pupils in year 7 must not ...").
  if (ruleKind(previous) !== 'duty' || ruleKind(next) !== 'duty') return null;
  const old = subjectLength(previous.words);
  const now = subjectLength(next.words);
  if (old <= 0 || now <= old || CONDITION_OPENERS.has(previous.words[0] ?? '')) return null;
  // "Patients who fall" -> "Patients who fall at night": a relative clause narrowed is condition-narrowed's.
  if (previous.words.slice(0, old).some((word) => /^(?:who|that|which|whose)$/.test(word))) return null;
  const inside = previous.words.slice(0, old).some((word, i) => next.words[i] !== word) ? insertedInside(previous.words.slice(0, old), next.words.slice(0, now)) : null;
  if (previous.words.slice(0, old).some((word, i) => next.words[i] !== word) && !inside) return null;
  const added = (inside ?? next.words.slice(old, now)).filter((word) => !STRESS.has(word) && !/^[a-z]{3,}ly$/.test(word));
  if (added.length === 0 || NOT_PICKING.has(added[0] ?? '') || added.some((word) => EVERY.has(word))) return null;
  // No comma between the old subject and the modal: an aside, not a restriction.
  const subjectText = next.text.split(new RegExp(`\\b${next.words[now] ?? ''}\\b`, 'i'))[0] ?? '';
  if (subjectText.includes(',') || subjectText.includes('(')) return null;
  const oldStems = stemSet(previous.text);
  if (!added.some((word) => /^\d/.test(word) || (isContent(word) && !oldStems.has(normaliseWord(word))))) return null;
  // Everything after the subject stays.
  const nowStems = new Set(next.words.slice(now).filter(isContent).map(normaliseWord));
  const rest = previous.words.slice(old).filter(isContent).map(normaliseWord);
  return rest.length >= 2 && rest.every((stem) => nowStems.has(stem)) ? added : null;
}

export function findNarrowedSubjects(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) =>
    narrowedSubject(previous, next) ? { code: 'scope-narrowed', message: `scope narrowed: the rule now covers only "${next.words.slice(0, subjectLength(next.words)).join(' ')}" in ${quote(group.nextText)}` } : null,
  );
}
