// `modal-weakened` for an instruction said as a permission with every word kept: "Fence the pond so
// toddlers cannot reach the water" -> "You may fence the pond ...". reason-modal.ts reads an
// imperative by its verb, from a closed list of verbs; a verb that is also a noun ("fence", "bin",
// "tag", "ring") is not on it. Here the shape says it: the old sentence, whole, follows a new
// "you/staff/<someone> may/can/could/might" at its start, so its first word was the instruction's
// verb. Pure.
import type { Reason } from '../schema/records.ts';
import { wordsInserted } from './_condition-tail.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { quote } from './_text.ts';

const GRANT = /^(?:may|can|could|might)$/;
/** Words the old sentence may open with and still be an instruction, not a statement ("The", "All"). */
const NOT_A_VERB = /^(?:the|a|an|all|every|each|any|some|no|this|that|these|those|our|your|their|it|they|we|you|i|he|she|if|when|before|after|once|only|never|always|do|please)$/;

export function findImperativesGranted(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) => {
    const inserted = wordsInserted(previous.words, next.words);
    if (!inserted || inserted.at !== 0 || inserted.words.length > 3) return null;
    const modal = inserted.words.at(-1) ?? '';
    if (!GRANT.test(modal) || NOT_A_VERB.test(previous.words[0] ?? '')) return null;
    return { code: 'modal-weakened', message: `modal weakened: "${previous.words[0]}" (an instruction) -> "${inserted.words.join(' ')} ${previous.words[0]}" in ${quote(group.nextText)}` };
  });
}
