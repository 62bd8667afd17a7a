// A noun of the doer said as a relative clause of its act (issue 11, round 33b: v41's "Do not share
// a volunteer's surname or location with a texter" -> "Keep ... private from the people who text
// in"). English names a doer by its act with "-er" / "-or" ("texter", "caller", "visitor") or
// describes it by the act ("the people who text in", "anyone who calls", "those who visit"); the
// two name the same party, and read apart the party reads as dropped or replaced. Where one version
// names the doer and the other describes it by the same verb (the noun less its "-er"/"-or", the
// verb in any inflection, a particle after it allowed), the description is written as the noun, in
// the number its head says. A description by another verb ("the people who reply") stays. Pure.

/** Heads a description of doers opens with ("the people who", "anyone who"); plural ones take a plural noun. */
const PLURAL_HEADS = /^(?:people|those|all|users|customers|persons)$/i;
const SINGULAR_HEADS = /^(?:anyone|someone|everyone|anybody|somebody|everybody|person|whoever)$/i;

/** The determiner a pronoun head says: "anyone" is "any", "everyone" "every", "someone" "a". */
const QUANTIFIERS: Readonly<Record<string, string>> = { anyone: 'any', anybody: 'any', whoever: 'any', everyone: 'every', everybody: 'every', someone: 'a', somebody: 'a' };

/** A description of doers by their act: an optional determiner, a head, "who"/"that", the verb, an optional particle, an "and" opening a second act. */
const DESCRIPTION = /\b(?:(the|any|all|every)\s+)?([A-Za-z]+)\s+(?:who|that)\s+([a-z]+)(\s+(?:in|out|up|back|on))?\b(\s+and\b)?/g;

/** The verbs an agent noun names: "texter" -> "text", "driver" -> "drive" / "driv", "visitor" -> "visit". */
function verbsOf(noun: string): string[] {
  const singular = noun.toLowerCase().replace(/s$/, '');
  const m = /^([a-z]{3,})(?:er|or)$/.exec(singular);
  if (!m) return [];
  const stem = m[1]!;
  return [stem, `${stem}e`, ...(/([a-z])\1$/.test(stem) ? [stem.slice(0, -1)] : [])];
}

/** Whether a verb as written ("texts", "called", "visiting") is an inflection of one of the verbs. */
function inflects(written: string, verbs: readonly string[]): boolean {
  return verbs.some((verb) => written === verb || written === `${verb}s` || written === `${verb}es` || written === `${verb}d` || written === `${verb}ed` || written === `${verb}ing` || written === `${verb.replace(/e$/, '')}ing`);
}

/** `other` with each description of a doer that `text` names by an agent noun written as that noun. */
function nameDoers(text: string, other: string): string {
  const nouns = [...new Set((text.match(/\b[A-Za-z]{3,}(?:er|or)s?\b/g) ?? []).map((noun) => noun.toLowerCase()))].filter((noun) => !new RegExp(`\\b${noun}\\b`, 'i').test(other));
  if (nouns.length === 0) return other;
  return other.replace(DESCRIPTION, (whole, determiner: string | undefined, head: string, verb: string, _particle: string | undefined, and: string | undefined) => {
    const plural = PLURAL_HEADS.test(head);
    if (!plural && !SINGULAR_HEADS.test(head)) return whole;
    const noun = nouns.find((candidate) => inflects(verb, verbsOf(candidate)));
    if (!noun) return whole;
    const singular = noun.replace(/s$/, '');
    // "anyone who visits" is "any visitor", "everyone who calls" "every caller".
    const quantifier = QUANTIFIERS[head.toLowerCase()] ?? determiner;
    // "anyone who subscribes and cancels" is "any subscriber who cancels".
    return `${quantifier ? `${quantifier} ` : ''}${plural ? `${singular}s` : singular}${and ? ' who' : ''}`;
  });
}

/** Both versions with every doer one describes by its act named as the other names it. */
export function foldAgentNouns(previous: string, next: string): [string, string] {
  return [nameDoers(next, previous), nameDoers(previous, next)];
}
