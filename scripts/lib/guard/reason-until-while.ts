// `condition-changed` for "until X" said as "while X", or back: "Keep the patient in the recovery
// bay until they can stand unaided" -> "... while they can stand unaided". "Do A until X" holds A
// for as long as X has not happened; "do A while X" holds it only once X has, so the two cover
// opposite spans of time, and every other word stays (embedding similarity sees the same
// sentence). "while X has not happened" and "as long as X is not" say the old span again, and
// they change more than the one word, and are left alone. Pure.
import type { Reason } from '../schema/records.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { quote } from './_text.ts';
import { oneWordSwap } from './_changed-stretch.ts';

const UNTIL = /^(?:until|till)$/;
const WHILE = /^(?:while|whilst)$/;

export function findUntilSaidAsWhile(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) => {
    const swap = oneWordSwap(previous.words, next.words);
    if (!swap) return null;
    const flipped = (UNTIL.test(swap.gone) && WHILE.test(swap.came)) || (WHILE.test(swap.gone) && UNTIL.test(swap.came));
    // Something must be held for the span: a rule with words before the marker.
    if (!flipped || swap.at < 2) return null;
    return { code: 'condition-changed', message: `condition changed: "${swap.gone}" -> "${swap.came}" turns the span the rule holds for round in ${quote(group.nextText)}` };
  });
}
