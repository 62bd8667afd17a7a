// `negation-added` / `negation-removed`: a rule's polarity flipped (never -> always, "do not"
// dropped, "not" added). `negation-moved`: the negation left the rule for its condition ("Never
// promise a date" -> "Promise a date when the estimate is not available"). Only the main clause
// counts, and "not paid" for "unpaid" is no negation. Pure.
import type { Reason } from '../schema/records.ts';
import type { StatementDiffInput } from './_statement-groups.ts';
import { saysSameOrder } from './_order-facts.ts';
import { isContent, readStatement, type Statement } from './_statements.ts';
import { normaliseWord, quote } from './_text.ts';
import { isLimitedGrantOfException } from './_limited-grants.ts';
import { forbidsTheOpposite } from './_negated-opposites.ts';
import { keepsSaidAsNeverLeave } from './reason-keep-leave.ts';
import { negativeWordsGone } from './_spelled-negations.ts';
import { saysNoOneMayInOtherVoice } from './_voice.ts';
import { neverAloneSaidAsAlwaysWith } from './_never-alone.ts';
import { companyStillDemanded } from './_company-kept.ts';
import { appendsOwnProhibition } from './_appended-prohibitions.ts';
import { dutySaidAsDoubleNegative } from './_duty-as-double-negative.ts';

/** Words of `words` not matched one-for-one in `other`; all of `words` when every one is matched. */
function differing(words: readonly string[], other: readonly string[]): string[] {
  const rest = [...words];
  for (const word of other) {
    const at = rest.indexOf(word);
    if (at >= 0) rest.splice(at, 1);
  }
  return rest.length > 0 ? rest : [...words];
}

/**
 * "Teachers should avoid giving pupils their number" -> "Teachers must not give ...": the old rule
 * already steered away (a softened "avoid" or "refrain", read apart from a prohibition), so a "not"
 * now makes the same rule stricter; a weaker modal elsewhere is modal-weakened's business.
 */
function hardensAvoid(previous: readonly Statement[]): boolean {
  return previous.some((statement) => statement.mainNegations.length === 0 && statement.words.some((word) => word === 'avoid' || word === 'refrain'));
}

/**
 * "Ask before running commands" -> "Ask before running commands, and never run them unasked":
 * the old rule is restated in full before the first new negation, which adds a rule of its own.
 */
function appendsRule(previous: readonly Statement[], next: readonly Statement[]): boolean {
  if (previous.length !== 1 || next.length !== 1) return false;
  const [old] = previous;
  const [now] = next;
  if (!old || !now) return false;
  const at = now.words.findIndex((word) => now.mainNegations.includes(word));
  const before = new Set(now.words.slice(0, Math.max(0, at)).filter(isContent).map(normaliseWord));
  // Numbers are number-changed's to judge: "at least 12 characters" restated as "at least 16
  // characters, and never reused" is still the old rule restated.
  const words = old.stems.filter((stem) => !/^\d/.test(stem));
  return at > 0 && words.length > 0 && words.every((stem) => before.has(stem));
}

function shared(a: Statement, b: Statement): number {
  const theirs = new Set(b.stems);
  return new Set(a.stems.filter((stem) => theirs.has(stem))).size;
}

/**
 * A negated rule split in two whose own part lost the negation to the other part ("Do not send
 * the contract until legal has approved it" -> "Send the contract; legal does not have to approve
 * it first"): the new sentence that says most of the old one's words is the rule, and it is no
 * longer negated. Counts alone cannot see it (one "not" before, one after).
 */
function negationLeftForAnotherSentence(previous: readonly Statement[], next: readonly Statement[]): { rule: Statement; to: Statement; word: string } | null {
  const [old] = previous;
  if (previous.length !== 1 || next.length < 2 || !old || old.mainNegations.length === 0) return null;
  const ranked = [...next].sort((a, b) => shared(old, b) - shared(old, a));
  const [rule, second] = ranked;
  if (!rule || rule.mainNegations.length > 0 || shared(old, rule) < 2 || (second && shared(old, second) >= shared(old, rule))) return null;
  // The negation must govern the rule's verb, standing before the words the rule kept: in "released
  // by their own doctor, never by reception staff" it only contrasts an agent.
  const kept = new Set(rule.stems);
  const firstKept = old.words.findIndex((word) => isContent(word) && kept.has(normaliseWord(word)));
  const firstNegation = old.words.findIndex((word) => old.mainNegations.includes(word));
  if (firstNegation < 0 || firstKept < 0 || firstNegation > firstKept) return null;
  // Two clauses joined, each with its own subject: "Flash photography is not allowed, and guests must
  // keep their voices down" split in two keeps each clause's polarity (round 27a).
  if (negationStayedInItsClause(old, rule)) return null;
  const to = next.find((statement) => statement.mainNegations.length > 0);
  const word = to?.mainNegations[0];
  return to && word ? { rule, to, word } : null;
}

