// `number-changed`: a number, limit or unit changed or disappeared ("30 days" -> "60 days",
// "5 MB" -> "5 GB", "three" -> "five", "at most 2" -> "at least 2"). Equal amounts written
// differently ("14 days" and "two weeks", "3" and "three") are the same number. Pure.
import type { Reason } from '../schema/records.ts';
import { recordedReasons, type Finding } from './_findings.ts';
import { normaliseWord, splitSentences, STOP_WORDS } from './_text.ts';
import { copiesDropped } from './_repeated-sentences.ts';
import { rememberedPerText } from './_per-text.ts';
import { maskReferences } from './reason-reference.ts';
import { widerIsStricter } from './_stricter-edits.ts';
import { negationsIn } from './_rule-words.ts';
import { grantsARightReceived } from './_benefit-bounds.ts';
import { gateBoundDirection } from './_gate-bounds.ts';
import { boundInCase, type CaseBound } from './_case-bounds.ts';
import { saysNegativeState } from './_negative-states.ts';
import { boundPhrases, BOUNDS_BEFORE, boundsNegatingVerbs, CLAUSE_OPENERS_AFTER_ONCE, CURRENCY_SCALES, DAY, NEGATED_BOUND_PATTERN, NUMBER_WORD_PATTERN, NUMBER_WORDS, PERIOD_SECONDS, RATE_ADVERB_PERIODS, RATE_ADVERB_SECONDS, SCALE_WORDS, TIMES_WORDS } from './_numbers.ts';
import { sameCalendarSpan } from './_calendar-spans.ts';
import { sharedRangeUnit } from './_range-units.ts';
import { countNamesItsList } from './_counted-lists.ts';
import { inWhatIsTold } from './_told-facts.ts';
import { boundMeasuresTheDuty } from './_amount-readings.ts';
import { oneSaidAsArticle } from './_one-said-as-article.ts';
import { countDemanded } from './_demanded-counts.ts';
import { compoundUnit, inCelsius, isMeasured, MULTIPLE_WORDS, poundIsWeight, sameAmount, sameDimension, shareOfWhole, significantFigures, spellCompoundUnits, unitAfterArticle, unitKey, UNITS } from './_quantity-units.ts';
import { poweredUnitAt } from './_unit-powers.ts';
import { sameRateOverOtherPeriod } from './_amounts-per-period.ts';
import { amountSharedByMerge } from './_amounts-shared.ts';
import { occasionsSaidByNoun, oneOfOneAndTheNext, periodSaidApart, periodSaidAsAdverb } from './_occasions-counted.ts';
import { wordTable } from './_word-table.ts';
import { opensTheRulesVerb } from './_verbs-after-figures.ts';

interface Quantity {
  value: number;
  /** What is counted: `time`, `bytes`, `percent`, `currency:usd`, or the stem of the noun after it. */
  dimension: string;
  /** `le` for at most/up to/within/under, `ge` for at least/more than/over, else empty. */
  bound: '' | 'le' | 'ge';
  /** As written, for messages. */
  text: string;
  /**
   * Whether a larger value makes the rule looser (`true`: "within 30 days", "after 3 attempts",
   * "refunds over $200"), stricter (`false`: "at least 12 characters"), or cannot be told (`null`).
   */
  largerIsLooser: boolean | null;
  /** Written with an article ("in a year"): read as one only against a number of the same unit in the other version. */
  article?: boolean;
  /** For a rate's period ("a week" of "10 hours a week"), the amount it is the period of. */
  periodOf?: Quantity;
  /** For an amount with a unit, the number as written and its significant figures (`sameAmount` rounds by them). */
  written?: number;
  figures?: number;
}

const ADVERBS: Readonly<Record<string, [number, string]>> = wordTable(Object.fromEntries(Object.entries(TIMES_WORDS).map(([word, count]) => [word, [count, 'time']])));

/** A fraction's denominator said in words, for "three quarters of" = 75 percent. */
const FRACTIONS: Readonly<Record<string, number>> = wordTable({ half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10 });
/** Qualifiers that change what is counted ("2 business days" is not "2 days"); "working days" are business days. */
const COUNTING_QUALIFIERS = new Set(['business', 'working']);
/** Adjectives skipped between a number and its unit ("30 calendar days"). */
const SKIPPABLE = new Set(['calendar', 'full', 'consecutive', 'additional', 'more', 'extra', 'whole', 'straight', 'further', 'degree', 'degrees']);
const NOT_A_COUNT_BEFORE_ONE = new Set(['no', 'any', 'every', 'each', 'some', 'the', 'this', 'that', 'which', 'at']);
const NOT_A_COUNT_AFTER_ONE = new Set(['of', 'another', 'who', 'that', 'which', 'by', 'or']);

const LE = boundPhrases('down');
const GE = boundPhrases('up');

/** Words of approximation between a bound and its number ("faster than about 2.8 m/s"). */
const APPROXIMATELY = /^(?:about|around|roughly|approximately|some|nearly|almost)$/i;

