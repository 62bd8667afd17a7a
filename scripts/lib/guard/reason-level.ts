// `condition-changed` for a level on a scale swapped, every other word kept: "when the Met Office
// issues an amber ice warning" -> "a red ice warning", "every high-severity ticket" -> "every
// critical-severity ticket", "if the pain is moderate" -> "severe", "when the flag is yellow" ->
// "red". A level names the cases from it upwards, so a higher level in a duty or prohibition
// covers fewer cases (weaker) and a lower one more (stricter); in a grant the other way round; in
// an "unless" or an "only if/when" either way changes it. The word must stand in a condition or
// before a word it grades ("amber warning", "minor injury") or after one that grades ("rated
// high"): "the brand colour is green" is no level. How sure a case must be is a scale too
// ("every suspected breach" -> "every confirmed breach"), whatever noun follows. Pure.
import type { Reason } from '../schema/records.ts';
import { ruleKind } from './_rule-kind.ts';
import { oneToOneGroups, type StatementDiffInput } from './_statement-groups.ts';
import type { Statement } from './_statements.ts';
import { quote } from './_text.ts';
import { changedSlot, GRADED, LEVEL_NOUNS, SCALES } from './_graded-slots.ts';

/** The certainty scale picks cases whatever noun follows; a colour or a grade needs a word of levels. */
const ANY_NOUN_SCALE = SCALES.length - 1;
const ARTICLES = new Set(['a', 'an']);

function rung(word: string, scale: ReadonlyArray<readonly string[]>): number {
  return scale.findIndex((words) => words.includes(word));
}

function tokens(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9']+/).filter((word) => word !== '' && !ARTICLES.has(word));
}

interface LevelSwap {
  from: string;
  to: string;
  /** Positive when the new level is higher. */
  step: number;
  at: number;
  scale: number;
}

/** The one word that moved along a scale, every other word kept ("very" counts half a rung up). */
function levelSwap(previous: readonly string[], next: readonly string[]): LevelSwap | null {
  const level = (words: readonly string[], i: number, scale: ReadonlyArray<readonly string[]>): number => {
    const found = rung(words[i] ?? '', scale);
    return found < 0 ? -1 : found + (words[i - 1] === 'very' ? 0.5 : 0);
  };
  const strip = (words: readonly string[]) => words.filter((word) => word !== 'very');
  const before = strip(previous);
  const after = strip(next);
  if (before.length !== after.length) return null;
  const changed = before.map((word, i) => (word === after[i] ? -1 : i)).filter((i) => i >= 0);
  const at = changed.length === 1 ? changed[0] : changed.length === 0 && previous.length !== next.length ? -2 : undefined;
  if (at === undefined) return null;
  // Only "very" came or went: find the word it stands before.
  const index = at >= 0 ? at : before.findIndex((_, i) => SCALES.some((scale) => rung(before[i] ?? '', scale) >= 0));
  const oldAt = previous.indexOf(before[index] ?? '');
  const newAt = next.indexOf(after[index] ?? '');
  for (const [index, scale] of SCALES.entries()) {
    const from = level(previous, oldAt, scale);
    const to = level(next, newAt, scale);
    if (from < 0 || to < 0 || from === to) continue;
    return { from: `${previous[oldAt - 1] === 'very' ? 'very ' : ''}${previous[oldAt]}`, to: `${next[newAt - 1] === 'very' ? 'very ' : ''}${next[newAt]}`, step: to - from, at: oldAt, scale: index };
  }
  return null;
}

const MARKERS = /\b(?:only (?:if|when|where|once|after)|unless|except (?:when|where|if)|if|when|whenever|where|once)\b/g;

export function findLevelsMoved(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const { group, previous, next } of oneToOneGroups(input.groups)) {
    const words = tokens(previous.text);
    const swap = levelSwap(words, tokens(next.text));
    // Where the level stands: the last condition word before it says whether it sits in an
    // exception, an "only" case, or the rule or its if/when.
    const marker = swap ? [...words.slice(0, swap.at).join(' ').matchAll(MARKERS)].at(-1)?.[0] ?? '' : '';
    // A colour or grade that names no level ("the brand colour is green") stands in no condition
    // and before no word of levels.
    const graded = swap !== null && (swap.scale === ANY_NOUN_SCALE || GRADED.test(words[swap.at - 1] ?? '') || words.slice(swap.at + 1, swap.at + 3).some((word) => LEVEL_NOUNS.test(word)));
    if (!swap || (marker === '' && !graded)) {
      // No one word swapped, or no level noun beside it: the graded thing may be said apart from
      // its value ("the fire danger is high", a sentence rebuilt round "an amber wind warning").
      const moved = slotMoved(previous, next.text);
      if (moved) reasons.push({ code: 'condition-changed', message: `${moved} in ${quote(group.nextText)}` });
      continue;
    }
    // An exception or an "only" case at a level ("unless the flag is red") changes either way.
    const inUnless = /^(?:unless|except)/.test(marker);
    const inOnly = marker.startsWith('only');
    const grant = ruleKind(previous) === 'grant';
    if (!inOnly && !inUnless && (swap.step > 0) !== !grant) continue;
    reasons.push({ code: 'condition-changed', message: `condition changed: "${swap.from}" -> "${swap.to}" (${swap.step > 0 ? 'a higher' : 'a lower'} level: the rule covers ${inOnly || inUnless ? 'other' : 'fewer'} cases) in ${quote(group.nextText)}` });
  }
  return reasons;
}

/**
 * The same graded thing given another value in a sentence rebuilt round it (`_graded-slots.ts`):
 * "a yellow wind warning" -> "only ... an amber wind warning", "class B" -> "class C", "graded
 * moderate" -> "graded severe" said in the passive. A letter or numeral rung has no order the text
 * says, so either way counts; a word rung counts the way the rule's kind makes weaker (as above).
 */
function slotMoved(previous: Statement, next: string): string | null {
  const change = changedSlot(previous.text, next);
  if (!change) return null;
  const { from, to } = change;
  const named = `"${from.value}" -> "${to.value}"`;
  const scale = from.anchor.startsWith('~') ? 'a scale' : `the ${from.anchor} scale`;
  if (from.scale === null) return `condition changed: ${named} (another rung of ${scale}: the rule covers other cases)`;
  const marker = (lead: string): string => [...lead.matchAll(MARKERS)].at(-1)?.[0] ?? '';
  const eitherWay = [marker(from.lead), marker(to.lead)].some((found) => /^(?:unless|except|only)/.test(found));
  const step = to.rung - from.rung;
  if (!eitherWay && (step > 0) !== (ruleKind(previous) !== 'grant')) return null;
  return `condition changed: ${named} (${step > 0 ? 'a higher' : 'a lower'} level: the rule covers ${eitherWay ? 'other' : 'fewer'} cases)`;
}
