// A deadline made immediate ("Spills must be reported ... by the end of the shift" -> "...
// immediately", "within five working days" -> "straight away"): the rule now allows no time at all,
// which is stricter, so the old deadline is read as the new word before anything is compared. Pure.
import { splitSentences } from './_text.ts';
import { widerIsStricter } from './_stricter-edits.ts';
import { NUMBER_WORD_PATTERN } from './_numbers.ts';

/** A deadline: by/before the end of X, within N units, no later than X, by close of business. */
const DEADLINE = new RegExp(String.raw`\b(?:(?:by|before) the end of (?:the |your |their |each |that |this )?[a-z-]+|within (?:\d+|an?|twenty-four|forty-eight|seventy-two|${NUMBER_WORD_PATTERN})(?: working| business| calendar| clear)? (?:minutes?|hours?|days?|weeks?|months?)|no later than (?:the end of )?(?:the |your |their )?[a-z-]+|by (?:close of business|end of (?:day|play|shift)|midnight|noon|the next morning))\b`, 'i');
/** Words that leave no time at all ("without undue delay" leaves some, "as soon as possible" too). */
const IMMEDIATE = /\b(?:immediately|at once|straight away|straightaway|right away|without delay|there and then|on the spot)\b/i;

const normal = (text: string) => text.toLowerCase().replace(/[,.;:!?]/g, ' ').replace(/\s+/g, ' ').trim();

/** Words that make an added "and" item a condition, a grant or a hedge rather than one more thing. */
const NOT_AN_ITEM = /\b(?:if|when|unless|only|may|can|not|never|no|except|where|possible|practical|optional|optionally|then|later|after)\b/;

/** Whether `next` is `candidate` with one "and <one to three words>" put in (no number, no rule word). */
function withAnItemAdded(candidate: string, next: string): boolean {
  for (const match of next.matchAll(/ and ((?:[a-z'-]+ ?){1,3})/g)) {
    const words = match[1]!.trim().split(' ');
    for (let length = 1; length <= words.length; length++) {
      const item = words.slice(0, length).join(' ');
      if (NOT_AN_ITEM.test(item)) break;
      if (next.replace(` and ${item}`, '') === candidate) return true;
    }
  }
  return false;
}

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
    // Only the deadline changed: the rest of the sentence is kept word for word, or gained an "and"
    // item in a duty where more covered is stricter ("needle-stick injuries and splashes").
    if (nextSentences.has(normal(candidate)) || (widerIsStricter(old) && [...nextSentences].some((sentence) => withAnItemAdded(normal(candidate), sentence)))) text = text.replace(old, candidate);
  }
  return text;
}
