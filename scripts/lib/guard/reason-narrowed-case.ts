// `condition-narrowed` for the cases a rule covers, every other word kept: an "or" inside a
// condition or a relative clause turned into "and" ("When a tenant reports damp or mould" -> "damp
// and mould", "any resource that is missing a cost-centre tag or an owner tag" -> "... and an owner
// tag"), or an "and ..." added there ("any document that contains health data" -> "... health data
// and a national identity number"). Both cases must now hold: the rule applies less often. In a
// permission that is stricter, so permissions are left alone; an "or" of the rule's own object
// ("send it to the client or their accountant") is no case and stays unread. Pure.
import type { Reason } from '../schema/records.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { isImperativeVerb } from './_rule-words.ts';
import { isContent, stemSet, type Statement } from './_statements.ts';
import { limitingInsertion, wordsInserted } from './_condition-tail.ts';
import { qualifierInserted } from './_condition-qualifiers.ts';
import { quote } from './_text.ts';

/** Words that open a condition or a relative clause: what follows them picks the cases covered. */
const CASE_OPENERS = /^(?:when|whenever|if|where|that|which|who|whose|with)$/;
const PERMISSION = /^(?:may|can|could|allowed|permitted)$/;
/** Words that end the clause a case opener opened: after them the rule itself goes on. */
const CLAUSE_ENDS = /^(?:then|must|should|shall|will|never|always|do|don't|not)$/;
/** A longer insertion is a new clause, not one more case. */
const MAX_INSERTED = 8;

/** The word opening the condition or relative clause words[at] stands in, or null. */
function caseOpener(words: readonly string[], at: number): string | null {
  for (let i = at - 1; i >= 0; i--) {
    const word = words[i] ?? '';
    if (CLAUSE_ENDS.test(word)) return null;
    if (CASE_OPENERS.test(word)) return word;
  }
  return null;
}

/**
 * The relative pronoun whose clause words[at] stands in, looking past a "with" phrase inside it
 * ("anyone who arrives with a referral voucher" + "after the second visit"), or null.
 */
function relativeOpener(words: readonly string[], at: number): string | null {
  for (let i = at - 1; i >= 0; i--) {
    const word = words[i] ?? '';
    if (CLAUSE_ENDS.test(word)) return null;
    if (/^(?:who|that|which|whose)$/.test(word)) return word;
    if (word !== 'with' && CASE_OPENERS.test(word)) return null;
  }
  return null;
}

/** The one "or" turned into "and", as its index, when nothing else changed. */
function orTurnedAnd(before: readonly string[], after: readonly string[]): number | null {
  if (before.length !== after.length) return null;
  const changed = before.flatMap((word, i) => (word === after[i] ? [] : [i]));
  const [at] = changed;
  return changed.length === 1 && at !== undefined && before[at] === 'or' && after[at] === 'and' ? at : null;
}

/** Words that point back to a thing a sentence named, or stand for it. */
const BACK_POINTERS = /^(?:the|that|this|these|those|their|its|his|her)$/;
const PRONOUNS = /^(?:they|he|she|it)$/;
const FINITE = /^(?:must|should|shall|will|may|can|is|are|has|have|stays?|remains?|[a-z]{2,}[^s]s)$/;

/**
 * Whether `words` open a clause of their own about something the sentence already named: a pronoun
 * or "the <noun>" the old sentence holds, then a modal or a verb in the third person ("the adult
 * sits", "they must", "the lid stays").
 */
function newClauseOnNamed(before: readonly string[], words: readonly string[]): boolean {
  if (PRONOUNS.test(words[0] ?? '')) return FINITE.test(words[1] ?? '');
  if (!BACK_POINTERS.test(words[0] ?? '')) return false;
  const nounAt = before.includes(words[1] ?? '') ? 1 : before.includes(words[2] ?? '') ? 2 : -1;
  return nounAt > 0 && FINITE.test(words[nounAt + 1] ?? '');
}

/** The "and ..." inserted into `before` to make `after`, as [where, words], when nothing else changed. */
function andInserted(before: readonly string[], after: readonly string[]): [number, string[]] | null {
  if (after.length - before.length > MAX_INSERTED) return null;
  const inserted = wordsInserted(before, after);
  if (!inserted) return null;
  const { at: prefix, words } = inserted;
  // "... and log it": a verb after "and" adds a duty, not a case.
  if (words[0] !== 'and' || isImperativeVerb(words[1] ?? '') || !words.slice(1).some(isContent)) return null;
  if (words.slice(1).some((word) => word === 'and' || word === 'or' || CLAUSE_ENDS.test(word) || PERMISSION.test(word))) return null;
  return [prefix, words];
}

function narrowedCase(previous: Statement, next: Statement): string | null {
  if (previous.words.some((word) => PERMISSION.test(word)) || next.words.some((word) => PERMISSION.test(word))) return null;
  const turned = orTurnedAnd(previous.words, next.words);
  // In an if/when condition the turn is reason-condition-conjunction's, read by the condition's role.
  if (turned !== null && !/^(?:when|whenever|if|null)$/.test(String(caseOpener(previous.words, turned)))) return `"or" -> "and" before "${previous.words.slice(turned + 1, turned + 4).join(' ')}"`;
  const found = andInserted(previous.words, next.words);
  // "..., and the adult sits in the rear seat": a clause of its own after a comma, about a thing
  // already named (or a pronoun for it), adds a duty, not a case (round 23a, v24's kayak rule).
  const added = found && newClauseOnNamed(previous.words, found[1].slice(1)) && new RegExp(`,\\s*and\\s+${found[1][1]}\\b`, 'i').test(next.text) ? null : found;
  // A conjunct added to an if/when condition is reason-condition's narrowedCondition; here only relative clauses.
  const opener = added ? caseOpener(previous.words, added[0]) : null;
  if (added && opener !== null && !/^(?:when|whenever|if)$/.test(opener)) return `"${added[1].join(' ')}" added`;
  // "Patients who fall" -> "Patients who fall at night": a relative clause gained a limiting phrase.
  const tail = limitingInsertion(previous.words, next.words, stemSet(previous.text));
  if (tail && relativeOpener(previous.words, tail.at) !== null) return `"${tail.phrase}" added`;
  // "Patients who report chest pain" -> "... who report severe chest pain" / "... chest pain lasting an hour".
  const qualifier = qualifierInserted(previous.words, next.words, stemSet(previous.text));
  const inserted = qualifier === null ? null : wordsInserted(previous.words, next.words);
  if (qualifier !== null && inserted && relativeOpener(previous.words, inserted.at) !== null) return `"${qualifier}" added`;
  return null;
}

/** One reason per one-to-one aligned sentence whose condition or relative clause now needs more to hold. */
export function findCasesNarrowed(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) => {
    const narrowed = narrowedCase(previous, next);
    return narrowed ? { code: 'condition-narrowed', message: `condition narrowed: ${narrowed}, so the rule covers fewer cases in ${quote(group.nextText)}` } : null;
  });
}
