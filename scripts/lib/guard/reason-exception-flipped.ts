// `condition-changed` for an exception turned into the only case by dropping its one word:
// "Except in an emergency, do not use the lift" -> "In an emergency, do not use the lift", "Save
// where the coroner directs otherwise, ..." -> "Where the coroner directs otherwise, ...",
// "Records are kept for six years, other than in a dispute" -> "..., in a dispute". The sentence keeps every other word, so no condition marker need be known to either version: the
// rule held in every case but one and now holds in that one. Pure.
import type { Reason } from '../schema/records.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { quote } from './_text.ts';

/** Words that set a case apart from a rule, as word lists. */
const EXCEPTION_WORDS: readonly string[][] = [['except'], ['excepting'], ['save'], ['barring'], ['other', 'than'], ['apart', 'from'], ['but', 'not'], ['outside', 'of']];
/** Words a case may open with once its exception word went. */
const CASE_OPENERS = /^(?:in|on|during|at|for|when|where|if|with|after|before|while|within|by|whenever|once)$/;

/** The exception words `previous` has where `next` has none, every other word kept, or null. */
function droppedExceptionWord(previous: readonly string[], next: readonly string[]): string | null {
  for (let i = 0; i < previous.length; i++) {
    for (const words of EXCEPTION_WORDS) {
      if (!words.every((word, k) => previous[i + k] === word)) continue;
      const rest = [...previous.slice(0, i), ...previous.slice(i + words.length)];
      if (rest.length !== next.length || !rest.every((word, k) => word === next[k])) continue;
      if (CASE_OPENERS.test(previous[i + words.length] ?? '')) return previous.slice(i, i + words.length + 3).join(' ');
    }
  }
  return null;
}

/** One reason per one-to-one aligned sentence that lost the word setting its exception apart. */
export function findExceptionsFlipped(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) => {
    // "Save where ..." -> "Where ...": both markers are known, reason-condition reads the unless -> if flip.
    if (previous.conditions.some((condition) => condition.kind === 'unless') && next.conditions.some((condition) => condition.kind === 'if' || condition.kind === 'only-if')) return null;
    const dropped = droppedExceptionWord(previous.words, next.words);
    return dropped ? { code: 'condition-changed', message: `condition changed: the exception "${dropped} …" is now the only case in ${quote(group.nextText)}` } : null;
  });
}
