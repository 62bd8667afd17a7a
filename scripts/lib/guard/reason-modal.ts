// `modal-weakened`: a rule's obligation dropped a level (must/shall -> should -> may/can). Pure.
import type { Reason } from '../schema/records.ts';
import { alignSentences } from './_align.ts';
import { isLimitedGrantOfException } from './_limited-grants.ts';
import { readModal, readModalPastCase, type ModalReading } from './_rule-words.ts';
import { quote, tokenizeWords } from './_text.ts';

function strongest(sentences: readonly string[], read: (sentence: string) => ModalReading | null = readModal): ModalReading | null {
  let best: ModalReading | null = null;
  for (const sentence of sentences) {
    const reading = read(sentence);
    if (reading && (!best || reading.strength > best.strength)) best = reading;
  }
  return best;
}

/**
 * Adverbs that say how often, not how strongly: "must wear a cap lamp at all times" -> "should wear
 * a cap lamp at all times" kept the adverb and weakened the verb, so the verbs are compared without it.
 */
const ALWAYS = /\b(?:always|at all times)\b/gi;

function strongestWithoutAlways(sentences: readonly string[]): ModalReading | null {
  return strongest(sentences.map((sentence) => sentence.replace(ALWAYS, ' ').replace(/\s+/g, ' ')));
}

function alwaysCount(sentences: readonly string[]): number {
  return sentences.join(' ').match(ALWAYS)?.length ?? 0;
}

/** Readings of a prohibition ("no ... may", "never", "may not", "prohibited"). */
const BANS = /^(?:no \.\.\.|never|may not|can not|not allowed|not permitted|prohibited|forbidden|nobody|no one|under no circumstances)/;

/** An imperative of asking ("ask them", "ask the customer") and the passive that names the one asked ("is asked to"). */
const ASK_IMPERATIVE = /^ask \S+ \(imperative\)$/;
const ASKED_PASSIVE = /\b(?:is|are|be|gets?|being)\s+asked\s+to\b/i;

/** Whether an imperative to ask someone became the passive "is asked to" of the same request. */
function requestSaidPassive(before: ModalReading, after: ModalReading, next: readonly string[]): boolean {
  return ASK_IMPERATIVE.test(before.words) && after.words === 'asked to' && ASKED_PASSIVE.test(next.join(' '));
}

/**
 * Whether the modal read of the old sentences was their opening case's and the new version still
 * says it ("cannot" in "If a player cannot make a match" and in "who cannot make a match").
 */
function caseModalKept(previous: readonly string[], next: readonly string[], before: ModalReading): boolean {
  const said = ` ${tokenizeWords(next.join(' ')).join(' ')} `;
  if (!said.includes(` ${before.words} `)) return false;
  return strongest(previous, readModalPastCase)?.words !== before.words;
}

/** One reason per aligned sentence whose strongest modal got weaker. */
export function findModalWeakened(previous: string, next: string): Reason[] {
  const reasons: Reason[] = [];
  for (const group of alignSentences(previous, next).groups) {
    // The same "always" on both sides: the verbs decide.
    const keptAlways = alwaysCount(group.previous) > 0 && alwaysCount(group.previous) === alwaysCount(group.next);
    const readBefore = keptAlways ? strongestWithoutAlways(group.previous) : strongest(group.previous);
    const readAfter = keptAlways ? strongestWithoutAlways(group.next) : strongest(group.next);
    // "If a player cannot make a match, ask them ..." -> "A player who cannot make a match is asked
    // ...": the old modal was the opening case's, which the new version still says; the rules after
    // the cases are compared (round 41b, v57). A case whose modal went stays read as it was.
    const pastCase = readBefore !== null && caseModalKept(group.previous, group.next, readBefore);
    const before = pastCase ? strongest(group.previous, readModalPastCase) : readBefore;
    const after = pastCase ? strongest(group.next, readModalPastCase) : readAfter;
    // A plain statement in the new text ("The assistant verifies ...") is not read as weaker.
    // "No one may authorize a connection" -> "A connection may be authorized only by the engineer":
    // a ban turned into a grant to one party, however restricted, lets that party do it.
    const banLifted = after?.words.startsWith('only ...') === true && before !== null && BANS.test(before.words);
    if (!before || !after || (after.strength >= before.strength && !banLifted)) continue;
    // "Ask them to tell the captain" -> "A player ... is asked to tell the captain": the request is
    // still the reader's to make, said in the passive of the same verb of asking (round 41b, v57).
    if (requestSaidPassive(before, after, group.next)) continue;
    // "Only HR may view it" -> "HR and managers may view it": the "only" that went is scope-widened's.
    if (before.words.startsWith('only ...')) continue;
    // "No one may authorize it except the engineer" -> "It may be authorized only by the engineer".
    if (isLimitedGrantOfException(group.previous, group.next)) continue;
    reasons.push({
      code: 'modal-weakened',
      message: `modal weakened: "${before.words}" -> "${after.words}" in ${quote(group.next.join(' '))}`,
    });
  }
  return reasons;
}
