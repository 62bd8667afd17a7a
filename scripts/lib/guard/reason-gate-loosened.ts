// `condition-changed` for a gate whose condition lost a word while the rest stayed: "Do not sell a
// machine until it has typed a full test page" -> "... until it has typed a test page", "Never
// release a bridge until a chartered engineer has signed the report" -> "until an engineer has
// signed". An act held back until (unless, before; or done only when/if/once) a condition holds
// comes more easily when the condition asks less. Read on the sentences as the detectors see them,
// so a gate said the other way round (`_gates.ts`: "Sell a machine once it has typed a test page")
// compares condition against condition. Only a cut: a condition that also gained words is said in
// other words or replaced (another reading's, and the dictionary's to fold), and a trigger of a
// duty ("Call the owner when the dog is fed and washed") cut holds in more cases, stricter. Pure.
import type { Reason } from '../schema/records.ts';
import { readGate } from './_gates.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { stemSet } from './_statements.ts';
import { quote } from './_text.ts';

/** Where the condition ends: a clause of its own joined after it ("..., and do not worry about X"). */
const CLAUSE_BREAK = /,\s*(?:and|but|so|while|though)\s|;|\s[–—-]\s/i;
/** Gate words that hold an act back: a trigger ("once", "after", "when") of a duty is no gate. */
const HOLDS_BACK = /^(?:until|unless|before|only (?:when|if|once|after))$/i;

/** A gate's condition up to any clause joined after it. */
function conditionOf(cond: string): string {
  return cond.split(CLAUSE_BREAK)[0] ?? '';
}

export function findGatesLoosened(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) => {
    const before = readGate(previous.text);
    const after = readGate(next.text);
    if (!before || !after || before.act !== after.act || before.gate.toLowerCase() !== after.gate.toLowerCase() || !HOLDS_BACK.test(before.gate)) return null;
    const [oldText, newText] = [conditionOf(before.cond), conditionOf(after.cond)];
    const oldCondition = stemSet(oldText);
    const newCondition = stemSet(newText);
    const newSentence = stemSet(next.text);
    const oldSentence = stemSet(previous.text);
    const lost = [...oldCondition].filter((stem) => !newSentence.has(stem));
    const added = [...newCondition].filter((stem) => !oldSentence.has(stem));
    if (lost.length === 0 || added.length > 0) return null;
    // A whole alternative of the condition gone ("only if faulty or damaged in transit" -> "only if
    // faulty"): the gate opens in fewer cases, stricter.
    const alternatives = oldText.split(/,?\s+(?:or|nor)\s+/i).map(stemSet);
    if (alternatives.length > 1 && alternatives.some((stems) => stems.size > 0 && [...stems].every((stem) => lost.includes(stem)))) return null;
    const words = previous.words.filter((word) => lost.some((stem) => stemSet(word).has(stem)));
    return { code: 'condition-changed', message: `condition loosened: ${words.map((word) => `"${word}"`).join(', ') || `"${lost.join(' ')}"`} no longer asked in the "${before.gate.toLowerCase()}" gate of ${quote(group.nextText)}` };
  });
}
