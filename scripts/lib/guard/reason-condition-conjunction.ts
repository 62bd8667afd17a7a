// `condition-narrowed` / `condition-changed` for an "and"/"or" inside a condition, read by the
// condition's role in the rule rather than by its words. A condition changes the set of cases it
// holds in: "A and B" -> "A or B" and a conjunct dropped ("A and B" -> "A") make it hold in more;
// "A or B" -> "A and B" and an alternative dropped ("amber or red" -> "red") in fewer. Whether that
// weakens the rule turns on the role:
// - a trigger ("if", "when", "whenever") of a duty or prohibition: fewer cases weaken it
//   ("evacuate if the alarm sounds or ..." -> "... and ...");
// - a trigger of a grant: more cases weaken it; a duty that gives something away is still a duty
//   ("refund if A or B" -> "refund if A" takes an entitlement away);
// - a gate ("only if", "only when"): more cases open it ("destroy only when the consent expired and
//   the patient was reminded" -> "... or ...");
// - an exception ("unless") of a duty or prohibition: more cases let the rule off; of a grant, fewer.
// The other way round each edit is stricter, and stays unflagged. A condition with a negation is
// left alone ("not A or B" turns the other way). Pure.
import type { Reason } from '../schema/records.ts';
import { wordsInserted } from './_condition-tail.ts';
import { ruleKind } from './_rule-kind.ts';
import { oneToOneGroups, type StatementDiffInput } from './_statement-groups.ts';
import { isContent, type Condition, type ConditionKind, type Statement } from './_statements.ts';
import { widerIsStricter } from './_stricter-edits.ts';
import { escapeRegExp, quote } from './_text.ts';

type Effect = 'fewer' | 'more';
interface Change { effect: Effect; what: string }

/** A dropped or added alternative or conjunct longer than this is a clause of its own. */
const MAX_ITEM = 5;
const EMPHASIS = new Set(['both', 'either']);
const NEGATING = /^(?:not|no|never|neither|nor|without|none|nobody|nothing)$/;

/** One "and"/"or" stretch cut from `longer` to give `shorter`: which conjunction and the words cut. */
function itemCut(longer: readonly string[], shorter: readonly string[]): { conjunction: 'and' | 'or'; words: string[] } | null {
  const found = wordsInserted(shorter, longer);
  if (!found || found.words.length < 2 || found.words.length > MAX_ITEM + 1) return null;
  const isConjunction = (word: string | undefined): word is 'and' | 'or' => word === 'and' || word === 'or';
  // "the rail is fitted or the platform" -> "the platform": the cut may be aligned a few words
  // earlier ("rail is fitted or the" = "the rail is fitted or"); take the one a conjunction bounds.
  let { at } = found;
  const length = found.words.length;
  const bounded = (from: number): boolean => isConjunction(longer[from]) || isConjunction(longer[from + length - 1]);
  while (!bounded(at) && at > 0 && longer[at - 1] === longer[at + length - 1]) at--;
  const words = longer.slice(at, at + length);
  const [first] = words;
  const last = words.at(-1);
  const conjunction = isConjunction(first) ? first : isConjunction(last) ? last : null;
  if (!conjunction) return null;
  const item = first === conjunction ? words.slice(1) : words.slice(0, -1);
  // One item, not a second conjunction or a clause of its own.
  if (item.some((word) => word === 'and' || word === 'or') || !item.some(isContent)) return null;
  return { conjunction, words: item };
}

/** How the condition's cases changed, when the only change is one "and"/"or" swapped, cut or added. */
function conjunctionChange(written: readonly string[], rewritten: readonly string[]): Change | null {
  const before = written.filter((word) => !EMPHASIS.has(word));
  const after = rewritten.filter((word) => !EMPHASIS.has(word));
  if (before.length === after.length) {
    const changed = before.flatMap((word, i) => (word === after[i] ? [] : [i]));
    const [at] = changed;
    if (changed.length !== 1 || at === undefined) return null;
    const around = `${before[at - 1] ?? ''} ${before[at]} ${before[at + 1] ?? ''}`;
    if (before[at] === 'and' && after[at] === 'or') return { effect: 'more', what: `"${around}" now reads "or"` };
    if (before[at] === 'or' && after[at] === 'and') return { effect: 'fewer', what: `"${around}" now reads "and"` };
    return null;
  }
  const dropped = before.length > after.length ? itemCut(before, after) : null;
  if (dropped) return { effect: dropped.conjunction === 'or' ? 'fewer' : 'more', what: `"${dropped.conjunction} ${dropped.words.join(' ')}" dropped` };
  const added = after.length > before.length ? itemCut(after, before) : null;
  // An "and ..." added to a kept condition is reason-condition's narrowedCondition (a cue word).
  if (added && added.conjunction === 'and') return null;
  if (added) return { effect: added.conjunction === 'or' ? 'more' : 'fewer', what: `"${added.conjunction} ${added.words.join(' ')}" added` };
  return null;
}

