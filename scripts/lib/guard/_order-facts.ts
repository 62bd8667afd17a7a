// What must come first, read from one sentence, whatever way it is said: "Verify the caller before
// discussing the bill", "Do not discuss the bill until you have verified the caller", "Only discuss
// the bill once the caller is verified" and "Discuss the bill after verifying the caller, not
// earlier" all say that verifying precedes discussing. Two versions with the same fact keep the
// rule, though a negation, an "only" or the order word changed. Pure.
import type { StatementGroup } from './_statement-groups.ts';
import { isContent, type Statement } from './_statements.ts';
import { normaliseWord } from './_text.ts';

/** The step that must come first and the step that waits for it, as content stems. */
export interface OrderFact {
  first: Set<string>;
  then: Set<string>;
}

const CUES = new Set(['before', 'until', 'till', 'after', 'once']);
/** What follows a negation that makes it the order's own: "not earlier", "not before", "not sooner". */
const ORDER_OWN_NEGATION = /^(?:earlier|sooner|before|until|till|prior)$/;
/** Words that make "B after A" exclusive: "only after", "not earlier", "and not before". */
const EXCLUSIVE = /\bonly\b|\bnot (?:earlier|sooner|before)\b|\bno (?:earlier|sooner)\b/;

function stems(words: readonly string[]): Set<string> {
  return new Set(words.filter(isContent).map(normaliseWord));
}

/**
 * The order fact of a sentence with one order word, or null: a duty "A before B", a prohibition
 * "not B before/until A", or "B (only) after/once A". A prohibition with "after" ("Do not call
 * after 8pm") orders nothing and reads as null.
 */
export function readOrderFact(statement: Statement): OrderFact | null {
  const at = statement.words.findIndex((word) => CUES.has(word));
  if (at <= 0 || statement.words.slice(at + 1).some((word) => CUES.has(word))) return null;
  const cue = statement.words[at] ?? '';
  const left = stems(statement.words.slice(0, at));
  const right = stems(statement.words.slice(at + 1));
  if (left.size === 0 || right.size === 0) return null;
  const negated = statement.mainNegationAt.some((i) => i < at && statement.words[i] !== 'without');
  // "Tickets bought before the sale are not refunded": a negation after the order word and none
  // before it governs a verb the order word does not order; the fact would read the same with it
  // dropped, so there is none. "..., not earlier" after the steps is the order's own (round 30b).
  if (!negated && statement.mainNegationAt.some((i) => i > at && statement.words[i] !== 'without' && !ORDER_OWN_NEGATION.test(statement.words.slice(i + 1, i + 2).join(' ')))) return null;
  if (cue === 'before') return negated ? { first: right, then: left } : { first: left, then: right };
  if (cue === 'until' || cue === 'till') return negated ? { first: right, then: left } : null;
  // "after"/"once": "B after A" puts A first; negated, it says nothing of the order.
  if (negated) return null;
  return EXCLUSIVE.test(statement.words.join(' ')) || cue === 'after' || cue === 'once' ? { first: right, then: left } : null;
}

const shared = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => [...a].filter((stem) => b.has(stem)).length;

/**
 * Whether two sentences state the same order: each step shares a word with its counterpart, and
 * the steps share more words straight than crossed (an actor named in both steps, "the caller",
 * counts both ways). Then a negation, an "only" or an order word that changed between them
 * changed how it is said, not what it says.
 */
export function sameOrderFact(previous: Statement, next: Statement): boolean {
  const old = readOrderFact(previous);
  const now = readOrderFact(next);
  if (!old || !now) return false;
  // A prohibition read as a duty ("Do not B until A" = "A before B") must keep its exclusivity:
  // "Do not B before A" is "only after"; a plain "B after A" without "only" is weaker.
  const exclusive = (statement: Statement): boolean => statement.mainNegations.length > 0 || EXCLUSIVE.test(statement.words.join(' ')) || statement.words.includes('before');
  if (exclusive(previous) && !exclusive(next)) return false;
  const straight = [shared(old.first, now.first), shared(old.then, now.then)];
  const crossed = shared(old.first, now.then) + shared(old.then, now.first);
  return straight.every((count) => count > 0) && straight[0]! + straight[1]! > crossed;
}

/** Content stems one sentence has and the other lacks, both ways. */
const MAX_OTHER_WORDS = 4;

/**
 * Whether a sentence says nothing but its order: no condition besides the order word's own
 * ("once the engineer has surveyed"), so a condition added beside the order is still read.
 */
function onlyOrder(statement: Statement): boolean {
  return statement.conditions.every((condition) => condition.marker.split(' ').some((word) => CUES.has(word)));
}

/** Two conditions about the same case: half the words of the shorter shared ("the user asks about a pension transfer" / "someone asks about moving their pension"). */
function sameSetting(old: Statement['conditions'][number] | undefined, now: Statement['conditions'][number] | undefined): boolean {
  if (!old || !now) return false;
  const shared = old.stems.filter((stem) => now.stems.includes(stem)).length;
  return shared > 0 && shared * 2 >= Math.min(old.stems.length, now.stems.length);
}

/**
 * A one-to-one aligned group whose two sentences state the same order and little else changed
 * (a few words at most: "identity" -> "who they are"), so the order reading may stand in for the
 * negation, order and condition readings of that group.
 */
export function saysSameOrder(group: StatementGroup): boolean {
  const [previous] = group.previous;
  const [next] = group.next;
  if (group.previous.length !== 1 || group.next.length !== 1 || previous === undefined || next === undefined) return false;
  // "When the user asks about a transfer, ..." -> "If someone asks about moving it, ...": a
  // condition of the same kind on both sides sets when the rule is told; its words are its own.
  const others = (statement: Statement) => statement.conditions.filter((condition) => !condition.marker.split(' ').some((word) => CUES.has(word)));
  const kinds = (statement: Statement): string => others(statement).map((condition) => condition.kind).sort().join(' ');
  if ((!onlyOrder(previous) || !onlyOrder(next)) && (others(previous).length > 1 || kinds(previous) !== kinds(next) || !sameSetting(others(previous)[0], others(next)[0]))) return false;
  // Only a change in how the order is said needs this reading: the order word, or a negation.
  const cue = (statement: Statement): string => statement.words.find((word) => CUES.has(word)) ?? '';
  if (cue(previous) === cue(next) && (previous.mainNegations.length > 0) === (next.mainNegations.length > 0)) return false;
  const setting = new Set([...others(previous), ...others(next)].flatMap((condition) => condition.stems));
  const before = new Set(previous.stems.filter((stem) => !setting.has(stem)));
  const after = new Set(next.stems.filter((stem) => !setting.has(stem)));
  const changed = [...before].filter((stem) => !after.has(stem)).length + [...after].filter((stem) => !before.has(stem)).length;
  return changed <= MAX_OTHER_WORDS && sameOrderFact(previous, next);
}
