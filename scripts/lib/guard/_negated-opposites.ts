// A duty said as the prohibition of its opposite: "must keep the drone in sight" = "may at no point
// lose sight of the drone", "always follow the checklist" = "never skip a step of the checklist".
// The negation that came or went turned the verb round with it: the rule is the same. Pure.
import type { Statement } from './_statements.ts';
import { normaliseWord } from './_text.ts';

/** Verbs of a duty and the verbs whose prohibition says the same duty. */
const OPPOSITES: Readonly<Record<string, readonly string[]>> = {
  // "keep the door locked" is not "never leave the door locked": "leave" and "let" keep a state too.
  keep: ['lose', 'drop'], stay: ['leave', 'stray', 'wander'], remain: ['leave'], retain: ['lose', 'discard'],
  maintain: ['lose', 'drop', 'break'], hold: ['release', 'drop'], follow: ['ignore', 'skip', 'deviate', 'break'],
  obey: ['ignore', 'disobey', 'break'], include: ['omit', 'exclude', 'skip'], attend: ['miss', 'skip'], remember: ['forget'],
  wear: ['remove'], complete: ['skip', 'abandon'], accept: ['refuse', 'reject'],
  // Round 12b: "Never ignore a fire alarm" = "Always respond to a fire alarm"; "never skip the check".
  respond: ['ignore'], answer: ['ignore'], heed: ['ignore'], check: ['skip'], verify: ['skip'],
};

const STEMMED = new Map(Object.entries(OPPOSITES).map(([verb, opposites]) => [normaliseWord(verb), new Set(opposites.map(normaliseWord))]));

/**
 * Whether `negated` (sentences with a main negation) forbids the opposite of a verb the un-negated
 * `duty` sentences hold: a duty verb there, one of its opposites here, and that opposite not in
 * the duty's own words (a verb both versions use, "remain ... when you leave" -> "never leave
 * ...", was not turned round).
 */
export function forbidsTheOpposite(duty: readonly Statement[], negated: readonly Statement[]): boolean {
  // "Without the registrar's approval, objects must stay in the store": a "without" sets the duty's
  // condition; only a negated verb makes it a prohibition.
  if (duty.some((statement) => statement.mainNegations.some((word) => word !== 'without'))) return false;
  const dutyStems = new Set(duty.flatMap((statement) => statement.words.map(normaliseWord)));
  const forbidden = negated.filter((statement) => statement.mainNegations.length > 0).flatMap((statement) => statement.words.map(normaliseWord));
  return [...dutyStems].some((verb) => {
    const opposites = STEMMED.get(verb);
    return opposites !== undefined && forbidden.some((stem) => opposites.has(stem) && !dutyStems.has(stem));
  });
}
