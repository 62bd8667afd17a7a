// `order-changed` for a gate whose act and condition traded places (issue 11, round 36d: the
// tuning set's role swaps said through a gate). A gate says which of two events waits for the
// other ("Lifeguards must not leave the tower until a relief lifeguard has arrived": the leaving
// waits for the arrival). Said with the condition's event as the act and the act's event as the
// condition ("A relief lifeguard arrives at the tower only once a lifeguard has left it", "The
// ward must not discharge a patient unless a consultant has signed the form" -> "A consultant
// signs the form only if a patient is discharged"), the order of the two events is turned round,
// whichever form each gate is said in. `_gates.ts` reads a gate said the other way over the same
// act; here the two acts differ. Read: both sentences say a gate (`readGate`, any form); every
// word only the old condition held is in the new act and none of them in the new condition; the
// new condition holds a word only the old act held; each condition holds two content words ("once a
// year" is a rate). The same gate said the other way keeps its
// condition's words in its condition, so it reads as nothing. Pure.
import type { Reason } from '../schema/records.ts';
import { readGate } from './_gates.ts';
import { oneToOneGroups, type StatementDiffInput } from './_statement-groups.ts';
import { stemSet } from './_statements.ts';
import { quote } from './_text.ts';

/** Past forms of verbs a gate waits on that the shared stemmer does not fold ("has left" = "leave"). */
const PAST_FORMS: ReadonlyMap<string, string> = new Map([
  ['left', 'leave'], ['come', 'come'], ['came', 'come'], ['fallen', 'fall'], ['fell', 'fall'], ['run', 'run'], ['ran', 'run'],
  ['set', 'set'], ['put', 'put'], ['cut', 'cut'], ['shut', 'shut'], ['begun', 'begin'], ['rung', 'ring'], ['rang', 'ring'],
]);

function stems(text: string): Set<string> {
  const folded = text.replace(/\b[a-z]+\b/gi, (word) => PAST_FORMS.get(word.toLowerCase()) ?? word);
  return new Set(stemSet(folded));
}

/** The words of each side of a gate sentence, or null when it says no gate. */
function sides(sentence: string): { act: Set<string>; cond: Set<string> } | null {
  const gate = readGate(sentence.trim().replace(/[.!?]+$/, ''));
  if (!gate) return null;
  return { act: new Set(gate.act.split(' ').flatMap((stem) => [...stems(stem)])), cond: stems(gate.cond) };
}

/** Whether the old gate's act and condition traded places in the new one. */
export function gateSidesExchanged(previous: string, next: string): boolean {
  const [before, after] = [sides(previous), sides(next)];
  if (!before || !after) return false;
  // "once a year" is a rate, not a gate: each condition names an event in two words at least.
  if (before.cond.size < 2 || after.cond.size < 2) return false;
  const condOnly = [...before.cond].filter((stem) => !before.act.has(stem));
  const actOnly = [...before.act].filter((stem) => !before.cond.has(stem));
  if (condOnly.length === 0 || actOnly.length === 0) return false;
  return condOnly.every((stem) => after.act.has(stem) && !after.cond.has(stem)) && actOnly.some((stem) => after.cond.has(stem));
}

/** One reason per one-to-one aligned sentence whose gate turned its two events round. */
export function findGateSidesExchanged(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const { group, previous, next } of oneToOneGroups(input.groups)) {
    if (!gateSidesExchanged(previous.text, next.text)) continue;
    const gate = readGate(previous.text.trim().replace(/[.!?]+$/, ''));
    reasons.push({ code: 'order-changed', message: `order changed: the gate's two events traded places, "${gate?.cond ?? ''}" no longer comes first in ${quote(group.nextText)}` });
  }
  return reasons;
}
