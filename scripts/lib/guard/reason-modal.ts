// `modal-weakened`: a rule's obligation dropped a level (must/shall -> should -> may/can). Pure.
import type { Reason } from '../schema/records.ts';
import { alignSentences } from './_align.ts';
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

/** One reason per aligned sentence whose strongest modal got weaker. */
export function findModalWeakened(previous: string, next: string): Reason[] {
  const reasons: Reason[] = [];
  for (const group of alignSentences(previous, next).groups) {
    const before = strongest(group.previous);
    const after = strongest(group.next);
    // A plain statement in the new text ("The assistant verifies ...") is not read as weaker.
    if (!before || !after || after.strength >= before.strength) continue;
    reasons.push({
      code: 'modal-weakened',
      message: `modal weakened: "${before.words}" -> "${after.words}" in ${quote(group.next.join(' '))}`,
    });
  }
  return reasons;
}