type Role = 'trigger' | 'gate' | 'exception';
const ROLE: Readonly<Record<ConditionKind, Role | null>> = { if: 'trigger', whenever: 'trigger', 'only-if': 'gate', unless: 'exception', 'even-if': null };

/** The rule's own words, its conditions cut out: what widerIsStricter reads. */
function mainClause(statement: Statement): string {
  let text = statement.words.join(' ');
  for (const condition of statement.conditions) text = text.replace(condition.words.join(' '), ' ');
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether a condition holding in `effect` cases weakens the rule it sits in. */
function weakens(role: Role, effect: Effect, statement: Statement): boolean {
  if (role === 'gate') return effect === 'more';
  // A duty's trigger that holds in fewer cases asks for it less, whatever it gives ("Refund the
  // lesson if the instructor cancels or the car breaks down" -> "... if the instructor cancels"
  // takes an entitlement away); a grant's trigger that holds in more grants more.
  if (role === 'trigger') return ruleKind(statement) === 'grant' ? effect === 'more' : effect === 'fewer';
  return widerIsStricter(mainClause(statement)) ? effect === 'more' : effect === 'fewer';
}

/** The conditions of the two sentences paired by kind, in order. */
function paired(previous: readonly Condition[], next: readonly Condition[]): Array<[Condition, Condition]> {
  const pairs: Array<[Condition, Condition]> = [];
  const used = new Set<Condition>();
  for (const old of previous) {
    const now = next.find((condition) => condition.kind === old.kind && !used.has(condition));
    if (!now) continue;
    used.add(now);
    pairs.push([old, now]);
  }
  return pairs;
}

/**
 * Whether the condition's words go on past a comma as a list ("when the wind is strong, gusty or
 * changing direction" is read as "when the wind is strong"): its cases are not all in its words.
 */
function listGoesOn(statement: Statement, condition: Condition): boolean {
  const tail = condition.words.slice(-2).map(escapeRegExp).join('\\W+');
  return new RegExp(`\\b${tail}\\s*,\\s*[^,.;:]*?\\b(?:and|or)\\b`, 'i').test(statement.text);
}

/** Each condition kept but for one "and"/"or" change, with its role and how its cases changed. */
function conditionChanges(previous: Statement, next: Statement): Array<{ old: Condition; role: Role; change: Change }> {
  return paired(previous.conditions, next.conditions).flatMap(([old, now]) => {
    const role = ROLE[old.kind];
    if (!role || [...old.words, ...now.words].some((word) => NEGATING.test(word))) return [];
    if (listGoesOn(previous, old) || listGoesOn(next, now)) return [];
    const change = conjunctionChange(old.words, now.words);
    return change ? [{ old, role, change }] : [];
  });
}

/**
 * Whether the sentence's one change is an "and"/"or" in a condition that makes the rule stricter
 * ("refund only if faulty or damaged" -> "only if faulty"): an item dropped there is no loss.
 */
export function conditionMadeStricter(previous: Statement, next: Statement): boolean {
  const changes = conditionChanges(previous, next);
  return changes.length > 0 && changes.every(({ role, change }) => !weakens(role, change.effect, next));
}

export function findConditionConjunctionsChanged(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const { group, previous, next } of oneToOneGroups(input.groups)) {
    for (const { old, role, change } of conditionChanges(previous, next)) {
      if (!weakens(role, change.effect, next)) continue;
      const how = change.effect === 'fewer' ? 'now holds in fewer cases' : 'now holds in more cases';
      reasons.push({
        code: change.effect === 'fewer' ? 'condition-narrowed' : 'condition-changed',
        message: `condition ${change.effect === 'fewer' ? 'narrowed' : 'widened'}: in "${old.marker} …" ${change.what}, so the ${role} ${how} in ${quote(group.nextText)}`,
      });
      break;
    }
  }
  return reasons;
}
