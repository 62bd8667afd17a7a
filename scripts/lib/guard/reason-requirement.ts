// `requirement-removed`: a sentence stating a hard rule has no counterpart in the new text. Pure.
//
// A hard rule whose place is taken by a new hard rule of the same polarity that no old sentence
// matches ("Do not give medical diagnoses" -> "Never tell a user which illness or condition they
// have") is a rule said in other words or a rule replaced by another: words alone cannot tell
// which, so it is the advisory `rule-replaced` (review suggested, not flagged). A rule gone with
// nothing in its place, or replaced by a rule of the other polarity, stays `requirement-removed`.
import type { Reason } from '../schema/records.ts';
import { alignSentences } from './_align.ts';
import { isDroppedStep } from './_dropped-steps.ts';
import { isImperativeStep } from './_imperative-steps.ts';
import { onlyGrants, statesPlainDuty } from './_plain-duty.ts';
import type { Lexicon } from './_lexicon.ts';
import { findRequirementKept } from './_requirement-kept.ts';
import { saidWithOtherAmounts } from './_amounts-said-otherwise.ts';
import { sayingTheCompanyAgain } from './_company-kept.ts';
import { isHardRequirement, negationsIn } from './_rule-words.ts';
import { contentStems, listLeadIns, quote } from './_text.ts';
import { RESTRICTION } from './reason-added-rule.ts';

/** A prohibition, or a restriction ("may only ...", which forbids everything else). */
const negated = (sentence: string) => negationsIn(sentence.toLowerCase()).length > 0 || RESTRICTION.test(sentence.toLowerCase());

/**
 * A stand-in sharing this many content words with the old rule keeps its frame ("Route billing
 * questions to the finance team" -> "Answer billing questions yourself"), yet the aligner found
 * them too different to compare: a frame kept and the rest changed is drift, so it stays
 * `requirement-removed`. One shared word (the verb alone: "Offer to send a transcript" -> "Offer to
 * call the customer back") is as common in faithful rewordings as in drift: advisory.
 */
const FRAME_KEPT = 2;

function sharedStems(a: string, b: string): number {
  const theirs = new Set(contentStems(b));
  return new Set(contentStems(a).filter((stem) => theirs.has(stem))).size;
}

/** Pairs of content words that stand side by side in a sentence ("billing questions", "lock vault"). */
function contentBigrams(sentence: string): Set<string> {
  const stems = contentStems(sentence);
  return new Set(stems.slice(1).map((stem, i) => `${stems[i]} ${stem}`));
}

/**
 * The frame is kept when the stand-in shares FRAME_KEPT content words and two of them still stand
 * side by side ("Route billing questions to the finance team" -> "Answer billing questions
 * yourself", "Lock the vault when ..." -> "Lock the vault unless ..."). Shared words scattered
 * through a sentence in other words ("Tell the caller how long the repair will take" -> "Let the
 * customer know the expected repair time") are a rewording as often as a new rule: advisory.
 */
function keepsFrame(sentence: string, standIn: string): boolean {
  if (sharedStems(sentence, standIn) < FRAME_KEPT) return false;
  const theirs = contentBigrams(standIn);
  // "Avoid legal jargon when explaining legal aid eligibility": the frame is the rule's verb and
  // object; words of the case it applies in ("legal aid") are kept by a rewording as much as by drift.
  return [...contentBigrams(mainClause(sentence))].some((bigram) => theirs.has(bigram));
}

/** A sentence up to its first condition or time clause (the whole of it when it opens with one). */
function mainClause(sentence: string): string {
  const at = sentence.search(/\s(?:when|whenever|if|unless|while|before|after|during|once)\s/i);
  return at > 0 ? sentence.slice(0, at) : sentence;
}

/**
 * A remark on how things are, not a rule: it opens with a vague quantifier and has no modal
 * ("Many customers do not realise they pay the first part of any claim").
 */
