// A party's assent said in another of the ways English says it (issue 11, round 30a): "without
// their doctor's approval" = "only once their doctor has said yes", "unless the guest has given
// permission" = "without the guest having said it is fine", "without the customer's approval" =
// "until the customer agrees", "needs the instructor's approval" = "once the instructor has said
// yes". A gate on someone's assent is the same gate whichever word says the assent, but the
// dictionary links few of them ("agree" and "approval" share no sense, "said yes" is two words it
// does not hold), so the gate readings found the condition replaced. Here, when both versions say an
// assent and in different words, every assent of both is written in one family of words ("approval",
// "approve", "approves", "approved", "approving"), its inflection kept; the gate readings then weigh
// the party and the act as before (another party, a telling or an asking instead of an assent, "unless
// they object" for "only once they agree", stay as they were). Only assent given by someone: the
// grant modals "allowed", "permitted" are rule words, not assent, and are left. The fold can only
// take findings away (`reworded-withdrawn.ts`). Only an assent in a gate ("without", "until", "only
// once", "needs") is read: an assent that is the duty's own act ("The armourer must approve every
// weapon") is the duty, its party read by the other readings. Pure.

/** The assent written as a noun, a verb in each inflection: every family below is written as these. */
const APPROVAL = { noun: 'approval', base: 'approve', third: 'approves', past: 'approved', ing: 'approving' } as const;
type Form = keyof typeof APPROVAL;

/** Assent said as a noun after a possessive, "their", "the customer's", or after "give(n)" / "with". */
const NOUNS = /\b(?:approval|consent|permission|agreement|authori[sz]ation|go-ahead|say-so|blessing|ok|okay)\b/gi;
/** Assent said as a verb or a verb phrase, by inflection. */
const VERBS: ReadonlyArray<readonly [RegExp, Form]> = [
  // "said yes", "said it is fine", "said it was OK", "given (their) permission / consent / approval / the go-ahead"
  [/\b(?:said|says|say|saying) (?:yes|it is fine|it's fine|it was fine|it is ok|it's ok|it was ok|that is fine|that's fine)\b/gi, 'past'],
  [/\b(?:given|gave|give|gives|giving) (?:their|his|her|its|your|our|the|a|an|written|verbal|explicit)? ?(?:written |verbal |explicit )?(?:approval|consent|permission|agreement|go-ahead|ok|okay|blessing)\b/gi, 'past'],
  [/\b(?:agreed|consented|approved|authori[sz]ed)\b/gi, 'past'],
  [/\b(?:agrees|consents|approves|authori[sz]es)\b/gi, 'third'],
  [/\b(?:agreeing|consenting|approving|authori[sz]ing)\b/gi, 'ing'],
  [/\b(?:agree|consent|approve|authori[sz]e)\b/gi, 'base'],
];

/** The inflection a verb phrase of assent is said in, from its own first word. */
function formOf(phrase: string, fallback: Form): Form {
  const first = phrase.toLowerCase().split(/\s+/)[0] ?? '';
  if (/^(?:said|given|gave)$/.test(first) || /ed$/.test(first)) return 'past';
  if (/^(?:says|gives)$/.test(first) || (/s$/.test(first) && !/ss$/.test(first))) return 'third';
  if (/ing$/.test(first)) return 'ing';
  if (/^(?:say|give)$/.test(first)) return 'base';
  return fallback;
}

/** Words that open a gate on an assent: "without their approval", "until the owner agrees", "needs the instructor's approval". */
const GATE = /\b(?:without|unless|until|till|once|only|before|after|if|provided|providing|when|with|needs?|needed|requires?|required|waits?)\b/i;
/** How far before an assent its gate may open, in words ("unless the guest is there or has given permission"). */
const GATE_REACH = 8;

/**
 * Whether the assent at `at` stands in a gate: a gate word among the words before it in its
 * sentence. An assent that is the rule's own act ("The armourer must approve every weapon") is the
 * duty, and another party's assent in a gate ("until the coach has given approval") does not say it.
 */
function inGate(text: string, at: number): boolean {
  const before = text.slice(0, at).split(/[.!?;:]/).pop() ?? '';
  return GATE.test(before.split(/\s+/).filter(Boolean).slice(-GATE_REACH).join(' '));
}

/** The assent words of a text that stand in a gate, each as written and as written in the one family. */
function assentsOf(text: string): Array<{ written: string; at: number; as: string }> {
  const found: Array<{ written: string; at: number; as: string }> = [];
  const taken: Array<[number, number]> = [];
  const free = (at: number, end: number) => inGate(text, at) && taken.every(([from, to]) => end <= from || at >= to);
  for (const [pattern, fallback] of VERBS) {
    for (const match of text.matchAll(pattern)) {
      const at = match.index ?? 0;
      if (!free(at, at + match[0].length)) continue;
      // "given their approval" is the verb's: a past assent, whatever the noun says.
      const form = /^(?:given|gave|give|gives|giving)\b/i.test(match[0]) ? formOf(match[0], 'past') : formOf(match[0], fallback);
      found.push({ written: match[0], at, as: APPROVAL[form] });
      taken.push([at, at + match[0].length]);
    }
  }
  for (const match of text.matchAll(NOUNS)) {
    const at = match.index ?? 0;
    if (!free(at, at + match[0].length)) continue;
    found.push({ written: match[0], at, as: APPROVAL.noun });
    taken.push([at, at + match[0].length]);
  }
  return found.sort((a, b) => a.at - b.at);
}

/** The text with each assent written in the one family, its inflection kept. */
function written(text: string): string {
  let result = text;
  for (const assent of assentsOf(text).reverse()) result = `${result.slice(0, assent.at)}${assent.as}${result.slice(assent.at + assent.written.length)}`;
  return result;
}

/** The assents a text says, as the words that say them. */
const saidAs = (text: string): Set<string> => new Set(assentsOf(text).map((assent) => assent.written.toLowerCase()));

/**
 * Both versions with every assent written as "approval" / "approve(s, d, ing)" when both say one
 * and the new version says one in words the old does not; as they are otherwise.
 */
export function foldAssentWords(previous: string, next: string): [string, string] {
  const [before, after] = [saidAs(previous), saidAs(next)];
  if (before.size === 0 || after.size === 0 || [...after].every((word) => before.has(word))) return [previous, next];
  // "until the patient has given written consent" -> "until the patient has agreed": the kind of
  // assent asked for is part of the gate, and writing both as "approved" would hide it (review24).
  if (kindsOf(previous) !== kindsOf(next)) return [previous, next];
  return [written(previous), written(next)];
}

/** Words that say what kind of assent a gate asks for ("in writing" is "written"). */
const KIND = /\b(?:written|verbal|oral|explicit|express|signed|formal)\b|\bin writing\b/gi;

/** The kinds said in the sentences of a text's assents ("written consent", "agreed to it in writing"). */
function kindsOf(text: string): string {
  const kinds = new Set<string>();
  for (const assent of assentsOf(text)) {
    const start = Math.max(...['.', '!', '?', ';'].map((mark) => text.lastIndexOf(mark, assent.at)));
    const end = text.slice(assent.at).search(/[.!?;]/);
    for (const kind of text.slice(start + 1, end === -1 ? text.length : assent.at + end).toLowerCase().match(KIND) ?? []) kinds.add(kind === 'in writing' ? 'written' : kind);
  }
  return [...kinds].sort().join(' ');
}
