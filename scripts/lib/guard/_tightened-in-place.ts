// Whether the one word an edit changed, in place, made its rule cover more cases or hold more often:
// a level lowered in a duty or a ban ("Close the beach when the flag is red" -> "amber", "Page the
// security lead for every critical alert" -> "high") or raised in a grant ("Staff may work from home
// when the Met Office issues a yellow snow warning" -> "red"), or a duty done more often
// ("checked weekly" -> "checked daily"). The level and rate readings (reason-level.ts,
// reason-rate.ts) read these as stricter and raise nothing; the learned flag, which reads only
// which kinds of words were traded, flagged them as it flags a level loosened (round 43d: three of
// the tuning set's stricter edits, flagged by the learned flag alone in session 36). Asked by
// _faithful-wording.ts, so the learned flag stands down on them. An "only", "unless" or "except"
// makes either way a change (the readings flag it), and nothing else may change. Pure.
import { SCALES } from './_graded-slots.ts';
import { RATE_ADVERB_SECONDS } from './_numbers.ts';

/** Words of a grant: a level raised in one grants fewer cases, a rate raised grants more. */
const GRANT = /\b(?:may|can|could|allowed|permitted|entitled|welcome|free to|optional)\b/i;
/** Words that make a level's move a change either way, or turn a grant into a ban. */
const EITHER_WAY = /\b(?:only|unless|except|not|never|no|nobody|none|nothing|without)\b|n't\b/i;

/** A text's words, lower case. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9']+/).filter((word) => word !== '');
}

/** A word's rung on a scale, or -1. */
function rung(word: string, scale: ReadonlyArray<readonly string[]>): number {
  return scale.findIndex((words) => words.includes(word));
}

/** Whether `next` is `previous` with one word moved the way that makes the rule stricter. */
export function tightenedInPlace(previous: string, next: string): boolean {
  const before = wordsOf(previous);
  const after = wordsOf(next);
  if (before.length === 0 || before.length !== after.length || EITHER_WAY.test(previous) || EITHER_WAY.test(next)) return false;
  const changed = before.flatMap((word, i) => (word === after[i] ? [] : [i]));
  if (changed.length !== 1) return false;
  const was = before[changed[0]!] ?? '';
  const now = after[changed[0]!] ?? '';
  const grant = GRANT.test(previous);
  for (const scale of SCALES) {
    const [from, to] = [rung(was, scale), rung(now, scale)];
    if (from >= 0 && to >= 0 && from !== to) return grant ? to > from : to < from;
  }
  const [period, periodNow] = [RATE_ADVERB_SECONDS[was] ?? 0, RATE_ADVERB_SECONDS[now] ?? 0];
  return !grant && period > 0 && periodNow > 0 && periodNow < period;
}
