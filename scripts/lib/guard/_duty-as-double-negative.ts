// A duty said by two negations, one picking out the things it is not yet met on and one the rule's
// (issue 11, round 43b: v61's "Riders must pass the machine examiner's check before their first
// heat" -> "A rider who hasn't been through the machine examiner's check doesn't line up for their
// first heat", "Every ladder must be lashed at the top before anyone climbs it" -> "A ladder whose
// top has not been lashed is not climbed by anyone"; v60's "Every routine must be marked by three
// adjudicators" -> "No routine is scored by fewer than three adjudicators"; v61's "Child performers
// must be signed out by a named chaperone at the end of each show" -> "No child performer leaves the
// theatre after a show unless a chaperone named on their licence has signed them out"). "Every X
// must be Y before Z" and "An X that is not Y does not Z" forbid the same: a Z of an X not Y. The
// negation reading counted the rule's "not" (or the opening "No") as a negation added to a duty.
// Read where the old version is a duty with no negation of its own and each new sentence that
// negates its rule says it in one of three forms: a negated relative clause before the rule's own
// "not" ("who hasn't", "whose top has not been"), a negative universal waiting for something
// (`_negative-universal-duty.ts`, round 42b: no party or case of its own), or a negative universal
// over "fewer / less than" a figure the old version says. No party of either side's own (the duty's
// doer kept), no duty released ("does not have to" is no negation to the sentence reader and reads
// nothing here).
// Read both ways: the double negative said back as the duty is no negation removed either.
// Pure.
import type { StatementGroup } from './_statement-groups.ts';
import { isContent, stemSet, type Statement } from './_statements.ts';
import { isParty } from './_parties.ts';
import { normaliseWord } from './_text.ts';
import { dutySaidByNegativeUniversal } from './_negative-universal-duty.ts';

/** A duty's cue in the old version. */
const DUTY = /\b(?:must|shall|has to|have to|needs? to|(?:is|are) required to|always)\b|^\s*(?:every|each|all)\b/i;
const DUTY_MODALS = new Set(['must', 'shall', 'has', 'have', 'needs', 'need', 'is', 'are']);
const RELATIVES = new Set(['who', 'that', 'which', 'whose']);
const RULE_NEGATIONS = new Set(['not', 'never']);
/** Words between a relative pronoun and its "not": auxiliaries ("who has not", "that is not yet"). */
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'does', 'do', 'did', 'can', 'could', 'will', 'been', 'yet']);
/** Words after the rule's negation that release a duty rather than forbid an act. */
const RELEASES = new Set(['need', 'needs', 'have', 'has', 'required', 'obliged', 'necessary', 'expected']);
const NEGATIVE_UNIVERSALS = new Set(['no', 'nobody', 'none', 'nothing']);
/** Words a party's shape fits that name no one ("by fewer than three", "by another"). */
const NOT_ACTORS = new Set(['fewer', 'more', 'less', 'than', 'another', 'other', 'either', 'after', 'over', 'under', 'ever', 'never', 'for', 'or', 'order']);

/**
 * The rule's negation after a negated relative clause that picks out its things: "A rider who has
 * not been through the check does not line up", "A ladder whose top has not been lashed is not
 * climbed". The relative's own "not" may be read as the rule's too (a "whose" clause): every main
 * negation is one of the two.
 */
function afterNegatedRelative(statement: Statement): boolean {
  const { words, mainNegationAt } = statement;
  for (let r = 1; r < words.length; r++) {
    if (!RELATIVES.has(words[r] ?? '') || !isContent(words[r - 1] ?? '')) continue;
    // "whose top has not": up to two words of the thing's part before the auxiliaries.
    let n = r + 1;
    if (words[r] === 'whose') while (n < r + 3 && isContent(words[n] ?? '')) n++;
    while (n < words.length && AUXILIARIES.has(words[n] ?? '')) n++;
    if (!RULE_NEGATIONS.has(words[n] ?? '')) continue;
    const rule = mainNegationAt.filter((at) => at > n);
    if (rule.length !== 1 || mainNegationAt.some((at) => at !== n && at !== rule[0])) return false;
    const at = rule[0]!;
    return RULE_NEGATIONS.has(words[at] ?? '') && !words.slice(at + 1, at + 4).some((word) => RELEASES.has(word));
  }
  return false;
}