function boundBefore(tokens: readonly string[], at: number): Quantity['bound'] {
  const index = APPROXIMATELY.test(tokens[at - 1] ?? '') ? at - 1 : at;
  const before = ` ${tokens.slice(Math.max(0, index - 3), index).join(' ').toLowerCase()} `;
  const phrase = endsWithPhrase(before, BOTH_SIDES);
  const le = phrase !== null && LE.includes(phrase) ? phrase : undefined;
  const ge = phrase !== null && !le ? phrase : undefined;
  if (!phrase) return '';
  // "will not be back within five days" is "longer than five days": a negation just before the
  // bound turns it over ("not more than" is a bound of its own, read above).
  const lead = tokens.slice(Math.max(0, index - phrase.split(' ').length - 3), index - phrase.split(' ').length).map((token) => token.toLowerCase());
  // "Do not approve expenses over $1,000": a threshold right after a noun picks the cases the
  // negated verb covers; the negation is the rule's, not the bound's.
  const wordBefore = (lead.at(-1) ?? '').toLowerCase();
  // "must not go faster than 10 km/h", "never drive above 30": the word a negation stands right
  // before is the rule's verb, not a noun whose cases the bound picks (round 22c).
  const negatedVerb = /^(?:not|never)$|n['’]t$/.test(lead.at(-2) ?? '') || wordBefore === 'no';
  const picksCases = ge !== undefined && THRESHOLD.includes(ge) && /^[a-z]+$/.test(wordBefore) && !NOT_A_NOUN.has(wordBefore) && !STOP_WORDS.has(wordBefore) && !negatedVerb;
  // "no faster than 1.6 m/s" is "at most", as "no more than" (a bound of its own) is.
  const negated = !picksCases && (lead.some((token) => token === 'not' || token === 'never' || /n['’]t$/.test(token)) || lead.at(-1) === 'no') && !lead.includes(SENTENCE_BREAK);
  return (le !== undefined) !== negated ? 'le' : 'ge';
}


/** Bounds on an amount the rule demands: more of it is stricter ("at least 12 characters"). */
const FLOOR = boundPhrases('up', 'limit');
/** Bounds that pick the cases a rule covers when they follow a noun or sit in a condition ("refunds over $200"). */
const THRESHOLD = boundPhrases('up', 'comparison');
/** Words before "over"/"above" that make it an amount rather than the cases covered ("keep it over", "for more than"). */
const NOT_A_NOUN = new Set(['for', 'of', 'is', 'are', 'be', 'was', 'were', 'keep', 'stay', 'stays', 'remain', 'remains', 'wait', 'last', 'lasts', 'take', 'takes', 'spend', 'than', 'to', 'and', 'or']);
const NEGATION = /\b(?:not|never|no|nobody|none|without|prohibited|forbidden)\b|n't\b/;
const BOUND_NEGATION = new RegExp(String.raw`\b(?:${NEGATED_BOUND_PATTERN}|${boundsNegatingVerbs().join('|')})\b`, 'g');
/** A condition opened after the number, to the sentence's end. */
const CONDITION_AFTER = / (?:if|when|whenever|unless|until|once|where|while|in case) .*$/;
/** A relative clause's own negation, up to it ("who reports no", "that has not"), no comma between. */
const RELATIVE_NEGATION = /( (?:who|which|that) (?:[a-z']+ ){0,3})(?:no|not|never) /g;
const RULE_NEGATION = /\b(?:must|may|can|should|shall|will|do|does|is|are|be) not\b|\bnever\b|n't\b/;
const PERMISSION = /\b(?:may|can|could|allowed|permitted|free to|entitled)\b/;
const CONDITION = /\b(?:if|when|whenever|once|where|in case)\b/;
/** Verbs that end how long something is kept: the number after them is a retention limit. */
const DELETION = /^(?:deleted|erased|purged|destroyed|anonymi[sz]ed|shredded|wiped)$/;
/** Verbs of keeping: "keep/retain/store ... for N days" is how long a duty keeps something. */
const RETENTION = /\b(?:keep|kept|retain|retained|store|stored|hold|held|archive|archived|preserve|preserved)\b/;
/** A sentence that also disposes of what it keeps: its keeping period is a cap. */
const DISPOSAL = /\b(?:delete|deleted|erase|erased|purge|purged|destroy|destroyed|anonymi[sz]e|anonymi[sz]ed|shred|shredded|wipe|wiped|dispose|disposed|discard|discarded|no longer than|no more than|at most|maximum)\b/;
/** Conditions whose direction cannot be read from the number alone. */
/** A time unit then "before"/"in advance"/"ahead of" right after a number: a notice period. */
const NOTICE = /^ (?:(?:calendar|working|business|full|clear) )?(?:minutes?|hours?|days?|weeks?|months?) (?:before|in advance|ahead of|prior to)\b/;
const UNREADABLE = /\b(?:unless|except|only|until|regardless|even)\b/;

/** Every bound before a number, longest first: "no fewer than" is a floor before "fewer than" is a cap. */
const BOTH_SIDES = [...LE, ...GE].sort((a, b) => b.split(' ').length - a.split(' ').length);

/** The longest bound of `phrases` that `before` ends with, unless a longer bound of the other side ends it ("no fewer than" is not "fewer than"). */
function endsWithPhrase(before: string, phrases: readonly string[]): string | null {
  const longest = BOTH_SIDES.find((phrase) => before.endsWith(` ${phrase} `));
  const found = phrases.find((phrase) => before.endsWith(` ${phrase} `)) ?? null;
  return found !== null && longest !== undefined && longest.split(' ').length > found.split(' ').length ? null : found;
}

/**
 * A text's tokens in lower case and each sentence's words joined, per token list: every quantity of
 * a sentence read them again (a table of 600 figures written as one sentence of 3,000 words joined
 * and lowered its sentence 600 times; round 29d).
 */
const sentencesRead = new WeakMap<readonly string[], { lowered: readonly string[]; sentences: Map<number, string> }>();
/** The text each token list was read from, and where each token starts in it: a case's commas, which the tokens drop. */
const writtenAs = new WeakMap<readonly string[], { text: string; offsets: readonly number[] }>();

/** The case the bound before tokens[index] stands in, read on the sentence as written (tokens from..to). */
function caseOfBound(tokens: readonly string[], index: number, from: number, to: number, phrase: string | null): CaseBound | null {
  const written = writtenAs.get(tokens);
  if (!phrase || !written) return null;
  const start = written.offsets[from] ?? 0;
  const at = written.offsets[index] ?? 0;
  const end = to < tokens.length ? (written.offsets[to] ?? written.text.length) : written.text.length;
  const side = BOUNDS_BEFORE.find((bound) => bound.phrase === phrase)?.side;
  return side ? boundInCase(written.text.slice(start, at), written.text.slice(at, end), phrase, side) : null;
}

function sentenceRead(tokens: readonly string[]): { lowered: readonly string[]; sentences: Map<number, string> } {
  let read = sentencesRead.get(tokens);
  if (!read) sentencesRead.set(tokens, (read = { lowered: tokens.map((token) => token.toLowerCase()), sentences: new Map() }));
  return read;
}

/**
 * Which way a number moves its rule, read from the words before it in its sentence. Deadlines and
 * caps ("within", "up to", "under", "no more than", "after N days", "every N days") loosen as they
 * grow; floors ("at least") tighten; thresholds that pick the cases covered ("refunds over $200",
 * "if the wait exceeds 5 minutes", anything a prohibition covers) loosen as they grow, and tighten
 * in a permission. Null when the sentence does not say ("fast for 8 hours", "unless", "only").
 */
function readDirection(tokens: readonly string[], index: number): boolean | null {
  let from = index;
  while (from > 0 && tokens[from - 1] !== SENTENCE_BREAK) from--;
  let to = index;
  while (to < tokens.length && tokens[to] !== SENTENCE_BREAK) to++;
  const read = sentenceRead(tokens);
  // "up to a value of $50", "within a period of 30 days": the bound reads through "a <noun> of".
  const written = read.lowered.slice(from, index);
  const filler = written.length >= 4 && /^(?:a|an|the)$/.test(written.at(-3) ?? '') && written.at(-1) === 'of' && !/^(?:maximum|minimum)$/.test(written.at(-2) ?? '') ? 3 : 0;
  const prefixTokens = written.slice(0, written.length - filler);
  const before = ` ${prefixTokens.join(' ')} `;
  // The rule's modality may come after the number: "Customers under 18 must not be offered credit".
  let sentence = read.sentences.get(from);
  if (sentence === undefined) read.sentences.set(from, (sentence = ` ${tokens.slice(from, to).join(' ').toLowerCase()} `));
  // "Buyers may return a book within 14 days", "Each picker gets a 30-minute paid break": a right the
  // people served hold loses part of itself as it narrows, so neither way is a tightening (_benefit-bounds.ts, round 37d).
  if (grantsARightReceived(sentence)) return null;
  // "may merge only after two approvals": an "only" on the wait keeps its direction (more is later).
  // "Wedding guests may use the terrace until 11 p.m.": the time a grant ends is its cap, however
  // the rest reads ("until 10 p.m., and only with a member of staff present" grants less).
  if (/^(?:until|till|untill)$/.test(prefixTokens.at(-1) ?? '') && PERMISSION.test(sentence) && !NEGATION.test(sentence)) return true;
  // "Pour concrete only when the air is above 5 degrees": a bound in the rule's only-when gate.
  const gated = gateBoundDirection(before, sentence);
  if (gated !== null) return gated;
  if (UNREADABLE.test(sentence.replace(/ only (?=after )/g, ' '))) return null;
  // "Tell customers that a locksmith will be with them within 45 minutes": a number in what the
  // person is told is a fact said to them, not a bound the duty demands: told sooner or later, it
  // is another fact (round 25b).
  if (inWhatIsTold(before)) return null;
  // "Book a second visit if more than 2 rooms could not be accessed", "Phone the parents if a child
  // has not been collected within 15 minutes": a bound in the case of a duty or a prohibition picks
  // when it binds; the case's own modal and negation are the case's (_case-bounds.ts, round 31b).
  const inCase = caseOfBound(tokens, index, from, to, endsWithPhrase(before, BOTH_SIDES));
  if (inCase && widerIsStricter(inCase.rule)) return !inCase.largerWidens;
  // The rule's own negation after the number stands in the number's clause: "are at least 16
  // characters long and are never reused" adds a prohibition of its own, it does not negate the floor.
  // So does a condition's ("... and alert the police if the runner is not found"): it negates the case, not the rule.
  const after = ` ${tokens.slice(index, to).join(' ').toLowerCase()} `.replace(NEW_PREDICATE, ' ').replace(CONDITION_AFTER, ' ');
  // After the number only the rule's own negation counts ("must not"), not "without a supervisor".
  // "can offer credit without asking a manager, up to $25": "without" sets a condition on a
  // permission there, it forbids nothing.
  // "Reply to a tenant who reports no heating within 4 hours": a negation inside a relative clause
  // describes whom the rule is about, it forbids nothing.
  const beforeWords = before.replace(BOUND_NEGATION, ' ').replace(RELATIVE_NEGATION, '$1 ');
  // "Deposits are non-refundable within 14 days": a ban said as the thing's state (_negative-states.ts).
  const negatedBefore = NEGATION.test(beforeWords.replace(/\bwithout\b/g, ' ')) || (/\bwithout\b/.test(beforeWords) && !PERMISSION.test(before)) || saysNegativeState(beforeWords);
  const negated = negatedBefore || RULE_NEGATION.test(after.replace(BOUND_NEGATION, ' '));
  const permission = !negated && PERMISSION.test(sentence);
  const last = prefixTokens.at(-1) ?? '';
  // "Recordings are deleted 12 months after the call": a retention period, kept longer as it grows.
  if (DELETION.test(last)) return negated ? null : true;
  // "Keep the session files for 90 days": how long a duty keeps something, stricter as it grows;
  // unless the sentence says the thing is then deleted ("Keep interview notes for 6 months, then
  // delete them"): there the period is a cap on keeping it, looser as it grows (read below).
  if (last === 'for' && RETENTION.test(before) && !negated && !permission && !DISPOSAL.test(sentence)) return false;
  // A clock time a prohibition starts or ends at: "Do not phone after 9 pm" forbids more from 8 pm,
  // "Do not phone before 8 am" more until 9 am.
  if (negated && /^(?:am|pm)$/i.test(tokens[index + 1] ?? '')) {
    if (last === 'after' || last === 'past') return true;
    if (last === 'before') return false;
  }
  // In a permission a longer wait grants later: "may merge after 2 approvals" -> "after 3" is stricter.
  if (last === 'after' || last === 'every' || last === 'each') return negated ? null : !permission;
  // "may give a hint (only) after the student has tried (at least) twice": a count inside the
  // clause a grant waits for; more of it grants later.
  if (permission && !negated && / after (?:[a-z']+ )+$/.test(before) && !/ after .*[,;:]/.test(before)) return false;
  // "packages that have not been updated in two years", "accounts not used for 90 days": a time
  // something has not happened in picks the stale cases, fewer as it grows (a threshold).
  if (STALE.test(before)) return !(PERMISSION.test(sentence) && !RULE_NEGATION.test(sentence));
  // "Limit each user to 100 calls", "cap refunds at $50": a cap, whatever stands between.
  // "Keep the annealer at 960 degrees", "hold the water at 40 C": a level a duty keeps something
  // at is a setpoint, not a cap; either way it moves, it is another rule.
  if (last === 'at' && KEEPING.test(before) && LEVEL_UNITS.test(tokens[index + 1] ?? '') && !/\b(?:limit|limited|limits|cap|capped|caps|restrict|restricted)\b/.test(before)) return null;
  const capped = (last === 'to' || last === 'at') && /\b(?:limit|limited|limits|cap|capped|caps|restrict|restricted|keep|kept)\b/.test(before);
  const le = endsWithPhrase(before, LE) ?? (capped ? last : null);
  // "Players under 16 need a parent's consent": a bound right after the subject, with the rule's
  // verb after the number, picks whom the rule covers; a larger one covers more, so it is
  // stricter, except in a permission.
  const subjectVerb = le && SUBJECT_BOUND.includes(le) ? verbAfterSubject(tokens, index, prefixTokens.length - le.split(' ').length, from) : null;
  if (subjectVerb) return /^(?:may|can)$/.test(subjectVerb) && !negated;
  // "Check ID for customers who look under 25": a bound in a relative clause after a noun picks the
  // cases the rule covers; a larger one covers more, stricter where a wider rule is.
  if (le && SUBJECT_BOUND.includes(le) && (RELATIVE_BEFORE.test(before) || PARTICIPLE_BEFORE.test(before))) return !widerIsStricter(sentence);
  // "Ask for ID when a customer looks under 25": the same in a condition that picks whom the duty covers.
  if (le && SUBJECT_BOUND.includes(le) && !negated && / (?:when|if|whenever) (?:the |a |an |any )?[a-z]{3,} (?:[a-z]+ )?(?:under|below|younger than) $/.test(before)) return !widerIsStricter(sentence);
  // "Close the court if fewer than two monitors are on shift": any such bound inside the condition
  // of a rule picks the cases it applies in; a larger one applies it more often, stricter for a
  // prohibition or a duty handing nothing over, looser for a grant ("may skip the talk if fewer than 3").
  if (le && SUBJECT_BOUND.includes(le) && !negated && CONDITION_CLAUSE_OPEN.test(before)) return !widerIsStricter(sentence);
  if (le) return negated ? (CONDITION.test(before) ? null : false) : CONDITION.test(before) ? null : true;
  if (endsWithPhrase(before, FLOOR)) return negated || permission ? null : false;
  // "declared 24 hours before arrival": a notice period a duty sets, longer as it grows.
  if (!negated && !permission && !endsWithPhrase(before, THRESHOLD) && NOTICE.test(` ${tokens.slice(index + 1, index + 4).join(' ').toLowerCase()} `)) return false;
  const threshold = endsWithPhrase(before, THRESHOLD);
  // "Patients may have two visitors at a time": a plain count a permission grants is its cap.
  if (!threshold && permission && /\b(?:may|can|could) (?:[a-z]+ ){1,2}$/.test(before) && !CONDITION.test(before)) return true;
  // "Two adults are on the poolside at every session" -> "Three adults", "must be able to swim 25
  // metres": a plain count of what a duty demands is its floor, stricter as it grows (_demanded-counts.ts, round 40c).
  if (!threshold && !negated && !permission && !CONDITION.test(before) && countDemanded(prefixTokens, tokens.slice(index, to), sentence, widerIsStricter(sentence))) return false;
  if (!threshold) return null;
  // "Hold hot food above 63 degrees", "keep the humidity over 40%": a level a verb of keeping holds
  // its object above is what the duty demands (higher is stricter), not which food it covers.
  if (KEEPING.test(before) && LEVEL_UNITS.test(tokens[index + 1] ?? '')) return negated || permission ? null : false;
  // "Kitchen waste must compost above 55°C": right after the duty's verb, the level is what it demands (_amount-readings.ts).
  if (boundMeasuresTheDuty(before.trimEnd().slice(0, before.trimEnd().length - threshold.length))) return negated || permission ? null : false;
  const wordBefore = prefixTokens.at(-1 - threshold.split(' ').length) ?? '';
  const picksCases = negated || CONDITION.test(before) || (/^[a-z]+$/.test(wordBefore) && !NOT_A_NOUN.has(wordBefore) && !STOP_WORDS.has(wordBefore));
  if (!picksCases) return null;
  return !permission;
}

/** Verbs that hold something at a level: the level they name is the rule's demand. */
const KEEPING = /\b(?:keep|keeps|kept|hold|holds|held|maintain|maintains|maintained)\b/;
/** Units of a level a thing is kept at (temperature, humidity), as tokens after the number. */
const LEVEL_UNITS = /^(?:degrees?|c|f|celsius|fahrenheit|centigrade|%|percent)$/i;

/** A coordinated predicate of its own after the number ("... and are never reused"), to the sentence's end. */
const NEW_PREDICATE = / (?:and|but|or) (?:(?:is|are|was|were|must|may|can|should|shall|will|do|does|never|not) |(?:cannot|can't|won't|don't|doesn't|mustn't|shouldn't) ).*$/;

/** A negated verb just before "in"/"for" and the number: "not been updated in", "has not logged in for". */
const STALE = /\b(?:not|never)(?: [a-z]+){1,3} (?:in|for) $/;

/** A relative clause after a noun, its verb, then the bound: "customers who look under", "items that weigh less than". */
const RELATIVE_BEFORE = / [a-z]{3,} (?:who|that|which) (?:[a-z]+ ){1,2}(?:under|below|less than|fewer than|younger than|shorter than|smaller than) $/;
/**
 * The same bound in a participle phrase after the noun, a relative clause without its "that"
 * ("Cancellations made less than 72 hours before the assignment are charged in full", "Items
 * returned under 30 days after purchase", "A team fielding fewer than 4 players forfeits the match",
 * round 31b): it picks the cases the rule covers. So does the bound of
 * a phrase the participle governs ("Lessons cancelled with less than 48 hours' notice are charged in
 * full", "Bags checked in with fewer than 40 minutes to go", round 30b).
 */
const PARTICIPLE_BEFORE = / [a-z]{3,} (?:[a-z]{2,}ed|(?![a-z]*thing |during |morning |evening |ceiling |building |string |spring )[a-z]{3,}ing|made|sent|paid|done|held|taken|given|bought|sold|left|kept|found|written|booked|placed) (?:(?:in|on|out|up|off) )?(?:(?:with|at|by) )?(?:under|below|less than|fewer than|younger than|shorter than|smaller than) $/;

/** Bounds that can pick a rule's subject ("children under 13", "accounts younger than 30 days"). */
/** A condition opened before the bound and not closed by a comma or semicolon: " if fewer than". */
const CONDITION_CLAUSE_OPEN = / (?:if|when|whenever) (?:[a-z0-9']+ )*$/;
const SUBJECT_BOUND = ['under', 'below', 'less than', 'fewer than', 'younger than', 'shorter than', 'smaller than'];
/** The rule's verb right after a subject's bound ("Players under 16 need ...", "Orders below $20 must ..."). */
const SUBJECT_VERB = /^(?:must|need|needs|should|shall|may|can|cannot|require|requires|are|is|have|has|get|will|do)$/;

/** The rule's verb after the number, when the bound before tokens[index] follows the sentence's opening noun; else null. */
function verbAfterSubject(tokens: readonly string[], index: number, boundAt: number, from: number): string | null {
  const subject = tokens.slice(from, from + boundAt).map((token) => token.toLowerCase()).filter((token) => !/^(?:the|a|an|all|any|every|each|our|your)$/.test(token));
  if (subject.length === 0 || subject.length > 2 || subject.some((token) => STOP_WORDS.has(token) || NOT_A_NOUN.has(token))) return null;
  // Skip the unit ("16 years", "$20") to reach the verb.
  const after = [tokens[index + 1], tokens[index + 2], tokens[index + 3]].map((token) => (token ?? '').toLowerCase());
  const verbAt = after.findIndex((token) => SUBJECT_VERB.test(token));
  return verbAt >= 0 && after.slice(0, verbAt).every((token) => /^(?:\d.*|[a-z]+)$/.test(token)) ? (after[verbAt] ?? null) : null;
}

/** Words saying a rule now covers every case, whatever the amount. */
const COVERS_ALL = /\b(?:every|all|any|whenever|whatever the (?:amount|size|value|sum)|regardless of the (?:amount|size|value|sum)|of any (?:amount|size|value))\b/i;

/** A sentence opened by a negative universal ("No swimmer may ...", "Nobody ..."). */
const NO_ONE_OPENS = /(?:^|[.!?]\s+)(?:no|nobody|no one)\b/i;

/** Whether the new text says a ban of no one at all ("No swimmer may practise ...") where the old banned some. */
function banOnNoOne(previous: string, next: string): boolean {
  return NO_ONE_OPENS.test(next) && !NO_ONE_OPENS.test(previous) && negationsIn(previous.toLowerCase()).some((word) => word !== 'without');
}

/**
 * Words that, new in a rule, say it holds in every case, however long or large ("needs a permit
 * when it lasts more than one hour" -> "always needs a permit, however long it lasts").
 */
const EVERY_CASE = /\b(?:always|however (?:long|much|many|big|large|small|short|brief|often|little)|whatever (?:its|the|their) (?:length|duration|size)|regardless of (?:how (?:long|much|many)|(?:its|the|their) (?:length|duration|size))|in (?:every|all) cases?|no matter how (?:long|much|many|short|small))\b/i;

/** What follows a multiple of another amount ("twice as many", "double the number", "half of the", "half their capacity": round 27c). */
const MULTIPLE_AFTER = /^(?:as|the|that|what|of|their|its|his|her|your|our)$/i;
/** Words that open a clause after "once" used as a conjunction ("once the form is signed", "once you arrive"). */
const CLAUSE_OPENERS = new RegExp(`^(?:${CLAUSE_OPENERS_AFTER_ONCE.join('|')})$`, 'i');

/** Words after a fraction that say what it is a fraction of is filled ("a third full", "one quarter empty"). */
const FILLED = /^(?:full|empty)$/i;

/** A dash between two short figures ("6-8", "9am-5pm", "06:30-19:30"), not inside a longer chain of them (a phone number, a date). */
const FIGURE_RANGE_DASH = /(?<![\d:.\-–])(\d{1,2}(?:[.:]\d\d)?(?:\s?[ap]\.?m\.?)?)\s?[-–]\s?(?=\d{1,2}(?:[.:]\d\d)?(?![\d\-–]))/gi;

/** A participle right after "once" ("once registered", "once opened", "once written"): a clause, no count. */
const PARTICIPLE_AFTER_ONCE = /^[a-z]{3,}(?:ed|en)$/i;

/** Marks a sentence end in the token stream, so a direction is read within its sentence. */
const SENTENCE_BREAK = '\u0000';

const TIME_DIMENSIONS = new Set(['time', 'month']);
/** A working week is five working days ("two working weeks" = "10 working days", round 27c). */
const WORKING_WEEK = 5 * DAY;

/** Whether a token is a unit of time ("day", "weeks", "hrs"). */
function namesTime(token: string | undefined): boolean {
  return TIME_DIMENSIONS.has(UNITS[unitKey(token ?? '')]?.[0] ?? '');
}
/** Words between an article and its period that keep it one whole period ("a full day", "a whole week"). */
const WHOLE = /^(?:full|whole|single)$/i;
/** Words before "a day" that make it a rate, not a length ("twice a day", "3 times a week", "half an hour"). */
const PER_PERIOD = new RegExp(`^(?:${Object.keys(TIMES_WORDS).join('|')}|times?|per|half|\\d.*|${NUMBER_WORD_PATTERN})$`, 'i');

/**
 * Ordinals from "third" on read as their number ("by the third working day" = "by the 3rd"):
 * "first" and "second" are left out, being order words and a unit of time far more often.
 */
const ORDINALS: Readonly<Record<string, number>> = wordTable({
  third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30,
});

/**
 * "a/per/each/every <period>" right after an amount ("4 hours a day", "$50 per month", "3 visits
 * each week"): the period the amount is counted over, the same however it is said. After
 * "once"/"twice"/"times" it is a frequency, read by `frequencies`.
 */
function isRatePeriod(tokens: readonly string[], i: number): boolean {
  const period = /^(?:a|an|per|each|every)$/i.test(tokens[i] ?? '') && namesTime(tokens[i + 1]);
  if (!period && !RATE_ADVERBS[(tokens[i] ?? '').toLowerCase()]) return false;
  // "8 weeks in a year" = "8 weeks a year": the "in" between a span of time and the period is read
  // past (round 41b, v56); "over 25 mm in a day" stays a day, read as before (v22).
  if (period && /^in$/i.test(tokens[i - 1] ?? '') && !/^per$/i.test(tokens[i] ?? '') && namesTime(tokens[i - 2])) return isRatePeriod([...tokens.slice(0, i - 1), ...tokens.slice(i)], i - 1);
  const before = tokens[i - 1] ?? '';
  if (/^\d/.test(before)) return true;
  if (PER_PERIOD.test(before)) return false;
  // The amount's unit or counted noun right before, its number before that ("4 hours", "3 visits").
  return /^\d/.test(tokens[i - 2] ?? '') || (tokens[i - 2] ?? '').toLowerCase() in NUMBER_WORDS;
}

/** "4 hours daily" = "4 hours a day": the adverb's period, as a unit `isRatePeriod` reads. */
/** Rate adverbs whose period is a unit here (not "nightly", "fortnightly", "quarterly"). */
const RATE_ADVERBS: Readonly<Record<string, string>> = wordTable(Object.fromEntries(Object.entries(RATE_ADVERB_PERIODS).filter(([, period]) => UNITS[period] !== undefined)));

/**
 * Every quantity in a text, references ("clause 4.2"), URLs and emails excluded. Remembered per
 * text: the number readings, the time windows and a rule said from the other side each asked it
 * of the same sentence, and each quantity reads its whole sentence (a table of 600 figures written
 * as one sentence of 3,000 words: 600 x 3,000 words, three times over; round 29d).
 */
export const findQuantities: (text: string) => readonly Quantity[] = rememberedPerText(readQuantities);

function readQuantities(text: string): Quantity[] {
  // "1." / "2)" opening a line number the steps of a list, they count nothing: a list turned into
  // prose ("first ..., then ...") keeps every number that matters. So does "2)" after a sentence
  // end ("1) Confirm the date. 2) Send the quote."), a list written on one line.
  // "10 km/h" reads as "10 km per h", a rate (`compoundUnit`).
  const masked = maskReferences(spellCompoundUnits(text)).replace(/^([ \t]*)\d{1,2}[.)](?=\s)/gm, '$1').replace(/([.!?;:]\s+)\(?\d{1,2}\)(?=\s)/g, '$1').replace(/\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, ' ');
  // "aged 6-8 yrs", "7-10am": a range written with a dash is the range "6 to 8 yrs", its first figure
  // counted in the last one's unit (_range-units.ts) as when it is said in words (round 37c, v49).
  const ranged = masked.replace(FIGURE_RANGE_DASH, '$1 to ');
  const matches = [...ranged.matchAll(/[$€£%]|\d+(?:,\d{3})*(?:\.\d+)?|[A-Za-z]+(?:['’]t)?|\n|[.;!?:](?=\s|$)/g)];
  const tokens = matches.map((match) => (/^[.;!?:\n]$/.test(match[0]) ? SENTENCE_BREAK : match[0]));
  writtenAs.set(tokens, { text: ranged, offsets: matches.map((match) => match.index) });
  const quantities: Quantity[] = [];
  let i = 0;
  while (i < tokens.length) {
    const start = i;
    const token = tokens[i] ?? '';
    const lower = token.toLowerCase();
    let value: number | null = null;
    let dimension = '';
    let factor = 1;
    let countedBefore = false;
    let figures = 0;
    let article = false;
    if (/^\d/.test(token)) {
      value = Number(token.replace(/,(?=\d{3}\b)/g, ''));
      figures = significantFigures(token);
      i++;
      // "the 3rd working day": the ordinal's suffix is no unit; "third" reads the same below.
      if (/^(?:st|nd|rd|th)$/i.test(tokens[i] ?? '')) i++;
      const part = Number.isInteger(value) ? fractionAdded(tokens, i) : null;
      if (part) {
        value += part.add;
        i = part.end;
      }
    } else if (/^(?:next|following)$/.test(lower) && /^the$/i.test(tokens[i - 1] ?? '') && (unitKey(tokens[i + 1] ?? '') || (COUNTING_QUALIFIERS.has((tokens[i + 1] ?? '').toLowerCase()) && unitKey(tokens[i + 2] ?? '')))) {
      // "by the next working day" is "within one working day".
      value = 1;
      i++;
    } else if (lower in ORDINALS && !/^part(?:y|ies)$/i.test(tokens[i + 1] ?? '')) {
      // ("third parties" are outsiders, not a count.)
      value = ORDINALS[lower] ?? 0;
      // "before the fourth ring" is "within three rings": the count before the one it names.
      if (/^the$/i.test(tokens[i - 1] ?? '') && /^(?:before|till|until)$/i.test(tokens[i - 2] ?? '')) {
        value -= 1;
        countedBefore = true;
      }
      i++;
    } else if (lower === 'same' && /^the$/i.test(tokens[i - 1] ?? '') && namesTime(tokens[i + 1])) {
      // "Call the client back the same day": a deadline of one day, stricter than "within two days";
      // read, like "a day", only against a number of days in the other version.
      const [dim, unitFactor] = UNITS[unitKey(tokens[i + 1] ?? '')] ?? ['', 1];
      quantities.push({ value: unitFactor, dimension: dim, bound: 'le', text: `the same ${tokens[i + 1]}`, largerIsLooser: true, article: true });
      i += 2;
      continue;
    } else if (lower === 'the' && /^(?:after|following)$/i.test(tokens[i + 2] ?? '') && namesTime(tokens[i + 1])) {
      // "the day after the session" is one day after it, as "the same day" is none: a count put
      // before its unit ("the third day after") moves the deadline.
      const [dim, unitFactor] = UNITS[unitKey(tokens[i + 1] ?? '')] ?? ['', 1];
      quantities.push({ value: unitFactor, dimension: dim, bound: 'le', text: `the ${tokens[i + 1]} ${tokens[i + 2]}`, largerIsLooser: true, article: true });
      i += 2;
      continue;
    } else if (isRatePeriod(tokens, i)) {
      // "4 hours a day" = "4 hours per day": the period a rate is counted over, not a length.
      const adverb = RATE_ADVERBS[lower];
      const [dim, unitFactor] = UNITS[adverb ?? unitKey(tokens[i + 1] ?? '')] ?? ['', 1];
      quantities.push({ value: unitFactor, dimension: `per ${dim}`, bound: '', text: adverb ? token : `${token} ${tokens[i + 1]}`, largerIsLooser: null, ...(quantities.at(-1) ? { periodOf: quantities.at(-1) } : {}) });
      i += adverb ? 1 : 2;
      continue;
    } else if (lower === 'half' && unitAfterOf(tokens, i + 1) && !namesTime(tokens[i + 2])) {
      // "half a kilometre" is 500 m, "half a kilo" 500 g: a part of one unit, as "a third of a mile"
      // is (round 23a, v24's "at least 500 metres" -> "at least half a kilometre"); "half an hour"
      // and "half a day" are left to the time readings.
      const unit = unitAfterOf(tokens, i + 1);
      quantities.push(partOfOneUnit(tokens, i, i + 2 + unitWords(unit), 1, 2, unit));
      i += 2 + unitWords(unit);
      continue;
    } else if (lower in MULTIPLE_WORDS && MULTIPLE_AFTER.test(tokens[i + 1] ?? '') && !(lower === 'half' && namesTime(tokens[i + 2]))) {
      // "twice as many", "double the number", "half the dose": a multiple of another amount, the
      // same however it is said; "twice a day" is a frequency, read below, and "half the day" a
      // length of time (`_time-windows.ts` reads "half a day").
      quantities.push({ value: MULTIPLE_WORDS[lower] ?? 0, dimension: 'percent', bound: boundBefore(tokens, i), text: `${token} ${tokens[i + 1]}`, largerIsLooser: readDirection(tokens, i) });
      i += 2;
      continue;
    } else if (lower === 'once' && (CLAUSE_OPENERS.test(tokens[i + 1] ?? '') || /^(?:every|each)$/i.test(tokens[i + 1] ?? '') || PARTICIPLE_AFTER_ONCE.test(tokens[i + 1] ?? ''))) {
      // "once your crop has set seed", "once the form is signed": a conjunction, no count. "once
      // every two years" counts one a period: the period after it says how often, as "every two
      // years" or "at intervals of 24 months" do. "Once registered, users ...", "once opened": the
      // participle's clause with its subject left out (round 37c).
      i++;
      continue;
    } else if ((lower === 'a' || lower === 'one') && FRACTIONS[(tokens[i + 1] ?? '').toLowerCase()] && /^of$/i.test(tokens[i + 2] ?? '') && /^(?:a|one)$/i.test(tokens[i + 3] ?? '') && SCALE_WORDS[(tokens[i + 4] ?? '').toLowerCase()]) {
      // "a quarter of a million pounds" is 250,000 pounds: a part of a scale word, read on with its unit as a number is (round 38c, v50).
      value = Number(((SCALE_WORDS[(tokens[i + 4] ?? '').toLowerCase()] ?? 1) / (FRACTIONS[(tokens[i + 1] ?? '').toLowerCase()] ?? 1)).toPrecision(12));
      i += 5;
    } else if (lower === 'half' && /^a$/i.test(tokens[i + 1] ?? '') && SCALE_WORDS[(tokens[i + 2] ?? '').toLowerCase()]) {
      // "half a million pounds", as "a quarter of a million" above.
      value = (SCALE_WORDS[(tokens[i + 2] ?? '').toLowerCase()] ?? 2) / 2;
      i += 3;
    } else if ((lower === 'a' || lower === 'an') && /^(?:quarter|half)$/i.test(tokens[i + 1] ?? '') && namesTime(tokens[i + 2]) && !/^(?:every|each|per)$/i.test(tokens[i - 1] ?? '')) {
      // "a quarter-hour break", "a half hour": a part of one unit said as one word with it, as "a
      // quarter of an hour" is (round 42d, v59's "a 15-minute break" -> "a quarter-hour break").
      quantities.push(partOfOneUnit(tokens, i, i + 3, 1, FRACTIONS[(tokens[i + 1] ?? '').toLowerCase()] ?? 1, unitKey(tokens[i + 2] ?? '')));
      i += 3;
      continue;
    } else if ((lower === 'a' || lower === 'an') && FRACTIONS[(tokens[i + 1] ?? '').toLowerCase()] && /^of$/i.test(tokens[i + 2] ?? '') && unitAfterOf(tokens, i + 3)) {
      // "a third of an hour" is 20 minutes, "a quarter of a mile" 402 m: a part of one unit (round 22c).
      const unit = unitAfterOf(tokens, i + 3);
      quantities.push(partOfOneUnit(tokens, i, i + 4 + unitWords(unit), 1, FRACTIONS[(tokens[i + 1] ?? '').toLowerCase()] ?? 1, unit));
      i += 4 + unitWords(unit);
      continue;
    } else if ((lower === 'a' || lower === 'an') && FRACTIONS[(tokens[i + 1] ?? '').toLowerCase()] && (/^of$/i.test(tokens[i + 2] ?? '') || FILLED.test(tokens[i + 2] ?? ''))) {
      // "a quarter of the dose" is 25 percent of it, as "one quarter of" and "25% of" say; "a third full" a third of it (round 37c).
      quantities.push({ value: Number((100 / (FRACTIONS[(tokens[i + 1] ?? '').toLowerCase()] ?? 1)).toPrecision(12)), dimension: 'percent', bound: boundBefore(tokens, i), text: tokens.slice(i, i + 3).join(' '), largerIsLooser: readDirection(tokens, i) });
      i += 3;
      continue;
    } else if (lower in ADVERBS && !(lower === 'once' && /^(?:at|all)$/i.test(tokens[i - 1] ?? ''))) {
      // ("at once" is "immediately", a deadline the order reading compares; not a count of one.)
      const [count, unit] = ADVERBS[lower] ?? [0, ''];
      quantities.push({ value: count, dimension: unit, bound: boundBefore(tokens, i), text: token, largerIsLooser: readDirection(tokens, i) });
      i++;
      continue;
    } else if (lower in NUMBER_WORDS || lower in SCALE_WORDS) {
      const previous = tokens[i - 1]?.toLowerCase() ?? '';
      const following = tokens[i + 1] === SENTENCE_BREAK ? '' : (tokens[i + 1]?.toLowerCase() ?? '');
      if (lower === 'one' && (NOT_A_COUNT_BEFORE_ONE.has(previous) || NOT_A_COUNT_AFTER_ONE.has(following) || following === '')) {
        i++;
        continue;
      }
      let total = 0;
      let current = 0;
      while (i < tokens.length) {
        const word = tokens[i]?.toLowerCase() ?? '';
        if (word in NUMBER_WORDS) current += NUMBER_WORDS[word] ?? 0;
        else if (word === 'hundred') current = (current || 1) * 100;
        else if (word in SCALE_WORDS) {
          total += (current || 1) * (SCALE_WORDS[word] ?? 1);
          current = 0;
        } else if (!(word === 'and' && (total > 0 || current >= 100) && (tokens[i + 1]?.toLowerCase() ?? '') in NUMBER_WORDS)) break;
        // ("and" joins the words of one number after a hundred or a thousand, "two hundred and
        // eight"; "between two and eight degrees" names two, round 27c.)
        i++;
      }
      value = total + current;
      // "two and a half million pounds": the half goes with the scale word after it (round 38c).
      const halfScale = /^and$/i.test(tokens[i] ?? '') && /^a$/i.test(tokens[i + 1] ?? '') && /^half$/i.test(tokens[i + 2] ?? '') ? SCALE_WORDS[(tokens[i + 3] ?? '').toLowerCase()] : undefined;
      if (halfScale && total === 0) {
        value = (current + 0.5) * halfScale;
        i += 4;
      }
      // "three and a half metres" is 3.5 metres, as "3.5 metres" says (round 48c: read as "three").
      const part = fractionAdded(tokens, i);
      if (part) {
        value += part.add;
        i = part.end;
      }
      // "three quarters of the plot" is 75 percent of it, as "75% of the plot" says.
      const denominator = FRACTIONS[tokens[i]?.toLowerCase() ?? ''];
      // "three-quarters strength", "two thirds": a plural fraction is one without its "of".
      // "two thirds of a mile", "three quarters of an hour": a part of one unit.
      const partOf = denominator && /^of$/i.test(tokens[i + 1] ?? '') ? unitAfterOf(tokens, i + 2) : '';
      if (partOf) {
        quantities.push(partOfOneUnit(tokens, start, i + 3 + unitWords(partOf), value, denominator ?? 1, partOf));
        i += 3 + unitWords(partOf);
        continue;
      }
      // "one third full": a fraction of what is filled, as "a third of the way up" says (round 37c, v48's chip pan).
      if (denominator && (/^of$/i.test(tokens[i + 1] ?? '') || (value > 1 && /s$/i.test(tokens[i] ?? '')) || (value === 1 && FILLED.test(tokens[i + 1] ?? '')))) {
        quantities.push({ value: Number(((value / denominator) * 100).toPrecision(12)), dimension: 'percent', bound: boundBefore(tokens, start), text: tokens.slice(start, i + 1).join(' '), largerIsLooser: readDirection(tokens, start) });
        i++;
        continue;
      }
    } else if ((lower === 'a' || lower === 'an') && (namesTime(tokens[i + 1]) || (WHOLE.test(tokens[i + 1] ?? '') && namesTime(tokens[i + 2]) && boundBefore(tokens, i) === '')) && !PER_PERIOD.test(tokens[i - 1] ?? '')) {
      // "not updated in a year" is one year; "twice a day", "three times a week" are frequencies.
      // "a full day", "a whole week": one of the period, as "24 hours" or "7 days" is (round 39c, v52's day surgery);
      // with no bound before it: "at least a full second" for "must not ... for less than one second" is the
      // one-said-by-the-article reading's, which a bound read here would set against the ban's other side (v21).
      const whole = namesTime(tokens[i + 1]) ? 0 : 1;
      const [dim, unitFactor] = UNITS[unitKey(tokens[i + 1 + whole] ?? '')] ?? ['', 1];
      quantities.push({ value: unitFactor, dimension: dim, bound: boundBefore(tokens, i), text: tokens.slice(i, i + 2 + whole).join(' '), largerIsLooser: readDirection(tokens, i), article: true });
      i += 2 + whole;
      continue;
    } else if ((lower === 'a' || lower === 'an') && unitAfterArticle(tokens, i + 1, SENTENCE_BREAK)) {
      // "a foot of water", "a mile per hour": one of the unit, read on as a number's unit is, and
      // like "a year" only against an amount of its kind in the other version (round 30c).
      value = 1;
      figures = 1;
      article = true;
      i++;
    } else if (UNITS[token] && /^[$€£]$/.test(token) && /^\d/.test(tokens[i + 1] ?? '')) {
      // "$500": the currency comes first.
      const [currency] = UNITS[token] ?? ['', 1];
      const amount = Number((tokens[i + 1] ?? '').replace(/,(?=\d{3}\b)/g, ''));
      // "£5 million", "£5m", "$2bn", "£50k": the scale after the amount is the amount's (round 38c, v51's insurance cover).
      const scale = CURRENCY_SCALES[(tokens[i + 2] ?? '').toLowerCase()];
      quantities.push({ value: scale ? Number((amount * scale).toPrecision(12)) : amount, dimension: currency, bound: boundBefore(tokens, i), text: `${token}${tokens[i + 1]}${scale ? ` ${tokens[i + 2]}` : ''}`, largerIsLooser: readDirection(tokens, i) });
      i += scale ? 3 : 2;
      continue;
    } else {
      i++;
      continue;
    }
    // "three times as many", "2 times the dose": a multiple, as "twice as many" is.
    if (value !== null && /^times$/i.test(tokens[i] ?? '') && MULTIPLE_AFTER.test(tokens[i + 1] ?? '')) {
      quantities.push({ value: value * 100, dimension: 'percent', bound: boundBefore(tokens, start), text: tokens.slice(start, i + 2).join(' '), largerIsLooser: readDirection(tokens, start) });
      i += 2;
      continue;
    }
    // A scale word after digits: "5 million".
    const scale = SCALE_WORDS[tokens[i]?.toLowerCase() ?? ''];
    if (scale && value !== null) {
      value *= scale;
      i++;
    }
    let unitIndex = i;
    let qualifier = '';
    const next = tokens[i] ?? '';
    if (!unitKey(next) && (SKIPPABLE.has(next.toLowerCase()) || COUNTING_QUALIFIERS.has(next.toLowerCase())) && unitKey(tokens[i + 1] ?? '')) {
      if (COUNTING_QUALIFIERS.has(next.toLowerCase())) qualifier = 'business ';
      unitIndex = i + 1;
    }
    // "25 per cent" is "25%", as "25 percent" is.
    if (/^per$/i.test(tokens[unitIndex] ?? '') && /^cent$/i.test(tokens[unitIndex + 1] ?? '')) unitIndex++;
    let unit = /^cent$/i.test(tokens[unitIndex] ?? '') && /^per$/i.test(tokens[unitIndex - 1] ?? '') ? 'percent' : unitKey(tokens[unitIndex] ?? '');
    // "6 cubic metres" is 6,000 litres (`_unit-powers.ts`, round 30c).
    const powered = unit ? null : poweredUnitAt(tokens, unitIndex, (word) => (UNITS[unitKey(word)]?.[0] === 'length' ? unitKey(word) : ''));
    if (powered) {
      unit = powered.key;
      unitIndex = powered.end - 1;
    }
    // "960 degrees Fahrenheit": the scale named after "degrees" is the unit.
    if (unit === 'degree' && UNITS[unitKey(tokens[unitIndex + 1] ?? '')]?.[0].startsWith('temperature:')) unit = unitKey(tokens[++unitIndex] ?? '');
    // "between two and eight degrees Celsius": the first figure in the unit of the range's last (_range-units.ts).
    const range = unit || value === null ? null : sharedRangeUnit(tokens, i);
    if (range) {
      const [dim, unitFactor] = UNITS[range.unit] ?? ['', 1];
      dimension = (range.working ? 'business ' : '') + dim;
      factor = range.working && range.unit === 'week' ? WORKING_WEEK : unitFactor;
    } else if (unit) {
      // "a 5-pound weight", "dogs over 50 pounds": the weight, by the words of its sentence.
      const [dim, unitFactor] = unit === 'pound' && poundIsWeight(sentenceAround(tokens, unitIndex)) ? UNITS.lb! : (UNITS[unit] ?? ['', 1]);
      dimension = qualifier + dim;
      factor = qualifier && unit === 'week' ? WORKING_WEEK : unitFactor;
      i = unitIndex + 1;
      // "20 grams of salt per 100 grams of brine" is 20%: a share of a whole of its own kind.
      const share = dim === 'mass' && unit === 'pound' ? null : shareOfWhole(tokens, i, unit);
      if (share) {
        dimension = 'percent';
        factor = share.percent;
        i = share.end;
      }
      // "10 km/h", "2 litres per minute", "0.05 mg/kg": one amount of a rate.
      const rate = share ? null : dim === 'mass' && unit === 'pound' ? compoundUnit(tokens, i, 'lb') : compoundUnit(tokens, i, unit);
      if (rate) {
        dimension = qualifier + rate.dimension;
        factor = rate.factor;
        i = rate.end;
      }
    } else if (/^[A-Za-z]+$/.test(next) && !STOP_WORDS.has(next.toLowerCase())) {
      dimension = normaliseWord(next.toLowerCase());
      i++;
    }
    // "the third day after the session": a deadline that many units on, later the looser, like "the day after".
    const dayAfter = /^the$/i.test(tokens[start - 1] ?? '') && /^(?:after|following)$/i.test(tokens[i] ?? '') && TIME_DIMENSIONS.has(dimension);
    quantities.push({
      value: Number(((value ?? 0) * factor).toPrecision(12)),
      dimension,
      bound: dayAfter || countedBefore ? 'le' : boundBefore(tokens, start),
      text: tokens.slice(start, i).join(' ').replace(/ %/, '%'),
      largerIsLooser: dayAfter || countedBefore ? true : readDirection(tokens, start),
      ...(value !== null && (unit || range) ? { written: value, figures: figures || significantFigures(String(value)) } : {}),
      ...(article ? { article: true } : {}),
    });
  }
  return quantities;
}

/**
 * The fraction "and a half", "and a quarter" or "and three quarters" adds to the whole number
 * before tokens[at], and where it ends; null when none follows, or when it is a part of a scale word
 * ("two and a half million", read above) or of what follows ("and a half of the dose").
 */
function fractionAdded(tokens: readonly string[], at: number): { add: number; end: number } | null {
  if (!/^and$/i.test(tokens[at] ?? '')) return null;
  const said = (tokens[at + 1] ?? '').toLowerCase();
  const fraction = (tokens[at + 2] ?? '').toLowerCase();
  const denominator = FRACTIONS[fraction];
  const count = /^(?:a|an|one)$/.test(said) ? (/s$/.test(fraction) ? 0 : 1) : /s$/.test(fraction) ? (NUMBER_WORDS[said] ?? 0) : 0;
  if (!denominator || count === 0 || count >= denominator) return null;
  const after = (tokens[at + 3] ?? '').toLowerCase();
  if (after === 'of' || after in SCALE_WORDS) return null;
  return { add: count / denominator, end: at + 3 };
}

/** `numerator`/`denominator` of one `unit`, said by `tokens[start..end)` ("a third of an hour", "two thirds of a mile"). */
function partOfOneUnit(tokens: readonly string[], start: number, end: number, numerator: number, denominator: number, unit: string): Quantity {
  const [dimension, unitFactor] = UNITS[unit] ?? ['', 1];
  return { value: Number(((numerator * unitFactor) / denominator).toPrecision(12)), dimension, bound: boundBefore(tokens, start), text: tokens.slice(start, end).join(' '), largerIsLooser: readDirection(tokens, start) };
}

/**
 * The unit of "a/an <unit>" at `tokens[at]` ("of an hour", "of a mile"), a unit of measure only;
 * else ''. A length raised to a power is one unit of two words ("half a cubic metre" is 500
 * litres, round 45a: v64's still "holds 500 litres" -> "holds half a cubic metre").
 */
function unitAfterOf(tokens: readonly string[], at: number): string {
  if (!/^(?:a|an)$/i.test(tokens[at] ?? '')) return '';
  const unit = unitKey(tokens[at + 1] ?? '') || (poweredUnitAt(tokens, at + 1, (word) => (UNITS[unitKey(word)]?.[0] === 'length' ? unitKey(word) : ''))?.key ?? '');
  return unit && isMeasured(UNITS[unit]?.[0] ?? '') && !(UNITS[unit]?.[0] ?? '').startsWith('currency') ? unit : '';
}

/** The tokens `unitAfterOf` read after its "a/an": two for a powered unit ("cubic metre"), else one. */
const unitWords = (unit: string): number => unit.split(' ').length;

/** The tokens of the sentence that holds `tokens[at]`. */
function sentenceAround(tokens: readonly string[], at: number): string[] {
  let start = at;
  while (start > 0 && tokens[start - 1] !== SENTENCE_BREAK) start--;
  let end = at;
  while (end < tokens.length && tokens[end] !== SENTENCE_BREAK) end++;
  return tokens.slice(start, end);
}

function describe(quantity: Quantity, tokensBefore: string): string {
  return tokensBefore ? `${tokensBefore} ${quantity.text}` : quantity.text;
}

function boundWords(quantity: Quantity): string {
  return quantity.bound === 'le' ? 'at most' : quantity.bound === 'ge' ? 'at least' : '';
}

/**
 * A number that moved the way that tightens its rule ("within 4 hours" -> "within 2 hours", "at
 * least 8" -> "at least 12"): same unit, same bound, and both sentences agree which way is stricter.
 */
function isStricter(before: Quantity, after: Quantity): boolean {
  // "24 hours before arrival" -> "at least 48 hours before arrival": a floor said outright is the same bound.
  const floorSaid = before.bound === '' && after.bound === 'ge' && before.largerIsLooser === false;
  // "a break after 4.5 hours of driving" -> "after no more than 4 hours": a ceiling said outright on
  // a figure whose larger value loosens is the same bound, lowered (round 30c, v30's rostering).
  const ceilingSaid = before.bound === '' && after.bound === 'le' && before.largerIsLooser === true;
  // "secured with at least two straps" -> "with four straps": a plain count a duty demands is a floor
  // too (_demanded-counts.ts, round 40c), so the bound left unsaid is the same one.
  const floorUnsaid = before.bound === 'ge' && after.bound === '' && after.largerIsLooser === false;
  const [was, now] = comparableValues(before, after) ?? [Number.NaN, Number.NaN];
  if (Number.isNaN(was) || (before.bound !== after.bound && !floorSaid && !ceilingSaid && !floorUnsaid) || was === now) return false;
  if (before.largerIsLooser === null || before.largerIsLooser !== after.largerIsLooser) return false;
  return now < was === before.largerIsLooser;
}

/** A month in seconds, near enough to tell which way "90 days" -> "two years" moved (never to call them equal). */
const MONTH_SECONDS = 30.44 * DAY;

/**
 * Two quantities in one unit, for telling which way a number moved: the same dimension, or days and
 * months apart by more than a tenth (equal amounts across them are left unequal on purpose).
 */
function comparableValues(before: Quantity, after: Quantity): [number, number] | null {
  if (sameDimension(before, after)) return [before.value, after.value];
  // "no more than 80 °C" -> "no more than 170 °F": one temperature against the other scale's.
  const [celsiusBefore, celsiusAfter] = [inCelsius(before), inCelsius(after)];
  if (celsiusBefore !== null && celsiusAfter !== null) return [celsiusBefore, celsiusAfter];
  const working = workingAgainstCalendar(before, after);
  if (working) return working;
  const inSeconds = (quantity: Quantity): number | null => quantity.dimension === 'time' ? quantity.value : quantity.dimension === 'month' ? quantity.value * MONTH_SECONDS : null;
  const was = inSeconds(before);
  const now = inSeconds(after);
  if (was === null || now === null || Math.max(was, now) / Math.min(was, now) < 1.1) return null;
  return [was, now];
}

/**
 * Working days against calendar time, for direction only: N working days last at least N days and
 * at most 7/5 N + 2 (a weekend on either side), so "the same day" -> "the next working day" grew
 * and "within 5 days" -> "within 2 working days" shrank; spans whose ranges meet are not compared.
 */
function workingAgainstCalendar(before: Quantity, after: Quantity): [number, number] | null {
  const span = (quantity: Quantity): [number, number] | null =>
    quantity.dimension === 'time' ? [quantity.value, quantity.value] : quantity.dimension === 'business time' ? [quantity.value, (quantity.value * 7) / 5 + 2 * DAY] : null;
  const was = span(before);
  const now = span(after);
  if (!was || !now || before.dimension === after.dimension) return null;
  if (was[1] <= now[0] && was[0] < now[1]) return [was[0], now[1]];
  if (now[1] <= was[0] && now[0] < was[1]) return [was[1], now[0]];
  return null;
}

function isLooser(before: Quantity, after: Quantity): boolean {
  return isStricter(after, before);
}

/** Words before "a day" that count a rate; 0 for "times", counted by the word before it. */
const RATE_COUNTS: Readonly<Record<string, number>> = wordTable({ ...TIMES_WORDS, times: 0 });

/** How often a text says something is done, with no number: "every night", "each week", "monthly". */
function frequencies(text: string): Array<{ period: number; text: string }> {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  const found: Array<{ period: number; text: string }> = [];
  words.forEach((word, i) => {
    const adverb = RATE_ADVERB_SECONDS[word];
    if (adverb) found.push({ period: adverb, text: word });
    const period = PERIOD_SECONDS[word] ?? PERIOD_SECONDS[word.replace(/s$/, '')];
    if (period && (words[i - 1] === 'every' || words[i - 1] === 'each')) found.push({ period, text: `${words[i - 1]} ${word}` });
    // "Shred the papers at the end of the day": done once a day, by its end.
    else if (period && words[i - 2] === 'of' && words[i - 3] === 'end' && ['the', 'each', 'every', 'that'].includes(words[i - 1] ?? '')) found.push({ period, text: `end of ${words[i - 1]} ${word}` });
    // "once a week", "twice a day", "three times per month": a rate, its period shared by its count.
    const count = RATE_COUNTS[words[i - 2] ?? ''];
    if (period && count !== undefined && ['a', 'an', 'per'].includes(words[i - 1] ?? '')) found.push({ period: period / (count || NUMBER_WORDS[words[i - 3] ?? ''] || 1), text: words.slice(count ? i - 2 : i - 3, i + 1).join(' ') });
  });
  return found;
}

/**
 * A duty done less often ("Back up the database every night" -> "every week"): one frequency in
 * each version, a longer period in the new one. Said as often in other words ("every day" ->
 * "daily") or more often, it is no change; a frequency that went with none in its place is left
 * to the other readings ("every morning" -> "at the start of each shift").
 */
function frequencyLowered(previous: string, next: string): Reason | null {
  const before = frequencies(previous);
  const after = frequencies(next);
  if (before.length !== 1 || after.length !== 1) return null;
  const [old] = before;
  const [now] = after;
  if (!old || !now || now.period <= old.period) return null;
  return { code: 'number-changed', message: `number changed: "${old.text}" -> "${now.text}" (loosens the rule)` };
}

/** One reason per number of the old text that changed (other than tightened), lost its unit or bound, or disappeared. */
export function findNumberChanges(previous: string, next: string): Reason[] {
  return recordedReasons(readNumberChanges(previous, next));
}

/** `findNumberChanges` with what each reason read (a limit turned round: its amounts), for the readings after it. */
export function readNumberChanges(previous: string, next: string): Finding[] {
  const lowered = frequencyLowered(previous, next);
  return counted(lowered ? [lowered, ...findAmountChanges(previous, next)] : findAmountChanges(previous, next));
}

/**
 * The same change made in several places ("$100" -> "$150" in two sentences) as one reason that
 * says how many: numbers are read over the whole text, so two identical lines would otherwise
 * read as one reason printed twice.
 */
function counted(reasons: Finding[]): Finding[] {
  const byMessage = Map.groupBy(reasons, (reason) => reason.message);
  return [...byMessage.values()].map((same) => (same.length > 1 ? { ...same[0]!, message: `${same[0]!.message} (in ${same.length} places)` } : same[0]!));
}

/**
 * Quantities of a text without those written with an article ("a year"), unless the other version
 * gives a number of that unit in figures or words ("two years"): "a year" is then one year; or
 * the other version says another period with an article where this one went ("within a day" ->
 * "within a week").
 */
function countedAgainst(quantities: readonly Quantity[], other: readonly Quantity[]): Quantity[] {
  const key = (quantity: Quantity): string => `${quantity.dimension}:${quantity.value}`;
  const mine = new Set(quantities.filter((quantity) => quantity.article).map(key));
  const theirs = new Set(other.filter((quantity) => quantity.article).map(key));
  const periodChanged = (quantity: Quantity): boolean => !theirs.has(key(quantity)) && [...theirs].some((period) => !mine.has(period));
  return quantities.filter((quantity) => !quantity.article || periodChanged(quantity) || other.some((them) => !them.article && (them.dimension === quantity.dimension || sameCalendarSpan(them, quantity))));
}

/** The figure a quantity was written with: an amount with a unit is held in its base unit ("2 years" as 24 months). */
function figureAsWritten(quantity: Quantity): number {
  return quantity.written ?? quantity.value;
}

/** Whether a number counts a noun of its own ("three tools"), not a unit or nothing. */
function countsNouns(quantity: Quantity): boolean {
  return quantity.dimension !== '' && !isMeasured(quantity.dimension);
}

function findAmountChanges(previous: string, next: string): Finding[] {
  const readBefore = findQuantities(previous);
  const readAfter = findQuantities(next);
  const before = countedAgainst(readBefore, readAfter);
  const after = countedAgainst(readAfter, readBefore);
  const unmatchedAfter = new Set(after.map((_, i) => i));
  const reasons: Finding[] = [];
  const take = (predicate: (candidate: Quantity) => boolean): Quantity | null => {
    for (const index of unmatchedAfter) {
      const candidate = after[index];
      if (candidate && predicate(candidate)) {
        unmatchedAfter.delete(index);
        return candidate;
      }
    }
    return null;
  };
  const leftOver: Quantity[] = [];
  // "Keep the log for 10 days." held twice, then once: the copy's "10 days" went, its twin's stands.
  const dropped = copiesDropped(splitSentences(previous), splitSentences(next));
  // An amount written the same way in both versions is paired with its own words first, so that
  // the one that went is the one named: "with two factors" dropped beside a kept "two-factor" is
  // "two factors" removed, not "two factor" (round 26a).
  const written = (quantity: Quantity) => quantity.text.toLowerCase().replace(/[\s-]+/g, ' ');
  const pairedAsWritten = new Set(before.filter((quantity) => take((c) => written(c) === written(quantity) && c.bound === quantity.bound && sameAmount(c, quantity)) !== null));
  // "£60 per hour" -> "£1 per minute": an amount and its period paired with the other version's as
  // one rate (`_amounts-per-period.ts`, round 30c).
  for (const period of before) {
    const amount = period.periodOf;
    if (!amount || pairedAsWritten.has(period) || pairedAsWritten.has(amount) || !before.includes(amount)) continue;
    for (const index of unmatchedAfter) {
      const theirs = after[index];
      const theirAmount = theirs?.periodOf;
      const amountIndex = theirAmount ? after.indexOf(theirAmount) : -1;
      if (!theirs || !theirAmount || !unmatchedAfter.has(amountIndex) || amount.bound !== theirAmount.bound) continue;
      if (!sameRateOverOtherPeriod({ amount, period }, { amount: theirAmount, period: theirs })) continue;
      unmatchedAfter.delete(index);
      unmatchedAfter.delete(amountIndex);
      pairedAsWritten.add(period).add(amount);
      break;
    }
  }
  for (const quantity of before) {
    if (pairedAsWritten.has(quantity)) continue;
    // "eight weeks" -> "two months": the same span in another calendar (_calendar-spans.ts).
    // "2 cm" -> "two centimetres", "800 kg" -> "0.8 tonnes": one amount in other units (_quantity-units.ts).
    const same = take((c) => sameAmount(c, quantity));
    if (same) {
      if (same.bound && quantity.bound && same.bound !== quantity.bound) {
        reasons.push({
          code: 'number-changed',
          message: `limit changed: "${describe(quantity, boundWords(quantity))}" -> "${describe(same, boundWords(same))}"`,
          limitTurned: { before: quantity.text, after: same.text },
        });
      }
      continue;
    }
    leftOver.push(quantity);
  }
  for (const quantity of leftOver) {
    // The same amount with its noun left out ("the last four digits" -> "the last four"), or its
    // unit ("at least 12 years old" -> "Nobody younger than 12", "by the 34th week" -> "by week 34",
    // "follow-ups last 45 minutes" -> "each follow-up runs for 45"): a unit's amount is held in
    // its base unit (12 years as 144 months), so the figure is compared as written (round 43a).
    // A figure before the rule's verb counts nothing either ("under 8 years old" -> "younger than eight cannot", round 47c).
    const countsNothing = (c: Quantity): boolean => c.dimension === '' || opensTheRulesVerb(c.text.split(' ').at(-1) ?? '');
    if (take((c) => (countsNothing(c) || countsNothing(quantity)) && figureAsWritten(c) === figureAsWritten(quantity))) continue;
    // "up to three tools" -> "no more than three items", "at least three independent light sources"
    // -> "no fewer than three separate torches": the same count under the same bound, its noun said
    // in other words. What is counted is the object readings' to compare; the number stands.
    if (take((c) => c.value === quantity.value && (c.bound === quantity.bound || !c.bound || !quantity.bound) && countsNouns(c) && countsNouns(quantity))) continue;
    // "more than 10 hours a week" -> "however few hours": the period goes with its amount, read on its own.
    const amount = quantity.periodOf;
    if (amount && !after.some((c) => c.dimension.startsWith('per ')) && !after.some((c) => c.value === amount.value && c.dimension === amount.dimension)) continue;
    // "one full month's notice" -> "a full month's notice": one said by the article (_one-said-as-article.ts, round 35a).
    if (quantity.bound === '' && oneSaidAsArticle(quantity.text, previous, next)) continue;
    // "more than once a week" -> "one opening a week at most", "three times" -> "three refills": the
    // occasions counted by the act's noun; "in one day" -> "the daily ceiling"; "between one
    // grower's batch and the next" counts nothing (_occasions-counted.ts, round 44a).
    if (take((c) => occasionsSaidByNoun(quantity, c, previous, next, countsNouns) || periodSaidApart(quantity, c))) continue;
    // (Only with no figure of the new text left to stand in for it: "... and the next" -> "every third batch" is read.)
    if (unmatchedAfter.size === 0 && (periodSaidAsAdverb(quantity, previous, next) || oneOfOneAndTheNext(quantity, previous))) continue;
    const replacement = take((c) => sameDimension(c, quantity)) ?? take(() => true);
    if (replacement && isStricter(quantity, replacement)) continue;
    if (!replacement && dropped.some((sentence) => sentence.includes(quantity.text))) continue;
    // "a utility bill from the last three months", "a bank statement from the last three months" ->
    // "a utility bill or a bank statement from the last three months": one amount shared (round 30c).
    if (!replacement && amountSharedByMerge(quantity.text, previous, next)) continue;
    // "need three things: a form, boots and a vest" said as the three items listed (_counted-lists.ts, round 27a).
    if (!replacement && countNamesItsList(quantity, previous, next)) continue;
    // "before a transfer over $1,000" -> "before every transfer, whatever the amount": the threshold
    // that limited the cases went, and the rule now covers them all.
    if (!replacement && quantity.largerIsLooser === true && quantity.bound === 'ge' && (COVERS_ALL.test(next) || (EVERY_CASE.test(next) && !EVERY_CASE.test(previous) && widerIsStricter(previous)))) continue;
    // "Check ID for customers who look under 25" -> "for every customer": a threshold from below, the same.
    // "Swimmers under 12 may not practise ..." -> "No swimmer may practise ...": a ban said of no one at all covers every one (round 45a).
    if (!replacement && quantity.largerIsLooser === false && quantity.bound === 'le' && (COVERS_ALL.test(next) || EVERY_CASE.test(next) || banOnNoOne(previous, next)) && !COVERS_ALL.test(previous) && widerIsStricter(previous)) continue;
    reasons.push(
      replacement
        ? { code: 'number-changed', message: `number changed: "${quantity.text}" -> "${replacement.text}"${isLooser(quantity, replacement) ? ' (loosens the rule)' : ''}` }
        : { code: 'number-changed', message: `number removed: "${quantity.text}"` },
    );
  }
  return reasons;
}
