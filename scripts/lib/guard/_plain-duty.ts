// Whether a sentence that went without a stand-in stated a duty in plain words, with no modal:
// "Drivers report any broken seal before departure", "The interviewee is offered a copy". Pure.
import { readClause } from './_clause-reading.ts';
import type { Lexicon } from './_lexicon.ts';
import { readStatement } from './_statements.ts';
import { GENERIC_PARTIES, isParty, sameParty } from './_parties.ts';
import { isImperativeVerb, readModal } from './_rule-words.ts';
import { contentStems, tokenizeWords } from './_text.ts';
import { RESTRICTION } from './reason-added-rule.ts';

/** Words that grant rather than require. */
const GRANTS = /\b(?:may|can|allowed to|permitted to|free to|welcome to|entitled to)\b/;

/** Where a purpose clause starts: what it says can happen is the rule's aim, not a grant. */
const PURPOSE = /\b(?:so that|in order that|in order to)\b/;

/**
 * A clause of the time a duty waits for, holding a "may" or "can" of its own ("before it may
 * open", "until they can leave"): from its word to the next comma or the sentence's end. Whether
 * it is one, and not the sentence's own grant said after an opening "Once", is for
 * `withoutWaitedFor` to say, by what the rest of the sentence states.
 */
const TIME_CLAUSE = /\b(?:before|until|till|once)\s[^,;:]*?\b(?:may|can)\b[^,;:]*/g;

/** Pronouns that stand for a party named in a sentence before ("They also sign a consent form"). */
const PARTY_PRONOUN = /^(?:they|he|she)$/;
/** Words between a pronoun and its verb that say when or how often, not what ("also", "then", "always", "carefully"). */
const VERB_LEAD_IN = /^(?:also|then|always|each|still|too|first|next|again|both|all|[a-z]{3,}ly)$/;

/** Content words a plain sentence needs to state a duty of its own, not a remark ("Our team values clarity"). */
const MIN_STATEMENT_WORDS = 4;
/** Fewer words do, when the sentence has a duty's shape (below). */
const MIN_SHAPED_WORDS = 3;

/** The sentence's first word that is not an article: its subject's head, in a list of duties ("Visitors ..."). */
function opening(sentence: string): string {
  return tokenizeWords(sentence).find((word) => !['the', 'a', 'an', 'all', 'every', 'each', 'any'].includes(word)) ?? '';
}

/** The base of a verb in the third person ("checks" -> "check", "carries" -> "carry", "washes" -> "wash"). */
function verbBases(word: string): string[] {
  return [word, word.replace(/ies$/, 'y'), word.replace(/es$/, ''), word.replace(/s$/, '')];
}

/** Kinds of verb that say what a party feels or thinks, not what it does ("like", "hope", "know"). */
const NO_ACT = /^verb\.(?:emotion|cognition)$/;

/**
 * Whether a sentence whose subject is a pronoun goes on with an act a rule asks for: its verb,
 * past any word of when or how often, one the imperative reading knows ("They also sign a consent
 * form", "She then checks the seal") or, with the dictionary, one whose commonest sense is no
 * feeling or thought ("They also wear a hard hat"). A verb of liking or thinking ("They also like
 * the new charts") states no duty of the party the pronoun stands for.
 */
function pronounActs(words: readonly string[], lexicon: Lexicon | null | undefined): boolean {
  let i = 1;
  while (i < words.length && VERB_LEAD_IN.test(words[i] ?? '')) i++;
  const verb = words[i] ?? '';
  if (verbBases(verb).some(isImperativeVerb)) return true;
  const commonest = lexicon?.senses(verb, 'v')[0];
  return commonest !== undefined && !NO_ACT.test(commonest.category);
}

/**
 * Verbs of what a party feels or holds true, not of what it does: the one who feels is the subject
 * ("Managers love the new charts", "Regulars prefer the corner tables", "Staff know the routes").
 * Closed: verbs of feeling that act on someone ("Nurses comfort ...", "reassure", "calm") are acts
 * a rule asks for, and so are verbs of judging ("decides", "assesses", "rates").
 */
const FEELS_OR_HOLDS = new Set([
  'love', 'like', 'enjoy', 'prefer', 'adore', 'dislike', 'hate', 'fear', 'dread', 'want', 'wish', 'hope', 'appreciate', 'regret', 'miss', 'admire', 'favour', 'favor', 'relish', 'resent',
  'know', 'believe', 'think', 'understand', 'remember', 'recall', 'doubt', 'suppose', 'assume', 'value', 'trust', 'feel',
]);

/**
 * Whether a subject's verb says what the party feels or holds true. A feeling about a fact that
 * follows ("We regret that late returns incur a charge") may state the policy itself, and one that
 * takes "for" or "to" may name a charge or an act ("Carers care for ...", "Staff like to ...").
 */
function feelsOrHolds(verb: string, after: string): boolean {
  return !/^(?:that|for|to)$/.test(after) && verbBases(verb).some((base) => FEELS_OR_HOLDS.has(base));
}

/**
 * Whether the subject of a plain sentence is said to act (round 38c): "Drivers report any broken
 * seal before departure", "The chief arbiter decides every appeal" act; "Managers love the new
 * charts" and "Regulars prefer the corner tables" say what a party feels, which no rule asks of
 * it. A sentence whose verb the tagger cannot tell (none, a relative clause in its subject) is
 * read as acting, as before: only a verb of feeling or holding true takes the duty away.
 */