/** Clauses joined by ", and", ", but" or a semicolon, each a rule of its own when split. */
const JOINED_CLAUSES = /,\s+(?:and|but)\s+|;\s+/i;

/**
 * Whether the old sentence joins clauses and the one that says the new rule again (most of its
 * words) holds no negation: the negation belonged to the other clause, which went to a sentence of
 * its own with it.
 */
function negationStayedInItsClause(old: Statement, rule: Statement): boolean {
  const parts = old.text.split(JOINED_CLAUSES).map((part) => readStatement(part));
  if (parts.length < 2) return false;
  const kept = new Set(rule.stems);
  const overlap = (part: Statement) => new Set(part.stems.filter((stem) => kept.has(stem))).size;
  const [first, second] = [...parts].sort((a, b) => overlap(b) - overlap(a));
  return first !== undefined && second !== undefined && overlap(first) >= 2 && overlap(first) > overlap(second) && first.mainNegations.length === 0;
}

/** A sentence's clauses joined by a colon or semicolon ("No player is banned automatically: a moderator confirms each ban"). */
function clausesOf(statement: Statement): string[] {
  return statement.text.split(/[:;]\s+/).map((part) => part.trim()).filter((part) => part !== '');
}

/**
 * The same count of negations, moved from one clause of a sentence to another ("No player is ever
 * banned automatically: a moderator confirms each ban" -> "Players are banned automatically: a
 * moderator never confirms a ban"): returns the clause that lost its negation and the one that
 * gained it, or null. Clauses are paired in order, and each pair must still share a content word.
 */
function negationCrossed(previous: Statement | undefined, next: Statement | undefined): [string, string] | null {
  if (!previous || !next) return null;
  const oldParts = clausesOf(previous);
  const newParts = clausesOf(next);
  if (oldParts.length < 2 || oldParts.length !== newParts.length) return null;
  // Each clause read once: comparing every old clause with every new one re-read both each time
  // (a 190 KB run-on sentence: 15 s of 20; issue 9, round 22c).
  const read = new Map([...oldParts, ...newParts].map((part) => [part, readStatement(part)]));
  const negated = (part: string) => (read.get(part)?.mainNegations.length ?? 0) > 0;
  const common = (a: string, b: string) => {
    const theirs = new Set(read.get(b)?.stems);
    return new Set(read.get(a)?.stems.filter((stem) => theirs.has(stem))).size;
  };
  const pairs = oldParts.map((part, i) => ({ old: part, now: newParts[i] ?? '' }));
  // Each clause must stay its own counterpart: clauses that changed places ("Never store card
  // numbers: mask them" -> "Mask card numbers: never store them") carry their negations with them.
  const keepsPlace = pairs.every(({ old, now }, i) => common(old, now) > 0 && newParts.every((other, j) => j === i || common(old, other) < common(old, now)));
  if (!keepsPlace) return null;
  const lost = pairs.find(({ old, now }) => negated(old) && !negated(now));
  const gained = pairs.find(({ old, now }) => !negated(old) && negated(now));
  return lost && gained ? [lost.now, gained.now] : null;
}

/** Negations of a verb ("do not discuss", "never disable", "are not issued"); "no" and "without" negate a noun. */
const VERB_NEGATIONS = new Set(['not', 'never']);
/** Words skipped between a negation and what it negates ("should not ever be", "never even"). */
const NEGATION_FILLERS = new Set(['to', 'be', 'been', 'being', 'have', 'has', 'had', 'do', 'does', 'did', 'ever', 'even', 'is', 'are', 'was', 'were', 'can', 'will', 'must', 'should', 'may']);

/** The stem a verb negation of the main clause negates: the first content word after it, past auxiliaries. */
function negatedVerbs(statement: Statement): string[] {
  const { words } = statement;
  return statement.mainNegationAt.flatMap((i) => {
    if (!VERB_NEGATIONS.has(words[i] ?? '')) return [];
    let j = i + 1;
    while (j < words.length && NEGATION_FILLERS.has(words[j] ?? '')) j++;
    // "never by reception staff" contrasts an agent; only a word right after the negation is its verb.
    return j < words.length && isContent(words[j] ?? '') ? [normaliseWord(words[j] ?? '')] : [];
  });
}

/**
 * Whether a main negation of the sentence stands before the word at `at` and may govern it: "never
 * share your badge or lend your laptop", "Never, in any system, store card numbers", "must not give
 * a diagnosis, recommend a dose or ...". A negation after the verb ("Disable MFA temporarily, never
 * permanently") negates something else.
 */
