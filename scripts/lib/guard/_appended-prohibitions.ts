// A duty restated, maybe in other words, with a prohibition of its own appended ("Keep the push
// stick on the rip saw" -> "The push stick stays on the rip saw at all times — never feed short
// stock by hand"; "In the open jump zone, flips are not allowed; the monitors have to halt anyone
// attempting one"): the new "never"/"not" negates a verb and object the old rule never named, so
// it forbids something more and turns nothing round. A "not" that carves out a case ("but not
// contractors", "but never on the bouldering wall") or lifts the old rule's own verb ("apprentices
// do not need to wear them") is no such rule. Pure.
import { isContent, readStatement, type Statement } from './_statements.ts';
import { normaliseWord } from './_text.ts';

/** Words a verb's "not" follows: "do not touch", "are not allowed", "must not lean". */
const AUXILIARIES = new Set(['do', 'does', 'did', 'must', 'should', 'shall', 'may', 'can', 'will', 'would', 'could', 'is', 'are', 'was', 'were', 'be', 'been', 'need']);
/** A passive permission a prohibition denies: "are not allowed", "is not permitted". */
const PERMITTED = new Set(['allowed', 'permitted', 'tolerated']);
/**
 * Words skipped between the negation and its verb ("never even touch", "not be allowed"), and a
 * verb of trying before it: "do not try to finish the survey line" forbids finishing (round 19a).
 */
const FILLERS = new Set(['to', 'be', 'been', 'ever', 'even', 'once', 'try', 'attempt']);
/** How much of the old rule's words the rest of the new text must say again. */
const RESTATED_SHARE = 2 / 3;

/** The content stems a clause's own prohibitions negate, or null when a negation there is not one of a verb. */
function prohibitedStems(clause: string): string[] | null {
  const statement = readStatement(clause);
  const stems: string[] = [];
  for (const at of statement.mainNegationAt) {
    const word = statement.words[at];
    const ofVerb = word === 'never' || (word === 'not' && AUXILIARIES.has(statement.words[at - 1] ?? ''));
    if (!ofVerb) return null;
    let from = at + 1;
    while (FILLERS.has(statement.words[from] ?? '')) from++;
    const after = statement.words.slice(from);
    // "flips are not allowed": what a passive prohibition forbids is its subject.
    const forbidsSubject = PERMITTED.has(after[0] ?? '');
    const negated = forbidsSubject ? statement.words.slice(0, at) : after;
    if (forbidsSubject ? !negated.some(isContent) : !isContent(after[0] ?? '')) return null;
    stems.push(...negated.filter(isContent).map(normaliseWord));
  }
  return stems;
}

/** Whether every negation the new sentences added forbids something new, the old rule said again beside it. */
export function appendsOwnProhibition(previous: readonly Statement[], next: readonly Statement[]): boolean {
  const old = new Set(previous.flatMap((statement) => statement.stems).filter((stem) => !/^\d/.test(stem)));
  if (old.size === 0) return false;
  const forbidden = new Set<string>();
  for (const statement of next) {
    if (statement.mainNegationAt.length === 0) continue;
    for (const clause of statement.text.split(/\s*(?:[;:,—–]|\s-\s)\s*/)) {
      const stems = prohibitedStems(clause);
      if (stems === null || stems.some((stem) => old.has(stem))) return false;
      stems.forEach((stem) => forbidden.add(stem));
    }
  }
  if (forbidden.size === 0) return false;
  const rest = new Set(next.flatMap((statement) => statement.stems).filter((stem) => !forbidden.has(stem)));
  return [...old].filter((stem) => rest.has(stem)).length >= RESTATED_SHARE * old.size;
}