/** "No routine is scored by fewer than three adjudicators": a negative universal over a floor the old version's figure gives. */
function noneBelowFloor(statement: Statement, oldStems: ReadonlySet<string>): boolean {
  const { words, mainNegationAt } = statement;
  if (!NEGATIVE_UNIVERSALS.has(words[0] ?? '') || mainNegationAt.length !== 1 || mainNegationAt[0] !== 0) return false;
  if (words.slice(1, 5).some((word) => RELEASES.has(word))) return false;
  const at = words.findIndex((word, i) => (word === 'fewer' || word === 'less') && words[i + 1] === 'than');
  return at > 0 && words[at + 2] !== undefined && oldStems.has(normaliseWord(words[at + 2]!));
}

/**
 * The words that may name who acts or approves: a possessive ("the supervisor's say-so"), a "by" phrase
 * ("by a senior maker") and the first two words a gate opens ("unless a supervisor allows it").
 */
function actorsNamed(text: string): string[] {
  const found = [...text.matchAll(/\b([A-Za-z]+)['’]s?\b|\bby\s+(?:the\s+|a\s+|an\s+|another\s+|their\s+)?(?:([A-Za-z]+)\s+)?([A-Za-z]+)|\b(?:unless|until|without|except)\s+(?:the\s+|a\s+|an\s+|another\s+|their\s+)?([A-Za-z]+)(?:\s+([A-Za-z]+))?/g)];
  return found.flatMap((m) => [m[1], m[2], m[3], m[4], m[5]]).filter((word): word is string => word !== undefined).map((word) => word.toLowerCase());
}

/** The parties named before a duty's modal: "The armourer" of "The armourer must approve". */
function dutyDoers(statement: Statement): string[] {
  const at = statement.words.findIndex((word) => DUTY_MODALS.has(word));
  return at < 0 ? [] : statement.words.slice(0, at).filter((word) => isContent(word) && !NOT_ACTORS.has(word) && isParty(word));
}

/** Whether the group's old duty is said in the new version by a double negative of a form above. */
export function dutySaidAsDoubleNegative(group: StatementGroup): boolean {
  if (group.previous.length === 0 || group.previous.some((statement) => statement.mainNegations.length > 0) || !group.previous.some((statement) => DUTY.test(statement.text))) return false;
  const oldStems = stemSet(group.previousText);
  const negated = group.next.filter((statement) => statement.mainNegationAt.length > 0);
  if (negated.length === 0) return false;
  // A party of either side's own acts or approves in the other's place ("unless a supervisor allows it").
  const newStems = stemSet(group.nextText);
  const ownParty = (text: string, other: ReadonlySet<string>): boolean => actorsNamed(text).some((word) => !NOT_ACTORS.has(word) && isParty(word) && !other.has(normaliseWord(word)));
  if (ownParty(group.nextText, oldStems) || ownParty(group.previousText, newStems)) return false;
  // The duty's own doer gone from the double negative: the act or approval given to someone else
  // ("The armourer must approve every weapon" -> "No weapon is used until the coach has given approval").
  if (group.previous.some((statement) => dutyDoers(statement).some((word) => !newStems.has(normaliseWord(word))))) return false;
  const shared = [...newStems].filter((stem) => oldStems.has(stem)).length;
  if (shared < 2) return false;
  const waits = dutySaidByNegativeUniversal(group);
  return negated.every((statement) => afterNegatedRelative(statement) || noneBelowFloor(statement, oldStems) || (waits && NEGATIVE_UNIVERSALS.has(statement.words[0] ?? '')));
}
