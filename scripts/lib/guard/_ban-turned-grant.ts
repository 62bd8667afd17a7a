// A ban turned into the thing given (round 41c): "Do not give riders the referee's incident notes."
// -> "The referee's incident notes are given to riders." The old changed sentence negates an act;
// the new one states the same act (its verb, as the dictionary's stems fold it) as its own verb,
// with no negation, no condition, no exception, no word of refusal, and not as a duty. Whatever else the edit reworded, the forbidden thing now happens: a
// `negation-removed` read there is a weakening a reviewer always wants, so it flags whatever the
// verdict's weights say (_certain-readings.ts). Pure.
import { isContent, readStatement, type Statement } from './_statements.ts';
import { negationsIn } from './_rule-words.ts';
import { normaliseWord, splitSentences } from './_text.ts';

/** Negations that open the subject ("No visitor may enter"): the act follows the modal. */
const SUBJECT_NEGATIONS = new Set(['no', 'none', 'nobody', 'nothing', 'neither', 'nor']);
const MODALS = new Set(['may', 'can', 'could', 'must', 'shall', 'should', 'will', 'would', 'might', 'is', 'are', 'be']);

/**
 * Words that keep a thing from someone though no negation is written: the new sentence says the
 * ban again in other words ("is withheld from researchers", "stays closed to guests", "stays free of
 * pets", "is done outside the nave", "is a breach of the tenancy", "is limited to the daytime").
 */
const REFUSAL = /^(?:withh[eo]ld\w*|clos(?:e|ed|es|ing)|forbid\w*|prohibit\w*|ban|bans|banned|bar|bars|barred|refus\w*|den(?:y|ied|ies|ying)|declin\w*|exclud\w*|restrict\w*|limit\w*|reserved|private|confidential|secret|only|except|excepting|unless|avoid\w*|refrain\w*|instead|rather|away|off|out|outside|beyond|behind|free|breach\w*|against|requir\w*|needs?|other)$/;

/**
 * Words that open a sentence restating the ban as a duty on every case ("Any photo a leader posts
 * keeps ...", "Everything the station broadcasts stays ..."): the act is then said inside the
 * subject, not granted.
 */
const UNIVERSAL_OPENERS = new Set(['any', 'every', 'each', 'all', 'whatever', 'whichever', 'everything', 'anything', 'anyone', 'everyone', 'anybody', 'everybody']);

/**
 * Words of a duty on every case: "Temperature sensors are always mounted out of the direct sun",
 * "every player has to wear a full face cage" say the ban's opposite as a duty, not its act granted.
 */
const DUTY_WORDS = new Set(['always', 'must', 'every', 'each', 'whole', 'has', 'have', 'need', 'needs', 'required']);

/** The act a negated statement forbids: the first content word after its negation (after the modal when the negation opens the subject). */
function forbiddenAct(statement: Statement): string | null {
  const at = statement.mainNegationAt[0];
  if (at === undefined) return null;
  let from = at + 1;
  if (SUBJECT_NEGATIONS.has(statement.words[at] ?? '')) {
    const modal = statement.words.findIndex((word, i) => i > at && i <= at + 6 && MODALS.has(word));
    if (modal < 0) return null;
    from = modal + 1;
  }
  return statement.words.slice(from, from + 4).find((word) => isContent(word)) ?? null;
}

/** Whether the written sentences negate the old rule and not the new: the folds' rewording ("keep locked until" read as "do not open before") is no ban written. */
function writtenAsBanAndGrant([previous, next]: readonly [string, string]): boolean {
  const before = splitSentences(previous);
  const after = splitSentences(next);
  if (before.length !== 1 || after.length !== 1) return false;
  // A negating word written in the old sentence ("keep the gate locked until" negates nothing written), none in the new ("no one may smoke").
  return negationsIn(before[0]!).length > 0 && negationsIn(after[0]!).length === 0;
}

/**
 * Whether the changed sentences (as the readings fold them, and as `written` when given) turn a ban
 * round into the act it forbade, stated plainly.
 */
export function banTurnedIntoGrant(previousPart: string, nextPart: string, written?: readonly [string, string]): boolean {
  if (written && !writtenAsBanAndGrant(written)) return false;
  const before = splitSentences(previousPart);
  const after = splitSentences(nextPart);
  if (before.length !== 1 || after.length !== 1) return false;
  const ban = readStatement(before[0]!, after[0]!);
  const now = readStatement(after[0]!, before[0]!);
  if (now.mainNegations.length > 0 || now.conditionNegations.length > 0 || now.conditions.length > 0) return false;
  if (now.words.some((word) => REFUSAL.test(word))) return false;
  if (UNIVERSAL_OPENERS.has(now.words[0] ?? '') || now.words.some((word) => DUTY_WORDS.has(word))) return false;
  const act = forbiddenAct(ban);
  if (!act) return false;
  const stem = normaliseWord(act);
  // The act is stated as the sentence's verb: not its first word said as a noun ("Subletting the
  // flat is a breach") unless the old sentence was an order in the same word ("Do not promise" -> "Promise").
  const at = now.words.findIndex((word) => isContent(word) && normaliseWord(word) === stem);
  if (at < 0) return false;
  return at > 0 || now.words[0] === act;
}
