// A case said as an "if" clause with an indefinite ("If a rider forgets their helmet, lend them a
// spare") is the universal the other version says with a relative clause ("Lend a spare helmet to
// any rider who forgets theirs", "to anyone who asks"): "a rider" in the condition stands for every
// rider the condition fits. The scope reading saw "any"/"every" dropped and read the rule narrowed
// (issue 11, round 19a: v21's "Offer a halal or vegetarian parcel to anyone who asks for one" ->
// "If a client requests a meat-free or halal selection, ..."). The new version's indefinite is
// written with the old quantifier ("If any rider forgets ..."), for the reading in other words
// only (reworded-withdrawn.ts), so it can take a finding away and never add one; and only when
// the condition says nothing the old version did not ("If a rider forgets their helmet and pays a
// deposit" adds a case of its own, and stays a narrowed scope). Pure.
import { stemSet } from './_statements.ts';

/** "any rider who", "every climber that", "each member who": a quantifier, its noun, a relative pronoun. */
const QUANTIFIED_RELATIVE = /\b(any|every|each|all)\s+(?:[a-z-]+\s+)?[a-z-]+\s+(?:who|that|which|whose)\b/i;
/** "anyone who", "everybody that": a quantified pronoun with a relative clause. */
const PRONOUN_RELATIVE = /\b(anyone|anybody|everyone|everybody)\s+(?:who|that|whose)\b/i;
/** A condition opening with an indefinite: "If a rider", "When an adult", "If someone". */
const CONDITIONAL_INDEFINITE = /\b(if|when|whenever|where|once)\s+(an?|someone|somebody)\b(\s+[a-z-]+)?([^,;.!?]*)/gi;

/** The new version with the indefinite of each opening condition written as the old version's quantifier. */
export function foldConditionalIndefinites(previous: string, next: string): string {
  const quantified = QUANTIFIED_RELATIVE.exec(previous);
  const pronoun = PRONOUN_RELATIVE.exec(previous);
  if (!quantified && !pronoun) return next;
  const oldStems = stemSet(previous);
  return next.replace(CONDITIONAL_INDEFINITE, (whole, opener: string, indefinite: string, noun: string | undefined, rest: string) => {
    const someone = /^some/i.test(indefinite);
    // The case must be the old version's: every word of it (its noun aside) said there.
    if ([...stemSet(`${someone ? (noun ?? '') : ''}${rest}`)].some((stem) => !oldStems.has(stem))) return whole;
    // "anyone who asks" -> "if a client requests": the pronoun for the person the condition names.
    if (pronoun && (someone || !quantified)) return `${opener} ${pronoun[1]!.toLowerCase()}${someone ? (noun ?? '') : ''}${rest}`;
    if (quantified && !someone) return `${opener} ${quantified[1]!.toLowerCase()}${noun ?? ''}${rest}`;
    return whole;
  });
}
