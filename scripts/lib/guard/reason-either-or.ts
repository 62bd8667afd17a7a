// `conjunct-dropped` for two things a rule asks for joined by "and" now joined by "or": "complete
// the course and sign the policy" -> "... or sign the policy", "check the name and date of birth"
// -> "name or date of birth", "after every session and before the next patient" -> "... or
// before ...": either one now does. A prohibition turns the other way: "must not smoke or vape"
// forbids each, "must not smoke and vape" only the two together. The sentence keeps every other
// word ("both"/"either" aside); an "and"/"or" inside an if/when condition is condition-changed's
// (a condition that needs either of two is wider, so stricter). Pure.
import type { Reason } from '../schema/records.ts';
import { ruleKind } from './_rule-kind.ts';
import { oneToOneGroups, type StatementDiffInput } from './_statement-groups.ts';
import type { Statement } from './_statements.ts';
import { quote } from './_text.ts';

const EMPHASIS = new Set(['both', 'either']);

function inCondition(statement: Statement, at: number): boolean {
  const { words } = statement;
  return statement.conditions.some((condition) => {
    const length = condition.words.length;
    for (let start = 0; start + length <= words.length; start++) {
      if (at >= start && at < start + length && condition.words.every((word, k) => words[start + k] === word)) return true;
    }
    return false;
  });
}

/**
 * The rule as a duty (true), a prohibition (false), or a grant (null: "may use the pool or the
 * sauna" grants less than "and"). A plain statement ("Payslips are emailed and posted") and an
 * imperative of any verb ("Disinfect ...") are duties: a codex states what is done.
 */
function isDuty(statement: Statement): boolean | null {
  const kind = ruleKind(statement);
  return kind === 'grant' ? null : kind === 'duty';
}

/** The index of the one "and"/"or" that became the other, every other word kept; -1 if none. */
function swappedConjunction(previous: readonly string[], next: readonly string[]): number {
  const before = previous.filter((word) => !EMPHASIS.has(word));
  const after = next.filter((word) => !EMPHASIS.has(word));
  if (before.length !== after.length) return -1;
  let found = -1;
  for (let i = 0; i < before.length; i++) {
    if (before[i] === after[i]) continue;
    const swapped = (before[i] === 'and' && after[i] === 'or') || (before[i] === 'or' && after[i] === 'and');
    if (!swapped || found >= 0) return -1;
    found = i;
  }
  return found < 0 ? -1 : indexInFull(previous, found);
}

/** Where the found-th word that is not "both"/"either" stands in the full word list. */
function indexInFull(words: readonly string[], found: number): number {
  let seen = -1;
  for (let i = 0; i < words.length; i++) {
    if (EMPHASIS.has(words[i] ?? '')) continue;
    seen++;
    if (seen === found) return i;
  }
  return -1;
}

export function findEitherOrLoosened(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const { group, previous, next } of oneToOneGroups(input.groups)) {
    const at = swappedConjunction(previous.words, next.words);
    if (at < 0 || inCondition(previous, at)) continue;
    const duty = isDuty(previous);
    if (duty === null || duty !== isDuty(next)) continue;
    const was = previous.words[at];
    // A duty that asked for both now asks for either; a prohibition of each now forbids only both.
    if ((duty && was !== 'and') || (!duty && was !== 'or')) continue;
    const around = `${previous.words[at - 1] ?? ''} ${was} ${previous.words[at + 1] ?? ''}`;
    reasons.push({
      code: 'conjunct-dropped',
      message: duty
        ? `conjunct loosened: "${around}" now reads "or": either one is enough in ${quote(group.nextText)}`
        : `conjunct loosened: "${around}" now reads "and": only the two together are forbidden in ${quote(group.nextText)}`,
    });
  }
  return reasons;
}
