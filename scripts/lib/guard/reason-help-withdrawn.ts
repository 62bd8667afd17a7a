// `modal-weakened` for a duty to help someone turned into leaving them to it: "Teach new drivers
// the lift-gate lock" -> "New drivers can work out the lift-gate lock on their own", "Walk first-
// time visitors through the check-in kiosk" -> "First-time visitors may use the check-in kiosk by
// themselves". The old rule asks staff to teach, show, help, guide, train or walk a person through
// a thing; the new one keeps the person and the thing, grants the person the act ("can", "may",
// "are free to") and says they do it alone ("on their own", "by themselves", "unaided", "without
// help"). No modal went, so reason-modal sees a duty-less statement either way. Pure.
import type { Reason } from '../schema/records.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { isContent, stemSet } from './_statements.ts';
import { normaliseWord, quote } from './_text.ts';

const HELPING = /^(?:teach|show|help|guide|train|walk|coach|assist|talk|take)$/;
const LEFT_ALONE = /\b(?:on (?:their|his|her|your) own|by (?:themselves|himself|herself|yourself)|unaided|without (?:help|assistance|support|guidance))\b/;
const GRANT = /\b(?:can|may|could|are free to|is free to|are welcome to|are expected to|should)\b/;

export function findHelpWithdrawn(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) => {
    const verb = previous.words[0] ?? '';
    if (!HELPING.test(verb) || previous.mainNegations.length > 0) return null;
    const text = next.words.join(' ');
    if (!LEFT_ALONE.test(text) || !GRANT.test(text) || LEFT_ALONE.test(previous.words.join(' '))) return null;
    // The person and the thing stay: most of the old rule's words but its verb.
    const kept = stemSet(next.text);
    const rest = previous.words.slice(1).filter(isContent).map(normaliseWord);
    if (rest.length < 2 || rest.filter((stem) => kept.has(stem)).length * 3 < rest.length * 2 || kept.has(normaliseWord(verb))) return null;
    return { code: 'modal-weakened', message: `duty to help withdrawn: "${verb}" went and ${quote(group.nextText)} leaves them to do it alone` };
  });
}
