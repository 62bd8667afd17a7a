// `condition-changed` for a gate said the other way round whose condition now waits for another
// thing: "Do not refill a cylinder until the valve has been inspected" -> "We only refill a
// cylinder once the valve has been ordered", "Do not book a child unless a parent has signed the
// waiver" -> "Book a child only if a parent has read the waiver". Said in the same form, the one
// word swapped is the dictionary's one-word reading (reason-word-replaced.ts: "inspected" ->
// "ordered" share no sense); said the other way round, every word of the frame moved too, so that
// reading saw a rewrite and passed, and the gate readings (_gates.ts) write the new sentence in
// the old form only for the statement readings, which read a condition that lost a word
// (reason-gate-loosened.ts), not one whose word gave way to another. Here the new sentence is
// written in the old form (`withGatesSaidAsBefore`) and asked of the one-word reading: the act
// kept, the condition's frame kept, one word of it replaced by a word naming another act or
// thing, or by its opposite ("raised" -> "lowered": reason-dictionary-opposite.ts). A gate turned with its condition in words the dictionary links ("inspected" ->
// "checked") or kept reads as nothing, as it did (round 35d: the tuning set's gate twins of rounds
// 33-34, "in the boat" -> "on the shore", "signed" -> "read"). Pure: the dictionary is handed in.
import type { Reason } from '../schema/records.ts';
import type { Lexicon } from './_lexicon.ts';
import { changedSentencePairs } from './_changed-stretch.ts';
import { readGate, withGatesSaidAsBefore } from './_gates.ts';
import { wordReplaced } from './reason-word-replaced.ts';
import { findDictionaryOpposites } from './reason-dictionary-opposite.ts';
import { quote } from './_text.ts';

export function findGateCasesReplaced(previous: string, next: string, lexicon: Lexicon): Reason[] {
  const reasons: Reason[] = [];
  for (const [old, now] of changedSentencePairs(previous, next)) {
    const [before, after] = [readGate(old), readGate(now)];
    // Only a gate turned round: one said in the same form is the one-word reading's as it stands.
    if (!before || !after || before.act !== after.act || before.prohibition === after.prohibition) continue;
    const written = withGatesSaidAsBefore(now, old);
    if (written === now) continue;
    const replaced = wordReplaced(old, written, lexicon);
    if (replaced) {
      reasons.push({ code: 'condition-changed', message: `gate's condition replaced: the act now waits for "${replaced.came}" where it waited for "${replaced.gone}" (${lexicon.id} links neither to the other), in ${quote(now)}` });
      continue;
    }
    // "until the marshal has raised the flag" -> "only once the marshal has lowered the flag": its opposite.
    const [opposite] = findDictionaryOpposites(old, written, lexicon);
    if (opposite) reasons.push({ code: 'condition-changed', message: `gate's condition turned to its opposite: ${opposite.message.replace(/ in ".*$/, '')}, in ${quote(now)}` });
  }
  return reasons;
}
