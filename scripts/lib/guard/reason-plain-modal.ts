// `modal-weakened` for a duty said as a plain statement and turned into advice: "The nurse in
// charge checks the register every shift" -> "... is expected to check ...", "Staff report near
// misses" -> "Staff are invited to report ...". A codex states its duties in the plain present as
// often as with "must"; the modal reading sees no modal in the old sentence and so nothing to
// weaken. Read only when the modal is all that came in: the new sentence brings no content word
// of its own beyond the modal's, so a sentence rebuilt around a "can" is left alone. Pure.
import type { Reason } from '../schema/records.ts';
import type { StatementDiffInput } from './_statement-groups.ts';
import { readModal } from './_rule-words.ts';
import { stemSet } from './_statements.ts';
import { quote } from './_text.ts';

/** Words a weaker modal brings with it ("are expected to", "are encouraged to"). */
const MODAL_WORDS = stemSet('expected encouraged invited advised asked welcome free entitled allowed permitted optional recommended choose wish');

/**
 * A plain statement is as often a right as a duty ("Patients choose their own GP", "Staff get 25
 * days of leave"), and then "can"/"may"/"entitled to" says it again; advice ("should", "are
 * encouraged to", "where possible") weakens either.
 */
const GRANTS = /^(?:may|might|can|could|allowed|permitted|free to|welcome to|entitled to|up to you|may choose|can choose|is helpful|are helpful|is useful|are useful|is welcome|are welcome)\b/;

/** Content words a plain sentence needs to state who does what (not "Refunds apply"). */
const MIN_WORDS = 3;

/** One reason per aligned group whose plain statement of duty gained a weaker modal and nothing else. */
export function findPlainDutiesWeakened(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const group of input.groups) {
    // A question, a remark or a sentence with a modal or an imperative is the modal reading's.
    if (group.previous.some((statement) => readModal(statement.text) !== null || statement.mainNegations.length > 0)) continue;
    // A hedge that came in ("where possible") is qualifier-added's.
    if (group.next.some((statement) => statement.qualifiers.length > 0)) continue;
    const oldStems = stemSet(group.previousText);
    if (oldStems.size < MIN_WORDS || /^\W*(?:many|most|some|few|several|often|usually|sometimes)\b/i.test(group.previousText)) continue;
    const after = group.next.map((statement) => readModal(statement.text)).find((reading) => reading !== null && reading.strength < 3 && !GRANTS.test(reading.words));
    if (!after) continue;
    const brought = [...stemSet(group.nextText)].filter((stem) => !oldStems.has(stem) && !MODAL_WORDS.has(stem));
    if (brought.length > 0) continue;
    reasons.push({ code: 'modal-weakened', message: `modal weakened: a plain statement of duty -> "${after.words}" in ${quote(group.nextText)}` });
  }
  return reasons;
}
