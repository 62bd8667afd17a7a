// `condition-added`: a prohibition that gained an exception said with a preposition rather than
// "unless" ("Do not post patient photos on social media" -> "... without consent", "Never share
// the door code with anyone" -> "... except your manager", "anyone other than the policyholder"
// -> "... or their family"): what was forbidden in every case is now allowed in some. Pure.
import type { Reason } from '../schema/records.ts';
import type { StatementDiffInput } from './_statement-groups.ts';
import { clauseBreaks, negativeWordBases, stemSet, type Statement } from './_statements.ts';
import { quote } from './_text.ts';

/** Words that let a case out of a prohibition; "without" names what makes the act allowed. */
const MARKERS: ReadonlyArray<readonly string[]> = [['without'], ['except'], ['excepting'], ['other', 'than'], ['apart', 'from'], ['save', 'for'], ['aside', 'from']];
/** Negations that make a sentence a prohibition ("without" alone forbids nothing: "Explain it without jargon"). */
const FORBIDS = new Set(['not', 'never', 'no', 'nobody', 'none', 'prohibited', 'forbidden']);

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
    while (end < statement.words.length && !breaks.has(end)) end++;
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
  for (const exception of next.flatMap(exceptionsOf)) {
    if (spellsOut(exception)) continue;
    const kept = before.filter((old) => old.marker === exception.marker);
    const own = [...stemSet(exception.words.join(' '))].filter((stem) => !oldStems.has(stem));
    if (own.length === 0) continue;
    if (kept.length < next.flatMap(exceptionsOf).filter((other) => other.marker === exception.marker).length) return exception;
    const widened = kept.some((old) => {
      const oldWords = stemSet(old.words.join(' '));
      const joins = exception.marker === 'without' ? ['or'] : ['or', 'and'];
      return [...oldWords].every((stem) => stemSet(exception.words.join(' ')).has(stem)) && joins.some((join) => exception.words.includes(join) && !old.words.includes(join));
    });
    if (widened) return exception;
  }
  return null;
}

/** One reason per aligned prohibition that gained an exception said with without/except/other than/apart from. */
export function findProhibitionExceptions(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const group of input.groups) {
    const forbids = (statements: readonly Statement[]) => statements.some((statement) => statement.mainNegations.some((word) => FORBIDS.has(word)));
    if (!forbids(group.previous) || !forbids(group.next)) continue;
    const exception = gainedException(group.previous, group.next, stemSet(group.previousText));
    if (exception) reasons.push({ code: 'condition-added', message: `condition added: an exception "${exception.marker} ${exception.words.join(' ')}" now lets off ${quote(group.nextText)}` });
  }
  return reasons;
}
