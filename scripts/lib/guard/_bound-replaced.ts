// A rule bounded by an event ("Keep the animal in isolation until the vet has been informed", "Do
// not e-file the return before the client has signed") whose bound went and whose new if/when
// condition waits for another event ("... if the vet asks for it", "... if the client has refused
// to sign"). The "until"/"before" clause is no condition the condition detector tallies, so the
// swap read as a condition added that only restated the rule's words, or as nothing. Pure.
import type { StatementGroup } from './_statement-groups.ts';
import { clauseBreaks, isContent, type Condition, type Statement } from './_statements.ts';
import { normaliseWord } from './_text.ts';

/** Words that bound a rule by an event: it holds until the event, or is forbidden before it. */
const BOUND_MARKERS = new Set(['until', 'till', 'before']);
/** Negations that turn "until X" into the same bound said as a condition: "if X has not (yet) happened". */
const NOT_YET = new Set(['not', 'never', 'no', 'without']);
/** Words that keep the step before the event without a bound word. */
const ORDER_KEPT = new Set(['first', 'beforehand', 'already', 'prior', 'advance', 'earlier']);
/** Words that add no event of their own to a condition ("if the client has not yet signed"). */
const NO_EVENT = new Set(['yet', 'still']);

export interface BoundChange {
  /** The old bound, marker included ("until the official veterinarian has been informed"). */
  bound: string;
  /** The new condition that took its place, or null when the new one says the same bound. */
  condition: Condition | null;
}

/** Each "until/till/before ..." clause of a statement with a clause of its own after the marker, as its words. */
function boundsOf(statement: Statement): string[][] {
  const breaks = clauseBreaks(statement.text);
  const bounds: string[][] = [];
  statement.words.forEach((word, i) => {
    if (!BOUND_MARKERS.has(word) || i === 0) return;
    let end = i + 1;
    while (end < statement.words.length && !breaks.has(end)) end++;
    const words = statement.words.slice(i, end);
    // "before 5 p.m.", "before shipping": a time or a step, not an event someone must bring about.
    if (words.filter((word) => isContent(word) && /^[a-z]{2,}/.test(word)).length < 2) return;
    bounds.push(words);
  });
  return bounds;
}

const stemsOf = (words: readonly string[]): string[] => words.filter(isContent).map(normaliseWord).filter((stem) => !NO_EVENT.has(stem));

/**
 * The bound a one-to-one edit lost and what took its place: a new if/when/whenever condition
 * (not one the old sentence had) bringing content words the old text never had is another event,
 * so the rule now holds in other cases, and one on the bound's own event, not negated, turns it
 * round; a new condition that negates the bound's own event ("until the client has signed" -> "if
 * the client has not signed") is the same bound (condition null).
 * Null when no bound went or nothing took its place.
 */
export function boundChange(group: StatementGroup): BoundChange | null {
  const oldBounds = group.previous.flatMap(boundsOf);
  if (oldBounds.length === 0) return null;
  // A bound kept ("until ..." in both), or its order said with "first"/"beforehand" ("When you hand
  // over the parcel, check the ID first"), is the order detector's to read.
  if (group.next.some((statement) => statement.words.some((word) => BOUND_MARKERS.has(word) || ORDER_KEPT.has(word)))) return null;
  const oldConditions = group.previous.flatMap((statement) => statement.conditions);
  const oldStems = new Set(group.previous.flatMap((statement) => statement.stems));
  const gained = group.next
    .flatMap((statement) => statement.conditions)
    .filter((condition) => condition.kind !== 'unless' && condition.kind !== 'even-if')
    .filter((condition) => !oldConditions.some((old) => old.stems.length === condition.stems.length && old.stems.every((stem) => condition.stems.includes(stem))));
  const [bound] = oldBounds;
  if (!bound || gained.length === 0) return null;
  const boundStems = stemsOf(bound.slice(1));
  for (const condition of gained) {
    const own = stemsOf(condition.words.slice(condition.marker.split(' ').length));
    const negated = condition.words.some((word) => NOT_YET.has(word));
    if (own.some((stem) => !oldStems.has(stem))) return { bound: bound.join(' '), condition };
    if (!boundStems.every((stem) => own.includes(stem))) continue;
    // "until the client signs" -> "if the client has not signed" is the same bound; "when the
    // client signs" turns it round (the rule now holds after the event, not before it), and
    // "only once the client signs" is the same order, read by the order facts.
    if (negated) return { bound: bound.join(' '), condition: null };
    if (condition.kind !== 'only-if') return { bound: bound.join(' '), condition };
  }
  return null;
}
