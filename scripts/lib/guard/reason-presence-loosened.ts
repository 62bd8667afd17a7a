// `condition-changed` for a gate that waited for someone's presence or attention now content with
// their being about somewhere: "Pupils must not use the kiln room unless a teacher is supervising"
// -> "Pupils use the kiln room only while a teacher is in the building", "unless a banksman is in
// position" -> "only when a banksman is nearby", "unless a personal licence holder is on duty" ->
// "... is on call", "only when a qualified coach is on the line with them" -> "when a qualified coach
// is somewhere at the club". The person the gate names is kept, what they had to be doing or where
// they had to stand gives way to a word of vague presence (nearby, somewhere, anywhere, in the
// building, on the premises, on call, around) the old condition never said: the act is let go in
// more cases. The old sentence holds the act back (a negation or an "only" before the gate); the new
// one may say the gate either way. Round 41a: the tuning set's gated-ban misses of this shape (5)
// and v16/v21's (2), no benign edit of any read set (a vague presence added as a further
// condition, "only with ... a senior maker in the building", keeps every old word: stricter). Pure.
import type { Reason } from '../schema/records.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { contentStems, quote, sameRoot } from './_text.ts';

/** A gate and the condition after it, to the sentence's end. */
const GATE = /\b(?:unless|until|while|whenever|when|if|once|with|provided(?: that)?)\s+([^;:]+)$/i;
/** What holds the act back before the gate in the old sentence. */
const HELD_BACK = /\b(?:not|never|no|cannot|only)\b/i;
/** A presence said vaguely: about the place, not at the act. */
const VAGUE = /\b(?:nearby|near by|somewhere|anywhere|in the building|on the premises|on site|on call|around|about the place|within earshot|in the area|at the club|in the centre)\b/i;

export function findPresencesLoosened(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ previous, next }) => {
    const [oldGate, newGate] = [GATE.exec(previous.text), GATE.exec(next.text)];
    if (!oldGate || !newGate || !HELD_BACK.test(previous.text.slice(0, oldGate.index))) return null;
    const [oldCondition, newCondition] = [oldGate[1] ?? '', newGate[1] ?? ''];
    const vague = VAGUE.exec(newCondition);
    if (!vague || VAGUE.test(previous.text)) return null;
    const [oldStems, newStems] = [contentStems(oldCondition), contentStems(newCondition)];
    // The person waited for is kept; something of what they had to be or do is gone.
    const kept = oldStems.filter((stem) => newStems.some((now) => sameRoot(stem, now)));
    const lost = oldStems.filter((stem) => !newStems.some((now) => sameRoot(stem, now)));
    if (kept.length === 0 || lost.length === 0) return null;
    return { code: 'condition-changed', message: `presence loosened: the gate waited for ${quote(oldCondition.replace(/[.!]$/, ''), 60)} and now for "${vague[0]}" in ${quote(next.text)}` };
  });
}
