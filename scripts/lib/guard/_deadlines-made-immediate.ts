// A deadline made immediate ("Spills must be reported ... by the end of the shift" -> "...
// immediately", "within five working days" -> "straight away"): the rule now allows no time at all,
// which is stricter, so the old deadline is read as the new word before anything is compared. Pure.
import { splitSentences } from './_text.ts';

/** A deadline: by/before the end of X, within N units, no later than X, by close of business. */
const DEADLINE = /\b(?:(?:by|before) the end of (?:the |your |their |each |that |this )?[a-z-]+|within (?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty-four|forty-eight|seventy-two)(?: working| business| calendar| clear)? (?:minutes?|hours?|days?|weeks?|months?)|no later than (?:the end of )?(?:the |your |their )?[a-z-]+|by (?:close of business|end of (?:day|play|shift)|midnight|noon|the next morning))\b/i;
/** Words that leave no time at all ("without undue delay" leaves some, "as soon as possible" too). */
const IMMEDIATE = /\b(?:immediately|at once|straight away|straightaway|right away|without delay|there and then|on the spot)\b/i;

const normal = (text: string) => text.toLowerCase().replace(/[,.;:!?]/g, ' ').replace(/\s+/g, ' ').trim();

/** The previous text with each deadline the next text made immediate said as the next text says it. */
export function withImmediateDeadlinesRead(previous: string, next: string): string {
  const now = IMMEDIATE.exec(next)?.[0];
  if (!now) return previous;
  const nextSentences = new Set(splitSentences(next).map(normal));
  let text = previous;
  for (const old of splitSentences(previous)) {
    const deadline = DEADLINE.exec(old);
    if (!deadline || !text.includes(old)) continue;
    const candidate = old.replace(deadline[0], now);
    // Only the deadline changed: the rest of the sentence is kept word for word.
    if (nextSentences.has(normal(candidate))) text = text.replace(old, candidate);
  }
  return text;
}
