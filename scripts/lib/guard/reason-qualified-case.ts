// `scope-narrowed` for a qualifier put inside the phrase that picks the cases a duty covers,
// past its universal's noun: "any horse showing signs of colic" -> "... showing severe signs",
// "every pupil who mentions self-harm" -> "... who often mentions self-harm". One or two content
// words inserted before a kept word, every other word kept: the universal now takes only the cases
// the qualifier allows. Words that stress or widen ("any", "single", "possible") are none, and a
// permission narrowed so is stricter, as is a duty that gives something away (widerIsStricter).
// The qualifier straight after the universal ("all company laptops") is reason-narrowed-object's. Pure.
import type { Reason } from '../schema/records.ts';
import { wordsInserted } from './_condition-tail.ts';
import { qualifierInserted } from './_condition-qualifiers.ts';
import { oneToOneGroups, type StatementDiffInput } from './_statement-groups.ts';
import { isContent, stemSet, type Statement } from './_statements.ts';
import { widerIsStricter } from './_stricter-edits.ts';
import { escapeRegExp, quote } from './_text.ts';

const UNIVERSAL = /^(?:all|any|every|each)$/;
/** Words that stress a whole class or point at it rather than pick part of it. */
const STRESS = /^(?:single|last|possible|such|other|same|given|particular|individual|relevant|respective)$/;
const CASE_OPENERS = /^(?:who|that|which|whose|with|where|when|showing|having|carrying|taking)$/;
const PARTICIPLE = /^[a-z]{3,}(?:ing|ed)$/;
/** Words after which the sentence names what is done, to whom or when, not which cases. */
const RULE_PARTS = /^(?:to|into|onto|at|by|for|before|after|within|until|from|then)$/;
/** How far past the universal the qualifier may go: the phrase picking the cases, not the rest of the rule. */
const PHRASE_REACH = 8;

function qualifiedCase(previous: Statement, next: Statement): string | null {
  const found = wordsInserted(previous.words, next.words);
  if (!found || found.words.length > 2 || !found.words.every(isContent) || found.words.some((word) => STRESS.test(word))) return null;
  // A universal before the insertion, past its noun (one word at least between), within reach.
  const universal = previous.words.slice(0, found.at).findLastIndex((word) => UNIVERSAL.test(word));
  if (universal < 0 || found.at - universal < 2 || found.at - universal > PHRASE_REACH) return null;
  // Past the noun, a phrase picking some of its cases opens ("showing", "who", "with"), and no
  // word hands over to the rest of the rule ("any threat ... to the duty manager" names a party).
  const between = previous.words.slice(universal + 2, found.at);
  if (!between.some((word) => CASE_OPENERS.test(word) || PARTICIPLE.test(word)) || between.some((word) => RULE_PARTS.test(word))) return null;
  // Still inside the phrase: no comma between the universal and the insertion.
  const span = previous.words.slice(universal, found.at + 1).map(escapeRegExp).join('[^\\w,;:]+');
  if (!new RegExp(span, 'i').test(previous.text)) return null;
  if (!isContent(next.words[found.at + found.words.length] ?? '')) return null;
  return qualifierInserted(previous.words, next.words, stemSet(previous.text));
}

export function findCasesQualified(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const { group, previous, next } of oneToOneGroups(input.groups)) {
    if (!widerIsStricter(previous.text) || !widerIsStricter(next.text)) continue;
    const qualifier = qualifiedCase(previous, next);
    if (qualifier) reasons.push({ code: 'scope-narrowed', message: `scope narrowed: "${qualifier}" now limits the cases the rule covers in ${quote(group.nextText)}` });
  }
  return reasons;
}
