// `modal-weakened` for a sentence whose deontic force fell, however the force is worded: a duty said
// by a noun, an adjective or an idiom made a permission or a choice said the same way ("Members are
// bound to attend the dress rehearsal" -> "Members have the option to attend ...", "Checking the
// fridge temperatures ... is the shift leader's duty" -> "... is something the shift leader can do",
// "every member takes a compulsory turn" -> "any member who fancies it takes a turn", "is each
// volunteer's duty" -> "is up to each volunteer"). reason-modal.ts compares modal verbs only and
// reads a sentence with none as a plain statement, so neither side of these was read. Here each
// aligned sentence's force is its strongest reading, modal or marker (_deontic-force.ts), and a
// fall is read when a marker set either side and most of the sentence's other words are kept (the
// same act). A duty said with another duty marker ("bound to" -> "is every falconer's duty") keeps
// its force and reads nothing. Round 48a (v70/v71's obligation misses). Pure.
import type { Reason } from '../schema/records.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { readDeonticForce } from './_deontic-force.ts';
import { normaliseWord, quote, STOP_WORDS, tokenizeWords } from './_text.ts';

/** The share of the old sentence's content stems the new one keeps, below which the act is another. */
const KEPT_ACT = 0.5;

function contentStems(sentence: string): Set<string> {
  return new Set(tokenizeWords(sentence).filter((word) => !STOP_WORDS.has(word)).map(normaliseWord));
}

export function findDeonticForceFallen(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ previous, next }) => {
    const before = readDeonticForce(previous.text);
    const after = readDeonticForce(next.text);
    // A plain statement on either side says no force to compare; the modal reading owns verb against verb.
    if (!before || !after || after.strength >= before.strength || (!before.byMarker && !after.byMarker)) return null;
    // "Only the keeper may ..." opened to more is scope-widened's.
    if (before.words.startsWith('only ...')) return null;
    const old = contentStems(previous.text);
    const now = contentStems(next.text);
    const kept = [...old].filter((stem) => now.has(stem)).length;
    if (old.size === 0 || kept / old.size < KEPT_ACT) return null;
    return { code: 'modal-weakened', message: `duty made a choice: "${before.words}" -> "${after.words}" in ${quote(next.text)}` };
  });
}