function governed(statement: Statement, at: number): boolean {
  return statement.mainNegationAt.some((i) => i < at);
}

/**
 * The same negations now negating something else, with the verb they negated still there and
 * governed by none of them ("Managers should not discuss salaries in meetings" -> "Managers should
 * discuss salaries in meetings, not in one-to-ones"; "Never disable MFA, even temporarily" ->
 * "Disable MFA temporarily, never permanently"): the rule now permits or demands what it forbade.
 */
function negationRescoped(previous: readonly Statement[], next: readonly Statement[]): { verb: string; now: string } | null {
  if (!next.some((statement) => statement.mainNegationAt.length > 0)) return null;
  for (const verb of previous.flatMap(negatedVerbs)) {
    const places = next.flatMap((statement) => statement.words.flatMap((word, at) => (isContent(word) && normaliseWord(word) === verb ? [governed(statement, at)] : [])));
    if (places.length === 0 || places.some(Boolean)) continue;
    // What the negation stands before now, as written ("never for other staff").
    const holder = next.find((statement) => statement.mainNegationAt.length > 0);
    const at = holder?.mainNegationAt[0] ?? 0;
    return { verb, now: holder?.words.slice(at, at + 4).join(' ') ?? '' };
  }
  return null;
}

/**
 * A "without" before a noun phrase ("without legal jargon"), not before a verb ("without asking"),
 * nor turning round a "with" of the old rule ("with the customer's consent" -> "without ...").
 */
function mannerWithout(statement: Statement, at: number, previous: readonly Statement[]): boolean {
  if (statement.words[at] !== 'without') return false;
  const following = statement.words.slice(at + 1, at + 4).find((word) => isContent(word)) ?? '';
  const turnedRound = previous.some(({ words }) => words.some((word, i) => word === 'with' && words.slice(i + 1, i + 4).includes(following)));
  return !/ing$/.test(following) && !turnedRound;
}

/**
 * "Do not dispense unlicensed medicines without the prescriber's written request" -> "... medicines
 * that have no marketing licence without the prescriber's written request": the same "without" and
 * the words after it, written in the new sentence too, are the same manner or condition, even where
 * a relative clause spelled out before it makes it read as that clause's own.
 */
function withoutStillWritten(statement: Statement, at: number, next: readonly Statement[]): boolean {
  if (statement.words[at] !== 'without') return false;
  const phrase = statement.words.slice(at, at + 4);
  // A "without warning" that ends the sentence is as sure a manner as four words of one.
  const whole = phrase.length === 4 || (phrase.length >= 2 && at + phrase.length === statement.words.length);
  // Only where the new sentence no longer reads it as the rule's own (there it is counted anyway).
  return whole && next.some((other) => other.words.some((word, i) => word === 'without' && !other.mainNegationAt.includes(i) && phrase.every((part, k) => other.words[i + k] === part)));
}

/** Reasons for aligned sentences whose main-clause negations were dropped, added or moved. */
/**
 * "must never be left without a lifeguard" = "a lifeguard must be there at all times": a negated
 * rule whose one negation ("never"/"not") is followed within six words by a "without" it cancels
 * says the duty in double negative; nothing else in the sentence may be negated.
 */
function saysAlwaysTwiceNegated(statement: Statement): boolean {
  const at = statement.mainNegationAt;
  if (at.length === 0) return true;
  const first = at[0] ?? -1;
  const word = statement.words[first];
  if (word !== 'never' && word !== 'not') return false;
  const rest = statement.words.slice(first + 1);
  const without = rest.indexOf('without');
  // The "without" stands in the negated clause: no comma-free break words between.
  return without >= 0 && without <= 6 && at.every((k) => k === first || statement.words[k] === 'without');
}

