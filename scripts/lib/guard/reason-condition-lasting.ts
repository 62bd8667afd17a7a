// `condition-narrowed` for a condition made to wait until its state has lasted: "Stop feeding if
// dissolved oxygen falls below 6 mg/L" -> "if dissolved oxygen stays below 6 mg/L for a full day",
// "if the pressure drops below 2 bar" -> "remains below 2 bar for longer than an hour". The event
// verb is often reworded at the same time (falls -> stays), so reason-narrowed-case's "every old
// word kept" misses it. Read by shape: one sentence kept one-to-one, its rule outside the condition
// kept, the condition's words kept but one, and the condition now holds a span of time (for + a
// length, all day/afternoon, the whole night, N hours running) it did not hold. A grant that waits
// longer grants less (stricter), and a span that went is stricter too: neither is read. Pure.
import type { Reason } from '../schema/records.ts';
import { oneToOneSentences } from './_align.ts';
import { negationsIn } from './_rule-words.ts';
import { contentStems, quote, tokenizeWords } from './_text.ts';
import { boundPhrases, NUMBER_WORD_PATTERN } from './_numbers.ts';

/** An if/when clause to the next comma or the sentence end. */
const CONDITION = /\b(?:if|when|whenever|once|as soon as)\b([^,;]*)/i;
const COUNT = String.raw`(?:\d+(?:\.\d+)?|${NUMBER_WORD_PATTERN}|several|a few|a couple of)`;
const UNIT = String.raw`(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|shifts?|afternoons?|mornings?|evenings?)`;
/** A span the state must last: "for six hours", "for longer than an hour", "for a full day", "all afternoon", "three days running". */
const SPAN = new RegExp(
  [
    String.raw`\bfor (?:(?:${[...boundPhrases('up'), 'upwards of'].join('|')}) )?(?:a |an |the |${COUNT} )?(?:(?:full|whole|entire|complete|consecutive|straight) )?${UNIT}\b`,
    String.raw`\b(?:all|the whole|the entire|a whole|a full) (?:day|night|afternoon|morning|evening|week|shift)\b`,
    String.raw`\b${COUNT} ${UNIT} (?:running|in a row|straight|on end)\b`,
  ].join('|'),
  'i',
);
/** A grant: waiting longer grants less. */
const GRANT = / (?:may|can|allowed to|permitted to|free to) /;

export function findConditionsMadeToLast(previous: string, next: string): Reason[] {
  const reasons: Reason[] = [];
  for (const [before, after] of oneToOneSentences(previous, next)) {
    const oldCase = CONDITION.exec(before);
    const newCase = CONDITION.exec(after);
    if (!oldCase || !newCase || SPAN.test(oldCase[1] ?? '')) continue;
    const span = SPAN.exec(newCase[1] ?? '');
    if (!span) continue;
    if (GRANT.test(` ${tokenizeWords(after).join(' ')} `) && negationsIn(after).length === 0) continue;
    // The rule outside the condition kept, the condition's words kept but one (its verb reworded).
    const nowStems = new Set(contentStems(after));
    const ruleLost = contentStems(before.replace(oldCase[0], ' ')).filter((stem) => !nowStems.has(stem));
    const caseLost = contentStems(oldCase[1] ?? '').filter((stem) => !nowStems.has(stem));
    if (ruleLost.length > 0 || caseLost.length > 1 || contentStems(oldCase[1] ?? '').length - caseLost.length < 1) continue;
    reasons.push({ code: 'condition-narrowed', message: `condition narrowed: the case must now last, "${span[0]}" in ${quote(after)}` });
  }
  return reasons;
}