function subjectActs(sentence: string, lexicon: Lexicon | null | undefined): boolean {
  if (!lexicon?.tagger) return true;
  const clause = readClause(sentence.replace(/^\W+/, ''), lexicon.tagger);
  if (clause === null || clause.subject.length === 0 || clause.modal !== null) return true;
  // A subject that holds a list or opens with a manner word is a misread imperative ("cheerfully guide them out ... and wish them ...").
  const subject = clause.subject.map((word) => word.toLowerCase());
  if (subject.some((word) => word === 'and' || word === 'or') || /ly$/.test(subject[0] ?? '') || verbBases(subject[0] ?? '').some(isImperativeVerb)) return true;
  const after = (clause.rest[0] ?? '').toLowerCase().replace(/[^a-z]/g, '');
  return !feelsOrHolds(clause.verb, clause.particle ?? after);
}

/** Whether a word names a party a rule binds ("pupils", "the borrower", "staff"). */
function namesParty(word: string): boolean {
  return isParty(word) || GENERIC_PARTIES.has(word) || sameParty(word, word);
}

/**
 * Whether a plain sentence (or the main clause of one) says what a duty says, by its words and
 * not by its first ones: a binding modal or obligation word, an imperative, the passive of a
 * policy ("The interviewee is offered a copy"), or a party's act: a pronoun going on with an act a
 * rule asks for, or the party of a sentence the clause kept as its subject ("Visitors sign in at
 * reception. Visitors wear a badge.").
 */
function saysDuty(sentence: string, keptSentences: readonly string[], lexicon: Lexicon | null | undefined): boolean {
  if (readModal(sentence)?.strength === 3 || readStatement(sentence).passive) return true;
  const words = tokenizeWords(sentence);
  if (PARTY_PRONOUN.test(words[0] ?? '')) return pronounActs(words, lexicon);
  const first = opening(sentence);
  // The party of a kept sentence is one of the clause's list of duties only when it acts ("Managers love the new charts" beside "Managers review ..." is none).
  return keptSentences.some((kept) => opening(kept) === first) && subjectActs(sentence, lexicon);
}

/**
 * The sentence without the clauses of the time a duty waits for ("each stall is checked ... before
 * it may open"): a "may" there is the duty's time, no grant. Cut only where what is left says a
 * duty of its own; "Once registered users can book rooms online" has nothing outside its "once"
 * clause, so its "can" is the sentence's own grant (round 37c: the pattern of round 36a cut it).
 */
function withoutWaitedFor(lower: string, keptSentences: readonly string[], lexicon: Lexicon | null | undefined): string {
  const rest = lower.replace(TIME_CLAUSE, ' ').replace(/\s+/g, ' ').replace(/\s*,\s*(?=[.!]?$)/, '').trim();
  if (rest === lower.trim()) return lower;
  const said = rest.replace(/^[\s,]+|[\s,]+$/g, '');
  // The main clause left is a duty of a party ("Pupils watch a safety film before they can fly"), a passive, a modal's.
  const binds = saysDuty(said, keptSentences, lexicon) || namesParty(opening(said));
  return contentStems(said).length >= 2 && !GRANTS.test(said) && binds ? said : lower;
}

/**
 * A plain sentence states a duty when it says what a duty says (`saysDuty`): the passive of a
 * policy ("The interviewee is offered a copy", "Originals are kept in the case file"), the party of
 * a sentence the clause kept ("Visitors sign in at reception. Visitors wear a badge."), or a
 * pronoun going on with an act ("They also sign a liability waiver"): one of the clause's list of
 * duties, said the way the others are. Four content words say a duty in any shape, but a pronoun's
 * sentence says one only by its verb ("They also like the new dome projector" states none).
 */
export function statesPlainDuty(sentence: string, keptSentences: readonly string[], lexicon?: Lexicon | null): boolean {
  // "Interns may work remotely on Fridays" gone takes a permission away: stricter ("may only" restricts, and stays a duty).
  // A "can" in a purpose clause ("... so that observers can see every mark") grants nothing.
  // Nor does a "may" of the time a duty waits for ("each stall is checked ... before it may open", round 36a).
  const main = withoutWaitedFor(sentence.toLowerCase().split(PURPOSE)[0] ?? '', keptSentences, lexicon);
  if (GRANTS.test(main) && !RESTRICTION.test(main)) return false;
  const words = contentStems(sentence).length;
  if (words < MIN_SHAPED_WORDS) return false;
  if (PARTY_PRONOUN.test(tokenizeWords(sentence)[0] ?? '')) return saysDuty(sentence, keptSentences, lexicon);
  // Four content words say a duty when the subject acts: a party's liking or knowing is none at any length.
  return saysDuty(sentence, keptSentences, lexicon) || (words >= MIN_STATEMENT_WORDS && subjectActs(sentence, lexicon));
}

/** "can expect", "can count on": what someone is promised, said with "can". */
const PROMISES = /\b(?:can|may) (?:expect|count on|rely on|look forward to)\b/g;

/**
 * A sentence that only grants ("Observers are welcome to bring their own refreshments"): it
 * carries no duty, so a plain duty it stands beside in a new version was not said again in it.
 */
export function onlyGrants(sentence: string): boolean {
  // "Customers can expect their money back within two weeks" promises, it grants nothing.
  // "So that the chef can buy in the right food, we ask for ...": a purpose clause put first grants nothing (round 44a).
  const lower = sentence.toLowerCase().replace(PROMISES, '').replace(/^\W*so that [^,;]*,/, ' ');
  return GRANTS.test(lower) && !RESTRICTION.test(lower) && !/\b(?:must|shall|should|never|not|no|required|have to|has to|need to|needs to)\b/.test(lower);
}
