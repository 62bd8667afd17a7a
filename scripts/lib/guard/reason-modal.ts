// `modal-weakened`: a rule's obligation dropped a level (must/shall -> should -> may/can). Pure.
import type { Reason } from '../schema/records.ts';
import { alignSentences } from './_align.ts';
import { isLimitedGrantOfException } from './_limited-grants.ts';
import { readModal, type ModalReading } from './_rule-words.ts';
import { quote } from './_text.ts';

function strongest(sentences: readonly string[]): ModalReading | null {
  let best: ModalReading | null = null;
  for (const sentence of sentences) {
    const reading = readModal(sentence);
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

/** One reason per aligned sentence whose strongest modal got weaker. */
export function findModalWeakened(previous: string, next: string): Reason[] {
  const reasons: Reason[] = [];
  for (const group of alignSentences(previous, next).groups) {
    // The same "always" on both sides: the verbs decide.
    const keptAlways = alwaysCount(group.previous) > 0 && alwaysCount(group.previous) === alwaysCount(group.next);
    const before = keptAlways ? strongestWithoutAlways(group.previous) : strongest(group.previous);
    const after = keptAlways ? strongestWithoutAlways(group.next) : strongest(group.next);
    // A plain statement in the new text ("The assistant verifies ...") is not read as weaker.
    // "No one may authorize a connection" -> "A connection may be authorized only by the engineer":
    // a ban turned into a grant to one party, however restricted, lets that party do it.
    const banLifted = after?.words.startsWith('only ...') === true && before !== null && BANS.test(before.words);
    if (!before || !after || (after.strength >= before.strength && !banLifted)) continue;
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