function isRemark(sentence: string): boolean {
  return /^\W*(?:many|most|some|few|several|plenty of|often|usually|sometimes)\b/i.test(sentence) && !/\b(?:must|shall|should|need to|needs to|required|have to|has to)\b/i.test(sentence);
}

/**
 * The item a sentence was read from when it is a bullet under a lead-in the new version keeps
 * ("must include:" + "- how to appeal"): one item of a list gone, the list itself still there.
 */
function listItemOf(previous: string, next: string): (sentence: string) => { leadIn: string; item: string } | null {
  const leadIns = listLeadIns(previous, next);
  return (sentence) => {
    const leadIn = leadIns.find((lead) => sentence.startsWith(lead) && sentence.length > lead.length + 1);
    return leadIn ? { leadIn, item: sentence.slice(leadIn.length).replace(/^[,\s]+/, '').replace(/[.!?]+$/, '') } : null;
  };
}

/**
 * Content stems of what a rule demands, without its subject ("The assistant must verify identity":
 * "verify", "identity"): a subject other sentences name too says nothing of where the rule went.
 */
function ruleWords(sentence: string): string[] {
  const modal = /\b(?:must|should|shall|may|can|cannot|will|has to|have to|needs? to|is to|are to)\b/i.exec(sentence);
  // "After each transfer, confirm the headcount": the case opening the sentence says when, not what
  // the rule demands; a kept sentence that took in only it ("After each transfer, record the time")
  // holds none of the rule (round 27b).
  const demand = sentence.replace(LEADING_CASE, '');
  return contentStems(modal ? sentence.slice(modal.index) : demand);
}

/** A grant its "only" limits: "may use the planer only under ...", "can book only ...", "Only members may ...". */
const LIMITED_GRANT = /\b(?:may|can)\b[^.;:]*?\bonly\b|^\W*only\b[^.;:]*?\b(?:may|can)\b/i;

/** A case or time phrase opening a sentence, up to its comma. */
const LEADING_CASE = /^\s*(?:after|before|when|whenever|if|once|on|during|at|in|for|every|each|until|while)\b[^,]*,\s*/i;

/**
 * "Answer only in French or German; use no other language" -> "Respond only in French or German":
 * a short "no other X" / "nothing else" sentence says again the limit an "only" of the new text keeps.
 */
function restatesOnly(sentence: string, next: string): boolean {
  return /\bno other\b|\b(?:nothing|nobody|no one|nowhere|none) else\b/i.test(sentence) && contentStems(sentence).length <= 3 && /\b(?:only|solely|exclusively)\b/i.test(next);
}

/**
 * One reason per old hard-rule sentence (must/never/always/shall/do not/required) left unmatched.
 * With a dictionary, a rule a sentence or two of the new text says again in other words is no
 * loss (`_requirement-kept.ts`), and what says it again stands in for no other rule.
 */
