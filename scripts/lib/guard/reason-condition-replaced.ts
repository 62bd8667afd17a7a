// `condition-changed` for a kept rule whose if/when condition was replaced by another that shares
// none of its words: "Add the not-legal-advice notice ... if it discusses the law of a particular
// country" -> "... if the user asks whether this is legal advice". The rule's own words all stay,
// so nothing else reads it; the case it covers is another one. A condition said again in other
// words shares none either ("if the customer is unhappy" -> "when the client complains"), so the
// new one must bring two or more words the old clause never had and the rule itself must be kept
// word for word. Pure.
import type { Reason } from '../schema/records.ts';
import { oneToOneGroups, type StatementDiffInput } from './_statement-groups.ts';
import { stemSet, type Statement } from './_statements.ts';
import { quote } from './_text.ts';

const PLAIN = new Set(['if', 'only-if']);
/** Stems of "one", "ones": pro-forms of the rule's own object inside a case. */
const PRO_FORMS: ReadonlySet<string> = new Set(['one', 'ones'].flatMap((word) => [...stemSet(word)]));

/** The statement's stems with one of each condition stem taken out ("legal advice" may stand in both). */
function mainStems(statement: Statement): string[] {
  const main = [...statement.stems];
  for (const stem of statement.conditions.flatMap((condition) => condition.stems)) {
    const at = main.lastIndexOf(stem);
    if (at >= 0) main.splice(at, 1);
  }
  return main;
}

function replacedCondition(previous: Statement, next: Statement, oldStems: ReadonlySet<string>): [string, string] | null {
  const [before] = previous.conditions;
  const [after] = next.conditions;
  if (previous.conditions.length !== 1 || next.conditions.length !== 1 || !before || !after) return null;
  // "if either party asks for one" -> "only if the court has ordered one": an "only" added to a case
  // replaced does not make it the old case made stricter; the case is another one (round 27b).
  if (!PLAIN.has(before.kind) || !PLAIN.has(after.kind) || before.stems.length < 2) return null;
  const oldMain = mainStems(previous);
  const newMain = mainStems(next);
  if (oldMain.length < 2 || oldMain.length !== newMain.length || !oldMain.every((stem) => newMain.includes(stem))) return null;
  // "asks for one" / "has ordered one": a pro-form standing for the rule's object is no word the two cases share.
  if (after.stems.some((stem) => before.stems.includes(stem) && !PRO_FORMS.has(stem))) return null;
  const own = after.stems.filter((stem) => !oldStems.has(stem));
  return own.length >= 2 ? [before.words.join(' '), after.words.join(' ')] : null;
}

/** One reason per one-to-one aligned rule whose condition was swapped for an unrelated one. */
export function findConditionsReplaced(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const { group, previous, next } of oneToOneGroups(input.groups)) {
    const replaced = replacedCondition(previous, next, stemSet(group.previousText));
    if (replaced) reasons.push({ code: 'condition-changed', message: `condition changed: "${replaced[0]}" -> "${replaced[1]}" in ${quote(group.nextText)}` });
  }
  return reasons;
}
