// `condition-added`: a prohibition that gained an exception said with a preposition rather than
// "unless" ("Do not post patient photos on social media" -> "... without consent", "Never share
// the door code with anyone" -> "... except your manager", "anyone other than the policyholder"
// -> "... or their family"): what was forbidden in every case is now allowed in some. Pure.
import type { Reason } from '../schema/records.ts';
import type { StatementDiffInput } from './_statement-groups.ts';
import { negativeWordsGone } from './_spelled-negations.ts';
import { clauseBreaks, isContent, negativeWordBases, stemSet, type Statement } from './_statements.ts';
import { quote } from './_text.ts';
import { caseIsTheCompanyKept } from './_company-kept.ts';

/** Words that let a case out of a prohibition; "without" names what makes the act allowed. */
const MARKERS: ReadonlyArray<readonly string[]> = [['without'], ['except'], ['excepting'], ['other', 'than'], ['apart', 'from'], ['save', 'for'], ['aside', 'from'], ['save', 'where'], ['save', 'when'], ['outside']];
/**
 * "No one outside the team may see donor records": "outside" lets out those inside, so a kept
 * "outside" list that gained an item lets out more; a new "outside" ("Do not take laptops
 * outside the office") more often says where the act is forbidden, so it counts only as widened.
 */
const LIST_ONLY = new Set(['outside']);
/** Negations that make a sentence a prohibition ("without" alone forbids nothing: "Explain it without jargon"). */
const FORBIDS = new Set(['not', 'never', 'no', 'nobody', 'none', 'prohibited', 'forbidden']);

const MODALS = new Set(['may', 'can', 'must', 'should', 'shall', 'will', 'could', 'might']);
/** Words after "without" that stress a rule rather than let a case out. */
const STRESS_AFTER = new Set(['exception', 'exceptions', 'fail', 'delay', 'question', 'hesitation']);

interface Exception {
  marker: string;
  words: string[];
}

/** The exceptions of a statement: each marker with the words after it, to the next clause break. */
function exceptionsOf(statement: Statement): Exception[] {
  const breaks = clauseBreaks(statement.text);
  const found: Exception[] = [];
  statement.words.forEach((_, i) => {
    const marker = MARKERS.find((parts) => parts.every((part, k) => statement.words[i + k] === part));
    // "without exception", "without fail" stress the rule; "even without the CVV" widens it.
    if (!marker || STRESS_AFTER.has(statement.words[i + 1] ?? '') || statement.words[i - 1] === 'even') return;
    let end = i + marker.length;
    // "No one outside the team may see ...": the rule's modal ends the exception.
    while (end < statement.words.length && !breaks.has(end) && !MODALS.has(statement.words[end] ?? '')) end++;
    found.push({ marker: marker.join(' '), words: statement.words.slice(i + marker.length, end) });
  });
  return found;
}

/**
 * The exception a prohibition gained, or null: a marker the old sentences had fewer of, with a
 * content word of its own; or a kept "except/other than" list that gained an "or/and" item (a
 * "without" list that gained an "and" item asks for more, which is stricter).
 */
