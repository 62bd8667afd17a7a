// The polarity of a statement, read as an algebra rather than a count of "not"s: a rule says "no"
// as often with a word of negative meaning as with a negation ("Never sell alcohol to minors" =
// "Sales of alcohol to minors are refused"; "Do not board until the passport is checked" =
// "Boarding waits until the passport is checked"; "No patient is discharged without a letter" = "A
// letter is in place before any patient is discharged"). Each negating word turns the statement
// round once, so two statements saying the same action and object agree when their counts of
// negating words have the same parity. Pure.
//
// The words are a closed class of meaning (refusal, prevention, stopping, waiting, absence), not
// the wordings of any labelled edit: "refuse" and "not accept" are one polarity in every domain.
import type { Statement } from './_statements.ts';
import { isContent } from './_statements.ts';
import { normaliseWord } from './_text.ts';
import { NEGATION_WORDS, NEGATIONS } from './_rule-words.ts';
import { NEGATED_BOUND_PATTERN } from './_numbers.ts';
import { companyNoLongerDemanded } from './_company-kept.ts';
import { negatesInWord, undoesAState } from './_negations-in-words.ts';

/** Negations proper. */
const NEGATORS: ReadonlySet<string> = new Set(NEGATION_WORDS);

/**
 * Verbs (and their nouns) whose meaning holds a negation of the act they govern: refusing,
 * forbidding and preventing it, stopping or suspending it. "Refuse a sale" = "do not sell".
 */
const NEGATIVE_VERBS = ['refuse', 'refusal', 'reject', 'rejection', 'decline', 'deny', 'forbid', 'prohibit', 'ban', 'prevent', 'stop', 'halt', 'cease', 'suspend', 'withhold', 'block', 'bar', 'barred'];
const NEGATIVE_STEMS = new Set(NEGATIVE_VERBS.map(normaliseWord));

/** A "no"/"not" that bounds a number or stresses a rule, not a negation ("no more than", "without exception"). */
const BOUND_OR_STRESS = new RegExp(String.raw`^(?:${NEGATED_BOUND_PATTERN}|not only|no matter|without exceptions?|no exceptions?)\b`);

/** Whether a word is a verb (or noun) of refusal, prevention or stopping: "refused", "prevents", "halt". */
export function isRefusal(word: string): boolean {
  return isContent(word) && NEGATIVE_STEMS.has(normaliseWord(word));
}

/**
 * Verbs that shut someone out of an act, with the particle that says so: "rules a jockey out of
 * riding", "disqualifies a driver from driving", "excludes a member from voting" = "may not"
 * (round 26a). Without the particle they are other acts ("rule on", "excluding VAT").
 */
const SHUTS_OUT = /^(?:rule|rules|ruled|disqualify|disqualifies|disqualified|exclude|excludes|excluded)$/;

/** Whether the word at `i` shuts someone out of an act: a verb of exclusion with its "out" or "from" within four words. */
export function shutsOut(words: readonly string[], i: number): boolean {
  if (!SHUTS_OUT.test(words[i] ?? '')) return false;
  const particle = /^rule/.test(words[i] ?? '') ? 'out' : 'from';
  return words.slice(i + 1, i + 5).includes(particle);
}

/** Indefinites an exception follows ("anywhere but", "anyone except", "anything other than"). */
const EXCEPT_AFTER_ANY = /^(?:anywhere|anything|anyone|anybody|anyplace|any)$/;

/** Words of absence of company or care: "leave a child alone" = "leave a child with no one". */
const ABSENCE = new Set(['alone', 'unattended', 'unsupervised', 'unaccompanied', 'unwatched']);

/** The statement's words outside its conditions: the rule itself ("unless a parent refuses" turns a condition, not the rule). */
export function mainWords(statement: Statement): string[] {
  const inCondition = (at: number) => statement.conditions.some((condition) => at >= condition.start && at < condition.start + condition.words.length);
  return statement.words.filter((_, at) => !inCondition(at));
}

