// A "not" that entered or left a condition without negating it. Pure.
//
// "When the user asks about a delayed bag" -> "If a passenger enquires about luggage that has not
// arrived": the "not" sits in a relative clause that describes the thing in other words ("delayed"
// = "has not arrived"), its verb new to the rule. "If a guest has not returned by nightfall" ->
// "whenever a guest is still out when night falls": "still" (and "yet to", "remains") says the
// same not-yet. Either way the condition holds in the same cases. A "not" before a verb the other
// version also has ("customers who ask" -> "customers who do not ask", "if the alarm is still
// sounding" -> "is not sounding") still negates the condition.
import type { Condition } from './_statements.ts';
import { normaliseWord, STOP_WORDS } from './_text.ts';

const NEGATIONS = new Set(['not', 'never', 'no']);
const RELATIVE = new Set(['who', 'that', 'which', 'whose', 'whom']);
/** Words between a "not" and its verb ("has not yet been collected"). */
const SKIPPED = new Set(['yet', 'ever', 'been', 'be', 'being', 'got', 'gotten', 'even']);
/** A not-yet said without "not": "is still out", "remains unpaid", "is yet to arrive". */
const CONTINUATION = /\b(?:still|remains?|remained|remaining)\b/;
const YET_TO = /\byet to\b/;

/** The verb each negation of the conditions negates, and whether a relative pronoun leads into it. */
function negatedVerbs(conditions: readonly Condition[]): Array<{ verb: string; relative: boolean }> {
  return conditions.flatMap(({ words }) =>
    words.flatMap((word, i) => {
      if (!NEGATIONS.has(word)) return [];
      let at = i + 1;
      while (at < words.length && SKIPPED.has(words[at] ?? '')) at++;
      const verb = words[at] ?? '';
      const relative = words.slice(Math.max(0, i - 3), i).some((before) => RELATIVE.has(before));
      return verb && !STOP_WORDS.has(verb) ? [{ verb: normaliseWord(verb), relative }] : [];
    }),
  );
}

/**
 * Whether every "not" the negated side's conditions hold (beyond the other side's) describes
 * rather than negates: in a relative clause whose verb the other version's conditions do not use, or answered
 * by a "still"/"remains" (verb not used there either) or a "yet to" in the other version's conditions.
 */
export function negationOnlyDescribes(negated: readonly Condition[], other: readonly Condition[]): boolean {
  const verbs = negatedVerbs(negated);
  if (verbs.length === 0) return false;
  const otherWords = ` ${other.flatMap((condition) => condition.words).join(' ')} `;
  if (YET_TO.test(otherWords)) return true;
  const continued = CONTINUATION.test(otherWords);
  // The other version's conditions, not its whole text: "the arrivals desk" is no "has arrived".
  const otherStems = new Set(other.flatMap((condition) => condition.stems));
  return verbs.every(({ verb, relative }) => !otherStems.has(verb) && (relative || continued));
}