export function findNegationChanges(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const group of input.groups) {
    // "Verify X before Y" = "Do not Y until X" = "Only Y once X": the same order said another way.
    if (saysSameOrder(group)) continue;
    // "No one may operate the crane" = "The crane must not be operated by anyone": one prohibition.
    if (saysNoOneMayInOtherVoice(group.previousText, group.nextText)) continue;
    // "Never leave a patient alone" = "A patient must always have someone with them".
    if (neverAloneSaidAsAlwaysWith(group.previousText, group.nextText)) continue;
    // "may not extract a bird unless a ringer is beside them" = "only takes a bird out with a ringer next to them" (_company-kept.ts).
    if (companyStillDemanded(group.previousText, group.nextText)) continue;
    // "Do not issue refunds except to the original card" -> "Refunds may be issued only to the original card".
    if (isLimitedGrantOfException(group.previous.map((statement) => statement.text), group.next.map((statement) => statement.text))) continue;
    // "Visitors without an escort" -> "Unaccompanied visitors": the "without" went into a negative word.
    const intoNegativeWord = negativeWordsGone(group.nextText, group.previousText).length > 0;
    const before = group.previous.flatMap((statement) => statement.mainNegationAt.filter((at) => !withoutStillWritten(statement, at, group.next) && !(intoNegativeWord && statement.words[at] === 'without')).map((at) => statement.words[at] ?? ''));
    const after = group.next.flatMap((statement) => statement.mainNegations);
    // One sentence to one, a lower count means a negation went ("do not X or Y without Z" keeps
    // its rule only with both); splits and merges repeat or share negations ("Do not X. Do not Y."
    // -> "Do not X or Y."), so there only presence is compared.
    const oneToOne = group.previous.length === 1 && group.next.length === 1;
    const fewer = oneToOne ? before.length > after.length : before.length > 0 && after.length === 0;
    // "Explain how to appeal, without legal jargon": a "without" before a noun adds a manner to the
    // duty (stricter); before a verb ("without disabling rules") it forbids that verb.
    const more = after.length > 0 && before.length === 0 && !group.next.every((statement) => statement.mainNegationAt.every((at) => mannerWithout(statement, at, group.previous)));
    const where = quote(group.nextText);
    const left = negationLeftForAnotherSentence(group.previous, group.next);
    if (left) {
      reasons.push({ code: 'negation-removed', message: `negation removed: ${quote(left.rule.text)} no longer negated; the "${left.word}" went to ${quote(left.to.text)}` });
      continue;
    }
    const crossed = oneToOne && !fewer && !more ? negationCrossed(group.previous[0], group.next[0]) : null;
    if (crossed) {
      reasons.push({ code: 'negation-moved', message: `negation moved: ${quote(crossed[0], 60)} is no longer negated, ${quote(crossed[1], 60)} now is, in ${where}` });
      continue;
    }
    const rescoped = !fewer && !more ? negationRescoped(group.previous, group.next) : null;
    if (rescoped) {
      reasons.push({ code: 'negation-moved', message: `negation moved: "${rescoped.verb}" is no longer negated, the negation now reads "${rescoped.now}", in ${where}` });
      continue;
    }
    // "A rider who hasn't been checked doesn't line up" -> "Riders must be checked before they line up": one duty (_duty-as-double-negative.ts).
    const fromDoubleNegative = fewer && dutySaidAsDoubleNegative({ previous: group.next, next: group.previous, previousText: group.nextText, nextText: group.previousText });
    if (fewer && !fromDoubleNegative && !forbidsTheOpposite(group.next, group.previous)) {
      const removed = differing(before, after);
      const movedTo = group.next.flatMap((s) => s.conditionNegations).length > group.previous.flatMap((s) => s.conditionNegations).length;
      if (after.length === 0 && movedTo) {
        reasons.push({ code: 'negation-moved', message: `negation moved: ${removed.map((word) => `"${word}"`).join(', ')} left the rule for its condition in ${where}` });
        continue;
      }
      const flippedToAlways = removed.includes('never') && group.next.some((statement) => statement.words.includes('always'));
      const detail = flippedToAlways ? `"never" -> "always"` : `${removed.map((word) => `"${word}"`).join(', ')} dropped`;
      reasons.push({ code: 'negation-removed', message: `negation removed: ${detail} in ${where}` });
    }
    // "respond only with the rate card; do not negotiate" -> "... and never bargain over it": an old
    // prohibition with no counterpart of its own moved into this sentence (requirement-removed reads it).
    // Only after the kept rule is said again: "Offer a repair slot" -> "Never offer a repair slot" turned it round.
    const keptStems = new Set(group.previous.flatMap((statement) => statement.stems));
    const restatedFirst = group.next.every((statement) => statement.mainNegationAt.length === 0 || statement.words.slice(0, statement.mainNegationAt[0]).some((word) => keptStems.has(normaliseWord(word))));
    const movedIn = restatedFirst && input.removed.some((statement) => statement.mainNegations.length > 0);
    // "must keep the drone in sight" -> "may at no point lose sight of it": the verb turned round with the negation.
    if (more && !appendsRule(group.previous, group.next) && !appendsOwnProhibition(group.previous, group.next) && !hardensAvoid(group.previous) && !movedIn && !forbidsTheOpposite(group.previous, group.next) && !group.next.every(saysAlwaysTwiceNegated) && !keepsSaidAsNeverLeave(group.previousText, group.nextText) && !dutySaidAsDoubleNegative(group)) {
      reasons.push({ code: 'negation-added', message: `negation added: ${differing(after, before).map((word) => `"${word}"`).join(', ')} in ${where}` });
    }
  }
  return reasons;
}