/**
 * Each place in a statement's rule (its conditions left out) that turns its polarity round: a
 * negation, a verb of refusal or prevention, a word of absence, a "wait" that "until" follows
 * ("waits until Y" = "not before Y"), and "instead of" (= "not"). Order words ("until", "before")
 * are not counted: they turn round who comes first, which parity cannot see (`_order-facts.ts`).
 */
export function polarityTurns(statement: Statement): string[] {
  const words = mainWords(statement);
  const turns: string[] = [];
  words.forEach((word, i) => {
    if (BOUND_OR_STRESS.test(words.slice(i, i + 3).join(' '))) return;
    if (NEGATORS.has(word) || ABSENCE.has(word)) turns.push(word);
    // "on their own" = "alone", "unaccompanied" (round 17a).
    else if (word === 'on' && /^(?:their|his|her|its|your|my|our)$/.test(words[i + 1] ?? '') && words[i + 2] === 'own') turns.push('on their own');
    else if (word === 'instead' && words[i + 1] === 'of') turns.push('instead of');
    else if (/^wait/.test(word) && words.slice(i + 1, i + 4).some((next) => next === 'until' || next === 'till')) turns.push(word);
    else if (isRefusal(word) || shutsOut(words, i)) turns.push(word);
    // "goes unrecorded", "fails to record": a "not" inside a word (round 25a).
    else if (negatesInWord(words, i)) turns.push(word);
    // "No battery is charged anywhere but the cage" = "only in the cage": an exception after an
    // indefinite under the negation turns the rule back (round 26a).
    else if (EXCEPT_AFTER_ANY.test(words[i - 1] ?? '') && (word === 'but' || word === 'except' || (word === 'other' && words[i + 1] === 'than'))) turns.push(`${words[i - 1]} ${word}`);
  });
  return turns;
}

/** Whether every statement of a side is turned round an odd number of times, summed: one polarity for the side. */
function parity(statements: readonly Statement[]): number {
  return statements.reduce((sum, statement) => sum + polarityTurns(statement).length, 0) % 2;
}

/** Content stems that carry no polarity, for judging whether two statements say the same act. */
function plainStems(statements: readonly Statement[]): Set<string> {
  const turning = new Set(statements.flatMap(polarityTurns).map(normaliseWord));
  return new Set(statements.flatMap((statement) => statement.stems).filter((stem) => !turning.has(stem) && !/^wait/.test(stem)));
}

/** Whether `next` turns its rule by a verb of exclusion and says a content word `previous` does not. */
function exclusionBringsWords(previous: readonly Statement[], next: readonly Statement[]): boolean {
  const excludes = next.some((statement) => mainWords(statement).some((_, i, words) => shutsOut(words, i)));
  if (!excludes) return false;
  const old = plainStems(previous);
  return [...plainStems(next)].some((stem) => !old.has(stem) && !SHUTS_OUT.test(stem) && !/^(?:out|from|exclud|disqualif)/.test(stem));
}

/** Share of the smaller side's plain stems the other side says too. */
export function sharedAct(previous: readonly Statement[], next: readonly Statement[]): number {
  const old = plainStems(previous);
  const now = plainStems(next);
  const smaller = old.size <= now.size ? old : now;
  const larger = smaller === old ? now : old;
  if (smaller.size === 0) return 0;
  return [...smaller].filter((stem) => larger.has(stem)).length / smaller.size;
}

/**
 * At least this share of the act's stems must be said by both: below it the two versions say
 * different acts, and their polarities are not comparable.
 */
export const SAME_ACT = 0.5;

/** Negations proper among polarity turns ("without" apart: `_rule-words.ts`); the rest (verbs of refusal, "waits until", absence, "instead of") turn a rule in other words. */
export { NEGATIONS };

function counts(statements: readonly Statement[]): { negations: number; others: number; without: number } {
  const turns = statements.flatMap(polarityTurns);
  const negations = turns.filter((word) => NEGATIONS.has(word)).length;
  const without = turns.filter((word) => word === 'without').length;
  return { negations, without, others: turns.length - negations - without };
}

/**
 * Whether two aligned sides say one act with one polarity although their negations differ: the
 * parity of polarity turns is the same, the act's words are mostly shared, and the negations that
 * came or went are made up by a turn in other words ("never" -> "refused", "do not ... until" ->
 * "waits until"), or were a double negative ("No X without Y" -> "Y before any X"). Negations
 * that only moved keep their count: that is the negation detector's to read.
 */
