// Negation read through the polarity of a statement (`_polarity.ts`), not the count of "not"s:
// a "never" said as "refused", a "do not ... until" said as "waits until", a "stop X" said as "no
// X" keep the rule, so the negation detector does not read those aligned sentences; and a rule
// whose negation count stayed while a verb of refusal or prevention came or went ("Never sell to
// minors" -> "Sales to minors are not refused") turned round. Pure.
import type { Reason } from '../schema/records.ts';
import type { StatementDiffInput } from './_statement-groups.ts';
import { isRefusal, mainWords, NEGATION_FILLERS, NEGATIONS, polarityKept, polarityTurns, SAME_ACT, sharedAct, shutsOut } from './_polarity.ts';
import type { Statement } from './_statements.ts';
import { findNegationChanges } from './reason-negation.ts';
import { normaliseWord, quote } from './_text.ts';
import { NUMBER_WORD_PATTERN } from './_numbers.ts';

/** Words that open a noun phrase a negated word may describe ("a non-genuine part", "two unpaid invoices"). */
const NOUN_PHRASE_OPENER = new RegExp(`^(?:a|an|the|every|each|any|with|marked|flagged|labelled|\\d+|${NUMBER_WORD_PATTERN})$`);

/** `negation-*` reasons, leaving out the aligned sentences whose polarity is kept in other words. */
export function findNegationChangesByPolarity(input: StatementDiffInput): Reason[] {
  const groups = input.groups.filter((group) => !polarityKept(group.previous, group.next) && !negatedPhraseKept(group.previous, group.next));
  return findNegationChanges({ ...input, groups });
}

const NEGATING = /^(?:not|never|no)$/;
const PAST_NEGATION = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'have', 'has', 'had', 'to', 'yet', 'ever', 'even', 'a', 'an', 'the', 'for']);

/**
 * Each negation of a statement with the word it negates ("not start", "not sale"): `main`, the
 * rule's own; `describing`, those inside a noun phrase ("with a did not start", "every not for
 * sale item": an acronym spelled out in place) or a relative clause ("who did not start"), which
 * describe a thing, split by whether the reading took them for the rule's.
 */
function negatedPhrases(statement: Statement): { main: string[]; describingMain: string[]; describingOther: string[] } {
  const main: string[] = [];
  const describingMain: string[] = [];
  const describingOther: string[] = [];
  const { words } = statement;
  words.forEach((word, at) => {
    if (!NEGATING.test(word)) return;
    let k = at + 1;
    while (k < words.length && PAST_NEGATION.has(words[k] ?? '')) k++;
    const negated = words[k];
    if (negated === undefined) return;
    const stem = normaliseWord(negated);
    const isMain = statement.mainNegationAt.includes(at);
    if (isMain) main.push(stem);
    let b = at - 1;
    while (b >= 0 && /^(?:do|does|did)$/.test(words[b] ?? '')) b--;
    const relative = words.slice(Math.max(0, at - 3), at).some((earlier) => /^(?:who|that|which|whose)$/.test(earlier));
    const inNounPhrase = b >= 0 && NOUN_PHRASE_OPENER.test(words[b] ?? '');
    if (relative || inNounPhrase) (isMain ? describingMain : describingOther).push(stem);
  });
  return { main, describingMain, describingOther };
}

/**
 * "Players with a DNS are listed as absent" -> "Players who did not start ...": an acronym spelled
 * out in place reads its "not" into the rule, the new version into a relative clause. The same
 * negated words on both sides are one negation that describes a thing, wherever each reading put
 * it: every negation the rule lost describes a thing and reappears describing one outside the new
 * rule, and the new rule gains no negation of its own.
 */
function negatedPhraseKept(previous: readonly Statement[], next: readonly Statement[]): boolean {
  const old = previous.map(negatedPhrases);
  const now = next.map(negatedPhrases);
  const oldMain = old.flatMap((phrases) => phrases.main);
  const nowMain = now.flatMap((phrases) => phrases.main);
  const lost = oldMain.filter((word) => !nowMain.includes(word));
  const describedBefore = old.flatMap((phrases) => phrases.describingMain);
  const gained = now.flatMap((phrases) => phrases.describingOther).filter((word) => !old.flatMap((phrases) => phrases.describingOther).includes(word));
  return lost.length > 0 && lost.every((word) => describedBefore.includes(word) && gained.includes(word)) && nowMain.every((word) => oldMain.includes(word));
}


/** Verbs of refusal or prevention in a statement's rule, each with whether a negation right before it negates it. */
function refusals(statement: Statement): Array<{ word: string; negated: boolean }> {
  const words = mainWords(statement);
  return words.flatMap((word, at) => {
    if (!isRefusal(word) && !shutsOut(words, at)) return [];
    let k = at - 1;
    while (k >= 0 && NEGATION_FILLERS.has(words[k] ?? '')) k--;
    return [{ word, negated: k >= 0 && /^(?:not|never)$/.test(words[k] ?? '') }];
  });
}

/**
 * The rule turned round by a negated verb of refusal or prevention where the other version had
 * none, the negations as many: "Never sell alcohol to anyone under 18" -> "Sales of alcohol to
 * anyone under 18 are not refused" ("not refused" = allowed). Read on the rule, not its
 * conditions, and only when the act is the same (most of its words kept); a changed count of
 * negations is the negation detector's to read.
 */
export function findPolarityTurned(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const group of input.groups) {
    const before = group.previous.flatMap(polarityTurns).filter((word) => NEGATIONS.has(word)).length;
    const after = group.next.flatMap(polarityTurns).filter((word) => NEGATIONS.has(word)).length;
    if (before !== after || before === 0 || sharedAct(group.previous, group.next) < SAME_ACT) continue;
    const old = group.previous.flatMap(refusals);
    const now = group.next.flatMap(refusals);
    const negatedNow = now.find((refusal) => refusal.negated);
    const negatedOld = old.find((refusal) => refusal.negated);
    if (negatedNow && old.length === 0 && now.length === 1) {
      reasons.push({ code: 'negation-removed', message: `negation removed: "not ${negatedNow.word}" now lets the rule's act happen in ${quote(group.nextText)}` });
    } else if (negatedOld && now.length === 0 && old.length === 1) {
      reasons.push({ code: 'negation-added', message: `negation added: "not ${negatedOld.word}" went, the negation now forbids the act in ${quote(group.nextText)}` });
    }
  }
  return reasons;
}