export function findRequirementsRemoved(previous: string, next: string, lexicon?: Lexicon | null): Reason[] {
  const { unmatched, added, groups } = alignSentences(previous, next);
  // "respond only with the rate card; do not negotiate" -> "give only the rate card and never
  // bargain over it": a kept sentence that gained a negation may hold the old prohibition too.
  // Only when the kept rule is said before the new negation ("give only the rate card and never
  // ..."): "Offer a repair slot" -> "Never offer a repair slot" turned the kept rule round instead.
  const restatedFirst = (group: { previous: readonly string[]; next: readonly string[] }): boolean => {
    const text = group.next.join(' ');
    const at = text.search(/\b(?:not|never|no|nobody|none|nothing|without)\b|n't\b/i);
    const kept = new Set(contentStems(group.previous.join(' ')));
    return at > 0 && contentStems(text.slice(0, at)).some((stem) => kept.has(stem));
  };
  const gainedProhibition = groups.filter((group) => negationsIn(group.next.join(' ').toLowerCase()).length > negationsIn(group.previous.join(' ').toLowerCase()).length && restatedFirst(group)).map((group) => group.next.join(' '));
  // A kept sentence that took in words of an old sentence that went may hold that rule too.
  const tookInWords = groups.filter((group) => {
    const own = new Set(contentStems(group.previous.join(' ')));
    const now = contentStems(group.next.join(' '));
    return unmatched.some((sentence) => ruleWords(sentence).some((stem) => now.includes(stem) && !own.has(stem)));
  }).map((group) => group.next.join(' '));
  const standIns = [...new Set([...added.filter(isHardRequirement), ...gainedProhibition, ...tookInWords])];
  // With nothing new in its place, a sentence that went took what it said with it, whether it
  // said it with "must" or as a plain statement of duty ("Drivers report any broken seal before departure").
  const kept = groups.flatMap((group) => group.previous);
  // A new sentence that only grants ("Observers are welcome to bring refreshments") says no duty again.
  // A grant limited by "only" ("Apprentices may use the planer only under a shaper's direct
  // supervision") deleted with no sentence added: what it kept out is let in (round 44a).
  const removedOutright = (sentence: string) => added.every(onlyGrants) && (statesPlainDuty(sentence, kept, lexicon) || (added.length === 0 && LIMITED_GRANT.test(sentence)));
  const listed = listItemOf(previous, next);
  // "Never let a child ride a cabin alone" -> "Children always travel ... with an adult": said again (_company-kept.ts).
  // "Count passengers on and off the boat" beside kept imperatives: a step of the list, whatever its verb (round 28b).
  // "must never exceed 12 metres per second" -> "must never exceed 43.2 km/h": the same rule, its amount in other units (round 45a).
  const step = (sentence: string) => lexicon != null && isImperativeStep(sentence, kept, lexicon);
  const lost = unmatched.filter((sentence) => (isHardRequirement(sentence) || removedOutright(sentence) || isDroppedStep(previous, sentence, kept) || step(sentence)) && !isRemark(sentence) && !restatesOnly(sentence, next) && !sayingTheCompanyAgain(sentence, added) && !saidWithOtherAmounts(sentence, added));
  // "Handle textiles only with clean nitrile gloves" -> "Never touch a fabric object with bare
  // hands; put on fresh nitrile gloves first": every word of the rule said again. The sentences
  // that say it are taken: another rule that went cannot have been replaced by them.
  const sayingAgain = new Map(lexicon ? lost.map((sentence) => [sentence, findRequirementKept(sentence, next, lexicon, listed(sentence)?.item)] as const) : []);
  const saying = new Set([...sayingAgain.values()].flatMap((kept) => kept?.sentences ?? []));
  for (let at = standIns.length - 1; at >= 0; at--) if (saying.has(standIns[at]!)) standIns.splice(at, 1);
  return lost.filter((sentence) => !sayingAgain.get(sentence)).map((sentence): Reason => {
    const item = listed(sentence);
    if (item) return { code: 'conjunct-dropped', message: `conjunct dropped: "${item.item}" is gone from the list under "${item.leadIn}:"` };
    // "must not guess at tax rules; point users to an accountant" -> "Rather than speculating ...,
    // the assistant has to refer people to an accountant": a kept sentence that took in the words
    // of the one that went holds it, whatever polarity the sentence it was aligned with has.
    const tookIn = (candidate: string): boolean => groups.some((group) => group.next.join(' ') === candidate && ruleWords(sentence).some((stem) => contentStems(candidate).includes(stem) && !contentStems(group.previous.join(' ')).includes(stem)));
    const at = standIns.findIndex((candidate) => (negated(candidate) === negated(sentence) || tookIn(candidate)) && !keepsFrame(sentence, candidate));
    const standIn = at < 0 ? undefined : standIns.splice(at, 1)[0];
    if (standIn === undefined) return { code: 'requirement-removed', message: `requirement removed: ${quote(sentence)}` };
    return { code: 'rule-replaced', message: `rule replaced: ${quote(sentence)} -> ${quote(standIn)}, a rule in other words or another rule; review suggested`, advisory: true };
  });
}
