// A gate said the other way round: "Do not sell a machine until it has typed a test page" =
// "Sell a machine once it has typed a test page" = "Keepers enter the enclosure only when both
// gates are locked" for "Keepers must not enter the enclosure unless both gates are locked". A
// prohibition held until (unless, before) a condition and an act done once (only when, only if,
// after) it holds say one rule: the act waits for the condition. When one version says the gate
// one way and the other version the other way, over the same act (the same content words before
// the gate word), the new sentence is written in the old one's form with its own condition, so the
// versions compare condition against condition: a gate said the other way with every condition
// kept reads as nothing, and one whose condition lost a word ("a full test page" -> "a test page",
// "completed and logged" -> "completed") reads as that condition changed, however the prohibition
// was rephrased (issue 11, round 21b: v22's typewriter miss); an "only" before the verb with a
// plain when/if is the positive form too (round 24a). Pure.
import { stemSet } from './_statements.ts';
import { splitSentences } from './_text.ts';

const PROHIBITION = /^(?<lead>(?:[^.;:]*?\b)?(?:do not|don't|never|must not|mustn't|may not|cannot|can't|should not|shall not|(?:is|are) not to|(?:is|are) never to)\s+[^.;:]+?)\s+(?<gate>until|unless|before)\s+(?<cond>[^;:]+)$/i;
const POSITIVE = /^(?<lead>[^.;:]+?)\s+(?<gate>only (?:when|if|once|after)|once|after)\s+(?<cond>[^;:]+)$/i;
/**
 * "We only release a unit when ...", "Players only take an instrument home if ...": an "only" right
 * before the verb limits the act to the case its when/if names, as "only when" does (round 24a: v25's
 * "Do not tell a client their drain is blocked unless the camera has shown it" -> "We only tell a
 * client ... when the camera has shown it"). Not a sentence's first word and not before a noun phrase
 * or a preposition: "Only a pharmacist may release ..." and "only to members" limit who or to whom.
 */
const POSITIVE_ONLY_VERB = /^(?<lead>[^.;:]*?\S\s+only\s+(?!(?:a|an|the|one|two|to|for|by|with|from|in|on|at|when|if|once|after)\b)[^.;:]+?)\s+(?<gate>when|if)\s+(?<cond>[^;:]+)$/i;
/** A lead that still holds a negation is no positive gate ("Do not lock up after ..."). */
const NEGATED = /\b(?:not|never|no|cannot|can't|don't|mustn't|won't|nobody|none)\b/i;
/** Words a gate's act may carry in one form and not the other ("only", a modal, "be" of a passive). */
const FORM_WORDS = /\b(?:only|do not|don't|never|must not|mustn't|may not|cannot|can't|should not|shall not|not|may|can|could|should|must|shall|will|be|is|are|to)\b/gi;

export interface Gate {
  sentence: string;
  lead: string;
  gate: string;
  cond: string;
  prohibition: boolean;
  /** The act and its doer, as content stems: the same set in both forms. */
  act: string;
  /** Said with "only" before the verb and a plain when/if. */
  onlyBeforeVerb: boolean;
}

/** Words that stress a condition and add nothing to it ("when the camera has actually shown it"). */
const STRESS = /^(?:actually|really|clearly|definitely|indeed)$/i;

/**
 * Whether the new gate's condition says nothing the old sentence did not: for the "only" before
 * the verb, the fold is kept to a condition kept or cut, so a condition said in other words as
 * well keeps the reading it had before the form was read (the form change, round 24a).
 */
function conditionKept(before: Gate, after: Gate): boolean {
  const old = stemSet(before.sentence);
  return after.cond.split(/\s+/).filter((word) => !STRESS.test(word)).every((word) => [...stemSet(word)].every((stem) => old.has(stem)));
}

/** The gate a sentence says, in either form, or null. */
export function readGate(sentence: string): Gate | null {
  const prohibition = PROHIBITION.exec(sentence);
  const positive = prohibition ? null : POSITIVE.exec(sentence);
  const onlyBeforeVerb = prohibition || positive ? null : POSITIVE_ONLY_VERB.exec(sentence);
  const found = prohibition ?? positive ?? onlyBeforeVerb;
  const { lead = '', gate = '', cond = '' } = found?.groups ?? {};
  if (!found || (!prohibition && NEGATED.test(lead))) return null;
  const act = [...stemSet(lead.replace(FORM_WORDS, ' '))].sort().join(' ');
  return act === '' ? null : { sentence, lead, gate, cond, prohibition: prohibition !== null, act, onlyBeforeVerb: onlyBeforeVerb !== null };
}

/** `next` with each gate said the other way from its old sentence written in the old form. */
export function withGatesSaidAsBefore(next: string, previous: string): string {
  const old = new Map<string, Gate>();
  for (const sentence of splitSentences(previous)) {
    const gate = readGate(sentence);
    if (gate) old.set(gate.act, gate);
  }
  if (old.size === 0) return next;
  let written = next;
  for (const sentence of splitSentences(next)) {
    const gate = readGate(sentence);
    const before = gate && old.get(gate.act);
    if (!gate || !before || before.prohibition === gate.prohibition || !written.includes(sentence)) continue;
    if ((gate.onlyBeforeVerb || before.onlyBeforeVerb) && !conditionKept(before, gate)) continue;
    written = written.replace(sentence, `${before.lead} ${before.gate} ${gate.cond}`);
  }
  return written;
}

/**
 * Whether two sentences say a gate over the same act in opposite forms: `withGatesSaidAsBefore`
 * writes such a sentence in the old form so the conditions are compared, so no other fold
 * (`_precedence.ts`) may write the old condition over the new one.
 */
export function sameGateOtherWay(previous: string, next: string): boolean {
  const [before, after] = [readGate(previous.trim()), readGate(next.trim())];
  return before !== null && after !== null && before.act === after.act && before.prohibition !== after.prohibition && (!(before.onlyBeforeVerb || after.onlyBeforeVerb) || conditionKept(before, after));
}