function gainedException(previous: readonly Statement[], next: readonly Statement[], oldStems: ReadonlySet<string>): Exception | null {
  const before = previous.flatMap(exceptionsOf);
  // "unapproved press releases" -> "press releases without approval": the old version's negative
  // word spelled out ("approv-" for "unapproved"), no case let out.
  const bases = [...negativeWordBases(previous.map((statement) => statement.text).join(' '))].filter((base) => base.length >= 4);
  const spellsOut = (exception: Exception): boolean => exception.marker === 'without' && exception.words.slice(0, 3).some((word) => bases.some((base) => word.startsWith(base.slice(0, 5))));
  // "Visitors who are unaccompanied" -> "Visitors without an escort": the old version's negative
  // word gone, said in other words; a short "without" phrase takes its place.
  const replaced = negativeWordsGone(previous.map((statement) => statement.text).join(' '), next.map((statement) => statement.text).join(' '));
  const replacesNegative = (exception: Exception): boolean => exception.marker === 'without' && replaced.length > 0 && exception.words.filter((word) => isContent(word)).length <= 2;
  // "unless a parent has consented" -> "except when a parent has given consent": the same kind of
  // exception clause, which condition-changed and condition-added compare as an "unless".
  const hadUnless = previous.some((statement) => statement.conditions.some((condition) => condition.kind === 'unless'));
  const clauseException = (exception: Exception): boolean => exception.marker.startsWith('except') && /^(?:when|where|if|in cases)$/.test(exception.words[0] ?? '');
  for (const exception of next.flatMap(exceptionsOf)) {
    if (spellsOut(exception) || replacesNegative(exception) || (hadUnless && clauseException(exception))) continue;
    const kept = before.filter((old) => old.marker === exception.marker);
    const own = [...stemSet(exception.words.join(' '))].filter((stem) => !oldStems.has(stem));
    if (own.length === 0) continue;
    if (!LIST_ONLY.has(exception.marker) && kept.length < next.flatMap(exceptionsOf).filter((other) => other.marker === exception.marker).length) return exception;
    const widened = kept.some((old) => {
      const oldWords = stemSet(old.words.join(' '));
      const joins = exception.marker === 'without' ? ['or'] : ['or', 'and'];
      return [...oldWords].every((stem) => stemSet(exception.words.join(' ')).has(stem)) && joins.some((join) => exception.words.includes(join) && !old.words.includes(join));
    });
    if (widened) return exception;
  }
  return null;
}

/**
 * A kept exception whose case was replaced ("save where the law requires it" -> "save where the
 * third party says it is urgent"): most of its own words (those the rest of the old text does not
 * use) gone, and words of its own brought in their place. Another case is let off.
 */
function replacedException(previous: readonly Statement[], next: readonly Statement[]): Exception | null {
  const before = previous.flatMap(exceptionsOf);
  const after = next.flatMap(exceptionsOf);
  if (before.length !== 1 || after.length !== 1) return null;
  const [old] = before;
  const [now] = after;
  if (!old || !now || old.marker !== now.marker || old.marker === 'without') return null;
  const rest = (statements: readonly Statement[], exception: Exception): ReadonlySet<string> => stemSet(statements.map((statement) => statement.text).join(' ').replace(exception.words.join(' '), ' '));
  const oldOwn = [...stemSet(old.words.join(' '))].filter((stem) => !rest(previous, old).has(stem));
  const newOwn = [...stemSet(now.words.join(' '))].filter((stem) => !rest(next, now).has(stem));
  const nowStems = stemSet(now.words.join(' '));
  const gone = oldOwn.filter((stem) => !nowStems.has(stem));
  const brought = newOwn.filter((stem) => !stemSet(old.words.join(' ')).has(stem));
  return oldOwn.length > 0 && gone.length * 2 > oldOwn.length && brought.length >= 2 ? now : null;
}

/** One reason per aligned prohibition that gained an exception said with without/except/other than/apart from. */
export function findProhibitionExceptions(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const group of input.groups) {
    // "No one ... may": a prohibition whose negation is its subject (not read as a main negation).
    const forbids = (statements: readonly Statement[]) => statements.some((statement) => statement.mainNegations.some((word) => FORBIDS.has(word)) || /^(?:no one|nobody|no-one)\b/i.test(statement.text.trim()));
    if (!forbids(group.previous) || !forbids(group.next)) continue;
    const exception = gainedException(group.previous, group.next, stemSet(group.previousText));
    // "Never enter the silo alone" -> "Nobody goes into the silo without a second person": the same rule.
    if (exception) {
      if (!caseIsTheCompanyKept(group.previousText, group.nextText, [exception.marker, ...exception.words])) reasons.push({ code: 'condition-added', message: `condition added: an exception "${exception.marker} ${exception.words.join(' ')}" now lets off ${quote(group.nextText)}` });
      continue;
    }
    const replaced = replacedException(group.previous, group.next);
    if (replaced) reasons.push({ code: 'condition-changed', message: `condition changed: the exception is now "${replaced.marker} ${replaced.words.join(' ')}" in ${quote(group.nextText)}` });
  }
  return reasons;
}