export function polarityKept(previous: readonly Statement[], next: readonly Statement[]): boolean {
  const old = counts(previous);
  const now = counts(next);
  const negationsChanged = old.negations + old.without !== now.negations + now.without;
  if (!negationsChanged || parity(previous) !== parity(next) || sharedAct(previous, next) < SAME_ACT) return false;
  // A verb of exclusion says the "not" only of the act the other side names: one that brings words
  // of its own ("rules a player out of the team photo", "owing fees for two years") says another rule.
  if (exclusionBringsWords(previous, next) || exclusionBringsWords(next, previous)) return false;
  // "Do not unlock the cabinet" / "The cabinet stays unlocked": an act undoing a state the other side states (round 25a).
  if (undoesAState(previous.flatMap((statement) => statement.words), next.flatMap((statement) => statement.words))) return false;
  // One turn said for another: the negations went down as the other turns went up, or the reverse.
  if (Math.sign(now.negations + now.without - old.negations - old.without) === -Math.sign(now.others - old.others) && old.others !== now.others) return true;
  // A double negative said plainly ("No X without Y" -> "Y before any X", "Never leave A alone" ->
  // "A is watched the whole time"): one side's rule turned exactly twice, the other side turned
  // nowhere, its conditions included (an "alone" moved into a condition is not said plainly).
  const plain = (statements: readonly Statement[]) => statements.every((statement) => statement.words.every((word, i) => polarityTurns({ ...statement, words: statement.words.slice(i, i + 3), conditions: [] }).length === 0));
  // The negation comes first and the other turn within its reach ("No patient is discharged
  // without ..."); a fronted "Without agreement, hikers must not stay" sets a condition instead.
  const negationFirst = (statements: readonly Statement[]) => NEGATIONS.has(statements.flatMap(polarityTurns)[0] ?? '');
  const doubled = (side: typeof old, turned: readonly Statement[], other: readonly Statement[]) => side.negations === 1 && side.others + side.without === 1 && negationFirst(turned) && plain(other);
  // "Never enter the silo alone" -> "Enter the silo with a colleague": company said, no longer demanded.
  if (companyNoLongerDemanded(previous.map((statement) => statement.text).join(' '), next.map((statement) => statement.text).join(' '))) return false;
  return doubled(old, previous, next) || doubled(now, next, previous);
}

/**
 * Whether a new sentence says a rule's "no" in other words ("Reproductions of banknotes are refused"
 * beside "Never print a banknote"): it turns round by a verb of refusal, prevention or waiting, and
 * its polarity is the rule's. It then restates or tightens the rule; it does not contradict it.
 */
export function saysSameNoInOtherWords(rule: Statement, added: Statement): boolean {
  // The refusal must be the sentence's own predicate: in "Members who refuse a towel are charged"
  // it picks whom a new rule is about.
  const words = mainWords(added);
  const predicate = words.some((word, i) => isRefusal(word) && !/^(?:who|that|which|whom)$/.test(words[i - 1] ?? '') && !/^(?:who|that|which|whom)$/.test(words[i - 2] ?? ''));
  const waits = words.some((word, i) => /^wait/.test(word) && words.slice(i + 1, i + 4).some((next) => next === 'until' || next === 'till'));
  return (predicate || waits) && parity([rule]) === parity([added]);
}

/** Words between a negation and the verb it negates ("are not refused", "does not stop", "never refuse"). */
export const NEGATION_FILLERS: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'to', 'ever', 'must', 'may', 'can', 'should', 'will', 'shall']);

/** Whether a statement's rule negates a verb of refusal or prevention ("are not declined" = are accepted): a "no" that grants. */
export function negatesRefusal(statement: Statement): boolean {
  const words = mainWords(statement);
  return words.some((word, at) => {
    if (word !== 'not' && word !== 'never') return false;
    let k = at + 1;
    while (k < words.length && NEGATION_FILLERS.has(words[k] ?? '')) k++;
    return isRefusal(words[k] ?? '');
  });
}
