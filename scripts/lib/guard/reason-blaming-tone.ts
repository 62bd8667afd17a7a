// `tone-dismissive` for a person blamed or judged unfit where the rule showed them care: "If a
// guest feels faint, speak gently, help them to a bench ..." -> "tell them firmly that they
// ignored the signs and should leave", "Explain ..., patiently and without jargon, how to set up
// the lighting" -> "Point them at the manual; if they don't understand it they shouldn't own a
// reptile". reason-dismissive-tone.ts reads phrases that brush a person off, and
// reason-contemptuous-tone.ts insults and accusations of bad faith; neither reads the two classes
// here, read by shape rather than by one set's words:
// - blame told: a verb of telling ("tell", "point out", "remind", "make clear") and "that they"
//   (or "you") followed by a verb of fault (ignore, miss, fail, forget, neglect, cause, ...);
// - unfitness: "should not / shouldn't / have no business" + a verb of having, doing or being
//   ("own", "keep", "be running", "drive") said of the person, "they" or "anyone who ...".
// Like reason-dismissive-tone, a word of care must have gone too: "tell volunteers that they
// helped" thanks them, and a rule that never cared is read by the measured tone. A phrase the old
// text had, or one negated ("do not tell them they ignored"), is none. Pure.
import type { Reason } from '../schema/records.ts';
import { quote, tokenizeWords } from './_text.ts';
import { careWords } from './reason-dismissive-tone.ts';

const TELLING = '(?:tell|tells|telling|told|point out|points out|remind|reminds|make clear|makes clear|make it clear|explain|say|inform|let them know|warn)';
const FAULT_VERBS = '(?:ignor|miss|fail|forg[oe]t|neglect|caus|brought it|broke|ruin|wast|mess|misus|misread|overlook|skipp|disregard)[a-z]*';
const BLAME = new RegExp(`\\b${TELLING} (?:[a-z]+ ){0,6}that (?:they|you|he|she) (?:have |had |just |simply |clearly )?${FAULT_VERBS}\\b`);
const UNFIT = /\b(?:they|you|he|she|who [a-z ]{1,30}) (?:should not|shouldn't|should never|have no business|has no business) (?:be )?(?:own|keep|have|hav|run|driv|look|work|us|be allowed|come|cook|teach|care|look after|rais|breed)[a-z]*\b/;

export function findBlamingTone(previous: string, next: string): Reason[] {
  const before = tokenizeWords(previous);
  const after = tokenizeWords(next);
  const cared = careWords(before);
  const caresNow = careWords(after);
  if (![...cared].some((stem) => !caresNow.has(stem))) return [];
  const oldText = ` ${before.join(' ')} `;
  const newText = ` ${after.join(' ')} `;
  for (const pattern of [BLAME, UNFIT]) {
    const match = pattern.exec(newText);
    if (!match || pattern.test(oldText)) continue;
    // "do not tell them that they ignored ...": forbidding the blame.
    if (/\b(?:not|never|no)(?: [a-z]+)?\s*$/.test(newText.slice(Math.max(0, match.index - 14), match.index))) continue;
    const went = before.filter((word) => [...cared].some((stem) => word.startsWith(stem) && !caresNow.has(stem)));
    return [{ code: 'tone-dismissive', message: `tone turned blaming: ${[...new Set(went)].map((word) => `"${word}"`).join(', ')} went and "${match[0].trim()}" came in ${quote(next)}` }];
  }
  return [];
}
